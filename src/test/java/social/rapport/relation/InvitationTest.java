package social.rapport.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.relation.FollowTest.problem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import social.rapport.core.Problem;
import social.rapport.relation.connect.InvitationView;
import social.rapport.relation.connect.SendInvitation;
import social.rapport.relation.profile.UpdateProfileFields;
import social.rapport.testing.EachDatabase;
import social.rapport.testing.Person;

@EachDatabase
class InvitationTest {
    RelationLimits limits = RelationLimits.DEFAULTS.withInvitations(4, 2, 3).withMaxConnections(3);
    World w;
    @Person
    int ana, ben, cleo, dan;

    InvitationView invite(int from, int to) {
        return invite(from, to, "Hello from the meetup");
    }

    InvitationView invite(int from, int to, String note) {
        return w.m.sendInvitation().send(from, new SendInvitation.Request(to, note, "met_in_person", null));
    }

    List<InvitationView> filtered(int invitee) {
        return w.m.invitationBoxes().box(invitee, "filtered");
    }

    int connections() {
        return w.count("SELECT COUNT(*) FROM connections");
    }

    @Test
    void ben_accepts_anas_invitation_and_they_are_connected_and_follow_each_other() {
        InvitationView inv = invite(ana, ben);
        assertThat(inv.invitation().state()).isEqualTo("pending");
        assertThat(w.m.relationships().with(ana, ben).invitationSent()).isTrue();
        assertThat(w.m.relationships().with(ben, ana).invitationReceived()).isTrue();
        assertThat(w.m.invitationBoxes().box(ben, "received")).hasSize(1);
        assertThat(w.m.invitationBoxes().box(ana, "sent")).hasSize(1);
        w.m.acceptInvitation().accept(ben, inv.invitation().id());
        assertThat(w.m.graph().isConnected(ana, ben)).isTrue();
        assertThat(w.m.graph().isFollowing(ana, ben) && w.m.graph().isFollowing(ben, ana))
                .isTrue();
        Relationship r = w.m.relationships().with(ana, ben);
        assertThat(r.connected()).isTrue();
        assertThat(r.degree()).isEqualTo(1);
        assertThat(r.invitationSent()).isFalse();
        w.m.removeConnection().remove(ben, ana);
        assertThat(w.m.graph().isConnected(ana, ben)).isFalse();
        assertThat(w.m.graph().isFollowing(ana, ben)).isTrue();
    }

    @Test
    void bad_invitations_are_refused_by_field_and_write_nothing() {
        assertThat(problem(() -> invite(ana, ana)).fields()).containsKey("account_id");
        assertThat(problem(() -> invite(ana, ben, "x".repeat(301))).fields()).containsKey("note");
        assertThat(problem(() -> w.m.sendInvitation().send(ana, new SendInvitation.Request(ben, "", "pen_pals", null)))
                        .fields())
                .containsKey("how_we_met");
        assertThat(problem(() -> invite(ana, 4242)).status()).isEqualTo(404);
        invite(ana, ben);
        assertThat(problem(() -> invite(ana, ben)).status()).isEqualTo(422);
        assertThat(w.count("SELECT COUNT(*) FROM invitations")).isEqualTo(1);
    }

