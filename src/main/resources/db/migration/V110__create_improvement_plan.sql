-- The target planner (slice plan): per-indicator limits and effort of a year, and the year's saved
-- rencana peningkatan (its steps assigned to lead OPDs with due dates).

-- How far an indicator may move in a year and what one level step costs. max_level null = the
-- default (two levels above the baseline, at most the top of the scale); locked = no change.
create table plan_limit (
    instansi_code  varchar(20)  not null references instansi (code),
    eval_year      integer      not null,
    indicator_code varchar(10)  not null,
    max_level      numeric(5,2),
    locked         boolean      not null default false,
    effort         integer      not null default 1,
    updated_by     varchar(60),
    updated_at     timestamp with time zone,
    primary key (instansi_code, eval_year, indicator_code),
    constraint plan_limit_effort_check check (effort between 1 and 99)
);

create table improvement_plan (
    instansi_code  varchar(20)  not null references instansi (code),
    eval_year      integer      not null,
    framework_code varchar(40)  not null,
    target         numeric(5,2) not null,
    basis_year     integer      not null,
    basis_stage    varchar(10)  not null,
    basis_exact    varchar(60)  not null,
    plan_exact     varchar(60)  not null,
    reached        boolean      not null,
    total_effort   integer      not null,
    saved_by       varchar(60),
    saved_at       timestamp with time zone,
    primary key (instansi_code, eval_year)
);

create table improvement_step (
    instansi_code  varchar(20)  not null,
    eval_year      integer      not null,
    indicator_code varchar(10)  not null,
    from_level     numeric(5,2) not null,
    to_level       numeric(5,2) not null,
    effort         integer      not null,
    points         varchar(60)  not null,
    opd_id         bigint references opd (id),
    due_date       date,
    primary key (instansi_code, eval_year, indicator_code),
    constraint improvement_step_plan_fk foreign key (instansi_code, eval_year)
        references improvement_plan (instansi_code, eval_year) on delete cascade
);
