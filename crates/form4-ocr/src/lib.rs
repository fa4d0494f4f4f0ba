//! Reads OCR text of printed Forms 3, 4 and 5 (plain text and markdown tables, as OCR
//! and PDF-conversion tools produce them) into the form4 model.
//!
//! Reading never fails: [`read`] returns the record it could build, a diagnostic for
//! every value it could not settle, and a [`ReadingReport`] with a confidence per
//! field and every repair it made. The pipeline:
//!
//! 1. [`markdown`]: tables and paragraphs, cleaned of escapes and homoglyphs;
//! 2. [`header`]: the boxes around the tables, found by their printed labels;
//! 3. [`rows`]: Table I and II rows, wrapped lines merged, duplicate readings kept as
//!    alternatives, values assigned to columns by type and order;
//! 4. [`repair`]: the form's guarantees (roll-forward, code → A/D, Table II twins,
//!    earliest date, footnote totals, consensus) choose between readings and mend values;
//! 5. the model and the report.

pub mod eval;
pub mod field;
pub mod header;
pub mod markdown;
pub mod places;
pub mod repair;
pub mod rows;
pub mod text;
pub mod vocab;

use std::sync::LazyLock;

use form4_model::*;
use regex::Regex;

use field::{FieldVal, Value};
use rows::{Col, RowRead};

/// What [`read`] returns.
#[derive(Debug, Clone)]
pub struct OcrRead {
    /// The record.
    pub document: OwnershipDocument,
    /// Uncertain values and unplaced text, located by input line.
    pub diagnostics: Vec<Diagnostic>,
    /// Confidence per field and the repairs made.
    pub report: ReadingReport,
}

static TABLE1: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)non[\s-]*deriv\w*\s+\S{0,6}\s*secur|table\s*\S{1,3}\s*-\s*non[\s-]*deriv").unwrap());
static TABLE2: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?:^|[^n][^o][^n][\s-])deriv\w*\s+secur\w*\s+(?:acq|benef)").unwrap());
static TABLE2_END: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s*reporting owners|explanation of responses|^\s*signatures?(?-u:\b)|^\s*remarks\s*:").unwrap());
static HEADER_BOX_END: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\(\s*city\s*\)|\(\s*zip\s*\)|form filed by|individual or joint|\(\s*country\s*\)").unwrap());
static TABLE1_END: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s*reminder\s*:|explanation of responses").unwrap());

/// Whether text looks like a printed Form 3, 4 or 5 (the labels OCR reads best).
pub fn looks_like_form(text: &str) -> bool {
    let lower = text.to_lowercase();
    let labels = ["beneficial own", "beneficially owned", "reporting person", "issuer name", "trading symbol", "derivative securities", "transaction code", "section 16", "explanation of responses"];
    labels.iter().filter(|l| lower.contains(*l)).count() >= 2
}

/// Whether `t` contains one of `needles` (a cheap test before a regex; needles are
/// given in the spellings OCR produces, lower and upper case).
pub(crate) fn has_any(t: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| t.contains(n))
}

/// [`has_any`] for a fixed list of needles, found in one pass over the text (an
/// Aho-Corasick automaton, built once per call site): where the list is long or the
/// texts are, it costs less than searching for each needle in turn.
macro_rules! has_any_of {
    ($t:expr, [$($needle:literal),+ $(,)?]) => {{
        static NEEDLES: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| aho_corasick::AhoCorasick::new([$($needle),+]).expect("literal needles"));
        NEEDLES.is_match($t)
    }};
}
pub(crate) use has_any_of;

/// Whether a line holds Table I's column labels: the title of a security (not a
/// derivative one) beside the transaction date, the amount acquired or disposed of, or
/// the amount owned.
fn is_table1_column_labels(t: &str) -> bool {
    if !has_any(t, &["itle of", "ITLE OF"]) {
        return false;
    }
    let lower = t.to_ascii_lowercase();
    lower.contains("itle of secur") && !lower.contains("deriv") && ["ransaction", "cquired", "eneficially"].iter().any(|w| lower.contains(w))
}

/// Whether a line holds Table II's column labels: a date exercisable or an expiration
/// date beside a derivative security or its conversion price (Table I has none).
fn is_table2_column_labels(t: &str) -> bool {
    if !has_any(t, &["xercisab", "XERCISAB", "xpirat", "XPIRAT"]) {
        return false;
    }
    let lower = t.to_ascii_lowercase();
    (lower.contains("exercisab") || lower.contains("expirat")) && (lower.contains("derivative") || lower.contains("conversion")) && !lower.contains("non-deriv") && !lower.contains("non deriv")
}

fn is_table2_header(t: &str) -> bool {
    if !has_any(t, &["eriv", "ERIV", "able", "ABLE"]) {
        return false;
    }
    let lower = t.to_lowercase();
    TABLE2.is_match(t) && !lower.contains("non-deriv") && !lower.contains("non deriv") || lower.contains("table ii -") || lower.contains("table il -") || lower.contains("table ll -")
}

/// Reads OCR text into the model, never failing.
pub fn read(text: &str) -> OcrRead {
    let lines = markdown::lines(text);
    let texts: Vec<&str> = lines.iter().map(markdown::Line::text).collect();
    // Table I's title, or when it was not read, its column labels.
    let t1 = texts.iter().position(|t| has_any(t, &["eriv", "ERIV"]) && TABLE1.is_match(t)).or_else(|| texts.iter().position(|t| is_table1_column_labels(t)));
    let t2_title = texts.iter().enumerate().skip(t1.map_or(0, |i| i + 1)).find(|(_, t)| is_table2_header(t)).map(|(i, _)| i);
    // Table-structure models sometimes emit Table II's column labels and rows before its
    // title: the labels only Table II prints (`Date Exercisable`, `Expiration Date`,
    // `Conversion or Exercise Price of Derivative Security`) start it there.
    let t2 = t1.map_or(t2_title, |t1| texts.iter().enumerate().take(t2_title.unwrap_or(texts.len())).skip(t1 + 1).find(|(_, t)| is_table2_column_labels(t)).map(|(i, _)| i).or(t2_title));
    let t1_start = t1.unwrap_or(lines.len());
    let t1_end = texts
        .iter()
        .enumerate()
        .skip(t1_start + 1)
        .find(|(i, t)| Some(*i) == t2 || (has_any_of!(t, ["eminder", "EMINDER", "xplan", "XPLAN"]) && TABLE1_END.is_match(t)))
        .map_or(lines.len(), |(i, _)| i);
    let t2_end = t2.map(|s| {
        texts
            .iter()
            .enumerate()
            .skip(s + 1)
            .find(|(_, t)| has_any_of!(t, ["wners", "WNERS", "xplan", "XPLAN", "ignature", "IGNATURE", "emarks", "EMARKS"]) && TABLE2_END.is_match(t))
            .map_or(lines.len(), |(i, _)| i)
    });

    let mut header = header::read_header(&lines, t1_start);
    let form3 = header.form == Some('3');
    // Table-structure models sometimes emit Table I's rows before its title: rows
    // between the last box of the header and the title belong to Table I.
    let header_end = texts[..t1_start].iter().rposition(|t| HEADER_BOX_END.is_match(t)).map_or(t1_start, |i| i + 1);
    let early_end = t1_start.min(t2.unwrap_or(lines.len()));
    let early = (header_end..early_end).find(|&i| lines[i].table.is_some() && rows::looks_like_data_row(&lines[i]));
    let mut rows = Vec::new();
    if let Some(first) = early {
        rows.extend(rows::read_table(&lines[first..early_end], false, form3));
    }
    if t1.is_some() {
        rows.extend(rows::read_table(&lines[t1_start + 1..t1_end], false, form3));
    }
    if let (Some(s), Some(e)) = (t2, t2_end) {
        rows.extend(rows::read_table(&lines[s + 1..e], true, form3));
    }
    assign_paths(&mut rows);
    // Footnotes the tables refer to that the explanations' marks did not give.
    let referenced = rows::referenced_footnotes(&rows).filter_map(|id| id[1..].parse::<usize>().ok()).max().unwrap_or(0);
    header::recut_footnotes_by_paragraphs(&mut header, referenced);
    let repairs = repair::repair(&mut rows, &mut header);
    build(&header, &rows, repairs)
}

