-- A person's filters (Mastodon's v2 filters): a title, the places it applies (contexts, space
-- separated), what it does (warn, hide or blur), when it stops (null: never). Private to the owner.
CREATE TABLE filters (
    id ${bigserial_pk},
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    contexts TEXT NOT NULL,
    action TEXT NOT NULL,
    expires_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX filters_by_account ON filters (account_id, id);

-- The words a filter looks for in posts.
CREATE TABLE filter_keywords (
    id ${bigserial_pk},
    filter_id BIGINT NOT NULL REFERENCES filters(id) ON DELETE CASCADE,
    keyword TEXT NOT NULL,
    whole_word BOOLEAN NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX filter_keywords_by_filter ON filter_keywords (filter_id, id);

-- The posts a filter names one by one; a post once per filter.
CREATE TABLE filter_statuses (
    id ${bigserial_pk},
    filter_id BIGINT NOT NULL REFERENCES filters(id) ON DELETE CASCADE,
    status_id BIGINT NOT NULL REFERENCES statuses(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    UNIQUE (filter_id, status_id)
);
