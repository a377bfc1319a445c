-- Admin console, connected-app policies and the authorization-code flow (issue 5).
-- Portable between H2 (embedded default) and PostgreSQL: only types and syntax both accept.

-- App Manager fields. callback_urls: one URL per line (Salesforce's "Callback URL" field).
alter table connected_app add column api_name varchar(80);
alter table connected_app add column contact_email varchar(255);
alter table connected_app add column description varchar(1000);
alter table connected_app add column callback_urls varchar(4000) default '' not null;
alter table connected_app add column ip_relaxation varchar(32) default 'ENFORCE' not null;

-- LoginHistory.LoginSubType, e.g. "OAuth Refresh Token".
alter table login_history add column login_subtype varchar(64);

-- Console administrators; passwords only as slow hashes (PBKDF2-HMAC-SHA256).
create table console_admin (
    id            varchar(36)  primary key,
    username      varchar(255) not null unique,
    password_hash varchar(255) not null,
    created_at    timestamp    not null,
    last_login_at timestamp
);

-- Browser sessions of the console (admin_id) and of the authorization endpoint (user_id). The
-- cookie value is never stored, only its SHA-256.
create table browser_session (
    id_hash      varchar(64) primary key,
    kind         varchar(16) not null,
    csrf_token   varchar(64) not null,
    admin_id     varchar(36) references console_admin (id),
    user_id      varchar(18) references sf_user (id),
    created_at   timestamp   not null,
    last_seen_at timestamp   not null,
    expires_at   timestamp   not null
);
create index browser_session_expiry on browser_session (expires_at);

-- Org users' passwords, for the interactive login of the authorization endpoint.
create table user_password (
    user_id       varchar(18)  primary key references sf_user (id),
    password_hash varchar(255) not null,
    set_at        timestamp    not null
);

-- Profile ▸ Login IP Ranges (inclusive; IPv4 or IPv6, both ends of one family).
create table profile_ip_range (
    profile       varchar(255) not null,
    start_address varchar(64)  not null,
    end_address   varchar(64)  not null,
    description   varchar(255),
    created_at    timestamp    not null,
    primary key (profile, start_address, end_address)
);

-- Authorization codes (SHA-256 only), single use, bound to redirect_uri and a PKCE challenge.
create table authorization_code (
    code_hash      varchar(64)   primary key,
    app_id         varchar(18)   not null references connected_app (id),
    user_id        varchar(18)   not null references sf_user (id),
    redirect_uri   varchar(1000) not null,
    scopes         varchar(1000) not null,
    code_challenge varchar(128)  not null,
    expires_at     timestamp     not null,
    used_at        timestamp
);

-- Refresh tokens (SHA-256 only), valid until revoked (refresh token policy "valid until revoked").
create table refresh_token (
    token_hash  varchar(64)   primary key,
    app_id      varchar(18)   not null references connected_app (id),
    user_id     varchar(18)   not null references sf_user (id),
    scopes      varchar(1000) not null,
    issued_at   timestamp     not null,
    revoked_at  timestamp
);
create index refresh_token_user_app on refresh_token (user_id, app_id);