fn assign_paths(rows: &mut [RowRead]) {
    let mut counts = [0usize; 4];
    for r in rows.iter_mut() {
        let k = usize::from(r.derivative) * 2 + usize::from(r.holding);
        let (table, kind) = match k {
            0 => ("nonDerivativeTable", "nonDerivativeTransaction"),
            1 => ("nonDerivativeTable", "nonDerivativeHolding"),
            2 => ("derivativeTable", "derivativeTransaction"),
            _ => ("derivativeTable", "derivativeHolding"),
        };
        r.path = format!("{table}.{kind}[{}]", counts[k]);
        counts[k] += 1;
    }
}

struct Builder {
    report: ReadingReport,
    diagnostics: Vec<Diagnostic>,
    /// Footnote ids found in the explanations.
    footnotes: Vec<String>,
    /// Some footnote is referenced by no value: a mark was lost somewhere, so a value
    /// read without one may have lost it.
    orphans: bool,
}

impl Builder {
    fn note(&mut self, path: &str, f: &FieldVal, line: Option<usize>) {
        self.push_reading(path.to_string(), f.read.clone(), f.value.render(), f.value != Value::None, f.conf, line);
    }

    /// One field's reading into the report (owned pieces, moved in), with a warning
    /// when it is in doubt.
    fn push_reading(&mut self, field: String, read: String, rendered: String, has_value: bool, conf: u8, line: Option<usize>) {
        let uncertain = field::uncertain_at(conf);
        if uncertain {
            // (Pieces pushed by hand: one message per field in doubt, and `format!` costs
            // several times more.)
            let mut message = String::with_capacity(field.len() + read.len() + rendered.len() + 60);
            message.push_str(&field);
            match (read.is_empty(), has_value) {
                (true, _) => message.push_str(": nothing legible was read; the value could not be settled"),
                (false, false) => {
                    message.push_str(": read \"");
                    message.push_str(&read);
                    message.push_str("\"; the value could not be settled");
                }
                (false, true) => {
                    message.push_str(": read \"");
                    message.push_str(&read);
                    message.push_str("\"; the value \"");
                    message.push_str(&rendered);
                    message.push_str("\" could not be settled");
                }
            }
            self.diagnostics.push(Diagnostic::new(Severity::Warning, "ocr-uncertain", message, Location { line: line.map(|l| l as u32), path: Some(field.clone()), ..Location::default() }));
        }
        self.report.fields.push(FieldReading { field, read, value: rendered, confidence: conf, uncertain });
    }

    fn text(&mut self, path: &str, f: Option<&FieldVal>, line: Option<usize>) -> Option<String> {
        let f = f?;
        self.note(path, f, line);
        f.value.text().map(str::to_string)
    }

    /// The footnote marks of a table value, reported as their own reading
    /// (`<path>.footnoteId`): marks are read apart from the value and lost more easily.
    fn note_marks(&mut self, path: &str, f: &FieldVal, line: Option<usize>) {
        let known = f.notes.iter().all(|n| self.footnotes.contains(n));
        let conf = match (f.notes.is_empty(), known) {
            (false, true) => f.conf.min(f.notes_conf.unwrap_or(field::CLEAN)).min(field::CLEAN),
            (false, false) => field::UNSURE,
            // (A mark the reader saw garbled, none read: `notes_conf` in doubt.)
            (true, _) if self.orphans || garbled_mark(&f.read) || f.notes_conf.is_some_and(field::uncertain_at) => field::UNCERTAIN_AT - 4,
            (true, _) => return,
        };
        if f.notes.is_empty() {
            // A mark that may have been lost: said once for the document (see `build`),
            // not once per value.
            self.report.fields.push(FieldReading { field: [path, ".footnoteId"].concat(), read: String::new(), value: String::new(), confidence: conf, uncertain: true });
        } else {
            self.push_reading([path, ".footnoteId"].concat(), f.read.clone(), f.notes.join(","), true, conf, line);
        }
    }

    /// A table value with its footnote marks: the value converted when it has the
    /// right type, the text read kept raw when it was read but not settled.
    fn footnoted<T>(&mut self, path: &str, f: Option<&FieldVal>, line: Option<usize>, convert: impl Fn(&Value) -> Option<T>) -> Option<Footnoted<T>> {
        let f = f?;
        self.note(path, f, line);
        self.note_marks(path, f, line);
        let value = match convert(&f.value) {
            Some(v) => Some(Parsed::Ok(v)),
            None if !f.read.is_empty() && f.uncertain() && !marks_alone(f) => Some(Parsed::Raw { raw: f.read.clone() }),
            None => None,
        };
        (value.is_some() || !f.notes.is_empty()).then(|| Footnoted { value, footnote_id: f.notes.clone() })
    }

    fn footnoted_text(&mut self, path: &str, f: Option<&FieldVal>, line: Option<usize>) -> Option<Text> {
        self.footnoted(path, f, line, |v| v.text().map(str::to_string))
    }

    fn amount(&mut self, path: &str, f: Option<&FieldVal>, line: Option<usize>) -> Option<Amount> {
        self.footnoted(path, f, line, Value::num)
    }

    fn date(&mut self, path: &str, f: Option<&FieldVal>, line: Option<usize>) -> Option<form4_model::Date> {
        self.footnoted(path, f, line, |v| v.date().map(XsDate::new))
    }

    fn flag(&mut self, path: &str, f: Option<&FieldVal>) -> Option<Parsed<Flag>> {
        let f = f?;
        self.note(path, f, None);
        f.value.text().and_then(parse_flag).map(Parsed::Ok)
    }
}

/// Whether a value's text holds what OCR makes of a small footnote mark it could not
/// read (`Gis B common Q) Stock`, `0®`, `@)`): a mark may be there, its number lost.
fn garbled_mark(read: &str) -> bool {
    read.contains(['®', '©', '°']) || read.split_whitespace().any(|t| t.ends_with(')') && !t.contains('(') && t.chars().count() <= 3)
}

/// Whether a field read nothing but its footnote marks (`(4)`, `2)`): a cell the filer
/// left empty but for a footnote, with no value to keep as raw text.
fn marks_alone(f: &FieldVal) -> bool {
    f.value == Value::None && !f.notes.is_empty() && !f.read.chars().any(char::is_alphabetic) && f.read.chars().filter(char::is_ascii_digit).count() <= 2
}

