-- Indicator ownership per year (lead and supporting OPDs) and the internal scoring of OPDs.

create table indicator_owner (
    instansi_code varchar(20) not null references instansi (code),
    eval_year     integer     not null,
    indicator_id  bigint      not null references framework_node (id),
    opd_id        bigint      not null references opd (id),
    owner_role    varchar(10) not null,
    primary key (instansi_code, eval_year, indicator_id, opd_id),
    constraint indicator_owner_role_check check (owner_role in ('LEAD', 'SUPPORT'))
);

-- Which framework scores the OPDs of an instansi in a year (an internal questionnaire of the Pemda
-- or an official framework applied per OPD), and how OPD indices add up to a Pemda estimate.
create table opd_scoring (
    instansi_code  varchar(20) not null references instansi (code),
    eval_year      integer     not null,
    framework_code varchar(40) not null references framework (code),
    aggregation    varchar(10) not null,
    primary key (instansi_code, eval_year),
    constraint opd_scoring_aggregation_check check (aggregation in ('MEAN', 'WEIGHTED'))
);

create table opd_score (
    instansi_code varchar(20)  not null references instansi (code),
    eval_year     integer      not null,
    opd_id        bigint       not null references opd (id),
    indicator_id  bigint       not null references framework_node (id),
    score         numeric(5,2) not null,
    primary key (instansi_code, eval_year, opd_id, indicator_id)
);
