//! Finds filings in what a user points at: files, directory trees (recursively, in
//! name order, hidden entries skipped), archives as EDGAR's bulk feeds come (`.tar`,
//! `.tar.gz`, `.tar.xz`, `.zip`, and a single gzip- or xz-compressed file), and `-` for
//! standard input. Archives are recognised by their magic bytes, not their names, and
//! streamed: only one batch of members is in memory at a time.

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::{Path, PathBuf};

/// One file found: its name (`dir/file.xml`, `bulk.tar.xz:sgml/x.txt`) and contents, or
/// why the contents could not be read.
#[derive(Debug)]
pub struct Entry {
    /// Where it came from, for messages and the filing's source path.
    pub name: String,
    /// The bytes, or the reason they could not be read.
    pub content: Result<Vec<u8>, String>,
}

/// A path that could not be opened or walked at all.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {source}")]
pub struct SourceError {
    /// The path given.
    pub path: String,
    /// Why.
    pub source: io::Error,
}

/// Calls `batch` with the entries found under `paths`, `batch_size` at a time, in order.
/// A path that cannot be opened stops the walk with an error; a member of an archive that
/// cannot be read is passed on as an `Entry` with an error, so the rest goes on.
pub fn for_each_batch(paths: &[String], batch_size: usize, mut batch: impl FnMut(Vec<Entry>)) -> Result<(), SourceError> {
    let mut sink = Sink { batch: Vec::with_capacity(batch_size), size: batch_size.max(1), f: &mut batch };
    for arg in paths {
        if arg == "-" {
            let mut buf = Vec::new();
            io::stdin().read_to_end(&mut buf).map_err(|source| SourceError { path: "-".into(), source })?;
            visit_bytes("<stdin>", buf, &mut sink);
            continue;
        }
        let path = Path::new(arg);
        let meta = std::fs::metadata(path).map_err(|source| SourceError { path: arg.clone(), source })?;
        if meta.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files).map_err(|source| SourceError { path: arg.clone(), source })?;
            for file in files {
                visit_file(&file, &mut sink);
            }
        } else {
            visit_file(path, &mut sink);
        }
    }
    sink.flush();
    Ok(())
}

struct Sink<'f> {
    batch: Vec<Entry>,
    size: usize,
    f: &'f mut dyn FnMut(Vec<Entry>),
}

impl Sink<'_> {
    fn push(&mut self, entry: Entry) {
        self.batch.push(entry);
        if self.batch.len() >= self.size {
            self.flush();
        }
    }

    fn flush(&mut self) {
        if !self.batch.is_empty() {
            let full = std::mem::replace(&mut self.batch, Vec::with_capacity(self.size));
            (self.f)(full);
        }
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        if entry.file_type()?.is_dir() {
            walk(&entry.path(), out)?;
        } else {
            out.push(entry.path());
        }
    }
    Ok(())
}

/// Whether the file at `path` is an archive or compressed file (by its magic bytes).
pub fn is_archive(path: &Path) -> bool {
    File::open(path).and_then(|mut f| peek(&mut f)).is_ok_and(|head| kind(&head) != Kind::Plain)
}

/// What the first bytes say a file is.
#[derive(Debug, PartialEq, Eq)]
enum Kind {
    Xz,
    Gzip,
    Zip,
    Tar,
    Plain,
}

fn kind(head: &[u8]) -> Kind {
    if head.starts_with(&[0xFD, b'7', b'z', b'X', b'Z', 0]) {
        Kind::Xz
    } else if head.starts_with(&[0x1F, 0x8B]) {
        Kind::Gzip
    } else if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
        Kind::Zip
    } else if head.len() >= 262 && &head[257..262] == b"ustar" {
        Kind::Tar
    } else {
        Kind::Plain
    }
}

/// Reads up to 512 bytes, the most any magic number needs.
fn peek(reader: &mut impl Read) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(512);
    reader.take(512).read_to_end(&mut head)?;
    Ok(head)
}

