-- ChungTay schema, version 1: installations, users, administrative units, villages, households, members.
--
-- Every record that travels between installations carries the same tracking columns (DESIGN.md,
-- "Records, identity and change tracking"):
--   id                      UUID born where the record was made, never reused
--   owner_unit              the unit (a commune for register data) that decides who may edit it
--   rev, rev_id             revision counter and the id of this revision
--   rev_ancestors           up to 10 ancestor revision ids, nearest first, comma-separated
--   changed_by_installation, changed_by_user, changed_at
--   deleted                 a tombstone, so that a deletion travels like an edit
--   local_seq               local bookkeeping: position in this installation's change sequence
--                           (never synced, never part of the content digest)
-- Portable SQL (H2 and PostgreSQL); nothing here is H2-only.

CREATE SEQUENCE change_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE installation (
    id              UUID          NOT NULL PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    public_key      VARBINARY(200) NOT NULL,
    private_key     VARBINARY(200),
    is_local        BOOLEAN       NOT NULL,
    trusted_at      TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE app_user (
    id              UUID          NOT NULL PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    unit_code       VARCHAR(5)    NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE setting (
    setting_key     VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value   VARCHAR(4000) NOT NULL
);

-- Province (2 digits), district (3) and commune (5) per Decision 124/2004/QĐ-TTg. Codes are text so that leading
-- zeros survive. A code may be reused by a successor unit after a merger (DOMAIN.md §4), hence validity dates and
-- no uniqueness on the code alone.
CREATE TABLE admin_unit (
    id                      UUID          NOT NULL PRIMARY KEY,
    owner_unit              VARCHAR(5)    NOT NULL,
    code                    VARCHAR(5)    NOT NULL,
    unit_level              VARCHAR(10)   NOT NULL,
    name                    VARCHAR(200)  NOT NULL,
    parent_code             VARCHAR(5),
    valid_from              DATE,
    valid_to                DATE,
    rev                     INTEGER       NOT NULL,
    rev_id                  UUID          NOT NULL,
    rev_ancestors           VARCHAR(400)  NOT NULL,
    changed_by_installation UUID          NOT NULL,
    changed_by_user         VARCHAR(200)  NOT NULL,
    changed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted                 BOOLEAN       NOT NULL,
    local_seq               BIGINT        NOT NULL,
    CONSTRAINT admin_unit_level_ck CHECK (unit_level IN ('PROVINCE', 'DISTRICT', 'COMMUNE'))
);
CREATE INDEX admin_unit_code_ix ON admin_unit (code);
CREATE INDEX admin_unit_parent_ix ON admin_unit (parent_code);
CREATE INDEX admin_unit_seq_ix ON admin_unit (local_seq);

-- Villages (thôn, làng, bản, buôn, ấp, tổ dân phố …) have no national code: a commune-local list.
CREATE TABLE village (
    id                      UUID          NOT NULL PRIMARY KEY,
    owner_unit              VARCHAR(5)    NOT NULL,
    commune_code            VARCHAR(5)    NOT NULL,
    name                    VARCHAR(200)  NOT NULL,
    sort_key                VARCHAR(800)  NOT NULL,
    valid_from              DATE,
    valid_to                DATE,
    rev                     INTEGER       NOT NULL,
    rev_id                  UUID          NOT NULL,
    rev_ancestors           VARCHAR(400)  NOT NULL,
    changed_by_installation UUID          NOT NULL,
    changed_by_user         VARCHAR(200)  NOT NULL,
    changed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted                 BOOLEAN       NOT NULL,
    local_seq               BIGINT        NOT NULL
);
CREATE INDEX village_commune_ix ON village (commune_code, sort_key);
CREATE INDEX village_seq_ix ON village (local_seq);

-- Households have no national code: communes use a local household number (DOMAIN.md §2).
-- head_name, member_count, search_text and sort_key are derived locally from the members for the list and
-- search-as-you-type; they are rebuilt on every save and import and are not synced content.
CREATE TABLE household (
    id                      UUID          NOT NULL PRIMARY KEY,
    owner_unit              VARCHAR(5)    NOT NULL,
    household_number        VARCHAR(30)   NOT NULL,
    village_id              UUID          NOT NULL,
    area                    VARCHAR(5)    NOT NULL,
    address                 VARCHAR(500)  NOT NULL,
    phone                   VARCHAR(15)   NOT NULL,
    head_name               VARCHAR(200)  NOT NULL,
    member_count            INTEGER       NOT NULL,
    search_text             VARCHAR(4000) NOT NULL,
    sort_key                VARCHAR(800)  NOT NULL,
    rev                     INTEGER       NOT NULL,
    rev_id                  UUID          NOT NULL,
    rev_ancestors           VARCHAR(400)  NOT NULL,
    changed_by_installation UUID          NOT NULL,
    changed_by_user         VARCHAR(200)  NOT NULL,
    changed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted                 BOOLEAN       NOT NULL,
    local_seq               BIGINT        NOT NULL,
    CONSTRAINT household_area_ck CHECK (area IN ('RURAL', 'URBAN'))
);
-- The list pages by (deleted, sort_key, id) within a commune or village: these indexes cover that order.
CREATE INDEX household_list_ix ON household (deleted, sort_key, id);
CREATE INDEX household_owner_ix ON household (owner_unit, deleted, sort_key, id);
CREATE INDEX household_village_ix ON household (village_id, deleted, sort_key, id);
CREATE INDEX household_seq_ix ON household (local_seq);

CREATE TABLE member (
    id                      UUID          NOT NULL PRIMARY KEY,
    owner_unit              VARCHAR(5)    NOT NULL,
    household_id            UUID          NOT NULL,
    position                INTEGER       NOT NULL,
    full_name               VARCHAR(200)  NOT NULL,
    sex                     VARCHAR(6)    NOT NULL,
    birth_year              INTEGER       NOT NULL,
    birth_date              DATE,
    ethnicity               VARCHAR(2)    NOT NULL,
    relationship            VARCHAR(20)   NOT NULL,
    id_type                 VARCHAR(6)    NOT NULL,
    id_number               VARCHAR(12)   NOT NULL,
    work_status             VARCHAR(20)   NOT NULL,
    health_insurance_number VARCHAR(20)   NOT NULL,
    note                    VARCHAR(1000) NOT NULL,
    rev                     INTEGER       NOT NULL,
    rev_id                  UUID          NOT NULL,
    rev_ancestors           VARCHAR(400)  NOT NULL,
    changed_by_installation UUID          NOT NULL,
    changed_by_user         VARCHAR(200)  NOT NULL,
    changed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted                 BOOLEAN       NOT NULL,
    local_seq               BIGINT        NOT NULL,
    CONSTRAINT member_sex_ck CHECK (sex IN ('MALE', 'FEMALE')),
    CONSTRAINT member_id_type_ck CHECK (id_type IN ('CCCD', 'OLD_ID', 'NONE'))
);
CREATE INDEX member_household_ix ON member (household_id, position);
CREATE INDEX member_id_number_ix ON member (id_number);
CREATE INDEX member_seq_ix ON member (local_seq);

-- Decision 121-TCTK/PPCĐ (1979) numbers the 54 groups 01–54; a 2008 list numbers them differently, so every code
-- names its code system (DOMAIN.md §5). Members store codes of the 1979 system.
CREATE TABLE ethnic_group (
    code_system     VARCHAR(20)   NOT NULL,
    code            VARCHAR(2)    NOT NULL,
    name            VARCHAR(100)  NOT NULL,
    CONSTRAINT ethnic_group_pk PRIMARY KEY (code_system, code)
);

INSERT INTO ethnic_group (code_system, code, name) VALUES
('TCTK-1979', '01', 'Kinh'), ('TCTK-1979', '02', 'Tày'), ('TCTK-1979', '03', 'Thái'), ('TCTK-1979', '04', 'Hoa'),
('TCTK-1979', '05', 'Khơ-me'), ('TCTK-1979', '06', 'Mường'), ('TCTK-1979', '07', 'Nùng'),
('TCTK-1979', '08', 'HMông'), ('TCTK-1979', '09', 'Dao'), ('TCTK-1979', '10', 'Gia-rai'),
('TCTK-1979', '11', 'Ngái'), ('TCTK-1979', '12', 'Ê-đê'), ('TCTK-1979', '13', 'Ba Na'),
('TCTK-1979', '14', 'Xơ-Đăng'), ('TCTK-1979', '15', 'Sán Chay'), ('TCTK-1979', '16', 'Cơ-ho'),
('TCTK-1979', '17', 'Chăm'), ('TCTK-1979', '18', 'Sán Dìu'), ('TCTK-1979', '19', 'Hrê'),
('TCTK-1979', '20', 'Mnông'), ('TCTK-1979', '21', 'Ra-glai'), ('TCTK-1979', '22', 'Xtiêng'),
('TCTK-1979', '23', 'Bru-Vân Kiều'), ('TCTK-1979', '24', 'Thổ'), ('TCTK-1979', '25', 'Giáy'),
('TCTK-1979', '26', 'Cơ-tu'), ('TCTK-1979', '27', 'Gié Triêng'), ('TCTK-1979', '28', 'Mạ'),
('TCTK-1979', '29', 'Khơ-mú'), ('TCTK-1979', '30', 'Co'), ('TCTK-1979', '31', 'Tà-ôi'),
('TCTK-1979', '32', 'Chơ-ro'), ('TCTK-1979', '33', 'Kháng'), ('TCTK-1979', '34', 'Xinh-mun'),
('TCTK-1979', '35', 'Hà Nhì'), ('TCTK-1979', '36', 'Chu-ru'), ('TCTK-1979', '37', 'Lào'),
('TCTK-1979', '38', 'La Chí'), ('TCTK-1979', '39', 'La Ha'), ('TCTK-1979', '40', 'Phù Lá'),
('TCTK-1979', '41', 'La Hủ'), ('TCTK-1979', '42', 'Lự'), ('TCTK-1979', '43', 'Lô Lô'),
('TCTK-1979', '44', 'Chứt'), ('TCTK-1979', '45', 'Mảng'), ('TCTK-1979', '46', 'Pà Thẻn'),
('TCTK-1979', '47', 'Co Lao'), ('TCTK-1979', '48', 'Cống'), ('TCTK-1979', '49', 'Bố Y'),
('TCTK-1979', '50', 'Si La'), ('TCTK-1979', '51', 'Pu Péo'), ('TCTK-1979', '52', 'Brâu'),
('TCTK-1979', '53', 'Ơ Đu'), ('TCTK-1979', '54', 'Rơ-măm'),
('TCTK-1979', '55', 'Người nước ngoài'), ('TCTK-1979', '99', 'Không xác định');
