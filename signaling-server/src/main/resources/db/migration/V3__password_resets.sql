-- One pending password reset per account: the SHA-256 of the emailed code (60 random bits), its expiry, wrong tries.
CREATE TABLE password_resets (
    account_id VARCHAR(36)  PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64)  NOT NULL,
    expires_at BIGINT       NOT NULL,
    attempts   INT          NOT NULL
);
