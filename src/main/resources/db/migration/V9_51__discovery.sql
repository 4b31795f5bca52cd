-- Whether an account is listed in search and suggestions (discoverable), and whether its posts may
-- be found by search and indexed by search engines (indexable), as on Mastodon.
ALTER TABLE accounts ADD COLUMN discoverable BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE accounts ADD COLUMN indexable BOOLEAN NOT NULL DEFAULT TRUE;
