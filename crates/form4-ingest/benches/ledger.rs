//! Ingest of the bulk corpus and query latency: `cargo bench -p form4-ingest --bench ledger`.
//!
//! Ingests `submissions-all.tar.xz` (path in `FORM4_BULK`, default
//! `../shared/corpus/submissions-all.tar.xz`) into a fresh ledger in the system temp
//! directory, end to end (decompression, reading, checks, writes), then times typical
//! queries against it: p50 and p99 over `FORM4_BENCH_QUERIES` runs each (default 200).

use std::time::{Duration, Instant};

use form4_store::{Store, TransactionFilter};

fn main() {
    let bulk = std::env::var("FORM4_BULK").unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/submissions-all.tar.xz").into());
    if !std::path::Path::new(&bulk).exists() {
        eprintln!("bulk corpus not found at {bulk}; set FORM4_BULK");
        return;
    }
    let runs: usize = std::env::var("FORM4_BENCH_QUERIES").ok().and_then(|s| s.parse().ok()).unwrap_or(200);
    let db = std::env::temp_dir().join(format!("form4-bench-{}.db", std::process::id()));
    let _ = std::fs::remove_file(&db);
    let mut store = Store::open(&db).expect("ledger");
    let report = form4_ingest::ingest(std::slice::from_ref(&bulk), &mut store, form4_ingest::Options::default(), |_| {}).expect("ingest");
    drop(store);
    let size = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0) + std::fs::metadata(db.with_extension("db-wal")).map(|m| m.len()).unwrap_or(0);
    println!(
        "ingest {}: {} inputs, {} filings in {:.2} s: {:.0} filings/s end to end; ledger {:.1} MB, {:.0} bytes per filing",
        bulk,
        report.inputs,
        report.stats.inserted,
        report.seconds,
        report.inputs as f64 / report.seconds,
        size as f64 / 1e6,
        size as f64 / report.stats.inserted.max(1) as f64
    );

    let store = Store::open(&db).expect("ledger");
    let counts = store.counts().expect("counts");
    println!("ledger: {counts:?}");
    let team = TransactionFilter { issuer: Some("TEAM".into()), ..Default::default() };
    let all_team = store.transactions(&TransactionFilter { limit: 100_000, ..team.clone() }).expect("query").len();
    println!("issuer TEAM (Atlassian) has {all_team} transactions");
    time(runs, "transactions --issuer TEAM (newest 100)", || store.transactions(&team).unwrap().len());
    time(runs, "transactions --issuer TEAM --code S --limit 1000", || store.transactions(&TransactionFilter { codes: vec!["S".into()], limit: 1000, ..team.clone() }).unwrap().len());
    time(runs, "transactions --issuer 1650372 --from 2023-06-01 --to 2023-06-30", || {
        store.transactions(&TransactionFilter { issuer: Some("1650372".into()), from: "2023-06-01".parse().ok(), to: "2023-06-30".parse().ok(), ..Default::default() }).unwrap().len()
    });
    time(runs, "transactions --owner 1666120 (newest 100)", || store.transactions(&TransactionFilter { owner: Some("1666120".into()), ..Default::default() }).unwrap().len());
    time(runs, "transactions --owner cannon (name search)", || store.transactions(&TransactionFilter { owner: Some("cannon".into()), ..Default::default() }).unwrap().len());
    time(runs, "transactions --code P (newest 100, all issuers)", || store.transactions(&TransactionFilter { codes: vec!["P".into()], ..Default::default() }).unwrap().len());
    time(runs, "holdings --owner 1666120 --issuer TEAM", || store.holdings("1666120", Some("TEAM")).unwrap().len());
    time(runs.min(50), "insiders --issuer TEAM", || store.insiders("TEAM").unwrap().len());
    let key = store.transactions(&team).unwrap()[0].filing.clone();
    time(runs, "filing by accession (decompress + decode)", || store.filing(&key).unwrap().is_some() as usize);
    drop(store);
    for suffix in ["db", "db-wal", "db-shm"] {
        let _ = std::fs::remove_file(db.with_extension(suffix));
    }
}

fn time(runs: usize, what: &str, mut f: impl FnMut() -> usize) {
    let mut times: Vec<Duration> = Vec::with_capacity(runs);
    let mut n = 0;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        n = std::hint::black_box(f());
        times.push(t.elapsed());
    }
    times.sort();
    let p = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize].as_secs_f64() * 1e3;
    println!("{what:<62} {n:>6} rows  p50 {:>7.3} ms  p99 {:>7.3} ms", p(0.5), p(0.99));
}
