-- The people a group's new member mentioned in posts to the group without any relationship to them
-- (neither follows the other, not connected): one row per post and such person, counted for the
-- daily limit. A post over the limits is stored with the audience `held:<group>` until a moderator
-- releases or rejects it; rows stay when a held post is rejected, so a rejection never resets the day.
CREATE TABLE group_stranger_mentions (
    group_id BIGINT NOT NULL REFERENCES social_groups(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    status_id BIGINT NOT NULL,
    stranger_id INTEGER NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (status_id, stranger_id)
);
CREATE INDEX group_stranger_mentions_author ON group_stranger_mentions(group_id, account_id, at);
