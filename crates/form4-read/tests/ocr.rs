//! The OCR reader on real OCR output: the user's seed filing field by field, the
//! repairs it must make, scoring against ground truth, and damaged input.

use std::path::{Path, PathBuf};

use form4_model::{Filing, OwnershipDocument, SourceFormat};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/ocr")
}

fn seed() -> Filing {
    let path = fixtures().join("seed/000_9726b9fabffbfa20.txt");
    let bytes = std::fs::read(&path).unwrap();
    form4_read::read_bytes(Some(&path.to_string_lossy()), &bytes).unwrap()
}

fn text<T: ToString>(f: &Option<form4_model::Footnoted<T>>) -> String {
    f.as_ref().and_then(|f| f.get()).map(ToString::to_string).unwrap_or_default()
}

fn notes<T>(f: &Option<form4_model::Footnoted<T>>) -> Vec<String> {
    f.as_ref().map(|f| f.footnote_id.clone()).unwrap_or_default()
}

#[test]
fn seed_comes_out_exactly() {
    let filing = seed();
    assert_eq!(filing.source.format, SourceFormat::OcrText);
    let d: &OwnershipDocument = filing.ownership.as_ref().unwrap();
    assert_eq!(d.document_type.as_deref(), Some("4"));
    assert_eq!(d.issuer.issuer_name.as_deref(), Some("NETWORK 1 SECURITY SOLUTIONS INC"));
    assert_eq!(d.issuer.issuer_trading_symbol.as_deref(), Some("NSSI-OTC"));
    assert_eq!(d.period_of_report.as_ref().and_then(|p| p.ok()).map(|p| p.to_string()).as_deref(), Some("2012-02-27"));

    assert_eq!(d.reporting_owner.len(), 1, "one reporting person");
    let o = &d.reporting_owner[0];
    assert_eq!(o.reporting_owner_id.rpt_owner_name.as_deref(), Some("HOROWITZ COREY M"));
    let a = o.reporting_owner_address.as_ref().unwrap();
    assert_eq!(a.rpt_owner_street1.as_deref(), Some("6 BROOKLAWN DRIVE"));
    assert_eq!(a.rpt_owner_street2, None);
    assert_eq!(a.rpt_owner_city.as_deref(), Some("WESTPORT"));
    assert_eq!(a.rpt_owner_state.as_deref(), Some("CT"));
    assert_eq!(a.rpt_owner_zip_code.as_deref(), Some("06880"));
    let r = &o.reporting_owner_relationship;
    let flag = |f: &Option<form4_model::Parsed<form4_model::Flag>>| f.as_ref().and_then(|p| p.ok()).map(|f| f.value);
    assert_eq!(flag(&r.is_director), Some(true));
    assert_eq!(flag(&r.is_ten_percent_owner), Some(true));
    assert_eq!(flag(&r.is_officer), Some(true));
    assert_eq!(flag(&r.is_other), Some(false));
    assert_eq!(r.officer_title.as_deref(), Some("CEO & Chairman"));

    let t1 = d.non_derivative_table.as_ref().unwrap();
    assert_eq!(t1.non_derivative_transaction.len(), 2);
    assert_eq!(t1.non_derivative_holding.len(), 1);
    let expect_row = |t: &form4_model::Transaction, code: &str, shares: &str, ad: &str, price: &str, owned: &str| {
        assert_eq!(text(&t.security_title), "Common Stock, $.01 par value per share");
        assert_eq!(text(&t.transaction_date), "2012-02-27");
        assert_eq!(t.transaction_coding.as_ref().unwrap().transaction_code.as_deref(), Some(code));
        let amounts = t.transaction_amounts.as_ref().unwrap();
        assert_eq!(text(&amounts.transaction_shares), shares);
        assert_eq!(text(&amounts.transaction_acquired_disposed_code), ad);
        assert_eq!(text(&amounts.transaction_price_per_share), price);
        assert_eq!(text(&t.post_transaction_amounts.as_ref().unwrap().shares_owned_following_transaction), owned);
        assert_eq!(text(&t.ownership_nature.as_ref().unwrap().direct_or_indirect_ownership), "D");
    };
    expect_row(&t1.non_derivative_transaction[0], "M", "375000", "A", "0.68", "1791454");
    expect_row(&t1.non_derivative_transaction[1], "F", "246951", "D", "1.39", "1544503");
    assert_eq!(notes(&t1.non_derivative_transaction[1].transaction_amounts.as_ref().unwrap().transaction_shares), vec!["F1"]);
    let h = &t1.non_derivative_holding[0];
    assert_eq!(text(&h.security_title), "Common Stock, $.01 par value per share");
    assert_eq!(text(&h.post_transaction_amounts.as_ref().unwrap().shares_owned_following_transaction), "2171372");
    let nature = h.ownership_nature.as_ref().unwrap();
    assert_eq!(text(&nature.direct_or_indirect_ownership), "I");
    assert_eq!(text(&nature.nature_of_ownership), "See footnote");
    assert_eq!(notes(&nature.nature_of_ownership), vec!["F2"]);

    let t2 = d.derivative_table.as_ref().unwrap();
    assert_eq!(t2.derivative_transaction.len(), 1, "the twice-read row is one row");
    assert!(t2.derivative_holding.is_empty());
    let x = &t2.derivative_transaction[0];
    assert_eq!(text(&x.security_title), "Option to purchase common stock (right to buy)");
    assert_eq!(text(&x.conversion_or_exercise_price), "0.68");
    assert_eq!(text(&x.transaction_date), "2012-02-27");
    assert_eq!(x.transaction_coding.as_ref().unwrap().transaction_code.as_deref(), Some("M"));
    let amounts = x.transaction_amounts.as_ref().unwrap();
    assert_eq!(text(&amounts.transaction_shares), "375000");
    assert_eq!(text(&amounts.transaction_acquired_disposed_code), "D");
    assert_eq!(text(&amounts.transaction_price_per_share), "0");
    assert_eq!(text(&x.exercise_date), "2007-02-28");
    assert_eq!(text(&x.expiration_date), "2012-02-28");
    let u = x.underlying_security.as_ref().unwrap();
    assert_eq!(text(&u.underlying_security_title), "Common Stock");
    assert_eq!(text(&u.underlying_security_shares), "375000");
    assert_eq!(text(&x.post_transaction_amounts.as_ref().unwrap().shares_owned_following_transaction), "0");
    assert_eq!(text(&x.ownership_nature.as_ref().unwrap().direct_or_indirect_ownership), "D");

    assert_eq!(d.footnotes.len(), 2);
    assert_eq!(d.footnotes[0].id, "F1");
    assert_eq!(d.footnotes[0].text, "183,453 shares delivered in connection with cashless exercise of option and 63,498 shares to satisfy tax withholding.");
    assert_eq!(d.footnotes[1].id, "F2");
    assert_eq!(
        d.footnotes[1].text,
        "The securities are owned directly by CMH Capital Management Corp. and indirectly by Corey M. Horowitz. CMH Capital Management Corp. is an entity in which Corey Horowitz is the sole officer, director and shareholder."
    );
    assert_eq!(d.owner_signature.len(), 1);
    assert_eq!(d.owner_signature[0].signature_name.as_deref(), Some("/s/ Corey M. Horowitz"));
    assert_eq!(d.owner_signature[0].signature_date.as_ref().and_then(|p| p.ok()).map(|p| p.to_string()).as_deref(), Some("2012-02-29"));
}

