//! The eight tables of the SEC's Insider Transactions Data Sets, column for column as
//! `FORM_345_metadata.json` defines them (including the SEC's own spellings, such as
//! `EXCERCISE_DATE` in DERIV_TRANS), and the rows a filing gives.

use chrono::NaiveDate;
use form4_model::{Amount, Decimal, EntityRole, Filing, Footnoted, OwnershipNature, Parsed, PostTransactionAmounts, TransactionCoding, UnderlyingSecurity, XsDate};

/// How a column's values are typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text.
    Text,
    /// An exact decimal (SEC `NUMBER`).
    Number,
    /// A surrogate key (`*_SK`, SEC `NUMBER`).
    Key,
    /// A date (SEC `DD-MON-YYYY`).
    Date,
    /// A boolean as filed (`1`, `0`, `true`, `false`); text in the SEC files.
    Flag,
}

/// One table.
pub struct Table {
    /// The SEC file name without `.tsv`.
    pub name: &'static str,
    /// Columns in the SEC's order.
    pub columns: &'static [(&'static str, Kind)],
}

use Kind::*;

/// All eight tables, in the SEC's order.
pub const TABLES: &[Table] = &[
    Table {
        name: "SUBMISSION",
        columns: &[
            ("ACCESSION_NUMBER", Text),
            ("FILING_DATE", Date),
            ("PERIOD_OF_REPORT", Date),
            ("DATE_OF_ORIG_SUB", Date),
            ("NO_SECURITIES_OWNED", Flag),
            ("NOT_SUBJECT_SEC16", Flag),
            ("FORM3_HOLDINGS_REPORTED", Flag),
            ("FORM4_TRANS_REPORTED", Flag),
            ("DOCUMENT_TYPE", Text),
            ("ISSUERCIK", Text),
            ("ISSUERNAME", Text),
            ("ISSUERTRADINGSYMBOL", Text),
            ("CONTACT_NAME", Text),
            ("CONTACT_PHONE_NUMBER", Text),
            ("CONTACT_EMAIL_ADDRESS", Text),
            ("NOTIFICATION_EMAIL_ADDRESS", Text),
            ("REMARKS", Text),
        ],
    },
    Table {
        name: "REPORTINGOWNER",
        columns: &[
            ("ACCESSION_NUMBER", Text),
            ("RPTOWNERCIK", Text),
            ("RPTOWNERNAME", Text),
            ("RPTOWNER_RELATIONSHIP", Text),
            ("RPTOWNER_TITLE", Text),
            ("RPTOWNER_TXT", Text),
            ("RPTOWNER_STREET1", Text),
            ("RPTOWNER_STREET2", Text),
            ("RPTOWNER_CITY", Text),
            ("RPTOWNER_STATE", Text),
            ("RPTOWNER_ZIPCODE", Text),
            ("RPTOWNER_STATE_DESC", Text),
            ("FILE_NUMBER", Text),
        ],
    },
    Table {
        name: "NONDERIV_TRANS",
        columns: &[
            ("ACCESSION_NUMBER", Text),
            ("NONDERIV_TRANS_SK", Key),
            ("SECURITY_TITLE", Text),
            ("SECURITY_TITLE_FN", Text),
            ("TRANS_DATE", Date),
            ("TRANS_DATE_FN", Text),
            ("DEEMED_EXECUTION_DATE", Date),
            ("DEEMED_EXECUTION_DATE_FN", Text),
            ("TRANS_FORM_TYPE", Text),
            ("TRANS_CODE", Text),
            ("EQUITY_SWAP_INVOLVED", Flag),
            ("EQUITY_SWAP_INVOLVED_FN", Text),
            ("TRANS_TIMELINESS", Text),
            ("TRANS_TIMELINESS_FN", Text),
            ("TRANS_SHARES", Number),
            ("TRANS_SHARES_FN", Text),
            ("TRANS_PRICEPERSHARE", Number),
            ("TRANS_PRICEPERSHARE_FN", Text),
            ("TRANS_ACQUIRED_DISP_CD", Text),
            ("TRANS_ACQUIRED_DISP_CD_FN", Text),
            ("SHRS_OWND_FOLWNG_TRANS", Number),
            ("SHRS_OWND_FOLWNG_TRANS_FN", Text),
            ("VALU_OWND_FOLWNG_TRANS", Number),
            ("VALU_OWND_FOLWNG_TRANS_FN", Text),
            ("DIRECT_INDIRECT_OWNERSHIP", Text),
            ("DIRECT_INDIRECT_OWNERSHIP_FN", Text),
            ("NATURE_OF_OWNERSHIP", Text),
            ("NATURE_OF_OWNERSHIP_FN", Text),
        ],
    },
    Table {
        name: "NONDERIV_HOLDING",
        columns: &[
            ("ACCESSION_NUMBER", Text),
            ("NONDERIV_HOLDING_SK", Key),
            ("SECURITY_TITLE", Text),
            ("SECURITY_TITLE_FN", Text),
            ("TRANS_FORM_TYPE", Text),
            ("TRANS_FORM_TYPE_FN", Text),
            ("SHRS_OWND_FOLWNG_TRANS", Number),
            ("SHRS_OWND_FOLWNG_TRANS_FN", Text),
            ("VALU_OWND_FOLWNG_TRANS", Number),
            ("VALU_OWND_FOLWNG_TRANS_FN", Text),
            ("DIRECT_INDIRECT_OWNERSHIP", Text),
            ("DIRECT_INDIRECT_OWNERSHIP_FN", Text),
            ("NATURE_OF_OWNERSHIP", Text),
            ("NATURE_OF_OWNERSHIP_FN", Text),
        ],
    },
    Table {
        name: "DERIV_TRANS",
        columns: &[
            ("ACCESSION_NUMBER", Text),
            ("DERIV_TRANS_SK", Key),
            ("SECURITY_TITLE", Text),
            ("SECURITY_TITLE_FN", Text),
            ("CONV_EXERCISE_PRICE", Number),
            ("CONV_EXERCISE_PRICE_FN", Text),
            ("TRANS_DATE", Date),
            ("TRANS_DATE_FN", Text),
            ("DEEMED_EXECUTION_DATE", Date),
            ("DEEMED_EXECUTION_DATE_FN", Text),
            ("TRANS_FORM_TYPE", Text),
            ("TRANS_CODE", Text),
            ("EQUITY_SWAP_INVOLVED", Flag),
            ("EQUITY_SWAP_INVOLVED_FN", Text),
            ("TRANS_TIMELINESS", Text),
            ("TRANS_TIMELINESS_FN", Text),
            ("TRANS_SHARES", Number),
            ("TRANS_SHARES_FN", Text),
            ("TRANS_TOTAL_VALUE", Number),
            ("TRANS_TOTAL_VALUE_FN", Text),
            ("TRANS_PRICEPERSHARE", Number),
            ("TRANS_PRICEPERSHARE_FN", Text),
            ("TRANS_ACQUIRED_DISP_CD", Text),
            ("TRANS_ACQUIRED_DISP_CD_FN", Text),
            ("EXCERCISE_DATE", Date),
            ("EXCERCISE_DATE_FN", Text),
            ("EXPIRATION_DATE", Date),
            ("EXPIRATION_DATE_FN", Text),
            ("UNDLYNG_SEC_TITLE", Text),
            ("UNDLYNG_SEC_TITLE_FN", Text),
            ("UNDLYNG_SEC_SHARES", Number),
            ("UNDLYNG_SEC_SHARES_FN", Text),
            ("UNDLYNG_SEC_VALUE", Number),
            ("UNDLYNG_SEC_VALUE_FN", Text),
            ("SHRS_OWND_FOLWNG_TRANS", Number),
            ("SHRS_OWND_FOLWNG_TRANS_FN", Text),
            ("VALU_OWND_FOLWNG_TRANS", Number),
            ("VALU_OWND_FOLWNG_TRANS_FN", Text),
            ("DIRECT_INDIRECT_OWNERSHIP", Text),
            ("DIRECT_INDIRECT_OWNERSHIP_FN", Text),
            ("NATURE_OF_OWNERSHIP", Text),
            ("NATURE_OF_OWNERSHIP_FN", Text),
        ],
    },
    Table {
        name: "DERIV_HOLDING",
        columns: &[
            ("ACCESSION_NUMBER", Text),
            ("DERIV_HOLDING_SK", Key),
            ("SECURITY_TITLE", Text),
            ("SECURITY_TITLE_FN", Text),
            ("CONV_EXERCISE_PRICE", Number),
            ("CONV_EXERCISE_PRICE_FN", Text),
            ("TRANS_FORM_TYPE", Text),
            ("TRANS_FORM_TYPE_FN", Text),
            ("EXERCISE_DATE", Date),
            ("EXERCISE_DATE_FN", Text),
            ("EXPIRATION_DATE", Date),
            ("EXPIRATION_DATE_FN", Text),
            ("UNDLYNG_SEC_TITLE", Text),
            ("UNDLYNG_SEC_TITLE_FN", Text),
            ("UNDLYNG_SEC_SHARES", Number),
            ("UNDLYNG_SEC_SHARES_FN", Text),
            ("UNDLYNG_SEC_VALUE", Number),
            ("UNDLYNG_SEC_VALUE_FN", Text),
            ("SHRS_OWND_FOLWNG_TRANS", Number),
            ("SHRS_OWND_FOLWNG_TRANS_FN", Text),
            ("VALU_OWND_FOLWNG_TRANS", Number),
            ("VALU_OWND_FOLWNG_TRANS_FN", Text),
            ("DIRECT_INDIRECT_OWNERSHIP", Text),
            ("DIRECT_INDIRECT_OWNERSHIP_FN", Text),
            ("NATURE_OF_OWNERSHIP", Text),
            ("NATURE_OF_OWNERSHIP_FN", Text),
        ],
    },
    Table { name: "FOOTNOTES", columns: &[("ACCESSION_NUMBER", Text), ("FOOTNOTE_ID", Text), ("FOOTNOTE_TXT", Text)] },
    Table { name: "OWNER_SIGNATURE", columns: &[("ACCESSION_NUMBER", Text), ("OWNERSIGNATURENAME", Text), ("OWNERSIGNATUREDATE", Date)] },
];

