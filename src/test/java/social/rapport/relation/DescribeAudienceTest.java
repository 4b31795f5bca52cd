package social.rapport.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.rapport.core.Problem;
import social.rapport.relation.circle.Circle;
import social.rapport.testing.EachDatabase;
import social.rapport.testing.Person;

@EachDatabase
class DescribeAudienceTest {
    World w;
    @Person
    int ana, ben, cleo, dan, eve;

    @BeforeEach
    void setUp() {
        w.connect(ana, ben);
        w.connect(ana, cleo);
        w.connect(cleo, dan);
        w.m.followAccount().follow(eve, ana, null);
    }

    private long circle(int owner, String name) {
        return w.m.listCircles().list(owner).stream()
                .filter(c -> c.name().equals(name))
                .map(Circle::id)
                .findFirst()
                .orElseThrow();
    }

    private DescribeAudience.Described say(String grant, String... except) {
        return w.m.describeAudience().describe(ana, List.of(grant), List.of(except));
    }

    @Test
    void the_network_count_reaches_only_through_connection_lists_ana_is_shown() {
        // Cleo's connections (Dan) are shown to her connections, Ana among them, by default.
        assertThat(say("network").sentence())
                .isEqualTo("Visible to your network (connections and their connections): 3 people");
        w.m.updateProfile()
                .update(
                        cleo,
                        java.util.Map.of(
                                "connections_list",
                                new social.rapport.relation.profile.UpdateProfileFields.Change(
                                        null, List.of("only_me"), null)));
        // Now Ana may not know whom Cleo is connected to: the number counts Ben and Cleo only.
        assertThat(say("network").sentence())
                .isEqualTo("Visible to your network (connections and their connections): 2 people");
    }

    @Test
    void ana_is_told_a_public_post_reaches_anyone_even_signed_out() {
        assertThat(say("public").sentence()).isEqualTo("Anyone, including people not signed in");
    }

    @Test
    void ana_is_told_how_many_people_her_family_circle_and_connections_hold() {
        long family = circle(ana, "Family");
        w.m.addToCircle().add(ana, family, List.of(ben));
        assertThat(say("circle:" + family).sentence()).isEqualTo("Visible to your Family circle: 1 person");
        // Ben and Cleo follow Ana through their connection; Eve follows her too.
        assertThat(say("connections").people()).isEqualTo(2);
        assertThat(say("followers").sentence()).isEqualTo("Visible to your followers: 3 people");
        assertThat(say("network").people()).isEqualTo(3);
        assertThat(say("connections", "circle:" + family).sentence())
                .isEqualTo("Visible to your connections, except your Family circle: 1 person");
        assertThat(say("only_me").sentence()).isEqualTo("Only you");
    }

    @Test
    void a_blocked_follower_is_not_counted_because_the_policy_would_not_show_them_the_post() {
        w.m.blockAccount().block(ana, eve);
        assertThat(say("followers").people()).isEqualTo(2);
    }

    @Test
    void someone_elses_circle_or_an_unknown_grant_is_a_422_naming_the_field() {
        long bens = circle(ben, "Family");
        assertThatThrownBy(() -> say("circle:" + bens))
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.fields()).containsKey("audience"));
        assertThatThrownBy(() -> say("everyone"))
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.fields()).containsKey("audience"));
        assertThatThrownBy(() -> say("public", "circle:" + bens))
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.fields()).containsKey("audience_except"));
    }
}
