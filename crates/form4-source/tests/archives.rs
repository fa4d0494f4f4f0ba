//! Archives are recognised by content and read member by member, as EDGAR's bulk feeds come.

use std::io::Write;
use std::path::Path;

fn scratch(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new().prefix(&format!("form4-source-{name}-")).tempdir().unwrap()
}

/// Two real filings from the fixtures.
fn members() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/submission/ok");
    ["08d2c1eb07c227b4.txt", "2df891d4b7a15a7e.txt"].iter().map(|n| (format!("sgml/{n}"), std::fs::read(root.join(n)).unwrap())).collect()
}

fn tar_bytes() -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for (name, bytes) in members() {
        let mut header = tar::Header::new_gnu();
        header.set_size(bytes.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        builder.append_data(&mut header, &name, bytes.as_slice()).unwrap();
    }
    builder.into_inner().unwrap()
}

fn collect(paths: &[String]) -> Vec<form4_source::Entry> {
    let mut all = Vec::new();
    form4_source::for_each_batch(paths, 1, |batch| all.extend(batch)).unwrap();
    all
}

#[test]
fn tar_gzip_xz_and_zip_archives_yield_their_members() {
    let dir = scratch("archives");
    let tar = tar_bytes();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&tar).unwrap();
    let mut xz = xz2::write::XzEncoder::new(Vec::new(), 1);
    xz.write_all(&tar).unwrap();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in members() {
        zip.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        zip.write_all(&bytes).unwrap();
    }
    // Names that lie about the content: detection goes by magic bytes.
    let files = [("a.tar", tar.clone()), ("b.bin", gz.finish().unwrap()), ("c.tar.xz", xz.finish().unwrap()), ("d.dat", zip.finish().unwrap().into_inner())];
    for (name, bytes) in &files {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    let expected = members();
    for (name, _) in &files {
        let path = dir.path().join(name).display().to_string();
        let entries = collect(std::slice::from_ref(&path));
        assert_eq!(entries.len(), 2, "{name}");
        for (entry, (member, bytes)) in entries.iter().zip(&expected) {
            assert_eq!(entry.name, format!("{path}:{member}"));
            assert_eq!(entry.content.as_ref().unwrap(), bytes);
        }
    }
}

#[test]
fn a_damaged_archive_is_an_entry_with_an_error_not_a_stop() {
    let dir = scratch("damaged");
    let mut xz = xz2::write::XzEncoder::new(Vec::new(), 1);
    xz.write_all(&tar_bytes()).unwrap();
    let mut bytes = xz.finish().unwrap();
    let cut = bytes.len() / 2;
    bytes.truncate(cut);
    std::fs::write(dir.path().join("cut.tar.xz"), &bytes).unwrap();
    let plain = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/submission/ok/08d2c1eb07c227b4.txt");
    let entries = collect(&[dir.path().join("cut.tar.xz").display().to_string(), plain.display().to_string()]);
    assert!(entries.iter().any(|e| e.content.is_err()), "the damage is reported");
    assert!(entries.last().unwrap().content.is_ok(), "and the next input is still read");
}

#[test]
fn directories_are_walked_in_name_order_without_hidden_files() {
    let dir = scratch("walk");
    std::fs::create_dir_all(dir.path().join("b/c")).unwrap();
    for f in ["b/c/2.txt", "a.txt", "b/1.txt", ".hidden", "b/.also-hidden"] {
        std::fs::write(dir.path().join(f), f).unwrap();
    }
    let names: Vec<String> = collect(&[dir.path().display().to_string()]).into_iter().map(|e| e.name.rsplit_once(&*dir.path().display().to_string()).unwrap().1.to_string()).collect();
    assert_eq!(names, ["/a.txt", "/b/1.txt", "/b/c/2.txt"]);
}

#[test]
fn a_missing_path_is_an_error_naming_it() {
    let err = form4_source::for_each_batch(&["no/such/path".into()], 10, |_| {}).unwrap_err();
    assert!(err.to_string().starts_with("no/such/path: "), "{err}");
}
