package social.rapport.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.relation.FollowTest.problem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import social.rapport.relation.profile.UpdateProfile;
import social.rapport.testing.TestDb;

@ParameterizedClass
@MethodSource("social.rapport.testing.Databases#all")
class ProfileTest {
    @Parameter
    TestDb testDb;
    World w;
    int ana, ben, cleo, dan;

    @BeforeEach
    void open() {
        w = new World(testDb);
        ana = w.account("ana");
        ben = w.account("ben");
        cleo = w.account("cleo");
        dan = w.account("dan");
        w.m.updateProfile.update(ana, Map.of(
                "headline", new UpdateProfile.Change("Furniture maker", null, null),
                "phone", new UpdateProfile.Change("+351 555 0100", null, null),
                "contact_email", new UpdateProfile.Change("ana@studio.example", null, null)));
        w.connect(ana, ben);
    }

    @AfterEach
    void close() { w.close(); }

    UpdateProfile.Change audience(String... grants) { return new UpdateProfile.Change(null, List.of(grants), null); }

    @Test
    void contact_information_and_the_connection_list_default_to_connections() {
        var forBen = w.m.viewProfile.view(ben, ana);
        assertThat(forBen.fields()).containsKeys("headline", "phone", "contact_email");
        assertThat(forBen.lists()).contains("connections_list");
        var forStranger = w.m.viewProfile.view(cleo, ana);
        assertThat(forStranger.fields()).containsOnlyKeys("headline");
        assertThat(forStranger.lists()).doesNotContain("connections_list");
        assertThat(w.m.viewProfile.view(0, ana).fields()).containsOnlyKeys("headline");
        assertThat(forStranger.audiences()).isNull();
        assertThat(w.m.viewProfile.view(ana, ana).audiences()).containsEntry("phone", "connections")
                .containsEntry("headline", "public");
        assertThat(w.m.connectionList.connections(cleo, ana, Page.first(40))).isEmpty();
        assertThat(w.m.connectionList.connections(ben, ana, Page.first(40))).extracting(a -> a.id()).containsExactly(ben);
    }

    @Test
    void a_field_for_a_circle_shows_only_to_its_members() {
        long family = w.m.manageCircles.list(ana).get(2).id();
        w.m.circleMembers.add(ana, family, List.of(cleo));
        w.m.updateProfile.update(ana, Map.of("phone", audience("circle:" + family)));
        assertThat(w.m.viewProfile.view(cleo, ana).fields()).containsKey("phone");
        assertThat(w.m.viewProfile.view(ben, ana).fields()).doesNotContainKey("phone");
        long bens = w.m.manageCircles.list(ben).get(0).id();
        assertThat(problem(() -> w.m.updateProfile.update(ana, Map.of("phone", audience("circle:" + bens))))
                .fields()).containsKey("phone");
        assertThat(problem(() -> w.m.updateProfile.update(ana, Map.of("shoe_size", audience("public"))))
                .fields()).containsKey("shoe_size");
        assertThat(w.m.viewProfile.view(cleo, ana).fields()).containsKey("phone");
    }

    @Test
    void the_network_audience_reaches_connections_of_connections() {
        w.connect(ben, cleo);
        w.m.updateProfile.update(ana, Map.of("headline", audience("network")));
        assertThat(w.m.viewProfile.view(cleo, ana).fields()).containsKey("headline");
        assertThat(w.m.viewProfile.view(dan, ana).fields()).doesNotContainKey("headline");
    }

    @Test
    void people_connected_to_both_always_see_the_mutual_connection() {
        w.connect(cleo, ben);
        w.connect(cleo, ana);
        w.m.updateProfile.update(ana, Map.of("connections_list", audience("only_me")));
        w.m.updateProfile.update(ben, Map.of("connections_list", audience("only_me")));
        // Cleo is connected to Ana and to Ben: she sees that they are connected (and her own link).
        assertThat(w.m.connectionList.connections(cleo, ana, Page.first(40))).extracting(a -> a.id())
                .containsExactly(cleo, ben);
        assertThat(w.m.connectionList.mutuals(cleo, ana, Page.first(40))).extracting(a -> a.id()).containsExactly(ben);
        assertThat(w.m.relationships.with(cleo, ana).mutualConnectionsCount()).isEqualTo(1);
        assertThat(w.m.connectionList.connections(dan, ana, Page.first(40))).isEmpty();
    }

    @Test
    void the_path_names_people_only_through_links_the_viewer_may_see() {
        w.connect(ben, cleo);
        w.connect(cleo, dan);
        // By default Cleo's connections are shown to her connections only: Ana cannot see Cleo–Dan.
        assertThat(w.m.networkDistance.path(ana, dan).explanation()).isNull();
        w.m.updateProfile.update(cleo, Map.of("connections_list", audience("network")));
        var path = w.m.networkDistance.path(ana, dan);
        assertThat(path.degree()).isEqualTo(3);
        assertThat(path.explanation()).isEqualTo("via ben and cleo");
        w.m.updateProfile.update(ben, Map.of("connections_list", audience("only_me")));
        w.m.updateProfile.update(cleo, Map.of("connections_list", audience("only_me")));
        var hidden = w.m.networkDistance.path(ana, dan);
        assertThat(hidden.degree()).isEqualTo(3);
        assertThat(hidden.via()).isEmpty();
        assertThat(hidden.explanation()).isNull();
        assertThat(w.m.networkDistance.degrees(ana, List.of(ben, cleo, dan, 9999)))
                .extracting(NetworkDistanceBadge::of).containsExactly("2:1", "3:2", "4:3");
    }

    @Test
    void an_introduction_holds_text_and_at_most_three_chosen_posts() {
        w.lock(ana);
        w.m.setIntroduction.set(ana, "I make chairs and read about Bauhaus.", List.of("11", "12", "12"));
        var shown = w.m.viewIntroduction.view(0, ana);
        assertThat(shown.text()).startsWith("I make chairs");
        assertThat(shown.postIds()).containsExactly(11L, 12L);
        assertThat(problem(() -> w.m.setIntroduction.set(ana, "", List.of("1", "2", "3", "4"))).fields())
                .containsKey("post_ids");
        assertThat(problem(() -> w.m.setIntroduction.set(ana, "x".repeat(501), List.of())).fields())
                .containsKey("text");
        assertThat(w.m.viewIntroduction.view(0, ana).postIds()).hasSize(2);
    }

    /** Renders a badge as "id:degree" for compact assertions. */
    static final class NetworkDistanceBadge {
        static String of(social.rapport.relation.connect.NetworkDistance.Badge b) {
            return b.accountId() + ":" + b.degree();
        }
    }
}
