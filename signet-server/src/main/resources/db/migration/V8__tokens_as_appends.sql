-- Issue 15: issuing a token is an append. Tokens carry a time-ordered id (6 bytes of milliseconds,
-- 10 random bytes), the record is keyed by it and holds the SHA-256 of the token as bytes, so each
-- insert lands at the right edge of the primary key. No foreign keys on this hot table: the code
-- paths that delete apps delete their tokens (tested). The jti columns hold an embedded database's
-- durable copy of its in-memory replay marks. Tokens issued before this version stay valid: their
-- table is kept, read by hash, until retention empties it.
alter table access_token rename to access_token_v1;

create table access_token (
    id              bytea         primary key,
    token_hash      bytea,
    org_id          varchar(18)   not null,
    user_id         varchar(18)   not null,
    app_id          varchar(18)   not null,
    scopes          varchar(1000) not null,
    issued_at       timestamp     not null,
    expires_at      timestamp     not null,
    revoked_at      timestamp,
    jti             varchar(255),
    jti_expires_at  timestamp
);
create index access_token_expires on access_token (expires_at);
