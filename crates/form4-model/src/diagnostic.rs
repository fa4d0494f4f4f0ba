//! Diagnostics: what a reader or check noticed, and where.

use std::fmt;

use serde::{Deserialize, Serialize};

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; nothing is wrong with the data.
    Note,
    /// The input was irregular; the value read may not be what the filer meant.
    Warning,
    /// The input is wrong; part of it could not be read or is invalid.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// Where in the input a diagnostic points. Every part is optional because not every
/// input has lines (a feed submission is one line) or element paths (OCR text).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    /// 1-based line in the input file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// 1-based column (in bytes) on that line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    /// 0-based byte offset in the input file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Element path, e.g. `ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[2]/transactionAmounts`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut sep = "";
        if let Some(line) = self.line {
            write!(f, "line {line}")?;
            if let Some(col) = self.column {
                write!(f, ", column {col}")?;
            }
            sep = ", ";
        } else if let Some(off) = self.offset {
            write!(f, "byte {off}")?;
            sep = ", ";
        }
        if let Some(path) = &self.path {
            write!(f, "{sep}at {path}")?;
        }
        Ok(())
    }
}

/// One finding about one place in a filing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// How serious.
    pub severity: Severity,
    /// A stable code, e.g. `xml-recovered`, `unparsed-decimal`.
    pub code: String,
    /// What happened, in a sentence.
    pub message: String,
    /// Where.
    #[serde(default)]
    pub location: Location,
}

impl Diagnostic {
    /// A new diagnostic.
    pub fn new(severity: Severity, code: impl Into<String>, message: impl Into<String>, location: Location) -> Self {
        Diagnostic { severity, code: code.into(), message: message.into(), location }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}]: {}", self.severity, self.code, self.message)?;
        let loc = self.location.to_string();
        if !loc.is_empty() {
            write!(f, " ({loc})")?;
        }
        Ok(())
    }
}
