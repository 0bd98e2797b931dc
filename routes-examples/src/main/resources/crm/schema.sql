-- The CRM the examples work with. Portable SQL: runs on H2 (embedded profile) and PostgreSQL (production).
CREATE TABLE IF NOT EXISTS crm_user (
    extension   VARCHAR(32)  PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    email       VARCHAR(200) NOT NULL
);

CREATE TABLE IF NOT EXISTS contact (
    id              INTEGER      PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
    company         VARCHAR(100),
    phone           VARCHAR(32)  NOT NULL UNIQUE,
    owner_extension VARCHAR(32)  REFERENCES crm_user (extension)
);

-- one row per call (vendor + call id): a replayed event writes nothing twice
CREATE TABLE IF NOT EXISTS call_activity (
    vendor           VARCHAR(32)  NOT NULL,
    call_id          VARCHAR(100) NOT NULL,
    tracking_id      VARCHAR(100),
    caller           VARCHAR(100),
    callee           VARCHAR(100),
    contact_id       INTEGER,
    started_at       TIMESTAMP WITH TIME ZONE,
    ended_at         TIMESTAMP WITH TIME ZONE,
    duration_seconds INTEGER,
    outcome          VARCHAR(32)  NOT NULL,
    PRIMARY KEY (vendor, call_id)
);

-- the missed-call mails sent: one per call, however often its events are replayed
CREATE TABLE IF NOT EXISTS missed_call_notice (
    vendor          VARCHAR(32)  NOT NULL,
    call_id         VARCHAR(100) NOT NULL,
    owner_extension VARCHAR(32)  NOT NULL,
    PRIMARY KEY (vendor, call_id)
);

-- calls seen connected (a vendor may report the end of a call without its answer time)
CREATE TABLE IF NOT EXISTS call_connected (
    vendor   VARCHAR(32)  NOT NULL,
    call_id  VARCHAR(100) NOT NULL,
    PRIMARY KEY (vendor, call_id)
);