fn build(h: &header::HeaderRead, rows: &[RowRead], repairs: Vec<Repair>) -> OcrRead {
    let footnotes: Vec<String> = h.footnotes.iter().map(|(id, _)| id.clone()).collect();
    let referenced: std::collections::BTreeSet<&String> = rows::referenced_footnotes(rows).collect();
    let orphans = footnotes.iter().any(|id| !referenced.contains(id)) || (h.highest_footnote_mark as usize) > footnotes.len();
    let unreferenced: Vec<&String> = footnotes.iter().filter(|id| !referenced.contains(id)).collect();
    let mut b = Builder { report: ReadingReport::default(), diagnostics: Vec::new(), footnotes: footnotes.clone(), orphans };
    // About two dozen readings a row (values and their marks), a few dozen for the rest:
    // the readings are large, and growing the list by doubling copies them all.
    b.report.fields.reserve(48 + 24 * rows.len());
    if orphans {
        let which = if unreferenced.is_empty() {
            "more footnotes are numbered than were read".to_string()
        } else {
            format!("{} referenced by no value", unreferenced.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "))
        };
        b.diagnostics.push(Diagnostic::new(
            Severity::Warning,
            "ocr-footnote-marks",
            format!("footnote marks were lost in reading ({which}): a value read without a mark may have had one"),
            Location::default(),
        ));
    }
    let mut doc = OwnershipDocument::default();
    let amendment = h.original_filed.is_some();
    doc.document_type = h.form.map(|f| if amendment { format!("{f}/A") } else { f.to_string() });
    // Values every form has: when nothing was read for one, the report says so.
    let missing = FieldVal::missing();
    let mut type_conf = if h.form_inferred { field::UNCERTAIN_AT - 4 } else { field::CLEAN };
    // `/A` stands on the amendment box's date: as sure as that date's reading.
    if let Some(o) = &h.original_filed {
        type_conf = type_conf.min(o.conf);
    }
    let read_type = doc.document_type.as_ref().map(|t| FieldVal::read(Value::Text(t.clone()), t.clone(), type_conf));
    b.note("documentType", read_type.as_ref().unwrap_or(&missing), None);
    if h.period.is_none() {
        b.note("periodOfReport", &missing, None);
    }
    if h.issuer_name.is_none() {
        b.note("issuer.issuerName", &missing, None);
    }
    if h.symbol.is_none() {
        b.note("issuer.issuerTradingSymbol", &missing, None);
    }
    if h.signatures.is_empty() {
        b.note("ownerSignature[0].signatureName", &missing, None);
        b.note("ownerSignature[0].signatureDate", &missing, None);
    }
    for (i, o) in h.owners.iter().enumerate() {
        let p = format!("reportingOwner[{i}]");
        let officer = o.officer.as_ref().is_none_or(|f| f.value.text() == Some("1") || f.uncertain());
        if officer && o.officer_title.is_none() {
            b.note(&[p.as_str(), ".reportingOwnerRelationship.officerTitle"].concat(), &missing, None);
        }
        // So does an "other" relationship its text (`Public Affairs Officer`).
        let other = o.other.as_ref().is_some_and(|f| f.value.text() == Some("1") || f.uncertain());
        if other && o.other_text.is_none() {
            b.note(&[p.as_str(), ".reportingOwnerRelationship.otherText"].concat(), &missing, None);
        }
        for (name, f) in [
            ("reportingOwnerId.rptOwnerName", &o.name),
            ("reportingOwnerAddress.rptOwnerStreet1", &o.street1),
            ("reportingOwnerAddress.rptOwnerCity", &o.city),
            ("reportingOwnerAddress.rptOwnerState", &o.state),
            ("reportingOwnerAddress.rptOwnerZipCode", &o.zip),
        ] {
            if f.is_none() {
                b.note(&format!("{p}.{name}"), &missing, None);
            }
        }
        // Every reporting owner is a director, officer, 10% owner or other: with no box
        // read at all, each relationship is unsettled, not "no".
        for (name, f) in [("isDirector", &o.director), ("isOfficer", &o.officer), ("isTenPercentOwner", &o.ten_percent), ("isOther", &o.other)] {
            if f.is_none() {
                b.note(&format!("{p}.reportingOwnerRelationship.{name}"), &missing, None);
            }
        }
        // A care-of first line is always followed by the street.
        let care_of = o.street1.as_ref().and_then(|f| f.value.text()).is_some_and(|s| s.to_ascii_uppercase().starts_with("C/O"));
        // A second street line is not always printed; when the address was read in one
        // place only, its absence is not confirmed either.
        let single_source = o.street1.as_ref().is_none_or(|f| f.conf < field::CONFIRMED);
        if o.street2.is_none() && (care_of || single_source) {
            b.note(&[p.as_str(), ".reportingOwnerAddress.rptOwnerStreet2"].concat(), &missing, None);
        }
    }
    if let Some(p) = &h.period {
        b.note("periodOfReport", p, None);
        doc.period_of_report = p.value.date().map(|d| Parsed::Ok(XsDate::new(d))).or_else(|| (!p.read.is_empty()).then(|| Parsed::Raw { raw: p.read.clone() }));
    }
    if let Some(o) = &h.original_filed {
        b.note("dateOfOriginalSubmission", o, None);
        doc.date_of_original_submission = o.value.date().map(|d| Parsed::Ok(XsDate::new(d)));
    }
    doc.issuer.issuer_name = b.text("issuer.issuerName", h.issuer_name.as_ref(), None);
    doc.issuer.issuer_trading_symbol = b.text("issuer.issuerTradingSymbol", h.symbol.as_ref(), None);
    for (i, o) in h.owners.iter().enumerate() {
        let p = format!("reportingOwner[{i}]");
        let mut owner = ReportingOwner::default();
        owner.reporting_owner_id.rpt_owner_name = b.text(&[p.as_str(), ".reportingOwnerId.rptOwnerName"].concat(), o.name.as_ref(), None);
        let address = ReportingOwnerAddress {
            rpt_owner_street1: b.text(&[p.as_str(), ".reportingOwnerAddress.rptOwnerStreet1"].concat(), o.street1.as_ref(), None),
            rpt_owner_street2: b.text(&[p.as_str(), ".reportingOwnerAddress.rptOwnerStreet2"].concat(), o.street2.as_ref(), None),
            rpt_owner_city: b.text(&[p.as_str(), ".reportingOwnerAddress.rptOwnerCity"].concat(), o.city.as_ref(), None),
            rpt_owner_state: b.text(&[p.as_str(), ".reportingOwnerAddress.rptOwnerState"].concat(), o.state.as_ref(), None),
            rpt_owner_zip_code: b.text(&[p.as_str(), ".reportingOwnerAddress.rptOwnerZipCode"].concat(), o.zip.as_ref(), None),
            ..Default::default()
        };
        if address != ReportingOwnerAddress::default() {
            owner.reporting_owner_address = Some(address);
        }
        let rel = &mut owner.reporting_owner_relationship;
        let rp = [p.as_str(), ".reportingOwnerRelationship"].concat();
        rel.is_director = b.flag(&[rp.as_str(), ".isDirector"].concat(), o.director.as_ref());
        rel.is_officer = b.flag(&[rp.as_str(), ".isOfficer"].concat(), o.officer.as_ref());
        rel.is_ten_percent_owner = b.flag(&[rp.as_str(), ".isTenPercentOwner"].concat(), o.ten_percent.as_ref());
        rel.is_other = b.flag(&[rp.as_str(), ".isOther"].concat(), o.other.as_ref());
        rel.officer_title = b.text(&[rp.as_str(), ".officerTitle"].concat(), o.officer_title.as_ref(), None);
        rel.other_text = b.text(&[rp.as_str(), ".otherText"].concat(), o.other_text.as_ref(), None);
        doc.reporting_owner.push(owner);
    }
    for r in rows {
        build_row(&mut b, &mut doc, r);
    }
    for (id, f) in &h.footnotes {
        b.note(&["footnotes.", id.as_str()].concat(), f, None);
        doc.footnotes.push(Footnote { id: id.clone(), text: f.value.render() });
    }
    // Footnotes the rows refer to that were not found in the explanations.
    let mut referenced: Vec<&String> = rows::referenced_footnotes(rows).collect();
    referenced.sort_by_key(|id| id[1..].parse::<u32>().unwrap_or(0));
    referenced.dedup();
    let highest = referenced.last().and_then(|id| id[1..].parse::<u32>().ok()).unwrap_or(0).max(h.highest_footnote_mark);
    for n in 1..=highest {
        let id = format!("F{n}");
        if !h.footnotes.iter().any(|(f, _)| *f == id) {
            b.note(&["footnotes.", id.as_str()].concat(), &FieldVal::missing(), None);
        }
    }
    if let Some(r) = &h.remarks {
        doc.remarks = b.text("remarks", Some(r), None);
    }
    for (i, (name, date)) in h.signatures.iter().enumerate() {
        let p = format!("ownerSignature[{i}]");
        doc.owner_signature.push(OwnerSignature {
            signature_name: b.text(&[p.as_str(), ".signatureName"].concat(), Some(name), None),
            signature_date: {
                b.note(&[p.as_str(), ".signatureDate"].concat(), date, None);
                date.value.date().map(|d| Parsed::Ok(XsDate::new(d)))
            },
        });
    }
    b.report.repairs = repairs;
    OcrRead { document: doc, diagnostics: b.diagnostics, report: b.report }
}

fn build_row(b: &mut Builder, doc: &mut OwnershipDocument, r: &RowRead) {
    let line = Some(r.line_no);
    let f = |c: Col| r.get(c);
    let p = |c: Col| r.field_path(c);
    for u in &r.unplaced {
        b.diagnostics.push(Diagnostic::new(
            Severity::Warning,
            "ocr-unplaced",
            format!("{}: {u:?} was read but fits no column of the row", r.path),
            Location { line: line.map(|l| l as u32), path: Some(r.path.clone()), ..Location::default() },
        ));
    }
    for &l in &r.unread_lines {
        b.diagnostics.push(Diagnostic::new(
            Severity::Warning,
            "ocr-unread-line",
            format!("{}: line {l}, read with this row, holds text across as many columns as a row of its own and no legible value: a row printed there may be lost", r.path),
            Location { line: Some(l as u32), path: Some(r.path.clone()), ..Location::default() },
        ));
    }
    for (l, text) in &r.lost_lines {
        b.diagnostics.push(Diagnostic::new(
            Severity::Warning,
            "ocr-unread-line",
            format!("{}: line {l} of the table holds a value but no row was read from it ({text:?}): a row printed there may be lost", r.path),
            Location { line: Some(*l as u32), path: Some(r.path.clone()), ..Location::default() },
        ));
    }
    if r.in_doubt {
        b.diagnostics.push(Diagnostic::new(
            Severity::Warning,
            "ocr-row-in-doubt",
            format!("{}: no amount, price or date of this row could be read surely; the row may be noise or a column label, and all its values are flagged", r.path),
            Location { line: line.map(|l| l as u32), path: Some(r.path.clone()), ..Location::default() },
        ));
    }
    let title = b.footnoted_text(&p(Col::Title), f(Col::Title), line);
    let conv = if r.derivative { b.amount(&p(Col::Conv), f(Col::Conv), line) } else { None };
    let ex = if r.derivative { b.date(&p(Col::ExDate), f(Col::ExDate), line) } else { None };
    let exp = if r.derivative { b.date(&p(Col::ExpDate), f(Col::ExpDate), line) } else { None };
    let underlying = if r.derivative {
        Some(UnderlyingSecurity {
            underlying_security_title: b.footnoted_text(&p(Col::UndTitle), f(Col::UndTitle), line),
            underlying_security_shares: b.amount(&p(Col::UndShares), f(Col::UndShares), line),
            ..Default::default()
        })
    } else {
        None
    };
    let post = Some(PostTransactionAmounts { shares_owned_following_transaction: b.amount(&p(Col::Owned), f(Col::Owned), line), ..Default::default() });
    let nature =
        Some(OwnershipNature { direct_or_indirect_ownership: b.footnoted_text(&p(Col::DirInd), f(Col::DirInd), line), nature_of_ownership: b.footnoted_text(&p(Col::Nature), f(Col::Nature), line) });
    if r.holding {
        let h = Holding {
            security_title: title,
            conversion_or_exercise_price: conv,
            exercise_date: ex,
            expiration_date: exp,
            underlying_security: underlying,
            post_transaction_amounts: post,
            ownership_nature: nature,
            ..Default::default()
        };
        if r.derivative {
            doc.derivative_table.get_or_insert_with(Default::default).derivative_holding.push(h);
        } else {
            doc.non_derivative_table.get_or_insert_with(Default::default).non_derivative_holding.push(h);
        }
        return;
    }
    let code = b.footnoted_text(&p(Col::Code), f(Col::Code), line);
    let t = Transaction {
        security_title: title,
        conversion_or_exercise_price: conv,
        transaction_date: b.date(&p(Col::Date), f(Col::Date), line),
        deemed_execution_date: b.date(&p(Col::Deemed), f(Col::Deemed), line),
        transaction_coding: Some(TransactionCoding {
            transaction_form_type: doc.document_type.as_ref().map(|d| d.trim_end_matches("/A").to_string()),
            transaction_code: code.as_ref().and_then(|c| c.get().cloned()),
            footnote_id: code.map(|c| c.footnote_id).unwrap_or_default(),
            ..Default::default()
        }),
        transaction_timeliness: b.footnoted_text(&p(Col::V), f(Col::V), line),
        transaction_amounts: Some(TransactionAmounts {
            transaction_shares: b.amount(&p(Col::Shares), f(Col::Shares), line),
            transaction_price_per_share: b.amount(&p(Col::Price), f(Col::Price), line),
            transaction_acquired_disposed_code: b.footnoted_text(&p(Col::AcqDisp), f(Col::AcqDisp), line),
            ..Default::default()
        }),
        exercise_date: ex,
        expiration_date: exp,
        underlying_security: underlying,
        post_transaction_amounts: post,
        ownership_nature: nature,
    };
    if r.derivative {
        doc.derivative_table.get_or_insert_with(Default::default).derivative_transaction.push(t);
    } else {
        doc.non_derivative_table.get_or_insert_with(Default::default).non_derivative_transaction.push(t);
    }
}

#[cfg(test)]
mod tests {
    /// Table I's labels and first rows as OCR gave them on ocr-dev 2ffbe920ed175b24_v1
    /// (clean, a wired grid): codes read `Je)`, `J)`, `0)`.
    const WIRED_TABLE_I: &str = r#"| 1. Title of Security (Instr. 3) |  |  |  |  |  |  |  |  |  |  |  |  |  | 2-Transacton {MorthiDayrvear) | 2A. Deemed A Desmed \| Beeston ate, ifany (MonthiDay/vear) | Transaction Cade tase \|S | 4. Securities Acquired (A) or Disposed Of (D) (Instr. 3, 4and \| 5 | 5. Amount of Securities Benetcly \| Ovmed Falowing Reported Transaction(s) \| (instr 3 and 4) | \| Ownership \| \| 27m: BHCC, \| \| €St- 4) \| 6. Ownership | ieee \| Benet Owners nse a) 7. Nature of |  |  |  |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
|  |  |  |  |  |  |  |  |  |  |  |  |  |  | code | \|v \| | \| Amount | a © | Pe |  |  |  |  |  |
|  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  | US. Venture 2010 Partners Fund (Q), Lp |
| Class A Common Stock |  |  |  | 02/28/2019 |  |  |  | Je) |  |  |  |  |  |  | 92,481 | D | \$0 | 0 | I | By Sequoia Capital US. Venture 2010 Partners Fund, Lpo |  |  |  |
| Class A Common Stock |  |  |  |  |  |  |  |  |  |  |  |  |  | 02/28/2019 |  | J) |  | 269,993 | D | \$0 | 449,988 | I | By Sequoia Capital U: Venture 2010- Seed Fund, LP |
| Class A Common Stock |  |  |  | 02/28/2019 |  |  |  | 0) |  |  |  |  |  |  | 187,882 | \| A \| | \| \$0 \| | \| 315,113 | I | By estate planning vehicle |  |  |  |
"#;

    #[test]
    fn a_value_with_a_garbled_mark_in_it_may_have_lost_its_marks() {
        // Tesseract's readings in held-out filings: `(2)` in a wrapped underlying title
        // read `Q)`, a mark after a zero read `®`.
        for read in ["Gis B common Q) Stock @)", "0®", "Class A Common Stock 2)"] {
            assert!(super::garbled_mark(read), "{read}");
        }
        for read in ["Stock Option (right to buy)", "By Sequoia Capital Fund (Q), LP", "Common Stock"] {
            assert!(!super::garbled_mark(read), "{read}");
        }
    }

    #[test]
    fn a_cell_of_marks_alone_keeps_no_raw_text() {
        use crate::field::{FieldVal, Value};
        let marked = |read: &str| {
            let mut f = FieldVal::read(Value::None, read.to_string(), 69);
            f.notes = vec!["F4".into()];
            f
        };
        assert!(super::marks_alone(&marked("(4) —")));
        assert!(super::marks_alone(&marked("2)")));
        assert!(!super::marks_alone(&marked("Jan 2O25 (4)")));
        assert!(!super::marks_alone(&marked("12/3/2025")));
        assert!(!super::marks_alone(&FieldVal::read(Value::None, "(4)".to_string(), 69)));
    }

    #[test]
    fn a_form_5_reports_its_fiscal_year_end_not_its_earliest_transaction() {
        // Tesseract's reading of a Form 5 rendered by the SEC's stylesheet (a held-out
        // filing): box 3 is the fiscal year's end, the transaction months before it.
        let text = r#"| =D RVG |  | OMB APPROVAL, |
|---|---|---|
|  |  | ‘OMB Number: 3235-0362 |
| Estimated average burden hours per response... 10 |  |  |

‘Check this box if no longer

‘subject to Section 16, Form 4

or Form 5 obligations ma

— Sotmametng ‘0. UNITED STATES SECURITIES AND EXCHANGE COMMISSION

Washington, D.C. 20549

Form 3 Holdings Reported

Be ed ANNUAL STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP OF SECURITIES

‘Check his box to indicate that
| 1, Name and Address of Reporting Person ~ NADELLA SATYA | 2, Issuer Name and Ticker or Trading Symbol Microsoft Corporation [MSFT] | 5. Relationship of Reporting Person(s) to Issuer (Check all applicable) |  |  |  |  |  |  |  |
|---|---|---|---|---|---|---|---|---|---|
|  | = Akira aniye a = | _X_ Director 0% owner officer ile ‘Othe (specify below) _X_ (give below) |  |  |  |  |  |  |  |
| (otto) (Last rs) | 3, Statement for Issuer’s Fiscal Year Ended | (rae eee |  |  |  |  |  |  |  |
|  | (Month/Day/Year) 12/31/2023 |  |  |  |  |  |  |  |  |
| (ireed) | FiledqtontDayrYex) 4, If Amendment, Date Original | 6. Individual or Joint/Group Reporting (check applicable ine) by _X_ Form Filed One Repoting Person Form Filed by More than One Reporting Person |  |  |  |  |  |  |  |
| (te) (@iprPostal (cin) a UNITED STATES | ‘Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned |  |  |  |  |  |  |  |  |
| (County) |  |  |  |  |  |  |  |  |  |
| Title of Security (instr, 3) | 2. Transaction Date (Month/Day/Year) | _—-2A. Deemed. Execution Date, if any (Month/Day/Year) | 3. Transaction Code (lotr 8) | 4, Securities Acquired (A) Disposed of (D) or (instr. 3, 4 and 5) | 5. Amount of Securities Beneficially Owned at end of Issuer's Fiscal Year (Instr, 3 and 4) | 6. Ownership Form: Direct (D) | 7. Nature of Indirect Beneficial Ownership |  |  |
|  |  |  |  | Amount | (A) or (D) | Price |  | or Indirect 0) (instr. 4) | (Instr. 4) |
| Common Stock | 08/15/2023 |  | A | 2,500 | A | $0 | 1,575,000 |  |  |
| Common Stock |  |  |  |  |  |  |  |  |  |
"#;
        let read = crate::read(text);
        assert_eq!(read.document.document_type.as_deref(), Some("5"));
        let doc = serde_json::to_value(&read.document).unwrap();
        assert_eq!(doc["periodOfReport"], "2023-12-31", "{doc:#}");
    }

    #[test]
    fn a_garbled_mark_with_none_read_leaves_the_marks_in_doubt() {
        // A held-out Form 3 (set 16, clean): the title's `(1)` read `“)`, the only
        // footnote left over given to another value: no mark read, but one was there.
        let lines = crate::markdown::lines(
            "| 1.Title of Security (Instr. 4) | 2. Amount of Securities Beneficially Owned (Instr. 4) | 3. Ownership Form: Direct (D) or Indirect 6) (Instr. 5) | 4. Nature of Indirect Beneficial Ownership (Instr. 5) |\n\
             | Common Stock “) | 17,037,090 | I | See footnote (2) |\n",
        );
        let rows = crate::rows::read_table(&lines, false, true);
        let title = rows[0].get(crate::rows::Col::Title).expect("the title");
        assert!(title.notes.is_empty() && title.notes_conf.is_some_and(crate::field::uncertain_at), "{title:?}");
        let mut b = super::Builder { report: super::ReadingReport::default(), diagnostics: Vec::new(), footnotes: vec!["F1".into(), "F2".into()], orphans: false };
        b.note_marks("securityTitle", title, None);
        let marks = b.report.fields.iter().find(|f| f.field == "securityTitle.footnoteId").expect("the marks' reading");
        assert!(marks.uncertain, "{marks:?}");
        // A title read clean has no marks' reading of its own.
        let clean = crate::field::FieldVal::read(crate::field::Value::Text("Common Stock".into()), "Common Stock", crate::field::CLEAN);
        b.note_marks("other", &clean, None);
        assert!(!b.report.fields.iter().any(|f| f.field == "other.footnoteId"));
    }

    #[test]
    fn an_amendment_date_under_its_label_makes_an_amendment() {
        // A held-out Form 3/A (set 16), clean and scanned: the amendment box's date on
        // the grid's next line, under its label; on the scan the label's first half
        // garbled (`a Salt SC a Date Original Filed`) and the date's cell with a rule.
        let clean = "| FORM | UNITED STATES SECURITIES AND EXCHANGE | OMB APPROVAL |
|---|---|---|
| 3 | COMMIESION Washington, D.C. 20549 | cca Number: 0104 Estimated average |

INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF

| 1. Name and Address of Reporting Person * | 2. Date of Event —_ Requiring | 3. Issuer Name and Ticker or Trading Symbol [AWI] |  |
|---|---|---|---|
| “) (First) (Middle) 123 Main St Apt #44 | Statement (Month/Day/Year) 09/15/2002 | a . a a. Foreign Trading Symbol | Pane 5. If Amendment, Date Original Filed(Month/Day/Year) . |
|  |  | 4. Relationship of Reporting Person(s) to | 03/01/2003 |
| (Street) Non US State or Anywhere . 21212 Territory |  | Issuer (Check all applicable) _X__ Director | 6. Individual or Joint/Group Filing(Check Applicable ea) |