/// A cell value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// Empty.
    Null,
    /// Text as filed.
    Text(String),
    /// An exact decimal.
    Number(Decimal),
    /// A value filed in a number column that did not parse: kept as text.
    Raw(String),
    /// A key.
    Key(i64),
    /// A date.
    Date(NaiveDate),
    /// A boolean as filed.
    Flag(form4_model::Flag),
}

/// The rows one filing gives, per table (index into [`TABLES`]).
pub type Rows = [Vec<Vec<Cell>>; 8];

fn text(s: Option<&str>) -> Cell {
    match s {
        Some(s) if !s.is_empty() => Cell::Text(s.to_string()),
        _ => Cell::Null,
    }
}

fn value_text<T: ToString>(v: Option<&Footnoted<T>>) -> Cell {
    match v.and_then(|f| f.value.as_ref()) {
        Some(Parsed::Ok(x)) => text(Some(&x.to_string())),
        Some(Parsed::Raw { raw }) => Cell::Raw(raw.clone()),
        None => Cell::Null,
    }
}

fn number(v: Option<&Amount>) -> Cell {
    match v.and_then(|f| f.value.as_ref()) {
        Some(Parsed::Ok(d)) => Cell::Number(*d),
        Some(Parsed::Raw { raw }) => Cell::Raw(raw.clone()),
        None => Cell::Null,
    }
}

