//! `form4 eval`: score the OCR reader against ground truth.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Args;
use form4_ocr::eval::{score, Outcome, Tally};

/// Score the OCR reader against ground truth, field by field.
///
/// DIR holds one folder per OCR'd filing with `ocr.md` (the text to read),
/// `truth.json` (the true values) and optionally `meta.json` (whose
/// `params.degrade` names the degradation tier: clean, scan, copy, fax). A field
/// is exact when it equals the truth after collapsing whitespace (numbers compare as
/// decimals). Wrong fields are split into flagged (the reader marked them
/// uncertain) and confident-but-wrong; fields of rows, owners, footnotes or
/// signatures the reader did not find at all, and of files it refused as not a form,
/// are "missed". Footnote references (`*_fn`) are scored apart.
#[derive(Args)]
pub struct EvalArgs {
    /// The folder of OCR'd filings with their truth.
    #[arg(value_name = "DIR")]
    dir: PathBuf,
    /// List every field that is not exact (`-vv`: every field, exact ones too).
    #[arg(long, short, action = clap::ArgAction::Count)]
    verbose: u8,
    /// Read each page as plain text: the markdown cell grid taken away, each table
    /// row's cells joined by spaces (what a page reader without table finding prints).
    #[arg(long)]
    plain: bool,
}

fn tier_of(dir: &Path) -> String {
    std::fs::read(dir.join("meta.json"))
        .ok()
        .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
        .and_then(|m| m["params"]["degrade"].as_str().map(str::to_string))
        .unwrap_or_else(|| "unknown".into())
}

fn group_of(key: &str) -> &'static str {
    if key.ends_with("_fn") {
        "footnote refs"
    } else if key.starts_with("footnotes") || key == "remarks" {
        "footnote/remark text"
    } else if key.starts_with("nonDerivative") || key.starts_with("derivative") {
        "table rows"
    } else if key.starts_with("reportingOwners") {
        "owners"
    } else if key.starts_with("signatures") {
        "signatures"
    } else {
        "document/issuer"
    }
}

pub fn run(args: EvalArgs) -> Result<ExitCode> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&args.dir)
        .with_context(|| format!("reading {}", args.dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("ocr.md").is_file() && p.join("truth.json").is_file())
        .collect();
    dirs.sort();
    if dirs.is_empty() {
        anyhow::bail!("{}: no folders with ocr.md and truth.json", args.dir.display());
    }
    let mut by_tier: BTreeMap<String, (Tally, Tally)> = BTreeMap::new();
    let mut by_group: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut by_confidence: BTreeMap<&str, Tally> = BTreeMap::new();
    let (mut all, mut refs) = (Tally::default(), Tally::default());
    let mut unreadable = 0;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for dir in &dirs {
        let path = dir.join("ocr.md");
        let mut bytes = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
        if args.plain {
            bytes = form4_ocr::eval::without_grid(&String::from_utf8_lossy(&bytes)).into_bytes();
        }
        let truth: serde_json::Value = serde_json::from_slice(&std::fs::read(dir.join("truth.json"))?).with_context(|| format!("{}: truth.json", dir.display()))?;
        let (filing, refused) = match form4_read::read_bytes(Some(&path.to_string_lossy()), &bytes) {
            Ok(f) => (f, false),
            Err(e) => {
                eprintln!("error: {e}");
                unreadable += 1;
                (form4_model::Filing::default(), true)
            }
        };
        let doc = filing.ownership.unwrap_or_default();
        let report = filing.reading.unwrap_or_default();
        let tier = tier_of(dir);
        let entry = by_tier.entry(tier.clone()).or_default();
        for mut f in score(&doc, &report, &truth) {
            // A file the reader refused asserts nothing: its fields are missed.
            if refused && f.outcome != Outcome::Exact {
                f.outcome = Outcome::Missed;
            }
            let is_ref = f.key.ends_with("_fn");
            if is_ref {
                refs.add(f.outcome);
                entry.1.add(f.outcome);
            } else {
                all.add(f.outcome);
                entry.0.add(f.outcome);
            }
            by_group.entry(group_of(&f.key)).or_default().add(f.outcome);
            let bucket = match f.confidence {
                None => "none reported",
                Some(0..=50) => "<=50 (flagged)",
                Some(51..=69) => "51-69",
                Some(70..=84) => "70-84",
                Some(85..=94) => "85-94",
                Some(_) => "95-100",
            };
            by_confidence.entry(bucket).or_default().add(f.outcome);
            if args.verbose >= 2 || (args.verbose == 1 && f.outcome != Outcome::Exact) {
                writeln!(
                    out,
                    "{}\t{:?}\t{}\ttruth={:?}\tgot={:?}\tconfidence={}",
                    dir.file_name().unwrap_or_default().to_string_lossy(),
                    f.outcome,
                    f.key,
                    f.truth,
                    f.got,
                    f.confidence.map_or("-".to_string(), |c| c.to_string())
                )?;
            }
        }
    }
    let line = |out: &mut dyn Write, name: &str, t: &Tally| {
        writeln!(out, "{name:<22} {:>6} {:>7.2}% {:>8} {:>7.2}% {:>8} {:>7}", t.fields, t.exact_pct(), t.confident_wrong, t.confident_wrong_pct(), t.flagged_wrong, t.missed)
    };
    writeln!(out, "{} filings from {} ({} unreadable)", dirs.len(), args.dir.display(), unreadable)?;
    writeln!(out, "{:<22} {:>6} {:>8} {:>8} {:>8} {:>8} {:>7}", "values", "fields", "exact", "conf.wrong", "", "flagged", "missed")?;
    for (tier, (t, _)) in &by_tier {
        line(&mut out, &format!("  tier {tier}"), t)?;
    }
    line(&mut out, "  all tiers", &all)?;
    writeln!(out, "{:<22}", "footnote references")?;
    for (tier, (_, t)) in &by_tier {
        line(&mut out, &format!("  tier {tier}"), t)?;
    }
    line(&mut out, "  all tiers", &refs)?;
    writeln!(out, "by part of the form (values and references, all tiers)")?;
    for (g, t) in &by_group {
        line(&mut out, &format!("  {g}"), t)?;
    }
    writeln!(out, "by the reader's confidence (values and references, all tiers)")?;
    for (g, t) in &by_confidence {
        line(&mut out, &format!("  {g}"), t)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
