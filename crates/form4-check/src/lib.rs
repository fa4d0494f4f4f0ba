//! Checks a [`Filing`] against the rule catalogue ([`rules`]) and works out whether it
//! was filed on time ([`lateness`]).
//!
//! Findings are [`Diagnostic`]s whose `code` is the rule id and whose location path
//! names the model field, dotted with 1-based row numbers, e.g.
//! `nonDerivativeTable.nonDerivativeTransaction[2].postTransactionAmounts.sharesOwnedFollowingTransaction`.

pub mod late;
pub mod rules;

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use form4_model::*;

pub use late::{lateness, Lateness, TransactionDeadline};
use rules::Rule;

const TRANSACTION_CODES: &[&str] = &["P", "S", "V", "A", "D", "F", "I", "M", "C", "E", "H", "O", "X", "G", "L", "W", "Z", "J", "K", "U"];

struct Findings(Vec<Diagnostic>);

impl Findings {
    fn add(&mut self, rule: &Rule, path: impl Into<String>, message: impl Into<String>) {
        let location = Location { path: Some(path.into()), ..Location::default() };
        self.0.push(Diagnostic::new(rule.severity, rule.id, message, location));
    }
}

/// A row of Table I or II with its path.
struct Row<'a> {
    path: String,
    derivative: bool,
    tx: Option<&'a Transaction>,
    holding: Option<&'a Holding>,
}

impl Row<'_> {
    fn security_title(&self) -> Option<&Text> {
        self.tx.map_or_else(|| self.holding.and_then(|h| h.security_title.as_ref()), |t| t.security_title.as_ref())
    }
    fn post(&self) -> Option<&PostTransactionAmounts> {
        self.tx.map_or_else(|| self.holding.and_then(|h| h.post_transaction_amounts.as_ref()), |t| t.post_transaction_amounts.as_ref())
    }
    fn nature(&self) -> Option<&OwnershipNature> {
        self.tx.map_or_else(|| self.holding.and_then(|h| h.ownership_nature.as_ref()), |t| t.ownership_nature.as_ref())
    }
    fn conversion_price(&self) -> Option<&Amount> {
        self.tx.map_or_else(|| self.holding.and_then(|h| h.conversion_or_exercise_price.as_ref()), |t| t.conversion_or_exercise_price.as_ref())
    }
    fn exercise_date(&self) -> Option<&Date> {
        self.tx.map_or_else(|| self.holding.and_then(|h| h.exercise_date.as_ref()), |t| t.exercise_date.as_ref())
    }
    fn expiration_date(&self) -> Option<&Date> {
        self.tx.map_or_else(|| self.holding.and_then(|h| h.expiration_date.as_ref()), |t| t.expiration_date.as_ref())
    }
    fn underlying(&self) -> Option<&UnderlyingSecurity> {
        self.tx.map_or_else(|| self.holding.and_then(|h| h.underlying_security.as_ref()), |t| t.underlying_security.as_ref())
    }
}

fn rows(doc: &OwnershipDocument) -> Vec<Row<'_>> {
    let mut out = Vec::new();
    if let Some(t) = &doc.non_derivative_table {
        for (i, tx) in t.non_derivative_transaction.iter().enumerate() {
            out.push(Row { path: format!("nonDerivativeTable.nonDerivativeTransaction[{}]", i + 1), derivative: false, tx: Some(tx), holding: None });
        }
        for (i, h) in t.non_derivative_holding.iter().enumerate() {
            out.push(Row { path: format!("nonDerivativeTable.nonDerivativeHolding[{}]", i + 1), derivative: false, tx: None, holding: Some(h) });
        }
    }
    if let Some(t) = &doc.derivative_table {
        for (i, tx) in t.derivative_transaction.iter().enumerate() {
            out.push(Row { path: format!("derivativeTable.derivativeTransaction[{}]", i + 1), derivative: true, tx: Some(tx), holding: None });
        }
        for (i, h) in t.derivative_holding.iter().enumerate() {
            out.push(Row { path: format!("derivativeTable.derivativeHolding[{}]", i + 1), derivative: true, tx: None, holding: Some(h) });
        }
    }
    out
}

