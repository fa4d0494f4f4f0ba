//! How sure a reader of messy input (OCR text) is of each value, and what it repaired.
//!
//! Readers of exact formats (XML, submissions, the SEC's HTML) leave this out: every
//! value they produce is as filed. The OCR reader fills it so a user can see which
//! values were read cleanly, which were chosen by a rule of the form, and which
//! could not be settled.

use serde::{Deserialize, Serialize};

/// Per-field confidence and the repairs made while reading one filing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReadingReport {
    /// One entry per value the reader set or looked for, in document order.
    pub fields: Vec<FieldReading>,
    /// Every change the reader made to what it read, with the rule that made it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub repairs: Vec<Repair>,
}

impl ReadingReport {
    /// The reading of one field, by its path.
    pub fn field(&self, path: &str) -> Option<&FieldReading> {
        self.fields.iter().find(|f| f.field == path)
    }

    /// How many fields are flagged uncertain.
    pub fn uncertain(&self) -> usize {
        self.fields.iter().filter(|f| f.uncertain).count()
    }
}

/// One value of the record and how it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FieldReading {
    /// The field's path in the JSON record, e.g.
    /// `nonDerivativeTable.nonDerivativeTransaction[0].transactionAmounts.transactionShares`.
    pub field: String,
    /// The text the reader took the value from (after homoglyph normalisation).
    pub read: String,
    /// The value put in the record (`""` when none).
    pub value: String,
    /// Confidence in percent: 95 and up = read cleanly and confirmed by a second reading
    /// or a rule of the form; 85–94 = read cleanly once; below 80 = uncertain.
    pub confidence: u8,
    /// The reader could not settle this value: do not rely on it without looking.
    pub uncertain: bool,
}

/// A value the reader changed, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Repair {
    /// The field's path in the JSON record.
    pub field: String,
    /// What the text said (`""` when nothing was read there).
    pub read: String,
    /// The value chosen.
    pub chosen: String,
    /// The rule of the form that chose it, e.g. `roll-forward`, `code-implies-acquired-disposed`.
    pub rule: String,
}
