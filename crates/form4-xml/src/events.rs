//! The XML tokenizer: the only module that sees raw markup.
//!
//! Ownership documents use a small part of XML (elements, attributes, text, the five
//! predefined entities, character references, comments, processing instructions,
//! CDATA, a DOCTYPE at most). This tokenizer reads exactly that, borrowing from the
//! input and validating UTF-8 once for the whole document; quick-xml 0.42 cost
//! ~42 instructions per byte here, mostly per-event UTF-8 revalidation, against a
//! budget of ~20 for the throughput target (see BENCHMARKS.md).
//!
//! Strict mode enforces well-formedness: end tags match their start tags, a `&`
//! starts a known reference, `<` starts markup, the document ends with every
//! element closed. Lenient mode passes those through for the reader to repair: a
//! bare `&` is text, an end tag reports its name and the reader decides what it
//! closes.

use std::borrow::Cow;

use memchr::memchr;

/// A start tag: its local name and raw attribute text.
pub(crate) struct Tag<'a> {
    pub name: &'a str,
    attributes: &'a str,
}

/// Text between tags, still escaped.
pub(crate) struct RawText<'a> {
    raw: &'a str,
    offset: usize,
    cdata: bool,
}

/// An XML event reduced to what the ownership reader needs.
pub(crate) enum Ev<'a> {
    Start(Tag<'a>),
    /// An end tag (or the end of an empty-element tag) with its local name.
    End(&'a str),
    Text(RawText<'a>),
    Eof,
}

/// A well-formedness error and the byte offset where it was found.
#[derive(Debug)]
pub(crate) struct RawError {
    pub reason: String,
    pub offset: u64,
}

fn error<T>(reason: impl Into<String>, offset: usize) -> Result<T, RawError> {
    Err(RawError { reason: reason.into(), offset: offset as u64 })
}

pub(crate) struct Cursor<'a> {
    src: &'a str,
    pos: usize,
    /// Names of open elements (strict mode checks end tags against it).
    open: Vec<&'a str>,
    /// The end event owed for an empty-element tag just returned as a start.
    pending_end: Option<&'a str>,
    /// Lenient mode: see the module documentation.
    pub lenient: bool,
}

impl<'a> Cursor<'a> {
    pub fn new(text: &'a str, lenient: bool) -> Self {
        Cursor { src: text, pos: 0, open: Vec::with_capacity(16), pending_end: None, lenient }
    }

    /// Byte offset of the next unread byte.
    pub fn position(&self) -> u64 {
        self.pos as u64
    }

    pub fn next(&mut self) -> Result<Ev<'a>, RawError> {
        if let Some(name) = self.pending_end.take() {
            return Ok(Ev::End(name));
        }
        let bytes = self.src.as_bytes();
        loop {
            if self.pos >= bytes.len() {
                if !self.lenient {
                    if let Some(open) = self.open.last() {
                        return error(format!("the document ends before </{open}>"), self.pos);
                    }
                }
                return Ok(Ev::Eof);
            }
            if bytes[self.pos] != b'<' {
                let start = self.pos;
                let end = memchr(b'<', &bytes[start..]).map_or(bytes.len(), |i| start + i);
                self.pos = end;
                return Ok(Ev::Text(RawText { raw: &self.src[start..end], offset: start, cdata: false }));
            }
            let start = self.pos;
            match bytes.get(start + 1) {
                Some(b'/') => return self.end_tag(start),
                Some(b'?') => self.skip_past(start, "?>", "processing instruction")?,
                Some(b'!') => {
                    let rest = &self.src[start..];
                    if rest.starts_with("<!--") {
                        self.skip_past(start, "-->", "comment")?;
                    } else if rest.starts_with("<![CDATA[") {
                        let body = start + "<![CDATA[".len();
                        let Some(end) = self.src[body..].find("]]>").map(|i| body + i) else {
                            return error("unclosed CDATA section", start);
                        };
                        self.pos = end + 3;
                        return Ok(Ev::Text(RawText { raw: &self.src[body..end], offset: body, cdata: true }));
                    } else {
                        self.skip_doctype(start)?;
                    }
                }
                Some(&c) if is_name_start(c) => return self.start_tag(start),
                _ => {
                    if !self.lenient {
                        return error("`<` that does not start a tag (write &lt; in text)", start);
                    }
                    // A stray `<` in lenient mode is text up to the next `<`.
                    let end = memchr(b'<', &bytes[start + 1..]).map_or(bytes.len(), |i| start + 1 + i);
                    self.pos = end;
                    return Ok(Ev::Text(RawText { raw: &self.src[start..end], offset: start, cdata: false }));
                }
            }
        }
    }

    fn skip_past(&mut self, start: usize, terminator: &str, what: &str) -> Result<(), RawError> {
        match self.src[start + 2..].find(terminator) {
            Some(i) => {
                self.pos = start + 2 + i + terminator.len();
                Ok(())
            }
            None => error(format!("unclosed {what}"), start),
        }
    }

    /// `<!DOCTYPE …>`, with an internal subset in brackets if any.
    fn skip_doctype(&mut self, start: usize) -> Result<(), RawError> {
        let bytes = self.src.as_bytes();
        let mut depth = 0i32;
        let mut quote = 0u8;
        for (i, &b) in bytes[start + 2..].iter().enumerate() {
            match (quote, b) {
                (0, b'"' | b'\'') => quote = b,
                (q, _) if q != 0 && b == q => quote = 0,
                (q, _) if q != 0 => {}
                (_, b'[') => depth += 1,
                (_, b']') => depth -= 1,
                (_, b'>') if depth <= 0 => {
                    self.pos = start + 2 + i + 1;
                    return Ok(());
                }
                _ => {}
            }
        }
        error("unclosed <!DOCTYPE", start)
    }

    fn start_tag(&mut self, start: usize) -> Result<Ev<'a>, RawError> {
        let bytes = self.src.as_bytes();
        let name_start = start + 1;
        let mut i = name_start;
        while i < bytes.len() && is_name_char(bytes[i]) {
            i += 1;
        }
        let name = local(&self.src[name_start..i]);
        // Find the closing `>` outside quoted attribute values.
        let attr_start = i;
        let mut quote = 0u8;
        let close = loop {
            let Some(&b) = bytes.get(i) else {
                return error(format!("unclosed start tag <{name}"), start);
            };
            match (quote, b) {
                (0, b'>') => break i,
                (0, b'"' | b'\'') => quote = b,
                (0, b'<') if !self.lenient => return error(format!("`<` inside the start tag <{name}"), i),
                (q, _) if q == b => quote = 0,
                _ => {}
            }
            i += 1;
        };
        let empty = close > attr_start && bytes[close - 1] == b'/';
        let attributes = &self.src[attr_start..if empty { close - 1 } else { close }];
        if !self.lenient && !attributes.is_empty() && !attributes.as_bytes()[0].is_ascii_whitespace() {
            return error(format!("bad character in the name of <{name}"), attr_start);
        }
        self.pos = close + 1;
        if empty {
            self.pending_end = Some(name);
        } else {
            self.open.push(name);
        }
        Ok(Ev::Start(Tag { name, attributes }))
    }

    fn end_tag(&mut self, start: usize) -> Result<Ev<'a>, RawError> {
        let bytes = self.src.as_bytes();
        let Some(close) = memchr(b'>', &bytes[start..]).map(|i| start + i) else {
            return error("unclosed end tag", start);
        };
        let name = local(self.src[start + 2..close].trim_end());
        self.pos = close + 1;
        match self.open.last() {
            Some(&open) if open == name => {
                self.open.pop();
            }
            _ if self.lenient => {
                if let Some(i) = self.open.iter().rposition(|&o| o == name) {
                    self.open.truncate(i);
                }
            }
            Some(open) => return error(format!("expected </{open}>, but </{name}> was found"), start),
            None => return error(format!("</{name}> closes no open element"), start),
        }
        Ok(Ev::End(name))
    }
}