#[test]
fn seed_repairs_are_logged_with_their_rules() {
    let filing = seed();
    let report = filing.reading.as_ref().expect("OCR input carries a reading report");
    let repair = |field: &str| report.repairs.iter().find(|r| r.field == field).unwrap_or_else(|| panic!("no repair of {field}: {:#?}", report.repairs));
    let shares = repair("derivativeTable.derivativeTransaction[0].transactionAmounts.transactionShares");
    assert_eq!((shares.read.as_str(), shares.chosen.as_str(), shares.rule.as_str()), ("275 000", "375000", "derivative-twin-in-table-1"));
    let price = repair("derivativeTable.derivativeTransaction[0].conversionOrExercisePrice");
    assert_eq!((price.read.as_str(), price.chosen.as_str(), price.rule.as_str()), ("$ 0.08", "0.68", "derivative-twin-in-table-1"));
    // Values the form's arithmetic confirms are reported as such.
    let owned = report.field("nonDerivativeTable.nonDerivativeTransaction[1].postTransactionAmounts.sharesOwnedFollowingTransaction").unwrap();
    assert!(owned.confidence >= 95 && !owned.uncertain, "{owned:?}");
    let f_shares = report.field("nonDerivativeTable.nonDerivativeTransaction[1].transactionAmounts.transactionShares").unwrap();
    assert!(f_shares.confidence >= 95, "246,951 is confirmed by roll-forward and by footnote 1's total: {f_shares:?}");
    // Every field in the record has a reading.
    assert!(report.fields.len() >= 45, "{}", report.fields.len());
}

