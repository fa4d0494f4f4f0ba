//! `form4 serve`: the web app and the HTTP API over a ledger.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Args;

use crate::ledger::DbArgs;

/// Serve the web app and the JSON API over a ledger.
///
/// Pages: search, issuers (insiders, transactions, monthly net buying and selling,
/// late filers), insiders (holdings over time) and filings (laid out like the form,
/// with footnotes and check findings). The API lives under /api/ and is described at
/// /openapi.json. With --demo, the sample filings bundled in the repository are
/// ingested first into the ledger (form4-demo.db unless --db is given).
#[derive(Args)]
pub struct ServeArgs {
    #[command(flatten)]
    db: DbArgs,
    /// Ingest the bundled sample filings first, into form4-demo.db unless --db is given.
    #[arg(long)]
    demo: bool,
    /// Port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    host: String,
}

/// The sample filings shipped in the repository.
fn samples() -> PathBuf {
    let bundled = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures"));
    if bundled.is_dir() {
        bundled
    } else {
        PathBuf::from("fixtures")
    }
}

pub fn run(args: ServeArgs) -> Result<ExitCode> {
    let mut db = args.db.db.clone();
    if args.demo {
        if std::env::var_os("FORM4_DB").is_none() && db.as_path() == std::path::Path::new("form4.db") {
            db = PathBuf::from("form4-demo.db");
        }
        let samples = samples();
        let mut store = form4_store::Store::open(&db).with_context(|| format!("{}: cannot open the ledger", db.display()))?;
        let paths = [samples.join("submission").display().to_string(), samples.join("xml").display().to_string()];
        let report = form4_ingest::ingest(&paths, &mut store, form4_ingest::Options::default(), |_| {})?;
        eprintln!(
            "form4: demo ledger {}: {} sample filings added ({} already in it or the same form in another shape; {} rejected: the deliberately invalid samples in fixtures/xml/err)",
            db.display(),
            report.stats.inserted,
            report.stats.duplicates,
            report.stats.rejected + report.stats.duplicate_rejects
        );
    }
    form4_server::run(&args.host, args.port, db.clone(), |addr| {
        println!("form4: serving http://{addr}/ (ledger {}); Ctrl-C stops", db.display());
        let _ = std::io::Write::flush(&mut std::io::stdout());
    })
    .with_context(|| format!("cannot serve on {}:{}", args.host, args.port))?;
    Ok(ExitCode::SUCCESS)
}
