package social.rapport.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.relation.FollowTest.problem;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import social.rapport.relation.connect.Invitation;
import social.rapport.relation.connect.SendInvitation;
import social.rapport.testing.EachDatabase;
import social.rapport.testing.Person;

/**
 * What the sender may know of an invitation: saying no (ignore or decline) never tells on the
 * invitee, so to the sender it looks exactly as it did when sent, until they withdraw it.
 */
@EachDatabase
class SentInvitationTest {
    World w;
    @Person
    int ana, ben, cleo;

    private long invite(int from, int to) {
        return w.m.sendInvitation()
                .send(from, new SendInvitation.Request(to, "Hello", "colleague", null))
                .invitation()
                .id();
    }

    private Invitation sent(int sender, long id) {
        return w.m.invitationBoxes().box(sender, "sent").stream()
                .map(v -> v.invitation())
                .filter(i -> i.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_filtered_invitation_that_was_declined_still_looks_pending_and_the_invitee_sees_it_declined() {
        w.m.setScreening().set(ben, "anyone", null, List.of("mutual_connection"));
        long id = invite(ana, ben);
        Invitation before = sent(ana, id);
        assertThat(before.state()).isEqualTo("pending");
        assertThat(before.screeningReason()).isNull();
        assertThat(w.m.invitationBoxes().box(ben, "filtered")).hasSize(1);
        w.m.declineInvitation().decline(ben, id);
        assertThat(sent(ana, id)).isEqualTo(before);
        assertThat(w.m.invitationBoxes().box(ben, "filtered")).isEmpty();
        assertThat(w.m.relationships().with(ben, ana).invitationReceived()).isFalse();
    }

    @Test
    void withdrawing_a_declined_invitation_starts_the_same_three_weeks_as_withdrawing_a_pending_one() {
        long declined = invite(ana, ben);
        long pending = invite(ana, cleo);
        w.m.declineInvitation().decline(ben, declined);
        w.clock.advance(Duration.ofDays(10));
        assertThat(w.m.withdrawInvitation().withdraw(ana, declined).invitation().state())
                .isEqualTo("withdrawn");
        assertThat(w.m.withdrawInvitation().withdraw(ana, pending).invitation().state())
                .isEqualTo("withdrawn");
        assertThat(problem(() -> invite(ana, ben)).status()).isEqualTo(429);
        assertThat(problem(() -> invite(ana, cleo)).status()).isEqualTo(429);
        w.clock.advance(Duration.ofDays(20));
        assertThat(problem(() -> invite(ana, ben)).status()).isEqualTo(429);
        w.clock.advance(Duration.ofDays(2));
        invite(ana, ben);
        invite(ana, cleo);
    }

    @Test
    void once_connected_by_the_invitees_own_invitation_the_declined_one_leaves_the_sent_list() {
        long declined = invite(ana, ben);
        w.m.declineInvitation().decline(ben, declined);
        assertThat(w.m.invitationBoxes().box(ana, "sent")).hasSize(1);
        long theirs = invite(ben, ana);
        assertThat(w.m.relationships().with(ana, ben).invitationReceived()).isTrue();
        w.m.acceptInvitation().accept(ana, theirs);
        assertThat(w.m.invitationBoxes().box(ana, "sent")).isEmpty();
        assertThat(w.m.relationships().with(ana, ben).invitationSent()).isFalse();
        assertThat(w.m.relationships().with(ana, ben).connected()).isTrue();
    }

    @Test
    void an_ignored_invitation_cannot_be_sent_twice_and_the_invitee_cannot_answer_it_again() {
        long id = invite(ana, ben);
        w.m.ignoreInvitation().ignore(ben, id);
        assertThat(problem(() -> invite(ana, ben)).getMessage()).contains("You already invited this account");
        assertThat(problem(() -> w.m.acceptInvitation().accept(ben, id)).status())
                .isEqualTo(422);
        assertThat(problem(() -> w.m.withdrawInvitation().withdraw(cleo, id)).status())
                .isEqualTo(404);
        assertThat(w.count("SELECT COUNT(*) FROM invitations")).isEqualTo(1);
    }
}