impl<'a> RawText<'a> {
    /// True if the text is only XML white space.
    pub fn is_blank(&self) -> bool {
        self.raw.bytes().all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
    }

    /// The text with references resolved and line ends normalised. A bare `&` or an
    /// unknown entity is an error in strict mode and literal text in lenient mode.
    pub fn decode(self, lenient: bool) -> Result<Cow<'a, str>, RawError> {
        let raw = self.raw;
        let has_amp = !self.cdata && memchr(b'&', raw.as_bytes()).is_some();
        let has_cr = memchr(b'\r', raw.as_bytes()).is_some();
        if !has_amp && !has_cr {
            return Ok(Cow::Borrowed(raw));
        }
        let mut out = String::with_capacity(raw.len());
        let mut rest = raw;
        while let Some(amp) = if has_amp { rest.find('&') } else { None } {
            out.push_str(&rest[..amp]);
            let after = &rest[amp + 1..];
            let reference = after.find(';').filter(|&e| e > 0 && e <= 10).map(|e| &after[..e]);
            match reference.and_then(resolve) {
                Some(c) => {
                    out.push(c);
                    rest = &after[reference.unwrap().len() + 1..];
                }
                None if lenient => {
                    out.push('&');
                    rest = after;
                }
                None => {
                    let offset = self.offset + (raw.len() - rest.len()) + amp;
                    return error("`&` that does not start a reference (write &amp;)", offset);
                }
            }
        }
        out.push_str(rest);
        if has_cr {
            out = out.replace("\r\n", "\n").replace('\r', "\n");
        }
        Ok(Cow::Owned(out))
    }
}