fn has<T>(v: Option<&Footnoted<T>>) -> bool {
    v.is_some_and(|f| f.value.is_some())
}

fn has_or_footnote<T>(v: Option<&Footnoted<T>>) -> bool {
    v.is_some_and(|f| f.value.is_some() || !f.footnote_id.is_empty())
}

fn text(v: Option<&Text>) -> Option<&str> {
    v.and_then(|f| f.get()).map(String::as_str)
}

fn date_of(v: Option<&Date>) -> Option<NaiveDate> {
    v.and_then(|f| f.get()).map(|d| d.date)
}

fn amount(v: Option<&Amount>) -> Option<Decimal> {
    v.and_then(|f| f.get()).copied()
}

/// The date a filing counts as filed: from the acceptance time when the header has
/// one, else the header's filing date.
pub fn filed_date(filing: &Filing) -> Option<NaiveDate> {
    let header = filing.header.as_ref()?;
    header.acceptance_datetime.map(form4_calendar::filed_on).or(header.filed_as_of_date)
}

/// Checks a filing. `today` bounds dates when the filing has no filing date.
pub fn check(filing: &Filing, today: NaiveDate) -> Vec<Diagnostic> {
    let mut f = Findings(Vec::new());
    let Some(doc) = &filing.ownership else {
        return f.0;
    };
    let form = doc.form_type().or_else(|| filing.header.as_ref().and_then(|h| h.submission_type.as_deref()).and_then(FormType::parse));
    let rows = rows(doc);
    // One JSON tree serves the generic walks (raw values, negative amounts, footnote references).
    let json = serde_json::to_value(doc).unwrap_or_default();
    required(doc, form, &rows, &mut f);
    values(doc, &rows, &json, &mut f);
    codes(form, &rows, &mut f);
    roll_forward(&rows, &mut f);
    twins(&rows, &mut f);
    dates(filing, doc, form, &rows, today, &mut f);
    footnotes(doc, &json, &mut f);
    relationship(doc, &mut f);
    f.0
}

