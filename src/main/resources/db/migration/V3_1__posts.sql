-- Posts: short posts, articles and reblogs, each with its audience and who may reply.
-- Ids are time-ordered 64-bit numbers made by the application (social.rapport.core.Ids).
-- A deleted post is removed with its reblogs, favourites, bookmarks, pins and edits; replies and
-- quotes keep their own row but lose the link to what is gone.

CREATE TABLE statuses (
    id BIGINT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    title TEXT,
    source TEXT NOT NULL DEFAULT '',
    html TEXT NOT NULL DEFAULT '',
    spoiler_text TEXT NOT NULL DEFAULT '',
    sensitive BOOLEAN NOT NULL DEFAULT FALSE,
    language TEXT,
    audience TEXT NOT NULL,
    reply_policy TEXT NOT NULL DEFAULT 'everyone',
    in_reply_to_id BIGINT,
    in_reply_to_account_id INTEGER,
    reblog_of_id BIGINT REFERENCES statuses(id) ON DELETE CASCADE,
    quote_of_id BIGINT,
    introduction BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    edited_at BIGINT
);
CREATE INDEX statuses_account ON statuses(account_id, id);
CREATE INDEX statuses_reply ON statuses(in_reply_to_id);
CREATE INDEX statuses_reblog ON statuses(reblog_of_id);
CREATE INDEX statuses_quote ON statuses(quote_of_id);
CREATE UNIQUE INDEX statuses_one_reblog ON statuses(account_id, reblog_of_id);

CREATE TABLE status_mentions (
    status_id BIGINT NOT NULL REFERENCES statuses(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    PRIMARY KEY (status_id, account_id)
);
CREATE INDEX status_mentions_account ON status_mentions(account_id);

CREATE TABLE status_tags (
    status_id BIGINT NOT NULL REFERENCES statuses(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (status_id, tag)
);
CREATE INDEX status_tags_tag ON status_tags(tag, status_id);

CREATE TABLE status_edits (
    id ${bigserial_pk},
    status_id BIGINT NOT NULL REFERENCES statuses(id) ON DELETE CASCADE,
    title TEXT,
    source TEXT NOT NULL,
    html TEXT NOT NULL,
    spoiler_text TEXT NOT NULL,
    sensitive BOOLEAN NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX status_edits_status ON status_edits(status_id, id);

-- Favourites and bookmarks carry their own time-ordered id so their lists page by when they were made.
CREATE TABLE favourites (
    id BIGINT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    status_id BIGINT NOT NULL REFERENCES statuses(id) ON DELETE CASCADE,
    UNIQUE (account_id, status_id)
);
CREATE INDEX favourites_status ON favourites(status_id);

CREATE TABLE bookmarks (
    id BIGINT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    status_id BIGINT NOT NULL REFERENCES statuses(id) ON DELETE CASCADE,
    UNIQUE (account_id, status_id)
);

CREATE TABLE pins (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    status_id BIGINT NOT NULL REFERENCES statuses(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, status_id)
);

-- Each person's posting defaults; absent means public (or followers for a locked account).
CREATE TABLE posting_defaults (
    account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    audience TEXT NOT NULL,
    reply_policy TEXT NOT NULL
);
