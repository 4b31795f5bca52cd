-- Avatars and headers that people upload. Each file has a random name (never derived from the
-- account), so its address says nothing about whose it is; `image_secret` signs the addresses handed
-- to those who may see the profile (see the profile images rule in the API document). Null: the
-- generated default.
ALTER TABLE accounts ADD COLUMN avatar_file VARCHAR(100);
ALTER TABLE accounts ADD COLUMN header_file VARCHAR(100);
ALTER TABLE accounts ADD COLUMN image_secret VARCHAR(64);
CREATE UNIQUE INDEX accounts_avatar_file ON accounts (avatar_file);
CREATE UNIQUE INDEX accounts_header_file ON accounts (header_file);