fn required(doc: &OwnershipDocument, form: Option<FormType>, rows: &[Row], f: &mut Findings) {
    use rules::REQUIRED_ELEMENT as R;
    let old = doc.schema_version.as_deref() == Some("X0101");
    if doc.document_type.is_none() && !old {
        f.add(&R, "documentType", "documentType is missing");
    }
    if doc.period_of_report.is_none() {
        f.add(&R, "periodOfReport", "periodOfReport is missing");
    }
    if doc.issuer.issuer_cik.is_none() {
        f.add(&R, "issuer.issuerCik", "the issuer's CIK is missing");
    }
    if doc.issuer.issuer_trading_symbol.is_none() {
        f.add(&R, "issuer.issuerTradingSymbol", "the issuer's trading symbol is missing (write NONE if there is none)");
    }
    if doc.reporting_owner.is_empty() {
        f.add(&R, "reportingOwner", "there is no reporting owner");
    }
    for (i, o) in doc.reporting_owner.iter().enumerate() {
        if o.reporting_owner_id.rpt_owner_cik.is_none() {
            f.add(&R, format!("reportingOwner[{}].reportingOwnerId.rptOwnerCik", i + 1), "the reporting owner's CIK is missing");
        }
    }
    if doc.owner_signature.is_empty() {
        f.add(&R, "ownerSignature", "the form is not signed");
    }
    for (i, s) in doc.owner_signature.iter().enumerate() {
        if s.signature_name.is_none() {
            f.add(&R, format!("ownerSignature[{}].signatureName", i + 1), "the signature has no name");
        }
        if s.signature_date.is_none() {
            f.add(&R, format!("ownerSignature[{}].signatureDate", i + 1), "the signature has no date");
        }
    }
    let form3 = form.is_some_and(|t| t.base() == 3);
    for row in rows {
        let p = &row.path;
        if !has(row.security_title()) {
            f.add(&R, format!("{p}.securityTitle"), "the security title is missing");
        }
        let nature = row.nature();
        if !nature.is_some_and(|n| has(n.direct_or_indirect_ownership.as_ref())) {
            f.add(&R, format!("{p}.ownershipNature.directOrIndirectOwnership"), "the ownership form (D or I) is missing");
        }
        // A Form 3 derivative holding has no amount owned (the underlying shares say it).
        let post_required = !(form3 && row.derivative);
        if post_required && !row.post().is_some_and(|p| has(p.shares_owned_following_transaction.as_ref()) || has(p.value_owned_following_transaction.as_ref())) {
            f.add(&R, format!("{p}.postTransactionAmounts"), "the amount owned following the transaction is missing");
        }
        if row.derivative {
            if !has_or_footnote(row.conversion_price()) {
                f.add(&R, format!("{p}.conversionOrExercisePrice"), "the conversion or exercise price is missing (give a value or a footnote)");
            }
            if !has_or_footnote(row.exercise_date()) {
                f.add(&R, format!("{p}.exerciseDate"), "the date exercisable is missing (give a date or a footnote)");
            }
            if !has_or_footnote(row.expiration_date()) {
                f.add(&R, format!("{p}.expirationDate"), "the expiration date is missing (give a date or a footnote)");
            }
            if !row.underlying().is_some_and(|u| has(u.underlying_security_title.as_ref())) {
                f.add(&R, format!("{p}.underlyingSecurity.underlyingSecurityTitle"), "the title of the underlying security is missing");
            }
        }
        let Some(tx) = row.tx else { continue };
        if !has(tx.transaction_date.as_ref()) {
            f.add(&R, format!("{p}.transactionDate"), "the transaction date is missing");
        }
        if tx.transaction_coding.as_ref().is_none_or(|c| c.transaction_code.is_none()) {
            f.add(&R, format!("{p}.transactionCoding.transactionCode"), "the transaction code is missing");
        }
        let amounts = tx.transaction_amounts.as_ref();
        let amount_ok = amounts.is_some_and(|a| has(a.transaction_shares.as_ref()) || (row.derivative && has(a.transaction_total_value.as_ref())));
        if !amount_ok {
            f.add(&R, format!("{p}.transactionAmounts.transactionShares"), "the number of securities is missing");
        }
        if !amounts.is_some_and(|a| has_or_footnote(a.transaction_price_per_share.as_ref())) {
            f.add(&R, format!("{p}.transactionAmounts.transactionPricePerShare"), "the price is missing (give a value or a footnote)");
        }
        if !amounts.is_some_and(|a| has(a.transaction_acquired_disposed_code.as_ref())) {
            f.add(&R, format!("{p}.transactionAmounts.transactionAcquiredDisposedCode"), "the acquired (A) or disposed (D) code is missing");
        }
    }
    let needs_10b5 = form.is_some_and(|t| t.base() != 3) && doc.schema_version.as_deref().is_some_and(|v| v >= "X0508" && v.starts_with('X'));
    if needs_10b5 && doc.aff10b5_one.is_none() {
        f.add(&rules::AFF10B5ONE_MISSING, "aff10b5One", format!("schema {} requires aff10b5One on a Form {}", doc.schema_version.as_deref().unwrap_or(""), form.map_or("?", |t| t.as_str())));
    }
}

