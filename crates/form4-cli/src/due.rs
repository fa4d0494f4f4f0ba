//! `form4 due`: the filing deadline for a date.

use std::process::ExitCode;

use anyhow::{Context, Result};
use chrono::{NaiveDate, NaiveDateTime};
use clap::Args;
use form4_calendar::{closure_reason, days_late, deadline, eastern_from_utc, filed_on, Form};

/// Print the Section 16 filing deadline.
///
/// For Form 4, DATE is the transaction date (or the deemed execution date): the
/// deadline is the end of the second business day after it. For Form 3, DATE is the
/// day the person became an insider (10 days). For Form 5, DATE is the issuer's fiscal
/// year end (45 days). Business days exclude weekends and federal holidays. With
/// `--accepted`, also says when a filing accepted then counts as filed and how late it is.
#[derive(Args)]
pub struct DueArgs {
    /// The date the deadline runs from, YYYY-MM-DD.
    date: NaiveDate,
    /// Which form: 3, 4 or 5.
    #[arg(long, default_value = "4")]
    form: String,
    /// EDGAR acceptance time, "YYYY-MM-DD HH:MM:SS" in US Eastern time (or UTC with --utc).
    #[arg(long)]
    accepted: Option<String>,
    /// The --accepted time is UTC.
    #[arg(long)]
    utc: bool,
}

pub fn run(args: DueArgs) -> Result<ExitCode> {
    let form = Form::parse(&args.form).with_context(|| format!("--form {:?}: expected 3, 4 or 5", args.form))?;
    let due = deadline(form, args.date);
    let basis = match form {
        Form::Form3 => "10 days after the event, moved to a business day",
        Form::Form4 => "the second business day after the transaction",
        Form::Form5 => "45 days after the fiscal year end, moved to a business day",
    };
    println!("Form {} for {}: due {} ({}; {basis})", args.form.trim_end_matches("/A"), args.date, due, due.format("%A"));
    let mut d = args.date;
    while d < due {
        d = d.succ_opt().context("date out of range")?;
        if let Some(why) = closure_reason(d) {
            println!("  {d} is not a business day: {why}");
        }
    }
    if let Some(accepted) = args.accepted {
        let at = NaiveDateTime::parse_from_str(accepted.trim(), "%Y-%m-%d %H:%M:%S")
            .or_else(|_| NaiveDateTime::parse_from_str(accepted.trim(), "%Y-%m-%dT%H:%M:%S"))
            .with_context(|| format!("--accepted {accepted:?}: expected YYYY-MM-DD HH:MM:SS"))?;
        let eastern = if args.utc { eastern_from_utc(at) } else { at };
        let filed = filed_on(eastern);
        let late = days_late(due, filed);
        let verdict = if late == 0 { "on time".to_string() } else { format!("{late} business day{} late", if late == 1 { "" } else { "s" }) };
        println!("accepted {eastern} ET counts as filed {filed}: {verdict}");
    }
    Ok(ExitCode::SUCCESS)
}
