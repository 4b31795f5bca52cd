-- Who may quote a public or unlisted post besides its author: public, followers or nobody. Any
-- other post may be quoted only by its author, whatever this says.
ALTER TABLE statuses ADD COLUMN quote_policy TEXT NOT NULL DEFAULT 'public';
