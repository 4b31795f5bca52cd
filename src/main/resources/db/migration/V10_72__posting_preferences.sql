-- What Mastodon apps read and set as `source[sensitive]` and `source[language]`: whether new posts
-- are marked sensitive, and their language, when the app does not say. Absent: not sensitive, none.
CREATE TABLE posting_preferences (
    account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    sensitive BOOLEAN NOT NULL DEFAULT FALSE,
    language TEXT
);
