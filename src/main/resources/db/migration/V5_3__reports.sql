-- Reports: a person tells the moderators about an account and, optionally, some of its posts.
-- A reported post may be deleted later; the report keeps its id (no foreign key), and every read
-- of the report shows only the posts its reader may still see.

CREATE TABLE reports (
    id BIGINT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    target_account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    comment TEXT NOT NULL,
    forward BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL
);
CREATE INDEX reports_target ON reports(target_account_id);

CREATE TABLE report_statuses (
    report_id BIGINT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    status_id BIGINT NOT NULL,
    PRIMARY KEY (report_id, status_id)
);
