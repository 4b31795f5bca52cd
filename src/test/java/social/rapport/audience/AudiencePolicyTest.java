package social.rapport.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import social.rapport.core.Problem;

class AudiencePolicyTest {
    static final int ANA = 1, BEN = 2, CLEO = 3, DAN = 4, EVE = 5, ANON = 0;
    static final long FAMILY = 10, BUSINESS = 11;

    /** Ana's world: Ben follows her, Cleo is connected, Dan is Cleo's connection, Eve blocked her. */
    static final class World implements Relations {
        Set<String> facts = new HashSet<>();

        public boolean follows(int f, int o) {
            return facts.contains("follow " + f + " " + o);
        }

        public boolean connected(int a, int b) {
            return facts.contains("conn " + Math.min(a, b) + " " + Math.max(a, b));
        }

        public boolean inNetwork(int o, int v) {
            return connected(o, v) || facts.contains("net " + o + " " + v);
        }

        public boolean inCircle(int o, long c, int m) {
            return facts.contains("circle " + o + " " + c + " " + m);
        }

        public boolean blockedEitherWay(int a, int b) {
            return facts.contains("block " + a + " " + b) || facts.contains("block " + b + " " + a);
        }

        public boolean blocks(int a, int b) {
            return facts.contains("block " + a + " " + b);
        }

        public boolean inGroup(long g, int v) {
            return facts.contains("group " + g + " " + v);
        }

        public boolean groupOpen(long g) {
            return facts.contains("open " + g);
        }

        public boolean visibleAccount(int a) {
            return !facts.contains("suspended " + a);
        }
    }

    World world() {
        World w = new World();
        w.facts.addAll(List.of("follow 2 1", "conn 1 3", "net 1 4", "circle 1 10 2", "circle 1 11 3", "block 5 1"));
        return w;
    }

    @Test
    void ana_family_post_reaches_her_family_circle_and_nobody_else() {
        AudiencePolicy p = new AudiencePolicy(world());
        Audience family = Audience.of(Grant.circle(FAMILY));
        assertThat(p.canSee(BEN, ANA, family, Set.of())).isTrue();
        assertThat(p.canSee(CLEO, ANA, family, Set.of())).isFalse();
        assertThat(p.canSee(ANON, ANA, family, Set.of())).isFalse();
        assertThat(p.canSee(ANA, ANA, family, Set.of())).isTrue();
    }

    @Test
    void each_grant_admits_exactly_its_people() {
        AudiencePolicy p = new AudiencePolicy(world());
        assertThat(p.canSee(ANON, ANA, Audience.PUBLIC, Set.of())).isTrue();
        assertThat(p.canSee(BEN, ANA, Audience.FOLLOWERS, Set.of())).isTrue();
        assertThat(p.canSee(CLEO, ANA, Audience.FOLLOWERS, Set.of())).isFalse();
        assertThat(p.canSee(CLEO, ANA, Audience.CONNECTIONS, Set.of())).isTrue();
        assertThat(p.canSee(DAN, ANA, Audience.CONNECTIONS, Set.of())).isFalse();
        assertThat(p.canSee(DAN, ANA, Audience.NETWORK, Set.of())).isTrue();
        assertThat(p.canSee(BEN, ANA, Audience.NETWORK, Set.of())).isFalse();
        assertThat(p.canSee(DAN, ANA, Audience.MENTIONED, Set.of(DAN))).isTrue();
        assertThat(p.canSee(BEN, ANA, Audience.MENTIONED, Set.of(DAN))).isFalse();
        assertThat(p.canSee(BEN, ANA, Audience.ONLY_ME, Set.of(BEN))).isFalse();
    }

    @Test
    void an_excepted_circle_removes_people_that_a_grant_admits() {
        AudiencePolicy p = new AudiencePolicy(world());
        Audience connectionsButNotBusiness = new Audience(Set.of(Grant.CONNECTIONS, Grant.FOLLOWERS), Set.of(BUSINESS));
        assertThat(p.canSee(CLEO, ANA, connectionsButNotBusiness, Set.of())).isFalse();
        assertThat(p.canSee(BEN, ANA, connectionsButNotBusiness, Set.of())).isTrue();
    }

