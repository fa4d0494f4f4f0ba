//! The `form4` binary end to end, as a user runs it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn form4(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_form4")).args(args).current_dir(root()).output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn parse_prints_one_json_object_per_filing() {
    let out = form4(&["parse", "-q", "fixtures/xml/ok", "fixtures/submission/ok"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let files = std::fs::read_dir(root().join("fixtures/xml/ok")).unwrap().count() + std::fs::read_dir(root().join("fixtures/submission/ok")).unwrap().count();
    let lines: Vec<_> = text(&out.stdout).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), files);
    for line in &lines {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["ownership"]["issuer"]["issuerCik"].is_string(), "{line}");
    }
    let stderr = text(&out.stderr);
    assert!(stderr.contains(&format!("{files} filings read")), "{stderr}");
    assert!(stderr.contains(", 0 failed"), "{stderr}");
}

#[test]
fn a_bad_file_is_reported_with_its_place_and_the_batch_goes_on() {
    let out = form4(&["parse", "fixtures/xml/err", "fixtures/xml/recovered"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("error: fixtures/xml/err/edgar-submission-schema.xml: no <ownershipDocument> element"), "{stderr}");
    // Recovered files are printed, with the recovery flagged by line.
    let recovered = std::fs::read_dir(root().join("fixtures/xml/recovered")).unwrap().count();
    assert_eq!(text(&out.stdout).lines().count(), recovered);
    assert!(stderr.contains("warning[xml-not-well-formed]"), "{stderr}");
    assert!(stderr.contains("(line "), "{stderr}");
    assert!(stderr.contains(&format!("{recovered} filings read ({recovered} with warnings), 1 failed")), "{stderr}");
}

#[test]
fn parse_reads_stdin() {
    let bytes = std::fs::read(root().join("fixtures/submission/ok/57b245a7a90346c5.txt")).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_form4")).args(["parse", "-"]).stdin(std::process::Stdio::piped()).stdout(std::process::Stdio::piped()).spawn().unwrap();
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), &bytes).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_str(text(&out.stdout).trim()).unwrap();
    assert_eq!(v["header"]["accessionNumber"], "0001562180-25-000280");
    assert_eq!(v["source"]["path"], "<stdin>");
}

#[test]
fn the_documented_json_example_is_what_parse_prints() {
    let out = form4(&["parse", "--pretty", "fixtures/submission/ok/2df891d4b7a15a7e.txt"]);
    assert!(out.status.success());
    let documented = std::fs::read_to_string(root().join("docs/filing.example.json")).unwrap();
    assert_eq!(text(&out.stdout), documented, "docs/filing.example.json is stale: regenerate it with the command in docs/json.md");
}

#[test]
fn missing_input_is_a_usage_error() {
    let out = form4(&["parse", "no/such/file.xml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no/such/file.xml"));
}

#[test]
fn help_explains_the_commands() {
    let out = form4(&["parse", "--help"]);
    let help = text(&out.stdout);
    assert!(help.contains("FILE|DIR|-"), "{help}");
    assert!(help.contains("--pretty"), "{help}");
}

#[test]
fn check_exit_status_says_clean_errors_or_unreadable() {
    let clean = form4(&["check", "fixtures/submission/ok/7827c63683ab489c.txt"]);
    assert_eq!(clean.status.code(), Some(0), "{}", text(&clean.stdout));
    assert!(text(&clean.stderr).contains("1 filings checked"));
    // An SEC sample document dated after its signature: error findings.
    let errors = form4(&["check", "fixtures/xml/ok/3c48897f2785025d.xml"]);
    assert_eq!(errors.status.code(), Some(1));
    let out = text(&errors.stdout);
    assert!(out.contains("error[date-order]: transaction date 2003-05-01 is after the signature date 2002-11-24"), "{out}");
    assert!(out.contains("  --> fixtures/xml/ok/3c48897f2785025d.xml"), "{out}");
    assert!(out.contains("   = nonDerivativeTable.nonDerivativeTransaction[1].transactionDate"), "{out}");
    assert!(!out.contains("\x1b["), "no colour when not on a terminal");
    let unreadable = form4(&["check", "fixtures/xml/err", "fixtures/xml/ok/3c48897f2785025d.xml"]);
    assert_eq!(unreadable.status.code(), Some(2));
}

