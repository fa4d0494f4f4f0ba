//! The ledger commands: `ingest`, `transactions`, `holdings`, `insiders`.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use clap::Args;
use form4_store::{Store, TransactionFilter};

use crate::table::{cell, print, OutputArgs, Table};

/// Where the ledger is.
#[derive(Args, Clone)]
pub struct DbArgs {
    /// The ledger database (SQLite), created if missing.
    #[arg(long, env = "FORM4_DB", default_value = "form4.db", global = true)]
    pub db: PathBuf,
}

impl DbArgs {
    pub fn open(&self) -> Result<Store> {
        Store::open(&self.db).with_context(|| format!("{}: cannot open the ledger", self.db.display()))
    }
}

/// Read filings into the ledger (idempotent: filings already there are skipped).
///
/// Takes files, directories and archives (.tar, .tar.gz, .tar.xz, .zip) of any format
/// `form4 parse` reads. Filings are keyed by accession number (content hash when there
/// is none), so running it twice adds nothing, and a run killed at any point can simply
/// be run again. Inputs that cannot be read are recorded as rejects with the reason.
/// Amendments replace the filing they amend in current views.
#[derive(Args)]
pub struct IngestArgs {
    /// Files, directories or archives; `-` reads stdin.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<String>,
    #[command(flatten)]
    db: DbArgs,
    /// Filings per database transaction.
    #[arg(long, default_value_t = 2000)]
    batch_size: usize,
    /// No progress bar, only the summary.
    #[arg(long, short)]
    quiet: bool,
}

