//! Scoring the OCR reader against ground truth (`truth.json`, the layout of
//! `ocr-dev`): field by field, exact after whitespace is collapsed, with
//! confident-but-wrong counted apart from values the reader flagged as uncertain.

use std::collections::BTreeMap;

use form4_model::{Footnoted, Holding, OwnershipDocument, Parsed, ReadingReport, Transaction};
use rust_decimal::Decimal;
use serde_json::Value as Json;

/// How one field came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// Equal to the truth.
    Exact,
    /// Different, and the reader flagged it uncertain: the right answer for a value it could not read.
    FlaggedWrong,
    /// Different, and the reader did not flag it.
    ConfidentWrong,
    /// The truth has a row, owner, footnote or signature the reader did not find at all.
    Missed,
}

/// One scored field.
#[derive(Debug, Clone)]
pub struct FieldScore {
    /// Key in the truth file's terms, e.g. `nonDerivative[0].shares`.
    pub key: String,
    /// The true value.
    pub truth: String,
    /// What the reader gave.
    pub got: String,
    /// The outcome.
    pub outcome: Outcome,
    /// The reader's confidence in the value, when it reported one.
    pub confidence: Option<u8>,
}

/// Tallies of outcomes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Fields scored.
    pub fields: usize,
    /// Exact.
    pub exact: usize,
    /// Wrong but flagged.
    pub flagged_wrong: usize,
    /// Wrong and not flagged.
    pub confident_wrong: usize,
    /// In rows or owners not found.
    pub missed: usize,
}

impl Tally {
    /// Adds one outcome.
    pub fn add(&mut self, o: Outcome) {
        self.fields += 1;
        match o {
            Outcome::Exact => self.exact += 1,
            Outcome::FlaggedWrong => self.flagged_wrong += 1,
            Outcome::ConfidentWrong => self.confident_wrong += 1,
            Outcome::Missed => self.missed += 1,
        }
    }

    /// Adds another tally.
    pub fn merge(&mut self, o: &Tally) {
        self.fields += o.fields;
        self.exact += o.exact;
        self.flagged_wrong += o.flagged_wrong;
        self.confident_wrong += o.confident_wrong;
        self.missed += o.missed;
    }

    /// Share of fields exact, in percent.
    pub fn exact_pct(&self) -> f64 {
        pct(self.exact, self.fields)
    }

    /// Share of fields confidently wrong, in percent.
    pub fn confident_wrong_pct(&self) -> f64 {
        pct(self.confident_wrong, self.fields)
    }
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 * 100.0 / b as f64
    }
}

fn norm(s: &str) -> String {
    crate::text::collapse_spaces(s)
}