#[test]
fn check_json_and_late_report() {
    let out = form4(&["check", "--json", "--late", "fixtures/submission/ok/08d2c1eb07c227b4.txt"]);
    let report: serde_json::Value = serde_json::from_str(text(&out.stdout).trim()).unwrap();
    assert_eq!(report["accession"], "0000006281-23-000073");
    assert_eq!(report["lateness"]["deadline"], "2023-03-10");
    assert_eq!(report["lateness"]["filed"], "2023-03-10");
    assert_eq!(report["lateness"]["daysLate"], 0);
    let human = form4(&["check", "--late", "fixtures/submission/ok/08d2c1eb07c227b4.txt"]);
    let h = text(&human.stdout);
    assert!(
        h.contains(
            "late: fixtures/submission/ok/08d2c1eb07c227b4.txt (0000006281-23-000073): Form 4, due 2023-03-10 (transaction 2023-03-08), filed 2023-03-10 (accepted 2023-03-10 17:35:52 ET): on time"
        ),
        "{h}"
    );
    assert!(h.contains("    nonDerivativeTable.nonDerivativeTransaction[1]: from 2023-03-08, due 2023-03-10: on time"), "{h}");
}

#[test]
fn check_explains_and_lists_rules() {
    let out = form4(&["check", "--explain", "holding-roll-forward"]);
    assert!(out.status.success());
    assert!(text(&out.stdout).starts_with("holding-roll-forward (warning): "), "{}", text(&out.stdout));
    let list = text(&form4(&["check", "--list"]).stdout);
    assert_eq!(list.lines().count(), 18, "{list}");
    let bad = form4(&["check", "--explain", "no-such-rule"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn due_prints_the_deadline_and_the_days_skipped() {
    let out = text(&form4(&["due", "2023-11-22"]).stdout);
    assert!(out.starts_with("Form 4 for 2023-11-22: due 2023-11-27 (Monday;"), "{out}");
    assert!(out.contains("2023-11-23 is not a business day: Thanksgiving Day"), "{out}");
    let out = text(&form4(&["due", "2022-12-31", "--form", "5"]).stdout);
    assert!(out.starts_with("Form 5 for 2022-12-31: due 2023-02-14"), "{out}");
    let out = text(&form4(&["due", "2023-06-05", "--accepted", "2023-06-08 02:30:00", "--utc"]).stdout);
    assert!(out.contains("accepted 2023-06-07 22:30:00 ET counts as filed 2023-06-08: 1 business day late"), "{out}");
}

fn scratch(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new().prefix(&format!("form4-cli-{name}-")).tempdir().unwrap()
}

#[test]
fn an_ingest_killed_at_any_moment_completes_on_rerun() {
    let dir = scratch("crash");
    let clean_db = dir.path().join("clean.db");
    let out = form4(&["ingest", "-q", "--batch-size", "1", "--db", clean_db.to_str().unwrap(), "fixtures"]);
    assert_eq!(out.status.code(), Some(1), "one reject in the fixtures: {}", text(&out.stderr));
    let clean = form4_store::Store::open(&clean_db).unwrap().counts().unwrap();
    let mut killed_midway = 0;
    for attempt in 0..10u64 {
        let db = dir.path().join(format!("crash{attempt}.db"));
        let mut child = Command::new(env!("CARGO_BIN_EXE_form4"))
            .args(["ingest", "-q", "--batch-size", "1", "--db", db.to_str().unwrap(), "fixtures"])
            .current_dir(root())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(15 + attempt * 35));
        child.kill().unwrap(); // SIGKILL: no chance to clean up
        child.wait().unwrap();
        let partial = form4_store::Store::open(&db).unwrap().counts().unwrap();
        assert!(partial.filings <= clean.filings);
        if partial.filings > 0 && partial.filings < clean.filings {
            killed_midway += 1;
        }
        let rerun = form4(&["ingest", "-q", "--db", db.to_str().unwrap(), "fixtures"]);
        assert!(rerun.status.code().is_some(), "{}", text(&rerun.stderr));
        assert_eq!(form4_store::Store::open(&db).unwrap().counts().unwrap(), clean, "attempt {attempt}: re-run after kill");
    }
    assert!(killed_midway > 0, "no kill landed in the middle of an ingest");
}

#[test]
fn ledger_queries_print_tables_json_and_csv() {
    let dir = scratch("queries");
    let db = dir.path().join("l.db");
    let db = db.to_str().unwrap();
    let out = form4(&["ingest", "--db", db, "fixtures/submission/ok"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("filings added"));
    let table = text(&form4(&["transactions", "--db", db, "--issuer", "ADI"]).stdout);
    let lines: Vec<_> = table.lines().collect();
    assert!(lines[0].starts_with("      date  ticker  issuer"), "{table}");
    assert_eq!(lines.len(), 2 + 3, "{table}");
    assert!(lines[2].contains("CHAMPY JAMES") && lines[2].contains("0000006281-23-000073"), "{table}");
    let json: serde_json::Value = serde_json::from_str(&text(&form4(&["transactions", "--db", db, "--issuer", "6281", "--code", "M", "--json"]).stdout)).unwrap();
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| r["code"] == "M" && r["ticker"] == "ADI"));
    let csv = text(&form4(&["transactions", "--db", db, "--issuer", "ADI", "--non-derivative", "--csv"]).stdout);
    let mut csv_lines = csv.lines();
    assert_eq!(csv_lines.next(), Some("date,ticker,issuer,owner,table,code,a/d,shares,price,owned after,d/i,form,filing"));
    assert_eq!(csv_lines.next(), Some("2023-03-08,ADI,ANALOG DEVICES INC,CHAMPY JAMES,I,M,A,1495,0,7866,D,4,0000006281-23-000073"));
    let insiders = text(&form4(&["insiders", "--db", db, "--issuer", "ADI"]).stdout);
    assert!(insiders.contains("CHAMPY JAMES") && insiders.contains("Director"), "{insiders}");
    let holdings: serde_json::Value = serde_json::from_str(&text(&form4(&["holdings", "--db", db, "--owner", "1199360", "--json"]).stdout)).unwrap();
    assert!(holdings.as_array().unwrap().iter().any(|s| s["current"] == "7866"), "{holdings}");
    let env_db = Command::new(env!("CARGO_BIN_EXE_form4")).args(["transactions", "--issuer", "ADI", "--csv"]).env("FORM4_DB", db).current_dir(root()).output().unwrap();
    // FORM4_DB names the ledger when --db is not given: all three ADI rows, both tables.
    assert_eq!(text(&env_db.stdout).lines().count(), 1 + 3, "{}", text(&env_db.stdout));
}

#[test]
fn eval_scores_the_bundled_ocr_pages_per_tier() {
    let out = form4(&["eval", "fixtures/ocr/dev"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("12 filings from fixtures/ocr/dev (0 unreadable)"), "{stdout}");
    for tier in ["clean", "scan"] {
        let line = stdout.lines().find(|l| l.trim_start().starts_with(&format!("tier {tier}"))).unwrap_or_else(|| panic!("no {tier} line in {stdout}"));
        let exact: f64 = line.split_whitespace().find(|w| w.ends_with('%')).unwrap().trim_end_matches('%').parse().unwrap();
        assert!(exact > 80.0, "{line}");
    }
}

#[test]
fn output_cut_short_by_its_reader_is_no_error() {
    // `form4 eval -vv DIR | head -1`: the reader closes the pipe after one line.
    let mut child = Command::new(env!("CARGO_BIN_EXE_form4"))
        .args(["eval", "-vv", "fixtures/ocr/dev"])
        .current_dir(root())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(child.stdout.take().unwrap()), &mut first).unwrap();
    assert!(first.contains("\tExact\t") || first.contains("Wrong\t"), "{first}");
    let out = child.wait_with_output().unwrap();
    let stderr = text(&out.stderr);
    assert!(!stderr.contains("panicked") && !stderr.contains("error"), "{stderr}");
    assert!(out.status.success(), "{:?} {stderr}", out.status);
}
