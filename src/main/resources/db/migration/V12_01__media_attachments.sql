-- Photos, video and audio uploaded for posts (Mastodon's MediaAttachment). A row is made by the
-- upload, with `status_id` NULL until a post takes it; attaching sets `status_id` and `position` in
-- the transaction that writes the post. `file_key` is a random, unguessable name (128 bits, hex)
-- under which the renditions are stored and addressed. There is no foreign key to the post or the
-- account: the files must be removed with the row, so the rows of a deleted post or account are
-- removed by durable reactions that also remove their files.
-- `state`: `ready`, `processing` (video and audio, in the background) or `failed`.
CREATE TABLE media_attachments (
    id BIGINT PRIMARY KEY,
    account_id INTEGER NOT NULL,
    status_id BIGINT,
    position INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL,
    file_key TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL,
    error TEXT,
    original_name TEXT,
    original_type TEXT,
    original_size BIGINT,
    original_width INTEGER,
    original_height INTEGER,
    small_name TEXT,
    small_type TEXT,
    small_size BIGINT,
    small_width INTEGER,
    small_height INTEGER,
    blurhash TEXT,
    description TEXT,
    focus_x DOUBLE PRECISION NOT NULL DEFAULT 0,
    focus_y DOUBLE PRECISION NOT NULL DEFAULT 0,
    duration DOUBLE PRECISION,
    frame_rate DOUBLE PRECISION,
    created_at BIGINT NOT NULL
);
CREATE INDEX media_attachments_status ON media_attachments (status_id, position);
-- The uploads no post took, oldest first, for the cleanup; an account's uploads, for its deletion.
CREATE INDEX media_attachments_unattached ON media_attachments (created_at) WHERE status_id IS NULL;
CREATE INDEX media_attachments_account ON media_attachments (account_id, created_at);

-- The secret that signs the addresses of media of restricted posts: made once, shared by every
-- server on this database.
CREATE TABLE media_secrets (
    id INTEGER PRIMARY KEY,
    secret TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