/// Coded values and values that did not parse.
fn values(doc: &OwnershipDocument, rows: &[Row], json: &serde_json::Value, f: &mut Findings) {
    use rules::INVALID_VALUE as R;
    if let Some(t) = &doc.document_type {
        if FormType::parse(t).is_none() {
            f.add(&R, "documentType", format!("documentType {t:?} is not 3, 3/A, 4, 4/A, 5 or 5/A"));
        }
    }
    for row in rows {
        let p = &row.path;
        if let Some(code) = row.nature().and_then(|n| text(n.direct_or_indirect_ownership.as_ref())) {
            if code != "D" && code != "I" {
                f.add(&R, format!("{p}.ownershipNature.directOrIndirectOwnership"), format!("ownership form {code:?} is not D or I"));
            }
        }
        if row.nature().is_some_and(|n| text(n.direct_or_indirect_ownership.as_ref()) == Some("I") && !has(n.nature_of_ownership.as_ref())) {
            f.add(&rules::INDIRECT_WITHOUT_NATURE, format!("{p}.ownershipNature.natureOfOwnership"), "indirect ownership without its nature (e.g. \"By trust\")");
        }
        let Some(tx) = row.tx else { continue };
        if let Some(c) = &tx.transaction_coding {
            if let Some(code) = &c.transaction_code {
                if !TRANSACTION_CODES.contains(&code.as_str()) {
                    f.add(&R, format!("{p}.transactionCoding.transactionCode"), format!("transaction code {code:?} is not one of {}", TRANSACTION_CODES.join(" ")));
                }
            }
            if let Some(t) = &c.transaction_form_type {
                if !matches!(t.as_str(), "3" | "4" | "5") {
                    f.add(&R, format!("{p}.transactionCoding.transactionFormType"), format!("transactionFormType {t:?} is not 4 or 5"));
                }
            }
        }
        if let Some(code) = tx.transaction_amounts.as_ref().and_then(|a| text(a.transaction_acquired_disposed_code.as_ref())) {
            if code != "A" && code != "D" {
                f.add(&R, format!("{p}.transactionAmounts.transactionAcquiredDisposedCode"), format!("acquired/disposed code {code:?} is not A or D"));
            }
        }
        if let Some(t) = text(tx.transaction_timeliness.as_ref()) {
            if t != "E" && t != "L" {
                f.add(&R, format!("{p}.transactionTimeliness"), format!("timeliness {t:?} is not E or L"));
            }
        }
    }
    // Raw (unparsed) values and negative amounts, found generically in the JSON form.
    walk_values(json, &mut String::new(), f);
}

/// JSON keys holding decimal amounts (shares, prices, values).
const AMOUNT_KEYS: &[&str] = &[
    "transactionShares",
    "transactionTotalValue",
    "transactionPricePerShare",
    "sharesOwnedFollowingTransaction",
    "valueOwnedFollowingTransaction",
    "conversionOrExercisePrice",
    "underlyingSecurityShares",
    "underlyingSecurityValue",
];

