//! `form4 check`: rule findings and lateness, for people and for programs.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Result};
use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use form4_model::{Diagnostic, Filing, Severity};
use rayon::prelude::*;

/// Check filings against the rule catalogue and the Section 16 deadlines.
///
/// Prints findings like a compiler: severity, rule id, message, and the field's path
/// in the filing. Exit status: 0 when no errors were found, 1 when any filing has an
/// error finding, 2 when an input could not be read. Use `--explain RULE` for what a
/// rule checks, `--list` for the catalogue, `--late` for deadlines per filing and per
/// transaction.
#[derive(Args)]
pub struct CheckArgs {
    /// Files, directories or archives; `-` reads stdin.
    #[arg(value_name = "FILE|DIR|-", required_unless_present_any = ["explain", "list"])]
    paths: Vec<String>,
    /// One JSON object per filing (findings and lateness) instead of text.
    #[arg(long)]
    json: bool,
    /// Report, per filing and per transaction, the deadline, when it counted as filed and how many business days late.
    #[arg(long)]
    late: bool,
    /// Explain a rule and exit.
    #[arg(long, value_name = "RULE")]
    explain: Option<String>,
    /// List the rules and exit.
    #[arg(long)]
    list: bool,
    /// Only print findings of this severity or worse.
    #[arg(long, value_enum, default_value = "note")]
    min_severity: Level,
    /// The date to check "nothing in the future" against when a filing has no filing date (default: today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    today: Option<NaiveDate>,
    /// When to colour the output.
    #[arg(long, value_enum, default_value = "auto")]
    color: Color,
    /// Print only the summary.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum Level {
    Note,
    Warning,
    Error,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

/// The result for one input.
#[derive(serde::Serialize)]
struct Report {
    path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    accession: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    form: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unreadable: Option<String>,
    findings: Vec<Diagnostic>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lateness: Option<form4_check::Lateness>,
}

pub fn run(args: CheckArgs) -> Result<ExitCode> {
    if args.list {
        let mut out = std::io::stdout().lock();
        for rule in form4_check::rules::ALL {
            writeln!(out, "{:<26} {:<8} {}", rule.id, rule.severity.to_string(), rule.summary)?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(id) = &args.explain {
        let Some(rule) = form4_check::rules::find(id) else {
            bail!("no rule {id:?}; `form4 check --list` lists them");
        };
        println!("{} ({}): {}\n\n{}", rule.id, rule.severity, rule.summary, rule.explanation);
        return Ok(ExitCode::SUCCESS);
    }
    let today = args.today.unwrap_or_else(|| chrono::Local::now().date_naive());
    let min = match args.min_severity {
        Level::Note => Severity::Note,
        Level::Warning => Severity::Warning,
        Level::Error => Severity::Error,
    };
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let started = Instant::now();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut summary = Summary::default();
    let mut write_error = None;
    form4_source::for_each_batch(&args.paths, 512, |batch| {
        let reports: Vec<Report> = batch.into_par_iter().map(|e| check_one(e, today)).collect();
        for mut report in reports {
            report.findings.retain(|d| d.severity >= min);
            summary.add(&report);
            if args.quiet {
                continue;
            }
            let written = if args.json { write_json(&mut out, &report) } else { write_human(&mut out, &report, args.late, color) };
            if let Err(e) = written {
                write_error.get_or_insert(e);
            }
        }
    })?;
    if let Some(e) = write_error {
        return Err(e.into());
    }
    out.flush()?;
    summary.print(started.elapsed().as_secs_f64(), args.late);
    Ok(if summary.unreadable > 0 {
        ExitCode::from(2)
    } else if summary.with_errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn check_one(entry: form4_source::Entry, today: NaiveDate) -> Report {
    let (path, filing) = crate::inputs::read_entry(entry);
    let mut report = Report { path, accession: None, form: None, unreadable: None, findings: Vec::new(), lateness: None };
    let filing: Filing = match filing {
        Ok(f) => f,
        Err(e) => {
            report.unreadable = Some(e);
            return report;
        }
    };
    report.accession = filing.accession_number().map(str::to_owned);
    report.form = filing.ownership.as_ref().and_then(|d| d.document_type.clone());
    // Reader diagnostics come first: a value kept raw is also an invalid-value finding.
    // (`unparsed-value` is left to the check's own `invalid-value` finding.)
    report.findings = filing.diagnostics.iter().filter(|d| d.severity >= Severity::Warning && d.code != "unparsed-value").cloned().collect();
    report.findings.extend(form4_check::check(&filing, today));
    report.lateness = form4_check::lateness(&filing);
    if let Some(late) = &report.lateness {
        if late.days_late.is_some_and(|d| d > 0) {
            let rule = &form4_check::rules::LATE_FILING;
            let message = format!(
                "Form {} due {} ({}), filed {}: {} business day{} late",
                late.form,
                late.deadline,
                late.basis,
                late.filed.map_or_else(|| "?".into(), |d| d.to_string()),
                late.days_late.unwrap(),
                if late.days_late == Some(1) { "" } else { "s" }
            );
            report.findings.push(Diagnostic::new(rule.severity, rule.id, message, form4_model::Location::default()));
        }
    }
    report
}

fn write_json(out: &mut impl Write, report: &Report) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, report)?;
    out.write_all(b"\n")
}

fn paint(color: bool, code: &str, text: &str) -> String {
    if color {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

fn write_human(out: &mut impl Write, report: &Report, late: bool, color: bool) -> std::io::Result<()> {
    let at = match &report.accession {
        Some(a) => format!("{} ({a})", report.path),
        None => report.path.clone(),
    };
    if let Some(e) = &report.unreadable {
        return writeln!(out, "{}: {e}\n", paint(color, "1;31", "error[unreadable]"));
    }
    for d in &report.findings {
        let (label, code) = match d.severity {
            Severity::Error => ("error", "1;31"),
            Severity::Warning => ("warning", "1;33"),
            Severity::Note => ("note", "1;36"),
        };
        writeln!(out, "{}{}", paint(color, code, &format!("{label}[{}]", d.code)), paint(color, "1", &format!(": {}", d.message)))?;
        writeln!(out, "  {} {at}", paint(color, "1;34", "-->"))?;
        let place = match (&d.location.path, d.location.line) {
            (Some(p), Some(line)) => format!("{p} (line {line})"),
            (Some(p), None) => p.clone(),
            (None, Some(line)) => format!("line {line}"),
            (None, None) => String::new(),
        };
        if !place.is_empty() {
            writeln!(out, "   {} {place}", paint(color, "1;34", "="))?;
        }
        writeln!(out)?;
    }
    if late {
        match &report.lateness {
            Some(l) => {
                let filed = match (l.filed, l.accepted) {
                    (Some(f), Some(a)) => format!("filed {f} (accepted {a} ET)"),
                    (Some(f), None) => format!("filed {f}"),
                    _ => "filing date unknown".into(),
                };
                let verdict = match l.days_late {
                    Some(0) => paint(color, "1;32", "on time"),
                    Some(n) => paint(color, "1;31", &format!("{n} business day{} late", if n == 1 { "" } else { "s" })),
                    None => "lateness unknown".into(),
                };
                writeln!(out, "{}: {at}: Form {}, due {} ({}), {filed}: {verdict}", paint(color, "1", "late"), l.form, l.deadline, l.basis)?;
                for t in &l.transactions {
                    let v = match (&t.exempt, t.days_late) {
                        (Some(why), _) => format!("exempt: {why}"),
                        (None, Some(0)) => "on time".into(),
                        (None, Some(n)) => format!("{n} business days late"),
                        (None, None) => "lateness unknown".into(),
                    };
                    writeln!(out, "    {}: from {}, due {}: {v}", t.path, t.from, t.deadline)?;
                }
                writeln!(out)?;
            }
            None => writeln!(out, "{}: {at}: no deadline (an amendment, or the dates are missing)\n", paint(color, "1", "late"))?,
        }
    }
    Ok(())
}

#[derive(Default)]
struct Summary {
    filings: usize,
    unreadable: usize,
    with_errors: usize,
    by_rule: BTreeMap<String, usize>,
    with_deadline: usize,
    late: usize,
    late_buckets: BTreeMap<&'static str, usize>,
}

const BUCKETS: &[(i64, i64, &str)] = &[(1, 1, "1 day"), (2, 2, "2 days"), (3, 5, "3-5 days"), (6, 10, "6-10 days"), (11, 30, "11-30 days"), (31, 250, "31-250 days"), (251, i64::MAX, "over 250 days")];

impl Summary {
    fn add(&mut self, r: &Report) {
        if r.unreadable.is_some() {
            self.unreadable += 1;
            return;
        }
        self.filings += 1;
        if r.findings.iter().any(|d| d.severity == Severity::Error) {
            self.with_errors += 1;
        }
        for d in &r.findings {
            *self.by_rule.entry(d.code.clone()).or_default() += 1;
        }
        if let Some(days) = r.lateness.as_ref().and_then(|l| l.days_late) {
            self.with_deadline += 1;
            if days > 0 {
                self.late += 1;
                let bucket = BUCKETS.iter().find(|(lo, hi, _)| (*lo..=*hi).contains(&days)).map_or("?", |b| b.2);
                *self.late_buckets.entry(bucket).or_default() += 1;
            }
        }
    }

    fn print(&self, seconds: f64, late: bool) {
        eprintln!("form4 check: {} filings checked in {seconds:.2} s, {} with errors, {} unreadable", self.filings, self.with_errors, self.unreadable);
        let mut rules: Vec<_> = self.by_rule.iter().collect();
        rules.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (rule, n) in rules {
            eprintln!("  {n:>8}  {rule}");
        }
        if late || self.late > 0 {
            eprintln!("  late: {} of {} filings with a known deadline and filing date", self.late, self.with_deadline);
            for (_, _, name) in BUCKETS {
                if let Some(n) = self.late_buckets.get(name) {
                    eprintln!("  {n:>8}  {name} late");
                }
            }
        }
    }
}
