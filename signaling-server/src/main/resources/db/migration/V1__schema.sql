-- Instants are epoch milliseconds (BIGINT): H2 and PostgreSQL treat TIMESTAMP WITH TIME ZONE differently.

CREATE TABLE accounts (
    id            VARCHAR(36)  PRIMARY KEY,
    email         VARCHAR(254) NOT NULL UNIQUE,
    display_name  VARCHAR(80)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    created_at    BIGINT       NOT NULL
);

CREATE TABLE sessions (
    token_hash VARCHAR(64) PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at BIGINT      NOT NULL,
    expires_at BIGINT      NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE meetings (
    id              VARCHAR(32)  PRIMARY KEY,
    mode            VARCHAR(10)  NOT NULL,
    title           VARCHAR(80)  NOT NULL,
    topic           VARCHAR(500) NOT NULL,
    host_account_id VARCHAR(36)  NOT NULL REFERENCES accounts (id),
    starts_at       BIGINT       NOT NULL,
    host_zone       VARCHAR(64)  NOT NULL,
    passcode_hash   VARCHAR(255),
    passcode_sealed VARCHAR(255),
    state           VARCHAR(12)  NOT NULL,
    created_at      BIGINT       NOT NULL,
    ended_at        BIGINT
);
CREATE INDEX meetings_host ON meetings (host_account_id, starts_at);
CREATE INDEX meetings_open ON meetings (mode, state, starts_at);

CREATE TABLE meeting_bans (
    meeting_id   VARCHAR(32)  NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    identity_key VARCHAR(300) NOT NULL,
    created_at   BIGINT       NOT NULL,
    PRIMARY KEY (meeting_id, identity_key)
);