#[test]
fn ocr_dev_sample_scores_and_flags_what_it_cannot_read() {
    let mut total = form4_ocr::eval::Tally::default();
    let mut refs = form4_ocr::eval::Tally::default();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(fixtures().join("dev")).unwrap().map(|e| e.unwrap().path()).collect();
    dirs.sort();
    assert!(dirs.len() >= 8);
    for dir in &dirs {
        let bytes = std::fs::read(dir.join("ocr.md")).unwrap();
        let truth: serde_json::Value = serde_json::from_slice(&std::fs::read(dir.join("truth.json")).unwrap()).unwrap();
        let filing = form4_read::read_bytes(None, &bytes).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        assert_eq!(filing.source.format, SourceFormat::OcrText);
        let report = filing.reading.clone().unwrap();
        // Every uncertain field has a diagnostic naming it; a footnote mark that may have
        // been lost is said once for the document.
        for f in report.fields.iter().filter(|f| f.uncertain) {
            let lost_mark = f.field.ends_with(".footnoteId") && f.value.is_empty();
            let said =
                if lost_mark { filing.diagnostics.iter().any(|d| d.code == "ocr-footnote-marks") } else { filing.diagnostics.iter().any(|d| d.location.path.as_deref() == Some(f.field.as_str())) };
            assert!(said, "{}: {} flagged without a diagnostic", dir.display(), f.field);
        }
        for s in form4_ocr::eval::score(filing.ownership.as_ref().unwrap(), &report, &truth) {
            if s.key.ends_with("_fn") {
                refs.add(s.outcome)
            } else {
                total.add(s.outcome)
            }
        }
    }
    // Floors under the measured figures on this sample (88.5% exact, 0.60% confidently
    // wrong, references 0.79%; BENCHMARKS.md has the whole set), so a regression shows.
    // Rows are paired with the truth's by their values, and a row the truth does not
    // have counts as wrong (see `eval::align_rows`). The confidently wrong values are in
    // 58bc786d7c05a5ba_v1, whose filer typed "(2)" into the title itself: printed, it
    // looks just like a footnote mark, and is read as one (in the bulk corpus footnoted
    // titles outnumber such typed ones 40 to 1).
    assert!(total.fields > 500, "{total:?}");
    assert!(total.exact_pct() >= 87.0, "{total:?}");
    assert!(total.confident_wrong_pct() <= 1.0, "{total:?}");
    assert!(refs.confident_wrong_pct() <= 1.0, "{refs:?}");
}

