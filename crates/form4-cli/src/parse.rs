//! `form4 parse`: print each filing as JSON.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use clap::Args;
use form4_model::Severity;
use rayon::prelude::*;

/// Read filings and print each as one JSON object (JSON Lines).
///
/// Accepts ownership XML (`<ownershipDocument>`), full EDGAR submission files
/// (`.txt`: classic header, `<SUBMISSION>` feed form, PEM-wrapped), the SEC's HTML
/// rendering of a form, and OCR text of printed forms (plain text or markdown tables;
/// the record then carries a `reading` report with a confidence per field and the
/// repairs made), alone, in directories or in archives (.tar, .tar.gz, .tar.xz, .zip).
/// The format is detected from the content. Reader warnings go to stderr with their line and element path; a
/// file that cannot be read is reported and skipped, and the exit status is 1 if any
/// file failed.
#[derive(Args)]
pub struct ParseArgs {
    /// Files, directories (read recursively) or archives; `-` reads stdin.
    #[arg(required = true, value_name = "FILE|DIR|-")]
    paths: Vec<String>,
    /// Pretty-print the JSON (indented).
    #[arg(long)]
    pretty: bool,
    /// Do not print reader warnings and notes, only errors and the summary.
    #[arg(long, short)]
    quiet: bool,
    /// Instead of JSON, explain how each filing was read: for OCR text, every repair
    /// (field, text read, value chosen, rule), the uncertain fields, and the
    /// confidence of every field.
    #[arg(long)]
    explain: bool,
}

pub fn run(args: ParseArgs) -> Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let (mut parsed, mut failed, mut with_warnings) = (0usize, 0usize, 0usize);
    let mut io_error = None;
    form4_source::for_each_batch(&args.paths, 512, |batch| {
        let results: Vec<_> = batch.into_par_iter().map(|entry| read_one(entry, args.pretty, args.explain)).collect();
        for (name, result) in results {
            match result {
                Ok((json, filing)) => {
                    parsed += 1;
                    if filing.diagnostics.iter().any(|d| d.severity >= Severity::Warning) {
                        with_warnings += 1;
                    }
                    if !args.quiet {
                        for d in &filing.diagnostics {
                            eprintln!("{name}: {d}");
                        }
                    }
                    if let Err(e) = out.write_all(json.as_bytes()).and_then(|_| out.write_all(b"\n")) {
                        io_error.get_or_insert(e);
                    }
                }
                Err(message) => {
                    failed += 1;
                    eprintln!("error: {message}");
                }
            }
        }
    })?;
    if let Some(e) = io_error {
        return Err(e.into());
    }
    out.flush()?;
    if parsed + failed > 1 || failed > 0 {
        eprintln!("form4 parse: {parsed} filings read ({with_warnings} with warnings), {failed} failed");
    }
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn read_one(entry: form4_source::Entry, pretty: bool, explain: bool) -> (String, Result<(String, form4_model::Filing), String>) {
    let (name, filing) = crate::inputs::read_entry(entry);
    let result = filing.and_then(|filing| {
        if explain {
            return Ok((explanation(&name, &filing), filing));
        }
        let json = if pretty { serde_json::to_string_pretty(&filing) } else { serde_json::to_string(&filing) };
        Ok((json.map_err(|e| e.to_string())?, filing))
    });
    (name, result)
}

/// A readable account of how a filing was read.
fn explanation(name: &str, filing: &form4_model::Filing) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let format = form4_read::format_name(filing.source.format);
    let Some(report) = &filing.reading else {
        let _ = write!(s, "{name}: {format}, an exact format: every value is as filed, nothing repaired ({} diagnostics)", filing.diagnostics.len());
        return s;
    };
    let _ = writeln!(s, "{name}: {format}, {} fields, {} repairs, {} uncertain", report.fields.len(), report.repairs.len(), report.uncertain());
    if !report.repairs.is_empty() {
        let _ = writeln!(s, "repairs:");
        for r in &report.repairs {
            let _ = writeln!(s, "  {}: read {:?}, chose {:?} ({})", r.field, r.read, r.chosen, r.rule);
        }
    }
    let uncertain: Vec<_> = report.fields.iter().filter(|f| f.uncertain).collect();
    if !uncertain.is_empty() {
        let _ = writeln!(s, "uncertain (check these by eye):");
        for f in uncertain {
            let _ = writeln!(s, "  {}: read {:?}, value {:?}", f.field, f.read, f.value);
        }
    }
    let _ = writeln!(s, "fields (confidence %):");
    for f in &report.fields {
        let _ = writeln!(s, "  {:>3}{} {} = {:?}", f.confidence, if f.uncertain { "?" } else { " " }, f.field, f.value);
    }
    s.trim_end().to_string()
}
