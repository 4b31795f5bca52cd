package social.rapport.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.relation.FollowTest.problem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.relation.profile.UpdateProfileFields;
import social.rapport.testing.EachDatabase;
import social.rapport.testing.Person;

@EachDatabase
class ProfileTest {
    World w;
    @Person
    int ana, ben, cleo, dan;

    @BeforeEach
    void open() {
        w.m.updateProfile()
                .update(
                        ana,
                        Map.of(
                                "headline", new UpdateProfileFields.Change("Furniture maker", null, null),
                                "phone", new UpdateProfileFields.Change("+351 555 0100", null, null),
                                "contact_email", new UpdateProfileFields.Change("ana@studio.example", null, null)));
        w.connect(ana, ben);
    }

    UpdateProfileFields.Change audience(String... grants) {
        return new UpdateProfileFields.Change(null, List.of(grants), null);
    }

    @Test
    void contact_information_and_the_connection_list_default_to_connections() {
        var forBen = w.m.viewProfile().view(ben, ana);
        assertThat(forBen.fields()).containsKeys("headline", "phone", "contact_email");
        assertThat(forBen.lists()).contains("connections_list");
        var forStranger = w.m.viewProfile().view(cleo, ana);
        assertThat(forStranger.fields()).containsOnlyKeys("headline");
        assertThat(forStranger.lists()).doesNotContain("connections_list");
        assertThat(w.m.viewProfile().view(0, ana).fields()).containsOnlyKeys("headline");
        assertThat(forStranger.audiences()).isNull();
        assertThat(w.m.viewProfile().view(ana, ana).audiences())
                .containsEntry("phone", "connections")
                .containsEntry("headline", "public");
        assertThat(w.m.connectionList().connections(cleo, ana, AccountPage.first(40)))
                .isEmpty();
        assertThat(w.m.connectionList().connections(ben, ana, AccountPage.first(40)))
                .extracting(a -> a.id())
                .containsExactly(ben);
    }

    @Test
    void a_field_for_a_circle_shows_only_to_its_members() {
        long family = w.m.listCircles().list(ana).get(2).id();
        w.m.addToCircle().add(ana, family, List.of(cleo));
        w.m.updateProfile().update(ana, Map.of("phone", audience("circle:" + family)));
        assertThat(w.m.viewProfile().view(cleo, ana).fields()).containsKey("phone");
        assertThat(w.m.viewProfile().view(ben, ana).fields()).doesNotContainKey("phone");
        long bens = w.m.listCircles().list(ben).get(0).id();
        assertThat(problem(() -> w.m.updateProfile().update(ana, Map.of("phone", audience("circle:" + bens))))
                        .fields())
                .containsKey("phone");
        assertThat(problem(() -> w.m.updateProfile().update(ana, Map.of("shoe_size", audience("public"))))
                        .fields())
                .containsKey("shoe_size");
        assertThat(w.m.viewProfile().view(cleo, ana).fields()).containsKey("phone");
    }

    @Test
    void the_network_audience_reaches_connections_of_connections() {
        w.connect(ben, cleo);
        w.m.updateProfile().update(ana, Map.of("headline", audience("network")));
        assertThat(w.m.viewProfile().view(cleo, ana).fields()).containsKey("headline");
        assertThat(w.m.viewProfile().view(dan, ana).fields()).doesNotContainKey("headline");
    }

    @Test
    void people_connected_to_both_always_see_the_mutual_connection() {
        w.connect(cleo, ben);
        w.connect(cleo, ana);
        w.m.updateProfile().update(ana, Map.of("connections_list", audience("only_me")));
        w.m.updateProfile().update(ben, Map.of("connections_list", audience("only_me")));
        // Cleo is connected to Ana and to Ben: she sees that they are connected (and her own link).
        assertThat(w.m.connectionList().connections(cleo, ana, AccountPage.first(40)))
                .extracting(a -> a.id())
                .containsExactly(cleo, ben);
        assertThat(w.m.connectionList().mutuals(cleo, ana, AccountPage.first(40)))
                .extracting(a -> a.id())
                .containsExactly(ben);
        assertThat(w.m.relationships().with(cleo, ana).mutualConnectionsCount()).isEqualTo(1);
        assertThat(w.m.connectionList().connections(dan, ana, AccountPage.first(40)))
                .isEmpty();
    }

