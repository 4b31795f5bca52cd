-- Each time someone invites an account that accepts invitations only from people who know its email
-- address, the guess is counted (right or wrong alike, so the count tells nothing), for the limits
-- per sender and per invitee. The address itself is never stored.
CREATE TABLE email_guesses (
    id ${bigserial_pk},
    sender_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    target_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL
);
CREATE INDEX email_guesses_sender ON email_guesses(sender_id, created_at);
CREATE INDEX email_guesses_target ON email_guesses(target_id, created_at);
