-- Groups: places where members talk. Membership grants reading and posting in the group and nothing
-- else (no degree, no mutual connection). `kind` is public, private or secret; `members_visible`
-- says who may see the member list (members or admins).
CREATE TABLE social_groups (
    id ${bigserial_pk},
    owner_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    handle TEXT NOT NULL,
    handle_lower TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL,
    rules TEXT NOT NULL,
    kind TEXT NOT NULL,
    members_visible TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- One row per account a group knows: a member (with a role), a request to join, an invitation, or a
-- ban. `since` is when the row reached its state (a member's joining time, for the 30 days that
-- screening and the mention limits count); `held_at` when a post or an action last held the row.
CREATE TABLE group_members (
    group_id BIGINT NOT NULL REFERENCES social_groups(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    role TEXT NOT NULL,
    invited_by INTEGER,
    since BIGINT NOT NULL,
    held_at BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (group_id, account_id)
);
CREATE INDEX group_members_account ON group_members(account_id);
