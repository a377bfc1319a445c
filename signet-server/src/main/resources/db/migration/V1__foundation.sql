-- Portable between H2 (embedded default) and PostgreSQL: only types and syntax both accept.
create table org (
    id          varchar(18)  primary key,
    name        varchar(255) not null,
    status      varchar(16)  not null,
    created_at  timestamp    not null
);

create table sf_user (
    id          varchar(18)  primary key,
    org_id      varchar(18)  not null references org (id),
    username    varchar(255) not null unique,
    email       varchar(255) not null,
    first_name  varchar(255),
    last_name   varchar(255) not null,
    profile     varchar(255) not null,
    active      boolean      not null,
    frozen      boolean      not null,
    created_at  timestamp    not null,
    modified_at timestamp    not null
);

create table user_permission_set (
    user_id        varchar(18)  not null references sf_user (id),
    permission_set varchar(255) not null,
    primary key (user_id, permission_set)
);

create table connected_app (
    id                      varchar(18)   primary key,
    org_id                  varchar(18)   not null references org (id),
    name                    varchar(255)  not null unique,
    consumer_key            varchar(128)  not null unique,
    scopes                  varchar(1000) not null,
    admin_approved          boolean       not null,
    session_timeout_minutes integer       not null,
    strict_assertions       boolean       not null,
    enabled                 boolean       not null,
    created_at              timestamp     not null
);

create table app_certificate (
    app_id      varchar(18)    not null references connected_app (id),
    fingerprint varchar(95)    not null,
    pem         varchar(16000) not null,
    subject     varchar(1000)  not null,
    not_before  timestamp      not null,
    not_after   timestamp      not null,
    active      boolean        not null,
    created_at  timestamp      not null,
    primary key (app_id, fingerprint)
);

-- Profiles and permission sets pre-authorized for an admin-approved app.
create table app_grant (
    app_id  varchar(18)  not null references connected_app (id),
    kind    varchar(16)  not null,
    name    varchar(255) not null,
    primary key (app_id, kind, name)
);

-- A user's one-time approval of a self-authorize app.
create table app_approval (
    app_id      varchar(18)   not null references connected_app (id),
    user_id     varchar(18)   not null references sf_user (id),
    scopes      varchar(1000) not null,
    approved_at timestamp     not null,
    primary key (app_id, user_id)
);

-- Access tokens are stored only as SHA-256 hashes.
create table access_token (
    token_hash  varchar(64)   primary key,
    org_id      varchar(18)   not null,
    user_id     varchar(18)   not null references sf_user (id),
    app_id      varchar(18)   not null references connected_app (id),
    scopes      varchar(1000) not null,
    issued_at   timestamp     not null,
    expires_at  timestamp     not null,
    revoked_at  timestamp
);

-- Single-use assertion IDs: the primary key makes the insert an atomic put-if-absent.
create table used_jti (
    app_id      varchar(18)  not null,
    jti         varchar(255) not null,
    expires_at  timestamp    not null,
    primary key (app_id, jti)
);

create table login_history (
    id          varchar(18)   primary key,
    login_time  timestamp     not null,
    org_id      varchar(18)   not null,
    user_id     varchar(18),
    username    varchar(255),
    app_id      varchar(18),
    app_name    varchar(255),
    source_ip   varchar(64),
    login_type  varchar(64)   not null,
    status      varchar(128)  not null,
    reason      varchar(1000) not null,
    login_url   varchar(1000),
    user_agent  varchar(1000)
);
create index login_history_time on login_history (login_time);