fn same(truth: &str, got: &str) -> bool {
    if norm(truth) == norm(got) {
        return true;
    }
    match (truth.parse::<Decimal>(), got.parse::<Decimal>()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

fn text<T: ToString>(f: Option<&Footnoted<T>>) -> String {
    match f.and_then(|f| f.value.as_ref()) {
        Some(Parsed::Ok(v)) => v.to_string(),
        Some(Parsed::Raw { raw }) => raw.clone(),
        None => String::new(),
    }
}

fn notes<T>(f: Option<&Footnoted<T>>) -> String {
    f.map(|f| f.footnote_id.join(",")).unwrap_or_default()
}

fn truth_str(v: &Json) -> String {
    match v {
        Json::String(s) => s.clone(),
        Json::Bool(b) => if *b { "1" } else { "0" }.to_string(),
        Json::Null => String::new(),
        Json::Array(a) => a.iter().map(truth_str).collect::<Vec<_>>().join(","),
        other => other.to_string(),
    }
}

/// A row of ours in truth terms: key → (value, report path).
fn row_fields(t: Option<&Transaction>, h: Option<&Holding>, base: &str, derivative: bool) -> BTreeMap<String, (String, String)> {
    let mut m = BTreeMap::new();
    let mut put = |k: &str, v: String, path: &str| {
        m.insert(k.to_string(), (v, format!("{base}.{path}")));
    };
    let (title, conv, ex, exp, und, post, nature) = match (t, h) {
        (Some(t), _) => (&t.security_title, &t.conversion_or_exercise_price, &t.exercise_date, &t.expiration_date, &t.underlying_security, &t.post_transaction_amounts, &t.ownership_nature),
        (_, Some(h)) => (&h.security_title, &h.conversion_or_exercise_price, &h.exercise_date, &h.expiration_date, &h.underlying_security, &h.post_transaction_amounts, &h.ownership_nature),
        _ => return m,
    };
    put("securityTitle", text(title.as_ref()), "securityTitle");
    put("securityTitle_fn", notes(title.as_ref()), "securityTitle");
    let owned = post.as_ref().and_then(|p| p.shares_owned_following_transaction.as_ref());
    put("sharesOwnedFollowing", text(owned), "postTransactionAmounts.sharesOwnedFollowingTransaction");
    put("sharesOwnedFollowing_fn", notes(owned), "postTransactionAmounts.sharesOwnedFollowingTransaction");
    let di = nature.as_ref().and_then(|n| n.direct_or_indirect_ownership.as_ref());
    let na = nature.as_ref().and_then(|n| n.nature_of_ownership.as_ref());
    put("directOrIndirect", text(di), "ownershipNature.directOrIndirectOwnership");
    put("directOrIndirect_fn", notes(di), "ownershipNature.directOrIndirectOwnership");
    put("natureOfOwnership", text(na), "ownershipNature.natureOfOwnership");
    put("natureOfOwnership_fn", notes(na), "ownershipNature.natureOfOwnership");
    let amounts = t.and_then(|t| t.transaction_amounts.as_ref());
    let shares = amounts.and_then(|a| a.transaction_shares.as_ref());
    let price = amounts.and_then(|a| a.transaction_price_per_share.as_ref());
    put("transactionDate", text(t.and_then(|t| t.transaction_date.as_ref())), "transactionDate");
    put("transactionDate_fn", notes(t.and_then(|t| t.transaction_date.as_ref())), "transactionDate");
    put("deemedExecutionDate", text(t.and_then(|t| t.deemed_execution_date.as_ref())), "deemedExecutionDate");
    put("deemedExecutionDate_fn", notes(t.and_then(|t| t.deemed_execution_date.as_ref())), "deemedExecutionDate");
    put("code", t.and_then(|t| t.transaction_coding.as_ref()).and_then(|c| c.transaction_code.clone()).unwrap_or_default(), "transactionCoding.transactionCode");
    // (A holding's coding carries only its form type, and may carry a footnote.)
    let coding = t.map_or_else(|| h.and_then(|h| h.transaction_coding.as_ref()), |t| t.transaction_coding.as_ref());
    put("code_fn", coding.map(|c| c.footnote_id.join(",")).unwrap_or_default(), "transactionCoding.transactionCode");
    put("v", text(t.and_then(|t| t.transaction_timeliness.as_ref())), "transactionTimeliness");
    put("shares", text(shares), "transactionAmounts.transactionShares");
    put("shares_fn", notes(shares), "transactionAmounts.transactionShares");
    put("price", text(price), "transactionAmounts.transactionPricePerShare");
    put("price_fn", notes(price), "transactionAmounts.transactionPricePerShare");
    let acquired_disposed = amounts.and_then(|a| a.transaction_acquired_disposed_code.as_ref());
    put("acquiredDisposed", text(acquired_disposed), "transactionAmounts.transactionAcquiredDisposedCode");
    put("acquiredDisposed_fn", notes(acquired_disposed), "transactionAmounts.transactionAcquiredDisposedCode");
    if derivative {
        put("exercisePrice", text(conv.as_ref()), "conversionOrExercisePrice");
        put("exercisePrice_fn", notes(conv.as_ref()), "conversionOrExercisePrice");
        put("exerciseDate", text(ex.as_ref()), "exerciseDate");
        put("exerciseDate_fn", notes(ex.as_ref()), "exerciseDate");
        put("expirationDate", text(exp.as_ref()), "expirationDate");
        put("expirationDate_fn", notes(exp.as_ref()), "expirationDate");
        let ut = und.as_ref().and_then(|u| u.underlying_security_title.as_ref());
        let us = und.as_ref().and_then(|u| u.underlying_security_shares.as_ref());
        put("underlyingTitle", text(ut), "underlyingSecurity.underlyingSecurityTitle");
        put("underlyingTitle_fn", notes(ut), "underlyingSecurity.underlyingSecurityTitle");
        put("underlyingShares", text(us), "underlyingSecurity.underlyingSecurityShares");
        put("underlyingShares_fn", notes(us), "underlyingSecurity.underlyingSecurityShares");
    }
    m
}

/// Pairs the truth's rows with ours in order, as an edit alignment that keeps
/// the most exact values: a row the reader lost or printed as noise is missed
/// on its own instead of shifting every row after it onto the wrong truth row,
/// and a row the reader made up is scored (as wrong) instead of ignored. Among
/// alignments equally exact, the one with the most pairs wins, so lists of one
/// length pair by index unless a shift matches more values.
fn align_rows(truth: &[&Json], ours: &[BTreeMap<String, (String, String)>]) -> Vec<(Option<usize>, Option<usize>)> {
    let (n, m) = (truth.len(), ours.len());
    // What pairing truth row i with our row j is worth: its exact values, each above any
    // number of pairs, and one for the pair itself.
    let worth: Vec<Vec<usize>> = truth
        .iter()
        .map(|t| {
            let values: Vec<(&String, String)> = t.as_object().into_iter().flatten().filter(|(k, _)| *k != "kind").map(|(k, v)| (k, truth_str(v))).filter(|(_, v)| !v.is_empty()).collect();
            ours.iter().map(|o| values.iter().filter(|(k, v)| o.get(k.as_str()).is_some_and(|(g, _)| same(v, g))).count() * (n + m + 1) + 1).collect()
        })
        .collect();
    // best[i][j]: weight of the best alignment of the first i truth rows with the first j of ours.
    let mut best = vec![vec![0usize; m + 1]; n + 1];
    for i in 1..=n {
        for j in 1..=m {
            let pair = best[i - 1][j - 1] + worth[i - 1][j - 1];
            best[i][j] = pair.max(best[i - 1][j]).max(best[i][j - 1]);
        }
    }
    let mut pairs = Vec::with_capacity(n.max(m));
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        if i > 0 && j > 0 && best[i][j] == best[i - 1][j - 1] + worth[i - 1][j - 1] {
            pairs.push((Some(i - 1), Some(j - 1)));
            i -= 1;
            j -= 1;
        } else if i > 0 && (j == 0 || best[i][j] == best[i - 1][j]) {
            pairs.push((Some(i - 1), None));
            i -= 1;
        } else {
            pairs.push((None, Some(j - 1)));
            j -= 1;
        }
    }
    pairs.reverse();
    pairs
}

/// The text with its markdown cell grid taken away, as a page reader without table
/// finding prints the page: each table row's non-empty cells joined by single spaces,
/// its escapes undone, the separator rows dropped; paragraphs as they are. Scores
/// plain-text OCR (`form4 eval --plain`) on pages whose truth was made for the grid.
pub fn without_grid(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for line in markdown.lines() {
        if crate::markdown::is_separator(line) {
            continue;
        }
        if line.trim().starts_with('|') {
            let mut cells: Vec<String> = Vec::new();
            crate::markdown::each_raw_cell(line, |raw| {
                let mut cell = String::with_capacity(raw.len());
                let mut chars = raw.chars();
                while let Some(c) = chars.next() {
                    if c == '\\' {
                        cell.extend(chars.next());
                    } else {
                        cell.push(c);
                    }
                }
                cells.push(cell);
            });
            let joined: Vec<&str> = cells.iter().map(|c| c.trim()).filter(|c| !c.is_empty()).collect();
            out.push_str(&joined.join(" "));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// Scores one reading against its truth. Footnote-reference fields (`*_fn`) are
/// scored too, under their own keys, so they can be reported apart.
pub fn score(doc: &OwnershipDocument, report: &ReadingReport, truth: &Json) -> Vec<FieldScore> {
    let mut out = Vec::new();
    let flagged = |path: &str, key: &str| {
        // Footnote references have their own reading when the reader reported one.
        let marks = key.ends_with("_fn").then(|| report.field(&format!("{path}.footnoteId"))).flatten();
        marks.or_else(|| report.field(path)).is_some_and(|f| f.uncertain)
    };
    let mut judge = |key: String, truth: String, got: Option<(String, String)>| {
        let outcome = match &got {
            None if truth.is_empty() => Outcome::Exact,
            None => Outcome::Missed,
            Some((g, _)) if same(&truth, g) => Outcome::Exact,
            Some((_, path)) if flagged(path, &key) => Outcome::FlaggedWrong,
            Some(_) => Outcome::ConfidentWrong,
        };
        let confidence = got.as_ref().and_then(|(_, p)| key.ends_with("_fn").then(|| report.field(&format!("{p}.footnoteId"))).flatten().or_else(|| report.field(p))).map(|f| f.confidence);
        out.push(FieldScore { key, truth, got: got.map(|g| g.0).unwrap_or_default(), outcome, confidence });
    };
    let s = |v: &Option<String>| v.clone().unwrap_or_default();
    judge("documentType".into(), truth_str(&truth["documentType"]), Some((s(&doc.document_type), "documentType".into())));
    let period = match &doc.period_of_report {
        Some(Parsed::Ok(d)) => d.to_string(),
        Some(Parsed::Raw { raw }) => raw.clone(),
        None => String::new(),
    };
    judge("periodOfReport".into(), truth_str(&truth["periodOfReport"]), Some((period, "periodOfReport".into())));
    judge("issuer.issuerName".into(), truth_str(&truth["issuer"]["issuerName"]), Some((s(&doc.issuer.issuer_name), "issuer.issuerName".into())));
    judge("issuer.issuerTradingSymbol".into(), truth_str(&truth["issuer"]["issuerTradingSymbol"]), Some((s(&doc.issuer.issuer_trading_symbol), "issuer.issuerTradingSymbol".into())));
    for (i, o) in truth["reportingOwners"].as_array().into_iter().flatten().enumerate() {
        let ours = doc.reporting_owner.get(i);
        let p = format!("reportingOwner[{i}]");
        let addr = ours.and_then(|o| o.reporting_owner_address.as_ref());
        let rel = ours.map(|o| &o.reporting_owner_relationship);
        let flag = |f: Option<&Option<Parsed<form4_model::Flag>>>| f.and_then(|f| f.as_ref()).and_then(|p| p.ok()).map_or("0".to_string(), |f| if f.value { "1".into() } else { "0".into() });
        let fields: [(&str, Option<String>, String); 12] = [
            ("name", ours.map(|o| s(&o.reporting_owner_id.rpt_owner_name)), format!("{p}.reportingOwnerId.rptOwnerName")),
            ("street1", ours.map(|_| addr.and_then(|a| a.rpt_owner_street1.clone()).unwrap_or_default()), format!("{p}.reportingOwnerAddress.rptOwnerStreet1")),
            ("street2", ours.map(|_| addr.and_then(|a| a.rpt_owner_street2.clone()).unwrap_or_default()), format!("{p}.reportingOwnerAddress.rptOwnerStreet2")),
            ("city", ours.map(|_| addr.and_then(|a| a.rpt_owner_city.clone()).unwrap_or_default()), format!("{p}.reportingOwnerAddress.rptOwnerCity")),
            ("state", ours.map(|_| addr.and_then(|a| a.rpt_owner_state.clone()).unwrap_or_default()), format!("{p}.reportingOwnerAddress.rptOwnerState")),
            ("zip", ours.map(|_| addr.and_then(|a| a.rpt_owner_zip_code.clone()).unwrap_or_default()), format!("{p}.reportingOwnerAddress.rptOwnerZipCode")),
            ("isDirector", ours.map(|_| flag(rel.map(|r| &r.is_director))), format!("{p}.reportingOwnerRelationship.isDirector")),
            ("isOfficer", ours.map(|_| flag(rel.map(|r| &r.is_officer))), format!("{p}.reportingOwnerRelationship.isOfficer")),
            ("isTenPercentOwner", ours.map(|_| flag(rel.map(|r| &r.is_ten_percent_owner))), format!("{p}.reportingOwnerRelationship.isTenPercentOwner")),
            ("isOther", ours.map(|_| flag(rel.map(|r| &r.is_other))), format!("{p}.reportingOwnerRelationship.isOther")),
            ("officerTitle", ours.map(|_| rel.and_then(|r| r.officer_title.clone()).unwrap_or_default()), format!("{p}.reportingOwnerRelationship.officerTitle")),
            ("otherText", ours.map(|_| rel.and_then(|r| r.other_text.clone()).unwrap_or_default()), format!("{p}.reportingOwnerRelationship.otherText")),
        ];
        for (k, got, path) in fields {
            judge(format!("reportingOwners[{i}].{k}"), truth_str(&o[k]), got.map(|g| (g, path)));
        }
    }
    for (table, derivative, json_key) in [("nonDerivativeTable", false, "nonDerivative"), ("derivativeTable", true, "derivative")] {
        let rows = truth[json_key].as_array().cloned().unwrap_or_default();
        let (tx, hold): (Vec<&Json>, Vec<&Json>) = rows.iter().partition(|r| r["kind"] == "transaction");
        for (kind, list) in [("Transaction", tx), ("Holding", hold)] {
            let kind_name = format!("{}{kind}", if derivative { "derivative" } else { "nonDerivative" });
            // Report paths name our row's own index.
            let base = |j: usize| format!("{table}.{kind_name}[{j}]");
            let ours: Vec<_> = match (derivative, kind) {
                (false, "Transaction") => doc.non_derivative_table.iter().flat_map(|t| &t.non_derivative_transaction).enumerate().map(|(j, t)| row_fields(Some(t), None, &base(j), false)).collect(),
                (false, _) => doc.non_derivative_table.iter().flat_map(|t| &t.non_derivative_holding).enumerate().map(|(j, h)| row_fields(None, Some(h), &base(j), false)).collect(),
                (true, "Transaction") => doc.derivative_table.iter().flat_map(|t| &t.derivative_transaction).enumerate().map(|(j, t)| row_fields(Some(t), None, &base(j), true)).collect(),
                (true, _) => doc.derivative_table.iter().flat_map(|t| &t.derivative_holding).enumerate().map(|(j, h)| row_fields(None, Some(h), &base(j), true)).collect(),
            };
            for (truth_row, our_row) in align_rows(&list, &ours) {
                match (truth_row, our_row) {
                    (Some(i), ours_at) => {
                        let theirs = list[i];
                        for (k, v) in theirs.as_object().into_iter().flatten() {
                            if k == "kind" {
                                continue;
                            }
                            let got = ours_at.map(|j| ours[j].get(k.as_str()).cloned().unwrap_or_else(|| (String::new(), format!("{table}.{kind_name}[{j}].{k}"))));
                            judge(format!("{json_key}.{kind_name}[{i}].{k}"), truth_str(v), got);
                        }
                    }
                    // A row the truth does not have: each value it gives is wrong.
                    (None, Some(j)) => {
                        for (k, (g, path)) in &ours[j] {
                            if !g.is_empty() {
                                judge(format!("{json_key}.{kind_name}[extra {j}].{k}"), String::new(), Some((g.clone(), path.clone())));
                            }
                        }
                    }
                    (None, None) => {}
                }
            }
        }
    }
    for (id, t) in truth["footnotes"].as_object().into_iter().flatten() {
        // A footnote the reader did not find at all is missed, like a row.
        let got = doc.footnotes.iter().find(|f| f.id == *id).map(|f| (f.text.clone(), format!("footnotes.{id}")));
        let flagged_absent = report.field(&format!("footnotes.{id}")).filter(|f| f.uncertain).map(|_| (String::new(), format!("footnotes.{id}")));
        judge(format!("footnotes.{id}"), truth_str(t), got.or(flagged_absent));
    }
    for (i, sig) in truth["signatures"].as_array().into_iter().flatten().enumerate() {
        let ours = doc.owner_signature.get(i);
        let name = ours.map(|o| (o.signature_name.clone().unwrap_or_default(), format!("ownerSignature[{i}].signatureName")));
        let date = ours.map(|o| (o.signature_date.as_ref().and_then(|d| d.ok()).map(|d| d.to_string()).unwrap_or_default(), format!("ownerSignature[{i}].signatureDate")));
        judge(format!("signatures[{i}].name"), truth_str(&sig["name"]), name);
        judge(format!("signatures[{i}].date"), truth_str(&sig["date"]), date);
    }
    judge("remarks".into(), truth_str(&truth["remarks"]), Some((s(&doc.remarks), "remarks".into())));
    out
}