#[test]
fn ocr_dev_sample_as_plain_text_reads_its_table_rows() {
    // The same pages as a page reader prints them without finding the cell grid: each
    // table row's cells joined by spaces. The tables are read from the lines' values.
    let (mut total, mut rows) = (form4_ocr::eval::Tally::default(), form4_ocr::eval::Tally::default());
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(fixtures().join("dev")).unwrap().map(|e| e.unwrap().path()).collect();
    dirs.sort();
    for dir in &dirs {
        let plain = form4_ocr::eval::without_grid(&std::fs::read_to_string(dir.join("ocr.md")).unwrap());
        let truth: serde_json::Value = serde_json::from_slice(&std::fs::read(dir.join("truth.json")).unwrap()).unwrap();
        let Ok(filing) = form4_read::read_bytes(None, plain.as_bytes()) else { continue };
        let report = filing.reading.clone().unwrap();
        for s in form4_ocr::eval::score(filing.ownership.as_ref().unwrap(), &report, &truth) {
            if s.key.ends_with("_fn") {
                continue;
            }
            total.add(s.outcome);
            if s.key.starts_with("nonDerivative") || s.key.starts_with("derivative") {
                rows.add(s.outcome);
            }
        }
    }
    // Floors under the measured figures (81.9% exact, 0.59% confidently wrong: the
    // typed "(2)" titles of 58bc786d7c05a5ba_v1 again). Before the
    // reader split plain lines into cells, the tables of such text were not read at
    // all (rows 21% exact, most of them missed).
    assert!(total.fields > 1500, "{total:?}");
    assert!(total.exact_pct() >= 79.0, "{total:?}");
    assert!(rows.exact_pct() >= 80.0, "{rows:?}");
    assert!(total.confident_wrong_pct() <= 1.0, "{total:?}");
}

