package social.rapport.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.relation.FollowTest.problem;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import social.rapport.audience.Audience;
import social.rapport.audience.Grant;
import social.rapport.relation.circle.Circle;
import social.rapport.testing.EachDatabase;
import social.rapport.testing.Person;

@EachDatabase
class CircleTest {
    World w;
    @Person
    int ana, ben, cleo;

    Circle family(int owner) {
        return w.m.listCircles().list(owner).stream()
                .filter(c -> c.name().equals("Family"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void every_account_starts_with_business_personal_and_family() {
        assertThat(w.m.listCircles().list(ana))
                .extracting(Circle::name)
                .containsExactly("Business", "Personal", "Family");
        assertThat(w.count("SELECT COUNT(*) FROM circles WHERE owner_id = " + ben))
                .isEqualTo(3);
    }

    @Test
    void deleting_all_starting_circles_does_not_bring_them_back() {
        for (Circle c : w.m.listCircles().list(ana)) w.m.deleteCircle().delete(ana, c.id());
        assertThat(w.m.listCircles().list(ana)).isEmpty();
    }

    @Test
    void ana_puts_ben_in_family_and_only_her_family_posts_reach_him() {
        Circle family = family(ana);
        w.m.addToCircle().add(ana, family.id(), List.of(ben));
        assertThat(w.m.graph().inCircle(ana, family.id(), ben)).isTrue();
        assertThat(w.m.policy().canSee(ben, ana, Audience.of(Grant.circle(family.id())), Set.of()))
                .isTrue();
        assertThat(w.m.policy().canSee(cleo, ana, Audience.of(Grant.circle(family.id())), Set.of()))
                .isFalse();
        assertThat(w.m.circleMembers().members(ana, family.id()))
                .extracting(a -> a.id())
                .containsExactly(ben);
        w.m.removeFromCircle().remove(ana, family.id(), List.of(ben));
        assertThat(w.m.graph().inCircle(ana, family.id(), ben)).isFalse();
        w.m.addToCircle().add(ana, family.id(), List.of(cleo));
        w.m.deleteCircle().delete(ana, family.id());
        assertThat(w.m.graph().inCircle(ana, family.id(), cleo)).isFalse();
    }

    @Test
    void circles_are_renamed_and_made_with_unique_names() {
        Circle c = w.m.createCircle().create(ana, "Climbing");
        assertThat(w.m.renameCircle().rename(ana, c.id(), "Bouldering").name()).isEqualTo("Bouldering");
        assertThat(problem(() -> w.m.createCircle().create(ana, "family")).fields())
                .containsKey("name");
        assertThat(problem(() -> w.m.createCircle().create(ana, " ")).fields()).containsKey("name");
        assertThat(problem(() -> w.m.createCircle().create(ana, "x".repeat(101)))
                        .fields())
                .containsKey("name");
    }

    @Test
    void a_circle_of_another_account_is_not_found_and_nothing_changes() {
        Circle bens = family(ben);
        w.m.addToCircle().add(ben, bens.id(), List.of(cleo));
        assertThat(problem(() -> w.m.circleMembers().members(ana, bens.id())).status())
                .isEqualTo(404);
        assertThat(problem(() -> w.m.addToCircle().add(ana, bens.id(), List.of(cleo)))
                        .status())
                .isEqualTo(404);
        assertThat(problem(() -> w.m.renameCircle().rename(ana, bens.id(), "Mine"))
                        .status())
                .isEqualTo(404);
        assertThat(problem(() -> w.m.deleteCircle().delete(ana, bens.id())).status())
                .isEqualTo(404);
        assertThat(w.m.listCircles().list(ben)).extracting(Circle::name).contains("Family");
    }

    @Test
    void one_unknown_account_in_a_batch_adds_nobody() {
        Circle family = family(ana);
        assertThat(problem(() -> w.m.addToCircle().add(ana, family.id(), List.of(ben, 9999)))
                        .status())
                .isEqualTo(404);
        assertThat(w.m.circleMembers().members(ana, family.id())).isEmpty();
        assertThat(w.count("SELECT COUNT(*) FROM circle_members")).isZero();
    }
}
