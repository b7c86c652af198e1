-- The results kept: one row per instansi, year and stage with values (stage MANDIRI … FINAL), and
-- one per instansi and year with a published index total (stage PUBLISHED). Written in the same
-- transaction as every value or total it comes from, by the same engine; rankings and histories
-- read it instead of recomputing. exact_value is the engine's exact BigDecimal as text (no
-- rounding); index_value the published figure (half-up, two decimals). nodes holds the domains and
-- aspects, one line each: kind (D/A), code, name (published totals only), exact value, complete.

create table index_result (
    instansi_code     varchar(20)  not null references instansi (code),
    eval_year         integer      not null,
    stage             varchar(10)  not null,
    framework_code    varchar(40),
    exact_value       varchar(60),
    index_value       numeric(5,2),
    complete          boolean      not null,
    valued_indicators integer      not null,
    total_indicators  integer      not null,
    nodes             varchar(8000),
    primary key (instansi_code, eval_year, stage),
    constraint index_result_stage_check
        check (stage in ('MANDIRI', 'DOKUMEN', 'INTERVIU', 'VISITASI', 'FINAL', 'PUBLISHED'))
);

create index index_result_year_idx on index_result (eval_year, stage);

-- What the kept results were computed with (a fingerprint of the frameworks and of the way they
-- are computed): a start with another fingerprint computes them all again.
create table index_result_state (
    id          integer      primary key,
    fingerprint varchar(64)  not null,
    computed_at timestamp with time zone not null
);
