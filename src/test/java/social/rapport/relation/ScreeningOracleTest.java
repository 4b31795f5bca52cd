package social.rapport.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static social.rapport.relation.FollowTest.problem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import social.rapport.core.Problem;
import social.rapport.relation.connect.Invitation;
import social.rapport.relation.connect.InvitationView;
import social.rapport.relation.connect.SendInvitation;
import social.rapport.relation.profile.UpdateProfileFields;
import social.rapport.testing.EachDatabase;
import social.rapport.testing.Person;

/**
 * Screening is no oracle: when an invitation fails on what its sender may not see (the invitee's
 * email address, a hidden profile field), every answer the sender can observe is the same as for one
 * that passed, and the invitee finds it in the filtered folder with the reason.
 */
@EachDatabase
class ScreeningOracleTest {
    RelationLimits limits = RelationLimits.DEFAULTS.withEmailGuesses(3, 4);
    World w;
    @Person
    int ana, ben, cleo, dan;

    InvitationView invite(int from, int to, String email) {
        return w.m.sendInvitation().send(from, new SendInvitation.Request(to, "Hello", "colleague", email));
    }

    /** Everything a sender can read about their invitation, without what names it apart (id, time, who). */
    record Seen(String state, String reason, String note, boolean sentFlag, int sentBox, boolean inSentBoxPending) {}

    Seen seenBy(int sender, int target, InvitationView answer) {
        Invitation i = answer.invitation();
        List<Invitation> box = w.m.invitationBoxes().box(sender, "sent").stream()
                .map(InvitationView::invitation)
                .filter(x -> x.targetId() == target)
                .toList();
        return new Seen(
                i.state(),
                i.screeningReason(),
                i.note(),
                w.m.relationships().with(sender, target).invitationSent(),
                box.size(),
                box.stream().allMatch(x -> x.state().equals("pending") && x.screeningReason() == null));
    }

    @Test
    void a_wrong_email_guess_looks_to_the_sender_exactly_like_the_right_one() {
        w.m.setScreening().set(dan, "knows_email", null, null);
        Seen wrong = seenBy(ana, dan, invite(ana, dan, "dan@elsewhere.example"));
        Seen right = seenBy(ben, dan, invite(ben, dan, " DAN@example.org "));
        assertThat(wrong).isEqualTo(right);
        assertThat(wrong.state()).isEqualTo("pending");
        // Dan sees the truth: Ben's in the inbox, Ana's filtered with the reason.
        assertThat(w.m.invitationBoxes().box(dan, "received"))
                .extracting(v -> v.invitation().senderId())
                .containsExactly(ben);
        var filtered = w.m.invitationBoxes().box(dan, "filtered");
        assertThat(filtered).extracting(v -> v.invitation().senderId()).containsExactly(ana);
        assertThat(filtered.get(0).invitation().screeningReason()).contains("knows_email");
        // Withdrawing and the cooldown after it behave alike too.
        long a = sentId(ana, dan);
        long b = sentId(ben, dan);
        assertThat(w.m.withdrawInvitation().withdraw(ana, a).invitation().state())
                .isEqualTo("withdrawn");
        assertThat(w.m.withdrawInvitation().withdraw(ben, b).invitation().state())
                .isEqualTo("withdrawn");
        assertThat(problem(() -> invite(ana, dan, "dan@example.org")).status()).isEqualTo(429);
        assertThat(problem(() -> invite(ben, dan, "dan@example.org")).status()).isEqualTo(429);
        // Giving no address at all is something the sender can tell: refused openly, naming the rule.
        Problem none = problem(() -> invite(cleo, dan, " "));
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.getMessage()).contains("who_may_invite: knows_email");
    }

    long sentId(int sender, int target) {
        return w.m.invitationBoxes().box(sender, "sent").stream()
                .map(InvitationView::invitation)
                .filter(x -> x.targetId() == target)
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void email_guesses_are_limited_per_sender_and_per_invitee_right_or_wrong_alike() {
        int[] targets = new int[5];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = w.account("t" + i);
            w.m.setScreening().set(targets[i], "knows_email", null, null);
        }
        invite(ana, targets[0], "t0@example.org");
        invite(ana, targets[1], "wrong@example.org");
        invite(ana, targets[2], "t2@example.org");
        // The fourth guess in a day is refused, whether right or wrong, and says when it frees up.
        Problem right = problem(() -> invite(ana, targets[3], "t3@example.org"));
        Problem wrong = problem(() -> invite(ana, targets[3], "nope@example.org"));
        assertThat(right.status()).isEqualTo(429);
        assertThat(wrong.status()).isEqualTo(429);
        assertThat(wrong.getMessage()).isEqualTo(right.getMessage());
        assertThat(w.count("SELECT COUNT(*) FROM invitations WHERE target_id = " + targets[3]))
                .isZero();
        w.clock.advance(Duration.ofDays(1).plusSeconds(1));
        assertThat(invite(ana, targets[3], "nope@example.org").invitation().state())
                .isEqualTo("pending");

        // Per invitee: four guesses a day from anyone, then 429 for the next sender too.
        int t = targets[4];
        int[] senders = {ben, cleo, dan, w.account("eve")};
        for (int s : senders) invite(s, t, s == dan ? "t4@example.org" : "guess@example.org");
        int fay = w.account("fay");
        assertThat(problem(() -> invite(fay, t, "t4@example.org")).status()).isEqualTo(429);
        assertThat(w.count("SELECT COUNT(*) FROM email_guesses")).isEqualTo(8);
    }

    @Test
    void a_shared_interest_hidden_from_the_sender_tells_nothing() {
        w.m.setScreening().set(dan, null, null, List.of("shared_interest"));
        w.m.updateProfile()
                .update(dan, Map.of("interests", new UpdateProfileFields.Change("jazz", List.of("only_me"), null)));
        w.m.updateProfile().update(ana, Map.of("interests", new UpdateProfileFields.Change("Jazz", null, null)));
        w.m.updateProfile().update(ben, Map.of("interests", new UpdateProfileFields.Change("golf", null, null)));
        Seen guessedRight = seenBy(ana, dan, invite(ana, dan, null));
        Seen guessedWrong = seenBy(ben, dan, invite(ben, dan, null));
        assertThat(guessedWrong).isEqualTo(guessedRight);
        assertThat(w.m.invitationBoxes()
                        .box(dan, "filtered")
                        .get(0)
                        .invitation()
                        .screeningReason())
                .contains("shared_interest");
        // Dan declines Ben's: to Ben it still looks exactly as Ana's does.
        w.m.declineInvitation().decline(dan, sentId(ben, dan));
        assertThat(seenBy(ben, dan, w.m.invitationBoxes().box(ben, "sent").get(0)))
                .isEqualTo(guessedRight);
    }
}
