//! `form4`: read, check, store and query Section 16 insider filings.

mod check;
mod due;
mod parse;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// form4 turns SEC insider filings (Forms 3, 4, 5 and amendments) into exact,
/// validated records.
///
/// It reads EDGAR ownership XML and full EDGAR submission files (.txt), alone, in
/// directories or in archives, and recognises the format from the content, not the
/// file name.
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Parse(args) => parse::run(args),
        Command::Check(args) => check::run(args),
        Command::Due(args) => due::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("form4: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
