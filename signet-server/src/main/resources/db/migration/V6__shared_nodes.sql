-- What several nodes on one database share. Portable SQL: H2, PostgreSQL and SQLite.

-- One org per database, also when several nodes start at once on an empty one: the second
-- insert fails on this index and that node reads the first node's org.
alter table org add column singleton integer default 1 not null;
create unique index org_singleton on org (singleton);

-- SOQL query locators, so that any node serves the next page. The rows after the first page are
-- kept in chunks of a fixed number of rows (JSON), read a page's worth at a time.
create table query_locator (
    id            varchar(18)  primary key,
    user_id       varchar(18)  not null,
    api           varchar(16)  not null,
    total_size    integer      not null,
    first_row     integer      not null,
    end_row       integer      not null,
    bytes         bigint       not null,
    last_used_at  timestamp    not null
);
create index query_locator_lru on query_locator (last_used_at);

create table query_locator_chunk (
    locator_id  varchar(18)  not null,
    chunk       integer      not null,
    rows_json   text         not null,
    primary key (locator_id, chunk)
);

-- Data API requests per UTC day (`limits`, `Sforce-Limit-Info`), counted by every node.
create table api_usage (
    usage_day  varchar(10)  primary key,
    used       bigint       not null
);
