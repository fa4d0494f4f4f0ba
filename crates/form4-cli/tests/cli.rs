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
    let mut child = Command::new(env!("CARGO_BIN_EXE_form4"))
        .args(["parse", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
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
