package social.rapport.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SocialGraphTest {
    static final int ANA = 0;
    static final int BEN = 1;
    static final int CLEO = 2;
    static final int DEV = 3;
    static final int EVE = 4;
    static final int FINN = 5;
    static final int GUS = 6;
    static final long FAMILY = 10L;
    static final long BUSINESS = 11L;

    /**
     * Ana knows Ben and Finn; both know Cleo; Cleo knows Dev, who knows Eve. Gus knows nobody.
     * Ana -> Cleo is 2nd degree (via Ben or Finn), Dev 3rd, Eve out of network.
     */
    static SocialGraph anaNeighbourhood() {
        SocialGraph graph = new SocialGraph();
        graph.connect(ANA, BEN);
        graph.connect(ANA, FINN);
        graph.connect(BEN, CLEO);
        graph.connect(FINN, CLEO);
        graph.connect(CLEO, DEV);
        graph.connect(DEV, EVE);
        return graph;
    }

    @Nested
    class Connections {
        @Test
        void a_connection_goes_both_ways_and_is_recorded_once() {
            SocialGraph graph = new SocialGraph();
            assertThat(graph.connect(ANA, BEN)).isTrue();
            assertThat(graph.connect(BEN, ANA)).isFalse();
            assertThat(graph.isConnected(ANA, BEN)).isTrue();
            assertThat(graph.isConnected(BEN, ANA)).isTrue();
            assertThat(graph.connections(ANA)).containsExactly(BEN);
            assertThat(graph.directedConnectionEdges()).isEqualTo(2);
        }

        @Test
        void disconnecting_removes_both_directions() {
            SocialGraph graph = anaNeighbourhood();
            assertThat(graph.disconnect(BEN, ANA)).isTrue();
            assertThat(graph.isConnected(ANA, BEN)).isFalse();
            assertThat(graph.isConnected(BEN, ANA)).isFalse();
            assertThat(graph.disconnect(ANA, BEN)).isFalse();
        }

        @Test
        void lists_are_sorted_copies_that_callers_cannot_corrupt() {
            SocialGraph graph = new SocialGraph();
            graph.connect(CLEO, FINN);
            graph.connect(CLEO, ANA);
            graph.connect(CLEO, DEV);
            int[] list = graph.connections(CLEO);
            assertThat(list).containsExactly(ANA, DEV, FINN);
            list[0] = GUS;
            assertThat(graph.connections(CLEO)).containsExactly(ANA, DEV, FINN);
        }

        @Test
        void ids_far_beyond_the_initial_capacity_grow_the_graph() {
            SocialGraph graph = new SocialGraph();
            graph.connect(ANA, 5_000_000);
            assertThat(graph.connections(5_000_000)).containsExactly(ANA);
            assertThat(graph.connections(7_000_000)).isEmpty();
            assertThat(graph.accountCount()).isEqualTo(5_000_001);
        }

        @Test
        void self_relations_and_negative_ids_are_rejected() {
            SocialGraph graph = new SocialGraph();
            assertThatThrownBy(() -> graph.connect(ANA, ANA)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> graph.follow(-1, ANA)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> graph.block(BEN, BEN)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void mutual_connections_are_the_sorted_common_connections() {
            SocialGraph graph = anaNeighbourhood();
            assertThat(graph.mutualConnections(ANA, CLEO)).containsExactly(BEN, FINN);
            assertThat(graph.mutualConnections(ANA, DEV)).isEmpty();
            assertThat(graph.mutualConnections(GUS, ANA)).isEmpty();
        }
    }

    @Nested
    class FollowsBlocksMutes {
        @Test
        void a_follow_is_one_way_and_listed_on_both_sides() {
            SocialGraph graph = new SocialGraph();
            assertThat(graph.follow(BEN, ANA)).isTrue();
            assertThat(graph.follow(CLEO, ANA)).isTrue();
            assertThat(graph.isFollowing(BEN, ANA)).isTrue();
            assertThat(graph.isFollowing(ANA, BEN)).isFalse();
            assertThat(graph.followers(ANA)).containsExactly(BEN, CLEO);
            assertThat(graph.following(BEN)).containsExactly(ANA);
            assertThat(graph.unfollow(BEN, ANA)).isTrue();
            assertThat(graph.followers(ANA)).containsExactly(CLEO);
            assertThat(graph.following(BEN)).isEmpty();
        }

        @Test
        void follows_never_make_a_degree() {
            SocialGraph graph = new SocialGraph();
            graph.follow(ANA, BEN);
            graph.follow(BEN, ANA);
            assertThat(graph.degree(ANA, BEN)).isEqualTo(SocialGraph.NO_DEGREE);
            assertThat(graph.path(ANA, BEN)).isEmpty();
        }

        @Test
        void a_block_counts_in_either_direction_until_lifted() {
            SocialGraph graph = new SocialGraph();
            graph.block(EVE, ANA);
            assertThat(graph.isBlockedEitherWay(ANA, EVE)).isTrue();
            assertThat(graph.isBlockedEitherWay(EVE, ANA)).isTrue();
            assertThat(graph.blocks(EVE)).containsExactly(ANA);
            assertThat(graph.unblock(EVE, ANA)).isTrue();
            assertThat(graph.isBlockedEitherWay(ANA, EVE)).isFalse();
        }

        @Test
        void a_mute_is_private_to_the_muter() {
            SocialGraph graph = new SocialGraph();
            graph.mute(ANA, DEV);
            assertThat(graph.isMuted(ANA, DEV)).isTrue();
            assertThat(graph.isMuted(DEV, ANA)).isFalse();
            assertThat(graph.mutes(ANA)).containsExactly(DEV);
            assertThat(graph.unmute(ANA, DEV)).isTrue();
            assertThat(graph.isMuted(ANA, DEV)).isFalse();
        }
    }

    @Nested
    class Circles {
        @Test
        void ana_keeps_family_and_business_apart() {
            SocialGraph graph = new SocialGraph();
            graph.addToCircle(ANA, FAMILY, FINN);
            graph.addToCircle(ANA, FAMILY, BEN);
            graph.addToCircle(ANA, BUSINESS, CLEO);
            assertThat(graph.circleMembers(ANA, FAMILY)).containsExactly(BEN, FINN);
            assertThat(graph.inCircle(ANA, FAMILY, BEN)).isTrue();
            assertThat(graph.inCircle(ANA, BUSINESS, BEN)).isFalse();
            assertThat(graph.circleMembers(BEN, FAMILY))
                    .as("circle ids are per owner")
                    .isEmpty();
        }

        @Test
        void removing_a_member_and_deleting_a_circle() {
            SocialGraph graph = new SocialGraph();
            graph.addToCircle(ANA, FAMILY, BEN);
            graph.addToCircle(ANA, FAMILY, FINN);
            graph.addToCircle(ANA, BUSINESS, CLEO);
            assertThat(graph.removeFromCircle(ANA, FAMILY, BEN)).isTrue();
            assertThat(graph.removeFromCircle(ANA, FAMILY, BEN)).isFalse();
            assertThat(graph.circleMembers(ANA, FAMILY)).containsExactly(FINN);
            graph.deleteCircle(ANA, FAMILY);
            assertThat(graph.circleMembers(ANA, FAMILY)).isEmpty();
            assertThat(graph.circleMembers(ANA, BUSINESS)).containsExactly(CLEO);
        }
    }

    @Nested
    class RemovingAnAccount {
        @Test
        void cleo_leaving_takes_every_trace_of_her_with_her() {
            SocialGraph graph = anaNeighbourhood();
            graph.follow(CLEO, ANA);
            graph.follow(ANA, CLEO);
            graph.block(CLEO, EVE);
            graph.block(GUS, CLEO);
            graph.mute(CLEO, DEV);
            graph.mute(BEN, CLEO);
            graph.addToCircle(ANA, FAMILY, CLEO);
            graph.addToCircle(CLEO, BUSINESS, DEV);

            graph.removeAccount(CLEO);

            assertThat(graph.connections(CLEO)).isEmpty();
            assertThat(graph.connections(BEN)).containsExactly(ANA);
            assertThat(graph.followers(ANA)).isEmpty();
            assertThat(graph.following(ANA)).isEmpty();
            assertThat(graph.isBlockedEitherWay(CLEO, EVE)).isFalse();
            assertThat(graph.blocks(GUS)).isEmpty();
            assertThat(graph.isMuted(BEN, CLEO)).isFalse();
            assertThat(graph.mutes(CLEO)).isEmpty();
            assertThat(graph.circleMembers(ANA, FAMILY)).isEmpty();
            assertThat(graph.circleMembers(CLEO, BUSINESS)).isEmpty();
            assertThat(graph.degree(ANA, DEV))
                    .as("the only route ran through Cleo")
                    .isZero();
        }
    }

    @Nested
    class Builder {
        @Test
        void building_from_edge_lists_merges_duplicates_and_both_directions() {
            SocialGraph graph = SocialGraph.builder()
                    .connect(ANA, BEN)
                    .connect(BEN, ANA)
                    .connect(ANA, BEN)
                    .connect(CLEO, ANA)
                    .follow(BEN, ANA)
                    .block(EVE, ANA)
                    .mute(ANA, DEV)
                    .addToCircle(ANA, FAMILY, BEN)
                    .accountCount(100)
                    .build();
            assertThat(graph.connections(ANA)).containsExactly(BEN, CLEO);
            assertThat(graph.connections(BEN)).containsExactly(ANA);
            assertThat(graph.followers(ANA)).containsExactly(BEN);
            assertThat(graph.following(BEN)).containsExactly(ANA);
            assertThat(graph.isBlockedEitherWay(ANA, EVE)).isTrue();
            assertThat(graph.isMuted(ANA, DEV)).isTrue();
            assertThat(graph.inCircle(ANA, FAMILY, BEN)).isTrue();
            assertThat(graph.directedConnectionEdges()).isEqualTo(4);
            assertThat(graph.accountCount()).as("reserved ids count").isEqualTo(100);
        }

        @Test
        void a_built_graph_accepts_later_mutations_and_unblocking_via_the_reverse_index() {
            SocialGraph graph =
                    SocialGraph.builder().connect(ANA, BEN).block(EVE, ANA).build();
            graph.connect(BEN, 99);
            graph.removeAccount(EVE);
            assertThat(graph.connections(BEN)).containsExactly(ANA, 99);
            assertThat(graph.isBlockedEitherWay(ANA, EVE)).isFalse();
        }

        @Test
        void bulk_columns_load_like_single_edges() {
            int[] from = {ANA, BEN, CLEO, 7};
            int[] to = {BEN, CLEO, DEV, 8};
            SocialGraph graph = SocialGraph.builder().connectAll(from, to, 3).build();
            assertThat(graph.connections(CLEO)).containsExactly(BEN, DEV);
            assertThat(graph.connections(7)).as("only the first three edges").isEmpty();
        }

        @Test
        void memory_stays_under_six_bytes_per_directed_edge() {
            java.util.Random random = new java.util.Random(7);
            SocialGraphBuilder builder = SocialGraph.builder();
            int accounts = 2_000;
            for (int i = 0; i < accounts * 25; i++) {
                int a = random.nextInt(accounts);
                int b = random.nextInt(accounts);
                if (a != b) {
                    builder.connect(a, b);
                }
            }
            SocialGraph graph = builder.build();
            double perEdge = (double) graph.estimatedBytes() / graph.directedConnectionEdges();
            assertThat(perEdge).isBetween(4.0, 6.0);
        }
    }
}
