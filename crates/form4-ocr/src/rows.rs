//! Tables I and II: finding the data rows among header and wrapped lines, merging
//! wrapped cells and duplicate readings, and assigning values to columns by type.
//!
//! Column positions in OCR'd grids are unreliable (cells split, shift, merge), but
//! the order of the columns and the type of each is fixed by the form. So a row's
//! tokens are aligned to the form's column sequence (date, date, code, V, amount,
//! A/D, price, owned, D/I, nature…) by a small dynamic program that prefers filling
//! columns with values of the right type and skipping debris.

use std::sync::LazyLock;

use regex::Regex;

use crate::field::{FieldVal, Value, CLEAN, MENDED, UNCERTAIN_AT, UNSURE};
use crate::markdown::Line;
use crate::text::{collapse_spaces, tokens, Quality, Tok, Token};

/// The columns of Tables I and II.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Col {
    /// 1. Title of security.
    Title,
    /// 2. Conversion or exercise price (Table II).
    Conv,
    /// Transaction date.
    Date,
    /// Deemed execution date.
    Deemed,
    /// Transaction code.
    Code,
    /// V (timeliness).
    V,
    /// Amount.
    Shares,
    /// (A) or (D).
    AcqDisp,
    /// Price.
    Price,
    /// Date exercisable.
    ExDate,
    /// Expiration date.
    ExpDate,
    /// Underlying title.
    UndTitle,
    /// Underlying amount.
    UndShares,
    /// Amount owned following the transaction(s).
    Owned,
    /// Direct (D) or indirect (I).
    DirInd,
    /// Nature of indirect ownership.
    Nature,
}

impl Col {
    /// The field's path below its row in the JSON record.
    pub fn path(self) -> &'static str {
        match self {
            Col::Title => "securityTitle",
            Col::Conv => "conversionOrExercisePrice",
            Col::Date => "transactionDate",
            Col::Deemed => "deemedExecutionDate",
            Col::Code => "transactionCoding.transactionCode",
            Col::V => "transactionTimeliness",
            Col::Shares => "transactionAmounts.transactionShares",
            Col::AcqDisp => "transactionAmounts.transactionAcquiredDisposedCode",
            Col::Price => "transactionAmounts.transactionPricePerShare",
            Col::ExDate => "exerciseDate",
            Col::ExpDate => "expirationDate",
            Col::UndTitle => "underlyingSecurity.underlyingSecurityTitle",
            Col::UndShares => "underlyingSecurity.underlyingSecurityShares",
            Col::Owned => "postTransactionAmounts.sharesOwnedFollowingTransaction",
            Col::DirInd => "ownershipNature.directOrIndirectOwnership",
            Col::Nature => "ownershipNature.natureOfOwnership",
        }
    }
}

/// What a column slot accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Date,
    Code,
    V,
    Num,
    Price,
    AcqDisp,
    DirInd,
    Text,
    /// A date, or words such as "Immediately" / "(1)" standing in for one.
    DateOrWords,
}

struct Slot {
    col: Col,
    kind: Kind,
    required: bool,
}

const fn s(col: Col, kind: Kind, required: bool) -> Slot {
    Slot { col, kind, required }
}

static T1_TRANSACTION: &[Slot] = &[
    s(Col::Date, Kind::Date, true),
    s(Col::Deemed, Kind::Date, false),
    s(Col::Code, Kind::Code, true),
    s(Col::V, Kind::V, false),
    s(Col::Shares, Kind::Num, true),
    s(Col::AcqDisp, Kind::AcqDisp, true),
    s(Col::Price, Kind::Price, false),
    s(Col::Owned, Kind::Num, true),
    s(Col::DirInd, Kind::DirInd, true),
    s(Col::Nature, Kind::Text, false),
];
static T1_HOLDING: &[Slot] = &[s(Col::Owned, Kind::Num, true), s(Col::DirInd, Kind::DirInd, true), s(Col::Nature, Kind::Text, false)];
static T2_TRANSACTION: &[Slot] = &[
    s(Col::Conv, Kind::Price, false),
    s(Col::Date, Kind::Date, true),
    s(Col::Deemed, Kind::Date, false),
    s(Col::Code, Kind::Code, true),
    s(Col::V, Kind::V, false),
    s(Col::Shares, Kind::Num, true),
    s(Col::ExDate, Kind::DateOrWords, false),
    s(Col::ExpDate, Kind::DateOrWords, false),
    s(Col::UndTitle, Kind::Text, false),
    s(Col::UndShares, Kind::Num, false),
    s(Col::Price, Kind::Price, false),
    s(Col::Owned, Kind::Num, true),
    s(Col::DirInd, Kind::DirInd, true),
    s(Col::Nature, Kind::Text, false),
];
static T2_HOLDING: &[Slot] = &[
    s(Col::Conv, Kind::Price, false),
    s(Col::ExDate, Kind::DateOrWords, false),
    s(Col::ExpDate, Kind::DateOrWords, false),
    s(Col::UndTitle, Kind::Text, false),
    s(Col::UndShares, Kind::Num, false),
    s(Col::Owned, Kind::Num, true),
    s(Col::DirInd, Kind::DirInd, true),
    s(Col::Nature, Kind::Text, false),
];
/// Form 3's Table II: exercisable/expiration, underlying, conversion price, form, nature.
static F3_T2_HOLDING: &[Slot] = &[
    s(Col::ExDate, Kind::DateOrWords, false),
    s(Col::ExpDate, Kind::DateOrWords, false),
    s(Col::UndTitle, Kind::Text, false),
    s(Col::UndShares, Kind::Num, true),
    s(Col::Conv, Kind::Price, false),
    s(Col::DirInd, Kind::DirInd, true),
    s(Col::Nature, Kind::Text, false),
];

const CODES: &str = "PSVADFIMCEHOXGLWZJKU";

/// A one-letter cell as OCR reads it: `s` for S in the form's small type, `Ss`,
/// `ce)` (C with a footnote mark), `|` or `l` for I. Returns the letter and whether
/// the reading was clean.
pub fn letterish(tok: &Tok, allowed: &str) -> Option<(char, bool)> {
    match tok {
        Tok::Letter(c) => allowed.contains(*c).then_some((*c, true)),
        Tok::Num(d, _) if allowed.contains('I') && *d == rust_decimal::Decimal::ONE => Some(('I', false)),
        Tok::Text(t) => {
            if allowed.contains('I') && matches!(t.as_str(), "|" | "l" | "]" | "[" | "1") {
                return Some(('I', false));
            }
            if allowed.contains('S') && t == "$" {
                return Some(('S', false));
            }
            // Four letters at most are looked at: more is no letter (`alnum.len() > 3`).
            let mut held = ['\0'; 4];
            let mut count = 0;
            for c in t.chars().filter(|c| c.is_alphanumeric()).take(4) {
                held[count] = c;
                count += 1;
            }
            let alnum = &held[..count];
            let first = alnum.first()?.to_ascii_uppercase();
            // The cell's rule read as a letter before the one printed (`JA`, `ID`): the
            // letter after it, where the rule's letter is none the column takes.
            if let [rule, letter] = *alnum {
                let letter = letter.to_ascii_uppercase();
                if "JIl1".contains(rule) && !allowed.contains(rule.to_ascii_uppercase()) && allowed.contains(letter) && t.len() <= 4 {
                    return Some((letter, false));
                }
            }
            if !allowed.contains(first) || alnum.len() > 3 || t.len() > 6 {
                return None;
            }
            let rest = &alnum[1..];
            // A letter in lower case whose capital looks otherwise (`a`, `e`, `d`) is a
            // speck's reading, not the capital printed; `s`, `c`, `j`, `p` look alike.
            let lookalike = alnum[0].is_ascii_uppercase() || "cjkmopsuvwxz".contains(alnum[0]);
            let clean = lookalike && rest.iter().all(|c| c.to_ascii_uppercase() == first);
            Some((first, clean))
        }
        _ => None,
    }
}

impl Kind {
    /// The letters a one-letter column accepts.
    fn letters(self) -> Option<&'static str> {
        match self {
            Kind::Code => Some(CODES),
            Kind::AcqDisp => Some("AD"),
            Kind::DirInd => Some("DI"),
            _ => None,
        }
    }
}

fn accepts(kind: Kind, tok: &Tok) -> Option<i32> {
    if let Some(allowed) = kind.letters() {
        return letterish(tok, allowed).map(|(_, clean)| if clean { 4 } else { 2 });
    }
    match (kind, tok) {
        (Kind::Date | Kind::DateOrWords, Tok::Date(..)) => Some(4),
        (Kind::Date | Kind::DateOrWords, Tok::BrokenDate(_)) => Some(3),
        (Kind::DateOrWords, Tok::Text(t)) if t.len() < 20 && !t.chars().next().is_some_and(char::is_uppercase) || t.eq_ignore_ascii_case("immediately") => Some(1),
        (Kind::V, Tok::Letter('V' | 'E' | 'L')) => Some(2),
        (Kind::Num, Tok::Num(_, q)) => Some(if *q == Quality::Clean { 4 } else { 3 }),
        (Kind::Price, Tok::Price(_, q)) => Some(if *q == Quality::Clean { 4 } else { 3 }),
        (Kind::Price, Tok::Num(_, _)) => Some(2),
        (Kind::Text, Tok::Text(_)) => Some(2),
        _ => None,
    }
}

fn skip_cost(tok: &Tok) -> i32 {
    match tok {
        Tok::Mark => 0,
        Tok::Text(_) => -1,
        _ => -3,
    }
}

/// Aligns tokens to slots; returns the score and, per slot, the token index filling it.
fn align(tokens: &[&Token], slots: &[Slot]) -> (i32, Vec<Option<usize>>) {
    let (n, m) = (tokens.len(), slots.len());
    // best[at(i, j)]: best score having consumed i tokens and j slots (one table, row
    // by row: a row of its own per token cost an allocation each).
    let at = |i: usize, j: usize| i * (m + 1) + j;
    let mut best = vec![i32::MIN / 2; (n + 1) * (m + 1)];
    let mut from = vec![0u8; (n + 1) * (m + 1)];
    best[0] = 0;
    for i in 0..=n {
        for j in 0..=m {
            let here = best[at(i, j)];
            if here <= i32::MIN / 2 {
                continue;
            }
            if i < n && j < m {
                if let Some(gain) = accepts(slots[j].kind, &tokens[i].tok) {
                    if here + gain > best[at(i + 1, j + 1)] {
                        best[at(i + 1, j + 1)] = here + gain;
                        from[at(i + 1, j + 1)] = 1;
                    }
                }
            }
            if j < m {
                let cost = if slots[j].required { -3 } else { 0 };
                if here + cost > best[at(i, j + 1)] {
                    best[at(i, j + 1)] = here + cost;
                    from[at(i, j + 1)] = 2;
                }
            }
            if i < n {
                let cost = skip_cost(&tokens[i].tok);
                if here + cost > best[at(i + 1, j)] {
                    best[at(i + 1, j)] = here + cost;
                    from[at(i + 1, j)] = 3;
                }
            }
        }
    }
    let mut filled = vec![None; m];
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        match from[at(i, j)] {
            1 => {
                filled[j - 1] = Some(i - 1);
                i -= 1;
                j -= 1;
            }
            2 => j -= 1,
            _ => i -= 1,
        }
    }
    (best[at(n, m)], filled)
}

impl Col {
    /// Every column, in the columns' order.
    pub const ALL: [Col; 16] = [
        Col::Title,
        Col::Conv,
        Col::Date,
        Col::Deemed,
        Col::Code,
        Col::V,
        Col::Shares,
        Col::AcqDisp,
        Col::Price,
        Col::ExDate,
        Col::ExpDate,
        Col::UndTitle,
        Col::UndShares,
        Col::Owned,
        Col::DirInd,
        Col::Nature,
    ];
}

/// A row's fields by column: one slot per column, kept in the columns' order, with the
/// methods of the ordered map it replaces. (The rules look fields up many thousands of
/// times a page: a slot by the column's number costs less than a search of a tree.)
#[derive(Debug, Clone, Default)]
pub struct Fields {
    slots: [Option<FieldVal>; Col::ALL.len()],
}

/// A column's slot in [`Fields`], as the map's entry was used: filled if empty.
pub struct FieldEntry<'a>(&'a mut Option<FieldVal>);

impl<'a> FieldEntry<'a> {
    /// The field, made by `make` if the slot was empty.
    pub fn or_insert_with(self, make: impl FnOnce() -> FieldVal) -> &'a mut FieldVal {
        self.0.get_or_insert_with(make)
    }
}

impl Fields {
    /// The field of a column.
    pub fn get(&self, col: &Col) -> Option<&FieldVal> {
        self.slots[*col as usize].as_ref()
    }

    /// The field of a column, to change.
    pub fn get_mut(&mut self, col: &Col) -> Option<&mut FieldVal> {
        self.slots[*col as usize].as_mut()
    }

    /// Whether the column has a field.
    pub fn contains_key(&self, col: &Col) -> bool {
        self.slots[*col as usize].is_some()
    }

    /// Sets a column's field, returning the one it replaced.
    pub fn insert(&mut self, col: Col, field: FieldVal) -> Option<FieldVal> {
        self.slots[col as usize].replace(field)
    }

    /// A column's slot.
    pub fn entry(&mut self, col: Col) -> FieldEntry<'_> {
        FieldEntry(&mut self.slots[col as usize])
    }

    /// Whether no column has a field.
    pub fn is_empty(&self) -> bool {
        self.slots.iter().all(Option::is_none)
    }

    /// The fields with their columns, in the columns' order.
    pub fn iter(&self) -> Filled<'_> {
        Col::ALL.iter().zip(&self.slots).filter_map(|(c, f)| f.as_ref().map(|f| (c, f)))
    }

    /// The fields with their columns, to change, in the columns' order.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&Col, &mut FieldVal)> {
        Col::ALL.iter().zip(&mut self.slots).filter_map(|(c, f)| f.as_mut().map(|f| (c, f)))
    }

    /// The columns with a field, in order.
    pub fn keys(&self) -> impl Iterator<Item = &Col> {
        self.iter().map(|(c, _)| c)
    }

    /// The fields, in the columns' order.
    pub fn values(&self) -> impl Iterator<Item = &FieldVal> {
        self.slots.iter().flatten()
    }

    /// The fields, to change, in the columns' order.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut FieldVal> {
        self.slots.iter_mut().flatten()
    }
}

/// The filled slots of [`Fields`] with their columns.
type Filled<'a> = std::iter::FilterMap<std::iter::Zip<std::slice::Iter<'a, Col>, std::slice::Iter<'a, Option<FieldVal>>>, fn((&'a Col, &'a Option<FieldVal>)) -> Option<(&'a Col, &'a FieldVal)>>;

impl<'a> IntoIterator for &'a Fields {
    type Item = (&'a Col, &'a FieldVal);
    type IntoIter = Filled<'a>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl IntoIterator for Fields {
    type Item = (Col, FieldVal);
    type IntoIter = std::iter::FilterMap<
        std::iter::Zip<std::array::IntoIter<Col, { Col::ALL.len() }>, std::array::IntoIter<Option<FieldVal>, { Col::ALL.len() }>>,
        fn((Col, Option<FieldVal>)) -> Option<(Col, FieldVal)>,
    >;
    fn into_iter(self) -> Self::IntoIter {
        Col::ALL.into_iter().zip(self.slots).filter_map(|(c, f)| f.map(|f| (c, f)))
    }
}

/// The footnote ids the rows' values refer to, as often as they do.
pub fn referenced_footnotes(rows: &[RowRead]) -> impl Iterator<Item = &String> {
    rows.iter().flat_map(|r| r.fields.values().flat_map(|f| f.notes.iter()))
}

/// One row of Table I or II as read.
#[derive(Debug, Clone)]
pub struct RowRead {
    /// Table II.
    pub derivative: bool,
    /// A holding (no transaction columns).
    pub holding: bool,
    /// The first input line of the row.
    pub line_no: usize,
    /// The fields read.
    pub fields: Fields,
    /// Values that could not be placed in any column.
    pub unplaced: Vec<String>,
    /// Input lines read with the row (wrapped below it, or left after the table's last
    /// row) that hold text across as many columns as a row of their own, and no legible
    /// value: a row printed as noise.
    pub unread_lines: Vec<usize>,
    /// No number or date of the row was settled (see `repair::find_rows_in_doubt`): the
    /// row may be noise, a column label or a row read out of its place, so every
    /// value in it is flagged.
    pub in_doubt: bool,
    /// A Table I holding read with words in the cells before its amount owned, which a
    /// holding leaves blank (`oe`, `iesahl ans`): likely a transaction whose date and
    /// code were lost.
    pub words_before_owned: bool,
    /// The row's JSON path, e.g. `nonDerivativeTable.nonDerivativeTransaction[0]`.
    pub path: String,
    /// Cells left empty but for a footnote mark whose number OCR lost (`@`, `©)`):
    /// a mark is there, which one a rule may tell.
    pub marks_lost: Vec<Col>,
    /// The input lines the row was read from (its readings and the lines wrapped
    /// round it).
    pub lines_read: Vec<usize>,
    /// Input lines of the table after this row (or before the table's first row) that
    /// hold a value, a date or an amount in thousands groups, that no row was read
    /// from: a row printed there may be lost. (Line, its text.)
    pub lost_lines: Vec<(usize, String)>,
    /// The title's marks were read from a bare number ending its cell (`Stock 2`): a
    /// mark that lost both parentheses, or a speck (see `repair::bare_title_marks`).
    pub title_mark_bare: bool,
}

impl RowRead {
    /// A field, or an empty one.
    pub fn get(&self, col: Col) -> Option<&FieldVal> {
        self.fields.get(&col)
    }

    /// The value of a field.
    pub fn value(&self, col: Col) -> &Value {
        self.fields.get(&col).map_or(&Value::None, |f| &f.value)
    }

    /// The field's path in the JSON record.
    pub fn field_path(&self, col: Col) -> String {
        // (Built by hand: one path per field of every row, and `format!` costs more.)
        let tail = col.path();
        let mut p = String::with_capacity(self.path.len() + 1 + tail.len());
        p.push_str(&self.path);
        p.push('.');
        p.push_str(tail);
        p
    }
}

static HEADER_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)instr(?-u:\b)|instr\.|month/|/day|day/year|title of|transaction code|exercisable|expiration|conversion|beneficial|ownership form|derivative secur|acquired|disposed|amount of|following|reported|\(a\) or|price of|nature of|number of|of shares|puts, calls|\(d\) or|indirect \(i\)|execution date|code \(|transaction\(s\)")
        .unwrap()
});

/// Whether a line is one of the table's header lines: its printed labels
/// ([`HEADER_WORDS`]) or its column labels read garbled ([`column_labels`]).
fn header_line(line: &Line) -> bool {
    (HEADER_WORDS.is_match(line.text()) && !nothing_owned(line)) || column_labels(line)
}

/// Whether a line is the row a Form 3 prints for no securities owned (`No securities
/// are beneficially owned | 0 | D`): its title holds a label's word, its cells values.
fn nothing_owned(line: &Line) -> bool {
    line.cells.first().is_some_and(|c| c.trim_start().get(..13).is_some_and(|p| p.eq_ignore_ascii_case("no securities"))) && line.cells.iter().skip(1).any(|c| c.trim() == "0")
}

/// Whether a line is the tables' second header line, the labels of the sub-columns
/// (`Code | V | Amount | (A) or (D) | Price`, `Date Exercisable | Expiration Date |
/// Title | Amount or Number of Shares`), read too garbled for [`HEADER_WORDS`] (`code |
/// |v | | Amount | a © | Pe`, `Code | | v | J(A)] | (D) | Date | al ele | 14 | Amount`):
/// one of the labels `Code`, `Amount`, `Price`, `Exercisable`, `Expiration` as a word
/// at least, no number of more than two digits, and no more other words of two letters
/// or more than such labels (one, when there is one label).
fn column_labels(line: &Line) -> bool {
    const LABELS: &[&str] = &["code", "amount", "price", "exercisable", "expiration", "date", "title", "number", "shares", "or", "of"];
    const KEY: &[&str] = &["code", "amount", "price", "exercisable", "expiration"];
    let text = line.text();
    if text.split(|c: char| !c.is_ascii_digit()).any(|d| d.len() > 2) {
        return false;
    }
    let (mut keys, mut labels, mut others) = (0, 0, 0);
    for w in text.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 2) {
        let is = |set: &[&str]| set.iter().any(|l| l.eq_ignore_ascii_case(w));
        if is(KEY) {
            keys += 1;
        }
        if is(LABELS) {
            labels += 1;
        } else {
            others += 1;
        }
    }
    keys >= 1 && others <= keys.max(1) && labels > 0
}

fn has_value(toks: &[Token]) -> bool {
    let dates = toks.iter().any(|t| matches!(t.tok, Tok::Date(..) | Tok::BrokenDate(_)));
    let prices = toks.iter().any(|t| matches!(t.tok, Tok::Price(..)));
    // An amount in thousands groups (`1,000,000`) is a row's, even with a glyph glued
    // after it (`1,000,000 J`: the ownership letter).
    let grouped = toks.iter().any(|t| match t.tok {
        Tok::Num(_, Quality::Clean) => t.read.contains(','),
        Tok::Num(..) => thousands_grouped(&t.read),
        _ => false,
    });
    let num = toks.iter().any(|t| matches!(t.tok, Tok::Num(..)));
    let letter = toks.iter().any(|t| matches!(t.tok, Tok::Letter('D' | 'I')));
    dates || prices || grouped || (num && letter)
}