fn date(v: Option<&form4_model::Date>) -> Cell {
    match v.and_then(|f| f.value.as_ref()) {
        Some(Parsed::Ok(d)) => Cell::Date(d.date),
        Some(Parsed::Raw { raw }) => Cell::Raw(raw.clone()),
        None => Cell::Null,
    }
}

fn plain_date(v: Option<&Parsed<XsDate>>) -> Cell {
    match v {
        Some(Parsed::Ok(d)) => Cell::Date(d.date),
        Some(Parsed::Raw { raw }) => Cell::Raw(raw.clone()),
        None => Cell::Null,
    }
}

fn flag(v: Option<&Parsed<form4_model::Flag>>) -> Cell {
    match v {
        Some(Parsed::Ok(f)) => Cell::Flag(*f),
        Some(Parsed::Raw { raw }) => Cell::Raw(raw.clone()),
        None => Cell::Null,
    }
}

/// Footnote ids as the SEC lists them: `F1, F2`.
fn notes_of(ids: Option<&Vec<String>>) -> Cell {
    match ids {
        Some(ids) if !ids.is_empty() => Cell::Text(ids.join(", ")),
        _ => Cell::Null,
    }
}

fn fnotes<T>(v: Option<&Footnoted<T>>) -> Cell {
    notes_of(v.map(|f| &f.footnote_id))
}

