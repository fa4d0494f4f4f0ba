//! Each rule on a real filing: a clean fixture passes every rule, and a minimal edited
//! copy that breaks one rule makes exactly that rule fire, at the right path.

use std::collections::BTreeSet;
use std::path::Path;

use chrono::NaiveDate;
use form4_model::{Diagnostic, Severity};

/// A real Form 4 (AMD, January 2024, `<SUBMISSION>` feed form) with Table I and II rows,
/// an exercise (M) twin, footnotes and the Rule 10b5-1 box; clean under every rule.
const CLEAN: &str = "submission/ok/7827c63683ab489c.txt";

fn fixture(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures").join(name)).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
}

fn findings(text: &str) -> Vec<Diagnostic> {
    let filing = form4_read::read_bytes(Some("edited.txt"), text.as_bytes()).unwrap();
    let mut out = form4_check::check(&filing, today());
    if let Some(l) = form4_check::lateness(&filing) {
        if l.days_late.is_some_and(|d| d > 0) {
            out.push(Diagnostic::new(Severity::Warning, "late-filing", "late", Default::default()));
        }
    }
    out
}

fn rules_fired(text: &str) -> BTreeSet<String> {
    findings(text).into_iter().map(|d| d.code).collect()
}

/// Replaces the `nth` (0-based) occurrence of `from` with `to`.
fn edit(text: &str, from: &str, to: &str, nth: usize) -> String {
    let (i, _) = text.match_indices(from).nth(nth).unwrap_or_else(|| panic!("{from:?} occurs fewer than {} times", nth + 1));
    format!("{}{to}{}", &text[..i], &text[i + from.len()..])
}

fn assert_only(text: &str, rule: &str, path: Option<&str>) {
    let fired = findings(text);
    let ids: BTreeSet<_> = fired.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(ids, BTreeSet::from([rule]), "{fired:#?}");
    if let Some(path) = path {
        assert!(fired.iter().any(|d| d.location.path.as_deref() == Some(path)), "{rule} not at {path}: {fired:#?}");
    }
    let catalogued = form4_check::rules::find(rule).expect("rule in the catalogue");
    if rule != "late-filing" {
        assert!(fired.iter().all(|d| d.severity == catalogued.severity));
    }
}

#[test]
fn the_clean_fixture_passes_every_rule() {
    assert_eq!(rules_fired(&fixture(CLEAN)), BTreeSet::new());
}

#[test]
fn required_element() {
    let t = edit(&fixture(CLEAN), "<issuerTradingSymbol>AMD</issuerTradingSymbol>", "", 0);
    assert_only(&t, "required-element", Some("issuer.issuerTradingSymbol"));
    let t = edit(&fixture(CLEAN), "<value>A</value>", "", 0);
    assert_only(&t, "required-element", Some("nonDerivativeTable.nonDerivativeTransaction[1].transactionAmounts.transactionAcquiredDisposedCode"));
}

#[test]
fn invalid_value() {
    let t = edit(&fixture(CLEAN), "<transactionCode>F</transactionCode>", "<transactionCode>Q</transactionCode>", 0);
    assert_only(&t, "invalid-value", Some("nonDerivativeTable.nonDerivativeTransaction[2].transactionCoding.transactionCode"));
    let t = edit(&fixture(CLEAN), "<periodOfReport>2024-01-15</periodOfReport>", "<periodOfReport>2024-13-45</periodOfReport>", 0);
    assert_only(&t, "invalid-value", Some("periodOfReport"));
}

#[test]
fn code_vs_acquired_disposed() {
    // The F (tax withholding) row says A; its owned-after is adjusted so that only this rule breaks.
    let ad = "<value>D</value>\n                </transactionAcquiredDisposedCode>";
    let t = edit(&fixture(CLEAN), ad, "<value>A</value>\n                </transactionAcquiredDisposedCode>", 0);
    let t = edit(&t, "<value>5887</value>", "<value>6265</value>", 0);
    assert_only(&t, "code-vs-acquired-disposed", Some("nonDerivativeTable.nonDerivativeTransaction[2].transactionAmounts.transactionAcquiredDisposedCode"));
}

