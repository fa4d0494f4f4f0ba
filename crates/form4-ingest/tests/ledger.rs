//! The ledger on real filings: idempotent ingest, amendments, joint filings,
//! roll-forward breaks across filings, rejects, and one form in two shapes.

use std::path::{Path, PathBuf};

use form4_store::{Store, TransactionFilter};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures")
}

fn fixture_text(name: &str) -> String {
    std::fs::read_to_string(fixtures().join(name)).unwrap()
}

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new().prefix(&format!("form4-ledger-{name}-")).tempdir().unwrap()
}

fn ingest(store: &mut Store, paths: &[&Path]) -> form4_ingest::IngestReport {
    let paths: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let options = form4_ingest::Options { batch_size: 64, today: "2026-01-01".parse().unwrap() };
    form4_ingest::ingest(&paths, store, options, |_| {}).unwrap()
}

#[test]
fn ingesting_twice_adds_nothing() {
    let dir = scratch("idempotent");
    let mut store = Store::open(dir.path().join("l.db")).unwrap();
    let first = ingest(&mut store, &[&fixtures()]);
    let counts = store.counts().unwrap();
    assert!(first.stats.inserted > 250, "{first:?}");
    assert_eq!(counts.filings as usize, first.stats.inserted);
    let second = ingest(&mut store, &[&fixtures()]);
    assert_eq!(second.stats.inserted, 0);
    assert_eq!(second.stats.rejected, 0, "a reject seen before is not recorded again");
    // Every unreadable input of the second run was seen in the first, whether recorded
    // then or already a copy of another one (two OCR variants share one truth.json).
    assert_eq!(second.stats.duplicate_rejects, first.stats.rejected + first.stats.duplicate_rejects);
    assert_eq!(store.counts().unwrap(), counts);
}

#[test]
fn bad_inputs_are_kept_as_rejects_with_the_reason() {
    let dir = scratch("rejects");
    let mut store = Store::open(dir.path().join("l.db")).unwrap();
    let report = ingest(&mut store, &[&fixtures().join("xml/err"), &fixtures().join("submission/ok/08d2c1eb07c227b4.txt")]);
    assert_eq!(report.stats.inserted, 1, "the rest of the batch goes on");
    assert_eq!(report.stats.rejected, 1);
    let rejects = store.rejects().unwrap();
    assert_eq!(rejects.len(), 1);
    assert!(rejects[0].0.ends_with("edgar-submission-schema.xml"), "{rejects:?}");
    assert!(rejects[0].1.contains("no <ownershipDocument> element"), "{rejects:?}");
}

/// An amendment of the ADI Form 4 of 10 March 2023: new accession number, form 4/A
/// giving the original's filing date, accepted later, and one corrected amount.
fn amendment_of_adi() -> String {
    fixture_text("submission/ok/08d2c1eb07c227b4.txt")
        .replace("0000006281-23-000073", "0000006281-23-000091")
        .replace("CONFORMED SUBMISSION TYPE:\t4", "CONFORMED SUBMISSION TYPE:\t4/A")
        .replace("<ACCEPTANCE-DATETIME>20230310173552", "<ACCEPTANCE-DATETIME>20230315120000")
        .replace("<documentType>4</documentType>", "<documentType>4/A</documentType>\n<dateOfOriginalSubmission>2023-03-10</dateOfOriginalSubmission>")
        .replacen("<value>7866</value>", "<value>7966</value>", 1)
}

#[test]
fn an_amendment_supersedes_its_original_in_current_views_whatever_the_order() {
    let dir = scratch("amend");
    std::fs::write(dir.path().join("amendment.txt"), amendment_of_adi()).unwrap();
    let original = fixtures().join("submission/ok/08d2c1eb07c227b4.txt");
    for (name, order) in [("a", [dir.path().join("amendment.txt"), original.clone()]), ("b", [original.clone(), dir.path().join("amendment.txt")])] {
        let mut store = Store::open(dir.path().join(format!("{name}.db"))).unwrap();
        // Two separate runs, so the amendment may arrive before or after its original.
        ingest(&mut store, &[&order[0]]);
        let report = ingest(&mut store, &[&order[1]]);
        assert_eq!(report.superseded, 1);
        assert_eq!(store.superseded_by("0000006281-23-000073").unwrap().as_deref(), Some("0000006281-23-000091"));
        let current = store.transactions(&TransactionFilter { issuer: Some("ADI".into()), ..Default::default() }).unwrap();
        assert_eq!(current.len(), 3, "only the amendment's rows");
        assert!(current.iter().all(|t| t.filing == "0000006281-23-000091"));
        assert!(current.iter().any(|t| t.owned_after.as_deref() == Some("7966")));
        let history = store.transactions(&TransactionFilter { issuer: Some("ADI".into()), include_superseded: true, ..Default::default() }).unwrap();
        assert_eq!(history.len(), 6, "the original stays in history");
        assert_eq!(history.iter().filter(|t| t.superseded).count(), 3);
    }
}