fn visit_file(path: &Path, sink: &mut Sink) {
    let name = path.display().to_string();
    let result = (|| -> io::Result<()> {
        let mut file = File::open(path)?;
        let head = peek(&mut file)?;
        match kind(&head) {
            Kind::Plain => {
                let mut bytes = head;
                file.read_to_end(&mut bytes)?;
                sink.push(Entry { name: name.clone(), content: Ok(bytes) });
            }
            Kind::Zip => visit_zip(&name, File::open(path)?, sink),
            k => visit_stream(&name, k, head, BufReader::new(file), sink),
        }
        Ok(())
    })();
    if let Err(e) = result {
        sink.push(Entry { name, content: Err(format!("cannot read: {e}")) });
    }
}

fn visit_bytes(name: &str, bytes: Vec<u8>, sink: &mut Sink) {
    match kind(&bytes[..bytes.len().min(512)]) {
        Kind::Plain => sink.push(Entry { name: name.into(), content: Ok(bytes) }),
        Kind::Zip => visit_zip(name, io::Cursor::new(bytes), sink),
        k => visit_stream(name, k, Vec::new(), io::Cursor::new(bytes), sink),
    }
}

/// A tar, or a compressed tar or single file; `head` is what was already read of `rest`.
fn visit_stream(name: &str, kind: Kind, head: Vec<u8>, rest: impl Read, sink: &mut Sink) {
    let raw = io::Cursor::new(head).chain(rest);
    let mut inner: Box<dyn Read> = match kind {
        Kind::Xz => Box::new(xz2::read::XzDecoder::new_multi_decoder(raw)),
        Kind::Gzip => Box::new(flate2::read::MultiGzDecoder::new(raw)),
        _ => Box::new(raw),
    };
    let head = match peek(&mut inner) {
        Ok(h) => h,
        Err(e) => return sink.push(Entry { name: name.into(), content: Err(format!("cannot decompress: {e}")) }),
    };
    if kind != Kind::Tar && self::kind(&head) != Kind::Tar {
        // A single compressed file.
        let mut bytes = head;
        let content = inner.read_to_end(&mut bytes).map(|_| bytes).map_err(|e| format!("cannot decompress: {e}"));
        return sink.push(Entry { name: name.into(), content });
    }
    let mut archive = tar::Archive::new(io::Cursor::new(head).chain(inner));
    let entries = match archive.entries() {
        Ok(e) => e,
        Err(e) => return sink.push(Entry { name: name.into(), content: Err(format!("not a readable tar archive: {e}")) }),
    };
    for entry in entries {
        let mut entry = match entry {
            Ok(e) => e,
            Err(e) => return sink.push(Entry { name: name.into(), content: Err(format!("archive is damaged after this point: {e}")) }),
        };
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let member = entry.path().map(|p| p.display().to_string()).unwrap_or_else(|_| "?".into());
        if member.rsplit('/').next().is_some_and(|f| f.starts_with('.')) {
            continue;
        }
        let mut bytes = Vec::with_capacity(entry.size() as usize);
        let content = entry.read_to_end(&mut bytes).map(|_| bytes).map_err(|e| format!("cannot read archive member: {e}"));
        sink.push(Entry { name: format!("{name}:{member}"), content });
    }
}

fn visit_zip(name: &str, reader: impl Read + io::Seek, sink: &mut Sink) {
    let mut zip = match zip::ZipArchive::new(reader) {
        Ok(z) => z,
        Err(e) => return sink.push(Entry { name: name.into(), content: Err(format!("not a readable zip archive: {e}")) }),
    };
    for i in 0..zip.len() {
        let mut file = match zip.by_index(i) {
            Ok(f) => f,
            Err(e) => {
                sink.push(Entry { name: format!("{name}:#{i}"), content: Err(format!("cannot read zip member: {e}")) });
                continue;
            }
        };
        if file.is_dir() {
            continue;
        }
        let member = format!("{name}:{}", file.name());
        let mut bytes = Vec::with_capacity(file.size() as usize);
        let content = file.read_to_end(&mut bytes).map(|_| bytes).map_err(|e| format!("cannot read zip member: {e}"));
        sink.push(Entry { name: member, content });
    }
}