/// Whether `read` is (after specks) an amount in thousands groups, 1 to 3 digits then
/// at least one comma and three digits, with one glyph at most glued after it.
fn thousands_grouped(read: &str) -> bool {
    let Some(start) = read.find(|c: char| c.is_ascii_digit()) else { return false };
    let b = &read.as_bytes()[start..];
    let lead = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let mut k = lead;
    let mut groups = 0;
    while b.get(k) == Some(&b',') && b.len() >= k + 4 && b[k + 1..k + 4].iter().all(u8::is_ascii_digit) && !b.get(k + 4).is_some_and(u8::is_ascii_digit) {
        k += 4;
        groups += 1;
    }
    // A decimal part, then one glyph at most (`1,000,000 J`; not `1,158.6 sag`, a
    // wrapped cell's words).
    if b.get(k) == Some(&b'.') {
        k += 1 + b[k + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
    }
    let after = b[k..].iter().filter(|c| c.is_ascii_alphanumeric()).count();
    (1..=3).contains(&lead) && groups >= 1 && after <= 1
}

fn line_tokens(line: &Line) -> Vec<Token> {
    let mut out = Vec::new();
    for (i, c) in line.cells.iter().enumerate() {
        if !c.is_empty() {
            tokens(c, i, &mut out);
        }
    }
    join_dollar_signs(&mut out);
    out
}

/// A dollar sign the grid finder put in a cell of its own belongs to the number after it,
/// unless a price follows that number: then the sign is the transaction code S misread
/// (`$ | 14,269 | $ 19.8491`), kept as text for the code column to read.
fn join_dollar_signs(toks: &mut Vec<Token>) {
    let mut i = 0;
    while i + 1 < toks.len() {
        if toks[i].tok == Tok::Mark && toks[i].read.trim() == "$" {
            let price_after = toks[i + 2..].iter().any(|t| matches!(t.tok, Tok::Price(..)) || (t.tok == Tok::Mark && t.read.trim() == "$"));
            let amount = matches!(toks[i + 1].tok, Tok::Num(d, _) if d.scale() == 0);
            if price_after && amount {
                toks[i].tok = Tok::Text("$".into());
                toks[i].mended = true;
                i += 1;
                continue;
            }
            if let Tok::Num(d, q) = toks[i + 1].tok {
                toks[i + 1].tok = Tok::Price(d, q);
                toks[i + 1].read = format!("$ {}", toks[i + 1].read);
                toks.remove(i);
                continue;
            }
        }
        i += 1;
    }
}

/// Whether a line reads like a row of Table I: a date and at least two more values,
/// and none of the table's header words.
pub fn looks_like_data_row(line: &Line) -> bool {
    if HEADER_WORDS.is_match(line.text()) {
        return false;
    }
    let toks = line_tokens(line);
    let values = toks.iter().filter(|t| !matches!(t.tok, Tok::Text(_) | Tok::Mark)).count();
    has_value(&toks) && values >= 3 && toks.iter().any(|t| matches!(t.tok, Tok::Date(..)))
}

/// Appends `more` to `acc`, dropping a leading part of `more` that re-reads the end
/// of `acc` (a line read twice with small differences).
pub fn append_dedup(acc: &mut String, more: &str) {
    let a: Vec<&str> = acc.split(' ').filter(|w| !w.is_empty()).collect();
    let b: Vec<&str> = more.split(' ').filter(|w| !w.is_empty()).collect();
    let mut overlap = 0;
    for k in (1..=a.len().min(b.len())).rev() {
        let tail = &a[a.len() - k..];
        let head = &b[..k];
        fn bare(w: &str) -> std::borrow::Cow<'_, str> {
            crate::text::lowered(w.trim_matches(|c: char| !c.is_alphanumeric()))
        }
        if tail.iter().zip(head).all(|(x, y)| crate::field::one_glyph_apart(&bare(x), &bare(y))) && (k > 1 || tail[0].len() > 2) {
            overlap = k;
            break;
        }
    }
    let rest = b[overlap..].join(" ");
    if !rest.is_empty() {
        // A word wrapped at its hyphen (`2010-` / `Seed`) is one word again.
        let hyphen_wrapped = acc.ends_with('-') && acc[..acc.len() - 1].ends_with(|c: char| c.is_alphanumeric()) && rest.starts_with(|c: char| c.is_alphanumeric());
        if !acc.is_empty() && !hyphen_wrapped {
            acc.push(' ');
        }
        acc.push_str(&rest);
    }
}

/// The lines of one logical row: the line(s) holding its values and the lines
/// holding the rest of its wrapped cells.
struct Group {
    readings: Vec<usize>,
    before: Vec<usize>,
    after: Vec<usize>,
    /// A repeated header (a new page) ended the row's wrapped lines.
    closed: bool,
}

fn title_cell(line: &Line) -> Option<(usize, &str)> {
    line.cells.iter().enumerate().find(|(_, c)| !c.is_empty()).map(|(i, c)| (i, c.as_str()))
}

/// Whether `second` is another reading of the same printed row as `first`: its
/// title cell does not start a new title and most of its values match.
fn duplicate_reading(first: &Line, second: &Line, first_toks: &[Token], second_toks: &[Token]) -> bool {
    if first.table != second.table {
        return false;
    }
    let starts_title = |l: &Line, toks: &[Token]| match (title_cell(l), toks.first()) {
        (Some((_, c)), Some(t)) if matches!(t.tok, Tok::Text(_)) => c.chars().next().is_some_and(char::is_uppercase) && c.split(' ').count() >= 2,
        _ => false,
    };
    if starts_title(second, second_toks) && starts_title(first, first_toks) {
        return false;
    }
    let values = |toks: &[Token]| -> Vec<(usize, String)> { toks.iter().filter(|t| !matches!(t.tok, Tok::Text(_) | Tok::Mark)).map(|t| (t.column, t.read.clone())).collect() };
    let (a, b) = (values(first_toks), values(second_toks));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let same = b.iter().filter(|x| a.contains(x)).count();
    let close = b.iter().filter(|(c, r)| a.iter().any(|(c2, r2)| c2 == c && crate::field::one_glyph_apart(r, r2))).count();
    let n = a.len().max(b.len());
    same * 2 >= n && close * 10 >= n * 7
}

/// A title's words as titles are compared: letters and digits only, in lower case.
fn title_key_words(text: &str) -> Vec<String> {
    text.split_whitespace().map(|w| w.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase()).filter(|w| !w.is_empty()).collect()
}

/// Whether a cell of the line holds what reads as a date (`/` and six digits or more).
fn holds_a_date(line: &Line) -> bool {
    line.cells.iter().any(|c| c.contains('/') && c.bytes().filter(u8::is_ascii_digit).count() >= 6)
}

/// `text` without the specks before its first letter or digit (`‘Class`, `“lass`).
fn after_specks(text: &str) -> &str {
    text.trim_start_matches(|c: char| !c.is_alphanumeric())
}

/// Whether `line` starts with the same security title as the row `row` (two words at
/// least) and has something beside it: another row of that security, whatever its values.
fn repeats_title(row: &Line, line: &Line) -> bool {
    // Most lines that are not rows are wrapped words or debris: only a cell that starts
    // with a capital and has two words, of about the row title's length, can repeat it.
    // (A speck before a title, `‘Class A Common Stock`, and its first letter lost,
    // `“lass A Common Stock`, still repeat it.)
    let (Some((_, a)), Some((_, b))) = (title_cell(row), title_cell(line)) else { return false };
    let b = after_specks(b);
    if !b.starts_with(|c: char| c.is_alphabetic()) || !b.contains(' ') || a.len().abs_diff(b.len()) > 8 {
        return false;
    }
    let key = |l: &Line| -> Option<Vec<String>> {
        let (col, cell) = title_cell(l)?;
        let (text, _) = crate::text::strip_marks(cell);
        let mut words = title_key_words(&text);
        // (Specks read as short words before or after the title, `oS oe Class A Common
        // Stock`, `oo : : Class A Common Stock oe`, are no part of it.)
        let speck = |w: &String| w.chars().count() <= 2;
        let lead = words.iter().take_while(|w| speck(w)).count();
        words.drain(..lead);
        while words.last().is_some_and(speck) {
            words.pop();
        }
        let more = l.cells.iter().skip(col + 1).any(|c| !c.trim().is_empty());
        (words.len() >= 2 && more && after_specks(&text).starts_with(|c: char| c.is_alphabetic())).then_some(words)
    };
    let (Some(k), Some(r)) = (key(line), key(row)) else { return false };
    // Both start with a capital and read alike, or one lost a glyph of its first word.
    let capital = |t: &str| after_specks(t).starts_with(|c: char| c.is_uppercase());
    k == r || (k.len() == r.len() && k[1..] == r[1..] && k[0].len() >= 3 && crate::field::one_glyph_apart(&k[0], &r[0]) && (capital(a) || capital(b)))
}

/// Whether `line` starts another security's title below a row whose title is complete
/// (`Series C Preferred Stock` / `Series D-1 Preferred`, the values illegible or cut):
/// in the title column, words that open titles (`Series`, `Class`, `Restricted`…) after
/// a title that ended with a word that closes them (`Stock`, `Units`, `buy)`…), with
/// something beside them. A wrapped title's second line goes on with a closing word.
fn starts_another_title(lines: &[Line], g: &Group, line: &Line) -> bool {
    const OPENING: [&str; 10] = ["Series", "Class", "Common", "Restricted", "Employee", "Non-Qualified", "Performance", "Phantom", "Ordinary", "Incentive"];
    const CLOSING: [&str; 12] = ["stock", "units", "unit", "shares", "option", "options", "warrant", "warrants", "rights", "buy)", "sell)", "interests"];
    let Some((col, cell)) = title_cell(line) else { return false };
    let first = cell.split_whitespace().next().unwrap_or("");
    if !OPENING.contains(&first) || cell.split_whitespace().count() < 2 || !line.cells.iter().skip(col + 1).any(|c| !c.trim().is_empty()) {
        return false;
    }
    // The title so far: the title cells of the row's first line and of its wrapped lines.
    let last_title_cell = std::iter::once(g.readings[0]).chain(g.after.iter().copied()).filter_map(|i| lines[i].cells.get(col).filter(|c| !c.trim().is_empty())).next_back();
    let (text, _) = crate::text::strip_marks(last_title_cell.map_or("", String::as_str));
    let last_word = text.split_whitespace().last().unwrap_or("").trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')').to_ascii_lowercase();
    CLOSING.contains(&last_word.as_str())
}

/// Whether the line after `i` holds values with its title column empty: the title on
/// line `i` is theirs (a row the grid finder printed title below values, or above).
fn titles_values_below(lines: &[Line], toks: &[Vec<Token>], i: usize) -> bool {
    let Some((col, _)) = title_cell(&lines[i]) else { return false };
    lines.get(i + 1).is_some_and(|next| has_value(&toks[i + 1]) && next.cells.get(col).is_none_or(|c| c.trim().is_empty()))
}

/// Reads the rows of one table region (`lines[start..end]`).
pub fn read_table(lines: &[Line], derivative: bool, form3: bool) -> Vec<RowRead> {
    let plain = lines_of_plain_text(lines);
    let lines = plain.as_deref().unwrap_or(lines);
    let paragraphs = rows_printed_as_paragraphs(lines);
    let lines = paragraphs.as_deref().unwrap_or(lines);
    let scattered = rows_scattered_over_lines(lines, derivative);
    let lines = scattered.as_deref().unwrap_or(lines);
    let among_grids = rows_printed_as_plain_text(lines, derivative);
    let lines = among_grids.as_deref().unwrap_or(lines);
    let twice = cells_read_twice(lines);
    let lines = twice.as_deref().unwrap_or(lines);
    let staircases = rows_printed_as_staircases(lines);
    let lines = staircases.as_deref().unwrap_or(lines);
    let mut rows = read_table_lines(lines, derivative, form3);
    note_lost_lines(lines, &mut rows);
    rows
}

/// Lines of the table, as read, that hold a value (a date, an amount in thousands
/// groups) but went to no row and were said lost by none: each is noted on the row
/// before it (the first row for lines above them all), so that no row printed there is
/// dropped without a word. (A region with no row at all has nowhere to say it.)
fn note_lost_lines(lines: &[Line], rows: &mut [RowRead]) {
    // (ASCII word boundaries: a Unicode one sends every line through the slow engine.)
    static VALUE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)\d{1,2}/\d{1,2}/\d{4}(?-u:\b)|(?-u:\b)\d{1,3}(?:,\d{3})+(?-u:\b)").expect("static regex"));
    if rows.is_empty() {
        return;
    }
    let mut used: Vec<usize> = rows.iter().flat_map(|r| r.lines_read.iter().chain(&r.unread_lines).copied()).collect();
    used.sort_unstable();
    for line in lines {
        let text = line.text();
        if used.binary_search(&line.line_no).is_ok() || !text.contains(['/', ',']) || !VALUE.is_match(text) || header_line(line) {
            continue;
        }
        let k = rows.iter().rposition(|r| r.line_no < line.line_no).unwrap_or(0);
        rows[k].lost_lines.push((line.line_no, text.to_string()));
    }
}

/// Table I rows that OCR read as plain text between grid rows, scattered a cell or two
/// to a line (`$` / `1,039.313` / `Common Stock 11/10/2021 s` / `2,072` / `D` /
/// `167,307,366`): each made one line of its values in the form's column order, told
/// by kind (the two amounts in the order read, the transaction's first; a letter
/// between them its A/D, one after them its ownership; the price, with cents), for
/// [`rows_printed_as_plain_text`] to read, the lines gathered left blank. Only where
/// the lines holding the title and the date hold no amount or price, and the others no
/// word but the nature's, from a line led by `By` (`I By` / `Sequoia` / `Capital` / …,
/// last, or read first: `$` / `by Trust` / `160.754` / `Common Stock` / …); or where the title's line holds the row but its amount, alone on a line beside
/// it (`83,687 $` / `Common Stock 11/16/2021 sO (2) D_ 1,048.639 2,513,766 D`).
fn rows_scattered_over_lines(lines: &[Line], derivative: bool) -> Option<Vec<Line>> {
    if derivative || !lines.iter().any(|l| l.grid) || lines.iter().all(|l| l.table.is_some()) {
        return None;
    }
    let mut mended: Option<Vec<Line>> = None;
    for std::ops::Range { start, end } in plain_runs(lines) {
        if let Some((at, text, used)) = scattered_row(&lines[start..end]) {
            let out = mended.get_or_insert_with(|| lines.to_vec());
            for k in used {
                out[start + k] = Line::new(None, vec![String::new()], lines[start + k].line_no);
            }
            out[start + at] = Line::new(None, vec![text], lines[start + at].line_no);
        }
    }
    mended
}

/// The runs of lines outside any table grid (`table` is `None`), as index ranges.
fn plain_runs(lines: &[Line]) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        start += lines[start.min(lines.len())..].iter().take_while(|l| l.table.is_some()).count();
        if start >= lines.len() {
            return None;
        }
        let end = (start..lines.len()).find(|&k| lines[k].table.is_some()).unwrap_or(lines.len());
        let run = start..end;
        start = end;
        Some(run)
    })
}

/// See [`rows_scattered_over_lines`]: the line to hold the row, its text, and the
/// lines it was gathered from.
fn scattered_row(run: &[Line]) -> Option<(usize, String, Vec<usize>)> {
    static DATE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\d{1,2}/\d{1,2}/\d{4}").expect("static regex"));
    static AMOUNT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:\d{1,3}(?:,\d{3})+|\d{3,})$").expect("static regex"));
    static PRICE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\$?\d{1,3}(?:,\d{3})*\.\d{2,4}$").expect("static regex"));
    enum Piece<'a> {
        Amount(&'a str),
        Price(&'a str),
        Letter(char),
    }
    // (Most runs are blank lines or words: no row there.)
    if !run.iter().any(|l| l.text().bytes().any(|b| b.is_ascii_digit())) {
        return None;
    }
    let mut filled: Vec<usize> = (0..run.len()).filter(|&k| !run[k].text().trim().is_empty()).collect();
    if filled.len() < 2 {
        return None;
    }
    let word = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() >= 3;
    // The nature, last, may wrap a word to a line (`I By` / `Sequoia` / `Capital` / …):
    // from a line led by the ownership letter and `By`, or by `By`, the lines are its.
    let nature_start = filled.iter().position(|&k| {
        let mut words = run[k].text().split_whitespace();
        matches!((words.next(), words.next()), (Some("I" | "D"), Some(by)) | (Some(by), _) if by.eq_ignore_ascii_case("by"))
    });
    let titled = |t: &str| t.split_whitespace().any(|w| word(w) && crate::vocab::is_title_word(w));
    // (Its lines hold words and a fund's number, `By Sequoia` / `Capital` / `2010`:
    // where a price, a grouped amount, a date or a title of two title words follows, the
    // nature was read first, `$` / `by Trust` / `160.754` / `Common Stock` / …)
    let row_value = |t: &str| DATE.is_match(t) || t.split_whitespace().any(|w| PRICE.is_match(w) || (w.contains(',') && AMOUNT.is_match(w.trim_end_matches(','))));
    let security = |t: &str| t.split_whitespace().filter(|w| word(w) && crate::vocab::is_title_word(w)).count() >= 2;
    let nature_lines: Vec<usize> = nature_start
        .map(|at| {
            let end = (at + 1..filled.len()).find(|&j| row_value(run[filled[j]].text()) || security(run[filled[j]].text())).unwrap_or(filled.len());
            filled.drain(at..end).collect()
        })
        .unwrap_or_default();
    let heads: Vec<usize> = filled.iter().copied().filter(|&k| DATE.is_match(run[k].text()) || titled(run[k].text())).collect();
    if heads.is_empty() || heads.len() > 2 {
        return None;
    }
    // The head holds the title, the date and the code, and no value but where the other
    // lines hold one amount alone (below); the other lines values and specks, no word.
    let mut head_values = false;
    let mut pieces: Vec<Piece> = Vec::new();
    for &k in &filled {
        let text = run[k].text();
        if heads.contains(&k) {
            let rest = DATE.replace_all(text, " ");
            head_values |= rest.split_whitespace().any(|w| AMOUNT.is_match(w) || PRICE.is_match(w));
            continue;
        }
        for w in text.split(|c: char| c.is_whitespace() || c == '|') {
            let w = w.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | '{' | '}' | '_' | '-' | '—' | '=' | ':' | ';' | '\''));
            if word(w) {
                return None;
            }
            if AMOUNT.is_match(w) {
                pieces.push(Piece::Amount(w));
            } else if PRICE.is_match(w) || w == "$0" {
                pieces.push(Piece::Price(w.trim_start_matches('$')));
            } else if let [c @ ('A' | 'D' | 'I')] = w.chars().collect::<Vec<_>>().as_slice() {
                pieces.push(Piece::Letter(*c));
            }
        }
    }
    if head_values {
        // A row read whole on its line but for its amount, alone on a line beside it
        // (`83,687 $` / `Common Stock 11/16/2021 sO (2) D_ 1,048.639 2,513,766 D`): the
        // amount goes before the row's first value after its code, its A/D or price.
        let ([head], [Piece::Amount(amount)]) = (heads.as_slice(), pieces.as_slice()) else { return None };
        let words: Vec<&str> = run[*head].text().split_whitespace().collect();
        let dated = words.iter().position(|w| DATE.is_match(w))?;
        let after: Vec<&str> = words[dated + 1..].iter().map(|w| w.trim_matches(|c: char| matches!(c, '_' | '-' | '|' | '(' | ')'))).collect();
        if after.iter().filter(|w| AMOUNT.is_match(w)).count() != 1 {
            return None;
        }
        let at = dated + 1 + after.iter().position(|w| matches!(*w, "A" | "D") || PRICE.is_match(w) || AMOUNT.is_match(w))?;
        let mut text: Vec<&str> = words[..at].to_vec();
        text.push(amount);
        text.extend(&words[at..]);
        let used = filled.into_iter().filter(|k| k != head).collect();
        return Some((*head, text.join(" "), used));
    }
    let amounts: Vec<usize> = (0..pieces.len()).filter(|&i| matches!(pieces[i], Piece::Amount(_))).collect();
    let prices: Vec<&str> = pieces.iter().filter_map(|p| if let Piece::Price(p) = p { Some(*p) } else { None }).collect();
    let ([first, last], [] | [_]) = (amounts.as_slice(), prices.as_slice()) else { return None };
    let letter = |range: std::ops::Range<usize>, allowed: &[char]| pieces[range].iter().find_map(|p| if let Piece::Letter(c) = p { allowed.contains(c).then_some(*c) } else { None });
    let (Piece::Amount(shares), Piece::Amount(owned)) = (&pieces[*first], &pieces[*last]) else { return None };
    let mut text: Vec<String> = Vec::new();
    // The title's line first (a date's line may come before it).
    let mut ordered = heads.clone();
    ordered.sort_by_key(|&k| !titled(run[k].text()));
    text.extend(ordered.iter().map(|&k| run[k].text().to_string()));
    text.push(shares.to_string());
    text.extend(letter(*first..*last, &['A', 'D']).map(String::from));
    text.extend(prices.first().map(|p| format!("${p}")));
    text.push(owned.to_string());
    // (The nature's first line leads with the ownership letter where it was read there.)
    let nature: Vec<&str> = nature_lines.iter().flat_map(|&k| run[k].text().split_whitespace()).collect();
    let (ownership, nature) = match nature.split_first() {
        Some((&l @ ("I" | "D"), rest)) => (Some(l.to_string()), rest),
        _ => (letter(*last..pieces.len(), &['D', 'I']).map(String::from), nature.as_slice()),
    };
    text.extend(ownership);
    if !nature.is_empty() {
        text.push(nature.join(" "));
    }
    let used = filled.into_iter().chain(nature_lines).filter(|&k| k != ordered[0]).collect();
    Some((ordered[0], text.join(" "), used))
}