/// A value's cell and its `*_FN` cell.
fn with_notes<'a, T>(v: Option<&'a Footnoted<T>>, cell: fn(Option<&'a Footnoted<T>>) -> Cell) -> [Cell; 2] {
    [cell(v), fnotes(v)]
}

/// TRANS_FORM_TYPE, TRANS_CODE, EQUITY_SWAP_INVOLVED and its footnotes (the coding's).
fn coding(c: Option<&TransactionCoding>) -> [Cell; 4] {
    [
        text(c.and_then(|c| c.transaction_form_type.as_deref())),
        text(c.and_then(|c| c.transaction_code.as_deref())),
        flag(c.and_then(|c| c.equity_swap_involved.as_ref())),
        notes_of(c.map(|c| &c.footnote_id)),
    ]
}

/// SHRS_OWND_FOLWNG_TRANS and VALU_OWND_FOLWNG_TRANS with their footnotes.
fn owned_after(p: Option<&PostTransactionAmounts>) -> [Cell; 4] {
    let [a, b] = with_notes(p.and_then(|p| p.shares_owned_following_transaction.as_ref()), number);
    let [c, d] = with_notes(p.and_then(|p| p.value_owned_following_transaction.as_ref()), number);
    [a, b, c, d]
}

/// DIRECT_INDIRECT_OWNERSHIP and NATURE_OF_OWNERSHIP with their footnotes.
fn ownership(n: Option<&OwnershipNature>) -> [Cell; 4] {
    let [a, b] = with_notes(n.and_then(|n| n.direct_or_indirect_ownership.as_ref()), value_text);
    let [c, d] = with_notes(n.and_then(|n| n.nature_of_ownership.as_ref()), value_text);
    [a, b, c, d]
}

/// UNDLYNG_SEC_TITLE, _SHARES and _VALUE with their footnotes.
fn underlying(u: Option<&UnderlyingSecurity>) -> [Cell; 6] {
    let [a, b] = with_notes(u.and_then(|u| u.underlying_security_title.as_ref()), value_text);
    let [c, d] = with_notes(u.and_then(|u| u.underlying_security_shares.as_ref()), number);
    let [e, f] = with_notes(u.and_then(|u| u.underlying_security_value.as_ref()), number);
    [a, b, c, d, e, f]
}

/// The accession number, or the content key for filings without one.
pub fn accession(filing: &Filing) -> String {
    match filing.accession_number() {
        Some(a) => a.to_string(),
        None => format!("sha256:{}", filing.source.sha256),
    }
}

