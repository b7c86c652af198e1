-- Thresholds of the weak-indicator finder, editable by an ADMIN (absent rows: built-in defaults).

create table analysis_setting (
    name  varchar(40)  primary key,
    score numeric(7,3) not null
);
