package social.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import social.rapport.account.AccountEvents;
import social.rapport.relation.GraphLoader;
import social.rapport.relation.GraphUpdater;
import social.rapport.relation.RelationEvents;
import social.rapport.relation.World;
import social.rapport.store.Event;
import social.rapport.testing.TestDb;

/** A graph update that fails is repaired from the store, so the graph does not drift from it. */
@ParameterizedClass
@MethodSource("social.rapport.testing.Databases#all")
class GraphRepairTest {
    @Parameter
    TestDb testDb;

    World w;
    GraphUpdater updater;
    int ana, ben;

    @BeforeEach
    void open() {
        w = new World(testDb);
        updater = new GraphUpdater(w.db, new GraphLoader.Loaded(w.m.graph(), w.m.relations(), w.m.mutes()));
        ana = w.account("ana");
        ben = w.account("ben");
    }

    @AfterEach
    void close() {
        w.close();
    }

    private static <E extends Event> Consumer<E> failing() {
        return e -> {
            throw new IllegalStateException("the graph update failed");
        };
    }

    @Test
    void a_failed_follow_update_is_repaired_from_the_store() {
        w.m.followAccount().follow(ana, ben, null);
        w.m.graph().unfollow(ana, ben); // the graph missed the change
        Reactions.<RelationEvents.Followed>guarded(failing(), updater::repair)
                .accept(new RelationEvents.Followed(ana, ben));
        assertThat(w.m.graph().isFollowing(ana, ben)).isTrue();
        assertThat(w.m.graph().isFollowing(ben, ana)).isFalse();
    }

    @Test
    void a_failed_unblock_update_is_repaired_from_the_store() {
        w.m.blockAccount().block(ana, ben);
        w.m.unblockAccount().unblock(ana, ben);
        w.m.graph().block(ana, ben); // the graph kept a block the store no longer has
        Reactions.<RelationEvents.Unblocked>guarded(failing(), updater::repair)
                .accept(new RelationEvents.Unblocked(ana, ben));
        assertThat(w.m.graph().isBlockedEitherWay(ana, ben)).isFalse();
    }

    @Test
    void a_failed_mute_and_connection_update_is_repaired_from_the_store() {
        w.connect(ana, ben);
        w.m.muteAccount().mute(ana, ben, true, 0);
        w.m.graph().disconnect(ana, ben);
        w.m.graph().unmute(ana, ben);
        updater.repair(new RelationEvents.Connected(ana, ben));
        assertThat(w.m.graph().isConnected(ana, ben)).isTrue();
        assertThat(w.m.mutes().isMuted(ana, ben)).isTrue();
    }

    @Test
    void a_failed_suspension_update_is_repaired_from_the_store() {
        w.db.writeVoid(tx -> tx.handle()
                .createUpdate("UPDATE accounts SET state = 'suspended' WHERE id = :id")
                .bind("id", ben)
                .execute());
        assertThat(w.m.relations().visibleAccount(ben)).isTrue();
        Reactions.<AccountEvents.Suspended>guarded(failing(), updater::repair).accept(new AccountEvents.Suspended(ben));
        assertThat(w.m.relations().visibleAccount(ben)).isFalse();
    }

    @Test
    void an_update_that_works_needs_no_repair() {
        Reactions.<RelationEvents.Followed>guarded(updater::followed, e -> {
                    throw new AssertionError("no repair expected");
                })
                .accept(new RelationEvents.Followed(ana, ben));
        assertThat(w.m.graph().isFollowing(ana, ben)).isTrue();
    }

    @Test
    void a_failed_repair_is_not_swallowed_silently() {
        Consumer<RelationEvents.Followed> both = Reactions.guarded(failing(), e -> {
            throw new IllegalStateException("the store is away");
        });
        assertThatThrownBy(() -> both.accept(new RelationEvents.Followed(ana, ben)))
                .hasMessageContaining("the store is away");
    }
}
