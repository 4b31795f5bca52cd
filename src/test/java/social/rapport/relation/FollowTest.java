package social.rapport.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import social.rapport.audience.Audience;
import social.rapport.core.Problem;
import social.rapport.relation.connect.SendInvitation;
import social.rapport.relation.profile.UpdateProfileFields;
import social.rapport.testing.EachDatabase;
import social.rapport.testing.Person;

@EachDatabase
class FollowTest {
    RelationLimits limits = RelationLimits.DEFAULTS.withFollowsPerDay(3);
    World w;
    @Person
    int ana, ben, cleo;

    static Problem problem(Runnable r) {
        try {
            r.run();
        } catch (Problem p) {
            return p;
        }
        throw new AssertionError("expected a problem");
    }

    @Test
    void ana_follows_ben_and_the_graph_knows_once_it_is_committed() {
        Relationship r = w.m.followAccount().follow(ana, ben, null);
        assertThat(r.following()).isTrue();
        assertThat(r.requested()).isFalse();
        assertThat(w.m.graph().isFollowing(ana, ben)).isTrue();
        assertThat(w.m.relationships().with(ben, ana).followedBy()).isTrue();
        assertThat(w.count("SELECT COUNT(*) FROM outbox WHERE topic = 'follow.created'"))
                .isEqualTo(1);
        w.m.unfollowAccount().unfollow(ana, ben);
        assertThat(w.m.graph().isFollowing(ana, ben)).isFalse();
        assertThat(w.count("SELECT COUNT(*) FROM follows")).isZero();
    }

    @Test
    void following_twice_oneself_or_nobody_is_refused_and_changes_nothing() {
        w.m.followAccount().follow(ana, ben, null);
        assertThat(problem(() -> w.m.followAccount().follow(ana, ben, null)).status())
                .isEqualTo(422);
        assertThat(problem(() -> w.m.followAccount().follow(ana, ana, null)).fields())
                .containsKey("id");
        assertThat(problem(() -> w.m.followAccount().follow(ana, 9999, null)).status())
                .isEqualTo(404);
        Problem longNote = problem(() -> w.m.followAccount().follow(ana, cleo, "x".repeat(301)));
        assertThat(longNote.fields()).containsKey("note");
        assertThat(w.count("SELECT COUNT(*) FROM follows")).isEqualTo(1);
        assertThat(w.count("SELECT COUNT(*) FROM follow_log")).isEqualTo(1);
    }

