-- Password lockout and token lifecycle (issue 11). Portable between H2 and PostgreSQL.

-- Invalid password attempts per account (kind 'user': an org user at the authorization endpoint;
-- 'admin': a console administrator). A row exists only while there are failures to count.
create table password_lockout (
    account_kind    varchar(8)  not null,
    account_id      varchar(36) not null,
    failed_attempts integer     not null,
    locked_until    timestamp,
    primary key (account_kind, account_id)
);

-- What a code was exchanged for, so that a second use of the code revokes it (RFC 6749 §4.1.2).
alter table authorization_code add column access_token_hash varchar(64);
alter table authorization_code add column refresh_token_hash varchar(64);
alter table authorization_code add column reused_at timestamp;
