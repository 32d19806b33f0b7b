-- ChungTay schema, version 4: offline sync (issue 5; DESIGN.md "Sync packages").

-- A peer is trusted for a unit: its packages may carry records of communes within that unit only.
ALTER TABLE installation ADD COLUMN unit_code VARCHAR(5);

-- Packages this installation made, per scope (the communes exported), numbered; the next incremental package
-- carries the changes after seq_to of the previous one.
CREATE TABLE export_log (
    id                      UUID          NOT NULL PRIMARY KEY,
    scope                   VARCHAR(400)  NOT NULL,
    package_no              INTEGER       NOT NULL,
    full_package            BOOLEAN       NOT NULL,
    seq_from                BIGINT        NOT NULL,
    seq_to                  BIGINT        NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    file_name               VARCHAR(1000) NOT NULL
);
CREATE INDEX export_log_scope_ix ON export_log (scope, package_no);

-- Packages imported here: a package id is applied once (imports are idempotent); the ranges show gaps.
CREATE TABLE import_log (
    package_id              UUID          NOT NULL PRIMARY KEY,
    source_installation     UUID          NOT NULL,
    source_name             VARCHAR(200)  NOT NULL,
    scope                   VARCHAR(400)  NOT NULL,
    package_no              INTEGER       NOT NULL,
    full_package            BOOLEAN       NOT NULL,
    seq_from                BIGINT        NOT NULL,
    seq_to                  BIGINT        NOT NULL,
    imported_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    new_records             INTEGER       NOT NULL,
    updated_records         INTEGER       NOT NULL,
    unchanged_records       INTEGER       NOT NULL,
    conflicts               INTEGER       NOT NULL
);
CREATE INDEX import_log_source_ix ON import_log (source_installation, scope, seq_to);

-- Content of record revisions this installation sent or received: the common ancestor for merging concurrent
-- edits field by field, and the history that keeps a losing value.
CREATE TABLE record_revision (
    record_type             VARCHAR(20)   NOT NULL,
    record_id               UUID          NOT NULL,
    rev_id                  UUID          NOT NULL,
    rev                     INTEGER       NOT NULL,
    changed_by_user         VARCHAR(200)  NOT NULL,
    changed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted                 BOOLEAN       NOT NULL,
    content                 VARCHAR(1000000) NOT NULL,
    recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT record_revision_pk PRIMARY KEY (record_type, record_id, rev_id)
);

-- Edits of the same field made apart: both sides side by side until a person chooses.
CREATE TABLE sync_conflict (
    id                      UUID          NOT NULL PRIMARY KEY,
    record_type             VARCHAR(20)   NOT NULL,
    record_id               UUID          NOT NULL,
    owner_unit              VARCHAR(5)    NOT NULL,
    package_id              UUID          NOT NULL,
    local_rev_id            UUID          NOT NULL,
    local_line              CLOB          NOT NULL,
    incoming_rev_id         UUID          NOT NULL,
    incoming_line           CLOB          NOT NULL,
    fields                  VARCHAR(2000) NOT NULL,
    detected_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    status                  VARCHAR(10)   NOT NULL,
    resolved_by             VARCHAR(200),
    resolved_at             TIMESTAMP WITH TIME ZONE,
    resolution              CLOB,
    CONSTRAINT sync_conflict_status_ck CHECK (status IN ('OPEN', 'RESOLVED'))
);
CREATE INDEX sync_conflict_status_ix ON sync_conflict (status, detected_at);
CREATE INDEX sync_conflict_record_ix ON sync_conflict (record_type, record_id);
