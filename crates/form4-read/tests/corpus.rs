//! Every fixture reads as its folder says: `ok` cleanly, `recovered` with a flagged
//! recovery, `err` with an error naming the place; JSON round trips are identity;
//! submission headers keep their facts.

use std::path::{Path, PathBuf};

use form4_model::*;

fn fixtures(sub: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures").join(sub);
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())).map(|e| e.unwrap().path()).collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures in {}", dir.display());
    files
}

fn fixture(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures").join(sub)
}

fn read(path: &Path) -> Result<Filing, form4_read::ReadError> {
    let bytes = std::fs::read(path).unwrap();
    form4_read::read_bytes(Some(&path.display().to_string()), &bytes)
}

#[test]
fn well_formed_xml_reads_without_recovery() {
    for file in fixtures("xml/ok") {
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(roxmltree::Document::parse(&text).is_ok(), "{} is in ok/ but not well-formed", file.display());
        let filing = read(&file).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(filing.source.format, SourceFormat::OwnershipXml);
        let doc = filing.ownership.as_ref().unwrap();
        assert!(doc.issuer.issuer_cik.is_some(), "{}: no issuer CIK", file.display());
        assert!(!doc.reporting_owner.is_empty(), "{}: no reporting owner", file.display());
        // X0101 documents have no documentType; the submission header carries the form type.
        assert!(doc.form_type().is_some() || doc.schema_version.as_deref() == Some("X0101"), "{}: documentType {:?}", file.display(), doc.document_type);
        assert!(!filing.diagnostics.iter().any(|d| d.code == "xml-not-well-formed"), "{}", file.display());
        // A bare XML file has no accession number, so it is keyed by content.
        assert_eq!(filing.source.sha256.len(), 64);
    }
}

#[test]
fn malformed_xml_is_recovered_and_flagged_with_its_line() {
    for file in fixtures("xml/recovered") {
        let text = String::from_utf8_lossy(&std::fs::read(&file).unwrap()).into_owned();
        assert!(roxmltree::Document::parse(&text).is_err(), "{} is well-formed", file.display());
        let filing = read(&file).unwrap_or_else(|e| panic!("{e}"));
        let flag = filing.diagnostics.iter().find(|d| d.code == "xml-not-well-formed").unwrap_or_else(|| panic!("{}: recovery not flagged", file.display()));
        assert_eq!(flag.severity, Severity::Warning);
        let line = flag.location.line.expect("line");
        assert!(line > 1 && line as usize <= text.lines().count(), "{}: line {line}", file.display());
        assert!(filing.ownership.as_ref().unwrap().issuer.issuer_trading_symbol.is_some());
    }
}

#[test]
fn bare_ampersand_is_read_as_text() {
    let filing = read(&fixture("xml/recovered/01f3996ce9f17f85.xml")).unwrap();
    let owner = &filing.ownership.unwrap().reporting_owner[1];
    assert_eq!(owner.reporting_owner_id.rpt_owner_name.as_deref(), Some("MERRILL LYNCH, PIERCE, FENNER & SMITH INC."));
}

#[test]
fn misspelt_end_tag_closes_its_leaf_only() {
    // `<rptOwnerCounrty>I7</rptOwnerState>` in the SEC's own v5.5 sample.
    let filing = read(&fixture("xml/recovered/07634bd2af2875f8.xml")).unwrap();
    let address = filing.ownership.unwrap().reporting_owner[1].reporting_owner_address.clone().unwrap();
    assert_eq!(address.rpt_owner_country.as_deref(), Some("I7"));
    assert_eq!(address.rpt_owner_zip_code.as_deref(), Some("212126"));
    assert_eq!(address.rpt_owner_city.as_deref(), Some("Anywhere"));
}

#[test]
fn xml_without_an_ownership_document_is_an_error_naming_the_file() {
    for file in fixtures("xml/err") {
        let err = read(&file).unwrap_err();
        let message = err.to_string();
        assert!(message.starts_with(&file.display().to_string()), "{message}");
        assert!(message.contains("no <ownershipDocument>"), "{message}");
    }
}

#[test]
fn truncated_xml_is_recovered_with_a_warning_not_a_panic() {
    let text = std::fs::read_to_string(fixture("xml/ok/0558a9dd0568f6aa.xml")).unwrap();
    for cut in (200..text.len()).step_by(97) {
        if !text.is_char_boundary(cut) {
            continue;
        }
        match form4_read::read_bytes(Some("cut.xml"), &text.as_bytes()[..cut]) {
            Ok(f) => assert!(f.diagnostics.iter().any(|d| d.severity == Severity::Warning), "cut at {cut}: truncated input read without a warning"),
            Err(e) => assert!(e.to_string().starts_with("cut.xml"), "{e}"),
        }
    }
}

