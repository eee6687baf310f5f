-- NCII Stats schema. Portable SQL: the same migrations run on H2 (embedded) and PostgreSQL.

CREATE TABLE police_force (
    code        VARCHAR(9)   NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    short_name  VARCHAR(60)  NOT NULL,
    country     VARCHAR(10)  NOT NULL,
    region      VARCHAR(40)  NOT NULL
);

CREATE TABLE offence (
    code              VARCHAR(20)  NOT NULL PRIMARY KEY,
    home_office_code  VARCHAR(10),
    title             VARCHAR(300) NOT NULL,
    legislation       VARCHAR(300) NOT NULL,
    in_force_from     DATE         NOT NULL,
    in_force_to       DATE
);

-- EclipseLink reads a sequence value as the last id of a block of 50, so each starts at 50.
CREATE SEQUENCE data_return_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE report_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE data_return (
    id               BIGINT       NOT NULL PRIMARY KEY,
    ref              VARCHAR(64)  NOT NULL,
    force_code       VARCHAR(9)   NOT NULL REFERENCES police_force (code),
    offence_code     VARCHAR(20)  NOT NULL REFERENCES offence (code),
    period_start     DATE         NOT NULL,
    period_end       DATE         NOT NULL,
    granularity      VARCHAR(10)  NOT NULL,
    source           VARCHAR(500) NOT NULL,
    received_on      DATE,
    status           VARCHAR(10)  NOT NULL,
    version          INTEGER      NOT NULL,
    total            INTEGER      NOT NULL,
    last_changed_by  VARCHAR(64)  NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    updated_at       TIMESTAMP    NOT NULL,
    CONSTRAINT data_return_ref_unique UNIQUE (ref),
    CONSTRAINT data_return_period CHECK (period_end >= period_start),
    CONSTRAINT data_return_granularity CHECK (granularity IN ('RECORDS', 'AGGREGATE')),
    CONSTRAINT data_return_status CHECK (status IN ('DRAFT', 'VERIFIED', 'PUBLISHED'))
);
CREATE INDEX data_return_force_offence ON data_return (force_code, offence_code, period_start);

-- One row per reported offence of a RECORDS return. Anonymised: no names, no reference numbers,
-- no free text. platforms is a bit set (see Platform.bit()).
CREATE TABLE report (
    id                   BIGINT      NOT NULL PRIMARY KEY,
    return_id            BIGINT      NOT NULL REFERENCES data_return (id) ON DELETE CASCADE,
    reported_on          DATE,
    victim_age           SMALLINT,
    victim_gender        VARCHAR(7)  NOT NULL,
    platforms            SMALLINT    NOT NULL,
    outcome              VARCHAR(20) NOT NULL,
    home_office_outcome  SMALLINT,
    CONSTRAINT report_age CHECK (victim_age IS NULL OR (victim_age BETWEEN 0 AND 120)),
    CONSTRAINT report_ho_outcome CHECK (home_office_outcome IS NULL OR (home_office_outcome BETWEEN 0 AND 22))
);
CREATE INDEX report_return ON report (return_id);

-- Published cells of an AGGREGATE return. TOTAL has the empty category.
CREATE TABLE count_cell (
    return_id   BIGINT      NOT NULL REFERENCES data_return (id) ON DELETE CASCADE,
    dimension   VARCHAR(8)  NOT NULL,
    category    VARCHAR(24) NOT NULL,
    cell_count  INTEGER     NOT NULL,
    PRIMARY KEY (return_id, dimension, category),
    CONSTRAINT count_cell_non_negative CHECK (cell_count >= 0)
);

CREATE TABLE app_user (
    username       VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash  VARCHAR(200) NOT NULL,
    role           VARCHAR(8)   NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    created_at     TIMESTAMP    NOT NULL,
    CONSTRAINT app_user_role CHECK (role IN ('VIEWER', 'ANALYST', 'EDITOR', 'ADMIN'))
);

-- Append-only: the application never updates or deletes a row of this table.
CREATE TABLE audit_entry (
    id            BIGINT          NOT NULL PRIMARY KEY,
    at            TIMESTAMP       NOT NULL,
    actor         VARCHAR(64)     NOT NULL,
    action        VARCHAR(30)     NOT NULL,
    return_id     BIGINT,
    return_ref    VARCHAR(64),
    before_state  VARCHAR(1000000),
    after_state   VARCHAR(1000000)
);
CREATE INDEX audit_entry_return ON audit_entry (return_id, at);
