-- OAuth endpoints and JWT-based access tokens (issue 4). Portable between H2 and PostgreSQL.

-- Per-app settings: Salesforce's isNamedUserJwtEnabled and isIntrospectAllTokens.
alter table connected_app add column jwt_access_tokens boolean default false not null;
alter table connected_app add column introspect_all_tokens boolean default false not null;

-- The server's RS256 keys for JWT access tokens, published at /id/keys.
-- status: CURRENT (signs; the newest CURRENT wins), PREVIOUS (verifies, published), RETIRED
-- (neither; its private key is erased). private_key is AES-256-GCM encrypted with the key in
-- DATA/signing-key-secret (format v1.<iv>.<ciphertext>, the kid as associated data).
create table signing_key (
    kid         varchar(64)    primary key,
    public_jwk  varchar(4000)  not null,
    private_key varchar(8000),
    status      varchar(16)    not null,
    created_at  timestamp      not null,
    rotated_at  timestamp,
    retired_at  timestamp
);