/// A table region that OCR gave as plain text (the text a page reader prints without a
/// cell grid): lines of text, one of them at least holding a row's value (a date or an
/// amount in thousands groups), and no row of a
/// markdown table with its separator row (a line led by a rule read as a pipe, `|
/// payivear) code |v | amount`, parses as a table without one). Each line is made a row
/// of cells by [`plain_text_cells`], all of one table. `None` for a region read from a grid.
fn lines_of_plain_text(lines: &[Line]) -> Option<Vec<Line>> {
    static ROW_VALUE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{1,3}(?:,\d{3})+\b").expect("static regex"));
    if lines.iter().any(|l| l.grid) || !lines.iter().any(|l| l.table.is_none() && ROW_VALUE.is_match(l.text())) {
        return None;
    }
    // Words that go on a security's title on the line below it (`Restricted Stock` /
    // `Units`); other words below a row whose last cell is text go on that cell, the
    // nature (`By Living` / `Trust`).
    const TITLE_GOES_ON: &[&str] =
        &["units", "unit", "stock", "shares", "option", "options", "right", "rights", "to", "buy", "buy)", "warrant", "warrants", "preferred", "common", "class", "award", "awards"];
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    // The last row's last cell of words after its title: where its nature is.
    let mut nature_at: Option<usize> = None;
    for l in lines {
        let mut cells = plain_text_cells(l.text());
        if cells.len() == 1 && !l.text().bytes().any(|b| b.is_ascii_digit()) {
            let first = cells[0].split_whitespace().next().unwrap_or("").trim_start_matches('(').to_lowercase();
            if let Some(k) = nature_at.filter(|_| !TITLE_GOES_ON.contains(&first.as_str())) {
                cells = under_column(k, &cells[0]);
            }
        } else if ROW_VALUE.is_match(l.text()) {
            // (A line of labels or their numbers, `4, and 5)`, is no row to go on.)
            nature_at = cells.iter().rposition(|c| !c.bytes().any(|b| b.is_ascii_digit()) && c.chars().filter(|c| c.is_alphabetic()).count() >= 2).filter(|&k| k > 0);
        }
        out.push(Line::new(Some(usize::MAX), cells, l.line_no));
    }
    Some(out)
}

/// Rows the page reader printed as plain text between the parts of a ruled table, the
/// grid finder having missed them (`Class A Common Stock 02/28/2019 J 4,169,733 {D $0
/// JO I By Sequoia Capital` / `JU.S. Venture 2010 Fund, LP @M`): in each run of lines
/// outside the grid, a line that reads like a row ([`looks_like_data_row`]) is made
/// cells as plain text is ([`plain_text_cells`]), and when it is owned indirectly the
/// lines of words after it go under its nature, after the `I`, and so do the lines of
/// words before the run's first row: the row's values are printed at the middle of
/// its tall nature cell (`By The` / `Founders` / `Fund IV` / `Class A Common Stock
/// 07/28/2017 Cc 14,657 A $0 14,657 I` / `Principals` / `Fund, LP`). A holding
/// ([`looks_like_holding`]) is read so too. A derivative row owned directly, alone in
/// its run, takes the words of its title and underlying title wrapped above and below
/// it ([`titles_wrapped_round_row`]). Returns the region so mended, or `None` when it
/// has no such row.
fn rows_printed_as_plain_text(lines: &[Line], derivative: bool) -> Option<Vec<Line>> {
    if !lines.iter().any(|l| l.grid) || lines.iter().all(|l| l.table.is_some()) {
        return None;
    }
    // Only indirect ownership has a nature: the words round a row owned directly are
    // other columns' (a title wrapped below, the header's labels above).
    let indirect = |c: &str| matches!(c, "I" | "|");
    let mut mended: Option<Vec<Line>> = None;
    for std::ops::Range { start, end } in plain_runs(lines) {
        let mut nature_at: Option<usize> = None;
        let mut row_seen = false;
        // The run's rows, each with whether it is owned directly.
        let mut rows_here: Vec<(usize, bool)> = Vec::new();
        for k in start..end {
            let text = lines[k].text();
            // (A line without a digit is no row: most are a wrapped cell's words.)
            let row = text
                .bytes()
                .any(|b| b.is_ascii_digit())
                .then(|| Line::new(Some(usize::MAX), plain_text_cells(text), lines[k].line_no))
                .filter(|row| looks_like_data_row(row) || looks_like_holding(row) || (!derivative && looks_like_dateless_transaction(row)));
            if let Some(mut row) = row {
                let n = row.cells.len();
                nature_at = match row.cells.as_slice() {
                    [.., last] if indirect(last) => Some(n),
                    [.., letter, _] if indirect(letter) || indirect_read_as_one(&row.cells, n - 2) => Some(n - 1),
                    _ => None,
                };
                if nature_at == Some(n) {
                    // An empty nature cell for the lines above and below to fill (an
                    // empty cell leaves the line's text as it is).
                    row.cells.push(String::new());
                }
                rows_here.push((k, nature_at.is_none()));
                let out = mended.get_or_insert_with(|| lines.to_vec());
                out[k] = row;
                if !row_seen {
                    row_seen = true;
                    // The nature's first lines, printed above the values.
                    // (Above values printed without their title, the title's line.)
                    let titled = out[k].cells.first().is_some_and(|c| !c.bytes().any(|b| b.is_ascii_digit()) && c.chars().filter(|c| c.is_alphabetic()).count() >= 3);
                    if let Some(at) = nature_at.filter(|_| titled) {
                        for above in (start..k).filter(|&a| lines[a].text().chars().filter(|c| c.is_alphabetic()).count() >= 2) {
                            out[above] = Line::new(Some(usize::MAX), under_column(at, lines[above].text()), lines[above].line_no);
                        }
                    }
                }
            } else if let Some(at) = nature_at {
                let out = mended.get_or_insert_with(|| lines.to_vec());
                out[k] = Line::new(Some(usize::MAX), under_column(at, text), lines[k].line_no);
            }
        }
        // (Table II's only. A line of debris with a digit can read as a holding: only
        // rows led by a title word count.)
        let titled: Vec<(usize, bool)> = match mended.as_ref().filter(|_| derivative) {
            Some(out) => {
                rows_here.into_iter().filter(|&(k, _)| out[k].cells.first().and_then(|c| c.split_whitespace().next()).is_some_and(|w| w.len() > 1 && crate::vocab::is_title_word(w))).collect()
            }
            None => Vec::new(),
        };
        if let ([(k, true)], Some(out)) = (titled.as_slice(), mended.as_mut()) {
            let k = *k;
            if let Some((row, taken)) = titles_wrapped_round_row(&out[k], &lines[start..k], &lines[k + 1..end]) {
                out[k] = row;
                for a in taken.into_iter().map(|a| if a < 0 { (k as isize + a) as usize } else { k + a as usize }) {
                    out[a] = Line::new(None, Vec::new(), lines[a].line_no);
                }
            }
        }
    }
    mended
}

/// A derivative row printed as one line of text among a table's grid, whose tall
/// cells' words were printed above and below it, the line of values at their middle
/// (`Restricted Class A` / `Stock @ 06/13/2022 M 7,583 (2) @) Common 7,583 $0 0 D` /
/// `Unit Stock`): each line of words round it gives its first words to the title and
/// its last to the underlying title, a line of one run of words parted where the
/// underlying title's words start. Taken only where one parting makes the underlying
/// title a common stock's (`Class A Common Stock`, `Common Stock`, `Ordinary Shares`)
/// and the title of title words none repeated, the cells' lines most evenly spread
/// above and below (cells are centred on their row). Lines of debris are passed over;
/// a line with other words ends the cell on its side. Returns the row with its title
/// and underlying title so joined, and the lines taken (offsets from the row: -1 the
/// line above).
fn titles_wrapped_round_row(row: &Line, above: &[Line], below: &[Line]) -> Option<(Line, Vec<isize>)> {
    // A wrapped line's possible partings, each (title words, underlying-title words).
    type Partings = Vec<(Vec<String>, Vec<String>)>;
    static UNDERLYING: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^(?:Class [A-Z] )?(?:Common|Ordinary) (?:Stock|Shares)$").expect("static regex"));
    const UNDERLYING_WORDS: &[&str] = &["class", "common", "ordinary", "stock", "shares"];
    let words_of = |t: &str| -> Vec<String> { t.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).map(str::to_string).collect() };
    let underlying_words = |ws: &[String]| {
        !ws.is_empty() && ws.iter().any(|w| w.len() >= 4) && ws.iter().all(|w| UNDERLYING_WORDS.contains(&w.to_lowercase().as_str()) || (w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase())))
    };
    let words_only = |c: &str| !c.bytes().any(|b| b.is_ascii_digit());
    // A run's leading title words (a letter alone only after `Class` or `Series`), and
    // the words after them.
    let title_words = |ws: Vec<String>| -> (Vec<String>, Vec<String>) {
        let n = (0..ws.len())
            .find(|&i| {
                let w = &ws[i];
                let letter = w.chars().filter(|c| c.is_alphanumeric()).count() == 1;
                !crate::vocab::is_title_word(w) || (letter && !(i > 0 && matches!(ws[i - 1].to_lowercase().as_str(), "class" | "series")))
            })
            .unwrap_or(ws.len());
        let mut ws = ws;
        let rest = ws.split_off(n);
        (ws, rest)
    };
    // The row's title, a garbled mark after it at most (`Restricted qa)`), kept after it.
    let (title, mark) = title_words(words_of(row.cells.first().filter(|c| words_only(c))?));
    if title.is_empty() || mark.iter().any(|w| w.chars().count() > 3) {
        return None;
    }
    // The underlying title's cell: the last of its words alone after the title,
    // garbled marks of the dates before them at most (`io) (@) Common`), kept before.
    let marks_and_underlying = |c: &str| {
        let mut ws = words_of(c);
        let marks = ws.iter().take_while(|w| w.chars().count() <= 3 && !UNDERLYING_WORDS.contains(&w.to_lowercase().as_str())).count();
        let und = ws.split_off(marks);
        underlying_words(&und).then_some((ws, und))
    };
    let (und_at, (und_marks, underlying)) = (1..row.cells.len()).rev().find_map(|i| marks_and_underlying(&row.cells[i]).map(|m| (i, m)))?;
    // Each wrapped line's possible partings (title words, underlying words), nearest
    // the row first on each side.
    let partings = |line: &Line| -> Option<Partings> {
        let cells = plain_text_cells(line.text());
        let (first, rest) = title_words(words_of(cells.first().filter(|c| words_only(c))?));
        if first.is_empty() {
            return None;
        }
        if !rest.is_empty() {
            // Debris after the title's words (`units | | I 1 ott tt`): only they are
            // the line's.
            return Some(vec![(first, Vec::new())]);
        }
        if cells.len() > 1 {
            // Values and debris between: the last run of words is the underlying
            // title's if it reads as one, else nothing of the line is.
            let last = cells.iter().rev().find(|c| words_only(c) && c.chars().filter(|c| c.is_alphabetic()).count() >= 2).map(|c| words_of(c)).unwrap_or_default();
            let last = if underlying_words(&last) && cells.iter().rposition(|c| words_of(c) == last) != Some(0) { last } else { Vec::new() };
            return Some(vec![(first, last)]);
        }
        Some((0..=first.len()).map(|s| (first[..s].to_vec(), first[s..].to_vec())).collect())
    };
    let debris = |l: &Line| !l.text().split_whitespace().any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2);
    let side = |lines: &mut dyn Iterator<Item = (isize, &Line)>| -> Vec<(isize, Partings)> {
        let mut out = Vec::new();
        for (at, l) in lines {
            if debris(l) {
                continue;
            }
            match partings(l) {
                Some(p) if out.len() < 3 => out.push((at, p)),
                _ => break,
            }
        }
        out
    };
    let ups = side(&mut above.iter().rev().enumerate().map(|(i, l)| (-(i as isize) - 1, l)));
    let downs = side(&mut below.iter().enumerate().map(|(i, l)| (i as isize + 1, l)));
    if ups.is_empty() && downs.is_empty() {
        return None;
    }
    // Every combination of partings: (title, underlying, spread).
    let lines_taken: Vec<&(isize, Partings)> = ups.iter().rev().chain(downs.iter()).collect();
    let mut best: Vec<(String, String, usize)> = Vec::new();
    let mut choice = vec![0usize; lines_taken.len()];
    loop {
        let (mut t, mut u) = (Vec::new(), Vec::new());
        let (mut t_spread, mut u_spread) = ([0usize; 2], [0usize; 2]);
        for (j, (at, ps)) in lines_taken.iter().enumerate() {
            if j == ups.len() {
                t.extend(title.iter().cloned());
                u.extend(underlying.iter().cloned());
            }
            let (pt, pu) = &ps[choice[j]];
            let side = usize::from(*at > 0);
            t_spread[side] += usize::from(!pt.is_empty());
            u_spread[side] += usize::from(!pu.is_empty());
            t.extend(pt.iter().cloned());
            u.extend(pu.iter().cloned());
        }
        if downs.is_empty() {
            t.extend(title.iter().cloned());
            u.extend(underlying.iter().cloned());
        }
        let (t, u) = (t.join(" "), u.join(" "));
        let mut seen = std::collections::HashSet::new();
        let repeated = t.split(' ').any(|w| !seen.insert(w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()));
        if UNDERLYING.is_match(&u) && !repeated {
            let spread = t_spread[0].abs_diff(t_spread[1]) + u_spread[0].abs_diff(u_spread[1]);
            best.push((t, u, spread));
        }
        // The next combination.
        let mut j = 0;
        while j < choice.len() {
            choice[j] += 1;
            if choice[j] < lines_taken[j].1.len() {
                break;
            }
            choice[j] = 0;
            j += 1;
        }
        if j == choice.len() {
            break;
        }
    }
    let least = best.iter().map(|b| b.2).min()?;
    best.retain(|b| b.2 == least);
    best.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
    let [(t, u, _)] = best.as_slice() else { return None };
    let mut cells = row.cells.clone();
    cells[0] = if mark.is_empty() { t.clone() } else { format!("{t} {}", mark.join(" ")) };
    // (The marks of the empty date columns before it, each a cell: `io)` read with
    // the title after it is a word of it.)
    cells.splice(und_at..=und_at, und_marks.iter().cloned().chain([u.clone()]));
    Some((Line::new(row.table, cells, row.line_no), lines_taken.iter().map(|(at, _)| *at).collect()))
}

/// Whether a line of cells made from plain text reads like a holding (`Class A Common
/// Stock 1,000,000 I Footnote`): a title of two words or more first, an amount in
/// thousands groups, and the ownership letter in a cell of its own.
fn looks_like_holding(line: &Line) -> bool {
    let Some(title) = line.cells.first() else { return false };
    if title.split_whitespace().count() < 2 || !title.starts_with(char::is_uppercase) || HEADER_WORDS.is_match(line.text()) {
        return false;
    }
    let toks = line_tokens(line);
    has_value(&toks) && line.cells.iter().enumerate().any(|(k, c)| matches!(c.as_str(), "I" | "D") || indirect_read_as_one(&line.cells, k))
}

/// Whether a line of cells made from plain text reads like a Table I transaction whose
/// date was lost (`om Stock no s 2,072 |D _ 1,039.313] 167,307,366 1 by oe`): led by a
/// title's word, an amount and an amount owned, each in thousands groups, and a price
/// with its cents between them. (Each is printed so: a line of prose or of labels has
/// no such run.)
fn looks_like_dateless_transaction(line: &Line) -> bool {
    // (Two thousands commas at least, looked for before the line is read into values.)
    if line.cells.iter().map(|c| c.bytes().filter(|&b| b == b',').count()).sum::<usize>() < 2 {
        return false;
    }
    let Some(title) = line.cells.first() else { return false };
    if !title.split_whitespace().any(crate::vocab::is_title_word) || HEADER_WORDS.is_match(line.text()) {
        return false;
    }
    let toks = line_tokens(line);
    let grouped = |t: &Token| matches!(t.tok, Tok::Num(d, _) if d.scale() == 0) && t.read.contains(',');
    let Some(first) = toks.iter().position(grouped) else { return false };
    let Some(last) = toks.iter().rposition(grouped) else { return false };
    let priced = toks[first..last].iter().any(|t| matches!(t.tok, Tok::Price(d, _) | Tok::Num(d, _) if d.scale() > 0));
    first < last && priced
}

/// Whether cell `k` is the ownership letter `I` read as `1`: a lone `1` with the
/// nature's words after it, the row's last cell (`Common Stock 5,900,504 1 Sequoia`).
fn indirect_read_as_one(cells: &[String], k: usize) -> bool {
    cells[k] == "1" && k + 2 == cells.len() && cells[k + 1].starts_with(char::is_alphabetic)
}

/// A line's text as the one cell of column `at`, the columns before it empty.
fn under_column(at: usize, text: &str) -> Vec<String> {
    let mut cells = vec![String::new(); at];
    cells.push(text.to_string());
    cells
}

/// The cells of a table line read as plain text (`Common Stock 06/13/2018 P 2,297 JA $
/// [342.782 (4) |33,722,718 I by Trust`): each value (a word with a digit) alone, a
/// dollar sign with the number after it and a footnote mark with the value before it;
/// each run of words as one cell, a one-glyph word that leads a run of words (the
/// ownership form before the nature: `I by Trust`) a cell of its own.
fn plain_text_cells(text: &str) -> Vec<String> {
    let mut cells: Vec<String> = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let flush = |run: &mut Vec<&str>, cells: &mut Vec<String>| {
        // The ownership letter before the nature, debris of a mark before it at most
        // (`@) ie I See Footnote`, `JO I By Sequoia Capital`).
        let letter = run.iter().position(|w| matches!(*w, "I" | "D" | "|")).filter(|&k| k + 1 < run.len() && run[..k].iter().all(|w| w.chars().filter(|c| c.is_alphabetic()).count() < 3));
        if let [first, rest @ ..] = run.as_slice() {
            if first.chars().count() == 1 && !rest.is_empty() {
                cells.push((*first).to_string());
                cells.push(rest.join(" "));
            } else if let Some(k) = letter {
                cells.push(run[..k].join(" "));
                cells.push(run[k].to_string());
                cells.push(run[k + 1..].join(" "));
            } else {
                cells.push(run.join(" "));
            }
        }
        run.clear();
    };
    let mut dollar = false;
    for word in text.split_whitespace() {
        let value = word.bytes().any(|b| b.is_ascii_digit());
        if word == "$" {
            flush(&mut run, &mut cells);
            dollar = true;
            continue;
        }
        if value {
            flush(&mut run, &mut cells);
            let mark = crate::text::footnote_mark_alone(word);
            // An amount in thousands without cents after a lone dollar sign is the next
            // column's (the price wrapped below its sign: `$ 391,269` / `22.6513`).
            let amount = word.contains(',') && !word.contains('.');
            if dollar && amount {
                cells.push("$".to_string());
                cells.push(word.to_string());
            } else if dollar {
                cells.push(format!("$ {word}"));
            } else if mark && cells.last().is_some_and(|c| c.bytes().any(|b| b.is_ascii_digit())) {
                let last = cells.last_mut().expect("checked");
                last.push(' ');
                last.push_str(word);
            } else {
                cells.push(word.to_string());
            }
        } else if dollar {
            cells.push(format!("$ {word}"));
        } else {
            run.push(word);
        }
        dollar = false;
    }
    flush(&mut run, &mut cells);
    if dollar {
        cells.push("$".to_string());
    }
    cells
}

/// A cell the grid finder made twice from one stretch of print (`$ |343.855|33,716,953
/// (2)` / `|343.855|33,716,953`): a cell of two values or more that the cell before it
/// holds whole is emptied. (A single value may well be printed twice side by side: the
/// underlying amount and the amount owned of a holding.) Returns the region with such
/// cells emptied, or `None` when there is none.
fn cells_read_twice(lines: &[Line]) -> Option<Vec<Line>> {
    let mut mended: Option<Vec<Line>> = None;
    for (i, line) in lines.iter().enumerate() {
        let mut prev: Option<&str> = None;
        let mut twice: Vec<usize> = Vec::new();
        for (j, cell) in line.cells.iter().enumerate().filter(|(_, c)| !c.is_empty()) {
            let core = cell.trim_matches(|c: char| matches!(c, '|' | '\\' | '[' | ']' | ' '));
            // (A date's slashes hold it together: one value, and the deemed execution
            // date is often printed as the transaction's, beside it.)
            let values = core.split(|c: char| !(c.is_ascii_digit() || matches!(c, ',' | '.' | '/'))).filter(|v| v.bytes().any(|b| b.is_ascii_digit())).count();
            if values >= 2 && prev.is_some_and(|p| p.contains(core)) {
                twice.push(j);
            }
            prev = Some(cell);
        }
        if !twice.is_empty() {
            let out = mended.get_or_insert_with(|| lines.to_vec());
            let mut cells = line.cells.clone();
            for j in twice {
                cells[j].clear();
            }
            out[i] = Line::new(line.table, cells, line.line_no);
        }
    }
    mended
}

/// The first and last columns of a line that hold text.
fn filled_span(line: &Line) -> Option<(usize, usize)> {
    let first = line.cells.iter().position(|c| !c.is_empty())?;
    let last = line.cells.iter().rposition(|c| !c.is_empty())?;
    Some((first, last))
}