#[test]
fn code_vs_form_type() {
    let t = edit(&fixture(CLEAN), "<documentType>4</documentType>", "<documentType>3</documentType>", 0);
    assert_only(&t, "code-vs-form-type", Some("nonDerivativeTable.nonDerivativeTransaction[1]"));
    let t = edit(&fixture(CLEAN), "<transactionFormType>4</transactionFormType>", "<transactionFormType>3</transactionFormType>", 1);
    assert_only(&t, "code-vs-form-type", Some("nonDerivativeTable.nonDerivativeTransaction[2].transactionCoding.transactionFormType"));
}

#[test]
fn holding_roll_forward() {
    let t = edit(&fixture(CLEAN), "<value>5887</value>", "<value>5888</value>", 0);
    assert_only(&t, "holding-roll-forward", Some("nonDerivativeTable.nonDerivativeTransaction[2].postTransactionAmounts.sharesOwnedFollowingTransaction"));
}

#[test]
fn derivative_twin() {
    // The Table I exercise row recoded as a grant: the Table II exercise has no twin.
    let t = edit(&fixture(CLEAN), "<transactionCode>M</transactionCode>", "<transactionCode>A</transactionCode>", 0);
    assert_only(&t, "derivative-twin", Some("derivativeTable.derivativeTransaction[1].transactionCoding.transactionCode"));
}

#[test]
fn date_order() {
    let t = fixture(CLEAN);
    let signed = t.find("<signatureDate>").unwrap() + "<signatureDate>".len();
    let t = format!("{}2024-01-12{}", &t[..signed], &t[signed + 10..]);
    assert_only(&t, "date-order", Some("nonDerivativeTable.nonDerivativeTransaction[1].transactionDate"));
}

#[test]
fn period_of_report() {
    let t = edit(&fixture(CLEAN), "<periodOfReport>2024-01-15</periodOfReport>", "<periodOfReport>2024-01-12</periodOfReport>", 0);
    assert_only(&t, "period-of-report", Some("periodOfReport"));
}

#[test]
fn footnotes() {
    let clean = fixture(CLEAN);
    let t = edit(&clean, "<value>Common Stock</value>", "<value>Common Stock</value><footnoteId id=\"F9\"/>", 0);
    assert_only(&t, "footnote-missing", Some("nonDerivativeTable.nonDerivativeTransaction[1].securityTitle.footnoteId"));
    let t = edit(&clean, "</footnotes>", "<footnote id=\"F9\">Never referenced.</footnote></footnotes>", 0);
    assert_only(&t, "footnote-unused", Some("footnotes[4]"));
    let first = clean.find("<footnote id=\"F1\">").unwrap();
    let end = clean[first..].find("</footnote>").unwrap() + first + "</footnote>".len();
    let t = format!("{}{}{}", &clean[..end], &clean[first..end], &clean[end..]);
    assert_only(&t, "footnote-duplicate", Some("footnotes[2]"));
}

#[test]
fn amendment_original_date() {
    let t = edit(&fixture(CLEAN), "<documentType>4</documentType>", "<documentType>4/A</documentType>", 0);
    assert_only(&t, "amendment-original-date", Some("dateOfOriginalSubmission"));
    let t = edit(&fixture(CLEAN), "<documentType>4</documentType>", "<documentType>4/A</documentType><dateOfOriginalSubmission>2024-01-17</dateOfOriginalSubmission>", 0);
    assert_eq!(rules_fired(&t), BTreeSet::new());
}

#[test]
fn relationship_and_titles() {
    let t = edit(&fixture(CLEAN), "<isOther>1</isOther>", "<isOther>0</isOther>", 0);
    assert_only(&t, "relationship", Some("reportingOwner[1].reportingOwnerRelationship"));
    let t = edit(&fixture(CLEAN), "<otherText>Chief Accounting Officer</otherText>", "", 0);
    assert_only(&t, "officer-title", Some("reportingOwner[1].reportingOwnerRelationship.otherText"));
}

#[test]
fn negative_value() {
    let t = edit(&fixture(CLEAN), "<value>146.56</value>", "<value>-146.56</value>", 0);
    assert_only(&t, "negative-value", Some("nonDerivativeTable.nonDerivativeTransaction[2].transactionAmounts.transactionPricePerShare.value"));
}