#[test]
fn unparsable_values_keep_their_text_and_get_a_diagnostic() {
    let text = std::fs::read_to_string(fixture("xml/ok/0558a9dd0568f6aa.xml")).unwrap();
    let first = text.find("<periodOfReport>").unwrap() + "<periodOfReport>".len();
    let end = text[first..].find('<').unwrap() + first;
    let edited = format!("{}02/30/2012{}", &text[..first], &text[end..]);
    let filing = form4_read::read_bytes(Some("edited.xml"), edited.as_bytes()).unwrap();
    let doc = filing.ownership.unwrap();
    assert_eq!(doc.period_of_report, Some(Parsed::Raw { raw: "02/30/2012".into() }));
    let d = filing.diagnostics.iter().find(|d| d.code == "unparsed-value").unwrap();
    assert_eq!(d.location.path.as_deref(), Some("ownershipDocument/periodOfReport"));
    assert!(d.location.line.is_some());
}

#[test]
fn json_round_trip_is_identity_on_every_fixture() {
    let mut all = fixtures("xml/ok");
    all.extend(fixtures("xml/recovered"));
    all.extend(fixtures("submission/ok"));
    all.extend(fixtures("submission/text-only"));
    for file in all {
        let filing = read(&file).unwrap_or_else(|e| panic!("{e}"));
        let json = serde_json::to_string(&filing).unwrap();
        let back: Filing = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert_eq!(back, filing, "{}", file.display());
    }
}

#[test]
fn every_submission_reads_with_header_documents_and_ownership() {
    for file in fixtures("submission/ok") {
        let filing = read(&file).unwrap_or_else(|e| panic!("{e}"));
        let header = filing.header.as_ref().unwrap();
        let accession = header.accession_number.as_deref().unwrap_or_else(|| panic!("{}: no accession", file.display()));
        assert_eq!(accession.len(), 20, "{accession}");
        assert!(header.filed_as_of_date.is_some(), "{}", file.display());
        assert!(header.issuer().is_some(), "{}: no issuer block", file.display());
        let owners = header.entities_with(EntityRole::ReportingOwner).count();
        assert!(owners >= 1, "{}", file.display());
        let doc = filing.ownership.as_ref().unwrap_or_else(|| panic!("{}: no ownership document", file.display()));
        // The header lists each reporting owner once; so does the XML.
        assert_eq!(owners, doc.reporting_owner.len(), "{}", file.display());
        assert!(!filing.documents.is_empty());
        if let Some(count) = header.public_document_count {
            assert_eq!(count as usize, filing.documents.len(), "{}", file.display());
        }
        assert_eq!(filing.documents.iter().filter(|d| d.content == DocumentContent::OwnershipXml).count(), 1);
        assert!(filing.source.sha256.is_empty(), "keyed by accession, not hashed");
    }
}

#[test]
fn classic_header_facts() {
    let filing = read(&fixture("submission/ok/08d2c1eb07c227b4.txt")).unwrap();
    let h = filing.header.unwrap();
    assert_eq!(h.accession_number.as_deref(), Some("0000006281-23-000073"));
    assert_eq!(h.submission_type.as_deref(), Some("4"));
    assert_eq!(h.acceptance_datetime.unwrap().to_string(), "2023-03-10 17:35:52");
    assert_eq!(h.period_of_report.unwrap().to_string(), "2023-03-08");
    let issuer = h.issuer().unwrap();
    assert_eq!(issuer.fiscal_year_end.as_deref(), Some("1028"));
    let types: Vec<_> = filing.documents.iter().map(|d| d.doc_type.as_deref().unwrap()).collect();
    assert_eq!(types, ["4", "EX-24", "EX-24"]);
    assert_eq!(filing.documents.iter().map(|d| d.sequence.unwrap()).collect::<Vec<_>>(), [1, 2, 3]);
}

#[test]
fn feed_form_on_one_line() {
    let filing = read(&fixture("submission/ok/57b245a7a90346c5.txt")).unwrap();
    assert_eq!(filing.source.format, SourceFormat::SubmissionFeed);
    let h = filing.header.as_ref().unwrap();
    assert_eq!(h.accession_number.as_deref(), Some("0001562180-25-000280"));
    assert_eq!(h.period_of_report.unwrap().to_string(), "2025-01-06");
    let issuer = h.issuer().unwrap();
    assert_eq!(issuer.name.as_deref(), Some("2seventy bio, Inc."));
    assert_eq!(issuer.cik.as_deref(), Some("0001860782"));
    assert_eq!(issuer.state_of_incorporation.as_deref(), Some("DE"));
    assert_eq!(issuer.business_address.as_ref().unwrap().phone.as_deref(), Some("339-499-9300"));
    let owner = h.entities_with(EntityRole::ReportingOwner).next().unwrap();
    assert_eq!(owner.name.as_deref(), Some("Snow Jessica"));
    assert_eq!(owner.filing_values.as_ref().unwrap().file_number.as_deref(), Some("001-40791"));
    let doc = filing.ownership.unwrap();
    assert_eq!(doc.issuer.issuer_trading_symbol.as_deref(), Some("TSVT"));
    assert_eq!(filing.documents[0].filename.as_deref(), Some("primarydocument.xml"));
}

