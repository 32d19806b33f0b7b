-- ChungTay schema, version 2: poverty standards as data, review rounds and household reviews (issue 3).
-- Tracking columns as in V1 (DESIGN.md, "Records, identity and change tracking").

-- A multidimensional poverty standard (DOMAIN.md §1). Shipped with the program and inserted on start; a clerk may
-- correct a provisional one (every change goes to standard_change_log). Lines are VND per person per month and
-- inclusive; NULL where the standard has no such threshold.
CREATE TABLE poverty_standard (
    id                      UUID          NOT NULL PRIMARY KEY,
    owner_unit              VARCHAR(5)    NOT NULL,
    code                    VARCHAR(20)   NOT NULL,
    name                    VARCHAR(200)  NOT NULL,
    legal_basis             VARCHAR(500)  NOT NULL,
    first_year              INTEGER       NOT NULL,
    last_year               INTEGER       NOT NULL,
    provisional             BOOLEAN       NOT NULL,
    rule                    VARCHAR(30)   NOT NULL,
    deprivation_threshold   INTEGER       NOT NULL,
    points_per_indicator    INTEGER       NOT NULL,
    b2_threshold            INTEGER,
    rural_poverty_line      BIGINT        NOT NULL,
    rural_near_poor_line    BIGINT,
    rural_average_upper     BIGINT,
    rural_b1_max            INTEGER,
    urban_poverty_line      BIGINT        NOT NULL,
    urban_near_poor_line    BIGINT,
    urban_average_upper     BIGINT,
    urban_b1_max            INTEGER,
    shipped_revision        INTEGER       NOT NULL,
    locally_edited          BOOLEAN       NOT NULL,
    rev                     INTEGER       NOT NULL,
    rev_id                  UUID          NOT NULL,
    rev_ancestors           VARCHAR(400)  NOT NULL,
    changed_by_installation UUID          NOT NULL,
    changed_by_user         VARCHAR(200)  NOT NULL,
    changed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted                 BOOLEAN       NOT NULL,
    local_seq               BIGINT        NOT NULL,
    CONSTRAINT poverty_standard_code_uq UNIQUE (code),
    CONSTRAINT poverty_standard_rule_ck CHECK (rule IN ('INCOME_OR_DEPRIVATION', 'INCOME_AND_DEPRIVATION'))
);
CREATE INDEX poverty_standard_seq_ix ON poverty_standard (local_seq);

-- The indicators of a standard, in order; they travel as part of their standard's record.
CREATE TABLE poverty_indicator (
    standard_id             UUID          NOT NULL,
    position                INTEGER       NOT NULL,
    code                    VARCHAR(40)   NOT NULL,
    dimension               VARCHAR(100)  NOT NULL,
    name                    VARCHAR(200)  NOT NULL,
    name_en                 VARCHAR(200)  NOT NULL,
    definition              VARCHAR(2000) NOT NULL,
    CONSTRAINT poverty_indicator_pk PRIMARY KEY (standard_id, code)
);

-- Who corrected what in a standard, and when: the audit the issue asks for. Local bookkeeping.
CREATE TABLE standard_change_log (
    id                      UUID          NOT NULL PRIMARY KEY,
    standard_code           VARCHAR(20)   NOT NULL,
    changed_by_user         VARCHAR(200)  NOT NULL,
    changed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    field                   VARCHAR(100)  NOT NULL,
    old_value               VARCHAR(2000) NOT NULL,
    new_value               VARCHAR(2000) NOT NULL
);
CREATE INDEX standard_change_log_ix ON standard_change_log (standard_code, changed_at);

