-- form4 ledger, migration 1. Decimals are stored as canonical TEXT (exact; parse with
-- rust_decimal); dates as ISO-8601 TEXT (YYYY-MM-DD); CIKs as INTEGER.

-- One row per filing. `key` is the accession number, or 'sha256:<hex>' for inputs
-- without one (a bare XML file).
CREATE TABLE filings (
    id                          INTEGER PRIMARY KEY,
    key                         TEXT NOT NULL UNIQUE,
    accession                   TEXT,
    form_type                   TEXT,            -- 3, 3/A, 4, 4/A, 5, 5/A
    is_amendment                INTEGER NOT NULL DEFAULT 0,
    schema_version              TEXT,
    period_of_report            TEXT,
    date_of_original_submission TEXT,
    filed_as_of                 TEXT,            -- header FILED AS OF DATE
    accepted_at                 TEXT,            -- header ACCEPTANCE-DATETIME, US Eastern
    filed_on                    TEXT,            -- the business day it counts as filed
    issuer_cik                  INTEGER,
    issuer_name                 TEXT,
    ticker                      TEXT,
    owner_group                 TEXT NOT NULL,   -- reporting owner CIKs, ascending, comma-separated
    aff10b5_one                 INTEGER,
    deadline                    TEXT,
    days_late                   INTEGER,
    superseded_by               INTEGER REFERENCES filings(id),  -- a later amendment replaces it in current views
    source_path                 TEXT,
    source_format               TEXT NOT NULL,
    fingerprint                 TEXT             -- SHA-256 of the ownership document's canonical JSON
);
CREATE INDEX filings_fingerprint ON filings(fingerprint);
CREATE INDEX filings_issuer ON filings(issuer_cik, filed_on);
CREATE INDEX filings_amend ON filings(issuer_cik, owner_group, date_of_original_submission);
CREATE INDEX filings_late ON filings(days_late) WHERE days_late > 0;

-- The canonical Filing as JSON, zstd-compressed: kept apart so that the filings table
-- stays small for scans.
CREATE TABLE filing_documents (
    filing_id   INTEGER PRIMARY KEY REFERENCES filings(id),
    json_zst    BLOB NOT NULL
);

CREATE TABLE issuers (
    cik         INTEGER PRIMARY KEY,
    name        TEXT,
    ticker      TEXT,
    last_filed  TEXT
);
CREATE INDEX issuers_ticker ON issuers(ticker COLLATE NOCASE);

CREATE TABLE owners (
    cik         INTEGER PRIMARY KEY,
    name        TEXT,
    last_filed  TEXT
);
CREATE INDEX owners_name ON owners(name COLLATE NOCASE);

-- Who reported a filing and in what capacity. A joint filing has several rows here and
-- its transactions once, in `transactions`.
CREATE TABLE filing_owners (
    filing_id       INTEGER NOT NULL REFERENCES filings(id),
    owner_cik       INTEGER NOT NULL,
    ordinal         INTEGER NOT NULL,
    name            TEXT,
    is_director     INTEGER NOT NULL DEFAULT 0,
    is_officer      INTEGER NOT NULL DEFAULT 0,
    is_ten_percent  INTEGER NOT NULL DEFAULT 0,
    is_other        INTEGER NOT NULL DEFAULT 0,
    officer_title   TEXT,
    other_text      TEXT,
    street1 TEXT, street2 TEXT, city TEXT, state TEXT, zip TEXT,
    PRIMARY KEY (filing_id, owner_cik)
) WITHOUT ROWID;
CREATE INDEX filing_owners_owner ON filing_owners(owner_cik);

-- Table I and II rows, transactions and holdings alike (`is_holding`), in form order.
CREATE TABLE rows (
    id                  INTEGER PRIMARY KEY,
    filing_id           INTEGER NOT NULL REFERENCES filings(id),
    issuer_cik          INTEGER,
    is_derivative       INTEGER NOT NULL,
    is_holding          INTEGER NOT NULL,
    ordinal             INTEGER NOT NULL,         -- 1-based within its table and kind
    security_title      TEXT,
    transaction_date    TEXT,
    deemed_date         TEXT,
    coding_form         TEXT,
    code                TEXT,
    equity_swap         INTEGER,
    timeliness          TEXT,
    shares              TEXT,
    total_value         TEXT,
    price               TEXT,
    acquired_disposed   TEXT,
    owned_after         TEXT,
    value_owned_after   TEXT,
    direct_indirect     TEXT,
    nature              TEXT,
    conversion_price    TEXT,
    exercise_date       TEXT,
    expiration_date     TEXT,
    underlying_title    TEXT,
    underlying_shares   TEXT,
    underlying_value    TEXT,
    footnotes           TEXT                      -- JSON object: field -> [footnote ids]
);
CREATE INDEX rows_issuer_date ON rows(issuer_cik, transaction_date);
CREATE INDEX rows_filing ON rows(filing_id);
CREATE INDEX rows_code ON rows(code, transaction_date);

CREATE TABLE footnotes (
    filing_id   INTEGER NOT NULL REFERENCES filings(id),
    id          TEXT NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (filing_id, id)
) WITHOUT ROWID;

CREATE TABLE findings (
    filing_id   INTEGER NOT NULL REFERENCES filings(id),
    rule        TEXT NOT NULL,
    severity    TEXT NOT NULL,
    path        TEXT,
    message     TEXT NOT NULL
);
CREATE INDEX findings_filing ON findings(filing_id);
CREATE INDEX findings_rule ON findings(rule);

-- Inputs that could not be read. Keyed by content so that re-ingesting adds nothing.
CREATE TABLE rejects (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT NOT NULL UNIQUE,
    source_path TEXT NOT NULL,
    reason      TEXT NOT NULL,
    first_seen  TEXT NOT NULL
);
