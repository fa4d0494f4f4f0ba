//! Parses every file of a directory N times: a driver for profilers.
//! `cargo run --release -p form4-xml --example parse_dir -- DIR [N]`
fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("DIR");
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let files: Vec<String> = std::fs::read_dir(&dir).unwrap().filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok()).collect();
    let mut ok = 0;
    for _ in 0..n {
        ok += files.iter().filter(|f| form4_xml::read_str(f).is_ok()).count();
    }
    println!("{ok} parsed");
}
