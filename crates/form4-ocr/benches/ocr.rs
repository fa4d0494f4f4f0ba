//! OCR reader throughput: `cargo bench -p form4-ocr --bench ocr`.
//!
//! Reads every `ocr.md` under `FORM4_OCR_DIR` (default `../shared/ocr-dev`, falling
//! back to the repository's `fixtures/ocr`) into memory, then reads them all
//! `FORM4_BENCH_ROUNDS` times (default 20) on one thread, best of 5 runs.

use std::path::{Path, PathBuf};

// The allocator the `form4` binary uses, so the figure is the one users get.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::time::{Duration, Instant};

fn collect(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p: PathBuf = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.file_name().is_some_and(|n| n == "ocr.md" || p.extension().is_some_and(|x| x == "txt")) {
            if let Ok(s) = std::fs::read_to_string(&p) {
                out.push(s);
            }
        }
    }
}

fn main() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let dir = std::env::var("FORM4_OCR_DIR").unwrap_or_else(|_| format!("{root}/../shared/ocr-dev"));
    let mut texts = Vec::new();
    collect(Path::new(&dir), &mut texts);
    if texts.is_empty() {
        collect(Path::new(&format!("{root}/fixtures/ocr")), &mut texts);
    }
    let rounds: usize = std::env::var("FORM4_BENCH_ROUNDS").ok().and_then(|s| s.parse().ok()).unwrap_or(20);
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut best = Duration::MAX;
    let mut fields = 0;
    for _ in 0..5 {
        let start = Instant::now();
        fields = 0;
        for _ in 0..rounds {
            for t in &texts {
                fields += std::hint::black_box(form4_ocr::read(t)).report.fields.len();
            }
        }
        best = best.min(start.elapsed());
    }
    let n = texts.len() * rounds;
    println!(
        "ocr read, 1 thread: {} filings ({} KiB each on average), {:.0} filings/s, {:.1} MB/s, {} fields per round",
        n,
        bytes / texts.len().max(1) / 1024,
        n as f64 / best.as_secs_f64(),
        (bytes * rounds) as f64 / best.as_secs_f64() / 1e6,
        fields / rounds
    );
}