    @Test
    void accepting_a_withdrawn_invitation_is_refused_and_connects_nobody() {
        InvitationView inv = invite(ana, ben);
        w.m.withdrawInvitation().withdraw(ana, inv.invitation().id());
        Problem p = problem(
                () -> w.m.acceptInvitation().accept(ben, inv.invitation().id()));
        assertThat(p.status()).isEqualTo(422);
        assertThat(p.getMessage()).contains("withdrawn");
        assertThat(connections()).isZero();
        assertThat(w.m.graph().isConnected(ana, ben)).isFalse();
        // Only the invitee answers, only the sender withdraws; others see nothing.
        InvitationView again = invite(ana, cleo);
        assertThat(problem(() -> w.m.acceptInvitation()
                                .accept(ana, again.invitation().id()))
                        .status())
                .isEqualTo(404);
        assertThat(problem(() -> w.m.withdrawInvitation()
                                .withdraw(cleo, again.invitation().id()))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void after_withdrawing_ana_waits_three_weeks_to_invite_ben_again() {
        InvitationView inv = invite(ana, ben);
        w.clock.advance(Duration.ofDays(1));
        w.m.withdrawInvitation().withdraw(ana, inv.invitation().id());
        Problem p = problem(() -> invite(ana, ben));
        assertThat(p.status()).isEqualTo(429);
        assertThat(p.retryAfterSeconds()).isEqualTo(Duration.ofDays(21).toSeconds());
        w.clock.advance(Duration.ofDays(21));
        assertThat(invite(ana, ben).invitation().state()).isEqualTo("pending");
    }

    @Test
    void ben_declines_or_ignores_and_nobody_is_connected() {
        w.m.declineInvitation().decline(ben, invite(ana, ben).invitation().id());
        w.m.ignoreInvitation().ignore(dan, invite(cleo, dan).invitation().id());
        assertThat(connections()).isZero();
        assertThat(w.m.invitationBoxes().box(ben, "received")).isEmpty();
        assertThat(w.count("SELECT COUNT(*) FROM invitations WHERE state IN ('declined', 'ignored')"))
                .isEqualTo(2);
    }

    @Test
    void inviting_someone_whose_invitation_waits_accepts_it_and_connects_once() {
        InvitationView first = invite(ana, ben);
        InvitationView second = invite(ben, ana);
        assertThat(second.invitation().id()).isEqualTo(first.invitation().id());
        assertThat(second.invitation().state()).isEqualTo("accepted");
        assertThat(connections()).isEqualTo(1);
        assertThat(w.m.graph().isConnected(ana, ben)).isTrue();
    }

    @Test
    void two_people_inviting_each_other_at_the_same_moment_end_up_connected_once() throws Exception {
        for (int round = 0; round < 5; round++) {
            int a = w.account("a" + round), b = w.account("b" + round);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<InvitationView> x = pool.submit(() -> {
                    go.await();
                    return invite(a, b);
                });
                Future<InvitationView> y = pool.submit(() -> {
                    go.await();
                    return invite(b, a);
                });
                go.countDown();
                x.get();
                y.get();
            } finally {
                pool.shutdown();
            }
            assertThat(w.m.graph().isConnected(a, b)).isTrue();
            assertThat(w.count("SELECT COUNT(*) FROM connections WHERE low_id = " + Math.min(a, b) + " AND high_id = "
                            + Math.max(a, b)))
                    .isEqualTo(1);
            assertThat(w.count("SELECT COUNT(*) FROM invitations WHERE state IN ('pending', 'filtered')"))
                    .isZero();
        }
    }

    @Test
    void weekly_first_week_and_pending_limits_answer_429_with_when_they_free_up() {
        int newbie = w.newAccount("newbie");
        invite(newbie, ana);
        w.clock.advance(Duration.ofHours(2));
        invite(newbie, ben);
        Problem firstWeek = problem(() -> invite(newbie, cleo));
        assertThat(firstWeek.status()).isEqualTo(429);
        assertThat(firstWeek.retryAfterSeconds())
                .isEqualTo(Duration.ofDays(7).minusHours(2).toSeconds());

        invite(ana, ben);
        invite(ana, cleo);
        invite(ana, dan);
        Problem pending = problem(() -> invite(ana, w.account("eve")));
        assertThat(pending.status()).isEqualTo(429);
        assertThat(pending.getMessage()).contains("waiting");
        assertThat(w.count("SELECT COUNT(*) FROM invitations WHERE sender_id = " + ana))
                .isEqualTo(3);
    }

    @Test
    void nobody_gets_more_connections_than_the_cap() {
        w.connect(ana, ben);
        w.connect(ana, cleo);
        w.connect(ana, dan);
        int eve = w.account("eve");
        Problem p = problem(() -> invite(eve, ana));
        assertThat(p.status()).isEqualTo(422);
        assertThat(w.m.graph().connectionCount(ana)).isEqualTo(3);
    }

    @Test
    void screening_refuses_with_the_rule_named_or_files_without_telling() {
        w.m.setScreening().set(ben, "nobody", null, null);
        Problem nobody = problem(() -> invite(ana, ben));
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(nobody.getMessage()).contains("ben").contains("who_may_invite: nobody");

        w.m.setScreening().set(ben, "knows_email", null, null);
        assertThat(problem(() -> invite(ana, ben)).getMessage()).contains("email");
        var byEmail =
                w.m.sendInvitation().send(ana, new SendInvitation.Request(ben, "hi", "colleague", "BEN@example.org"));
        assertThat(byEmail.invitation().state()).isEqualTo("pending");

        w.m.setScreening().set(dan, "network", true, List.of("mutual_connection", "shared_interest"));
        assertThat(problem(() -> invite(cleo, dan)).getMessage()).contains("who_may_invite: network");
        w.connect(ana, cleo);
        w.m.acceptInvitation().accept(ben, byEmail.invitation().id());
        w.m.setScreening().set(ben, "anyone", null, null);
        w.connect(dan, ben);
        // Cleo is now 3 hops from Dan (cleo-ana-ben-dan): still outside his network.
        assertThat(problem(() -> invite(cleo, dan)).status()).isEqualTo(422);
        w.connect(cleo, ben);
        int before = w.events.size();
        InvitationView noNote = invite(cleo, dan, "");
        // To Cleo it looks exactly like a pending invitation; Dan finds it filtered, with the reason.
        assertThat(noNote.invitation().state()).isEqualTo("pending");
        assertThat(noNote.invitation().screeningReason()).isNull();
        assertThat(filtered(dan).get(0).invitation().screeningReason()).contains("require_note");
        assertThat(w.events.subList(before, w.events.size()))
                .noneMatch(e -> e instanceof RelationEvents.InvitationReceived);
        assertThat(w.m.invitationBoxes().box(dan, "received")).isEmpty();
        assertThat(w.m.invitationBoxes().box(dan, "filtered")).hasSize(1);
        // Dan can still accept from the filtered folder: nothing is lost.
        w.m.acceptInvitation().accept(dan, noNote.invitation().id());
        assertThat(w.m.graph().isConnected(cleo, dan)).isTrue();
    }

    @Test
    void require_one_of_is_met_by_a_mutual_connection_or_a_shared_interest() {
        w.m.setScreening().set(dan, null, null, List.of("mutual_connection", "shared_interest"));
        invite(ana, dan);
        assertThat(filtered(dan).get(0).invitation().screeningReason()).contains("require_one_of");
        w.m.updateProfile()
                .update(ben, Map.of("interests", new UpdateProfileFields.Change("Woodwork, Jazz", null, null)));
        w.m.updateProfile().update(dan, Map.of("interests", new UpdateProfileFields.Change("jazz", null, null)));
        assertThat(invite(ben, dan).invitation().state()).isEqualTo("pending");
        w.connect(cleo, ana);
        w.m.acceptInvitation()
                .accept(
                        dan,
                        w.m.invitationBoxes()
                                .box(dan, "received")
                                .get(0)
                                .invitation()
                                .id());
        w.connect(cleo, w.account("fay"));
        // Cleo and Dan share no connection and no interest.
        long cleos = invite(cleo, dan).invitation().id();
        assertThat(filtered(dan)).anyMatch(v -> v.invitation().id() == cleos);
        assertThat(problem(() -> w.m.setScreening().set(dan, "friends", null, null))
                        .fields())
                .containsKey("who_may_invite");
        assertThat(problem(() -> w.m.setScreening().set(dan, null, null, List.of("horoscope")))
                        .fields())
                .containsKey("require_one_of");
    }
}