-- A review round of a commune (Decision 24/2021/QĐ-TTg): periodic or regular, for a year, under a standard.
CREATE TABLE review_round (
    id                      UUID          NOT NULL PRIMARY KEY,
    owner_unit              VARCHAR(5)    NOT NULL,
    commune_code            VARCHAR(5)    NOT NULL,
    review_year             INTEGER       NOT NULL,
    kind                    VARCHAR(10)   NOT NULL,
    standard_code           VARCHAR(20)   NOT NULL,
    opened_on               DATE          NOT NULL,
    status                  VARCHAR(10)   NOT NULL,
    closed_on               DATE,
    rev                     INTEGER       NOT NULL,
    rev_id                  UUID          NOT NULL,
    rev_ancestors           VARCHAR(400)  NOT NULL,
    changed_by_installation UUID          NOT NULL,
    changed_by_user         VARCHAR(200)  NOT NULL,
    changed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted                 BOOLEAN       NOT NULL,
    local_seq               BIGINT        NOT NULL,
    CONSTRAINT review_round_kind_ck CHECK (kind IN ('PERIODIC', 'REGULAR')),
    CONSTRAINT review_round_status_ck CHECK (status IN ('OPEN', 'CLOSED'))
);
CREATE INDEX review_round_commune_ix ON review_round (commune_code, review_year);
CREATE INDEX review_round_seq_ix ON review_round (local_seq);

-- Opening, closing and reopening of rounds: closing locks a round, reopening is explicit and recorded.
CREATE TABLE review_round_log (
    id                      UUID          NOT NULL PRIMARY KEY,
    round_id                UUID          NOT NULL,
    event                   VARCHAR(10)   NOT NULL,
    user_name               VARCHAR(200)  NOT NULL,
    happened_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    note                    VARCHAR(1000) NOT NULL,
    CONSTRAINT review_round_log_event_ck CHECK (event IN ('OPENED', 'CLOSED', 'REOPENED'))
);
CREATE INDEX review_round_log_ix ON review_round_log (round_id, happened_at);

-- A household's review in a round. Village, area and persons are as at the review, for the reports; lacking holds the
-- indicator codes, comma-separated, in the standard's order.
CREATE TABLE household_review (
    id                      UUID          NOT NULL PRIMARY KEY,
    owner_unit              VARCHAR(5)    NOT NULL,
    round_id                UUID          NOT NULL,
    household_id            UUID          NOT NULL,
    review_year             INTEGER       NOT NULL,
    village_id              UUID          NOT NULL,
    area                    VARCHAR(5)    NOT NULL,
    persons                 INTEGER       NOT NULL,
    income                  BIGINT,
    b1_score                INTEGER,
    lacking                 VARCHAR(1000) NOT NULL,
    ethnic_minority         BOOLEAN       NOT NULL,
    no_work_capacity        BOOLEAN       NOT NULL,
    meritorious             BOOLEAN       NOT NULL,
    female_head             BOOLEAN       NOT NULL,
    poverty_class           VARCHAR(10)   NOT NULL,
    transition              VARCHAR(30)   NOT NULL,
    reviewer                VARCHAR(200)  NOT NULL,
    reviewed_on             DATE          NOT NULL,
    note                    VARCHAR(1000) NOT NULL,
    rev                     INTEGER       NOT NULL,
    rev_id                  UUID          NOT NULL,
    rev_ancestors           VARCHAR(400)  NOT NULL,
    changed_by_installation UUID          NOT NULL,
    changed_by_user         VARCHAR(200)  NOT NULL,
    changed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted                 BOOLEAN       NOT NULL,
    local_seq               BIGINT        NOT NULL,
    CONSTRAINT household_review_class_ck CHECK (poverty_class IN ('POOR', 'NEAR_POOR', 'AVERAGE', 'NOT_POOR')),
    CONSTRAINT household_review_evidence_ck CHECK (income IS NOT NULL OR b1_score IS NOT NULL)
);
CREATE INDEX household_review_round_ix ON household_review (round_id, household_id);
CREATE INDEX household_review_household_ix ON household_review (household_id, review_year);
CREATE INDEX household_review_year_ix ON household_review (owner_unit, review_year, poverty_class);
CREATE INDEX household_review_seq_ix ON household_review (local_seq);
