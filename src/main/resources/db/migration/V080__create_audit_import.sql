-- A bulk write of values (an import file or a loader) is one audit_event (action VALUES_IMPORTED)
-- with this row beside it: the file's name and SHA-256, the counts, and the changed values
-- (old -> new), gzip-compressed text with one line per instansi, year and stage. Never updated or
-- deleted, like the audit trail itself.

create table audit_import (
    audit_event_id bigint       primary key references audit_event (id),
    file_name      varchar(255),
    sha256         varchar(64),
    row_count      integer      not null,
    inserted       integer      not null,
    updated        integer      not null,
    unchanged      integer      not null,
    changes        bytea
);
