//! The ingest pipeline: a reader thread walks the inputs (decompressing archives), the
//! rayon pool reads and checks each batch in parallel, and this thread writes each
//! batch to the ledger in one transaction. Bad inputs become rejects; the run goes on.

use std::sync::mpsc;
use std::time::Instant;

use chrono::NaiveDate;
use form4_store::{BatchStats, Item, Store};
use rayon::prelude::*;

/// Why an ingest stopped.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// A path could not be opened.
    #[error(transparent)]
    Source(#[from] form4_source::SourceError),
    /// The database failed.
    #[error(transparent)]
    Store(#[from] form4_store::StoreError),
}

/// Progress after each batch.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    /// Inputs processed so far.
    pub done: usize,
    /// Inputs expected in all, when known (plain files; archive members are not counted ahead).
    pub total: Option<usize>,
}

/// What an ingest did.
#[derive(Debug, Clone, Default)]
pub struct IngestReport {
    /// Inputs seen.
    pub inputs: usize,
    /// Filings written, duplicates skipped, rejects recorded.
    pub stats: BatchStats,
    /// Filings now superseded by an amendment.
    pub superseded: usize,
    /// Wall-clock seconds.
    pub seconds: f64,
    /// The inputs rejected in this run (path, reason), first 1,000.
    pub failures: Vec<(String, String)>,
}

/// Options of an ingest.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Inputs per batch (per database transaction).
    pub batch_size: usize,
    /// The date "nothing in the future" is checked against for filings without a filing date.
    pub today: NaiveDate,
}

impl Default for Options {
    fn default() -> Self {
        Options { batch_size: 2000, today: chrono::Local::now().date_naive() }
    }
}

/// Ingests everything under `paths` into `store`.
///
/// Three stages overlap: a thread walks and decompresses the inputs, the rayon pool reads
/// and checks each batch, and a writer thread commits the previous batch meanwhile.
pub fn ingest(paths: &[String], store: &mut Store, options: Options, mut progress: impl FnMut(Progress)) -> Result<IngestReport, IngestError> {
    let started = Instant::now();
    let total = count_plain_files(paths);
    let batch_size = options.batch_size.max(1);
    let (to_parse, parse_queue) = mpsc::sync_channel::<Vec<form4_source::Entry>>(2);
    let (to_write, write_queue) = mpsc::sync_channel::<Vec<Item>>(2);
    let mut report = IngestReport::default();
    let writer_store = &mut *store;
    let (walked, written) = std::thread::scope(|scope| {
        let walker = scope.spawn(move || {
            form4_source::for_each_batch(paths, batch_size, |batch| {
                // The receiver only hangs up when the writer failed; that error is reported.
                let _ = to_parse.send(batch);
            })
        });
        let writer = scope.spawn(move || -> Result<BatchStats, form4_store::StoreError> {
            let mut stats = BatchStats::default();
            let mut failed = None;
            for items in write_queue {
                if failed.is_none() {
                    match writer_store.write_batch(items) {
                        Ok(s) => stats += s,
                        Err(e) => failed = Some(e),
                    }
                }
            }
            failed.map_or(Ok(stats), Err)
        });
        for batch in parse_queue {
            report.inputs += batch.len();
            let items: Vec<Item> = batch.into_par_iter().map(|e| to_item(e, options.today)).collect();
            for item in &items {
                if let Item::Reject { source_path, reason, .. } = item {
                    if report.failures.len() < 1000 {
                        report.failures.push((source_path.clone(), reason.clone()));
                    }
                }
            }
            if to_write.send(items).is_err() {
                break; // the writer stopped on an error, reported below
            }
            progress(Progress { done: report.inputs, total });
        }
        drop(to_write);
        (walker.join().expect("input walker panicked"), writer.join().expect("ledger writer panicked"))
    });
    report.stats = written?;
    walked?;
    report.superseded = store.resolve_amendments()?;
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}

fn to_item(entry: form4_source::Entry, today: NaiveDate) -> Item {
    let bytes = match entry.content {
        Ok(b) => b,
        Err(reason) => {
            let sha256 = form4_read::sha256_hex(format!("{}\0{reason}", entry.name).as_bytes());
            return Item::Reject { source_path: entry.name, sha256, reason };
        }
    };
    match form4_read::read_bytes(Some(&entry.name), &bytes) {
        Ok(filing) => {
            let findings = form4_check::check(&filing, today);
            let lateness = form4_check::lateness(&filing);
            let source_path = entry.name.clone();
            Item::filing(filing, findings, lateness).unwrap_or_else(|e| Item::Reject { source_path, sha256: form4_read::sha256_hex(&bytes), reason: e.to_string() })
        }
        Err(e) => {
            let place = e.location.to_string();
            let reason = if place.is_empty() { e.reason } else { format!("{place}: {}", e.reason) };
            Item::Reject { source_path: entry.name, sha256: form4_read::sha256_hex(&bytes), reason }
        }
    }
}

/// Plain files under the paths, for a progress total; `None` if archives or stdin are among them.
fn count_plain_files(paths: &[String]) -> Option<usize> {
    fn walk(dir: &std::path::Path, n: &mut usize) -> Option<()> {
        for entry in std::fs::read_dir(dir).ok()? {
            let entry = entry.ok()?;
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            if entry.file_type().ok()?.is_dir() {
                walk(&entry.path(), n)?;
            } else {
                *n += 1;
            }
        }
        Some(())
    }
    let mut n = 0;
    for p in paths {
        let path = std::path::Path::new(p);
        if p == "-" {
            return None;
        }
        if path.is_dir() {
            walk(path, &mut n)?;
        } else if form4_source::is_archive(path) {
            return None;
        } else {
            n += 1;
        }
    }
    Some(n)
}
