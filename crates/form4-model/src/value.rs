//! Leaf values: exact decimals, `xs:date`s, booleans, and the "parsed or raw" wrapper
//! that keeps text we could not read instead of dropping it.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A value read from a filing: either parsed into its type, or kept as the raw text
/// when it could not be parsed (the reader records a diagnostic next to it).
///
/// JSON: the parsed value itself (`"1000.50"`, `"2024-01-15"`, `true`), or
/// `{"raw": "<text as filed>"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Parsed<T> {
    /// The text parsed cleanly.
    Ok(T),
    /// The text as filed, which did not parse as `T`.
    Raw {
        /// The original text, trimmed.
        raw: String,
    },
}

impl<T> Parsed<T> {
    /// The parsed value, if there is one.
    pub fn ok(&self) -> Option<&T> {
        match self {
            Parsed::Ok(v) => Some(v),
            Parsed::Raw { .. } => None,
        }
    }

    /// The raw text of a value that did not parse.
    pub fn raw(&self) -> Option<&str> {
        match self {
            Parsed::Ok(_) => None,
            Parsed::Raw { raw } => Some(raw),
        }
    }
}

/// An `xs:date`: a calendar date with the optional timezone suffix some filers add
/// (`2024-07-19-05:00`). The suffix is kept so the value round-trips exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct XsDate {
    /// The calendar date.
    pub date: chrono::NaiveDate,
    /// Timezone offset in minutes east of UTC, when the filer wrote one (`Z` is 0).
    pub offset_minutes: Option<i16>,
}

impl XsDate {
    /// A date without a timezone.
    pub fn new(date: chrono::NaiveDate) -> Self {
        XsDate { date, offset_minutes: None }
    }
}

impl From<chrono::NaiveDate> for XsDate {
    fn from(date: chrono::NaiveDate) -> Self {
        XsDate::new(date)
    }
}

/// Why a date did not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError;

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("expected a date YYYY-MM-DD (optionally with a timezone such as -05:00)")
    }
}

impl FromStr for XsDate {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, DateError> {
        let s = s.trim();
        let b = s.as_bytes();
        // Dates are ASCII; checking first makes the byte slicing below safe.
        if !s.is_ascii() || b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DateError);
        }
        let num = |r: std::ops::Range<usize>| -> Result<u32, DateError> {
            let part = &s[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().map_err(|_| DateError)
            } else {
                Err(DateError)
            }
        };
        let date = chrono::NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?).ok_or(DateError)?;
        let offset_minutes = match &s[10..] {
            "" => None,
            "Z" => Some(0),
            tz if tz.len() == 6 && (tz.starts_with('+') || tz.starts_with('-')) && &tz[3..4] == ":" => {
                let h = num(11..13)? as i16;
                let m = num(14..16)? as i16;
                if h > 14 || m > 59 {
                    return Err(DateError);
                }
                let sign = if tz.starts_with('-') { -1 } else { 1 };
                Some(sign * (h * 60 + m))
            }
            _ => return Err(DateError),
        };
        Ok(XsDate { date, offset_minutes })
    }
}

impl fmt::Display for XsDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.date.format("%Y-%m-%d"))?;
        match self.offset_minutes {
            None => Ok(()),
            Some(0) => f.write_str("Z"),
            Some(m) => {
                let sign = if m < 0 { '-' } else { '+' };
                let m = m.unsigned_abs();
                write!(f, "{sign}{:02}:{:02}", m / 60, m % 60)
            }
        }
    }
}

impl Serialize for XsDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for XsDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = std::borrow::Cow::<str>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// An `xs:boolean` as filed: its value and whether the filer wrote it as a number
/// (`1`/`0`) or a word (`true`/`false`). The SEC's data sets reproduce the spelling,
/// so the model keeps it. JSON: `true`/`false` for words, `1`/`0` for numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Flag {
    /// The boolean value.
    pub value: bool,
    /// Written as `1` or `0`.
    pub numeric: bool,
}

impl Flag {
    /// The value.
    pub fn get(self) -> bool {
        self.value
    }

    /// The text as the filer wrote it (`1`, `0`, `true`, `false`).
    pub fn as_filed(self) -> &'static str {
        match (self.value, self.numeric) {
            (true, true) => "1",
            (false, true) => "0",
            (true, false) => "true",
            (false, false) => "false",
        }
    }
}

impl Serialize for Flag {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.numeric {
            s.serialize_u8(self.value as u8)
        } else {
            s.serialize_bool(self.value)
        }
    }
}