/// The words of a line that starts with a security title (a capital, two words or
/// more, no value before them), lower-cased, to compare titles. The caller has made
/// sure the line holds none of the table's header words.
fn title_words(line: &Line) -> Option<String> {
    let (_, cell) = title_cell(line)?;
    if !cell.starts_with(|c: char| c.is_uppercase()) || !cell.contains(' ') {
        return None;
    }
    let (text, _) = crate::text::strip_marks(cell);
    let words = title_key_words(&text);
    (words.len() >= 2 && words.iter().all(|w| !w.starts_with(|c: char| c.is_ascii_digit()))).then(|| words.join(" "))
}

/// A row the grid finder split into a staircase of lines, each holding the next
/// columns of the row and none of the columns before (`Common Stock` / `06/13/2018` /
/// `P 6,032 A $346.637 33,733,295 I by Trust`, each line starting right of where the
/// one above ends): one line of the row. A line that starts with the same security
/// title as the staircase's, or with a title and a date, starts the next row; a
/// staircase's title printed after its values (the grid's columns out of order) is put
/// first. Returns the region with each staircase made one line, or `None` when there
/// is none.
fn rows_printed_as_staircases(lines: &[Line]) -> Option<Vec<Line>> {
    // A staircase: line indices, each starting right of the previous one's last cell.
    let mut runs: Vec<Vec<usize>> = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    let mut run_title: Option<String> = None;
    let mut titled = vec![false; lines.len()];
    let mut last_col = 0;
    let close = |run: &mut Vec<usize>, runs: &mut Vec<Vec<usize>>| {
        if run.len() >= 2 {
            runs.push(std::mem::take(run));
        }
        run.clear();
    };
    // Only a line that starts right of where the line above ends, or ends left of where
    // the line below starts, can be a step: most regions have none, and the header test
    // (a regex) is spared on them.
    let spans: Vec<Option<(usize, usize)>> = lines.iter().map(|l| if l.table.is_some() { filled_span(l) } else { None }).collect();
    let filled: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].is_blank()).collect();
    let mut step = vec![false; lines.len()];
    for pair in filled.windows(2) {
        if let (Some((_, above_last)), Some((below_first, _))) = (spans[pair[0]], spans[pair[1]]) {
            if lines[pair[0]].table == lines[pair[1]].table && below_first > above_last {
                step[pair[0]] = true;
                step[pair[1]] = true;
            }
        }
    }
    if !step.contains(&true) {
        return None;
    }
    for (i, line) in lines.iter().enumerate() {
        if line.is_blank() {
            continue;
        }
        let Some((first, last)) = spans[i].filter(|_| step[i] && !HEADER_WORDS.is_match(line.text())) else {
            close(&mut run, &mut runs);
            run_title = None;
            continue;
        };
        let title = title_words(line);
        titled[i] = title.is_some();
        let continues = run.last().is_some_and(|&prev| lines[prev].table == line.table && first > last_col) && !(title.is_some() && run_title.is_some() && (title == run_title || holds_a_date(line)));
        if !continues {
            close(&mut run, &mut runs);
            run_title = None;
        }
        if run_title.is_none() {
            run_title = title;
        }
        run.push(i);
        last_col = last;
    }
    close(&mut run, &mut runs);
    // Only a staircase that makes a row: a date and a value with thousands commas or a
    // price, spread over its lines (a row read whole on one line is no staircase).
    runs.retain(|r| {
        let toks: Vec<Vec<Token>> = r.iter().map(|&l| line_tokens(&lines[l])).collect();
        let valued = toks.iter().filter(|t| t.iter().any(|t| !matches!(t.tok, Tok::Text(_) | Tok::Mark))).count();
        let all: Vec<Token> = toks.concat();
        valued >= 2 && all.iter().any(|t| matches!(t.tok, Tok::Date(..))) && !toks.iter().any(|t| looks_complete(t))
    });
    if runs.is_empty() {
        return None;
    }
    let mut out = Vec::with_capacity(lines.len());
    let mut next = 0;
    for r in runs {
        out.extend_from_slice(&lines[next..r[0]]);
        let title_at = r.iter().position(|&l| titled[l]);
        let cells = match title_at {
            // Columns in order: each line's cells where they stand.
            None | Some(0) => {
                let width = r.iter().map(|&l| lines[l].cells.len()).max().unwrap_or(0);
                let mut cells = vec![String::new(); width];
                for &l in &r {
                    for (j, c) in lines[l].cells.iter().enumerate().filter(|(_, c)| !c.is_empty()) {
                        cells[j] = c.clone();
                    }
                }
                cells
            }
            // The title after the values: the title's line first, then the others.
            Some(t) => std::iter::once(r[t]).chain(r.iter().copied().filter(|&l| l != r[t])).flat_map(|l| lines[l].cells.iter().filter(|c| !c.is_empty()).cloned()).collect(),
        };
        out.push(Line::new(lines[r[0]].table, cells, lines[r[0]].line_no));
        next = r[r.len() - 1] + 1;
    }
    out.extend_from_slice(&lines[next..]);
    Some(out)
}

/// Whether a line's tokens hold a whole row's values: a date, an amount and the
/// D/I letter.
fn looks_complete(toks: &[Token]) -> bool {
    toks.iter().any(|t| matches!(t.tok, Tok::Date(..))) && toks.iter().any(|t| matches!(t.tok, Tok::Num(..) | Tok::Price(..))) && toks.iter().any(|t| matches!(t.tok, Tok::Letter('D' | 'I')))
}

/// A row the page reader printed as a paragraph between two parts of the table
/// (`See Class A Common Stock 08) I Footnote (12)`): a line outside the table grid that
/// holds the security title of the row above it and a value beside it. Returns the
/// region with such lines made rows of the table above (title, values, then the
/// nature led by the words printed before the title), or `None` when there is none.
fn rows_printed_as_paragraphs(lines: &[Line]) -> Option<Vec<Line>> {
    // Most regions are all grid.
    if lines.iter().all(|l| l.table.is_some()) {
        return None;
    }
    let mut mended: Option<Vec<Line>> = None;
    let mut above: Option<(Option<usize>, String)> = None; // (table, title)
    for (i, line) in lines.iter().enumerate() {
        if line.table.is_some() {
            if let Some((_, c)) = title_cell(line).filter(|(k, c)| *k == 0 && c.starts_with(|ch: char| ch.is_uppercase()) && c.split(' ').count() >= 2 && !HEADER_WORDS.is_match(c)) {
                above = Some((line.table, c.to_string()));
            }
            continue;
        }
        let Some((table, title)) = &above else { continue };
        let text = line.text();
        if let Some(cells) = row_with_title_scattered(text, title).or_else(|| row_with_title_inside(text, title)) {
            let out = mended.get_or_insert_with(|| lines.to_vec());
            out[i] = Line::new(*table, cells, line.line_no);
        }
    }
    mended
}

/// The cells of a row printed as a paragraph with the title mid-line (`See Class A
/// Common Stock 08) I Footnote (12)`) and a value after it: the title, the values a
/// cell each, then the nature: the words from the first of two letters or more on,
/// led by the words printed before the title. (A paragraph that starts with the title
/// is read as a row as it is.)
fn row_with_title_inside(text: &str, title: &str) -> Option<Vec<String>> {
    let at = text.find(title).filter(|&at| at > 0)?;
    let after: Vec<&str> = text[at + title.len()..].split_whitespace().collect();
    let has_value = after.iter().any(|w| w.starts_with(|c: char| c.is_ascii_digit()) || *w == "D" || *w == "I");
    if !has_value {
        return None;
    }
    let nature_at = after.iter().position(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2).unwrap_or(after.len());
    let mut cells = vec![title.to_string()];
    cells.extend(after[..nature_at].iter().map(|w| w.to_string()));
    let nature = format!("{} {}", text[..at].trim(), after[nature_at..].join(" "));
    if !nature.trim().is_empty() {
        cells.push(nature.trim().to_string());
    }
    Some(cells)
}

/// A row printed as a paragraph with its title's words scattered among the values, as
/// the page reader takes the lines of a wrapped title apart (`Class B Q) Q) Q) ClassA |
/// 2,962,961 2,962,961 I See Common Common Footnote)`): it starts with the first two
/// words of the title of the row above, but not with the whole title, and holds an
/// amount with thousands commas. Its cells: that title (the rest of it is read from the
/// row above, flagged with the row), then each value alone and each run of words as one.
fn row_with_title_scattered(text: &str, title: &str) -> Option<Vec<String>> {
    let head: Vec<&str> = title.split(' ').take(2).collect();
    let words: Vec<&str> = text.split_whitespace().collect();
    if head.len() < 2 || words.len() < 4 || words[..2] != head[..] || text.starts_with(title) {
        return None;
    }
    let grouped = |w: &str| w.split(',').count() >= 2 && w.split(',').skip(1).all(|g| g.len() == 3) && w.chars().all(|c| c.is_ascii_digit() || c == ',');
    if !words.iter().any(|w| grouped(w)) {
        return None;
    }
    let value = |w: &str| w.starts_with(|c: char| c.is_ascii_digit() || c == '$') || w == "D" || w == "I";
    let mut cells = vec![title.to_string()];
    let mut run: Vec<&str> = Vec::new();
    for w in &words[2..] {
        if value(w) {
            if !run.is_empty() {
                cells.push(run.join(" "));
                run.clear();
            }
            cells.push(w.to_string());
        } else {
            run.push(w);
        }
    }
    if !run.is_empty() {
        cells.push(run.join(" "));
    }
    Some(cells)
}

fn read_table_lines(lines: &[Line], derivative: bool, form3: bool) -> Vec<RowRead> {
    let is_header: Vec<bool> = lines.iter().map(header_line).collect();
    // Header lines hold no values unless a date is printed in them; skip tokenizing the rest.
    let toks: Vec<Vec<Token>> = lines.iter().zip(&is_header).map(|(l, h)| if *h && !holds_a_date(l) { Vec::new() } else { line_tokens(l) }).collect();
    let mut groups: Vec<Group> = Vec::new();
    let mut pending: Vec<usize> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let data = has_value(&toks[i]) && (!is_header[i] || toks[i].iter().any(|t| matches!(t.tok, Tok::Date(..))));
        if data {
            if let Some(g) = groups.last_mut() {
                let first = g.readings[0];
                if !g.closed && g.after.iter().all(|&a| lines[a].table == line.table) && duplicate_reading(&lines[first], line, &toks[first], &toks[i]) {
                    g.readings.push(i);
                    continue;
                }
            }
            groups.push(Group { readings: vec![i], before: std::mem::take(&mut pending), after: Vec::new(), closed: false });
        } else if is_header[i] || line.is_blank() {
            // Headers repeated on a continuation page end the wrap of the row above.
            if is_header[i] {
                pending.clear();
                if let Some(g) = groups.last_mut() {
                    g.closed = true;
                }
            }
        } else if groups.last().is_some_and(|g| repeats_title(&lines[g.readings[0]], line) || (starts_another_title(lines, g, line) && !titles_values_below(lines, &toks, i))) {
            // The same security again with values too damaged to read: a row of its own,
            // not a wrapped line of the row above.
            groups.push(Group { readings: vec![i], before: std::mem::take(&mut pending), after: Vec::new(), closed: false });
        } else if let Some(g) = groups.last_mut().filter(|g| !g.closed && lines[g.readings[0]].table == line.table) {
            g.after.push(i);
        } else if line.table.is_some() {
            pending.push(i);
        }
    }
    let mut rows = Vec::with_capacity(groups.len());
    for g in groups {
        rows.push(read_group(lines, &toks, &g.readings, &g.before, &g.after, derivative, form3));
    }
    // Lines after the last row that went to no row: a grid of noise rows below it, told
    // from the labels of the next table or box by their last cell, a nature the table's
    // rows read (`By Trust`).
    let squeeze = crate::text::letters_and_digits;
    let natures: Vec<String> = rows.iter().filter_map(|r| r.value(Col::Nature).text().map(squeeze)).filter(|n| n.len() >= 5).collect();
    let nature_last = |line: &Line| line.cells.iter().rev().find(|c| !c.trim().is_empty()).is_some_and(|c| natures.iter().any(|n| squeeze(c).contains(n.as_str())));
    // (With a row's nature in its last cell, three columns of text are enough.)
    let lost: Vec<usize> = pending.iter().filter(|&&l| columns_with_text(&lines[l]) >= 3 && nature_last(&lines[l])).map(|&l| lines[l].line_no).collect();
    if let Some(last) = rows.last_mut() {
        last.unread_lines.extend(lost);
    }
    rows
}

/// Whether a line that holds no legible value is a row of its own printed as noise: a
/// wrapped line fills a cell or two (a title's or a nature's next words), a row's text
/// fills five columns or more.
fn row_of_noise(line: &Line) -> bool {
    columns_with_text(line) >= 5
}

/// How many of a line's cells hold a letter or a digit.
fn columns_with_text(line: &Line) -> usize {
    line.cells.iter().filter(|c| c.chars().any(char::is_alphanumeric)).count()
}