/// A CIK padded to ten digits, as the SEC files write it.
fn cik(s: Option<&str>) -> Cell {
    match s.map(str::trim) {
        Some(c) if !c.is_empty() && c.len() <= 10 && c.bytes().all(|b| b.is_ascii_digit()) => Cell::Text(format!("{c:0>10}")),
        other => text(other),
    }
}

/// Rows of one filing; `next_key` numbers the `*_SK` keys (per table, across the export).
pub fn rows(filing: &Filing, next_key: &mut [i64; 8]) -> Rows {
    let mut out: Rows = Default::default();
    let acc = Cell::Text(accession(filing));
    let header = filing.header.as_ref();
    let Some(doc) = &filing.ownership else { return out };
    let mut key = |t: usize| {
        next_key[t] += 1;
        Cell::Key(next_key[t])
    };
    out[0].push(vec![
        acc.clone(),
        header.and_then(|h| h.filed_as_of_date).map_or(Cell::Null, Cell::Date),
        plain_date(doc.period_of_report.as_ref()),
        plain_date(doc.date_of_original_submission.as_ref()),
        flag(doc.no_securities_owned.as_ref()),
        flag(doc.not_subject_to_section16.as_ref()),
        flag(doc.form3_holdings_reported.as_ref()),
        flag(doc.form4_transactions_reported.as_ref()),
        text(doc.document_type.as_deref().or_else(|| header.and_then(|h| h.submission_type.as_deref()))),
        cik(doc.issuer.issuer_cik.as_deref()),
        text(doc.issuer.issuer_name.as_deref()),
        text(doc.issuer.issuer_trading_symbol.as_deref()),
        Cell::Null,
        Cell::Null,
        Cell::Null,
        Cell::Null,
        text(doc.remarks.as_deref()),
    ]);
    for o in &doc.reporting_owner {
        let r = &o.reporting_owner_relationship;
        let mut roles = Vec::new();
        for (on, name) in [(r.director(), "DIRECTOR"), (r.officer(), "OFFICER"), (r.ten_percent_owner(), "TENPERCENTOWNER"), (r.other(), "OTHER")] {
            if on {
                roles.push(name);
            }
        }
        let a = o.reporting_owner_address.clone().unwrap_or_default();
        let owner_cik = o.reporting_owner_id.rpt_owner_cik.as_deref();
        let file_number = header.and_then(|h| {
            h.entities_with(EntityRole::ReportingOwner)
                .find(|e| e.cik.as_deref().map(|c| c.trim_start_matches('0')) == owner_cik.map(|c| c.trim_start_matches('0')))
                .and_then(|e| e.filing_values.as_ref())
                .and_then(|v| v.file_number.clone())
        });
        out[1].push(vec![
            acc.clone(),
            cik(owner_cik),
            text(o.reporting_owner_id.rpt_owner_name.as_deref()),
            text(Some(&roles.join(","))),
            text(r.officer_title.as_deref()),
            text(r.other_text.as_deref()),
            text(a.rpt_owner_street1.as_deref()),
            text(a.rpt_owner_street2.as_deref()),
            text(a.rpt_owner_city.as_deref()),
            text(a.rpt_owner_state.as_deref()),
            text(a.rpt_owner_zip_code.as_deref()),
            text(a.rpt_owner_state_description.as_deref()),
            text(file_number.as_deref()),
        ]);
    }
    let (no_tx, no_holdings) = (Vec::new(), Vec::new());
    let table1 = doc.non_derivative_table.as_ref();
    let table2 = doc.derivative_table.as_ref();
    for t in table1.map_or(&no_tx, |t| &t.non_derivative_transaction) {
        let a = t.transaction_amounts.as_ref();
        let mut row = vec![acc.clone(), key(2)];
        row.extend(with_notes(t.security_title.as_ref(), value_text));
        row.extend(with_notes(t.transaction_date.as_ref(), date));
        row.extend(with_notes(t.deemed_execution_date.as_ref(), date));
        row.extend(coding(t.transaction_coding.as_ref()));
        row.extend(with_notes(t.transaction_timeliness.as_ref(), value_text));
        row.extend(with_notes(a.and_then(|a| a.transaction_shares.as_ref()), number));
        row.extend(with_notes(a.and_then(|a| a.transaction_price_per_share.as_ref()), number));
        row.extend(with_notes(a.and_then(|a| a.transaction_acquired_disposed_code.as_ref()), value_text));
        row.extend(owned_after(t.post_transaction_amounts.as_ref()));
        row.extend(ownership(t.ownership_nature.as_ref()));
        out[2].push(row);
    }
    for h in table1.map_or(&no_holdings, |t| &t.non_derivative_holding) {
        let c = h.transaction_coding.as_ref();
        let mut row = vec![acc.clone(), key(3)];
        row.extend(with_notes(h.security_title.as_ref(), value_text));
        row.extend([text(c.and_then(|c| c.transaction_form_type.as_deref())), notes_of(c.map(|c| &c.footnote_id))]);
        row.extend(owned_after(h.post_transaction_amounts.as_ref()));
        row.extend(ownership(h.ownership_nature.as_ref()));
        out[3].push(row);
    }
    for t in table2.map_or(&no_tx, |t| &t.derivative_transaction) {
        let a = t.transaction_amounts.as_ref();
        let mut row = vec![acc.clone(), key(4)];
        row.extend(with_notes(t.security_title.as_ref(), value_text));
        row.extend(with_notes(t.conversion_or_exercise_price.as_ref(), number));
        row.extend(with_notes(t.transaction_date.as_ref(), date));
        row.extend(with_notes(t.deemed_execution_date.as_ref(), date));
        row.extend(coding(t.transaction_coding.as_ref()));
        row.extend(with_notes(t.transaction_timeliness.as_ref(), value_text));
        row.extend(with_notes(a.and_then(|a| a.transaction_shares.as_ref()), number));
        row.extend(with_notes(a.and_then(|a| a.transaction_total_value.as_ref()), number));
        row.extend(with_notes(a.and_then(|a| a.transaction_price_per_share.as_ref()), number));
        row.extend(with_notes(a.and_then(|a| a.transaction_acquired_disposed_code.as_ref()), value_text));
        row.extend(with_notes(t.exercise_date.as_ref(), date));
        row.extend(with_notes(t.expiration_date.as_ref(), date));
        row.extend(underlying(t.underlying_security.as_ref()));
        row.extend(owned_after(t.post_transaction_amounts.as_ref()));
        row.extend(ownership(t.ownership_nature.as_ref()));
        out[4].push(row);
    }
    for h in table2.map_or(&no_holdings, |t| &t.derivative_holding) {
        let c = h.transaction_coding.as_ref();
        let mut row = vec![acc.clone(), key(5)];
        row.extend(with_notes(h.security_title.as_ref(), value_text));
        row.extend(with_notes(h.conversion_or_exercise_price.as_ref(), number));
        row.extend([text(c.and_then(|c| c.transaction_form_type.as_deref())), notes_of(c.map(|c| &c.footnote_id))]);
        row.extend(with_notes(h.exercise_date.as_ref(), date));
        row.extend(with_notes(h.expiration_date.as_ref(), date));
        row.extend(underlying(h.underlying_security.as_ref()));
        row.extend(owned_after(h.post_transaction_amounts.as_ref()));
        row.extend(ownership(h.ownership_nature.as_ref()));
        out[5].push(row);
    }
    for f in &doc.footnotes {
        out[6].push(vec![acc.clone(), text(Some(&f.id)), text(Some(&f.text))]);
    }
    for s in &doc.owner_signature {
        out[7].push(vec![acc.clone(), text(s.signature_name.as_deref()), plain_date(s.signature_date.as_ref())]);
    }
    out
}