#[test]
fn feed_form_former_names() {
    let filing = read(&fixture("submission/ok/d4731eddc96912ca.txt")).unwrap();
    let issuer = filing.header.as_ref().unwrap().issuer().unwrap().clone();
    assert_eq!(issuer.former_names.len(), 2);
    assert_eq!(issuer.former_names[1].name, "ARROW ELECTRONICS INC");
    assert_eq!(issuer.former_names[1].date_of_change.unwrap().to_string(), "1992-07-03");
}

#[test]
fn paper_era_and_pem_wrapped_filings_give_header_facts_and_a_note() {
    for file in fixtures("submission/text-only") {
        let filing = read(&file).unwrap_or_else(|e| panic!("{e}"));
        assert!(filing.ownership.is_none());
        assert!(filing.header.as_ref().unwrap().accession_number.is_some(), "{}", file.display());
        let note = filing.diagnostics.iter().find(|d| d.code == "no-ownership-xml").unwrap();
        assert_eq!(note.severity, Severity::Note);
    }
    let pem = read(&fixture("submission/text-only/f2a12ddb3d4b3bc9.txt")).unwrap();
    let h = pem.header.unwrap();
    assert_eq!(h.accession_number.as_deref(), Some("0001094891-00-000193"));
    assert_eq!(h.entities_with(EntityRole::SubjectCompany).next().unwrap().fiscal_year_end.as_deref(), Some("0630"));
}

#[test]
fn multi_owner_submission_keeps_every_owner() {
    let multi: Vec<_> = fixtures("submission/ok").into_iter().map(|f| read(&f).unwrap()).filter(|f| f.ownership.as_ref().unwrap().reporting_owner.len() > 1).collect();
    assert!(!multi.is_empty());
    for filing in multi {
        let header_ciks: Vec<_> = filing.header.as_ref().unwrap().entities_with(EntityRole::ReportingOwner).map(|e| e.cik.clone().unwrap()).collect();
        let xml_ciks: Vec<_> = filing.ownership.as_ref().unwrap().reporting_owner.iter().map(|o| o.reporting_owner_id.rpt_owner_cik.clone().unwrap()).collect();
        let norm = |c: &String| c.trim_start_matches('0').to_string();
        let mut a: Vec<_> = header_ciks.iter().map(norm).collect();
        let mut b: Vec<_> = xml_ciks.iter().map(norm).collect();
        a.sort();
        b.sort();
        assert_eq!(a, b);
    }
}

#[test]
fn format_is_detected_from_content_not_name() {
    let xml = std::fs::read(fixture("xml/ok/0558a9dd0568f6aa.xml")).unwrap();
    let f = form4_read::read_bytes(Some("misleading.txt"), &xml).unwrap();
    assert_eq!(f.source.format, SourceFormat::OwnershipXml);
    let sub = std::fs::read(fixture("submission/ok/08d2c1eb07c227b4.txt")).unwrap();
    let f = form4_read::read_bytes(Some("misleading.xml"), &sub).unwrap();
    assert_eq!(f.source.format, SourceFormat::Submission);
}

#[test]
fn x0101_rows_directly_under_the_root_become_table_i_transactions() {
    let filing = read(&fixture("xml/ok/x0101-0001233883-03-000002.xml")).unwrap();
    let doc = filing.ownership.unwrap();
    let rows = &doc.non_derivative_table.as_ref().unwrap().non_derivative_transaction;
    assert_eq!(rows.len(), 2);
    let amounts = rows[0].transaction_amounts.as_ref().unwrap();
    assert_eq!(amounts.transaction_shares.as_ref().unwrap().get().unwrap().to_string(), "3100");
    // X0101's `transactionValue` is the price per share.
    assert_eq!(amounts.transaction_price_per_share.as_ref().unwrap().get().unwrap().to_string(), "3.8");
    assert_eq!(rows[1].transaction_coding.as_ref().unwrap().transaction_code.as_deref(), Some("S"));
    assert!(filing.diagnostics.is_empty(), "{:?}", filing.diagnostics);
}