/// The words a line's tokens hold in column `col`, values left out; with `marks`, the
/// footnote marks too, as read: a mark wrapped onto a line of its own (`See` /
/// `Footnote` / `(4)`) still belongs to its cell.
///
/// With `in_text`, the line continues a cell of text (`Sequoia` / `Capital` / `2010-` /
/// `Seed` / `Fund,` / `L.P.`): the comma or hyphen that ends a line is inside the cell,
/// not at its end, and is kept, and a year wrapped at its hyphen (`2010-`) is a word.
fn column_words(toks: &[Token], col: usize, marks: bool, in_text: bool) -> Option<String> {
    let words: Vec<std::borrow::Cow<'_, str>> = toks
        .iter()
        .filter(|t| t.column == col)
        .filter_map(|t| match &t.tok {
            Tok::Text(s) if in_text => {
                let raw = t.read.trim_end();
                let cut = [',', '-'].into_iter().find(|p| raw.strip_suffix(*p).is_some_and(|r| r.ends_with(s.as_str())));
                Some(cut.map_or(std::borrow::Cow::Borrowed(s.as_str()), |p| format!("{s}{p}").into()))
            }
            Tok::Text(s) => Some(s.as_str().into()),
            Tok::Num(..) if in_text && t.read.len() == 5 && t.read.ends_with('-') && t.read[..4].bytes().all(|b| b.is_ascii_digit()) => Some(t.read.as_str().into()),
            Tok::Mark if marks && !t.notes.is_empty() => Some(t.read.as_str().into()),
            _ => None,
        })
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// Cells of the row with wrapped text from neighbouring lines merged in.
fn merged_cells(lines: &[Line], toks: &[Vec<Token>], reading: usize, before: &[usize], after: &[usize]) -> Vec<String> {
    let mut cells = lines[reading].cells.clone();
    let width = cells.len();
    let mut fronts: Vec<String> = vec![String::new(); width];
    for &b in before {
        for (j, front) in fronts.iter_mut().enumerate().take(lines[b].cells.len()) {
            if let Some(w) = column_words(&toks[b], j, false, false) {
                append_dedup(front, &w);
            }
        }
    }
    for (j, cell) in cells.iter_mut().enumerate() {
        if !fronts[j].is_empty() {
            let mut acc = std::mem::take(&mut fronts[j]);
            append_dedup(&mut acc, cell);
            *cell = acc;
        }
    }
    let in_text: Vec<bool> = (0..width).map(|j| toks[reading].iter().any(|t| t.column == j && matches!(t.tok, Tok::Text(_)))).collect();
    for &a in after {
        for j in 0..width.min(lines[a].cells.len()) {
            // A price wrapped below its dollar sign (`$` / `21.3303`): the number is the cell's.
            if cells[j].trim_end().ends_with('$') {
                if let Some(t) = toks[a].iter().find(|t| t.column == j && matches!(t.tok, Tok::Num(..) | Tok::Price(..))) {
                    cells[j].push(' ');
                    cells[j].push_str(&t.read);
                }
            }
            if let Some(w) = column_words(&toks[a], j, true, in_text[j]) {
                append_dedup(&mut cells[j], &w);
            }
        }
    }
    cells
}

/// Whether a cell's text is what OCR makes of a superscript footnote mark whose number
/// it lost (`@`, `©)`, `Q)`, `°`).
fn garbled_mark_alone(read: &str) -> bool {
    read.contains(['@', '©', '®', '°']) || (read.ends_with(')') && !read.contains('(') && read.chars().count() <= 3)
}

/// The token an alignment put in column `col`'s slot, if any.
fn token_of(slots: &[Slot], filled: &[Option<usize>], col: Col) -> Option<usize> {
    slots.iter().zip(filled).find(|(s, _)| s.col == col).and_then(|(_, f)| *f)
}

fn read_group(lines: &[Line], toks: &[Vec<Token>], readings: &[usize], before: &[usize], after: &[usize], derivative: bool, form3: bool) -> RowRead {
    // Each reading's fields, values left unplaced, whether a holding, and marks lost.
    type Reading = (Fields, Vec<String>, bool, Vec<Col>, bool);
    let mut reads: Vec<Reading> = Vec::with_capacity(readings.len());
    // The title merges its column across every line of the row.
    let primary = &toks[readings[0]];
    let title_col = primary.first().filter(|t| matches!(t.tok, Tok::Text(_))).map_or(0, |t| t.column);
    let mut title = String::new();
    let mut title_notes = Vec::new();
    let mut title_garbled = false;
    let mut title_opening_lost = false;
    let mut bare_marks = Vec::new();
    let mut fragments = 0;
    let mut sorted: Vec<usize> = before.iter().chain(readings).chain(after).copied().collect();
    sorted.sort_unstable();
    for &l in &sorted {
        if let Some(cell) = lines[l].cells.get(title_col) {
            let (_, notes) = crate::text::strip_marks(cell);
            if let Some(w) = column_words(&toks[l], title_col, false, false) {
                append_dedup(&mut title, &w);
                title_notes.extend(notes);
                let (lost_opening, garbled) = crate::text::marks_without_opening(cell);
                title_opening_lost |= !lost_opening.is_empty();
                title_notes.extend(lost_opening);
                title_garbled |= garbled;
                bare_marks.extend(crate::text::bare_mark_ending(cell));
                fragments += 1;
            }
        }
    }
    for &r in readings {
        // Without wrapped lines the row's tokens are the line's, already read.
        let merged: Vec<Token>;
        let row_toks: &[Token] = if before.is_empty() && after.is_empty() {
            &toks[r]
        } else {
            let cells = merged_cells(lines, toks, r, before, after);
            let mut row_toks = Vec::new();
            for (i, c) in cells.iter().enumerate() {
                if !c.is_empty() {
                    tokens(c, i, &mut row_toks);
                }
            }
            join_dollar_signs(&mut row_toks);
            merged = row_toks;
            &merged
        };
        // Words in the title column are the title (merged above).
        let body: Vec<&Token> = row_toks.iter().filter(|t| !(t.column == title_col && matches!(t.tok, Tok::Text(_) | Tok::Mark))).collect();
        let patterns: &[(&[Slot], bool)] = if derivative {
            if form3 {
                &[(F3_T2_HOLDING, true)]
            } else {
                &[(T2_TRANSACTION, false), (T2_HOLDING, true)]
            }
        } else if form3 {
            &[(T1_HOLDING, true)]
        } else {
            &[(T1_TRANSACTION, false), (T1_HOLDING, true)]
        };
        let has_date = body.iter().any(|t| matches!(t.tok, Tok::Date(..) | Tok::BrokenDate(_)));
        type Alignment<'a> = (i32, &'a [Slot], Vec<Option<usize>>, bool);
        let mut best: Option<Alignment> = None;
        for (slots, holding) in patterns {
            let (mut score, filled) = align(&body, slots);
            // A holding has no transaction date; a row with dates before the code is a transaction.
            if *holding && has_date && !derivative {
                score -= 6;
            }
            // A Table I transaction read with neither its date nor its amount, whose code
            // and A/D are no clean letters (a rule's stroke, `|`, words read as letters):
            // a holding, whose cells before the amount owned are blank, read with specks.
            if !*holding && !derivative {
                let filled_with = |col: Col| token_of(slots, &filled, col);
                let clean = |col: Col, kind: Kind| filled_with(col).is_some_and(|i| accepts(kind, &body[i].tok) == Some(4));
                // (Nor a digit or a mark before the amount owned: a date or price cut.)
                let speck = |t: &Token| match &t.tok {
                    Tok::Text(w) => !w.bytes().any(|b| b.is_ascii_digit()),
                    Tok::Mark => t.notes.is_empty(),
                    Tok::Letter(_) => true,
                    _ => false,
                };
                let bare_before_owned = filled_with(Col::Owned).is_some_and(|o| body[..o].iter().all(|t| speck(t)));
                if filled_with(Col::Date).is_none() && filled_with(Col::Shares).is_none() && !clean(Col::Code, Kind::Code) && !clean(Col::AcqDisp, Kind::AcqDisp) && bare_before_owned {
                    score -= 3;
                }
            }
            if best.as_ref().is_none_or(|b| score > b.0) {
                best = Some((score, slots, filled, *holding));
            }
        }
        let (_, slots, filled, holding) = best.expect("at least one pattern");
        let mut fields = Fields::default();
        let mut used = vec![false; body.len()];
        let mut marks_lost = Vec::new();
        for (slot, tok) in slots.iter().zip(&filled) {
            match tok {
                Some(i) => {
                    used[*i] = true;
                    let mut field = field_from(body[*i]);
                    if let Some((letter, clean)) = slot.kind.letters().and_then(|a| letterish(&body[*i].tok, a)) {
                        field.value = Value::Text(letter.to_string());
                        // (A garbled mark's glyph beside the letter, `s©)`, leaves it unclean.)
                        let clean = clean && !body[*i].read.chars().any(crate::text::is_mark_glyph);
                        // (A letter token is mended only when it stands for another glyph, `€`.)
                        let stood_for = body[*i].mended && matches!(body[*i].tok, Tok::Letter(_));
                        field.conf = if clean && !stood_for { CLEAN } else { MENDED };
                        // An I read unclean in the code column (a stroke, `ie`) holds the
                        // row's place as a transaction but is a rule's or a garbled
                        // letter, hardly the rare code I (39 of the bulk corpus's 38,810
                        // codes): the code is left unread.
                        if slot.col == Col::Code && letter == 'I' && !clean {
                            field.value = Value::None;
                            field.conf = UNSURE;
                        }
                        if let Tok::Text(t) = &body[*i].tok {
                            // Digits after the letter are a footnote mark (`F(24)`, `c2)`:
                            // the parenthesis closing it is read, not always kept).
                            let digits: String = t.chars().skip_while(|c| !c.is_ascii_digit()).take_while(char::is_ascii_digit).collect();
                            if !digits.is_empty() && digits.len() <= 2 && body[*i].read.contains(')') {
                                field.notes.extend(crate::text::footnote_id(&digits));
                            }
                        }
                    }
                    fields.insert(slot.col, field);
                }
                None if slot.required => {
                    fields.insert(slot.col, FieldVal::missing());
                }
                None => {}
            }
        }
        // Footnote marks standing alone in a column belong to the slot nearest left of
        // them, unless a date exercisable or expiration date column was left empty
        // between that slot and the next: Table II prints a mark alone there (`6,538 |
        // (4) | (4) | Common Stock`, the dates explained in footnote 4).
        for (i, t) in body.iter().enumerate() {
            if used[i] {
                continue;
            }
            let legible = t.tok == Tok::Mark && !t.notes.is_empty();
            // In a grid a superscript mark alone in its cell is also read as its bare
            // number (`| 2 | 2 |`) or as glyphs that keep none (`@`, `©)`): a mark
            // is there all the same, the dates' or the price's, not a value.
            let grid = lines[r].grid;
            let bare = grid && matches!(t.tok, Tok::Num(..)) && crate::text::mark_number(&t.read) && t.read != "0";
            let garbled = grid && t.tok == Tok::Mark && t.notes.is_empty() && garbled_mark_alone(&t.read);
            if !(legible || bare || garbled) {
                continue;
            }
            let left = filled.iter().rposition(|f| f.is_some_and(|f| f < i));
            let right = filled.iter().position(|f| f.is_some_and(|f| f > i)).unwrap_or(slots.len());
            // (A cell read otherwise, a broken date, takes a legible mark only.)
            let open =
                |k: usize| !marks_lost.contains(&slots[k].col) && fields.get(&slots[k].col).is_none_or(|f: &FieldVal| f.value == Value::None && f.notes.is_empty() && (legible || f.read.is_empty()));
            // The open slot of a column wanted between the values on either side.
            let open_between = |wanted: &dyn Fn(Col) -> bool| (left.map_or(0, |l| l + 1)..right).find(|&k| wanted(slots[k].col) && open(k));
            // A `©` alone where the transaction code goes: the letter C read with a ring
            // (a code cell holds a letter; a mark alone there would have lost it), flagged.
            if garbled && t.read.trim() == "©" {
                if let Some(k) = open_between(&|c| c == Col::Code) {
                    used[i] = true;
                    fields.insert(slots[k].col, FieldVal::read(Value::Text("C".into()), t.read.clone(), UNCERTAIN_AT - 4));
                    continue;
                }
            }
            let empty_date = open_between(&|c| matches!(c, Col::ExDate | Col::ExpDate));
            // Before any value of the row, in Table II: the conversion price's cell, the
            // first after the title, printed as a mark alone.
            let empty_price = (left.is_none() && derivative && slots.first().is_some_and(|s| s.col == Col::Conv) && right > 0 && open(0)).then_some(0);
            // In Table I's grid, a mark in a cell of its own after the A/D and before the
            // amount owned: the price's cell, printed as a mark alone (a J's or a gift's
            // price left blank, its footnote marked; the bulk corpus has 1,851 such prices
            // and 193 A/D letters footnoted, each in its own cell).
            // (Alone in its cell, and read with no more digits than a mark's: a price
            // misread beside it, `: /1,101.916 (4)`, is no blank.)
            let alone_in_cell = || t.read.bytes().filter(u8::is_ascii_digit).count() <= 2 && body.iter().enumerate().all(|(j, o)| j == i || o.column != t.column);
            let empty_table_1_price = if grid && !derivative && alone_in_cell() { open_between(&|c| c == Col::Price) } else { None };
            // In Table II, a mark after the underlying amount where the price is blank:
            // the price's (all 1,558 blank derivative prices of the bulk corpus carry a
            // mark, 127 of them beside one on the underlying amount). Outside a grid the
            // mark may be the amount's own, printed after it: flagged there.
            let after_underlying = derivative && left.is_some_and(|l| slots[l].col == Col::UndShares);
            let empty_table_2_price = if after_underlying && (!grid || alone_in_cell()) { open_between(&|c| c == Col::Price) } else { None };
            if let Some(k) = empty_date.or(empty_price).or(empty_table_1_price).or(empty_table_2_price) {
                used[i] = true;
                if garbled {
                    marks_lost.push(slots[k].col);
                    continue;
                }
                // The cell holds no date, surely; the mark, a superscript, is often
                // misread (`(5)` for 25): flagged.
                let notes: Vec<String> = if bare { crate::text::footnote_id(&t.read).into_iter().collect() } else { t.notes.clone() };
                // (Glyphs misread beside the mark, `(2) G)`, are no value to keep as
                // raw text: the marks stand for the cell.)
                let read = if t.read.chars().any(char::is_alphabetic) { notes.iter().map(|n| format!("({})", n.trim_start_matches('F'))).collect::<Vec<_>>().join(" ") } else { t.read.clone() };
                let mut mark_alone = FieldVal::read(Value::None, read, CLEAN);
                mark_alone.notes = notes;
                mark_alone.notes_conf = Some(if bare || (empty_table_2_price == Some(k) && !grid) { UNCERTAIN_AT - 1 } else { MENDED });
                fields.insert(slots[k].col, mark_alone);
                continue;
            }
            if legible {
                if let Some((_, f)) = slots.iter().zip(&filled).rfind(|(_, f)| f.is_some_and(|f| f < i)) {
                    let col = slots.iter().zip(&filled).find(|(_, x)| *x == f).map(|(s, _)| s.col);
                    // In a grid, a mark from a cell of its own (a value beside it misread
                    // past reading, `D | 3 \| 1.057.494 (29)`) may be that value's, not
                    // the value before it: flagged.
                    let other_cell = grid && f.is_some_and(|f| body[f].column != t.column);
                    if let Some(field) = col.and_then(|c| fields.get_mut(&c)) {
                        field.notes.extend(t.notes.iter().cloned());
                        if other_cell {
                            field.notes_conf = Some(field.notes_conf.map_or(UNCERTAIN_AT - 4, |c| c.min(UNCERTAIN_AT - 4)));
                        }
                    }
                }
            }
        }
        let unplaced: Vec<String> = body.iter().enumerate().filter(|(i, t)| !used[*i] && !matches!(t.tok, Tok::Mark | Tok::Text(_))).map(|(_, t)| t.read.clone()).collect();
        let owned_at = token_of(slots, &filled, Col::Owned);
        let words_before_owned = holding
            && !derivative
            && owned_at.is_some_and(|at| body[..at].iter().enumerate().any(|(i, t)| !used[i] && matches!(&t.tok, Tok::Text(w) if w.chars().filter(|c| c.is_alphanumeric()).count() >= 2)));
        reads.push((fields, unplaced, holding, marks_lost, words_before_owned));
    }
    let mut reads = reads.into_iter();
    let (mut fields, unplaced, holding, mut marks_lost, words_before_owned) = reads.next().expect("a group has a reading");
    // Other readings of the same printed row: agreeing values confirm, others become alternatives.
    for (other, _, _, lost, _) in reads {
        marks_lost.extend(lost);
        for (col, f) in other {
            match fields.get_mut(&col) {
                Some(mine) if mine.value == f.value => mine.conf = mine.conf.max(f.conf).saturating_add(9).min(crate::field::CONFIRMED),
                Some(mine) if matches!(mine.value, Value::None) => {
                    let old = std::mem::replace(mine, f);
                    if !old.read.is_empty() {
                        mine.alts.push((old.value, old.read, old.conf));
                    }
                }
                Some(mine) => {
                    if !matches!(f.value, Value::None) {
                        mine.alts.push((f.value, f.read, f.conf));
                    }
                }
                None => {
                    fields.insert(col, f);
                }
            }
        }
    }
    marks_lost.sort_unstable();
    marks_lost.dedup();
    marks_lost.retain(|c| fields.get(c).is_none_or(|f| f.notes.is_empty()));
    let title = collapse_spaces(&title);
    // A title wrapped over lines may have taken in words of the row above or below;
    // one that repeats itself certainly has.
    // A wrapped title read twice whole (`Class A Common Stock Class A Common Stock`).
    let title = {
        let w: Vec<&str> = title.split(' ').collect();
        let half = w.len() / 2;
        if w.len() >= 2 && w.len().is_multiple_of(2) && w[..half].iter().zip(&w[half..]).all(|(a, b)| a.eq_ignore_ascii_case(b)) {
            fragments += 1;
            w[..half].join(" ")
        } else {
            title
        }
    };
    let words: Vec<&str> = title.split(' ').collect();
    let repeats = words.windows(2).enumerate().any(|(i, w)| words[i + 2..].windows(2).any(|v| v[0].eq_ignore_ascii_case(w[0]) && v[1].eq_ignore_ascii_case(w[1])));
    let conf = if title.is_empty() || repeats {
        UNSURE
    } else if fragments > 1 {
        MENDED
    } else {
        CLEAN
    };
    let mut tf = FieldVal::read(if title.is_empty() { Value::None } else { Value::Text(title.clone()) }, title.clone(), conf);
    // Marks read bare count only where no mark was read otherwise, flagged.
    let title_mark_bare = title_notes.is_empty() && !bare_marks.is_empty();
    if title_mark_bare {
        title_notes = bare_marks;
        title_opening_lost = true;
    }
    tf.notes = title_notes;
    if title_garbled {
        tf.notes_conf = Some(UNCERTAIN_AT - 4);
    } else if title_opening_lost {
        // A mark that lost its opening parenthesis (`6)`) lost a glyph: its number may
        // be misread too (`6)` for `(5)`).
        tf.notes_conf = Some(MENDED);
    }
    tf.missing = title.is_empty();
    fields.insert(Col::Title, tf);
    // A Table II row printed without its grid: a mark after the amount with no date
    // exercisable read (`100,000 (25) 06/18/2026`) is the amount's or the empty date
    // exercisable's, which prints a mark alone when a footnote gives the vesting: flagged.
    if derivative && !lines[readings[0]].grid && fields.get(&Col::ExDate).is_none_or(|f| f.value == Value::None) {
        if let Some(shares) = fields.get_mut(&Col::Shares).filter(|f| !f.notes.is_empty()) {
            shares.notes_conf = Some(shares.notes_conf.map_or(UNCERTAIN_AT - 4, |c| c.min(UNCERTAIN_AT - 4)));
        }
    }
    // A Table II amount sits under (A) or (D); the column position is lost in OCR, so
    // the code decides it later (see `repair`).
    let unread_lines = after.iter().filter(|&&l| row_of_noise(&lines[l])).map(|&l| lines[l].line_no).collect();
    let lines_read = sorted.iter().map(|&l| lines[l].line_no).collect();
    RowRead {
        derivative,
        holding,
        line_no: lines[readings[0]].line_no,
        fields,
        unplaced,
        unread_lines,
        in_doubt: false,
        words_before_owned,
        path: String::new(),
        marks_lost,
        lines_read,
        lost_lines: Vec::new(),
        title_mark_bare,
    }
}