#[test]
fn a_joint_filing_is_booked_once_for_the_group() {
    let dir = scratch("joint");
    let mut store = Store::open(dir.path().join("l.db")).unwrap();
    let joint = fixtures().join("submission/ok/2df891d4b7a15a7e.txt");
    ingest(&mut store, &[&joint]);
    let filing = form4_read::read_bytes(None, &std::fs::read(&joint).unwrap()).unwrap();
    let doc = filing.ownership.unwrap();
    assert_eq!(doc.reporting_owner.len(), 2);
    let in_filing = doc.transactions().count();
    let by_issuer = store.transactions(&TransactionFilter { issuer: Some("ALT".into()), ..Default::default() }).unwrap();
    assert_eq!(by_issuer.len(), in_filing, "each transaction once, not once per owner");
    assert!(by_issuer.iter().all(|t| t.owner_ciks == "1705562,1705638"));
    assert!(by_issuer.iter().all(|t| t.owners.as_deref() == Some("Hodges Philip; Redmont VAXN Capital Holdings, LLC")));
    for owner in ["1705562", "1705638", "Redmont"] {
        let mine = store.transactions(&TransactionFilter { owner: Some(owner.into()), ..Default::default() }).unwrap();
        assert_eq!(mine, by_issuer, "owner {owner}");
    }
    let insiders = store.insiders("ALT").unwrap();
    assert_eq!(insiders.len(), 2);
}

#[test]
fn holdings_roll_forward_across_filings_and_breaks_are_flagged() {
    let dir = scratch("roll");
    let clean = fixture_text("submission/ok/7827c63683ab489c.txt");
    // The same insider's next Form 4 (a month later): 472 more units vest (5,887 + 472 =
    // 6,359, consistent), then 100 shares are withheld, so 6,259 should remain; it says 5,000.
    let next = clean
        .replace("0000002488-24-000005", "0000002488-24-000031")
        .replace("2024-01-15", "2024-02-15")
        .replace("<FILING-DATE>20240117", "<FILING-DATE>20240216")
        .replace("<value>6076</value>", "<value>6359</value>")
        .replace("<value>189</value>", "<value>100</value>")
        .replace("<value>5887</value>", "<value>5000</value>");
    std::fs::write(dir.path().join("next.txt"), &next).unwrap();
    let mut store = Store::open(dir.path().join("l.db")).unwrap();
    ingest(&mut store, &[&fixtures().join("submission/ok/7827c63683ab489c.txt"), &dir.path().join("next.txt")]);
    let series = store.holdings("1674334", Some("AMD")).unwrap();
    let common = series.iter().find(|s| !s.derivative && s.security_title.as_deref() == Some("Common Stock")).unwrap();
    let points: Vec<(Option<&str>, Option<&str>, bool)> = common.points.iter().map(|p| (p.date.as_deref(), p.owned_after.as_deref(), p.roll_forward_break)).collect();
    assert_eq!(points, [(Some("2024-01-15"), Some("6076"), false), (Some("2024-01-15"), Some("5887"), false), (Some("2024-02-15"), Some("6359"), false), (Some("2024-02-15"), Some("5000"), true),]);
    assert_eq!(common.points[3].expected_after.as_deref(), Some("6259"));
    assert_eq!(common.breaks, 1);
    assert_eq!(common.current.as_deref(), Some("5000"));
}

#[test]
fn a_bare_xml_copy_of_a_submitted_form_is_not_counted_twice() {
    // fixtures/xml/ok/9086d70bce09ba06.xml is the ownership document of submission
    // 0000002488-24-000005, re-wrapped by another tool.
    let dir = scratch("copies");
    let xml = fixtures().join("xml/ok/9086d70bce09ba06.xml");
    let submission = fixtures().join("submission/ok/7827c63683ab489c.txt");
    for (name, order) in [("a", [&xml, &submission]), ("b", [&submission, &xml])] {
        let mut store = Store::open(dir.path().join(format!("{name}.db"))).unwrap();
        ingest(&mut store, &[order[0]]);
        ingest(&mut store, &[order[1]]);
        let counts = store.counts().unwrap();
        assert_eq!(counts.filings, 1, "order {name}");
        assert!(store.contains("0000002488-24-000005").unwrap(), "the submission, with its header, is the one kept");
    }
}

#[test]
fn stored_filings_read_back_as_parsed() {
    let dir = scratch("readback");
    let mut store = Store::open(dir.path().join("l.db")).unwrap();
    let path = fixtures().join("submission/ok/2df891d4b7a15a7e.txt");
    ingest(&mut store, &[&path]);
    let parsed = form4_read::read_bytes(Some(&path.display().to_string()), &std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(store.filing("0001012975-17-000759").unwrap(), Some(parsed));
}
