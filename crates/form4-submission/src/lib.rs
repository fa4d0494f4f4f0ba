//! Reads full EDGAR submission files into a [`form4_model::Filing`].
//!
//! Three shapes of the same content are understood:
//! - the classic dissemination file: `<SEC-DOCUMENT>`, a `<SEC-HEADER>` of
//!   `KEY:<tab>VALUE` lines grouped by indentation, then `<DOCUMENT>`s;
//! - the `<SUBMISSION>` feed form, where every header value is its own tag
//!   (`<CIK>0000320193`), sometimes all run onto one line;
//! - either of them wrapped in a PEM `-----BEGIN PRIVACY-ENHANCED MESSAGE-----`
//!   envelope (filings before 2002 or so).
//!
//! Both header vocabularies are mapped onto one set of keys, so one state machine
//! reads both. Each `<DOCUMENT>` is listed; an `<XML>` ownership document inside is
//! parsed with [`form4_xml`], its diagnostics moved to file offsets.

mod header;

use chrono::NaiveDate;
use form4_model::*;
use memchr::memmem;

pub use header::parse_header;

/// Why a file could not be read as a submission.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SubmissionError {
    /// Neither `<SEC-HEADER>` nor `<SUBMISSION>` was found.
    #[error("not an EDGAR submission: no <SEC-HEADER> or <SUBMISSION> found")]
    NotASubmission,
    /// The ownership XML inside could not be read at all.
    #[error("document {sequence} ({doc_type}): {source}")]
    Xml {
        /// `<SEQUENCE>` of the document.
        sequence: String,
        /// `<TYPE>` of the document.
        doc_type: String,
        /// The XML error, offsets relative to the file.
        source: form4_xml::XmlError,
    },
}

impl SubmissionError {
    /// Byte offset of the error in the file, when known.
    pub fn offset(&self) -> Option<u64> {
        match self {
            SubmissionError::NotASubmission => None,
            SubmissionError::Xml { source, .. } => source.offset(),
        }
    }
}

/// True if `text` looks like a submission file (checked near its start).
pub fn looks_like_submission(text: &[u8]) -> bool {
    let head = &text[..text.len().min(4096)];
    memmem::find(head, b"<SEC-HEADER>").is_some()
        || memmem::find(head, b"<SEC-DOCUMENT>").is_some()
        || memmem::find(head, b"<SUBMISSION>").is_some()
        || memmem::find(head, b"<ACCEPTANCE-DATETIME>").is_some() && memmem::find(head, b"ACCESSION NUMBER:").is_some()
        || memmem::find(head, b"-----BEGIN PRIVACY-ENHANCED MESSAGE-----").is_some() && memmem::find(text, b"<SEC-HEADER>").is_some()
}

/// Reads a submission file. `file` is the whole file, `text` its decoded form
/// (identical for UTF-8 files, which all XML-era submissions are).
pub fn read(file: &[u8], text: &str) -> Result<Filing, SubmissionError> {
    let bytes = text.as_bytes();
    let (header_start, feed) = match (memmem::find(bytes, b"<SEC-HEADER>"), memmem::find(bytes, b"<SUBMISSION>")) {
        (Some(h), Some(s)) if s < h => (s + "<SUBMISSION>".len(), true),
        (Some(h), _) => (h, false),
        (None, Some(s)) => (s + "<SUBMISSION>".len(), true),
        // A bare header (`<ACCEPTANCE-DATETIME>` and `KEY: VALUE` lines, no wrapper tags).
        (None, None) if memmem::find(&bytes[..bytes.len().min(4096)], b"ACCESSION NUMBER:").is_some() => (0, false),
        (None, None) => return Err(SubmissionError::NotASubmission),
    };
    let first_document = memmem::find(&bytes[header_start..], b"<DOCUMENT>").map(|i| i + header_start);
    let header_end =
        if feed { first_document.unwrap_or(bytes.len()) } else { memmem::find(&bytes[header_start..], b"</SEC-HEADER>").map(|i| i + header_start).or(first_document).unwrap_or(bytes.len()) };
    // The classic header's first lines (`<SEC-HEADER>0001…hdr.sgml : 20230601`,
    // `<ACCEPTANCE-DATETIME>…`) sit before the KEY: VALUE lines; they are read by the same tokenizer.
    let header = parse_header(&text[header_start..header_end]);

    let mut filing = Filing {
        source: Source { format: if feed { SourceFormat::SubmissionFeed } else { SourceFormat::Submission }, bytes: file.len() as u64, ..Source::default() },
        header: Some(header),
        ..Filing::default()
    };

    let mut pos = first_document.unwrap_or(bytes.len());
    while let Some(start) = memmem::find(&bytes[pos..], b"<DOCUMENT>").map(|i| i + pos) {
        let body_search = start + "<DOCUMENT>".len();
        let end = memmem::find(&bytes[body_search..], b"</DOCUMENT>").map(|i| i + body_search);
        let next_doc = memmem::find(&bytes[body_search..], b"<DOCUMENT>").map(|i| i + body_search);
        let doc_end = match (end, next_doc) {
            (Some(e), Some(n)) => e.min(n),
            (Some(e), None) => e,
            (None, Some(n)) => n,
            (None, None) => bytes.len(),
        };
        read_document(file, text, body_search, doc_end, &mut filing)?;
        pos = doc_end;
    }

    if filing.ownership.is_none() {
        let kind = if filing.documents.is_empty() { "has no documents" } else { "has no ownership XML document" };
        filing.diagnostics.push(Diagnostic::new(
            Severity::Note,
            "no-ownership-xml",
            format!("the submission {kind} (a paper-era or text-only filing); only the header facts are read"),
            Location::default(),
        ));
    }
    Ok(filing)
}