fn walk_values(v: &serde_json::Value, path: &mut String, f: &mut Findings) {
    match v {
        serde_json::Value::Object(map) => {
            if let Some(raw) = map.get("raw").and_then(|r| r.as_str()).filter(|_| map.len() == 1) {
                f.add(&rules::INVALID_VALUE, path.clone(), format!("{raw:?} could not be read as a value of this field"));
                return;
            }
            for (k, child) in map {
                if k == "unknownElements" || k == "footnotes" {
                    continue;
                }
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
                if AMOUNT_KEYS.contains(&k.as_str()) {
                    if let Some(s) = child.get("value").and_then(|x| x.as_str()) {
                        if s.starts_with('-') && s.parse::<Decimal>().is_ok_and(|d| d.is_sign_negative() && !d.is_zero()) {
                            f.add(&rules::NEGATIVE_VALUE, format!("{path}.value"), format!("{k} is negative ({s})"));
                        }
                    }
                }
                walk_values(child, path, f);
                path.truncate(len);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{}]", i + 1));
                walk_values(child, path, f);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

/// The direction a code implies, per table (`None`: either).
fn implied_direction(code: &str, derivative: bool) -> Option<&'static str> {
    match (code, derivative) {
        ("P" | "A" | "L", _) => Some("A"),
        ("S" | "F" | "D" | "U" | "H", _) => Some("D"),
        // Converting one class of stock into another (C in Table I) disposes of one and acquires the other.
        ("M" | "X", false) => Some("A"),
        ("M" | "X" | "C" | "O", true) => Some("D"),
        _ => None,
    }
}

fn codes(form: Option<FormType>, rows: &[Row], f: &mut Findings) {
    for row in rows {
        let Some(tx) = row.tx else { continue };
        let p = &row.path;
        if form.is_some_and(|t| t.base() == 3) {
            f.add(&rules::CODE_VS_FORM_TYPE, p.clone(), "a Form 3 reports holdings, not transactions");
            continue;
        }
        let coding = tx.transaction_coding.as_ref();
        let code = coding.and_then(|c| c.transaction_code.as_deref());
        let ad = tx.transaction_amounts.as_ref().and_then(|a| text(a.transaction_acquired_disposed_code.as_ref()));
        if let (Some(code), Some(ad)) = (code, ad) {
            if let Some(expected) = implied_direction(code, row.derivative) {
                if expected != ad {
                    let table = if row.derivative { "Table II" } else { "Table I" };
                    f.add(
                        &rules::CODE_VS_ACQUIRED_DISPOSED,
                        format!("{p}.transactionAmounts.transactionAcquiredDisposedCode"),
                        format!("code {code} in {table} {} securities, but the row says {ad}", if expected == "A" { "acquires" } else { "disposes of" }),
                    );
                }
            }
        }
        if let (Some(form), Some(t)) = (form, coding.and_then(|c| c.transaction_form_type.as_deref())) {
            let ok = match form.base() {
                4 => t == "4" || t == "5",
                5 => t == "4" || t == "5",
                _ => true,
            };
            if !ok {
                f.add(&rules::CODE_VS_FORM_TYPE, format!("{p}.transactionCoding.transactionFormType"), format!("transactionFormType {t} on a Form {}", form.as_str()));
            }
        }
    }
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn roll_forward(rows: &[Row], f: &mut Findings) {
    // Key: security title, ownership form, nature of indirect ownership.
    let mut last: HashMap<(String, String, String, String), Decimal> = HashMap::new();
    for row in rows.iter().filter(|r| !r.derivative) {
        let Some(tx) = row.tx else { continue };
        let key = (
            norm(text(row.security_title()).unwrap_or("")),
            row.nature().and_then(|n| text(n.direct_or_indirect_ownership.as_ref())).unwrap_or("").to_string(),
            norm(row.nature().and_then(|n| text(n.nature_of_ownership.as_ref())).unwrap_or("")),
            // "See footnotes" with different footnotes names different holders.
            row.nature().and_then(|n| n.nature_of_ownership.as_ref()).map(|n| n.footnote_id.join(",")).unwrap_or_default(),
        );
        let after = row.post().and_then(|p| amount(p.shares_owned_following_transaction.as_ref()));
        let amounts = tx.transaction_amounts.as_ref();
        let shares = amounts.and_then(|a| amount(a.transaction_shares.as_ref()));
        let ad = amounts.and_then(|a| text(a.transaction_acquired_disposed_code.as_ref()));
        if let (Some(prev), Some(after), Some(shares), Some(ad)) = (last.get(&key), after, shares, ad) {
            // Checked: amounts near the decimal type's limit are not worth a panic.
            let expected = if ad == "A" { prev.checked_add(shares) } else { prev.checked_sub(shares) };
            if let Some(expected) = expected.filter(|e| *e != after) {
                f.add(
                    &rules::HOLDING_ROLL_FORWARD,
                    format!("{}.postTransactionAmounts.sharesOwnedFollowingTransaction", row.path),
                    format!("{after} owned after, but the previous row's {prev} {} {shares} is {expected}", if ad == "A" { "+" } else { "−" }),
                );
            }
        }
        match after {
            Some(a) => {
                last.insert(key, a);
            }
            None => {
                last.remove(&key);
            }
        }
    }
}

fn twins(rows: &[Row], f: &mut Findings) {
    let table1: Vec<&Row> = rows.iter().filter(|r| !r.derivative && r.tx.is_some()).collect();
    for row in rows.iter().filter(|r| r.derivative) {
        let Some(tx) = row.tx else { continue };
        let Some(code) = tx.transaction_coding.as_ref().and_then(|c| c.transaction_code.as_deref()) else { continue };
        if !matches!(code, "M" | "X" | "C") {
            continue;
        }
        let day = date_of(tx.transaction_date.as_ref());
        let underlying = row.underlying().and_then(|u| amount(u.underlying_security_shares.as_ref()));
        let same_day: Vec<&&Row> = table1
            .iter()
            .filter(|r| {
                let t = r.tx.unwrap();
                t.transaction_coding.as_ref().and_then(|c| c.transaction_code.as_deref()) == Some(code) && date_of(t.transaction_date.as_ref()) == day
            })
            .collect();
        if same_day.is_empty() {
            f.add(&rules::DERIVATIVE_TWIN, format!("{}.transactionCoding.transactionCode", row.path), format!("code {code} in Table II with no Table I row of code {code} on the same date"));
            continue;
        }
        let shares_of = |r: &Row| r.tx.and_then(|t| t.transaction_amounts.as_ref()).and_then(|a| amount(a.transaction_shares.as_ref()));
        let twin = match underlying {
            Some(u) => same_day.iter().find(|r| shares_of(r) == Some(u)),
            None => same_day.first(),
        };
        let Some(twin) = twin else {
            let found: Vec<String> = same_day.iter().filter_map(|r| shares_of(r)).map(|d| d.to_string()).collect();
            f.add(
                &rules::DERIVATIVE_TWIN,
                format!("{}.underlyingSecurity.underlyingSecurityShares", row.path),
                format!("{} underlying shares, but the Table I {code} rows of that date are for {}", underlying.unwrap(), found.join(", ")),
            );
            continue;
        };
        if code != "C" {
            let exercise = amount(row.conversion_price());
            let price = twin.tx.and_then(|t| t.transaction_amounts.as_ref()).and_then(|a| amount(a.transaction_price_per_share.as_ref()));
            if let (Some(e), Some(p)) = (exercise, price) {
                if e != p {
                    f.add(&rules::DERIVATIVE_TWIN, format!("{}.conversionOrExercisePrice", row.path), format!("exercise price {e}, but the Table I row {} has price {p}", twin.path));
                }
            }
        }
    }
}

fn dates(filing: &Filing, doc: &OwnershipDocument, form: Option<FormType>, rows: &[Row], today: NaiveDate, f: &mut Findings) {
    use rules::DATE_ORDER as R;
    let filed = filed_date(filing);
    let limit = filed.unwrap_or(today);
    let limit_name = if filed.is_some() { "the filing date" } else { "today" };
    let signed = doc.owner_signature.iter().filter_map(|s| s.signature_date.as_ref().and_then(|d| d.ok())).map(|d| d.date).max();
    if let (Some(s), Some(filed)) = (signed, filed) {
        if s > filed {
            f.add(&R, "ownerSignature.signatureDate", format!("signed {s}, after the filing date {filed}"));
        }
    }
    if let Some(p) = doc.period_of_report.as_ref().and_then(|d| d.ok()) {
        if p.date > limit {
            f.add(&R, "periodOfReport", format!("period of report {} is after {limit_name} {limit}", p.date));
        }
    }
    let mut earliest: Option<NaiveDate> = None;
    for row in rows {
        let p = &row.path;
        if let (Some(ex), Some(exp)) = (date_of(row.exercise_date()), date_of(row.expiration_date())) {
            if ex > exp {
                f.add(&R, format!("{p}.exerciseDate"), format!("exercisable {ex}, after the expiration date {exp}"));
            }
        }
        let Some(tx) = row.tx else { continue };
        let Some(day) = date_of(tx.transaction_date.as_ref()) else { continue };
        let form4_row = tx.transaction_coding.as_ref().and_then(|c| c.transaction_form_type.as_deref()) != Some("5");
        if form4_row {
            earliest = Some(earliest.map_or(day, |e: NaiveDate| e.min(day)));
        }
        if day > limit {
            f.add(&R, format!("{p}.transactionDate"), format!("transaction date {day} is after {limit_name} {limit}"));
        } else if signed.is_some_and(|s| day > s) {
            f.add(&R, format!("{p}.transactionDate"), format!("transaction date {day} is after the signature date {}", signed.unwrap()));
        }
        if let Some(deemed) = date_of(tx.deemed_execution_date.as_ref()) {
            if deemed < day {
                f.add(&R, format!("{p}.deemedExecutionDate"), format!("deemed execution date {deemed} is before the transaction date {day}"));
            }
        }
    }
    if form.is_some_and(|t| t.base() == 4) {
        if let (Some(p), Some(e)) = (doc.period_of_report.as_ref().and_then(|d| d.ok()), earliest) {
            if p.date != e {
                f.add(&rules::PERIOD_OF_REPORT, "periodOfReport", format!("period of report {} but the earliest transaction is on {e}", p.date));
            }
        }
    }
    match (form, &doc.date_of_original_submission) {
        (Some(t), None) if t.is_amendment() => f.add(&rules::AMENDMENT_ORIGINAL_DATE, "dateOfOriginalSubmission", format!("a Form {} must give the date of the original filing", t.as_str())),
        (Some(t), Some(_)) if !t.is_amendment() => {
            f.add(&rules::AMENDMENT_ORIGINAL_DATE, "dateOfOriginalSubmission", format!("a Form {} is not an amendment but gives an original filing date", t.as_str()))
        }
        _ => {}
    }
}

fn footnotes(doc: &OwnershipDocument, json: &serde_json::Value, f: &mut Findings) {
    let mut defined = BTreeSet::new();
    for (i, note) in doc.footnotes.iter().enumerate() {
        if !defined.insert(note.id.as_str()) {
            f.add(&rules::FOOTNOTE_DUPLICATE, format!("footnotes[{}]", i + 1), format!("footnote id {} is used twice", note.id));
        }
    }
    let mut referenced: Vec<(String, String)> = Vec::new();
    collect_refs(json, &mut String::new(), &mut referenced);
    let mut used = BTreeSet::new();
    for (path, id) in &referenced {
        used.insert(id.as_str());
        if !defined.contains(id.as_str()) {
            f.add(&rules::FOOTNOTE_MISSING, path.clone(), format!("footnote {id} is referenced but not defined"));
        }
    }
    for (i, note) in doc.footnotes.iter().enumerate() {
        if !used.contains(note.id.as_str()) {
            f.add(&rules::FOOTNOTE_UNUSED, format!("footnotes[{}]", i + 1), format!("footnote {} is never referenced", note.id));
        }
    }
}

fn collect_refs(v: &serde_json::Value, path: &mut String, out: &mut Vec<(String, String)>) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, child) in map {
                if k == "footnotes" || k == "unknownElements" {
                    continue;
                }
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
                if k == "footnoteId" {
                    for id in child.as_array().into_iter().flatten().filter_map(|x| x.as_str()) {
                        out.push((path.clone(), id.to_string()));
                    }
                } else {
                    collect_refs(child, path, out);
                }
                path.truncate(len);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{}]", i + 1));
                collect_refs(child, path, out);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

fn relationship(doc: &OwnershipDocument, f: &mut Findings) {
    for (i, o) in doc.reporting_owner.iter().enumerate() {
        let r = &o.reporting_owner_relationship;
        let p = format!("reportingOwner[{}].reportingOwnerRelationship", i + 1);
        if !(r.director() || r.officer() || r.ten_percent_owner() || r.other()) {
            f.add(&rules::RELATIONSHIP, p.clone(), "none of director, officer, 10% owner or other is checked");
        }
        if r.officer() && r.officer_title.is_none() {
            f.add(&rules::OFFICER_TITLE, format!("{p}.officerTitle"), "officer without a title");
        }
        if r.other() && r.other_text.is_none() {
            f.add(&rules::OFFICER_TITLE, format!("{p}.otherText"), "\"other\" relationship without a description");
        }
    }
}
