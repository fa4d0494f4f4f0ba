//! The only module that knows quick-xml: a small cursor over its events with the
//! recovery rules form4 needs (see `Cursor::lenient`).

use std::borrow::Cow;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// An XML event reduced to what the ownership reader needs.
pub(crate) enum Ev<'a> {
    Start(BytesStart<'a>),
    /// An end tag; its name is only read in lenient mode, where it can differ
    /// from the open element (strict mode has quick-xml check it).
    End(Option<String>),
    Text(Cow<'a, str>),
    Eof,
}

/// A quick-xml error with the byte offset where it happened.
#[derive(Debug)]
pub(crate) struct RawError {
    pub reason: String,
    pub offset: u64,
}

pub(crate) struct Cursor<'a> {
    reader: Reader<&'a [u8]>,
    /// Lenient mode: mismatched and dangling end tags are passed through (the
    /// reader decides what they close) and a bare `&` is text.
    pub lenient: bool,
}

impl<'a> Cursor<'a> {
    pub fn new(text: &'a str, lenient: bool) -> Self {
        let mut reader = Reader::from_str(text);
        let config = reader.config_mut();
        config.expand_empty_elements = true;
        config.trim_text(false);
        config.check_end_names = !lenient;
        config.allow_unmatched_ends = lenient;
        config.allow_dangling_amp = lenient;
        config.check_comments = false;
        Cursor { reader, lenient }
    }

    /// Byte offset just past the last event read.
    pub fn position(&self) -> u64 {
        self.reader.buffer_position()
    }

    pub fn next(&mut self) -> Result<Ev<'a>, RawError> {
        loop {
            let event = self.reader.read_event().map_err(|e| RawError {
                reason: e.to_string(),
                offset: self.reader.error_position(),
            })?;
            return Ok(match event {
                Event::Start(s) => Ev::Start(s),
                Event::End(e) => Ev::End(self.lenient.then(|| local(&e).to_owned())),
                Event::Text(t) => Ev::Text(t.xml10_content()),
                Event::CData(c) => Ev::Text(c.xml10_content()),
                Event::GeneralRef(r) => Ev::Text(resolve_reference(&r)),
                Event::Eof => Ev::Eof,
                Event::Empty(_) => unreachable!("expand_empty_elements is set"),
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => continue,
            });
        }
    }
}

/// The local part of a possibly prefixed name (`edgar:issuer` → `issuer`).
pub(crate) fn local(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, l)| l)
}

/// The local name of a start tag.
pub(crate) fn start_name<'s>(s: &'s BytesStart<'_>) -> &'s str {
    let name: &str = s.name().into_inner();
    local(name)
}

/// The unescaped value of an attribute, if present.
pub(crate) fn attribute(s: &BytesStart<'_>, key: &str) -> Option<String> {
    s.attributes().flatten().find(|a| local(a.key.into_inner()) == key).map(|a| match a.normalized_value(quick_xml::XmlVersion::Implicit1_0) {
        Ok(v) => v.into_owned(),
        Err(_) => a.value.into_owned(),
    })
}

/// Resolves `&amp;`, `&#233;`… An unknown entity stays as written, so nothing is lost.
fn resolve_reference(r: &quick_xml::events::BytesRef<'_>) -> Cow<'static, str> {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return Cow::Owned(c.to_string());
    }
    let name: &str = r;
    match quick_xml::escape::resolve_predefined_entity(name) {
        Some(s) => Cow::Borrowed(s),
        None => Cow::Owned(format!("&{name};")),
    }
}