#[test]
fn damaged_ocr_text_never_panics() {
    let text = std::fs::read_to_string(fixtures().join("seed/000_9726b9fabffbfa20.txt")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    // Every prefix cut at a line, every line dropped in turn, and cells shifted by one.
    for cut in 0..lines.len() {
        let _ = form4_ocr::read(&lines[..cut].join("\n"));
        let mut dropped = lines.clone();
        dropped.remove(cut);
        let _ = form4_ocr::read(&dropped.join("\n"));
        let shifted: Vec<String> = lines.iter().enumerate().map(|(i, l)| if i == cut { l.replacen('|', "| |", 2) } else { (*l).to_string() }).collect();
        let read = form4_ocr::read(&shifted.join("\n"));
        assert!(!read.report.fields.is_empty() || cut < 20);
    }
    for n in (0..text.len()).step_by(97) {
        if text.is_char_boundary(n) {
            let _ = form4_ocr::read(&text[..n]);
        }
    }
}

/// What OCR and PDF tools put in text besides ASCII and table rules: wide and
/// no-break spaces, marks and symbols, ligatures, accents, homoglyphs, CJK, emoji, and
/// numbers, dates and marks past any real form's.
const GLYPHS: &[&str] = &[
    "\u{2009}",
    "\u{00A0}",
    "©",
    "®",
    "°",
    "М",
    "—",
    "’",
    "\u{0301}",
    "ﬁ",
    "Ⅱ",
    "½",
    "中",
    "🙂",
    "|",
    "\\|",
    "(",
    ")",
    "(2)",
    "$",
    ",",
    ".",
    "\n",
    "\t",
    "/s/",
    "12/31/2024",
    "99/99/9999",
    "99999999999999999999999999999999",
    "(99)",
    "0.0000000000000000000000000001",
    "Remarks:",
    "See Footnote",
    "below)",
];

#[test]
fn ocr_text_damaged_glyph_by_glyph_never_panics() {
    // Cut, repeat, and glyphs slipped in anywhere, over the seed and the dev sample, as
    // read and as plain text; every read goes on to the checks. FORM4_MUTATION_SEED explores further (so were
    // two slices found that fell inside a wide glyph: header.rs's unit tests keep them).
    let mut files = vec![fixtures().join("seed/000_9726b9fabffbfa20.txt")];
    let mut dev: Vec<PathBuf> = std::fs::read_dir(fixtures().join("dev")).unwrap().map(|e| e.unwrap().path().join("ocr.md")).collect();
    dev.sort();
    files.extend(dev);
    let mut state = std::env::var("FORM4_MUTATION_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x2545_F491_4F6C_DD1Du64).max(1);
    let mut below = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n.max(1) as u64) as usize
    };
    let boundary = |s: &str, mut at: usize| {
        while !s.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    // Each page also as plain text, its cell grid taken away (read by other paths).
    let texts: Vec<String> = files
        .iter()
        .flat_map(|f| {
            let text = std::fs::read_to_string(f).unwrap();
            let plain = form4_ocr::eval::without_grid(&text);
            [text, plain]
        })
        .collect();
    let mut cases: Vec<String> = Vec::new();
    for text in &texts {
        for _ in 0..20 {
            let mut t = text.clone();
            for _ in 0..1 + below(8) {
                let at = boundary(&t, below(t.len()));
                match below(5) {
                    0 => t.truncate(at),
                    1 => {
                        let end = boundary(&t, (at + below(30)).min(t.len()));
                        t.replace_range(at..end, "");
                    }
                    2 => {
                        let end = boundary(&t, (at + below(60)).min(t.len()));
                        let piece = t[at..end].to_string();
                        t.insert_str(at, &piece);
                    }
                    _ => t.insert_str(at, GLYPHS[below(GLYPHS.len())]),
                }
            }
            cases.push(t);
        }
    }
    let (mut read, mut refused) = (0, 0);
    for damaged in &cases {
        match form4_read::read_bytes(Some("damaged.txt"), damaged.as_bytes()) {
            Ok(filing) => {
                let _ = form4_check::check(&filing, chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
                read += 1;
            }
            Err(e) => {
                assert!(e.to_string().starts_with("damaged.txt"), "{e}");
                refused += 1;
            }
        }
    }
    assert!(read > refused * 4, "most damaged forms are still read: {read} read, {refused} refused");
}

#[test]
fn text_that_is_no_form_is_an_error_naming_the_file() {
    let err = form4_read::read_bytes(Some("notes.txt"), b"shopping list: milk, eggs").unwrap_err();
    assert_eq!(err.to_string(), "notes.txt: text that is not a Form 3, 4 or 5 (none of the form's labels were read)");
}

fn dev_filing(name: &str) -> (Filing, serde_json::Value) {
    let dir = fixtures().join("dev").join(name);
    let filing = form4_read::read_bytes(None, &std::fs::read(dir.join("ocr.md")).unwrap()).unwrap();
    let truth = serde_json::from_slice(&std::fs::read(dir.join("truth.json")).unwrap()).unwrap();
    (filing, truth)
}

/// The evaluation pairs rows in order by their values: a row the reader lost is
/// missed on its own, the rows after it still meet their own truth, and a row the
/// reader made up is scored as wrong instead of passing unseen.
#[test]
fn eval_pairs_rows_by_their_values_and_scores_rows_made_up() {
    use form4_ocr::eval::{score, Outcome};
    let (filing, truth) = dev_filing("ddb0bd19d12d5453_v0");
    let report = filing.reading.clone().unwrap();
    let doc = filing.ownership.unwrap();
    let outcomes = |doc: &form4_model::OwnershipDocument| -> std::collections::BTreeMap<String, Outcome> {
        score(doc, &report, &truth).into_iter().filter(|s| s.key.starts_with("nonDerivative.nonDerivativeTransaction")).map(|s| (s.key, s.outcome)).collect()
    };
    let whole = outcomes(&doc);
    let later: Vec<_> = whole.iter().filter(|(k, _)| !k.contains("Transaction[0]")).collect();
    assert!(later.iter().filter(|(_, o)| **o == Outcome::Exact).count() >= 15, "{whole:#?}");

    // The first row lost: its values are missed, every later row is exact where it
    // was. (Flags are not compared: the report still names the rows by their old places.)
    let mut lost = doc.clone();
    lost.non_derivative_table.as_mut().unwrap().non_derivative_transaction.remove(0);
    let without = outcomes(&lost);
    for (k, o) in &later {
        assert_eq!(without.get(*k).map(|w| *w == Outcome::Exact), Some(**o == Outcome::Exact), "{k}");
    }
    let first: Vec<_> = score(&lost, &report, &truth).into_iter().filter(|s| s.key.starts_with("nonDerivative.nonDerivativeTransaction[0]") && !s.truth.is_empty()).collect();
    assert!(first.len() >= 6 && first.iter().all(|s| s.outcome == Outcome::Missed), "{first:#?}");

    // A row read twice over and kept as a third: each value it gives is wrong.
    let mut twice = doc.clone();
    let table = twice.non_derivative_table.as_mut().unwrap();
    let copy = table.non_derivative_transaction[1].clone();
    table.non_derivative_transaction.insert(2, copy);
    let with_extra = outcomes(&twice);
    let extra: Vec<_> = with_extra.iter().filter(|(k, _)| k.contains("[extra")).collect();
    assert!(extra.len() >= 6, "{with_extra:#?}");
    assert!(extra.iter().all(|(_, o)| **o != Outcome::Exact && **o != Outcome::Missed), "{extra:#?}");
    for (k, o) in &whole {
        assert_eq!(with_extra.get(k).map(|w| *w == Outcome::Exact), Some(*o == Outcome::Exact), "{k}");
    }
}

/// A scan whose grid finder wrapped "See / Footnote / (n)" over three lines and lost the
/// amount of some rows: every holding is still its own row, with its own mark.
#[test]
fn wrapped_marks_and_rows_with_illegible_amounts_keep_their_place() {
    let (filing, truth) = dev_filing("58bc786d7c05a5ba_v0");
    let want: Vec<Vec<String>> = truth["nonDerivative"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["kind"] == "holding")
        .map(|r| r["natureOfOwnership_fn"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect())
        .collect();
    let doc = filing.ownership.unwrap();
    let got: Vec<Vec<String>> = doc
        .non_derivative_table
        .as_ref()
        .unwrap()
        .non_derivative_holding
        .iter()
        .map(|h| h.ownership_nature.as_ref().and_then(|n| n.nature_of_ownership.as_ref()).map(|n| n.footnote_id.clone()).unwrap_or_default())
        .collect();
    assert_eq!(got, want);
}

/// "$ 421.545": a dollar sign read as a 4. The footnote's range ("from $21.52 to $21.57")
/// holds 21.545 and no other reading, so that is the price, and the repair is logged.
#[test]
fn a_price_outside_its_footnote_range_is_mended_into_it() {
    let (filing, _) = dev_filing("ddb0bd19d12d5453_v0");
    let doc = filing.ownership.as_ref().unwrap();
    let row = &doc.non_derivative_table.as_ref().unwrap().non_derivative_transaction[2];
    let price = row.transaction_amounts.as_ref().unwrap().transaction_price_per_share.as_ref().unwrap();
    assert_eq!(price.value, Some(form4_model::Parsed::Ok("21.545".parse().unwrap())));
    let report = filing.reading.as_ref().unwrap();
    let path = "nonDerivativeTable.nonDerivativeTransaction[2].transactionAmounts.transactionPricePerShare";
    assert!(report.repairs.iter().any(|r| r.field == path && r.read.contains("421.545") && r.chosen == "21.545" && r.rule == "price-within-footnote-range"), "{:#?}", report.repairs);
    // The footnote paragraphs of this scan are cut apart in the wrong places, so the mark
    // the range points to is reported, but flagged.
    let mark = report.field(&format!("{path}.footnoteId")).unwrap();
    assert!(mark.uncertain, "{mark:?}");
}

/// Table II holdings of one security whose owned-after marks read "(13)" on some rows
/// and nothing legible on others: the unread ones get the mark of their like rows,
/// with the rule logged. A guess from neighbours can copy their misreading too (here
/// a "(2)" read into the amounts of some transactions, where the filing has none), so
/// every such mark is flagged.
#[test]
fn a_lost_mark_is_taken_from_like_rows_and_flagged() {
    let (filing, truth) = dev_filing("58bc786d7c05a5ba_v1");
    let report = filing.reading.as_ref().unwrap();
    let inferred: Vec<&form4_model::Repair> = report.repairs.iter().filter(|r| r.rule == "footnote-mark-of-like-rows").collect();
    let holdings: Vec<&serde_json::Value> = truth["derivative"].as_array().unwrap().iter().filter(|r| r["kind"] == "holding").collect();
    let mut owned_after = 0;
    for repair in &inferred {
        let reading = report.field(&repair.field).unwrap();
        assert!(reading.uncertain, "{reading:?}");
        if let Some(index) = repair.field.strip_prefix("derivativeTable.derivativeHolding[").and_then(|s| s.split(']').next()).and_then(|s| s.parse::<usize>().ok()) {
            if repair.field.ends_with("sharesOwnedFollowingTransaction.footnoteId") {
                assert_eq!(holdings[index]["sharesOwnedFollowing_fn"], serde_json::json!([repair.chosen]), "{}", repair.field);
                owned_after += 1;
            }
        }
    }
    assert_eq!(owned_after, 3, "{inferred:#?}");
}

/// This layout prints each footnote's mark beside its paragraph, so OCR reads the mark
/// inside the text, and garbles some: `(2)` as `©)`, `(5)` as `6)`. A garbled glyph
/// where the numbering read has a gap of one is that mark, and it is cut out of the
/// text: footnote 2 comes out exactly.
#[test]
fn a_garbled_mark_in_a_gap_of_the_numbering_is_that_mark() {
    let (filing, truth) = dev_filing("ddb0bd19d12d5453_v0");
    let doc = filing.ownership.unwrap();
    let ids: Vec<&str> = doc.footnotes.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["F1", "F2", "F3", "F4", "F5", "F6"]);
    let f2 = doc.footnotes.iter().find(|f| f.id == "F2").unwrap();
    assert_eq!(f2.text, truth["footnotes"]["F2"].as_str().unwrap());
}

/// Footnotes printed beside their marks, the mark level with each footnote's middle
/// line: OCR reads `(3)` inside the text of footnote 3 and `(4)` inside footnote 4. A
/// two-line footnote (mark at its second line) beside a three-line one (mark at its
/// second of three) is cut at the sentence end that puts each mark at its middle line,
/// not halfway between the marks; and a sentence end at a line break counts.
#[test]
fn footnotes_beside_their_marks_are_cut_where_each_mark_is_at_its_middle_line() {
    let (filing, truth) = dev_filing("ddb0bd19d12d5453_v0");
    let doc = filing.ownership.unwrap();
    for f in &doc.footnotes {
        assert_eq!(f.text, truth["footnotes"][&f.id].as_str().unwrap(), "{}", f.id);
    }
    assert_eq!(doc.footnotes.len(), 6);
}

/// The relationship box as a scan's grid finder cut it: "Director __X__ 10% Owner" on
/// one line and the Director's "__X__" alone on the next. The lone mark belongs to the
/// first unmarked box of the line above: director and 10% owner, as filed.
#[test]
fn a_check_mark_on_a_line_of_its_own_belongs_to_the_box_above() {
    let (filing, truth) = dev_filing("58bc786d7c05a5ba_v0");
    let doc = filing.ownership.unwrap();
    let rel = &doc.reporting_owner[0].reporting_owner_relationship;
    let flag = |f: &Option<form4_model::Parsed<form4_model::Flag>>| matches!(f, Some(form4_model::Parsed::Ok(v)) if v.value);
    let owner = &truth["reportingOwners"][0];
    assert!(flag(&rel.is_director));
    assert_eq!(flag(&rel.is_director), owner["isDirector"].as_bool().unwrap());
    assert_eq!(flag(&rel.is_ten_percent_owner), owner["isTenPercentOwner"].as_bool().unwrap());
}

/// A clean print whose name label was read "Reporting Pers on" and whose address box
/// the layout scrambled (`(Street) 98052- REDMOND WASHINGTON 6399`); the street lines
/// run together, the second starting with a number written out (`ONE MICROSOFT WAY`).
#[test]
fn an_owner_address_read_from_a_scrambled_box_is_the_filed_one() {
    let (filing, truth) = dev_filing("32b1b1f28515f26d_v0");
    let doc = filing.ownership.unwrap();
    let owner = &doc.reporting_owner[0];
    let want = &truth["reportingOwners"][0];
    assert_eq!(owner.reporting_owner_id.rpt_owner_name.as_deref(), want["name"].as_str());
    let address = owner.reporting_owner_address.as_ref().unwrap();
    let got = [&address.rpt_owner_street1, &address.rpt_owner_street2, &address.rpt_owner_city, &address.rpt_owner_state, &address.rpt_owner_zip_code];
    let expected = ["street1", "street2", "city", "state", "zip"];
    for (g, key) in got.iter().zip(expected) {
        assert_eq!(g.as_deref(), want[key].as_str(), "{key}");
    }
}

/// The underlying amount of this Table II transaction was not legible; the amount of
/// the row was. One for one is how nearly every filing reports it, so that amount is
/// taken, flagged, and the repair logged.
#[test]
fn an_unread_underlying_amount_is_the_rows_amount_flagged() {
    let (filing, truth) = dev_filing("0874c091cd3e411e_v0");
    let report = filing.reading.as_ref().unwrap();
    let path = "derivativeTable.derivativeTransaction[0].underlyingSecurity.underlyingSecurityShares";
    let repair = report.repairs.iter().find(|r| r.field == path && r.rule == "underlying-one-for-one").expect("repair logged");
    let want = truth["derivative"][0]["underlyingShares"].as_str().unwrap();
    assert_eq!(repair.chosen, want);
    assert!(report.fields.iter().any(|f| f.field == path && f.uncertain));
}

/// The trading symbol's opening bracket read as a parenthesis (`Tesla, Inc. (TSLA]`):
/// still the symbol, flagged, and the issuer's name before it.
#[test]
fn a_symbol_in_misread_brackets_is_still_the_symbol() {
    let (filing, truth) = dev_filing("37d16f40fa15d1e0_v0");
    let doc = filing.ownership.as_ref().unwrap();
    assert_eq!(doc.issuer.issuer_trading_symbol.as_deref(), truth["issuer"]["issuerTradingSymbol"].as_str());
    assert_eq!(doc.issuer.issuer_name.as_deref(), truth["issuer"]["issuerName"].as_str());
    let report = filing.reading.as_ref().unwrap();
    assert!(report.fields.iter().any(|f| f.field == "issuer.issuerTradingSymbol" && f.uncertain));
}

/// A page whose "FORM 4" title was not legible: the form is told from the statement's
/// own title and boxes, and flagged.
#[test]
fn a_form_without_a_legible_number_is_told_from_its_statement_flagged() {
    let (filing, truth) = dev_filing("fd8e6f9dcde9668d_v1");
    assert_eq!(filing.ownership.as_ref().unwrap().document_type.as_deref(), truth["documentType"].as_str());
    let report = filing.reading.as_ref().unwrap();
    assert!(report.fields.iter().any(|f| f.field == "documentType" && f.uncertain));
}

/// Every footnote reference a truth row can hold is scored against the document's,
/// under its own key: a reference the evaluation left out would be scored as read
/// empty with no confidence, confidently wrong whatever was read.
#[test]
fn eval_scores_every_footnote_reference_of_a_row() {
    use form4_ocr::eval::{score, Outcome};
    let (filing, mut truth) = dev_filing("ddb0bd19d12d5453_v0");
    let report = filing.reading.clone().unwrap();
    let mut doc = filing.ownership.unwrap();
    let row = &mut doc.non_derivative_table.as_mut().unwrap().non_derivative_transaction[0];
    let ids = |id: &str| vec![id.to_string()];
    row.transaction_date.as_mut().unwrap().footnote_id = ids("F7");
    row.transaction_amounts.as_mut().unwrap().transaction_acquired_disposed_code.as_mut().unwrap().footnote_id = ids("F8");
    row.ownership_nature.as_mut().unwrap().direct_or_indirect_ownership.as_mut().unwrap().footnote_id = ids("F9");
    let fields = ["transactionDate_fn", "acquiredDisposed_fn", "directOrIndirect_fn"];
    for (field, id) in fields.iter().zip(["F7", "F8", "F9"]) {
        truth["nonDerivative"][0][*field] = serde_json::json!([id]);
    }
    let scores = score(&doc, &report, &truth);
    for field in fields {
        let key = format!("nonDerivative.nonDerivativeTransaction[0].{field}");
        let s = scores.iter().find(|s| s.key == key).unwrap_or_else(|| panic!("{key} not scored"));
        assert_eq!(s.outcome, Outcome::Exact, "{s:?}");
    }
}
