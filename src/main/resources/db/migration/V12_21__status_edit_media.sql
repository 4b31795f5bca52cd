-- Which media each version of a post carried, for its history (Mastodon's StatusEdit
-- `media_attachments`): the upload ids in their order, comma-separated, empty for none. NULL in
-- versions written before this was kept: their history shows the post's media as they are now.
ALTER TABLE status_edits ADD COLUMN media_ids TEXT;
