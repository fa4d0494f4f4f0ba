//! `form4 parse`: print each filing as JSON.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use clap::Args;
use form4_model::Severity;
use rayon::prelude::*;

use crate::inputs::{expand, Input};

/// Read filings and print each as one JSON object (JSON Lines).
///
/// Accepts ownership XML (`<ownershipDocument>`) and full EDGAR submission files
/// (`.txt`: classic header, `<SUBMISSION>` feed form, PEM-wrapped). The format is
/// detected from the content. Reader warnings go to stderr with their line and
/// element path; a file that cannot be read is reported and skipped, and the exit
/// status is 1 if any file failed.
#[derive(Args)]
pub struct ParseArgs {
    /// Files or directories to read (directories recursively); `-` reads stdin.
    #[arg(required = true, value_name = "FILE|DIR|-")]
    paths: Vec<String>,
    /// Pretty-print the JSON (one filing per object, indented).
    #[arg(long)]
    pretty: bool,
    /// Do not print reader warnings and notes, only errors and the summary.
    #[arg(long, short)]
    quiet: bool,
}

pub fn run(args: ParseArgs) -> Result<ExitCode> {
    let inputs = expand(&args.paths)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let (mut parsed, mut failed, mut with_warnings) = (0usize, 0usize, 0usize);
    for chunk in inputs.chunks(512) {
        let results: Vec<_> = chunk.par_iter().map(|input| (input, read_one(input, args.pretty))).collect();
        for (input, result) in results {
            match result {
                Ok((json, filing)) => {
                    parsed += 1;
                    if filing.diagnostics.iter().any(|d| d.severity >= Severity::Warning) {
                        with_warnings += 1;
                    }
                    if !args.quiet {
                        for d in &filing.diagnostics {
                            eprintln!("{}: {d}", input.name());
                        }
                    }
                    out.write_all(json.as_bytes())?;
                    out.write_all(b"\n")?;
                }
                Err(message) => {
                    failed += 1;
                    eprintln!("error: {message}");
                }
            }
        }
    }
    out.flush()?;
    if inputs.len() > 1 || failed > 0 {
        eprintln!("form4 parse: {parsed} filings read ({with_warnings} with warnings), {failed} failed");
    }
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn read_one(input: &Input, pretty: bool) -> Result<(String, form4_model::Filing), String> {
    let name = input.name();
    let bytes = input.read().map_err(|e| format!("{name}: cannot read: {e}"))?;
    let filing = form4_read::read_bytes(Some(&name), &bytes).map_err(|e| e.to_string())?;
    let json = if pretty { serde_json::to_string_pretty(&filing) } else { serde_json::to_string(&filing) };
    Ok((json.map_err(|e| e.to_string())?, filing))
}