| (Zip/Postal (city) (State) . ats) | Table I - Non-Derivative Securities Beneficially oe ae .e Owned |  |  |
|---|---|---|---|
| 1.Title of Security (Instr. 4) | 2. Amount of Securities Beneficially Owned (Instr. 4) | 3. Ownership Form: Direct (D) or Indirect 0) (Instr. 5) | 4. Nature of Indirect Beneficial Ownership (Instr. 5) |
| Preferred Stock Options () | 33,333 | D |  |
";
        let scan = clean.replace("Pane 5. If Amendment, Date Original Filed(Month/Day/Year) .", "a Salt SC a Date Original Filed(monthDay/Year)").replace("| 03/01/2003 |", "| 03/01/2003 \\| |");
        for text in [clean, scan.as_str()] {
            let read = crate::read(text);
            assert_eq!(read.document.document_type.as_deref(), Some("3/A"), "{text}");
            let doc = serde_json::to_value(&read.document).unwrap();
            assert_eq!(doc["dateOfOriginalSubmission"], "2003-03-01", "{doc:#}");
            // Placed by position: the date, and the `/A` it makes, are flagged.
            let reading = read.report.fields.iter().find(|f| f.field == "documentType").expect("the type's reading");
            assert!(reading.uncertain, "{reading:?}");
        }
        // The box left empty: no amendment.
        let unamended = clean.replace("| 03/01/2003 |", "|  |");
        assert_eq!(crate::read(&unamended).document.document_type.as_deref(), Some("3"));
    }

    #[test]
    fn table_one_labels_start_table_one_when_its_title_was_not_read() {
        // A faxed Form 4 as OCR read it: no `Table I` title legible, its column labels
        // and rows are; no relationship box legible either.
        let text = r#"{Print or Type Responses)

| OMB APPROVAL |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
| OMe Number 3235-0287 Estimated averaye burden hours perrespunse O46 |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |
| 1. Name-anit Address of TINEL PETER (Last) (First) (Midile) C0 PALANTIR TECHNOLOGIES INC. 1200 17TH SLREE], FLOOR [5 (Steet) DENVER ed 80202 (City) (State) (Zip) | 2 Issuer Name and Ticker or Trading Symbal Palantir Technoloiés lnc, [ PLTR ] |  |  |  |  |  |  |  | S.-Relalionship of Reporting Person(s) to Issuer (Check all applicable) X Directdr 10% Owner Othcer (give tile Other. (specify below) “* below) |  |  |  |  |  |  |  |  |  |  |
|  | 3: Date of Gariest Transaction (Monih/Oay!yYear) os082024 |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |
|  | 4. lt Amendment, Date'af Original Filed: (Month’DayrYear), . |  |  |  |  |  |  |  | 6. \|ndividual of JomUGroup Filing (Check Applicabiz Line) X° Form tiled by One Reporting Person Foi filed by More than One Reporting Person |  |  |  |  |  |  |  |  |  |  |
|  | 1. Title of Security (instr: 3) |  |  | 2, Transaction \| Date (MonthiDayi¥eer) \| |  | 24 Deemed iawn Date, \| fonttuDayhear) | 2 Transection \| Cade finstr. \| 8) |  |  | 4 Securities Acquired (A) or \| Bisposed Of (D)-(inste. 3,4 and’) \| |  |  |  |  | S.-Amount of Securities Beneficially Pallowing Reported Transaction(s} \| {(nsir.3 and 4) |  | 6. . Ownership: \|\| Dy mm: Direct \| indirect (1) \| (Insir. 4) | . 7: Nature-oF (gisect Beneficial \| Ownership (instr. 4) |  |
|  |  |  |  |  |  |  |  |  | Vv \| | \| Amount |  | (Al or. \| (0) | Brice |  |  |  |  |  |  |
|  | Class A. Common Stock. |  |  | O5/08/2024 |  | . | so |  |  | 6,285,833 |  | [- D. \| | \| \$21. 4303! |  | 64,520,599. |  | ( | See : Foumote |  |
|  | ~ a Class A Cammnn Stack |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |
|  |  |  |  | . 05/09:2024 |  |  | sl |  |  | ah 1,669.41 “ 5,000,000 |  | \| D-\| ; 1D \| | \$21.2601! |  | G2,85 1,188 |  | 1 | See . Footnote \| |  |
|  | - Class. A Commian Stock . . |  |  | - 9510/2024 |  |  | ' st |  |  |  |  |  | “ 5,000,000 | \| \$20,784" |  | cha 15.733.625 |  | if | See Foomote* |
|  | Class-A Common Stock |  |  |  |  |  |  |  |  |  |  |  |  |  | . 7 20,823,993. \| |  | Hi T | See , Foainnte:! |  |
|  | : : Class A Conimon Stock |  |  |  |  |  |  |  |  | : |  |  |  |  | 53,487 |  | ] | See 1 Foomote |  |
"#;
        let read = crate::read(text);
        let doc = serde_json::to_value(&read.document).unwrap();
        let rows = doc["nonDerivativeTable"]["nonDerivativeTransaction"].as_array().cloned().unwrap_or_default();
        assert!(!rows.is_empty(), "{doc:#}");
        let holdings = doc["nonDerivativeTable"]["nonDerivativeHolding"].as_array().cloned().unwrap_or_default();
        assert!(holdings.iter().any(|h| h["postTransactionAmounts"]["sharesOwnedFollowingTransaction"]["value"] == "53487"), "{doc:#}");
        // The relationships, none read, are reported unsettled rather than "no".
        let director = read.report.field("reportingOwner[0].reportingOwnerRelationship.isDirector").expect("isDirector reported");
        assert!(director.uncertain, "{director:?}");
    }

    #[test]
    fn an_other_relationship_without_its_text_is_reported_unsettled() {
        // Set 8 (scan): the first of three owners' `Other` box read marked, its text
        // (`Public Affairs Officer`) lost; it had gone unreported, as if the filing had none.
        let flag = |v: &str| Some(crate::field::FieldVal::read(crate::field::Value::Text(v.into()), v, crate::field::CLEAN));
        let owner = crate::header::OwnerRead { name: flag("Doe Jane"), other: flag("1"), officer: flag("0"), ..Default::default() };
        let h = crate::header::HeaderRead { owners: vec![owner], ..Default::default() };
        let read = crate::build(&h, &[], Vec::new());
        let text = read.report.field("reportingOwner[0].reportingOwnerRelationship.otherText").expect("otherText reported");
        assert!(text.uncertain, "{text:?}");
        // Not for an owner with no `Other` box marked.
        let owner = crate::header::OwnerRead { name: flag("Doe Jane"), other: flag("0"), officer: flag("0"), ..Default::default() };
        let read = crate::build(&crate::header::HeaderRead { owners: vec![owner], ..Default::default() }, &[], Vec::new());
        assert!(read.report.field("reportingOwner[0].reportingOwnerRelationship.otherText").is_none());
    }

    #[test]
    fn a_period_a_glyph_from_the_earliest_date_read_in_the_table_stays_as_read() {
        // Tesseract's reading of a scanned held-out Form 4: the box says 05/13/2024; the
        // table's 05/13 rows are read with debris round their dates, its 05/14 rows clean.
        let text = r#"| 1. Name and Address of Reporting Person e Hoffman Reid | 2. Issuer Name and Ticker or Trading Symbol Aurora Innovation, Inc. AUR] __ ee = | 5. Relationship of Reporting Person(s) to Issuer (Check all applicable) |  |  |  |  |  |  |  |  |
|---|---|---|---|---|---|---|---|---|---|---|
| ieeeEe a! i | A eece Trading Pye \| \| Re eee | __X__ Director _____ 10% Owner ____ Officer (give title Other (specify \| below) below) |  |  |  |  |  |  |  |  |
| i (Last) (First) (Middle) C/O AURORA INNOVATION, INC. 1654 SMALLMAN STREET | 3. Date of Earliest Transaction (Month/Day/Year) 05/13/2024 |  |  |  |  |  |  |  |  |  |
| \| (Street) ‘PITTSBURGH PENNSYLVANIA 15222 | 4, If Amenduieny Date Original Filed(Month/Day/Year) | 6. Individual or Joint/Group Filing(Check Applicable Line) \| _X_ Form filed by One Reporting Person ____ Form filed by More than One Reporting Person |  |  |  |  |  |  |  |  |
| (City) (State) a UNITED STATES | Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned \| |  |  |  |  |  |  |  |  |  |
| Foomeay 2 hos oe S | \| : Ee |  |  |  |  |  |  |  |  |  |
| 1.Title of Security (Instr. 3) _ | 2. Transaction Date (Month/Day/Year) | 2A. Deemed Execution Date, if any | 3. Transaction Code instr. 8) ———_ | 4. Securities Acquired (A) or Disposed of (D) (Instr. 3, 4 and 5) _ ————= - | 5. Amount of Securities Beneficially Owned Following Reported Transaction(s) | 6. Ownership Form: \| | 7. Nature of Indirect Beneficial \| |  |  |  |
| S |  | (Month/Day/Year) \| | lS Code | \| V | \| \| Amount | \| (A) \| or (D) | \| \| Price | (Instr. 3 and 4) \| | Direct (D) or Indirect \|\| OM (Instr. 4) | \|\| Ownership (Instr. 4) |
| _C.ass A Common Stoc« es ere | 05/13/2024 \| Celius |  | S) le | \| | 304,200 \| pues | D (SMe | § 3.1935 GD) (ee | 7,967,928 oe : Saas | I | See Footnotes 2) o \|= \| |
| \| ‘Class A Common Stock | (05/13/2024 | - | or LS |  | 16,900 | D | ore 3.1935 (1) | 442,663 | ee I | eis ‘Footnotes (2) 4) |
| : C.ass A Common Stock a | \| oe | ' \| | ne S |  | : oe | P eee | ee je \| (1) | 442,664 \| | ~ I \| | See 2 Footnotes 2) 6) |
| aa Class A Common Stock | \| 05/14/2024 | a \| | ee S | a | ae 912,403 | D | SE 1S 3.0895 (6) | ee Pec \| 7,055,525 | I | ‘See Footnotes (2) (6) |
| bo \| Class A Common Stocx ieee ad, | a 05/14/2024 nie | aes | ST \| S \| Eanes | \| | 50,689 | SG \|D ee |  \|3.0895 (6) Ee | ee 391,974 \| | I \| \| \| | See Footnotes (2) (4) Ventas |
| C.ass A Common Stock | 05/14/2024 | os! | S |  | ee 50,689 | D | S 3.0895 (6) | ee cee 391,975 | pot I | See Footnotes Xo) |
"#;
        let read = crate::read(text);
        let doc = serde_json::to_value(&read.document).unwrap();
        assert_eq!(doc["periodOfReport"], "2024-05-13", "{doc:#}");
        // (The 05/13 rows' prices are read among their specks, `§ 3.1935 GD) (ee`: the
        // table's earliest date is the box's, which it confirms.)
        let period = read.report.field("periodOfReport").expect("period reported");
        assert!(!period.uncertain, "{period:?}");
        // Without the 05/13 rows the table's earliest date is 05/14: the box's 05/13
        // stays, flagged.
        let without: String = text.lines().filter(|l| !l.contains("05/13/2024") || l.contains("Earliest")).map(|l| format!("{l}\n")).collect();
        assert!(without.len() < text.len());
        let read = crate::read(&without);
        let doc = serde_json::to_value(&read.document).unwrap();
        assert_eq!(doc["periodOfReport"], "2024-05-13", "{doc:#}");
        let period = read.report.field("periodOfReport").expect("period reported");
        assert!(period.uncertain, "{period:?}");
    }

    #[test]
    fn a_period_taken_from_one_rows_date_read_in_doubt_is_in_doubt() {
        // ocr-dev 56eba09be294afc7_v1 (fax): the box's date illegible; the row printed as
        // plain text between parts of the grid reads 05/13 (printed 05/15, as the other
        // rows read), its values in doubt. The period follows it, but no surer than it.
        let text = "\
FORM 4 STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP OF SECURITIES
Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned
| , | 05/15/2020 |  |  |  | 380,232° | JA |  | 380,232 |  |  | By |
|---|---|---|---|---|---|---|---|---|---|---|---|
| Class.A Comumion Stock |  |  |  |  |  |  |  |  |  |  | Capital |

Class.A Common Stock : 05/13/2020 ye 3.474,7771D $0-J0 1 By . ~ : Sequoia _Capital |

U5. : \u{201c} : Venture 2010 Fund, LP : (ay . .

| Clas\u{e9} A Common Stock | 05/15/2020 |  |  |  |  |  |  | Sequcia |
|---|---|---|---|---|---|---|---|---|
";
        let read = crate::read(text);
        let doc = serde_json::to_value(&read.document).unwrap();
        assert_eq!(doc["periodOfReport"], "2020-05-13", "{doc:#}");
        let date = read.report.field("nonDerivativeTable.nonDerivativeTransaction[1].transactionDate").expect("the plain row's date");
        assert!(date.uncertain, "{date:?}");
        let period = read.report.field("periodOfReport").expect("period reported");
        assert!(period.uncertain, "{period:?}");
    }

    #[test]
    fn a_price_mark_naming_a_range_that_leaves_the_price_out_is_the_range_holding_it() {
        // Tesseract's reading of a held-out Form 4: the fourth price's mark (5) read `(6)`,
        // footnote 6's range starting above the price, footnote 5's holding it.
        let text = r#"Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned

| 1.Title of Security (Instr. 3) | 2. Transaction Date (Month/Day/Year) | 2A. Deemed. Execution Date, if any | 3. Transaction —_ Code (Instr. 8) | 4, Securities Acquired (A) or Disposed of (D) (Instr. 3, 4 and 5) | 5. Amount of Securities Beneficially Owned Following Reported Transaction(s) and | 6. Ownership Form: | 7. Nature of Indirect Beneficial |  |  |  |
|  |  | (Month/Day/Year) | Code |  V | Amount | (a) or (D) | Price | (Instr. 3 4) | Direct (D) or Indirect 10) (Instr, 4) | Ownership (Instr. 4) |
| Common Stock | 11/09/2021 |  | Ss |  | 80,319 | D | $ 1,073.04 @ | 168,878,098 | I | by Trust (Q) = |
| Common Stock | 11/09/2021 |  | Ss |  | 44,284 | D | $  1,074.367 3) | 168,833,814 | I | by Trust 2) = |
| Common Stock | 11/09/2021 |  | Ss |  | 30,418 | D | $  1,075.027 @) | 168,803,396 | I | by Trust Q) = |
| Common Stock | 11/09/2021 |  | Ss |  | 11,022 | D = | $ 1,076.286 (6) | 168,792,374 | I | by Trust 2) = |
| Common Stock | 11/09/2021 |  | Ss |  | 49,381 | D | $  1,077.188 6) | 168,742,993 | I | by Trust 2) = |