impl<'de> Deserialize<'de> for Flag {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Flag;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a boolean, or 1 or 0")
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Flag, E> {
                Ok(Flag { value: v, numeric: false })
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Flag, E> {
                match v {
                    0 | 1 => Ok(Flag { value: v == 1, numeric: true }),
                    _ => Err(E::custom("expected 1 or 0")),
                }
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Flag, E> {
                self.visit_u64(u64::try_from(v).map_err(|_| E::custom("expected 1 or 0"))?)
            }
        }
        d.deserialize_any(V)
    }
}

/// Parses an `xs:boolean` keeping its spelling (see [`Flag`]).
pub fn parse_flag(s: &str) -> Option<Flag> {
    let s = s.trim();
    match s {
        "1" => Some(Flag { value: true, numeric: true }),
        "0" => Some(Flag { value: false, numeric: true }),
        _ => parse_bool(s).map(|value| Flag { value, numeric: false }),
    }
}

/// Parses an `xs:boolean` as filers write it: `1`, `0`, `true`, `false` (any case,
/// surrounding blanks ignored).
pub fn parse_bool(s: &str) -> Option<bool> {
    let s = s.trim();
    if s == "1" || s.eq_ignore_ascii_case("true") {
        Some(true)
    } else if s == "0" || s.eq_ignore_ascii_case("false") {
        Some(false)
    } else {
        None
    }
}

/// Parses a decimal as filers write it. Plain decimals only, plus the thousands
/// separators and a leading `$` seen in hand-typed values; the scale written is kept
/// (`185.50` stays `185.50`).
pub fn parse_decimal(s: &str) -> Option<Decimal> {
    let s = s.trim();
    if let Ok(d) = Decimal::from_str_exact(s) {
        return Some(d);
    }
    let cleaned: String = s.strip_prefix('$').unwrap_or(s).chars().filter(|c| *c != ',' && !c.is_whitespace()).collect();
    if cleaned.is_empty() || cleaned.len() == s.len() {
        // Nothing was cleaned, so the exact parse above already failed for a real reason;
        // scientific notation is still worth a try (`1.5E+7` appears in machine output).
        return Decimal::from_scientific(s).ok();
    }
    Decimal::from_str_exact(&cleaned).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_keep_their_timezone() {
        for s in ["2024-07-19", "2024-07-19-05:00", "2024-07-19+01:30", "2024-07-19Z"] {
            let d: XsDate = s.parse().unwrap();
            assert_eq!(d.to_string(), s);
        }
        assert!("2024-02-30".parse::<XsDate>().is_err());
        assert!("02/27/2012".parse::<XsDate>().is_err());
        assert!("2024-07-19-5:00".parse::<XsDate>().is_err());
        assert!("2002-11-0Ã2".parse::<XsDate>().is_err(), "non-ASCII is refused, not a panic");
    }

    #[test]
    fn booleans_accept_what_filers_write() {
        assert_eq!(parse_bool(" 1 "), Some(true));
        assert_eq!(parse_bool("FALSE"), Some(false));
        assert_eq!(parse_bool("Y"), None);
    }

    #[test]
    fn flags_keep_their_spelling() {
        for (text, json) in [("1", "1"), ("0", "0"), ("true", "true"), ("false", "false")] {
            let f = parse_flag(text).unwrap();
            assert_eq!(f.as_filed(), text);
            assert_eq!(serde_json::to_string(&f).unwrap(), json);
            assert_eq!(serde_json::from_str::<Flag>(json).unwrap(), f);
        }
        assert_eq!(parse_flag(" TRUE ").map(Flag::get), Some(true));
        assert!(parse_flag("yes").is_none());
        assert!(serde_json::from_str::<Flag>("2").is_err());
    }

    #[test]
    fn decimals_are_exact_and_keep_scale() {
        assert_eq!(parse_decimal("185.50").unwrap().to_string(), "185.50");
        assert_eq!(parse_decimal("$1,791,454").unwrap().to_string(), "1791454");
        assert_eq!(parse_decimal("0.000001").unwrap().to_string(), "0.000001");
        assert!(parse_decimal("see footnote").is_none());
        assert!(parse_decimal("").is_none());
    }

    #[test]
    fn parsed_round_trips_through_json() {
        let v: Vec<Parsed<Decimal>> = vec![Parsed::Ok(parse_decimal("1.10").unwrap()), Parsed::Raw { raw: "n/a".into() }];
        let json = serde_json::to_string(&v).unwrap();
        assert_eq!(json, r#"["1.10",{"raw":"n/a"}]"#);
        let back: Vec<Parsed<Decimal>> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, v);
    }
}
