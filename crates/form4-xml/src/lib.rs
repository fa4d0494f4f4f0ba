//! Reads EDGAR ownership XML (`<ownershipDocument>`) into [`form4_model::OwnershipDocument`].
//!
//! The reader streams over quick-xml events with one function per schema type, so
//! transaction and holding rows may interleave and unknown elements are kept rather
//! than skipped. It parses strictly first; when the XML is not well-formed (a bare
//! `&`, mismatched end tags, a truncated file) it parses again leniently and says so
//! in a warning that names the line and the reason. Only input with no ownership
//! document in it at all is an error.

mod events;
mod reader;

use std::borrow::Cow;

use form4_model::{Diagnostic, Location, OwnershipDocument, Severity};

/// A parsed ownership document and what the reader noticed on the way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlRead {
    /// The document.
    pub document: OwnershipDocument,
    /// Recoveries, unparsed values, unknown elements. Offsets are into the input given.
    pub diagnostics: Vec<Diagnostic>,
}

/// Why no ownership document could be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum XmlError {
    /// The input holds XML, but no `<ownershipDocument>` element.
    #[error("no <ownershipDocument> element in the XML")]
    NotOwnershipDocument,
    /// Not even lenient parsing could read it.
    #[error("{reason}")]
    Malformed {
        /// quick-xml's description.
        reason: String,
        /// Byte offset into the input.
        offset: u64,
    },
}

impl XmlError {
    /// Byte offset of the error in the input, when known.
    pub fn offset(&self) -> Option<u64> {
        match self {
            XmlError::NotOwnershipDocument => None,
            XmlError::Malformed { offset, .. } => Some(*offset),
        }
    }
}

/// Reads an ownership document from raw bytes (any encoding EDGAR filers use).
pub fn read(input: &[u8]) -> Result<XmlRead, XmlError> {
    let (text, note) = decode(input);
    let mut read = read_str(&text)?;
    if let Some(note) = note {
        read.diagnostics.insert(0, note);
    }
    Ok(read)
}

/// Reads an ownership document from text.
pub fn read_str(text: &str) -> Result<XmlRead, XmlError> {
    let mut strict = reader::Parser::new(text, false);
    let strict_error = match strict.document() {
        Ok(Some(document)) => return Ok(XmlRead { document, diagnostics: strict.diagnostics }),
        Ok(None) => return Err(XmlError::NotOwnershipDocument),
        Err(e) => e,
    };
    let mut lenient = reader::Parser::new(text, true);
    match lenient.document() {
        Ok(Some(document)) => {
            let recovered = Diagnostic::new(
                Severity::Warning,
                "xml-not-well-formed",
                format!("the XML is not well-formed ({}); it was read leniently, check the values near this place", strict_error.reason),
                Location { offset: Some(strict_error.offset), ..Location::default() },
            );
            let mut diagnostics = vec![recovered];
            diagnostics.extend(lenient.diagnostics);
            Ok(XmlRead { document, diagnostics })
        }
        Ok(None) => Err(XmlError::NotOwnershipDocument),
        Err(_) => Err(XmlError::Malformed { reason: strict_error.reason, offset: strict_error.offset }),
    }
}

/// Decodes filing bytes to text: UTF-8 (a BOM is dropped), UTF-16 with a BOM, and
/// otherwise windows-1252, the encoding of the pre-Unicode filings that are not
/// UTF-8. A fallback decode is reported as a note.
pub fn decode(input: &[u8]) -> (Cow<'_, str>, Option<Diagnostic>) {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(input) {
        if encoding == encoding_rs::UTF_8 {
            if let Ok(s) = std::str::from_utf8(&input[bom_len..]) {
                return (Cow::Borrowed(s), None);
            }
        } else {
            let (text, _) = encoding.decode_without_bom_handling(&input[bom_len..]);
            return (text, None);
        }
    }
    match std::str::from_utf8(input) {
        Ok(s) => (Cow::Borrowed(s), None),
        Err(e) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(input);
            let note = Diagnostic::new(
                Severity::Note,
                "not-utf8",
                "the input is not UTF-8; it was decoded as windows-1252".to_string(),
                Location { offset: Some(e.valid_up_to() as u64), ..Location::default() },
            );
            (text, Some(note))
        }
    }
}

/// Fills in line and column of each diagnostic from its byte offset into `text`,
/// after adding `base` (the offset of `text`'s XML inside a larger file).
pub fn locate(diagnostics: &mut [Diagnostic], base: u64, file: &[u8]) {
    for d in diagnostics {
        if let Some(off) = d.location.offset {
            let off = off + base;
            d.location.offset = Some(off);
            let (line, column) = line_column(file, off);
            d.location.line = Some(line);
            d.location.column = Some(column);
        }
    }
}

/// 1-based line and column of byte `offset` in `file`.
pub fn line_column(file: &[u8], offset: u64) -> (u32, u32) {
    let offset = (offset as usize).min(file.len());
    let before = &file[..offset];
    let line = memchr::memchr_iter(b'\n', before).count() + 1;
    let line_start = memchr::memrchr(b'\n', before).map_or(0, |i| i + 1);
    (line as u32, (offset - line_start) as u32 + 1)
}