    @Test
    void locked_ben_approves_ana_and_nothing_for_followers_shows_while_she_waits() {
        w.lock(ben);
        Relationship r = w.m.followAccount().follow(ana, ben, "We met at the Lisbon meetup");
        assertThat(r.requested()).isTrue();
        assertThat(r.following()).isFalse();
        assertThat(w.m.policy().canSee(ana, ben, Audience.FOLLOWERS, Set.of())).isFalse();
        assertThat(w.m.followLists().requests(ben, AccountPage.first(40)))
                .extracting(a -> a.id())
                .containsExactly(ana);
        assertThat(w.m.relationships().with(ben, ana).requestedBy()).isTrue();
        w.m.authorizeFollowRequest().authorize(ben, ana);
        assertThat(w.m.policy().canSee(ana, ben, Audience.FOLLOWERS, Set.of())).isTrue();
        assertThat(w.m.followLists().requests(ben, AccountPage.first(40))).isEmpty();
        assertThat(problem(() -> w.m.authorizeFollowRequest().authorize(ben, ana))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void ben_rejects_cleos_request_and_she_is_no_follower() {
        w.lock(ben);
        w.m.followAccount().follow(cleo, ben, null);
        Relationship r = w.m.rejectFollowRequest().reject(ben, cleo);
        assertThat(r.requestedBy()).isFalse();
        assertThat(w.m.graph().isFollowing(cleo, ben)).isFalse();
        assertThat(w.count("SELECT COUNT(*) FROM follows")).isZero();
    }

    @Test
    void ben_removes_ana_from_his_followers() {
        w.m.followAccount().follow(ana, ben, null);
        w.m.removeFollower().remove(ben, ana);
        assertThat(w.m.graph().isFollowing(ana, ben)).isFalse();
        assertThat(w.m.relationships().with(ana, ben).following()).isFalse();
    }

    @Test
    void the_daily_follow_limit_answers_429_with_when_it_frees_up() {
        int dan = w.account("dan");
        w.m.followAccount().follow(ana, ben, null);
        w.clock.advance(Duration.ofHours(1));
        w.m.followAccount().follow(ana, cleo, null);
        w.m.unfollowAccount().unfollow(ana, cleo);
        w.clock.advance(Duration.ofHours(1));
        w.m.followAccount().follow(ana, cleo, null);
        w.clock.advance(Duration.ofHours(1));
        Problem p = problem(() -> w.m.followAccount().follow(ana, dan, null));
        assertThat(p.status()).isEqualTo(429);
        // The first follow leaves the 24-hour window 21 hours from now.
        assertThat(p.retryAfterSeconds()).isEqualTo(21 * 3600);
        assertThat(w.m.graph().isFollowing(ana, dan)).isFalse();
        w.clock.advance(Duration.ofHours(21));
        assertThat(w.m.followAccount().follow(ana, dan, null).following()).isTrue();
    }

    @Test
    void follower_lists_follow_their_own_audience_and_hidden_counts_are_zero() {
        w.m.followAccount().follow(ana, ben, null);
        w.m.followAccount().follow(cleo, ben, null);
        assertThat(w.m.followLists().followers(0, ben, AccountPage.first(40))).hasSize(2);
        assertThat(w.m.counts().of(0, ben).followers()).isEqualTo(2);
        w.m.updateProfile()
                .update(ben, Map.of("followers_list", new UpdateProfileFields.Change(null, List.of("only_me"), null)));
        assertThat(w.m.followLists().followers(ana, ben, AccountPage.first(40))).isEmpty();
        assertThat(w.m.counts().of(ana, ben).followers()).isZero();
        assertThat(w.m.followLists().followers(ben, ben, AccountPage.first(40))).hasSize(2);
        assertThat(w.m.counts().of(ben, ben).followers()).isEqualTo(2);
        Problem p = problem(() -> w.m.updateProfile()
                .update(ben, Map.of("following_list", new UpdateProfileFields.Change(null, List.of("network"), null))));
        assertThat(p.fields()).containsKey("following_list");
    }

    @Test
    void changing_any_other_setting_through_any_path_never_unlocks_an_account() {
        w.lock(ben);
        w.m.setScreening().set(ben, "network", true, List.of("mutual_connection"));
        for (String item : social.rapport.relation.profile.ProfileItem.FIELDS) {
            w.m.updateProfile().update(ben, Map.of(item, new UpdateProfileFields.Change("x", List.of("public"), null)));
        }
        for (String item : social.rapport.relation.profile.ProfileItem.LISTS) {
            w.m.updateProfile()
                    .update(ben, Map.of(item, new UpdateProfileFields.Change(null, List.of("public"), null)));
        }
        w.m.setIntroduction().set(ben, "Hello, I make furniture", List.of(Long.toString(w.post(ben, "public"))));
        var circle = w.m.createCircle().create(ben, "Makers");
        w.m.addToCircle().add(ben, circle.id(), List.of(cleo));
        w.m.renameCircle().rename(ben, circle.id(), "Wood");
        w.m.muteAccount().mute(ben, cleo, true, 0);
        w.m.blockAccount().block(ben, w.account("spam"));
        w.connect(ben, cleo);
        w.m.makeClaim().claim(ben, cleo, "worked_together", "Acme 2005-2008");
        assertThat(w.locked(ben)).isTrue();
        assertThat(w.m.followAccount().follow(ana, ben, null).requested()).isTrue();
        assertThat(w.m.graph().isFollowing(ana, ben)).isFalse();
    }

    @Test
    void accepting_an_invitation_makes_both_follow_even_a_locked_account() {
        w.lock(ben);
        var inv = w.m.sendInvitation().send(ana, new SendInvitation.Request(ben, "", "colleague", null));
        w.m.acceptInvitation().accept(ben, inv.invitation().id());
        assertThat(w.m.graph().isFollowing(ana, ben)).isTrue();
        assertThat(w.m.graph().isFollowing(ben, ana)).isTrue();
        w.m.unfollowAccount().unfollow(ana, ben);
        assertThat(w.m.graph().isConnected(ana, ben)).isTrue();
        assertThat(w.m.relationships().with(ana, ben).connected()).isTrue();
    }
}