    @Test
    void the_mutual_count_is_the_length_of_the_mutuals_list_the_viewer_is_shown() {
        // Dan and Ana share Cleo, but Dan is not connected to Ana and both Ana's and Cleo's lists are
        // hidden from him: he may not know that Ana and Cleo are connected.
        w.connect(cleo, ana);
        w.connect(cleo, dan);
        w.m.updateProfile().update(ana, Map.of("connections_list", audience("only_me")));
        w.m.updateProfile().update(cleo, Map.of("connections_list", audience("only_me")));
        assertThat(w.m.connectionList().mutuals(dan, ana, AccountPage.first(40)))
                .isEmpty();
        assertThat(w.m.relationships().with(dan, ana).mutualConnectionsCount()).isZero();
        // Once Cleo shows her list to her connections, Dan sees the link, in the list and the count.
        w.m.updateProfile().update(cleo, Map.of("connections_list", audience("connections")));
        assertThat(w.m.connectionList().mutuals(dan, ana, AccountPage.first(40)))
                .extracting(a -> a.id())
                .containsExactly(cleo);
        assertThat(w.m.relationships().with(dan, ana).mutualConnectionsCount()).isEqualTo(1);
    }

    @Test
    void the_path_names_people_only_through_links_the_viewer_may_see() {
        w.connect(ben, cleo);
        w.connect(cleo, dan);
        // By default Cleo's connections are shown to her connections only: Ana cannot see Cleo–Dan.
        assertThat(w.m.networkDistance().path(ana, dan).explanation()).isNull();
        w.m.updateProfile().update(cleo, Map.of("connections_list", audience("network")));
        var path = w.m.networkDistance().path(ana, dan);
        assertThat(path.degree()).isEqualTo(3);
        assertThat(path.explanation()).isEqualTo("via ben and cleo");
        w.m.updateProfile().update(ben, Map.of("connections_list", audience("only_me")));
        w.m.updateProfile().update(cleo, Map.of("connections_list", audience("only_me")));
        var hidden = w.m.networkDistance().path(ana, dan);
        assertThat(hidden.degree()).isEqualTo(3);
        assertThat(hidden.via()).isEmpty();
        assertThat(hidden.explanation()).isNull();
        assertThat(w.m.networkDistance().degrees(ana, List.of(ben, cleo, dan, 9999)))
                .extracting(NetworkDistanceBadge::of)
                .containsExactly("2:1", "3:2", "4:3");
    }

    @Test
    void an_introduction_holds_text_and_at_most_three_chosen_posts() {
        w.lock(ana);
        long first = w.post(ana, "public");
        long second = w.post(ana, "unlisted");
        String a = Long.toString(first);
        String b = Long.toString(second);
        w.m.setIntroduction().set(ana, "I make chairs and read about Bauhaus.", List.of(a, b, b));
        var shown = w.m.viewIntroduction().view(0, ana);
        assertThat(shown.text()).startsWith("I make chairs");
        assertThat(shown.postIds()).containsExactly(first, second);
        assertThat(problem(() -> w.m.setIntroduction().set(ana, "", List.of(a, b, "3", "4")))
                        .fields())
                .containsKey("post_ids");
        assertThat(problem(() -> w.m.setIntroduction().set(ana, "x".repeat(501), List.of()))
                        .fields())
                .containsKey("text");
        assertThat(w.m.viewIntroduction().view(0, ana).postIds()).hasSize(2);
    }

    @Test
    void an_introduction_takes_only_its_owners_posts_and_names_each_only_to_who_may_see_it() {
        w.lock(ana);
        long open = w.post(ana, "public");
        long close = w.post(ana, "followers");
        long bens = w.post(ben, "public");
        w.m.setIntroduction().set(ana, "Hello", List.of(Long.toString(open)));
        // Someone else's post, and a post that does not exist, are refused alike, and nothing is stored.
        var other = problem(() -> w.m.setIntroduction().set(ana, "Changed", List.of(Long.toString(bens))));
        var missing = problem(() -> w.m.setIntroduction().set(ana, "Changed", List.of("999999")));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.fields()).containsKey("post_ids");
        assertThat(missing.fields().get("post_ids"))
                .isEqualTo(other.fields().get("post_ids").replace(Long.toString(bens), "999999"));
        assertThat(w.m.viewIntroduction().view(0, ana).text()).isEqualTo("Hello");
        assertThat(w.m.viewIntroduction().view(0, ana).postIds()).containsExactly(open);

        w.m.setIntroduction().set(ana, "Hello", List.of(Long.toString(open), Long.toString(close)));
        assertThat(w.m.viewIntroduction().view(0, ana).postIds()).containsExactly(open);
        assertThat(w.m.viewIntroduction().view(cleo, ana).postIds()).containsExactly(open);
        assertThat(w.m.viewIntroduction().view(ana, ana).postIds()).containsExactly(open, close);
        w.m.followAccount().follow(cleo, ana, null);
        w.m.authorizeFollowRequest().authorize(ana, cleo);
        assertThat(w.m.viewIntroduction().view(cleo, ana).postIds()).containsExactly(open, close);
    }

    /** Renders a badge as "id:degree" for compact assertions. */
    static final class NetworkDistanceBadge {
        static String of(social.rapport.relation.connect.NetworkDistance.Badge b) {
            return b.accountId() + ":" + b.degree();
        }
    }
}
