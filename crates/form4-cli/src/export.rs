//! `form4 export`: the ledger (or files) in formats analytics engines read.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use clap::Args;
use form4_export::{Exporter, Format};
use rayon::prelude::*;

use crate::ledger::DbArgs;

/// Export filings as the SEC's Insider Transactions Data Sets (sec-tsv), CSV, Parquet
/// or JSON Lines.
///
/// From the ledger (--db, with the filters below), or, when PATHs are given, straight
/// from files, directories and archives without a database. sec-tsv writes the SEC's
/// eight tables (SUBMISSION, REPORTINGOWNER, NONDERIV_TRANS, NONDERIV_HOLDING,
/// DERIV_TRANS, DERIV_HOLDING, FOOTNOTES, OWNER_SIGNATURE) with the SEC's column names,
/// order and value formats; csv and parquet the same tables typed (ISO dates, exact
/// decimals); jsonl one canonical filing per line. The export streams: memory stays
/// bounded whatever the size of the input.
#[derive(Args)]
pub struct ExportArgs {
    /// sec-tsv, parquet, csv or jsonl.
    #[arg(long, value_name = "FORMAT")]
    format: String,
    /// Directory to write into (created if missing).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Files, directories or archives to export directly, without the ledger.
    #[arg(value_name = "PATH")]
    paths: Vec<String>,
    #[command(flatten)]
    db: DbArgs,
    /// Issuer CIK or ticker (ledger only).
    #[arg(long)]
    issuer: Option<String>,
    /// Reporting owner CIK or part of a name (ledger only).
    #[arg(long)]
    owner: Option<String>,
    /// Earliest period of report (ledger only).
    #[arg(long)]
    from: Option<NaiveDate>,
    /// Latest period of report (ledger only).
    #[arg(long)]
    to: Option<NaiveDate>,
    /// Form type, e.g. 4 or 4/A (ledger only).
    #[arg(long)]
    form: Option<String>,
    /// Include filings superseded by amendments (ledger only).
    #[arg(long)]
    all: bool,
}

pub fn run(args: ExportArgs) -> Result<ExitCode> {
    let Some(format) = Format::parse(&args.format) else {
        bail!("--format {:?}: expected sec-tsv, parquet, csv or jsonl", args.format);
    };
    let started = Instant::now();
    let mut exporter = Exporter::new(format, &args.out)?;
    let mut failed = 0usize;
    if args.paths.is_empty() {
        let store = args.db.open()?;
        let filter = form4_store::FilingFilter { issuer: args.issuer, owner: args.owner, from: args.from, to: args.to, form: args.form, include_superseded: args.all };
        store.for_each_filing(&filter, |filing| -> Result<()> { Ok(exporter.write(&filing)?) })?;
    } else {
        if args.issuer.is_some() || args.owner.is_some() || args.from.is_some() || args.to.is_some() || args.form.is_some() || args.all {
            bail!("the filters apply to the ledger; with PATHs every readable filing is exported");
        }
        let mut write_error = None;
        form4_source::for_each_batch(&args.paths, 1024, |batch| {
            let read: Vec<_> = batch.into_par_iter().map(|e| crate::inputs::read_entry(e).1).collect();
            for r in read {
                match r {
                    Ok(filing) => {
                        if let Err(e) = exporter.write(&filing) {
                            write_error.get_or_insert(e);
                        }
                    }
                    Err(message) => {
                        failed += 1;
                        eprintln!("error: {message}");
                    }
                }
            }
        })?;
        if let Some(e) = write_error {
            return Err(e.into());
        }
    }
    let stats = exporter.finish().context("finishing the export")?;
    let tables: Vec<String> = form4_export::TABLES.iter().zip(stats.rows).filter(|(_, n)| *n > 0).map(|(t, n)| format!("{} {n}", t.name)).collect();
    eprintln!(
        "form4 export: {} filings to {} in {:.2} s{}{}{}",
        stats.filings,
        args.out.display(),
        started.elapsed().as_secs_f64(),
        if tables.is_empty() || format == Format::Jsonl { String::new() } else { format!(" ({})", tables.join(", ")) },
        if stats.untyped > 0 { format!("; {} values not typable in Parquet written as null", stats.untyped) } else { String::new() },
        if failed > 0 { format!("; {failed} inputs could not be read") } else { String::new() },
    );
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