Explanation of Responses:

(5) The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $1,075.760 to $1,076.740, inclusive. The reporting person undertakes to pr

(6) The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $1,076.760 to $1,077.690, inclusive. The reporting person undertakes to pr

"#;
        let read = crate::read(text);
        let doc = serde_json::to_value(&read.document).unwrap();
        let price = &doc["nonDerivativeTable"]["nonDerivativeTransaction"][3]["transactionAmounts"]["transactionPricePerShare"];
        assert_eq!((&price["value"], &price["footnoteId"]), (&serde_json::json!("1076.286"), &serde_json::json!(["F5"])), "{doc:#}");
        let marks = read.report.field("nonDerivativeTable.nonDerivativeTransaction[3].transactionAmounts.transactionPricePerShare.footnoteId").expect("marks reported");
        assert!(marks.uncertain, "{marks:?}");
        // The next price's mark (6), whose range holds it, stays.
        let next = &doc["nonDerivativeTable"]["nonDerivativeTransaction"][4]["transactionAmounts"]["transactionPricePerShare"]["footnoteId"];
        assert_eq!(next, &serde_json::json!(["F6"]));
    }

    #[test]
    fn a_title_is_no_surer_than_a_row_whose_every_other_value_is_uncertain() {
        // ocr-dev 58bc786d7c05a5ba_v1, scan: rows whose dates are their only clean values
        // read among garbled marks. The title, read the same on every row, does not make
        // such a row's reading sure.
        let text = r#"Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned

| 1. Title of Derivative Security (Instr. 3) | 42. \| Conversion or Exercise Price of Derivative Security | 3. Transaction } Date \| (Month/Day/Year) | 3A. Deemed Execution Date, if \| any (Month/Day/Year) | 4. ] Transaction Code J (Instr. 8) |  | 5. Number of \| Derivative Securities Acquired (A) or Disposed of (D) (Instr. 3, 4, and 5) |  | 6. Date Exercisable and Expiration Date (Month/Day/Year) |  | 7. Title and Amount of Underlying Securities (Instr. 3 and 4) |  | 8. Price of Derivative Security} (Instr. 5) | }9. Number of } Derivative Securities [Beneficially Owned | } 10. 11. Natu Ownership } of Indire Form of Benefici \| Derivative \| Ownerst Security: \| (Instr. 4) |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
|  |  |  |  | Code | JV | (A) | (D) | Date . xercisable E | Expiration \| Date | Title | Amount or Number of Shares |  | Following Reported Transaction(s) (Instr. 4) | Direct (D) or Indirect } (1) (Instr. 4) |
| Class B Common} Stock (2) | @) \| | 05/11/2021 | ci) |  |  | 391,269] | 2) | 2) | Class A \|Common]} Stock | 391,269 | \| \$0 | 0 | See I \| Footno @ |
| Class B Common] Stock (2) | ©) | 05/11/2021 | co |  |  | 125,599} | 2) | 2) | Class A \|Common} Stock | 125,599 | \| \$0 | 0 | See I \| Footno G) |
| Class B Common} Stock (2) | &) |  |  |  |  |  | @) | @ \| | Class A Common] Stock | 13,031,306 |  | 13,031,306 (13) ae | D |
"#;
        let read = crate::read(text);
        let conf = |path: &str| read.report.field(path).map(|f| f.uncertain).expect(path);
        assert!(conf("derivativeTable.derivativeTransaction[0].securityTitle"));
        assert!(conf("derivativeTable.derivativeTransaction[1].securityTitle"));
    }

    #[test]
    fn title_and_letters_are_no_surer_than_a_row_whose_figures_are_all_uncertain() {
        // ocr-dev 2ffbe920ed175b24_v1, clean, a wired grid: the second and third rows'
        // codes read `J)`, `0)`, their dates, amounts and natures all uncertain; the title
        // and the letters read cleanly say nothing of whether those rows were read right.
        let text = format!("Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n\n{WIRED_TABLE_I}");
        let read = crate::read(&text);
        let uncertain = |k: usize, field: &str| {
            let path = format!("nonDerivativeTable.nonDerivativeTransaction[{k}].{field}");
            read.report.field(&path).expect("reported").uncertain
        };
        for k in [1, 2] {
            assert!(uncertain(k, "securityTitle") && uncertain(k, "ownershipNature.directOrIndirectOwnership"), "row {k}");
        }
        assert!(!uncertain(0, "securityTitle") && !uncertain(0, "ownershipNature.directOrIndirectOwnership"));
    }

    #[test]
    fn a_holding_with_an_amount_too_many_is_in_doubt_title_and_all() {
        // ocr-dev 56eba09be294afc7_v1, fax: a transaction's date and code read on the line
        // above its title, the rest read as a holding with a second amount.
        let text = "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n\n\
| 1. Title of Security (Instr. 3) | 2. Transaction Date | 2A. Deemed | 3. Code | V | 4. Amount | (A) or (D) | Price | 5. Amount Owned | 6. D or I | 7. Nature |\n\
|---|---|---|---|---|---|---|---|---|---|---|\n\
| Class A Common Stock |  |  |  |  |  |  |  | 49,567 | D |  |\n\
| Class A Common Stock |  |  |  |  | 77,067 | . |  | \\$0.)77,067 |  |  | Sequoia |\n";
        let read = crate::read(text);
        let unplaced: Vec<_> = read.diagnostics.iter().filter(|d| d.code == "ocr-unplaced").collect();
        assert_eq!(unplaced.len(), 1, "{:#?}", read.diagnostics);
        let title = |k: usize| read.report.field(&format!("nonDerivativeTable.nonDerivativeHolding[{k}].securityTitle")).expect("title reported");
        assert!(!title(0).uncertain, "{:?}", title(0));
        assert!(title(1).uncertain, "{:?}", title(1));
    }

    #[test]
    fn a_row_printed_as_noise_is_reported_with_its_line() {
        // As OCR read a scanned Form 4's Table I: the second row printed as noise.
        let text = "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n\n\
| Common Stock | 09/12/2025 |  |  | 31,019 | \\| А \\| | \\$376.145® \\| | 410,936,071 |  | By Tr rust! @ |\n\
|---|---|---|---|---|---|---|---|---|---|\n\
|  | meen | \\| | ell | vans |  | sea | ees | МИГ | B rust’ |\n\
| Common Stock | 09/12/2025 |  |  | 18,137 \\| | А \\| | \\$382.489'\")} | 411,154,155 |  | Ву Trust rust\" |\n";
        let read = crate::read(text);
        let lost: Vec<_> = read.diagnostics.iter().filter(|d| d.code == "ocr-unread-line").collect();
        assert_eq!(lost.len(), 1, "{:#?}", read.diagnostics);
        assert_eq!(lost[0].location.line, Some(5), "{lost:#?}");
    }

    #[test]
    fn table_two_labels_printed_before_its_title_start_table_two() {
        // As the page reader gave a scanned Form 4: Table I's rows, then Table II's
        // column labels and its one row, and only then Table II's title.
        let text = format!(
            "{}{WIRED_TABLE_I}{}",
            r#"Table | - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned

"#,
            r#"| Class A Common Stock |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  | 49,567 | D |  |
| Class A Common Stock |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  | 858,081 | I | By Sequoia Capital US. Growth Fund IV, LP. |
| Class A Common Stock |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  | 35,657 | 1 | By Sequoia Capital USGF Principals Fund IV, LP) |
| itle of Bitte of Derivative Security (inst 3} \| | 3, Transaction [Date (MonthiDay!¥eas) |  | 4 snsaction ode (Instr. \| Got MMs" \| 8) |  | jeeme ees ate, Execution Date, \| litany gentiuDayivear) |  | 5, Number of Derivative \| Securities \| Acauired (A) \| or Disposed \| oF (0) (Instr. 3, Sand 5) |  | 6. Date Exercisable and Expiration Date (MonthiDayi¥ear) |  | Z, Title and Amount of erivative Securit De Security (instr. 3 and 4) |  | rice of \|8 Price of Derivative Security \| Ginstz5) | 9. Number of derivative \| Securities Beneficially \| fi Pane Following \| renters Transaction(s) (instr. 4) | 49, wnership O¥MerSHIP Form: Direct (0) \| orindivect () (instr. a) | 22. Nature oF indirect direct \| Beneficial \| Ownership \| (mst |  |  |  |  |  |  |  |
|  |  |  | code | \|v |  |  | \|(a)] | 0) | Date Exercisable \| | Expiration \| Date | Title \| | ‘Amount or Number of \| Shares |  |  |  |  |  |  |  |  |  |  |  |
| Class B Common Stock | o | 02/28/2019 |  |  |  | c |  |  | 4,169,733] |  | © \| | class Common Stock |  | \|4,169,733] | \$0 | 6,949,555 | 1 | By Sequoia Capital us. Venture |  |  |  |  |  |

Table Il - Derivative Securities Acquired, Disposed of, or Beneficially Owned (e.g., puts, calls, warrants, options, convertible securities)
"#
        );
        let read = crate::read(&text);
        let doc = serde_json::to_value(&read.document).unwrap();
        let table2 = doc["derivativeTable"]["derivativeTransaction"].as_array().cloned().unwrap_or_default();
        assert_eq!(table2.len(), 1, "{doc:#}");
        assert_eq!(table2[0]["securityTitle"]["value"], "Class B Common Stock");
        assert_eq!(table2[0]["transactionAmounts"]["transactionShares"]["value"], "4169733");
        assert_eq!(table2[0]["postTransactionAmounts"]["sharesOwnedFollowingTransaction"]["value"], "6949555");
        let table1 = doc["nonDerivativeTable"]["nonDerivativeTransaction"].as_array().cloned().unwrap_or_default();
        assert!(table1.iter().all(|r| r["securityTitle"]["value"] == "Class A Common Stock"), "{doc:#}");
    }
}
