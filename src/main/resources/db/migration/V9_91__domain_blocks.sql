-- Domains a person has blocked (Mastodon's user domain blocks). Stored now; they take effect on
-- remote accounts once this server federates.
CREATE TABLE domain_blocks (
    id ${bigserial_pk},
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    domain TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (account_id, domain)
);
