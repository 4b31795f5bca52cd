-- The token an authorization code was exchanged for, so that replaying the code revokes it (RFC 6749 §4.1.2).
ALTER TABLE oauth_codes ADD COLUMN token_id BIGINT;
