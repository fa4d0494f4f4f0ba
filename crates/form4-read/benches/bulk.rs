//! Throughput over the bulk corpus: `cargo bench -p form4-read --bench bulk`.
//!
//! Reads every member of `submissions-all.tar.xz` (path in `FORM4_BULK`, default
//! `../shared/corpus/submissions-all.tar.xz`) into memory, then times:
//! - the ownership XML reader alone, on the `<XML>` bodies cut out beforehand;
//! - the whole submission reader (header, documents, XML) on the full files;
//!
//! each on one thread and on all cores (rayon), best of `FORM4_BENCH_RUNS` (default 5).

use std::io::Read;
use std::time::{Duration, Instant};

use rayon::prelude::*;

fn main() {
    let path = std::env::var("FORM4_BULK").unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/submissions-all.tar.xz").into());
    let runs: usize = std::env::var("FORM4_BENCH_RUNS").ok().and_then(|s| s.parse().ok()).unwrap_or(5);
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("bulk corpus not found at {path} ({e}); set FORM4_BULK");
            return;
        }
    };
    let mut archive = tar::Archive::new(xz2::read::XzDecoder::new(file));
    let mut files: Vec<Vec<u8>> = Vec::new();
    for entry in archive.entries().expect("tar") {
        let mut entry = entry.expect("tar entry");
        if entry.header().entry_type().is_file() {
            let mut buf = Vec::with_capacity(entry.size() as usize);
            entry.read_to_end(&mut buf).expect("read member");
            files.push(buf);
        }
    }
    let xml: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let s = std::str::from_utf8(f).ok()?;
            let start = s.find("<XML>")? + 5;
            let end = s[start..].find("</XML>")? + start;
            Some(s[start..end].to_owned())
        })
        .collect();
    let total: usize = files.iter().map(Vec::len).sum();
    let xml_total: usize = xml.iter().map(String::len).sum();
    println!("corpus: {} submissions, {:.1} MB; {} ownership XML bodies, {:.1} MB", files.len(), mb(total), xml.len(), mb(xml_total));
    println!("threads for 'all cores': {}", rayon::current_num_threads());

    // `FORM4_BENCH_ONLY=xml` times only the XML reader on one thread (for profiling).
    let only_xml = std::env::var("FORM4_BENCH_ONLY").is_ok_and(|v| v == "xml");
    let xml_one = best(runs, || xml.iter().filter(|x| form4_xml::read_str(x).is_ok()).count());
    report("ownership XML -> model, 1 thread", xml.len(), xml_total, xml_one);
    if only_xml {
        return;
    }
    let xml_all = best(runs, || xml.par_iter().filter(|x| form4_xml::read_str(x).is_ok()).count());
    report("ownership XML -> model, all cores", xml.len(), xml_total, xml_all);
    let sub_one = best(runs, || files.iter().filter(|f| form4_read::read_bytes(None, f).is_ok()).count());
    report("full submission -> Filing, 1 thread", files.len(), total, sub_one);
    let sub_all = best(runs, || files.par_iter().filter(|f| form4_read::read_bytes(None, f).is_ok()).count());
    report("full submission -> Filing, all cores", files.len(), total, sub_all);
}

fn best(runs: usize, mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut ok = 0;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        ok = std::hint::black_box(f());
        best = best.min(t.elapsed());
    }
    (best, ok)
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

fn report(what: &str, n: usize, bytes: usize, (time, ok): (Duration, usize)) {
    let s = time.as_secs_f64();
    println!("{what:<40} {n:>6} inputs ({ok} ok) in {:>8.1} ms: {:>9.0} filings/s, {:>7.1} MB/s", s * 1e3, n as f64 / s, mb(bytes) / s);
}
