-- Relationships: follows (with requests), connections, invitations and screening, circles, profile
-- items with audiences, introductions, blocks, mutes, claims, recommendations and moderation flags.

-- A follow is 'pending' until a locked account approves it, then 'approved'.
CREATE TABLE follows (
    follower_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    followed_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    PRIMARY KEY (follower_id, followed_id)
);
CREATE INDEX follows_followed ON follows(followed_id, state);

-- Every follow made, kept after an unfollow, so the daily limit counts what was done.
CREATE TABLE follow_log (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL
);
CREATE INDEX follow_log_account ON follow_log(account_id, created_at);

-- One row per pair, the lower id first, so a pair can only ever be connected once.
CREATE TABLE connections (
    low_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    high_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (low_id, high_id),
    CHECK (low_id < high_id)
);
CREATE INDEX connections_high ON connections(high_id);

CREATE TABLE invitations (
    id ${bigserial_pk},
    sender_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    target_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    pair_low INTEGER NOT NULL,
    pair_high INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    how_we_met TEXT NOT NULL,
    state TEXT NOT NULL,
    screening_reason TEXT,
    created_at BIGINT NOT NULL,
    decided_at BIGINT
);
CREATE INDEX invitations_target ON invitations(target_id, state);
CREATE INDEX invitations_sender ON invitations(sender_id, created_at);
-- At most one open invitation per pair, in either direction: two people inviting each other at
-- the same moment collide here, and the later one finds the earlier and accepts it.
CREATE UNIQUE INDEX invitations_open_pair ON invitations(pair_low, pair_high) WHERE state IN ('pending', 'filtered');

CREATE TABLE screening_rules (
    account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    who_may_invite TEXT NOT NULL,
    require_note BOOLEAN NOT NULL,
    require_one_of TEXT NOT NULL
);

CREATE TABLE circles (
    id ${bigserial_pk},
    owner_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX circles_owner ON circles(owner_id);

CREATE TABLE circle_members (
    circle_id BIGINT NOT NULL REFERENCES circles(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    PRIMARY KEY (circle_id, member_id)
);

-- Profile fields (with a value) and lists (value empty), each with its audience in wire form.
CREATE TABLE profile_items (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    value TEXT NOT NULL DEFAULT '',
    audience TEXT NOT NULL,
    PRIMARY KEY (account_id, name)
);

-- What a locked account shows to people who cannot see its posts yet; post ids space-separated.
CREATE TABLE introductions (
    account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    post_ids TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL
);

CREATE TABLE blocks (
    blocker_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    blocked_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (blocker_id, blocked_id)
);
CREATE INDEX blocks_blocked ON blocks(blocked_id);

CREATE TABLE mutes (
    muter_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    muted_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    notifications BOOLEAN NOT NULL,
    expires_at BIGINT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (muter_id, muted_id)
);

CREATE TABLE claims (
    id ${bigserial_pk},
    author_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    subject_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    decided_at BIGINT
);
CREATE INDEX claims_subject ON claims(subject_id, state);
CREATE INDEX claims_author ON claims(author_id, state, decided_at);

CREATE TABLE recommendations (
    id ${bigserial_pk},
    author_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    subject_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    state TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX recommendations_subject ON recommendations(subject_id, state);

-- Accounts a moderator should look at, with why.
CREATE TABLE moderation_flags (
    id ${bigserial_pk},
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX moderation_flags_account ON moderation_flags(account_id, reason, created_at);

-- Accounts whose starting circles (Business, Personal, Family) were made, so deleting them all
-- does not bring them back.
CREATE TABLE circle_defaults (
    account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE
);