fn read_document(file: &[u8], text: &str, start: usize, end: usize, filing: &mut Filing) -> Result<(), SubmissionError> {
    let bytes = text.as_bytes();
    let region = &text[start..end];
    let text_tag = memmem::find(region.as_bytes(), b"<TEXT>");
    let meta = &region[..text_tag.unwrap_or(region.len())];
    let mut info = DocumentInfo::default();
    for (tag, value) in tags(meta) {
        let value = value.trim();
        let value = (!value.is_empty()).then(|| value.to_owned());
        match tag {
            "TYPE" => info.doc_type = value,
            "SEQUENCE" => info.sequence = value.and_then(|v| v.parse().ok()),
            "FILENAME" => info.filename = value,
            "DESCRIPTION" => info.description = value,
            _ => {}
        }
    }
    let (body_start, body_end) = match text_tag {
        Some(t) => {
            let b = start + t + "<TEXT>".len();
            let e = memmem::find(&bytes[b..end], b"</TEXT>").map_or(end, |i| i + b);
            (b, e)
        }
        None => (start + region.len(), end),
    };
    let body = &text[body_start..body_end];
    let trimmed = body.trim_start();
    let lead = &trimmed.as_bytes()[..trimmed.len().min(512)];
    let starts = |p: &[u8]| lead.len() >= p.len() && lead[..p.len()].eq_ignore_ascii_case(p);
    info.content = if starts(b"<XML>") {
        DocumentContent::Xml
    } else if starts(b"<PDF>") || starts(b"begin ") {
        DocumentContent::Binary
    } else if starts(b"<HTML") || starts(b"<!DOCTYPE HTML") || memmem::find(&lead.to_ascii_lowercase(), b"<html").is_some() {
        DocumentContent::Html
    } else {
        DocumentContent::Text
    };
    info.offset = body_start as u64;
    info.length = (body_end - body_start) as u64;

    if info.content == DocumentContent::Xml && filing.ownership.is_none() {
        let xml_open = body_start + (body.len() - trimmed.len()) + "<XML>".len();
        let xml_close = memmem::rfind(&bytes[xml_open..body_end], b"</XML>").map_or(body_end, |i| i + xml_open);
        let xml = &text[xml_open..xml_close];
        if memmem::find(xml.as_bytes(), b"ownershipDocument").is_some() {
            match form4_xml::read_str(xml) {
                Ok(mut read) => {
                    form4_xml::locate(&mut read.diagnostics, xml_open as u64, file);
                    filing.ownership = Some(read.document);
                    filing.diagnostics.extend(read.diagnostics);
                    info.content = DocumentContent::OwnershipXml;
                }
                Err(source) => {
                    let source = match source {
                        form4_xml::XmlError::Malformed { reason, offset } => form4_xml::XmlError::Malformed { reason, offset: offset + xml_open as u64 },
                        other => other,
                    };
                    return Err(SubmissionError::Xml { sequence: info.sequence.map_or_else(|| "?".into(), |s| s.to_string()), doc_type: info.doc_type.clone().unwrap_or_default(), source });
                }
            }
        }
    }
    filing.documents.push(info);
    Ok(())
}

/// Iterates `<TAG>value` pairs of SGML text (closing tags yield an empty value and a
/// tag starting with `/`).
pub(crate) fn tags(text: &str) -> impl Iterator<Item = (&str, &str)> {
    text.split('<').skip(1).filter_map(|piece| {
        let (tag, value) = piece.split_once('>')?;
        if tag.is_empty() || tag.len() > 64 || tag.contains(char::is_whitespace) {
            return None;
        }
        Some((tag, value))
    })
}

/// `YYYYMMDD` as EDGAR headers write dates.
pub(crate) fn header_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if s.len() != 8 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    NaiveDate::from_ymd_opt(s[0..4].parse().ok()?, s[4..6].parse().ok()?, s[6..8].parse().ok()?)
}