fn field_from(t: &Token) -> FieldVal {
    let (value, conf) = match &t.tok {
        Tok::Date(d, q) => (Value::Date(*d), if *q == Quality::Clean { CLEAN } else { MENDED }),
        Tok::BrokenDate(_) => (Value::None, UNSURE),
        Tok::Num(d, q) | Tok::Price(d, q) => (Value::Num(*d), if *q == Quality::Clean { CLEAN } else { MENDED }),
        Tok::Letter(c) => (Value::Text(c.to_string()), CLEAN),
        Tok::Text(s) => (Value::Text(s.clone()), if t.mended { MENDED - 10 } else { CLEAN - 10 }),
        Tok::Mark => (Value::None, UNSURE),
    };
    let mut f = FieldVal::read(value, t.read.clone(), conf);
    f.notes = t.notes.clone();
    if t.mended && !f.notes.is_empty() && matches!(t.tok, Tok::Num(..) | Tok::Price(..) | Tok::Date(..)) {
        // A mark read from a mended cell (`421.545 6)`, its parenthesis lost) is often
        // a misread digit too.
        f.notes_conf = Some(crate::field::UNCERTAIN_AT - 4);
    }
    f
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn a_table_2_row_printed_as_text_takes_its_titles_wrapped_above_and_below() {
        // Held-out Forms 4 (sets 12 and 13, clean): a row printed as a line of text under
        // the grid of the column labels, its tall title and underlying-title cells
        // printed round it, the line of values at their middle.
        let read = |text: &str| {
            // (The table's region starts after its line of column labels.)
            let rows = read_table(&crate::markdown::lines(text)[1..], true, false);
            rows.iter().map(|r| (r.value(Col::Title).render(), r.value(Col::UndTitle).render())).collect::<Vec<_>>()
        };
        let pair = |t: &str, u: &str| (t.to_string(), u.to_string());
        let restricted = "\
| 1.Titleof Derivative Security (instr. 3) | 2. Conversion or Exercise Price of Derivative Security | 3. Transaction Date (Month/Day/Year) | 3A. Deemed Execution Date, if any (Month/Day/Year) | 4, Transaction Code (Instr.8) | 5. Number of Derivative Securities Acquired (A) or Disposed of (D) (Instr, 3, 4, and 5) | 6. Date Exercisable and Expiration Date (Month/Day/Year) | 7. Title and Amount of Underlying Securities (instr. 3 and 4) | 8. Price of Derivative Security (Instr.5) | 9. Number of Derivative Securities Beneficially Owned Following Reported Transaction(s) (Instr, 4) | 10. Ownership Form of Derivative Security: _Direct (D) or Indirect (1) (instr. 4) | 11. Nature of Indirect Beneficial Ownership (Instr, 4) |  |  |  |  |\n\
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n\
|  |  |  |  | Code | V | (A) | (D) | Date Exercisable | oe Expiration Date | 7, | Amount or amin of Shares |  |  |  |  |\n\
\n\
Restricted Class A\n\
\n\
Stock @ 06/13/2022 M 7,583 (2) @) Common 7,583 $0 0 D\n\
\n\
Unit Stock\n\
";
        assert_eq!(read(restricted), [pair("Restricted Stock Unit", "Class A Common Stock")]);
        let option = "\
| 1. Title of Derivative Security (Instr.3) | 2. Conversion or Exercise Price of Derivative Security | 3. Transaction Date (Month/Day/Year) | 3A. Deemed Execution Date, if any (Month/Day/Year) | 4. Transaction Code (Instr.8) | 5. Number — of Derivative Securities Acquired (A) or Disposed of (D) (instr. 3, 4, and 5) | 6. Date Exercisable and Expiration Date (Month/Day/Year) | 7. Title and Amount of Underlying Securities (Instr. 3 and 4) | 8. Price of Derivative Security (Instr.5) | 9. Number of Derivative Securities Beneficially Owned Following Reported ‘Transaction(s) (Instr. 4) | 10. Ownership Formof Derivative Security: —_Direct (D) or Indirect (1) (Instr. 4) | ‘11. Nature of Indirect Beneficial Ownership (Instr. 4) |  |  |  |  |\n\
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n\
|  |  |  |  | Code | V | (A) | (D) | Date Exercisable | Expiration Date | me | Amount So » umver of Shares |  |  |  |  |\n\
\n\
Stock\n\
\n\
Option 687 Common\n\
\n\
; f @ ,\n\
\n\
(right to $45.88 07/28/2023 A @ 2 07/27/2033 Stock 687 $29.68 687 D\n\
\n\
buy)\n\
";
        assert_eq!(read(option), [pair("Stock Option (right to buy)", "Common Stock")]);
        // The second row, below one read in the grid: garbled marks of the dates
        // before the underlying title's word (`io) (@) Common`), a line of debris
        // under the title's last word (`Just | | |`, `Unit` read so) ending it.
        let twice = "\
| LTilleof Derivative Security (Instr.3) | 2. Conversion or Exercise Price of Derivative Security | 3.Transaction Date (Month/Day/Year) | 3A.Deemed Execution Date, if any (Month/Day/Year) | 4 Transaction Code (Instz.8) | 5, Number of Derivative Securities Acquired (A) ot Disposed of ©) inst 3, 4, and 5) | 6, Date Exercisable and Expiration Date (Month/Day/Year) | 7. Title and Amount of Underlying Securities (instr 3 and 4) | 8 Price of Derivative Security (lnst:.5) | 9. Number of Derivative Securities Beneficially Owned Following Reported ‘Transaction(s) | 10, Ownership. Formof Derivative Security: Direct (D) or Indirect (1) | 11. Nature of Indirect Beneficial Ownership (Instr. 4) |  |  |  |  |\n\
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n\
|  |  |  |  | Code | V | (A) | ©) | Date Exercisable | Expiration Date | TN | ‘Amount or Number of Shares |  | (instr 4) | (Instr. 4) |  |\n\
| Restricted Stock a Unit | @ _— | 09/28/2025 |  | A |  | 48,932 |  | 2 _ | Q) _— | (Comment Stock | 48,932 | $0 | 48,932 | D |  |\n\
\n\
Restricted qa) 09/28/2025 A 48,932 io) (@) Common 48,932 $0 48,932 D\n\
\n\
Stock Stock\n\
\n\
Just | | | 1 tt tl | | lo I | |\n\
";
        assert_eq!(read(twice).get(1), Some(&pair("Restricted Stock", "Common Stock")));
    }
    #[test]
    fn a_mark_after_the_amount_of_a_table_2_row_printed_as_text_is_in_doubt() {
        // A held-out Form 4 (set 7, clean): Table II's one row printed as plain text under
        // the grid of its column labels; `(25)` is the date exercisable's mark, which
        // prints alone, not the amount's.
        let text = "\
| 1.Titleof Derivative Security (Instr. 3) | 2. Conversion or Exercise Price of Derivative Security | 3. Transaction Date (Month/Day/Year) | 3A. Deemed Execution Date, if any (Month/Day/Year) | 4. Transaction Code (Instr. 8) | 5. Number of _ Derivative Securities Acquired (A) or Disposed of (D) (Instr. 3, 4 and 5) | 6. Date Exercisable and Expiration Date (Month/Day/Year) |  | 7. Title and Amount of Securities Underlying Derivative Security (Instr. 3 and 4) |  | 8. Price of Derivative Security (Instr. 5) | 9. Number of derivative Securities Beneficially Owned Following Reported Transaction(s) (Instr. 4) | 10. Ownership Form: Direct (D) or Indirect (I) (Instr. 4) | 11. Nature of Indirect Beneficial Ownership (Instr. 4) |  |  |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
|  |  |  |  | Code | V | (A) | (D) | Date Exercisable . | Expiration Date | . Title | Agaamat or Number of Shares |  | (Instr. 4) | (Instr. 4) |  |

Non-

Qualified

Stock Common

: $14.99 01/06/2025 mM) 100,000 (25) 06/18/2026 100,000 $0 120,948 D

Option = — Stock

(right to

buy)
";
        let rows = read_table(&crate::markdown::lines(text), true, false);
        let row = rows.iter().find(|r| r.value(Col::Shares) == &Value::Num("100000".parse().unwrap())).expect("the row");
        let shares = row.get(Col::Shares).expect("the amount");
        assert_eq!(shares.notes, ["F25"]);
        assert!(shares.notes_conf.is_some_and(|c| c < crate::field::UNCERTAIN_AT), "{shares:?}");
    }

    #[test]
    fn a_table_1_price_cell_holding_a_mark_alone_is_the_prices() {
        // ocr-dev 58bc786d7c05a5ba_v0 (scan): conversions whose price is left blank, its
        // cell holding footnote 2's mark alone (`2)`). It had been taken for the A/D's.
        let rows = read_table(
            &crate::markdown::lines(
                "|  |  |  | Code | V | (A) | (D) | Amount | Price |  |  |  |  |\n\
                 |---|---|---|---|---|---|---|---|---|---|---|---|---|\n\
                 | Class A Common Stock | 05/11/2021 |  | Cc) |  |  | 391,269} | A | 2) | Jo® |  | I | See |\n\
                 | Class A Common Stock | 05/11/2021 |  | cH |  |  | 125,599} | A | 2) | jo® |  | I | See |\n",
            ),
            false,
            false,
        );
        for row in &rows {
            let price = row.get(Col::Price).unwrap_or_else(|| panic!("{row:#?}"));
            assert_eq!((&price.value, price.notes.as_slice()), (&Value::None, ["F2".to_string()].as_slice()), "{row:#?}");
            assert!(row.get(Col::AcqDisp).is_some_and(|f| f.notes.is_empty()), "{row:#?}");
        }
        // A price misread beside its mark (`: /1,101.916 (4)`, held-out set 8) is no blank.
        let rows = read_table(&crate::markdown::lines("| Common Stock | 12/02/2021 |  | S |  | 3,185 | D | $ 1,100.287 (3) | 1,286,883 | D |  |\n|---|---|---|---|---|---|---|---|---|---|---|\n| Common Stock ie | 12/02/2021 | a | si) ie |  | 15,722 Q) = | D_ | : /1,101.916 (4) | \\| 1,271,161 = | D |  |\n"), false, false);
        assert!(rows[1].get(Col::Price).is_none_or(|f| f.value != Value::None || f.uncertain()), "{rows:#?}");
        // Its mark, from a cell of its own, is not surely the letter's before it (held-out
        // set 20: `D | 3 \| 1.057.494 (29)`, the price's mark F29 read on the A/D at 88).
        let rows = read_table(
            &crate::markdown::lines("| Common Stock | 11/10/2021 |  | Ss |  | 5,368 | D | $ 1,056.46 (28) | 167,175,634 | 1 | by Trust |\n|---|---|---|---|---|---|---|---|---|---|---|\n| \\| Common Stock a | 11/10/2021 | \\| | S | \\| | 9,778 ee |  | D | 3 \\| 1.057.494 (29) / | \\| 167,165,856 | \\| iT | by Trust \\| a pe |\n"),
            false,
            false,
        );
        let letter = rows[1].get(Col::AcqDisp).expect("the A/D");
        assert!(letter.notes.is_empty() || letter.notes_conf.is_some_and(crate::field::uncertain_at), "{letter:#?}");
        assert!(!rows[0].get(Col::Price).expect("the price").notes_conf.is_some_and(crate::field::uncertain_at), "{rows:#?}");
    }

    #[test]
    fn holdings_of_one_title_read_with_specks_before_it_are_rows_of_their_own() {
        // Held-out set 21 (scan): five holdings of Class A Common Stock, specks read as
        // words before and after the titles (`oS oe`, `oo : : … oe`) and before amounts
        // (`a8 423,239`): four were read as one row, three amounts lost in its readings.
        let text = "| oS oe Class A Common Stock | De \\| 5,685,761 |  | Sequoia Capital U.S. Growth Snes ae cee Fund VII, L.P. Y) @) |\n\
             | ee \\| ‘Class A Common Stock \\| | a8 \\| 423,239 | I | ‘Se ia Capital U.S. Growth eee » ) 0) VILPrin Principals Fund, L.P. |\n\
             | oo : : Class A Common Stock oe | 6,195,430 Ee ale |  | S Capital U.S. Growth oes ) x Fund nd VIII, Ly. |\n\
             | Class A Common Stock | a7 178,530 | I | Sequoia Grove II, Lic CO ®) |\n\
             | \\| Class A Common Stock \\| 7 | ‘414,691 \\| | I | Estate tate Planning Vehicle |\n";
        let rows = read_table(&crate::markdown::lines(text), false, true);
        let owned: Vec<String> = rows.iter().map(|r| r.value(Col::Owned).render()).collect();
        assert_eq!(owned, ["5685761", "423239", "6195430", "178530", "414691"], "{rows:#?}");
    }

    #[test]
    fn a_holding_read_with_specks_in_its_blank_transaction_cells_is_a_holding() {
        // Held-out set 21 (scan): a holding's blank code, amount and A/D cells read as a
        // stroke and words (`\|`, `al oad`): it had been read as a transaction with its
        // date and amount lost (dated by the filing's one date, `A` for its A/D).
        let text = "\
| Class A Common Stock | 09/21/2021 | es | J | Vv | 1,309 a) a | A | $0 | \\|498,333 | I | Estate Planning Vehicle |\n\
             | Class A Common Stock |  |  |  |  |  |  | eal: | 514,385 | I | Sequoia Grove Il, LLC Q) |\n\
             | fell Cc k lass A Common Stoc |  |  | \\| | \\| \\| |  |  | al oad | 32,746 | I | Sequoia Capital US. Venture 2010- Seed Fund, LP. 8) |\n";
        let rows = read_table(&crate::markdown::lines(text), false, false);
        let holdings: Vec<(bool, String)> = rows.iter().map(|r| (r.holding, r.value(Col::Owned).render())).collect();
        assert_eq!(holdings, [(false, "498333".into()), (true, "514385".into()), (true, "32746".into())], "{rows:#?}");
        // A transaction whose date and amount are lost but a mark is left in its price
        // cell (`$ eo (6)`, set 18, scan) stays one.
        let text = "| Class A Common Stock | po ie 18/2013 | eee | = | \\| | : ne | a D | $ eo (6) | 4,360 | \\| I | See” footnote (4) |\n";
        let rows = read_table(&crate::markdown::lines(text), false, false);
        assert!(!rows[0].holding, "{rows:#?}");
    }

    #[test]
    fn a_row_scattered_over_lines_with_its_nature_a_word_a_line_is_read_as_one() {
        // A held-out Form 4 (set 22, clean): a conversion printed between grid rows as
        // plain text, its amounts first, then its title, its date and code, and its
        // nature a word to a line after its ownership letter (`I By` / `Sequoia` / …):
        // the row had been lost, read as two holdings of text.
        let text = "\
| Class A Common Stock | 06/10/2019 |  | Cc |  | 37,310 | A | $0 | 37,310 | I | By Sequoia Capital USGF Principals Fund IV, LPO |\n\
             | Class A Common Stock | 06/10/2019 |  | Cc |  | 744,271 | A | $0 | 744,271 |  | By Sequoia Capital US. Venture 2010 Fund, LP 2) |\n\
             \n\
             81,790 A $0 81,790\n\
             \n\
             Class A Common Stock\n\
             \n\
             06/10/2019 Cc\n\
             \n\
             I By\n\
             \n\
             Sequoia\n\
             \n\
             Capital\n\
             \n\
             US.\n\
             \n\
             Venture\n\
             \n\
             2010\n\
             \n\
             Partners\n\
             \n\
             Fund (Q),\n\
             \n\
             Lp 2)\n\
             \n\
             | Class A Common Stock | 06/10/2019 |  | Cc |  | 16,514 | A | $0 | 16,514 | I | By Sequoia Capital US. Venture 2010 Partners Fund, LP Q) |\n\
             |---|---|---|---|---|---|---|---|---|---|---|\n";
        let rows = read_table(&crate::markdown::lines(text), false, false);
        let conversion = rows.iter().find(|r| r.value(Col::Shares) == &Value::Num(81790.into())).unwrap_or_else(|| panic!("{rows:#?}"));
        assert!(!conversion.holding, "{conversion:#?}");
        assert_eq!(conversion.value(Col::Owned), &Value::Num(81790.into()));
        assert_eq!(conversion.value(Col::AcqDisp), &Value::Text("A".into()));
        assert_eq!(conversion.value(Col::DirInd), &Value::Text("I".into()), "{conversion:#?}");
        assert_eq!(rows.len(), 4, "the two rows above, the one below and the conversion: {rows:#?}");
    }

    #[test]
    fn a_row_scattered_over_lines_with_its_nature_read_first_is_read_as_one() {
        // A held-out Form 4 (set 24, clean): a sale printed between grid rows as plain
        // text, its nature read before its price and title (`$` / `by Trust` /
        // `160.754` / `Common Stock` / …): it was read as two holdings.
        let text = "\
| Common Stock | 12/13/2022 |  |  |  | 702,969 | D | $ 159.52 @ | 440,847,979 | I | by Trust (2) |\n\
             \n\
             $\n\
             \n\
             by Trust\n\
             \n\
             160.754\n\
             \n\
             Common Stock\n\
             \n\
             12/13/2022\n\
             \n\
             2,294,072 D\n\
             \n\
             438,553,907\n\
             \n\
             Q)\n\
             \n\
             @)\n\
             \n\
             | Common Stock | 12/13/2022 |  |  |  | 1,868,138 | D | $ 161.444 ©) | 436,685,769 |  | by Trust Q) |\n\
             |---|---|---|---|---|---|---|---|---|---|---|\n";
        let rows = read_table(&crate::markdown::lines(text), false, false);
        let n = |s: &str| Value::Num(s.parse().unwrap());
        let sale = rows.iter().find(|r| r.value(Col::Shares) == &n("2294072")).unwrap_or_else(|| panic!("{rows:#?}"));
        assert!(!sale.holding, "{sale:#?}");
        assert_eq!(sale.value(Col::Price), &n("160.754"), "{sale:#?}");
        assert_eq!(sale.value(Col::Owned), &n("438553907"), "{sale:#?}");
        assert_eq!(sale.value(Col::AcqDisp), &Value::Text("D".into()), "{sale:#?}");
        assert_eq!(sale.value(Col::Nature), &Value::Text("by Trust".into()), "{sale:#?}");
        assert_eq!(rows.len(), 3, "the rows above and below, and the sale: {rows:#?}");
    }

    #[test]
    fn a_row_scattered_over_plain_lines_between_grid_rows_is_read_as_one() {
        // Held-out set 20 (clean): a sale printed between grid rows as plain text, a cell
        // or two to a line, its price above its title: it was read as three holdings.
        let text = "| Common Stock | 11/10/2021 |  | s |  | 3,154 | D_ | $  1,037.402 ® | 167,310,638 | I | by Trust res = |\n\
             |---|---|---|---|---|---|---|---|---|---|---|\n\
             | Common Stock | 11/10/2021 |  | s |  | 1,200 | D | s 1,038.26 (10) | 167,309,438 | I | by Trust res |\n\
             \n\
             $\n\
             \n\
             1,039.313\n\
             \n\
             Common Stock 11/10/2021 s\n\
             \n\
             2,072\n\
             \n\
             D\n\
             \n\
             167,307,366\n\
             \n\
             ay\n\
             \n\
             | Common Stock | 11/10/2021 |  | s |  | 900 |  | $ 1,040.621 (12) | 167,306,466 |  |  |\n";
        let rows = read_table(&crate::markdown::lines(text), false, false);
        let sale = rows.iter().find(|r| r.line_no == 9).unwrap_or_else(|| panic!("{rows:#?}"));
        assert!(!sale.holding, "{sale:#?}");
        let n = |s: &str| Value::Num(s.parse().unwrap());
        assert_eq!(sale.value(Col::Shares), &n("2072"), "{sale:#?}");
        assert_eq!(sale.value(Col::Price), &n("1039.313"), "{sale:#?}");
        assert_eq!(sale.value(Col::Owned), &n("167307366"), "{sale:#?}");
        assert_eq!(sale.value(Col::AcqDisp), &Value::Text("D".into()), "{sale:#?}");
        assert_eq!(rows.len(), 4, "the rows above and below, and the sale: {rows:#?}");
        // Held-out set 13 (clean): a sale read whole on its line but for its amount,
        // alone on the line above (it was read as a holding of its own).
        let text = "| Common Stock | 11/16/2021 |  | sO _ |  | 65,423 @ = |  D_ | $ 1,046,699 (10) | 2,688,882 | D |  |\n\
             |---|---|---|---|---|---|---|---|---|---|---|\n\
             | Common Stock | 11/16/2021 |  | sO |  | 91,429 Q) = | D = | $ 1,047.592 (yy | 2,597,453 | D |  |\n\
             \n\
             83,687 $\n\
             \n\
             Common Stock 11/16/2021 sO (2) D_ 1,048.639 2,513,766 D\n\
             \n\
             = (eh)\n\
             \n\
             | Common Stock | 11/16/2021 |  | sO _ |  | 34,034 @ = |  D_ | $ 1,049.651 (13) | 2,479,732 | D |  |\n";
        let rows = read_table(&crate::markdown::lines(text), false, false);
        assert_eq!(rows.len(), 4, "{rows:#?}");
        let sale = &rows[2];
        assert_eq!((sale.value(Col::Shares), sale.value(Col::Owned)), (&n("83687"), &n("2513766")), "{sale:#?}");
        assert_eq!(sale.value(Col::Price), &n("1048.639"), "{sale:#?}");
    }

    #[test]
    fn dedup_of_twice_read_lines() {
        let mut s = "Option to purchase common stock (right to".to_string();
        append_dedup(&mut s, "(fight to buy)");
        append_dedup(&mut s, "Uuy)");
        assert_eq!(s, "Option to purchase common stock (right to buy)");
    }

    /// Lines as a scan's grid finder gave them: the nature of ownership wrapped over three
    /// lines, its footnote mark alone on the last; a row whose amount is illegible (`of)`).
    const WRAPPED: &str = "\
| Class A Common Stock | 53,487 (13) | I | See |
|  |  |  | Footnote |
|  |  |  | (18) |
| Class A Common Stock | of) | I | See |
|  |  |  | Footnote |
|  |  |  | (19) |
| Class A Common Stock | 268,840 (13) | I | See |
|  |  |  | Footnote |
|  |  |  | (20) |
";

    #[test]
    fn a_nature_wrapped_word_by_word_keeps_its_inner_commas_and_hyphens() {
        // ocr-dev 8798ffb84b8bd37a_v1, clean: one word of the nature to a line; the line
        // ends `2010-` and `Fund,` are inside the cell (the truth: `Sequoia Capital U.S.
        // Venture 2010-Seed Fund, L.P.`).
        let text = "\
| Class A Common Stock | 899,976 | I | Sequoia |
|  |  |  | Capital |
|  |  |  | USS. |
|  |  |  | Venture |
|  |  |  | 2010- |
|  |  |  | Seed |
|  |  |  | Fund, |
|  |  |  | LP. |
";
        let rows = read_table(&crate::markdown::lines(text), false, false);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].value(Col::Nature), &Value::Text("Sequoia Capital USS. Venture 2010-Seed Fund, LP.".into()));
        assert_eq!(rows[0].value(Col::Owned), &Value::Num(899976.into()));
    }

    #[test]
    fn a_mark_wrapped_onto_its_own_line_stays_with_its_cell() {
        let rows = read_table(&crate::markdown::lines(WRAPPED), false, false);
        let nature = rows[0].get(Col::Nature).expect("nature read");
        assert_eq!(nature.value, Value::Text("See Footnote".into()));
        assert_eq!(nature.notes, vec!["F18".to_string()]);
    }

    #[test]
    fn a_row_printed_as_noise_is_reported_not_taken_for_a_wrapped_line() {
        // As OCR read a scanned Form 4: rows between legible ones printed as noise beside
        // a legible nature; below the last, its nature wrapped onto a line of its own.
        let md = "| Common Stock | 09/12/2025 |  |  | 31,019 | \\| А \\| | \\$376.145® \\| | 410,936,071 |  | By Tr rust! @ |\n\
                  |  |  |  |  |  |  | ы |  |  | В Tus! |\n\
                  |  | meen | \\| | ell | vans |  | sea | ees | МИГ | B rust’ |\n\
                  | Common Stock | 09/12/2025 |  |  | 18,137 \\| | А \\| | \\$382.489'\")} | 411,154,155 |  | Ву Trust rust\" |\n\
                  |  |  |  |  |  |  |  |  |  | Trust |\n";
        let lines = crate::markdown::lines(md);
        let rows = read_table(&lines, false, false);
        assert_eq!(rows.len(), 2, "{rows:#?}");
        assert_eq!(rows[0].unread_lines, [lines[2].line_no], "{rows:#?}");
        assert!(rows[1].unread_lines.is_empty(), "a wrapped nature is no lost row");
    }

    #[test]
    fn noise_rows_in_a_grid_of_their_own_after_the_last_row_are_reported() {
        // As OCR read a copied Form 4: the last legible row, then a grid of rows printed
        // as noise, each with the table's nature legible; then the next table's labels.
        let md = "| р Common Stock | 09/12/2025 |  |  |  | 47,384 | JA | \\$ 377.063] (7) | 410,983,455 |  |  | Ву Trust 0) — |\n\
                  \n\
                  | ПИ | Е | И |  |  |  |  |  | SS | В | By СБ Trust |\n\
                  |---|---|---|---|---|---|---|---|---|---|---|\n\
                  |  |  | Е | АИ |  |  |  | \\$ |  |  | By Trust Е |\n\
                  | a | Sd |  | 0 |  |  |  | 5 |  |  | By Trust |\n\
                  | Reporting Owner Name / Address | Director | 10% Owner | Officer | Other |\n";
        let lines = crate::markdown::lines(md);
        let rows = read_table(&lines, false, false);
        assert_eq!(rows.len(), 1, "{rows:#?}");
        // Input lines 5 and 6; not line 7, the next table's labels (nor line 3, whose
        // last cell reads no nature of the table's rows).
        assert_eq!(rows[0].unread_lines, [5, 6], "{rows:#?}");
    }

    #[test]
    fn a_price_wrapped_below_its_dollar_sign_is_the_price() {
        // As a printed Form 4 was read: the dollar sign in the price cell, the number on
        // the line below, the amount owned in the next cell.
        let rows = read_table(
            &crate::markdown::lines(
                "| Class A Common Stock | 05/08/2024 |  | so |  | 6,285,833]D |  | \\$ | 64,520,599 |  |  | I | See |\n\
                 |  |  |  |  |  |  |  | }21.3303 |  |  |  |  | Footnote |\n\
                 |  |  |  |  |  |  |  | 2 |  |  |  |  | @) |\n",
            ),
            false,
            false,
        );
        assert_eq!(rows.len(), 1, "{rows:#?}");
        assert_eq!(rows[0].value(Col::Price), &Value::Num("21.3303".parse().unwrap()), "{rows:#?}");
        assert_eq!(rows[0].value(Col::Owned), &Value::Num("64520599".parse().unwrap()));
    }

    #[test]
    fn a_row_printed_as_a_paragraph_between_parts_of_the_table_is_a_row() {
        // As the page reader gave a printed Form 4: the twelfth holding outside the grid,
        // its nature's first word before the title.
        let text = "\
| Class A Common Stock |  |  |  |  |  |  |  |  | 0°) |  | I | See Footnote (11) |

See Class A Common Stock 08) I Footnote (12)

