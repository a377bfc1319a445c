-- The REST data API's storage. Portable between H2 (MODE=PostgreSQL) and PostgreSQL, like V1.
-- Standard objects (Account, Contact, Opportunity, Case) are defined in code
-- (dev.signet.server.data.StandardObjects); only custom objects are defined here.

-- Custom objects (Invoice__c…): the admin's definition, with the key prefix assigned (a00, a01…).
create table sobject_type (
    name          varchar(80)   primary key,
    name_lower    varchar(80)   not null unique,
    key_prefix    varchar(3)    not null unique,
    label         varchar(255)  not null,
    label_plural  varchar(255)  not null,
    created_at    timestamp     not null
);

create table sobject_field (
    type_name     varchar(80)   not null references sobject_type (name),
    position      integer       not null,
    name          varchar(80)   not null,
    label         varchar(255),
    field_type    varchar(32)   not null,
    reference_to  varchar(80),
    required      boolean       not null,
    primary key (type_name, name)
);

-- Records of every stored type. System fields are columns; the other field values are one JSON
-- object in data (text, at most 1,000,000 characters, H2's VARCHAR limit). Deletes set deleted.
create table sobject_record (
    id            varchar(18)      primary key,
    type_name     varchar(80)      not null,
    owner_id      varchar(18),
    created_at    timestamp        not null,
    created_by    varchar(18),
    modified_at   timestamp        not null,
    modified_by   varchar(18),
    deleted       boolean          not null,
    data          varchar(1000000) not null
);
create index sobject_record_type on sobject_record (type_name, deleted, created_at);

-- Auto-numbers (Case.CaseNumber): one row per type, incremented under the row lock.
create table sobject_autonumber (
    type_name   varchar(80) primary key,
    last_value  bigint      not null
);
insert into sobject_autonumber (type_name, last_value) values ('Case', 1000);
