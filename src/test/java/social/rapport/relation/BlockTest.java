package social.rapport.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.relation.FollowTest.problem;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import social.rapport.audience.Audience;
import social.rapport.relation.connect.SendInvitation;
import social.rapport.testing.EachDatabase;
import social.rapport.testing.Person;

@EachDatabase
class BlockTest {
    World w;
    @Person
    int ana, ben, cleo;

    @Test
    void ana_blocks_ben_and_everything_between_them_ends_both_ways() {
        w.connect(ana, ben);
        w.lock(ana);
        w.m.sendInvitation().send(cleo, new SendInvitation.Request(ben, "", "other", null));
        Relationship r = w.m.blockAccount().block(ana, ben);
        assertThat(r.blocking()).isTrue();
        assertThat(r.following() || r.followedBy() || r.connected()).isFalse();
        assertThat(w.m.graph().isConnected(ana, ben)).isFalse();
        assertThat(w.m.graph().isFollowing(ana, ben) || w.m.graph().isFollowing(ben, ana))
                .isFalse();
        assertThat(w.count("SELECT COUNT(*) FROM follows")).isZero();
        assertThat(w.count("SELECT COUNT(*) FROM connections")).isZero();
        assertThat(w.count("SELECT COUNT(*) FROM invitations WHERE state = 'pending'"))
                .isEqualTo(1);
        // Blocking again changes nothing and still answers.
        assertThat(w.m.blockAccount().block(ana, ben).blocking()).isTrue();
    }

    @Test
    void ben_sees_ana_as_absent_and_cannot_follow_invite_or_claim() {
        w.m.blockAccount().block(ana, ben);
        assertThat(problem(() -> w.m.followAccount().follow(ben, ana, null)).status())
                .isEqualTo(404);
        assertThat(problem(() -> w.m.sendInvitation().send(ben, new SendInvitation.Request(ana, "", "other", null)))
                        .status())
                .isEqualTo(404);
        assertThat(problem(() -> w.m.makeClaim().claim(ben, ana, "did_business", ""))
                        .status())
                .isEqualTo(404);
        assertThat(problem(() -> w.m.viewProfile().view(ben, ana)).status()).isEqualTo(404);
        assertThat(problem(() -> w.m.relationships().with(ben, ana)).status()).isEqualTo(404);
        assertThat(problem(() -> w.m.blockAccount().block(ben, ana)).status()).isEqualTo(404);
        assertThat(w.m.relationships().of(ben, List.of(ana))).isEmpty();
        assertThat(w.m.policy().canSee(ben, ana, Audience.PUBLIC, Set.of())).isFalse();
        // Ana still reaches her own block, so that she can lift it.
        assertThat(w.m.relationships().with(ana, ben).blocking()).isTrue();
        w.m.unblockAccount().unblock(ana, ben);
        assertThat(w.m.followAccount().follow(ben, ana, null).following()).isTrue();
    }

    @Test
    void a_mute_hides_until_it_expires_and_changes_nothing_else() {
        w.m.followAccount().follow(ana, ben, null);
        Relationship r = w.m.muteAccount().mute(ana, ben, false, 3600);
        assertThat(r.muting()).isTrue();
        assertThat(r.mutingNotifications()).isFalse();
        assertThat(r.following()).isTrue();
        assertThat(w.m.mutes().isMuted(ana, ben)).isTrue();
        assertThat(w.m.policy().canSee(ana, ben, Audience.PUBLIC, Set.of())).isTrue();
        w.clock.advance(Duration.ofMinutes(61));
        assertThat(w.m.mutes().isMuted(ana, ben)).isFalse();
        assertThat(w.m.relationships().with(ana, ben).muting()).isFalse();
        w.m.muteAccount().mute(ana, cleo, true, 0);
        w.clock.advance(Duration.ofDays(400));
        assertThat(w.m.mutes().isMuted(ana, cleo)).isTrue();
        assertThat(w.m.unmuteAccount().unmute(ana, cleo).muting()).isFalse();
        assertThat(problem(() -> w.m.muteAccount().mute(ana, ana, true, 0)).status())
                .isEqualTo(422);
        assertThat(problem(() -> w.m.muteAccount().mute(ana, ben, true, -5)).fields())
                .containsKey("duration");
    }

    @Test
    void a_restart_rebuilds_the_same_graph_from_the_store() {
        w.connect(ana, ben);
        w.m.followAccount().follow(cleo, ana, null);
        w.m.blockAccount().block(cleo, ben);
        w.m.muteAccount().mute(ana, cleo, true, 60);
        long family = w.m.listCircles().list(ana).get(2).id();
        w.m.addToCircle().add(ana, family, List.of(cleo));
        var again = GraphLoader.load(w.db);
        assertThat(again.graph().isConnected(ana, ben)).isTrue();
        assertThat(again.graph().isFollowing(cleo, ana)).isTrue();
        assertThat(again.graph().isBlockedEitherWay(ben, cleo)).isTrue();
        assertThat(again.mutes().isMuted(ana, cleo)).isTrue();
        assertThat(again.graph().inCircle(ana, family, cleo)).isTrue();
        assertThat(again.relations().visibleAccount(cleo)).isTrue();
        assertThat(again.relations().visibleAccount(cleo + 1)).isFalse();
        w.clock.advance(Duration.ofMinutes(2));
        assertThat(again.mutes().isMuted(ana, cleo)).isFalse();
    }

    @Test
    void a_suspended_account_disappears_for_everyone() {
        w.db.writeVoid(tx -> {
            w.accounts.setState(tx, ben, "suspended");
            tx.emit(new social.rapport.account.AccountEvents.Suspended(ben));
        });
        assertThat(problem(() -> w.m.followAccount().follow(ana, ben, null)).status())
                .isEqualTo(404);
        assertThat(GraphLoader.load(w.db).relations().visibleAccount(ben)).isFalse();
        w.db.writeVoid(tx -> {
            w.accounts.setState(tx, ben, "active");
            tx.emit(new social.rapport.account.AccountEvents.Updated(ben));
        });
        assertThat(w.m.followAccount().follow(ana, ben, null).following()).isTrue();
    }
}