| Class A Common Stock | 3,262 (13) aoe | I | See Footnote (14) |
|---|---|---|---|
";
        let rows = read_table(&crate::markdown::lines(text), false, false);
        assert_eq!(rows.len(), 3, "{rows:#?}");
        let middle = &rows[1];
        assert_eq!(middle.value(Col::Title), &Value::Text("Class A Common Stock".into()));
        assert_eq!(middle.value(Col::DirInd), &Value::Text("I".into()), "{middle:#?}");
        assert!(middle.get(Col::Nature).is_some_and(|n| n.notes == ["F12"]), "{middle:#?}");
        assert_eq!(rows[2].value(Col::Owned), &Value::Num("3262".parse().unwrap()));
    }

    #[test]
    fn a_row_printed_as_a_paragraph_with_its_title_scattered_is_a_row() {
        // As the page reader gave a printed Form 4's Table II: the second row outside
        // the grid, the words of its wrapped titles scattered among the values.
        let text = "\
| Class B Common Stock | (2) | 11/14/2023 |  | C |  |  | 3,330,804 | (2) | (2) | Class A Common Stock | 3,330,804 | $0 | 0 | I | See Footnote |

Class B Q) Q) Q) ClassA | 2,962,961 2,962,961 I See Common Common Footnote)
";
        let rows = read_table(&crate::markdown::lines(text), true, false);
        assert_eq!(rows.len(), 2, "{rows:#?}");
        let second = &rows[1];
        assert!(second.holding);
        assert_eq!(second.value(Col::Owned), &Value::Num("2962961".parse().unwrap()));
        assert_eq!(second.value(Col::UndShares), &Value::Num("2962961".parse().unwrap()));
        assert_eq!(second.value(Col::DirInd), &Value::Text("I".into()));
    }

    #[test]
    fn a_row_split_into_a_staircase_of_lines_is_one_row() {
        // As the grid finder read a scanned Form 4: two rows, each spread over lines
        // that start where the line above ends.
        let text = "\
| Common Stock |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
|  |  |  | 06/13/2018 |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |
|  |  |  |  |  |  | P | 6,032 | A | \\$ 346.637 (7) |  |  | 33,733,295 |  |  | I | by Trust |  |  |  |  |  |  |  |  |  |  |  |  |  |
|  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  | Common Stock |  |  |  |  |  |  |  |  |  |  |  |
|  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  | 06/13/2018 |  |  | P | 4,626 | A | \\$ 347.001 (8) | 33,737,921 |  |  |
|  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  | I | by Trust |
";
        let rows = read_table(&crate::markdown::lines(text), false, false);
        assert_eq!(rows.len(), 2, "{rows:#?}");
        for (row, (amount, owned)) in rows.iter().zip([("6032", "33733295"), ("4626", "33737921")]) {
            assert_eq!(row.value(Col::Title), &Value::Text("Common Stock".into()), "{row:#?}");
            assert!(matches!(row.value(Col::Date), Value::Date(_)), "{row:#?}");
            assert_eq!(row.value(Col::Shares), &Value::Num(amount.parse().unwrap()), "{row:#?}");
            assert_eq!(row.value(Col::Owned), &Value::Num(owned.parse().unwrap()), "{row:#?}");
            assert_eq!(row.value(Col::DirInd), &Value::Text("I".into()), "{row:#?}");
        }
    }

    #[test]
    fn a_staircase_with_its_title_after_its_values_is_one_row() {
        // The grid's columns out of order: the values, then the title and date.
        let text = "\
|  | S |  | 2,818 (1) | D | \\$ 20.9021 (4) | 86,634 |  | D |  |  |  |  |
|  |  |  |  |  |  |  |  |  |  | Class A Common Stock |  | 11/01/2022 |
|  | S |  | 200 (1) | D | \\$ 21.545 (5) | 86,434 |  | D |  |  |  |  |
|  |  |  |  |  |  |  |  |  |  | Class A Common Stock |  | 11/01/2022 |
";
        let rows = read_table(&crate::markdown::lines(text), false, false);
        assert_eq!(rows.len(), 2, "{rows:#?}");
        assert_eq!(rows[0].value(Col::Title), &Value::Text("Class A Common Stock".into()), "{rows:#?}");
        assert_eq!(rows[0].value(Col::Code), &Value::Text("S".into()), "{rows:#?}");
        assert_eq!(rows[0].value(Col::Shares), &Value::Num("2818".parse().unwrap()), "{rows:#?}");
        assert_eq!(rows[1].value(Col::Owned), &Value::Num("86434".parse().unwrap()), "{rows:#?}");
        assert!(matches!(rows[1].value(Col::Date), Value::Date(_)), "{rows:#?}");
    }

    #[test]
    fn a_code_s_read_as_a_dollar_sign_and_garbled_marks_after_amounts() {
        // As OCR read a printed Form 4: the code S read `$` in a cell of its own before
        // the amount, the amounts' marks garbled (`@) —`, `а) —`), the A/D letter `—`.
        let text = "\
             |  | Class A Common Stock | 11/01/2022 |  | \\$ |  | 14,269 @) — |  | \\$ 19.8491 \\| (2) | 89,452 8) 3 |  |  | D |  |\n\
             |  | Class А Common Stock | 11/01/2022 |  | \\$ |  | 2,818 а) — | р | \\$ 420.9021] (4) | 86,634 |  |  | D |  |\n\
             |  | Class A Common Stock | 11/01/2022 |  | \\$ |  | 200 (Вр |  | \\$ 421.545 6) | \\|86,434 |  |  | р |  |\n";
        let rows = read_table(&crate::markdown::lines(text), false, false);
        assert_eq!(rows.len(), 3, "{rows:#?}");
        for (row, amount) in rows.iter().zip(["14269", "2818", "200"]) {
            assert_eq!(row.value(Col::Code), &Value::Text("S".into()), "{row:#?}");
            assert!(row.get(Col::Code).unwrap().uncertain(), "{row:#?}");
            assert_eq!(row.value(Col::Shares), &Value::Num(amount.parse().unwrap()), "{row:#?}");
        }
        assert_eq!(rows[0].value(Col::Price), &Value::Num("19.8491".parse().unwrap()), "{rows:#?}");
    }

    #[test]
    fn a_code_c_read_as_the_euro_sign() {
        // As Tesseract read a held-out Form 4's conversions: every code C read `€`.
        let text = "\
| Common Shares | 12/15/2020 |  | € |  | 3,811,260 | A |  | 4,702,780 | I | See footnote ol) |
| Common Shares | 12/15/2020 |  | € |  | 2,477,100 | A | ©) | 7,179,880 | I | See footnote co) |
";
        let rows = read_table(&crate::markdown::lines(text), false, false);
        assert_eq!(rows.len(), 2, "{rows:#?}");
        for row in &rows {
            assert_eq!(row.value(Col::Code), &Value::Text("C".into()), "{row:#?}");
            assert!(row.get(Col::Code).unwrap().uncertain(), "{row:#?}");
        }
    }

    #[test]
    fn a_row_printed_as_plain_text_between_parts_of_the_grid_is_read() {
        // ocr-dev 2ffbe920ed175b24_v0 (copy): the grid finder missed the fourth row,
        // which the page reader printed as plain text, its nature wrapped below it.
        let text = "\
| Class A Common Stock | 02/28/2019 |  |  |  | 4,169,733] | A | \\$0 | [4,169,733 |  |  | By Sequoia Capital U.S. Venture 2010 Fund, LP a) |
|---|---|---|---|---|---|---|---|---|---|---|---|
| Class A Common Stock | 02/28/2019 |  |  |  | 92,481 | JA | \\$0 | [92,481 |  | I | By Sequoia Capital US. Venture 2010 Partners Fund, LP QM |

Class A Common Stock 02/28/2019 J 4,169,733 {D $0 JO I By Sequoia Capital

JU.S. Venture 2010 Fund, LP @M

| Class A Common Stock ; | 02/28/2019 |  | JQ) | 456,279 | [D | \\$0 | fo | I | By Sequoia Capital US. Matas 201 Partners |
|---|---|---|---|---|---|---|---|---|---|
";
        let rows = read_table(&crate::markdown::lines(text), false, false);
        assert_eq!(rows.len(), 4, "{rows:#?}");
        let row = &rows[2];
        assert_eq!(row.value(Col::Title), &Value::Text("Class A Common Stock".into()), "{row:#?}");
        assert_eq!(row.value(Col::Date), &Value::Date(chrono::NaiveDate::from_ymd_opt(2019, 2, 28).unwrap()));
        assert_eq!(row.value(Col::Code), &Value::Text("J".into()), "{row:#?}");
        assert_eq!(row.value(Col::Shares), &Value::Num("4169733".parse().unwrap()), "{row:#?}");
        assert_eq!(row.value(Col::Price), &Value::Num("0".parse().unwrap()), "{row:#?}");
        assert_eq!(row.value(Col::DirInd), &Value::Text("I".into()), "{row:#?}");
        assert!(row.value(Col::Nature).text().is_some_and(|n| n.starts_with("By Sequoia Capital") && n.contains("Venture 2010 Fund")), "{row:#?}");
    }

    #[test]
    fn a_row_printed_as_plain_text_amid_its_nature_takes_the_lines_above_and_below() {
        // Tesseract's reading of a held-out Form 4 (the repository's generator, clean):
        // the row's values are printed at the middle of its tall nature cell.
        let text = "\
| Class A Common Stock | 07/28/2017 |  | 5 _ |  | 607 | D_ | \u{a7} 173.2676 0) | 0 | I | By The Founders inglint land LV, Lp |

By The

Founders

Fund IV

Class A Common Stock 07/28/2017 Cc 14,657 A $0 14,657 I

Principals

Fund, LP

\u{ae}

| Class A Common Stock | 07/28/2017 |  | s2 \u{2014} |  | 584 | D | $ 169.4861 \u{ae}) | 14,073 | I | By The Founders Fund IV Principals Fund, LP @) |
|---|---|---|---|---|---|---|---|---|---|---|
";
        let rows = read_table(&crate::markdown::lines(text), false, false);
        assert_eq!(rows.len(), 3, "{rows:#?}");
        let row = &rows[1];
        assert_eq!(row.value(Col::Code), &Value::Text("C".into()), "{row:#?}");
        assert_eq!(row.value(Col::Shares), &Value::Num("14657".parse().unwrap()), "{row:#?}");
        assert_eq!(row.value(Col::Owned), &Value::Num("14657".parse().unwrap()), "{row:#?}");
        assert_eq!(row.value(Col::DirInd), &Value::Text("I".into()), "{row:#?}");
        assert_eq!(row.value(Col::Nature), &Value::Text("By The Founders Fund IV Principals Fund, LP".into()), "{row:#?}");
    }

    #[test]
    fn a_sale_printed_as_plain_text_between_parts_of_the_grid_without_its_date_is_read() {
        // A held-out scan (set 20): a sale outside the grid, its date and the start of
        // its title lost (`om Stock no s 2,072 |D _ 1,039.313] …`); the row had been lost.
        let text = "\
| \\| \u{2018}Common Stock | \\| /11/10/2021 | \\| \\| | \\| } S\\| | \\| | \\| \\|1,200 | \\| \\|D | s  /\\|1,038.26 (10) | \\| \\|167,309,438 | \\| i! \\| | lby Trust i) bas |

|

om Stock no s 2,072 |D _ 1,039.313] 167,307,366 1 by oe

$

| Se Common Stock : caiman | a 11/10/2021 |  | Ss al | \\| | Meceseee % | ) | $ 1,040.621 (12) | pe \\|\\|167,306,466 | ' | E Trust\\| bt, |
|---|---|---|---|---|---|---|---|---|---|---|
";
        let rows = read_table(&crate::markdown::lines(text), false, false);
        let owned: Vec<String> = rows.iter().map(|r| r.value(Col::Owned).render()).collect();
        assert_eq!(owned, ["167309438", "167307366", "167306466"], "{rows:#?}");
        assert_eq!(rows[1].value(Col::Shares), &Value::Num("2072".parse().unwrap()), "{:#?}", rows[1]);
        assert_eq!(rows[1].value(Col::Price), &Value::Num("1039.313".parse().unwrap()), "{:#?}", rows[1]);
        assert!(!rows[1].holding);
    }

    #[test]
    fn a_form_3_row_for_no_securities_owned_is_read() {
        // A held-out Form 3 (set 26, clean): the row `No securities are beneficially
        // owned | 0 | D`, whose title holds a label's word, had been taken for a label.
        let text = "\
| 1.Title of Security (Instr. 4) | 2. Amount of Securities Beneficially Owned (Instr. 4) | 3. Ownership Form: Direct (D) or Indirect (I) (Instr. 5) | 4. Nature of Indirect Beneficial Ownership (Instr. 5) |
| No securities are beneficially owned | 0 | D |  |
";
        let rows = read_table(&crate::markdown::lines(text), false, true);
        assert_eq!(rows.len(), 1, "{rows:#?}");
        assert_eq!(rows[0].value(Col::Title), &Value::Text("No securities are beneficially owned".into()));
        assert_eq!(rows[0].value(Col::Owned), &Value::Num(rust_decimal::Decimal::ZERO));
        assert_eq!(rows[0].value(Col::DirInd), &Value::Text("D".into()));
    }

    #[test]
    fn a_holding_printed_as_plain_text_between_parts_of_the_grid_is_read() {
        // Tesseract's reading of a held-out Form 4 (the repository's generator, clean):
        // the first holding printed as plain text, its nature over three lines; then a
        // holding whose amount has a garbled mark before it (`Q) 2,742 (2)`).
        let text = "\
| Class A Common Stock | 05/14/2024 |  | S |  | 50,689 | D | $ 3.0895 (6) | 391,975 | I | See Footnotes (2) 6) |
|---|---|---|---|---|---|---|---|---|---|---|

See

Class A Common Stock 1,000,000 I Footnote

(7)

| Class A Common Stock |  |  |  |  |  |  |  | 6,883,086 | I | See Footnote (8) |
|---|---|---|---|---|---|---|---|---|---|---|
| lass \u{2018}common Stoc Class A C Stock |  |  |  |  |  |  |  | Q) 2,742 (2) | I | Sequoia Capital st Guxwin Fund IV, LP.\u{ae} |
";
        let rows = read_table(&crate::markdown::lines(text), false, false);
        assert_eq!(rows.len(), 4, "{rows:#?}");
        let holding = &rows[1];
        assert!(holding.holding, "{holding:#?}");
        assert_eq!(holding.value(Col::Title), &Value::Text("Class A Common Stock".into()));
        assert_eq!(holding.value(Col::Owned), &Value::Num("1000000".parse().unwrap()), "{holding:#?}");
        assert_eq!(holding.value(Col::DirInd), &Value::Text("I".into()));
        assert_eq!(holding.value(Col::Nature), &Value::Text("See Footnote".into()), "{holding:#?}");
        assert_eq!(holding.get(Col::Nature).unwrap().notes, ["F7"], "{holding:#?}");
        assert_eq!(rows[2].value(Col::Owned), &Value::Num("6883086".parse().unwrap()));
        let garbled = &rows[3];
        assert!(garbled.holding, "{garbled:#?}");
        assert_eq!(garbled.value(Col::Owned), &Value::Num("2742".parse().unwrap()), "{garbled:#?}");
        assert_eq!(garbled.get(Col::Owned).unwrap().notes, ["F2"], "{garbled:#?}");
    }

    #[test]
    fn table_lines_of_plain_text_are_read_by_their_values() {
        // ocr-dev 97fd42e3712c0e44_v1 (scan) with its cell grid taken away, as a page
        // reader without table finding prints it; above, a column-label line whose first
        // rule was read as a pipe (ocr-dev 407aae32cfad4af1_v0 so read).
        let text = "\
| payivear) code |v | amount | aa (5) °\" | price Reported Transactions} Inavees() | Ownership\n\
Common Stock 06/12/2018 P 37,023]A 37,023]A $ [342.775] (1) 33,702,444 I by Trust\n\
Common Stock 06/13/2018 Р 2,297 JA $ [342.782 (4) |33,722,718 I by Trust\n\
Class A Common Stock 5,413,781 D\n";
        assert_eq!(
            plain_text_cells("Common Stock 06/13/2018 Р 2,297 JA $ [342.782 (4) |33,722,718 I by Trust"),
            ["Common Stock", "06/13/2018", "Р", "2,297", "JA", "$ [342.782 (4)", "|33,722,718", "I", "by Trust"]
        );
        // A lone dollar sign before an amount in thousands: the price wrapped below it.
        assert_eq!(plain_text_cells("Class A 145,176 $ 391,269 See"), ["Class A", "145,176", "$", "391,269", "See"]);
        let rows = read_table(&crate::markdown::lines(text), false, false);
        assert_eq!(rows.len(), 3, "{rows:#?}");
        assert_eq!(rows[0].value(Col::Shares), &Value::Num("37023".parse().unwrap()), "{rows:#?}");
        assert_eq!(rows[0].value(Col::Price), &Value::Num("342.775".parse().unwrap()), "{rows:#?}");
        assert_eq!(rows[0].get(Col::Price).unwrap().notes, ["F1"]);
        assert_eq!(rows[0].value(Col::Owned), &Value::Num("33702444".parse().unwrap()));
        assert_eq!(rows[1].value(Col::Date), &Value::Date(chrono::NaiveDate::from_ymd_opt(2018, 6, 13).unwrap()));
        assert_eq!(rows[1].value(Col::Code), &Value::Text("P".into()), "{rows:#?}");
        assert_eq!(rows[1].value(Col::AcqDisp), &Value::Text("A".into()), "{rows:#?}");
        assert_eq!(rows[1].value(Col::Nature), &Value::Text("by Trust".into()), "{rows:#?}");
        assert!(rows[2].holding);
        assert_eq!(rows[2].value(Col::Owned), &Value::Num("5413781".parse().unwrap()));
        assert_eq!(rows[2].value(Col::DirInd), &Value::Text("D".into()));
        // The ownership letter after a garbled mark's debris is a cell of its own.
        assert_eq!(plain_text_cells("Class A Common Stock 20,823,993 @) ie I See Footnote (5)"), ["Class A Common Stock", "20,823,993", "@) ie", "I", "See Footnote", "(5)"]);
        // ocr-dev 0874c091cd3e411e_v0 so read: a nature's second word on the line below
        // goes on the nature, a title's on the title.
        let rows = read_table(&crate::markdown::lines("Common Stock 15,805 I Living\nTrust\n"), false, false);
        assert_eq!(rows.len(), 1, "{rows:#?}");
        assert_eq!(rows[0].value(Col::Title), &Value::Text("Common Stock".into()), "{rows:#?}");
        assert_eq!(rows[0].value(Col::Nature), &Value::Text("Living Trust".into()), "{rows:#?}");
        let rows = read_table(&crate::markdown::lines("Restricted o)) 03/12/2020 A 33 o} o} Common 33 $0 | 9,274 __ D\nStock 7 2 5 _ _ Stock\nUnits\n"), true, false);
        assert_eq!(rows.len(), 1, "{rows:#?}");
        assert_eq!(rows[0].value(Col::Title), &Value::Text("Restricted Stock Units".into()), "{rows:#?}");
    }

    #[test]
    fn a_garbled_line_of_column_labels_is_no_part_of_the_row_below() {
        // ocr-dev 2ffbe920ed175b24_v1, clean: on a continuation page the sub-columns'
        // labels read `a ©` for `(A) or (D)` and `Pe` for `Price`, in other columns than
        // the row below; merged into that row they took its amount, price and A/D.
        let text = "\
| 1. Title of Security (Instr. 3) |  |  |  |  |  |  |  |  |  |  |  |  |  | 2-Transacton {MorthiDayrvear) | 2A. Deemed |  |  |  |  |  |  |  |  |\n\
|  |  |  |  |  |  |  |  |  |  |  |  |  |  | code | \\|v \\| | \\| Amount | a © | Pe |  |  |  |  |  |\n\
| Class A Common Stock |  |  |  | 02/28/2019 |  |  |  | Je) |  |  |  |  |  |  | 92,481 | D | \\$0 | 0 | I | By Sequoia Capital US. Venture 2010 Partners Fund, Lpo |  |  |  |\n";
        let rows = read_table(&crate::markdown::lines(text), false, false);
        assert_eq!(rows.len(), 1, "{rows:#?}");
        assert_eq!(rows[0].value(Col::Shares), &Value::Num("92481".parse().unwrap()), "{rows:#?}");
        assert_eq!(rows[0].value(Col::AcqDisp), &Value::Text("D".into()), "{rows:#?}");
        assert_eq!(rows[0].value(Col::Price), &Value::Num("0".parse().unwrap()), "{rows:#?}");
        assert_eq!(rows[0].value(Col::Owned), &Value::Num("0".parse().unwrap()), "{rows:#?}");
        // Labels read well or garbled are labels; a row's words are not.
        let labels = |t: &str| column_labels(&crate::markdown::lines(t)[0]);
        assert!(labels("|  |  |  |  | Code | \\| v | J(A)] | (D) | Date | al ele | 14 | Amount |  |  |  |  |\n"));
        assert!(labels("|  | Code | V | Amount | (A) or (D) | Price |\n"));
        assert!(!labels("| Class A Common Stock | 02/28/2019 | J | 92,481 | D | \\$0 | 0 | I |\n"));
        assert!(!labels("|  | Stock Option (Right to buy) | Code | See Footnote |\n"));
    }

    #[test]
    fn a_speck_read_as_a_lower_case_letter_is_no_clean_code() {
        // A held-out scan (set 4): a speck `a` in the deemed date's cell before the
        // code's `—s®` (an S, its mark garbled): the sale's S, not an A.
        let text = r#"| fe Cee Common Stock \| a | (12/09/2021 | a | —s® | Lee | \| 10,477 | \|D — | ee 1,005.129 | oe 2,126,667 2 | D | \| |
"#;
        let rows = read_table(&crate::markdown::lines(text), false, false);
        assert_eq!(rows.len(), 1, "{rows:#?}");
        assert_eq!(rows[0].value(Col::Code), &Value::Text("S".into()), "{rows:#?}");
        // A lower-case letter whose capital looks otherwise is no clean reading of it.
        assert_eq!(letterish(&Tok::Text("a".into()), CODES), Some(('A', false)));
        assert_eq!(letterish(&Tok::Text("s".into()), CODES), Some(('S', true)));
        assert_eq!(letterish(&Tok::Text("A".into()), CODES), Some(('A', true)));
    }

    #[test]
    fn a_stroke_in_the_code_column_is_no_code_i() {
        // ocr-dev 97fd42e3712c0e44_v1, scan: the P of a purchase lost, the cell's rule
        // read `|`; the row is still a transaction, its code unread.
        let text = "\
| Common Stock | 06/12/2018 |  | P |  | 37,023]A | 37,023]A | \\$ [342.775] (1) | 33,702,444 |  | I | by Trust |  |\n\
| Common Stock | 06/12/2018 |  | \\| |  | 3,468 | JA | \\$ \\|344.829133,720,421 (3) | \\|344.829133,720,421 |  | I | by Trust |  |\n";
        let rows = read_table(&crate::markdown::lines(text), false, false);
        assert_eq!(rows.len(), 2, "{rows:#?}");
        assert!(!rows[1].holding, "{rows:#?}");
        assert_eq!(rows[1].value(Col::Code), &Value::None, "{rows:#?}");
        assert!(rows[1].get(Col::Code).unwrap().uncertain());
        // The ownership form's I is read from a stroke as before.
        assert_eq!(rows[1].value(Col::DirInd), &Value::Text("I".into()));
        assert_eq!(letterish(&Tok::Text("|".into()), "DI"), Some(('I', false)));
        // The rule read `J` before the (A) letter: the letter, unclean; where the column
        // takes a J (the code's), the J.
        assert_eq!(letterish(&Tok::Text("JA".into()), "AD"), Some(('A', false)));
        assert_eq!(letterish(&Tok::Text("JD)".into()), "AD"), Some(('D', false)));
        assert_eq!(letterish(&Tok::Text("JA".into()), CODES), Some(('J', false)));
    }

    #[test]
    fn a_cell_of_two_values_read_twice_is_read_once() {
        // As the grid finder read a scanned Form 4: the price and the amount owned in one
        // cell, and that stretch of print again as the next cell.
        let text = "| Common Stock | 06/12/2018 |  | P |  | 14,509 | A | \\$ \\|343.855\\|33,716,953 (2) | \\|343.855\\|33,716,953 |  | I | by Trust |\n";
        let rows = read_table(&crate::markdown::lines(text), false, false);
        assert_eq!(rows.len(), 1, "{rows:#?}");
        assert_eq!(rows[0].value(Col::Price), &Value::Num("343.855".parse().unwrap()), "{rows:#?}");
        assert_eq!(rows[0].value(Col::Owned), &Value::Num("33716953".parse().unwrap()), "{rows:#?}");
        // One value twice side by side is two cells: a holding's underlying amount and
        // amount owned.
        let text = "| Class B Common Stock | (1) | (1) | Class A Common Stock | 2,962,961 | 2,962,961 | I | See Footnote |\n";
        let rows = read_table(&crate::markdown::lines(text), true, false);
        assert_eq!(rows[0].value(Col::UndShares), &Value::Num("2962961".parse().unwrap()), "{rows:#?}");
        assert_eq!(rows[0].value(Col::Owned), &Value::Num("2962961".parse().unwrap()), "{rows:#?}");
        // A date is one value: the deemed execution date printed as the transaction's
        // (a held-out clean page, set 15) is its own cell.
        let text = "\
| 1.Title of Security (Instr. 3) | 2. Transaction Date (Month/Day/Year) | 2A. Deemed Execution Date, if any (Month/Day/Year) | 3. Transaction Code (Instr. 8) | _4. Securities Acquired (A) or Disposed of (D) (Instr. 3, 4 and 5) | 5. Amount of Securities Beneficially Owned Following Reported Transaction(s) (Instr, 3 and 4) | 6. Ownership Form: Direct (D) or Indirect (I) (Instr. 4) | 7. Nature of Indirect Beneficial Ownership (Instr. 4) |\n\
|  |  |  | Code |  V | — Amount | (A) or (D) | Price |  | or Indirect i)) (Instr. 4) | (Instr. 4) |\n\
| Common Stock | 12/18/2012 | 12/18/2012 | Cc |  | 10,491,720 | A | © | 10,609,976 | I | By Trust |\n\
| Common Stock | 12/18/2012 | 12/18/2012 | P |  | 1,875,000 | A | $8 | 20,724,991 | I | By Trust |\n";
        let rows = read_table(&crate::markdown::lines(text), false, false);
        assert_eq!(rows.len(), 2, "{rows:#?}");
        for row in &rows {
            assert_eq!(row.value(Col::Date), &Value::Date(chrono::NaiveDate::from_ymd_opt(2012, 12, 18).unwrap()), "{row:#?}");
            assert_eq!(row.value(Col::Deemed), &Value::Date(chrono::NaiveDate::from_ymd_opt(2012, 12, 18).unwrap()), "{row:#?}");
        }
    }

    #[test]
    fn a_holding_printed_as_plain_text_with_its_i_read_as_one_is_read() {
        // A held-out clean page (set 13): a holding between grids printed as plain text,
        // its nature one word a line below it, the ownership letter read `1`. It was
        // dropped without a word.
        let text = "\
| L.Title of Security (Instr. 3) | 2. Transaction Date (Month/Day/Year) | 2A. Deemed Execution Date, if any (Month/Day/Year) | 3. Transaction Code (Instr. 8) | 4. Securities Acquired (A) or Disposed of (D) (Instr. 3, 4 and 5) | 5. Amount of Securities Beneficially Owned Following Reported Transaction(s) (Instr. 3 and 4) | 6. Ownership Form: Direct (D) or Indirect (I) (Instr. 4) | 7. Nature of Indirect Beneficial Ownership (Instr. 4) |  |  |  |
|---|---|---|---|---|---|---|---|---|---|---|
|  |  |  | Code | V | Amount | (A) or (D) | Price |  | or Indirect 0) (Instr. 4) | (Instr. 4) |
| Common Stock | 06/02/2022 |  | A |  | 6,115 @ | A | $0 | 23,385 | D |  |
| Common Stock |  |  |  |  |  |  |  | 480,696 | I | Sequoia Technology Partners XI, LP. @ ©) |

