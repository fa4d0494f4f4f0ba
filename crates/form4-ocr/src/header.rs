//! The boxes around the tables: form type, issuer and symbol, reporting owners with
//! their addresses and relationships, the date of the earliest transaction, the
//! signatures, the footnotes and remarks. Each is found by the label the form prints
//! next to it, which OCR usually reads well enough to match.

use std::sync::LazyLock;

use regex::Regex;

use crate::field::{FieldVal, Value, CLEAN, CONFIRMED, DERIVED, MENDED, UNCERTAIN_AT, UNSURE};
use crate::markdown::Line;
use crate::text::{collapse_spaces, trim_text, us_date};

fn re(s: &str) -> Regex {
    Regex::new(s).expect("static regex")
}

static FORM: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)(?-u:\b)FORM\s+([345])(?-u:\b)"));
/// The trading symbol in its brackets, as OCR reads them: `[ TSLA ]`, `[ NTRA |`,
/// `[ NTRA` at the end of the cell, `(TSLA]`, `{TSLA]`, `| WMT ]` (one bracket square at least, so
/// that `(Check all applicable)` is not taken for one), `[ EDR J .` (the closing bracket
/// read as a letter and a speck at the cell's end), `Inc. WMT ]` (the opening bracket
/// lost with the escaped `|` it was read as).
static SYMBOL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\[\s*([A-Za-z0-9.\-/ ]{1,15}?)\s*\\?[\]|)}]|\[\s*([A-Z][A-Z0-9.\-]{0,7})\s*$|[({|]\s*([A-Z][A-Z0-9.\-]{0,9})\s*\]|\[\s*([A-Z][A-Z0-9.\-]{0,7})\s+[JI1l]\s*[.,:;]?\s*$|\s([A-Z][A-Z0-9.\-]{0,7})\s*\]\s*$",
    )
});
/// The issuer's name and symbol in the box labelled `Issuer Name and Ticker or Trading
/// Symbol` when the symbol's brackets were misread past [`SYMBOL`]'s forms (`Walmart
/// Inc. WMT`, `Natera, Inc. INTRA;`, `Scuare, Inc. ‘SQ’`, `FUND "NMZ’ =`): the last
/// word after the label in capitals and no company suffix, one with a bracket's debris
/// on it first, is the symbol, the words before it the name. Both flagged: where the
/// brackets were is not seen.
fn issuer_without_brackets(cell: &str) -> Option<(FieldVal, FieldVal)> {
    // (Besides the company suffixes the name mending knows: words that end fund and
    // foreign company names.)
    const MORE_SUFFIXES: &[&str] = &["FUND", "SA", "NV", "AB", "ASA"];
    if !crate::has_any(cell, &["ymbol", "YMBOL"]) {
        return None;
    }
    let label = SYMBOL_LABEL.find(cell)?;
    let tail = cell[label.end()..].trim();
    let debris = |c: char| !c.is_alphanumeric() && c != '.';
    let words: Vec<&str> = tail.split(' ').filter(|w| w.chars().any(char::is_alphanumeric)).collect();
    fn symbol_of(w: &str) -> Option<&str> {
        let s = w.trim_matches(|c: char| !c.is_alphanumeric());
        let ticker = (1..=5).contains(&s.len()) && s.starts_with(|c: char| c.is_ascii_uppercase()) && s.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.');
        (ticker && !crate::vocab::is_company_suffix(s) && !MORE_SUFFIXES.contains(&s)).then_some(s)
    }
    // A word with a bracket's debris on it is the symbol before a last word without
    // (`LINKEDIN CORP [LNKD/ SEES`: a speck read as a word after it).
    let bracketed = |w: &str| w.starts_with(debris) || w.ends_with(debris);
    let at = (1..words.len()).rev().find(|&k| bracketed(words[k]) && symbol_of(words[k]).is_some()).unwrap_or(words.len().checked_sub(1)?);
    let symbol = symbol_of(words[at])?;
    let name = trim_text(&words[..at].join(" "));
    if name.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return None;
    }
    let name = text_field(name.trim_start_matches("or ").trim_start_matches("and "), MENDED)?;
    Some((name, FieldVal::read(Value::Text(symbol.to_string()), words[at], MENDED)))
}

/// The symbol [`SYMBOL`] captured, whichever bracket form it matched.
fn symbol_text<'c>(c: &regex::Captures<'c>) -> &'c str {
    (1..=5).find_map(|k| c.get(k)).map_or("", |g| g.as_str()).trim()
}
/// The issuer box's label up to `Symbol` (Tesseract reads it `Suma` in some prints: 4
/// of the 280 labels of ocr-dev and the held-out pages).
static SYMBOL_LABEL: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^.*?(?:trading\s*(?:sym\w*|suma(?-u:\b))|ticker[^\]\[]*?sym\w*|issuer\s+name[^\]\[]*?sym\w*)\s*"));
/// `Date of Earliest Transaction` (also misread: `Earliese`, `Eaftiest`), `… Event
/// Requiring Statement` (Form 3; `Statement` may wrap to the box's next line, before
/// the date), `… End of Issuer's Fiscal Year` (older Form 5s), `Statement for Issuer's
/// Fiscal Year Ended` (Form 5).
static STATEMENT_DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)ea[a-z]{3,6}\s+tra[a-z]{5,9}|event\s+requiring(?:\s+statement)?|end\s+of\s+issuer|fiscal\s+year\s+ended"));
static ANY_DATE: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(\d{1,2})\s?/\s?(\d{1,2})\s?/\s?(\d{4})(?-u:\b)"));
/// `Name and Address of Reporting Person`, also as OCR misreads it (`Addiess`,
/// `af Reparting`, `Reportrig Porson`).
static NAME_LABEL: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)ad{1,2}[a-z]{3,5}\.?\s+[ao]f\s+re[a-z]{4,8}\s+p[a-z]{3,5}(?:\s?on)?\S*\s*[*\x22'–\-:._]*\s*"));
/// The name box's `(Last) (First) (Middle)` label, also with a parenthesis lost (`(Last) First)`)
/// or a speck read as a comma between (`(Last) (First), (Middle)`).
static LAST_FIRST: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i-u)(?:\(\s*(?:l\w{2,4}|f\w{3,5}|mid\w{0,4}|m\w{2}e)\s*\)[,.]?\s*){2,3}|\(\s*l\w{2,4}\s*\)\s*\(?\s*f\w{3,5}\s*\)\s*\(?\s*mid\w{0,4}\s*\)?"));
/// `(Street)`, also as OCR misreads it (`(sree)`, `(ireet)`); never `(State)`.
static STREET_LABEL: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\(\s*(?:street|s[a-z]?re+t?|[a-z]?ree[a-z]?|str[a-z]{2,3})\s*\)"));
static CITY_LABEL: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\(\s*city\s*\)"));
static CITY_STATE_ZIP: LazyLock<Regex> = LazyLock::new(|| re(r"^(.*?)[,.\s]+([A-Za-z][A-Za-z .]*?)[,.\s]+(\d{5}(?:\s?-\s?\d{4})?)(?-u:\b)"));
/// A check mark before a relationship label; `Director` also as OCR garbles it
/// (`Dwector`, `Dinsetor`, `Orrector`), the mark with the specks it picks up (`X=`, `X .`).
static CHECKED: LazyLock<Regex> = LazyLock::new(|| re(r"(?:X|x|Xx|XX)\s*[_=.]*\s*(Director|[DO][a-z]{4,6}or|10\s*%(?:\s*Owner)?|Officer|Other)"));
static SIGNATURE_LABEL: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\*{0,2}\s*s+ig\w{3,6}\s+\W?of\s+re\w{4,8}\s+person"));
static EXPLANATION: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)explanation\s+(?:of\s+)?respon\w*\s*[:;]?"));
static BOILERPLATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\*|more than one reporting person, see|intentional misstatements|file three copies|persons who respond|potential persons|sec (?:147[345]|2[27]70)|^reminder:|signature of reporting person|^signatures?$|^date$|^reporting owners$|currently valid omb|collection of information",
    )
});
static REMARKS: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^\s*remarks\s*:?\s*"));
/// A footnote's mark where one may start (`(1) `, `1. `, `1, `, `1) `); the caller
/// checks that a space or the start of the text stands before it. (The space is not part
/// of the match, so that a mark right after another's space is found: `Form 4. 3. The`.)
static FOOTNOTE_START: LazyLock<Regex> = LazyLock::new(|| re(r"\(?(\d{1,2})\s?[).,]\s+"));

/// A reporting owner as read.
#[derive(Debug, Clone, Default)]
pub struct OwnerRead {
    /// Name.
    pub name: Option<FieldVal>,
    /// First street line.
    pub street1: Option<FieldVal>,
    /// Second street line.
    pub street2: Option<FieldVal>,
    /// City.
    pub city: Option<FieldVal>,
    /// Two-letter state.
    pub state: Option<FieldVal>,
    /// ZIP code.
    pub zip: Option<FieldVal>,
    /// Director box.
    pub director: Option<FieldVal>,
    /// 10% owner box.
    pub ten_percent: Option<FieldVal>,
    /// Officer box.
    pub officer: Option<FieldVal>,
    /// Other box.
    pub other: Option<FieldVal>,
    /// Officer title.
    pub officer_title: Option<FieldVal>,
    /// Other text.
    pub other_text: Option<FieldVal>,
}

impl OwnerRead {
    /// City, state and ZIP read together from one line.
    fn set_city_state_zip(&mut self, city: String, state: String, zip: String, read: &str, conf: u8) {
        let (city, city_conf) = match city_after_specks(&city) {
            Some(cut) => (cut.to_string(), conf.min(MENDED)),
            None => (city, conf),
        };
        self.city = Some(FieldVal::read(Value::Text(city), read, city_conf));
        self.state = Some(FieldVal::read(Value::Text(state), read, conf));
        self.zip = Some(FieldVal::read(Value::Text(zip), read, conf));
    }
}

/// A city in capitals with specks read before it as words (`Gree pee AUSTIN`, `s MENLO
/// PARK`, `ex = CUPERTINO`, `5 MOUNTAIN VIEW`): the words in capitals at its end, when
/// every word before them has a small letter, no letter, or one glyph. (A city the filer
/// wrote in mixed case, `San Francisco`, has no such run and stays.)
fn city_after_specks(city: &str) -> Option<&str> {
    let words: Vec<&str> = city.split(' ').collect();
    let capitals = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().all(|c| c.is_ascii_uppercase() || matches!(c, '.' | '-' | '\''));
    let run = words.iter().rev().take_while(|w| capitals(w)).count();
    let before = &words[..words.len() - run];
    let speck = |w: &&str| w.chars().count() == 1 || w.chars().any(char::is_lowercase) || !w.chars().any(char::is_alphabetic);
    if run == 0 || before.is_empty() || !before.iter().all(speck) {
        return None;
    }
    let start: usize = before.iter().map(|w| w.len() + 1).sum();
    city.get(start..)
}

/// The header boxes as read.
#[derive(Debug, Clone, Default)]
pub struct HeaderRead {
    /// `3`, `4` or `5`.
    pub form: Option<char>,
    /// The form number was not read in the form's title or footer: it was told from a
    /// mention elsewhere in the header, or from the statement's title and boxes.
    pub form_inferred: bool,
    /// Issuer name.
    pub issuer_name: Option<FieldVal>,
    /// Trading symbol as printed.
    pub symbol: Option<FieldVal>,
    /// Date of earliest transaction / event.
    pub period: Option<FieldVal>,
    /// Date the original was filed, for amendments.
    pub original_filed: Option<FieldVal>,
    /// Reporting owners.
    pub owners: Vec<OwnerRead>,
    /// Signatures: name, date.
    pub signatures: Vec<(FieldVal, FieldVal)>,
    /// Footnotes: id, text.
    pub footnotes: Vec<(String, FieldVal)>,
    /// The highest footnote number that appears as a mark in the explanations, read
    /// or not: footnotes up to it exist even when their text could not be cut out.
    pub highest_footnote_mark: u32,
    /// The explanations' text the footnotes were cut from, line by line (see
    /// [`recut_footnotes_by_paragraphs`]).
    pub footnote_text: String,
    /// Remarks.
    pub remarks: Option<FieldVal>,
}

fn cell_below(lines: &[Line], at: usize, col: usize, within: usize) -> Option<(usize, &str)> {
    let table = lines[at].table?;
    for (k, l) in lines.iter().enumerate().skip(at + 1).take(within) {
        if l.table != Some(table) {
            return None;
        }
        if let Some(c) = l.cells.get(col).filter(|c| !c.is_empty()) {
            return Some((k, c.as_str()));
        }
    }
    None
}

fn text_field(s: &str, conf: u8) -> Option<FieldVal> {
    let t = trim_text(s);
    // A speck (`.`, `^`) where a name or address line should be is no reading of it.
    let letters = t.chars().filter(|c| c.is_alphanumeric()).count();
    let conf = if letters < 2 { UNSURE } else { conf };
    (!t.is_empty()).then(|| FieldVal::read(Value::Text(t.clone()), s.to_string(), conf))
}

/// A care-of line's `C/O` as OCR misreads its slash or letter O (`CiO`, `C/0`).
static CARE_OF: LazyLock<Regex> = LazyLock::new(|| re(r"^C(?:[il1|]O|/0|[il1|]0)\s"));

/// A street line: as [`text_field`], but a comma ending the last word is kept. Filers
/// end street lines with one often enough (`C/O SEQUOIA CAPITAL,`: one in twenty-five
/// in the corpus), and printed against the word it is rarely a speck. Specks OCR puts
/// in street lines (a colon for a space, a slash at the end, `CiO`) are mended.
fn street_field(s: &str, conf: u8) -> Option<FieldVal> {
    let mut f = text_field(s, conf)?;
    let attached = s.trim_end_matches([' ', '|', '_']).strip_suffix(',').is_some_and(|w| w.ends_with(|c: char| c.is_alphanumeric()));
    if let Value::Text(t) = &mut f.value {
        if attached {
            t.push(',');
        }
        // A colon between capitals is a space with a speck (`MICROSOFT:CORPORATION`).
        if t.contains(':') {
            let chars: Vec<char> = t.chars().collect();
            *t = chars
                .iter()
                .enumerate()
                .map(|(k, &ch)| {
                    let between = k > 0 && chars[k - 1].is_ascii_uppercase() && chars.get(k + 1).is_some_and(char::is_ascii_uppercase);
                    if ch == ':' && between {
                        ' '
                    } else {
                        ch
                    }
                })
                .collect();
        }
        // A slash standing apart at the end is a speck of the box's rule.
        if let Some(cut) = t.strip_suffix(" /") {
            *t = cut.trim_end().to_string();
        }
        // A box label garbled past reading before the street number (`(mae) 383 MADISON
        // AVENUE`): the form's parenthesised labels are words in lower case.
        if let Some((label, rest)) = t.split_once(' ') {
            let garbled_label = label.len() <= 9 && label.starts_with('(') && label.ends_with(')') && label[1..label.len() - 1].chars().all(|c| c.is_ascii_lowercase());
            if garbled_label && rest.starts_with(|c: char| c.is_ascii_digit()) {
                *t = rest.to_string();
                f.conf = f.conf.min(MENDED);
            }
        }
        if CARE_OF.is_match(t) {
            t.replace_range(..3, "C/O");
            f.conf = f.conf.min(MENDED);
        }
        // Specks before a street printed in capitals (`Io 'ONE APPLE PARK WAY`, `Sie ONE
        // LETTERMAN DRIVE`, the box's labels garbled, `(ast) Fis) (Mtidate)`): words with
        // a small letter, or with no letter or digit, before a street's number and words
        // all in capitals to the end.
        let speck = |w: &str| w.chars().any(char::is_lowercase) || !w.chars().any(char::is_alphanumeric);
        let words: Vec<&str> = if t.split(' ').next().is_some_and(speck) { t.split(' ').filter(|w| !w.is_empty()).collect() } else { Vec::new() };
        let capitals = |w: &str| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            !w.is_empty() && !w.chars().any(char::is_lowercase)
        };
        if let Some(start) = words.iter().position(|w| capitals(w)) {
            let rest = &words[start..];
            // (Only before a street's number: a care-of line is parted elsewhere.)
            // (Nor after a unit's word, whose number it is: `Apt 4 100 MAIN STREET`.)
            let unit = start > 0 && UNIT_WORDS.iter().any(|u| words[start - 1].trim_end_matches(['.', ',']).eq_ignore_ascii_case(u));
            let numbered = street_number(rest[0].trim_start_matches(|c: char| !c.is_alphanumeric())) && !unit;
            if start > 0 && numbered && rest.len() >= 2 && rest.iter().all(|w| capitals(w) || !w.chars().any(char::is_alphanumeric)) && words[..start].iter().all(|w| speck(w)) {
                *t = rest.join(" ").trim_start_matches(|c: char| !c.is_alphanumeric()).to_string();
                f.conf = f.conf.min(MENDED);
            }
        }
        // An ordinal's digit read as a letter (`STH FLOOR`, `IST STREET`): no street
        // line of the corpus's 2,534 holds `STH` or `IST`, many hold `5TH` and `1ST`.
        if t.contains("STH") || t.contains("IST") {
            let words: Vec<String> = t
                .split(' ')
                .map(|w| match w.trim_end_matches(',') {
                    "STH" => w.replacen("STH", "5TH", 1),
                    "IST" => w.replacen("IST", "1ST", 1),
                    _ => w.to_string(),
                })
                .collect();
            let mended = words.join(" ");
            if mended != *t {
                *t = mended;
                f.conf = f.conf.min(MENDED);
            }
        }
    }
    Some(f)
}

/// A street line's words misread in ways no street line is written, mended: a
/// company's `LLC` with its C read as a G (`MANAGEMENT LLG`: no name, street or
/// signature of the bulk corpus's 100,053 writes the word `LLG`; 2,064 write `LLC`),
/// and a speck read as a point after a last word of five letters or more (`3RD
/// FLOOR.`: of the corpus's 12,892 street lines that end in such a word, 15 end with a
/// point, `CORPORATION.`; abbreviations, `BLVD.`, `CORP.`, are shorter). `None` when
/// there is nothing to mend. (Applied to the lines as finally read, not in the reading:
/// the top box's lines are found again on the Reporting Owners table's lines as read.)
pub fn mend_street_misreadings(street: &str) -> Option<String> {
    if !street.contains("LLG") && !street.ends_with('.') {
        return None;
    }
    let llc = |w: &str| if w.trim_end_matches(',') == "LLG" { w.replacen("LLG", "LLC", 1) } else { w.to_string() };
    let mut t = street.split(' ').map(llc).collect::<Vec<_>>().join(" ");
    if let Some(stem) = t.strip_suffix('.') {
        let last = stem.rsplit(' ').next().unwrap_or(stem);
        if last.len() >= 5 && last.bytes().all(|b| b.is_ascii_alphabetic()) && stem.contains(' ') {
            t.pop();
        }
    }
    (t != street).then_some(t)
}

/// Two-letter code of a US state or territory written out.
fn state_code(s: &str) -> Option<&'static str> {
    const STATES: &[(&str, &str)] = &[
        ("ALABAMA", "AL"),
        ("ALASKA", "AK"),
        ("ARIZONA", "AZ"),
        ("ARKANSAS", "AR"),
        ("CALIFORNIA", "CA"),
        ("COLORADO", "CO"),
        ("CONNECTICUT", "CT"),
        ("DELAWARE", "DE"),
        ("DISTRICT OF COLUMBIA", "DC"),
        ("FLORIDA", "FL"),
        ("GEORGIA", "GA"),
        ("HAWAII", "HI"),
        ("IDAHO", "ID"),
        ("ILLINOIS", "IL"),
        ("INDIANA", "IN"),
        ("IOWA", "IA"),
        ("KANSAS", "KS"),
        ("KENTUCKY", "KY"),
        ("LOUISIANA", "LA"),
        ("MAINE", "ME"),
        ("MARYLAND", "MD"),
        ("MASSACHUSETTS", "MA"),
        ("MICHIGAN", "MI"),
        ("MINNESOTA", "MN"),
        ("MISSISSIPPI", "MS"),
        ("MISSOURI", "MO"),
        ("MONTANA", "MT"),
        ("NEBRASKA", "NE"),
        ("NEVADA", "NV"),
        ("NEW HAMPSHIRE", "NH"),
        ("NEW JERSEY", "NJ"),
        ("NEW MEXICO", "NM"),
        ("NEW YORK", "NY"),
        ("NORTH CAROLINA", "NC"),
        ("NORTH DAKOTA", "ND"),
        ("OHIO", "OH"),
        ("OKLAHOMA", "OK"),
        ("OREGON", "OR"),
        ("PENNSYLVANIA", "PA"),
        ("RHODE ISLAND", "RI"),
        ("SOUTH CAROLINA", "SC"),
        ("SOUTH DAKOTA", "SD"),
        ("TENNESSEE", "TN"),
        ("TEXAS", "TX"),
        ("UTAH", "UT"),
        ("VERMONT", "VT"),
        ("VIRGINIA", "VA"),
        ("WASHINGTON", "WA"),
        ("WEST VIRGINIA", "WV"),
        ("WISCONSIN", "WI"),
        ("WYOMING", "WY"),
        ("PUERTO RICO", "PR"),
    ];
    let up = s.trim().trim_end_matches(['.', ',']).to_ascii_uppercase();
    if up.len() == 2 && STATES.iter().any(|(_, c)| *c == up) {
        return STATES.iter().find(|(_, c)| *c == up).map(|(_, c)| *c);
    }
    STATES.iter().find(|(n, _)| *n == up).map(|(_, c)| *c)
}

/// City, two-letter state, ZIP and the confidence of their reading.
type CityStateZip = (String, String, String, u8);

/// Splits `CITY, ST 12345` (state written out or as a code), or an address outside the
/// states as the SEC's stylesheet prints it (`VANCOUVER BRITISH COLUMBIA, CANADA V5Y 0A1`).
fn city_state_zip(s: &str) -> Option<CityStateZip> {
    let s = collapse_spaces(s);
    let Some(c) = CITY_STATE_ZIP.captures(&s) else { return city_place_postal(&s) };
    let city_and_state = format!("{} {}", &c[1], &c[2]);
    let zip = c[3].replace(' ', "");
    // The state is the last word(s) before the ZIP that name a state.
    let words: Vec<&str> = city_and_state.split(' ').filter(|w| !w.is_empty()).collect();
    for k in (1..=3.min(words.len())).rev() {
        let cand = words[words.len() - k..].join(" ");
        if let Some(code) = state_code(&cand) {
            // A point after the city is the speck or comma before the state (`PALO ALTO.
            // CALIFORNIA`); one inside it (`ST. LOUIS`) is the city's.
            let city = trim_text(&words[..words.len() - k].join(" ")).trim_end_matches(['.', ',']).to_string();
            if city.is_empty() {
                return None;
            }
            let conf = if cand.len() == 2 && cand == cand.to_ascii_uppercase() { CLEAN } else { MENDED };
            return Some((city, code.to_string(), zip, conf));
        }
    }
    None
}

/// City, EDGAR code and postal code of an address outside the states: the place written
/// out as EDGAR describes its code (`BRITISH COLUMBIA, CANADA`, `UNITED KINGDOM`), the
/// city before it and the postal code after it (one or two pieces, the first with a
/// digit, `W1J 7BU`, `KY1-1104`, or a Canadian one by its shape, mended). Read once and
/// without a list of cities to check the city against, all of it is mended, not clean.
fn city_place_postal(s: &str) -> Option<CityStateZip> {
    // (The owner's cell ends with `UNITED STATES`: what is read after it is specks.)
    let s = match s.rfind("UNITED STATES") {
        Some(at) => s[..at].trim_end(),
        None => s.trim(),
    };
    let words: Vec<&str> = s.split(' ').filter(|w| !w.is_empty()).collect();
    let n = words.len();
    let postal_piece = |w: &str| w.len() <= 8 && w.chars().all(|c| c.is_alphanumeric() || c == '-');
    let with_digit = |w: &str| w.bytes().any(|b| b.is_ascii_digit());
    for pieces in [2, 1] {
        if n < pieces + 2 || !words[n - pieces..].iter().all(|w| postal_piece(w)) {
            continue;
        }
        let end = n - pieces;
        let code_printed = Some(words[end - 1]).filter(|w| crate::places::is_place_code(w));
        if code_printed.is_none() && !crate::places::ends_a_place(words[end - 1]) {
            continue;
        }
        // (`NEW JERSEY` ends with `JERSEY`: a state's name is no place outside them.)
        if (2..=3.min(end)).any(|k| state_code(&words[end - k..end].join(" ")).is_some()) {
            return None;
        }
        // (The place written out, or its code as older stylesheets print it: `LONDON, X0`.)
        for k in (1..=crate::places::MOST_WORDS.min(end - 1)).rev() {
            let Some(code) = code_printed.filter(|_| k == 1).or_else(|| crate::places::place_code(&crate::places::place_key(&words[end - k..end].join(" ")))) else { continue };
            let city = trim_text(&words[..end - k].join(" ")).trim_end_matches(['.', ',']).to_string();
            if !city.chars().any(char::is_alphabetic) {
                return None;
            }
            // (A Canadian code by its shape, whose digits may be read as letters, `VsY`;
            // any other with a digit in its first piece.)
            let postal = words[end..].join(" ");
            let postal = match crate::places::canadian(code).then(|| crate::places::canadian_postal_code(&postal)).flatten() {
                Some(shaped) => shaped,
                None if with_digit(words[end]) => postal,
                None => break,
            };
            return Some((city, code.to_string(), postal, MENDED));
        }
    }
    None
}

/// City, state and ZIP from a line as printed, or else as the layout scrambled it.
fn any_city_state_zip(s: &str) -> Option<CityStateZip> {
    city_state_zip(s).or_else(|| city_state_zip_loose(s))
}

/// City, state and ZIP from a line the layout scrambled (`98052- REDMOND WASHINGTON 6399`):
/// the ZIP's parts wherever they are, the state as the last state name, the rest the city.
fn city_state_zip_loose(s: &str) -> Option<CityStateZip> {
    static ZIP5: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(\d{5})(?:\s?-\s?(\d{4}))?-?(?-u:\b)"));
    static PLUS4: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(\d{4})(?-u:\b)"));
    let c = ZIP5.captures(s)?;
    let rest = format!("{} {}", &s[..c.get(0)?.start()], &s[c.get(0)?.end()..]);
    let (zip, rest) = match (c.get(2), PLUS4.captures(&rest)) {
        (Some(p), _) => (format!("{}-{}", &c[1], p.as_str()), rest),
        (None, Some(p)) if s[c.get(0)?.start()..].contains(&format!("{}-", &c[1])) => {
            let m = p.get(0)?;
            (format!("{}-{}", &c[1], &p[1]), format!("{} {}", &rest[..m.start()], &rest[m.end()..]))
        }
        _ => (c[1].to_string(), rest),
    };
    let words: Vec<&str> = rest.split(' ').map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).filter(|w| w.len() > 1 && w.chars().all(|c| c.is_alphabetic() || c == '.')).collect();
    for k in (1..=3.min(words.len())).rev() {
        let cand = words[words.len() - k..].join(" ");
        if let Some(code) = state_code(&cand) {
            let city = words[..words.len() - k].join(" ");
            if city.is_empty() || !city.chars().all(|c| c.is_ascii_uppercase() || c == ' ' || c == '.') {
                return None;
            }
            return Some((city, code.to_string(), zip, MENDED));
        }
    }
    None
}

/// Whether a word, in capitals, names a street's kind (`STREET`, `AVE`, `PLAZA`…), as
/// the owner line parted by its shape and the care-of lines read as one both end a
/// street at one.
fn street_kind(word: &str) -> bool {
    const KINDS: [&str; 25] = [
        "STREET",
        "ST",
        "AVENUE",
        "AVE",
        "ROAD",
        "RD",
        "DRIVE",
        "DR",
        "BOULEVARD",
        "BLVD",
        "PARKWAY",
        "PKWY",
        "WAY",
        "LANE",
        "LN",
        "PLACE",
        "PL",
        "PLAZA",
        "CIRCLE",
        "COURT",
        "CT",
        "HIGHWAY",
        "HWY",
        "SQUARE",
        "TERRACE",
    ];
    KINDS.contains(&word)
}

/// Words a unit's number follows on a street line (`SUITE 500`, `APT 4`).
const UNIT_WORDS: [&str; 7] = ["APT", "SUITE", "STE", "FLOOR", "FL", "UNIT", "ROOM"];

/// Street numbers written as words (`ONE MICROSOFT WAY`).
const NUMBER_WORDS: [&str; 10] = ["ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN"];

/// Whether a word is a street number: digits (`388`, `100-102`) or a number word.
fn street_number(w: &str) -> bool {
    (!w.is_empty() && w.split('-').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))) || NUMBER_WORDS.contains(&w.to_ascii_uppercase().as_str())
}

/// Whether a word starts with a ZIP code's five digits (`94043`, `98052-6399`).
fn zip_code(w: &str) -> bool {
    w.len() >= 5 && w.bytes().take(5).all(|b| b.is_ascii_digit())
}

/// Splits a street text that holds two printed lines (`C/O FIRM 1200 MAIN ST`).
fn split_street(s: &str) -> (String, Option<String>) {
    let s = trim_text(s);
    let upper = s.to_ascii_uppercase();
    if upper.starts_with("C/O") || upper.starts_with("ATTN") || upper.starts_with("C/0") {
        // A care-of line ends where the street number starts, in digits or in words
        // (`ONE MICROSOFT WAY`), or a post office box.
        let words: Vec<&str> = s.split(' ').collect();
        let starts_street =
            |w: &&str| w.chars().next().is_some_and(|c| c.is_ascii_digit()) || NUMBER_WORDS.contains(&w.to_ascii_uppercase().as_str()) || ["P.O.", "PO"].contains(&w.to_ascii_uppercase().as_str());
        if let Some(k) = words.iter().enumerate().skip(2).find(|(_, w)| starts_street(w)).map(|(k, _)| k) {
            return (words[..k].join(" "), Some(words[k..].join(" ")));
        }
    } else if !["P ", "P.", "PO ", "BOX"].iter().any(|p| upper.starts_with(p)) {
        // A firm's or building's name, then the street on a line of its own (`CITIGROUP
        // INC. 388 GREENWICH STREET`): the second line starts at the street number, a
        // number alone before the street's name. Of the bulk corpus's addresses that
        // read so, no digit before the number, 847 of 867 are two lines so cut; with a
        // comma before the number (`PEPSICO, INC., 700 ANDERSON HILL ROAD`) none of 39.
        let words: Vec<&str> = s.split(' ').collect();
        // (A street's name may be hyphenated: `ONE COCA-COLA PLAZA`; the bulk corpus's 4
        // such after a firm's name are all two lines.)
        let name_word = |w: &str| w.starts_with(|c: char| c.is_ascii_alphabetic()) && w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'.' || b == b'-');
        // (The name's words capitalised: specks and garbled labels read before a street,
        // `(Firs) 'qual (Last) ist iddle 444 GULF …`, are no name.)
        let named = |name: &[&str]| name.iter().all(|w| w.starts_with(|c: char| c.is_ascii_uppercase() || c == '&') && !w.contains(['(', ')', '{', '}', '[', ']']));
        let cut = words
            .iter()
            .position(|w| w.bytes().any(|b| b.is_ascii_digit()) || street_number(w))
            .filter(|&k| k >= 2 && k + 1 < words.len() && street_number(words[k]) && name_word(words[k + 1]) && !words[k - 1].ends_with(',') && named(&words[..k]));
        if let Some(k) = cut {
            return (words[..k].join(" "), Some(words[k..].join(" ")));
        }
    }
    (s, None)
}

/// Reads the header boxes.
pub fn read_header(lines: &[Line], table1: usize) -> HeaderRead {
    let mut h = HeaderRead::default();
    let all_text: String = lines.iter().take(table1.max(1)).map(Line::text).collect::<Vec<_>>().join(" ");
    // The title prints `FORM 4` in capitals; the boilerplate says "Form 4 or Form 5".
    static TITLE: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)F\s?O\s?R\s?M\s+([345])(?-u:\b)"));
    static FOOTER: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)(?-u:\b)Form\s+([345])\s*:\s*SEC"));
    // The check boxes' printed sentences name other forms (`Form 4 or Form 5 obligations
    // may continue`, Form 5's `Form 3 Holdings Reported`), OCR debris between their words.
    static BOILERPLATE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)Form\s+4\s+or(?:\s+\S{1,3})?\s+Form\s+5|Form\s+4\s+or|Form\s+5\s+obligations|Form\s+3\s+Holdings|Form\s+4\s+Transactions"));
    h.form = TITLE.captures(&all_text).and_then(|c| c[1].chars().next()).or_else(|| {
        let whole: String = lines.iter().map(Line::text).collect::<Vec<_>>().join(" ");
        FOOTER.captures(&whole).and_then(|c| c[1].chars().next()).or_else(|| {
            // A form number read elsewhere in the header, not in its title: flagged.
            let without_boilerplate = BOILERPLATE.replace_all(&all_text, "");
            let form = FORM.captures(&without_boilerplate).and_then(|c| c[1].chars().next());
            h.form_inferred = form.is_some();
            form
        })
    });
    if h.form.is_none() {
        // No form number legible: the statement's own title and first boxes differ by
        // form (Form 3: "Initial Statement…", "Date of Event Requiring Statement";
        // Form 5: "Annual Statement…", "Statement for Issuer's Fiscal Year Ended";
        // Form 4: "Statement of Changes…", "Date of Earliest Transaction").
        let lower = lines.iter().take(table1.max(1) + 5).map(Line::text).collect::<Vec<_>>().join(" ").to_lowercase();
        h.form = if lower.contains("initial statement") || lower.contains("event requiring") {
            Some('3')
        } else if lower.contains("annual statement") || lower.contains("fiscal year ended") {
            Some('5')
        } else if lower.contains("statement of changes") || lower.contains("earliest transaction") {
            Some('4')
        } else {
            None
        };
        h.form_inferred = h.form.is_some();
    }
    let header = &lines[..table1.min(lines.len())];
    for (i, line) in header.iter().enumerate() {
        for (col, cell) in line.cells.iter().enumerate() {
            if h.symbol.is_none() && (cell.contains('[') || cell.contains(']')) {
                if let Some(c) = SYMBOL.captures(cell) {
                    let m = c.get(0).expect("match");
                    let sym = symbol_text(&c);
                    // `[ EDR J |`: the closing bracket read twice, once as a letter.
                    let sym = sym.strip_suffix(" J").or_else(|| sym.strip_suffix(" I")).unwrap_or(sym).to_string();
                    // A bracket misread is a sign of a hard reading: the symbol is kept, flagged.
                    // A digit in a US trading symbol is a misread letter (`3OBY`, `5Q`).
                    let clean = m.as_str().starts_with('[') && m.as_str().ends_with(']') && !sym.chars().any(|c| c.is_ascii_digit());
                    h.symbol = Some(FieldVal::read(Value::Text(sym), m.as_str(), if clean { CLEAN } else { MENDED }));
                    let labelled = SYMBOL_LABEL.is_match(&cell[..m.start()]);
                    let before = SYMBOL_LABEL.replace(&cell[..m.start()], "").to_string();
                    let mut name = trim_text(&before);
                    // A line of plain text (no cell grid) holds the boxes side by side: without
                    // the box's label before it, the owner's name may lead the issuer's
                    // (`Coleman Amy MICROSOFT CORP [ MSFT ]`), and where one ends is not read.
                    let side_by_side = line.table.is_none() && !labelled;
                    if side_by_side {
                        // The end of the box beside's label run on before the name (Form 3's
                        // `Date of Event Requiring Statement`).
                        const LABEL_WORDS: &[&str] = &["requiring", "statement", "symbol", "issuer", "trading", "(month/day/year)"];
                        let mut rest = name.as_str();
                        while let Some((first, tail)) = rest.split_once(' ') {
                            if !LABEL_WORDS.contains(&first.to_lowercase().as_str()) {
                                break;
                            }
                            rest = tail;
                        }
                        name = rest.to_string();
                    }
                    if name.is_empty() || name.len() < 2 {
                        // The name printed on the line above, under the label.
                        if let Some(prev) = header[..i].iter().rev().take(2).filter_map(|l| l.cells.get(col)).find(|c| !c.is_empty() && !c.to_lowercase().contains("symbol")) {
                            name = trim_text(prev);
                        }
                    }
                    // A misread bracket (or a name from the line above) leaves where the
                    // name starts and ends in doubt; so do the boxes side by side.
                    let conf = if before.trim().is_empty() || !clean { MENDED } else { CLEAN };
                    h.issuer_name = text_field(&name, if side_by_side { conf.min(UNCERTAIN_AT - 4) } else { conf });
                }
            }
            if h.period.is_none()
                && cell.len() > 10
                && crate::has_any_of!(cell, ["arlie", "ARLIE", "iest", "IEST", "vent", "VENT", "nd of", "ND OF", "iscal", "ISCAL"])
                && STATEMENT_DATE_LABEL.is_match(cell)
            {
                let after = &cell[STATEMENT_DATE_LABEL.find(cell).expect("match").end()..];
                let found = ANY_DATE.find(after).map(|m| m.as_str().to_string()).or_else(|| {
                    (1..=5).find_map(|k| {
                        let l = header.get(i + k)?;
                        let c = l.cells.get(col)?;
                        ANY_DATE.find(c).map(|m| m.as_str().to_string())
                    })
                });
                if let Some(d) = found {
                    h.period = date_field(&d);
                }
            }
            // (The box's label is `If Amendment, Date Original Filed`: either half read
            // names it.)
            let amendment_label = || {
                let lower = cell.to_lowercase();
                (lower.contains("amendment") && lower.contains("original")) || lower.contains("original filed")
            };
            if h.original_filed.is_none() && crate::has_any(cell, &["riginal", "RIGINAL"]) && amendment_label() {
                // (ASCII lowering keeps every byte where it is: the position is `cell`'s.)
                let lower = cell.to_ascii_lowercase();
                let after = &cell[lower.find("original").unwrap_or(0)..];
                if let Some(m) = ANY_DATE.find(after) {
                    h.original_filed = date_field(m.as_str());
                } else if let Some(d) =
                    header.get(i + 1).and_then(|l| l.cells.get(col)).and_then(|c| ANY_DATE.find(c).filter(|m| c.trim_matches(|g: char| matches!(g, ' ' | '|' | '\\')) == m.as_str()))
                {
                    // The box's date on the grid's next line, under its label, alone in
                    // its cell (the line below the label in this column is the box's):
                    // placed by position, flagged.
                    h.original_filed = date_field(d.as_str()).map(|mut f| {
                        f.conf = f.conf.min(MENDED);
                        f
                    });
                }
            }
        }
    }
    if h.symbol.is_none() {
        if let Some((name, symbol)) = header.iter().flat_map(|l| &l.cells).find_map(|c| issuer_without_brackets(c)) {
            h.issuer_name.get_or_insert(name);
            h.symbol = Some(symbol);
        }
    }
    h.owners = read_owners(lines, header);
    h.signatures = read_signatures(lines, table1);
    issuer_after_owner_name(&mut h);
    let explanation = explanation_start(lines);
    h.footnote_text = footnote_text(lines, explanation);
    h.footnotes = cut_footnotes(&h.footnote_text);
    tidy_footnotes(&mut h.footnotes);
    h.highest_footnote_mark = highest_mark(lines, explanation);
    h.remarks = read_remarks(lines);
    h
}

/// Plain text prints the top boxes side by side, the owner's name before the issuer's on
/// one line (`Coleman Amy MICROSOFT CORP [ MSFT ]`). An issuer name read so (flagged)
/// that starts with two words or more of the name an owner was read with elsewhere, or
/// failing that of the signature (`Julia Stark, Attorney-in-Fact for Amy Coleman`), is
/// the rest; a name read nowhere else is those words. Both stay flagged.
fn issuer_after_owner_name(h: &mut HeaderRead) {
    let Some(issuer) = h.issuer_name.as_ref().filter(|f| f.uncertain()) else { return };
    let Some(text) = issuer.value.text().map(str::to_string) else { return };
    let key = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    // The issuer's words, specks that stand alone (`|`, `.`) passed over.
    let words: Vec<(usize, String)> = text.split_whitespace().enumerate().map(|(i, w)| (i, key(w))).filter(|(_, w)| !w.is_empty()).collect();
    let owner_name = h.owners.first().and_then(|o| o.name.as_ref()).and_then(|n| n.value.text()).filter(|t| !t.trim().is_empty()).map(str::to_string);
    let lead = match &owner_name {
        Some(name) => {
            let name_words: Vec<String> = name.split_whitespace().map(key).filter(|w| !w.is_empty()).collect();
            let same = name_words.len() >= 2 && words.len() > name_words.len() && words.iter().zip(&name_words).all(|((_, a), b)| a == b);
            if same {
                name_words.len()
            } else {
                0
            }
        }
        None => {
            let signed: Vec<String> = h.signatures.iter().filter_map(|(n, _)| n.value.text()).flat_map(|t| t.split_whitespace().map(key).collect::<Vec<_>>()).collect();
            let n = words.iter().take_while(|(_, w)| w.len() >= 2 && signed.contains(w)).count();
            if n >= 2 && n < words.len() {
                n
            } else {
                0
            }
        }
    };
    if lead == 0 {
        return;
    }
    let all: Vec<&str> = text.split_whitespace().collect();
    let cut = words[lead].0;
    let rest = all[cut..].join(" ");
    let name = all[..cut].iter().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
    if let Some(f) = h.issuer_name.as_mut() {
        f.value = Value::Text(rest);
        f.conf = f.conf.min(UNCERTAIN_AT - 4);
    }
    if owner_name.is_none() {
        if h.owners.is_empty() {
            h.owners.push(OwnerRead::default());
        }
        h.owners[0].name = Some(FieldVal::read(Value::Text(name), text, UNCERTAIN_AT - 4));
    }
}

fn date_field(s: &str) -> Option<FieldVal> {
    let d = us_date(&s.replace(' ', ""))?;
    Some(FieldVal::read(Value::Date(d), s, CLEAN))
}

/// The owner box at the top of the form (name, street lines, city/state/zip, relationship boxes).
fn top_box_owner(header: &[Line]) -> OwnerRead {
    let mut o = OwnerRead::default();
    for (i, line) in header.iter().enumerate() {
        for (col, cell) in line.cells.iter().enumerate() {
            let label = if o.name.is_none() && crate::has_any(cell, &["of R", "af R", "of r", "OF R"]) { NAME_LABEL.find(cell) } else { None };
            if let Some(label) = label {
                let rest = cell[label.end()..].to_string();
                // The rest of a cell may also hold the next box's label; cut there.
                static NEXT_BOX: LazyLock<Regex> = LazyLock::new(|| re(r"(?:^|\s)2\s?[.,]?\s+[I1l\[]?[a-z]{3,6}\s+Name"));
                let rest = rest.split("2. ").next().unwrap_or("");
                let rest = NEXT_BOX.find(rest).map_or(rest, |m| &rest[..m.start()]).to_string();
                let name = if trim_text(&rest).is_empty() { cell_below(header, i, col, 3).map(|(_, c)| c.to_string()).unwrap_or_default() } else { rest };
                // A label OCR garbled says the print is poor: its name is not clean either.
                let legible_label = crate::has_any(cell, &["ddress of Reporting Person", "DDRESS OF REPORTING PERSON"]);
                o.name = match asterisk_read_as_letter(&name) {
                    Some(rest) => text_field(rest, MENDED),
                    None => text_field(&name, if legible_label { CLEAN } else { MENDED }),
                };
                // Street lines: the cells below the name until `(Street)`.
                let mut street_lines: Vec<String> = Vec::new();
                let mut k = i + 1;
                let after_label = LAST_FIRST.split(cell).nth(1).map(str::to_string);
                if let Some(a) = after_label.filter(|a| !trim_text(a).is_empty()) {
                    street_lines.push(a);
                }
                let mut street_label_read = false;
                while let Some(l) = header.get(k) {
                    let Some(c) = l.cells.get(col) else { break };
                    if STREET_LABEL.is_match(c) {
                        street_label_read = true;
                        let city_line = STREET_LABEL.split(c).nth(1).unwrap_or("").to_string();
                        let city_line = CITY_LABEL.split(&city_line).next().unwrap_or("").to_string();
                        let city_line = if trim_text(&city_line).is_empty() { header.get(k + 1).and_then(|l| l.cells.get(col)).cloned().unwrap_or_default() } else { city_line };
                        if let Some((city, state, zip, conf)) = any_city_state_zip(&city_line) {
                            o.set_city_state_zip(city, state, zip, &city_line, conf);
                        }
                        break;
                    }
                    if !c.is_empty() && o.name.as_ref().is_none_or(|n| n.read != *c) && !only_labels(c) {
                        let body = LAST_FIRST.replace(c, "");
                        if !trim_text(&body).is_empty() {
                            street_lines.push(body.to_string());
                        }
                    }
                    k += 1;
                    // The box holds name, label, two street lines and its own label; the
                    // neighbouring boxes' lines and specks may spread it over many rows.
                    if k > i + ADDRESS_BOX_ROWS || below_header_boxes(l) {
                        break;
                    }
                }
                if o.city.is_none() {
                    if let Some((streets, (city, state, zip, conf), read)) = address_block(header, i, col, o.name.as_ref().map(|n| n.read.as_str())) {
                        // Without the `(Street)` label the block's cut is the reader's: flagged.
                        o.set_city_state_zip(city, state, zip, &read, conf.min(MENDED));
                        street_lines = streets;
                    }
                }
                // The lines above the `(Street)` label are the street lines even when the
                // city line under it is past reading (`REDMOND WASHINGTON SelEZ- 6399`).
                if !street_lines.is_empty() && (o.city.is_some() || street_label_read) {
                    // Printed lines are the street lines; one line may hold both.
                    // (Untrimmed: `street_field` keeps a comma that ends a street line.)
                    let (s1, s2) = if street_lines.len() == 2 { (street_lines[0].clone(), Some(street_lines[1].clone())) } else { split_street(&street_lines.join(" ")) };
                    // Only lines printed apart say where street 1 ends.
                    let conf = if street_lines.len() == 2 && o.city.is_some() { CLEAN } else { MENDED };
                    o.street1 = street_field(&s1, conf);
                    o.street2 = s2.and_then(|s| street_field(&s, conf));
                }
            }
        }
    }
    // Relationship boxes: a check mark right before the box's label.
    let text: String = header.iter().map(Line::text).collect::<Vec<_>>().join(" ");
    if let Some(start) = text.find("Relationship").or_else(|| text.find("relationship")) {
        let tail = &text[start..];
        let tail = &tail[..tail.floor_char_boundary(400)];
        let mut boxes = [false; 4];
        for c in CHECKED.captures_iter(tail) {
            // The mark stands alone, or right after the previous box's label
            // (`_X_DirectorX_10% Owner`); an `x` ending a word is not a mark.
            let start = c.get(0).expect("match").start();
            let before = &tail[..start];
            let alone = !before.ends_with(|ch: char| ch.is_alphabetic()) || ["Director", "Owner", "Officer", "Other", "below)", "below"].iter().any(|l| before.ends_with(l));
            if !alone {
                continue;
            }
            boxes[relationship_box(&c[1])] = true;
        }
        let mut lone = lone_marks(header, &mut boxes);
        // The title is printed under `(give title below)`: read in one place only. A title
        // with neither box's mark read is an officer's (officer titles outnumber other
        // texts 10,232 to 452 in the bulk corpus): that box is inferred, flagged.
        let title = title_below_boxes(header);
        if title.is_some() && !boxes[2] && !boxes[3] {
            boxes[2] = true;
            lone[2] = true;
        }
        // Every officer names a title (105 of 105 in the XML corpus): a mark read before
        // `Officer` with no title anywhere, the director's box left unmarked, is the
        // director's mark slid down a line (`Director 10% Owner` / `X Officer (give
        // title …`), flagged. So is one the director's box took as a mark alone on its
        // line (`Director X 10% Owner` / `X` / `Officer …`): the one mark read twice.
        if title.is_none() && boxes[2] && !lone[2] && (!boxes[0] || lone[0]) && !boxes[3] {
            (boxes[0], boxes[2]) = (true, false);
            (lone[0], lone[2]) = (true, true);
        }
        if let Some(title) = title {
            if boxes[2] && !boxes[3] {
                o.officer_title = text_field(&officer_acronym(&title), MENDED);
            } else if boxes[3] && !boxes[2] {
                o.other_text = text_field(&title, MENDED);
            }
        }
        // A box whose label was not read either (`eae Oe give ite`) barely says its mark
        // was not there: no confirmation of the Reporting Owners table's empty cell.
        let lower = tail.to_ascii_lowercase();
        let labels = [&["irector", "rector", "direct"][..], &["10%", "10 %", "owner"], &["ficer", "offic"], &["other", "ther (", "pecif"]].map(|words| words.iter().any(|w| lower.contains(w)));
        let mark = |k: usize| {
            let (b, inferred) = (boxes[k], lone[k]);
            let conf = if b && !inferred {
                CLEAN
            } else if b || labels[k] {
                MENDED
            } else {
                UNSURE
            };
            Some(FieldVal::read(Value::Text(if b { "1" } else { "0" }.into()), if b { "X" } else { "" }, conf))
        };
        o.director = mark(0);
        o.ten_percent = mark(1);
        o.officer = mark(2);
        o.other = mark(3);
    }
    o
}

/// An officer title that is three capitals one glyph from exactly one of the officers'
/// acronyms (`SEO` for `CEO`), as that acronym; any other title as read. The acronyms
/// are those the bulk corpus's titles of capitals alone use (CEO 97, EVP 72, CFO 44,
/// SEVP 11, COO 9, CIO 5, CAO 3, CLO 2, CTO 1, SVP 1) and their like. (One acronym
/// misread as another, `CFO` for `CEO`, cannot be told.)
fn officer_acronym(title: &str) -> String {
    let t = title.trim();
    if t.len() != 3 || !t.chars().all(|c| c.is_ascii_uppercase()) || OFFICER_ACRONYMS.contains(&t) {
        return title.to_string();
    }
    let near: Vec<&str> = OFFICER_ACRONYMS.iter().copied().filter(|a| crate::field::one_glyph_apart(a, t)).collect();
    match near.as_slice() {
        [one] => (*one).to_string(),
        _ => title.to_string(),
    }
}

/// The acronyms officers' titles are most often given as.
const OFFICER_ACRONYMS: [&str; 16] = ["CEO", "CFO", "COO", "CTO", "CAO", "CLO", "CIO", "CMO", "CCO", "CPO", "CRO", "CSO", "EVP", "SVP", "SEVP", "GC"];

/// The text printed after `(give title below) … (specify below)` in the relationship
/// box, when it has the shape of a title (capitalised words: `CEO`, `EVP, Chief
/// Marketing Officer`, `Co-CEO CIB`), not of OCR debris.
fn title_below_boxes(header: &[Line]) -> Option<String> {
    let (at, col) = header.iter().enumerate().find_map(|(i, l)| l.cells.iter().position(|c| c.contains("Relationship") || c.contains("relationship")).map(|c| (i, c)))?;
    let mut text = String::new();
    // The heading, the box labels (one a line where OCR splits them), `below)` and the
    // title's lines: up to fourteen; the next box's label (`6. Individual`) ends it.
    for l in header.iter().skip(at).take(14) {
        let Some(c) = l.cells.get(col) else { continue };
        let end = ["6.", "6,", "Individual", "ndividual"].iter().filter_map(|m| c.find(m)).min().unwrap_or(c.len());
        // (The label's number misread before it, `le Individual`, `Ile. Individual`, is
        // no word of the title: two glyphs, or four with the number's point, not an
        // acronym's capitals.)
        let head = &c[..end];
        let number_misread = end < c.len() && !c[end..].starts_with('6');
        let number_like = |w: &str| {
            let n = w.chars().count();
            n <= 2 || (n <= 4 && w.ends_with(['.', ',']) && !w.trim_end_matches(['.', ',']).chars().all(|c| c.is_ascii_uppercase()))
        };
        let head = match head.trim_end().rsplit_once(' ') {
            Some((before, number)) if number_misread && number_like(number) => before,
            None if number_misread && number_like(head.trim()) => "",
            _ => head,
        };
        text.push_str(head);
        text.push(' ');
        if end < c.len() {
            break;
        }
    }
    let after = text.rfind("below)").map(|k| &text[k + "below)".len()..])?;
    // Specks read as short lower-case words before the title (`below) eb) GC.`): a
    // title starts with a capital.
    let mut after = after.trim_start();
    while let Some((first, rest)) = after.split_once(' ') {
        let letters: String = first.chars().filter(char::is_ascii_alphanumeric).collect();
        if letters.len() > 3 || letters.bytes().any(|b| !b.is_ascii_lowercase()) || rest.trim().is_empty() {
            break;
        }
        after = rest.trim_start();
    }
    let mut title = trim_text(after);
    // A period after an acronym (`CEO.`) is a speck; one inside (`V.P.`) is the filer's.
    let last = title.rsplit(' ').next().unwrap_or("");
    if last.strip_suffix('.').is_some_and(|acronym| acronym.len() >= 2 && acronym.chars().all(|c| c.is_ascii_uppercase())) {
        title.pop();
    }
    const SMALL: [&str; 7] = ["of", "and", "the", "for", "&", "-", "to"];
    // (A title has letters: a box's number read below the labels, `4`, is none.)
    let shaped = title.chars().any(char::is_alphabetic)
        && title.len() <= 60
        && title.split([' ', ',']).filter(|w| !w.is_empty()).all(|w| SMALL.contains(&w) || w.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()));
    shaped.then_some(title)
}

/// How many rows below the name the address box may reach.
const ADDRESS_BOX_ROWS: usize = 20;

/// A line of Table I's title or header: the header boxes end above it.
fn below_header_boxes(l: &Line) -> bool {
    let t = l.text();
    crate::has_any(t, &["Table I", "Non-Deriv", "Title of Sec"])
}

/// The address in the name's column when the `(Street)` label or the city line after
/// it is illegible: the lines down to Table I, the city line being the last (with up to
/// two lines before it, for a ZIP split around the city) that reads as city, state and
/// ZIP; the street lines are those between the `(Last) (First) (Middle)` label, or the
/// name, and it. Labels and specks are skipped: an address is printed in capitals and
/// digits, OCR's reading of a small garbled label is mostly lower case.
fn address_block(header: &[Line], name_row: usize, col: usize, name_read: Option<&str>) -> Option<(Vec<String>, CityStateZip, String)> {
    let mut lines: Vec<String> = Vec::new();
    for l in header.iter().skip(name_row + 1).take(ADDRESS_BOX_ROWS) {
        if below_header_boxes(l) {
            break;
        }
        // The city line may have slid into another column, its `(Street)` label before it.
        let slid = l.cells.iter().enumerate().find(|(k, c)| *k != col && STREET_LABEL.is_match(c)).and_then(|(_, c)| STREET_LABEL.split(c).nth(1));
        if let Some(after) = slid.map(|a| CITY_LABEL.split(a).next().unwrap_or("").trim()).filter(|a| printed_address_line(a)) {
            lines.push(after.to_string());
            continue;
        }
        let Some(c) = l.cells.get(col) else { continue };
        if LAST_FIRST.is_match(c) {
            // The label row: street lines start below it.
            lines.clear();
            let after = LAST_FIRST.split(c).nth(1).unwrap_or("");
            if printed_address_line(after) {
                lines.push(after.trim().to_string());
            }
            continue;
        }
        if name_read == Some(c.as_str()) || only_labels(c) || !printed_address_line(c) {
            continue;
        }
        // Untrimmed: a ZIP's hyphen at a line's end (`98052-`) joins it to the next.
        // Words before the capitals that are lower case or in parentheses are a garbled
        // label (`saree` for `(Street)`, `(Fin (Mickie)` for `(First) (Middle)`).
        let label_word = |w: &str| !w.chars().any(|ch| ch.is_uppercase() || ch.is_ascii_digit()) || (w.contains(['(', ')']) && w.chars().any(char::is_lowercase));
        let mut rest = c.trim();
        while let Some((word, tail)) = rest.split_once(' ') {
            if !label_word(word) {
                break;
            }
            rest = tail.trim_start();
        }
        lines.push(rest.to_string());
    }
    for end in (0..lines.len()).rev() {
        if lines[end].eq_ignore_ascii_case("UNITED STATES") {
            continue;
        }
        for start in (end.saturating_sub(2)..=end).rev() {
            let read = lines[start..=end].join(" ");
            if let Some(found) = any_city_state_zip(&read) {
                return Some((lines[..start].to_vec(), found, read));
            }
        }
    }
    None
}

/// A line that may be part of a printed address: digits, or letters mostly capitals.
fn printed_address_line(c: &str) -> bool {
    let (mut upper, mut lower, mut digits) = (0, 0, 0);
    for ch in c.chars() {
        if ch.is_uppercase() {
            upper += 1;
        } else if ch.is_lowercase() {
            lower += 1;
        } else if ch.is_ascii_digit() {
            digits += 1;
        }
    }
    (digits > 0 && upper >= lower) || (upper >= 2 && upper >= 2 * lower)
}

/// A cell holding only parenthesised labels, however garbled (`(Las rst) (Midate)`,
/// `(Last) (Firs) (Middley .`): no line of an address. A label that lost its closing
/// parenthesis before an address printed after it (`(ea | REDMOND WASHINGTON 98052-
/// 6399`) closes at its word's end.
fn only_labels(c: &str) -> bool {
    if let Some(open) = c.rfind('(').filter(|&k| !c[k..].contains(')')) {
        let rest = c[open..].split_once(' ').map_or("", |(_, r)| r);
        if printed_address_line(rest) && rest.split_whitespace().filter(|w| w.chars().any(|ch| ch.is_ascii_uppercase() || ch.is_ascii_digit())).count() >= 2 {
            return false;
        }
    }
    let mut depth = 0usize;
    let mut groups = 0;
    for ch in c.chars() {
        match ch {
            '(' => {
                depth += 1;
                groups += 1;
            }
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 && ch.is_alphanumeric() => return false,
            _ => {}
        }
    }
    groups > 0
}

/// The relationship box a label names: 0 Director, 1 10% Owner, 2 Officer, 3 Other.
fn relationship_box(label: &str) -> usize {
    let label = label.to_ascii_lowercase();
    if label.starts_with("director") || label.ends_with("or") {
        0
    } else if label.starts_with("10") {
        1
    } else if label.starts_with("officer") {
        2
    } else {
        3
    }
}

/// A check mark the table finder put on a line of its own (`X`, `__X__`) in the
/// relationship box: it was printed on the line of labels above it, before the first
/// label there that has no mark of its own. Sets that box in `boxes` (Director, 10%
/// Owner, Officer, Other) and returns which boxes were set so.
fn lone_marks(header: &[Line], boxes: &mut [bool; 4]) -> [bool; 4] {
    static LONE: LazyLock<Regex> = LazyLock::new(|| re(r"^[_\s]*(?:X|x|Xx|XX|Х|х)[_\s]*$"));
    static LABEL: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)Director|10\s*%\s*Owner|Officer|Other"));
    let mut inferred = [false; 4];
    let Some((row, col)) = header.iter().enumerate().find_map(|(i, l)| l.cells.iter().position(|c| c.contains("Relationship")).map(|c| (i, c))) else { return inferred };
    let column: Vec<&str> = header[row + 1..].iter().take(8).map(|l| l.cells.get(col).map_or("", |c| c.trim())).collect();
    for (k, cell) in column.iter().enumerate() {
        if !LONE.is_match(cell) {
            continue;
        }
        let Some(above) = column[..k].iter().rev().find(|c| !c.is_empty()) else { continue };
        for m in LABEL.find_iter(above) {
            let index = relationship_box(m.as_str());
            let marked = CHECKED.captures_iter(above).any(|c| c.get(1).is_some_and(|l| l.start() == m.start()));
            if !marked {
                if !boxes[index] {
                    boxes[index] = true;
                    inferred[index] = true;
                }
                break;
            }
        }
    }
    inferred
}

/// An officer title or other relationship text read as `conf` allows when it has a
/// title's words; one with none of them is flagged, and one with a word one glyph
/// from a title word is mended to it, flagged.
/// The title after the last speck of a cell (see [`title_field`]), if what follows is
/// shaped as one. A speck: a token without letters or digits (but `&`, `-`, `/`), a
/// lower-case word of three letters at most that no title uses, or one with a closing
/// parenthesis and no opening one.
fn title_after_specks(cell: &str) -> Option<&str> {
    const SHORT_WORDS: [&str; 10] = ["to", "in", "at", "on", "by", "as", "or", "an", "a", "de"];
    let speck = |w: &str| {
        if !w.chars().any(char::is_alphanumeric) {
            return !["&", "-", "/", "+", ","].contains(&w);
        }
        let lower_word = w.len() <= 3 && w.bytes().all(|b| b.is_ascii_lowercase());
        (lower_word && !known_title_word(w) && !SHORT_WORDS.contains(&w)) || (w.contains(')') && !w.contains('('))
    };
    let mut at = 0;
    let mut after = None;
    for w in cell.split(' ') {
        if speck(w) {
            after = Some(at + w.len());
        }
        at += w.len() + 1;
    }
    let rest = cell.get(after?..)?.trim();
    let words: Vec<&str> = rest.split(' ').collect();
    let shaped = words.len() >= 2
        && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()) || known_title_word(w) || ["&", "-", "/"].contains(w))
        && words.iter().any(|w| OFFICER_TITLE_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().as_str()));
    shaped.then_some(rest)
}

fn title_field(cell: &str, conf: u8) -> Option<FieldVal> {
    // Specks before it (`7 . Senior Vice President`): no title starts with a word
    // without letters. Specks after it read as a lower-case word no title uses
    // (`Senior Vice President ieee`) end no title either.
    let start = cell.split(' ').take_while(|w| !w.chars().any(char::is_alphabetic)).map(|w| w.len() + 1).sum::<usize>();
    let cell = cell.get(start..).filter(|rest| !rest.trim().is_empty()).unwrap_or(cell);
    // Nor with a word of one or two letters in lower case (`al f See`): none of the bulk
    // corpus's 10,232 titles does (`co-Chief` is one word); they are specks, and what
    // follows them is in doubt.
    let speck_led = |w: &str| {
        let letters = w.trim_matches(|c: char| c.is_ascii_punctuation());
        !letters.is_empty() && letters.len() <= 2 && letters.bytes().all(|b| b.is_ascii_lowercase())
    };
    let specks = cell.split(' ').take_while(|w| speck_led(w)).map(|w| w.len() + 1).sum::<usize>();
    let (cell, conf) = match cell.get(specks..).filter(|rest| specks > 0 && !rest.trim().is_empty()) {
        Some(rest) => (rest, conf.min(MENDED - 5)),
        None => (cell, conf),
    };
    // `See` alone is the start of `See Remarks` (423 of the corpus's titles), never a
    // title by itself.
    let conf = if cell.trim().trim_end_matches(|c: char| c.is_ascii_punctuation()).eq_ignore_ascii_case("see") { conf.min(MENDED - 5) } else { conf };
    let trailing_speck = |w: &str| !w.chars().any(char::is_alphanumeric) || (w.chars().all(|c| c.is_ascii_lowercase()) && !OFFICER_TITLE_WORDS.contains(&w) && !TITLE_JOINING_WORDS.contains(&w));
    let mut end = cell.trim_end().len();
    while let Some((head, last)) = cell[..end].trim_end().rsplit_once(' ') {
        if !trailing_speck(last) {
            break;
        }
        end = head.trim_end().len();
    }
    let (mut cell, mut conf) = if end < cell.trim_end().len() { (&cell[..end], conf.min(MENDED - 5)) } else { (cell, conf) };
    // Specks read inside the cell before the title (`ReGr) SONA : : ee Public Affairs
    // Officer`): after the last speck, two words or more, capitalised or joining, one a
    // title's word, are the title. (None of the bulk corpus's 10,684 titles is cut so.)
    if let Some(title) = title_after_specks(cell) {
        cell = title;
        conf = conf.min(MENDED - 5);
    }
    // A title that is an officer's acronym in lower or mixed case (`coo`, `Gc`) is that
    // acronym read from small capitals: none of the bulk corpus's 10,232 titles is an
    // acronym so, 161 are `CEO`, `CFO` or `COO` alone.
    let upper = cell.trim().to_ascii_uppercase();
    if cell.trim().bytes().all(|b| b.is_ascii_alphabetic()) && cell.trim() != upper && OFFICER_ACRONYMS.contains(&upper.as_str()) {
        let mut f = text_field(&upper, conf.min(DERIVED))?;
        f.read = cell.to_string();
        return Some(f);
    }
    // A period after a title word spelt out or a C-suite acronym (`President and CEO.`)
    // is a speck: of the bulk corpus's 10,232 titles, 174 end with a period, every one
    // after an abbreviation (`Sec.`, `V.P.`, `Off.`) or a sentence (`See remarks.`).
    let before_period = cell;
    if let Some(stem) = cell.trim_end().strip_suffix('.') {
        let last = stem.rsplit(' ').next().unwrap_or(stem);
        let acronym = last.len() == 3 && last.starts_with('C') && last.ends_with('O') && last.chars().all(|c| c.is_ascii_uppercase());
        let spelt_out = last.len() >= 6 && last.chars().all(char::is_alphabetic) && known_title_word(last);
        if (acronym || spelt_out) && !stem.to_lowercase().starts_with("see ") {
            cell = stem;
            conf = conf.min(DERIVED);
        }
    }
    // An unknown word in capitals after words spelt out in lower case (`Public Affairs
    // Officer PNT`) may be specks read as letters as well as an acronym (`President,
    // AWS`): kept, flagged. (After acronyms, `Co-CEO CIB`, it is one more.)
    let words: Vec<&str> = cell.split_whitespace().collect();
    if let [before @ .., last] = words.as_slice() {
        let caps = (2..=4).contains(&last.chars().count()) && last.chars().all(|c| c.is_ascii_uppercase());
        let spelt_out = |w: &&str| w.chars().count() >= 4 && w.chars().skip(1).all(|c| c.is_lowercase() || !c.is_alphabetic());
        if caps && before.iter().any(spelt_out) && !known_title_word(last) {
            conf = conf.min(MENDED - 5);
        }
        // A last word of one or two glyphs, or three with a digit, that is no title word
        // (`… Officer F P 7`, `… CEO eS`, `… Officer 70S`) is specks as often as a unit's
        // name (`BU`, `V`: 1% of the bulk corpus's titles end so): kept, flagged.
        let core: String = last.chars().filter(|c| c.is_alphanumeric() || *c == '&').collect();
        let n = core.chars().count();
        if !core.is_empty() && !before.is_empty() && !known_title_word(&core) && (n <= 2 || (n == 3 && core.chars().any(|c| c.is_ascii_digit()))) {
            conf = conf.min(MENDED - 5);
        }
    }
    let mut f = match mend_title_words(cell) {
        Some(mended) => text_field(&mended, conf.min(MENDED - 5))?,
        None => text_field(cell, if has_title_word(cell) && !near_title_word(cell) { conf } else { conf.min(MENDED - 5) })?,
    };
    f.read = before_period.to_string();
    Some(f)
}

/// Whether a word of three letters or more of `text`, not in capitals, is no title word
/// but one glyph from one (`Ofice`: `office`, `officer`), which [`mend_title_words`]
/// could not settle. (Acronyms are one glyph from each other: `CIB` from `CIO`.)
fn near_title_word(text: &str) -> bool {
    title_words(text).filter(|w| w.len() >= 3 && !w.chars().all(|c| c.is_uppercase())).any(|w| {
        let lower = w.to_lowercase();
        !OFFICER_TITLE_WORDS.contains(&lower.as_str()) && OFFICER_TITLE_WORDS.iter().any(|t| t.len() >= 3 && crate::field::one_glyph_apart(t, &lower))
    })
}

/// A relationship box's cell in the Reporting Owners table read as `conf` allows: a
/// check mark or a title is the box checked, an empty cell the box not checked. One or
/// two glyphs that are neither (`x)`, `'`) are a mark with debris or a speck, so the
/// box is only guessed: checked when an x-like glyph is among them, flagged either way.
/// The glyphs a relationship box's check mark is read as (Latin and Cyrillic x, the
/// multiplication sign).
const CHECK_GLYPHS: [char; 5] = ['x', 'X', 'Х', 'х', '×'];

fn box_cell(c: &str, conf: u8) -> FieldVal {
    let (checked, conf) = if is_mark(c) || c.len() > 2 {
        (true, conf)
    } else if c.is_empty() {
        (false, conf)
    } else {
        (c.contains(CHECK_GLYPHS), conf.min(MENDED - 5))
    };
    FieldVal::read(Value::Text(if checked { "1" } else { "0" }.into()), c.to_string(), conf)
}

/// Words officer titles and other relationship texts are made of: the 150 commonest in
/// the bulk corpus's 10,684 of them, less the connecting ones and one company's name (a
/// word of these is in 99.8% of its officer titles and 97.8% of its other texts). A
/// cell's text with none of them is more likely OCR debris (`Ieee eer`) than a title, so
/// it is not taken as read cleanly.
fn has_title_word(text: &str) -> bool {
    title_words(text).any(|w| OFFICER_TITLE_WORDS.iter().any(|t| t.eq_ignore_ascii_case(w)))
}

/// The words of a relationship text as [`OFFICER_TITLE_WORDS`] counts them (`R&D` one).
fn title_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '&').filter(|w| !w.is_empty())
}

/// A title's words that are one glyph from exactly one of [`OFFICER_TITLE_WORDS`] of
/// five letters or more (`Presicent`, `Caair`), or, in lower case, from one of the
/// words joining them (`anc`), and are none of them, as that word in the case read;
/// `None` when no word was mended. A real word can be one glyph from a listed one
/// (`Directors`), so the caller flags a mended title. (Acronyms are not mended: `CAO`,
/// `CEO`, `CFO` and `COO` are each one glyph from the others.)
fn mend_title_words(text: &str) -> Option<String> {
    let mut mended = false;
    let words: Vec<String> = text
        .split(' ')
        .map(|w| {
            let core = w.trim_end_matches([',', '.', ';']);
            let letters = core.chars().count();
            if letters < 3 || !core.chars().all(char::is_alphabetic) || known_title_word(core) {
                return w.to_string();
            }
            let lower = core.to_lowercase();
            let candidates: &[&str] = if letters >= 5 {
                OFFICER_TITLE_WORDS
            } else if core == lower && letters == 3 {
                TITLE_JOINING_WORDS
            } else {
                &[]
            };
            let mut near = candidates.iter().filter(|t| t.len() >= 5.min(letters) && crate::field::one_glyph_apart(t, &lower));
            let (Some(word), None) = (near.next(), near.next()) else { return w.to_string() };
            mended = true;
            let fixed: String = if core.chars().all(char::is_uppercase) {
                word.to_uppercase()
            } else if core.starts_with(char::is_uppercase) {
                word[..1].to_uppercase() + &word[1..]
            } else {
                (*word).to_string()
            };
            format!("{fixed}{}", &w[core.len()..])
        })
        .collect();
    mended.then(|| words.join(" "))
}

/// The words joining an officer title's words (`Vice Chair and President`).
const TITLE_JOINING_WORDS: &[&str] = &["and", "the", "for", "of"];

/// Whether a word is one of [`OFFICER_TITLE_WORDS`] or [`TITLE_JOINING_WORDS`], in any case.
fn known_title_word(w: &str) -> bool {
    OFFICER_TITLE_WORDS.iter().chain(TITLE_JOINING_WORDS).any(|t| t.eq_ignore_ascii_case(w))
}

/// See [`has_title_word`].
#[rustfmt::skip]
const OFFICER_TITLE_WORDS: &[&str] = &[
    "chief", "officer", "president", "evp", "ceo", "executive", "financial", "vice", "svp", "see", "cfo", "chairman", "remarks", "co", "counsel",
    "vp", "general", "accounting", "founder", "technology", "operating", "senior", "sr", "legal", "coo", "secretary", "controller", "corp",
    "director", "cao", "global", "exec", "chair", "pres", "commercial", "human", "resources", "people", "head", "strategy", "operations", "sec",
    "product", "risk", "group", "banking", "off", "gc", "treasurer", "corporate", "sevp", "board", "gm", "development", "information", "business",
    "gen", "hr", "affairs", "clo", "former", "investment", "revenue", "marketing", "finance", "bank", "interim", "credit", "division", "ops", "dev",
    "principal", "sales", "medical", "ofcr", "cio", "growth", "tech", "deputization", "services", "member", "cco", "admin", "wealth", "consumer",
    "management", "research", "cto", "digital", "ofc", "md", "administrative", "secy", "worldwide", "lending", "products", "cro", "cmo", "compliance",
    "americas", "owner", "grp", "managing", "enterprise", "dir", "chf", "subsidiary", "mgmt", "adviser", "advisor", "innovation", "asset", "comm", "cust",
    "mktg", "supply", "transformation", "cso", "intl", "stores", "chro", "aircraft", "oem", "mortgage", "chain", "acct", "acting", "mkts", "acctg",
    "engineering", "international", "r&d", "customer", "invest", "regulatory", "treas", "srvp", "genetic", "cell",
];

fn is_mark(s: &str) -> bool {
    let t = s.trim().trim_matches(|c: char| c == '_' || c == '|' || c == ' ');
    // One or two X's in either case (`xX`: the box's mark read twice), a 1, or an X
    // with a speck after it.
    let x = t.strip_suffix('.').unwrap_or(t);
    (1..=2).contains(&x.len()) && x.bytes().all(|b| b == b'x' || b == b'X') || t == "1"
}

/// Whether a text starts with the heading of the Reporting Owners table.
fn reporting_owners_heading(text: &str) -> bool {
    text.get(..16).is_some_and(|p| p.eq_ignore_ascii_case("reporting owners"))
}

/// The Reporting Owners table's label row when only its "Owner Name / Address" label
/// was read: the line and the column of that label.
fn owner_name_column(lines: &[Line]) -> Option<(usize, usize)> {
    let title = lines.iter().position(|l| reporting_owners_heading(l.text().trim_start_matches(['|', ' '])))?;
    lines.iter().enumerate().skip(title).take(4).find_map(|(i, l)| {
        let cells: Vec<String> = l.cells.iter().map(|c| c.to_ascii_lowercase()).collect();
        let name = cells.iter().position(|c| c.contains("name") && c.contains("address") && c.len() <= 30)?;
        // A relationship label read elsewhere in the row says the columns are not in
        // their printed order next to the name (spacer columns between them).
        let other_label = cells.iter().enumerate().any(|(k, c)| k != name && crate::has_any(c, &["director", "owner", "officer", "other"]));
        (l.table.is_some() && !other_label).then_some((i, name))
    })
}

/// The "Reporting Owners" table after Table II: one block per owner, its first line
/// holding the name and the relationship marks, the next ones the address.
fn table_owners(lines: &[Line]) -> Vec<OwnerRead> {
    // The header row has a short cell per box (the top box runs the labels together).
    // (Specks may lead a label, `Faas = Director`: a cell ending with it is its cell.)
    let short = |l: &Line, word: &str| {
        l.cells.iter().any(|c| {
            let ends = || {
                let t = c.trim_end_matches([' ', '|', ']', '\\']).as_bytes();
                t.len() >= word.len() && t[t.len() - word.len()..].eq_ignore_ascii_case(word.as_bytes())
            };
            c.len() >= word.len() && ((c.len() <= word.len() + 6 && crate::text::lower_contains(c, word)) || (c.len() <= word.len() + 10 && ends()))
        })
    };
    // (One label may be garbled: `fticer]` beside `Director]` and `10% Owner]`.)
    let labelled = lines.iter().position(|l| l.table.is_some() && short(l, "director") && (short(l, "officer") || short(l, "10% owner")));
    let (hi, dir, ten, officer, other, conf) = match labelled {
        Some(hi) => {
            let find = |pred: &dyn Fn(&str) -> bool| lines[hi].cells.iter().position(|c| pred(&c.to_lowercase()));
            let (Some(dir), Some(ten)) = (find(&|c| c.contains("director")), find(&|c| c.contains("10%") || c.contains("10 %"))) else {
                return Vec::new();
            };
            let officer = find(&|c| c.contains("officer")).unwrap_or(ten + 1);
            (hi, dir, ten, officer, find(&|c| c.contains("other")).unwrap_or(officer + 1), CLEAN)
        }
        // No relationship label legible: the form prints Director, 10% Owner, Officer and
        // Other in that order right of "Owner Name / Address"; placed by that, flagged.
        None => {
            let Some((hi, name)) = owner_name_column(lines) else { return Vec::new() };
            (hi, name + 1, name + 2, name + 3, name + 4, MENDED)
        }
    };
    let header = &lines[hi];
    let mut owners: Vec<(OwnerRead, Vec<String>)> = Vec::new();
    // The table of many joint filers may break: a row the grid finder missed printed as
    // plain text (`Royan Ajay x` over its address lines), then the rest as a grid of its
    // own with the same columns. Nothing else stands between the table and the
    // signatures.
    let mut part = header.table;
    // Whether the last owner was read from plain text: only its address goes on in it.
    let mut last_from_text = false;
    for line in &lines[hi + 1..] {
        if SIGNATURE_LABEL.is_match(line.text()) || line.text().get(..9).is_some_and(|p| p.eq_ignore_ascii_case("signature")) {
            break;
        }
        if line.table != part {
            match line.table {
                Some(_) if !owners.is_empty() && line.grid && line.cells.len() == header.cells.len() => {
                    part = line.table;
                    last_from_text = false;
                }
                None if !owners.is_empty() || labelled.is_some() => {
                    let t = line.text().trim();
                    let words: Vec<&str> = t.split_whitespace().collect();
                    // A name, then the box's mark (which box is not seen: none is set). A
                    // name may hold a number (`CapitalG 2015 LP xX`), not a ZIP code.
                    let name_then_mark = words.len() >= 3
                        && words.last().is_some_and(|w| is_mark(w))
                        && words[0].chars().all(char::is_alphabetic)
                        && words[1..words.len() - 1].iter().all(|w| w.chars().all(char::is_alphanumeric) && !zip_code(w));
                    // The first owner printed as text right under the labels, the grid
                    // found only for the owners after it (`MITHRIL II LP` over its
                    // address lines): a name line is words without a digit.
                    let first_name = owners.is_empty() && words.len() >= 2 && !t.bytes().any(|b| b.is_ascii_digit());
                    if name_then_mark || first_name {
                        let name = if name_then_mark { words[..words.len() - 1].join(" ") } else { t.to_string() };
                        owners.push((OwnerRead::default(), vec![name]));
                        last_from_text = true;
                        continue;
                    }
                    // (An address line with the boxes' marks and texts read after it,
                    // `AUSTIN xX See Remarks`: the address ends at the mark.)
                    let address = words.iter().position(|w| is_mark(w)).filter(|&k| k >= 1).map_or(t.to_string(), |k| words[..k].join(" "));
                    match owners.last_mut() {
                        Some((_, block)) if last_from_text => block.push(address),
                        _ => break,
                    }
                    continue;
                }
                _ => break,
            }
        }
        let name_text = collapse_spaces(&line.cells[..dir.min(line.cells.len())].iter().filter(|c| !c.is_empty()).cloned().collect::<Vec<_>>().join(" "));
        let get = |i: usize| line.cells.get(i).map(String::as_str).unwrap_or("");
        let marks = [get(dir), get(ten)];
        let officer_cell = get(officer);
        let other_cell = get(other);
        // (A mark with a speck glued on, `Xe`, is a mark too: a box holds nothing else.)
        let marked = |c: &str| is_mark(c) || (c.chars().count() <= 3 && c.starts_with(CHECK_GLYPHS) && c.chars().skip(1).all(|g| g.is_lowercase() || g.is_ascii_punctuation()));
        let starts = marks.iter().any(|m| marked(m)) || !officer_cell.is_empty() || !other_cell.is_empty();
        if starts && !name_text.is_empty() {
            let mut o = OwnerRead::default();
            let flag = |c: &str| Some(box_cell(c, conf));
            o.director = flag(marks[0]);
            o.ten_percent = flag(marks[1]);
            o.officer = flag(officer_cell);
            o.other = flag(other_cell);
            // Placed by position only, a title gives way to the top box's where that one
            // was read (`CEO.` here, `CEO` there).
            let title_conf = if labelled.is_some() { CLEAN } else { MENDED - 5 };
            // (One glyph, `I`, or two in lower case, `ee`, are a speck or a rule, no
            // title; `GC`, `Gc` is one.)
            let worded = |c: &str| {
                let letters: Vec<char> = c.chars().filter(|g| g.is_alphabetic()).collect();
                letters.len() >= 3 || (letters.len() == 2 && letters[0].is_uppercase())
            };
            if worded(officer_cell) && !is_mark(officer_cell) {
                o.officer_title = title_field(officer_cell, title_conf);
            }
            if worded(other_cell) && !is_mark(other_cell) {
                o.other_text = title_field(other_cell, title_conf);
            }
            owners.push((o, vec![name_text]));
        } else if owners.is_empty() && labelled.is_some() && name_text.split(' ').count() >= 2 && line.table == header.table {
            // The first row under the labels with no box read marked: an owner all the
            // same (its mark lost on a scan), its boxes left unread, not read empty.
            owners.push((OwnerRead::default(), vec![name_text]));
        } else if !name_text.is_empty() {
            // A row with no box read marked that holds a whole address, name and all
            // (`CapitalG 2014 GP LLC 1600 AMPHITHEATRE PARKWAY … 94043 UNITED STATES`),
            // after an owner whose address is whole: an owner of its own, its boxes
            // unread.
            let ends_with_zip = |t: &str| {
                let t = t.trim_end().trim_end_matches("UNITED STATES").trim_end();
                let last = t.rsplit(' ').next().unwrap_or("");
                zip_code(last) && t.split(' ').count() >= 4
            };
            match owners.last_mut() {
                Some((_, block)) if ends_with_zip(&name_text) && block.iter().any(|l| ends_with_zip(l)) => {
                    owners.push((OwnerRead::default(), vec![name_text]));
                    last_from_text = false;
                }
                Some((_, block)) => block.push(name_text),
                None => {}
            }
        }
    }
    owners.into_iter().map(|(o, block)| owner_from_block(o, &block)).collect()
}

/// An owner's lines in the Reporting Owners table: first the name (possibly with the
/// address run on), then street lines, then city, state and ZIP.
fn owner_from_block(mut o: OwnerRead, block: &[String]) -> OwnerRead {
    if block.len() >= 3 {
        o.name = text_field(&block[0], CLEAN);
        let rest = &block[1..];
        // Find where the city starts: the last lines that together read as city/state/zip.
        let mut split = None;
        for k in (0..rest.len()).rev() {
            let tail = rest[k..].iter().filter(|l| !l.eq_ignore_ascii_case("UNITED STATES")).cloned().collect::<Vec<_>>().join(" ");
            if city_state_zip(&tail).is_some() {
                split = Some((k, tail));
                break;
            }
        }
        if let Some((k, tail)) = split {
            if let Some((city, state, zip, conf)) = city_state_zip(&tail) {
                o.set_city_state_zip(city, state, zip, &tail, conf);
            }
            let streets = &rest[..k];
            if let Some(s1) = streets.first() {
                o.street1 = street_field(s1, CLEAN);
            }
            if streets.len() >= 2 {
                o.street2 = street_field(&streets[1..].join(" "), CLEAN);
            }
        }
    } else if let Some(first) = block.first() {
        o.name = text_field(first, MENDED);
    }
    o
}

/// The Reporting Owners table given as plain text, without its cell grid: after the
/// heading and the label lines, each owner's first line holds the name and then the
/// relationship marks and title (`Musk Elon x x CEO.`), the next lines the address. Which
/// box a mark is in is not told without the grid, so only name and address are taken;
/// a name line with the address run on (digits in it) is left to the top box.
fn plain_owners(lines: &[Line]) -> Vec<OwnerRead> {
    let Some(heading) = lines.iter().position(|l| l.table.is_none() && reporting_owners_heading(l.text())) else { return Vec::new() };
    let label = |t: &str| {
        let l = t.to_lowercase();
        crate::has_any(&l, &["name /", "name/", "owner name", "relationship", "director", "10% owner"]) || l.trim() == "reporting" || l.trim() == "reporting owners"
    };
    // Words that open an officer's title (`Willems Cletus R Chief Global Affairs Officer`).
    const TITLE_OPENERS: &[&str] = &[
        "chief",
        "president",
        "ceo",
        "cfo",
        "coo",
        "cto",
        "evp",
        "svp",
        "vp",
        "executive",
        "senior",
        "vice",
        "general",
        "officer",
        "secretary",
        "treasurer",
        "chairman",
        "director",
        "founder",
        "controller",
        "principal",
        "head",
    ];
    // Per owner: its lines, whether a mark followed the name, and the title after it.
    let mut blocks: Vec<(Vec<String>, bool, Option<String>)> = Vec::new();
    for line in &lines[heading + 1..] {
        let t = line.text().trim();
        if line.table.is_some() || SIGNATURE_LABEL.is_match(t) || crate::has_any(t, &["ignature", "IGNATURE", "xplanation", "emarks"]) {
            break;
        }
        if blocks.is_empty() && label(t) {
            continue;
        }
        let words: Vec<&str> = t.split_whitespace().collect();
        // A name line: words, then the marks (and a title) after them.
        let first_mark = words.iter().position(|w| is_mark(w));
        let starts_owner = blocks.is_empty() || first_mark.is_some_and(|k| k >= 2);
        if starts_owner {
            let title = words.iter().skip(2).position(|w| TITLE_OPENERS.contains(&w.to_lowercase().trim_end_matches([',', '.']))).map(|k| k + 2);
            let end = first_mark.into_iter().chain(title).min().unwrap_or(words.len());
            let name = words[..end].join(" ");
            if name.bytes().any(|b| b.is_ascii_digit()) || words.len() > 8 {
                return Vec::new();
            }
            // Words after the name and the marks are the officer's title, in the officer
            // column (flagged: the column is not seen).
            let after: Vec<&str> = words[end..].iter().copied().filter(|w| !is_mark(w)).collect();
            let title = (!after.is_empty() && after.iter().all(|w| w.chars().any(char::is_alphabetic))).then(|| after.join(" "));
            // Without a mark after it, where the name ends is a guess.
            blocks.push((vec![name], first_mark.is_some(), title));
        } else if let Some((block, _, _)) = blocks.last_mut() {
            block.push(t.to_string());
        }
    }
    blocks
        .iter()
        .filter(|(b, _, _)| b.len() >= 3)
        .map(|(b, marked, title)| {
            let mut o = owner_from_block(OwnerRead::default(), b);
            if !marked {
                if let Some(n) = o.name.as_mut() {
                    n.conf = n.conf.min(MENDED);
                }
            }
            if let Some(title) = title {
                o.officer_title = text_field(title, MENDED - 5);
                o.officer = Some(FieldVal::read(Value::Text("1".into()), title.clone(), MENDED - 5));
            }
            o
        })
        .collect()
}

/// An owner's name and address printed on one line where the first owner's address is
/// no guide (`MERRILL LYNCH, PIERCE, FENNER & SMITH INC. ONE BRYANT PARK NEW YORK NEW
/// YORK 10036`): the name ends where the street's number or care-of starts (a number
/// before an entity's suffix is the name's, `CapitalG 2014 GP LLC`), the street at its
/// last street word or unit, and the city, one to three words, runs to the state. All
/// flagged; the line is left whole where any part does not come out so.
fn name_and_address_apart(mut t: OwnerRead, line: &str) -> OwnerRead {
    // (Besides the kinds of street, the words a street on one line also ends at, as
    // this parting was measured with: `ONE BRYANT PARK`, `1585 BROADWAY`.)
    const ENDS_ONE_LINE: [&str; 6] = ["ALLEY", "BROADWAY", "CENTER", "PARK", "PIKE", "TURNPIKE"];
    let address = line.trim().trim_end_matches("UNITED STATES").trim();
    let Some((before_state, state, zip, _)) = city_state_zip(address) else { return t };
    let words: Vec<&str> = before_state.split(' ').filter(|w| !w.is_empty()).collect();
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_uppercase();
    let street_start = (1..words.len().saturating_sub(1)).find(|&k| {
        let next = bare(words[k + 1]);
        bare(words[k]) == "C/O"
            || (street_number(words[k])
                && next.chars().all(|c| c.is_ascii_alphabetic())
                && !next.is_empty()
                && !crate::vocab::is_company_suffix(words[k + 1])
                && !["GP", "LP", "FUND"].contains(&next.as_str()))
    });
    let Some(k) = street_start else { return t };
    // (The street's last word: a street word, or a unit's number.)
    let street_end = (k + 1..words.len()).rev().find(|&j| {
        let w = bare(words[j]);
        // (A unit's number is a number or a letter, `SUITE 500`, `BUILDING D`; a floor's
        // comes before it, `5TH FLOOR`.)
        let numbered = |w: &str| w.bytes().any(|b| b.is_ascii_digit()) || w.len() <= 2;
        street_kind(&w)
            || ENDS_ONE_LINE.contains(&w.as_str())
            || (j > k + 1 && UNIT_WORDS.contains(&bare(words[j - 1]).as_str()) && numbered(&w))
            || (j > k + 1 && matches!(w.as_str(), "FLOOR" | "FL") && bare(words[j - 1]).bytes().any(|b| b.is_ascii_digit()))
    });
    let Some(j) = street_end else { return t };
    let city = &words[j + 1..];
    if city.is_empty() || city.len() > 3 || !city.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || c == '.')) {
        return t;
    }
    // (A speck glued before the care-of, `(C/O`, is no part of the street.)
    let (s1, s2) = split_street(words[k..=j].join(" ").trim_start_matches(|c: char| !c.is_alphanumeric()));
    t.name = Some(FieldVal::read(Value::Text(words[..k].join(" ")), line.to_string(), MENDED));
    t.street1 = street_field(&s1, MENDED);
    t.street2 = s2.and_then(|s| street_field(&s, MENDED));
    t.set_city_state_zip(city.join(" "), state, zip, line, MENDED);
    t
}

/// A Reporting Owners table that printed name and address on one line: the top box
/// says where the name ends, and where the city starts.
fn address_from_name_line(mut t: OwnerRead, top: &OwnerRead) -> OwnerRead {
    if t.city.is_some() {
        return t;
    }
    let Some(line) = t.name.as_ref().and_then(|n| n.value.text()).map(str::to_string) else { return t };
    // (The name's own bytes are compared: lowercasing can change a glyph's length.)
    let top_name = top.name.as_ref().and_then(|n| n.value.text()).filter(|name| line.len() > name.len() + 3 && line.get(..name.len()).is_some_and(|p| p.to_lowercase() == name.to_lowercase()));
    // The top box's name may be illegible where its street is not: the name is then
    // what comes before that street on the line (two words at least).
    let before_street = || {
        let street = top.street1.as_ref().and_then(|f| f.value.text()).filter(|s| s.len() >= 6)?;
        let at = line.find(street)?;
        let name = line[..at].trim_end();
        (name.split(' ').count() >= 2 && name.chars().any(char::is_alphabetic)).then_some(name)
    };
    let Some(name) = top_name.or_else(before_street).map(str::to_string) else { return name_and_address_apart(t, &line) };
    let name = name.as_str();
    let address = line[name.len()..].trim().trim_end_matches("UNITED STATES").trim().to_string();
    let Some((before_state, state, zip, _)) = city_state_zip(&address) else { return t };
    // The city is the end of the text before the state; the top box read it too, or,
    // its city line past reading, the street lines before it.
    let top_city = top.city.as_ref().and_then(|c| c.value.text()).unwrap_or("");
    let top_streets: Vec<&str> = [&top.street1, &top.street2].iter().filter_map(|f| f.as_ref().and_then(|f| f.value.text())).collect();
    let joined_streets = collapse_spaces(&top_streets.join(" "));
    let before_city = collapse_spaces(&before_state);
    let (city, city_conf) = if !top_city.is_empty() && before_state.ends_with(top_city) {
        (top_city.to_string(), CLEAN)
    } else if let Some(rest) = (top_city.is_empty() && !top_streets.is_empty())
        .then(|| {
            // (The streets as the top box read them, or its last street alone where a
            // line before it is specks: `eee es` / `#500 1177 WEST HASTINGS STREET`.)
            let last = top_streets.last().map(|s| collapse_spaces(s)).unwrap_or_default();
            before_city.strip_prefix(joined_streets.as_str()).or_else(|| before_city.strip_prefix(last.as_str()).filter(|_| top_streets.len() > 1)).map(|r| r.trim().to_string())
        })
        .flatten()
    {
        let words = rest.split(' ').count();
        if rest.is_empty() || words > 3 || !rest.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '.') {
            return t;
        }
        (rest, MENDED)
    } else {
        // No city the top box read, nor streets it read as the line has them (specks
        // before the care-of, `© ‘C/O`): the line parted by its shape.
        return name_and_address_apart(t, &line);
    };
    let streets = before_city[..before_city.len() - city.len()].trim().trim_end_matches(',').to_string();
    let printed_apart = top_streets.len() == 2 && top.street1.as_ref().is_some_and(|f| f.conf >= CLEAN);
    let (s1, s2, conf) = if !top_streets.is_empty() && collapse_spaces(&top_streets.join(" ")) == collapse_spaces(&streets) {
        (top_streets[0].to_string(), top_streets.get(1).map(|s| s.to_string()), if printed_apart { CLEAN } else { MENDED })
    } else {
        let (a, b) = split_street(&streets);
        (a, b, MENDED)
    };
    // (Cut where the top box's own name or street starts: the boundary is read twice.)
    t.name = Some(FieldVal::read(Value::Text(name.to_string()), line.clone(), CLEAN));
    t.street1 = street_field(&s1, conf);
    t.street2 = s2.and_then(|s| street_field(&s, conf));
    t.set_city_state_zip(city, state, zip, &address, city_conf);
    t
}

/// Reconciles the owner read in the top box with the one in the Reporting Owners table.
/// Of two readings of a title, the surer; the first (the table's) when equally sure.
/// Of two readings that differ, one whose words are all title words is taken over one
/// with a word that is none (`Chief Executive Officer` in the top box, `Chief Executive
/// OFS` in the table), and it is left in doubt unless the other is the same but for a
/// glyph or a space (`CEO & Chairma an`).
fn surer(first: Option<FieldVal>, second: Option<FieldVal>) -> Option<FieldVal> {
    match (first, second) {
        (Some(a), Some(b)) if a.value != b.value => {
            let all_known = |f: &FieldVal| f.value.text().is_some_and(|t| title_words(t).filter(|w| w.chars().any(char::is_alphabetic)).all(known_title_word));
            let squeezed = |f: &FieldVal| crate::text::letters_and_digits(f.value.text().unwrap_or(""));
            let near = crate::field::one_glyph_apart(&squeezed(&a), &squeezed(&b));
            let (mut taken, settled) = match (all_known(&a), all_known(&b)) {
                (false, true) => (b, near),
                (true, false) => (a, near),
                _ if b.conf > a.conf => (b, false),
                _ => (a, false),
            };
            if !settled {
                taken.conf = taken.conf.min(UNCERTAIN_AT - 4);
            }
            Some(taken)
        }
        (Some(a), Some(b)) if b.conf > a.conf => Some(b),
        (a, b) => a.or(b),
    }
}

/// The name after the label's asterisk where OCR read the asterisk as a letter
/// (`Reporting Person S Herrington Douglas J`, `… é LEVINSON ARTHUR D`): a letter
/// alone, no point after it, before a word of two letters or more. EDGAR's names
/// are last name first, and a last name of one letter printed without its point
/// is all but unknown (1 of the bulk corpus's 8,378 owners, `D Agostino`): the name
/// is kept without it, flagged.
fn asterisk_read_as_letter(name: &str) -> Option<&str> {
    let name = name.trim_start();
    let (first, rest) = name.split_once(' ')?;
    let rest = rest.trim_start();
    let mut glyphs = first.chars();
    let lone_letter = glyphs.next().is_some_and(char::is_alphabetic) && glyphs.next().is_none();
    let word_after = rest.split(' ').next().is_some_and(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2);
    (lone_letter && word_after).then_some(rest)
}

/// Whether `long` is `short` with specks read before or after it: words of two glyphs
/// at most, of three small letters at most, or of no letter or digit (`B Hoffman
/// Reid`, `fe Hoffman Reid ie`, `Mithril II GP LP a`). A capital alone after it is a
/// middle initial (`Smith John A`), no speck.
fn specks_round(long: &str, short: &str) -> bool {
    let long: Vec<&str> = long.split_whitespace().collect();
    let short: Vec<&str> = short.split_whitespace().collect();
    if short.is_empty() || long.len() <= short.len() {
        return false;
    }
    let speck = |w: &str| {
        let n = w.chars().count();
        n <= 2 || (n <= 3 && w.chars().all(|c| c.is_ascii_lowercase())) || !w.chars().any(char::is_alphanumeric)
    };
    let initial = |w: &str| w.trim_end_matches('.').len() == 1 && w.starts_with(|c: char| c.is_ascii_uppercase());
    (0..=long.len() - short.len()).any(|at| long[at..at + short.len()] == short[..] && long[..at].iter().all(|w| speck(w)) && long[at + short.len()..].iter().all(|w| speck(w) && !initial(w)))
}

fn reconcile(mut top: OwnerRead, table: Option<OwnerRead>) -> OwnerRead {
    let Some(mut t) = table.map(|t| address_from_name_line(t, &top)) else {
        // Read in one place only: the street lines are not confirmed.
        for f in [top.street1.as_mut(), top.street2.as_mut()].into_iter().flatten() {
            f.conf = f.conf.min(MENDED);
        }
        (top.street1, top.street2) = street_lines(top.street1, top.street2);
        return top;
    };
    // A name line that runs on into the address: the top box tells where the name ends.
    if let (Some(tn), Some(name)) = (&top.name, &t.name) {
        if let (Value::Text(a), Value::Text(b)) = (&tn.value, &name.value) {
            if b.len() > a.len() + 3 && b.to_lowercase().starts_with(&a.to_lowercase()) {
                t.name = Some(FieldVal::read(Value::Text(a.clone()), b.clone(), CLEAN));
            }
        }
    }
    let pick = |a: Option<FieldVal>, b: Option<FieldVal>| -> Option<FieldVal> {
        match (a, b) {
            // Two readings agree: confirmed, unless both only guessed where a line ends,
            // or one barely read at all.
            (Some(mut x), Some(y)) if x.value == y.value => {
                x.conf = if x.conf <= UNSURE || y.conf <= UNSURE {
                    x.conf.max(y.conf)
                } else if x.conf <= MENDED && y.conf <= MENDED {
                    MENDED
                } else {
                    CONFIRMED
                };
                Some(x)
            }
            (Some(x), Some(y)) => {
                // Two readings disagree: keep the cleaner one, flagged unless it is clearly better.
                // (Equally sure: the one with fewer glyphs an address or name never
                // holds, `1601 WILLOW ROAD` over `1601 WILLOW:-ROAD`.)
                let odd = |f: &FieldVal| f.value.text().map_or(0, |t| t.chars().filter(|c| !c.is_alphanumeric() && !" ,.#/-&'()".contains(*c)).count());
                // (One the other with specks read round it, `B Hoffman Reid`, `Rabois
                // Keith a`: the other, whatever their confidence.)
                let specked = |f: &FieldVal, g: &FieldVal| matches!((f.value.text(), g.value.text()), (Some(a), Some(b)) if specks_round(a, b));
                let (mut keep, other) = if specked(&x, &y) {
                    (y, x)
                } else if specked(&y, &x) {
                    (x, y)
                } else if y.conf > x.conf || y.conf == x.conf && odd(&y) < odd(&x) {
                    (y, x)
                } else {
                    (x, y)
                };
                keep.alts.push((other.value, other.read, other.conf));
                keep.conf = keep.conf.min(60);
                Some(keep)
            }
            (x, None) => x,
            (None, y) => y,
        }
    };
    // Address lines read in one place only are not confirmed.
    let single = |f: Option<FieldVal>| {
        f.map(|mut f| {
            f.conf = f.conf.min(MENDED);
            f
        })
    };
    let (top_street1, top_street2) = (single(top.street1), single(top.street2));
    let (t_street1, t_street2) = (single(t.street1), single(t.street2));
    let (street1, street2) = street_lines(pick(t_street1, top_street1), pick(t_street2, top_street2));
    OwnerRead {
        name: pick(t.name, top.name),
        street1,
        street2,
        city: pick(t.city, top.city),
        state: pick(t.state, top.state),
        zip: pick(t.zip, top.zip),
        director: pick(t.director, top.director),
        ten_percent: pick(t.ten_percent, top.ten_percent),
        officer: pick(t.officer, top.officer),
        other: pick(t.other, top.other),
        officer_title: surer(t.officer_title, top.officer_title),
        other_text: surer(t.other_text, top.other_text),
    }
}

/// The two street lines as read, mended where OCR merged or misplaced them.
fn street_lines(street1: Option<FieldVal>, street2: Option<FieldVal>) -> (Option<FieldVal>, Option<FieldVal>) {
    let (street1, street2) = speck_above_street(street1, street2);
    let (street1, street2) = care_of_lines_read_as_one(street1, street2);
    let (street1, street2) = unit_line_read_with_street(street1, street2);
    street_read_twice(street1, street2)
}

/// The second street line the same as the first: one line read twice (the top box's
/// line read again among its neighbours' specks), no second line. No owner of the bulk
/// corpus's 20,519 has two street lines alike.
fn street_read_twice(street1: Option<FieldVal>, street2: Option<FieldVal>) -> (Option<FieldVal>, Option<FieldVal>) {
    let same = matches!((&street1, &street2), (Some(a), Some(b)) if a.value.text().is_some_and(|t| !t.is_empty()) && a.value == b.value);
    if same {
        (street1, None)
    } else {
        (street1, street2)
    }
}

/// The street and the line below it read as one, no second line read (`ONE LETTERMAN
/// DRIVE BUILDING D, 5TH FLOOR`): the second line starts at a suite, floor or building
/// after the street's kind, flagged. Only without a comma between them: of the bulk
/// corpus's addresses so written in one line or two, 244 of 283 without the comma are
/// two lines, 236 of 257 with it one (`700 LOCUST STREET, 4TH FLOOR`).
fn unit_line_read_with_street(street1: Option<FieldVal>, street2: Option<FieldVal>) -> (Option<FieldVal>, Option<FieldVal>) {
    static STREET_THEN_UNIT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(\S.*?\b(?:STREET|ST\.?|AVENUE|AVE\.?|DRIVE|DR\.?|ROAD|RD\.?|BOULEVARD|BLVD\.?|PARKWAY|PKWY\.?|WAY|LANE|LN\.?|PLACE|PL\.?|PLAZA|CIRCLE|COURT|CT\.?|HIGHWAY|HWY\.?|SQUARE|CENTER|TERRACE)) ((?:SUITE|STE\.?|FLOOR|FL\.?|BUILDING|BLDG\.?|UNIT|APT\.?|ROOM|RM\.?|#|\d+(?:ST|ND|RD|TH) FLOOR)\b.*)$",
        )
    });
    if street2.as_ref().is_some_and(|f| f.value.text().is_some_and(|t| !t.is_empty())) {
        return (street1, street2);
    }
    let Some(s1) = street1.as_ref().and_then(|f| f.value.text()) else { return (street1, street2) };
    if s1.starts_with("C/O") {
        return (street1, street2);
    }
    let Some(c) = STREET_THEN_UNIT.captures(s1) else { return (street1, street2) };
    let conf = street1.as_ref().map_or(MENDED, |f| f.conf).min(UNCERTAIN_AT - 4);
    let field = |text: &str| Some(FieldVal::read(Value::Text(text.to_string()), s1.to_string(), conf));
    (field(&c[1]), field(&c[2]))
}

/// A speck read as the first street line (`a`, `o`: one or two glyphs, no digit, not
/// two capitals) above the street: the street is the first line, flagged.
fn speck_above_street(street1: Option<FieldVal>, street2: Option<FieldVal>) -> (Option<FieldVal>, Option<FieldVal>) {
    // (Capitals may be a company's initials on the care-of line: `HP`.)
    let speck =
        street1.as_ref().and_then(|f| f.value.text()).is_some_and(|t| t.chars().count() <= 2 && !t.chars().any(|c| c.is_ascii_digit()) && !(t.len() == 2 && t.chars().all(|c| c.is_ascii_uppercase())));
    match street2 {
        Some(mut s2) if speck && s2.value.text().is_some() => {
            s2.conf = s2.conf.min(MENDED);
            (Some(s2), None)
        }
        street2 => (street1, street2),
    }
}

/// The two street lines read as one, a word of the second left alone below (`C/O YELP
/// INC. 706 MISSION 7TH FLOOR` / `ST.`): the care-of line ends before the street
/// number, and the stray word, a street's kind (`ST.`, `STREET`, `AVE`…), goes back after
/// the street's name (`706 MISSION ST., 7TH FLOOR`, with a comma when more follows),
/// flagged. Only with such a stray word: a filer may write a whole address after `C/O`
/// on the first line and nothing on the second.
fn care_of_lines_read_as_one(street1: Option<FieldVal>, street2: Option<FieldVal>) -> (Option<FieldVal>, Option<FieldVal>) {
    let (Some(s1), Some(s2)) = (street1.as_ref().and_then(|f| f.value.text()), street2.as_ref().and_then(|f| f.value.text())) else { return (street1, street2) };
    // (Alone on its line, `SQ.` too.)
    let stray_word = s2.trim_end_matches([',', '.']).to_ascii_uppercase();
    let stray = street_kind(&stray_word) || stray_word == "SQ";
    let words: Vec<&str> = s1.split(' ').collect();
    let number_at = words.iter().enumerate().skip(2).find(|(_, w)| w.chars().all(|c| c.is_ascii_digit())).map(|(k, _)| k);
    let (true, true, Some(k)) = (stray, s1.to_ascii_uppercase().starts_with("C/O "), number_at) else { return (street1, street2) };
    if k + 2 > words.len() {
        return (street1, street2);
    }
    let care_of = words[..k].join(" ");
    // A street's kind before more of the address takes a comma in 704 of 866 such lines
    // of the bulk corpus (`17TH STREET, FLOOR 15`).
    let kind = if k + 2 < words.len() && !s2.ends_with(',') { format!("{s2},") } else { s2.to_string() };
    let mut street: Vec<&str> = words[k..].to_vec();
    street.insert(2, &kind);
    let conf = street1.as_ref().map_or(MENDED, |f| f.conf).min(UNCERTAIN_AT - 4);
    let field = |text: String, read: &str| Some(FieldVal::read(Value::Text(text), read.to_string(), conf));
    (field(care_of, s1), field(street.join(" "), &format!("{s1} / {s2}")))
}

/// The first cell under the Reporting Owners table's "Name / Address" label, flagged.
fn name_under_owner_label(lines: &[Line]) -> Option<FieldVal> {
    let at = lines.iter().position(|l| {
        l.table.is_some()
            && l.cells.first().is_some_and(|c| {
                let c = c.to_lowercase();
                c.contains("name") && c.contains("address") && c.contains("owner")
            })
    })?;
    let line = lines.get(at + 1).filter(|l| l.table == lines[at].table)?;
    let cell = line.cells.first()?;
    text_field(cell, MENDED).filter(|f| f.conf > UNSURE)
}

fn read_owners(lines: &[Line], header: &[Line]) -> Vec<OwnerRead> {
    let mut top = top_box_owner(header);
    let mut table = table_owners(lines);
    if table.is_empty() {
        table = plain_owners(lines);
    }
    if table.is_empty() && top.name.as_ref().is_none_or(|n| n.conf <= UNSURE) {
        // The top box's name was a speck and the Reporting Owners table has no
        // relationship labels legible: its first line under "Name / Address" is the name.
        if let Some(name) = name_under_owner_label(lines) {
            top.name = Some(name);
        }
    }
    if table.len() <= 1 {
        return vec![reconcile(top, table.pop())];
    }
    // Several owners: the top box shows only the first. Joint filers often share an
    // address: a later owner's name and address printed on one line are parted where
    // the first owner's street starts, when it is there.
    let rest = table.split_off(1);
    let first = reconcile(top, table.pop());
    let mut owners: Vec<OwnerRead> = rest.into_iter().map(|t| address_from_name_line(t, &first)).collect();
    owners.insert(0, first);
    owners
}

fn read_signatures(lines: &[Line], table1: usize) -> Vec<(FieldVal, FieldVal)> {
    let mut found = signatures_above(lines, 0, |text| if crate::has_any(text, &["ig", "IG"]) { SIGNATURE_LABEL.find(text) } else { None });
    if !found.is_empty() {
        // The first owner's signature right under the heading, its label past reading
        // (`Jane Doe 11/23/2002,` / `ue of iepoeg Pato Dae`), the others' labels read.
        if let [(name, date)] = signatures_under_heading(lines, table1).as_slice() {
            if !found.iter().any(|(n, _)| name.read.contains(&n.read) || n.read.contains(&name.read)) {
                found.insert(0, (name.clone(), date.clone()));
            }
        }
        return found;
    }
    // "Signature" itself garbled (`Зея of Reporting Pers`): only below the header boxes,
    // where no other label says "… of Reporting Person".
    static GARBLED_LABEL: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\*{0,2}\s*\S{2,12}\s+of\s+re[a-z]{4,8}\s+pers"));
    if table1 == 0 {
        return found;
    }
    let found = signatures_above(lines, table1, |text| {
        if !crate::has_any(text, &["of Re", "of re", "OF RE", "of Ra", "of Rc"]) {
            return None;
        }
        GARBLED_LABEL.find_iter(text).find(|m| {
            let word = m.as_str().trim_start_matches(['*', ' ']).split_whitespace().next().unwrap_or("").to_lowercase();
            !["address", "relationship", "name", "and"].contains(&word.as_str())
        })
    });
    if !found.is_empty() {
        return found;
    }
    signatures_under_heading(lines, table1)
}

/// The label under the signature past reading (`2 Sgeaaeel Reng Pee`): the line with a
/// date right under the section's heading `Signatures`, flagged.
fn signatures_under_heading(lines: &[Line], from: usize) -> Vec<(FieldVal, FieldVal)> {
    let heading = |t: &str| t.eq_ignore_ascii_case("signatures") || t.eq_ignore_ascii_case("signature");
    let Some(at) = lines.iter().skip(from).position(|l| heading(l.text().trim())).map(|k| k + from) else {
        return Vec::new();
    };
    let Some(line) = lines.get(at + 1).map(Line::text).filter(|t| ANY_DATE.is_match(t) && !EXPLANATION.is_match(t)) else { return Vec::new() };
    let Some(m) = ANY_DATE.find(line) else { return Vec::new() };
    let date = date_field(m.as_str()).unwrap_or_else(FieldVal::missing);
    let name = trim_text(&format!("{} {}", &line[..m.start()], &line[m.end()..]));
    let name = SLASH_S.replace(&name, "/s/").to_string();
    if !name.chars().any(char::is_alphabetic) || reads_as_values(&name) {
        return Vec::new();
    }
    let (name, _) = signature_name(&name);
    vec![(FieldVal::read(Value::Text(name), line.to_string(), UNCERTAIN_AT - 4), date)]
}

/// A signature name with the misreadings its stock words suffer mended
/// (`Attomey- in-lact` → `Attorney-in-fact`, `/s!` → `/s/`) and a trailing fragment of
/// the form's label cut (`… Numoto * Sign`). Also whether it reads plainly: names,
/// initials and lower-case joining words only, nothing mended. A name read once with
/// anything else in it is flagged: half of them were wrong on `ocr-dev`.
fn signature_name(name: &str) -> (String, bool) {
    static ATTORNEY_IN_FACT: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)(?-u:\b)([a])tt?o[rm][a-z]{0,4}[\s\-:='.*]{0,6}(?:[a-z]{1,2}[\s\-:='.*]{1,3})?(in)[\s\-]{1,3}([fl])(act)(?-u:\b)"));
    static SLASH_S_END: LazyLock<Regex> = LazyLock::new(|| re(r"^/[s5S][!|1l]\s"));
    static LABEL_TAIL: LazyLock<Regex> = LazyLock::new(|| re(r"\s\*\s?\S{0,9}$|\s+Reminder:?$"));
    let mut fixed = SLASH_S_END.replace(name, "/s/ ").to_string();
    // `/s/Valentina`: the space after the mark is printed.
    if fixed.starts_with("/s/") && fixed[3..].starts_with(|c: char| c.is_alphabetic()) {
        fixed.insert(3, ' ');
    }
    fixed = ATTORNEY_IN_FACT
        .replace_all(&fixed, |c: &regex::Captures| {
            let f = if &c[3] == "l" { "f" } else { &c[3] };
            format!("{}ttorney-{}-{}{}", &c[1], &c[2], f, &c[4])
        })
        .to_string();
    fixed = LABEL_TAIL.replace(&fixed, "").trim().to_string();
    // A speck standing alone between words (`Attorney-in-fact : for`).
    // `Veronique Bourdeau, Authorized Signatory For: Cletus R Willems By`: the formula
    // `By: … For: …` with its first word read last.
    if fixed.contains("For:") && !fixed.starts_with("By") {
        if let Some(rest) = fixed.strip_suffix(" By:").or_else(|| fixed.strip_suffix(" By")) {
            fixed = format!("By: {rest}");
        }
    }
    // A word glued to capitals after it (`underPOA`): the space lost.
    if fixed.split(' ').any(|w| glued_capitals(w).is_some()) {
        fixed = fixed.split(' ').map(|w| glued_capitals(w).map_or_else(|| w.to_string(), |k| format!("{} {}", &w[..k], &w[k..]))).collect::<Vec<_>>().join(" ");
    }
    let speck = |w: &str| !w.is_empty() && w.chars().all(|c| ":;=*~|_".contains(c));
    if fixed.split(' ').any(speck) {
        fixed = fixed.split(' ').filter(|w| !speck(w)).collect::<Vec<_>>().join(" ");
    }
    // `rn` read as `m` in the words signatures use (`Attomey`): mended, and not plain.
    const SIGNATURE_WORDS: [&str; 4] = ["attorney", "attorney-in-fact", "authorized", "signatory"];
    fixed = fixed
        .split(' ')
        .map(|w| {
            let spelled = w.replace('m', "rn");
            if w.contains('m') && SIGNATURE_WORDS.contains(&spelled.to_lowercase().trim_end_matches([',', '.']).to_string().as_str()) {
                spelled
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    // A middle initial's point read as a comma (`Joseph B, Wollard`): between a name and
    // a surname (not a company's suffix, `Fund B, L.P.`), a capital alone with a comma
    // is an initial.
    if fixed.as_bytes().windows(4).any(|w| w[0] == b' ' && w[1].is_ascii_uppercase() && w[2] == b',' && w[3] == b' ') {
        let words: Vec<&str> = fixed.split(' ').collect();
        let name_word = |w: &str| w.len() >= 2 && w.starts_with(|c: char| c.is_ascii_uppercase()) && w[1..].chars().all(|c| c.is_ascii_lowercase());
        let mended: Vec<String> = words
            .iter()
            .enumerate()
            .map(|(k, w)| {
                let initial = w.len() == 2 && w.ends_with(',') && w.starts_with(|c: char| c.is_ascii_uppercase());
                let between = k > 0
                    && name_word(words[k - 1])
                    && words.get(k + 1).is_some_and(|n| name_word(n.trim_end_matches(',')) && n.trim_end_matches(',').len() >= 3 && !crate::vocab::is_company_suffix(n));
                if initial && between {
                    format!("{}.", &w[..1])
                } else {
                    w.to_string()
                }
            })
            .collect();
        fixed = mended.join(" ");
    }
    // Specks after the last name (`… Elon R. Musk peli eee ee`, `… Hoffman a`): short
    // lower-case fragments that no signature ends with.
    let words: Vec<&str> = fixed.split(' ').collect();
    let keep = words.len() - words.iter().rev().take_while(|w| w.len() <= 4 && w.chars().all(|c| c.is_ascii_lowercase()) && !["fact", "poa"].contains(w)).count();
    if keep < words.len() && keep > 0 && words[keep - 1].starts_with(|c: char| c.is_ascii_uppercase()) {
        fixed = words[..keep].join(" ");
    }
    let plain = fixed == name
        && fixed.split(' ').all(|w| {
            let w = w.strip_suffix(',').unwrap_or(w);
            let initial = w.len() == 2 && w.ends_with('.') && w.starts_with(|c: char| c.is_ascii_uppercase());
            let capitalised = w.len() > 1 && w.starts_with(|c: char| c.is_ascii_uppercase()) && w[1..].chars().all(|c| c.is_ascii_lowercase() || c == '\'' || c == '-');
            let joining = !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '-');
            initial
                || capitalised
                || joining
                || w.eq_ignore_ascii_case("attorney-in-fact")
                || w.len() == 1 && w.starts_with(|c: char| c.is_ascii_uppercase())
                || ["/s/", "By:", "For:", "POA", "LLC", "Jr.", "Inc."].contains(&w)
        });
    (fixed, plain)
}

/// A date with a part lost or garbled (`10/03/202:`, `4/1 /2024`).
static BROKEN_DATE: LazyLock<Regex> = LazyLock::new(|| re(r"(?:^|\s)\d{1,2}\s?/\s?\d{1,2}\s?/\s?\d{0,4}\S?(?:\s|$)"));

/// Whether a line without a date still reads as a signature: `/s/`, or two to twelve
/// words of which two or more are capitalised names and none a number.
fn looks_signed(text: &str) -> bool {
    if SIGNED.is_match(text) {
        return true;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let names = words.iter().filter(|w| w.len() >= 2 && w.starts_with(|c: char| c.is_uppercase()) && w.chars().skip(1).all(|c| c.is_lowercase() || matches!(c, ',' | '.' | '-'))).count();
    (2..=12).contains(&words.len()) && names >= 2 && !words.iter().any(|w| w.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether a would-be signature line holds two amounts or prices (`201.785 … 15,487.344`):
/// a table row, not a signature.
fn reads_as_values(text: &str) -> bool {
    let amount = |w: &&str| {
        let w = w.trim_start_matches('$').trim_end_matches([',', ')']);
        w.starts_with(|c: char| c.is_ascii_digit()) && w.contains(['.', ',']) && w.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    };
    text.split_whitespace().filter(amount).count() >= 2
}

/// Where a word in lower case runs into capitals only (`underPOA` at 5), not a name's
/// own capital inside it (`DeHoff`, `McDonald`).
fn glued_capitals(w: &str) -> Option<usize> {
    let b = w.as_bytes();
    let k = (1..b.len()).find(|&k| b[k - 1].is_ascii_lowercase() && b[k].is_ascii_uppercase())?;
    let lower = b[..k].iter().all(u8::is_ascii_lowercase) && k >= 2;
    let capitals = b.len() - k >= 2 && b[k..].iter().all(|c| c.is_ascii_uppercase() || matches!(c, b'.' | b','));
    (lower && capitals).then_some(k)
}

/// Signature name and date read beside or above the first line from `from` on where
/// `label` finds the signature label.
/// Whether a line reads as a signer's name alone: two to six words, capitalised (or
/// initials, `Q.`), letters and the punctuation of names only.
fn name_line(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (2..=6).contains(&words.len()) && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(|c| c.is_alphabetic() || ".,'-".contains(c))) && !SIGNATURE_LABEL.is_match(t)
}

fn signatures_above<'t>(lines: &'t [Line], from: usize, label: impl Fn(&'t str) -> Option<regex::Match<'t>>) -> Vec<(FieldVal, FieldVal)> {
    let mut out = Vec::new();
    let mut last: Option<usize> = None;
    for (i, line) in lines.iter().enumerate().skip(from) {
        if last.is_some_and(|l| i > l + 4) {
            break;
        }
        let text = line.text();
        let Some(label) = label(text) else { continue };
        // Signature lines sit just above the label (or before it in the same paragraph).
        let mut candidates: Vec<String> = Vec::new();
        let before = text[..label.start()].trim();
        // Cut what a paragraph holds before the signature: the footnotes.
        let before = match EXPLANATION.find(before) {
            Some(_) => signature_start(before, false).map_or("", |k| &before[k..]).trim(),
            None => before,
        };
        let before = before.strip_suffix("Reminder: Report").unwrap_or(before).trim_end();
        // A speck before the label (`we —Signature of …`) is no signature: it is above.
        let words = before.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphanumeric()).count() >= 2).count();
        if ANY_DATE.is_match(before) || SIGNED.is_match(before) || words >= 2 {
            let mut b = before.to_string();
            // The date may be printed on a line of its own nearby.
            if !ANY_DATE.is_match(&b) {
                let near = lines[i.saturating_sub(2)..(i + 3).min(lines.len())].iter().flat_map(|l| l.cells.iter()).find(|c| ANY_DATE.find(c).is_some_and(|m| m.as_str().len() + 4 >= c.trim().len()));
                if let Some(d) = near {
                    b.push(' ');
                    b.push_str(d.trim());
                }
            }
            candidates.push(b);
        } else {
            let mut top = i;
            for (k, l) in lines[..i].iter().enumerate().rev().take(3) {
                let t = l.text();
                if ANY_DATE.is_match(t) {
                    candidates.insert(0, t.to_string());
                    top = k;
                } else {
                    break;
                }
            }
            // The name on a line of its own above its date, or above the label with the
            // date lost (`Jane Doe` / `sigaatwe of Reporting Person`).
            // (Only above a date alone on its line: a line with the signature and the date
            // is the signature.)
            let date_alone = candidates.first().is_none_or(|c| ANY_DATE.replace(c, "").trim().chars().all(|c| !c.is_alphanumeric()));
            if let Some(name) = top.checked_sub(1).filter(|&k| k >= from && date_alone).map(|k| lines[k].text().trim()).filter(|t| name_line(t)) {
                match candidates.first_mut() {
                    Some(first) => *first = format!("{name} {first}"),
                    None => candidates.push(name.to_string()),
                }
            }
            // A long signature wrapped: its last words on the line above the label, the
            // `/s/` and the date on the line before (`/s/ Ajay Royan, Managing Member, …
            // GP 09/20/2021` / `LP, the General Partner of …`). Read whole, flagged.
            if let ([.., signed, wrapped], true) = (&lines[from.max(i.saturating_sub(2))..i], candidates.is_empty()) {
                let (s, w) = (signed.text(), wrapped.text());
                // (Words only, four at least: specks between a signature and its label,
                // `is Suan) Ms`, are not its end.)
                let words = || w.split_whitespace();
                let wordlike = words().all(|x| x.trim_end_matches([',', '.']).chars().all(char::is_alphabetic));
                if SIGNED.is_match(s) && ANY_DATE.is_match(s) && wordlike && (4..=12).contains(&words().count()) && !w.to_lowercase().contains("ignature") {
                    candidates.push(format!("{s} {w}"));
                }
            }
        }
        for c in candidates {
            let c = match SIGNED.find(&c).map(|m| m.start() + usize::from(c[m.start()..].starts_with(char::is_whitespace))) {
                Some(p) if p > 0 && !c[..p].trim_end().ends_with("By:") => c[p..].to_string(),
                _ => c,
            };
            let (date, name_part, inside) = match ANY_DATE.find(&c) {
                Some(m) => (date_field(m.as_str()).unwrap_or_else(FieldVal::missing), format!("{} {}", &c[..m.start()], &c[m.end()..]), !c[m.end()..].trim().is_empty()),
                // The date lost: a signature still, if it reads as one (`/s/`, or a few
                // capitalised names), flagged, its date missing.
                None if looks_signed(&c) => (FieldVal::missing(), c.clone(), true),
                None => {
                    // The date broken past reading (`10/03/202:`): the same, without it.
                    let unbroken = BROKEN_DATE.replace_all(&c, " ");
                    if !matches!(unbroken, std::borrow::Cow::Owned(_)) || !looks_signed(&unbroken) {
                        continue;
                    }
                    // (The broken date is kept as read: `repair` may complete it.)
                    let broken = BROKEN_DATE.find(&c).map_or(String::new(), |m| m.as_str().trim().to_string());
                    (FieldVal { read: broken, ..FieldVal::missing() }, unbroken.into_owned(), true)
                }
            };
            // The label of the section (`Signatures`) can run into the line; `/5/` is `/s/`.
            let name_part = name_part.trim();
            let name_part = name_part.strip_prefix("Signatures").or_else(|| name_part.strip_prefix("Signature")).unwrap_or(name_part).trim();
            // `By: /s/ …`: the `By:` is a label on some printed forms (the seed's), but the
            // filer's own text on others (251 of the bulk corpus's 14,482 `/s/` signatures
            // begin with it, and the SEC's rendering prints no label): cut, in doubt.
            let by_cut = name_part.starts_with("By: /s/") || name_part.starts_with("By:/s/");
            let name = trim_text(if by_cut { name_part.trim_start_matches("By:").trim() } else { name_part });
            let name = SLASH_S.replace(&name, "/s/").to_string();
            if reads_as_values(&name) {
                continue;
            }
            let (name, plain) = signature_name(&name);
            let conf = if inside {
                UNSURE
            } else if plain && !by_cut {
                CLEAN
            } else {
                UNCERTAIN_AT - 4
            };
            out.push((FieldVal::read(Value::Text(name), c.clone(), conf), date));
        }
        if !out.is_empty() {
            // Each owner of a joint filing signs above a label of their own, one block
            // under the other (`John Q. Public ~ 11/22/2002` / `Signature of Reporting
            // Person` / `Uncle Sam "11/24/2002` / `signature of Reporting Person`); a
            // label further on is the form's text, not a signature's.
            last = Some(i);
        }
    }
    out
}

/// Sentences every printed form carries, matched loosely (OCR drops or changes the
/// first letter of a line, and the punctuation).
static FORM_SENTENCES: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        // (Form 3 prints `Instruction 5(b)(v)`, Forms 4 and 5 `Instruction 4(b)(v)`.)
        // (Its tail alone at a line's start where its head was read on the line before,
        // `* Ifthe form` / `sd by more than one …`.)
        r"(?i)(?:\*?\s*[-—]?\s*\S?f\s*the\s+form\s+is\s+filed\s+|^\S{0,3}\s?)by\s+more\s+than\s+one\s+reporting\s+person,?\s*see\s+Instruction\s*[45]\s*\(?b\)?\s*\(?v?\)?\.?",
        r"(?i)\*{0,2}\s*\S?ntentional\s+misstatements\s+or\s+omissions\s+of\s+facts\s+constitute\s+Federal\s+Criminal\s+Violations\.?\s*See\s+18\s*U\.?\s*S\.?\s*C\.?\s*1001\s+and\s+15\s*U\.?\s*S\.?\s*C\.?\s*78ff\s*\(?a?\.?\)?\.*",
        // (`Note:` can be read after it, on a line of its own.)
        r"(?i)(?:Note:?\s*)?File\s+three\s+copies\s+of\s+this\s+Form.*?procedure\.?",
        r"(?i)(?:Potential\s+)?persons\s+who\s+(?:are\s+to\s+)?respond\s+to\s+the\s+collection\s+of\s+information.*?(?:OMB\s+(?:control\s+)?number\.?|SEC\s*(?:147[345]|2[27]70[T7]?)\s*\([^)]*\)|$)",
        // (Form 3 is SEC 1473, Form 4 SEC 1474; Form 5 SEC 2270, or 2770T on the 2026
        // rendering, its `T` read as `7` at times; the colon read as a semicolon too.)
        r"(?i)\*?\s*Form\s*[345][:;]?\s*SEC\s*(?:147[345]|2[27]70[T7]?)\s*\([^)]*\)",
        r"(?i)SEC\s*(?:147[345]|2[27]70[T7]?)\s*\([^)]*\)",
        r"(?i)Reminder:?\s*Report\s+on\s+a\s+separate\s+line.*?indirectly\.?",
        r"(?i)\*{0,2}\s*Signature\s+of\s+Reporting\s+Person\s*(?:Date)?",
        // The notice's last line alone, where its first was cut off with the line before.
        r"(?i)(?:unless\s+the\s+form\s+)?displays\s+a\s+currently\s+valid\s+OMB\s+(?:control\s+)?number\.?",
    ]
    .iter()
    .map(|r| re(r))
    .collect()
});
/// Removes the form's printed sentences from `text`. Each is looked for only when a
/// word of it is there (the regexes are the costly part of reading a page).
fn strip_form_sentences(text: &mut String, with: &str) {
    // (The forms' closing numbers: SEC 1473-1475, 2270, 2770T.)
    const FORM_NUMBERS: &[&str] = &["147", "2270", "2770"];
    const ANCHORS: [&[&str]; 9] = [&["more than one"], &["ntentional"], &["three copies"], &["collection of"], FORM_NUMBERS, FORM_NUMBERS, &["separate line"], &["signature of"], &["currently valid"]];
    // Every sentence has one of these words in one of these spellings.
    if !crate::has_any(
        text,
        &["ore than", "ORE THAN", "ntentional", "NTENTIONAL", "opies", "OPIES", "ollection", "OLLECTION", "147", "2270", "2770", "eparate", "EPARATE", "ignature", "IGNATURE", "urrently", "URRENTLY"],
    ) {
        return;
    }
    // A line's text is single-spaced, so a sentence's match holds its anchor as spelt
    // here: the search can start a sentence's lead before the anchor's first place,
    // where a long paragraph of footnotes mostly lies behind (the sentences follow the
    // footnotes). The leads are under 60 bytes with every space tripled by the cuts
    // made before. Text spaced otherwise (remarks joined by line breaks) is searched whole.
    const LEAD: usize = 160;
    let single_spaced = !text.contains(['\n', '\t', '\r']) && !text.contains("  ");
    let mut lower = text.to_ascii_lowercase();
    for (r, anchors) in FORM_SENTENCES.iter().zip(ANCHORS) {
        let Some(at) = anchors.iter().filter_map(|a| memchr::memmem::find(lower.as_bytes(), a.as_bytes())).min() else { continue };
        let mut from = if single_spaced { at.saturating_sub(LEAD) } else { 0 };
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        if let std::borrow::Cow::Owned(new) = r.replace_all(&text[from..], with) {
            text.truncate(from);
            text.push_str(&new);
            lower = text.to_ascii_lowercase();
        }
    }
}

static SLASH_S: LazyLock<Regex> = LazyLock::new(|| re(r"^[/|JjIl{(][s5S$][/|]"));
static SIGNED: LazyLock<Regex> = LazyLock::new(|| re(r"(?:^|\s)[/|JjIl{(][s5][/|](?:\s|[A-Z][a-z])"));

/// Where a signature starts in a paragraph that runs on from the footnotes: at `/s/`,
/// or at the name before `, Attorney-in-fact` (one to four capitalised words after a
/// word that is no name: `… of Directors. Julia Stark, Attorney-in-fact 12/10/2024 for
/// Reid G. Hoffman`), where a date or the end of the text follows within a line's
/// length, as a signature's does and a footnote mentioning an attorney-in-fact's does
/// not. With `after_sentence`, the name must also start a sentence or a line (a
/// footnote can name one: `… executed by Jane Doe, attorney-in-fact, dated 1/2/2020`).
fn signature_start(text: &str, after_sentence: bool) -> Option<usize> {
    if let Some(m) = SIGNED.find(text) {
        return Some(m.start() + usize::from(text[m.start()..].starts_with(char::is_whitespace)));
    }
    static ATTORNEY: LazyLock<Regex> = LazyLock::new(|| re(r"(?i),\s*a\s?tt?o[rm]{1,2}[a-z]{0,4}[\s\-]{0,3}in[\s\-]{1,3}[fl]act"));
    if !crate::has_any(text, &["fact", "Fact", "FACT", "lact", "Lact"]) {
        return None;
    }
    let m = ATTORNEY.find_iter(text).last()?;
    let after = &text[m.end()..];
    let within = after.char_indices().nth(60).map_or(after.len(), |(k, _)| k);
    if !(ANY_DATE.is_match(&after[..within]) || after.trim().len() < 40) {
        return None;
    }
    let name_word = |w: &str| {
        let w = w.trim_end_matches(',');
        let initial = w.len() == 2 && w.ends_with('.') && w.starts_with(|c: char| c.is_uppercase());
        initial || (w.len() >= 2 && w.starts_with(|c: char| c.is_uppercase()) && w.chars().skip(1).all(|c| c.is_alphabetic() || c == '\'' || c == '-'))
    };
    let (mut start, mut names) = (m.start(), 0);
    while names < 4 {
        let head = text[..start].trim_end();
        let from = head.char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(p, c)| p + c.len_utf8());
        let word = &head[from..];
        if word.is_empty() || names > 0 && word.ends_with(',') || !name_word(word) {
            break;
        }
        (start, names) = (from, names + 1);
    }
    let head = &text[..start];
    let starts_sentence = head.trim_end_matches([' ', '\t']).is_empty() || head.ends_with('\n') || head.trim_end().ends_with(['.', ':', ';', '\n']);
    (names >= 1 && (starts_sentence || !after_sentence)).then_some(start)
}

/// Footnotes follow "Explanation of Responses:", numbered `(1)`, `1.`, `1,` or `1)`,
/// in order; the form's printed sentences and the signature around them are cut out,
/// and so are specks before the first word (`) Represents…`, `'The Reporting…`).
/// `Rule 10b5-1`, named in about one filing in twelve (1,553 of the bulk corpus's
/// 18,267), as OCR misreads its `5` or its `1` (`10bS-1`, `10b5-l`).
static RULE_10B5_1: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)10b(?:[Ss$]-[1lI|]|5-[lI|]|[Ss$]-?5?-?1)(?-u:\b)"));

/// Footnote text that OCR misreads the same way again and again, mended: points read
/// as commas or lost after an abbreviation and before the form's sentence openers,
/// company suffixes, a stray opening quote, `Rule 10b5-1` and `footnote`.
fn mend_known_misreadings(t: &mut String) {
    // `L.P,,`: two commas never follow each other; after an abbreviation the first is
    // its closing point (`Fund IV, L.P., or collectively`).
    if t.contains(",,") {
        static POINT_READ_AS_COMMA: LazyLock<Regex> = LazyLock::new(|| re(r"((?-u:\b)(?:[A-Z]\.)+[A-Z]),,"));
        *t = POINT_READ_AS_COMMA.replace_all(t, "$1.,").into_owned();
    }
    // `…the SC GFIV Funds, The Reporting Person is…`: a point read as a comma. These
    // phrases open sentences: in the bulk corpus's footnotes they follow a point 300 to
    // 3,500 times each, a comma never.
    const OPENERS: [&str; 7] = ["The Reporting Person", "The reporting person", "These shares were", "The shares were", "Each RSU represents", "The price reported", "Each restricted stock"];
    if t.contains(", ") {
        for opener in OPENERS {
            if !t.contains(opener) {
                continue;
            }
            let misread = format!(", {opener}");
            if t.contains(&misread) {
                *t = t.replace(&misread, &format!(". {opener}"));
            }
        }
    }
    // Company suffixes misread (`(TTGP), Lid.`, `Tesla, Ine.`): never so written in the
    // bulk corpus's footnotes (`Inc.` 19,630 times, `Ltd.` 664).
    for (misread, suffix) in [(" Lid.", " Ltd."), (" Led.", " Ltd."), (" Ine.", " Inc."), (" lnc.", " Inc."), (" Tnc.", " Inc.")] {
        if t.contains(misread) {
            *t = t.replace(misread, suffix);
        }
    }
    // `partners or 'members.`: a speck read as an opening quote before a word in lower
    // case, no quote closing it after.
    if t.contains(" '") {
        let words: Vec<&str> = t.split(' ').collect();
        let stray: Vec<usize> = (0..words.len())
            .filter(|&k| {
                let w = words[k];
                w.len() > 2 && w.starts_with('\'') && w[1..].starts_with(|c: char| c.is_ascii_lowercase()) && !words[k..].iter().any(|x| x.trim_end_matches(['.', ',', ';', ')']).ends_with('\''))
            })
            .collect();
        if !stray.is_empty() {
            *t = words.iter().enumerate().map(|(k, w)| if stray.contains(&k) { &w[1..] } else { w }).collect::<Vec<_>>().join(" ");
        }
    }
    // `L.P, which`, `U.S Venture`: an abbreviation of capitals and points lost its last
    // point (filers write `L.P.` or `LP`, never `L.P`).
    static LAST_POINT_LOST: LazyLock<Regex> = LazyLock::new(|| re(r"((?-u:\b)(?:[A-Z]\.)+[A-Z])(,?(?:\s|$))"));
    // (Most footnotes have no `X.Y` without a point after: a byte scan spares the regex.)
    let b = t.as_bytes();
    let candidate = t.match_indices('.').any(|(i, _)| i > 0 && b[i - 1].is_ascii_uppercase() && b.get(i + 1).is_some_and(u8::is_ascii_uppercase) && b.get(i + 2) != Some(&b'.'));
    if candidate && LAST_POINT_LOST.is_match(t) {
        *t = LAST_POINT_LOST.replace_all(t, "$1.$2").into_owned();
    }
    if t.contains("10b") && RULE_10B5_1.is_match(t) {
        *t = RULE_10B5_1.replace_all(t, "10b5-1").into_owned();
    }
    // `tn` read as `m` in the word the weighted-average footnotes end with (`set forth in
    // this foomote`).
    if t.contains("oomote") {
        *t = t.replace("foomotes", "footnotes").replace("foomote", "footnote");
    }
}

/// The footnotes of a page, their start found as [`read_header`] finds it.
#[cfg(test)]
fn read_footnotes(lines: &[Line]) -> Vec<(String, FieldVal)> {
    let mut notes = cut_footnotes(&footnote_text(lines, explanation_start(lines)));
    tidy_footnotes(&mut notes);
    notes
}

/// What every cut footnote is cleared of: known misreadings mended, the specks and
/// garbled mark before its first word cut, its final point restored.
fn tidy_footnotes(notes: &mut [(String, FieldVal)]) {
    for (id, f) in notes.iter_mut() {
        if let Value::Text(t) = &mut f.value {
            mend_known_misreadings(t);
            // Its own mark without the parentheses (`1 Represents …` for footnote 1).
            if let Some((first, rest)) = t.split_once(' ') {
                if id.strip_prefix('F') == Some(first) && starts_as_footnote(rest) && !rest.starts_with(|c: char| c.is_ascii_digit()) {
                    *t = rest.to_string();
                }
            }
            // A mark beside a middle line read as a glyph standing alone (`their
            // respective ® partners`): no word of a footnote is one of these alone.
            // (`®`, `©` and `°` are 0xC2 then 0xAE, 0xA9 or 0xB0 in UTF-8: a byte search
            // finds them without decoding the text.)
            let glyph = memchr::memchr_iter(0xC2, t.as_bytes()).any(|i| matches!(t.as_bytes().get(i + 1), Some(0xAE | 0xA9 | 0xB0)));
            if glyph && t.split(' ').any(|w| matches!(w, "®" | "©" | "°")) {
                *t = t.split(' ').filter(|w| !matches!(*w, "®" | "©" | "°")).collect::<Vec<_>>().join(" ");
            }
            // A mark beside a middle line read inside the sentence, between a lower-case
            // word and a capitalised one: its own number (`each share of 2 Class B`) or a
            // garbled mark (`of Q) Class B`). None of the bulk corpus's 45,308 footnotes
            // has its own number so, nor a glyph and a parenthesis (`footnote 1) The` is
            // a number's).
            let number = id.strip_prefix('F').unwrap_or_default();
            // (Most footnotes have neither: a byte search first, no allocation.)
            let bytes = t.as_bytes();
            let own_word = !number.is_empty() && memchr::memmem::find_iter(bytes, number.as_bytes()).any(|i| i > 0 && bytes[i - 1] == b' ' && bytes.get(i + number.len()) == Some(&b' '));
            let glyph_word = memchr::memchr_iter(b')', bytes).any(|i| {
                let mut before = t[..i].chars().rev();
                bytes.get(i + 1) == Some(&b' ') && before.next().is_some() && before.next() == Some(' ')
            });
            if own_word || glyph_word {
                let words: Vec<&str> = t.split(' ').collect();
                let mark_in_sentence = |k: usize| {
                    let w = words[k];
                    let mut glyphs = w.chars();
                    let garbled = matches!((glyphs.next(), glyphs.next(), glyphs.next()), (Some(c), Some(')'), None) if !c.is_ascii_digit() && !c.is_lowercase() && c != '(');
                    k > 0 && k + 1 < words.len() && (w == number || garbled) && words[k - 1].starts_with(char::is_lowercase) && words[k + 1].starts_with(char::is_uppercase)
                };
                let marks: Vec<bool> = (0..words.len()).map(mark_in_sentence).collect();
                if marks.contains(&true) {
                    *t = words.iter().zip(&marks).filter(|(_, &mark)| !mark).map(|(w, _)| *w).collect::<Vec<_>>().join(" ");
                }
            }
            // A mark whose number was lost (`() The option shares …`): no footnote starts
            // with an empty pair of parentheses.
            if let Some(rest) = t.strip_prefix("()").or_else(|| t.strip_prefix("( )")) {
                *t = rest.trim_start().to_string();
            }
            let start = t.len() - t.trim_start_matches(|c: char| c.is_whitespace() || ")'‘’\"©®°*|_~-:;.,".contains(c)).len();
            if start > 0 && t[start..].starts_with(|c: char| c.is_alphanumeric() || c == '(') {
                t.replace_range(..start, "");
            }
            // A mark read as a short lower-case word before the footnote's first,
            // capitalised one (`ny This sale was …`): footnotes start with a capital.
            if let Some((first, rest)) = t.split_once(' ') {
                if first.len() <= 3 && first.chars().all(|c| c.is_ascii_lowercase()) && !["a", "an"].contains(&first) && rest.starts_with(|c: char| c.is_uppercase()) {
                    *t = rest.to_string();
                    f.conf = f.conf.min(UNCERTAIN_AT - 1);
                }
            }
            // A footnote is a sentence or more: 1,896 of 1,911 in the XML corpus end with
            // a point. One ending in a letter or digit lost it (a glyph OCR drops most);
            // one ending in a comma had it misread (60 of the bulk corpus's 45,308 end so).
            if (t.ends_with(|c: char| c.is_alphanumeric()) || t.ends_with(',')) && t.split(' ').count() >= 4 {
                if t.ends_with(',') {
                    t.pop();
                }
                t.push('.');
                f.conf = f.conf.min(UNCERTAIN_AT - 1);
            }
        }
    }
}

/// A footnote mark found in the text: (id, mark start, text start).
type MarkAt = (usize, usize, usize);

/// The marks 1, 2, 3… found in order in the footnote text: first those that start a
/// line or follow a sentence, then those found allowing that the sentence end before a
/// mark was lost: the very next number after a word, where the footnote starts with a
/// capital (`… of the Issuer 2. The RSUs …`), unless the word is one that takes a
/// number (`Form 4. The`, `Section 16. Form`, `May 2. The`). A mark in parentheses is
/// taken so too: a footnote cut at the page's right edge ends mid-word before the next
/// one's mark (`… undertakes to pr (4) The price …`). One walk over the marks gives both.
fn marks_in_order(text: &str) -> (Vec<MarkAt>, Vec<MarkAt>) {
    const TAKES_A_NUMBER: &[&str] = &[
        "section",
        "rule",
        "rules",
        "form",
        "forms",
        "column",
        "columns",
        "instruction",
        "item",
        "items",
        "note",
        "notes",
        "no",
        "part",
        "page",
        "exhibit",
        "schedule",
        "table",
        "class",
        "series",
        "fund",
        "tranche",
        "unit",
        "units",
        "year",
        "years",
        "to",
        "of",
        "and",
        "or",
        "than",
        "from",
        "by",
        "per",
        "at",
        "on",
        "in",
        "about",
        "approximately",
        "over",
        "under",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ];
    let (mut strict, mut relaxed): (Vec<MarkAt>, Vec<MarkAt>) = (Vec::new(), Vec::new());
    let (mut expect_strict, mut expect_relaxed) = (1, 1);
    // (id, mark start, text start, whether it starts a line)
    let mut found: Vec<(usize, usize, usize, bool)> = Vec::new();
    let mut pos = 0;
    for m in FOOTNOTE_START.find_iter(text) {
        if m.start() < pos || text[..m.start()].ends_with(|c: char| !c.is_whitespace()) {
            continue;
        }
        pos = m.end();
        let line_start = m.start() == 0 || text[..m.start()].ends_with('\n');
        found.push((first_number(m.as_str()).unwrap_or(0) as usize, m.start(), m.end(), line_start));
    }
    // A mark starting a line between the marks n and n + 2 starting theirs, read as a
    // number past n + 2 or as n + 2 itself, is n + 1, its digit misread (`(2)`, `(8)`,
    // `(4)`; `(4)`, `(6)`, `(6)`). (One read as n may be right where the misread one is
    // the n before it: `(2)`, `(2)`, a garbled `@)`, `(4)`.)
    let starts: Vec<usize> = (0..found.len()).filter(|&k| found[k].3).collect();
    for w in starts.windows(3) {
        let (before, after) = (found[w[0]].0, found[w[2]].0);
        if after == before + 2 && found[w[1]].0 >= after {
            found[w[1]].0 = before + 1;
        }
    }
    for (id, start, end, line_start) in found {
        let before = text[..start].trim_end();
        let at_start = line_start || before.ends_with(['.', ')', ':', ';']);
        let in_order = |expect: usize, found: &[MarkAt]| id >= expect && id <= expect + 2 && (at_start || found.is_empty());
        if in_order(expect_strict, &strict) {
            strict.push((id, start, end));
            expect_strict = id + 1;
        }
        let after_word = || {
            let word = before.rsplit(char::is_whitespace).next().unwrap_or("").trim_end_matches(',');
            word.len() >= 2 && word.chars().all(char::is_alphabetic) && !TAKES_A_NUMBER.contains(&word.to_lowercase().as_str())
        };
        let lost = || id == expect_relaxed && text[end..].starts_with(char::is_uppercase) && after_word();
        if in_order(expect_relaxed, &relaxed) || lost() {
            relaxed.push((id, start, end));
            expect_relaxed = id + 1;
        }
    }
    (strict, relaxed)
}

/// The explanations' text the footnotes are cut from, line by line: the form's printed
/// sentences, remarks and the signature cut off, marks alone on their lines mended or
/// dropped. Empty without explanations.
fn footnote_text(lines: &[Line], explanation: Option<usize>) -> String {
    let Some(start) = explanation else { return String::new() };
    let mut parts: Vec<String> = Vec::new();
    for (k, line) in lines[start..].iter().enumerate() {
        let mut t = line.text();
        if k == 0 {
            // (The line after the heading when the heading was past reading.)
            t = EXPLANATION.find(t).map_or(t, |m| &t[m.end()..]);
        } else if REMARKS.is_match(t) || reporting_owners_heading(t) {
            break;
        }
        // The form's first note's head alone, its tail read on the next line (`* Ifthe
        // form` / `sd by more than one …`): no footnote line starts with an asterisk.
        if t.starts_with('*') && t.split_whitespace().count() <= 4 && t.contains("form") {
            continue;
        }
        // The label of the form's note read alone, its sentence on another line.
        if t.trim().trim_end_matches(':').eq_ignore_ascii_case("note") {
            continue;
        }
        // The form's printed sentences are cut line by line: most lines are footnotes
        // and have none.
        let mut part = t.to_string();
        strip_form_sentences(&mut part, "\n");
        parts.push(part);
    }
    let mut text = parts.join("\n");
    // Remarks can follow in the same paragraph.
    static REMARKS_LABEL: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)(?-u:\b)Remarks\s*:"));
    if let Some(m) = REMARKS_LABEL.find(&text) {
        text.truncate(m.start());
    }
    strip_garbled_form_sentences(&mut text);
    // The signature (`/s/ Name … date`, `Name, Attorney-in-fact date`) ends the footnotes.
    if let Some(k) = signature_start(&text, true) {
        text.truncate(k);
    } else if let Some(m) = ANY_DATE.find_iter(&text).last().filter(|m| text[m.end()..].trim().len() < 40) {
        // A date near the end with nothing after it is the signature date; the
        // signature starts after the last sentence or on a line of its own.
        let head = &text[..m.start()];
        let before = head.rfind(". ").map(|p| p + 1).max(head.rfind('\n')).unwrap_or(m.start());
        text.truncate(before);
    }
    // A mark alone on its line, its parentheses garbled (`( 1 ~`, `¢ 2 ~~`): the mark.
    let marks_alone: Vec<std::borrow::Cow<str>> = text
        .split('\n')
        .map(|l| {
            let l = l.trim();
            // (Only a short line can be a mark alone.)
            if l.len() > 16 {
                return std::borrow::Cow::Borrowed(l);
            }
            let digits: String = l.chars().filter(char::is_ascii_digit).collect();
            let garbled = (1..=2).contains(&digits.len()) && !l.chars().any(char::is_alphabetic) && l.chars().count() > digits.len() && l.chars().count() <= 8;
            if garbled {
                std::borrow::Cow::Owned(format!("({digits})"))
            } else {
                std::borrow::Cow::Borrowed(l)
            }
        })
        .collect();
    let lines_kept: Vec<&str> =
        marks_alone.iter().map(|l| l.as_ref()).filter(|l| !(l.is_empty() || l.len() <= 4 && l.starts_with('(') && !l.ends_with(')'))).filter(|l| l.chars().any(char::is_alphanumeric)).collect();
    lines_kept.join("\n")
}

/// Cuts the explanations' text ([`footnote_text`]) into footnotes by their marks.
fn cut_footnotes(text: &str) -> Vec<(String, FieldVal)> {
    let marks = {
        let (strict, relaxed) = marks_in_order(text);
        // The sentence end before a mark can be lost (`… of the Issuer 2. The RSUs …`):
        // such marks are taken only where they add to the marks found after sentences.
        if relaxed.len() > strict.len() && strict.iter().all(|m| relaxed.contains(m)) {
            relaxed
        } else {
            strict
        }
    };
    let mut out = Vec::new();
    if let Some(beside) = marks_beside_text(text, marks.len()) {
        return beside;
    }
    if let Some(lines) = one_footnote_per_line(text) {
        return lines;
    }
    // Layouts that print the mark beside a multi-line footnote put it inside the text
    // as OCR reads it (`… The (7) reporting person …`): one mark per paragraph.
    let segments: Vec<&str> = text.split('\n').collect();
    let inline: Vec<Option<usize>> = segments
        .iter()
        .map(|seg| {
            let found: Vec<usize> = FOOTNOTE_MARK_INLINE.find_iter(seg).filter_map(|m| first_number(m.as_str()).map(|n| n as usize)).collect();
            if let [one] = found.as_slice() {
                Some(*one)
            } else {
                None
            }
        })
        .collect();
    let inline_ids: Vec<usize> = inline.iter().flatten().copied().collect();
    if marks.len() < 2 && inline_ids.len() >= 2 && inline_ids.windows(2).all(|w| w[1] > w[0]) && inline_ids.len() > marks.len() {
        let mut current: Option<(usize, String)> = None;
        for (seg, id) in segments.iter().zip(&inline) {
            match id {
                Some(id) => {
                    if let Some((prev, body)) = current.take() {
                        out.push((format!("F{prev}"), FieldVal::read(Value::Text(collapse_spaces(&body)), body.clone(), UNSURE)));
                    }
                    current = Some((*id, FOOTNOTE_MARK_INLINE.replace(seg, " ").to_string()));
                }
                None => {
                    if let Some((_, body)) = current.as_mut() {
                        body.push(' ');
                        body.push_str(seg);
                    }
                }
            }
        }
        if let Some((prev, body)) = current {
            out.push((format!("F{prev}"), FieldVal::read(Value::Text(collapse_spaces(&body)), body.clone(), UNSURE)));
        }
        return out;
    }
    if marks.is_empty() {
        if let Some(cut) = lone_garbled_marks(text) {
            return cut;
        }
        // One footnote whose mark was lost or misplaced: the whole text, flagged.
        let body = collapse_spaces(&FOOTNOTE_MARK_INLINE.replace_all(&text.replace('\n', " "), " "));
        if body.split(' ').count() >= 4 {
            out.push(("F1".to_string(), FieldVal::read(Value::Text(body.clone()), text, UNSURE)));
        }
        return out;
    }
    // The first mark lost (`… $20.4 million. (2) The Elon Musk …`): the sentences before
    // the second are the first footnote, flagged.
    if marks[0].0 == 2 {
        let before = collapse_spaces(&text[..marks[0].1].replace('\n', " "));
        if before.split(' ').count() >= 4 && before.ends_with(['.', ')']) {
            out.push(("F1".to_string(), FieldVal::read(Value::Text(before.clone()), text[..marks[0].1].to_string(), UNSURE)));
        }
    }
    // A mark between a line that ends mid-sentence and a line that goes on in lower case
    // (`… The Reporting Person` / `(2) undertakes to provide …`) stands beside its
    // footnote's middle line: the footnote starts at the line after the last sentence
    // that ends a line before it, and the footnote before ends there. Both are flagged.
    let heads: Vec<Option<usize>> = marks
        .iter()
        .enumerate()
        .map(|(k, &(_, mark_start, body_start))| {
            let previous_body = marks.get(k.checked_sub(1)?)?.2;
            let before = text[previous_body..mark_start].trim_end();
            // (A mark alone on its line stands beside a middle line too, whatever the case
            // of the line after it: `… of Class B` / `(2)` / `Common Stock, or (B) …`.)
            let alone = text[mark_start..body_start].contains('\n');
            if !ends_mid_sentence(before) || !(alone || text[body_start..].trim_start().starts_with(|c: char| c.is_lowercase())) {
                return None;
            }
            before.match_indices(".\n").map(|(p, _)| previous_body + p + 1).filter(|&p| starts_as_footnote(text[p..].trim_start())).last()
        })
        .collect();
    for (k, &(id, mark_start, body_start)) in marks.iter().enumerate() {
        let next_head = heads.get(k + 1).copied().flatten();
        let end = next_head.unwrap_or_else(|| marks.get(k + 1).map_or(text.len(), |n| n.1));
        // The first mark mid-sentence (`… for the 3-year (1) performance period …`, the
        // mark beside its footnote's middle line): the text before it is that footnote's.
        let before = text[..mark_start].trim_end();
        let body = if let Some(head) = heads[k] {
            format!("{} {}", &text[head..mark_start], &text[body_start..end])
        } else if k == 0 && id == 1 && ends_mid_sentence(before) && before.split_whitespace().count() >= 4 {
            format!("{} {}", before, &text[body_start..end])
        } else {
            text[body_start..end].to_string()
        };
        let clean_text = collapse_spaces(&middle_marks_dropped(&body).replace('\n', " "));
        let moved = heads[k].is_some() || next_head.is_some();
        let conf = if moved { text_confidence(&clean_text).min(UNCERTAIN_AT - 4) } else { text_confidence(&clean_text) };
        out.push((format!("F{id}"), FieldVal::read(Value::Text(clean_text.clone()), body.to_string(), conf)));
    }
    // Ids skipped in the numbering: their mark was lost, and their text sits at the
    // end of the footnote before, after a sentence end and a line break.
    let mut i = 0;
    while i + 1 < out.len() {
        let (this, next) = (out[i].0[1..].parse::<usize>().unwrap_or(0), out[i + 1].0[1..].parse::<usize>().unwrap_or(0));
        if next > this + 1 {
            let raw = middle_marks_dropped(&out[i].1.read);
            let parts: Vec<&str> = raw.split('\n').collect();
            let breaks: Vec<usize> = (1..parts.len()).filter(|&j| parts[j - 1].trim_end().ends_with('.') && parts[j].trim_start().chars().next().is_some_and(char::is_uppercase)).collect();
            let lost = next - this - 1;
            if breaks.len() >= lost {
                let mut bounds = vec![0];
                bounds.extend(breaks.iter().take(lost));
                bounds.push(parts.len());
                let mut pieces = Vec::new();
                for w in bounds.windows(2) {
                    pieces.push(collapse_spaces(&parts[w[0]..w[1]].join(" ")));
                }
                out[i].1 = FieldVal::read(Value::Text(pieces[0].clone()), parts[..bounds[1]].join("\n"), text_confidence(&pieces[0]).min(UNCERTAIN_AT));
                for (j, p) in pieces.into_iter().enumerate().skip(1) {
                    out.insert(i + j, (format!("F{}", this + j), FieldVal::read(Value::Text(p.clone()), p.clone(), UNSURE)));
                }
            }
        }
        i += 1;
    }
    out
}

/// A footnote's lines without the garbled marks read before its middle lines (`The
/// holder` / `(S) undertakes to provide …`: the mark printed beside the footnote,
/// centred on it). A letter in parentheses is no mark where it lists (`(a)`, `(i)`, or
/// one whose predecessor the footnote holds: `(b)` after `(a)`).
fn middle_marks_dropped(body: &str) -> String {
    let enumerates = |token: &str| {
        let Some(letters) = token.strip_prefix('(').and_then(|t| t.strip_suffix(')')).filter(|l| !l.is_empty() && l.len() <= 4 && l.chars().all(|c| c.is_ascii_alphabetic())) else { return false };
        let mut before: Vec<String> = Vec::new();
        if letters.len() == 1 {
            let c = letters.as_bytes()[0];
            if matches!(c, b'a' | b'A' | b'i' | b'I') {
                return true;
            }
            before.push(((c - 1) as char).to_string());
        }
        let roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];
        if let Some(k) = roman.iter().position(|r| r.eq_ignore_ascii_case(letters)).filter(|&k| k > 0) {
            before.push(if letters.starts_with(char::is_uppercase) { roman[k - 1].to_uppercase() } else { roman[k - 1].to_string() });
        }
        before.iter().any(|b| body.contains(&format!("({b})")))
    };
    let mut out = String::with_capacity(body.len());
    let mut previous: Option<&str> = None;
    for line in body.split('\n') {
        let mut kept = line;
        // A single quote glued to a later line's capitalised first word (`Securities
        // and Exchange` / `‘Commission rules.`, `… average price.` / `‘These shares …`)
        // is a mark's glyph or a speck: none of the bulk corpus's 45,308 footnotes opens
        // a single quote but after `(the`.
        let after_the = previous.and_then(|p| p.split_whitespace().last()).is_some_and(|w| w.trim_start_matches('(').eq_ignore_ascii_case("the"));
        if previous.is_some() && !after_the {
            let t = line.trim_start();
            if let Some(rest) = t.strip_prefix(['\'', '‘']) {
                let word = rest.split(' ').next().unwrap_or_default();
                if word.starts_with(char::is_uppercase) && !word.contains(['\'', '’']) {
                    kept = rest;
                }
            }
        }
        if previous.is_some_and(|p| ends_mid_sentence(p.trim())) {
            // (Before a word in lower case or, the sentence going on, a capitalised one:
            // `Entrepreneurs` / `@ Fund, LP …`.)
            let lead = match line_lead(line.trim_start(), false, false) {
                LineLead::None => line_lead(line.trim_start(), true, false),
                lead => lead,
            };
            if let LineLead::Garbled(rest) = lead {
                let token = line.trim_start()[..line.trim_start().len() - rest.len()].trim();
                if !enumerates(token) {
                    kept = rest;
                }
            }
        }
        if previous.is_some() {
            out.push('\n');
        }
        out.push_str(kept);
        previous = Some(line);
    }
    out
}

/// A mark printed before a footnote line, as OCR reads it: legible (`(3)`, `3.`, `(3).`)
/// or garbled (`@)`, `Q)`, `©`, `ny`); with the line's text after it.
enum LineLead<'a> {
    Legible(usize, &'a str),
    Garbled(&'a str),
    None,
}

/// The mark a footnote line starts with, if any. A garbled mark is a short token with
/// a symbol or parenthesis (`@)`, `©`) or of quotes alone (`”`), or where `word_specks` (a line that may start a
/// footnote) a short lower-case token before a capital (`ny The …`: footnotes start
/// with a capital). `capital_after` says whether the text after the mark must start as
/// a footnote does, or in lower case (a mark beside a middle line).
fn line_lead(line: &str, capital_after: bool, word_specks: bool) -> LineLead<'_> {
    static LEGIBLE: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:\((\d{1,2})\)\.?|(\d{1,2})[.)])\s+"));
    let starts_right = |rest: &str| {
        if capital_after {
            starts_as_footnote(rest)
        } else {
            rest.trim_start_matches(crate::vocab::QUOTES).starts_with(char::is_lowercase)
        }
    };
    if let Some(c) = LEGIBLE.captures(line) {
        let n = c.get(1).or(c.get(2)).and_then(|m| m.as_str().parse().ok()).unwrap_or(0);
        let rest = &line[c.get(0).map_or(0, |m| m.end())..];
        if n > 0 && starts_right(rest) {
            return LineLead::Legible(n, rest);
        }
    }
    let Some((token, rest)) = line.split_once(' ') else { return LineLead::None };
    // (A quote alone before the text, `” Represents …`, opens no quotation: a glyph.)
    let symbols = token.chars().count() <= 3 && (token.chars().any(|c| "()@©®°=_~|{}[]".contains(c)) || token.chars().all(|c| crate::vocab::QUOTES.contains(&c)));
    let word_speck = word_specks && capital_after && token.len() <= 3 && token.chars().all(|c| c.is_ascii_lowercase()) && !["a", "an"].contains(&token);
    // A mark that lost both parentheses (`6 Represents …`): its digit may be misread
    // too, so it counts as garbled.
    let bare_number = word_specks && capital_after && crate::text::mark_number(token);
    if (symbols || word_speck || bare_number) && starts_right(rest) {
        return LineLead::Garbled(rest.trim_start());
    }
    LineLead::None
}

/// Whether footnote text starts as a footnote does, quotes aside: with a capital, a
/// digit (`55,500 shares …`) or a parenthesis.
fn starts_as_footnote(text: &str) -> bool {
    text.trim_start_matches(crate::vocab::QUOTES).starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '(')
}

/// The footnotes as the paragraphs they are printed as, when their marks failed: the
/// SEC's rendering prints each footnote as one paragraph. A line that ends a sentence
/// before a line starting with a capital may end one; surely so where it left room for
/// the next line's first word, or where the next line is led by the next mark. Taken
/// only where the cut by marks left some footnote out, and where the paragraphs come
/// out exactly as many as the page numbers (the highest mark read in the tables or the
/// explanations, else the highest read in the explanations, else the highest read in
/// the tables, `referenced`) with every legible mark in the paragraph its number
/// counts to (a mark out of order was misread: its number is not taken). Where no
/// count comes out so, the footnotes whose first lines the legible marks and line
/// breaks settle between them are taken, the rest left as the marks cut them, flagged.
/// Footnotes whose own mark did not lead them, and that change, are flagged.
pub fn recut_footnotes_by_paragraphs(h: &mut HeaderRead, referenced: usize) {
    let expected = referenced.max(h.highest_footnote_mark as usize);
    // A footnote cut empty, between two marks with no sentence end between them, was
    // not found.
    let found = |count: usize| (1..=count).all(|n| h.footnotes.iter().any(|(id, f)| id[1..].parse() == Ok(n) && f.value.text().is_some_and(|t| !t.trim().is_empty())));
    // (The lines are read once, and only for a count tried.)
    let lines: std::cell::OnceCell<Option<ParagraphLines>> = std::cell::OnceCell::new();
    let page = || lines.get_or_init(|| ParagraphLines::new(&h.footnote_text)).as_ref();
    let paragraphs = |c: usize, partial: bool| page().and_then(|p| footnote_paragraphs(p, c, partial));
    let try_count = |c: usize| (c >= 2 && !found(c)).then(|| paragraphs(c, false)).flatten();
    // The count the tables give first. A mark misread there (`(7)` for 1) can number
    // more footnotes than there are: the highest mark read in the explanations is tried
    // too, and, where a mark misread there (`(8)` for 3) gave at most one footnote with
    // text past it, the tables' highest (two say the tables' marks fell short); then
    // marks garbled beside middle lines after the last legible one (`(1) …`, then `Q)
    // stock in the form …`, `(@) stock …`), counted only here since most pages need no
    // recut; last, where the explanations' highest mark is the count, one more (the
    // last footnote's mark garbled past reading, `(ayy` for 11, and no table's mark
    // read it). Where the marks misread count more footnotes than lines may start one
    // (`14)` for 4, a table's `12)` for 2), the lines that surely start one count them,
    // unless a mark just past that count says a start was missed. Where no count cuts
    // every footnote, those the legible marks and line breaks settle between them are
    // taken (their neighbours left as cut by marks).
    let whole = try_count(expected)
        .or_else(|| try_count(h.highest_footnote_mark as usize))
        .or_else(|| {
            let past = h.footnotes.iter().filter(|(id, f)| id[1..].parse::<usize>().is_ok_and(|n| n > referenced) && f.value.text().is_some_and(|t| !t.trim().is_empty())).count();
            (referenced < expected && past <= 1).then(|| try_count(referenced)).flatten()
        })
        .or_else(|| try_count(marks_counted_in_order(&h.footnote_text)))
        .or_else(|| (h.highest_footnote_mark as usize == expected).then(|| try_count(expected + 1)).flatten())
        .or_else(|| {
            // (Only where the count read left a footnote out: most pages need no recut.)
            if expected < 2 || found(expected) {
                return None;
            }
            let (sure, possible, highest) = page().map_or((0, 0, 0), ParagraphLines::starts);
            // (A mark past twice the lines that may start a footnote was misread; one just
            // past the sure starts says a start was missed.)
            let agrees = |mark: usize| mark <= sure + 1 || mark > 2 * (possible + 1);
            (expected > possible + 1 && sure + 1 >= highest && agrees(h.highest_footnote_mark as usize)).then(|| try_count(sure + 1)).flatten()
        });
    let (paragraphs, partial) = match whole {
        Some(p) => (p, false),
        None if expected >= 2 && !found(expected) => match paragraphs(expected, true) {
            Some(p) => (p, true),
            None => return,
        },
        None => return,
    };
    let mut notes: Vec<(String, FieldVal)> = paragraphs
        .into_iter()
        .map(|(n, body, raw, led)| {
            let id = format!("F{n}");
            let clean_text = collapse_spaces(&body);
            let same = h.footnotes.iter().find(|(f, _)| *f == id).is_some_and(|(_, f)| f.value.text() == Some(clean_text.as_str()));
            let conf = if led || same { text_confidence(&clean_text) } else { text_confidence(&clean_text).min(UNCERTAIN_AT - 4) };
            (id, FieldVal::read(Value::Text(clean_text), raw, conf))
        })
        .collect();
    tidy_footnotes(&mut notes);
    if partial {
        // The footnotes left unsettled keep their cut by marks, flagged; all in order.
        for (id, f) in std::mem::take(&mut h.footnotes) {
            if !notes.iter().any(|(n, _)| *n == id) {
                let mut f = f;
                f.conf = f.conf.min(UNCERTAIN_AT - 4);
                notes.push((id, f));
            }
        }
        notes.sort_by_key(|(id, _)| id[1..].parse::<usize>().unwrap_or(usize::MAX));
    }
    h.footnotes = notes;
}

/// How many footnotes the marks at the starts of the explanations' lines count to:
/// a legible mark (`(3)`) counts to its number, a garbled one beside a middle line
/// (`Q) stock in the form …` after a line that ends mid-sentence) one past the mark
/// before it. Zero unless a garbled mark counts after the last legible one (the
/// legible marks alone are [`highest_mark`]'s to count).
fn marks_counted_in_order(text: &str) -> usize {
    let (mut counted, mut garbled_last) = (0, false);
    let mut previous: Option<&str> = None;
    for line in text.split('\n').map(str::trim).filter(|l| !l.is_empty()) {
        let after_sentence = previous.is_none_or(|p| !ends_mid_sentence(p));
        match (line_lead(line, true, false), line_lead(line, false, false)) {
            (LineLead::Legible(n, _), _) | (_, LineLead::Legible(n, _)) => (counted, garbled_last) = (n, false),
            (_, LineLead::Garbled(_)) if !after_sentence && counted > 0 => (counted, garbled_last) = (counted + 1, true),
            _ => {}
        }
        previous = Some(line);
    }
    if garbled_last {
        counted
    } else {
        0
    }
}

/// The explanations' lines as [`footnote_paragraphs`] cuts them, read once for every
/// count it tries.
struct ParagraphLines<'a> {
    /// The lines of text, marks alone on their lines left out.
    lines: Vec<&'a str>,
    /// Each line's text, the legible mark read before it, and whether a footnote may
    /// start there.
    read: Vec<(&'a str, Option<usize>, bool)>,
    /// Whether the line before left room for this line's first word.
    room_left: Vec<bool>,
    /// Whether a footnote surely and may start at each line, where a template of
    /// footnotes says so.
    template: Vec<Option<(bool, bool)>>,
}

impl<'a> ParagraphLines<'a> {
    /// `None` where the text has fewer than three lines.
    fn new(text: &'a str) -> Option<Self> {
        // Marks alone on their lines stand beside a middle line: not text. (A short line
        // that ends a sentence, `LLC.`, is a footnote's last.)
        let lines: Vec<&str> = text.split('\n').map(str::trim).filter(|l| l.chars().filter(|c| c.is_alphabetic()).count() >= 2 && (l.len() > 4 || ends_sentence(l))).collect();
        if lines.len() < 3 {
            return None;
        }
        // Each line's text, the legible mark read before it, and whether a footnote may
        // start there: the line before ended a sentence, this one starts as footnotes do,
        // and no mark beside a middle line leads it. (A line cut at the page's right
        // edge, `… undertakes to pr`, ends where no one can say: a mark in parentheses
        // and a capital letter after it, `(2) The Elon Musk …`, may start a footnote; a
        // middle line's mark, `(2) 23andMe Holding Co. …`, mostly has no capital after it.)
        let full_width = {
            let mut widths: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
            widths.sort_unstable();
            widths[widths.len() - 2]
        };
        let cut_at_edge = |l: &str| l.chars().count() >= full_width - full_width / 32;
        let read: Vec<(&str, Option<usize>, bool)> = lines
            .iter()
            .enumerate()
            .map(|(k, l)| {
                let capital_after_mark = || matches!(line_lead(l, true, false), LineLead::Legible(_, rest) if rest.starts_with(char::is_uppercase));
                let after_sentence = k == 0 || ends_sentence(lines[k - 1]) || (cut_at_edge(lines[k - 1]) && l.starts_with('(') && capital_after_mark());
                if after_sentence {
                    match line_lead(l, true, true) {
                        LineLead::Legible(n, rest) => return (rest, Some(n), true),
                        LineLead::Garbled(rest) => return (rest, None, true),
                        LineLead::None => {}
                    }
                }
                match line_lead(l, false, false) {
                    LineLead::Legible(n, rest) => (rest, Some(n), false),
                    LineLead::Garbled(rest) => (rest, None, false),
                    LineLead::None => match line_lead(l, true, false) {
                        LineLead::Legible(n, rest) if !after_sentence => (rest, Some(n), false),
                        LineLead::Garbled(rest) if !after_sentence => (rest, None, false),
                        _ => (*l, None, after_sentence && starts_as_footnote(l)),
                    },
                }
            })
            .collect();
        // The column's width in characters: the second longest line (one may run over).
        let mut widths: Vec<usize> = read.iter().map(|(t, _, _)| t.chars().count()).collect();
        widths.sort_unstable();
        let width = widths[widths.len() - 2];
        let mut room_left = vec![false; read.len()];
        for k in 1..read.len() {
            room_left[k] = read[k - 1].0.chars().count() + 1 + read[k].0.split(' ').next().map_or(0, |w| w.chars().count()) < width - width / 16;
        }
        // Footnotes written from one template (`The price reported in Column 4 …`, then
        // the sale's range, then the undertaking, for each of thirty sales; 1,299 of the
        // bulk corpus's 6,641 filings with three footnotes or more have three opening with
        // the same four words): lines whose first four words recur three times or more,
        // each time right after the template's line before, are the template's; its first line
        // starts each footnote, its later lines none, and a line in capitals after its
        // last starts another. (A sentence the template ends can wrap or be cut anywhere:
        // line ends say nothing there.)
        let mut template = vec![None; read.len()];
        let lead = |t: &str| {
            let words: Vec<&str> = t.trim_start_matches(crate::vocab::QUOTES).split_whitespace().take(4).collect();
            (words.len() == 4).then(|| words.join(" ").to_lowercase())
        };
        let leads: Vec<Option<String>> = read.iter().map(|r| lead(r.0)).collect();
        let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for l in leads.iter().flatten() {
            *counts.entry(l.as_str()).or_default() += 1;
        }
        let times = |l: &Option<String>| l.as_deref().and_then(|l| counts.get(l)).copied().unwrap_or(0);
        if let Some(first) = leads.iter().find(|l| times(l) >= 3).cloned() {
            // The template's lines in order: each next one follows every line of the last.
            let mut lines_of_template = vec![first.clone()];
            while let Some(next) = leads
                .iter()
                .enumerate()
                .skip(1)
                .find(|(k, l)| leads[k - 1] == lines_of_template[lines_of_template.len() - 1] && !lines_of_template.contains(l) && times(l) >= 3)
                .map(|(_, l)| l.clone())
            {
                let follows = leads.iter().enumerate().skip(1).filter(|(_, l)| **l == next).all(|(k, _)| leads[k - 1] == lines_of_template[lines_of_template.len() - 1]);
                if !follows {
                    break;
                }
                lines_of_template.push(next);
            }
            if lines_of_template.len() >= 2 {
                let last = lines_of_template[lines_of_template.len() - 1].clone();
                for k in 1..read.len() {
                    if leads[k] == first {
                        template[k] = Some((true, true));
                    } else if lines_of_template.contains(&leads[k]) {
                        template[k] = Some((false, false));
                    } else if leads[k - 1] == last && read[k].0.trim_start_matches(crate::vocab::QUOTES).starts_with(char::is_uppercase) {
                        template[k] = Some((true, true));
                    }
                }
            }
        }
        Some(ParagraphLines { lines, read, room_left, template })
    }
}

impl ParagraphLines<'_> {
    /// Whether line `k` surely starts a footnote and whether it may, given the legible
    /// mark taken before it: it may where a footnote may start there (see `read`),
    /// surely where the line before left room for its first word or a mark leads it; a
    /// template's lines as it says.
    fn start_at(&self, k: usize, mark: Option<usize>) -> (bool, bool) {
        let may = self.read[k].2;
        self.template[k].unwrap_or((may && (self.room_left[k] || mark.is_some()), may))
    }

    /// How many lines surely start a footnote and how many may (the first line not
    /// counted, every legible mark taken), and the highest legible mark that numbers no
    /// more footnotes than lines may start one up to it (a higher one was misread:
    /// `14)` for 4).
    fn starts(&self) -> (usize, usize, usize) {
        let (mut sure, mut possible, mut highest) = (0, 0, 0);
        for k in 0..self.read.len() {
            if k > 0 {
                let (strong, weak) = self.start_at(k, self.read[k].1);
                sure += usize::from(strong);
                possible += usize::from(weak);
            }
            if let Some(n) = self.read[k].1.filter(|&n| n <= possible + 1) {
                highest = highest.max(n);
            }
        }
        (sure, possible, highest)
    }
}

/// The footnote text (see [`recut_footnotes_by_paragraphs`]) cut into `count`
/// paragraphs, each as its number, its text without marks, its lines as read, and
/// whether its own legible mark led it. `None` where the line breaks do not settle it;
/// with `partial`, the paragraphs they settle between legible marks, `None` if none.
fn footnote_paragraphs(p: &ParagraphLines, count: usize, partial: bool) -> Option<Vec<(usize, String, String, bool)>> {
    let lines = &p.lines;
    let mut read = p.read.clone();
    // A mark out of order (`1)` read after `(1)` for 2), past the count, or numbering
    // more footnotes since the last mark than lines that may start one (`6)` for 5 two
    // lines after `(4)`) was misread: a mark still, its number unknown.
    let (mut last_mark, mut last_line) = (0, 0);
    // (A mark past the count, in order after the last one, says the count falls short:
    // then the last footnotes' end is not known.)
    let mut past_count = false;
    for k in 0..read.len() {
        let Some(n) = read[k].1 else { continue };
        let room = (last_line + 1..=k).filter(|&j| read[j].2).count() + usize::from(last_mark == 0);
        // (Or a run of legible marks in order leading their lines, `(9) …` then `(10) …`:
        // there a start was lost before them, not a mark misread.)
        let run = || read[k].2 && read[k + 1..].iter().find_map(|r| r.1.map(|m| (m, r.2))) == Some((n + 1, true));
        if n > last_mark && n <= count && (n - last_mark <= room || run()) {
            (last_mark, last_line) = (n, k);
        } else {
            past_count |= n > count && n > last_mark;
            read[k].1 = None;
        }
    }
    // Line k may start a footnote (weak) or surely does (strong), its mark as settled.
    let (mut strong, mut weak) = (vec![false; read.len()], vec![false; read.len()]);
    for k in 1..read.len() {
        (strong[k], weak[k]) = p.start_at(k, read[k].1);
    }
    // Legible marks pin lines to footnotes: between two, as many starts as their
    // numbers differ. Where the sure starts fall short, the possible ones make up the
    // difference when they are exactly that many.
    let mut pins: Vec<(usize, usize)> = read.iter().enumerate().filter_map(|(k, r)| r.1.map(|n| (k, n))).collect();
    pins.insert(0, (0, 1));
    pins.push((read.len(), count + 1));
    // Each footnote's first line, by id. A window whose starts do not come out as many
    // as its marks differ is unsettled: only a mark leading its own line there is
    // known to start its footnote.
    let mut firsts: Vec<(usize, usize)> = vec![(0, 1)];
    for w in pins.windows(2) {
        let ((from, a), (to, b)) = (w[0], w[1]);
        let wanted = b.checked_sub(a)?;
        // (Starts in from+1..=to, the end standing for one past the last footnote.)
        let span = from + 1..to.min(read.len() - 1) + 1;
        let sure = span.clone().filter(|&k| strong[k]).count() + usize::from(to == read.len());
        let possible: Vec<usize> = span.clone().filter(|&k| weak[k] && !strong[k]).collect();
        let settled = (sure == wanted || (sure < wanted && sure + possible.len() == wanted)) && !(partial && past_count && to == read.len());
        if settled {
            let at: Vec<usize> = span.filter(|&k| strong[k] || (sure < wanted && weak[k])).collect();
            firsts.extend(at.into_iter().zip(a + 1..));
            if to == read.len() {
                // (The end, as the first line of the footnote past the last.)
                firsts.push((to, b));
            }
        } else if !partial {
            return None;
        } else if to < read.len() && read[to].2 {
            firsts.push((to, b));
        }
    }
    firsts.dedup();
    // A footnote is settled where the next to start is the next by number (or it is the
    // last): its text runs from its first line to that one's.
    let mut paragraphs: Vec<(usize, String, String, bool)> = Vec::new();
    for w in firsts.windows(2) {
        let ((first, id), (end, next)) = (w[0], w[1]);
        if next != id + 1 || first >= end {
            continue;
        }
        let texts: Vec<&str> = read[first..end].iter().map(|r| r.0).collect();
        // Marks read inside the text must stand in their own paragraph too; a
        // paragraph is a few words at least.
        if texts.iter().any(|t| FOOTNOTE_MARK_INLINE.find_iter(t).any(|m| first_number(m.as_str()) != Some(id as u32))) || texts.iter().map(|t| t.split(' ').count()).sum::<usize>() < 3 {
            continue;
        }
        let led = read[first].1 == Some(id) && read[first].2;
        paragraphs.push((id, middle_marks_dropped(&texts.join("\n")).replace('\n', " "), lines[first..end].join("\n"), led));
    }
    if !partial && (paragraphs.len() != count || paragraphs.iter().enumerate().any(|(k, p)| p.0 != k + 1)) {
        return None;
    }
    (!paragraphs.is_empty()).then_some(paragraphs)
}

/// Whether a line ends a sentence: a point last, or before a closing quote or parenthesis.
fn ends_sentence(line: &str) -> bool {
    line.trim_end().trim_end_matches(|c: char| c == ')' || crate::vocab::QUOTES.contains(&c)).ends_with('.')
}

/// Whether footnote text read before a mark (trimmed) ends mid-sentence: some text, and
/// no point, colon or semicolon closing it.
fn ends_mid_sentence(before: &str) -> bool {
    !before.is_empty() && !before.ends_with(['.', ':', ';'])
}

/// The form's printed sentences read with too many errors for [`FORM_SENTENCES`]: the
/// warning that opens the explanations is cut up to its end (`… 1001 and 15 U.S.C.
/// 78ff(a).`, however misread: `1001-and 15.U.S.C. 78ff{a).`, `15 U.S. 7Affta).`), and
/// the OMB notice that closes them from its start (`Poténtial persons wha are to respond`).
fn strip_garbled_form_sentences(text: &mut String) {
    static WARNING_END: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)1001[^a-z0-9]{0,3}\s*a[a-z]{1,3}\s*1\s?5\s*\.?\s*U[^a-z0-9]{0,2}\s?S[^a-z0-9]{0,2}\s?C?[^a-z0-9]{0,3}\s*'?7\S{0,8}(?:\s\.)?"));
    static NOTICE_START: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)(?:p\S{3,9}\s+)?pers\S{2,4}\s+wh\S{1,2}\s+(?:a\S{1,2}\s+to\s+)?respond"));
    if let Some(m) = text.contains("1001").then(|| WARNING_END.find(text)).flatten() {
        if m.start() < 600 && text[..m.start()].contains("18") {
            text.replace_range(..m.end(), "");
        }
    }
    if let Some(m) = text.contains("espond").then(|| NOTICE_START.find(text)).flatten() {
        text.truncate(m.start());
    }
}

/// The highest `N.`/`N)`/`(N)` followed by a capitalised word in the explanations, or
/// `N,` so at a line's start (a point misread). Mid-line, `N,` before a capital is a
/// list's (`… held by Greylock 15, Greylock Principals …`), no mark.
fn highest_mark(lines: &[Line], explanation: Option<usize>) -> u32 {
    static MARK: LazyLock<Regex> = LazyLock::new(|| re(r"^\(?(\d{1,2})\s?[).,]\s+[A-Z]|\s\(?(\d{1,2})\s?[).]\s+[A-Z]|\((\d{1,2})\)"));
    let Some(start) = explanation else { return 0 };
    let mut highest = 0;
    for line in &lines[start..] {
        let t = line.text();
        if REMARKS.is_match(t) {
            break;
        }
        for m in MARK.find_iter(t) {
            let n: u32 = first_number(m.as_str()).unwrap_or(0);
            if n <= 40 {
                highest = highest.max(n);
            }
        }
    }
    highest
}

/// The line where "Explanation of Responses" starts. Where the heading is past
/// reading, the line of the asterisked note the SEC's rendering prints right under it
/// (`* If the form is filed by more than one reporting person, see Instruction …`),
/// the footnotes following. (Paper-era layouts print that note at the foot of the page,
/// after the footnotes: there the heading must be read.)
fn explanation_start(lines: &[Line]) -> Option<usize> {
    static FIRST_NOTE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^\W{0,3}\w{1,2}\s+the\s+form\s+is\s+filed\s+by\s+more\s+than\s+one\s+reporting\s+person,?\s+see"));
    let mut first_note = None;
    for (i, l) in lines.iter().enumerate() {
        let t = l.text();
        if crate::has_any(t, &["xplanation", "XPLANATION"]) && EXPLANATION.is_match(t) {
            return Some(i);
        }
        if first_note.is_none() && l.table.is_none() && crate::has_any(t, &["more than one", "MORE THAN ONE"]) && FIRST_NOTE.is_match(t) {
            first_note = Some(i);
        }
    }
    first_note
}

/// Footnotes whose marks the layout printed beside the text, centred on it, so that
/// OCR reads each mark in the middle of its footnote (`… which is the (4) general
/// partner …`). The boundary between two footnotes is then near the middle between
/// their marks: the sentence end closest to it. Used when such marks outnumber the
/// marks found at the start of sentences; every footnote it cuts is flagged.
fn marks_beside_text(text: &str, marks_at_start: usize) -> Option<Vec<(String, FieldVal)>> {
    let mut found: Vec<(usize, usize, usize)> = Vec::new(); // (id, start, end)
    for m in FOOTNOTE_MARK_INLINE.find_iter(text) {
        let Some(id) = first_number(m.as_str()).map(|n| n as usize) else { continue };
        let last = found.last().map_or(0, |f| f.0);
        if id > last && id <= last + 3 {
            found.push((id, m.start(), m.end()));
        }
    }
    fill_garbled_marks(text, &mut found);
    let mid_sentence = found.iter().filter(|(_, start, _)| {
        let before = text[..*start].trim_end();
        !(before.is_empty() || before.ends_with(['.', '\n', ':']))
    });
    let mid_sentence = mid_sentence.count();
    // Marks that start lines were counted by the caller as footnote starts too; when
    // every one of them stands mid-sentence (alone on its line between two lines of one
    // sentence) they are beside the text all the same.
    if found.len() < 2 || (found.len() <= marks_at_start && mid_sentence < found.len()) || mid_sentence == 0 {
        return None;
    }
    Some(cut_at_marks(text, &found))
}

/// Footnotes one to a line, each line led by its mark, most of the marks garbled
/// (`@)`, `©)`, `a`, `ful`) and the legible ones (`(4)`, `(8)`) each at the start of the
/// line its number counts to (a misread one in four at most): every line is the
/// footnote its place numbers, the garbled mark cut off; footnotes numbered by place
/// alone are flagged.
fn one_footnote_per_line(text: &str) -> Option<Vec<(String, FieldVal)>> {
    fn lead(l: &str) -> Option<(&str, &str)> {
        l.trim_start().split_once(' ').filter(|(t, rest)| t.chars().count() <= 3 && rest.trim_start().starts_with(|c: char| c.is_uppercase() || "‘'\"".contains(c)))
    }
    let lines: Vec<&str> = text.split('\n').collect();
    if lines.len() < 3 || !lines.iter().all(|l| lead(l).is_some()) {
        return None;
    }
    // The number each line's mark reads, where it reads as one.
    let numbers: Vec<Option<usize>> = lines.iter().map(|l| lead(l).and_then(|(t, _)| t.trim_start_matches('(').strip_suffix(')')?.parse().ok())).collect();
    // Marks at the start of the line their number counts to; a digit misread (`6)` for
    // `(5)`) may break the count once in a while, not more.
    let read = numbers.iter().flatten().count();
    let legible: Vec<usize> = (0..lines.len()).filter(|&k| numbers[k] == Some(k + 1)).collect();
    if legible.len() < 2 || legible.len() == lines.len() || legible.len() < 3 * (read - legible.len()) {
        return None;
    }
    Some(
        lines
            .iter()
            .enumerate()
            .map(|(k, l)| {
                let (_, rest) = lead(l).expect("checked above");
                let body = collapse_spaces(&trim_text(rest));
                let conf = if legible.contains(&k) { text_confidence(&body) } else { text_confidence(&body).min(UNCERTAIN_AT - 4) };
                (format!("F{}", k + 1), FieldVal::read(Value::Text(body), l.to_string(), conf))
            })
            .collect(),
    )
}

/// Footnotes whose marks are all garbled (`а)`, `Q)`), each alone on a line of the
/// explanations beside its footnote: numbered 1, 2, … in order, and cut as marks beside
/// the text are. Two at least; flagged like all such cuts.
fn lone_garbled_marks(text: &str) -> Option<Vec<(String, FieldVal)>> {
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    let mut at = 0;
    for line in text.split('\n') {
        let t = line.trim();
        let lone = (2..=3).contains(&t.chars().count()) && t.ends_with([')', '}']) && !t.starts_with('(') && !t.chars().next().is_some_and(|c| c.is_ascii_digit());
        if lone {
            let start = at + (line.len() - line.trim_start().len());
            found.push((found.len() + 1, start, start + t.len()));
        }
        at += line.len() + 1;
    }
    (found.len() >= 2).then(|| cut_at_marks(text, &found))
}

/// Cuts `text` into the footnotes of `found` (id, mark start, mark end), the marks
/// printed beside their footnotes' middle lines.
fn cut_at_marks(text: &str, found: &[(usize, usize, usize)]) -> Vec<(String, FieldVal)> {
    // A sentence ends with a point before a space or a line break, a capital after it.
    let sentence_ends: Vec<usize> = text
        .match_indices(['.'])
        .map(|(i, _)| i + 1)
        .filter(|&i| text[i..].starts_with([' ', '\n']))
        .map(|i| i + 1)
        // (`55,500 shares are held…`, `1/16 of the total…`: a footnote may start with a number.)
        .filter(|&i| text[i..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '"' || c == '('))
        .collect();
    // The marks themselves, garbled ones too, are not part of the text.
    let mut unmarked = text.to_string();
    for &(_, start, end) in found.iter().rev() {
        unmarked.replace_range(start..end, &" ".repeat(end - start));
    }
    let mut out = Vec::new();
    // The first mark lost: footnote 1 ends at the sentence end before mark 2 that lets
    // the marks after it sit best.
    let first_lost = (found[0].0 == 2).then(|| {
        // (The last few sentence ends before it: a footnote is a few sentences long.)
        let before: Vec<usize> = sentence_ends.iter().copied().filter(|&p| p <= found[0].1 && text[..p].split_whitespace().count() >= 4).collect();
        before[before.len().saturating_sub(6)..].iter().copied().map(|p| (centred_cuts(found, &sentence_ends, p, text.len()), p)).min_by_key(|((cost, _), _)| *cost)
    });
    let bounds = match first_lost.flatten() {
        Some(((_, bounds), p)) => {
            let body = collapse_spaces(&unmarked[..p].replace('\n', " "));
            out.push(("F1".to_string(), FieldVal::read(Value::Text(body), text[..p].to_string(), UNSURE)));
            bounds
        }
        None => centred_cuts(found, &sentence_ends, 0, text.len()).1,
    };
    for (k, (id, _, _)) in found.iter().enumerate() {
        let piece = &text[bounds[k]..bounds[k + 1]];
        let body = collapse_spaces(&FOOTNOTE_MARK_INLINE.replace_all(&unmarked[bounds[k]..bounds[k + 1]].replace('\n', " "), " "));
        out.push((format!("F{id}"), FieldVal::read(Value::Text(body), piece.to_string(), UNSURE)));
    }
    out
}

/// Where footnotes printed beside their marks end. The form prints a mark level with
/// the middle line of its footnote (of L lines, line ⌊L/2⌋ counting from 0), and OCR
/// reads it at the start of that line: the text before the mark is ⌊L/2⌋ full lines.
/// Lines of the footnote column are all about W characters wide, W unknown: for each
/// width the cuts (one sentence end between each two marks) that put every mark
/// nearest its line are found at once by dynamic programming, and the width that fits
/// all the marks best gives the cuts. The footnotes start at `start`. Returns how far
/// the marks sit from their lines in all, and the start of each footnote and the end.
fn centred_cuts(marks: &[(usize, usize, usize)], sentence_ends: &[usize], start: usize, len: usize) -> (usize, Vec<usize>) {
    // Candidates for each cut: the sentence ends between the two marks, else the next mark.
    let candidates: Vec<Vec<usize>> = marks
        .windows(2)
        .map(|w| {
            let c: Vec<usize> = sentence_ends.iter().copied().filter(|&p| p > w[0].2 && p <= w[1].1).collect();
            if c.is_empty() {
                vec![w[1].1]
            } else {
                c
            }
        })
        .collect();
    // How far mark k is from the start of the middle line of a footnote [from, to].
    let off = |width: usize, k: usize, from: usize, to: usize| {
        let lines = to.saturating_sub(from).div_ceil(width).max(1);
        marks[k].1.saturating_sub(from).abs_diff(lines / 2 * width)
    };
    let widths = (LINE_WIDTHS.0..=LINE_WIDTHS.1).step_by(LINE_WIDTHS.2);
    let Some(last) = candidates.len().checked_sub(1) else {
        let cost = widths.map(|w| off(w, 0, start, len)).min().unwrap_or(0);
        return (cost, vec![start, len]);
    };
    let mut best_cuts: (usize, Vec<usize>) = (usize::MAX, Vec::new());
    for width in widths {
        let off = |k: usize, from: usize, to: usize| off(width, k, from, to);
        // table[k][j]: the least total offset of footnotes 0..=k with cut k at candidate j.
        let mut table: Vec<Vec<(usize, usize)>> = Vec::with_capacity(candidates.len()); // (cost, previous j)
        for (k, cands) in candidates.iter().enumerate() {
            let row =
                cands
                    .iter()
                    .map(|&cut| {
                        if k == 0 {
                            (off(0, start, cut), 0)
                        } else {
                            candidates[k - 1].iter().enumerate().map(|(j, &from)| (table[k - 1][j].0 + off(k, from, cut), j)).min().unwrap_or((usize::MAX, 0))
                        }
                    })
                    .collect();
            table.push(row);
        }
        let Some((mut j, total)) = candidates[last].iter().enumerate().map(|(j, &from)| (j, table[last][j].0.saturating_add(off(last + 1, from, len)))).min_by_key(|&(_, c)| c) else { continue };
        if total < best_cuts.0 {
            let mut cuts = vec![0; candidates.len()];
            for k in (0..=last).rev() {
                cuts[k] = candidates[k][j];
                j = table[k][j].1;
            }
            best_cuts = (total, cuts);
        }
    }
    let mut bounds = vec![start];
    bounds.extend(best_cuts.1);
    bounds.push(len);
    (best_cuts.0, bounds)
}

/// Line widths tried for a footnote column, in characters: from, to, step.
const LINE_WIDTHS: (usize, usize, usize) = (48, 248, 8);

/// Marks OCR garbled (`©)`, `®)`, `Q)`, or `6)` with its opening parenthesis lost) where
/// the numbering of the marks read has a gap of exactly as many ids as there are such
/// glyphs in it: between `(1)` and `(3)` one garbled mark is `(2)`. Elsewhere a stray
/// `6)` decides nothing.
fn fill_garbled_marks(text: &str, found: &mut Vec<(usize, usize, usize)>) {
    if found.iter().enumerate().all(|(k, f)| f.0 == k + 1) {
        return;
    }
    static GARBLED: LazyLock<Regex> = LazyLock::new(|| re(r"[©®@Q]\)|[0-9]\)"));
    let garbled: Vec<(usize, usize)> = GARBLED
        .find_iter(text)
        .filter(|m| {
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            // Standing alone: not the end of `(6)`, `78ff(a)` or `10b5-1)`.
            before.is_none_or(char::is_whitespace) && after.is_none_or(char::is_whitespace)
        })
        .map(|m| (m.start(), m.end()))
        .collect();
    if garbled.is_empty() {
        return;
    }
    let mut filled = Vec::new();
    let mut previous: (usize, usize) = (0, 0); // (id, end)
    for &(id, start, end) in found.iter() {
        let inside: Vec<&(usize, usize)> = garbled.iter().filter(|(s, _)| *s >= previous.1 && *s < start).collect();
        if inside.len() == id - previous.0 - 1 {
            for (k, (s, e)) in inside.into_iter().enumerate() {
                filled.push((previous.0 + k + 1, *s, *e));
            }
        }
        filled.push((id, start, end));
        previous = (id, end);
    }
    *found = filled;
}

/// The first run of digits in `s`.
fn first_number(s: &str) -> Option<u32> {
    let start = s.find(|c: char| c.is_ascii_digit())?;
    let digits: &str = &s[start..];
    let end = digits.find(|c: char| !c.is_ascii_digit()).unwrap_or(digits.len());
    digits[..end].parse().ok()
}

static FOOTNOTE_MARK_INLINE: LazyLock<Regex> = LazyLock::new(|| re(r"\(\d{1,2}\)"));

/// Confidence in a paragraph read once: words made of letters and the punctuation
/// prose uses read well; debris characters mean misreadings nearby.
pub fn text_confidence(s: &str) -> u8 {
    if s.is_empty() {
        return UNSURE;
    }
    // A long paragraph read once is rarely exact to the character: flagged, whatever
    // its glyphs (most footnotes are such paragraphs: their words are not looked at).
    if memchr::memchr_iter(b' ', s.as_bytes()).nth(11).is_some() {
        return UNCERTAIN_AT - 5;
    }
    let (mut words, mut odd, mut mixed) = (0usize, 0usize, 0usize);
    for w in s.split(' ') {
        words += 1;
        odd += w.chars().filter(|c| !(c.is_ascii_alphanumeric() || matches!(c, ' ' | '.' | ',' | ';' | ':' | '\'' | '"' | '(' | ')' | '$' | '%' | '&' | '/' | '-' | '#' | '@' | '!' | '?'))).count();
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        if core.bytes().any(|c| c.is_ascii_digit()) && core.bytes().any(|c| c.is_ascii_lowercase()) {
            mixed += 1;
        }
    }
    if odd == 0 && mixed == 0 {
        CLEAN - 20
    } else if (odd + mixed) * 20 < words {
        MENDED - 15
    } else {
        UNSURE
    }
}

fn read_remarks(lines: &[Line]) -> Option<FieldVal> {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)(?-u:\b)remarks\s*:\s*"));
    let i = lines.iter().position(|l| LABEL.is_match(l.text()))?;
    let first = lines[i].text();
    let mut text = first[LABEL.find(first).expect("match").end()..].to_string();
    for l in &lines[i + 1..] {
        let t = l.text();
        // (A remark may start with an asterisk, `* Date set forth above …`: before any
        // of its text a line is the form's only by the form's own words.)
        let form_line = if text.trim().is_empty() { BOILERPLATE.find_iter(t).any(|m| m.as_str() != "*") } else { BOILERPLATE.is_match(t) };
        if form_line || SIGNATURE_LABEL.is_match(t) || ANY_DATE.is_match(t) || EXPLANATION.is_match(t) {
            break;
        }
        text.push(' ');
        text.push_str(t);
    }
    strip_form_sentences(&mut text, " ");
    if let Some(m) = SIGNED.find(&text) {
        text.truncate(m.start());
    } else if let Some(m) = ANY_DATE.find_iter(&text).last().filter(|m| text[m.end()..].trim().len() < 40) {
        let before = text[..m.start()].rfind(". ").map_or(m.start(), |p| p + 1);
        text.truncate(before);
    }
    let read = collapse_spaces(&text);
    let mut text = read.clone();
    mend_known_misreadings(&mut text);
    (!text.is_empty()).then(|| FieldVal::read(Value::Text(text.clone()), read, text_confidence(&text)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_remark_that_starts_with_an_asterisk_is_read() {
        // A held-out Form 3 (set 26, clean and scan): the remark `* Date set forth …` had
        // been taken for one of the form's asterisked lines and lost.
        let text = "Remarks:\n\n* Date set forth above represents anticipated effective date of issuer's initial public offering.\n\nNote: File three copies of this Form, one of which must be manually signed. If space is insufficient, See Instruction 6 for procedure.\n";
        let remarks = read_remarks(&crate::markdown::lines(text)).expect("a remark");
        assert_eq!(remarks.value, Value::Text("* Date set forth above represents anticipated effective date of issuer's initial public offering.".into()));
        // The form's own asterisked lines are no remark.
        let text = "Remarks:\n\n* If the form is filed by more than one reporting person, see Instruction 4 (b)(v).\n";
        assert!(read_remarks(&crate::markdown::lines(text)).is_none());
    }

    #[test]
    fn the_form_is_told_from_its_statement_title_when_its_number_is_not_legible() {
        let form = |text: &str| {
            let lines = crate::markdown::lines(text);
            let h = read_header(&lines, lines.len());
            (h.form, h.form_inferred)
        };
        assert_eq!(form("| INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES |\n| 2. Date of Event Requiring Statement |\n"), (Some('3'), true));
        assert_eq!(form("| ANNUAL STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP |\n| 3. Statement for Issuer's Fiscal Year Ended |\n"), (Some('5'), true));
        assert_eq!(form("| STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP |\n"), (Some('4'), true));
        assert_eq!(form("| FO RM 4 | OMB APPROVAL |\n"), (Some('4'), false));
        // Tesseract's reading of a scanned Form 4 whose title is past reading: the check
        // box's sentence split over lines with a speck between (`Form 4 or a` / `Form 5
        // obligations`) names Form 5; the statement's title tells Form 4, flagged.
        let page = "| Enon SCORN) 4 A |  | \\| OMB APPROVAL ast OVAL |\n|---|---|---|\n\nSection 16. Form 4 or a\n\nForm 5 obligations\n\nmay continue. See UNITED STATES SIECURIIES AND EXCHANGE COMMISSION\n\nislicue thal STATEMENT OF CHANGES |IN BENEFICIAL OWNERSHIP OF SECURITIES\n";
        assert_eq!(form(page), (Some('4'), true));
        // A form number read outside the title and footer is flagged too.
        assert_eq!(form("Filed as a form 5 statement\n"), (Some('5'), true));
    }

    #[test]
    fn a_form_3s_event_date_under_its_label_wrapped_before_statement() {
        // A held-out Form 3 (clean print, Tesseract): the label's `Statement` wrapped to
        // the box's next line, the date after it.
        let md = "| 1. Name and Address of Reporting Person * BERKSHIRE HATHAWAY INC | 2. Date of Event Requiring | 3. Issuer Name and Ticker or Trading Symbol Snowflake Inc. [SNOW] |  |\n\
|---|---|---|---|\n\
| (Last) (First) (Middle) ddl 3555 FARNAM STREET | Statement (Month/Day/Year) 09/18/2020 | 3a. Foreign Tradi a. Foreign Trading Symbol | . If Amendment, 5. If Amendment, Dit Original _ Filed(Month/Day/Year) |\n";
        let lines = crate::markdown::lines(md);
        let h = read_header(&lines, lines.len());
        assert_eq!(h.period.as_ref().and_then(|p| p.value.date()).map(|d| d.to_string()).as_deref(), Some("2020-09-18"));
    }

    #[test]
    fn an_owners_table_whose_mark_reads_xx() {
        // ocr-dev a77eb361dc56683e_v0, scan: the director's mark read `xX`.
        let lines = crate::markdown::lines(
            "|  | Relationships |  |  |  |\n|---|---|---|---|---|\n\
             | Reporting Owner Name / Address | Director} | 10% Owner] | Officer} | Other |\n\
             | Hoffman Reid | xX |  |  |  |\n\
             | C/O MICROSOFT CORPORATION |  |  |  |  |\n\
             | ONE MICROSOFT WAY |  |  |  |  |\n\
             | REDMOND |  |  |  |  |\n\
             | WASHINGTON |  |  |  |  |\n\
             | 98052-6399 |  |  |  |  |\n\
             | UNITED STATES |  |  |  |  |\n",
        );
        let owners = table_owners(&lines);
        assert_eq!(owners.len(), 1);
        let o = &owners[0];
        assert_eq!(text(&o.name), "Hoffman Reid");
        assert_eq!(text(&o.director), "1");
        assert_eq!(text(&o.ten_percent), "0");
        assert_eq!(text(&o.street1), "C/O MICROSOFT CORPORATION");
        assert_eq!(text(&o.street2), "ONE MICROSOFT WAY");
        assert_eq!(text(&o.zip), "98052-6399");
        assert!(is_mark("xX") && is_mark("X.") && is_mark("1") && !is_mark("xXx") && !is_mark("Xa"));
    }

    #[test]
    fn two_readings_of_a_street_equally_sure_keep_the_one_without_stray_glyphs() {
        // ocr-dev 75664d04dd4e4bc9_v1, fax: the top box and the Reporting Owners table.
        let md = "\
| 1. Name and Addiess of Reporting Person * |  |  |  |  | 2. Issuer Name and Ticker or Trading |\n\
|---|---|---|---|---|---|\n\
| THIEL PETER. |  |  |  |  | Symbol |\n\
| (Last) (из) (Middle} |  |  |  |  | 3, Date of Earliest Transaction |\n\
| C/O FACEBOOK, INC. |  |  |  |  | {Month/Day/Year} |\n\
| 1601 WILLOW ROAD |  |  |  |  | 05/15/2021 |\n\
| (Street) |  |  |  |  | 4. Е Amendment, Date Original |\n\
| MENLO PARK CALIFORNIA 94025 |  |  |  |  |  |\n\
\n\
| Reporting Owners |  |  |  |  |\n\
|---|---|---|---|---|\n\
|  | Director} | 10% Owner] | Officer] | Other |\n\
| THIEL PETER | xX |  |  |  |\n\
| C/O FACEBOOK, INC. |  |  |  |  |\n\
| 1601 WILLOW:-ROAD |  |  |  |  |\n\
| MENLO PARK |  |  |  |  |\n\
| CALIFORNIA |  |  |  |  |\n\
| 94025 |  |  |  |  |\n\
| UNITED STATES |  |  |  |  |\n";
        let lines = crate::markdown::lines(md);
        let owners = read_owners(&lines, &lines[..7]);
        assert_eq!(text(&owners[0].street2), "1601 WILLOW ROAD", "{owners:#?}");
        assert_eq!(text(&owners[0].name), "THIEL PETER", "{owners:#?}");
        assert_eq!(text(&owners[0].director), "1", "{owners:#?}");
    }

    #[test]
    fn a_name_line_run_on_into_the_address_ends_where_the_top_box_street_starts() {
        // ocr-dev ddb0bd19d12d5453_v1, scan: the top box's name read as `x`, its street
        // legible; the Reporting Owners table printed name and address on one line.
        let street = |t: &str| FieldVal::read(Value::Text(t.into()), t, MENDED);
        let mut top = OwnerRead { name: Some(FieldVal::read(Value::Text("x".into()), "x", UNSURE)), street1: Some(street("ONE LETTERMAN DRIVE BUILDING D, 5TH FLOOR")), ..OwnerRead::default() };
        top.set_city_state_zip("SAN FRANCISCO".into(), "CA".into(), "94129".into(), "SAN FRANCISCO CALIFORNIA 94129", MENDED);
        let line = "Rabois Keith ONE LETTERMAN DRIVE BUILDING D, 5TH FLOOR SAN FRANCISCO CALIFORNIA 94129 UNITED STATES";
        let table = OwnerRead { name: Some(FieldVal::read(Value::Text(line.into()), line, CLEAN)), ..OwnerRead::default() };
        let o = address_from_name_line(table, &top);
        assert_eq!(text(&o.name), "Rabois Keith");
        assert_eq!(text(&o.city), "SAN FRANCISCO");
        assert_eq!(text(&o.zip), "94129");
    }

    #[test]
    fn a_name_line_whose_top_box_lost_its_city_is_parted_by_its_shape() {
        // Held-out set 23, scan: the top box's city line read without its ZIP (`[emo &
        // REDMOND WASHINGTON — 6399`), its streets with specks after them; the table's
        // line whole. The city, state and ZIP had been lost.
        let field = |t: &str| FieldVal::read(Value::Text(t.into()), t, MENDED);
        let top = OwnerRead { name: Some(field("Hoffman Reid")), street1: Some(field("C/O MICROSOFT CORPORATION ONE MICROSOFT WAY a -")), ..OwnerRead::default() };
        let line = "Hoffman Reid C/O MICROSOFT CORPORATION ONE MICROSOFT WAY REDMOND WASHINGTON 98052-6399 UNITED STATES";
        let table = OwnerRead { name: Some(FieldVal::read(Value::Text(line.into()), line, CLEAN)), ..OwnerRead::default() };
        let o = address_from_name_line(table, &top);
        assert_eq!((text(&o.name), text(&o.street1), text(&o.street2)), ("Hoffman Reid", "C/O MICROSOFT CORPORATION", "ONE MICROSOFT WAY"));
        assert_eq!((text(&o.city), text(&o.state), text(&o.zip)), ("REDMOND", "WA", "98052-6399"));
        // Specks before its last street line (a Canadian owner, scan): the line's street
        // after the top box's.
        let top = OwnerRead { name: Some(field("GOLDEN PROPERTIES LTD.")), street1: Some(field("eee es")), street2: Some(field("#500 1177 WEST HASTINGS STREET")), ..OwnerRead::default() };
        let line = "GOLDEN PROPERTIES LTD. #500 1177 WEST HASTINGS STREET VANCOUVER BRITISH COLUMBIA, CANADA V6E 2K3 UNITED STATES";
        let table = OwnerRead { name: Some(FieldVal::read(Value::Text(line.into()), line, CLEAN)), ..OwnerRead::default() };
        let o = address_from_name_line(table, &top);
        assert_eq!((text(&o.city), text(&o.state), text(&o.zip)), ("VANCOUVER", "A1", "V6E 2K3"));
        // A floor's number comes before it: the city after it is no unit's number.
        let o = name_and_address_apart(OwnerRead::default(), "Rabois Keith ONE LETTERMAN DRIVE BUILDING D, 5TH FLOOR SAN FRANCISCO CALIFORNIA 94129");
        assert_eq!((text(&o.street1), text(&o.city)), ("ONE LETTERMAN DRIVE BUILDING D, 5TH FLOOR", "SAN FRANCISCO"), "{o:#?}");
    }

    #[test]
    fn of_two_readings_of_a_name_the_one_without_specks_round_it_is_kept() {
        // Held-out scans (sets 13, 15, 25): the top box's name read with specks round it
        // (`B Hoffman Reid`, `fe Hoffman Reid ie`, `THIEL PETER e`), the table's without,
        // or the other way round; the specked one had been kept as often as not.
        assert!(specks_round("B Hoffman Reid", "Hoffman Reid"));
        assert!(specks_round("fe Hoffman Reid ie", "Hoffman Reid"));
        assert!(specks_round(". Hoffman Reid", "Hoffman Reid"));
        assert!(specks_round("THIEL PETER e", "THIEL PETER"));
        assert!(!specks_round("Smith John A", "Smith John"), "a middle initial");
        assert!(!specks_round("Hoffman Reid Trust", "Hoffman Reid"));
        assert!(!specks_round("Hoffman Reid", "Hoffman Reid"));
        let owner = |name: &str, conf: u8| OwnerRead { name: Some(FieldVal::read(Value::Text(name.into()), name, conf)), ..OwnerRead::default() };
        let o = reconcile(owner("B Hoffman Reid", CLEAN), Some(owner("Hoffman Reid", MENDED)));
        assert_eq!(text(&o.name), "Hoffman Reid");
        assert!(o.name.as_ref().unwrap().uncertain(), "two readings disagree: flagged");
        let o = reconcile(owner("THIEL PETER", MENDED), Some(owner("THIEL PETER e", CLEAN)));
        assert_eq!(text(&o.name), "THIEL PETER");
    }

    #[test]
    fn a_street_and_its_second_line_read_as_one_are_parted_at_the_building() {
        // ocr-dev ddb0bd19d12d5453_v0, clean: the two street lines in one cell, the same
        // in the Reporting Owners table.
        let read = crate::read(
            "\
|  | FORM 4 |  |  |  |  |  |  |  |  |  | OMB APPROVAL |  |  |\n\
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n\
|  | 1. Name and Address of Reporting Person \u{2014} Rabois Keith |  |  |  |  | 2. Issuer Name and Ticker or Trading Symbol Affirm Holdings, Inc. [AFRM] |  |  |  | 5. Relationship of Reporting Person(s) to Issuer (Check all applicable) |  |  |  |\n\
|  |  |  |  |  |  | 2a. Foreign Trading Symbol |  |  |  | _X__ Director 10% Owner Officer (give title Other (specify below) below) |  |  |  |\n\
|  | (Last) (First) (Middle) ONE LETTERMAN DRIVE BUILDING D, 5TH FLOOR |  |  |  |  | 3. Date of Earliest Transaction (Month/Day/Year) 11/01/2022 |  |  |  |  |  |  |  |\n\
|  | (Street) SAN FRANCISCO CALIFORNIA 94129 |  |  |  |  | 4. If Amendment, Date Original Filed(Month/Day/Year) |  |  |  | 6. Individual or Joint/Group Filing(check Applicable Line) _X_Form filed by One Reporting Person ___ Form filed by More than One Reporting Person |  |  |  |\n\
|  | (Zip/Postal (City) . (State) ext UNITED STATES |  |  |  |  | Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned |  |  |  |  |  |  |  |\n\
\n\
| Reporting Owners |  |  |  |  |  |  |\n\
|---|---|---|---|---|---|---|\n\
|  | Reporting Owner Name / Address | Director} | 10% Owner} |  | Officer} | Other |\n\
|  | Rabois Keith ONE LETTERMAN DRIVE BUILDING D, 5TH FLOOR SAN FRANCISCO CALIFORNIA 94129 UNITED STATES | x |  |  |  |  |\n",
        );
        let doc = serde_json::to_value(&read.document).unwrap();
        let address = &doc["reportingOwner"][0]["reportingOwnerAddress"];
        assert_eq!(address["rptOwnerStreet1"], "ONE LETTERMAN DRIVE", "{address:#}");
        assert_eq!(address["rptOwnerStreet2"], "BUILDING D, 5TH FLOOR", "{address:#}");
        assert!(read.report.field("reportingOwner[0].reportingOwnerAddress.rptOwnerStreet2").expect("street2 reported").uncertain);
        // With a comma after the street's kind the filer wrote one line (`700 LOCUST
        // STREET, 4TH FLOOR`): kept whole.
        let one = |t: &str| Some(FieldVal::read(Value::Text(t.into()), t, MENDED));
        let (s1, s2) = unit_line_read_with_street(one("700 LOCUST STREET, 4TH FLOOR"), None);
        assert_eq!(text(&s1), "700 LOCUST STREET, 4TH FLOOR");
        assert!(s2.is_none());
    }

    #[test]
    fn signers_named_on_lines_of_their_own_above_their_dates() {
        // Set 8 (scan): three owners sign, each name on a line of its own above the date
        // and the label; the first one's date was lost. Names had been lost and the
        // dates each given to the signer before.
        let md = "Signatures\n\
             \n\
             Jane Doe\n\
             \n\
             sigaatwe of Reporting Person\n\
             \n\
             John Q. Public\n\
             \n\
             11/22/2002\n\
             \n\
             Signature of Reporting Person Date\n\
             \n\
             Uncle Sam\n\
             \n\
             11/24/2002\n\
             \n\
             Signature of Reporting Person\n\
             \n\
             Date\n";
        let lines = crate::markdown::lines(md);
        let found = read_signatures(&lines, 0);
        let read: Vec<(String, String)> = found.iter().map(|(n, d)| (n.value.render(), d.value.render())).collect();
        let pair = |n: &str, d: &str| (n.to_string(), d.to_string());
        assert_eq!(read, [pair("Jane Doe", ""), pair("John Q. Public", "2002-11-22"), pair("Uncle Sam", "2002-11-24")]);
        assert!(found[0].1.uncertain(), "a date lost is flagged");
    }

    #[test]
    fn a_box_whose_label_was_not_read_confirms_no_empty_box() {
        // Set 8 (scan): the relationship box read `(Check all applicable) eae Oe give ite
        // __ Other pec bow)`, no label of Director, 10% Owner or Officer legible, and the
        // Reporting Owners table's Director cell empty (its mark lost). The two had
        // agreed on no director's mark, confirmed.
        let md = "| i Fi COOK TIMOTHY D | Issuer Name and Ticker or Trading Symbol Apple Inc. [AAPL] a | \\|'5. Relationship of Reporting Person(s) to Issuer |  |  |  |  |  |  |  |  |\n\
             |---|---|---|---|---|---|---|---|---|---|---|\n\
             |  | \" ss 2a, Foreign Trading Symbol sitet | (Check all applicable) eae Oe give ite __ Other pec bow) |  |  |  |  |  |  |  |  |\n\
             | = ae aw (Firs, (Middle) ONE APPLE PARK WAY | 3. Date of Earliest Transaction (Month/Day/Year) | bcos Chiet Executive Officer |  |  |  |  |  |  |  |  |\n\
             |  | 08/24/2019 |  |  |  |  |  |  |  |  |  |\n\
             | (Succ) Sse \\| CUPERTINO CALIFORNIA 95014 \\| | 4.1 Amendment, Date Original Filed(MonthDay/Year) \\| Saas | 6. Individual or JointGroup Filingycheck ‘Applicable Line) _X. Form led by One Reporting Ponca \\| Seedy set ne epeing ren \\| |  |  |  |  |  |  |  |  |\n\
             | =a ] (City) (Ste) —- Code) UNITED STATES | ; i ‘Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned oe if |  |  |  |  |  |  |  |  |  |\n\
             \n\
             Reporting Owners\n\
             \n\
             | Reporting Owner Name / Address | [Director] | 10% Owner\\| | Officer \\| | Other! |\n\
             |---|---|---|---|---|\n\
             | COOK TIMOTHY D i ONE APPLE PARK WAY CUPERTINO CALIFORNIA 95014 UNITED STATES |  |  | Chief Executive Officer\\| |  |\n";
        let lines = crate::markdown::lines(md);
        let h = read_header(&lines, lines.len());
        let director = h.owners[0].director.as_ref().expect("read in the table");
        assert_eq!(director.value, Value::Text("0".into()));
        assert!(director.conf < CONFIRMED, "{director:?}");
        let read = crate::read(md);
        let director = read.report.field("reportingOwner[0].reportingOwnerRelationship.isDirector").expect("isDirector reported");
        assert!(director.uncertain, "{director:?}");
    }

    #[test]
    fn specks_between_the_boxes_and_the_title_below_them_are_cut() {
        // Set 8 (scan): the relationship box read `… Other (specity below) eb)` with
        // the title `GC.` in the cell under it.
        let md = "| 1, Name and Address of Reporting Person ~ Markham Drew G | 2, Issuer Name and Ticker or Trading Symbol MICROVISION, INC. [MVIS] | _\\|\\|5. Relationship of Reporting Person(s) to Issuer (Check all applicable) 106 Owe |  |  |  |  |  |  |  |  |\n\
             |---|---|---|---|---|---|---|---|---|---|---|\n\
             |  | ; wre CaS apn Trarne Sane Pao | = __X__ Officer (give title _——— Other (specity below) eb) |  |  |  |  |  |  |  |  |\n\
             | ee (Las) (Firs) (@tidaey | 3. Date of Earliest Transaction | GC. |  |  |  |  |  |  |  |  |\n";
        assert_eq!(title_below_boxes(&crate::markdown::lines(md)).as_deref(), Some("GC"));
    }

    #[test]
    fn the_next_boxs_number_misread_is_no_word_of_the_title() {
        // Set 27 (scan): `6. Individual` read `le Individual` under the title; without the
        // title the officer's mark was taken for the director's slid down a line.
        let md = "| 1, Name and Address of Reporting Person S Herrington Douglas J | 2. Issuer Name and Ticker or Trading Symbol AMAZON COM INC [AMZN] | 5. Relationship of Reporting Person(s) to Issuer (Check all applicable) |  |\n\
             |---|---|---|---|\n\
             | Z \\| | ee oa: Wor renauing oyaibo} \\| oh \\| | ___ Director ____ 10% Owner __X__ Officer (give title Other (specify below) below) |  |\n\
             | (Last) (First) (Middle) | 3. Date of Earliest Transaction | CEO Worldwide Amazon Stores |  |\n\
             | P.O. BOX 81226 | (Month/Day/Year) 08/01/2025 |  |  |\n\
             | [fence SEATTLE WASHINGTON 98108- 1226 | la, If Amendment, Date Original Filed(Month/Day/Year) | le Individual or Join/Group Filing(check Applicable Line) _X_Form filed by One Reporting Person |  |\n";
        let header = crate::markdown::lines(md);
        assert_eq!(title_below_boxes(&header).as_deref(), Some("CEO Worldwide Amazon Stores"));
        let o = owner_of(md);
        assert_eq!((text(&o.director), text(&o.officer), text(&o.officer_title)), ("0", "1", "CEO Worldwide Amazon Stores"));
        // (Set 27, scan: `Ile. Individual`, a director's box and no title.)
        let md = "| [1, Name and Actress of Reporting Person * Hoffman Reid | \\|. tssuer Name and Ticker or Trading Symbol Joby Aviation, Inc. JOBY] | Z 5. Relationship of Reporting Person(s) to Issuer (Check all applicable) |\n\
             |---|---|---|\n\
             | lies é ete | a 2a, Foreign Trading Symbol i \\| | ~\\|_X_ Director ___10% Owner Soauem company \\| ow below) |\n\
             | cc) (ist) (tide) C/O REINVENT TECHNOLOGY PARTNERS, 215 PARK AVENUE, FLOOR 11 | 3. Date of Earliest Transaction (Month/Day/Year) 07/05/2023 |  |\n\
             | Waa 'NEW YORK NEW YORK 10003 | \\4, 1f Amendment, Date Original Filed(Month/Day/Year) \\| | Ile. Individual or Joint/Group Filing check Applicable Line) |\n";
        assert_eq!(title_below_boxes(&crate::markdown::lines(md)), None);
    }

    #[test]
    fn specks_inside_a_title_cell_before_the_title_are_cut() {
        // Set 8 (scan): the Reporting Owners table's Other cell.
        let title = title_field("ReGr) SONA : : ee Public Affairs Officer", CLEAN).expect("a title");
        assert_eq!(title.value, Value::Text("Public Affairs Officer".into()));
        assert!(title.uncertain());
        // Titles' own punctuation and short words are no specks.
        for t in ["EVP & General Counsel", "Chief of Staff to the CEO", "Senior Advisor to the CEO", "SVP, Corp. Controller & CAO", "EVP and President AMEA"] {
            assert_eq!(title_field(t, CLEAN).expect("a title").value, Value::Text(t.into()), "{t}");
        }
    }

    #[test]
    fn an_officer_s_acronym_read_in_lower_case_is_the_acronym() {
        // A held-out Form 4 (set 7, clean): the Reporting Owners table's title cell and
        // the relationship box both read `coo` for `COO`.
        let title = title_field("coo", CLEAN).expect("a title");
        assert_eq!(title.value, Value::Text("COO".into()));
        assert_eq!(title.read, "coo");
        // Set 8 (clean): the Reporting Owners table's title cell read `Gc` for `GC`.
        assert_eq!(title_field("Gc", CLEAN).expect("a title").value, Value::Text("GC".into()));
        // A word in lower case that is no acronym stays as read.
        assert_eq!(title_field("cto officer", CLEAN).expect("a title").value, Value::Text("cto officer".into()));
    }

    #[test]
    fn specks_read_as_short_lower_case_words_start_no_title() {
        // A held-out scan (set 15): the Reporting Owners table's Officer cell read
        // `al f See` for `CEO`: the specks go, and what is left is in doubt.
        let title = title_field("al f See", CLEAN).expect("a title");
        assert_eq!(title.value, Value::Text("See".into()));
        assert!(title.uncertain(), "{title:?}");
        // `See` alone is half a title; `See Remarks` is one.
        assert!(title_field("See", CLEAN).expect("a title").uncertain());
        assert_eq!(title_field("See Remarks", CLEAN).expect("a title").conf, CLEAN);
        // A title's first word in lower case, a word of three letters or more, stays.
        assert_eq!(title_field("evp, Finance", CLEAN).expect("a title").value, Value::Text("evp, Finance".into()));
        assert_eq!(title_field("co-Chief Executive Officer", CLEAN).expect("a title").value, Value::Text("co-Chief Executive Officer".into()));
    }

    #[test]
    fn an_unknown_word_in_capitals_after_a_spelt_out_title_is_flagged() {
        // A held-out Form 5 (the repository's generator, clean): the Reporting Owners
        // table's Other cell read `Public Affairs Officer PNT`.
        let other = title_field("Public Affairs Officer PNT", CLEAN).expect("a text");
        assert_eq!(other.value, Value::Text("Public Affairs Officer PNT".into()));
        assert!(other.conf < UNCERTAIN_AT, "{other:?}");
        // Acronyms after acronyms, or title words in capitals, read as they are.
        assert_eq!(title_field("Co-CEO CIB", CLEAN).expect("a title").conf, CLEAN);
        assert_eq!(title_field("Executive Vice President and CFO", CLEAN).expect("a title").conf, CLEAN);
        // Specks read as a short last word (a fresh held-out set's other texts and titles).
        for read in ["Public Affairs Officer F P 7", "President and CEO eS", "Public Affairs Officer 70S"] {
            assert!(title_field(read, CLEAN).expect("a text").conf < UNCERTAIN_AT, "{read}");
        }
        assert_eq!(title_field("SVP, R&D", CLEAN).expect("a title").conf, CLEAN);
    }

    #[test]
    fn a_period_after_a_whole_title_word_is_a_speck() {
        // A held-out Form 5's Reporting Owners table read `President and CEO. |`.
        let title = title_field("President and CEO.", CLEAN).expect("a title");
        assert_eq!(title.value, Value::Text("President and CEO".into()));
        assert_eq!(title.read, "President and CEO.");
        // An abbreviation's period, or a sentence's, is the filer's.
        for read in ["SVP, General Counsel & Sec.", "Executive V.P.", "See remarks.", "EVP, STRATEGY & CORP. DEV."] {
            assert_eq!(title_field(read, CLEAN).expect("a title").value, Value::Text(read.into()), "{read}");
        }
    }

    #[test]
    fn two_readings_of_a_title_that_differ_leave_it_in_doubt_the_one_of_title_words_taken() {
        // A held-out scan (the repository's generator) of a Form 5: the top box read
        // `_ Chairman and Chief Executive Officer _`, the Reporting Owners table `|
        // Chairman and Chief Executive OFS |`.
        let top = title_field("_ Chairman and Chief Executive Officer _", CLEAN);
        let table = title_field("Chairman and Chief Executive OFS", CLEAN);
        let title = surer(table, top).expect("a title");
        assert_eq!(title.value, Value::Text("Chairman and Chief Executive Officer".into()));
        assert!(title.conf < UNCERTAIN_AT, "{title:?}");
        // The same but for a glyph or a space, the reading of title words stands.
        let seed = surer(title_field("CEO & Chairman", CLEAN), title_field("CEO & Chairma an", CLEAN)).expect("a title");
        assert_eq!((seed.value, seed.conf), (Value::Text("CEO & Chairman".into()), CLEAN));
        // Two readings alike stay as sure as the surer.
        let alike = surer(title_field("Chief Financial Officer", CLEAN), title_field("Chief Financial Officer", MENDED)).expect("a title");
        assert_eq!(alike.conf, CLEAN);
    }

    #[test]
    fn each_owner_of_a_joint_filing_signs_in_a_block_of_their_own() {
        // Tesseract's reading of a held-out scan (the repository's generator) of a 2002
        // joint Form 4: three signature blocks, the first one's label past reading.
        let text = "| UNITED STATES | x |  | President and CEO! | Public Affairs Officer\\| |\n\n|\n\nSignatures\n\nJane Doe 11/23/2002,\n\nue of iepoeg Pato Dae\n\nJohn Q. Public ~ 11/22/2002\n\nSignaure of Reporing Person Date\n\nUncle Sam \"11/24/2002\n\nsignature of Reporting Person anaes\n";
        let lines = crate::markdown::lines(text);
        let read: Vec<(String, String)> = read_signatures(&lines, 1).iter().map(|(n, d)| (n.value.render(), d.value.render())).collect();
        let want = [("Jane Doe", "2002-11-23"), ("John Q. Public", "2002-11-22"), ("Uncle Sam", "2002-11-24")];
        assert_eq!(read, want.map(|(n, d)| (n.to_string(), d.to_string())));
    }

    #[test]
    fn a_top_box_city_line_past_reading_keeps_its_streets_and_the_table_gives_the_city() {
        // Tesseract's reading of a held-out Form 4 (the repository's generator, clean):
        // the ZIP under `(Street)` garbled (`SelEZ- 6399`); the Reporting Owners table
        // printed name and address on one line.
        let read = crate::read(
            "\
| 1. Name and Address of Reporting Person * Coleman Amy | 2. Issuer Name and Ticker or Trading Symbol MICROSOFT CORP [MSFT] | 5. Relationship of Reporting Person(s) to Issuer (Check all applicable) |  |\n\
|---|---|---|---|\n\
|  | 2a. Foreign Trading Symbol | __ Director ____ 10% Owner _X__ Officer (give title Other (specify below) below) |  |\n\
| (Last) (First) (Middle) | 3. Date of Earliest Transaction | EVP, Chief Human Resources Off |  |\n\
| C/O MICROSOFT CORPORATION ONE MICROSOFT WAY | (Month/Day/Year) 09/15/2025 |  |  |\n\
| (Street) REDMOND WASHINGTON SelEZ- 6399 | 4. If Amendment, Date Original Filed(Month/Day/Year) | 6. Individual or Joint/Group Filing(check Applicable Line) _X_Form filed by One Reporting Person |  |\n\
| . ; (Zip/Postal (City) (State) ext UNITED STATES | Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned |  |  |\n\
\n\
| Reporting Owners |  |  |  |  |\n\
|---|---|---|---|---|\n\
| Reporting Owner Name / Address | Director | 10% Owner | Officer | Other |\n\
| Coleman Amy C/O MICROSOFT CORPORATION ONE MICROSOFT WAY REDMOND WASHINGTON 98052-6399 UNITED STATES |  |  | EVP, Chief Human Resources Off |  |\n",
        );
        let doc = serde_json::to_value(&read.document).unwrap();
        let address = &doc["reportingOwner"][0]["reportingOwnerAddress"];
        assert_eq!(address["rptOwnerStreet1"], "C/O MICROSOFT CORPORATION", "{address:#}");
        assert_eq!(address["rptOwnerStreet2"], "ONE MICROSOFT WAY", "{address:#}");
        assert_eq!(address["rptOwnerCity"], "REDMOND", "{address:#}");
        assert_eq!(address["rptOwnerState"], "WA", "{address:#}");
        assert_eq!(address["rptOwnerZipCode"], "98052-6399", "{address:#}");
        assert!(read.report.field("reportingOwner[0].reportingOwnerAddress.rptOwnerCity").expect("city reported").uncertain);
    }

    #[test]
    fn a_joint_filers_name_and_address_on_one_line_part_where_the_first_owners_street_starts() {
        // Tesseract's reading of a held-out joint Form 4 (the repository's generator,
        // clean): both owners' names and addresses printed on one line each.
        let md = "\
| 1. Name and Address of Reporting Person Hoffman Reid | 2. Issuer Name and Ticker or Trading Symbol LINKEDIN CORP [LNKD] | 5. Relationship of Reporting Person(s) to Issuer (Check all applicable) |\n\
|---|---|---|\n\
| (Last) (First) (Middle) C/O LINKEDIN CORPORATION 2029 STIERLIN COURT | 3. Date of Earliest Transaction (Month/Day/Year) 05/07/2013 |  |\n\
| (Street) MOUNTAIN VIEW CALIFORNIA 94043 | 4. If Amendment, Date Original Filed(Month/Day/Year) | 6. Individual or Joint/Group Filing(Check Applicable Line) |\n\
\n\
Reporting Owners\n\
\n\
|  | Relationships |  |  |  |\n\
|---|---|---|---|---|\n\
| Reporting Owner Name / Address | Director | 10% Owner | Officer | Other |\n\
| Hoffman Reid C/O LINKEDIN CORPORATION 2029 STIERLIN COURT MOUNTAIN VIEW CALIFORNIA. 94043 UNITED STATES | x | x |  |  |\n\
| Reid Hoffman & Michelle Yee Living Trust C/O LINKEDIN CORPORATION 2029 STIERLIN COURT MOUNTAIN VIEW CALIFORNIA. 94043 UNITED STATES |  | x |  |  |\n";
        let lines = crate::markdown::lines(md);
        let owners = read_owners(&lines, &lines[..4]);
        assert_eq!(owners.len(), 2, "{owners:#?}");
        let o = &owners[1];
        assert_eq!(text(&o.name), "Reid Hoffman & Michelle Yee Living Trust", "{o:#?}");
        assert_eq!((text(&o.street1), text(&o.street2)), ("C/O LINKEDIN CORPORATION", "2029 STIERLIN COURT"));
        assert_eq!((text(&o.city), text(&o.state), text(&o.zip)), ("MOUNTAIN VIEW", "CA", "94043"));
        assert_eq!(text(&o.ten_percent), "1");
    }

    #[test]
    fn a_name_label_that_lost_a_parenthesis_is_no_part_of_the_street() {
        // Tesseract's reading of a held-out page (set 8, clean): `(Last) First)
        // (Middle)` before the street lines, `First` without its opening parenthesis.
        let md = r#"| 1. Name and Address of Reporting Person ~ BOTHA ROELOF | 2. Issuer Name and Ticker or Trading Symbol Natera, Inc. [NTRA] | 5, Relationship of Reporting Person(s) to Issuer (Check alll applicable) |  |  |  |  |  |  |  |  |
|---|---|---|---|---|---|---|---|---|---|---|
|  | 2a. Foreign Trading Symbol | _X__Director 10% Owner Officer (give title Other (specify below) below) |  |  |  |  |  |  |  |  |
| (Last) First) (Middle) C/O NATERA, INC. 13011 MCCALLEN PASS BUILDING A SUITE 100 | 3, Date of Earliest Transaction (Month/Day/Year) 03/15/2024 |  |  |  |  |  |  |  |  |  |
| (Street) AUSTIN TEXAS 78753 | 4, If Amendment, Date Original Filed(Month/Day/Year) | 6. Individual or Joint/Group Filing(Ccheck Applicable Line) _X_Form filed by One Reporting Person __ Form filed by More than One Reporting Person |  |  |  |  |  |  |  |  |
| (State) (Zip/Postal (ciy) Code) UNITED STATES | Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned |  |  |  |  |  |  |  |  |  |
| (Country) |  |  |  |  |  |  |  |  |  |  |

Reporting Owners

|  | Relationships |  |  |  |
|---|---|---|---|---|
| Reporting Owner Name / Address | Director | 10% Owner | Officer | Other |
"#;
        let lines = crate::markdown::lines(md);
        let owners = read_owners(&lines, &lines[..7]);
        let o = &owners[0];
        assert_eq!((text(&o.street1), text(&o.street2)), ("C/O NATERA, INC.", "13011 MCCALLEN PASS BUILDING A SUITE 100"), "{o:#?}");
        assert_eq!((text(&o.city), text(&o.state), text(&o.zip)), ("AUSTIN", "TX", "78753"));
    }

    #[test]
    fn a_label_that_lost_its_closing_parenthesis_before_the_city_line_is_no_label() {
        // Tesseract's reading of a held-out scan (the repository's generator): the
        // `(Street)` label garbled to `(ea |` before the city line.
        assert!(!only_labels("(ea | REDMOND WASHINGTON 98052- 6399"));
        // Labels alone, one of them unclosed, are labels still.
        assert!(only_labels("(Last) (Firs) (Middley ."));
        assert!(only_labels("(Las rst) (Midate)"));
        let md = "\
| 1. Name and Address of Reporting Person . Coleman Amy | 2. Issuer Name and Ticker or Trading Symbol MICROSOFT CORP [MSFT] |\n\
|---|---|\n\
| oo a ae (Last) (First) (Middle) | se \\| 3. Date of Earliest Transaction ____ |\n\
| C/O MICROSOFT CORPORATION ONE MICROSOFT WAY | (Month/Day/Year) 09/15/2025 |\n\
| (ea \\| REDMOND WASHINGTON 98052- 6399 | 4. If Amencncne Date Ouguul \\| Filed(Month/Day/Year) \\| \\| |\n\
| = (Zip/Postal \\| (City) (State) Code) \u{2018}UNTIED STATES | \\| Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned |\n";
        let lines = crate::markdown::lines(md);
        let o = top_box_owner(&lines);
        assert_eq!((text(&o.city), text(&o.state), text(&o.zip)), ("REDMOND", "WA", "98052-6399"), "{o:#?}");
        assert_eq!((text(&o.street1), text(&o.street2)), ("C/O MICROSOFT CORPORATION", "ONE MICROSOFT WAY"), "{o:#?}");
    }

    #[test]
    fn specks_read_before_a_city_in_capitals_are_no_part_of_it() {
        // Tesseract's readings of held-out scans (the repository's generator).
        for (read, city) in [("Gree pee AUSTIN", "AUSTIN"), ("s MENLO PARK", "MENLO PARK"), ("ex = CUPERTINO", "CUPERTINO"), ("5 MOUNTAIN VIEW", "MOUNTAIN VIEW"), ("Keereen AUSTIN", "AUSTIN")] {
            assert_eq!(city_after_specks(read), Some(city), "{read}");
        }
        // A city in capitals, or one the filer wrote in mixed case, stays.
        for city in ["SAN FRANCISCO", "San Francisco", "Anywhere", "ST. LOUIS"] {
            assert_eq!(city_after_specks(city), None, "{city}");
        }
        let mut o = OwnerRead::default();
        o.set_city_state_zip("x z MENLO PARK".into(), "CA".into(), "94025".into(), "x z MENLO PARK CALIFORNIA 94025", CLEAN);
        let city = o.city.expect("a city");
        assert_eq!(city.value, Value::Text("MENLO PARK".into()));
        assert!(city.conf < UNCERTAIN_AT);
    }

    #[test]
    fn a_street_line_printed_with_a_closing_comma_keeps_it() {
        // ocr-dev 8798ffb84b8bd37a_v0, clean: the filer's `C/O SEQUOIA CAPITAL,`.
        let read = crate::read(
            "FORM 4\n\
| 1. Name and Address of Reporting Person\u{201d} | 2. Issuer Name and Ticker or Trading Symbol | 5. Relationship of Reporting Person(s) to Issuer |\n\
|---|---|---|\n\
| BOTHA ROELOF | Square, Inc. [ SQ ] | (Check all applicable) |\n\
|  |  | Director 10% Owner |\n\
| (Last) (First) (Middle) | 3. Date of Earliest Transaction (Month/Day/Year) | X |\n\
| C/O SEQUOIA CAPITAL, | 11/16/2018 | Officer (give title Other (specify |\n\
| 2800 SAND HILL ROAD SUITE 101 |  | below) below) |\n\
|  | 4, If Amendment, Date of Original Filed (Month/Day/Year) _\\| | 6. Individual or Join/Group Filing (Check |\n\
| (Street) |  | Applicable Line) |\n\
| MENLO PARK CA 94025 |  | X__ Form filed by One Reporting Person |\n\
|  |  | Form filed by More than One Reporting |\n\
| (city) (State) (Zip) |  | Person |\n",
        );
        let address = read.document.reporting_owner[0].reporting_owner_address.as_ref().expect("an address");
        assert_eq!(address.rpt_owner_street1.as_deref(), Some("C/O SEQUOIA CAPITAL,"), "{:#?}", read.document.reporting_owner);
        assert_eq!(address.rpt_owner_street2.as_deref(), Some("2800 SAND HILL ROAD SUITE 101"));
    }

    #[test]
    fn the_reporting_owners_table_as_plain_text_gives_name_and_address() {
        // ocr-dev 0874c091cd3e411e_v0 and d4291da653fc70c8_v1 with their cell grids taken
        // away: the owner's line holds the name, then a mark or the officer's title.
        let lines = crate::markdown::lines(
            "Reporting Owners\nOwner Name / Address Relationships\nReporting Director 10% Owner Officer| Other\nHoffman Reid x\nC/O MICROSOFT CORPORATION\nONE MICROSOFT WAY\nREDMOND.\nWASHINGTON\n98052-6399\nUNITED STATES\nSignatures\n",
        );
        let owners = plain_owners(&lines);
        assert_eq!(owners.len(), 1, "{owners:#?}");
        let o = &owners[0];
        assert_eq!(
            [text(&o.name), text(&o.street1), text(&o.street2), text(&o.city), text(&o.state), text(&o.zip)],
            ["Hoffman Reid", "C/O MICROSOFT CORPORATION", "ONE MICROSOFT WAY", "REDMOND", "WA", "98052-6399"]
        );
        assert!(!o.name.as_ref().unwrap().uncertain());
        // Which box the mark is in is not seen: no relationship is taken from it.
        assert!(o.director.is_none() && o.ten_percent.is_none());
        let lines = crate::markdown::lines(
            "Reporting Owners\nRelationships\nReporting Owner Маше / Address| Director] 10% Owner | Officer Other\nWillems Cletus R Chief Global Affairs Officer\n121 ALBRIGHT WAY\nBonne\n95032\nUNITED STATES.\n",
        );
        let o = &plain_owners(&lines)[0];
        assert_eq!(text(&o.name), "Willems Cletus R");
        assert!(o.name.as_ref().unwrap().uncertain(), "no mark after it: where the name ends is a guess");
        assert_eq!(text(&o.officer_title), "Chief Global Affairs Officer");
        assert!(o.officer.as_ref().is_some_and(|f| f.value.render() == "1" && f.uncertain()));
    }

    #[test]
    fn an_issuer_read_beside_the_owners_name_in_plain_text_is_parted_by_the_signature() {
        // ocr-dev c56996c30348bcca_v1 with its cell grid taken away: the top boxes side by
        // side, the owner's name before the issuer's; the signature names the owner.
        let text = "1. Name and Address of Reporting Person’ 2. Issuer Name and Ticker or Trading Symbol 5, Relationship of Reporting Person(s) to Issuer\n\
                    Coleman Amy MICROSOFT CORP [ MSFT ] (Check all applicable)\n\
                    Explanation of Responses: 1. Represents Stock Award that will Vest over five years. Julia Stark, Atorney-in-Fact 10/03/2025 for Amy Coleman Signature of Reporting Person Date\n";
        let lines = crate::markdown::lines(text);
        let h = read_header(&lines, 2);
        let issuer = h.issuer_name.as_ref().unwrap();
        assert_eq!(issuer.value.render(), "MICROSOFT CORP", "{h:#?}");
        assert!(issuer.uncertain());
        let name = h.owners[0].name.as_ref().unwrap();
        assert_eq!(name.value.render(), "Coleman Amy");
        assert!(name.uncertain());
        // Without a name to part them by, the line is kept whole and flagged.
        let lines = crate::markdown::lines(&text.replace("for Amy Coleman", ""));
        let h = read_header(&lines, 2);
        let issuer = h.issuer_name.as_ref().unwrap();
        assert!(issuer.value.render().starts_with("Coleman Amy") && issuer.uncertain(), "{h:#?}");
    }

    #[test]
    fn owners_printed_as_text_or_whole_on_a_row_are_owners_of_their_own() {
        // A held-out Form 4 (set 22, clean): the first of four owners printed as text
        // under the labels (its marks read after its city), the grid found only for the
        // three after it.
        let md = "\
Reporting Owners\n\
\n\
|  | Relationships |  |  |  |\n\
|---|---|---|---|---|\n\
| Reporting Owner Name / Address | Director\\| | 10% Owner] | Officer | \\| Other |\n\
\n\
MITHRIL II LP\n\
\n\
C/O MITHRIL CAPITAL MANAGEMENT LLC\n\
\n\
600 CONGRESS AVENUE SUITE 3100\n\
\n\
AUSTIN xX See Remarks\n\
\n\
TEXAS\n\
\n\
78701\n\
\n\
UNITED STATES\n\
\n\
| Mithril II GP LP C/O MITHRIL CAPITAL MANAGEMENT LLC 600 CONGRESS AVENUE SUITE 3100 AUSTIN TEXAS 78701 UNITED STATES |  | xX |  | See Remarks |\n\
|---|---|---|---|---|\n\
| Mithril Il! UGP LLC C/O MITHRIL CAPITAL MANAGEMENT LLC 600 CONGRESS AVENUE SUITE 3100 AUSTIN TEXAS 78701 UNITED STATES |  | xX |  | See Remarks |\n\
| THIEL PETER C/O MITHRIL CAPITAL MANAGEMENT LLC 600 CONGRESS AVENUE SUITE 3100 AUSTIN TEXAS 78701 UNITED STATES |  | xX |  | See Remarks |\n\
\n\
\n\
";
        let owners = table_owners(&crate::markdown::lines(md));
        assert_eq!(owners.len(), 4, "{owners:#?}");
        assert_eq!(text(&owners[0].name), "MITHRIL II LP");
        assert_eq!(text(&owners[0].street1), "C/O MITHRIL CAPITAL MANAGEMENT LLC");
        assert_eq!(text(&owners[0].city), "AUSTIN");
        assert!(text(&owners[3].name).starts_with("THIEL PETER"), "{owners:#?}");
        // A held-out Form 4 (set 23, clean): six owners, each row's name and address in
        // one cell; two rows' marks not read, and one owner printed as text between two
        // grids (`CapitalG 2015 LP xX`, a number in the name).
        let md = "\
Reporting Owners\n\
\n\
| Owner / Address | Relationships |  |  |  |\n\
|---|---|---|---|---|\n\
| Reporting Name | Director | 10% Owner | Officer | Other |\n\
| CapitalG 2014 LP 1600 AMPHITHEATRE PARKWAY MOUNTAIN VIEW CALIFORNIA 94043 UNITED STATES |  |  |  |  |\n\
| CapitalG 2014 GP LLC 1600 AMPHITHEATRE PARKWAY MOUNTAIN VIEW CALIFORNIA 94043 UNITED STATES |  |  |  |  |\n\
\n\
CapitalG 2015 LP xX\n\
\n\
1600 AMPHITHEATRE PARKWAY\n\
\n\
MOUNTAIN VIEW\n\
\n\
CALIFORNIA\n\
\n\
94043\n\
\n\
UNITED STATES\n\
\n\
| CapitalG 2015 GP LLC 1600 AMPHITHEATRE PARKWAY MOUNTAIN VIEW CALIFORNIA 94043 UNITED STATES |  | x |  |  |\n\
|---|---|---|---|---|\n\
| Alphabet Inc. 1600 AMPHITHEATRE PARKWAY MOUNTAIN VIEW CALIFORNIA 94043 UNITED STATES |  | x |  |  |\n\
| Alphabet Holdings LLC 1600 AMPHITHEATRE PARKWAY MOUNTAIN VIEW CALIFORNIA 94043 UNITED STATES |  | x |  |  |\n\
\n\
\n\
";
        let owners = table_owners(&crate::markdown::lines(md));
        assert_eq!(owners.len(), 6, "{owners:#?}");
        assert!(text(&owners[1].name).starts_with("CapitalG 2014 GP LLC 1600"), "{owners:#?}");
        assert_eq!(text(&owners[2].name), "CapitalG 2015 LP");
        assert_eq!(text(&owners[2].street1), "1600 AMPHITHEATRE PARKWAY");
        assert!(text(&owners[5].name).starts_with("Alphabet Holdings LLC"), "{owners:#?}");
    }

    #[test]
    fn an_owners_name_and_address_on_one_line_are_parted_by_their_shape() {
        // Held-out Forms 4 (sets 14, 16, clean): a later owner's name and address in one
        // cell, the first owner's address elsewhere.
        let o = name_and_address_apart(OwnerRead::default(), "MERRILL LYNCH, PIERCE, FENNER & SMITH INC. ONE BRYANT PARK NEW YORK NEW YORK 10036 UNITED STATES");
        assert_eq!(text(&o.name), "MERRILL LYNCH, PIERCE, FENNER & SMITH INC.");
        assert_eq!(text(&o.street1), "ONE BRYANT PARK");
        assert_eq!((text(&o.city), text(&o.state), text(&o.zip)), ("NEW YORK", "NY", "10036"));
        assert!(o.name.as_ref().unwrap().uncertain() && o.city.as_ref().unwrap().uncertain());
        let o = name_and_address_apart(OwnerRead::default(), "CapitalG 2014 GP LLC 1600 AMPHITHEATRE PARKWAY MOUNTAIN VIEW CALIFORNIA 94043 UNITED STATES");
        assert_eq!(text(&o.name), "CapitalG 2014 GP LLC");
        assert_eq!(text(&o.street1), "1600 AMPHITHEATRE PARKWAY");
        assert_eq!(text(&o.city), "MOUNTAIN VIEW");
        // A speck glued before the care-of (held-out sets 25 and 15, scan).
        let o = name_and_address_apart(OwnerRead::default(), "THIEL PETER _C/O ABCELLERA BIOLOGICS INC. 2215 YUKON STREET VANCOUVER BRITISH COLUMBIA, CANADA V5Y OAL UNITED STATES");
        assert_eq!((text(&o.name), text(&o.street1), text(&o.street2)), ("THIEL PETER", "C/O ABCELLERA BIOLOGICS INC.", "2215 YUKON STREET"));
        assert_eq!((text(&o.city), text(&o.state), text(&o.zip)), ("VANCOUVER", "A1", "V5Y 0A1"));
        let o = name_and_address_apart(OwnerRead::default(), "Mithril GP LP (C/O MITHRIL CAPITAL MANAGEMENT LLC 111 CONGRESS AVENUE, SUITE 500 AUSTIN TEXAS 78701");
        assert_eq!((text(&o.street1), text(&o.street2)), ("C/O MITHRIL CAPITAL MANAGEMENT LLC", "111 CONGRESS AVENUE, SUITE 500"));
        // Left whole where a part does not come out: no street word before the city.
        let o = name_and_address_apart(OwnerRead::default(), "Jane Doe 12 ELM MOUNTAIN VIEW CALIFORNIA 94043");
        assert!(o.name.is_none() && o.city.is_none(), "{o:#?}");
    }

    #[test]
    fn owner_marks_without_relationship_labels_are_placed_in_the_printed_order() {
        // ocr-dev 648adbb93a6402c9_v1, clean: the table's relationship labels not read,
        // and the top box lost its Director line.
        let md = "\
| Reporting Owners |  |  |  |  |  |  |\n\
|  | Owner Name / Address |  |  |  |  |  |\n\
|  | Reporting |  |  |  |  |  |\n\
|  | Musk Elon | x | x | CEO. |  |  |\n\
|  | C/O TESLA, INC. |  |  |  |  |  |\n\
|  | 3500 DEER CREEK ROAD |  |  |  |  |  |\n\
|  | PALO ALTO. |  |  |  |  |  |\n\
|  | CALIFORNIA |  |  |  |  |  |\n\
|  | 94304 |  |  |  |  |  |\n";
        let owners = table_owners(&crate::markdown::lines(md));
        assert_eq!(owners.len(), 1, "{owners:#?}");
        for (f, want) in [(&owners[0].director, "1"), (&owners[0].ten_percent, "1"), (&owners[0].officer, "1"), (&owners[0].other, "0")] {
            assert_eq!(text(f), want, "{owners:#?}");
            assert!(f.as_ref().unwrap().uncertain(), "placed by position: flagged");
        }
        assert_eq!(text(&owners[0].name), "Musk Elon");
        let title = owners[0].officer_title.as_ref().expect("the officer cell's text");
        assert!(title.conf < MENDED, "below the top box's reading of the title: {title:?}");
        // The top box's title, where it read one (`SEO)` → `CEO`), wins; where it read
        // none (ocr-dev b36d238493fe650f_v1, scan), the table's stands, flagged, its
        // speck of a period cut.
        let top = OwnerRead { officer_title: text_field("CEO", MENDED), ..OwnerRead::default() };
        assert_eq!(text(&reconcile(top, Some(owners[0].clone())).officer_title), "CEO");
        let o = reconcile(OwnerRead::default(), Some(owners[0].clone()));
        assert_eq!(text(&o.officer_title), "CEO");
        assert!(o.officer_title.unwrap().uncertain());
        // ocr-dev a81368e51fe6494d_v1, clean: one label read, apart from its mark, with
        // spacer columns between: the order next to the name does not hold.
        let md = "\
| Reporting Owners |  |  |  |  |  |  |  |\n\
|  |  |  |  | Relationships |  |  |  |\n\
|  | Reporting Owner Name / Address |  |  |  |  | 10% Owner |  |\n\
|  | Rabois Keith |  |  | xX |  |  |  |\n\
|  | ONE LETTERMAN DRIVE |  |  |  |  |  |  |\n";
        assert!(table_owners(&crate::markdown::lines(md)).is_empty());
    }

    #[test]
    fn a_box_number_below_the_labels_is_no_officer_title() {
        // A held-out scan (set 15), a director and no officer: a speck below the boxes'
        // labels read `———4`, and the Reporting Owners table's Officer cell `or bE`. The
        // `4` made a title, so an officer's box inferred.
        let header = "\
| 1. Name and Address of Reporting Person . Hoffman Reid - | 2. Issuer Name and Ticker or Trading Symbol MICROSOFT CORP [MSFT] 5 \\| | 5. Relationship of Reporting Person(s) to Issuer (Check all applicable) |  |\n\
|---|---|---|---|\n\
| —— | area , ee Symbo ee — | __X__ Director 10% Owner Officer (give title Other (specify below) below) —$$_—_§— |  |\n\
| ee ee (Last) (First) (Middle) C/O MICROSOFT CORPORATION ONE MICROSOFT WAY | 3. Date of Earliest Transaction (Month/Day/Year) 12/13/2018 | ———4 |  |\n\
| ——— el ee (Street) De REDMOND WASHINGTON 9805 6399 \\| | ee 4. If Amendment, Date Original Filed(Month/Day/Year) | ———_—— 6. Individual or Joint/Group Filing(Check Applicable Line) _X_ Form filed by One Reporting Person |  |\n";
        let header = crate::markdown::lines(header);
        assert_eq!(title_below_boxes(&header), None, "a digit is no title");
        let top = top_box_owner(&header);
        assert_eq!(text(&top.officer), "0", "{top:#?}");
        assert_eq!(text(&top.director), "1", "{top:#?}");
        let md = "\
| Address | Relationships |  |  |  |\n\
|---|---|---|---|---|\n\
| Reporting Owner Name / | es Director | 10% Owner | Officer | Other |\n\
| Hoffman Reid C/O MICROSOFT CORPORATION ONE MICROSOFT WAY /REDMOND \"WASHINGTON \\| 98052-6399 \\UNITED STATES | xe \\| \\| \\| | i \\| | or bE | \\| \\| |\n";
        let owners = table_owners(&crate::markdown::lines(md));
        assert_eq!(owners.len(), 1, "{owners:#?}");
        // The table's cell of words (a title's or specks) and the top box disagree: the
        // box stays in doubt (with the `4` taken for a title, they agreed: confirmed).
        let o = reconcile(top, Some(owners[0].clone()));
        assert!(o.officer.unwrap().uncertain());
    }

    #[test]
    fn garbled_labels_and_a_lost_mark_still_give_the_table_s_owner() {
        // Set 9 (scan): `Faas = Director` a label with specks before it, and the row's
        // one mark lost: the owner is read, its boxes left unread (the top box's stand).
        let md = "Reporting Owners\n\n\
| coe Owner / Address \\| | \\| Relationships \\| |  |  |  |\n\
|---|---|---|---|---|\n\
| Name | Faas = Director | rete \\| 10% Owner | \\| Officer | Other |\n\
| Hegde Vinayak 51 RIO ROBLES SAN JOSE CALIFORNIA 95134 UNITED STATES |  |  |  |  |\n";
        let owners = table_owners(&crate::markdown::lines(md));
        assert_eq!(owners.len(), 1, "{owners:#?}");
        assert!(text(&owners[0].name).starts_with("Hegde Vinayak"), "{owners:#?}");
        assert!(owners[0].director.is_none() && owners[0].ten_percent.is_none() && owners[0].officer.is_none(), "{owners:#?}");
        // The top box's name, read otherwise (`f Hegde Vir Vinayak`), is no longer sure.
        let top = OwnerRead { name: text_field("f Hegde Vir Vinayak", CLEAN), director: Some(box_cell("X", CLEAN)), ..OwnerRead::default() };
        let o = reconcile(top, Some(owners[0].clone()));
        assert!(o.name.as_ref().unwrap().uncertain(), "{o:#?}");
        assert_eq!(text(&o.director), "1");
        // Set 7 (scan): a glyph or two in the officer and other cells (`I`, `ee`) are no
        // title; a two-letter acronym is.
        let md = "\
| 4 io i yAdives | \\| a Relationships Fi |  |  |  |\n\
|---|---|---|---|---|\n\
| eporting Owner Name { \\| ae | \\| Director!\\| | TSRSSRGAT 10% Owner | FRESE [ officer | \\| \\| Other |\n\
| ‘BOTHA ROELOF 2800 SAND HILL ROAD, SUITE 101 MENLO PARK CALIFORNIA 94025 UNITED STATES \\| | ee x | x | I | ee |\n\
| Markham Drew G 18390 NE 68TH STREET REDMOND WASHINGTON 98052 UNITED STATES |  |  | Gc |  |\n";
        let owners = table_owners(&crate::markdown::lines(md));
        assert_eq!(owners.len(), 2, "{owners:#?}");
        assert!(owners[0].officer_title.is_none() && owners[0].other_text.is_none(), "{owners:#?}");
        assert!(owners[1].officer_title.is_some(), "{owners:#?}");
    }

    #[test]
    fn a_mark_before_10_percent_counts_with_owner_on_the_next_line() {
        // ocr-dev aa5fd11105a0bd08_v0, scan (Form 3): `10% Owner` wrapped, its `Owner`
        // two lines down and `a` read after `10%`.
        let md = "\
| 1. Name and Address of Reporting Person = |  | 2. Date of Event |  | 3. Issuer Name and Ticker or Trading Symbol |  |  |\n\
|---|---|---|---|---|---|---|\n\
| BOTHA ROELOF |  | Requiring |  | Unity Software Inc. [U] |  |  |\n\
| (Last) (First) (Middle) a |  | iene |  | 3a. a. Foreign Foreign Tradi Trading |  | 5. . If If Amendment, Amendment |\n\
| 2800 SAND HILL ROAD, SUITE 101 |  | (Month/Day/Year) |  | Symbol |  | Original SEE |\n\
|  |  | 09/17/2020 |  |  |  | Date |\n\
| (Street) |  |  |  | 4. Relationship of |  | 6. Individual ss or |\n\
| MENLO PARK CALIFORNIA 94025 |  |  |  | Reporting R Person(s) to |  | i] |\n\
|  |  |  |  | Issuer |  | Joint/Group |\n\
|  |  |  |  | (Check all applicable) |  | it |\n\
|  |  |  |  | Reis Director__X__ 10% a |  | Filing(Check Applicable |\n\
|  |  |  |  | __X__ |  | Line) |\n\
|  |  |  |  | Owner |  | _X_ Form filed by One |\n\
|  |  |  |  | Officer Other J |  | Reporting Person |\n";
        let o = top_box_owner(&crate::markdown::lines(md));
        assert_eq!(text(&o.ten_percent), "1", "{o:#?}");
        assert_eq!(text(&o.officer), "0", "{o:#?}");
        assert_eq!(text(&o.other), "0", "{o:#?}");
    }

    #[test]
    fn a_speck_read_as_a_comma_inside_the_name_box_s_label_is_no_street() {
        // A held-out Form 4 (set 13, scan): `(Last) (First), (Middle)` before the
        // care-of line.
        let md = "| 1, Name and Address of Reporting Person * Hoffman Reid | 2. Issuer Name and Ticker or Trading Symbol ZYNGA INC [ZNGA] = | _\\|\\|5. Relationship of Reporting Person(s) to Issuer (Check all applicable) |  |  |  |  |  |  |  |  |\n\
|---|---|---|---|---|---|---|---|---|---|---|\n\
| eps a etiseeh Vice Se Migs eu ee Set | I 3 - ee \\| PE OAL OT NEAT tenance | \\|= Directo 10% Owner __ Officer (give title Other (specify below) below) |  |  |  |  |  |  |  |  |\n\
| a (Last) (First), (Middle) C/O LINKEDIN CORPORATION 2029 STIERLIN COURT | 3. Date of Earliest Transaction (Month/Day/Year) 01/01/2012 |  |  |  |  |  |  |  |  |  |\n\
| “ures pe \\| MOUNTAIN VIEW CALIFORNIA 94043, \\| | \\4. If Amendment, Date Original Filed(Month/Day/Year) \\| | 6. Individual or Joint/Group Filing(check \\| Applicable Line) \\| X_ Form fited by One Reporting Person \\| ___ Form filed by More than One Reporting Person |  |  |  |  |  |  |  |  |\n\
| (City) (State) oo UNITED STATES | Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned |  |  |  |  |  |  |  |  |  |\n\
| (Country) ae |  |  |  |  |  |  |  |  |  |  |\n";
        let o = top_box_owner(&crate::markdown::lines(md));
        assert_eq!(text(&o.street1), "C/O LINKEDIN CORPORATION", "{o:#?}");
        assert_eq!(text(&o.street2), "2029 STIERLIN COURT", "{o:#?}");
    }

    #[test]
    fn an_officer_title_below_labels_spread_over_many_lines_is_read() {
        // ocr-dev c56996c30348bcca_v1, scan: the relationship labels one per line, the
        // title starting nine lines below the box's heading.
        let md = "\
| 1. Name and Address of Reporting Person\u{2019} | 2. Issuer Name and Ticker or Trading Symbol | 5, Relationship of Reporting Person(s) to Issuer |\n\
|---|---|---|\n\
| Coleman Amy | MICROSOFT CORP [ MSFT ] | (Check all applicable) |\n\
|  |  | 10% |\n\
|  |  | Director |\n\
| (Last) (First) (Middle) |  | a |\n\
|  |  | Other |\n\
|  |  | Officer (give title |\n\
| C/O MICROSOFT CORPORATION | 3. Date of Earliest Transaction (Month/Day/Year) | x (Specify |\n\
| ONE MICROSOFT WAY | 09/15/2025 | below) below) |\n\
|  |  | EVP, Chief |\n\
| (Street) |  | Human |\n\
| REDMOND WA 98052-6399 |  | Resources Off |\n\
|  |  | 6. Individual Joint/Group (Check |\n";
        let o = top_box_owner(&crate::markdown::lines(md));
        assert_eq!(text(&o.officer_title), "EVP, Chief Human Resources Off", "{o:#?}");
        assert_eq!(text(&o.officer), "1", "{o:#?}");
    }

    #[test]
    fn a_speck_is_no_name_and_the_owner_table_gives_it() {
        assert_eq!(text_field("=.", CLEAN).map(|f| f.conf), Some(UNSURE));
        let lines = crate::markdown::lines("Reporting Owners .\n\n| Reporting-Owner Name / Address |  | : |\n|---|---|---|\n| Hoffman Reid | x |  |\n| C/O MICROSOFT CORPORATION | : |  |\n");
        let name = name_under_owner_label(&lines).expect("name read");
        assert_eq!(name.value, Value::Text("Hoffman Reid".into()));
        assert!(name.uncertain());
    }

    #[test]
    fn symbols_in_misread_brackets() {
        let symbol = |cell: &str| SYMBOL.captures(cell).map(|c| symbol_text(&c).to_string());
        for (cell, want) in [
            ("Tesla, Inc. [ TSLA ]", "TSLA"),
            ("Natera, Inc. [ NTRA |", "NTRA"),
            ("Natera, Inc. [ NTRA", "NTRA"),
            ("Tesla, Inc. (TSLA]", "TSLA"),
            ("Tesla, Inc. {TSLA]", "TSLA"),
            ("Walmart Inc. | WMT ]", "WMT"),
            ("Walmart Inc. WMT ]", "WMT"),
            ("Endeavor Group Holdings, Inc. [ EDR J .", "EDR"),
        ] {
            assert_eq!(symbol(cell).as_deref(), Some(want), "{cell}");
        }
        assert_eq!(symbol("5. Relationship of Reporting Person(s) to Issuer (Check all applicable)"), None);
        assert_eq!(symbol("[ BOTHA ROELOP"), None);
    }

    #[test]
    fn signature_names() {
        assert_eq!(signature_name("/s/ Paul Johnston, Attorne in-Fact"), ("/s/ Paul Johnston, Attorney-in-Fact".into(), false));
        assert_eq!(signature_name("Ann Habernigg, Attomey-in-lact for Reid C. Hoffman"), ("Ann Habernigg, Attorney-in-fact for Reid C. Hoffman".into(), false));
        assert_eq!(signature_name("/s/ Tami Chen, attorney-in- fact"), ("/s/ Tami Chen, attorney-in-fact".into(), false));
        assert_eq!(signature_name("/s! Tami Chen, Attorney-in-Fact"), ("/s/ Tami Chen, Attorney-in-Fact".into(), false));
        assert_eq!(signature_name("Julia Stark, Attomey-in-Fact for Takeshi Numoto * Sign"), ("Julia Stark, Attorney-in-Fact for Takeshi Numoto".into(), false));
        assert_eq!(signature_name("/s/ Corey M. Horowitz"), ("/s/ Corey M. Horowitz".into(), true));
        assert_eq!(signature_name("By: Aaron Beckman, by Power of Attorney For: Elon R. Musk peli eee ee ee").0, "By: Aaron Beckman, by Power of Attorney For: Elon R. Musk");
        assert_eq!(signature_name("/s/ Yijun Han, Attorney-in-fact for Reid Hoffman a").0, "/s/ Yijun Han, Attorney-in-fact for Reid Hoffman");
        assert_eq!(signature_name("/s/ Irene E. Han underPOA").0, "/s/ Irene E. Han under POA");
        assert!(reads_as_values("Restricted Stock u nits 'i , A 201.785 : , : Common Stock 201.785 $o 15,487.344 D -"));
        assert!(!reads_as_values("By: Aaron Beckman, by Power of Attorney For: Elon R. Musk"));
        assert_eq!(signature_name("Veronique Bourdeau, Authorized Signatory For: Cletus R Willems By"), ("By: Veronique Bourdeau, Authorized Signatory For: Cletus R Willems".into(), false));
        assert_eq!(signature_name("/s/ Kate DeHoff, Attorney-in-Fact").0, "/s/ Kate DeHoff, Attorney-in-Fact");
        assert_eq!(signature_name("/s/ Yijun Han, Attorney-in-fact : for Reid Hoffman"), ("/s/ Yijun Han, Attorney-in-fact for Reid Hoffman".into(), false));
        assert_eq!(signature_name("/s/ Kate DeHoff, Attorney- a in-Fact for Reid Hoffman").0, "/s/ Kate DeHoff, Attorney-in-Fact for Reid Hoffman");
        assert_eq!(signature_name("/s/Valentina Margulis").0, "/s/ Valentina Margulis");
        assert_eq!(signature_name("/s/ Irene E. Han under POA").0, "/s/ Irene E. Han under POA");
        // (Held-out set 26, clean: the initial's point read as a comma.)
        assert_eq!(signature_name("Renee James by Joseph B, Wollard, Attorney-in-Fact"), ("Renee James by Joseph B. Wollard, Attorney-in-Fact".into(), false));
        assert_eq!(signature_name("Sequoia Fund B, Ltd.").0, "Sequoia Fund B, Ltd.");
        assert_eq!(signature_name("/s/ Tami Chen, Attorney-in-Fact"), ("/s/ Tami Chen, Attorney-in-Fact".into(), true));
        assert!(!signature_name("/s/ Kate DeHoff, Attorney-in-Fact for Reid Hoffman").1, "DeHoff is not a plain capitalised word");
        assert!(!signature_name("Ann. Habernigg, Attorney-in-fact for Reid-G. Hoffman").1);
        assert_eq!(signature_name("By: Aaron Beckman, by Power of Attomey For: Elon R. Musk"), ("By: Aaron Beckman, by Power of Attorney For: Elon R. Musk".into(), false));
    }

    /// The text read for footnote `id`, or nothing.
    fn note_text(notes: &[(String, FieldVal)], id: &str) -> String {
        notes.iter().find(|(i, _)| i == id).map(|(_, f)| f.value.render()).unwrap_or_default()
    }

    /// The text of footnote `id` as read from a page's markdown.
    fn footnote_of(md: &str, id: &str) -> String {
        note_text(&read_footnotes(&crate::markdown::lines(md)), id)
    }

    #[test]
    fn footnotes_whose_marks_were_lost_are_cut_as_the_paragraphs_they_are_printed_as() {
        // A held-out Form 4's explanations (clean print, Tesseract): marks (3) and (5)
        // read as a quote and `()`, (4) beside its footnote's middle line, and the
        // tables refer to seven footnotes. Footnote 4's last line leaves no room for the
        // next word: the legible marks around it say a footnote starts after it.
        let md = "Explanation of Responses:\n\n\
* Ifthe form is filed by more than one reporting person, see Instruction 4(b)(v).\n\n\
** Intentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).\n\n\
(1) The reporting person is the beneficial owner of Rivendell One LLC (\"\"Rivendell\"), and has sole voting and investment power over the securities held by Rivendell.\n\n\
(2) Represents shares received from a former portfolio company in a transaction exempt under Section 16a-9.\n\n\
‘The reporting person is one of the Managing Members of The Founders Fund II Management, LLC (\"FF II Management\"), which is the General Partner of The Founders Fund II Entrepreneurs\n\n\
@ Fund, LP (\"FFEF\"), and may be deemed to share voting and investment power of the securities held by FFEF. The reporting person disclaims beneficial ownership over such securities except to\n\n\
the extent of his pecuniary interest therein. The inclusion of these securities in this report shall not be deemed an admission of beneficial ownership of the reported securities for purposes of\n\n\
Section 16 or for any other purposes.\n\n\
‘The reporting person is one of the Managing Members of FF Il Management, which is the General Partner of The Founders Fund II Principals Fund, LP (\"FFPF\"), and may be deemed to share\n\n\
(4) voting and investment power of the securities held by FFPF. The reporting person disclaims beneficial ownership over such securities except to the extent of his pecuniary interest therein. The\n\n\
inclusion of these securities in this report shall not be deemed an admission of beneficial ownership of the reported securities for purposes of Section 16 or for any other purposes.\n\n\
‘The reporting person is one of the Managing Members of FF II Management, which is the General Partner of The Founders Fund II, LP (\"FF II\"), and may be deemed to share voting and\n\n\
() investment power over the securities held by FF II. The reporting person disclaims beneficial ownership over such securities except to the extent of his pecuniary interest therein, and the\n\n\
inclusion of these securities in this report shall not be deemed an admission of beneficial ownership of the reported securities for purposes of Section 16 or for any other purposes.\n\n\
(6) Each RSU represents a contingent right to receive 1 share of the issuer's Class A Common Stock upon settlement.\n\n\
(7) The RSUs vested as to 100% of the total shares on May 15, 2018.\n\n\
‘Note: File three copies of this Form, one of which must be manually signed. If space is insufficient, see Instruction 6 for procedure.\n\n\
Potential persons who are to respond to the collection of information contained in this form are not required to respond unless the form displays a currently valid OMB number.\n\n\
* Form 4: SEC 1474 (03-26)\n";
        let lines = crate::markdown::lines(md);
        let mut h = read_header(&lines, lines.len());
        // The cut by marks finds footnote 3, whose mark was lost, after the sentence
        // ending the one before: its first line's quote (`‘The …`) and the mark beside
        // its middle line (`@ Fund, LP`) are glyphs, not its text. Flagged.
        let f3 = "The reporting person is one of the Managing Members of The Founders Fund II Management, LLC (\"FF II Management\"), which is the General Partner of The Founders Fund II Entrepreneurs Fund, LP (\"FFEF\"), and may be deemed to share voting and investment power of the securities held by FFEF. The reporting person disclaims beneficial ownership over such securities except to the extent of his pecuniary interest therein. The inclusion of these securities in this report shall not be deemed an admission of beneficial ownership of the reported securities for purposes of Section 16 or for any other purposes.";
        assert_eq!(note_text(&h.footnotes, "F3"), f3);
        assert!(h.footnotes.iter().any(|(id, f)| id == "F3" && f.uncertain()));
        // Where the marks lose it, the paragraphs the page prints give it.
        h.footnotes.retain(|(id, _)| id != "F3");
        // A count short of the page's (6, mark 7 read after the last): the footnotes the
        // legible marks settle between them are cut, the last one's end is not known
        // and it keeps its cut by marks.
        let mut short = h.clone();
        short.highest_footnote_mark = 0;
        recut_footnotes_by_paragraphs(&mut short, 6);
        assert_eq!(note_text(&short.footnotes, "F2"), "Represents shares received from a former portfolio company in a transaction exempt under Section 16a-9.");
        assert!(note_text(&short.footnotes, "F5").starts_with("The reporting person is one of the Managing Members of FF II Management"));
        assert_eq!(short.footnotes.iter().find(|(id, _)| id == "F6"), h.footnotes.iter().find(|(id, _)| id == "F6"));
        // (The explanations' highest mark, 7, stands in for a count the tables misread.)
        recut_footnotes_by_paragraphs(&mut h, 6);
        assert_eq!(h.footnotes.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>(), ["F1", "F2", "F3", "F4", "F5", "F6", "F7"]);
        assert_eq!(note_text(&h.footnotes, "F2"), "Represents shares received from a former portfolio company in a transaction exempt under Section 16a-9.");
        assert_eq!(note_text(&h.footnotes, "F3"), f3);
        assert!(note_text(&h.footnotes, "F5").starts_with("The reporting person is one of the Managing Members of FF II Management, which is the General Partner of The Founders Fund II, LP (\"FF II\"), and may be deemed to share voting and investment power over"));
        assert_eq!(note_text(&h.footnotes, "F7"), "The RSUs vested as to 100% of the total shares on May 15, 2018.");
        // Footnotes their own marks did not lead are flagged; those they led keep the
        // confidence of their text.
        let conf = |id: &str| h.footnotes.iter().find(|(f, _)| f == id).map(|(_, f)| f.conf).unwrap_or(0);
        assert!(conf("F3") <= UNCERTAIN_AT && conf("F5") <= UNCERTAIN_AT && conf("F4") <= UNCERTAIN_AT);
        assert_eq!(conf("F7"), text_confidence(&note_text(&h.footnotes, "F7")));
    }

    #[test]
    fn a_misread_mark_and_a_misread_table_mark_do_not_stop_the_paragraph_cut() {
        // Set 8 (clean): mark (2) read `1)`, mark (3) `@` (and `@` beside the last word
        // of footnote 2); a table mark misread as (7) numbers more footnotes than the
        // four printed.
        let md = "Explanation of Responses:\n\n\
             * If the form is filed by more than one reporting person, see Instruction 4(b)(v).\n\n\
             ** Intentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).\n\n\
             (1) Each restricted stock unit represents a contingent right to receive one share of Microsoft common stock.\n\n\
             1) Dividend equivalent rights accrue when and as dividends are paid on the Company's common stock and become exercisable proportionately with the restricted stock units to which they\n\n\
             @ relate.\n\n\
             @ The restricted stock units are fully vested. Delivery of the shares to the reporting person will be made on the first anniversary after the date of the reporting person's separation from service\n\n\
             to the Board of Directors.\n\n\
             (4) Includes 1 share as a result of accumulated fractional shares.\n";
        let lines = crate::markdown::lines(md);
        let mut h = read_header(&lines, lines.len());
        assert_eq!(h.highest_footnote_mark, 4);
        recut_footnotes_by_paragraphs(&mut h, 7);
        assert_eq!(h.footnotes.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>(), ["F1", "F2", "F3", "F4"]);
        assert_eq!(
            note_text(&h.footnotes, "F2"),
            "Dividend equivalent rights accrue when and as dividends are paid on the Company's common stock and become exercisable proportionately with the restricted stock units to which they relate."
        );
        assert!(note_text(&h.footnotes, "F3").starts_with("The restricted stock units are fully vested."));
    }

    #[test]
    fn a_footnote_s_own_bare_number_and_a_lone_mark_glyph_are_not_its_text() {
        // Set 9 (clean): footnote 1 led by `1` without its parentheses, a mark beside
        // its middle line read `®` at the start of the next.
        let read = "1 Represents a distribution of Common Stock of the Issuer to partners or members and includes subsequent distributions by general partners or managing members to their respective ® partners or members.";
        let mut notes = vec![("F1".to_string(), FieldVal::read(Value::Text(read.into()), read, 74))];
        tidy_footnotes(&mut notes);
        assert_eq!(
            note_text(&notes, "F1"),
            "Represents a distribution of Common Stock of the Issuer to partners or members and includes subsequent distributions by general partners or managing members to their respective partners or members."
        );
        // Another footnote's number, or a number that is the text's, stays.
        for read in ["2 Represents shares held by a trust.", "1 share of common stock was withheld."] {
            let mut notes = vec![("F1".to_string(), FieldVal::read(Value::Text(read.into()), read, 74))];
            tidy_footnotes(&mut notes);
            assert_eq!(note_text(&notes, "F1"), read);
        }
    }

    #[test]
    fn a_mark_read_inside_its_footnotes_sentence_is_not_its_text() {
        // Held-out Forms 4 (clean): footnote 2's mark, beside its middle line, read
        // inside the sentence as its bare number or garbled.
        let truth = "Each share of Class B Common Stock is convertible at any time at the option of the holder into one share of Class A Common Stock and has no expiration date. In addition, (i) each share of Class B Common Stock will convert automatically into one share of Class A Common Stock.";
        for mark in ["2", "Q)"] {
            let read = truth.replace("each share of Class B", &format!("each share of {mark} Class B"));
            let mut notes = vec![("F2".to_string(), FieldVal::read(Value::Text(read.clone()), &read, 74))];
            tidy_footnotes(&mut notes);
            assert_eq!(note_text(&notes, "F2"), truth, "{mark}");
        }
        // Another footnote's number, a number between lower-case words, or one after a
        // name (`Merger Sub 1 Inc.`) is the text's.
        for read in ["Shares held by Paas Merger Sub 1 Inc., a subsidiary.", "The option vests in 2 equal annual installments.", "See footnote 3 above and footnote 1) The Reporting Person disclaims."]
        {
            let mut notes = vec![("F1".to_string(), FieldVal::read(Value::Text(read.into()), read, 74))];
            tidy_footnotes(&mut notes);
            assert_eq!(note_text(&notes, "F1"), read);
        }
    }

    #[test]
    fn a_mark_numbering_more_footnotes_than_lines_since_the_last_is_misread() {
        // Set 9 (clean): marks (2) and (3) garbled (`Q)`, `@)`), (5) read `6)` two lines
        // after (4), (6) read `6` without its parentheses, (7) lost.
        let md = "Explanation of Responses:\n\
             \n\
             * Tf the form is filed by more than one reporting person, see Instruction 4(b)(v).\n\
             \n\
             ** Intentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).\n\
             \n\
             (1) The sales reported in this Form 4 were effected pursuant to a Rule 10b5-1 trading plan adopted by the reporting person on December 14, 2023.\n\
             \n\
             Q) Represents the weighted average sale price of the shares sold from $32.89 to $33.70 per share. The Reporting Person will provide, upon request by the Commission staff, the Issuer,\n\
             \n\
             or a security holder of the Issuer, full information regarding the number of shares sold at each separate price within the range set forth in this footnote.\n\
             \n\
             @) Represents the receipt of 87,828 shares of Class A Common Stock pursuant to pro rata distributions effected by Khosla Ventures to its members, including the Reporting Person, for\n\
             \n\
             no additional consideration.\n\
             \n\
             (4) Represents the weighted average sale price of the shares sold from $33.91 to $34.89 per share. The Reporting Person will provide, upon request by the Commission staff, the Issuer,\n\
             \n\
             or a security holder of the Issuer, full information regarding the number of shares sold at each separate price within the range set forth in this footnote.\n\
             \n\
             6) Represents the weighted average sale price of the shares sold from $34.95 to $35.57 per share. The Reporting Person will provide, upon request by the Commission staff, the Issuer,\n\
             \n\
             or a security holder of the Issuer, full information regarding the number of shares sold at each separate price within the range set forth in this footnote.\n\
             \n\
             6 Represents the weighted average sale price of the shares sold from $36.80 to $37.24 per share. The Reporting Person will provide, upon request by the Commission staff, the Issuer,\n\
             \n\
             or a security holder of the Issuer, full information regarding the number of shares sold at each separate price within the range set forth in this footnote.\n\
             \n\
             Represents the weighted average sale price of the shares sold from $38.18 to $38.21 per share. The Reporting Person will provide, upon request by the Commission staff, the Issuer,\n\
             \n\
             (”)\n\
             \n\
             or a security holder of the Issuer, full information regarding the number of shares sold at each separate price within the range set forth in this footnote.\n";
        let lines = crate::markdown::lines(md);
        let mut h = read_header(&lines, lines.len());
        recut_footnotes_by_paragraphs(&mut h, 7);
        let ids: Vec<&str> = h.footnotes.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["F1", "F2", "F3", "F4", "F5", "F6", "F7"], "{:#?}", h.footnotes);
        assert!(note_text(&h.footnotes, "F3").starts_with("Represents the receipt of 87,828 shares"));
        assert!(note_text(&h.footnotes, "F5").contains("from $34.95 to $35.57"));
        // The bare `6` is the mark, not the footnote's first word.
        assert!(note_text(&h.footnotes, "F6").starts_with("Represents the weighted average sale price of the shares sold from $36.80"), "{:#?}", h.footnotes);
        assert!(note_text(&h.footnotes, "F7").contains("from $38.18 to $38.21"));
    }

    #[test]
    fn a_mark_between_the_marks_before_and_after_its_number_is_that_number() {
        // Held-out set 20 (clean): (3) read `(8)`, (5) read `(6)` before the true (6).
        let md = "Explanation of Responses:\n\
             \n\
             (1) The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $1,030,000 to $1,030.980, inclusive. The reporting person underta\n\
             \n\
             (2) The Elon Musk Revocable Trust dated July 22, 2003, for which the reporting person is trustee.\n\
             \n\
             (8) The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $1,031,000 to $1,031.990, inclusive. The reporting person underta\n\
             \n\
             (4) The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $1,032,000 to $1,032,990, inclusive. The reporting person underta\n\
             \n\
             (6) The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $1,033.00 to $1,033.90, inclusive. The reporting person undertake\n\
             \n\
             (6) The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $1,034,000 to $1,034,990, inclusive, The reporting person underta\n";
        let lines = crate::markdown::lines(md);
        let h = read_header(&lines, lines.len());
        let ids: Vec<&str> = h.footnotes.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["F1", "F2", "F3", "F4", "F5", "F6"], "{:#?}", h.footnotes);
        assert!(note_text(&h.footnotes, "F2").ends_with("for which the reporting person is trustee."), "{:#?}", h.footnotes);
        assert!(note_text(&h.footnotes, "F3").contains("from $1,031"));
        assert!(note_text(&h.footnotes, "F5").contains("from $1,033.00"));
        assert!(note_text(&h.footnotes, "F6").contains("from $1,034"));
    }

    #[test]
    fn a_mark_alone_on_its_line_after_a_line_ending_mid_sentence_stands_beside_a_middle_line() {
        // Held-out set 16 (scan): footnote 2's mark alone on its line beside the third of
        // its lines (`… of Class B` / `(2)` / `Common Stock, or (B) …`), (5) read `6)`.
        let md = "Explanation of Responses:\n\
             \n\
             * — If the form is filed by more than one reporting person, see Instruction 4(b)(v).\n\
             \n\
             ** Intentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).\n\
             \n\
             (1) Each share of Class A Common Stock was issued upon conversion of one share of Class B Common Stock at the election of the Reporting Person.\n\
             \n\
             Each share of Class B Common Stock is convertible at any time at the option of the holder into one share of Class A Common Stock and has no expiration date. In addition, (i) each share of\n\
             \n\
             Class B Common Stock will convert automatically into one share of Class A Common Stock upon (A) the date specified by the holders of at least 66 2/3% of the outstanding shares of Class B\n\
             \n\
             (2)\n\
             \n\
             Common Stock, or (B) any transfer of such share (subject to certain exceptions), and (ii) upon the death of a natural person holding shares of Class B Common Stock, each share of Class B\n\
             \n\
             Common Stock held by that person or any of his or her permitted estate planning entities will convert automatically into one share of Class A Common Stock.\n\
             \n\
             In addition to the events set forth in footnote 2, the Class A Common Stock and Class B Common Stock will each convert automatically into a single class of Common Stock on the date on\n\
             \n\
             (3) which the number of outstanding shares of Class B Common Stock represents less than 10% of the aggregate combined number of outstanding shares of Class A Common Stock and Class B\n\
             \n\
             Common Stock.\n\
             \n\
             (4) Shares held directly by the Reid Hoffman and Michelle Yee Living Trust dated October 27, 2009 for which Mr. Hoffman and his spouse serve as trustees (the \"Living Trust). Mr. Hoffman\n\
             \n\
             retains sole voting and dispositive power with respect to the shares held by the Living Trust.\n\
             \n\
             6) Shares were sold pursuant to a duly adopted 10b5-1 trading plan entered into in accordance with the Issuer's insider trading policy. The plan has been in existence since the fall of 2011, and\n\
             \n\
             provides for periodic sales as part of a liquidity and diversification strategy.\n\
             \n\
             The sales price reported is the weighted average sale price for the number of shares sold. Full information regarding the number of shares sold at each separate price will be supplied upon\n\
             \n\
             (6)\n\
             \n\
             request by the Securities & Exchange Commission staff, the Issuer or a security holder of the Issuer.\n\
             \n";
        let lines = crate::markdown::lines(md);
        let h = read_header(&lines, lines.len());
        let ids: Vec<&str> = h.footnotes.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["F1", "F2", "F3", "F4", "F5", "F6"], "{:#?}", h.footnotes);
        assert!(note_text(&h.footnotes, "F1").ends_with("at the election of the Reporting Person."), "{:#?}", h.footnotes);
        assert!(note_text(&h.footnotes, "F2").starts_with("Each share of Class B Common Stock is convertible"), "{:#?}", h.footnotes);
        assert!(note_text(&h.footnotes, "F5").starts_with("Shares were sold pursuant to a duly adopted 10b5-1 trading plan"), "{:#?}", h.footnotes);
        assert!(note_text(&h.footnotes, "F6").starts_with("The sales price reported is the weighted average"), "{:#?}", h.footnotes);
    }

    fn owner_of(md: &str) -> OwnerRead {
        top_box_owner(&crate::markdown::lines(md))
    }

    fn text(f: &Option<FieldVal>) -> &str {
        f.as_ref().and_then(|f| f.value.text()).unwrap_or("")
    }

    #[test]
    fn letters_that_lowercase_to_more_bytes_leave_positions_alone() {
        // `İ` lowercases to three bytes, the Kelvin sign to one: a position found in
        // lowercased text must still fall on the text's own glyphs.
        let read = crate::read("FORM 4\n| 1. Name and Address of Reporting Person | 2. Issuer Name and Ticker or Trading Symbol ACME INC [ACM] |\n| 4. If Amendment İİİİİİİİİ, Date of Original™ Filed (Month/Day/Year) 02/03/2012 |\n");
        assert!(!read.report.fields.is_empty());
        let owner = |name: &str| OwnerRead { name: text_field(name, CLEAN), ..OwnerRead::default() };
        // (The top box's name is not the line's: the line is parted by its shape.)
        let t = address_from_name_line(owner("\u{212A}\u{212A}\u{212A}\u{212A} SMITH JOHN 1 MAIN ST BOSTON MA 02110"), &owner("kkkk"));
        assert_eq!(text(&t.name), "\u{212A}\u{212A}\u{212A}\u{212A} SMITH JOHN");
        assert_eq!(text(&t.city), "BOSTON");
        let t = address_from_name_line(owner("SMITH JOHN 1 MAIN ST BOSTON MA 02110"), &OwnerRead { city: text_field("BOSTON", CLEAN), ..owner("SMITH JOHN") });
        assert_eq!(text(&t.name), "SMITH JOHN");
    }

    #[test]
    fn an_officer_acronym_one_glyph_off_is_mended() {
        assert_eq!(officer_acronym("SEO"), "CEO");
        assert_eq!(officer_acronym("CFO"), "CFO", "an acronym stands");
        assert_eq!(officer_acronym("CXO"), "CXO", "one glyph from several: as read");
        assert_eq!(officer_acronym("President"), "President");
        // As OCR read a printed Form 4's relationship box: `SEO)` under the officer's mark.
        let o = owner_of("| 5. Relationship of Reporting Person(s) to Issuer (Check all applicable) _X__ 10% Owner __X__ Officer (give ile _ Other (specify below) below) SEO) |\n");
        assert_eq!(text(&o.officer_title), "CEO", "{o:#?}");
        assert!(o.officer_title.as_ref().is_some_and(FieldVal::uncertain));
    }

    #[test]
    fn a_reporting_owners_table_with_a_garbled_officer_label() {
        // As OCR read a scanned Form 4's Reporting Owners table.
        let lines = crate::markdown::lines(
            "| Reporting Owner Name / Address | Director] | 10% Owner] | fticer] | Other |\n\
             |---|---|---|---|---|\n\
             | THIEL PETER C/O PALANTIR TECHNOLOGIES INC. 1200 17TH STREET, FLOOR 15 DENVER COLORADO 80202 UNITED STATES | Xx |  |  |  |\n",
        );
        let owners = table_owners(&lines);
        assert_eq!(owners.len(), 1, "{owners:#?}");
        assert_eq!((text(&owners[0].director), text(&owners[0].ten_percent), text(&owners[0].officer)), ("1", "0", "0"));
    }

    #[test]
    fn a_mark_before_officer_with_no_title_is_the_directors_slid_down() {
        // As OCR read a scanned Form 4 (a director and 10% owner): the director's mark
        // read at the start of the officer's line, no officer title anywhere.
        let md = "| 1. Name and Address of Reporting Person’ Levchin Max R | 2. Issuer Name and Ticker or Trading Symbol YELP INC [ YELP ] | 5. Relationship of Reporting Person(s) to Issuer (Check all applicable) Director X 10% Owner |\n\
                  |---|---|---|\n\
                  | (Last) (First) (Middle) C/O YELP INC. | 3. Date of Earliest Transaction (Month/Day/Year) 04/05/2013 | X Officer (give title Other (specify below) below) |\n";
        let o = owner_of(md);
        let flag = |f: &Option<FieldVal>| (text(f).to_string(), f.as_ref().is_some_and(FieldVal::uncertain));
        assert_eq!(flag(&o.director), ("1".into(), true));
        assert_eq!(flag(&o.officer), ("0".into(), true));
        assert_eq!(text(&o.ten_percent), "1");
        // With a title below, the mark is the officer's.
        let o = owner_of(&md.replace("below) below) |", "below) below) Chief Executive Officer |"));
        assert_eq!((text(&o.director), text(&o.officer)), ("0", "1"));
        // The director's mark on a line of its own, read both as that line's mark alone
        // and, in the box's text run together, as the mark before `Officer`.
        let md = "| Print or Type Responses) |  |  |  |  | 2. Issuer Name and Ticker or Trading Symbol |  |  |  |  | 5. Relationship of Reporting Person(s) to Issuer |  |  |\n\
                  |---|---|---|---|---|---|---|---|---|---|---|---|---|\n\
                  | 1. Name and Address of Reporting Person |  |  |  |  | Palantir Technologies Inc. [PLTR] |  |  |  |  | (Check all applicable) |  |  |\n\
                  | PETER |  |  |  |  |  |  |  |  |  | Director __X__ 10% Owner |  |  |\n\
                  | THIEL |  |  |  |  | 2a. Foreign i Trading z Symbol |  |  |  |  | __X__ |  |  |\n\
                  |  |  |  |  |  |  |  |  |  |  | Officer (give title ____ Other (specify below) |  |  |\n\
                  |  |  |  |  |  |  |  |  |  |  | below) |  |  |\n";
        let o = owner_of(md);
        assert_eq!((text(&o.director), text(&o.ten_percent), text(&o.officer)), ("1", "1", "0"), "{o:#?}");
        assert!(o.officer.as_ref().is_some_and(FieldVal::uncertain));
    }

    #[test]
    fn wide_glyphs_in_the_relationship_box_are_read_past_not_cut_through() {
        // The box's text is read up to 400 bytes after its label, and a last word of
        // capitals and a point (`CEO.`) loses the point: both cuts once fell inside a
        // glyph of several bytes and panicked.
        for pad in 340..360 {
            let filler = "x ".repeat(pad / 2) + &"y".repeat(pad % 2);
            let o = owner_of(&format!("| 5. Relationship of Reporting Person(s) to Issuer {filler}中中 X Director |\n"));
            assert!(o.officer_title.is_none());
        }
        let o = owner_of("| 5. Relationship of Reporting Person(s) to Issuer (Check all applicable) X Director 10% Owner Officer (give title below) Other (specify below) CEO🙂 |\n");
        assert!(text(&o.officer_title).starts_with("CEO"), "{:?}", o.officer_title);
        let o = owner_of("| 5. Relationship of Reporting Person(s) to Issuer (Check all applicable) X Director 10% Owner X Officer (give title below) Other (specify below) CEO. |\n");
        assert_eq!(text(&o.officer_title), "CEO");
    }

    #[test]
    fn the_address_box_over_many_rows_with_garbled_labels() {
        // Lines as OCR read them from a printed Form 4: the labels `(Last) (First)
        // (Middle)` and `(Street)` garbled, the box spread over ten rows.
        let o = owner_of(
            "|  | 1, Name and Address of Reporting Person * |  | 2. Issuer Name |\n\
             |---|---|---|---|\n\
             |  | Musk Elon |  | Symbol |\n\
             |  |  |  | Tesla, Inc. [TSLA] |\n\
             |  |  |  | «irr |\n\
             |  |  |  | An Rese eta |\n\
             |  |  |  |  |\n\
             |  | (Las rst) (Midate) |  | 3. Date of Earliest Transaction |\n\
             |  | C/O TESLA, INC. |  | (Month/Day/Year) |\n\
             |  | 3500 DEER CREEK ROAD |  | 05/02/2019 |\n\
             |  | (Sure) |  | 4, If Amendment, Date Original |\n\
             |  | PALO ALTO CALIFORNIA 94304 |  | Filed(MontivDay/Year) |\n",
        );
        assert_eq!(text(&o.name), "Musk Elon");
        assert_eq!((text(&o.street1), text(&o.street2)), ("C/O TESLA, INC.", "3500 DEER CREEK ROAD"));
        assert_eq!((text(&o.city), text(&o.state), text(&o.zip)), ("PALO ALTO", "CA", "94304"));
    }

    #[test]
    fn the_address_without_a_legible_street_label() {
        // `(Street)` read as `saree` before the city; elsewhere the ZIP split around the city.
        let o = owner_of(
            "| 1, Name and Address of Reporting Person ” Coleman Amy |  | 2, Issuer Name |\n\
             |---|---|---|\n\
             | (ax) Feu catia |  | 3. Date |\n\
             | (C/O MICROSOFT CORPORATION ONE MICROSOFT WAY |  | 09/15/2025 |\n\
             | saree REDMOND WASHINGTON 98052- 6399 |  |  |\n",
        );
        assert_eq!((text(&o.city), text(&o.state), text(&o.zip)), ("REDMOND", "WA", "98052-6399"));
        assert!(o.city.as_ref().is_some_and(|c| c.conf <= MENDED), "without the label the cut is flagged");
        let o = owner_of(
            "| 1, Name and-Address of Reporting Person : =. |  | 2, Issuer Name |\n\
             |---|---|---|\n\
             | Hoffman Reid \\| |  | MICROSOFT CORP [MSFT] |\n\
             | (Last) (First) , (Middle) |  |  |\n\
             | CiO MICROSOFT:CORPORATION / |  |  |\n\
             | ONE MICROSOFT WAY - |  |  |\n\
             | (Street) ; ; . |  | 4,.1f Amendment |\n\
             | . 98052- |  |  |\n\
             | REDMOND : WASHINGTON |  |  |\n\
             | 6399 |  |  |\n\
             | (Zip/Postal |  |  |\n\
             | (ciy)- Ci (State) Si Codey |  | Table I - Non-Derivative Securities |\n",
        );
        assert_eq!((text(&o.street1), text(&o.street2)), ("C/O MICROSOFT CORPORATION", "ONE MICROSOFT WAY"));
        assert_eq!((text(&o.city), text(&o.state), text(&o.zip)), ("REDMOND", "WA", "98052-6399"));
    }

    #[test]
    fn the_labels_asterisk_read_as_a_letter_is_no_part_of_the_name() {
        // Scans where the owner table under the form was not read: the top box alone names the owner.
        for (line, name) in [
            ("| 1, Name and Address of Reporting Person S Herrington Douglas J | 2. Issuer Name and Ticker or Trading Symbol AMAZON COM INC [AMZN] |", "Herrington Douglas J"),
            ("| 1. Name and Address of Reporting Person L Walton Family Holdings Trust | 2. Issuer Name and Ticker or Trading Symbol |", "Walton Family Holdings Trust"),
            ("| 1. Name and Address of Reporting Person é LEVINSON ARTHUR D | 2. Issuer Name and Ticker or Trading Symbol |", "LEVINSON ARTHUR D"),
        ] {
            let o = owner_of(&format!("{line}\n|---|---|\n"));
            assert_eq!(text(&o.name), name);
            assert!(o.name.as_ref().is_some_and(|n| n.conf <= MENDED), "a letter dropped from the name is flagged");
        }
        // A point after the letter is an initial; a word of one letter alone is all the name read.
        assert_eq!(asterisk_read_as_letter("B. Riley Financial, Inc."), None);
        assert_eq!(asterisk_read_as_letter("S"), None);
        assert_eq!(asterisk_read_as_letter("Ms Musk Elon"), None);
    }

    #[test]
    fn garbled_name_labels() {
        for label in ["1. Name and Addiess of Reporting Person *", "1. Name and Address af Reparting Person’", "1 Мате and Address. of Reportrig Person”"] {
            assert!(NAME_LABEL.is_match(label), "{label}");
        }
        assert!(!NAME_LABEL.is_match("5. Relationship of Reporting Person(s) to Issuer"));
        let o = owner_of("| 1. Name and Addiess of Reporting Person * | 2. Issuer |\n|---|---|\n| THIEL PETER | Symbol |\n");
        assert_eq!(text(&o.name), "THIEL PETER");
        assert!(o.name.as_ref().is_some_and(|n| n.conf <= MENDED), "a garbled label flags the name");
        let o = owner_of("| 1 Мате and Address. of Reportrig Person” 2 Issuet Name and Ticker ог Trading Symbol | x |\n|---|---|\n");
        assert!(text(&o.name).is_empty(), "the next box's label is no name: {:?}", o.name);
    }

    #[test]
    fn the_officer_title_under_the_relationship_box() {
        // As OCR read two printed forms: the title after `(specify below) below)`.
        let o = owner_of(
            "| 1. Name and Address of Reporting Person” Musk Elon | 2. Issuer Name | 5. Relationship of Reporting Person(s) to Issuer (Check all applicable) |\n\
             |---|---|---|\n\
             | - |  | Х Director 10% Owner |\n\
             | (Last) (First) (Middle) C/O TESLA, INC. 1 TESLA ROAD | 3. Date | X = x Officer (give ше Other (specify betew) below) CEO |\n\
             | 7 - (Street) AUSTIN TX 78725 | 4. If Amendment | \\|6. individual or JointiGroup Filing (Check Applicable Line) X Form filed by One |\n",
        );
        assert_eq!(text(&o.officer), "1");
        assert_eq!(text(&o.officer_title), "CEO");
        assert!(o.officer_title.as_ref().is_some_and(|t| t.conf <= MENDED), "read in one place only");
        let o = owner_of(
            "| 1. Name and Address of Reporting Person = Musk Elon | 2. Issuer | 5. Relationship of Reporting Person(s) to Issuer (Check all applicable) _X__Director __X_ 10% Owner __X__ Officer (give title Other (specify below) below) |\n\
             |---|---|---|\n\
             |  |  | below) below) CEO. |\n",
        );
        assert_eq!(text(&o.officer_title), "CEO");
        // Debris after the labels is no title.
        let o = owner_of(
            "| 1. Name and Address of Reporting Person ~ Musk Elon | 2. Issuer | 5- Relationship of Reporting Person(s) to Issuer |\n\
             |---|---|---|\n\
             |  |  | (Check all applicable) —X__Director __X__ 10% Owner _X_ Officer (give title ‘Other (specify below) |\n\
             | (Last) (First) (Middle) C/O TESLA, INC. | 3. Date | below) FeeRd etre NEM Sigh an OE ae tores Reece |\n",
        );
        assert_eq!(text(&o.officer), "1");
        assert!(o.officer_title.is_none(), "{:?}", o.officer_title);
        // A title printed with no box's mark read: an officer's, the box inferred.
        let o = owner_of(
            "| 1. Name and Address of Reporting Person\" Numoto Takeshi | 2, Issuer Name | 5. Relationship of Reporting Person(s) to Issuer (Check all applicable) |\n\
             |---|---|---|\n\
             | (Last) (First) (Middle) C/O MICROSOFT CORPORATION |  | Director 10% caer Officer (give title Other |\n\
             | ONE MICROSOFT WAY | 3, Date | x (Specify below) below) EVP, Chief |\n\
             | (Street) REDMOND WA = 98052-6399 |  | Marketing Officer |\n\
             | (city) (State) (Zip) | 4, If Amendment | 6. Individual or JointGroup Filing |\n",
        );
        assert_eq!(text(&o.officer_title), "EVP, Chief Marketing Officer");
        assert_eq!(text(&o.officer), "1");
        assert!(o.officer.as_ref().is_some_and(|f| f.conf <= MENDED), "inferred: flagged");
    }

    #[test]
    fn an_issuer_whose_symbol_brackets_were_misread() {
        // Tesseract's readings of the issuer box of held-out filings rendered by the
        // SEC's stylesheet: brackets lost, read as letters, quotes or slashes.
        for (cell, name, symbol) in [
            ("2. Issuer Name and Ticker or Trading Symbol Walmart Inc. WMT", "Walmart Inc.", "WMT"),
            ("2. Issuer Name and Ticker or Trading Symbol Scuare, \\| Inc. ‘SQ’", "Scuare, Inc.", "SQ"),
            ("2. Issuer Name and Ticker or Trading Symbol NUVEEN MUNICIPAL HIGH INCOME OPPORTUNITY FUND \"NMZ’ =", "NUVEEN MUNICIPAL HIGH INCOME OPPORTUNITY FUND", "NMZ"),
            ("2. Issuer Name and Ticker or Trading Symbol LINKEDIN CORP [LNKD/ SEES", "LINKEDIN CORP", "LNKD"),
        ] {
            let lines = crate::markdown::lines(&format!("| {cell} | 5. Relationship of Reporting Person(s) to Issuer |\n|---|---|\n"));
            let h = read_header(&lines, lines.len());
            assert_eq!((text(&h.issuer_name), text(&h.symbol)), (name, symbol), "{cell}");
            assert!(h.symbol.as_ref().is_some_and(FieldVal::uncertain), "{cell}");
        }
        // A name in capitals with no symbol after it gives no symbol from its suffix.
        let lines = crate::markdown::lines("| 2. Issuer Name and Ticker or Trading Symbol MICROSOFT CORP |\n|---|\n");
        assert!(read_header(&lines, lines.len()).symbol.is_none());
    }

    #[test]
    fn the_issuer_label_s_symbol_read_suma_is_no_part_of_the_name() {
        // A held-out Form 4 (set 24, clean): `… Trading Suma MICROSOFT CORP [MSFT]`.
        let md = "| 1, Name and Address of Reporting Person\u{201d} Hoffman Reid | 2. Issuer Name and Ticker or Trading Suma MICROSOFT CORP [MSFT] | 5. Relationship of Reporting Person(s) to Issuer (Check all applicable) |\n|---|---|---|\n";
        let lines = crate::markdown::lines(md);
        let h = read_header(&lines, lines.len());
        assert_eq!((text(&h.issuer_name), text(&h.symbol)), ("MICROSOFT CORP", "MSFT"));
    }

    #[test]
    fn officer_titles_misread_by_a_glyph_are_mended() {
        // Tesseract's readings of titles in held-out filings rendered by the SEC's stylesheet.
        assert_eq!(mend_title_words("Senior Vice Presicent").as_deref(), Some("Senior Vice President"));
        assert_eq!(mend_title_words("Vice Caair anc President").as_deref(), Some("Vice Chair and President"));
        // Words read right, acronyms and words a glyph from two title words stay as read.
        for title in ["Executive Vice President", "CBO", "EVP, Chief Legal Officer", "Chief Executive Officer and Director"] {
            assert_eq!(mend_title_words(title), None, "{title}");
        }
        // A word a glyph from two title words is left as read, flagged; an acronym not.
        assert!(title_field("Vice Chait", CLEAN).is_some_and(|f| f.uncertain() && f.value.render() == "Vice Chait"));
        assert!(!title_field("Co-CEO CIB", CLEAN).is_some_and(|f| f.uncertain()));
        assert!(!title_field("Chairman and Chief Executive Officer", CLEAN).is_some_and(|f| f.uncertain()));
        assert_eq!(text(&title_field("7 . Senior Vice President", CLEAN)), "Senior Vice President");
        let f = title_field("| Senior Vice President ieee :", CLEAN);
        assert_eq!((text(&f), f.as_ref().is_some_and(FieldVal::uncertain)), ("Senior Vice President", true));
        assert_eq!(text(&title_field("Vice President of", CLEAN)), "Vice President of");
        let f = title_field("Senior Vice Presicent", CLEAN).expect("title");
        assert_eq!((f.value.render(), f.read.as_str(), f.uncertain()), ("Senior Vice President".to_string(), "Senior Vice Presicent", true));
    }

    #[test]
    fn debris_in_a_relationship_box_or_for_a_title_is_not_read_cleanly() {
        // Tesseract's reading of a scanned Form 4 rendered by the SEC's stylesheet (a
        // director): the director's X read with debris, the officer and other cells
        // holding specks read as words.
        let md = "| t | Relationships |  |  |  |\n\
|---|---|---|---|---|\n\
| Reporting Owner Name Address / | Director | SS 10% | \\| Owner Officer | Other |\n\
| [BOTHA ROELOF C/O SEQUOIA CAPITAL, 2800 SAND HILL ROAD SUITE 101 MENLO PARK CALIFORNIA 94025 \\| \\|UNITEDSTATES | x) \\| | \\| \\| \\| | Beals | Ieee eer] |\n";
        let lines = crate::markdown::lines(md);
        let owners = table_owners(&lines);
        assert_eq!(owners.len(), 1, "{owners:#?}");
        let o = &owners[0];
        assert_eq!(text(&o.director), "1", "{o:#?}");
        assert!(o.director.as_ref().is_some_and(FieldVal::uncertain), "{o:#?}");
        for f in [&o.officer_title, &o.other_text] {
            assert!(f.as_ref().is_some_and(FieldVal::uncertain), "{o:#?}");
        }
        // A title of an officer's words is read as it stands.
        let md = md.replace("Beals", "Chief Executive Officer");
        let lines = crate::markdown::lines(&md);
        let o = &table_owners(&lines)[0];
        assert_eq!(text(&o.officer_title), "Chief Executive Officer");
        assert!(!o.officer_title.as_ref().is_some_and(FieldVal::uncertain), "{o:#?}");
    }

    #[test]
    fn marks_before_a_garbled_director_label() {
        for line in [
            "| 5. Relationship of Reporting Person(s) to Issuer {Check’all applicable) X= Dwector 10% Owner Otficer (gue title Other (specity pelow) below) |",
            "| 5. Relationship of Reparting Persdn(s)to Issuer (Check all applicable) X . Orrector 10% Owner |",
        ] {
            let o = owner_of(&format!("{line}\n|---|\n"));
            assert_eq!([&o.director, &o.ten_percent, &o.officer, &o.other].map(|f| text(f).to_string()), ["1", "0", "0", "0"], "{line}");
        }
    }

    #[test]
    fn a_mark_read_as_a_short_word_before_a_footnote_is_cut() {
        // Tesseract's reading of a held-out Form 4's only footnote, its mark `(1)` read `ny`.
        let lines = crate::markdown::lines(
            r#"Explanation of Responses:

* If the form is filed by more than one reporting person, see Instruction 4(b)(v).

** Intentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).

ny This sale was executed pursuant to a Rule 10b5-1 Plan that was entered into by the Reporting Person during an open trading window and disclosed by the Issuer on Form 8-K on

November 22, 2024.

Note: File three copies of this Form, one of which must be manually signed. If space is insufficient, see Instruction 6 for procedure.

Potential persons who are to respond to the collection of information contained in this form are not required to respond unless the form displays a currently valid OMB number.

* Form 4: SEC 1474 (03-26)
"#,
        );
        let notes = read_footnotes(&lines);
        assert_eq!(notes.len(), 1, "{notes:#?}");
        assert!(notes[0].1.value.render().starts_with("This sale was executed pursuant to a Rule 10b5-1 Plan"), "{notes:#?}");
        assert!(notes[0].1.uncertain());
    }

    #[test]
    fn footnotes_under_a_heading_past_reading_start_after_the_first_note() {
        // Tesseract's reading of a held-out Form 4 rendered by the SEC's stylesheet: the
        // heading `Explanation of Responses:` garbled, the footnotes' marks beside them.
        let lines = crate::markdown::lines(
            r#"[Exo] etiam of kes yo7ses:

* Tf the form is filed by more than one reporting person, see Instruction 4(b)(v).

** Intentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).

This statement is jointly filed by Bank of America Corporation and Merrill Lynch, Pierce, Fenner & Smith Incorporated ("Merrill Lynch") (collectively, the "Reporting Persons").

Bank of America Corporation holds an indirect interest in the securities listed in this Report by virtue of its 100% ownership of its subsidiary Merrill Lynch. Each Reporting Person

(1) disclaims beneficial ownership of the securities reported herein except to the extent of its pecuniary interest therein, if any, and this report shall not be deemed an admission that any

such Reporting Person is the beneficial owner of, or has any pecuniary interest in, such securities for purposes of Securities Exchange Act of 1934 (the "Exchange Act"), or for any

other purpose.

Each Reporting Person declares that neither the filing of this statement nor anything herein shall be construed as an admission that such person is, for the purposes of Section 13(d)

Q) of the Exchange Act or any other purpose, (i) acting (or has agreed or is agreeing to act together with any other person) as a partnership, limited partnership, syndicate or other

group for the purpose of acquiring, holding or disposing of securities of the Issuer or otherwise with respect to the Issuer or any securities of the Issuer or (ii) a member of any group

with respect to the Issuer or any securities of the Issuer.

Without conceding its status as a greater than 10% beneficial owner or that the reported transactions are subject to disclosure under Section 16(a) of the Exchange Act or short-

(3) swing profit recovery under Section 16(b) of the Exchange Act, the amount of profit potentially recoverable by the Issuer from the reported transactions in the event that the

Reporting Persons were greater than 10% beneficial owners and the transactions were subject to Section 16(b) will be remitted to the Issuer.

"#,
        );
        let notes = read_footnotes(&lines);
        let ids: Vec<&str> = notes.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["F1", "F2", "F3"], "{notes:#?}");
        assert!(notes[0].1.value.render().starts_with("This statement is jointly filed by Bank of America Corporation"), "{notes:#?}");
        assert!(notes[2].1.value.render().starts_with("Without conceding its status"), "{notes:#?}");
    }

    #[test]
    fn a_signature_whose_date_was_lost_is_read_flagged() {
        // As OCR read a scanned Form 4: the signature's date not printed legibly at all.
        let lines = crate::markdown::lines("Explanation Responses:\n\nAnn Habernigg, Attorney-in- fact for Reid G. Hoffman Reminder: Report ** Signature of Reporting Person Date on a separate line for each class of securities beneficially owned directly or * Ifthe form is filed by more than one reporting person, see Instruction 4 indirectly.\n");
        let found = read_signatures(&lines, 0);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].0.value.render(), "Ann Habernigg, Attorney-in-fact for Reid G. Hoffman");
        assert!(found[0].0.uncertain() && found[0].1.missing);
        // Words that are no names are no signature.
        let lines = crate::markdown::lines("see the 12 pages Reminder: Report ** Signature of Reporting Person Date\n");
        assert!(read_signatures(&lines, 0).is_empty());
    }

    /// A held-out Form 3 of seven joint filers (clean page), as its page reader gave it:
    /// the Reporting Owners grid broken by a row printed as plain text and a last row
    /// set as a grid of its own, then signatures of which one wrapped onto a second line.
    const MANY_JOINT_FILERS: &str = "Reporting Owners\n\n\
|  | Relationships |  |  |  |\n|---|---|---|---|---|\n\
| Reporting Owner Name / Address | Director | 10% Owner | Officer | Other |\n\
| Mithril GP LP C/O MITHRIL CAPITAL MANAGEMENT LLC 600 CONGRESS AVENUE SUITE 3100 AUSTIN TEXAS 78701 UNITED STATES |  | x |  |  |\n\
| MITHRIL II LP C/O MITHRIL CAPITAL MANAGEMENT LLC 600 CONGRESS AVENUE SUITE 3100 AUSTIN TEXAS 78701 UNITED STATES |  | x |  |  |\n\
\nRoyan Ajay x\n\nC/O MITHRIL CAPITAL MANAGEMENT LLC\n\n600 CONGRESS AVENUE SUITE 3100\n\nAUSTIN\n\nTEXAS\n\n78701\n\nUNITED STATES\n\n\
| THIEL PETER C/O MITHRIL CAPITAL MANAGEMENT LLC 600 CONGRESS AVENUE SUITE 3100 AUSTIN TEXAS 78701 UNITED STATES |  | x |  |  |\n\
|---|---|---|---|---|\n\nSignatures\n\n\
/s/ Ajay Royan, Authorized Person, Mithril GP LP 09/20/2021\n\nsignature of Reporting Person Date\n\n\
/s/ Ajay Royan, Managing Member, Mithril II UGP LLC, General Partner of Mithril II GP 09/20/2021\n\n\
LP, the General Partner of Mithril Il LP\n\nsignature of Reporting Person Date\n\n\
/s/ Peter Thiel 09/20/2021\n\nsignature of Reporting Person Date\n";

    #[test]
    fn the_reporting_owners_table_goes_on_past_a_row_printed_as_text_and_a_new_grid() {
        let lines = crate::markdown::lines(MANY_JOINT_FILERS);
        let owners = table_owners(&lines);
        let names: Vec<&str> = owners.iter().map(|o| text(&o.name)).collect();
        assert_eq!(names.len(), 4, "{owners:#?}");
        assert!(names[0].starts_with("Mithril GP LP C/O") && names[1].starts_with("MITHRIL II LP C/O"), "{names:?}");
        assert_eq!(names[3].split(" C/O").next(), Some("THIEL PETER"), "{names:?}");
        assert_eq!(text(&owners[3].ten_percent), "1");
        // The row printed as text: name and address; its mark's box is not seen.
        let royan = &owners[2];
        assert_eq!(
            [text(&royan.name), text(&royan.street1), text(&royan.street2), text(&royan.city), text(&royan.zip)],
            ["Royan Ajay", "C/O MITHRIL CAPITAL MANAGEMENT LLC", "600 CONGRESS AVENUE SUITE 3100", "AUSTIN", "78701"]
        );
        assert!(royan.director.is_none() && royan.ten_percent.is_none(), "{royan:#?}");
    }

    #[test]
    fn the_reporting_owners_table_ends_at_plain_text_that_starts_no_owner() {
        // A held-out scan: the one owner's name lost, then the signature's date and the
        // explanations as plain text. They are no more of the owner's address.
        let lines = crate::markdown::lines(
            "Reporting Owners\n\n| Owner Name / Address | Relationships |  |  |  |\n|---|---|---|---|---|\n\
| Reporting | Director, | 10% Owner, | Officer, | Other |\n\
| C/O TESLA, INC. 1 TESLA ROAD AUSTIN TEXAS 78725 UNITED STATES | x | x | CEO |  |\n\
\n04/29/2022\n\nDate\n\nExplanation of Responses:\n\n(1) The price reported is a weighted average price.\n",
        );
        let owners = table_owners(&lines);
        assert_eq!(owners.len(), 1, "{owners:#?}");
        let o = &owners[0];
        for f in [&o.name, &o.street1, &o.street2, &o.city, &o.state, &o.zip] {
            assert!(!text(f).contains("Explanation") && !text(f).contains("04/29") && !text(f).contains("Date"), "{o:#?}");
        }
        assert_eq!(text(&o.officer_title), "CEO");
        // The top box's name stands against the table's line without one.
        let top = OwnerRead { name: text_field("Musk Elon", CLEAN), ..OwnerRead::default() };
        assert_eq!(text(&reconcile(top, Some(o.clone())).name), "Musk Elon");
    }

    #[test]
    fn a_mark_with_a_speck_glued_on_starts_an_owner() {
        // The same Form 3 on a degraded scan: the second owner's mark read `Xe`. (It had
        // been read as more of the first owner's address, every later owner one off.)
        let lines = crate::markdown::lines(
            "|  | Relationships |  |  |  |\n|---|---|---|---|---|\n\
| Reporting Owner Name / Address \\| . | Director | oo 10% Owner | \\| Officer | Other: |\n\
| \u{201c}Mithril GP LP C/O MITHRIL CAPITAL MANAGEMENT LLC 600 CONGRESS AVENUE SUITE 3100 \\| AUSTIN TEXAS 78701 UNITED STATES | \\| | \\| Xx |  | \\| |\n\
| \u{2018}Mithril LP Be MITHRIL CAPITAL MANAGEMENT LLC 600 CONGRESS AVENUE SUITE 3100 AUSTIN \\| TEXAS 78701 UNITED STATES | \\| \\| \\| \\| \\| | \\| \\| Xe | \\| \\| | \\| \\| |\n\
| Mithril 11] UGP LLC C/O MITHRIL CAPITAL MANAGEMENT LLC 600 CONGRESS AVENUE SUITE 3100 AUSTIN TEXAS \\| 78701 UNITED STATES | \\| | \\| \\| x \\| | \\| \\| | \\| \\| |\n",
        );
        let owners = table_owners(&lines);
        assert_eq!(owners.len(), 3, "{owners:#?}");
        assert!(text(&owners[1].name).contains("Mithril LP"), "{owners:#?}");
        assert_eq!(text(&owners[1].ten_percent), "1");
        assert!(text(&owners[2].name).starts_with("Mithril 11] UGP LLC"), "{owners:#?}");
    }

    #[test]
    fn a_signature_wrapped_onto_the_line_above_its_label_is_read_whole() {
        let lines = crate::markdown::lines(MANY_JOINT_FILERS);
        let from = lines.iter().position(|l| l.text() == "Signatures").unwrap();
        let found = read_signatures(&lines, from);
        let names: Vec<String> = found.iter().map(|(n, _)| n.value.render()).collect();
        assert_eq!(
            names,
            [
                "/s/ Ajay Royan, Authorized Person, Mithril GP LP",
                "/s/ Ajay Royan, Managing Member, Mithril II UGP LLC, General Partner of Mithril II GP LP, the General Partner of Mithril Il LP",
                "/s/ Peter Thiel"
            ],
            "{found:#?}"
        );
        assert!(found[1].0.uncertain(), "a date inside the signature: where it ends is a guess");
        assert!(found.iter().all(|(_, d)| d.value.render() == "2021-09-20"));
    }

    #[test]
    fn a_by_cut_before_the_signature_leaves_it_in_doubt() {
        // As OCR read a held-out page of the SEC's rendering, whose XML signs `By: /s/ …`
        // (the seed's printed `By: /s/ Corey M. Horowitz` signs without it).
        let lines =
            crate::markdown::lines("Signatures\n\nBy: /s/ Jung Yeon Son, Attorney-in-fact for Roelof Botha 06/25/2021\n\n\u{201c}signature of Reporting Person Date\n\nExplanation of Responses:\n");
        let found = read_signatures(&lines, 0);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].0.value.render(), "/s/ Jung Yeon Son, Attorney-in-fact for Roelof Botha");
        assert!(found[0].0.uncertain(), "{:?}", found[0].0);
        assert_eq!(found[0].1.value.render(), "2021-06-25");
        assert!(!found[0].1.uncertain());
    }

    #[test]
    fn signatures_under_a_garbled_label_or_above_a_speck() {
        // As OCR read two printed forms: the label under the signature past reading, and
        // a speck before a legible label with the signature on the line above.
        let lines = crate::markdown::lines(
            "| Table I - Non-Derivative Securities |  |\n\
             | Signatures |  |\n\
             | /s/ Justin V. Laubach, under power of attorney 05/10/2024 |  |\n\
             | 2 Sgeaaeel Reng Pee |  | Date |\n\
             | Explanation of Responses: |  |\n",
        );
        let found = read_signatures(&lines, 1);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0.value, Value::Text("/s/ Justin V. Laubach, under power of attorney".into()));
        assert!(found[0].0.conf < UNCERTAIN_AT, "found by the heading only: flagged");
        assert_eq!(found[0].1.value.render(), "2024-05-10");
        let lines = crate::markdown::lines(
            "| Table I - Non-Derivative Securities |  |\n\
             | Signatures By: Aaron Beckman, by Power of Attomey For: Elon R. Musk 05/21/2019 |  |\n\
             | we —Signature of Reporting Person |  | Date |\n",
        );
        let found = read_signatures(&lines, 1);
        assert_eq!(found[0].0.value, Value::Text("By: Aaron Beckman, by Power of Attorney For: Elon R. Musk".into()));
        assert_eq!(found[0].1.value.render(), "2019-05-21");
    }

    #[test]
    fn footnotes_whose_marks_are_all_garbled_alone_on_their_lines() {
        // As OCR read a printed Form 4: `(1)` read `а)` and `(2)` read `Q)`, each on a
        // line of its own at its footnote's middle.
        let lines = crate::markdown::lines(
            "| Explanation of Responses: |  |\n\
             | The Reporting Person has shared voting and investment power over the shares held by each of The Founders Fund VI, LP, The Founders Fund VI |  |\n\
             | Entrepreneurs Fund, LP and FF Affirm Growth, LLC. The Reporting Person disclaims beneficial ownership of these |  |\n\
             | а) |  |\n\
             | securities except to the extent of his pecuniary interest therein, and the inclusion of these shares in this report shall not be deemed an admission of beneficial ownership of all of the reported shares for |  |\n\
             | purposes of Section 16 or any other purpose. |  |\n\
             | Each share of the Issuer's Class B common stock is convertible at any time into one share of the Issuer's Class A common stock, par value |  |\n\
             | Q) |  |\n\
             | $0.0001 per share. The Class B Common Stock has no expiration date. |  |\n",
        );
        let notes = read_footnotes(&lines);
        let ids: Vec<&str> = notes.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["F1", "F2"]);
        assert!(notes[0].1.value.render().ends_with("purposes of Section 16 or any other purpose."), "{:?}", notes[0].1.value);
        assert!(notes[1].1.value.render().starts_with("Each share of the Issuer's Class B"), "{:?}", notes[1].1.value);
        assert!(notes.iter().all(|(_, f)| f.conf <= UNSURE), "cut by a guess at the marks: flagged");
    }

    #[test]
    fn footnotes_whose_marks_stand_alone_with_legible_digits_are_cut_around_them() {
        // As OCR read a printed Form 4: each mark on a line of its own at its footnote's
        // middle, the digit legible and the parentheses garbled (`( 1 ~`, `¢ 2 ~~`).
        let lines = crate::markdown::lines(
            "\
             | Explanation of Responses: |  |\n\
             | * — Tf the form is filed by more than one reporting person, see Instruction 4(b)(v). |  |\n\
             | ** Tntentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a). |  |\n\
             | SC US (TTGP), Ltd. is the general partner of SC U.S. Venture 2010 Management, L.P., which is the general partner of Sequoia Capital U.S. Venture 2010-Seed Fund, L.P., or |  |\n\
             | collectively, the Venture 2010 Funds. The Reporting Person is a Director of SC US (TTGP), Ltd. The Reporting Person disclaims beneficial ownership of the securities held by the |  |\n\
             | ( 1 ~ |  |\n\
             | Venture 2010 Funds except to the extent of his pecuniary interest therein, and the inclusion of these securities in this report shall not be deemed an admission of beneficial |  |\n\
             | ownership of the reported securities for purposes of Section 16 or for any other purposes. |  |\n\
             | Represents shares of Class A Common Stock of the Issuer received on November 16, 2018 as transaction consideration pursuant to the Agreement and Plan of Reorganization, dated |  |\n\
             | ¢ 2 ~~ |  |\n\
             | April 26, 2018, between the Issuer, Weebly, Inc. and the other parties thereto. |  |\n\
             | SC US (TTGP), Ltd. is the general partner of SCGF IV Management, L.P., which is the general partner of Sequoia Capital U.S. Growth Fund IV, L.P. and Sequoia Capital USGF |  |\n\
             | Principals Fund IV, L.P., or collectively, the SC GFIV Funds. The Reporting Person is a Director of SC US (TTGP), Ltd. The Reporting Person disclaims beneficial ownership of |  |\n\
             | ¢ 3 = |  |\n\
             | the securities held by the SC GFIV Funds except to the extent of his pecuniary interest therein, and the inclusion of these securities in this report shall not be deemed an admission |  |\n\
             | of beneficial ownership of the reported securities for purposes of Section 16 or for any other purposes. |  |\n\
             ",
        );
        let notes = read_footnotes(&lines);
        let ids: Vec<&str> = notes.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["F1", "F2", "F3"]);
        let text = |k: usize| notes[k].1.value.render();
        assert!(text(0).starts_with("SC US (TTGP), Ltd. is the general partner of SC U.S. Venture 2010") && text(0).ends_with("for any other purposes."), "{}", text(0));
        assert_eq!(text(1), "Represents shares of Class A Common Stock of the Issuer received on November 16, 2018 as transaction consideration pursuant to the Agreement and Plan of Reorganization, dated April 26, 2018, between the Issuer, Weebly, Inc. and the other parties thereto.");
        assert!(text(2).starts_with("SC US (TTGP), Ltd. is the general partner of SCGF IV") && text(2).ends_with("for any other purposes."), "{}", text(2));
    }

    #[test]
    fn a_form_3s_closing_lines_are_no_footnote_text() {
        // A held-out Form 3 (clean): the OMB notice read over two lines, its second
        // line and Form 3's own number (SEC 1473, not Form 4's 1474) after the footnote.
        let lines = crate::markdown::lines(
            "Explanation of Responses:\n\n\
             ** Tntentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).\n\n\
             The stock option is exercisable as of the grant date, subject to a repurchase right in favor of the Issuer. 1/5th of the shares subject to\n\n\
             (1) the option vest on the first anniversary of the vesting commencement date of July 30, 2012 and 1/60th of the shares vest monthly\n\n\
             thereafter, subject to the Reporting Person's continuous service to the Issuer on each such date.\n\n\
             Note: File three copies of this Form, one of which must be manually signed. If space is insufficient, See Instruction 6 for procedure.\n\n\
             Potential persons who are to respond to the collection of information contained in this form are not required to respond unless the form\n\n\
             displays a currently valid OMB number.\n\n\
             * Form 3: SEC 1473 (03-26).\n",
        );
        let notes = read_footnotes(&lines);
        assert!(note_text(&notes, "F1").ends_with("on each such date."), "{notes:#?}");
    }

    #[test]
    fn marks_garbled_beside_middle_lines_count_the_paragraphs() {
        // A held-out Form 4 (set 4, clean): footnote 1 legible, the marks of 2 and 3
        // garbled beside their middle lines (`Q)`, `(@)`), and garbled in the tables
        // too, which refer to footnote 1 alone.
        let md = "Explanation of Responses:\n\n\
** Intentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).\n\n\
(1) The Elon Musk Revocable Trust dated July 22, 2003, for which the reporting person is the trustee.\n\n\
Effective April 8, 2013, the Reporting Person was granted an option to purchase 5,250 shares of common stock, as adjusted to give effect to a five-for-one forward split of the Issuer's common\n\n\
Q) stock in the form of a stock dividend distributed on August 28, 2020, and a three-for-one forward split of the Issuer's common stock in the form of a stock dividend distributed on August 24,\n\n\
2022. The option award was granted as part of Tesla, Inc's company-wide patent incentive program, and the total number of shares subject to the option was vested and exercisable on the grant\n\n\
date of the option.\n\n\
Effective June 10, 2013, the Reporting Person was granted an option to purchase 5,250 shares of common stock, as adjusted to give effect to a five-for-one forward split of the Issuer's common\n\n\
(@) stock in the form of a stock dividend distributed on August 28, 2020, and a three-for-one forward split of the Issuer's common stock in the form of a stock dividend distributed on August 24,\n\n\
2022. The option award was granted as part of Tesla, Inc's company-wide patent incentive program, and the total number of shares subject to the option was vested and exercisable on the grant\n\n\
date of the option.\n\n\
Note: File three copies of this Form, one of which must be manually signed. If space is insufficient, see Instruction 6 for procedure.\n\n\
Potential persons who are to respond to the collection of information contained in this form are not required to respond unless the form displays a currently valid OMB number.\n\n\
* Form 4: SEC 1474 (03-26)\n";
        let lines = crate::markdown::lines(md);
        let mut h = read_header(&lines, lines.len());
        recut_footnotes_by_paragraphs(&mut h, 1);
        assert_eq!(h.footnotes.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>(), ["F1", "F2", "F3"]);
        assert_eq!(note_text(&h.footnotes, "F1"), "The Elon Musk Revocable Trust dated July 22, 2003, for which the reporting person is the trustee.");
        let f2 = note_text(&h.footnotes, "F2");
        assert!(f2.starts_with("Effective April 8, 2013, the Reporting Person was granted an option to purchase 5,250 shares of common stock, as adjusted to give effect to a five-for-one forward split of the Issuer's common stock in the form"), "{f2}");
        assert!(f2.ends_with("vested and exercisable on the grant date of the option."), "{f2}");
        assert!(note_text(&h.footnotes, "F3").starts_with("Effective June 10, 2013,"));
        // Numbered by place, not by their own marks: flagged.
        assert!(h.footnotes[1].1.uncertain() && h.footnotes[2].1.uncertain());
    }

    #[test]
    fn a_footnote_cut_empty_is_not_found_and_the_paragraphs_are_cut_again() {
        // A held-out Form 4 (set 11, clean): two-line footnotes, the marks of most read at
        // their first line (`Q)`, `@)` garbled, `6)` for 5), of (6) and (8) alone beside
        // their middle lines, of 7 read as a quote: the cut by marks beside the text left
        // footnote 7 empty.
        let md = "Explanation of Responses:\n\
\n\
* If the form is filed by more than one reporting person, see Instruction 4(b)(v).\n\
\n\
** Intentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).\n\
\n\
(1) The sales reported in this Form 4 were effected pursuant to a Rule 10b5-1 trading plan adopted by the reporting person on September 16, 2021.\n\
\n\
Q) Represents the weighted average sale price of the shares sold from $94.87 to $95.86 per share. The Reporting Person will provide, upon request by the Commission staff, the Issuer,\n\
\n\
or a security holder of the Issuer, full information regarding the number of shares sold at each separate price within the range set forth in this footnote.\n\
\n\
@) Represents the weighted average sale price of the shares sold from $95.87 to $96.84 per share. The Reporting Person will provide, upon request by the Commission staff, the Issuer,\n\
\n\
or a security holder of the Issuer, full information regarding the number of shares sold at each separate price within the range set forth in this footnote.\n\
\n\
(4) Represents the weighted average sale price of the shares sold from $96.90 to $97.89 per share. The Reporting Person will provide, upon request by the Commission staff, the Issuer,\n\
\n\
or a security holder of the Issuer, full information regarding the number of shares sold at each separate price within the range set forth in this footnote.\n\
\n\
6) Represents the weighted average sale price of the shares sold from $98.00 to $98.48 per share. The Reporting Person will provide, upon request by the Commission staff, the Issuer,\n\
\n\
or a security holder of the Issuer, full information regarding the number of shares sold at each separate price within the range set forth in this footnote.\n\
\n\
Represents the weighted average sale price of the shares sold from $99.12 to $99.85 per share. The Reporting Person will provide, upon request by the Commission staff, the Issuer,\n\
\n\
(6)\n\
\n\
or a security holder of the Issuer, full information regarding the number of shares sold at each separate price within the range set forth in this footnote.\n\
\n\
” Represents the weighted average sale price of the shares sold from $100.81 to $101.79 per share. The Reporting Person will provide, upon request by the Commission staff, the\n\
\n\
Issuer, or a security holder of the Issuer, full information regarding the number of shares sold at each separate price within the range set forth in this footnote.\n\
\n\
The Reporting Person has shared voting and investment power over the shares held by each of The Founders Fund VI, LP, The Founders Fund VI Principals Fund, LP, The Founders\n\
\n\
Fund VI Entrepreneurs Fund, LP, The Founders Fund Growth, LP, The Founders Fund Growth Principals Fund, LP and FF Affirm Growth, LLC. The Reporting Person disclaims\n\
\n\
(8)\n\
\n\
beneficial ownership of these securities except to the extent of his pecuniary interest therein, and the inclusion of these shares in this report shall not be deemed an admission of\n\
\n\
beneficial ownership of all of the reported shares for purposes of Section 16 or any other purpose.\n\
\n\
Note: File three copies of this Form, one of which must be manually signed. If space is insufficient, see Instruction 6 for procedure.\n\
\n\
Potential persons who are to respond to the collection of information contained in this form are not required to respond unless the form displays a currently valid OMB number.\n\
\n\
* Form 4: SEC 1474 (03-26)\n\
";
        let lines = crate::markdown::lines(md);
        let mut h = read_header(&lines, 0);
        recut_footnotes_by_paragraphs(&mut h, 8);
        assert_eq!(h.footnotes.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>(), ["F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8"], "{:#?}", h.footnotes);
        for (id, from) in [("F2", "$94.87"), ("F3", "$95.87"), ("F5", "$98.00"), ("F6", "$99.12"), ("F7", "$100.81")] {
            let text = note_text(&h.footnotes, id);
            assert!(text.starts_with(&format!("Represents the weighted average sale price of the shares sold from {from} to $")), "{id}: {text}");
            assert!(text.ends_with("within the range set forth in this footnote."), "{id}: {text}");
        }
        assert!(note_text(&h.footnotes, "F8").starts_with("The Reporting Person has shared voting and investment power"));
    }

    #[test]
    fn a_count_past_the_paragraphs_the_page_holds_gives_way_to_its_sure_starts() {
        // A held-out Form 4's explanations (clean print, Tesseract): marks (2), (5), (6)
        // garbled (`@)`, `(@)`, `©`), (4) read `14)`, and a table's `(2)` read `12)`.
        // No count of the marks' cuts the six paragraphs the page prints, each after a
        // short last line.
        let md = "Explanation of Responses:\n\n\
* If the form is filed by more than one reporting person, see Instruction 4(b)(v).\n\n\
‘** Intentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a)\n\n\
(1) Each share of Class A Common Stock was issued upon conversion of one share of Class B Common Stock at the election of the Reporting Person.\n\n\
Each share of Class B Common Stock is convertible at any time at the option of the holder into one share of Class A Common Stock and has no expiration date. In addition, (i) each share of Class\n\n\
B Common Stock will convert automatically into one share of Class A Common Stock upon (A) the date specified by the holders of at least 66 2/3% of the outstanding shares of Class B Common\n\n\
@)\n\n\
Stock, or (B) any transfer of such share (subject to certain exceptions), and (ii) upon the death of a natural person holding shares of Class B Common Stock, each share of Class B Common Stock\n\n\
held by that person or any of his or her permitted estate planning entities will convert automatically into one share of Class A Common Stock.\n\n\
In addition to the events set forth in footnote 2, the Class A Common Stock and Class B Common Stock will each convert automatically into a single class of Common Stock on the date on which\n\n\
(3) the number of outstanding shares of Class B Common Stock represents less than 10% of the aggregate combined number of outstanding shares of Class A Common Stock and Class B Common\n\n\
Stock.\n\n\
14) Shates held directly by the Reid Hoffman and Michelle Yee Living Trust dated October 27, 2009 for which Mr. Hoffman and his spouse serve as trustees (the \"Living Trust’). Mr, Hoffman retains\n\n\
sole voting and dispositive power with respect to the shares held by the Living Trust.\n\n\
(@) Shates were sold pursuant toa duly adopted 1065-1 trading plan entered into in accordance with the Isuers insider trading policy. The plan has been in existence since the fall of 2011, and\n\n\
provides for periodic sales as part of a liquidity and diversification strategy.\n\n\
‘The sales price reported is the weighted average sale price for the number of shares sold. Full information regarding the number of shares sold at each separate price will be supplied upon request\n\n\
©\n\n\
by the Securities & Exchange Commission staff, the Issuer or a security holder of the Issuer.\n\n\
Note: File three copies of this Form, one of which must be manually signed. If space is insufficient, see Instruction 6 for procedure.\n\n\
Potential persons who are to respond to the collection of information contained in this form are not required to respond unless the form displays a currently valid OMB number.\n\n\
* Form 4: SEC 1474 (03-26)\n";
        let lines = crate::markdown::lines(md);
        let mut h = read_header(&lines, lines.len());
        assert_eq!(h.highest_footnote_mark, 14);
        recut_footnotes_by_paragraphs(&mut h, 12);
        assert_eq!(h.footnotes.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>(), ["F1", "F2", "F3", "F4", "F5", "F6"]);
        assert!(note_text(&h.footnotes, "F3").ends_with("shares of Class A Common Stock and Class B Common Stock."));
        assert!(note_text(&h.footnotes, "F4").starts_with("Shates held directly by the Reid Hoffman"));
        assert!(note_text(&h.footnotes, "F5").starts_with("Shates were sold pursuant"));
        assert!(note_text(&h.footnotes, "F6").ends_with("the Issuer or a security holder of the Issuer."));
        // Cut so by no mark of their own, they are flagged.
        assert!(h.footnotes.iter().filter(|(id, _)| id != "F1").all(|(_, f)| f.uncertain()));
    }

    #[test]
    fn a_mark_and_capital_after_a_line_cut_at_the_right_edge_start_a_footnote() {
        // A held-out Form 4 (set 20, clean): each footnote one line cut at the page's
        // right edge mid-sentence (`… undertakes to pr`), marks 3, 5 and 7 misread
        // (`(8)`, `(6)`, `(2)`). The trust's footnote, `(2) The Elon Musk …`, after such a
        // line, is a footnote of its own, not the end of the first.
        let md = "Explanation of Responses:\n\n\
* If the form is filed by more than one reporting person, see Instruction 4(b)(v).\n\n\
** Intentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(@).\n\n\
(1) The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $1,030,000 to $1,030.980, inclusive. The reporting person undertakes to pr\n\n\
(2) The Elon Musk Revocable Trust dated July 22, 2003, for which the reporting person is trustee.\n\n\
(8) The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $1,031,000 to $1,031.990, inclusive. The reporting person undertakes to pr\n\n\
(4) The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $1,032,000 to $1,032,990, inclusive. The reporting person undertakes to pr\n\n\
(6) The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $1,033.00 to $1,033.90, inclusive. The reporting person undertakes to pr\n\n\
(6) The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $1,034,000 to $1,034,990, inclusive, The reporting person undertakes to pr\n\n\
(2) The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $1,035.00 to $1,035.990, inclusive. The reporting person undertakes to pr\n\n\
(8) The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $1,036,000 to $1,036,990, inclusive. The reporting person undertakes to pr\n\n\
(9) The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $1,037.000 to $1,037.90, inclusive. The reporting person undertakes to pr\n\n\
(10) The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $1,038,000 to $1,038.800, inclusive. The reporting person undertakes to pr\n";
        let lines = crate::markdown::lines(md);
        let mut h = read_header(&lines, lines.len());
        recut_footnotes_by_paragraphs(&mut h, 10);
        let f1 = note_text(&h.footnotes, "F1");
        assert!(f1.contains("The reporting person undertakes to pr") && !f1.contains("Elon"), "{f1}");
        assert_eq!(note_text(&h.footnotes, "F2"), "The Elon Musk Revocable Trust dated July 22, 2003, for which the reporting person is trustee.");
    }

    #[test]
    fn a_number_and_comma_mid_line_is_no_mark() {
        // A held-out Form 4 (set 6, clean): eleven footnotes, most marks garbled or
        // beside a middle line; `Greylock 15, Greylock Principals` had counted as mark
        // 15, so that no count of paragraphs was tried but 15.
        let md = "\
Explanation of Responses:\n\n\
* If the form is filed by more than one reporting person, see Instruction 4(b)(v).\n\n\
** Intentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).\n\n\
Reflects Issuer Class A common stock acquired by Reprogrammed Interchange LLC (\"Reprogrammed\") from the Issuer pursuant to a Subscription Agreement in connection with the business combination\n\n\
1) 0f Reinvent Technology Partners ¥ (the former name of the Issuer) (\"RTPY\") and Aurora Innovation, Inc. (the \"Business Combination\"). The reporting person may be deemed a beneficial owner of\n\n\
securities held by Reprogrammed by virtue of his shared control over and indirect pecuniary interest in Reprogrammed. The reporting person disclaims beneficial ownership of the securities held by\n\n\
Reprogrammed, except to the extent of his pecuniary interest therein.\n\n\
(a) Reflects securities held directly by Reinvent Sponsor Y LLC (the \"Sponsot\"). The reporting person may be deemed a beneficial owner of securities held by the Sponsor by virtue of his shared control over\n\n\
and indirect pecuniary interest in the Sponsor. The reporting person disclaims beneficial ownership of the securities held by the Sponsor, except to the extent of his pecuniary interest therein.\n\n\
75% of such shares are subject to vesting in tranches of 1/3 if the volume weighted average price of the Issuer's shares of Class A common stock equals or exceeds $15.00, $17.50 or $20.00, respectively,\n\n\
(3) for any 20 trading days within a 30 trading day period on or prior to November 3, 2031. On November 3, 2031, any unvested shares will be automatically forfeited. In the event the Issuer completes a\n\n\
transaction that results in a change of control, all unvested shares will vest immediately prior to the closing of such transaction.\n\n\
ay Pursuant to the Business Combination, RTPY domesticated as a Delaware corporation and changed its name to \"Aurora Innovation, Inc.” (the \"Domestication\"), and each RTPY Class B ordinary share\n\n\
o that was issued and outstanding as of immediately prior to the Domestication was automatically converted into one share of the Issuer's Class A common stock upon the Domestication.\n\n\
On November 3, 2021, upon the consummation of the Business Combination, each outstanding share of Aurora Innovation Holdings, Inc. (formerly Aurora Innovation, Inc.) common stock held by\n\n\
ra) Programmable Exchange LLC was cancelled and converted into approximately 2.1708 shares of Class A common stock of the Issuer. The reporting person may be deemed a beneficial owner of securities\n\n\
held by Programmable Exchange LLC by virtue of his voting and investment power over such securities. The reporting person disclaims beneficial ownership of the securities held by Programmable\n\n\
Exchange LLC, except to the extent of his pecuniary interest therein.\n\n\
= November 3, 2021, pursuant to the terms of the Sponsor Agreement, dated as of July 14, 2021, by and among RTPY, Aurora Innovation, Inc. and the Sponsor, the Sponsor forfeited 17,434,414 RTPY\n\n\
Class B ordinary shares as of immediately prior to the Domestication for no consideration.\n\n\
On November 3, 2021, upon the consummation of the Business Combination, each outstanding share of Aurora Innovation Holdings, Inc. (formerly Aurora Innovation, Inc.) Class B stock was cancelled\n\n\
7 and converted into approximately 2.1708 shares of Class B common stock of the Issuer. Pursuant to the terms of the Issuer's charter (the \"Charter\"), each share of Issuer Class B common stock (i) is\n\n\
” convertible at any time by the holder into one share of Issuer Class A common stock and (ii) automatically converts into one share of Issuer Class A common stock upon transfer to a recipient that is not a\n\n\
permitted transferee, upon the death of the holder, or as otherwise set forth in the Charter.\n\n\
(8) Reflects securities held directly by Thigmotropism LLC. The reporting person may be deemed a beneficial owner of securities held by Thigmotropism LLC by virtue of his voting and investment power\n\n\
over such securities. The reporting person disclaims beneficial ownership of the securities held by Thigmotropism LLC, except to the extent of his pecuniary interest therein.\n\n\
Greylock 15 GP LLC (\"Greylock LLC\") is the general partner of each of Greylock 15 Limited Partnership (“Greylock 15\"), Greylock 15 Principals Limited Partnership (“Greylock Principals\"), and\n\n\
(9) _“teylock 15-A Limited Partnership (\"Greylock 15-A\"), By virtue of being a managing member of Greylock LLC, the reporting person may be deemed a beneficial owner of the securities held by\n\n\
Greylock 15, Greylock Principals, and Greylock 15-A. The reporting person disclaims beneficial ownership of the securities held by Greylock 15, Greylock Principals, and/or Greylock 15-A, except to the\n\n\
extent of his pecuniary interest therein.\n\n\
(10) Reflects securities held directly by Greylock 15 Limited Partnership.\n\n\
(11) Reflects securities held directly by Greylock 15 Principals Limited Partnership.\n\n\
";
        let lines = crate::markdown::lines(md);
        let mut h = read_header(&lines, lines.len());
        assert_eq!(h.highest_footnote_mark, 11);
        recut_footnotes_by_paragraphs(&mut h, 13);
        assert_eq!(h.footnotes.len(), 11, "{:#?}", h.footnotes);
        assert!(note_text(&h.footnotes, "F4").starts_with("Pursuant to the Business Combination, RTPY domesticated"), "{:#?}", h.footnotes);
        assert_eq!(note_text(&h.footnotes, "F10"), "Reflects securities held directly by Greylock 15 Limited Partnership.");
        assert!(note_text(&h.footnotes, "F9").starts_with("Greylock 15 GP LLC"), "{:#?}", h.footnotes);
    }

    #[test]
    fn one_paragraph_past_the_last_legible_mark_is_a_footnote() {
        // A held-out Form 4 (set 16, clean): eleven footnotes, each mark printed beside
        // its footnote's middle line and read alone between two lines (`(4)`), the first
        // two lost, 5 read `(6)`, 7 and 11 garbled past reading. The tables read marks
        // up to 9, the explanations up to 10; the page's paragraphs are eleven, the
        // last after the legible `(10)`: where the explanations' highest mark is the
        // count and no cut comes out so, one paragraph more is tried.
        let md = "\
Explanation of Responses:\n\
\n\
If the form is filed by more than one reporting person, see Instruction 4(b)(v).\n\
\n\
Intentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).\n\
\n\
The sales reported in this Form 4 were effected pursuant to a Rule 10b5-1 trading plan adopted by the reporting person on September 16, 2021.\n\
\n\
Represents the weighted average sale price of the shares sold from $150.95 to\n\
\n\
151.94 per share. The Reporting Person will provide, upon request by the Commission staff, the\n\
\n\
Issuer, or a security holder of the Issuer, full information regarding the number\n\
\n\
of shares sold at each separate price within the range set forth in this footnote.\n\
\n\
Represents the receipt of 56,112 shares of Class A Common Stock pursuant to multiple pro rata distributions effected by Khosla Ventures to its members, including the Reporting\n\
\n\
@)\n\
\n\
Person, for no additional consideration.\n\
\n\
Represents the weighted average sale price of the shares sold from $152.00 to\n\
\n\
152.99 per share. The Reporting Person will provide, upon request by the Commission staff, the\n\
\n\
(4)\n\
\n\
Issuer, or a security holder of the Issuer, full information regarding the number\n\
\n\
of shares sold at each separate price within the range set forth in this footnote.\n\
\n\
Represents the weighted average sale price of the shares sold from $153.03 to\n\
\n\
154.01 per share. The Reporting Person will provide, upon request by the Commission staff, the\n\
\n\
(6)\n\
\n\
Issuer, or a security holder of the Issuer, full information regarding the number\n\
\n\
of shares sold at each separate price within the range set forth in this footnote.\n\
\n\
Represents the weighted average sale price of the shares sold from $154.03 to\n\
\n\
155.02 per share. The Reporting Person will provide, upon request by the Commission staff, the\n\
\n\
(6)\n\
\n\
Issuer, or a security holder of the Issuer, full information regarding the number\n\
\n\
of shares sold at each separate price within the range set forth in this footnote.\n\
\n\
Represents the weighted average sale price of the shares sold from $155.03 to\n\
\n\
155.54 per share. The Reporting Person will provide, upon request by the Commission staff, the\n\
\n\
(”)\n\
\n\
Issuer, or a security holder of the Issuer, full information regarding the number\n\
\n\
of shares sold at each separate price within the range set forth in this footnote.\n\
\n\
Represents the weighted average sale price of the shares sold from $156.14 to\n\
\n\
157.00 per share. The Reporting Person will provide, upon request by the Commission staff, the\n\
\n\
(8)\n\
\n\
Issuer, or a security holder of the Issuer, full information regarding the number\n\
\n\
of shares sold at each separate price within the range set forth in this footnote.\n\
\n\
Represents the weighted average sale price of the shares sold from $158.99 to\n\
\n\
159.93 per share. The Reporting Person will provide, upon request by the Commission staff, the\n\
\n\
(9)\n\
\n\
Issuer, or a security holder of the Issuer, full information regarding the number\n\
\n\
of shares sold at each separate price within the range set forth in this footnote.\n\
\n\
Represents the weighted average sale price of the shares sold from $162.90 to\n\
\n\
162.96 per share. The Reporting Person will provide, upon request by the Commission staff, the\n\
\n\
(10)\n\
\n\
Issuer, or a security holder of the Issuer, full information regarding the number\n\
\n\
of shares sold at each separate price within the range set forth in this footnote.\n\
\n\
The Reporting Person has shared voting and investment power over the shares\n\
\n\
held by each of The Founders Fund VI, LP, The Founders Fund VI Principals Fund, LP, The\n\
\n\
Founders Fund VI Entrepreneurs Fund, LP, The Founders Fund Growth, LP, The Founders Fund Growth Principals Fund, LP and FF Affirm Growth, LLC. The Reporting Person\n\
\n\
(ayy\n\
\n\
disclaims beneficial ownership of these securities except to the extent of his pecuniary interest therein, and the inclusion of these shares in this report shall not be deemed an\n\
\n\
admission of beneficial ownership of all of the reported shares for purposes of Section 16 or any other purpose.\n\
\n\
\n\
";
        let lines = crate::markdown::lines(md);
        let mut h = read_header(&lines, lines.len());
        assert_eq!(h.highest_footnote_mark, 10);
        recut_footnotes_by_paragraphs(&mut h, 9);
        assert_eq!(h.footnotes.len(), 11, "{:#?}", h.footnotes);
        assert!(note_text(&h.footnotes, "F1").starts_with("The sales reported in this Form 4"), "{:#?}", h.footnotes);
        assert!(note_text(&h.footnotes, "F3").starts_with("Represents the receipt of 56,112 shares"), "{:#?}", h.footnotes);
        assert!(note_text(&h.footnotes, "F3").ends_with("Person, for no additional consideration."), "{:#?}", h.footnotes);
        assert!(note_text(&h.footnotes, "F5").contains("from $153.03 to"), "{:#?}", h.footnotes);
        assert!(note_text(&h.footnotes, "F10").contains("from $162.90 to"), "{:#?}", h.footnotes);
        assert!(note_text(&h.footnotes, "F10").ends_with("set forth in this footnote."), "{:#?}", h.footnotes);
        assert!(note_text(&h.footnotes, "F11").starts_with("The Reporting Person has shared voting"), "{:#?}", h.footnotes);
    }

    #[test]
    fn the_forms_note_read_before_its_label_is_no_footnote() {
        // A held-out Form 4 (set 16, scan): thirteen footnotes, their marks beside the
        // middle lines, most lost; the form's note read with its label after it (`File
        // three copies …` / `Note:`) had made a fourteenth paragraph, so that no count
        // of thirteen settled.
        let md = "\
Explanation of Responses:\n\
\n\
If the form is filed by more than one reporting person, see Instruction 4(b)(v).\n\
\n\
Intentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).\n\
\n\
Each restricted stock unit represents the right to receive, at settlement, one share of common stock.\n\
\n\
This transaction represents the settlement of restricted stock units in shares of common stock on their scheduled vesting date.\n\
\n\
These shares are held through Mr. Cook's trust.\n\
\n\
(4)\n\
\n\
Shares withheld by Apple to satisfy tax withholding requirements on vesting of restricted stock units.\n\
\n\
This transaction was made pursuant to a Rule 10b5-1 trading plan adopted by the reporting person on May 24, 2024.\n\
\n\
This transaction was executed in multiple trades at prices ranging from $254.21 to $255.20; the price reported above reflects the weighted average sale price. The reporting person hereby\n\
\n\
(6)\n\
\n\
undertakes to provide full information regarding the number of shares and prices at which the transactions were effected upon request to the SEC staff, Apple, or a security holder of Apple.\n\
\n\
This transaction was executed in multiple trades at prices ranging from $255.21 to $256.20; the price reported above reflects the weighted average sale price. The reporting person hereby\n\
\n\
undertakes to provide full information regarding the number of shares and prices at which the transactions were effected upon request to the SEC staff, Apple, or a security holder of Apple.\n\
\n\
This transaction was executed in multiple trades at prices ranging from $256.21 to $257.20; the price reported above reflects the weighted average sale price. The reporting person hereby\n\
\n\
(8)\n\
\n\
undertakes to provide full information regarding the number of shares and prices at which the transactions were effected upon request to the SEC staff, Apple, or a security holder of Apple.\n\
\n\
This transaction was executed in multiple trades at prices ranging from $257.21 to $258.14; the price reported above reflects the weighted average sale price. The reporting person hereby\n\
\n\
(9)\n\
\n\
undertakes to provide full information regarding the number of shares and prices at which the transactions were effected upon request to the SEC staff, Apple, or a security holder of Apple.\n\
\n\
This award was granted on September 25, 2022, for a target number of 199,429 restricted stock units. The award settled on October 1, 2025, applying a percentage of the target number of\n\
\n\
(10)\n\
\n\
restricted stock units that was determined based on Apple's total shareholder return (\"TSR\") relative to the other companies in the S&P 500 from the first day of Apple's fiscal year 2023 and\n\
\n\
ending with the last day of Apple's fiscal year 2025.\n\
\n\
TSR is calculated based on the change in a company’s stock price during the performance period, taking into account any dividends paid during that period, which are assumed to be reinvested in\n\
\n\
the stock, In accordance with the terms of the award, the beginning value used for calculating TSR is the average closing stock price for the first 20 trading days of the performance period.\n\
\n\
a)\n\
\n\
Apple's beginning value was calculated to be $143.67. Similarly, the ending value used for calculating TSR is the average closing price for the final 20 trading days of the performance period.\n\
\n\
Apple's ending value was calculated to be $244.54.\n\
\n\
This award provided that if Apple's relative TSR performance was ranked at or above the 85th percentile for companies in the S&P 500 for the performance period, 200% of the target number of\n\
\n\
restricted stock units vest. If Apple's performance was ranked at or above the 55th percentile, 100% of the target number of restricted stock units vest. If Apple's performance was ranked at or\n\
\n\
(a2)\n\
\n\
above the 25th percentile, 25% of the target number of restricted stock units vest, and if Apple's performance was ranked below the 25th percentile, 0% of the target number of restricted stock\n\
\n\
units vest. If Apple's performance was between these levels, the portion of the restricted stock units that vest would be determined on a straight-line basis (i.e., linearly interpolated) between the\n\
\n\
two nearest vesting percentages.\n\
\n\
Apple's TSR for the three-year performance period was 70.22%, which ranked 162 of the 483 companies that were included in the S&P 500 for the performance period and placed Apple in the\n\
\n\
(13)\n\
\n\
66.60th percentile. Therefore, 277,206 restricted stock units subject to performance requirements vested.\n\
\n\
File three copies of this Form, one of which must be manually signed. If space is insufficient, see Instruction 6 for procedure.\n\
\n\
Note:\n\
\n\
\n\
";
        let lines = crate::markdown::lines(md);
        let mut h = read_header(&lines, lines.len());
        // (The tables' marks read up to `(40)`, a misreading.)
        recut_footnotes_by_paragraphs(&mut h, 40);
        assert_eq!(h.footnotes.len(), 13, "{:#?}", h.footnotes);
        assert_eq!(note_text(&h.footnotes, "F3"), "These shares are held through Mr. Cook's trust.");
        assert!(note_text(&h.footnotes, "F6").contains("from $254.21 to $255.20"), "{:#?}", h.footnotes);
        assert!(note_text(&h.footnotes, "F7").contains("from $255.21 to $256.20"), "{:#?}", h.footnotes);
        assert!(note_text(&h.footnotes, "F9").contains("from $257.21 to $258.14"), "{:#?}", h.footnotes);
        assert!(note_text(&h.footnotes, "F10").starts_with("This award was granted on September 25, 2022"), "{:#?}", h.footnotes);
        assert!(note_text(&h.footnotes, "F12").starts_with("This award provided that"), "{:#?}", h.footnotes);
        assert!(note_text(&h.footnotes, "F13").ends_with("subject to performance requirements vested."), "{:#?}", h.footnotes);
    }

    #[test]
    fn the_form_number_read_with_a_semicolon_is_form_text() {
        // A held-out Form 4 (set 9, clean): marks beside each footnote's middle line,
        // garbled (`Q)` alone between two lines, `(8)` for 3); the form's number line
        // after the notes read with a semicolon (`* Form 4; SEC 1474 (03-26)`) left
        // `* Form 4;` behind, a fourth footnote start, so that no count of three was
        // settled. And `(8)` counted eight footnotes: the tables' highest mark, 3, is
        // the count.
        let md = "\
Explanation of Responses:\n\
\n\
* If the form is filed by more than one reporting person, see Instruction 4(b)(v).\n\
\n\
** Intentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).\n\
\n\
(1) Each restricted stock unit represents the right to receive, at settlement, one share of common stock.\n\
\n\
These restricted stock units are scheduled to settle as to one-third of the units on each of April 1, 2028, April 1, 2029, and April 1, 2030, subject to the terms and conditions of the underlying\n\
\n\
Q)\n\
\n\
award agreement.\n\
\n\
These performance-based restricted stock units are scheduled to vest on October 1, 2028, subject to the terms and conditions of the underlying award agreement. The \"target\" number of\n\
\n\
(8) restricted stock units is reported. Between 0% and 200% of the target number of units may vest based on Apple's relative total shareholder return from the first day of Apple's fiscal year 2026\n\
\n\
and ending with the last day of Apple's fiscal year 2028.\n\
\n\
Note: File three copies of this Form, one of which must be manually signed. If space is insufficient, see Instruction 6 for procedure.\n\
\n\
Potential persons who are to respond to the collection of information contained in this form are not required to respond unless the form displays a currently valid OMB number.\n\
\n\
* Form 4; SEC 1474 (03-26)\n\
";
        let lines = crate::markdown::lines(md);
        let mut h = read_header(&lines, 0);
        assert_eq!(h.highest_footnote_mark, 8);
        recut_footnotes_by_paragraphs(&mut h, 3);
        assert_eq!(h.footnotes.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>(), ["F1", "F2", "F3"], "{:#?}", h.footnotes);
        assert_eq!(note_text(&h.footnotes, "F1"), "Each restricted stock unit represents the right to receive, at settlement, one share of common stock.");
        assert!(note_text(&h.footnotes, "F2").ends_with("subject to the terms and conditions of the underlying award agreement."), "{:#?}", h.footnotes);
        assert!(note_text(&h.footnotes, "F3").ends_with("the last day of Apple's fiscal year 2028."), "{:#?}", h.footnotes);
    }
    #[test]
    fn a_footnote_beside_its_middle_mark_may_start_with_a_garbled_quote() {
        // A held-out Form 4 (frozen set, clean): marks printed beside each footnote's
        // middle line (`(3) undertakes to provide …`), the first line led by a quote
        // that is the mark's glyph (`‘The reported price …`).
        let md = "\
Explanation of Response:\n\n\
* Ifthe form is filed by more than one reporting person, see Instruction 4(b)(v).\n\n\
‘** Intentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).\n\n\
‘The reporting person is one of the Managers of The Founders Fund IV Management, LLC (“FF IV Management\"), which is the General Partner of The Founders Fund IV, LP (\"FF IV\"),\n\n\
although he disclaims voting and investment power over the securities held by FF IV. The reporting person otherwise disclaims beneficial ownership over such securities except to the extent of\n\n\
his pecuniary interest therein. The inclusion of these securities in this report shall not be deemed an admission of beneficial ownership of the reported securities for purposes of Section 16 or\n\n\
for any other purposes.\n\n\
(2) The sales reported on this Form 4 were effected pursuant to a Rule 105-1 trading plan adopted by the holder.\n\n\
‘The reported price in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $169.07 to $169.89 per share, inclusive. The holder\n\n\
(3) undertakes to provide to the issuer, any security holder of the issuer, or the staff of the Securities and Exchange Commission, upon written request, full information regarding the number of\n\n\
shares sold at each separate price within the range set forth in this footnote.\n\n\
‘The reported price in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $170.21 to $171.00 per share, inclusive. The holder\n\n\
(4) undertakes to provide to the issuer, any security holder of the issuer, or the staff of the Securities and Exchange Commission, upon written request, full information regarding the number of\n\n\
shares sold at each separate price within the range set forth in this footnote.\n\n\
The reported price in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $171.22 to $172.19 per share, inclusive. The holder\n\n\
(5) undertakes to provide to the issuer, any security holder of the issuer, or the staff of the Securities and Exchange Commission, upon written request, full information regarding the number of\n\n\
shares sold at each separate price within the range set forth in this footnote.\n\n\
‘The reported price in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $172.23 to $173.21 per share, inclusive. The holder\n\n\
(6) undertakes to provide to the issuer, any security holder of the issuer, or the staff of the Securities and Exchange Commission, upon written request, full information regarding the number of\n\n\
shares sold at each separate price within the range set forth in this footnote.\n\n\
The reported price in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $173.23 to $173.40 per share, inclusive. The holder\n\n\
(7) undertakes to provide to the issuer, any security holder of the issuer, or the staff of the Securities and Exchange Commission, upon written request, full information regarding the number of\n\n\
shares sold at each separate price within the range set forth in this footnote.\n\n\
‘The reporting person is one of the Managers of FF IV Management, which is the General Partner of The Founders Fund IV Principals Fund, LP (\"FFIVPE\"), although he disclaims voting and\n\n\
(8) investment power over the securities held by FFIVPF. The reporting person otherwise disclaims beneficial ownership over such securities except to the extent of his pecuniary interest therein.\n\n\
The inclusion of these securities in this report shall not be deemed an admission of beneficial ownership of the reported securities for purposes of Section 16 or for any other purposes.\n\n\
(9) The reporting person is the beneficial owner of Rivendell One LLC (\"Rivendell\"), and has sole voting and investment power over the securities held by Rivendell\n\n\
The Class B Common Stock is convertible into the issuer's Class A Common Stock on a 1-for-I basis (a) at the holder’s option or (b) upon certain transfers of such shares and has no expiration\n\n\
(20)\n\n\
date\n\n\
(11) The holder elected to convert the shares of Class B Common Stock into Class A Common Stock on a 1-for-1 basis.\n\n\
Includes shares to be received by the holder in connection with the acquisition of Oculus by the issuer pursuant to the agreement and plan of merger (the \"Merger Agreement\"), which are\n\n\
(12) currently being held in escrow and are subject to forfeiture during the escrow period stated to satisfy claims arising as a result of, among other things, Oculus’ breach of any of its\n\n\
representations and warranties or covenants and agreements set forth in the Merger Agreement.\n\n\
Note: File three copies of this Form, one of which must be manually signed. If space is insufficient, see Instruction 6 for procedure.\n\n\
Potential persons who are to respond to the collection of information contained in this form are not required to respond unless the form displays a currently valid OMB number.\n\n\
* Form 4: SEC 1474 (03-26)\n\n\
";
        let lines = crate::markdown::lines(md);
        let h = read_header(&lines, lines.len());
        for (id, range) in [("F3", "$169.07 to $169.89"), ("F4", "$170.21 to $171.00"), ("F6", "$172.23 to $173.21")] {
            let text = note_text(&h.footnotes, id);
            assert!(text.starts_with("The reported price in Column 4 is a weighted average price.") && text.contains(range), "{id}: {text}");
            assert!(text.contains("The holder undertakes to provide") && text.ends_with("set forth in this footnote."), "{id}: {text}");
        }
    }

    #[test]
    fn a_garbled_mark_before_a_middle_line_is_no_footnote_text() {
        // The same filing's scan: mark (5) read `(S)`, mark (10) `ey)`, each before the
        // middle line it was printed beside.
        let md = "\
Explanation of Responses:\n\n\
* If the form is filed by more than one reporting person, see Instruction 4(b)(V).\n\n\
** Intentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).\n\n\
The reporting person is one of the Managers of The Founders Fund !V Management, LLC (\"FF TV Management’), which is the General Partner of The Founders Fund IV, LP (\"EF IV\"),\n\n\
although he disclaims voting and investment power over the securities held by FF IV. The reporting person otherwise disclaims beneficial ownership over such securities except to the extent of\n\n\
his pecuniary interest therein. The inclusion of these securities in this report shall not be deemed an admission of beneficial ownership of the reported securities for purposes of Section 16 or\n\n\
for any other purposes.\n\n\
(2) The sales reported on this Form 4 were effected pursuant to a Rule 10b5-1 trading plan adopted by the holder.\n\n\
The reported price in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $169.07 to $169.89 per share, inclusive. The holder\n\n\
(3) undertakes to provide to the issuer, any security holder of the issuer, or the staff of the Securities and Exchange Commission, upon written request, full information regarding the number of\n\n\
shares sold at each separate price within the range set forth in this footnote.\n\n\
The reported price in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $170.21 to $171.00 per share, inclusive. The holder\n\n\
(4) undertakes to provide to the issuer, any security holder of the issuer, or the staff of the Securities and Exchange Commission, upon written request, full information regarding the number of\n\n\
shares sold at each separate price within the range set forth in this footnote.\n\n\
The reported price in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $171.22 to $172.19 per share, inclusive. The holder\n\n\
(S) undertakes to provide to the issuer, any security holder of the issuer, or the staff of the Securities and Exchange Commission, upon written request, full information regarding the number of\n\n\
shares sold at each separate price within the range set forth in this footnote.\n\n\
‘The reported price in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $172.23 to $173.21 per share, inclusive. The holder\n\n\
(6) undertakes to provide to the issuer, any security holder of the issuer, or the staff of the Securities and Exchange Commission, upon written request, full information regarding the number of\n\n\
shares sold at each separate price within the range set forth in this footnote.\n\n\
The reported price in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $173.23 to $173.40 per share, inclusive. The holder\n\n\
(7) undertakes to provide to the issuer, any security holder of the issuer, or the staff of the Securities and Exchange Commission, upon written request, full information regarding the number of\n\n\
shares sold at each separate price within the range set forth in this footnote.\n\n\
The reporting person is one of the Managers of FF 1V Management, which is the General Partner of The Founders Fund IV Principals Fund, LP (\"FFIVPE\"), although he disclaims voting and\n\n\
(8) investment power over the securities held by FFIVPF. The reporting person otherwise disclaims beneficial ownership over such securities except to the extent of his pecuniary interest therein.\n\n\
‘The inclusion of these securities in this report shall not be deemed an admission of beneficial ownership of the reported securities for purposes of Section 16 or for any other purposes.\n\n\
(9) The reporting person is the beneficial owner of Rivendell One LLC (\"Rivendell\"), and has sole voting and investment power over the securities held by Rivendell.\n\n\
The Class B Common Stock is convertible into the issuer's Class A Common Stock on a 1-for-1 basis (a) at the holder's option or (b) upon certain transfers of such shares and has no expiration\n\n\
ey) date.\n\n\
(11) The holder elected to convert the shares of Class B Common Stock into Class A Common Stock on a 1-for-1 basis.\n\n\
Includes shares to be received by the holder in connection with the acquisition of Oculus by the issuer pursuant to the agreement and plan of merger (the \"Merger Agreement\"), which are\n\n\
(12) currently being held in escrow and are subject to forfeiture during the escrow period stated to satisfy claims arising as a result of, among other things, Oculus’ breach of any of its\n\n\
representations and warranties or covenants and agreements set forth in the Merger Agreement.\n\n\
Note: File three copies of this Form, one of which must be manually signed. If space is insufficient, see Instruction 6 for procedure.\n\n\
Potential persons who are to respond to the collection of information contained in this form are not required to respond unless the form displays a currently valid OMB number.\n\n\
* Form 4: SEC 1474 (03-26)\n\n\
";
        let lines = crate::markdown::lines(md);
        let h = read_header(&lines, lines.len());
        assert_eq!(
            note_text(&h.footnotes, "F5"),
            "The reported price in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $171.22 to $172.19 per share, inclusive. The holder undertakes to provide to the issuer, any security holder of the issuer, or the staff of the Securities and Exchange Commission, upon written request, full information regarding the number of shares sold at each separate price within the range set forth in this footnote."
        );
        assert!(note_text(&h.footnotes, "F10").ends_with("and has no expiration date."), "{:#?}", h.footnotes);
        // A letter in parentheses that lists is kept.
        assert_eq!(
            middle_marks_dropped("convertible on a 1-for-1 basis\n(a) at the holder's option or\n(b) upon certain transfers"),
            "convertible on a 1-for-1 basis\n(a) at the holder's option or\n(b) upon certain transfers"
        );
    }

    #[test]
    fn footnotes_the_marks_settle_are_cut_where_others_are_not() {
        // A held-out Form 4 (set 12, clean): fifteen footnotes, their marks mostly
        // garbled or beside middle lines; footnote 8's first line follows a last line
        // misread (`© ive` for `LLC.`) and footnote 12's a point read as a comma, so no
        // count cuts all fifteen. Those between legible marks and line breaks that
        // agree are cut; the form's first note's head alone (`* Ifthe form`) and its
        // tail (`sd by more than one …`) are no footnote.
        let md = "\
Explanation of Responses:\n\n\
* Ifthe form\n\n\
sd by more than one reporting person, see Instruction 4(b)(\\).\n\n\
** Intentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(@).\n\n\
Share numbers have been adjusted to reflect changes in form of beneficial ownership for no consideration in transfers exempt from Section 16 pursuant to Rule 16a-13 under the Securities Exchange Act,\n\n\
of 1934, as amended.\n\n\
{ay These shares were not subject toa particular transaction during the dates covered by this Form 4 and are listed here to disclose the Reporting Person's holdings as required by Securities and Exchange\n\n\
‘Commission rules.\n\n\
‘These shares are held of record by FF Pathfinder VI, LLC (\"FF Pathfinder\"), The Reporting Person is one of the managing members of The Founders Fund VI Management, LLC, which is the managing\n\n\
(3) member of FF Pathfinder. The Reporting Person may be deemed to have beneficial ownership over the securities held by FF Pathfinder. The Reporting Person disclaims beneficial ownership over the\n\n\
shares held by FF Pathfinder except to the extent of his pecuniary interest therein.\n\n\
‘These shares are held of record by FF4 Investment LLC, of which the Reporting Person is the sole beneficial owner. The Reporting Person has beneficial ownership over the securities held by FF4.\n\n\
4\n\n\
© tovestment LLC.\n\n\
(@_ These shares are held of record by PLR Holdings LLC, of which the Reporting Person isthe sole beneficial owner. The Reporting Person has beneficial ownership over the securities held by PLTR\n\n\
Holdings LLC.\n\n\
(These shares are held of record by Rivendell 7 LLC, of which the Reporting Person is the sole beneficial owner. The Reporting Person has beneficial ownership over the securities held by Rivendell 7\n\n\
LLC.\n\n\
zy These shares are held of record by Rivendell 25 LLC, of which the Reporting Person i the sole beneficial owner. The Reporting Person has beneficial ownership over the securities held by Rivendell 25\n\n\
© ive\n\n\
(g_ These shares are held of record by STS Holdings I LLC, of which the Reporting Person isthe sole beneficial owner. The Reporting Person has beneficial ownership over the securities held by STS\n\n\
Holdings II LLC.\n\n\
(9) These shares are held of record by PT Ventures, LLC (\"PTV\"), of which the Reporting Person is the Managing Member. The Reporting Person has beneficial ownership over the securities held by PTV.\n\n\
(10) These shares are held of record by Thiel Capital LLC, of which the Reporting Person is the Manager. The Reporting Person has beneficial ownership over the securities held by Thiel Capital LLC.\n\n\
‘These shares are held of record by Mithril PAL-SPV 1, LLC (\"Mithril\"). The Reporting Person is the Chairman of the Investment Committee of Mithril GP LP, the General Partner of Mithril LP, which, in\n\n\
(11) turn, owns Mithril, The Reporting Person may be deemed to have beneficial ownership over the securities held by Mithril. The Reporting Person disclaims beneficial ownership of the shares held by\n\n\
Mithril except to the extent of his pecuniary interest therein,\n\n\
(12) This transaction represents the cashless net exercise of a warrant in exchange for Class B Common Stock effected in compliance with a preexisting Rule 10bS-1 plan adopted by the holder.\n\n\
(13) All ofthe shares underlying the warrant were fully vested and exercisable as of the date of the reported transaction.\n\n\
(14) The Class B Common Stock is convertible into the Issuer's Class A Common Stock on a 1-for-1 basis and has no expiration date.\n\n\
ag) This warrant ished by Mitr The Reporting Person may be deemed to have beneficial ownership over the securities held by Mithril. The Reporting Person disclaims beneficial ownership ofthe\n\n\
(15) ecurities held by Mithril except to the extent of his pecuniary Interest therein\n\n\
Note: File three copies of this Form, one of which must be manually signed. If space is insufficient, see Instruction 6 for procedure.\n\n\
Potential persons who are to respond to the collection of information contained in this form are not required to respond unless the form displays a currently valid OMB number,\n\n\
* Form 4: SEC 1474 (03-26)\n\n\
";
        let lines = crate::markdown::lines(md);
        let mut h = read_header(&lines, lines.len());
        recut_footnotes_by_paragraphs(&mut h, 15);
        assert!(note_text(&h.footnotes, "F1").starts_with("Share numbers have been adjusted"), "{:#?}", h.footnotes);
        // (A single quote before a middle line's first word is the mark's glyph.)
        assert!(note_text(&h.footnotes, "F2").ends_with("required by Securities and Exchange Commission rules."), "{:#?}", h.footnotes);
        assert_eq!(note_text(&h.footnotes, "F10"), "These shares are held of record by Thiel Capital LLC, of which the Reporting Person is the Manager. The Reporting Person has beneficial ownership over the securities held by Thiel Capital LLC.");
        assert_eq!(note_text(&h.footnotes, "F14"), "The Class B Common Stock is convertible into the Issuer's Class A Common Stock on a 1-for-1 basis and has no expiration date.");
        assert!(note_text(&h.footnotes, "F9").starts_with("These shares are held of record by PT Ventures"));
        // Those left as the marks cut them are flagged.
        let conf = |id: &str| h.footnotes.iter().find(|(f, _)| f == id).map_or(0, |(_, f)| f.conf);
        assert!(conf("F3") < UNCERTAIN_AT && conf("F11") < UNCERTAIN_AT, "{:#?}", h.footnotes);
    }

    #[test]
    fn footnotes_written_from_one_template_start_at_its_first_line() {
        // A held-out Form 4 (frozen set, clean), its first five footnotes: four weighted-
        // average prices, each three lines, the last cut at the page's edge
        // (`undertakes to provic`), so no line break tells where one ends; a quote
        // before every line. The template's first line starts each; the line after
        // its last starts the one between (the trust).
        let md = "\
Explanation of Responses:\n\n\
If the form is filed by more than one reporting person, see Instruction 4(b)(v).\n\n\
Intentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).\n\n\
‘The price reported in Column 4 is a weighted average price.\n\n\
‘These shares were sold in multiple transactions at prices ranging from $853.90 to $854.952, inclusive.\n\n\
‘The reporting person undertakes to provic\n\n\
‘The Elon Musk Revocable Trust dated July 22, 2003, for which the reporting person is trustee.\n\n\
‘The price reported in Column 4 is a weighted average price.\n\n\
‘These shares were sold in multiple transactions at prices ranging from $855.000 to $855.900, inclusive.\n\n\
‘The reporting person undertakes to provic\n\n\
‘The price reported in Column 4 is a weighted average price.\n\n\
‘These shares were sold in multiple transactions at prices ranging from $856,000 to $856,990, inclusive.\n\n\
‘The reporting person undertakes to provic\n\n\
‘The price reported in Column 4 is a weighted average price.\n\n\
‘These shares were sold in multiple transactions at prices ranging from $857.000 to $857.990, inclusive.\n\n\
‘The reporting person undertakes to provic\n\n\
Note: File three copies of this Form, one of which must be manually signed. If space is insufficient, see Instruction 6 for procedure.\n\n\
Potential persons who are to respond to the collection of information contained in this form are not required to respond unless the form displays a currently valid OMB number,\n\n\
";
        let lines = crate::markdown::lines(md);
        let mut h = read_header(&lines, lines.len());
        recut_footnotes_by_paragraphs(&mut h, 5);
        assert_eq!(h.footnotes.len(), 5, "{:#?}", h.footnotes);
        assert_eq!(note_text(&h.footnotes, "F2"), "The Elon Musk Revocable Trust dated July 22, 2003, for which the reporting person is trustee.");
        for (id, range) in [("F1", "$853.90 to $854.952"), ("F3", "$855.000 to $855.900"), ("F5", "$857.000 to $857.990")] {
            let text = note_text(&h.footnotes, id);
            assert!(text.starts_with("The price reported in Column 4 is a weighted average price. These shares were sold") && text.contains(range), "{id}: {text}");
        }
    }

    #[test]
    fn a_footnote_ending_in_a_comma_had_its_point_misread() {
        // A held-out scan's last line of a weighted-average footnote.
        let text = "The reporting person undertakes to provide full information regarding the number of shares sold at each separate price within the range set forth in this footnote,";
        let mut notes = vec![("F2".to_string(), FieldVal::read(Value::Text(text.into()), text, 74))];
        tidy_footnotes(&mut notes);
        assert_eq!(notes[0].1.value.text(), Some(&*text.replace("footnote,", "footnote.")));
        assert!(notes[0].1.uncertain());
    }

    #[test]
    fn a_form_5s_closing_number_is_no_footnote_text() {
        // Held-out Forms 5 (clean, scan): the 2026 rendering closes with `SEC 2770T`,
        // its `T` read as `7` on the scan, not Form 4's 1474.
        for number in ["SEC 2770T (03-26)", "SEC 27707 (03-26)"] {
            let lines = crate::markdown::lines(&format!(
                "Explanation of Responses:\n\n\
                 ** Intentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).\n\n\
                 (1) Represents a bona fide gift of the Issuer's common stock by the Reporting Person to charity.\n\n\
                 Note: File three copies of this Form, one of which must be manually signed. If space provided is insufficient, see Instruction 6 for procedure.\n\n\
                 Potential persons who are to respond to the collection of information contained in this form are not required to respond unless the form displays a currently valid OMB number.\n\n\
                 * Form 5: {number}\n"
            ));
            let notes = read_footnotes(&lines);
            assert_eq!(note_text(&notes, "F1"), "Represents a bona fide gift of the Issuer's common stock by the Reporting Person to charity.", "{number}");
        }
    }

    #[test]
    fn a_footnote_beside_its_mark_may_start_with_a_number() {
        // As OCR read a printed Form 4 whose marks stand beside their footnotes' middle
        // lines: the third and fourth footnotes start with `55,500` and `1/16`.
        let lines = crate::markdown::lines("| Explanation of Responses: * Tf the form is filed by more than one reporting person, see Instruction 4(b)(v). ** Tntentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a). (1) Shares of the Issuer's common stock were issued to the reporting person upon the vesting of restricted stock units on September 5, 2025. PURSUANT TO THE ISSUER'S EQUITY PLAN AND POLICIES, THESE SHARES OF COMMON STOCK WERE AUTOMATICALLY WITHHELD AND SOLD BY THE ISSUER TO Q) SATISFY THE REPORTING PERSON'S TAX WITHHOLDING OBLIGATIONS RELATED TO THE VESTING OF RESTRICTED STOCK UNITS REPORTED HEREIN. 55,500 shares are held directly by the reporting person in GRATs, for which the reporting person is a trustee, and 55,500 shares are held directly by the spouse of the reporting person in (3) GRATs, for which the spouse of the reporting person is a trustee. 1/16 of the total restricted stock units initially subject to this award vested on December 5, 2024 and 1/16th of the total units initially subject to this award vest every quarter thereafter, so that (4) all such shares subject to this award will be fully vested on September 5, 2028. Note: File three copies of this Form, one of which must be manually signed. If space is insufficient, see Instruction 6 for procedure. Potential persons who are to respond to the collection of information contained in this form are not required to respond unless the form displays a currently valid OMB number. * Form 4: SEC 1474 (03-26) |\n");
        let notes = read_footnotes(&lines);
        let text = |id: &str| note_text(&notes, id);
        assert!(text("F2").ends_with("RESTRICTED STOCK UNITS REPORTED HEREIN."), "{notes:#?}");
        assert!(text("F3").starts_with("55,500 shares are held directly") && text("F3").ends_with("is a trustee."), "{notes:#?}");
        assert!(text("F4").starts_with("1/16 of the total restricted stock units") && text("F4").ends_with("fully vested on September 5, 2028."), "{notes:#?}");
    }

    #[test]
    fn a_mark_that_lost_its_number_is_no_part_of_the_footnote() {
        // A held-out Form 4 (set 7, clean): the one footnote's mark read `()`.
        let page = "Explanation of Responses:\n\n\
             ** Tntentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).\n\n\
             () The option shares shall vest and become exercisable in full on June 9, 2024. The option shares will become fully vested and exercisable in the event that the Issuer is subject to a change in\n\n\
             control.\n";
        assert_eq!(footnote_of(page, "F1"), "The option shares shall vest and become exercisable in full on June 9, 2024. The option shares will become fully vested and exercisable in the event that the Issuer is subject to a change in control.");
    }

    #[test]
    fn form_3_s_note_on_joint_filings_is_the_form_s_text() {
        // Form 3 prints `see Instruction 5(b)(v)` where Forms 4 and 5 print `4(b)(v)`.
        let page = "Explanation of Responses:\n\n\
             * If the form is filed by more than one reporting person, see Instruction 5(b)(v).\n\n\
             ** Tntentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).\n\n\
             Each share of Series E Preferred Stock will automatically convert into one share of Class B Common Stock immediately upon the\n\n\
             (1)\n\n\
             closing of the Issuer's initial public offering (IPO), and has no expiration date.\n";
        assert_eq!(footnote_of(page, "F1"), "Each share of Series E Preferred Stock will automatically convert into one share of Class B Common Stock immediately upon the closing of the Issuer's initial public offering (IPO), and has no expiration date.");
    }

    #[test]
    fn a_mark_read_inside_a_sentence_starts_its_footnote_at_the_line_after_the_last_sentence() {
        // As OCR read a printed Form 4 line by line: the mark `(2)` stands beside the
        // second of its footnote's three lines, after a line that ends mid-sentence.
        let lines = crate::markdown::lines(
            "Explanation of Responses:\n\n\
             * If the form is filed by more than one reporting person, see Instruction 4(b)(v).\n\n\
             ** Intentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).\n\n\
             (1) Includes 11,424 shares transferred to the holder's revocable trust. Such transfers are exempt from Section 16 reporting pursuant to Rule 16a- 13.\n\n\
             The price reported in column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $31.16 to $32.15. The Reporting Person\n\n\
             (2) undertakes to provide the Issuer, any security holder of the Issuer, or the staff at the Securities and Exchange Commission, upon request, the full information regarding the number\n\n\
             of shares sold at each separate price within the ranges set forth above.\n",
        );
        let notes = read_footnotes(&lines);
        assert_eq!(note_text(&notes, "F1"), "Includes 11,424 shares transferred to the holder's revocable trust. Such transfers are exempt from Section 16 reporting pursuant to Rule 16a- 13.");
        let second = note_text(&notes, "F2");
        assert!(second.starts_with("The price reported in column 4 is a weighted average price.") && second.ends_with("The Reporting Person undertakes to provide the Issuer, any security holder of the Issuer, or the staff at the Securities and Exchange Commission, upon request, the full information regarding the number of shares sold at each separate price within the ranges set forth above."), "{second}");
        // Where a footnote ends was inferred: both are flagged.
        assert!(notes.iter().all(|(_, n)| n.uncertain()), "{notes:#?}");
    }

    #[test]
    fn the_sentences_before_the_second_mark_are_the_first_footnote_when_its_mark_is_lost() {
        let lines = crate::markdown::lines(
            "| Explanation of Responses: Represents an exercise of options for which the reporting person paid the related exercise price to the Issuer in cash. No shares were sold by the reporting person to generate funds to pay the exercise price or underlying tax obligations, totaling approximately \\$20.4 million. (2) The Elon Musk Revocable Trust dated July 22, 2003, for which the reporting person is trustee. |\n",
        );
        let notes = read_footnotes(&lines);
        assert_eq!(notes.len(), 2, "{notes:#?}");
        assert_eq!(notes[0].0, "F1");
        assert!(notes[0].1.value.render().starts_with("Represents an exercise of options") && notes[0].1.value.render().ends_with("$20.4 million."), "{notes:#?}");
        assert!(notes[0].1.uncertain());
        assert_eq!(notes[1].1.value.render(), "The Elon Musk Revocable Trust dated July 22, 2003, for which the reporting person is trustee.");
    }

    #[test]
    fn a_footnote_ending_with_a_number_and_a_point_is_followed_by_the_next_mark() {
        // As OCR read a printed Form 4: footnote 2 ends `to this Form 4.`, and `3.` follows.
        let lines = crate::markdown::lines("Explanation of Responses: 1. Each share of Class A Common Stock was issued upon the conversion of one share of Class B Common Stock at the election of Reporting Person. 2. The price reported in Column 4 is a weighted average price. The Reporting Person undertakes to provide, upon request, full information regarding the number of shares sold at each separate price within the ranges set forth in footnotes (2) through (27) to this Form 4. 3. The price reported in Column 4 is a weighted average price. The shares were sold in multiple transactions at prices ranging from $2,558.69 to $2,559.69, inclusive. 4. The price reported in Column 4 is a weighted average price.\n");
        let notes = read_footnotes(&lines);
        let text = |id: &str| note_text(&notes, id);
        assert!(text("F2").ends_with("footnotes (2) through (27) to this Form 4."), "{notes:#?}");
        assert_eq!(text("F3"), "The price reported in Column 4 is a weighted average price. The shares were sold in multiple transactions at prices ranging from $2,558.69 to $2,559.69, inclusive.");
        assert_eq!(notes.len(), 4, "{notes:#?}");
    }

    #[test]
    fn a_mark_after_a_sentence_whose_point_was_lost_starts_the_next_footnote() {
        // As OCR read a scanned Form 4: the points before marks 2, 3 and 4 lost.
        let lines = crate::markdown::lines("Explanation of Responses: 1. Each share of Class A Common Stock was issued upon conversion of one share of Class B Common Stock 2. Shares were sold pursuant to a duly adopted 10b5-1 trading plan 3. The sales price reported is the weighted average sale price for the number of shares sold. Full information regarding the number of shares sold at each will be by Securities and Exchange Commission Staff, the Issuer or a security holder of the Issuer separate price supplied upon request 4. Shares are held by PENSCO Trust Company FBO Max Levchin Roth IRA.\n");
        let notes = read_footnotes(&lines);
        let text = |id: &str| note_text(&notes, id);
        assert_eq!(notes.len(), 4, "{notes:#?}");
        // The point lost at the end is put back, flagged.
        assert_eq!(text("F1"), "Each share of Class A Common Stock was issued upon conversion of one share of Class B Common Stock.");
        assert_eq!(text("F2"), "Shares were sold pursuant to a duly adopted 10b5-1 trading plan.");
        assert!(notes.iter().all(|(_, f)| f.uncertain()), "{notes:#?}");
        assert_eq!(text("F4"), "Shares are held by PENSCO Trust Company FBO Max Levchin Roth IRA.");
        // A number after a word that takes one is no mark: `this Form 4. The` stays in
        // footnote 1 (there are marks after sentences here, so the lost ones are not
        // looked for unless they add to them).
        let lines = crate::markdown::lines("Explanation of Responses: 1. The shares were reported on a Form 4. The price is a weighted average.\n");
        let notes = read_footnotes(&lines);
        assert_eq!(notes.len(), 1, "{notes:#?}");
        let lines = crate::markdown::lines("Explanation of Responses: 1. The units vest on May 2. The remaining units vest later.\n");
        assert_eq!(read_footnotes(&lines).len(), 1);
    }

    #[test]
    fn footnotes_cut_at_the_right_edge_end_mid_word_before_the_next_mark() {
        // As OCR read a scanned Form 4 whose footnote lines were cropped at the page's
        // edge: each footnote but the first ends mid-word, then the next mark follows.
        let lines = crate::markdown::lines("Explanation of Responses: * If the form is filed by more than one reporting person, see Instruction 4(b)(v). ‘** — Intentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. ‘78ff(a). (1) The Elon Musk Revocable Trust dated July 22, 2003, for which the reporting person is trustee. (2) The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $1,001.000 to $1,001,910, inclusive. The reporting undertakes to person pr (3) The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $1,002,000 to $1,002,830, inclusive. The reporting undertakes to person pr (4) The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $1,003,000 to $1,003.930, inclusive. The reporting person undertakes to pr\n");
        let notes = read_footnotes(&lines);
        let text = |id: &str| note_text(&notes, id);
        assert_eq!(notes.len(), 4, "{notes:#?}");
        assert_eq!(text("F1"), "The Elon Musk Revocable Trust dated July 22, 2003, for which the reporting person is trustee.");
        for id in ["F2", "F3", "F4"] {
            assert!(text(id).starts_with("The price reported in Column 4 is a weighted average price. These shares were sold"), "{notes:#?}");
        }
        assert!(text("F3").contains("$1,002,000 to $1,002,830"), "{notes:#?}");
        // The cut ends are kept as read and flagged, not completed.
        assert!(text("F4").ends_with("undertakes to pr."), "{notes:#?}");
        assert!(notes[1..].iter().all(|(_, f)| f.uncertain()), "{notes:#?}");
    }

    #[test]
    fn a_signature_by_an_attorney_in_fact_run_on_from_the_footnotes() {
        // As OCR read a scanned Form 4: the signature in the footnotes' paragraph, no `/s/`.
        let md = "Explanation of Responses: 1. Each restricted stock unit represents a contin; right to receive one share of Microsoft common stock restricted stock fully vested. Delivery of the shares to the reporting person will be made on the Ist anniversary after the date of the reporting person's separation from service to the Board 2. The units are of Directors. Julia Stark, Attorney-in-fact 12/10/2024 for Reid G. Hoffman ** Signature of Reporting Person Date Reminder: Report on a separate line for each class of securities beneficially owned directly or indirectly.\n";
        let lines = crate::markdown::lines(md);
        let signed = read_signatures(&lines, 0);
        assert_eq!(signed.len(), 1, "{signed:#?}");
        assert_eq!(signed[0].0.value.render(), "Julia Stark, Attorney-in-fact for Reid G. Hoffman");
        assert_eq!(signed[0].1.value.render(), "2024-12-10");
        assert!(!note_text(&read_footnotes(&lines), "F2").contains("Julia"));
        // Its date broken, and run on from a footnote cut mid-word: the name, flagged,
        // and no date.
        let md = "Explanation of Responses: 1. Represents Stock Award that will Vest over five years with 5% vesting on November 30, 2025, and then 5% vesting each three months thereafter, subject to continued employmer Julia Stark, Atorney-in-Fact 10/03/202: for Amy Coleman Signature of Reporting Person Date Reminder: Report on a separate line for each class of securities beneficially owned directly or indirectly\n";
        let signed = read_signatures(&crate::markdown::lines(md), 0);
        assert_eq!(signed.len(), 1, "{signed:#?}");
        assert_eq!(signed[0].0.value.render(), "Julia Stark, Attorney-in-Fact for Amy Coleman");
        assert!(signed[0].0.uncertain());
        assert_eq!(signed[0].1.value, Value::None);
        // A footnote that names an attorney-in-fact mid-sentence keeps its text.
        let text = "1. The shares were sold by a broker instructed by Jane Doe, attorney-in-fact, under a power dated 01/02/2020 for the reporting person.";
        assert_eq!(signature_start(text, true), None);
        assert_eq!(signature_start("Board of Directors. Julia Stark, Attorney-in-fact 12/10/2024 for Reid G. Hoffman", true), Some(20));
    }

    #[test]
    fn a_signature_on_its_own_line_after_the_footnotes_leaves_the_last_sentence_alone() {
        // As OCR read a printed Form 4: the signature and its date on the line after the
        // explanations, the last footnote two sentences long.
        let lines = crate::markdown::lines("Explanation of Responses: 1. Each restricted stock unit represents a contingent right to receive one share of Microsoft common stock. 2. The restricted stock units are fully vested. Delivery of the shares to the reporting person will be made on the 1st anniversary after the date of the reporting person's separation from service to the Board of Directors.\n\nJulia Stark, Attorney-in-fact 12/10/2024 for Reid G. Hoffman ** Signature of Reporting Person Date\n");
        let notes = read_footnotes(&lines);
        assert_eq!(notes.len(), 2, "{notes:#?}");
        assert_eq!(notes[1].1.value.render(), "The restricted stock units are fully vested. Delivery of the shares to the reporting person will be made on the 1st anniversary after the date of the reporting person's separation from service to the Board of Directors.");
    }

    #[test]
    fn a_first_mark_mid_sentence_has_its_footnote_around_it() {
        // As OCR read a printed Form 4: one footnote, its mark beside its middle line.
        let lines = crate::markdown::lines(
            "| Explanation of Responses: * — Tf the form is filed by more than one reporting person, see Instruction 4(b)(v). ** Tntentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a). Represents full vesting of shares earned under a performance stock award granted in September 2022 under the Microsoft Corporation Executive Incentive Plan for the 3-year (1) performance period that ended on June 30, 2025. Note: File three copies of this Form, one of which must be manually signed. If space is insufficient, see Instruction 6 for procedure. Potential persons who are to respond to the collection of information contained in this form are not required to respond unless the form displays a currently valid OMB number. * Form 4: SEC 1474 (03-26) |\n",
        );
        let notes = read_footnotes(&lines);
        assert_eq!(notes.len(), 1, "{notes:#?}");
        assert_eq!(notes[0].1.value.render(), "Represents full vesting of shares earned under a performance stock award granted in September 2022 under the Microsoft Corporation Executive Incentive Plan for the 3-year performance period that ended on June 30, 2025.");
    }

    #[test]
    fn marks_beside_footnotes_of_one_line_and_of_several_with_the_first_mark_lost() {
        // As OCR read a printed Form 4: mark (1) lost, (2) at the start of a one-line
        // footnote, (3) mid-sentence beside the middle line of a long one.
        let lines = crate::markdown::lines("| Explanation of Responses: * — Tf the form is filed by more than one reporting person, see Instruction 4(b)(v). ** Tntentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a). Represents an exercise of options for which the reporting person paid the related exercise price to the Issuer in cash. No shares were sold by the reporting person to generate funds to pay the exercise price or underlying tax obligations, totaling approximately \\$20.4 million. (2) The Elon Musk Revocable Trust dated July 22, 2003, for which the reporting person is trustee. Effective August 13, 2012, the reporting person was granted an option to purchase 5,274,901 shares of common stock. 1/10 of the total number of shares subject to this option became and will become vested and exercisable each time: (i) the Issuer's market capitalization increases by \\$4.0 billion above the initially measured market capitalization of \\$3.2 billion; and (ii) one of 10 specified (3) performance milestones relating to the development of the Issuer's Model X and Model 3 vehicles and our total production of vehicles is attained, subject to the reporting person's continued service to us at each such vesting event. If any shares have not vested by the end of the term of the option, they will be forfeited and the reporting person will not realize the value of such shares. As of the date of this filing, 4,572,410 of the shares remaining subject to this option are vested and 527,491 of the shares are unvested. Note: File three copies of this Form, one of which must be manually signed. If space is insufficient, see Instruction 6 for procedure. Potential persons who are to respond to the collection of information contained in this form are not required to respond unless the form displays a currently valid OMB number. * Form 4: SEC 1474 (03-26) |\n");
        let notes = read_footnotes(&lines);
        let text = |id: &str| note_text(&notes, id);
        assert_eq!(notes.len(), 3, "{notes:#?}");
        assert_eq!(text("F1"), "Represents an exercise of options for which the reporting person paid the related exercise price to the Issuer in cash. No shares were sold by the reporting person to generate funds to pay the exercise price or underlying tax obligations, totaling approximately $20.4 million.");
        assert_eq!(text("F2"), "The Elon Musk Revocable Trust dated July 22, 2003, for which the reporting person is trustee.");
        assert!(text("F3").starts_with("Effective August 13, 2012,") && text("F3").ends_with("527,491 of the shares are unvested."), "{notes:#?}");
        assert!(notes.iter().all(|(_, f)| f.uncertain()), "cut by a guess at the marks: flagged");
    }

    #[test]
    fn a_garbled_box_label_before_the_street_number_is_no_part_of_the_street() {
        let f = street_field("(mae) 383 MADISON AVENUE", CLEAN).unwrap();
        assert_eq!(f.value, Value::Text("383 MADISON AVENUE".into()));
        assert!(f.uncertain());
        // A filer's own parentheses stay.
        assert_eq!(street_field("(SUITE 400) 383 MADISON AVENUE", CLEAN).unwrap().value, Value::Text("(SUITE 400) 383 MADISON AVENUE".into()));
        // An ordinal's digit read as a letter, mended and flagged; a word holding it left.
        let f = street_field("BUILDING D, STH FLOOR", CLEAN).unwrap();
        assert_eq!((f.value, f.conf), (Value::Text("BUILDING D, 5TH FLOOR".into()), MENDED));
        assert_eq!(street_field("IST, AVENUE", CLEAN).unwrap().value, Value::Text("1ST, AVENUE".into()));
        assert_eq!(street_field("1 DISTRICT WAY", CLEAN).unwrap().value, Value::Text("1 DISTRICT WAY".into()));
        // Specks before a street in capitals (held-out scans: the top box's labels and
        // rules read as words); none cut before a care-of or from a street in mixed case.
        let street = |s: &str| street_field(s, CLEAN).unwrap();
        assert_eq!(street("Io 'ONE APPLE PARK WAY").value, Value::Text("ONE APPLE PARK WAY".into()));
        assert!(street("Io 'ONE APPLE PARK WAY").uncertain());
        assert_eq!(street("Sie ONE LETTERMAN DRIVE").value, Value::Text("ONE LETTERMAN DRIVE".into()));
        assert_eq!(street("os a ee (ast) Fis) (Mtidate) ONE APPLE PARK WAY").value, Value::Text("ONE APPLE PARK WAY".into()));
        assert_eq!(street("ee ee C/O MICROSOFT CORPORATION").value, Value::Text("ee ee C/O MICROSOFT CORPORATION".into()));
        assert_eq!(street("123 Main St").value, Value::Text("123 Main St".into()));
        assert_eq!(street("Apt 4 100 MAIN STREET").value, Value::Text("Apt 4 100 MAIN STREET".into()));
        // Held-out clean pages (sets 13 and 15): `LLC` read `LLG`, a speck read as a
        // point after `FLOOR`; both mended (in the repairs). Abbreviations keep points.
        assert_eq!(mend_street_misreadings("C/O MITHRIL CAPITAL MANAGEMENT LLG").as_deref(), Some("C/O MITHRIL CAPITAL MANAGEMENT LLC"));
        assert_eq!(mend_street_misreadings("9601 WILSHIRE BOULEVARD, 3RD FLOOR.").as_deref(), Some("9601 WILSHIRE BOULEVARD, 3RD FLOOR"));
        for kept in ["600 WASHINGTON BLVD.", "C/O NUVVE HOLDING CORP.", "ONE LETTERMAN DRIVE", "C/O MITHRIL CAPITAL MANAGEMENT LLC"] {
            assert_eq!(mend_street_misreadings(kept), None, "{kept}");
        }
    }

    #[test]
    fn a_speck_read_as_the_first_street_line_gives_way_to_the_street() {
        let f = |t: &str| Some(FieldVal::read(Value::Text(t.into()), t, CLEAN));
        let text = |f: &Option<FieldVal>| f.as_ref().and_then(|f| f.value.text()).unwrap_or("").to_string();
        // As OCR read the address box of a scanned Form 3: `a` above the street.
        let (s1, s2) = speck_above_street(f("a"), f("2800 SAND HILL ROAD, SUITE 101"));
        assert_eq!((text(&s1), s2.is_none()), ("2800 SAND HILL ROAD, SUITE 101".to_string(), true));
        assert!(s1.unwrap().uncertain());
        // A street line with a digit, or two capitals (`HP`, a company's), is a line.
        let (s1, s2) = speck_above_street(f("HP"), f("1501 PAGE MILL ROAD"));
        assert_eq!((text(&s1), text(&s2)), ("HP".to_string(), "1501 PAGE MILL ROAD".to_string()));
        let (s1, s2) = speck_above_street(f("1A"), f("MAIN STREET"));
        assert_eq!((text(&s1), text(&s2)), ("1A".to_string(), "MAIN STREET".to_string()));
    }

    #[test]
    fn care_of_and_street_lines_read_as_one_are_parted() {
        // As OCR read the address box of a scanned Form 4: both street lines on one, the
        // street's kind left alone below.
        let f = |t: &str| Some(FieldVal::read(Value::Text(t.into()), t.to_string(), MENDED));
        let text = |f: &Option<FieldVal>| f.as_ref().and_then(|f| f.value.text()).unwrap_or("").to_string();
        let (s1, s2) = care_of_lines_read_as_one(f("C/O YELP INC. 706 MISSION 7TH FLOOR"), f("ST."));
        assert_eq!((text(&s1), text(&s2)), ("C/O YELP INC.".to_string(), "706 MISSION ST., 7TH FLOOR".to_string()));
        assert!(s1.unwrap().uncertain() && s2.unwrap().uncertain());
        // A whole address after `C/O` with a second line of its own stays as read.
        let (s1, s2) = care_of_lines_read_as_one(f("C/O MORGAN STANLEY 1585 BROADWAY"), f("SUITE 400"));
        assert_eq!((text(&s1), text(&s2)), ("C/O MORGAN STANLEY 1585 BROADWAY".to_string(), "SUITE 400".to_string()));
    }

    #[test]
    fn one_mark_mid_sentence_among_marks_at_line_starts_is_beside_its_footnote() {
        // As OCR read a scanned Form 4: the first footnote's two lines read around its
        // mark, the one-line footnotes' marks at their starts.
        let lines = crate::markdown::lines("Explanation of Responses: * Ifthe form is filed by more than one reporting person, see Instruction 4(b)(v). ‘** Intentional misstatements or omissions of facts constitute Federal Criminal Violations. See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a). the number of shares that were acquired in connection with the settlement of the Restricted Stock Units (\"RSUs\") listed in Table II. (1) Represents (2) Each RSU represents a contingent right to receive 1 share of the Issuer’s Class A Common Stock upon settlement. (3) The RSUs vested as to 100% of the total shares on May 15, 2021. Note: File three copies of this Form, one of which must be manually signed. If space is insufficient, see Instruction 6 for procedure. who to the collection of information contained in this form are not required to respond unless the form displays a currently valid OMB number. Potential persons are to respond * Form 4: SEC 1474 (03-26)\n");
        let notes = read_footnotes(&lines);
        let text = |id: &str| note_text(&notes, id);
        assert_eq!(text("F2"), "Each RSU represents a contingent right to receive 1 share of the Issuer's Class A Common Stock upon settlement.", "{notes:#?}");
        assert!(text("F3").starts_with("The RSUs vested as to 100% of the total shares on May 15, 2021."), "{notes:#?}");
    }

    #[test]
    fn an_abbreviations_last_point_misread_or_lost_is_put_back() {
        let mended = |t: &str| {
            let mut t = t.to_string();
            mend_known_misreadings(&mut t);
            t
        };
        assert_eq!(mended("Sequoia Capital U.S. Venture 2010-Seed Fund, L.P,, or collectively"), "Sequoia Capital U.S. Venture 2010-Seed Fund, L.P., or collectively");
        assert_eq!(mended("Venture 2010 Management, L.P, which is the general partner of SC U.S Venture"), "Venture 2010 Management, L.P., which is the general partner of SC U.S. Venture");
        assert_eq!(mended("See 18 U.S.C. 1001 and L.P. units"), "See 18 U.S.C. 1001 and L.P. units");
        assert_eq!(mended("the SC GFIV Funds, The Reporting Person is a Director"), "the SC GFIV Funds. The Reporting Person is a Director");
        assert_eq!(mended("to their respective partners or 'members."), "to their respective partners or members.");
        assert_eq!(mended("SC US (TTGP), Lid. is the general partner"), "SC US (TTGP), Ltd. is the general partner");
        assert_eq!(mended("the 'sponsor' of the fund"), "the 'sponsor' of the fund");
    }

    #[test]
    fn footnotes_one_to_a_line_with_most_marks_garbled() {
        // As OCR read a printed Form 4: one footnote per line, the marks (1)-(3), (5)-(7)
        // garbled (`a`, `@)`, `6)`, `©)`, `ful`), (4), (8) and (9) legible.
        let lines = crate::markdown::lines(
            "| Explanation of Responses: |  |\n\
             | a The sales reported on this Form 4 were effected pursuant to a preexisting Rule 10bS-1 trading plan adopted by the holder on December 12, 2023. |  |\n\
             | @) ‘This transaction was executed in multiple trades at prices ranging from \\$21.07 to \\$21.71. |  |\n\
             | @) ‘These shares are held of record by Rivendell 7 LLC, of which the Reporting Person is the sole beneficial owner. |  |\n\
             | (4) ‘This transaction was executed in multiple trades at prices ranging from \\$20.96 to \\$21.57. |  |\n\
             | 6) This transaction was executed in multiple trades at prices ranging from \\$20.51 to \\$21.34 . |  |\n\
             | ©) ‘These shares are held of record by STS Holdings II LLC, of which the Reporting Person is the sole beneficial owner. |  |\n\
             | ful ‘These shares were not subject to a particular transaction during the dates covered by this Form 4. |  |\n\
             | (8) ‘These shares are held of record by PLTR Holdings LLC, of which the Reporting Person is the sole beneficial owner. |  |\n\
             | (9) ‘These shares are held of record by Rivendell 25 LLC, of which the Reporting Person is the sole beneficial owner. |  |\n",
        );
        let notes = read_footnotes(&lines);
        let ids: Vec<&str> = notes.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"]);
        assert_eq!(notes[0].1.value.render(), "The sales reported on this Form 4 were effected pursuant to a preexisting Rule 10b5-1 trading plan adopted by the holder on December 12, 2023.");
        assert!(notes[4].1.value.render().starts_with("This transaction was executed") && notes[4].1.value.render().contains("$20.51"));
        assert!(notes[0].1.conf < UNCERTAIN_AT, "numbered by its place alone: flagged");
    }

    #[test]
    fn the_period_under_a_garbled_label() {
        let lines = crate::markdown::lines(
            "| 1, Name and-Address of Reporting Person | 2, Issuer Name |\n\
             |---|---|\n\
             | Hoffman Reid | 3. Date of Earliese Transaction |\n\
             |  | : |\n\
             |  | (Month/Day/Year) |\n\
             |  | : |\n\
             |  | 06/09/2022 |\n",
        );
        assert_eq!(read_header(&lines, lines.len()).period.map(|p| p.value.render()), Some("2022-06-09".to_string()));
        assert!(STATEMENT_DATE_LABEL.is_match("3. Date of Eaftiest Transaction"));
    }

    #[test]
    fn rule_10b5_1_as_ocr_misreads_it() {
        for read in ["Rule 10bS-1 trading plan", "Rule 10b5-l trading plan", "Rule 10b$-1 trading plan", "Rule 10b5-1 trading plan"] {
            let mut t = read.to_string();
            mend_known_misreadings(&mut t);
            assert_eq!(t, "Rule 10b5-1 trading plan", "{read}");
        }
        let mut t = "within the range set forth in this foomote.".to_string();
        mend_known_misreadings(&mut t);
        assert_eq!(t, "within the range set forth in this footnote.");
        let mut t = "Rule 10b-5 and Rule 16b-3".to_string();
        mend_known_misreadings(&mut t);
        assert_eq!(t, "Rule 10b-5 and Rule 16b-3", "other rules are left as read");
    }

    #[test]
    fn cells_of_labels_only() {
        assert!(only_labels("(Las rst) (Midate)"));
        assert!(only_labels(". ; (Zip/Postal"));
        assert!(!only_labels("C/O ACME (USA) INC."));
        assert!(printed_address_line("98052-"));
        assert!(printed_address_line("CiO MICROSOFT CORPORATION /"));
        assert!(!printed_address_line("Code}"));
        assert!(!printed_address_line("fed away ‘ata"));
    }

    #[test]
    fn addresses() {
        assert_eq!(city_state_zip("WESTPORT, CT 06880").map(|x| (x.0, x.1, x.2)), Some(("WESTPORT".into(), "CT".into(), "06880".into())));
        assert_eq!(city_state_zip("REDMOND. WASHINGTON 98052-6399").map(|x| (x.0, x.1, x.2)), Some(("REDMOND".into(), "WA".into(), "98052-6399".into())));
        assert_eq!(city_state_zip("PALO ALTO. CALIFORNIA 94304").map(|x| x.0), Some("PALO ALTO".into()));
        assert_eq!(city_state_zip("ST. LOUIS, MO 63101").map(|x| x.0), Some("ST. LOUIS".into()));
        assert_eq!(city_state_zip("MENLO PARK CA 94025 _—_ ee").map(|x| (x.0, x.1)), Some(("MENLO PARK".into(), "CA".into())));
        // Outside the states the SEC's stylesheet writes the place out as EDGAR describes
        // its code (held-out set 25, clean: `V5Y 0A1` read with its zero twice).
        let place = |s: &str| city_state_zip(s).map(|x| (x.0, x.1, x.2, x.3));
        assert_eq!(place("VANCOUVER BRITISH COLUMBIA, CANADA V5Y 0OA1 UNITED STATES"), Some(("VANCOUVER".into(), "A1".into(), "V5Y 0A1".into(), MENDED)));
        assert_eq!(place("LONDON UNITED KINGDOM W1J 7BU"), Some(("LONDON".into(), "X0".into(), "W1J 7BU".into(), MENDED)));
        assert_eq!(place("LONDON, X0 W1J 7BU"), Some(("LONDON".into(), "X0".into(), "W1J 7BU".into(), MENDED)));
        assert_eq!(place("GEORGE TOWN, GRAND CAYMAN CAYMAN ISLANDS KY1-1104").map(|x| (x.0, x.1)), Some(("GEORGE TOWN, GRAND CAYMAN".into(), "E9".into())));
        assert_eq!(place("SINGAPORE SINGAPORE 018989").map(|x| (x.0, x.1)), Some(("SINGAPORE".into(), "U0".into())));
        // Not without a postal code, nor a city; a US state is no place of that table.
        assert_eq!(place("MICHAEL JORDAN"), None);
        assert_eq!(place("ISRAEL 6789141"), None);
        assert_eq!(place("JERSEY CITY NEW JERSEY 0730"), None);
        assert_eq!(split_street("C/O SEQUOIA CAPITAL 2800 SAND HILL ROAD, SUITE 101"), ("C/O SEQUOIA CAPITAL".into(), Some("2800 SAND HILL ROAD, SUITE 101".into())));
        assert_eq!(split_street("C/O MICROSOFT CORPORATION ONE MICROSOFT WAY"), ("C/O MICROSOFT CORPORATION".into(), Some("ONE MICROSOFT WAY".into())));
        assert_eq!(split_street("C/O ACME INC. P.O. BOX 17"), ("C/O ACME INC.".into(), Some("P.O. BOX 17".into())));
    }

    #[test]
    fn a_street_line_read_twice_is_one_line() {
        // A scan's top box read the street line again among the next box's specks.
        let md = "| 1. Name and Address of Reporting Person ~ BOTHA ROELOF | 2. Issuer Name and Ticker or Trading Symbol MongoDB, Inc. [MDB] rasa | 5. Relationship of Reporting Person(s) to Issuer (Check all applicable) |\n\
                  |---|---|---|\n\
                  | \\| i sopeseanalneess ee | ie a ee 2a. Foreign Trading Symbol \\| \\| aA Eo RTOS | __X__ Director __X__ 10% Owner Officer (give title Other (specify I below) below) |\n\
                  | ee (Last) (First) (Middle) \\| 2800 SAND HILL ROAD, SUITE 101 \\| | SAU 3. Date of Earliest Transaction (Month/Day/Year) (07/12/2018 | oe : |\n\
                  | (Street) MENLO PARK CALIFORNIA 94025 | 4. If Amendment, Date Original Filed(Month/Day/Year) | 6. Individual or Joint/Group Filing(Check Applicable Line) |\n\
                  | me 5 (Zip/Postal (City) (State) Code) UNITED STATES | Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned |  |\n";
        let table = OwnerRead { name: text_field("BOTHA ROELOF", CLEAN), street1: street_field("2800 SAND HILL ROAD, SUITE 101", CLEAN), ..OwnerRead::default() };
        let o = reconcile(owner_of(md), Some(table));
        assert_eq!((text(&o.street1), text(&o.street2)), ("2800 SAND HILL ROAD, SUITE 101", ""));
        assert_eq!((text(&o.city), text(&o.state), text(&o.zip)), ("MENLO PARK", "CA", "94025"));
    }

    #[test]
    fn a_firms_name_then_a_street_are_two_street_lines() {
        // Held-out Forms 4 (sets 14, 17, clean): the top box's two street lines read as
        // one. A firm's or building's name ends where the street number starts.
        assert_eq!(split_street("CITIGROUP INC. 388 GREENWICH STREET"), ("CITIGROUP INC.".into(), Some("388 GREENWICH STREET".into())));
        assert_eq!(split_street("BANK OF AMERICA CORPORATE CENTER 100 N TRYON ST"), ("BANK OF AMERICA CORPORATE CENTER".into(), Some("100 N TRYON ST".into())));
        // (Set 25: a hyphenated street name after a number word.)
        assert_eq!(split_street("THE COCA-COLA COMPANY ONE COCA-COLA PLAZA"), ("THE COCA-COLA COMPANY".into(), Some("ONE COCA-COLA PLAZA".into())));
        // Not after a comma (one line, as filers mostly write it), nor after specks and
        // garbled labels, nor in a post office box or a street of its own.
        for one in [
            "PEPSICO, INC., 700 ANDERSON HILL ROAD",
            "(Firs) 'qual (Last) ist iddle 444 GULF OF MEXICO DR",
            "ee se si ais 2485 AUGUSTINE DRIVE",
            "P. O. BOX 10247",
            "ONE LETTERMAN DRIVE BUILDING D, 5TH FLOOR",
            "1 CUSTOMER DRIVE",
        ] {
            assert_eq!(split_street(one), (one.to_string(), None));
        }
    }
}
