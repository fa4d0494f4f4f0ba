//! `form4`: read, check, store and query Section 16 insider filings.

mod check;
mod due;
mod eval;
mod export;
mod inputs;
mod ledger;
mod parse;
mod serve;
mod table;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

// Reading allocates many small strings on every thread; mimalloc's per-thread heaps
// make ingest ~N% faster than glibc's allocator (see BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// form4 turns SEC insider filings (Forms 3, 4, 5 and amendments) into exact,
/// validated records.
///
/// It reads EDGAR ownership XML, full EDGAR submission files (.txt), the SEC's HTML
/// rendering of a form and OCR text of printed forms, alone, in directories or in
/// archives, and recognises the format from the content, not the file name.
#[derive(Parser)]
#[command(name = "form4", version, about, long_about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Parse(parse::ParseArgs),
    Check(check::CheckArgs),
    Due(due::DueArgs),
    Ingest(ledger::IngestArgs),
    Transactions(ledger::TransactionsArgs),
    Holdings(ledger::HoldingsArgs),
    Insiders(ledger::InsidersArgs),
    Serve(serve::ServeArgs),
    Export(export::ExportArgs),
    Eval(eval::EvalArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Parse(args) => parse::run(args),
        Command::Check(args) => check::run(args),
        Command::Due(args) => due::run(args),
        Command::Ingest(args) => ledger::ingest(args),
        Command::Transactions(args) => ledger::transactions(args),
        Command::Holdings(args) => ledger::holdings(args),
        Command::Insiders(args) => ledger::insiders(args),
        Command::Serve(args) => serve::run(args),
        Command::Export(args) => export::run(args),
        Command::Eval(args) => eval::run(args),
    };
    match result {
        Ok(code) => code,
        // The reader of our output went away (`form4 eval -v DIR | head`): what it
        // wanted it has, so this is no failure to report.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("form4: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| cause.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe))
}
