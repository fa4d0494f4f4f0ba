//! A value read from OCR text, with how sure the reader is of it.

use chrono::NaiveDate;
use rust_decimal::Decimal;

/// Confidence at or below which a value is flagged uncertain. Calibrated on
/// `ocr-dev`: values read once and mended (debris cut off, odd grouping) were exact
/// only about half the time, so they are flagged; clean single readings and values
/// confirmed by a rule of the form are not.
pub const UNCERTAIN_AT: u8 = 79;

/// Whether a confidence is low enough for its value to be flagged as unsettled.
pub fn uncertain_at(conf: u8) -> bool {
    conf <= UNCERTAIN_AT
}

/// A value read once, spelled as the form prints it.
pub const CLEAN: u8 = 88;
/// A value read once but mended (debris removed, odd grouping).
pub const MENDED: u8 = 70;
/// A value confirmed by a second reading or by a rule of the form.
pub const CONFIRMED: u8 = 97;
/// A value set by a rule of the form from other values.
pub const DERIVED: u8 = 85;
/// A value the reader could not settle.
pub const UNSURE: u8 = 30;

/// A typed value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Nothing read.
    None,
    /// Words or a code.
    Text(String),
    /// A number (shares, prices).
    Num(Decimal),
    /// A date.
    Date(NaiveDate),
}

impl Value {
    /// The value as the record spells it.
    pub fn render(&self) -> String {
        match self {
            Value::None => String::new(),
            Value::Text(s) => s.clone(),
            Value::Num(d) => d.normalize().to_string(),
            Value::Date(d) => d.to_string(),
        }
    }

    /// The number, if this is one.
    pub fn num(&self) -> Option<Decimal> {
        match self {
            Value::Num(d) => Some(*d),
            _ => None,
        }
    }

    /// The date, if this is one.
    pub fn date(&self) -> Option<NaiveDate> {
        match self {
            Value::Date(d) => Some(*d),
            _ => None,
        }
    }

    /// The text, if this is text.
    pub fn text(&self) -> Option<&str> {
        match self {
            Value::Text(s) => Some(s),
            _ => None,
        }
    }
}

/// One field as read: the value chosen, the text it came from, confidence,
/// footnote ids, and the other readings that disagreed.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldVal {
    /// The value chosen.
    pub value: Value,
    /// The cleaned text it was read from.
    pub read: String,
    /// Confidence in percent.
    pub conf: u8,
    /// Footnote ids read next to it.
    pub notes: Vec<String>,
    /// Other readings of the same field (duplicate rows) that disagreed: value, text, confidence.
    pub alts: Vec<(Value, String, u8)>,
    /// A required field that nothing could be read for.
    pub missing: bool,
    /// The most the footnote marks can be trusted when a rule inferred them rather than
    /// they were read (the value's own confidence otherwise).
    pub notes_conf: Option<u8>,
}

impl FieldVal {
    /// A field read from text.
    pub fn read(value: Value, read: impl Into<String>, conf: u8) -> Self {
        FieldVal { value, read: read.into(), conf, notes: Vec::new(), alts: Vec::new(), missing: false, notes_conf: None }
    }

    /// A field the form requires but nothing was read for.
    pub fn missing() -> Self {
        FieldVal { value: Value::None, read: String::new(), conf: UNSURE, notes: Vec::new(), alts: Vec::new(), missing: true, notes_conf: None }
    }

    /// A column the form usually fills where nothing was read: reported as unsettled,
    /// though the row's pattern did not require it.
    pub fn unread() -> Self {
        FieldVal { missing: false, ..FieldVal::missing() }
    }

    /// Sets the reading aside (a speck, a mark read as a value): kept as an alternative
    /// reading, the field itself left empty and unsettled.
    pub fn set_aside(&mut self) {
        let value = std::mem::replace(&mut self.value, Value::None);
        let read = std::mem::take(&mut self.read);
        self.alts.push((value, read, UNSURE));
        self.conf = UNSURE;
    }

    /// Whether the reader is unsure of it.
    pub fn uncertain(&self) -> bool {
        uncertain_at(self.conf)
    }

    /// All readings: the chosen one first.
    pub fn readings(&self) -> impl Iterator<Item = (&Value, &str, u8)> {
        std::iter::once((&self.value, self.read.as_str(), self.conf)).chain(self.alts.iter().map(|(v, r, c)| (v, r.as_str(), *c)))
    }
}

/// Whether two spellings differ by at most one character (substitution, insertion
/// or deletion): the shape of a single OCR misreading.
pub fn one_glyph_apart(a: &str, b: &str) -> bool {
    fn apart<T: PartialEq>(a: &[T], b: &[T]) -> bool {
        if a.len().abs_diff(b.len()) > 1 {
            return false;
        }
        let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
        let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
        a.len().max(b.len()) - prefix - suffix <= 1
    }
    if a.is_ascii() && b.is_ascii() {
        return apart(a.as_bytes(), b.as_bytes());
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    apart(&a, &b)
}

/// Spelling of a number with thousands separators, as the form prints it.
pub fn grouped(d: Decimal) -> String {
    let s = d.normalize().to_string();
    let (int, frac) = s.split_once('.').map_or((s.as_str(), None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glyph_distance() {
        assert!(one_glyph_apart("0.08", "0.68"));
        assert!(one_glyph_apart("275,000", "375,000"));
        assert!(!one_glyph_apart("275,000", "375,001"));
        assert_eq!(grouped("1791454".parse().unwrap()), "1,791,454");
    }
}