Common Stock 5,900,504 1 Sequoia

Capital

Global

Growth

Fund, L.P.

ae

| Common Stock |  |  |  |  |  |  |  | 213,991 | 1 | Sequoia Capital Global Growth Principals Fund, L.P. Qe) |
|---|---|---|---|---|---|---|---|---|---|---|
";
        let rows = read_table(&crate::markdown::lines(text), false, false);
        assert_eq!(rows.len(), 4, "{rows:#?}");
        let row = &rows[2];
        assert!(row.holding, "{row:#?}");
        assert_eq!(row.value(Col::Owned), &Value::Num("5900504".parse().unwrap()), "{row:#?}");
        assert_eq!(row.value(Col::DirInd), &Value::Text("I".into()), "{row:#?}");
        assert!(row.value(Col::Nature).render().starts_with("Sequoia Capital Global Growth Fund"), "{row:#?}");
    }

    #[test]
    fn a_line_with_values_that_no_row_was_read_from_is_noted_lost() {
        // ocr-dev a7b9931d287dd7e4_v1 (copy): a purchase printed as one cell of plain text
        // led by a rule read as a pipe, between the grid's rows and a grid of noise. It
        // went to no row, and nothing said so.
        let text = "\
| Common Stock | 09/12/2025 |  |  |  | 45,909 | \\| A. | \\$ 1373.989] (4) | 410,897,052 |  |  | By Trust Q) “ |
| Common Stock | 09/12/2025 |  |  |  | 8,000 | [A | \\$ [374.57 (5) | [410,905,052 |  |  | By Trust Q) “ |

.

| $ Common Stock 09/12/2025 P 54,526 JA 411,037,981 I By Trust ae [2]

| ПИ | Е | И |  |  |  |  |  | SS | В | By СБ Trust |
|---|---|---|---|---|---|---|---|---|---|---|
";
        let rows = read_table(&crate::markdown::lines(text), false, false);
        assert_eq!(rows.len(), 2, "{rows:#?}");
        let lost: Vec<&(usize, String)> = rows.iter().flat_map(|r| &r.lost_lines).collect();
        assert_eq!(lost.len(), 1, "{rows:#?}");
        assert_eq!(lost[0].0, 6);
        assert!(lost[0].1.contains("54,526"));
        assert_eq!(rows[1].lost_lines.len(), 1, "noted on the row before it");
        // Every line a row was read from is no lost line.
        assert!(rows.iter().all(|r| r.lines_read.iter().all(|l| *l != 6)));
    }

    #[test]
    fn a_title_mark_that_lost_its_opening_parenthesis_is_in_doubt() {
        // A held-out clean page (set 16): `(5)` read `6)`, a glyph lost and one misread.
        let text = "| Common Stock 6) | 10/02/2025 |  | S |  | 39,293 | D | $ 256.62 (8) | 3,340,046 | D @) |  |\n";
        let rows = read_table(&crate::markdown::lines(text), false, false);
        let title = rows[0].get(Col::Title).expect("the title");
        assert_eq!(title.notes, vec!["F6".to_string()]);
        assert!(title.notes_conf.is_some_and(|c| c <= MENDED), "{title:?}");
        // A mark read whole is as sure as its value.
        let text = "| Common Stock (5) | 10/02/2025 |  | S |  | 39,293 | D | $ 256.62 (8) | 3,340,046 | D |  |\n";
        let rows = read_table(&crate::markdown::lines(text), false, false);
        assert_eq!(rows[0].get(Col::Title).expect("the title").notes_conf, None);
    }

    #[test]
    fn a_repeated_title_with_illegible_values_is_a_row_of_its_own() {
        let rows = read_table(&crate::markdown::lines(WRAPPED), false, false);
        assert_eq!(rows.len(), 3, "the illegible row is neither dropped nor merged");
        assert_eq!(rows[1].get(Col::Nature).expect("nature read").notes, vec!["F19".to_string()]);
        assert_eq!(rows[2].value(Col::Owned), &Value::Num("268840".parse().unwrap()));
        assert_eq!(rows[2].get(Col::Nature).expect("nature read").notes, vec!["F20".to_string()]);
    }

    #[test]
    fn a_repeated_title_after_a_speck_or_without_its_first_letter_is_a_row_of_its_own() {
        // As OCR read a scanned Form 4's Table I: `‘Class A Common Stock` and `“lass A
        // Common Stock` begin rows whose values are illegible (`poe`, `08 eae`).
        let rows = read_table(
            &crate::markdown::lines(
                r#"| Class - A Common Stock | 11/14/2023 A |  | cf) ae |  | 3,330,804JA |  | \$0 J) — | Jo 9 \| |  | 1 | See Footnote (2) |
| Class A Common Stock |  |  |  |  |  |  |  | 20,823,993 @) ie |  | I | See Footnote (5) |
| Class A Common Stock |  |  |  |  |  |  |  | 77,851,188 © |  | I | See Footnote (7 |
| ‘Class A Common Stock |  |  |  |  |  |  |  | 53,487 © |  | I | See Footnote (8) |
| ‘Class A Common Stock |  |  |  |  |  |  |  | 20,733,625 (3) (6) sonst |  | 1 | See Footnote\| () |
| Class A Common Stock |  |  |  |  |  |  |  | poe |  | D |  |
| Class A Common Stock |  |  |  |  |  |  |  | 08® |  | I | See Footnote (0) |
| “lass A Common Stock |  |  |  |  |  |  |  | 08 eae |  | I | See Footnote (i) |
| Class A Common Stock |  |  |  |  |  |  |  | 09O |  | I | See Footnote a2) |

Reminder; Report an a separate line for each class of securities beneficially owned directly or indirectly. J Persons who respond to the collection of information contained in SEC 1474 (9-02) this form are not required to respond unless the form displays a [currently valid OMB control number.

"#,
            ),
            false,
            false,
        );
        assert_eq!(rows.len(), 9, "{rows:#?}");
        assert!(rows[6..].iter().all(|r| r.value(Col::Nature).render().starts_with("See Footnote")), "{rows:#?}");
        assert_eq!(rows[5].value(Col::DirInd), &Value::Text("D".into()), "{rows:#?}");
    }

    #[test]
    fn marks_alone_in_the_date_columns_are_the_dates_marks() {
        // Table II rows as OCR read two printed Form 4s: the dates exercisable and of
        // expiration printed as a footnote mark alone, right after the amount.
        for (line, mark) in [
            (r#"|  | Restricted Stock Unit | \$0 | 09/05/2025 |  |  |  | M |  |  | 6,538 |  | (4) — | (4) — | Common Stock | 6,538] | \$0 | 78,458 | D |"#, "F4"),
            (r#"| Class B | (4) | 05/21/2021 |  | - |  |  | 2,205,293 | (4) | (4) | Class A | 2,205,293 \| | \$0" - | 0 | I | By The |"#, "F4"),
        ] {
            let rows = read_table(&crate::markdown::lines(line), true, false);
            assert_eq!(rows.len(), 1, "{rows:#?}");
            for col in [Col::ExDate, Col::ExpDate] {
                let f = rows[0].get(col).unwrap_or_else(|| panic!("{col:?}: {rows:#?}"));
                assert_eq!((&f.value, f.notes.as_slice()), (&Value::None, [mark.to_string()].as_slice()), "{col:?}");
            }
            assert!(rows[0].get(Col::Shares).is_some_and(|f| f.notes.is_empty()), "{rows:#?}");
        }
    }

    #[test]
    fn a_mark_after_the_underlying_amount_beside_a_blank_price_is_the_prices() {
        // A held-out Form 4 (set 6, clean): a Table II row read outside the grid, its
        // price left blank and marked (4); the mark read after the underlying amount.
        let md = "\
| 1.Titleof Derivative Security (Instr. 3) | 2. Conversion or Exercise Price of Derivative | 3. Transaction Date (Month/Day/Year) | 3A. Deemed Execution Date, if any (Month/Day/Year) | 4. Transaction Code (Instr.8) | 5. Number of Derivative Securities Acquired(A)or Disposed of (D) (Instr. 3, 4, and 5) | 6. Date Exercisable and Expiration Date (Month/Day/Year) | 7. TitleandAmountof Underlying Securities (Instr. 3 and 4) | 8. Price of Derivative Security (Instr. 5) | 9. Number of Derivative Securities Beneficially Owned | 10. Ownership Formof Derivative Security: |  |  |  |  |\n\
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n\
|  | Security |  |  | Code | V | (A) | () | Date esetsfmars | Expiration \\| | Mae | Gamat? Rioters Shares |  | Following Reported Transaction(s) (Instr. 4) | _Direct (D) or Indirect (I) (instr. 4) |\n\
| Class B Ordinary Shares | © | 11/03/2021 |  | D |  |  | 17,434,414 | © | (©) | Class A Common Stock | 17,434,414 | ©) — | 6,883,086 | I |\n\
i.\n\
of\n\
Be\n\
Ov\n\
(In\n\
Se\n\
Fo\n\
2\n\
Class B (4) 11/03/2021 M 6,883,086 (4) (4) ClassA 6,883,086 (4) 0 I Se\n\
Ordinary _ _ ~~ Common _ Fo\n\
Shares Stock (2)\n\
";
        let rows = read_table(&crate::markdown::lines(md), true, false);
        let rows: Vec<&RowRead> = rows.iter().filter(|r| r.value(Col::Date) != &Value::None).collect();
        assert_eq!(rows.len(), 2, "{rows:#?}");
        let rows = &rows[1..];
        let price = rows[0].get(Col::Price).unwrap_or_else(|| panic!("a price: {rows:#?}"));
        assert_eq!((&price.value, price.notes.as_slice()), (&Value::None, ["F4".to_string()].as_slice()));
        // Outside a grid the mark may have been the amount's: flagged.
        assert!(price.notes_conf.is_some_and(|c| c < UNCERTAIN_AT), "{price:#?}");
        let underlying = rows[0].get(Col::UndShares).expect("the underlying amount");
        assert_eq!((&underlying.value, underlying.notes.len()), (&Value::Num(6883086.into()), 0));
    }

    /// Table II's column labels and the grid's rule below them, as Tesseract read a
    /// held-out page (clean tier).
    pub(crate) const GRID_TABLE_2_LABELS: &str = "| 1. Title of Derivative Security (Instr. 3) | 2, Conversion or Exercise Price of Derivative Security | 3. Transaction Date (Month/Day/Year) | Execution Date, if any (Month/Day/Year) | Transaction Code (Instr. 8) | 5. Number of Derivative Securities Acquired (A) or Disposed of (D) (Instr, 3, 4, and 5) | 6. Date Exercisable and Expiration Date (Month/Day/Year) | 7. Title and Amount of Underlying Securities (Instr, 3 and 4) | 8. Price of Derivative Security (Instr. 5) | 9.Numberof Derivative Securities Beneficially Owned Following Reported Transaction(s) | 10. Ownership Form of Derivative Security: Direct (D) or Indirect (00) | 11. Nature of Indirect Beneficial Ownership (Instr. 4) |  |  |  |  |\n\
             |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n\
             |  |  |  |  | Code | V | (A) | (D) | Date Exercisable | ; Expiration Date | 4, | Amount or —_—— of Shares |  | (Instr. 4) | (Instr, 4) |  |\n\
             ";

    #[test]
    fn a_ring_alone_in_the_code_cell_is_the_letter_c() {
        // A held-out Form 4 (set 11, clean): conversions of preferred stock, their code
        // `C` read `©`; the dates' marks garbled (`ie}) —`).
        let md = "\
|  |  |  |  | Code | V | (A) | i) | Date scab Exercisable | Expiration P Date | Title | SS Number of Giewes |  | Reported Transaction(s) (Instr. 4) | or Indirect (1) (Instr. 4) |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
| Series B Preferred Stock | @ — | 09/22/2020 |  | © |  |  | 2,005,056 | ie}) — | e}) — | Common Stock | 2,005,056 | $0 | 0 | I |
";
        let rows = read_table(&crate::markdown::lines(md), true, false);
        let code = rows[0].get(Col::Code).expect("a code");
        assert_eq!(code.value, Value::Text("C".into()), "{:#?}", rows[0]);
        assert!(code.uncertain());
        assert_eq!(rows[0].value(Col::Shares).num(), Some(2005056.into()));
    }

    #[test]
    fn grid_cells_holding_a_mark_alone_are_marks_not_values() {
        // Held-out page (clean tier, Tesseract, ruled grid): the conversion price and
        // both dates printed as marks alone, read `1)` and bare `2`s.
        let rows = read_table(
            &crate::markdown::lines(&format!("{GRID_TABLE_2_LABELS}| Restricted Stock Units | 1) | 09/10/2025 |  | A |  | 187.361 |  | 2 | 2 | Commem po | 187.361 | $0 | 16,190.43 | D |  |")),
            true,
            false,
        );
        assert_eq!(rows.len(), 1, "{rows:#?}");
        let marks = |c: Col| rows[0].get(c).map(|f| (f.value.clone(), f.notes.clone()));
        assert_eq!(marks(Col::Conv), Some((Value::None, vec!["F1".to_string()])), "{rows:#?}");
        for col in [Col::ExDate, Col::ExpDate] {
            assert_eq!(marks(col), Some((Value::None, vec!["F2".to_string()])), "{col:?}");
            // A bare number as a mark is in doubt.
            assert!(rows[0].get(col).unwrap().notes_conf.is_some_and(|c| c < UNCERTAIN_AT));
        }
        assert!(rows[0].unplaced.is_empty(), "{rows:#?}");
        assert_eq!(rows[0].value(Col::Shares), &Value::Num("187.361".parse().unwrap()));
        // Another page: the date exercisable's mark read as glyphs without its number.
        let rows = read_table(
            &crate::markdown::lines(&format!("{GRID_TABLE_2_LABELS}| Stock Option (right to buy) | $ 67.37 | 03/15/2024 |  | M |  |  | 424 | @ — = | 01/13/2032 | COMMON Stock | 494 | $0 |  |  |  |")),
            true,
            false,
        );
        assert_eq!(rows[0].marks_lost, [Col::ExDate], "{rows:#?}");
        assert!(rows[0].get(Col::ExDate).is_none_or(|f| f.read.is_empty() && f.notes.is_empty()), "no text kept as the date: {rows:#?}");
        // Without a grid nothing says the `2` stood alone in its cell.
        let rows = read_table(&crate::markdown::lines("Restricted Stock Units 1) 09/10/2025 A 187.361 2 2 Common Stock 187.361 $0 16,190.43 D"), true, false);
        assert!(rows.iter().all(|r| r.get(Col::ExDate).is_none_or(|f| f.notes.is_empty())), "{rows:#?}");
    }

    #[test]
    fn another_security_title_below_a_complete_one_starts_a_row() {
        // Form 3's Table II as OCR read a scanned filing: the last rows' values cut off
        // at the page's edge, their titles and natures legible.
        let rows = read_table(
            &crate::markdown::lines(
                r#"| Series C Preferred Stock} | () | () | C OMMON | 996,184 | \$M = | I | Sequoia Capital |
|  | = | = | \| |  |  |  | Global Growth |
|  |  |  | Stock |  |  |  | Fund, L.P, 2) 2) ©) (3 |

| Series C Preferred Stock | Qa) | Sequoia Capital |
|---|---|---|
|  |  | Global Growth |
|  |  | Principals Fund, |
|  |  | Lp, @@) |
| Series D-1 Preferred | Qa) | Sequoia Capital |
| Stock |  | Global Growth |
|  |  | Fund III - |
|  |  | Endurance |
|  |  | Partners, L.P. Q) |
|  |  | G) |
| Series E Preferred Stock | @) | Sequoia Capital |
|  |  | Global Growth |
|  |  | Fund III - |
|  |  | Endurance |
|  |  | Partners, L.P. 2) |
|  |  | GB) |
"#,
            ),
            true,
            true,
        );
        let titles: Vec<String> = rows.iter().map(|r| r.value(Col::Title).render()).collect();
        assert_eq!(rows.len(), 4, "{titles:?}");
        assert!(titles[2].starts_with("Series D-1 Preferred") && titles[3].starts_with("Series E Preferred"), "{titles:?}");
        // A title line right above values read with no title is theirs (the same form's
        // copy, its rows printed as staircases): no row of its own.
        let rows = read_table(
            &crate::markdown::lines(
                r#"| ; | (1) | Mfg | ; | 2,027,400 | \|g) | \|. \| | Sequoia Capital |
| Series A Preferred Stock \| |  |  | C |  |  |  | XI Principals |
|  |  |  | ck |  |  |  | Fund, LLC 2 @) |
|  |  |  | ° |  |  |  |  |
| Series ‘ A Preferred Stock | \|) q) | (1) | Common | , | [\$ ie) | I | Sequoia Capital |
|  |  | ) | Stock | 18,969,380 |  |  | XILLP.2® |
| Series . A Preferred Stock | \|. @ 1 | 2) 1 | Commen | 709810 \| | \$ @ 1 | I | Sequoia |
|  |  |  | Stock \| |  |  |  | Technology |
|  |  |  |  |  |  |  | Partners XII, L.P. |
|  |  |  |  |  |  |  | @@ |
"#,
            ),
            true,
            true,
        );
        assert_eq!(rows.len(), 3, "{rows:#?}");
        assert_eq!(rows[1].value(Col::UndShares).render(), "18969380", "{rows:#?}");
    }

    #[test]
    fn an_amount_in_thousands_groups_with_a_glyph_glued_makes_a_row() {
        // A holding as OCR read a faxed Form 4: the ownership letter glued to the amount.
        let toks = line_tokens(&crate::markdown::lines("| Class A Common Stock |  |  |  |  |  |  |  | 1,000,000 J |  | See Footnote\" |\n")[0]);
        assert!(has_value(&toks));
        // A wrapped cell's words after an amount are not one glyph.
        let toks = line_tokens(&crate::markdown::lines("|  |  |  |  |  | @ |  | 1,158.6 sag |  |  |  |  |\n")[0]);
        assert!(!has_value(&toks));
        assert!(thousands_grouped("1,000,000 J") && thousands_grouped(". 26,892.5") && !thousands_grouped("1000 J") && !thousands_grouped("3, 4 and 5") && !thousands_grouped("12,3456"));
    }
}
