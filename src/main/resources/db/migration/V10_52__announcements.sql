-- Announcements that administrators write for everyone signed in (Mastodon's Announcement), who
-- dismissed which, and the emoji reactions people leave on them (one row per person and emoji).
CREATE TABLE announcements (
    id BIGINT PRIMARY KEY,
    text TEXT NOT NULL,
    starts_at BIGINT,
    ends_at BIGINT,
    all_day BOOLEAN NOT NULL DEFAULT FALSE,
    published_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE announcement_dismissals (
    announcement_id BIGINT NOT NULL REFERENCES announcements(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    PRIMARY KEY (announcement_id, account_id)
);

CREATE TABLE announcement_reactions (
    announcement_id BIGINT NOT NULL REFERENCES announcements(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (announcement_id, account_id, name)
);