fn resolve(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix('x') {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            return char::from_u32(code).filter(|&c| c != '\0');
        }
    })
}

fn is_name_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b == b':' || b >= 0x80
}

fn is_name_char(b: u8) -> bool {
    is_name_start(b) || b.is_ascii_digit() || b == b'-' || b == b'.'
}

/// The local part of a possibly prefixed name (`edgar:issuer` → `issuer`).
pub(crate) fn local(name: &str) -> &str {
    match name.bytes().position(|b| b == b':') {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

impl Tag<'_> {
    /// The value of attribute `key` (local name), references resolved.
    pub fn attribute(&self, key: &str) -> Option<String> {
        let mut rest = self.attributes;
        loop {
            rest = rest.trim_start();
            let eq = rest.find('=')?;
            let name = local(rest[..eq].trim());
            let after = rest[eq + 1..].trim_start();
            let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'')?;
            let end = after[1..].find(quote)?;
            let value = &after[1..1 + end];
            if name == key {
                let text = RawText { raw: value, offset: 0, cdata: false };
                return Some(text.decode(true).map_or_else(|_| value.to_owned(), Cow::into_owned));
            }
            rest = &after[end + 2..];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(xml: &str, lenient: bool) -> Result<Vec<String>, RawError> {
        let mut c = Cursor::new(xml, lenient);
        let mut out = Vec::new();
        loop {
            match c.next()? {
                Ev::Start(t) => out.push(format!("<{}>", t.name)),
                Ev::End(n) => out.push(format!("</{n}>")),
                Ev::Text(t) => {
                    if !t.is_blank() {
                        out.push(t.decode(lenient)?.into_owned())
                    }
                }
                Ev::Eof => return Ok(out),
            }
        }
    }

    #[test]
    fn reads_the_xml_subset_filings_use() {
        let xml = "<?xml version=\"1.0\"?>\r\n<!DOCTYPE a [<!ENTITY x \"y\">]><!-- c --><a x='1>2'><b/>A &amp; B &#233;&#x41;<![CDATA[<raw&>]]></a>";
        assert_eq!(events(xml, false).unwrap(), ["<a>", "<b>", "</b>", "A & B éA", "<raw&>", "</a>"]);
    }

    #[test]
    fn strict_mode_rejects_what_lenient_mode_passes() {
        for bad in ["<a>x & y</a>", "<a><b>x</a></b>", "<a>x", "<a>1 < 2</a>", "</a>"] {
            let err = events(bad, false).unwrap_err();
            assert!(err.offset as usize <= bad.len(), "{bad}");
            assert!(events(bad, true).is_ok(), "{bad}");
        }
        assert_eq!(events("<a>x & y</a>", true).unwrap(), ["<a>", "x & y", "</a>"]);
    }

    #[test]
    fn attributes_are_found_by_local_name() {
        let mut c = Cursor::new("<f xmlns:q=\"u\" q:id = 'F1' other=\"a&amp;b\"/>", false);
        let Ok(Ev::Start(t)) = c.next() else { panic!() };
        assert_eq!(t.attribute("id").as_deref(), Some("F1"));
        assert_eq!(t.attribute("other").as_deref(), Some("a&b"));
        assert_eq!(t.attribute("none"), None);
    }
}
