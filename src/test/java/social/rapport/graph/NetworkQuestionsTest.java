package social.rapport.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static social.rapport.graph.SocialGraphTest.ANA;
import static social.rapport.graph.SocialGraphTest.BEN;
import static social.rapport.graph.SocialGraphTest.CLEO;
import static social.rapport.graph.SocialGraphTest.DEV;
import static social.rapport.graph.SocialGraphTest.EVE;
import static social.rapport.graph.SocialGraphTest.FINN;
import static social.rapport.graph.SocialGraphTest.GUS;
import static social.rapport.graph.SocialGraphTest.anaNeighbourhood;

import org.junit.jupiter.api.Test;

class NetworkQuestionsTest {
    @Test
    void ana_sees_1st_2nd_3rd_and_out_of_network_badges() {
        SocialGraph graph = anaNeighbourhood();
        assertThat(graph.degree(ANA, BEN)).isEqualTo(1);
        assertThat(graph.degree(ANA, CLEO)).isEqualTo(2);
        assertThat(graph.degree(ANA, DEV)).isEqualTo(3);
        assertThat(graph.degree(ANA, EVE)).as("four hops away").isZero();
        assertThat(graph.degree(ANA, GUS)).as("knows nobody").isZero();
        assertThat(graph.degree(GUS, ANA)).as("viewer knows nobody").isZero();
        assertThat(graph.degree(ANA, ANA)).as("no badge for yourself").isZero();
    }

    @Test
    void a_batch_of_badges_answers_in_candidate_order() {
        SocialGraph graph = anaNeighbourhood();
        int[] candidates = {EVE, DEV, ANA, CLEO, BEN, GUS, 1_000_000};
        assertThat(graph.degrees(ANA, candidates)).containsExactly(0, 3, 0, 2, 1, 0, 0);
    }

    @Test
    void a_batch_is_capped_at_one_page() {
        SocialGraph graph = anaNeighbourhood();
        assertThatThrownBy(() -> graph.degrees(ANA, new int[SocialGraph.MAX_BATCH + 1]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_cached_reach_follows_new_and_lost_connections() {
        SocialGraph graph = anaNeighbourhood();
        assertThat(graph.degree(ANA, EVE)).isZero();
        assertThat(graph.isReachCached(ANA)).isTrue();

        graph.connect(FINN, DEV);
        assertThat(graph.isReachCached(ANA))
                .as("a connection change makes it stale")
                .isFalse();
        assertThat(graph.degree(ANA, EVE)).isEqualTo(3);
        assertThat(graph.degree(ANA, DEV)).isEqualTo(2);

        graph.disconnect(FINN, DEV);
        assertThat(graph.degree(ANA, EVE)).isZero();
        graph.invalidateCaches();
        assertThat(graph.isReachCached(ANA)).isFalse();
    }

    @Test
    void a_block_removes_the_badge_both_ways_but_not_for_others() {
        SocialGraph graph = anaNeighbourhood();
        graph.block(CLEO, ANA);
        assertThat(graph.degree(ANA, CLEO)).isZero();
        assertThat(graph.degree(CLEO, ANA)).isZero();
        assertThat(graph.degree(BEN, CLEO)).isEqualTo(1);
        assertThat(graph.degree(ANA, DEV))
                .as("badges do not name who is in between")
                .isEqualTo(3);
    }

    @Test
    void the_path_explains_the_badge_with_the_lowest_ids() {
        SocialGraph graph = anaNeighbourhood();
        assertThat(graph.path(ANA, BEN)).containsExactly(ANA, BEN);
        assertThat(graph.path(ANA, CLEO)).as("Ben before Finn").containsExactly(ANA, BEN, CLEO);
        assertThat(graph.path(ANA, DEV)).containsExactly(ANA, BEN, CLEO, DEV);
        assertThat(graph.path(DEV, ANA)).containsExactly(DEV, CLEO, BEN, ANA);
        assertThat(graph.path(ANA, EVE)).isEmpty();
        assertThat(graph.path(ANA, ANA)).containsExactly(ANA);
    }

    @Test
    void a_path_never_runs_through_a_blocked_pair() {
        SocialGraph graph = anaNeighbourhood();
        graph.block(BEN, CLEO);
        assertThat(graph.path(ANA, CLEO)).as("Finn instead of Ben").containsExactly(ANA, FINN, CLEO);

        graph.block(DEV, FINN);
        assertThat(graph.path(ANA, DEV))
                .as("Ben is blocked by Cleo's side, Finn by Dev: no clean route")
                .isEmpty();

        graph.block(ANA, DEV);
        assertThat(graph.path(ANA, DEV)).isEmpty();
        assertThat(graph.path(DEV, ANA)).isEmpty();
    }

    @Test
    void a_blocked_shortcut_makes_the_path_longer_than_the_degree() {
        SocialGraph graph = new SocialGraph();
        graph.connect(ANA, BEN);
        graph.connect(BEN, CLEO);
        graph.connect(ANA, FINN);
        graph.connect(FINN, GUS);
        graph.connect(GUS, CLEO);
        graph.block(BEN, ANA);
        assertThat(graph.degree(ANA, CLEO)).isEqualTo(2);
        assertThat(graph.path(ANA, CLEO)).containsExactly(ANA, FINN, GUS, CLEO);
    }

    @Test
    void people_you_may_know_ranks_by_mutual_connections_then_id() {
        // Ana knows Ben, Cleo and Dev. Eve knows all three, Gus two, Finn one.
        SocialGraph graph = new SocialGraph();
        for (int friend : new int[] {BEN, CLEO, DEV}) {
            graph.connect(ANA, friend);
            graph.connect(EVE, friend);
        }
        graph.connect(GUS, BEN);
        graph.connect(GUS, CLEO);
        graph.connect(FINN, DEV);
        graph.connect(20, DEV);
        graph.connect(BEN, CLEO);
        assertThat(graph.friendsOfFriends(ANA, 10)).containsExactly(EVE, GUS, FINN, 20);
        assertThat(graph.friendsOfFriends(ANA, 2)).containsExactly(EVE, GUS);
        assertThat(graph.friendsOfFriends(ANA, 0)).isEmpty();
        assertThat(graph.friendsOfFriends(99, 5)).isEmpty();
    }

    @Test
    void suggestions_leave_out_blocked_accounts_either_way() {
        SocialGraph graph = new SocialGraph();
        for (int friend : new int[] {BEN, CLEO}) {
            graph.connect(ANA, friend);
            graph.connect(EVE, friend);
            graph.connect(GUS, friend);
        }
        graph.connect(FINN, BEN);
        graph.block(EVE, ANA);
        graph.block(ANA, GUS);
        assertThat(graph.friendsOfFriends(ANA, 10)).containsExactly(FINN);
        assertThat(graph.friendsOfFriends(ANA, 10)).as("scratch state is reset").containsExactly(FINN);
        graph.unblock(EVE, ANA);
        assertThat(graph.friendsOfFriends(ANA, 10)).containsExactly(EVE, FINN);
    }
}
