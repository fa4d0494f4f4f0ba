//! The SEC's HTML renderings read back into the model equal their XML twins on every
//! field the rendering shows.

use std::path::Path;

use form4_model::*;
use serde_json::{json, Value};

fn fixture(p: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures").join(p)
}

fn read(p: &Path) -> Filing {
    form4_read::read_bytes(Some(&p.display().to_string()), &std::fs::read(p).unwrap()).unwrap_or_else(|e| panic!("{e}"))
}

fn v<T: ToString>(f: &Option<Footnoted<T>>) -> Value {
    match f {
        // An empty element shows as nothing on the page.
        None => Value::Null,
        Some(f) if f.value.is_none() && f.footnote_id.is_empty() => Value::Null,
        Some(f) => {
            let value = match &f.value {
                Some(Parsed::Ok(x)) => {
                    let s = x.to_string();
                    // Decimals compare by value ("0.00" is "0"), text by its words.
                    s.parse::<Decimal>().map(|d| d.normalize().to_string()).unwrap_or_else(|_| s.split_whitespace().collect::<Vec<_>>().join(" "))
                }
                Some(Parsed::Raw { raw }) => format!("raw:{raw}"),
                None => String::new(),
            };
            let mut notes = f.footnote_id.clone();
            notes.sort();
            json!([value, notes])
        }
    }
}

fn flag(f: &Option<Parsed<Flag>>) -> bool {
    matches!(f, Some(Parsed::Ok(x)) if x.value)
}

fn date(d: &Option<Parsed<XsDate>>) -> Value {
    d.as_ref().and_then(|p| p.ok()).map_or(Value::Null, |d| json!(d.date.to_string()))
}

fn cik(s: &Option<String>) -> Value {
    s.as_ref().map_or(Value::Null, |c| json!(c.trim_start_matches('0')))
}

/// The fields an SEC rendering shows, in comparable form.
fn shown(doc: &OwnershipDocument) -> Value {
    let tx = |t: &Transaction| {
        let a = t.transaction_amounts.clone().unwrap_or_default();
        let p = t.post_transaction_amounts.clone().unwrap_or_default();
        let n = t.ownership_nature.clone().unwrap_or_default();
        let u = t.underlying_security.clone().unwrap_or_default();
        json!({
            "title": v(&t.security_title), "price": v(&t.conversion_or_exercise_price), "date": v(&t.transaction_date), "deemed": v(&t.deemed_execution_date),
            "code": t.transaction_coding.as_ref().and_then(|c| c.transaction_code.clone()),
            "shares": v(&a.transaction_shares), "pps": v(&a.transaction_price_per_share), "ad": v(&a.transaction_acquired_disposed_code).get(0).cloned(),
            "exercise": v(&t.exercise_date), "expiration": v(&t.expiration_date), "utitle": v(&u.underlying_security_title), "ushares": v(&u.underlying_security_shares),
            "after": v(&p.shares_owned_following_transaction), "di": v(&n.direct_or_indirect_ownership), "nature": v(&n.nature_of_ownership),
        })
    };
    let holding = |h: &Holding| {
        let p = h.post_transaction_amounts.clone().unwrap_or_default();
        let n = h.ownership_nature.clone().unwrap_or_default();
        let u = h.underlying_security.clone().unwrap_or_default();
        json!({
            "title": v(&h.security_title), "price": v(&h.conversion_or_exercise_price), "exercise": v(&h.exercise_date), "expiration": v(&h.expiration_date),
            "utitle": v(&u.underlying_security_title), "ushares": v(&u.underlying_security_shares),
            "after": v(&p.shares_owned_following_transaction), "di": v(&n.direct_or_indirect_ownership), "nature": v(&n.nature_of_ownership),
        })
    };
    let nd = doc.non_derivative_table.clone().unwrap_or_default();
    let d = doc.derivative_table.clone().unwrap_or_default();
    let first = doc.reporting_owner.first().cloned().unwrap_or_default();
    let r = &first.reporting_owner_relationship;
    let addr = first.reporting_owner_address.clone().unwrap_or_default();
    json!({
        "documentType": doc.document_type, "period": date(&doc.period_of_report), "original": date(&doc.date_of_original_submission),
        "issuer": [cik(&doc.issuer.issuer_cik), doc.issuer.issuer_name, doc.issuer.issuer_trading_symbol],
        "owners": doc.reporting_owner.iter().map(|o| json!([cik(&o.reporting_owner_id.rpt_owner_cik), o.reporting_owner_id.rpt_owner_name])).collect::<Vec<_>>(),
        "address": [addr.rpt_owner_street1, addr.rpt_owner_street2, addr.rpt_owner_city, addr.rpt_owner_state, addr.rpt_owner_zip_code],
        "relationship": [flag(&r.is_director), flag(&r.is_officer), flag(&r.is_ten_percent_owner), flag(&r.is_other), r.officer_title, r.other_text],
        "t1": nd.non_derivative_transaction.iter().map(tx).collect::<Vec<_>>(),
        "h1": nd.non_derivative_holding.iter().map(holding).collect::<Vec<_>>(),
        "t2": d.derivative_transaction.iter().map(tx).collect::<Vec<_>>(),
        "h2": d.derivative_holding.iter().map(holding).collect::<Vec<_>>(),
        "footnotes": doc.footnotes.iter().map(|f| json!([f.id, f.text.split_whitespace().collect::<Vec<_>>().join(" ")])).collect::<Vec<_>>(),
        "remarks": doc.remarks.as_ref().map(|r| r.split_whitespace().collect::<Vec<_>>().join(" ")),
        "signatures": doc.owner_signature.iter().map(|s| json!([s.signature_name, date(&s.signature_date)])).collect::<Vec<_>>(),
    })
}

#[test]
fn rendered_forms_equal_their_xml_twins() {
    let mut compared = 0;
    for entry in std::fs::read_dir(fixture("html/twins")).unwrap() {
        let twin = entry.unwrap().path();
        let name = twin.file_stem().unwrap().to_str().unwrap();
        let html = read(&fixture(&format!("html/ok/{name}.html")));
        assert_eq!(html.source.format, SourceFormat::Html);
        let xml = read(&twin);
        let (a, b) = (shown(html.ownership.as_ref().unwrap()), shown(xml.ownership.as_ref().unwrap()));
        for key in a.as_object().unwrap().keys() {
            assert_eq!(a[key], b[key], "{name}: {key}");
        }
        compared += 1;
    }
    assert_eq!(compared, 5);
}

#[test]
fn every_rendered_form_reads_without_row_errors() {
    for entry in std::fs::read_dir(fixture("html/ok")).unwrap() {
        let path = entry.unwrap().path();
        let filing = read(&path);
        let doc = filing.ownership.as_ref().unwrap();
        assert!(doc.issuer.issuer_trading_symbol.is_some(), "{}", path.display());
        assert!(!doc.reporting_owner.is_empty(), "{}", path.display());
        assert!(!filing.diagnostics.iter().any(|d| d.severity >= Severity::Warning), "{}: {:?}", path.display(), filing.diagnostics);
    }
}
