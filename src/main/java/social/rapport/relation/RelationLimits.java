package social.rapport.relation;

import java.time.Duration;

/**
 * The limits on relationships that keep spam out. Tests may lower them; the server uses the defaults.
 * Email guesses are invitations to accounts that accept only people who know their email address,
 * counted per sender and per invitee over a day, right or wrong alike.
 */
public record RelationLimits(
        int followsPerDay,
        int invitationsPerWeek,
        int invitationsFirstWeek,
        int pendingInvitations,
        int maxConnections,
        Duration reinviteCooldown,
        int noteLength,
        int emailGuessesPerDay,
        int emailGuessesPerInviteeDay) {
    public static final RelationLimits DEFAULTS =
            new RelationLimits(400, 100, 20, 200, 30_000, Duration.ofDays(21), 300, 5, 20);

    public static final long DAY = Duration.ofDays(1).toMillis();
    public static final long WEEK = Duration.ofDays(7).toMillis();

    public RelationLimits withFollowsPerDay(int n) {
        return new RelationLimits(
                n,
                invitationsPerWeek,
                invitationsFirstWeek,
                pendingInvitations,
                maxConnections,
                reinviteCooldown,
                noteLength,
                emailGuessesPerDay,
                emailGuessesPerInviteeDay);
    }

    public RelationLimits withInvitations(int perWeek, int firstWeek, int pending) {
        return new RelationLimits(
                followsPerDay,
                perWeek,
                firstWeek,
                pending,
                maxConnections,
                reinviteCooldown,
                noteLength,
                emailGuessesPerDay,
                emailGuessesPerInviteeDay);
    }

    public RelationLimits withMaxConnections(int n) {
        return new RelationLimits(
                followsPerDay,
                invitationsPerWeek,
                invitationsFirstWeek,
                pendingInvitations,
                n,
                reinviteCooldown,
                noteLength,
                emailGuessesPerDay,
                emailGuessesPerInviteeDay);
    }

    public RelationLimits withEmailGuesses(int perSenderDay, int perInviteeDay) {
        return new RelationLimits(
                followsPerDay,
                invitationsPerWeek,
                invitationsFirstWeek,
                pendingInvitations,
                maxConnections,
                reinviteCooldown,
                noteLength,
                perSenderDay,
                perInviteeDay);
    }
}
