-- ChungTay schema, version 3: the catalogue of programmes and support kinds, and the supports households receive
-- (issue 4, DOMAIN.md §3). Tracking columns as in V1.

CREATE TABLE programme (
    id                      UUID          NOT NULL PRIMARY KEY,
    owner_unit              VARCHAR(5)    NOT NULL,
    code                    VARCHAR(40)   NOT NULL,
    name                    VARCHAR(300)  NOT NULL,
    name_en                 VARCHAR(300)  NOT NULL,
    legal_basis             VARCHAR(500)  NOT NULL,
    retired                 BOOLEAN       NOT NULL,
    rev                     INTEGER       NOT NULL,
    rev_id                  UUID          NOT NULL,
    rev_ancestors           VARCHAR(400)  NOT NULL,
    changed_by_installation UUID          NOT NULL,
    changed_by_user         VARCHAR(200)  NOT NULL,
    changed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted                 BOOLEAN       NOT NULL,
    local_seq               BIGINT        NOT NULL,
    CONSTRAINT programme_code_uq UNIQUE (code)
);
CREATE INDEX programme_seq_ix ON programme (local_seq);

CREATE TABLE support_kind (
    id                      UUID          NOT NULL PRIMARY KEY,
    owner_unit              VARCHAR(5)    NOT NULL,
    code                    VARCHAR(40)   NOT NULL,
    programme_code          VARCHAR(40)   NOT NULL,
    name                    VARCHAR(300)  NOT NULL,
    name_en                 VARCHAR(300)  NOT NULL,
    usual_form              VARCHAR(10)   NOT NULL,
    retired                 BOOLEAN       NOT NULL,
    rev                     INTEGER       NOT NULL,
    rev_id                  UUID          NOT NULL,
    rev_ancestors           VARCHAR(400)  NOT NULL,
    changed_by_installation UUID          NOT NULL,
    changed_by_user         VARCHAR(200)  NOT NULL,
    changed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted                 BOOLEAN       NOT NULL,
    local_seq               BIGINT        NOT NULL,
    CONSTRAINT support_kind_code_uq UNIQUE (code)
);
CREATE INDEX support_kind_programme_ix ON support_kind (programme_code);
CREATE INDEX support_kind_seq_ix ON support_kind (local_seq);

-- One support a household received. Money is whole VND (amount_vnd: money given, estimated value of goods and
-- services, amount lent, value of a visit's gift). Events entered together share batch_id.
CREATE TABLE support_event (
    id                      UUID          NOT NULL PRIMARY KEY,
    owner_unit              VARCHAR(5)    NOT NULL,
    household_id            UUID          NOT NULL,
    batch_id                UUID,
    event_date              DATE          NOT NULL,
    programme_code          VARCHAR(40)   NOT NULL,
    kind_code               VARCHAR(40)   NOT NULL,
    form                    VARCHAR(10)   NOT NULL,
    amount_vnd              BIGINT        NOT NULL,
    item                    VARCHAR(200)  NOT NULL,
    quantity                DECIMAL(14, 3),
    unit                    VARCHAR(40)   NOT NULL,
    funding_source          VARCHAR(30)   NOT NULL,
    period_from             DATE,
    period_to               DATE,
    credit_term_months      INTEGER,
    credit_monthly_rate     DECIMAL(6, 3),
    credit_outstanding_vnd  BIGINT,
    note                    VARCHAR(1000) NOT NULL,
    rev                     INTEGER       NOT NULL,
    rev_id                  UUID          NOT NULL,
    rev_ancestors           VARCHAR(400)  NOT NULL,
    changed_by_installation UUID          NOT NULL,
    changed_by_user         VARCHAR(200)  NOT NULL,
    changed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted                 BOOLEAN       NOT NULL,
    local_seq               BIGINT        NOT NULL,
    CONSTRAINT support_event_form_ck CHECK (form IN ('CASH', 'IN_KIND', 'SERVICE', 'CREDIT', 'VISIT')),
    CONSTRAINT support_event_amount_ck CHECK (amount_vnd >= 0)
);
CREATE INDEX support_event_household_ix ON support_event (household_id, event_date);
CREATE INDEX support_event_owner_ix ON support_event (owner_unit, event_date);
CREATE INDEX support_event_programme_ix ON support_event (programme_code, kind_code);
CREATE INDEX support_event_batch_ix ON support_event (batch_id);
CREATE INDEX support_event_seq_ix ON support_event (local_seq);