#[test]
fn aff10b5one_missing() {
    let t = edit(&fixture(CLEAN), "<aff10b5One>0</aff10b5One>", "", 0);
    assert_only(&t, "aff10b5one-missing", Some("aff10b5One"));
    // Before schema X0508 the box did not exist.
    let t = edit(&t, "<schemaVersion>X0508</schemaVersion>", "<schemaVersion>X0407</schemaVersion>", 0);
    assert_eq!(rules_fired(&t), BTreeSet::new());
}

#[test]
fn indirect_without_nature() {
    let form = "<directOrIndirectOwnership>\n                    <value>D</value>";
    let t = edit(&fixture(CLEAN), form, &form.replace("<value>D", "<value>I"), 1);
    assert_only(&t, "indirect-without-nature", Some("nonDerivativeTable.nonDerivativeTransaction[2].ownershipNature.natureOfOwnership"));
}

#[test]
fn late_filing() {
    // Transactions on Monday 15 January 2024 (Martin Luther King Day): due Wednesday 17 January.
    let clean = fixture(CLEAN);
    let filing = form4_read::read_bytes(None, clean.as_bytes()).unwrap();
    let late = form4_check::lateness(&filing).unwrap();
    assert_eq!(late.deadline.to_string(), "2024-01-17");
    assert_eq!(late.days_late, Some(0));
    let t = edit(&clean, "<FILING-DATE>20240117", "<FILING-DATE>20240119", 0);
    assert_only(&t, "late-filing", None);
    let filing = form4_read::read_bytes(None, t.as_bytes()).unwrap();
    let late = form4_check::lateness(&filing).unwrap();
    assert_eq!(late.days_late, Some(2));
    assert_eq!(late.transactions.len(), 3);
    assert!(late.transactions.iter().all(|t| t.days_late == Some(2)));
}

#[test]
fn lateness_uses_the_acceptance_time_and_the_ten_pm_cutoff() {
    // A classic submission with <ACCEPTANCE-DATETIME>.
    let text = fixture("submission/ok/08d2c1eb07c227b4.txt");
    let filing = form4_read::read_bytes(None, text.as_bytes()).unwrap();
    let late = form4_check::lateness(&filing).unwrap();
    // Transaction Wednesday 8 March 2023: due Friday 10 March; accepted 17:35:52 that Friday.
    assert_eq!(late.deadline.to_string(), "2023-03-10");
    assert_eq!(late.filed.unwrap().to_string(), "2023-03-10");
    assert_eq!(late.days_late, Some(0));
    // Accepted at 22:00:01 the same Friday, it counts as filed Monday 13 March: one day late.
    let t = edit(&text, "<ACCEPTANCE-DATETIME>20230310173552", "<ACCEPTANCE-DATETIME>20230310220001", 0);
    let late = form4_check::lateness(&form4_read::read_bytes(None, t.as_bytes()).unwrap()).unwrap();
    assert_eq!(late.filed.unwrap().to_string(), "2023-03-13");
    assert_eq!(late.days_late, Some(1));
    let t = edit(&text, "<ACCEPTANCE-DATETIME>20230310173552", "<ACCEPTANCE-DATETIME>20230310215959", 0);
    let late = form4_check::lateness(&form4_read::read_bytes(None, t.as_bytes()).unwrap()).unwrap();
    assert_eq!(late.days_late, Some(0));
}

#[test]
fn every_rule_in_the_catalogue_is_tested_here() {
    let source = include_str!("rules.rs");
    for rule in form4_check::rules::ALL {
        assert!(source.contains(&format!("\"{}\"", rule.id)), "no test names rule {}", rule.id);
        assert!(!rule.explanation.is_empty());
    }
}

#[test]
fn real_filings_accepted_by_edgar_have_no_schema_errors() {
    // EDGAR validates required elements and coded values on submission, so the
    // submissions in the corpus must pass those two rules.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/submission/ok");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let filing = form4_read::read_bytes(None, &bytes).unwrap();
        for d in form4_check::check(&filing, today()) {
            assert!(d.code != "required-element" && d.code != "invalid-value", "{}: {d}", path.display());
        }
    }
}