pub fn ingest(args: IngestArgs) -> Result<ExitCode> {
    let mut store = args.db.open()?;
    let bar = (!args.quiet && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(indicatif::ProgressStyle::with_template("{spinner} {pos}/{len} filings  {per_sec}  ETA {eta}  {wide_bar}").unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()));
        bar
    });
    let options = form4_ingest::Options { batch_size: args.batch_size, ..Default::default() };
    let report = form4_ingest::ingest(&args.paths, &mut store, options, |p| {
        if let Some(bar) = &bar {
            match p.total {
                Some(total) => bar.set_length(total as u64),
                None => bar.set_style(indicatif::ProgressStyle::with_template("{spinner} {pos} filings  {per_sec}").unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner())),
            }
            bar.set_position(p.done as u64);
        }
    })?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    for (path, reason) in report.failures.iter().take(20) {
        eprintln!("rejected: {path}: {reason}");
    }
    if report.failures.len() > 20 {
        eprintln!("… and {} more rejects (the `rejects` table has them all)", report.failures.len() - 20);
    }
    let s = report.stats;
    eprintln!(
        "form4 ingest: {} inputs in {:.2} s ({:.0}/s): {} filings added, {} already in the ledger, {} rejected ({} seen before); {} filings superseded by amendments; ledger {}",
        report.inputs,
        report.seconds,
        report.inputs as f64 / report.seconds.max(1e-9),
        s.inserted,
        s.duplicates,
        s.rejected + s.duplicate_rejects,
        s.duplicate_rejects,
        report.superseded,
        args.db.db.display()
    );
    Ok(if s.rejected + s.duplicate_rejects > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// List transactions from the ledger, newest first.
///
/// Rows of filings replaced by an amendment are left out unless `--all` is given. A
/// joint filing's transaction is listed once, with all its reporting owners.
#[derive(Args)]
pub struct TransactionsArgs {
    #[command(flatten)]
    db: DbArgs,
    /// Issuer CIK or ticker.
    #[arg(long)]
    issuer: Option<String>,
    /// Reporting owner CIK, or part of a name.
    #[arg(long)]
    owner: Option<String>,
    /// Earliest transaction date (YYYY-MM-DD).
    #[arg(long)]
    from: Option<NaiveDate>,
    /// Latest transaction date (YYYY-MM-DD).
    #[arg(long)]
    to: Option<NaiveDate>,
    /// Transaction codes, comma-separated (e.g. P,S).
    #[arg(long, value_delimiter = ',')]
    code: Vec<String>,
    /// Form type of the filing (3, 4, 5, 4/A…).
    #[arg(long)]
    form: Option<String>,
    /// Only Table II (derivative) rows.
    #[arg(long, conflicts_with = "non_derivative")]
    derivative: bool,
    /// Only Table I (non-derivative) rows.
    #[arg(long)]
    non_derivative: bool,
    /// Include filings superseded by amendments.
    #[arg(long)]
    all: bool,
    /// Oldest first.
    #[arg(long)]
    ascending: bool,
    /// Most rows.
    #[arg(long, default_value_t = 100)]
    limit: usize,
    /// Rows to skip.
    #[arg(long, default_value_t = 0)]
    offset: usize,
    #[command(flatten)]
    output: OutputArgs,
}

pub fn transactions(args: TransactionsArgs) -> Result<ExitCode> {
    let store = args.db.open()?;
    let filter = TransactionFilter {
        issuer: args.issuer,
        owner: args.owner,
        from: args.from,
        to: args.to,
        codes: args.code,
        form: args.form,
        derivative: if args.derivative {
            Some(true)
        } else if args.non_derivative {
            Some(false)
        } else {
            None
        },
        include_superseded: args.all,
        limit: args.limit,
        offset: args.offset,
        ascending: args.ascending,
    };
    let rows = store.transactions(&filter)?;
    let mut table = Table::new(vec!["date", "ticker", "issuer", "owner", "table", "code", "a/d", "shares", "price", "owned after", "d/i", "form", "filing"]);
    for r in &rows {
        table.push(vec![
            cell(&r.transaction_date),
            cell(&r.ticker),
            cell(&r.issuer_name),
            cell(&r.owners),
            if r.derivative { "II".into() } else { "I".into() },
            cell(&r.code),
            cell(&r.acquired_disposed),
            cell(&r.shares),
            cell(&r.price),
            cell(&r.owned_after),
            cell(&r.direct_indirect),
            cell(&r.form_type),
            r.filing.clone(),
        ]);
    }
    print(args.output, &rows, table)?;
    Ok(ExitCode::SUCCESS)
}

/// Holdings of a reporting owner over time, per security and form of ownership.
///
/// Each position rolls forward across the owner's filings: where the amount reported
/// owned after a transaction is not the previous amount plus or minus the change, the
/// row is flagged as a break (a data error or a missing filing).
#[derive(Args)]
pub struct HoldingsArgs {
    #[command(flatten)]
    db: DbArgs,
    /// Reporting owner CIK, or part of a name.
    #[arg(long)]
    owner: String,
    /// Issuer CIK or ticker.
    #[arg(long)]
    issuer: Option<String>,
    #[command(flatten)]
    output: OutputArgs,
}

pub fn holdings(args: HoldingsArgs) -> Result<ExitCode> {
    let store = args.db.open()?;
    let series = store.holdings(&args.owner, args.issuer.as_deref())?;
    let mut table = Table::new(vec!["ticker", "security", "table", "d/i", "nature", "date", "form", "code", "a/d", "shares", "owned after", "break", "filing"]);
    for s in &series {
        for p in &s.points {
            table.push(vec![
                cell(&s.ticker),
                cell(&s.security_title),
                if s.derivative { "II".into() } else { "I".into() },
                cell(&s.direct_indirect),
                cell(&s.nature),
                cell(&p.date),
                cell(&p.form_type),
                p.code.clone().unwrap_or_else(|| "holding".into()),
                cell(&p.acquired_disposed),
                cell(&p.shares),
                cell(&p.owned_after),
                p.expected_after.as_ref().map(|e| format!("expected {e}")).unwrap_or_default(),
                p.filing.clone(),
            ]);
        }
    }
    print(args.output, &series, table)?;
    Ok(ExitCode::SUCCESS)
}

/// The insiders of an issuer: who, their relationship on their latest filing, when
/// they last filed, and their current holdings.
#[derive(Args)]
pub struct InsidersArgs {
    #[command(flatten)]
    db: DbArgs,
    /// Issuer CIK or ticker.
    #[arg(long)]
    issuer: String,
    #[command(flatten)]
    output: OutputArgs,
}

pub fn insiders(args: InsidersArgs) -> Result<ExitCode> {
    let store = args.db.open()?;
    let insiders = store.insiders(&args.issuer)?;
    let mut table = Table::new(vec!["owner cik", "name", "relationship", "filings", "last filed", "holdings"]);
    for i in &insiders {
        let holdings = i.holdings.iter().map(|h| format!("{} {} {}", cell(&h.security_title), cell(&h.owned), cell(&h.direct_indirect))).collect::<Vec<_>>().join("; ");
        table.push(vec![i.owner_cik.to_string(), cell(&i.name), i.relationship.clone(), i.filings.to_string(), cell(&i.last_filed), holdings]);
    }
    print(args.output, &insiders, table)?;
    Ok(ExitCode::SUCCESS)
}
