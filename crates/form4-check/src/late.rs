//! Was the filing on time? Deadlines per filing and per transaction.

use chrono::{NaiveDate, NaiveDateTime};
use form4_calendar::{days_late, deadline, fiscal_year_end_on_or_before, Form};
use form4_model::{EntityRole, Filing, FormType};
use serde::Serialize;

/// The deadline of one transaction on a Form 4.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TransactionDeadline {
    /// Model path of the row, e.g. `nonDerivativeTable.nonDerivativeTransaction[1]`.
    pub path: String,
    /// The date the deadline runs from: the deemed execution date if given, else the transaction date.
    pub from: NaiveDate,
    /// Last day to file.
    pub deadline: NaiveDate,
    /// Business days late, when the filing date is known; `None` for rows exempt from the two-day rule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_late: Option<i64>,
    /// Why the row has no two-day deadline (e.g. reported early from Form 5).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exempt: Option<String>,
}

/// Timeliness of a filing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Lateness {
    /// `3`, `4` or `5`.
    pub form: String,
    /// What the deadline runs from, in words: `transaction 2023-05-30`, `event 2023-01-02`, `fiscal year end 2022-12-31`.
    pub basis: String,
    /// Last day to file (the earliest of the transactions' deadlines on a Form 4).
    pub deadline: NaiveDate,
    /// EDGAR acceptance time (Eastern), when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted: Option<NaiveDateTime>,
    /// The business day the filing counts as filed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filed: Option<NaiveDate>,
    /// Business days late (0 on time), when the filing date is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_late: Option<i64>,
    /// Per-transaction deadlines (Form 4).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub transactions: Vec<TransactionDeadline>,
}

/// Works out the deadline of an original Form 3, 4 or 5 and how late it was filed.
/// `None` for amendments (they have no deadline of their own) and for filings without
/// the dates needed.
pub fn lateness(filing: &Filing) -> Option<Lateness> {
    let doc = filing.ownership.as_ref()?;
    let form_type = doc.form_type().or_else(|| filing.header.as_ref()?.submission_type.as_deref().and_then(FormType::parse))?;
    if form_type.is_amendment() {
        return None;
    }
    let filed = crate::filed_date(filing);
    let accepted = filing.header.as_ref().and_then(|h| h.acceptance_datetime);
    let late = |deadline: NaiveDate| filed.map(|f| days_late(deadline, f));
    let period = doc.period_of_report.as_ref().and_then(|p| p.ok()).map(|d| d.date);
    let (basis, deadline_day, transactions) = match form_type.base() {
        3 => {
            let event = period?;
            (format!("event {event}"), deadline(Form::Form3, event), Vec::new())
        }
        5 => {
            let fye_mmdd = filing.header.as_ref().and_then(|h| h.entities_with(EntityRole::Issuer).chain(h.entities_with(EntityRole::SubjectCompany)).find_map(|e| e.fiscal_year_end.clone()));
            let period = period?;
            let fye = fye_mmdd.and_then(|m| fiscal_year_end_on_or_before(&m, period)).unwrap_or(period);
            (format!("fiscal year end {fye}"), deadline(Form::Form5, fye), Vec::new())
        }
        _ => {
            let mut rows = Vec::new();
            for (i, tx) in doc.non_derivative_table.iter().flat_map(|t| t.non_derivative_transaction.iter()).enumerate() {
                rows.push((format!("nonDerivativeTable.nonDerivativeTransaction[{}]", i + 1), tx));
            }
            for (i, tx) in doc.derivative_table.iter().flat_map(|t| t.derivative_transaction.iter()).enumerate() {
                rows.push((format!("derivativeTable.derivativeTransaction[{}]", i + 1), tx));
            }
            let mut out = Vec::new();
            for (path, tx) in rows {
                let date = tx.transaction_date.as_ref().and_then(|d| d.get()).map(|d| d.date);
                let deemed = tx.deemed_execution_date.as_ref().and_then(|d| d.get()).map(|d| d.date);
                let Some(from) = deemed.or(date) else { continue };
                let exempt = (tx.transaction_coding.as_ref().and_then(|c| c.transaction_form_type.as_deref()) == Some("5")).then(|| "reported early from Form 5 (transactionFormType 5)".to_string());
                let d = deadline(Form::Form4, from);
                out.push(TransactionDeadline { path, from, deadline: d, days_late: if exempt.is_some() { None } else { late(d) }, exempt });
            }
            let first = out.iter().filter(|t| t.exempt.is_none()).min_by_key(|t| t.deadline)?;
            (format!("transaction {}", first.from), first.deadline, out)
        }
    };
    Some(Lateness { form: form_type.base().to_string(), basis, deadline: deadline_day, accepted, filed, days_late: late(deadline_day), transactions })
}
