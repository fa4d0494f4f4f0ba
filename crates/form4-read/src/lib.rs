//! One entry point for every input shape form4 reads.
//!
//! [`read_bytes`] looks at the content (never the file name), picks the reader and
//! returns a [`Filing`] with diagnostics located by line and column in the file, or
//! a [`ReadError`] that names the file, the place and the reason.

use std::fmt;

use form4_model::{Filing, Location, SourceFormat};
use memchr::memmem;
use sha2::{Digest, Sha256};

/// A file that could not be read as a filing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// The file (or archive member) name, when there is one.
    pub path: Option<String>,
    /// Where in the file.
    pub location: Location,
    /// What is wrong.
    pub reason: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.as_deref().unwrap_or("<input>"))?;
        let loc = self.location.to_string();
        if !loc.is_empty() {
            write!(f, ": {loc}")?;
        }
        write!(f, ": {}", self.reason)
    }
}

impl std::error::Error for ReadError {}

/// Detects the format of a filing from its first bytes.
pub fn detect(bytes: &[u8]) -> Option<SourceFormat> {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace() && *b != 0xEF && *b != 0xBB && *b != 0xBF).unwrap_or(bytes.len());
    let head = &bytes[start..bytes.len().min(start + 4096)];
    let lower = head.to_ascii_lowercase();
    if head.starts_with(b"<SUBMISSION>") {
        return Some(SourceFormat::SubmissionFeed);
    }
    if form4_submission::looks_like_submission(head) || head.starts_with(b"-----BEGIN PRIVACY-ENHANCED MESSAGE-----") {
        return Some(SourceFormat::Submission);
    }
    if memmem::find(&lower, b"<ownershipdocument").is_some() || head.starts_with(b"<?xml") {
        return Some(SourceFormat::OwnershipXml);
    }
    if memmem::find(&lower, b"<html").is_some() || lower.starts_with(b"<!doctype html") {
        return Some(SourceFormat::Html);
    }
    if !head.is_empty() {
        return Some(SourceFormat::OcrText);
    }
    None
}

/// Reads one filing from its bytes. `path` is only used in messages and the source record.
pub fn read_bytes(path: Option<&str>, bytes: &[u8]) -> Result<Filing, ReadError> {
    let error = |location: Location, reason: String| ReadError { path: path.map(str::to_owned), location, reason };
    let at = |offset: Option<u64>| -> Location {
        match offset {
            Some(off) => {
                let (line, column) = form4_xml::line_column(bytes, off);
                Location { line: Some(line), column: Some(column), offset: Some(off), path: None }
            }
            None => Location::default(),
        }
    };
    let Some(format) = detect(bytes) else {
        return Err(error(Location::default(), "the file is empty".into()));
    };
    let mut filing = match format {
        SourceFormat::OwnershipXml => {
            let (text, note) = form4_xml::decode(bytes);
            let mut read = form4_xml::read_str(&text).map_err(|e| error(at(e.offset()), e.to_string()))?;
            read.diagnostics.splice(0..0, note);
            form4_xml::locate(&mut read.diagnostics, 0, bytes);
            Filing { ownership: Some(read.document), diagnostics: read.diagnostics, ..Filing::default() }
        }
        SourceFormat::Submission | SourceFormat::SubmissionFeed => {
            let (text, note) = form4_xml::decode(bytes);
            let mut filing = form4_submission::read(bytes, &text).map_err(|e| error(at(e.offset()), e.to_string()))?;
            filing.diagnostics.splice(0..0, note);
            filing
        }
        SourceFormat::Html => {
            let (text, note) = form4_xml::decode(bytes);
            let Some((document, mut diagnostics)) = form4_html::read(&text) else {
                return Err(error(Location::default(), "HTML that is not the SEC's rendering of a Form 3, 4 or 5".into()));
            };
            diagnostics.splice(0..0, note);
            Filing { ownership: Some(document), diagnostics, ..Filing::default() }
        }
        SourceFormat::OcrText => {
            let (text, note) = form4_xml::decode(bytes);
            if !form4_ocr::looks_like_form(&text) {
                return Err(error(Location::default(), "text that is not a Form 3, 4 or 5 (none of the form's labels were read)".into()));
            }
            let mut read = form4_ocr::read(&text);
            read.diagnostics.splice(0..0, note);
            Filing { ownership: Some(read.document), diagnostics: read.diagnostics, reading: Some(read.report), ..Filing::default() }
        }
    };
    filing.source.path = path.map(str::to_owned);
    filing.source.format = format;
    filing.source.bytes = bytes.len() as u64;
    // Filings without an accession number are keyed by content.
    if filing.accession_number().is_none() {
        filing.source.sha256 = sha256_hex(bytes);
    }
    Ok(filing)
}

/// Hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(64);
    for b in digest {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// A human name for a format.
pub fn format_name(format: SourceFormat) -> &'static str {
    match format {
        SourceFormat::OwnershipXml => "ownership XML",
        SourceFormat::Submission => "EDGAR submission",
        SourceFormat::SubmissionFeed => "EDGAR submission (feed form)",
        SourceFormat::Html => "HTML",
        SourceFormat::OcrText => "OCR text",
    }
}