    @Test
    void a_block_in_either_direction_hides_even_public_objects_while_signed_in() {
        AudiencePolicy p = new AudiencePolicy(world());
        assertThat(p.canSee(EVE, ANA, Audience.PUBLIC, Set.of())).isFalse();
        assertThat(p.canSeeAccount(EVE, ANA)).isFalse();
        assertThat(p.canSeeAccount(ANON, ANA)).isTrue();
        // Eve blocked Ana: Eve may still find Ana to undo it; Ana may not find Eve.
        assertThat(p.canFindToManage(EVE, ANA)).isTrue();
        assertThat(p.canFindToManage(ANA, EVE)).isFalse();
    }

    @Test
    void a_suspended_author_is_invisible_to_everyone() {
        World w = world();
        w.facts.add("suspended 1");
        AudiencePolicy p = new AudiencePolicy(w);
        assertThat(p.canSee(ANON, ANA, Audience.PUBLIC, Set.of())).isFalse();
        assertThat(p.canSee(BEN, ANA, Audience.FOLLOWERS, Set.of())).isFalse();
        assertThat(p.canSee(BEN, CLEO, Audience.PUBLIC, Set.of())).isTrue();
    }

    @Test
    void only_a_public_post_that_is_no_repost_is_listed_and_only_to_those_who_may_see_it() {
        AudiencePolicy p = new AudiencePolicy(world());
        AudiencePolicy.Visible open = post(Audience.PUBLIC);
        assertThat(p.mayList(ANON, open, false)).isTrue();
        assertThat(p.mayList(BEN, open, false)).isTrue();
        assertThat(p.mayList(BEN, open, true)).isFalse();
        assertThat(p.mayList(EVE, open, false)).isFalse();
        assertThat(p.mayList(ANON, post(Audience.UNLISTED), false)).isFalse();
        assertThat(p.mayList(BEN, post(Audience.FOLLOWERS), false)).isFalse();
    }

    @Test
    void a_group_post_reaches_its_members_or_anyone_when_the_group_is_public_and_is_reposted_only_then() {
        World w = world();
        // Group 7 is private with Ana and Dan; group 8 is public with Ana alone.
        w.facts.addAll(List.of("group 7 1", "group 7 4", "group 8 1", "open 8"));
        AudiencePolicy p = new AudiencePolicy(w);
        AudiencePolicy.Visible inner = post(Audience.of(Grant.group(7)));
        AudiencePolicy.Visible open = post(Audience.of(Grant.group(8)));
        assertThat(p.canSee(DAN, inner)).isTrue();
        assertThat(p.canSee(CLEO, inner))
                .as("a connection of Ana's, outside the group")
                .isFalse();
        assertThat(p.canSee(ANON, inner)).isFalse();
        assertThat(p.canSee(ANON, open)).isTrue();
        assertThat(p.canSee(EVE, open)).as("a block still hides everything").isFalse();
        assertThat(p.mayRepost(DAN, inner)).isFalse();
        assertThat(p.mayRepost(ANA, inner)).as("not even by its author").isFalse();
        assertThat(p.mayRepost(BEN, open)).isTrue();
        // The group is gone: only the author sees the post.
        w.facts.removeAll(List.of("group 7 1", "group 7 4"));
        assertThat(p.canSee(DAN, inner)).isFalse();
        assertThat(p.canSee(ANA, inner)).isTrue();
        // Membership makes nobody part of Ana's network.
        assertThat(p.canSee(DAN, post(Audience.CONNECTIONS))).isFalse();
    }

    private static AudiencePolicy.Visible post(Audience audience) {
        return new AudiencePolicy.Visible() {
            public int owner() {
                return ANA;
            }

            public Audience audience() {
                return audience;
            }

            public Set<Integer> mentioned() {
                return Set.of();
            }
        };
    }

    @Test
    void audiences_round_trip_through_their_stored_form_and_bad_input_is_a_422() {
        Audience a = Audience.parse(List.of("connections", "circle:10"), List.of("circle:11"), "audience");
        assertThat(Audience.fromWire(a.wire())).isEqualTo(a);
        assertThat(a.wire()).isEqualTo("circle:10 connections -circle:11");
        assertThatThrownBy(() -> Audience.parse(List.of("everyone"), List.of(), "audience"))
                .isInstanceOfSatisfying(
                        Problem.class, e -> assertThat(e.fields()).containsKey("audience"));
        assertThatThrownBy(() -> Audience.parse(List.of("only_me", "public"), List.of(), "audience"))
                .isInstanceOf(Problem.class);
        assertThatThrownBy(() -> Audience.parse(List.of("public"), List.of("followers"), "audience"))
                .isInstanceOf(Problem.class);
    }
}
