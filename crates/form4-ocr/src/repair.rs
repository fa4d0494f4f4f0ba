//! The form's own guarantees, used to choose between readings and to mend values.
//! Every change is logged as a [`Repair`] with the rule that made it.

use chrono::{Datelike, NaiveDate};
use form4_model::Repair;
use rust_decimal::Decimal;

use crate::field::{grouped, one_glyph_apart, FieldVal, Value, CLEAN, CONFIRMED, DERIVED, MENDED, UNCERTAIN_AT, UNSURE};
use crate::header::HeaderRead;
use crate::rows::{Col, RowRead};

/// Rule names, as they appear in repairs.
pub mod rule {
    /// A wrapped or twice-read row: the readings agree or the cleaner one wins.
    pub const CONSENSUS: &str = "consensus-of-readings";
    /// Owned-after = previous owned-after ± amount, within one security and ownership form.
    pub const ROLL_FORWARD: &str = "roll-forward";
    /// The transaction code fixes acquired (A) or disposed (D).
    pub const CODE_AD: &str = "code-implies-acquired-disposed";
    /// An amount owned after the transaction below the transaction's amount: the
    /// shares were disposed of (D); an acquisition leaves at least what it acquired.
    /// In the bulk corpus, 863 of 871 Table I and 2,240 of 2,280 Table II
    /// transactions owning less after than their amount are D. Where the letter was
    /// not read, flagged.
    pub const OWNED_BELOW_AMOUNT: &str = "owned-below-amount-means-disposed";
    /// An M, X or C in Table II has its twin row in Table I.
    pub const TWIN: &str = "derivative-twin-in-table-1";
    /// The date of earliest transaction is the earliest transaction date.
    pub const EARLIEST: &str = "earliest-transaction-date";
    /// A signature date read with its year's last digit lost (`10/03/202:`, cut at the
    /// page's edge) is the one completion on or after the earliest transaction date and
    /// within a year of it (a Form 4 is signed days after the trade), flagged.
    pub const SIGNATURE_YEAR: &str = "signature-year-completed";
    /// A statement is signed on its period's date or after it, within two years: in
    /// the bulk corpus 18,154 of 18,267 within a year, 20 more than two years after, 23
    /// before (none by more than 30 days but a year mistyped, in the signature's date
    /// as often as in the period's). A period read outside that, not confirmed by a
    /// transaction's date, is flagged; one more than two years before the signature
    /// where one digit of its year read otherwise (`06/29/2003` for 2023) puts it within
    /// the year before the signature, and one only, is that date, flagged.
    pub const PERIOD_BEFORE_SIGNATURE: &str = "period-before-its-signature";
    /// A footnote restating an amount as a sum of parts.
    pub const FOOTNOTE_TOTAL: &str = "footnote-total";
    /// A broken date matched to the one date of the filing it can be.
    pub const DATE_IN_FILING: &str = "date-elsewhere-in-filing";
    /// A transaction whose date was not read, where every other transaction of the
    /// filing (two or more) and the date of earliest transaction read one date: that
    /// date, flagged.
    pub const DATE_OF_ONE_DAY: &str = "date-of-a-one-day-filing";
    /// A title word one glyph from exactly one word security titles use.
    pub const TITLE_WORDS: &str = "security-title-vocabulary";
    /// A title read with extra words where other rows of the table read one title
    /// whose words it contains in order (a wrapped title read twice): that title, flagged.
    pub const TITLE_LIKE_ROWS: &str = "title-of-like-rows";
    /// A company name's suffix one glyph from exactly one suffix (`Ine.` → `Inc.`).
    pub const COMPANY_SUFFIX: &str = "company-suffix";
    /// An issuer name's first word that the page's footnotes, remarks and owners'
    /// addresses never write, where they write one word a glyph from it twice or more
    /// and no other (`Tesia, Inc.` beside 46 `Tesla,`): that word, in the case read,
    /// flagged.
    pub const ISSUER_NAME_ELSEWHERE: &str = "issuer-name-as-written-elsewhere";
    /// A word of a name made of `I` with `l` among them (`Mithril Il UGP LLC`), or, in
    /// an owner's name, of `I`, `l`, `1`, `]`, `[` or `|` two or three long (`I]`,
    /// `11`): the roman numeral, flagged (the bulk corpus's 8,378 owner names hold `II`
    /// or `III` in 196 and `Il`, `lI`, `ll`, `11` or `111` as a word in none; an issuer
    /// may be named `111, Inc.`).
    pub const ROMAN_NUMERAL: &str = "roman-numeral-in-name";
    /// A street line's `LLG` for `LLC`, or a point after its last long word (`3RD
    /// FLOOR.`): mended, flagged (see [`crate::header::mend_street_misreadings`]).
    pub const STREET_MISREADING: &str = "street-line-misreading";
    /// A name's last word of quote marks or other glyphs of no letter or digit (`Living
    /// Tst '`): a speck, cut, the name flagged (of the bulk corpus's 8,378 owner names,
    /// none ends with such a word).
    pub const SPECK_AFTER_NAME: &str = "speck-after-name";
    /// A word of a name that is the start of the company suffix after it (`Apple In
    /// Inc.`): the suffix's first letters read twice where a line or cell broke, cut,
    /// flagged (of the bulk corpus's 9,459 issuer and owner names, none has a word
    /// that begins the suffix after it).
    pub const SUFFIX_READ_TWICE: &str = "company-suffix-read-twice";
    /// A price a thousand times its neighbours' whose last comma is where their decimal
    /// point is: the point read as a comma (`$2,560,435` among `$2,558.69`…).
    pub const PRICE_POINT: &str = "decimal-point-read-as-comma";
    /// A footnote's price range whose second price lost its dollar sign (`from $155.430
    /// to 156.420`, the sign at a line's start dropped by OCR) takes it: the bulk
    /// corpus's footnotes write such a range with both signs 5,070 times in 5,080.
    pub const RANGE_SIGN: &str = "price-range-dollar-sign";
    /// A trading symbol read as the issuer name's first word after a `J`, `I`, `L` or
    /// `1` (`JJOBY]` beside `Joby Aviation, Inc.`): the symbol's opening bracket read as
    /// a letter. In the bulk corpus 83 of 1,145 symbols are their issuer's first word
    /// and none is such a letter and that word. Flagged.
    pub const SYMBOL_BRACKET: &str = "symbol-bracket-read-as-letter";
    /// Two short words of a paragraph read as one (`ofthe`).
    pub const GLUED_WORDS: &str = "words-read-together";
    /// A nature of ownership read twice, cut at the cell edge, or with the D/I letter in it.
    pub const NATURE_TEXT: &str = "nature-of-ownership-text";
    /// A nature naming an entity ends with its suffix (`L.P.`, `LLC`, `Inc.`, `Trust`:
    /// 882 of 885 such natures in the XML corpus): one or two specks after it
    /// (`…, L.P. Q`, `… Trust BEE`, a garbled mark) are cut off, flagged.
    pub const NATURE_ENDS_AT_ENTITY: &str = "nature-ends-with-its-entity";
    /// A nature of indirect ownership means the ownership is indirect (I).
    pub const NATURE_INDIRECT: &str = "nature-implies-indirect";
    /// An ownership-form letter read as a speck beside an empty nature cell is D: in
    /// the bulk corpus every row without a nature is owned directly (36,374 of 36,374),
    /// flagged, as the nature may be the part that was lost.
    pub const NO_NATURE_DIRECT: &str = "no-nature-means-direct";
    /// A nature's cell holding nothing but a lone `D` among a few speck words (`as D`,
    /// `lee D`, `D Hiss`), the ownership letter's cell empty: the letter was read a
    /// column late. The row is owned directly and has no nature (no nature of the bulk
    /// corpus's 14,084 starts or ends with a lone `D`; the four with one inside have a
    /// nature's word, `By Olivan D LLC`). Both flagged.
    pub const LETTER_IN_NATURE: &str = "ownership-letter-read-as-nature";
    /// A Table I row whose ownership letter and nature were both lost, its amount owned
    /// following on exactly from the row before of the same security (that amount plus
    /// or minus this row's) or leading so to the row after, whose letter was read: that
    /// holding's letter and nature, with the nature's marks, flagged. In the bulk
    /// corpus 11,302 of 11,320 such consecutive pairs share both.
    pub const FORM_OF_ROLLED_HOLDING: &str = "ownership-form-of-its-holding";
    /// A Table I code read in doubt (`a` taken for an A) whose acquired/disposed letter
    /// is all but fixed (A, P, M, L acquire; S, F, D dispose: 99.5% of bulk rows or more) and
    /// is the other one than the row's, read more surely (`D`, or confirmed by the
    /// holdings before and after): the code is set aside, unsettled, for the rules that
    /// read a code from elsewhere (the price's footnote, like rows).
    pub const CODE_AGAINST_LETTER: &str = "code-against-acquired-disposed";
    /// A weighted-average price lies within the range its footnote states ("prices
    /// ranging from $20.96 to $21.57"): the footnote whose range holds the price is its
    /// mark, and a price outside every range that falls inside one, and one only, once a
    /// stray leading digit (a dollar sign misread) is dropped or a lost decimal point is
    /// put back, is that price, flagged (a range bounds the dollars, not the cents, and
    /// ranges that follow one another not even those); a sale's or purchase's price read
    /// outside every range but near them is flagged. Prices inside several ranges take their footnotes in
    /// the order the rows refer to them, where only one such order fits. A mark read on
    /// a price naming a footnote whose range leaves it out, the price inside one other
    /// footnote's range only, is that footnote (the mark misread), flagged.
    pub const PRICE_RANGE: &str = "price-within-footnote-range";
    /// Open-market purchases or sales (P, S) of one security in one filing trade near
    /// one price: in the bulk corpus, of 5,018 such prices in tables of three or more,
    /// 9 lie beyond two and a half times or below two fifths of their median. A price
    /// read so far from its neighbours is flagged, and one that dropping a stray first
    /// digit (a cell's rule or the dollar sign read as one: `$ |344.957` → `1344.957`)
    /// brings within a quarter of the median is that price, flagged.
    pub const PRICE_NEIGHBOURS: &str = "price-among-its-neighbours";
    /// Exercise prices of one derivative security in one filing (option grants of
    /// several years) lie within ten times of each other: in the bulk corpus, 11 of
    /// 2,286 such prices in groups of three or more lie beyond ten times or below a
    /// tenth of the others' median. A price read so far from them (`$951` for $9.51,
    /// the point lost) is flagged, left as read.
    pub const EXERCISE_PRICE_NEIGHBOURS: &str = "exercise-price-among-its-neighbours";
    /// An exercise price read without a point as a whole number of three digits or more
    /// (`$888`) whose digits are those of exactly one Table I price (`$8.88`) lost its
    /// point: it is that price, flagged. In the bulk corpus, none of the 45
    /// whole exercise prices of $100 or more has a Table I price of its digits. One
    /// that no Table I price settles is flagged, left as read: only 45 of the bulk
    /// corpus's 6,641 exercise prices are so (`$514` read for $51.40 as likely).
    pub const EXERCISE_PRICE_POINT_LOST: &str = "exercise-price-lost-its-point";
    /// A bare number ending a title's cell (`Class B Common Stock 2`) is its mark
    /// where another row of the table reads that title with that mark in parentheses;
    /// otherwise a speck as likely (held-out pages: `| Common Stock 2 |` of no mark),
    /// and the title's marks are left empty, flagged either way.
    pub const TITLE_MARK_READ_BARE: &str = "title-mark-read-bare";
    /// An open-market trade (P, S) whose price was not read and whose amount was read
    /// with cents within a quarter of the median price of its like trades (three at
    /// least): the price, read a column early (its amount illegible); the amount is left
    /// unread for the holdings to give. Flagged.
    pub const PRICE_READ_AS_AMOUNT: &str = "price-read-as-amount";
    /// A sale, purchase or exercise code (S, P, M) read with a garbled glyph after its
    /// letter (`so`, `s®`: a mark OCR could not read) in a filing with one footnote
    /// naming a Rule 10b5-1 trading plan (`10b5-1` or `trading plan`, in any case): that
    /// footnote is the code's mark, flagged. In the bulk corpus, where one footnote names
    /// such a plan, a footnoted S, P or M code carries that footnote alone in 3,993 of
    /// 4,114 Table I rows (a C or F code almost never: its footnote explains the
    /// conversion or the withholding).
    pub const CODE_MARK_TRADING_PLAN: &str = "code-mark-is-trading-plan";
    /// A withholding, conversion or gift code (F, C, G) read with a garbled glyph after
    /// its letter (`Fe)`, `FG)`) in a filing with one footnote naming that kind of
    /// transaction (`withh…`, `conver…`, `gift`, in any case): that footnote is the
    /// code's mark, flagged. In the bulk corpus, where one footnote names the kind, a
    /// footnoted F code carries it in 811 of 821 rows, C in 93 of 97, G in 45 of 45 (an
    /// A's "grant" or an M's "exercis…" is named as often by footnotes on other cells).
    /// So a J disposing of shares (D) and the one footnote naming a distribution
    /// (`distribut…`): 65 of 69 Table I rows. A footnote pointing to another (`the
    /// distributions described in footnote (1)`) names the kind second-hand and does
    /// not count.
    pub const CODE_MARK_NAMES_ITS_KIND: &str = "code-mark-names-its-kind";
    /// A value read without a footnote mark where the other rows of the same security
    /// that have a mark in that column have the same one (all but one in four at
    /// most): that mark, flagged. Superscript
    /// marks are the glyphs OCR garbles most (`Q)`, `o}`, `©`).
    pub const MARK_LIKE_ROWS: &str = "footnote-mark-of-like-rows";
    /// Rows of one security held indirectly read with one nature (`by Trust` down a
    /// run of sales): a row of that security held indirectly whose nature is illegible
    /// (`ane Se`, nothing) has that nature, flagged.
    pub const NATURE_LIKE_ROWS: &str = "nature-of-like-rows";
    /// Rows whose marks in a column count up by one from row to row (`(2)`, `(3)`, …: a
    /// weighted-average price footnoted per sale): a row without one between rows
    /// marked n and n + k, k rows apart, is marked by its place in the count, flagged;
    /// so is a row between rows marked n - 1 and n + 1 read with another mark, where no
    /// value refers to footnote n.
    pub const MARK_SEQUENCE: &str = "footnote-mark-in-sequence";
    /// Holdings of one security held indirectly, in a run of rows with one nature
    /// (`See Footnote`), differ by the footnote that names each holder: their natures'
    /// marks, all garbled but one, count from it by one row to row (three rows at
    /// least). In the bulk corpus, 231 of 296 such runs mark each row differently, 194
    /// counting up by one. Flagged.
    pub const NATURE_MARKS_OF_LIKE_HOLDINGS: &str = "nature-marks-of-like-holdings-in-sequence";
    /// Values of a table column showing garbled marks (`19,414 Q)`, `32,041 @`), or
    /// Table II cells printed as a mark alone read without its number (`@ — =`), two at
    /// least, where every mark read legibly in that column is one and the same and
    /// read on no more rows (on two rows at least in the price column, whose marks are
    /// often one per trade): that mark. Where the column has no legible mark, the only
    /// such column of the filing, the one footnote no value refers to once the other
    /// rules have placed theirs; so too for empty conversion prices beside empty dates,
    /// where no conversion price's mark was read (see `conversion_price_mark_left_over`);
    /// and where the filing's one value showing a garbled mark is an amount or price
    /// (`125 @`) that no other row of its kind has a value beside. Flagged.
    pub const MARK_LEFT_OVER: &str = "footnote-mark-left-over";
    /// A sale's or purchase's price (S, P) read with its mark garbled (`177.9685 ©)`),
    /// in a filing with one footnote, and one only, on a weighted average price: that
    /// footnote, flagged. In the bulk corpus, where one footnote speaks of a weighted
    /// average, 1,054 of 1,088 marked S and P prices are marked with it alone (25 with
    /// it and another, 9 otherwise).
    pub const PRICE_MARK_WEIGHTED_AVERAGE: &str = "price-mark-weighted-average";
    /// An amount a rule settled as the digits read less the last one or two, which a
    /// closing parenthesis follows (`89912)` settled as 8,991 by the holdings): those
    /// digits were its footnote mark, its opening parenthesis lost. So too without the
    /// parenthesis where another amount of the column has the same digits glued on
    /// (`2,4002)`, `7,0002`, `92112`). Flagged.
    pub const MARK_GLUED_TO_AMOUNT: &str = "mark-glued-to-amount";
    /// A footnote that opens `(Continued from footnote 2)` is marked wherever the
    /// footnote it continues is: a value marked with footnote 2 alone (the second mark
    /// lost or garbled, `(2)(3)` read `(2)@`) is marked with both. In the bulk corpus's
    /// 139 filings with such a footnote, 769 of 775 values marked with the footnote
    /// continued carry its continuation too.
    pub const CONTINUED_FOOTNOTE: &str = "continued-footnote-marked-with-its-first-part";
    /// Table II: the underlying amount of a transaction is its amount, and of a holding
    /// its amount owned, one for one in nearly every filing (39 of 40 transactions and
    /// all 22 holdings on `ocr-dev`): an underlying amount not read is taken from the
    /// amount, and a transaction's amount not read from the underlying one, flagged. (A
    /// holding may report the underlying amount without an amount owned.)
    pub const UNDERLYING_ONE_FOR_ONE: &str = "underlying-one-for-one";
    /// A code not read, where the other transactions of the table with the same
    /// acquired/disposed code have one code (or, with neither letter read, the other
    /// transactions of the same security, three at least), but for a misreading among
    /// many (one in four at most): that code, flagged.
    pub const CODE_NEIGHBOURS: &str = "code-of-like-rows";
    /// A Table I code read as a letter Table I never holds (`E`, `H`, `O`: codes of
    /// derivatives; `V`: the voluntary-report column's mark): of the bulk corpus's 27,793
    /// Table I codes, one is `E`, none `H`, `O` or `V`. The reading is set aside, for
    /// the codes of like rows or the price's footnote to settle; flagged.
    pub const CODE_NOT_OF_TABLE_1: &str = "code-not-of-table-1";
    /// A price read with more than four decimals: 4 of 35,401 prices in the bulk corpus
    /// have five, none more, while a superscript footnote mark OCR read as digits
    /// glued to the price (`$2,583.2742⁽¹⁶⁾` read `2,583.274209`) adds them. Cut to
    /// four decimals, flagged; the mark is left to the rules that infer marks.
    pub const MARK_READ_AS_DIGITS: &str = "mark-read-as-price-digits";
    /// A transaction code not read where the price's footnote is the weighted-average
    /// statement of open-market trades ("a weighted average price … purchased in multiple
    /// transactions at prices ranging from …"): purchased is P, sold is S, flagged; not
    /// where an (A)/(D) letter read says otherwise.
    pub const CODE_FROM_PRICE_NOTE: &str = "code-from-price-footnote";
    /// A transaction code not read, or not settled, where the row's twin in the other
    /// table (Table I acquired, Table II disposed, same date and amount) reads C, M or
    /// X: the same code, flagged (in the XML corpus, 166 of 168 such pairs share
    /// their code, C or M).
    pub const CODE_OF_TWIN: &str = "code-of-twin";
    /// A nature of ownership read without a mark that names a holder (`By The Founders
    /// Fund Growth, LP`: three words or more beside "By") found in one footnote's text
    /// and no other (letters and digits compared, case and punctuation aside), the
    /// holder an entity (`LP`, `LLC`, `Trust`, `Fund`…): that footnote is its mark,
    /// flagged. Footnotes on indirect holdings name the holder.
    pub const NATURE_NAMED_IN_NOTE: &str = "nature-named-in-footnote";
    /// A short nature of ownership (`by Trust`, `By Spouse`, `By IRA`: one or two words
    /// beside "By") read with debris after it where its mark was (`by Trust a i)`), whose
    /// words, as whole words, are in one footnote's text and no other: that footnote is
    /// its mark, flagged. In the bulk corpus, of short natures with a mark whose words
    /// one footnote alone contains, 2,394 of 2,402 are marked with that footnote alone.
    pub const NATURE_WORD_IN_NOTE: &str = "nature-word-in-footnote";
    /// A nature naming a holder read without an entity suffix where every footnote that
    /// writes the name puts one after it (`… Principals Fund` / `… Principals Fund, LP`):
    /// the name with that suffix, flagged. In the bulk corpus, of 1,205 natures whose
    /// footnote writes a suffix right after them, 1,200 carry it themselves.
    pub const NATURE_SUFFIX_IN_NOTE: &str = "nature-suffix-from-footnote";
    /// A nature of ownership that is a holder's name (with or without "By") whose
    /// letters and digits a footnote writes the same: the footnote's spelling, its
    /// commas and points (`Fund IV, L.P.` for `Fund IV LP`), which the table's small
    /// type loses and the footnote's body type keeps; flagged.
    pub const NATURE_SPELLED_IN_NOTE: &str = "nature-spelled-as-footnote";
    /// A nature of ownership naming an entity whose letters and digits no footnote
    /// writes, but one name in the footnotes is a glyph away (two in names of 24
    /// letters or more) and no other is as near (`Sequoia Capital USS. Venture
    /// 2010-Seed Fund, LP.`, `By Reinvent y Sponsor LLC`): that name as the footnote
    /// spells it, flagged. The name must keep the read's numbers, its roman numerals
    /// (`Fund III` is not `Fund II`) but for an `I` lost (`XI` read for `XII`: of the
    /// bulk corpus's 553 natures with a numeral, 2 name a fund beside the footnotes'
    /// one with an `I` more), and its entity suffix (`LP` is not `LLC`).
    pub const NATURE_NEAR_NOTE: &str = "nature-near-footnote-name";
    /// Table II: an underlying title that is no title of Table I but reads as exactly one
    /// of them with a word misread (two glyphs at most, three in long words; class
    /// letters and numbers exact) or words lost (`Class A Cotton Stock`, `Class A
    /// Stock`, `Common` for `Class A Common Stock`): that title, flagged; one not read
    /// at all, where Table I has one title, that title. What a derivative converts into
    /// is mostly the stock reported in Table I (94% of rows in the bulk corpus where
    /// Table I has one title).
    pub const UNDERLYING_OF_TABLE_1: &str = "underlying-title-of-table-1";
    /// A title cut short after `Common` (`Class B Common`, its last word lost at a cell's
    /// edge): the word that follows `Common` in the filing's other titles, else `Stock`
    /// (94% of titles with `Common` in the bulk corpus go on with `Stock`, 1.2% end
    /// there), flagged. So is a title that is another title of its table and column,
    /// read on more rows and on two at least, without its first words (`Option (right
    /// to buy)` beside `Stock Option (right to buy)`): that title.
    pub const TITLE_CUT_SHORT: &str = "title-cut-short";
    /// Table II: a conversion or exercise price read as a small whole number without the
    /// dollar sign the form prints before prices (`2` for `(2)`): the footnote mark the
    /// filer put in the blank price cell, flagged; the price left empty.
    pub const MARK_READ_AS_PRICE: &str = "mark-read-as-price";
    /// Table II: a row whose dates exercisable and of expiration are both left empty
    /// footnotes both (305 such rows of the XML corpus, none with one date marked
    /// alone), with the same marks in nine of ten, and an empty conversion price beside
    /// them too (all 282 such rows; the same marks as the dates in four of five): a mark
    /// read on one of them is given to those whose own was lost, flagged. (Conversion
    /// prices take the footnote left over instead, where there is one and no conversion
    /// price's mark was read: see `footnote-mark-left-over`.)
    pub const DATES_SHARE_MARK: &str = "empty-dates-share-their-mark";
    /// Table II: a row whose dates exercisable and of expiration are both empty, and
    /// whose marks on them and on the conversion price were all lost, takes for its
    /// expiration date the filing's one footnote that speaks of expiry ("has no
    /// expiration date", "expire"), flagged. In the bulk corpus every one of 7,286 such
    /// rows footnotes both dates, and where one footnote of the filing mentions expiry,
    /// the expiration date carries it in 1,192 of 1,370 rows (the exercise date only in
    /// 809: it often has a vesting footnote of its own, so it is left alone, unless the
    /// footnote is on a conversion right, "convertible" or "at any time": then it marks
    /// the exercise date in 393 of 477 rows and the empty conversion price in 252 of 299).
    /// Where several footnotes speak of expiry, the one alone naming the row's security
    /// (87 of 95 such rows in the bulk corpus).
    pub const EXPIRATION_MARK_NOTE: &str = "expiration-mark-from-footnote";
}

/// The acquired/disposed code a transaction code implies, where it implies one.
pub fn implied_ad(code: &str, derivative: bool) -> Option<&'static str> {
    Some(match (code, derivative) {
        ("P", _) => "A",
        ("S" | "F" | "D", _) => "D",
        ("M" | "X" | "C" | "L", false) => "A",
        ("M" | "X" | "C" | "E" | "H" | "O", true) => "D",
        ("A", _) => "A",
        _ => return None,
    })
}

/// Applies the rules; returns the repairs made.
pub fn repair(rows: &mut [RowRead], header: &mut HeaderRead) -> Vec<Repair> {
    let mut log = Vec::new();
    misaligned_rows(rows);
    titles(rows, &mut log);
    natures(rows, &mut log);
    specks_in_text_cells(rows);
    marks_read_as_prices(rows, &mut log);
    price_points(rows, &mut log);
    price_decimals(rows, &mut log);
    footnote_prices(header, &mut log);
    company(header, &mut log);
    symbol_bracket_read_as_letter(header, &mut log);
    roman_numerals_in_names(header, &mut log);
    street_misreadings(header, &mut log);
    names_with_specks_or_stutters(header, &mut log);
    numeral_one_beside_two(header);
    suffix_read_twice(header, &mut log);
    issuer_name_as_written_elsewhere(header, &mut log);
    plausible_values(rows, header);
    broken_dates(rows, header, &mut log);
    price_ranges(rows, header, &mut log);
    prices_among_neighbours(rows, &mut log);
    prices_read_as_amounts(rows, &mut log);
    exercise_prices_among_neighbours(rows);
    bare_title_marks(rows, &mut log);
    twins(rows, &mut log);
    exercise_prices_that_lost_their_point(rows, &mut log);
    roll_forward(rows, &mut log);
    marks_glued_to_amounts(rows, &mut log);
    footnote_totals(rows, header, &mut log);
    consensus(rows, &mut log);
    find_rows_in_doubt(rows);
    calibrate(rows);
    // After calibration: a value copied across is no second reading.
    underlying_one_for_one(rows, &mut log);
    form_of_holding_rolled_forward(rows, &mut log);
    nature_implies_indirect(rows, &mut log);
    codes_table_1_never_holds(rows, &mut log);
    code_of_twin(rows, &mut log);
    code_against_its_letter(rows, &mut log);
    code_from_price_footnote(rows, header, &mut log);
    code_from_neighbours(rows, &mut log);
    code_ad(rows, &mut log);
    disposed_below_amount(rows, &mut log);
    date_of_a_one_day_filing(rows, header, &mut log);
    earliest_date(rows, header, &mut log);
    signature_year_completed(rows, header, &mut log);
    period_before_signature(header, &mut log);
    natures_named_in_footnotes(rows, header, &mut log);
    nature_word_in_one_footnote(rows, header, &mut log);
    let conversion_prices = dates_share_their_mark(rows, &mut log);
    expiration_mark_from_footnote(rows, header, &mut log);
    code_marks_of_their_kind(rows, header, &mut log);
    nature_of_like_rows(rows, &mut log);
    marks_of_like_rows(rows, &mut log);
    marks_in_sequence(rows, &mut log);
    natures_of_like_holdings_in_sequence(rows, header.footnotes.len(), &mut log);
    mark_left_over(rows, header, &mut log);
    price_mark_weighted_average(rows, header, &mut log);
    conversion_price_mark_left_over(rows, header, &conversion_prices, &mut log);
    continued_footnotes(rows, header, &mut log);
    footnote_marks(rows);
    flag_rows_in_doubt(rows);
    nature_in_doubt_with_its_form(rows);
    deemed_dates_beside_others(rows);
    log
}

/// A transaction with no deemed execution date read in a table where another
/// transaction has one: whether it was printed is not settled (reported unread, or
/// flagged where something was read). In the bulk corpus's tables of two transactions
/// or more, 27 print a deemed date on every row, 6 on some rows only (10 rows without),
/// 7,834 on none: beside a deemed date read, a row's lost one is the likelier reading.
fn deemed_dates_beside_others(rows: &mut [RowRead]) {
    for derivative in [false, true] {
        let transaction = |r: &RowRead| r.derivative == derivative && !r.holding;
        if !rows.iter().filter(|r| transaction(r)).any(|r| r.value(Col::Deemed).date().is_some()) {
            continue;
        }
        for row in rows.iter_mut().filter(|r| transaction(r)) {
            let f = row.fields.entry(Col::Deemed).or_insert_with(FieldVal::unread);
            if f.value == Value::None {
                f.conf = f.conf.min(UNCERTAIN_AT - 4);
            }
        }
    }
}

/// A row none of whose numbers or dates reads as the form prints one is itself in
/// doubt: OCR made it of noise, of a column label (`Code`, `Date`, `Amount`) or of a
/// row printed out of its place as often as it read a real row whose figures are all
/// garbled. Its title, ownership form, code and nature are then no surer than the
/// figures, whatever their own reading looked like. (Every row of either table states
/// at least one figure: an amount owned, a date, an amount or a price.) Judged on the
/// readings themselves, before `calibrate` flags every amount read only once.
fn find_rows_in_doubt(rows: &mut [RowRead]) {
    const FIGURES: [Col; 8] = [Col::Date, Col::Shares, Col::Price, Col::Owned, Col::Conv, Col::ExDate, Col::ExpDate, Col::UndShares];
    // (A holding's transaction cells are blank on the form: one read with words there
    // is more likely a transaction whose date and code were lost.)
    // (A Table I transaction read with no date, amount or price, a letter of noise in
    // its code cell, may be a holding: the row's kind is in doubt.)
    for row in rows.iter_mut() {
        let read = |c: Col| row.get(c).is_some_and(|f| f.value != Value::None);
        let bare_transaction = !row.derivative && !row.holding && ![Col::Date, Col::Shares, Col::Price].into_iter().any(read);
        row.in_doubt = bare_transaction || row.words_before_owned || !FIGURES.iter().any(|c| row.get(*c).is_some_and(|f| f.value != Value::None && (!f.uncertain() || grouped_in_read(f))));
    }
}

/// Whether an amount of a thousand or more is read with its thousands commas where the
/// form prints them (`20,823,993)`, `9,274.4) -`: the number as printed, a garbled mark
/// after it): the figure itself was legible, whatever debris was cut from around it.
fn grouped_in_read(f: &FieldVal) -> bool {
    let Some(n) = f.value.num().filter(|n| *n >= Decimal::ONE_THOUSAND) else { return false };
    // Each run of digits, commas and points in the read: grouped as printed, and the number.
    f.read.as_bytes().split(|b| !(b.is_ascii_digit() || *b == b',' || *b == b'.')).any(|run| {
        let (whole, fraction) = match run.iter().position(|b| *b == b'.') {
            Some(at) => (&run[..at], &run[at + 1..]),
            None => (run, &run[..0]),
        };
        let mut groups = whole.split(|b| *b == b',');
        let first = groups.next().unwrap_or_default();
        let grouped = (1..=3).contains(&first.len()) && groups.clone().count() >= 1 && groups.all(|g| g.len() == 3) && fraction.iter().all(u8::is_ascii_digit);
        let mantissa = whole.iter().chain(fraction).filter(|b| b.is_ascii_digit()).try_fold(0i64, |acc, b| acc.checked_mul(10)?.checked_add(i64::from(b - b'0')));
        grouped && mantissa.and_then(|m| Decimal::try_new(m, fraction.len() as u32).ok()) == Some(n)
    })
}

/// A row read without a nature whose ownership form is in doubt (not read, or read
/// among misaligned cells): that no nature was printed is no surer than the `D` it
/// follows from, so the nature is reported unread.
fn nature_in_doubt_with_its_form(rows: &mut [RowRead]) {
    for row in rows.iter_mut() {
        if !row.fields.contains_key(&Col::Nature) && row.get(Col::DirInd).is_none_or(FieldVal::uncertain) {
            row.fields.insert(Col::Nature, FieldVal::unread());
        }
    }
}

/// Flags every field of a row in doubt (see [`find_rows_in_doubt`]), after the rules
/// that may have set some of them from other rows.
fn flag_rows_in_doubt(rows: &mut [RowRead]) {
    const LETTERS: [Col; 4] = [Col::Code, Col::V, Col::AcqDisp, Col::DirInd];
    for row in rows.iter_mut() {
        // Whether every value of the row but those in `left_out` is uncertain (three at least).
        let uncertain_but = |left_out: &dyn Fn(Col) -> bool| {
            let mut rest = row.fields.iter().filter(|(c, f)| !left_out(**c) && f.value != Value::None);
            rest.clone().count() >= 3 && rest.all(|(_, f)| f.uncertain())
        };
        // A row whose every value but its one-letter ones is uncertain: a letter, one glyph
        // read among misread cells (or out of noise), is no surer. Likewise the title, read
        // the same on every row of the table: where every other value is uncertain, the
        // row itself may be a made-up one. And both, where the amounts, dates and words
        // are all uncertain.
        let letters_alone = uncertain_but(&|c| LETTERS.contains(&c));
        let title_alone = uncertain_but(&|c| c == Col::Title);
        let both_alone = uncertain_but(&|c| c == Col::Title || LETTERS.contains(&c));
        let all_uncertain = uncertain_but(&|_| false);
        if !(row.in_doubt || letters_alone || title_alone || both_alone) {
            continue;
        }
        for (col, f) in row.fields.iter_mut() {
            let letter = LETTERS.contains(col);
            let title = *col == Col::Title;
            if row.in_doubt || ((letters_alone || both_alone) && letter) || ((title_alone || both_alone) && title) {
                f.conf = f.conf.min(UNCERTAIN_AT - 4);
            }
        }
        // Nothing of such a row is sure, nor that a transaction's deemed execution date,
        // read nowhere, was not printed (`11/03/2002 beat` among the debris).
        if (row.in_doubt || all_uncertain) && !row.holding {
            row.fields.entry(Col::Deemed).or_insert_with(FieldVal::unread);
        }
    }
}

/// See [`rule::CODE_MARK_TRADING_PLAN`] and [`rule::CODE_MARK_NAMES_ITS_KIND`].
fn code_marks_of_their_kind(rows: &mut [RowRead], header: &HeaderRead, log: &mut Vec<Repair>) {
    // (A plan is named in capitals too, `RULE 10B5-1 TRADING PLAN`, or with the rule's
    // number misread, `Rule 105-1 trading plan`.)
    // (codes, words, the A/D the row must show if any, rule.)
    let kinds: [(&str, &[&str], Option<&str>, &str); 5] = [
        ("SPM", &["10b5-1", "trading plan"], None, rule::CODE_MARK_TRADING_PLAN),
        ("F", &["withh"], None, rule::CODE_MARK_NAMES_ITS_KIND),
        ("C", &["conver"], None, rule::CODE_MARK_NAMES_ITS_KIND),
        ("G", &["gift"], None, rule::CODE_MARK_NAMES_ITS_KIND),
        // A fund's distribution in kind disposes of the shares; the partners' receipt of
        // them (an A) has a footnote of its own.
        ("J", &["distribut"], Some("D"), rule::CODE_MARK_NAMES_ITS_KIND),
    ];
    // (Only a code read with its letter and something after it can show a mark.)
    if !rows.iter().any(|r| !r.holding && r.get(Col::Code).is_some_and(|f| f.notes.is_empty() && f.read.trim().chars().nth(1).is_some())) {
        return;
    }
    let lower: Vec<(&String, String)> = header.footnotes.iter().filter_map(|(id, n)| Some((id, n.value.text()?.to_ascii_lowercase()))).collect();
    for (codes, words, ad, rule) in kinds {
        // (A footnote pointing to another, `the distributions described in footnote (1)`,
        // names the kind second-hand.)
        let mut named = lower.iter().filter(|(_, t)| words.iter().any(|w| t.contains(w)) && !t.contains("footnote"));
        let (Some((id, _)), None) = (named.next(), named.next()) else { continue };
        for row in rows.iter_mut().filter(|r| !r.holding) {
            let Some(f) = row.get(Col::Code) else { continue };
            let (Value::Text(code), true) = (&f.value, f.notes.is_empty()) else { continue };
            if code.len() != 1 || !codes.contains(code.as_str()) || ad.is_some_and(|ad| row.value(Col::AcqDisp).text() != Some(ad)) {
                continue;
            }
            // What follows the code's letter as read: the letter again (`Ss`) is the
            // letter read twice and a rule's stroke (`D_`, `S|`) is the cell's border; a
            // letter, a digit, a parenthesis or a symbol OCR makes of a small `(1)` is a
            // mark.
            let Some(first) = f.read.trim().chars().next() else { continue };
            let after = f.read.trim()[first.len_utf8()..].trim();
            let mark_glyph = |c: char| (c.is_alphanumeric() && !c.eq_ignore_ascii_case(&first)) || c == ')' || crate::text::is_mark_glyph(c);
            let garbled = first.eq_ignore_ascii_case(&code.chars().next().unwrap_or(' ')) && after.chars().any(mark_glyph);
            if garbled {
                infer_marks(row, Col::Code, vec![id.to_string()], rule, log);
            }
        }
    }
}

/// A Table II cell left empty: no value read, nor digits enough for one.
fn empty_cell(f: Option<&FieldVal>) -> bool {
    f.is_none_or(|f| f.value == Value::None && f.read.chars().filter(char::is_ascii_digit).count() <= 2)
}

/// See [`rule::EXPIRATION_MARK_NOTE`].
fn expiration_mark_from_footnote(rows: &mut [RowRead], header: &HeaderRead, log: &mut Vec<Repair>) {
    let wanted = |r: &RowRead| {
        r.derivative && empty_cell(r.get(Col::ExDate)) && empty_cell(r.get(Col::ExpDate)) && [Col::ExDate, Col::ExpDate, Col::Conv].iter().all(|c| r.get(*c).is_none_or(|f| f.notes.is_empty()))
    };
    if !rows.iter().any(wanted) {
        return;
    }
    // (id, text, text in lower case: for the rows to look for their titles in.)
    let expiring: Vec<(&String, &str, String)> =
        header.footnotes.iter().filter_map(|(id, n)| Some((id, n.value.text()?))).filter(|(_, t)| crate::has_any(t, &["expir", "Expir", "EXPIR"])).map(|(id, t)| (id, t, t.to_lowercase())).collect();
    if expiring.is_empty() {
        return;
    }
    for row in rows.iter_mut().filter(|r| wanted(r)) {
        // Several footnotes on expiry: the one that names the row's security (`Class B
        // Common Stock`, `restricted stock unit`), if one alone does (bulk: 87 of 95
        // rows so marked).
        let (id, text, _) = match expiring.as_slice() {
            [one] => one,
            several => {
                let Some(title) = row.value(Col::Title).text().map(|t| t.to_lowercase()) else { continue };
                let key = title.trim().trim_end_matches('s');
                let mut naming = several.iter().filter(|(_, _, lower)| !key.is_empty() && lower.contains(key));
                let (Some(one), None) = (naming.next(), naming.next()) else { continue };
                one
            }
        };
        // A footnote on a conversion right ("convertible at any time … no expiration
        // date") explains the other empty cells as well.
        let conversion = crate::has_any(text, &["convertible", "Convertible", "at any time"]);
        let cols: &[Col] = match (conversion, empty_cell(row.get(Col::Conv))) {
            (true, true) => &[Col::ExpDate, Col::ExDate, Col::Conv],
            (true, false) => &[Col::ExpDate, Col::ExDate],
            (false, _) => &[Col::ExpDate],
        };
        for &col in cols {
            row.fields.entry(col).or_insert_with(|| FieldVal::read(Value::None, String::new(), CLEAN));
            infer_marks(row, col, vec![id.to_string()], rule::EXPIRATION_MARK_NOTE, log);
        }
    }
}

/// See [`rule::DATES_SHARE_MARK`]. Returns the rows whose empty conversion price took
/// the dates' marks, for [`conversion_price_mark_left_over`].
fn dates_share_their_mark(rows: &mut [RowRead], log: &mut Vec<Repair>) -> Vec<usize> {
    let mut conversion_prices = Vec::new();
    // (A mark read on a conversion price: the column's marks were legible, none lost.)
    let conversion_mark_read = rows.iter().any(|r| r.derivative && r.get(Col::Conv).is_some_and(|f| !f.notes.is_empty()));
    for (i, row) in rows.iter_mut().enumerate().filter(|(_, r)| r.derivative) {
        if !(empty_cell(row.get(Col::ExDate)) && empty_cell(row.get(Col::ExpDate))) {
            continue;
        }
        // An empty conversion price beside them is footnoted too (all 282 such rows).
        let cols: &[Col] = if empty_cell(row.get(Col::Conv)) { &[Col::ExDate, Col::ExpDate, Col::Conv] } else { &[Col::ExDate, Col::ExpDate] };
        let read: Vec<Vec<String>> = cols.iter().map(|&c| row.get(c).map(|f| f.notes.clone()).unwrap_or_default()).collect();
        let Some(found) = read.iter().find(|m| !m.is_empty()).cloned() else { continue };
        for (&to, marks) in cols.iter().zip(&read) {
            if marks.is_empty() {
                row.fields.entry(to).or_insert_with(|| FieldVal::read(Value::None, String::new(), CLEAN));
                infer_marks(row, to, found.clone(), rule::DATES_SHARE_MARK, log);
                if to == Col::Conv && !conversion_mark_read {
                    conversion_prices.push(i);
                }
            }
        }
    }
    conversion_prices
}

/// The empty conversion prices of a filing that took their dates' marks (see
/// [`dates_share_their_mark`]), where no conversion price's mark was read, take
/// instead the one footnote no value refers to, once every other rule has placed its
/// marks, flagged (`footnote-mark-left-over`). In the bulk corpus, of 3,515 such
/// prices whose marks differ from their dates', 1,257 have the one footnote nothing
/// else refers to and 8 another; of 2,264 marked as their dates, none leaves a
/// footnote over.
fn conversion_price_mark_left_over(rows: &mut [RowRead], header: &HeaderRead, conversion_prices: &[usize], log: &mut Vec<Repair>) {
    if conversion_prices.is_empty() {
        return;
    }
    let left = footnotes_left_over(rows, header);
    let [left] = left.as_slice() else { return };
    for &i in conversion_prices {
        // (The dates' marks it took are replaced.)
        if let Some(f) = rows[i].fields.get_mut(&Col::Conv) {
            f.notes.clear();
        }
        infer_marks(&mut rows[i], Col::Conv, vec![left.clone()], rule::MARK_LEFT_OVER, log);
    }
}

/// The footnotes no value of the tables refers to.
fn footnotes_left_over(rows: &[RowRead], header: &HeaderRead) -> Vec<String> {
    if header.footnotes.is_empty() {
        return Vec::new();
    }
    let referenced: std::collections::BTreeSet<&String> = crate::rows::referenced_footnotes(rows).collect();
    header.footnotes.iter().map(|(id, _)| id).filter(|id| !referenced.contains(id)).cloned().collect()
}

/// The reading most rows have, if it outnumbers the others three to one (a misreading
/// among many does not block it) and at least `least` rows have it.
fn dominant<T: PartialEq + Clone>(readings: &[T], least: usize) -> Option<T> {
    let top = readings.iter().max_by_key(|r| readings.iter().filter(|s| s == r).count())?;
    let n = readings.iter().filter(|s| *s == top).count();
    (n >= least && n >= 3 * (readings.len() - n)).then(|| top.clone())
}

/// Gives the field at `col` of `row` the footnote marks a rule inferred, if it has none
/// read: flagged, since they were not read, and logged.
fn infer_marks(row: &mut RowRead, col: Col, marks: Vec<String>, rule: &str, log: &mut Vec<Repair>) {
    let path = format!("{}.footnoteId", row.field_path(col));
    if let Some(f) = row.fields.get_mut(&col).filter(|f| f.notes.is_empty()) {
        record(log, path, &f.read, &Value::Text(marks.join(",")), rule);
        f.notes = marks;
        f.notes_conf = Some(UNCERTAIN_AT - 4);
    }
}

/// The number of a footnote id (`F12` → 12).
fn footnote_number(id: &str) -> Option<u32> {
    id.strip_prefix('F')?.parse().ok()
}

/// See [`rule::UNDERLYING_ONE_FOR_ONE`].
fn underlying_one_for_one(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    for row in rows.iter_mut().filter(|r| r.derivative) {
        let amount = if row.holding { Col::Owned } else { Col::Shares };
        let (a, u) = (row.value(amount).num(), row.value(Col::UndShares).num());
        match (a, u) {
            (Some(a), None) => choose(row, Col::UndShares, Value::Num(a), UNCERTAIN_AT - 4, rule::UNDERLYING_ONE_FOR_ONE, log),
            // A holding may report the underlying amount alone.
            (None, Some(u)) if !row.holding => choose(row, amount, Value::Num(u), UNCERTAIN_AT - 4, rule::UNDERLYING_ONE_FOR_ONE, log),
            _ => {}
        }
    }
}

/// See [`rule::MARK_SEQUENCE`].
fn marks_in_sequence(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    let mark_number = |f: &FieldVal| -> Option<u32> {
        match f.notes.as_slice() {
            [one] => footnote_number(one),
            _ => None,
        }
    };
    for (derivative, holding) in [(false, false), (false, true), (true, false), (true, true)] {
        let idx: Vec<usize> = (0..rows.len()).filter(|&i| rows[i].derivative == derivative && rows[i].holding == holding).collect();
        let cols: Vec<Col> = idx.iter().flat_map(|&i| rows[i].fields.keys().copied()).collect::<std::collections::BTreeSet<_>>().into_iter().collect();
        for col in cols {
            // (position among the rows, mark number) of the rows marked once.
            let marked: Vec<(usize, u32)> = idx.iter().enumerate().filter_map(|(k, &i)| rows[i].get(col).and_then(mark_number).map(|n| (k, n))).collect();
            // A mark misread between its neighbours' (`(4)`, `(9)`, `(6)` on three rows in
            // turn) is the one between, where no value refers to that footnote.
            for w in marked.windows(3) {
                let ((p, a), (k, m), (n, b)) = (w[0], w[1], w[2]);
                let between = a + 1;
                if k != p + 1 || n != k + 1 || b != a + 2 || m == between {
                    continue;
                }
                let id = format!("F{between}");
                if crate::rows::referenced_footnotes(rows).any(|n| *n == id) {
                    continue;
                }
                let i = idx[k];
                rows[i].fields.get_mut(&col).expect("marked").notes.clear();
                infer_marks(&mut rows[i], col, vec![id], rule::MARK_SEQUENCE, log);
            }
            for w in marked.windows(2) {
                let ((p, a), (n, b)) = (w[0], w[1]);
                if n - p < 2 || b <= a || (b - a) as usize != n - p {
                    continue;
                }
                for (step, &i) in idx[p + 1..n].iter().enumerate() {
                    if rows[i].value(col) != &Value::None {
                        infer_marks(&mut rows[i], col, vec![format!("F{}", a as usize + step + 1)], rule::MARK_SEQUENCE, log);
                    }
                }
            }
        }
    }
}

/// See [`rule::CONTINUED_FOOTNOTE`].
fn continued_footnotes(rows: &mut [RowRead], header: &HeaderRead, log: &mut Vec<Repair>) {
    static CONTINUED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| regex::Regex::new(r"(?i)^\W{0,3}continued\s+from\s+(?:footnote|note)\s*\(?(\d{1,2})\)?").expect("static regex"));
    // (The footnote continued, its continuation.)
    let pairs: Vec<(String, &str)> = header
        .footnotes
        .iter()
        .filter_map(|(id, f)| {
            // (The regex is anchored at the text's start: it fails at once on the rest.)
            let first = format!("F{}", CONTINUED.captures(f.value.text()?)?.get(1)?.as_str());
            (first != *id).then_some((first, id.as_str()))
        })
        .collect();
    if pairs.is_empty() {
        return;
    }
    for row in rows.iter_mut() {
        let cols: Vec<Col> = row.fields.keys().copied().collect();
        for col in cols {
            for (first, continuation) in &pairs {
                let Some(f) = row.fields.get(&col).filter(|f| f.notes.contains(first) && !f.notes.iter().any(|n| n == continuation)) else { continue };
                let (read, mut notes) = (f.read.clone(), f.notes.clone());
                notes.push((*continuation).to_string());
                record(log, format!("{}.footnoteId", row.field_path(col)), &read, &Value::Text(notes.join(",")), rule::CONTINUED_FOOTNOTE);
                let f = row.fields.get_mut(&col).expect("checked");
                f.notes_conf = Some(f.notes_conf.unwrap_or(f.conf).min(DERIVED));
                f.notes = notes;
            }
        }
    }
}

/// See [`rule::NATURE_MARKS_OF_LIKE_HOLDINGS`].
fn natures_of_like_holdings_in_sequence(rows: &mut [RowRead], footnotes: usize, log: &mut Vec<Repair>) {
    let like = |a: &RowRead, b: &RowRead| a.derivative == b.derivative && a.value(Col::Title) == b.value(Col::Title) && a.value(Col::Nature) == b.value(Col::Nature);
    let mut start = 0;
    while start < rows.len() {
        let first = &rows[start];
        let end =
            if first.holding && first.value(Col::Nature) != &Value::None { (start + 1..rows.len()).find(|&k| !(rows[k].holding && like(first, &rows[k]))).unwrap_or(rows.len()) } else { start + 1 };
        if end - start < 3 {
            start = end;
            continue;
        }
        // (Each row's nature: legible mark number, or garbled.)
        let marks: Vec<Option<Option<u32>>> = rows[start..end]
            .iter()
            .map(|r| {
                let f = r.get(Col::Nature)?;
                match f.notes.as_slice() {
                    [one] => Some(Some(footnote_number(one)?)),
                    [] if garbled_mark_after_value(f) => Some(None),
                    _ => None,
                }
            })
            .collect();
        let legible: Vec<(usize, u32)> = marks.iter().enumerate().filter_map(|(k, m)| m.flatten().map(|n| (k, n))).collect();
        if let ([(at, n)], true) = (legible.as_slice(), marks.iter().all(Option::is_some)) {
            for k in (0..marks.len()).filter(|k| k != at) {
                let number = i64::from(*n) + k as i64 - *at as i64;
                if (1..=footnotes as i64).contains(&number) {
                    infer_marks(&mut rows[start + k], Col::Nature, vec![format!("F{number}")], rule::NATURE_MARKS_OF_LIKE_HOLDINGS, log);
                }
            }
        }
        start = end;
    }
}

/// Whether a value read without a mark shows one OCR could not read: a short token of
/// mark glyphs after the value (or a closing parenthesis after a glyph or two that
/// are no word, `re)`; `LP)` closes a name).
fn garbled_mark_after_value(f: &FieldVal) -> bool {
    let mark_token = |t: &str| {
        let n = t.chars().count();
        let glyphs = n <= 3 && t.chars().any(|c| "@©®°)".contains(c)) && t.chars().all(|c| "()@©®°Q".contains(c));
        let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
        let lost_number = (2..=3).contains(&n) && t.ends_with(')') && !t.contains('(') && !(letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()));
        glyphs || lost_number
    };
    f.notes.is_empty() && f.value != Value::None && f.read.split(' ').skip(1).any(mark_token)
}

/// See [`rule::MARK_LEFT_OVER`].
fn mark_left_over(rows: &mut [RowRead], header: &HeaderRead, log: &mut Vec<Repair>) {
    // Columns whose marks are all garbled but for one mark read alike: (rows, the mark).
    type MarkedColumn = (Vec<(usize, Col)>, Option<Vec<String>>);
    let mut columns: Vec<MarkedColumn> = Vec::new();
    for (derivative, holding) in [(false, false), (false, true), (true, false), (true, true)] {
        let idx: Vec<usize> = (0..rows.len()).filter(|&i| rows[i].derivative == derivative && rows[i].holding == holding).collect();
        let cols: std::collections::BTreeSet<Col> = idx.iter().flat_map(|&i| rows[i].fields.keys().chain(&rows[i].marks_lost).copied()).collect();
        for col in cols {
            let fields = || idx.iter().filter_map(|&i| rows[i].get(col).map(|f| (i, f)));
            let mut legible: Vec<&Vec<String>> = fields().map(|(_, f)| &f.notes).filter(|n| !n.is_empty()).collect();
            legible.dedup();
            // (A cell holding nothing but a mark lost its number is marked too.)
            let marked: Vec<(usize, Col)> = idx.iter().filter(|&&i| rows[i].get(col).is_some_and(garbled_mark_after_value) || rows[i].marks_lost.contains(&col)).map(|&i| (i, col)).collect();
            match legible.as_slice() {
                [] if marked.len() >= 2 => columns.push((marked, None)),
                // (Prices are footnoted trade by trade as often as not: there the mark
                // must be read alike twice.)
                [one] if marked.len() >= 2 && (1 + usize::from(col == Col::Price)..=marked.len()).contains(&fields().filter(|(_, f)| !f.notes.is_empty()).count()) => {
                    columns.push((marked, Some((*one).clone())))
                }
                _ => {}
            }
        }
    }
    let mut infer = |row: &mut RowRead, col: Col, mark: Vec<String>| {
        row.fields.entry(col).or_insert_with(|| FieldVal::read(Value::None, String::new(), CLEAN));
        infer_marks(row, col, mark, rule::MARK_LEFT_OVER, log);
    };
    for (marked, mark) in &columns {
        if let Some(mark) = mark {
            for &(i, col) in marked {
                infer(&mut rows[i], col, mark.clone());
            }
        }
    }
    // A column with no legible mark at all, the only one: the footnote left over. So
    // too the one value of the filing showing a garbled mark, where no other does, an
    // amount or price (a text's or letter's trailing glyphs are as often specks).
    let unread: Vec<&Vec<(usize, Col)>> = columns.iter().filter(|(_, m)| m.is_none()).map(|(c, _)| c).collect();
    if unread.len() > 1 || (unread.is_empty() && !columns.is_empty()) {
        return;
    }
    let left = footnotes_left_over(rows, header);
    let [left] = left.as_slice() else { return };
    let lone: Vec<(usize, Col)>;
    let column = match unread.as_slice() {
        [column] => *column,
        _ => {
            // (Two marks garbled say no more: the search stops there.)
            let garbled = |i: usize| rows[i].fields.iter().filter(|(_, f)| garbled_mark_after_value(f)).map(move |(c, f)| (i, *c, f.value.num().is_some()));
            let marked: Vec<(usize, Col, bool)> = (0..rows.len()).flat_map(|i| rows[i].marks_lost.iter().map(move |c| (i, *c, false))).chain((0..rows.len()).flat_map(garbled)).take(2).collect();
            let [(i, col, true)] = marked.as_slice() else { return };
            // (Not where other rows of its kind have a value there: their marks, lost
            // without a trace, may be that one too.)
            let (i, col) = (*i, *col);
            if rows.iter().enumerate().any(|(k, r)| k != i && r.derivative == rows[i].derivative && r.holding == rows[i].holding && r.value(col) != &Value::None) {
                return;
            }
            lone = vec![(i, col)];
            &lone
        }
    };
    for &(i, col) in column.iter() {
        infer(&mut rows[i], col, vec![left.clone()]);
    }
}

/// See [`rule::PRICE_MARK_WEIGHTED_AVERAGE`].
fn price_mark_weighted_average(rows: &mut [RowRead], header: &HeaderRead, log: &mut Vec<Repair>) {
    // A mark OCR garbled after the price: a short token of mark glyphs (`©)`, `@`, `Q)`).
    let garbled_after =
        |f: &FieldVal| f.read.split(' ').skip(1).any(|t| t.chars().count() <= 3 && t.chars().any(|c| crate::text::is_mark_glyph(c) || c == ')') && !t.chars().any(|c| c.is_ascii_digit()));
    let lost = |r: &RowRead| {
        matches!(r.value(Col::Code).text(), Some("S" | "P"))
            && (r.marks_lost.contains(&Col::Price) || r.get(Col::Price).is_some_and(|f| f.notes.is_empty() && f.value != Value::None && garbled_after(f)))
    };
    if !rows.iter().any(|r| !r.derivative && lost(r)) {
        return;
    }
    let mut weighted = header
        .footnotes
        .iter()
        .filter(|(_, n)| n.value.text().is_some_and(|t| crate::has_any(t, &["weighted average", "Weighted average", "weighted-average", "Weighted Average", "WEIGHTED AVERAGE"])));
    let (Some((id, _)), None) = (weighted.next(), weighted.next()) else { return };
    for row in rows.iter_mut().filter(|r| !r.derivative) {
        if lost(row) && row.get(Col::Price).is_none_or(|f| f.notes.is_empty()) {
            row.fields.entry(Col::Price).or_insert_with(|| FieldVal::read(Value::None, String::new(), CLEAN));
            infer_marks(row, Col::Price, vec![id.clone()], rule::PRICE_MARK_WEIGHTED_AVERAGE, log);
        }
    }
}

/// See [`rule::MARK_LIKE_ROWS`].
fn marks_of_like_rows(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    use std::collections::BTreeMap;
    // (table, holding or transaction, title (and code, for the code column), column) →
    // the mark sets read there, the rows without one, and the rows whose mark set is in
    // doubt (a mark alone in a cell, `(8)` among `(6)`s, is often misread).
    type Like = (bool, bool, String, Col);
    type Seen = (Vec<Vec<String>>, Vec<usize>, Vec<(usize, Vec<String>)>);
    let mut seen: BTreeMap<Like, Seen> = BTreeMap::new();
    for (i, row) in rows.iter().enumerate() {
        let Some(title) = row.value(Col::Title).text().map(str::to_lowercase) else { continue };
        for (col, f) in &row.fields {
            // (A cell holding a mark alone counts for its marks.)
            if *col == Col::Title || (f.value == Value::None && f.notes.is_empty()) {
                continue;
            }
            // A code's mark explains that code (a sale's trading plan, a conversion): rows
            // are alike for it only when their codes are the same.
            let like = if *col == Col::Code { format!("{title}\u{0}{}", f.value.render()) } else { title.clone() };
            let entry = seen.entry((row.derivative, row.holding, like, *col)).or_default();
            if f.notes.is_empty() {
                entry.1.push(i);
            } else {
                let mut marks = f.notes.clone();
                marks.sort();
                marks.dedup();
                if f.notes_conf.is_some_and(|c| c < UNCERTAIN_AT) {
                    entry.2.push((i, marks.clone()));
                }
                entry.0.push(marks);
            }
        }
    }
    for ((_, _, _, col), (marks, without, in_doubt)) in seen {
        // The marks read agree, but for a misreading among many (one in four at most).
        let Some(common) = dominant(&marks, 2) else { continue };
        for i in without {
            infer_marks(&mut rows[i], col, common.clone(), rule::MARK_LIKE_ROWS, log);
        }
        // A mark in doubt that differs from the many is one of those misreadings. (Not
        // a nature's: each holder's nature has its own footnote, like rows or not.)
        for (i, _) in in_doubt.into_iter().filter(|(_, m)| *m != common && col != Col::Nature) {
            if let Some(f) = rows[i].fields.get_mut(&col) {
                f.notes.clear();
            }
            infer_marks(&mut rows[i], col, common.clone(), rule::MARK_LIKE_ROWS, log);
        }
    }
}

/// Footnote marks are the glyphs OCR loses most easily. Where most rows of a table
/// carry a mark in a column, a row without one probably lost it: its reading of
/// that column is not settled. Marks read twice on one value are one mark.
fn footnote_marks(rows: &mut [RowRead]) {
    for row in rows.iter_mut() {
        for f in row.fields.values_mut() {
            let mut seen = Vec::new();
            f.notes.retain(|n| {
                if seen.contains(n) {
                    false
                } else {
                    seen.push(n.clone());
                    true
                }
            });
        }
    }
    for derivative in [false, true] {
        let idx: Vec<usize> = (0..rows.len()).filter(|&i| rows[i].derivative == derivative).collect();
        if idx.len() < 3 {
            continue;
        }
        let cols: Vec<Col> = idx.iter().flat_map(|&i| rows[i].fields.keys().copied()).collect::<std::collections::BTreeSet<_>>().into_iter().collect();
        for col in cols {
            let with = idx.iter().filter(|&&i| rows[i].get(col).is_some_and(|f| !f.notes.is_empty())).count();
            if with >= 2 && with * 5 >= idx.len() * 2 {
                for &i in &idx {
                    if let Some(f) = rows[i].fields.get_mut(&col) {
                        if f.notes.is_empty() && f.value != Value::None {
                            f.conf = f.conf.min(UNCERTAIN_AT - 4);
                        }
                    }
                }
            }
        }
    }
}

/// What a single clean reading is worth, measured on `ocr-dev`: amounts, titles and
/// codes read once were wrong 7–30% of the time (mostly values that the table
/// finder put in a neighbouring row), dates and prices almost never. So an amount,
/// title or code is only reported as certain when a second reading or a rule of the
/// form confirmed it; otherwise it stays in the record, flagged.
fn calibrate(rows: &mut [RowRead]) {
    for row in rows.iter_mut() {
        // Two columns read apart that must agree and do: the amount and the underlying
        // amount of a one-for-one derivative.
        let shares = row.value(Col::Shares).num();
        let underlying = row.value(Col::UndShares).num();
        let exercise = matches!(row.value(Col::Code).text(), Some("M" | "X" | "C"));
        let agree = shares.is_some() && shares == underlying && !exercise && row.unplaced.is_empty();
        // Indirect ownership always names its nature; direct ownership has none.
        let indirect = row.value(Col::DirInd).text() == Some("I");
        let has_nature = row.value(Col::Nature).text().is_some_and(|t| !t.is_empty());
        if indirect != has_nature {
            if let Some(f) = row.fields.get_mut(&Col::DirInd) {
                f.conf = f.conf.min(UNCERTAIN_AT - 4);
            }
            if indirect {
                row.fields.entry(Col::Nature).or_insert_with(FieldVal::unread);
            }
        }
        for col in [Col::Shares, Col::Owned, Col::UndShares, Col::Title, Col::UndTitle, Col::Code, Col::AcqDisp] {
            if let Some(f) = row.fields.get_mut(&col) {
                if agree && matches!(col, Col::Shares | Col::UndShares) && f.conf >= crate::field::CLEAN {
                    f.conf = f.conf.max(CONFIRMED - 2);
                } else if f.conf > UNCERTAIN_AT && f.conf < CONFIRMED - 2 {
                    f.conf = UNCERTAIN_AT - 4;
                }
            }
        }
    }
}

fn record(log: &mut Vec<Repair>, field: String, read: &str, chosen: &Value, rule: &str) {
    log.push(Repair { field, read: read.to_string(), chosen: chosen.render(), rule: rule.to_string() });
}

/// The confidence a value a rule chose by inference keeps: the reading's own, at most
/// flagged.
fn flagged(row: &RowRead, col: Col) -> u8 {
    row.get(col).map_or(UNSURE, |f| f.conf).min(UNCERTAIN_AT - 4)
}

/// Replaces a field's value with one of its alternatives (or a derived value), logging it.
/// See [`rule::OWNED_BELOW_AMOUNT`].
fn disposed_below_amount(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    // (Not from figures none of which was read as printed: see `find_rows_in_doubt`.)
    for row in rows.iter_mut().filter(|r| !r.holding && !r.in_doubt && r.value(Col::AcqDisp) == &Value::None) {
        let (Some(amount), Some(owned)) = (row.value(Col::Shares).num(), row.value(Col::Owned).num()) else { continue };
        if owned < amount {
            choose(row, Col::AcqDisp, Value::Text("D".into()), UNCERTAIN_AT - 4, rule::OWNED_BELOW_AMOUNT, log);
        }
    }
}

/// See [`rule::SIGNATURE_YEAR`].
fn signature_year_completed(rows: &[RowRead], header: &mut HeaderRead, log: &mut Vec<Repair>) {
    static YEAR_CUT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| regex::Regex::new(r"^(\d{1,2})\s?/\s?(\d{1,2})\s?/\s?(\d{3})\D?$").expect("static regex"));
    let earliest = earliest_transaction(rows).or_else(|| header.period.as_ref().and_then(|p| p.value.date()));
    let Some(earliest) = earliest else { return };
    for (k, (_, date)) in header.signatures.iter_mut().enumerate() {
        let Some(c) = YEAR_CUT.captures(&date.read).filter(|_| date.value == Value::None) else { continue };
        let (Ok(month), Ok(day), Ok(decade)) = (c[1].parse::<u32>(), c[2].parse::<u32>(), c[3].parse::<i32>()) else { continue };
        let mut fits = (0..10).filter_map(|d| NaiveDate::from_ymd_opt(decade * 10 + d, month, day)).filter(|d| *d >= earliest && (*d - earliest).num_days() < 365);
        if let (Some(found), None) = (fits.next(), fits.next()) {
            log.push(Repair { field: format!("ownerSignature[{k}].signatureDate"), read: date.read.clone(), chosen: found.to_string(), rule: rule::SIGNATURE_YEAR.to_string() });
            date.value = Value::Date(found);
            date.conf = UNCERTAIN_AT - 4;
            date.missing = false;
        }
    }
}

/// See [`rule::PERIOD_BEFORE_SIGNATURE`].
fn period_before_signature(header: &mut HeaderRead, log: &mut Vec<Repair>) {
    let Some(signed) = header.signatures.iter().find_map(|(_, d)| d.value.date()) else { return };
    let Some(period) = header.period.as_mut().filter(|p| p.conf < CONFIRMED) else { return };
    let Some(read) = period.value.date() else { return };
    let days = (signed - read).num_days();
    if (-30..=730).contains(&days) {
        return;
    }
    period.conf = period.conf.min(UNCERTAIN_AT - 4);
    // (A period after its signature is as often the signature's year mistyped: only
    // flagged.)
    if days < 0 {
        return;
    }
    // (Each digit of the year read as each other one.)
    let year = read.year();
    let mut fits = [1, 10, 100, 1000]
        .into_iter()
        .flat_map(|place| (0..10).map(move |digit| year - (year / place % 10) * place + digit * place))
        .filter(|&y| y != year)
        .filter_map(|y| read.with_year(y))
        .filter(|d| (0..=365).contains(&(signed - *d).num_days()));
    if let (Some(found), None) = (fits.next(), fits.next()) {
        record(log, "periodOfReport".into(), &period.read, &Value::Date(found), rule::PERIOD_BEFORE_SIGNATURE);
        period.value = Value::Date(found);
    }
}

fn choose(row: &mut RowRead, col: Col, value: Value, conf: u8, rule: &str, log: &mut Vec<Repair>) {
    let path = row.field_path(col);
    let f = row.fields.entry(col).or_insert_with(FieldVal::missing);
    if f.value == value {
        f.conf = f.conf.max(conf);
        f.alts.clear();
        return;
    }
    let read = f.readings().find(|(v, _, _)| **v == value).map(|(_, r, _)| r.to_string()).unwrap_or_else(|| f.read.clone());
    let was = f.read.clone();
    record(log, path, &was, &value, rule);
    f.value = value;
    f.read = read;
    f.conf = conf;
    f.alts.clear();
    f.missing = false;
}

fn nums(f: Option<&FieldVal>) -> Vec<Decimal> {
    f.map(|f| f.readings().filter_map(|(v, _, _)| v.num()).collect()).unwrap_or_default()
}

/// A number that could have been read as `read`: equal, or one glyph apart as printed.
fn plausible(read: &FieldVal, truth: Decimal) -> bool {
    read.readings().any(|(v, r, _)| {
        let r = r.trim_matches(|c: char| !c.is_ascii_digit());
        let printed = grouped(truth);
        // One glyph off is only evidence in a number of some length: `1` is not `0`. A
        // point where the form prints a thousands comma is the comma misread (`13.808`).
        let point_for_comma = printed.contains(',') && !printed.contains('.') && r.contains('.');
        // Commas all lost are no glyph misread (`41352` is one glyph from 1,352).
        let commas_lost = printed.contains(',') && !r.contains([',', '.']);
        v.num() == Some(truth)
            || (r.len() >= 3
                && (one_glyph_apart(r, &printed) || (point_for_comma && one_glyph_apart(&r.replace('.', ","), &printed)) || (commas_lost && one_glyph_apart(r, &printed.replace(',', "")))))
    })
}

fn broken_dates(rows: &mut [RowRead], header: &HeaderRead, log: &mut Vec<Repair>) {
    let mut known: Vec<NaiveDate> = rows.iter().flat_map(|r| [Col::Date, Col::Deemed].into_iter().filter_map(|c| r.value(c).date())).collect();
    known.extend(header.period.as_ref().and_then(|p| p.value.date()));
    known.sort_unstable();
    known.dedup();
    for row in rows.iter_mut() {
        for col in [Col::Date, Col::Deemed, Col::ExDate, Col::ExpDate] {
            let Some(f) = row.fields.get(&col) else { continue };
            if f.value != Value::None || f.read.is_empty() || f.readings().any(|(v, _, _)| v.date().is_some()) {
                continue;
            }
            if let Some(d) = date_it_can_be(&f.read, &known) {
                choose(row, col, Value::Date(d), DERIVED - 10, rule::DATE_IN_FILING, log);
            }
        }
        // A transaction's date read with its slashes broken (`41312022` for `4/13/2022`)
        // reads as no date and fits no column: the one date of the filing it can be.
        if row.holding || row.get(Col::Date).is_some_and(|f| f.value != Value::None || !f.read.is_empty()) {
            continue;
        }
        let broken = |u: &String| u.len() >= 6 && u.chars().all(|c| c.is_ascii_digit() || matches!(c, '/' | '-' | '.'));
        let found: Vec<(usize, NaiveDate)> = row.unplaced.iter().enumerate().filter(|(_, u)| broken(u)).filter_map(|(i, u)| Some((i, date_it_can_be(u, &known)?))).collect();
        if let [(i, d)] = found.as_slice() {
            let read = row.unplaced.remove(*i);
            row.fields.insert(Col::Date, FieldVal::read(Value::None, read, UNSURE));
            choose(row, Col::Date, Value::Date(*d), DERIVED - 10, rule::DATE_IN_FILING, log);
        }
    }
}

/// The one date of `known` whose digits, as the form prints them (`04/13/2022`) or
/// without leading zeros (`4/13/2022`), are one glyph from the digits of `read`.
fn date_it_can_be(read: &str, known: &[NaiveDate]) -> Option<NaiveDate> {
    let digits: String = read.chars().filter(char::is_ascii_digit).collect();
    let fits: Vec<NaiveDate> = known.iter().copied().filter(|d| one_glyph_apart(&digits, &d.format("%m%d%Y").to_string()) || one_glyph_apart(&digits, &d.format("%-m%-d%Y").to_string())).collect();
    match fits.as_slice() {
        [d] => Some(*d),
        _ => None,
    }
}

/// Every transaction date a row's readings hold.
fn date_readings(row: &RowRead) -> Vec<NaiveDate> {
    row.get(Col::Date).map(|f| f.readings().filter_map(|(v, _, _)| v.date()).collect()).unwrap_or_default()
}

/// A Table I transaction as a Table II exercise's twin: its code, dates, amounts and
/// price as read, and its row.
type Table1Twin = (String, Vec<NaiveDate>, Vec<Decimal>, Value, usize);

fn twins(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    // (A Table I price read in doubt confirms no exercise price: two misreadings of
    // one font can agree.)
    let table1: Vec<Table1Twin> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.derivative && !r.holding)
        .map(|(i, r)| {
            let dates = date_readings(r);
            let price = if r.get(Col::Price).is_some_and(|f| !f.uncertain()) { r.value(Col::Price).clone() } else { Value::None };
            (r.value(Col::Code).render(), dates, nums(r.get(Col::Shares)), price, i)
        })
        .collect();
    // Table II's amounts as read, by row: a Table I amount one of them reads exactly is
    // that row's twin, not one glyph from another's (`687` beside exercises of 607 and 687).
    let table2: Vec<(usize, Vec<Decimal>)> = rows.iter().enumerate().filter(|(_, r)| r.derivative && !r.holding).map(|(i, r)| (i, nums(r.get(Col::Shares)))).collect();
    // Table I amounts that Table II read twice otherwise: (row, amount).
    let mut outvoted: Vec<(usize, Decimal)> = Vec::new();
    // Table I prices an exercise price read otherwise puts in doubt: rows.
    let mut price_in_doubt: Vec<usize> = Vec::new();
    // Table I prices not read surely that their exercise's price gives: (row, price).
    let mut price_of_exercise: Vec<(usize, Decimal)> = Vec::new();
    // Table II's exercise prices as read: (row, title, price).
    let conv_prices: Vec<(usize, String, Decimal)> =
        rows.iter().enumerate().filter(|(_, r)| r.derivative).filter_map(|(j, r)| Some((j, r.value(Col::Title).render(), r.value(Col::Conv).num()?))).collect();
    for (i, row) in rows.iter_mut().enumerate().filter(|(_, r)| r.derivative && !r.holding) {
        let code = row.value(Col::Code).render();
        if !matches!(code.as_str(), "M" | "X" | "C") {
            continue;
        }
        let dates = date_readings(row);
        let Some(shares) = row.get(Col::Shares).cloned() else { continue };
        let read_elsewhere = |n: &Decimal| !shares.readings().any(|(v, _, _)| v.num() == Some(*n)) && table2.iter().any(|(j, s)| *j != i && s.contains(n));
        let twins: Vec<&Table1Twin> =
            table1.iter().filter(|(c, d, s, _, _)| *c == code && d.iter().any(|x| dates.contains(x)) && s.iter().any(|n| plausible(&shares, *n) && !read_elsewhere(n))).collect();
        let [(_, _, t_shares, t_price, t_row)] = twins.as_slice() else { continue };
        let Some(&amount) = t_shares.iter().find(|n| plausible(&shares, **n) && !read_elsewhere(n)) else { continue };
        // The amount exercised read as the form prints it and the underlying amount read
        // alike, unlike Table I's one reading (`793` twice against `73`): Table I's was
        // misread. Both tables take Table II's amount, flagged. (Two mended readings
        // can agree on one misreading: the seed's `275 000` twice for 375,000.)
        let read_twice = shares.value.num().filter(|&n| n != amount && shares.read.trim() == grouped(n) && row.get(Col::UndShares).is_some_and(|u| u.value.num() == Some(n)));
        if let Some(n) = read_twice {
            outvoted.push((*t_row, n));
            for col in [Col::Shares, Col::UndShares] {
                if let Some(f) = row.fields.get_mut(&col) {
                    f.conf = f.conf.min(UNCERTAIN_AT - 4);
                }
            }
            continue;
        }
        // Three readings of one amount, each its own (`730,` and `735` in Table II, `739`
        // in Table I): none confirms another.
        let underlying = row.get(Col::UndShares).and_then(|u| u.value.num());
        let three_ways = shares.value.num().is_some_and(|n| n != amount) && underlying.is_some_and(|u| u != amount && Some(u) != shares.value.num());
        let conf = if three_ways { UNCERTAIN_AT - 4 } else { CONFIRMED };
        choose(row, Col::Shares, Value::Num(amount), conf, rule::TWIN, log);
        if let Some(u) = row.get(Col::UndShares).cloned() {
            if plausible(&u, amount) {
                choose(row, Col::UndShares, Value::Num(amount), conf, rule::TWIN, log);
            }
        }
        // The exercise price of an option is the Table I price of the exercise (a
        // conversion's Table I price is not a conversion price).
        if code == "C" {
            continue;
        }
        // Table I's price not read surely: the exercise price read surely gives it (in
        // the bulk corpus, 795 of 806 exercises priced a cent or more state their
        // price again in Table I; the rest state none or $0 there).
        if *t_price == Value::None {
            if let Some(c) = row.get(Col::Conv).filter(|f| !f.uncertain()).and_then(|f| f.value.num()).filter(|c| *c >= Decimal::new(1, 2)) {
                price_of_exercise.push((*t_row, c));
            }
        }
        if let (Value::Num(p), Some(conv)) = (t_price, row.get(Col::Conv).cloned()) {
            // An exercise price read so on another exercise of the same option (`$40.93`
            // twice) against Table I's one reading (`49.93`): either may be the misread
            // one. Both are flagged, each kept as read. (Against one reading each, the
            // seed's `$ 0.08` beside Table I's `$ 0.68`, Table I's is taken.)
            let read_alike = conv.value.num().filter(|c| c != p && !conv.uncertain()).is_some_and(|c| {
                let title = row.value(Col::Title).render();
                conv_prices.iter().any(|(j, t, q)| *j != i && *t == title && *q == c)
            });
            if read_alike {
                if let Some(f) = row.fields.get_mut(&Col::Conv) {
                    f.conf = f.conf.min(UNCERTAIN_AT - 4);
                }
                price_in_doubt.push(*t_row);
            } else if plausible(&conv, *p) {
                choose(row, Col::Conv, Value::Num(*p), CONFIRMED, rule::TWIN, log);
            }
        }
    }
    for (i, c) in price_of_exercise {
        // One glyph from what Table I read confirms it; read otherwise or not at all, the
        // exercise price is taken flagged (an exercise's Table I price can be $0).
        let conf = if rows[i].get(Col::Price).is_some_and(|f| plausible(f, c)) { DERIVED } else { UNCERTAIN_AT - 4 };
        choose(&mut rows[i], Col::Price, Value::Num(c), conf, rule::TWIN, log);
    }
    for i in price_in_doubt {
        if let Some(f) = rows[i].fields.get_mut(&Col::Price) {
            f.conf = f.conf.min(UNCERTAIN_AT - 4);
        }
    }
    for (i, n) in outvoted {
        choose(&mut rows[i], Col::Shares, Value::Num(n), UNCERTAIN_AT - 4, rule::TWIN, log);
    }
}

/// See [`rule::TITLE_MARK_READ_BARE`].
fn bare_title_marks(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    if !rows.iter().any(|r| r.title_mark_bare) {
        return;
    }
    let title = |r: &RowRead| r.value(Col::Title).render().to_lowercase();
    for i in 0..rows.len() {
        if !rows[i].title_mark_bare {
            continue;
        }
        let marks = rows[i].get(Col::Title).map(|f| f.notes.clone()).unwrap_or_default();
        let own = title(&rows[i]);
        let confirmed =
            rows.iter().any(|r| !r.title_mark_bare && r.derivative == rows[i].derivative && title(r) == own && r.get(Col::Title).is_some_and(|f| marks.iter().all(|m| f.notes.contains(m))));
        let path = format!("{}.footnoteId", rows[i].field_path(Col::Title));
        let Some(f) = rows[i].fields.get_mut(&Col::Title) else { continue };
        let read = marks.iter().map(|m| m.trim_start_matches('F')).collect::<Vec<_>>().join(" ");
        if confirmed {
            record(log, path, &read, &Value::Text(marks.join(",")), rule::TITLE_MARK_READ_BARE);
        } else {
            record(log, path, &read, &Value::None, rule::TITLE_MARK_READ_BARE);
            f.notes.clear();
        }
        // (Flagged either way: the reading left the marks' confidence flagged.)
    }
}

/// See [`rule::PRICE_READ_AS_AMOUNT`].
fn prices_read_as_amounts(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    let suspect = |r: &RowRead| open_market_trade(r) && r.value(Col::Price) == &Value::None && r.value(Col::Shares).num().is_some_and(|s| s.scale() > 0);
    if !rows.iter().any(suspect) {
        return;
    }
    for i in 0..rows.len() {
        if !suspect(&rows[i]) {
            continue;
        }
        let Some(median) = median_price(rows.iter().filter(|r| like_trades(&rows[i], r))) else { continue };
        let Some(amount) = rows[i].value(Col::Shares).num() else { continue };
        if amount < median * Decimal::new(75, 2) || amount > median * Decimal::new(125, 2) {
            continue;
        }
        let conf = flagged(&rows[i], Col::Shares);
        let read = rows[i].get(Col::Shares).map(|f| f.read.clone()).unwrap_or_default();
        let path = rows[i].field_path(Col::Price);
        record(log, path, &read, &Value::Num(amount), rule::PRICE_READ_AS_AMOUNT);
        rows[i].fields.insert(Col::Price, FieldVal::read(Value::Num(amount), read, conf));
        // (The amount's marks stay its own: read in its cell.)
        let mut unread = FieldVal::unread();
        unread.notes = rows[i].get(Col::Shares).map(|f| f.notes.clone()).unwrap_or_default();
        rows[i].fields.insert(Col::Shares, unread);
    }
}

/// See [`rule::EXERCISE_PRICE_POINT_LOST`].
fn exercise_prices_that_lost_their_point(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    let whole = |r: &RowRead| r.derivative && r.get(Col::Conv).is_some_and(|f| !f.read.contains('.') && f.value.num().is_some_and(|c| c.scale() == 0 && c >= Decimal::ONE_HUNDRED));
    if !rows.iter().any(whole) {
        return;
    }
    // Table I prices with cents, each with its digits as printed (read in doubt too: its
    // digits and the exercise price's agree, and the price taken is flagged).
    let prices: Vec<(Decimal, String)> = rows
        .iter()
        .filter(|r| !r.derivative)
        .filter_map(|r| r.value(Col::Price).num())
        .filter(|p| p.scale() > 0)
        .map(|p| (p, p.to_string().replace('.', "").trim_start_matches('0').to_string()))
        .collect();
    for row in rows.iter_mut().filter(|r| whole(r)) {
        let Some(read) = row.value(Col::Conv).num() else { continue };
        let digits = read.to_string();
        let mut alike = prices.iter().filter(|(_, d)| *d == digits).map(|(p, _)| *p);
        match (alike.next(), alike.next()) {
            (Some(price), None) => choose(row, Col::Conv, Value::Num(price), MENDED, rule::EXERCISE_PRICE_POINT_LOST, log),
            // (No price or two to tell its point by: as likely a point lost as a whole
            // price, it is flagged.)
            _ => {
                if let Some(f) = row.fields.get_mut(&Col::Conv) {
                    f.conf = f.conf.min(UNCERTAIN_AT - 4);
                }
            }
        }
    }
}

/// See [`rule::MARK_GLUED_TO_AMOUNT`].
fn marks_glued_to_amounts(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    // (row, column, footnote, whether a closing parenthesis followed the digits)
    let mut glued: Vec<(usize, Col, String, bool)> = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        for col in [Col::Shares, Col::Owned, Col::UndShares] {
            let Some(f) = row.get(col).filter(|f| f.notes.is_empty()) else { continue };
            let Some(v) = f.value.num().filter(|v| v.scale() == 0 && !v.is_zero()) else { continue };
            let read = f.read.trim_start_matches(|c: char| !c.is_ascii_digit());
            let run = &read[..read.find(|c: char| !(c.is_ascii_digit() || c == ',')).unwrap_or(read.len())];
            // (Most amounts are read with as many digits as their value: nothing glued.)
            let value_digits = std::iter::successors(Some(v.mantissa().unsigned_abs()), |m| (*m >= 10).then_some(m / 10)).count();
            if !(value_digits + 1..=value_digits + 2).contains(&run.bytes().filter(u8::is_ascii_digit).count()) {
                continue;
            }
            let digits: String = run.chars().filter(char::is_ascii_digit).collect();
            let value = v.to_string();
            let Some(mark) = digits.strip_prefix(value.as_str()).filter(|m| crate::text::mark_number(m) && !m.starts_with('0')) else { continue };
            let Some(id) = crate::text::footnote_id(mark) else { continue };
            glued.push((i, col, id, read[run.len()..].starts_with(')')));
        }
    }
    // Without the parenthesis, the digits are a mark where another amount of the column
    // has the same glued on (`2,4002)`, `7,0002`, `92112`: a speck read as a digit is
    // glued on alike seldom).
    for (i, col, id, closed) in &glued {
        if *closed || glued.iter().filter(|(_, c, m, _)| c == col && m == id).count() >= 2 {
            infer_marks(&mut rows[*i], *col, vec![id.clone()], rule::MARK_GLUED_TO_AMOUNT, log);
        }
    }
}

/// Rows of one security and ownership form, in order, roll forward.
fn roll_forward(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    let key = |r: &RowRead| (r.derivative, r.value(Col::Title).render().to_lowercase(), r.value(Col::DirInd).render(), r.value(Col::Nature).render().to_lowercase());
    let idx: Vec<usize> = (0..rows.len()).filter(|&i| !rows[i].derivative && !rows[i].holding).collect();
    for w in idx.windows(2) {
        let (p, i) = (w[0], w[1]);
        if key(&rows[p]) != key(&rows[i]) {
            continue;
        }
        let (prev, amount, owned) = (rows[p].value(Col::Owned).num(), rows[i].value(Col::Shares).num(), rows[i].value(Col::Owned).num());
        // An A/D read out of more than its letter (`ae`, `asp`: other cells' glyphs taken
        // for an A).
        let ad_beyond_letter = |f: &FieldVal| f.read.chars().filter(|c| c.is_alphabetic()).count() > 1;
        // The amount not read, its A/D read in doubt (`asp` in the amount's place,
        // taken for an A) or as the holdings say: the holdings before and after give
        // the amount, and the letter, flagged (a row lost between the two would also
        // explain them).
        if let (Some(a), None, Some(c), Some(f)) = (prev, amount, owned, rows[i].get(Col::AcqDisp).filter(|f| f.value != Value::None)) {
            let (b, ad) = if c > a { (c - a, "A") } else { (a - c, "D") };
            let in_doubt = f.uncertain() || ad_beyond_letter(f);
            let agrees = f.value.render() == ad;
            if a != c && (in_doubt || agrees) {
                choose(&mut rows[i], Col::Shares, Value::Num(b), UNCERTAIN_AT - 4, rule::ROLL_FORWARD, log);
                if !agrees {
                    choose(&mut rows[i], Col::AcqDisp, Value::Text(ad.into()), UNCERTAIN_AT - 4, rule::ROLL_FORWARD, log);
                }
                continue;
            }
        }
        // Such an A/D is as good as unread where the holdings before and after tell it.
        let holdings_read = prev.is_some() && owned.is_some();
        let ad_read = rows[i].get(Col::AcqDisp).filter(|f| !holdings_read || !ad_beyond_letter(f)).map(|f| f.value.render());
        let sign = match ad_read.as_deref().unwrap_or("") {
            "A" => Decimal::ONE,
            "D" => -Decimal::ONE,
            _ => {
                // A/D not read: the holdings before and after tell which it was.
                if let (Some(a), Some(b), Some(c)) = (prev, amount, owned) {
                    let ad = if a + b == c {
                        Some("A")
                    } else if a - b == c {
                        Some("D")
                    } else {
                        None
                    };
                    if let Some(ad) = ad.filter(|_| !b.is_zero()) {
                        choose(&mut rows[i], Col::AcqDisp, Value::Text(ad.into()), DERIVED, rule::ROLL_FORWARD, log);
                        for (r, col) in [(p, Col::Owned), (i, Col::Shares), (i, Col::Owned)] {
                            if let Some(f) = rows[r].fields.get_mut(&col) {
                                f.conf = f.conf.max(CONFIRMED);
                            }
                        }
                    } else if ad.is_none() && !b.is_zero() {
                        // Neither fits: an amount owned one glyph from exactly one of the
                        // two (`186,434` after 86,634 less 200) is that, with its letter,
                        // both flagged.
                        let owned_field = rows[i].get(Col::Owned);
                        let mut fit = [("A", a + b), ("D", a - b)].into_iter().filter(|(_, v)| *v >= Decimal::ZERO && owned_field.is_some_and(|f| plausible(f, *v)));
                        if let (Some((ad, v)), None) = (fit.next(), fit.next()) {
                            choose(&mut rows[i], Col::AcqDisp, Value::Text(ad.into()), UNCERTAIN_AT - 4, rule::ROLL_FORWARD, log);
                            choose(&mut rows[i], Col::Owned, Value::Num(v), UNCERTAIN_AT - 4, rule::ROLL_FORWARD, log);
                        }
                    }
                } else if let (Some(a), None, Some(c)) = (prev, amount, owned) {
                    // Neither the amount nor A/D read: the holdings before and after give
                    // both, flagged (a row lost between the two would also explain them),
                    // unless the row's code implies the other letter (a sale's holdings
                    // rising: one of them is misread, a price read as the amount owned).
                    let (b, ad) = if c > a { (c - a, "A") } else { (a - c, "D") };
                    let code_says_other = implied_ad(&rows[i].value(Col::Code).render(), false).is_some_and(|implied| implied != ad);
                    if a != c && !code_says_other {
                        choose(&mut rows[i], Col::Shares, Value::Num(b), UNCERTAIN_AT - 4, rule::ROLL_FORWARD, log);
                        choose(&mut rows[i], Col::AcqDisp, Value::Text(ad.into()), UNCERTAIN_AT - 4, rule::ROLL_FORWARD, log);
                    }
                }
                continue;
            }
        };
        let prev = nums(rows[p].get(Col::Owned));
        let amount = nums(rows[i].get(Col::Shares));
        let owned = nums(rows[i].get(Col::Owned));
        let mut fits: Vec<(Decimal, Decimal, Decimal)> = Vec::new();
        for a in &prev {
            for b in &amount {
                for c in &owned {
                    if *a + sign * *b == *c {
                        fits.push((*a, *b, *c));
                    }
                }
            }
        }
        if let Some(&(a, b, c)) = fits.first() {
            choose(&mut rows[p], Col::Owned, Value::Num(a), CONFIRMED, rule::ROLL_FORWARD, log);
            choose(&mut rows[i], Col::Shares, Value::Num(b), CONFIRMED, rule::ROLL_FORWARD, log);
            choose(&mut rows[i], Col::Owned, Value::Num(c), CONFIRMED, rule::ROLL_FORWARD, log);
            continue;
        }
        // One value misread: the other two fix it, if it is one glyph from what was read.
        if let ([a], [c]) = (prev.as_slice(), owned.as_slice()) {
            let b = (*c - *a) * sign;
            if b > Decimal::ZERO && rows[i].get(Col::Shares).is_some_and(|f| plausible(f, b)) {
                choose(&mut rows[i], Col::Shares, Value::Num(b), DERIVED, rule::ROLL_FORWARD, log);
                continue;
            }
            // The amount not read at all: the holdings give it, flagged (a row lost
            // between the two would also explain them).
            if b > Decimal::ZERO && amount.is_empty() {
                choose(&mut rows[i], Col::Shares, Value::Num(b), UNCERTAIN_AT - 4, rule::ROLL_FORWARD, log);
                continue;
            }
        }
        if let ([a], [b]) = (prev.as_slice(), amount.as_slice()) {
            let c = *a + sign * *b;
            if rows[i].get(Col::Owned).is_some_and(|f| plausible(f, c)) {
                choose(&mut rows[i], Col::Owned, Value::Num(c), DERIVED, rule::ROLL_FORWARD, log);
                continue;
            }
            // The amount owned after not read at all: the row before and the amount give
            // it, flagged (the next row confirms it when it rolls forward from it).
            if owned.is_empty() && c >= Decimal::ZERO {
                choose(&mut rows[i], Col::Owned, Value::Num(c), UNCERTAIN_AT - 4, rule::ROLL_FORWARD, log);
                continue;
            }
        }
        // The row before's amount owned not read at all: this row's amounts give it.
        if let ([], [b], [c]) = (prev.as_slice(), amount.as_slice(), owned.as_slice()) {
            let a = *c - sign * *b;
            if a >= Decimal::ZERO {
                choose(&mut rows[p], Col::Owned, Value::Num(a), UNCERTAIN_AT - 4, rule::ROLL_FORWARD, log);
                continue;
            }
        }
        // The rows do not roll forward and no single misreading explains it: a value
        // is misread or sits in the wrong row. Flag the amounts involved.
        for (r, col) in [(p, Col::Owned), (i, Col::Shares), (i, Col::Owned)] {
            if let Some(f) = rows[r].fields.get_mut(&col) {
                f.conf = f.conf.min(UNCERTAIN_AT - 10);
            }
        }
    }
}

fn footnote_totals(rows: &mut [RowRead], header: &HeaderRead, log: &mut Vec<Repair>) {
    static NUMBER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| regex::Regex::new(r"(?-u:\b)\d{1,3}(?:,\d{3})+(?-u:\b)|(?-u:\b)\d{4,}(?-u:\b)").expect("static regex"));
    let number = &*NUMBER;
    for (id, note) in &header.footnotes {
        let Value::Text(text) = &note.value else { continue };
        let parts: Vec<Decimal> = number.find_iter(text).filter_map(|m| m.as_str().replace(',', "").parse().ok()).collect();
        if parts.len() < 2 {
            continue;
        }
        let total: Decimal = parts.iter().sum();
        for row in rows.iter_mut() {
            for col in [Col::Shares, Col::Owned, Col::UndShares] {
                let Some(f) = row.fields.get(&col) else { continue };
                if f.notes.contains(id) && plausible(f, total) {
                    choose(row, col, Value::Num(total), CONFIRMED, rule::FOOTNOTE_TOTAL, log);
                }
            }
        }
    }
}

/// Readings still disagreeing: the clearly cleaner one wins; otherwise the field is uncertain.
fn consensus(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    for row in rows.iter_mut() {
        let cols: Vec<Col> = row.fields.iter().filter(|(_, f)| !f.alts.is_empty()).map(|(c, _)| *c).collect();
        for col in cols {
            let f = row.fields.get(&col).expect("field").clone();
            // A wrapped text read whole once and in part elsewhere: the whole reading wins.
            let texts: Vec<&str> = f.readings().filter_map(|(v, _, _)| v.text()).collect();
            if texts.len() == f.alts.len() + 1 {
                if let Some(whole) = texts.iter().find(|t| texts.iter().all(|o| t.contains(o))) {
                    let conf = f.conf.max(f.alts.iter().map(|a| a.2).max().unwrap_or(0));
                    choose(row, col, Value::Text((*whole).to_string()), conf, rule::CONSENSUS, log);
                    continue;
                }
            }
            let best = f.readings().max_by_key(|(_, _, c)| *c).map(|(v, _, c)| (v.clone(), c)).expect("a reading");
            let ties = f.readings().filter(|(v, _, c)| *c == best.1 && **v != best.0).count();
            if ties == 0 {
                choose(row, col, best.0, best.1.min(80), rule::CONSENSUS, log);
            } else {
                let e = row.fields.get_mut(&col).expect("field");
                e.conf = e.conf.min(UNCERTAIN_AT);
            }
        }
    }
}

fn code_ad(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    for row in rows.iter_mut().filter(|r| !r.holding) {
        let code = row.value(Col::Code).render();
        // E, H and O are codes of derivative transactions only.
        if !row.derivative && matches!(code.as_str(), "E" | "H" | "O") {
            if let Some(c) = row.fields.get_mut(&Col::Code) {
                c.conf = c.conf.min(UNCERTAIN_AT - 9);
            }
        }
        let Some(ad) = implied_ad(&code, row.derivative) else {
            if row.derivative {
                // Which of the (A) and (D) columns held the amount is lost in OCR.
                let f = row.fields.entry(Col::AcqDisp).or_insert_with(FieldVal::missing);
                f.conf = UNSURE;
            }
            continue;
        };
        let value = Value::Text(ad.to_string());
        let code_conf = row.get(Col::Code).map_or(0, |f| f.conf);
        match row.fields.get(&Col::AcqDisp) {
            Some(f) if f.value == value => {
                // The code and the A/D read apart agree: the A/D is confirmed. The code
                // is not raised by it: S and F, P and A imply the same A/D. (The code A
                // or D and its own letter as the A/D, each read in doubt, may be one
                // speck read twice in a row of noise, `a` and `a`: that confirms nothing.)
                let f = row.fields.get_mut(&Col::AcqDisp).expect("field");
                let same_speck = code == ad && f.uncertain() && code_conf <= UNCERTAIN_AT;
                f.conf = if same_speck { f.conf.max(code_conf) } else { f.conf.max(CONFIRMED) };
            }
            // A letter read uncertainly yields to a code read as surely or more; against a
            // code read less surely (`C2)` for `S(2)`) neither is settled.
            Some(f) if f.value == Value::None || (f.uncertain() && code_conf >= f.conf) || row.derivative => choose(row, Col::AcqDisp, value, code_conf.min(DERIVED), rule::CODE_AD, log),
            None => choose(row, Col::AcqDisp, value, code_conf.min(DERIVED), rule::CODE_AD, log),
            Some(_) => {
                // Read clean but against the code: one of the two is misread.
                for col in [Col::AcqDisp, Col::Code] {
                    if let Some(f) = row.fields.get_mut(&col) {
                        f.conf = f.conf.min(UNCERTAIN_AT);
                    }
                }
            }
        }
    }
}

/// The earliest transaction date read in the tables.
fn earliest_transaction(rows: &[RowRead]) -> Option<NaiveDate> {
    rows.iter().filter(|r| !r.holding).filter_map(|r| r.value(Col::Date).date()).min()
}

/// A Form 4's period is its earliest transaction's date. (A Form 5's is the issuer's
/// fiscal year end, after its transactions; a Form 3's the event's date.)
/// A transaction whose date was not read, in a filing whose other transactions (two
/// or more) and date of earliest transaction all read one date, was on that date too
/// (`date-of-a-one-day-filing`), flagged: in the bulk corpus, of 14,912 transactions
/// whose filing's every other transaction (two or more) and period are one date,
/// 14,448 (96.9%) are on it. (A page's rows whose date column OCR lost whole, the
/// rows after a page break, read no date at all.)
fn date_of_a_one_day_filing(rows: &mut [RowRead], header: &HeaderRead, log: &mut Vec<Repair>) {
    let Some(period) = header.period.as_ref().and_then(|p| p.value.date()) else { return };
    let dates: Vec<Option<NaiveDate>> = rows.iter().filter(|r| !r.holding).map(|r| r.value(Col::Date).date()).collect();
    let read = dates.iter().flatten().count();
    if read < 2 || read == dates.len() || dates.iter().flatten().any(|&d| d != period) {
        return;
    }
    for row in rows.iter_mut().filter(|r| !r.holding && r.value(Col::Date).date().is_none()) {
        choose(row, Col::Date, Value::Date(period), UNCERTAIN_AT - 4, rule::DATE_OF_ONE_DAY, log);
    }
}

fn earliest_date(rows: &[RowRead], header: &mut HeaderRead, log: &mut Vec<Repair>) {
    if header.form.is_some_and(|f| f != '4') {
        return;
    }
    let Some(min) = earliest_transaction(rows) else { return };
    let period = header.period.get_or_insert_with(FieldVal::missing);
    match period.value.date() {
        Some(d) if d == min => period.conf = CONFIRMED,
        // A date read in the box and another in the table: either may be the misread
        // one (`05/13/2024` in the box, the table's 05/13 rows read with debris and its
        // 05/14 rows read clean), so the box's stays, flagged.
        Some(_) => period.conf = period.conf.min(60),
        None => {
            record(log, "periodOfReport".into(), &period.read, &Value::Date(min), rule::EARLIEST);
            // The period is no surer than the date it comes from: one row's date read
            // in doubt (a glyph of `05/15` read as `05/13`) leaves it in doubt; two rows
            // or a date read well settle it.
            let dates: Vec<u8> = rows.iter().filter(|r| !r.holding).filter_map(|r| r.get(Col::Date)).filter(|f| f.value.date() == Some(min)).map(|f| f.conf).collect();
            let settled = dates.len() >= 2 || dates.iter().any(|&c| c >= UNCERTAIN_AT);
            let conf = if settled { DERIVED } else { dates.iter().copied().max().unwrap_or(UNSURE).min(DERIVED) };
            *period = FieldVal::read(Value::Date(min), period.read.clone(), conf);
        }
    }
}

/// A row with values that fit no column, or required columns left empty, was
/// probably cut or merged wrongly by the table finder: none of its amounts is sure.
fn misaligned_rows(rows: &mut [RowRead]) {
    for row in rows.iter_mut() {
        let broken = !row.unplaced.is_empty() || row.fields.values().any(|f| f.missing);
        if broken {
            for col in [Col::Shares, Col::Owned, Col::Price, Col::UndShares, Col::Conv, Col::Date, Col::ExDate, Col::ExpDate] {
                if let Some(f) = row.fields.get_mut(&col) {
                    f.conf = f.conf.min(UNCERTAIN_AT - 10);
                }
            }
            // A holding of Table I has one amount: more read is a transaction whose date
            // and code were lost, so the row itself, title and all, is in doubt.
            if row.holding && !row.derivative && !row.unplaced.is_empty() {
                for f in row.fields.values_mut() {
                    f.conf = f.conf.min(UNCERTAIN_AT - 4);
                }
            }
        }
        // Columns the form always fills for such a row, left empty here: say so.
        let expected: &[Col] = match (row.derivative, row.holding) {
            (false, false) => &[Col::Price],
            (true, false) => &[Col::Conv, Col::ExDate, Col::ExpDate, Col::UndTitle, Col::UndShares, Col::Price],
            (true, true) => &[Col::Conv, Col::ExDate, Col::ExpDate, Col::UndTitle, Col::UndShares],
            (false, true) => &[],
        };
        for col in expected {
            row.fields.entry(*col).or_insert_with(FieldVal::unread);
        }
    }
}

/// Titles checked against the vocabulary of security titles; a title printed on
/// several rows and read the same on each is confirmed.
fn titles(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    // Most rows repeat a title read the same way: each text is checked once.
    let mut checked: Vec<(String, (String, usize, bool))> = Vec::new();
    for row in rows.iter_mut() {
        for col in [Col::Title, Col::UndTitle] {
            let Some(f) = row.fields.get(&col) else { continue };
            let Some(read) = f.value.text() else { continue };
            // Specks cut before a title leave it in doubt: the row may be debris too.
            let specks_cut = crate::vocab::without_leading_specks(read);
            let cut = specks_cut.is_some();
            let text = specks_cut.unwrap_or_else(|| read.to_string());
            let (fixed, n, known) = match checked.iter().find(|(t, _)| *t == text) {
                Some((_, result)) => result.clone(),
                None => {
                    let result = crate::vocab::check_title(&text);
                    checked.push((text.clone(), result.clone()));
                    result
                }
            };
            if n > 0 || cut {
                let conf = if known { DERIVED.min(f.conf) } else { UNCERTAIN_AT.min(f.conf) };
                let conf = if cut { conf.min(UNCERTAIN_AT - 4) } else { conf };
                choose(row, col, Value::Text(fixed), conf, rule::TITLE_WORDS, log);
            } else if !known {
                if let Some(f) = row.fields.get_mut(&col) {
                    f.conf = f.conf.min(UNCERTAIN_AT - 9);
                }
            }
        }
    }
    title_of_like_rows(rows, log);
    titles_cut_short(rows, log);
    titles_without_their_first_words(rows, log);
    underlying_titles_of_table_1(rows, log);
    // (A title read after debris, `1 Class A Common Stock`, or taken from like rows is
    // no second reading; one mended inside, `Class a A Common Stock`, is.)
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for row in rows.iter() {
        for col in [Col::Title, Col::UndTitle] {
            if let Some(t) = row.get(col).and_then(|f| f.value.text().filter(|t| f.read.split_whitespace().next() == t.split_whitespace().next())) {
                *counts.entry(t.to_string()).or_default() += 1;
            }
        }
    }
    for row in rows.iter_mut() {
        for col in [Col::Title, Col::UndTitle] {
            if let Some(f) = row.fields.get_mut(&col) {
                if f.value.text().is_some_and(|t| counts.get(t).copied().unwrap_or(0) >= 2) && f.conf > UNCERTAIN_AT {
                    f.conf = f.conf.max(CONFIRMED - 2);
                }
            }
        }
    }
}

fn titles_cut_short(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    let ends_common = |t: &str| t.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case("common"));
    if !rows.iter().any(|r| [Col::Title, Col::UndTitle].iter().any(|&c| r.value(c).text().is_some_and(ends_common))) {
        return;
    }
    // The words that follow `Common` in the other titles read.
    let mut next: Vec<String> = Vec::new();
    for r in rows.iter() {
        for col in [Col::Title, Col::UndTitle] {
            let Some(t) = r.value(col).text() else { continue };
            let w: Vec<&str> = t.split(' ').collect();
            next.extend(w.windows(2).filter(|p| p[0].eq_ignore_ascii_case("common")).map(|p| p[1].trim_end_matches([',', '.']).to_string()));
        }
    }
    let word = dominant(&next, 1).unwrap_or_else(|| "Stock".to_string());
    for r in rows.iter_mut() {
        for col in [Col::Title, Col::UndTitle] {
            let Some(t) = r.value(col).text().filter(|t| ends_common(t) && t.contains(' ')).map(str::to_string) else { continue };
            let conf = flagged(r, col);
            choose(r, col, Value::Text(format!("{t} {word}")), conf, rule::TITLE_CUT_SHORT, log);
        }
    }
}

/// See [`rule::TITLE_CUT_SHORT`]: titles that lost their first words.
fn titles_without_their_first_words(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    for derivative in [false, true] {
        for col in [Col::Title, Col::UndTitle] {
            let read: Vec<(usize, String)> = (0..rows.len()).filter(|&i| rows[i].derivative == derivative).filter_map(|i| rows[i].value(col).text().map(|t| (i, t.to_string()))).collect();
            // Each title read, with how many rows read it.
            let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
            for (_, t) in &read {
                *counts.entry(t.as_str()).or_default() += 1;
            }
            if counts.len() < 2 {
                continue;
            }
            let mut cut_short: Vec<(usize, String)> = Vec::new();
            for (i, t) in &read {
                if t.split(' ').count() < 2 {
                    continue;
                }
                let n = counts[t.as_str()];
                let longer: Vec<&str> =
                    counts.iter().filter(|(u, c)| u.len() > t.len() && u.ends_with(t.as_str()) && u[..u.len() - t.len()].ends_with(' ') && **c >= 2.max(n + 1)).map(|(u, _)| *u).collect();
                if let [whole] = longer.as_slice() {
                    cut_short.push((*i, whole.to_string()));
                }
            }
            for (i, whole) in cut_short {
                let conf = flagged(&rows[i], col);
                choose(&mut rows[i], col, Value::Text(whole), conf, rule::TITLE_CUT_SHORT, log);
            }
        }
    }
}

fn underlying_titles_of_table_1(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    let read: Vec<String> = rows.iter().filter(|r| !r.derivative).filter_map(|r| r.value(Col::Title).text().map(str::to_string)).collect();
    // Titles read on two rows at least, if any are: a title read once may be garbled.
    let mut titles: Vec<String> = read.iter().filter(|t| read.iter().filter(|u| u == t).count() >= 2).cloned().collect();
    if titles.is_empty() {
        titles = read;
    }
    titles.sort();
    titles.dedup();
    if titles.is_empty() {
        return;
    }
    for row in rows.iter_mut().filter(|r| r.derivative) {
        let Some(read) = row.value(Col::UndTitle).text().map(str::to_string) else {
            // Not read at all: with one title in Table I, that one (94% of such rows in
            // the bulk corpus), flagged lower still.
            if let ([title], false) = (titles.as_slice(), row.holding && row.value(Col::UndShares) == &Value::None) {
                choose(row, Col::UndTitle, Value::Text(title.clone()), UNCERTAIN_AT - 9, rule::UNDERLYING_OF_TABLE_1, log);
            }
            continue;
        };
        if titles.contains(&read) {
            continue;
        }
        // Words of a title only: a neighbour's date or amount run into the cell
        // (`Jos/13/2022)"175,000 Stock`) and garbled marks (`Q) Q) Q) Class`) set aside.
        let wordlike = |w: &&str| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            w.chars().all(|c| c.is_alphabetic() || "-.,'&".contains(c)) && (letters >= 2 || (letters == 1 && w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase())))
        };
        let words: Vec<&str> = read.split(' ').filter(wordlike).collect();
        let read = if words.is_empty() { read } else { words.join(" ") };
        if titles.contains(&read) {
            let conf = flagged(row, Col::UndTitle);
            choose(row, Col::UndTitle, Value::Text(read), conf, rule::UNDERLYING_OF_TABLE_1, log);
            continue;
        }
        let mut close = titles.iter().filter(|t| title_misread_as(t, &read));
        if let (Some(title), None) = (close.next(), close.next()) {
            let conf = flagged(row, Col::UndTitle);
            choose(row, Col::UndTitle, Value::Text(title.clone()), conf, rule::UNDERLYING_OF_TABLE_1, log);
        }
    }
}

/// Whether `read` is `title` with one word misread or one word lost.
fn title_misread_as(title: &str, read: &str) -> bool {
    let t: Vec<&str> = title.split(' ').collect();
    let r: Vec<&str> = read.split(' ').collect();
    let word_like = |a: &str, b: &str| {
        let (a, b) = (a.to_lowercase(), b.to_lowercase());
        if a == b {
            return true;
        }
        // Class letters and numbers are what tells titles apart: exact.
        let short = a.chars().count().min(b.chars().count());
        if short < 4 || a.chars().any(|c| c.is_ascii_digit()) || b.chars().any(|c| c.is_ascii_digit()) {
            return false;
        }
        edit_distance(&a, &b) <= if short >= 6 { 3 } else { 2 }
    };
    let misread = |t: &[&str]| t.len() == r.len() && t.iter().zip(&r).filter(|(a, b)| !a.eq_ignore_ascii_case(b)).count() <= 1 && t.iter().zip(&r).all(|(a, b)| word_like(a, b));
    if misread(&t) {
        return true;
    }
    // One word lost, or all but one (a fragment: `Common`), the rest in order; a class
    // letter read must be the title's. (`Common Stock` is a title of its own, not
    // `Common Stock, $.01 par value per share` cut short.)
    let r: Vec<std::borrow::Cow<'_, str>> = r.iter().map(|w| bare_lower(w)).filter(|w| !w.is_empty()).collect();
    let t_lower: Vec<std::borrow::Cow<'_, str>> = t.iter().map(|w| bare_lower(w)).collect();
    // A title cut after its class letter (`Class A` of `Class A Common Stock`): no title
    // ends so, and the letter tells which title it is.
    let cut_after_class = r.len() >= 2 && r.len() < t.len() && r.last().is_some_and(|w| w.len() == 1) && t_lower.starts_with(&r);
    let mut rest = t_lower.iter();
    cut_after_class || (r.len() + 1 == t.len() || r.len() == 1) && r.len() < t.len() && r.iter().any(|w| w.len() >= 4) && r.iter().all(|w| rest.any(|x| x == w))
}

/// A word without the punctuation around it, in lower case.
fn bare_lower(w: &str) -> std::borrow::Cow<'_, str> {
    crate::text::lowered(w.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    sequence_distance(&a, &b)
}

/// Levenshtein distance between two sequences (characters, or the bytes of squeezed text).
fn sequence_distance<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// See [`rule::SYMBOL_BRACKET`].
fn symbol_bracket_read_as_letter(header: &mut HeaderRead, log: &mut Vec<Repair>) {
    let Some(first_word) = header.issuer_name.as_ref().and_then(|f| f.value.text()).and_then(|n| n.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty())) else { return };
    let first_word = first_word.to_ascii_uppercase();
    let Some(f) = header.symbol.as_mut() else { return };
    let Some(symbol) = f.value.text() else { return };
    let Some(rest) = symbol.strip_prefix(['J', 'I', 'L', '1']) else { return };
    if rest.len() >= 2 && rest == first_word {
        let rest = Value::Text(rest.to_string());
        record(log, "issuer.issuerTradingSymbol".into(), &f.read, &rest, rule::SYMBOL_BRACKET);
        f.value = rest;
        f.conf = f.conf.min(UNCERTAIN_AT - 4);
    }
}

fn company(header: &mut HeaderRead, log: &mut Vec<Repair>) {
    let Some(f) = header.issuer_name.as_mut() else { return };
    let Some(name) = f.value.text().map(str::to_string) else { return };
    let (fixed, clean) = crate::vocab::check_company(&name);
    if fixed != name {
        record(log, "issuer.issuerName".into(), &f.read, &Value::Text(fixed.clone()), rule::COMPANY_SUFFIX);
        f.value = Value::Text(fixed);
        f.conf = f.conf.min(DERIVED);
    }
    if !clean {
        f.conf = f.conf.min(UNCERTAIN_AT - 9);
    }
}

/// See [`rule::ISSUER_NAME_ELSEWHERE`].
fn issuer_name_as_written_elsewhere(header: &mut HeaderRead, log: &mut Vec<Repair>) {
    let Some(name) = header.issuer_name.as_ref().and_then(|f| f.value.text()).map(str::to_string) else { return };
    let Some(first) = name.split(' ').next().map(|w| w.trim_end_matches([',', '.'])).filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic)) else { return };
    let first_lower = first.to_lowercase();
    let owner_texts = header.owners.iter().flat_map(|o| [&o.street1, &o.street2, &o.city]).flatten();
    let texts: Vec<&str> = header.footnotes.iter().map(|(_, f)| f).chain(header.remarks.as_ref()).chain(owner_texts).filter_map(|f| f.value.text()).collect();
    // Written as read somewhere (a fast search): nothing to mend.
    if texts.iter().any(|t| t.contains(first)) {
        return;
    }
    let mut near: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    // (Words of another length in bytes are passed over before anything is lowered:
    // the footnotes are most of a page's words.)
    for w in texts.iter().flat_map(|t| t.split(|c: char| !c.is_alphabetic())).filter(|w| w.len() == first.len()) {
        if w.eq_ignore_ascii_case(first) {
            return;
        }
        let lower = w.to_lowercase();
        if lower == first_lower {
            return;
        }
        if one_glyph_apart(&lower, &first_lower) {
            *near.entry(lower).or_default() += 1;
        }
    }
    let mut near = near.into_iter();
    let (Some((word, n)), None) = (near.next(), near.next()) else { return };
    if n < 2 {
        return;
    }
    // In the case the name was read in: `TESLA` for `TESIA`, `Tesla` for `Tesia`.
    let word = if first.chars().all(|c| c.is_uppercase()) {
        word.to_uppercase()
    } else if first.starts_with(char::is_uppercase) {
        crate::vocab::with_first_letter(&word, true)
    } else {
        word
    };
    let Some(f) = header.issuer_name.as_mut() else { return };
    let value = Value::Text(name.replacen(first, &word, 1));
    record(log, "issuer.issuerName".into(), &f.read, &value, rule::ISSUER_NAME_ELSEWHERE);
    f.value = value;
    f.conf = f.conf.min(UNCERTAIN_AT - 4);
}

/// See [`rule::ROMAN_NUMERAL`].
fn roman_numerals_in_names(header: &mut HeaderRead, log: &mut Vec<Repair>) {
    // (Digits alone only as `11`: a street number in a name run on into its address,
    // `111 CONGRESS AVENUE`, is three digits or more.)
    let numeral_misread = |w: &str, owner: bool| {
        let strokes = if owner { "Il1][|" } else { "Il" };
        let n = w.chars().count();
        (2..=if owner { 3 } else { 4 }).contains(&n)
            && w.chars().all(|c| strokes.contains(c))
            && w.chars().any(|c| c != 'I')
            && (owner || (w.contains('l') && w.contains('I')))
            && !(n > 2 && w.chars().all(|c| c.is_ascii_digit()))
    };
    for (path, owner, f) in names_read(header) {
        let Some(name) = f.value.text() else { continue };
        if !name.split(' ').any(|w| numeral_misread(w, owner)) {
            continue;
        }
        let mended: Vec<String> = name.split(' ').map(|w| if numeral_misread(w, owner) { "I".repeat(w.chars().count()) } else { w.to_string() }).collect();
        let value = Value::Text(mended.join(" "));
        record(log, path, &f.read, &value, rule::ROMAN_NUMERAL);
        f.value = value;
        f.conf = f.conf.min(UNCERTAIN_AT - 4);
    }
}

/// See [`rule::SPECK_AFTER_NAME`]. Also flags an owner's name with a word read twice
/// in a row (`Living Living Tst`): none of the bulk corpus's 8,378 owner names has one,
/// so a word was misread or read twice, and which is not told; and one with a glyph no
/// name holds.
fn names_with_specks_or_stutters(header: &mut HeaderRead, log: &mut Vec<Repair>) {
    for (path, owner, f) in names_read(header) {
        let Some(name) = f.value.text().map(str::to_string) else { continue };
        let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
        if let [kept @ .., last] = words.as_slice() {
            if !kept.is_empty() && !last.chars().any(char::is_alphanumeric) && !matches!(*last, "&" | "-" | "/") {
                let value = Value::Text(kept.join(" "));
                record(log, path.clone(), &f.read, &value, rule::SPECK_AFTER_NAME);
                f.value = value;
                f.conf = f.conf.min(UNCERTAIN_AT - 4);
            }
        }
        let stutter = words.windows(2).any(|p| p[0].len() >= 3 && p[0].chars().all(char::is_alphabetic) && p[0].eq_ignore_ascii_case(p[1]));
        // A glyph no owner's name holds (`Mithril Il! UGP LLC`): of the bulk corpus's
        // 20,519 owner names, 2 hold one beside letters, digits and `,.&'-/()`.
        let odd_glyph = name.chars().any(|c| !c.is_alphanumeric() && !" ,.&'-/()".contains(c));
        if owner && (stutter || odd_glyph) {
            f.conf = f.conf.min(UNCERTAIN_AT - 4);
        }
    }
}

/// See [`rule::STREET_MISREADING`].
fn street_misreadings(header: &mut HeaderRead, log: &mut Vec<Repair>) {
    for (i, o) in header.owners.iter_mut().enumerate() {
        for (k, f) in [o.street1.as_mut(), o.street2.as_mut()].into_iter().enumerate() {
            let Some(f) = f else { continue };
            let Some(mended) = f.value.text().and_then(crate::header::mend_street_misreadings) else { continue };
            let value = Value::Text(mended);
            record(log, format!("reportingOwner[{i}].reportingOwnerAddress.rptOwnerStreet{}", k + 1), &f.read, &value, rule::STREET_MISREADING);
            f.value = value;
            f.conf = f.conf.min(crate::field::MENDED);
        }
    }
}

/// An owner's name with the numeral `I` after a word (`Mithril I UGP LLC`) where the
/// page writes that word with `II` too (`Mithril II GP LP`, `Mithril Il UGP LLC` in
/// its signatures and footnotes): one stroke of `II` lost is as likely as a second
/// entity numbered `I`, so the name is flagged, not mended. (The bulk corpus's 8,378
/// owner names hold the word `I` in 33, `II` in 65.)
fn numeral_one_beside_two(header: &mut HeaderRead) {
    // (Most pages name no owner so: the page's text is gathered only for one that does.)
    let numbered = |f: &FieldVal| f.value.text().is_some_and(|t| t.split(' ').skip(1).any(|w| w == "I"));
    if !header.owners.iter().filter_map(|o| o.name.as_ref()).any(numbered) {
        return;
    }
    let mut page = String::new();
    let owner_names = header.owners.iter().filter_map(|o| o.name.as_ref());
    let signed = header.signatures.iter().map(|(name, _)| name);
    let notes = header.footnotes.iter().map(|(_, f)| f).chain(header.remarks.as_ref());
    for f in owner_names.chain(signed).chain(notes) {
        if let Some(t) = f.value.text() {
            page.push_str(&t.to_lowercase());
            page.push(' ');
        }
    }
    for o in &mut header.owners {
        let Some(f) = o.name.as_mut() else { continue };
        let Some(name) = f.value.text() else { continue };
        let words: Vec<&str> = name.split(' ').collect();
        let beside_two = (1..words.len()).any(|k| {
            let before = words[k - 1].to_lowercase();
            words[k] == "I" && before.len() >= 3 && [" ii ", " il "].iter().any(|two| page.contains(&[before.as_str(), two].concat()))
        });
        if beside_two {
            f.conf = f.conf.min(UNCERTAIN_AT - 4);
        }
    }
}

/// The owners' names and the issuer's as read: (path, whether an owner's, field).
fn names_read(header: &mut HeaderRead) -> impl Iterator<Item = (String, bool, &mut FieldVal)> {
    let owners = header.owners.iter_mut().enumerate().filter_map(|(i, o)| Some((format!("reportingOwner[{i}].reportingOwnerId.rptOwnerName"), true, o.name.as_mut()?)));
    owners.chain(header.issuer_name.as_mut().map(|f| ("issuer.issuerName".to_string(), false, f)))
}

/// See [`rule::SUFFIX_READ_TWICE`].
fn suffix_read_twice(header: &mut HeaderRead, log: &mut Vec<Repair>) {
    for (path, _, f) in names_read(header) {
        let Some(name) = f.value.text() else { continue };
        let words: Vec<&str> = name.split(' ').collect();
        let stutter = |k: usize| {
            let (a, b) = (words[k], words[k + 1]);
            a.len() >= 2 && b.len() > a.len() && a.chars().all(char::is_alphabetic) && crate::vocab::is_company_suffix(b) && b.starts_with(a)
        };
        let Some(k) = (0..words.len().saturating_sub(1)).find(|&k| stutter(k)) else { continue };
        let value = Value::Text(words.iter().enumerate().filter(|(j, _)| *j != k).map(|(_, w)| *w).collect::<Vec<_>>().join(" "));
        record(log, path, &f.read, &value, rule::SUFFIX_READ_TWICE);
        f.value = value;
        f.conf = f.conf.min(UNCERTAIN_AT - 4);
    }
}

/// Values whose shape OCR often produces from something else: flag them.
fn plausible_values(rows: &mut [RowRead], header: &mut HeaderRead) {
    for row in rows.iter_mut() {
        for (col, f) in row.fields.iter_mut() {
            let Value::Num(d) = f.value else { continue };
            let scale = d.normalize().scale();
            let suspicious = match col {
                // Share counts with three decimals: a thousands comma read as a point.
                Col::Shares | Col::Owned | Col::UndShares => scale == 3,
                // Prices with four or more decimals: a footnote mark glued on.
                Col::Price | Col::Conv => scale >= 4,
                _ => false,
            };
            // A bare one- or two-digit number where a price goes is usually a footnote mark.
            // The form prints prices with a dollar sign; a number without one in a price
            // column is usually an amount or a footnote mark that slid over.
            let bare_small = matches!(col, Col::Price | Col::Conv) && !f.read.contains('$') && (f.read.trim().len() <= 2 || !f.read.contains('.'));
            if suspicious || bare_small {
                f.conf = f.conf.min(UNCERTAIN_AT - 9);
            }
        }
    }
    // A ticker is a few glyphs read once, with nothing on the form to check it against
    // (measured: one in fifteen was misread), so it is never reported as certain.
    if let Some(sym) = header.symbol.as_mut() {
        let t = sym.value.render().trim_end_matches('.').to_string();
        sym.value = Value::Text(t);
        sym.conf = sym.conf.min(UNCERTAIN_AT - 4);
    }
    let label_words = |t: &str| {
        let l = t.to_lowercase();
        ["issuer", "symbol", "trading", "ticker", "reporting", "relationship", "individual", "filing", "(check", "applicable", "(street)", "(last)", "(city)", "(first)", "(middle)"]
            .iter()
            .any(|w| l.contains(w))
            || t.contains('[')
            || t.contains(']')
    };
    for o in header.owners.iter_mut() {
        if let Some(n) = o.name.as_mut() {
            let t = n.value.render();
            if t.split(' ').filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2).count() < 2 || label_words(&t) || t.chars().any(|c| c.is_ascii_digit()) {
                n.conf = n.conf.min(UNCERTAIN_AT - 9);
            }
        }
        for f in [o.street1.as_mut(), o.street2.as_mut(), o.city.as_mut()].into_iter().flatten() {
            let t = f.value.render();
            if label_words(&t) || t.starts_with(|c: char| c.is_ascii_lowercase()) || t.split(' ').next().is_some_and(|w| w.len() == 1 && w.chars().all(|c| c.is_ascii_lowercase())) {
                f.conf = f.conf.min(UNCERTAIN_AT - 9);
            }
        }
    }
    // A relationship box read in one place only, or an officer box without a title (or
    // a title without the box), is not settled.
    for o in header.owners.iter_mut() {
        let title = o.officer_title.as_ref().is_some_and(|t| !t.value.render().is_empty());
        for (k, f) in [o.director.as_mut(), o.ten_percent.as_mut(), o.officer.as_mut(), o.other.as_mut()].into_iter().enumerate() {
            let Some(f) = f else { continue };
            if f.conf < CONFIRMED {
                f.conf = f.conf.min(UNCERTAIN_AT - 4);
            }
            if k == 2 && (f.value.text() == Some("1")) != title {
                f.conf = f.conf.min(UNCERTAIN_AT - 4);
            }
        }
        // Every reporting owner is a director, an officer, a 10% owner or other (all
        // 20,519 owners of the bulk corpus tick a box): four boxes read empty cannot all
        // be right, and which mark was lost is not told.
        let boxes = [o.director.as_mut(), o.ten_percent.as_mut(), o.officer.as_mut(), o.other.as_mut()];
        if boxes.iter().all(|f| f.as_ref().is_some_and(|f| f.value.text() == Some("0"))) {
            for f in boxes.into_iter().flatten() {
                f.conf = f.conf.min(UNCERTAIN_AT - 4);
            }
        }
    }
    // A signature is confirmed when it names the reporting owner; otherwise it is a
    // line of handwriting-style text read once.
    let owner_words: Vec<String> =
        header.owners.iter().filter_map(|o| o.name.as_ref()).flat_map(|n| n.value.render().split(' ').filter(|w| w.len() >= 3).map(|w| w.to_lowercase()).collect::<Vec<_>>()).collect();
    for (name, _) in header.signatures.iter_mut() {
        let t = name.value.render().to_lowercase();
        let named = !owner_words.is_empty() && owner_words.iter().filter(|w| t.contains(w.as_str())).count() >= 2.min(owner_words.len());
        if !named {
            name.conf = name.conf.min(UNCERTAIN_AT - 4);
        }
    }
    if let Some(f) = header.issuer_name.as_mut() {
        let t = f.value.render();
        let words: Vec<&str> = t.split(' ').collect();
        let odd = !t.is_ascii()
            || label_words(&t)
            || t.starts_with(|c: char| !c.is_alphanumeric())
            || words.iter().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2).count() == 0
            || words.first().is_some_and(|w| w.chars().all(|c| c.is_ascii_lowercase()))
            || words.last().is_some_and(|w| w.len() <= 2 && w.chars().all(|c| c.is_ascii_lowercase()))
            // Mixed-case names print their suffix with a period (`Inc.`); without it, one was lost or not.
            || (t.chars().any(|c| c.is_ascii_lowercase()) && words.last().is_some_and(|w| matches!(*w, "Inc" | "Corp" | "Co" | "Ltd")));
        if odd {
            f.conf = f.conf.min(UNCERTAIN_AT - 9);
        }
    }
}

/// Whether row `b`'s amount owned follows on exactly from row `a`'s by `b`'s amount, both
/// of one security: one holding, rolled forward (see [`rule::FORM_OF_ROLLED_HOLDING`]).
fn rolls_on(a: &RowRead, b: &RowRead) -> bool {
    let (Some(before), Some(amount), Some(after)) = (a.value(Col::Owned).num(), b.value(Col::Shares).num(), b.value(Col::Owned).num()) else { return false };
    let same_title = a.value(Col::Title).text().zip(b.value(Col::Title).text()).is_some_and(|(x, y)| x.eq_ignore_ascii_case(y));
    same_title && before > Decimal::ZERO && after > Decimal::ZERO && !amount.is_zero() && (before + amount == after || before - amount == after)
}

/// See [`rule::FORM_OF_ROLLED_HOLDING`].
fn form_of_holding_rolled_forward(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    let lost = |r: &RowRead| r.value(Col::DirInd) == &Value::None && r.value(Col::Nature) == &Value::None && r.get(Col::Nature).is_none_or(|f| f.read.trim().is_empty());
    if !rows.iter().any(|r| !r.derivative && !r.holding && lost(r)) {
        return;
    }
    let idx: Vec<usize> = (0..rows.len()).filter(|&i| !rows[i].derivative && !rows[i].holding).collect();
    // A neighbour's letter as read, or the one its nature's cell implies: the letter read
    // into it (`as D`), or the I of a nature (`by Trust`, its letter lost too; see
    // `nature_implies_indirect`, which runs after).
    let letter_of = |r: &RowRead| match r.value(Col::DirInd) {
        Value::None if r.value(Col::Nature).text().is_some_and(direct_letter_after_specks) => Some(Value::Text("D".into())),
        Value::None if names_a_nature(r) => Some(Value::Text("I".into())),
        Value::None => None,
        v => Some(v.clone()),
    };
    // (Rows settled here settle their neighbours in turn: a run of them, both ways.)
    let mut changed = true;
    while changed {
        changed = false;
        for w in 0..idx.len() {
            let k = idx[w];
            if !lost(&rows[k]) {
                continue;
            }
            let before = w.checked_sub(1).map(|v| idx[v]).filter(|&p| rolls_on(&rows[p], &rows[k]));
            let after = idx.get(w + 1).copied().filter(|&n| rolls_on(&rows[k], &rows[n]));
            let Some((from, letter)) = [before, after].into_iter().flatten().find_map(|j| Some((j, letter_of(&rows[j])?))) else { continue };
            let nature = rows[from].get(Col::Nature).filter(|_| letter == Value::Text("I".into())).map(|f| (f.value.clone(), f.notes.clone()));
            choose(&mut rows[k], Col::DirInd, letter, UNCERTAIN_AT - 4, rule::FORM_OF_ROLLED_HOLDING, log);
            if let Some((value, notes)) = nature.filter(|(v, _)| *v != Value::None) {
                choose(&mut rows[k], Col::Nature, value, UNCERTAIN_AT - 4, rule::FORM_OF_ROLLED_HOLDING, log);
                if !notes.is_empty() {
                    infer_marks(&mut rows[k], Col::Nature, notes, rule::FORM_OF_ROLLED_HOLDING, log);
                }
            }
            changed = true;
        }
    }
}

/// Whether the row's nature cell reads as a nature (three letters or more), which
/// makes its ownership indirect (see [`rule::NATURE_INDIRECT`]).
fn names_a_nature(row: &RowRead) -> bool {
    row.value(Col::Nature).text().is_some_and(|t| t.chars().filter(|c| c.is_alphabetic()).count() >= 3)
}

/// Whether a nature reads as the direct-ownership letter among speck words (`as D`,
/// `D Hiss`, `ooo D L. Re`): one lone `D`, one to three other words of five glyphs at
/// most, none a nature's word (`By`, `Trust`) nor holding a digit. See
/// [`rule::LETTER_IN_NATURE`].
fn direct_letter_after_specks(nature: &str) -> bool {
    let words: Vec<&str> = nature.split_whitespace().collect();
    let letters = words.iter().filter(|w| **w == "D").count();
    letters == 1
        && (2..=4).contains(&words.len())
        && words.iter().filter(|w| **w != "D").all(|w| {
            let core = w.trim_matches(|c: char| !c.is_alphanumeric());
            core.chars().count() <= 5 && core.chars().all(|c| c.is_alphabetic()) && (core.is_empty() || !crate::vocab::nature_word(core))
        })
}

fn nature_implies_indirect(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    for row in rows.iter_mut() {
        if row.value(Col::DirInd) == &Value::None && row.value(Col::Nature).text().is_some_and(direct_letter_after_specks) {
            choose(row, Col::DirInd, Value::Text("D".into()), UNCERTAIN_AT - 4, rule::LETTER_IN_NATURE, log);
            choose(row, Col::Nature, Value::None, UNCERTAIN_AT - 4, rule::LETTER_IN_NATURE, log);
            // What the nature's cell held was the letter: its reading goes with it, and
            // the nature is empty, not a raw text left unsettled.
            let read = row.fields.get_mut(&Col::Nature).map(|f| std::mem::take(&mut f.read)).unwrap_or_default();
            if let Some(letter) = row.fields.get_mut(&Col::DirInd) {
                letter.read = read;
            }
            continue;
        }
        let has_nature = names_a_nature(row);
        // A nature mended from a garbled reading may be words of another line (a wrapped
        // nature of the row above, header words): the letter it implies is no surer.
        // (Text read as it stands sits just under the flag line: see `field_from`.)
        // A lone `D` ending the nature is the direct-ownership letter read into it
        // (`See of Shares D`): it disagrees with the `I` the words imply.
        let letter_d_in_it = row.value(Col::Nature).text().is_some_and(|t| t.ends_with(" D"));
        // A dollar sign is a price read into the nature's cell (`$0 genie`): none of the
        // bulk corpus's 14,084 natures has one.
        let price_in_it = row.value(Col::Nature).text().is_some_and(|t| t.contains('$'));
        if price_in_it {
            if let Some(n) = row.fields.get_mut(&Col::Nature) {
                n.conf = n.conf.min(UNCERTAIN_AT - 4);
            }
        }
        let nature_sure = row.get(Col::Nature).is_some_and(|n| n.conf >= CLEAN - 10) && !letter_d_in_it;
        if has_nature && row.value(Col::DirInd) == &Value::None {
            let conf = if nature_sure { DERIVED } else { UNCERTAIN_AT - 4 };
            choose(row, Col::DirInd, Value::Text("I".into()), conf, rule::NATURE_INDIRECT, log);
            continue;
        }
        // The converse: a row read up to the amount it owns, its ownership-form letter
        // illegible (`р`) and nothing in its nature cell, is owned directly; flagged, as
        // the nature may be what was lost.
        let letter_lost = row.value(Col::DirInd) == &Value::None;
        let no_nature = row.get(Col::Nature).is_none_or(|f| f.read.trim().is_empty() && f.value == Value::None);
        if letter_lost && no_nature && row.value(Col::Owned).num().is_some() {
            choose(row, Col::DirInd, Value::Text("D".into()), UNCERTAIN_AT - 4, rule::NO_NATURE_DIRECT, log);
            // The empty nature is no surer than the letter it implied.
            let nature = row.fields.entry(Col::Nature).or_insert_with(FieldVal::unread);
            nature.conf = nature.conf.min(UNCERTAIN_AT - 4);
            continue;
        }
        // No letter read and no nature: whether the row has a nature is as unknown as
        // the letter, so the nature is reported unread, not left out as if empty.
        if letter_lost && !row.fields.contains_key(&Col::Nature) {
            row.fields.insert(Col::Nature, FieldVal::unread());
        }

        // Indirect ownership has a nature and direct ownership none: in all 50,458 rows
        // of the bulk corpus. A letter and a nature that disagree were read from
        // different rows, or one of them misread: neither is settled.
        let letter = row.value(Col::DirInd).text().map(str::to_string);
        let disagree = match letter.as_deref() {
            Some("I") => !has_nature,
            Some("D") => has_nature,
            _ => false,
        };
        if disagree {
            for col in [Col::DirInd, Col::Nature] {
                if let Some(f) = row.fields.get_mut(&col) {
                    f.conf = f.conf.min(UNCERTAIN_AT - 4);
                }
            }
        }
    }
}

/// See [`rule::CODE_OF_TWIN`].
fn code_of_twin(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    let letter = |r: &RowRead, ad: &str| matches!(r.value(Col::AcqDisp), Value::None) || r.value(Col::AcqDisp).render() == ad;
    let one: Vec<usize> = (0..rows.len()).filter(|&i| !rows[i].derivative && !rows[i].holding && letter(&rows[i], "A")).collect();
    let two: Vec<usize> = (0..rows.len()).filter(|&i| rows[i].derivative && !rows[i].holding && letter(&rows[i], "D")).collect();
    let mut pairs = Vec::new();
    for &j in &two {
        let d2 = date_readings(&rows[j]);
        let twins: Vec<usize> = one
            .iter()
            .copied()
            .filter(|&i| date_readings(&rows[i]).iter().any(|d| d2.contains(d)) && nums(rows[i].get(Col::Shares)).iter().any(|n| rows[j].get(Col::Shares).is_some_and(|f| plausible(f, *n))))
            .collect();
        if let [i] = twins.as_slice() {
            pairs.push((*i, j));
        }
    }
    // Twins pair one to one: a Table I row that fits two Table II rows is neither's.
    let taken: Vec<usize> = pairs.iter().map(|p| p.0).collect();
    pairs.retain(|p| taken.iter().filter(|&&i| i == p.0).count() == 1);
    for (i, j) in pairs {
        let twin_code = |r: &RowRead| r.value(Col::Code).text().map(str::to_string).filter(|c| matches!(c.as_str(), "C" | "M" | "X"));
        let (from, to) = match (twin_code(&rows[i]), twin_code(&rows[j])) {
            (Some(c), None) => (c, j),
            (None, Some(c)) => (c, i),
            _ => continue,
        };
        // Another code read surely stands: the pair may be no twins.
        if rows[to].get(Col::Code).is_some_and(|f| f.value != Value::None && !f.uncertain()) {
            continue;
        }
        choose(&mut rows[to], Col::Code, Value::Text(from), UNCERTAIN_AT - 4, rule::CODE_OF_TWIN, log);
    }
}

/// See [`rule::CODE_NOT_OF_TABLE_1`].
fn codes_table_1_never_holds(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    for row in rows.iter_mut().filter(|r| !r.derivative && !r.holding) {
        if row.value(Col::Code).text().is_some_and(|c| ["E", "H", "O", "V"].contains(&c)) {
            choose(row, Col::Code, Value::None, UNSURE, rule::CODE_NOT_OF_TABLE_1, log);
        }
    }
}

fn code_from_neighbours(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    for derivative in [false, true] {
        let idx: Vec<usize> = (0..rows.len()).filter(|&i| rows[i].derivative == derivative && !rows[i].holding).collect();
        for &i in &idx {
            if rows[i].value(Col::Code) != &Value::None {
                continue;
            }
            let ad = rows[i].value(Col::AcqDisp).clone();
            let code = if ad != Value::None {
                let codes: Vec<String> = idx.iter().filter(|&&j| j != i && rows[j].value(Col::AcqDisp) == &ad).filter_map(|&j| rows[j].value(Col::Code).text().map(str::to_string)).collect();
                dominant(&codes, 2)
            } else {
                // Neither letter read (the table finder lost both narrow columns): the
                // code of the other transactions of the same security, three at least.
                let title = rows[i].value(Col::Title).clone();
                let codes: Vec<String> = idx.iter().filter(|&&j| j != i && rows[j].value(Col::Title) == &title).filter_map(|&j| rows[j].value(Col::Code).text().map(str::to_string)).collect();
                dominant(&codes, 3)
            };
            if let Some(code) = code {
                choose(&mut rows[i], Col::Code, Value::Text(code), UNCERTAIN_AT - 4, rule::CODE_NEIGHBOURS, log);
            }
        }
    }
}

/// See [`rule::CODE_AGAINST_LETTER`].
fn code_against_its_letter(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    for row in rows.iter_mut().filter(|r| !r.derivative && !r.holding) {
        let (Some(code), Some(letter)) = (row.get(Col::Code), row.get(Col::AcqDisp)) else { continue };
        // (Codes whose letter is all but fixed: in the bulk corpus A acquires in 6,643
        // rows of 6,663, P 2,100 of 2,103, M 4,115 of 4,132; S disposes in 7,168 of
        // 7,179, F 5,464 of 5,474, D 510 of 511; L, a small acquisition, acquires in
        // all 31. A conversion, C, disposes in one row of ten.)
        let Some(implied) = code.value.text().filter(|c| matches!(*c, "A" | "P" | "M" | "S" | "F" | "D" | "L")).and_then(|c| implied_ad(c, false)) else { continue };
        let against = letter.value.text().is_some_and(|l| l != implied);
        if against && code.uncertain() && letter.conf > code.conf {
            choose(row, Col::Code, Value::None, UNSURE, rule::CODE_AGAINST_LETTER, log);
        }
    }
}

fn code_from_price_footnote(rows: &mut [RowRead], header: &HeaderRead, log: &mut Vec<Repair>) {
    let wanted = |r: &RowRead| !r.derivative && !r.holding && r.value(Col::Code) == &Value::None && r.get(Col::Price).is_some_and(|p| !p.notes.is_empty());
    if !rows.iter().any(wanted) {
        return;
    }
    // The code each footnote's open-market statement implies, if it implies one.
    let implied: Vec<(&str, &'static str)> = header
        .footnotes
        .iter()
        .filter_map(|(id, note)| {
            let text = note.value.text()?.to_ascii_lowercase();
            if !(text.contains("weighted average") || text.contains("prices ranging")) {
                return None;
            }
            // The statement's own verb, the first one: the undertaking that may follow
            // speaks of "shares sold at each separate price" either way, and a footnote
            // cut too long may run into the next one's.
            static TRADED: std::sync::LazyLock<regex::Regex> =
                std::sync::LazyLock::new(|| regex::Regex::new(r"(?:we\S{1,3}|shares)\s+(purchased|bought|sold)|average\s+(sale|sales|purchase)\s+price").expect("static regex"));
            let verb = TRADED.captures(&text)?;
            let word = verb.get(1).or_else(|| verb.get(2))?.as_str();
            Some((id.as_str(), if word.starts_with("sale") || word == "sold" { "S" } else { "P" }))
        })
        .collect();
    if implied.is_empty() {
        return;
    }
    for row in rows.iter_mut().filter(|r| wanted(r)) {
        let Some(price) = row.get(Col::Price) else { continue };
        let codes: Vec<&str> = price.notes.iter().filter_map(|n| implied.iter().find(|(id, _)| id == n).map(|(_, c)| *c)).collect();
        let Some(&code) = codes.first().filter(|c| codes.iter().all(|d| d == *c)) else { continue };
        let ad = row.value(Col::AcqDisp).text();
        if ad.is_some_and(|ad| Some(ad) != implied_ad(code, false)) {
            continue;
        }
        choose(row, Col::Code, Value::Text(code.to_string()), UNCERTAIN_AT - 4, rule::CODE_FROM_PRICE_NOTE, log);
    }
}

/// See [`rule::NATURE_WORD_IN_NOTE`].
fn nature_word_in_one_footnote(rows: &mut [RowRead], header: &HeaderRead, log: &mut Vec<Repair>) {
    // The nature's words past "By", lower case, if one or two, and the debris read after them.
    fn short_nature(f: &FieldVal) -> Option<String> {
        let nature = f.value.text()?;
        let core = nature.strip_prefix("By ").or_else(|| nature.strip_prefix("by ")).unwrap_or(nature).trim_matches(|c: char| c.is_ascii_punctuation() || c == ' ');
        let words = core.split(' ').count();
        if !f.notes.is_empty() || core.len() < 3 || words > 2 || !core.chars().all(|c| c.is_ascii_alphabetic() || c == ' ' || c == '-') {
            return None;
        }
        let core = core.to_ascii_lowercase();
        // Debris where the mark was: something read after the nature's last word.
        let last = core.rsplit(' ').next()?;
        let read = f.read.to_ascii_lowercase();
        let after = read.rfind(last).map(|at| &read[at + last.len()..])?;
        // (A word of four letters or more is the nature's own, cut off: `Vehicles`.)
        let word_after = after.split(|c: char| !c.is_alphabetic()).any(|w| w.chars().count() >= 4);
        (after.chars().any(|c| !c.is_whitespace()) && !word_after).then_some(core)
    }
    let wanted: Vec<(usize, String)> = rows.iter().enumerate().filter_map(|(i, r)| r.get(Col::Nature).and_then(short_nature).map(|core| (i, core))).collect();
    if wanted.is_empty() {
        return;
    }
    let notes: Vec<(&String, String)> = header.footnotes.iter().filter_map(|(id, n)| Some((id, n.value.text()?.to_ascii_lowercase()))).collect();
    // Whether `words` stand in `text` as whole words.
    let holds = |text: &str, words: &str| {
        text.match_indices(words).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + words.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    };
    // (Rows alike share a nature: each looked up once.)
    let mut found: Vec<(&str, Option<&String>)> = Vec::new();
    for (i, core) in &wanted {
        let id = match found.iter().find(|(c, _)| c == core) {
            Some((_, id)) => *id,
            None => {
                let mut naming = notes.iter().filter(|(_, text)| holds(text, core));
                let id = match (naming.next(), naming.next()) {
                    (Some((id, _)), None) => Some(*id),
                    _ => None,
                };
                found.push((core, id));
                id
            }
        };
        if let Some(id) = id {
            infer_marks(&mut rows[*i], Col::Nature, vec![id.clone()], rule::NATURE_WORD_IN_NOTE, log);
        }
    }
}

fn natures_named_in_footnotes(rows: &mut [RowRead], header: &HeaderRead, log: &mut Vec<Repair>) {
    // Most filings name no holder in the nature column: nothing to look up.
    if header.footnotes.is_empty() || !rows.iter().any(|r| r.value(Col::Nature).text().is_some_and(|t| t.split_whitespace().count() >= 3)) {
        return;
    }
    let squeeze = crate::text::letters_and_digits;
    // Each footnote squeezed, with the byte offset in its text of every character kept.
    let notes: Vec<(&str, &str, String, Vec<usize>)> = header
        .footnotes
        .iter()
        .filter_map(|(id, n)| {
            let text = n.value.text()?;
            let (mut squeezed, mut at) = (String::with_capacity(text.len()), Vec::with_capacity(text.len()));
            for (k, c) in text.char_indices().filter(|(_, c)| c.is_alphanumeric()) {
                if c.is_ascii() {
                    squeezed.push(c.to_ascii_lowercase());
                    at.push(k);
                    continue;
                }
                for l in c.to_lowercase() {
                    squeezed.push(l);
                    at.extend(std::iter::repeat_n(k, l.len_utf8()));
                }
            }
            Some((id.as_str(), text, squeezed, at))
        })
        .collect();
    if notes.is_empty() {
        return;
    }
    for row in rows.iter_mut() {
        let Some(text) = row.value(Col::Nature).text().map(str::to_string) else { continue };
        let text = text.as_str();
        let words: Vec<&str> = text.split_whitespace().filter(|w| !matches!(w.to_ascii_lowercase().as_str(), "by" | "see" | "footnote" | "footnotes")).collect();
        let name = squeeze(&words.join(" "));
        // A holder is an entity (`…, LP`, `… Trust`); "estate planning vehicles" may be
        // described in a footnote on another value.
        const ENTITY: [&str; 10] = ["lp", "llc", "inc", "trust", "fund", "partners", "corp", "ltd", "foundation", "lpo"];
        let entity = words.iter().any(|w| ENTITY.contains(&squeeze(w).as_str()));
        if words.len() < 3 || name.len() < 12 || !entity {
            continue;
        }
        // Where the name is written in each footnote that holds it, and what follows.
        let written: Vec<(&str, &str, &str)> = notes
            .iter()
            .filter_map(|(id, original, squeezed, at)| {
                let k = squeezed.find(&name)?;
                let (from, last) = (at[k], at[k + name.len() - 1]);
                let end = name_end(original, last);
                Some((*id, &original[from..end], &original[end..]))
            })
            .collect();
        let spelled: Vec<(&str, &str)> = written.iter().map(|(id, spelling, _)| (*id, *spelling)).collect();
        // The nature is the name, with or without "By".
        let prefix = text.split_whitespace().next().filter(|w| w.eq_ignore_ascii_case("by"));
        let core = prefix.map_or(text, |p| text[p.len()..].trim_start());
        if spelled.is_empty() {
            if let Some((id, spelling)) = name_near(&name, &words, &notes).filter(|(_, s)| points_only_added(core, s)) {
                let mended = prefix.map_or(spelling.clone(), |p| format!("{p} {spelling}"));
                if row.get(Col::Nature).is_some_and(|f| f.notes.is_empty()) {
                    if let Some(id) = id {
                        infer_marks(row, Col::Nature, vec![id], rule::NATURE_NEAR_NOTE, log);
                    }
                }
                let conf = flagged(row, Col::Nature);
                choose(row, Col::Nature, Value::Text(mended), conf, rule::NATURE_NEAR_NOTE, log);
            }
            continue;
        }
        let Some(&(id, spelling)) = spelled.first() else { continue };
        if spelled.iter().all(|(i, _)| *i == id) && row.get(Col::Nature).is_some_and(|f| f.notes.is_empty()) {
            infer_marks(row, Col::Nature, vec![id.to_string()], rule::NATURE_NAMED_IN_NOTE, log);
        }
        // A name cut before its entity suffix, which every footnote writing it puts after
        // it: the footnote's spelling with the suffix.
        let suffixed = words.last().is_some_and(|w| SUFFIXES.contains(&squeeze(w).as_str()));
        if squeeze(core) == name && !suffixed {
            let completed: Vec<String> = written.iter().filter_map(|(_, spelling, rest)| entity_suffix(rest).map(|suffix| [*spelling, suffix].concat())).collect();
            if completed.len() == written.len() && completed.iter().all(|c| *c == completed[0]) && points_only_added(core, &completed[0]) && plain_spelling(&completed[0]) {
                let mended = prefix.map_or(completed[0].clone(), |p| format!("{p} {}", completed[0]));
                let conf = flagged(row, Col::Nature);
                choose(row, Col::Nature, Value::Text(mended), conf, rule::NATURE_SUFFIX_IN_NOTE, log);
                continue;
            }
        }
        // The footnote's spelling of the name, its commas and points, which the table's
        // small type loses; only where the nature is the name.
        if squeeze(core) == name && spelled.iter().all(|(_, s)| *s == spelling) && core != spelling && points_only_added(core, spelling) && plain_spelling(spelling) {
            let mended = prefix.map_or(spelling.to_string(), |p| format!("{p} {spelling}"));
            let conf = flagged(row, Col::Nature);
            choose(row, Col::Nature, Value::Text(mended), conf, rule::NATURE_SPELLED_IN_NOTE, log);
        }
    }
}

/// Entity suffixes a holder's name ends with, squeezed (`L.P.` → `lp`).
const SUFFIXES: [&str; 7] = ["lp", "llc", "ltd", "inc", "limited", "corp", "lllp"];

/// The entity suffix that starts `rest`, the text after a name in a footnote
/// (`, LP and …` → `, LP`), spelled as a filer writes one. (A point after `LP` or `LLC`
/// ends the sentence; after `L.P.` or `Inc` it is the abbreviation's.)
fn entity_suffix(rest: &str) -> Option<&str> {
    static SUFFIX: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"^(,? ?(?:L\.P\.|LP|L\.L\.C\.|LLC|LLLP|Ltd\.|Ltd|Limited|Inc\.|Inc|Corp\.|Corp))(?:$|[^A-Za-z0-9])").expect("static regex"));
    SUFFIX.captures(rest).and_then(|c| c.get(1)).map(|m| m.as_str())
}

/// Where a name that ends at byte `last` of a footnote ends: after that character, and
/// after an abbreviation's closing point (`L.P.`, `Inc.`), which is part of the name.
fn name_end(original: &str, last: usize) -> usize {
    let to = last + original[last..].chars().next().map_or(0, char::len_utf8);
    let word = &original[original[..to].rfind(' ').map_or(0, |s| s + 1)..to];
    let point = original[to..].starts_with('.') && (word.contains('.') || matches!(word, "Inc" | "Ltd" | "Co" | "Corp"));
    to + usize::from(point)
}

/// Whether a footnote's spelling of a name only adds points and commas to the table's
/// reading, dropping none it shows (a filer may write `L.P.` in the table and `LP` in
/// the footnote).
fn points_only_added(read: &str, spelling: &str) -> bool {
    let mut theirs = spelling.chars().filter(|c| matches!(c, '.' | ','));
    read.chars().filter(|c| matches!(c, '.' | ',')).all(|m| theirs.any(|n| n == m))
}

/// Whether a spelling brings in no specks: letters, digits, spaces and the punctuation
/// of names only.
fn plain_spelling(spelling: &str) -> bool {
    spelling.chars().all(|c| c.is_alphanumeric() || " ,.-&'()".contains(c))
}

/// See [`rule::NATURE_NEAR_NOTE`]: the one spelling in the footnotes (each squeezed to
/// its letters and digits, with the byte offset in the text of each squeezed byte) of a
/// name whose squeezed letters are nearest `name`, and the footnote's id when only one
/// footnote holds it.
#[allow(clippy::type_complexity)]
fn name_near(name: &str, read_words: &[&str], notes: &[(&str, &str, String, Vec<usize>)]) -> Option<(Option<String>, String)> {
    let p = name.as_bytes();
    let m = p.len();
    let most = if m < 24 { 1 } else { 2 };
    let digits = |t: &[u8]| t.iter().copied().filter(u8::is_ascii_digit).collect::<Vec<u8>>();
    let read_digits = digits(p);
    // (A numeral before a series letter counts too: `III-B`.)
    let roman = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).split('-').next().unwrap_or_default();
        (!w.is_empty() && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))).then(|| w.to_string())
    };
    let read_roman: Vec<String> = read_words.iter().filter_map(|w| roman(w)).collect();
    let read_suffix = read_words.last().map(|w| crate::text::letters_and_digits(w)).filter(|w| SUFFIXES.contains(&w.as_str()));
    // (distance, footnote id, spelling) of every acceptable near spelling.
    let mut found: Vec<(usize, &str, &str)> = Vec::new();
    // (The caller looks up names of 12 letters or more.)
    if m == 0 || m > 64 {
        return None;
    }
    let mask = if m == 64 { u64::MAX } else { (1u64 << m) - 1 };
    let top = 1u64 << (m - 1);
    let mut peq = [0u64; 256];
    for (i, &c) in p.iter().enumerate() {
        peq[usize::from(c)] |= 1 << i;
    }
    // A name within `most` edits holds one of `most + 1` pieces of it unchanged: the
    // edit distances are computed only around where a piece is found.
    let pieces: Vec<(usize, memchr::memmem::Finder<'_>)> = (0..=most).map(|i| (i * m / (most + 1), memchr::memmem::Finder::new(&p[i * m / (most + 1)..(i + 1) * m / (most + 1)]))).collect();
    let mut windows: Vec<(usize, usize)> = Vec::new();
    for (id, original, squeezed, at) in notes {
        let t = squeezed.as_bytes();
        windows.clear();
        for (offset, finder) in &pieces {
            windows.extend(finder.find_iter(t).map(|q| (q.saturating_sub(offset + most), (q + m + most).saturating_sub(*offset).min(t.len()))));
        }
        windows.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for &(lo, hi) in &windows {
            match merged.last_mut() {
                Some(last) if lo <= last.1 => last.1 = last.1.max(hi),
                _ => merged.push((lo, hi)),
            }
        }
        for &(lo, hi) in &merged {
            // Myers' bit-parallel edit distance of `name` to the substrings ending at
            // each byte (one machine word holds the column of distances).
            let (mut pv, mut mv, mut d) = (mask, 0u64, m);
            for (j, &c) in t.iter().enumerate().take(hi).skip(lo) {
                let eq = peq[usize::from(c)];
                let xv = eq | mv;
                let xh = (((eq & pv).wrapping_add(pv)) ^ pv) | eq;
                let ph = mv | !(xh | pv);
                let mh = pv & xh;
                if ph & top != 0 {
                    d += 1;
                } else if mh & top != 0 {
                    d -= 1;
                }
                let (ph, mh) = (ph << 1, mh << 1);
                pv = (mh | !(xv | ph)) & mask;
                mv = ph & xv & mask;
                if d == 0 || d > most {
                    continue;
                }
                // The name ends a word in the footnote…
                let end = j + 1;
                let last = at[j];
                let after = last + original[last..].chars().next().map_or(0, char::len_utf8);
                if original[after..].chars().next().is_some_and(char::is_alphanumeric) {
                    continue;
                }
                // …and starts one: the start that gives the same distance, on a word's
                // first letter.
                let starts = end.saturating_sub(m + most)..=end.saturating_sub(m.saturating_sub(most));
                let Some(start) = starts.filter(|&s| s < end && original[..at[s]].chars().next_back().is_none_or(|c| !c.is_alphanumeric())).find(|&s| sequence_distance(p, &t[s..end]) == d) else {
                    continue;
                };
                let spelling = &original[at[start]..name_end(original, last)];
                let words: Vec<&str> = spelling.split_whitespace().collect();
                // (Or one with an `I` lost, the thinnest glyph: `XI` read for `XII`.)
                let lost_i = |r: &str, w: &str| w.len() == r.len() + 1 && (0..w.len()).any(|k| w.as_bytes()[k] == b'I' && w[..k] == r[..k] && w[k + 1..] == r[k..]);
                let keeps_numerals = read_roman.iter().all(|r| words.iter().any(|w| roman(w).is_some_and(|w| w == *r || lost_i(r, &w))));
                let keeps_suffix = read_suffix.as_ref().is_none_or(|s| words.last().is_some_and(|w| crate::text::letters_and_digits(w) == *s));
                if digits(&t[start..end]) == read_digits && keeps_numerals && keeps_suffix && plain_spelling(spelling) {
                    found.push((d, id, spelling));
                }
            }
        }
    }
    let nearest = found.iter().map(|f| f.0).min()?;
    found.retain(|f| f.0 == nearest);
    let (_, id, spelling) = found[0];
    if found.iter().any(|f| f.2 != spelling) {
        return None;
    }
    let one_note = found.iter().all(|f| f.1 == id);
    Some((one_note.then(|| id.to_string()), spelling.to_string()))
}

/// A speck read where a nature or a date's words go (`v`, `p`, `em`, `ay 1`, `|`): no
/// value (a short value with a capital or `#` is left: filers write `N/A`, `#1`; but
/// not one short word outside the natures' words beside a `D`, `Es`, `Bees`).
/// Natures are words (`By Trust`), and a Table II date column holds a date or a phrase
/// (`Immediately`, `See Footnote`); two or three stray glyphs are neither. The cell is
/// left empty and reported unsettled, not filled with the speck.
fn specks_in_text_cells(rows: &mut [RowRead]) {
    for row in rows.iter_mut() {
        let direct = row.value(Col::DirInd) == &Value::Text("D".into());
        if let Some(f) = row.fields.get_mut(&Col::Nature) {
            if let Value::Text(t) = &f.value {
                // Filers' own short natures (`N/A`, `#1`, `-`: 0.2% of the bulk corpus's)
                // have a capital, a number sign or are a dash alone.
                let filers = t.chars().any(|c| c.is_uppercase() || c == '#') || t.trim() == "-";
                // Beside a direct-ownership letter, one short word that is neither an
                // abbreviation in capitals (`IRA`) nor a nature's own word (`See`, `Wife`)
                // is a speck read as a word (`Es`, `Bees`): no nature of the bulk corpus's
                // 14,084 is one. (Beside a lost letter it may be a garbled nature, `eee`
                // for `by Trust`, which like rows can mend.)
                let word = t.trim();
                let speck_word = direct && word.len() <= 4 && word.bytes().all(|b| b.is_ascii_alphabetic()) && !word.bytes().all(|b| b.is_ascii_uppercase()) && !crate::vocab::nature_word(word);
                if (t.chars().filter(|c| c.is_alphanumeric()).count() < 3 && !filers) || speck_word {
                    f.set_aside();
                }
            }
        }
        // A date column holds a date or nothing (the schema's type): text read there with
        // neither a slash nor a year's four digits (`oH`, `18 leo EE`, an amount slid
        // over with a word) is debris, set aside; a broken date keeps its reading.
        for col in [Col::ExDate, Col::ExpDate] {
            let Some(f) = row.fields.get_mut(&col) else { continue };
            let Value::Text(t) = &f.value else { continue };
            let year = t.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
            if !year && !t.contains('/') {
                f.set_aside();
            }
        }
    }
}

/// Table II's conversion or exercise price printed as a footnote mark alone (`(2)`,
/// the filer leaving the price blank) and read without its parentheses: a small whole
/// number without the dollar sign the form prints before every price. It is the mark,
/// flagged, and the price is left empty.
fn marks_read_as_prices(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    for row in rows.iter_mut().filter(|r| r.derivative) {
        let path = format!("{}.footnoteId", row.field_path(Col::Conv));
        let Some(f) = row.fields.get_mut(&Col::Conv) else { continue };
        let Some(n) = f.value.num().filter(|n| n.is_integer() && *n >= Decimal::ONE && *n <= Decimal::from(40)) else { continue };
        // Only the number and what is left of the parentheses (`2`, `12)`, `2) :`): a
        // `26-13` is `$6.13` misread, not a mark.
        if !f.read.chars().all(|c| c.is_ascii_digit() || " ()]}:;@©®".contains(c)) {
            continue;
        }
        let id = format!("F{n}");
        record(log, path, &f.read, &Value::Text(id.clone()), rule::MARK_READ_AS_PRICE);
        f.set_aside();
        if !f.notes.contains(&id) {
            f.notes.push(id);
            f.notes_conf = Some(UNCERTAIN_AT - 4);
        }
    }
}

/// `See Footnote` garbled past the vocabulary's one-glyph mending (`See Footno ENTS`,
/// `tie Footnote`): one of its two words read right, the other three edits from it at
/// most, nothing but specks after. The case and number of `Footnote` follow the
/// reading (filers write `See Footnote`, `See footnote`, `See Footnotes`).
fn see_footnote(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    // `Footnote` alone: its `See` lost (no nature in the bulk corpus is the word alone).
    if let [one] = words.as_slice() {
        let w = one.trim_matches(|c: char| !c.is_alphanumeric());
        return matches!(w, "Footnote" | "Footnotes" | "footnote" | "footnotes").then(|| format!("See {w}"));
    }
    let (first, second) = (words.first()?, words.get(1)?);
    let rest_specks = words[2..].iter().all(|w| w.chars().filter(|c| c.is_alphanumeric()).count() <= 4);
    let (lower_first, lower_second) = (bare_lower(first), bare_lower(second));
    let plural = lower_second.ends_with('s');
    let target = if plural { "footnotes" } else { "footnote" };
    let ok = rest_specks
        && ((lower_first == "see" && lower_second != target && lower_second.len() >= 5 && edit_distance(&lower_second, target) <= 3 && lower_second.starts_with('f'))
            || (lower_second == target && first.len() <= 3 && lower_first != "see" && edit_distance(&lower_first, "see") <= 2));
    let word = if second.starts_with(|c: char| c.is_uppercase()) {
        if plural {
            "Footnotes"
        } else {
            "Footnote"
        }
    } else {
        target
    };
    let see = if first.starts_with(|c: char| c.is_lowercase()) && lower_first == "see" { "see" } else { "See" };
    // `See Common Common Footnote`: title words of the row's other cells in between.
    let last = words.last().map(|w| bare_lower(w)).unwrap_or_default();
    let between = lower_first == "see"
        && (last == "footnote" || last == "footnotes")
        && (3..=4).contains(&words.len())
        && words[1..words.len() - 1].iter().all(|w| crate::vocab::is_title_word(w) || (w.len() <= 2 && w.chars().all(|c| c.is_ascii_lowercase())));
    if between {
        let last_word = words.last().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).unwrap_or("Footnote");
        return Some(format!("{see} {last_word}"));
    }
    (ok || (lower_first == "see" && lower_second == target && words.len() > 2 && rest_specks)).then(|| format!("{see} {word}"))
}

fn natures(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    for row in rows.iter_mut() {
        let Some(text) = row.value(Col::Nature).text().map(str::to_string) else { continue };
        // The vocabulary's one-glyph mending first (`Footno` → `Footnote`), then the phrase.
        let (fixed, changed) = crate::vocab::check_nature(&text);
        if let Some(phrase) = see_footnote(&fixed).filter(|p| *p != text) {
            let conf = flagged(row, Col::Nature);
            choose(row, Col::Nature, Value::Text(phrase), conf, rule::NATURE_TEXT, log);
            continue;
        }
        if changed {
            let conf = flagged(row, Col::Nature);
            choose(row, Col::Nature, Value::Text(fixed.clone()), conf, rule::NATURE_TEXT, log);
        }
        if let Some(cut) = cut_after_entity(&fixed) {
            let conf = flagged(row, Col::Nature);
            choose(row, Col::Nature, Value::Text(cut), conf, rule::NATURE_ENDS_AT_ENTITY, log);
        }
    }
}

/// See [`rule::NATURE_ENDS_AT_ENTITY`]: the nature up to its last entity suffix, if
/// specks follow it.
fn cut_after_entity(nature: &str) -> Option<String> {
    const SUFFIXES: [&str; 9] = ["l.p.", "lp", "l.p", "llc", "l.l.c.", "ltd", "ltd.", "inc.", "trust"];
    const NUMERALS: [&str; 12] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
    let words: Vec<&str> = nature.split_whitespace().collect();
    let bare = |w: &str| w.trim_end_matches(|c: char| !(c.is_alphanumeric() || c == '.')).to_string();
    let k = words.iter().rposition(|w| SUFFIXES.contains(&bare(w).to_lowercase().as_str()))?;
    let rest = &words[k + 1..];
    let speck = |w: &&str| w.chars().count() <= 3 && !NUMERALS.contains(w) && !w.chars().all(|c| c.is_ascii_digit()) && !w.starts_with('(');
    // A comma, or a parenthesis closing one the nature opened, is no speck.
    let trailing_junk = bare(words[k]) != words[k] && !words[k].ends_with(',') && !(words[k].ends_with(')') && nature.contains('('));
    if rest.len() > 2 || !rest.iter().all(speck) || (rest.is_empty() && !trailing_junk) {
        return None;
    }
    let mut kept: Vec<String> = words[..k].iter().map(|w| w.to_string()).collect();
    kept.push(bare(words[k]));
    Some(kept.join(" "))
}

fn price_points(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    for derivative in [false, true] {
        let mut prices: Vec<Decimal> = rows.iter().filter(|r| r.derivative == derivative).filter_map(|r| r.value(Col::Price).num()).filter(|p| !p.is_zero()).collect();
        if prices.len() < 3 {
            continue;
        }
        prices.sort();
        let median = prices[prices.len() / 2];
        for row in rows.iter_mut().filter(|r| r.derivative == derivative) {
            let Some(f) = row.get(Col::Price) else { continue };
            let (Some(p), read) = (f.value.num(), f.read.clone()) else { continue };
            let digits: String = read.chars().filter(|c| c.is_ascii_digit() || *c == ',' || *c == '.').collect();
            let last_comma_group = digits.rfind(',').is_some_and(|k| digits.len() - k == 4) && !digits.contains('.');
            let scaled = p / Decimal::from(1000);
            if last_comma_group && median > Decimal::ZERO && p > median * Decimal::from(300) && scaled < median * Decimal::from(3) {
                let conf = f.conf.min(UNCERTAIN_AT - 4);
                choose(row, Col::Price, Value::Num(scaled), conf, rule::PRICE_POINT, log);
            }
        }
    }
}

fn price_decimals(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    for row in rows.iter_mut() {
        let Some(f) = row.get(Col::Price) else { continue };
        let Some(p) = f.value.num().filter(|p| p.scale() > 4) else { continue };
        let conf = f.conf.min(UNCERTAIN_AT - 4);
        choose(row, Col::Price, Value::Num(p.trunc_with_scale(4)), conf, rule::MARK_READ_AS_DIGITS, log);
    }
}

/// Whether the words of `short` appear in order in `long`, each equal or one glyph off.
fn words_in_order(short: &[&str], long: &[&str]) -> bool {
    let mut it = long.iter();
    short.iter().all(|w| it.any(|l| l.eq_ignore_ascii_case(w) || (w.len() > 1 && one_glyph_apart(&l.to_lowercase(), &w.to_lowercase()))))
}

/// Whether `read` is `title` printed twice, once whole and once in part, its glyphs
/// interleaved (`Class ass AC ommon Stock Stoc` for `Class A Common Stock`): its glyphs,
/// spaces and case aside, split into `title` and a subsequence of `title`.
fn read_twice(title: &str, read: &str) -> bool {
    let squeeze = |s: &str| -> Vec<char> { s.chars().filter(|c| !c.is_whitespace()).flat_map(char::to_lowercase).collect() };
    let (t, r) = (squeeze(title), squeeze(read));
    // The part read again is a few glyphs at least: one more glyph is a speck.
    if r.len() < t.len() + 3 || r.len() > 2 * t.len() {
        return false;
    }
    // (glyphs of the whole reading matched, glyphs of `title` the part reading has passed),
    // the part matched greedily, which finds a subsequence if there is one.
    let mut states: std::collections::HashSet<(usize, usize)> = std::iter::once((0, 0)).collect();
    for &c in &r {
        let mut next = std::collections::HashSet::new();
        for &(whole, part) in &states {
            if t.get(whole) == Some(&c) {
                next.insert((whole + 1, part));
            }
            if let Some(k) = t[part..].iter().position(|&x| x == c) {
                next.insert((whole, part + k + 1));
            }
        }
        if next.is_empty() {
            return false;
        }
        states = next;
    }
    states.iter().any(|&(whole, _)| whole == t.len())
}

fn title_of_like_rows(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    for derivative in [false, true] {
        for col in [Col::Title, Col::UndTitle] {
            let mut counts: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
            for r in rows.iter().filter(|r| r.derivative == derivative) {
                if let Some(t) = r.value(col).text() {
                    *counts.entry(t.to_string()).or_default() += 1;
                }
            }
            let Some((majority, n)) = counts.iter().max_by_key(|(_, n)| **n).map(|(t, n)| (t.clone(), *n)) else { continue };
            if n < 2 {
                continue;
            }
            let m: Vec<&str> = majority.split(' ').collect();
            for r in rows.iter_mut().filter(|r| r.derivative == derivative) {
                let Some(t) = r.value(col).text().map(str::to_string) else { continue };
                if t == majority {
                    continue;
                }
                let w: Vec<&str> = t.split(' ').collect();
                // The title and more words of the vocabulary, none of the title's again nor
                // a lone letter, is another security (`Class B Common Stock Warrant (Right
                // to buy)` beside `Class B Common Stock`), not the title with debris.
                let another = t.starts_with(&majority)
                    && w[m.len()..].iter().all(|x| crate::vocab::is_title_word(x) && x.trim_matches(|c: char| !c.is_alphanumeric()).len() > 1 && !m.iter().any(|y| y.eq_ignore_ascii_case(x)));
                let debris = w.len() > m.len() && w.len() <= 2 * m.len() && words_in_order(&m, &w);
                // The title read over and over (`Class B Common Stock Class B Common Stock
                // Class B`): a cell repeated by the grid finder.
                let repeated = w.len() > m.len() && w.iter().enumerate().all(|(k, x)| x.eq_ignore_ascii_case(m[k % m.len()]));
                if (debris || repeated || read_twice(&majority, &t)) && !another {
                    choose(r, col, Value::Text(majority.clone()), UNCERTAIN_AT - 4, rule::TITLE_LIKE_ROWS, log);
                }
            }
        }
    }
}

/// See [`rule::NATURE_LIKE_ROWS`]. The nature of like rows is a text read the same on
/// two of them or more, no other text being read so (a nature read once is flagged
/// however well it reads); an illegible one is in doubt and holds no word of four
/// letters or more that is capitalised or a nature word (`ane Se`, `a ut —`, nothing:
/// a name read once, `By Spouse`, `Digs`, stays as read).
fn nature_of_like_rows(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    let key = |r: &RowRead| (r.derivative, r.value(Col::Title).text().map(str::to_lowercase));
    let indirect = |r: &RowRead| r.value(Col::DirInd) == &Value::Text("I".into());
    let illegible = |t: &str| {
        t.split_whitespace().all(|w| {
            let core = w.trim_matches(|c: char| !c.is_alphanumeric());
            core.chars().filter(|c| c.is_alphabetic()).count() < 4 || !(core.starts_with(char::is_uppercase) || crate::vocab::nature_word(core))
        })
    };
    // (Each row's key once: the title is lowercased.)
    let keys: Vec<_> = rows.iter().map(key).collect();
    for k in 0..rows.len() {
        let row = &rows[k];
        let read = row.value(Col::Nature).text().unwrap_or("").to_string();
        if keys[k].1.is_none() || !indirect(row) || row.get(Col::Nature).is_some_and(|f| !f.uncertain()) || !illegible(&read) {
            continue;
        }
        let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
        for r in rows.iter().zip(&keys).filter(|(r, key)| **key == keys[k] && indirect(r)).map(|(r, _)| r) {
            if let Some(t) = r.value(Col::Nature).text().filter(|t| !illegible(t)) {
                *counts.entry(t).or_default() += 1;
            }
        }
        let mut repeated = counts.iter().filter(|(_, n)| **n >= 2).map(|(t, _)| t.to_string());
        let (Some(nature), None) = (repeated.next(), repeated.next()) else { continue };
        choose(&mut rows[k], Col::Nature, Value::Text(nature), UNCERTAIN_AT - 4, rule::NATURE_LIKE_ROWS, log);
    }
}

/// The price ranges each footnote states (`from $20.96 to $21.57`), low to high.
fn footnote_ranges(header: &HeaderRead) -> Vec<(String, Decimal, Decimal)> {
    static RANGE: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"\$\s?([0-9]{1,3}(?:,[0-9]{3})*(?:\.[0-9]+)?)\s*(?:to|through|and|-|–)\s*\$\s?([0-9]{1,3}(?:,[0-9]{3})*(?:\.[0-9]+)?)").expect("static regex"));
    let mut out = Vec::new();
    for (id, note) in &header.footnotes {
        let Value::Text(text) = &note.value else { continue };
        for c in RANGE.captures_iter(text) {
            let num = |i: usize| c[i].replace(',', "").parse::<Decimal>().ok();
            if let (Some(lo), Some(hi)) = (num(1), num(2)) {
                if lo < hi {
                    out.push((id.clone(), lo, hi));
                }
            }
        }
    }
    out
}

/// Prices inside several footnotes' ranges (`$21.3303` in $21.07–21.71, $20.96–21.57
/// and $20.51–21.34): footnotes are numbered in the order the form refers to them and
/// each weighted average has its own, so the prices' marks rise down the rows, one
/// footnote each (in the bulk corpus, of 1,052 filings with two or more prices footnoted
/// by a one-range footnote each, 1,010 number them strictly rising down the rows, 39
/// share one between rows, 3 do not rise). Where exactly one such assignment puts every
/// price in its range, a price's footnote is the one it assigns, flagged like every
/// inferred mark (per row; `None` where it decides nothing).
fn ranges_in_order(rows: &[RowRead], ranges: &[(String, Decimal, Decimal)]) -> Vec<Option<String>> {
    let mut out = vec![None; rows.len()];
    // Each footnote with one range only (one holding several ranges serves several rows).
    let mut single: Vec<(u32, Decimal, Decimal)> = Vec::new();
    for (id, lo, hi) in ranges {
        if ranges.iter().filter(|(i, _, _)| i == id).count() == 1 {
            single.extend(footnote_number(id).map(|n| (n, *lo, *hi)));
        }
    }
    // (row, the footnote numbers whose range holds its price); a mark read on the price
    // is the row's only candidate.
    let priced: Vec<(usize, Vec<u32>)> = rows
        .iter()
        .enumerate()
        .filter_map(|(k, r)| {
            let f = r.get(Col::Price)?;
            let p = f.value.num()?;
            let holds: Vec<u32> = single.iter().filter(|(_, lo, hi)| *lo <= p && p <= *hi).map(|(n, _, _)| *n).collect();
            let read: Vec<u32> = f.notes.iter().filter_map(|n| footnote_number(n)).filter(|n| holds.contains(n)).collect();
            let candidates = if f.notes.is_empty() { holds } else { read };
            (!candidates.is_empty()).then_some((k, candidates))
        })
        .collect();
    if !priced.iter().any(|(_, c)| c.len() > 1) {
        return out;
    }
    // ways[i][j]: assignments of the first i+1 priced rows, rising, row i taking its j-th
    // candidate (counted up to 2: one or more than one).
    let mut ways: Vec<Vec<u8>> = Vec::with_capacity(priced.len());
    for (i, (_, cands)) in priced.iter().enumerate() {
        let row: Vec<u8> = cands.iter().map(|&n| if i == 0 { 1 } else { priced[i - 1].1.iter().zip(&ways[i - 1]).filter(|(&m, _)| m < n).map(|(_, &w)| w).sum::<u8>().min(2) }).collect();
        ways.push(row);
    }
    if ways.last().map_or(0, |w| w.iter().map(|&x| u32::from(x)).sum::<u32>()) != 1 {
        return out;
    }
    // The one assignment, from the last row back.
    let mut bound = u32::MAX;
    for i in (0..priced.len()).rev() {
        let Some(j) = (0..priced[i].1.len()).find(|&j| ways[i][j] > 0 && priced[i].1[j] < bound) else { return vec![None; rows.len()] };
        bound = priced[i].1[j];
        out[priced[i].0] = Some(format!("F{bound}"));
    }
    out
}

/// An open-market purchase or sale (P, S) in Table I.
fn open_market_trade(r: &RowRead) -> bool {
    !r.derivative && !r.holding && matches!(r.value(Col::Code).text(), Some("P" | "S"))
}

/// Whether `other` is an open-market trade like `trade`: of its security, with its code.
fn like_trades(trade: &RowRead, other: &RowRead) -> bool {
    open_market_trade(other) && other.value(Col::Title) == trade.value(Col::Title) && other.value(Col::Code) == trade.value(Col::Code)
}

/// The median of the prices above zero read on `trades`, three at least.
fn median_price<'a>(trades: impl Iterator<Item = &'a RowRead>) -> Option<Decimal> {
    let mut prices: Vec<Decimal> = trades.filter_map(|r| r.value(Col::Price).num()).filter(|p| *p > Decimal::ZERO).collect();
    if prices.len() < 3 {
        return None;
    }
    prices.sort_unstable();
    Some(prices[prices.len() / 2])
}

/// See [`rule::PRICE_NEIGHBOURS`].
fn prices_among_neighbours(rows: &mut [RowRead], log: &mut Vec<Repair>) {
    let mut done = vec![false; rows.len()];
    for i in 0..rows.len() {
        if done[i] || !open_market_trade(&rows[i]) {
            continue;
        }
        let alike: Vec<usize> = (i..rows.len()).filter(|&j| like_trades(&rows[i], &rows[j])).collect();
        for &j in &alike {
            done[j] = true;
        }
        let Some(median) = median_price(alike.iter().map(|&j| &rows[j])) else { continue };
        let (far_above, far_below) = (median * Decimal::new(25, 1), median * Decimal::new(4, 1));
        let (near_above, near_below) = (median * Decimal::new(125, 2), median * Decimal::new(8, 1));
        for &j in &alike {
            let Some(price) = rows[j].value(Col::Price).num().filter(|p| *p > far_above || (*p > Decimal::ZERO && *p < far_below)) else { continue };
            let digits = price.to_string();
            let dropped = digits.get(1..).filter(|rest| rest.starts_with(|c: char| c.is_ascii_digit() && c != '0')).and_then(|rest| rest.parse::<Decimal>().ok());
            match dropped.filter(|d| *d >= near_below && *d <= near_above) {
                Some(d) => {
                    let conf = flagged(&rows[j], Col::Price);
                    choose(&mut rows[j], Col::Price, Value::Num(d), conf, rule::PRICE_NEIGHBOURS, log);
                }
                None => {
                    if let Some(f) = rows[j].fields.get_mut(&Col::Price) {
                        f.conf = f.conf.min(UNCERTAIN_AT - 4);
                    }
                }
            }
        }
    }
}

/// See [`rule::EXERCISE_PRICE_NEIGHBOURS`].
fn exercise_prices_among_neighbours(rows: &mut [RowRead]) {
    let price = |r: &RowRead| r.value(Col::Conv).num().filter(|p| *p > Decimal::ZERO);
    // (Titles compared by their letters: `(rightto buy)` is `(right to buy)`.)
    let titles: Vec<String> =
        rows.iter().map(|r| if r.derivative { r.value(Col::Title).render().chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect() } else { String::new() }).collect();
    for i in 0..rows.len() {
        let Some(p) = price(&rows[i]).filter(|_| rows[i].derivative) else { continue };
        let mut others: Vec<Decimal> = rows.iter().enumerate().filter(|(j, r)| *j != i && r.derivative && titles[*j] == titles[i]).filter_map(|(_, r)| price(r)).collect();
        if others.len() < 2 {
            continue;
        }
        others.sort_unstable();
        let median = others[others.len() / 2];
        if p > median * Decimal::TEN || p * Decimal::TEN < median {
            if let Some(f) = rows[i].fields.get_mut(&Col::Conv) {
                f.conf = f.conf.min(UNCERTAIN_AT - 4);
            }
        }
    }
}

/// See [`rule::PRICE_RANGE`]. Only a footnote whose range holds the price alone counts;
/// ranges that overlap decide nothing.
fn price_ranges(rows: &mut [RowRead], header: &HeaderRead, log: &mut Vec<Repair>) {
    let ranges = footnote_ranges(header);
    if ranges.is_empty() {
        return;
    }
    let holding = |p: Decimal| -> Option<&str> {
        let mut ids = ranges.iter().filter(|(_, lo, hi)| *lo <= p && p <= *hi).map(|(id, _, _)| id.as_str());
        let first = ids.next()?;
        ids.all(|id| id == first).then_some(first)
    };
    let in_order = ranges_in_order(rows, &ranges);
    // (The ranges' span, for a price read outside all of them.)
    let (lowest, highest) = ranges.iter().fold((Decimal::MAX, Decimal::MIN), |(l, h), (_, lo, hi)| (l.min(*lo), h.max(*hi)));
    let referenced: Vec<String> = crate::rows::referenced_footnotes(rows).cloned().collect();
    for (k, row) in rows.iter_mut().enumerate() {
        let Some(f) = row.get(Col::Price) else { continue };
        let Some(p) = f.value.num() else { continue };
        // A mark read on the price naming a footnote whose range leaves the price out,
        // the price inside exactly one other footnote's range: the mark was misread
        // (`(6)` for (5), `(1)` for (11)); that footnote, flagged. So is one naming a
        // footnote with no range, a digit short of or beyond the number of the footnote
        // holding the price that no value refers to (`(2)` for (21), footnote 2 a tax
        // withholding's).
        let misread = f.notes.iter().position(|n| {
            let mut of_n = ranges.iter().filter(|(id, _, _)| id == n).peekable();
            if of_n.peek().is_none() {
                return holding(p).is_some_and(|id| !referenced.iter().any(|r| r == id) && n.len() != id.len() && crate::field::one_glyph_apart(&n[1..], &id[1..]));
            }
            of_n.all(|(_, lo, hi)| p < *lo || p > *hi)
        });
        if let (Some(at), Some(id)) = (misread, holding(p)) {
            if !f.notes.iter().any(|n| n == id) {
                let (id, path) = (id.to_string(), format!("{}.footnoteId", row.field_path(Col::Price)));
                if let Some(f) = row.fields.get_mut(&Col::Price) {
                    record(log, path, &f.read, &Value::Text(id.clone()), rule::PRICE_RANGE);
                    f.notes[at] = id;
                    f.notes_conf = Some(UNCERTAIN_AT - 4);
                }
                continue;
            }
        }
        // A mark naming a footnote whose range leaves the price out, no other range
        // read holding it (`(3)` for (13), footnote 13's range misread): the mark is in
        // doubt, whatever its glyphs' clarity.
        let outside = |n: &String| {
            let mut of_n = ranges.iter().filter(|(id, _, _)| id == n).peekable();
            of_n.peek().is_some() && of_n.all(|(_, lo, hi)| p < *lo || p > *hi)
        };
        if f.notes.iter().any(outside) && holding(p).is_none() {
            if let Some(f) = row.fields.get_mut(&Col::Price) {
                f.notes_conf = Some(f.notes_conf.map_or(UNCERTAIN_AT - 4, |c| c.min(UNCERTAIN_AT - 4)));
            }
        }
        let Some(f) = row.get(Col::Price) else { continue };
        if let Some(id) = holding(p).or(in_order[k].as_deref()) {
            // Footnote paragraphs are often cut apart in the wrong places, so a range may
            // sit under its neighbour's number: the mark stays flagged.
            infer_marks(row, Col::Price, vec![id.to_string()], rule::PRICE_RANGE, log);
            continue;
        }
        // A stray digit before the price (the dollar sign read as 4, 5, 8 or S), or a
        // decimal point lost (`1029434` for 1,029.434): the one mending that puts the
        // price in a range.
        let digits: String = f.read.chars().skip_while(|c| !c.is_ascii_digit()).collect();
        let number: String = digits.chars().take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.').filter(|c| *c != ',').collect();
        let mut mended: Vec<Decimal> = Vec::new();
        if number.get(1..).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())) {
            mended.extend(number[1..].parse::<Decimal>().ok());
        }
        if !number.contains('.') && number.len() >= 3 {
            mended.extend((1..number.len()).filter_map(|k| format!("{}.{}", &number[..k], &number[k..]).parse::<Decimal>().ok()));
        }
        let fits: Vec<(Decimal, &str)> = mended.into_iter().filter_map(|q| holding(q).map(|id| (q, id))).collect();
        let [(q, id)] = fits.as_slice() else {
            // A sale's or purchase's price read whole outside every range, near them
            // (`1099.47` among ranges from $1,020 to $1,041): a digit misread, flagged.
            let near = p * Decimal::from(4) >= lowest * Decimal::from(3) && p * Decimal::from(3) <= highest * Decimal::from(4);
            let traded = matches!(row.value(Col::Code), Value::Text(c) if c == "S" || c == "P");
            if near && traded && f.notes.is_empty() {
                if let Some(f) = row.fields.get_mut(&Col::Price) {
                    f.conf = f.conf.min(UNCERTAIN_AT - 1);
                }
            }
            continue;
        };
        let id = id.to_string();
        // (A range bounds the price's whole dollars, not its cents, and where the ranges
        // follow one another, as a filing's many sales' do, not even those: a digit
        // misread with the point lost lands in a neighbour's range. Flagged.)
        choose(row, Col::Price, Value::Num(*q), UNCERTAIN_AT - 1, rule::PRICE_RANGE, log);
        // The mark read beside it, if any, may be misread too: it is kept as read.
        if let Some(f) = row.fields.get_mut(&Col::Price) {
            if f.notes.is_empty() {
                f.notes.push(id);
                f.notes_conf = Some(UNCERTAIN_AT - 4);
            }
        }
    }
}

/// Prices written in footnote text (`ranging from $2,556,63 to $2,557.63`): a comma
/// followed by one or two digits, or by three digits where some price in the footnotes
/// has three decimals, is a decimal point. A range's second price that lost its dollar
/// sign takes it ([`rule::RANGE_SIGN`]).
fn footnote_prices(header: &mut HeaderRead, log: &mut Vec<Repair>) {
    static RANGE_END_WITHOUT_DOLLAR: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| regex::Regex::new(r"(from \$\d[\d,]*\.\d+ to )(\d[\d,]*\.\d+)").expect("static regex"));
    static PRICE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| regex::Regex::new(r"\$\d{1,3}(?:,\d{3})*[.,]\d{1,3}(?-u:\b)").expect("static regex"));
    // Three decimals anywhere in the filing's footnotes (`$1,001.910`) make a last group of
    // three digits after a comma elsewhere in them a misread point too (`$1,002,830`).
    let has_point3 = header.footnotes.iter().any(|(_, n)| match &n.value {
        Value::Text(t) => PRICE.find_iter(t).any(|m| m.as_str().rsplit_once('.').is_some_and(|(_, d)| d.len() == 3)),
        _ => false,
    });
    for (id, note) in header.footnotes.iter_mut() {
        let Value::Text(text) = &note.value else { continue };
        let prices: Vec<(usize, usize)> = PRICE.find_iter(text).map(|m| (m.start(), m.end())).collect();
        if prices.is_empty() {
            continue;
        }
        let mut fixed = text.clone();
        for &(a, b) in prices.iter().rev() {
            let p = &text[a..b];
            let Some((int, last)) = p.rsplit_once(',') else { continue };
            if p.contains('.') {
                continue;
            }
            if last.len() <= 2 || (last.len() == 3 && has_point3) {
                fixed.replace_range(a..b, &format!("{int}.{last}"));
            }
        }
        if fixed != *text {
            record(log, format!("footnotes.{id}"), text, &Value::Text(fixed.clone()), rule::PRICE_POINT);
        }
        if let std::borrow::Cow::Owned(signed) = RANGE_END_WITHOUT_DOLLAR.replace_all(&fixed, "${1}$$${2}") {
            record(log, format!("footnotes.{id}"), &fixed, &Value::Text(signed.clone()), rule::RANGE_SIGN);
            fixed = signed;
        }
        if fixed != *text {
            note.value = Value::Text(fixed);
        }
    }
    // Two short words OCR glued together (`ofthe`): no English word is spelled so.
    const GLUED: &[(&str, &str)] = &[
        ("ofthe", "of the"),
        ("tothe", "to the"),
        ("inthe", "in the"),
        ("onthe", "on the"),
        ("bythe", "by the"),
        ("forthe", "for the"),
        ("atthe", "at the"),
        ("andthe", "and the"),
        ("fromthe", "from the"),
        ("withthe", "with the"),
        ("isthe", "is the"),
        ("inthis", "in this"),
        ("ofthis", "of this"),
        ("Ifthe", "If the"),
        ("ofsuch", "of such"),
    ];
    static GLUED_FOUND: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| aho_corasick::AhoCorasick::new(GLUED.iter().map(|(g, _)| g)).expect("literal words"));
    for (id, note) in header.footnotes.iter_mut() {
        let Value::Text(text) = &note.value else { continue };
        // (A word is one of them only if the text holds it: most footnotes hold none,
        // and their words are then not gone through.)
        if !GLUED_FOUND.is_match(text) {
            continue;
        }
        let words: Vec<String> = text
            .split(' ')
            .map(|w| {
                let core = w.trim_matches(|c: char| !c.is_alphanumeric());
                match GLUED.iter().find(|(g, _)| *g == core) {
                    Some((g, split)) => w.replacen(g, split, 1),
                    None => w.to_string(),
                }
            })
            .collect();
        let fixed = words.join(" ");
        if fixed != *text {
            record(log, format!("footnotes.{id}"), text, &Value::Text(fixed.clone()), rule::GLUED_WORDS);
            note.value = Value::Text(fixed);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sales footnoted one by one on their weighted-average price; the third row's mark
    /// was not read.
    const SALES: &str = "\
| Common Stock | 11/10/2021 | S | 796 | D | $ 1,001.263 (2) | 167,403,742 | D |
| Common Stock | 11/10/2021 | S | 1,104 | D | $ 1,002.552 (3) | 167,402,638 | D |
| Common Stock | 11/10/2021 | S | 1,500 | D | $ 1,003.539 | 167,401,138 | D |
| Common Stock | 11/10/2021 | S | 1,112 | D | $ 1,004.67 (5) | 167,400,026 | D |
";

    /// A continuation page whose table finder lost the narrow code and (A)/(D) columns.
    const LOST_LETTERS: &str = "\
| Common Stock | 11/10/2021 | S | 300 | D | $ 1,006.177 | 167,398,424 | I | by Trust |
| Common Stock | 11/10/2021 | S | 366 | D | $ 1,007.087 | 167,398,058 | I | by Trust |
| Common Stock | 11/10/2021 | S | 1,056 | D | $ 1,008.572 | 167,397,002 | I | by Trust |
| Common Stock | 11/10/2021 | F | 473 | D | $ 1,009.662 | 167,396,529 | I | by Trust |
| Common Stock | 11/10/2021 | S | 5,909 | D | $ 1,010.103 | 167,390,620 | I | by Trust |
| Common Stock | 11/10/2021 | 1,300 | $ 1,011.408 | 167,389,320 | by Trust |
";

    /// Table I rows read from markdown lines, with their paths set as `read` sets them.
    /// A header whose only reading is its footnotes, each read as the text given.
    fn with_footnotes(notes: &[(&str, &str)]) -> HeaderRead {
        let note = |t: &str| FieldVal::read(Value::Text(t.into()), t, 74);
        HeaderRead { footnotes: notes.iter().map(|(id, t)| (id.to_string(), note(t))).collect(), ..HeaderRead::default() }
    }

    /// Table II's column labels as OCR read a scan's (ocr-dev 75664d04dd4e4bc9_v0): the
    /// `Code`, `Date`, `Amount` line holds a `14` from `(Instr. 4)`.
    const SCAN_TABLE_2_LABELS: &str = r#"|  | Security |  |  |  |  | (A) or |  |  |  |  |  |  | Following | Direct (D) |  |
|  |  |  |  |  |  | Disposed of |  |  |  |  |  |  | Reported | or Indirect |  |
|  |  |  |  |  |  | (D) |  |  |  |  |  |  | Transaction(s) } | (1) |  |
|  |  |  |  |  |  | (instr. 3, 4, |  |  |  |  |  |  | (Instr. 4) | (instr. 4) |  |
|  |  |  |  |  |  | and 5) |  |  |  |  |  |  |  |  |  |
|  |  |  |  | Code | \| v | J(A)] | (D) | Date | al ele | 14 | Amount |  |  |  |  |
|  |  |  |  |  |  |  |  | Exercisable | Expiration} |  | or |  |  |  |  |
|  |  |  |  |  |  |  |  |  | \| Date |  | See |  |  |  |  |
"#;

    /// Table II rows read from markdown lines, with their paths set as `read` sets them.
    fn table_two(text: &str) -> Vec<RowRead> {
        let mut rows = crate::rows::read_table(&crate::markdown::lines(text), true, false);
        crate::assign_paths(&mut rows);
        rows
    }

    fn table_one(text: &str) -> Vec<RowRead> {
        let mut rows = crate::rows::read_table(&crate::markdown::lines(text), false, false);
        for (k, row) in rows.iter_mut().enumerate() {
            row.path = format!("nonDerivativeTable.nonDerivativeTransaction[{k}]");
        }
        rows
    }

    #[test]
    fn a_value_marked_with_a_footnote_continued_is_marked_with_its_continuation() {
        // A held-out Form 3 (set 5, clean): every nature marked `(2)(3)`, footnote 3
        // opening `(Continued from footnote 2)`; the second mark read as debris.
        let text = "\
|  |  | Shares |  |  |  |  |  |\n\
|---|---|---|---|---|---|---|---|\n\
| Common Stock | (1) — | @) — | Class B Common a) Stock — | 1,232,186 poe) | ¢ @) $i | I | By pealaons Capital O'S. Growth Fund VIL, L.p. 2) &) |\n\
| Common Stock | @ | ® | Class B Common Stock | 80,186 | ¢@ | I | By Sequoia Capital U.S. Growth VII Principals Fund, Lp. @® |\n\
| Series B Convertible Preferred Stock | a) 4 | ws 4 | Class B Cc ad) Stock | 2,052,147 | 4 $ | - | By Sequoia Capital U.S. : Venture 2010 Fund, L.P. 2) @) |\n\
| ae B vaverble . . IPieifanieal Sitec | (4) _ | (4) _ | Class B Common Stock ® | 225,590 | $ (4) _ | I | By Sequoia Capital U.S. Venture 2010 Partners Fund (Q), LB. O® |\n\
";
        let mut rows = crate::rows::read_table(&crate::markdown::lines(text), true, true);
        crate::assign_paths(&mut rows);
        let mut header = with_footnotes(&[
            ("F2", "The Reporting Person is a director of SC US (TTGP), Ltd. SC US (TTGP), Ltd. is the general partner of SC U.S. Venture 2010 Management, L.P."),
            ("F3", "(Continued from footnote 2) The reporting person disclaims beneficial ownership of the securities held by the SC 2010 Funds and SC USGF VII Funds except to the extent of his pecuniary interest therein."),
        ]);
        let log = repair(&mut rows, &mut header);
        let marks = |r: &RowRead| r.get(Col::Nature).map(|f| f.notes.clone()).unwrap_or_default();
        // (The second and fourth rows' marks are all debris: nothing to continue.)
        let empty: Vec<&str> = Vec::new();
        assert_eq!(rows.iter().map(marks).collect::<Vec<_>>(), [vec!["F2", "F3"], empty.clone(), vec!["F2", "F3"], empty], "{rows:#?}");
        assert!(log.iter().any(|r| r.rule == rule::CONTINUED_FOOTNOTE && r.chosen == "F2,F3"), "{log:#?}");
    }

    #[test]
    fn natures_of_like_holdings_count_from_their_one_legible_mark() {
        // A held-out Form 4 (set 12, clean): eight holdings of one security, each `See
        // Footnote (n)` for n from 3 to 10, all marks garbled but the last.
        let text = "\
| Class A Common Stock |  |  |  |  |  |  |  | 7,072,285 (D | D |  |\n\
| Class A Common Stock |  |  |  |  |  |  |  | 3,262 2) | I | See Footnote ©) |\n\
| Class A Common Stock |  |  |  |  |  |  |  | 1,108,442 © | I | See Footnote ) |\n\
| Class A Common Stock |  |  |  |  |  |  |  | 17,502,211 | I | See Footnote ) |\n\
| Class A Common Stock |  |  |  |  |  |  |  | 77,851,188 @) | I | See Footnote © |\n\
| Class A Common Stock |  |  |  |  |  |  |  | 53,487 2 | I | See Footnote ) |\n\
| Class A Common Stock |  |  |  |  |  |  |  | 268,840 (2) | I | See Footnote ® |\n\
| Class A Common Stock |  |  |  |  |  |  |  | 5,028,763 ©) | I | See Footnote ©) |\n\
| Class A Common Stock |  |  |  |  |  |  |  | 7,255,295 (D | I | See Footnote (10) |\n\
";
        let mut rows = table_one(text);
        let mut log = Vec::new();
        natures_of_like_holdings_in_sequence(&mut rows, 11, &mut log);
        let marks: Vec<Vec<String>> = rows.iter().map(|r| r.get(Col::Nature).map(|f| f.notes.clone()).unwrap_or_default()).collect();
        let expected: Vec<Vec<String>> = std::iter::once(Vec::new()).chain((3..=10).map(|n| vec![format!("F{n}")])).collect();
        assert_eq!(marks, expected, "{log:#?}");
        assert!(rows[1].get(Col::Nature).is_some_and(|f| f.notes_conf.is_some_and(|c| c < UNCERTAIN_AT)));
    }

    #[test]
    fn an_exercise_read_three_ways_is_not_confirmed_by_its_twin() {
        // A held-out scan (set 8): the exercise's amount read `730,` and its underlying
        // amount `735` in Table II, its twin's `739` in Table I (735 printed).
        let mut rows = table_one("| Common Stock eae | 03/15/2024 \\| i |  | M \\| | \\| ee | 739 | A \\| | \\| $ | \\| ee | D le | \\| |\n");
        rows.extend(table_two(
            "| Option (right to buy) | Te — $ 42.86 | 03/15/2024 | \\| | \\| M | Fe | he | \\| 730, | Ce \\| a ae | \\| 04/07/2032 | Common Stack | \\| 735 | \\| $0 | \\| 0 | \\| D |  |\n",
        ));
        crate::assign_paths(&mut rows);
        let mut log = Vec::new();
        twins(&mut rows, &mut log);
        let exercise = rows.iter().find(|r| r.derivative).expect("the exercise");
        let shares = exercise.get(Col::Shares).expect("an amount");
        assert_eq!(shares.value, Value::Num(739.into()), "{log:#?}");
        assert!(shares.uncertain(), "{shares:?}");
    }

    #[test]
    fn a_row_of_specks_without_date_amount_or_price_is_in_doubt() {
        // A held-out scan (set 6): a holding (212,172 owned directly) read with specks
        // in its date and code cells (`a`), so as a transaction coded A, and its A/D
        // the same speck: nothing of it is sure, its kind least.
        let mut rows = table_one("| Class A Common Stock a | a |  | pe |  |  |  | a | 212,172 | D | ] |\n");
        repair(&mut rows, &mut HeaderRead::default());
        let row = &rows[0];
        for col in [Col::AcqDisp, Col::Title, Col::DirInd] {
            assert!(row.get(col).is_none_or(FieldVal::uncertain), "{col:?}: {row:#?}");
        }
    }

    #[test]
    fn a_nature_not_read_beside_a_form_in_doubt_is_unread() {
        // A held-out scan (set 5): a sale whose last cells were lost (`See footnote`
        // and its `I` not read); the form taken for `D` is in doubt, and so is the
        // absence of a nature.
        let mut rows = table_one("| Class A Common Stock [Ae Suave | 05/01/2012 i ao |  | so eee | \\|e | 18,856 \\|e | D |  |  |  |  |\n");
        repair(&mut rows, &mut HeaderRead::default());
        let nature = rows[0].get(Col::Nature).expect("the nature reported");
        assert!(nature.uncertain(), "{nature:?}");
    }
    #[test]
    fn a_title_cut_of_specks_confirms_no_other_reading() {
        // A held-out scan (set 12): a mark's digit read before the first row's title,
        // and a holding row read among debris whose title alone is clean.
        let text = "\
| 1 Class A Common Stock | 10/02/2023 | \\| | A | \\| | 310 () | A | $0 | 24,044 | D |  |
| Class A Common Stock od |  | fe | b ne | \\| | a | a |  | 1,750 | I i | Sequoia Capital U:S. Venture XV Principals Fund, GB) \\| EE |
";
        let mut rows = table_one(text);
        let mut log = Vec::new();
        titles(&mut rows, &mut log);
        let first = rows[0].get(Col::Title).expect("a title");
        assert_eq!(first.value, Value::Text("Class A Common Stock".into()));
        assert!(first.uncertain(), "{first:?}");
        // The mended title is no second reading of the other's: it stays as read.
        let other = rows[1].get(Col::Title).expect("a title");
        assert!(other.conf < CONFIRMED - 2, "{other:?}");
    }

    #[test]
    fn an_illegible_nature_of_a_row_like_others_held_indirectly_is_theirs() {
        // Tesseract's reading of a held-out scan (the repository's generator): a run of
        // sales by one trust, the nature of the first, second and last rows illegible.
        let text = "\
| Common Stock \\| | 11/09/2021 |  | s |  | 80,319 \\| | D | op 1,073.04 nes) | 168,878,098 | I | ane \\| Se |
|---|---|---|---|---|---|---|---|---|---|---|
| Common Stock \\| | \\| 11/09/2021 |  | \\|S \\| |  | \\| 44,284) | DD | 1,074.367 \\|G) pee | 168,833,814 | I | us a \\| \u{2014} |
| Common Stock | 11/09/2021 EEN | Ne | Ss |  | 30,418 | D \\| | er 1,075.027 (4) serif | a 168,803,396 8 | I | by Trust Q) pas L |
| Common Stock | 11/09/2021 |  | Ss |  | 11,022\\|/D | _\\| | tis tse s 1,076.286 \\| () | 168,792,374 | I | by Trust Q pass |
| Common Stock | 11/09/2021 |  | Si |  | 49,381)\\|D__ | \\|\\| | s 1,077.188 (6) | Nee 168,742,993 | I | by Trust Q) pee |
| Common Stock } | E 11/09/2021 |  | Ss |  | 10,304 | D | s ;  /\\|1,079.059 (8) | 168,707,191 | I | by Trust Q a |
| Common Stock | 11/09/2021 gio | RE | s \\| |  | 5,300 | D \\| | \\|$1,080 | 168,701,891 | I | a ut \u{2014} |
";
        let mut rows = crate::rows::read_table(&crate::markdown::lines(text), false, false);
        let log = repair(&mut rows, &mut HeaderRead::default());
        assert_eq!(rows.len(), 7);
        for k in [0, 1, 6] {
            let nature = rows[k].get(Col::Nature).expect("a nature");
            assert_eq!(nature.value, Value::Text("by Trust".into()), "{:#?}", rows[k]);
            assert!(nature.uncertain());
        }
        assert_eq!(log.iter().filter(|r| r.rule == rule::NATURE_LIKE_ROWS).count(), 3, "{log:#?}");
        // A nature that reads as words is another holder's, not debris: it stays.
        let mut rows = table_one(
            "| Class A Common Stock | 20,823,993 | I | By Trust |\n\
             | Class A Common Stock | 53,487 | I | By Trust |\n\
             | Class A Common Stock | 1,000 | I | By Spouse |\n",
        );
        repair(&mut rows, &mut HeaderRead::default());
        assert_eq!(rows[2].value(Col::Nature), &Value::Text("By Spouse".into()));
    }

    #[test]
    fn a_row_read_all_in_doubt_leaves_its_deemed_date_unsettled() {
        // Tesseract's reading of a held-out scan (the repository's generator) of a 2002
        // Form 4: the third row's dates are printed among debris (`11/02/2002 TSBEae
        // eed`, `11/03/2002 beat`, the second the deemed execution date), read as a row
        // whose every value is in doubt.
        let text = "\
| \u{2018}Common Stock | 11/01/2002 \\| | 11/02/2002 \\| | ae 349) | 2,000 | ea A | +o | = 10,000 | 1@ \\| _ | his describes thenature of the ownership. |
|---|---|---|---|---|---|---|---|---|---|
| \u{ae} \u{2018}Preferred Stock Optior | es |  | : | [es | \\| eee | elk | 3333 Rie \\| | D | lis |
| \u{2018}Preferred Stock Options () @) @) [Sisee arsine | 11/02/2002 TSBEae eed | 11/03/2002 beat | EE S/K Pees | 33,333 la os | \\| (D_ Essel | \\|so | 5 \\|s2111,111 es oe Sarees | D aaa | \\| =) |
";
        let mut rows = crate::rows::read_table(&crate::markdown::lines(text), false, false);
        repair(&mut rows, &mut HeaderRead::default());
        let row = rows.iter().find(|r| r.value(Col::Title).text().is_some_and(|t| t.starts_with("Preferred")) && r.get(Col::Date).is_some()).expect("the third row");
        assert!(row.fields.iter().filter(|(_, f)| f.value != Value::None).all(|(_, f)| f.uncertain()), "{row:#?}");
        let deemed = row.get(Col::Deemed).expect("the deemed date is reported");
        assert!(deemed.uncertain(), "{deemed:?}");
    }

    #[test]
    fn a_table_one_price_read_in_doubt_confirms_no_exercise_price() {
        // Tesseract's reading of a held-out Form 4 (the repository's generator, clean):
        // the exercise's price `S 51` in Table I (9.51, read in doubt), the option's
        // exercise price `$951` in Table II. One glyph apart, they had made the exercise
        // price 51 at 97.
        let mut rows = crate::rows::read_table(&crate::markdown::lines("| Common Stock | 11/20/2020 |  | M |  | 2,810 | A | S 51 | 43.241 | D |  |\n"), false, false);
        rows.extend(crate::rows::read_table(
            &crate::markdown::lines("| Stock Option (right to buy) | $951 | 11/20/2020 |  | M |  |  | 2,810 | @ = | 12/07/2027 | \u{a9}27\u{2122}\" Stock | y 810 | $0 | 0 | D |  |\n"),
            true,
            false,
        ));
        repair(&mut rows, &mut HeaderRead::default());
        assert!(rows[0].get(Col::Price).is_some_and(FieldVal::uncertain), "{:#?}", rows[0]);
        let conv = rows[1].get(Col::Conv).expect("an exercise price");
        assert_eq!(conv.value, Value::Num(Decimal::from(951)), "{:#?}", rows[1]);
        assert!(conv.conf < CONFIRMED, "{conv:?}");
    }

    #[test]
    fn an_exercise_price_far_from_its_securitys_others_is_flagged() {
        // Tesseract's reading of a held-out Form 4 (the repository's generator, clean):
        // option grants of several years, one price read without its point (`$951`).
        let text = "\
| Stock Option (right to buy) | $9.37 | 11/20/2020 |  | M |  |  | 2,388 | @) = | 02/09/2027 | CPM\" Stock | 5388 | $0 | 0 | D |  |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
| Stock Option (right to buy) | $7.86 | 11/20/2020 |  | M |  |  | 2,951 | \u{a9} = | oai6/2027 | C@mMn Stock | a\u{a2}51 | $0 | \u{b0} | Dp |  |
| Stock Option (right to buy) | $10.41 | 11/20/2020 |  | M |  |  |  | 11,169) \u{2014} = | 6/08/2027 | C\u{2122}\u{2122} Stock | 11169 | $0 | 0 | D |  |
| Stock Option (right to buy) | $10.73 | 11/20/2020 |  | M |  |  | 2,080 | @) = | 07/13/2027 | C2\u{2122}\u{2122}\" Stock | 5080 | $0 | 0 | D |  |
| Stock Option (right to buy) | $951 | 11/20/2020 |  | M |  |  | 2,810 | @ = | 12/07/2027 | \u{a9}27\u{2122}\" Stock | y 810 | $0 | 0 | D |  |
";
        let mut rows = crate::rows::read_table(&crate::markdown::lines(text), true, false);
        repair(&mut rows, &mut HeaderRead::default());
        assert_eq!(rows.len(), 5);
        let far = rows[4].get(Col::Conv).expect("a price");
        assert_eq!(far.value, Value::Num(Decimal::from(951)), "{:#?}", rows[4]);
        assert!(far.uncertain(), "{far:?}");
        assert!(!rows[0].get(Col::Conv).expect("a price").uncertain(), "{:#?}", rows[0]);
    }

    #[test]
    fn an_ownership_letter_implied_by_a_mended_nature_is_flagged() {
        // Holdings as OCR read a scanned Form 4: the D/I letters lost; one nature read
        // whole, one mended from debris (`Footnote} jay`).
        let mut rows = table_one(
            "| Class A Common Stock | 20,823,993 |  | By Trust |\n\
             | Class A Common Stock | 53,487 |  | Footnote} jay |\n",
        );
        let log = repair(&mut rows, &mut HeaderRead::default());
        for row in &rows {
            assert_eq!(row.value(Col::DirInd), &Value::Text("I".into()), "{row:#?}");
        }
        assert!(!rows[0].get(Col::DirInd).unwrap().uncertain(), "{:#?}", rows[0]);
        assert!(rows[1].get(Col::DirInd).unwrap().uncertain(), "{:#?}", rows[1]);
        assert_eq!(log.iter().filter(|r| r.rule == rule::NATURE_INDIRECT).count(), 2, "{log:#?}");
    }

    #[test]
    fn a_nature_ending_in_the_letter_d_implies_no_sure_indirect_ownership() {
        // Table II of a scanned Form 4: the header's `See` / `of` / `Shares` wrapped
        // into the row, the row's `D` read after them as its nature.
        let mut rows = table_two(&format!(
            "|  | Derivative |  |  |  |  | Acquired |  |  |  |  |  |  | Owned | Security: ] | (Instr. 4) |\n{SCAN_TABLE_2_LABELS}{}",
            r#"|  |  |  |  |  |  |  |  |  |  |  | of |  |  |  |  |
|  |  |  |  |  |  |  |  |  |  |  | Shares |  |  |  |  |

| Restricted | Q) | 05/15/2021 | M | 1,386] | ©) | (3) | Class A | 1,386] | \$0 | 0 | D |
|---|---|---|---|---|---|---|---|---|---|---|---|
| Stock |  |  |  |  |  |  | \|Common] |  |  |  |  |
| Units |  |  |  |  |  |  | Stock |  |  |  |  |
"#
        ));
        repair(&mut rows, &mut HeaderRead::default());
        let row = rows.iter().find(|r| r.value(Col::Nature).render().ends_with(" D")).expect("the row with the letter in its nature");
        assert!(row.get(Col::DirInd).is_none_or(|f| f.uncertain()), "{row:#?}");
    }

    #[test]
    fn a_price_read_into_the_nature_implies_no_sure_indirect_ownership() {
        // A held-out scan (set 4): the price `$0` and specks read as the row's nature,
        // its ownership letter lost.
        let mut rows = table_two(
            r#"| Restricted, Stock Units (RSU) (Cassa) | 1} \| \| | 05/15/2018 | ee | M | eae |  | 1,997) | \| @ \| | 06/14/2027) | Class A Common} Stock ual | 1,997\| | $0 genie |  |  |  |
"#,
        );
        repair(&mut rows, &mut HeaderRead::default());
        let row = &rows[0];
        assert!(row.value(Col::Nature).render().contains('$'), "{row:#?}");
        assert!(row.get(Col::Nature).is_some_and(|f| f.uncertain()), "{row:#?}");
        assert!(row.get(Col::DirInd).is_none_or(|f| f.uncertain()), "{row:#?}");
    }

    #[test]
    fn an_empty_conversion_price_whose_mark_was_lost_takes_the_footnote_left_over() {
        // A held-out Form 4 (set 11, clean): restricted stock units, the conversion
        // price's mark garbled (`ie) =`), both dates marked (2); footnote 1 (each unit is
        // a right to one share) is referred to by nothing else.
        let md = "|  |  |  |  |  |  | Shares |  |  |  |  |  |  |  |  |  |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
| Restricted Stock A Units | ie) = | 08/29/2018 |  | A |  | 725 |  | (2) = | (2) = | Common Stock | 725 | $0 | 5,283 | D |  |
";
        let mut header = with_footnotes(&[
            ("F1", "Each restricted stock unit represents a contingent right to receive one share of Microsoft common stock."),
            ("F2", "The restricted stock units are fully vested. Delivery of the shares to the reporting person will be made on the first anniversary after the date of the reporting person's separation from service to the Board of Directors."),
        ]);
        let mut rows = table_two(md);
        let log = repair(&mut rows, &mut header);
        let conv = rows[0].get(Col::Conv).expect("the conversion price");
        assert_eq!(conv.notes, ["F1"], "{log:#?}");
        assert!(conv.notes_conf.is_some_and(|c| c < UNCERTAIN_AT));
        assert_eq!(rows[0].get(Col::ExpDate).map(|f| f.notes.clone()), Some(vec!["F2".to_string()]));
        // With no footnote left over, the dates' mark, as before.
        header.footnotes.truncate(1);
        header.footnotes[0].0 = "F2".into();
        let mut rows = table_two(md);
        repair(&mut rows, &mut header);
        assert_eq!(rows[0].get(Col::Conv).map(|f| f.notes.clone()), Some(vec!["F2".to_string()]));
    }

    #[test]
    fn empty_dates_share_the_mark_read_on_one_of_them() {
        // A Table II holding as OCR read a scanned Form 4: the conversion price and both
        // dates left empty but for footnote 2, read `©)`, `2)` and `@`.
        let mut rows = crate::rows::read_table(
            &crate::markdown::lines(
                r#"| Class B | ©) |  |  |  |  |  |  | 2) |  | @ | Class A | 60,429 |  | 60,429 | т | By The |
| Common} | > |  |  |  |  |  |  | = |  | > | \|Соттоп\| |  |  |  |  | Founders |
| Stock |  |  |  |  |  |  |  |  |  |  | Stock |  |  |  |  | [Fund Growth |
|  |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  | Principals |
"#,
            ),
            true,
            false,
        );
        for (k, row) in rows.iter_mut().enumerate() {
            row.path = format!("derivativeTable.derivativeHolding[{k}]");
        }
        let log = repair(&mut rows, &mut HeaderRead::default());
        assert_eq!(rows[0].get(Col::ExDate).map(|f| f.notes.clone()), Some(vec!["F2".to_string()]), "{:#?}", rows[0]);
        let expiry = rows[0].get(Col::ExpDate).expect("expiration date");
        assert_eq!((&expiry.value, expiry.notes.as_slice()), (&Value::None, ["F2".to_string()].as_slice()));
        assert!(expiry.notes_conf.is_some_and(|c| c < UNCERTAIN_AT));
        // The conversion price, empty too (`©)`), carries it as well.
        assert_eq!(rows[0].get(Col::Conv).map(|f| f.notes.clone()), Some(vec!["F2".to_string()]), "{:#?}", rows[0]);
        assert_eq!(log.iter().filter(|r| r.rule == rule::DATES_SHARE_MARK).count(), 2, "{log:#?}");
    }

    #[test]
    fn a_garbled_code_does_not_overrule_the_acquired_disposed_letter_read() {
        // As OCR read a printed Form 4: `S(2)` read `C2)`; C would mean acquired, the
        // letter read beside the amount says disposed.
        let mut rows = table_one("|  | Common Stock | 09/08/2025 |  | C2) — |  | 2,605.50} | D | \\$ 352.384 | 9,856 |  |  | D |  |\n");
        let log = repair(&mut rows, &mut HeaderRead::default());
        assert_eq!(rows[0].value(Col::AcqDisp), &Value::Text("D".into()), "{log:#?}");
        assert!(rows[0].get(Col::AcqDisp).unwrap().uncertain() && rows[0].get(Col::Code).unwrap().uncertain(), "{:#?}", rows[0]);
        assert!(!log.iter().any(|r| r.rule == rule::CODE_AD), "{log:#?}");
    }

    #[test]
    fn a_longer_title_of_known_words_is_another_security_not_debris() {
        // Table II of a scanned Form 4: warrants on the Class B stock held beside the
        // stock itself; and a title read with a speck word in it.
        let mut rows = crate::rows::read_table(
            &crate::markdown::lines(
                "| Class B Common Stock | (2) |  |  |  | Class A Common Stock | 13,031,306 |  | 13,031,306 | D |\n\
                 | Class B Common Stock | (2) |  |  |  | Class A Common Stock | 2,962,961 |  | 2,962,961 | D |\n\
                 | Class B Common Stock Warrant (Right to buy) | \\$6.13 |  | 11/20/2022 | Class B Common Stock | 4,502,447 |  | 4,502,447 | D |\n\
                 | Class B Common ees Stock | (2) |  |  |  | Class A Common Stock | 7,818,526 |  | 7,818,526 | D |\n",
            ),
            true,
            false,
        );
        for (k, row) in rows.iter_mut().enumerate() {
            row.path = format!("derivativeTable.derivativeHolding[{k}]");
        }
        let log = repair(&mut rows, &mut HeaderRead::default());
        assert_eq!(rows[2].value(Col::Title), &Value::Text("Class B Common Stock Warrant (Right to buy)".into()), "{log:#?}");
        assert_eq!(rows[3].value(Col::Title), &Value::Text("Class B Common Stock".into()), "{log:#?}");
        assert!(log.iter().any(|r| r.rule == rule::TITLE_LIKE_ROWS && r.field.starts_with("derivativeTable.derivativeHolding[3]")), "{log:#?}");
    }

    #[test]
    fn a_table_1_code_read_as_a_derivative_s_code_is_set_aside() {
        // Tesseract's reading of a held-out scan (set 7): the second row's specks in the
        // deemed-date column (`ee`) are no clean code beside the code's own `Ss`.
        let rows = table_one(
            "\
| a Common Stock \\| | 11/09/2021 | \\| | s | \\| | ] 8,212 \\| | as D \\| | 1,116.417 \\| @) | 168,336,889 \\| | I \\| | 1b Trust \\| a \\| pee |
| a Common Stock | 11/09/2021 | ee | Ss |  | 6,437 | ls \\|D__ \\|\\| | 1,120.641 (4) q | 168,328,154 = | I | by Trust Q) a |
",
        );
        assert_eq!(rows[1].value(Col::Code), &Value::Text("S".into()), "as read: {:?}", rows[1]);
        // Set 6: the second row's code cell read `es` and its specks `ee` before it taken
        // for an E, which Table I never holds: set aside, unread (two like rows are too
        // few to give it theirs).
        let mut rows = table_one(
            r#"| & oe ode Common Stock | nasa | [ \| | sO |  | ak 6,600 (2) | D | 983.249 249 6 —-+ | \| oe | eee be | \| \| |
| 2 ce Common Stock | 11/15/2021 | ee | es | {ee | 27,238 2) | D \| | e | ee 2,058,278 | [= D | - a |
| es ue \| ‘Common Stock { Jae Sa | le 11/15/2021 | \| | ae \| s® ele | \| | oe \|59,420@ \| as | D | 985.488 ® | ae 1,998,858 es s | D eee | \| \| |
"#,
        );
        assert_eq!(rows[1].value(Col::Code), &Value::Text("E".into()), "as read: {:?}", rows[1]);
        let log = repair(&mut rows, &mut HeaderRead::default());
        assert_eq!(rows[1].value(Col::Code), &Value::None, "{log:#?}");
        assert!(rows[1].get(Col::Code).unwrap().uncertain());
        assert!(log.iter().any(|r| r.rule == rule::CODE_NOT_OF_TABLE_1 && r.field.ends_with("[1].transactionCoding.transactionCode")), "{log:#?}");
    }

    #[test]
    fn a_code_lost_with_its_column_is_the_code_of_like_rows_flagged() {
        let mut rows = table_one(LOST_LETTERS);
        let log = repair(&mut rows, &mut HeaderRead::default());
        let last = rows.last().unwrap();
        assert_eq!(last.value(Col::Code), &Value::Text("S".into()));
        assert!(last.get(Col::Code).unwrap().uncertain());
        // The code then gives the (A)/(D) letter, and the nature the ownership.
        assert_eq!(last.value(Col::AcqDisp), &Value::Text("D".into()));
        assert!(log.iter().any(|r| r.rule == rule::CODE_NEIGHBOURS && r.field.ends_with("[5].transactionCoding.transactionCode")), "{log:#?}");
    }

    #[test]
    fn a_code_not_read_is_the_one_its_price_footnote_states() {
        // Rows as OCR read a copied Form 4: the code column lost, the price marks read.
        let mut rows = table_one(
            "| Common Stock | 09/12/2025 |  |  |  | 34,530 | \\|А | \\$ [372.821] (3) | 410,851,143 |  |  | By Trust |\n\
             | Common Stock | 09/12/2025 |  |  |  | 45,909 | \\| A. | \\$ 1373.989] (4) | 410,897,052 |  |  | By Trust |\n\
             | Common Stock | 09/12/2025 |  |  |  | 8,000 | [D | \\$ 374.57 (5) | 410,889,052 |  |  | By Trust |\n",
        );
        let mut header = with_footnotes(&[
            ("F3", "The price reported in Column 4 is a weighted average price. These shares weré purchased in multiple transactions at Prices ranging from $372.400 to $373.370, inclusive. The reporting person undertakes to provide full information regarding the number of shares sold at each separate price."),
            ("F4", "Represents the weighted average sale price of the shares sold from $373.40 to $374.37 per share."),
            ("F5", "These shares were purchased in multiple transactions at prices ranging from $374.40 to $374.90, inclusive."),
        ]);
        let log = repair(&mut rows, &mut header);
        assert_eq!(rows[0].value(Col::Code), &Value::Text("P".into()));
        assert!(rows[0].get(Col::Code).unwrap().uncertain(), "an inferred code is flagged");
        // Sold, but an (A) read: the letter and the statement disagree, nothing is chosen.
        assert_eq!(rows[1].value(Col::Code), &Value::None);
        // Purchased, but a (D) read: likewise.
        assert_eq!(rows[2].value(Col::Code), &Value::None);
        assert_eq!(log.iter().filter(|r| r.rule == rule::CODE_FROM_PRICE_NOTE).count(), 1, "{log:#?}");
    }

    #[test]
    fn letters_read_among_uncertain_values_are_flagged_too() {
        // ocr-dev 0a3265969c07a1af_v0 with its cell grid taken away: a holding's marks
        // read as digits (`5 @) 5 Q) 5`, `3 6`), its title run into the wrapped line above;
        // the `I` before its nature was read cleanly, but nothing else of the row was.
        let text = "Stock Stock\nClass B Common Stock®) Q) 5 @) 5 Q) 5 Class A Common | Stock 26,165,483 26,165,4830)- 3 6 I See Footnote ol\n";
        let mut rows = crate::rows::read_table(&crate::markdown::lines(text), true, false);
        crate::assign_paths(&mut rows);
        assert_eq!(rows.len(), 1, "{rows:#?}");
        assert_eq!(rows[0].value(Col::DirInd), &Value::Text("I".into()));
        assert!(!rows[0].get(Col::DirInd).unwrap().uncertain(), "read cleanly: {rows:#?}");
        repair(&mut rows, &mut HeaderRead::default());
        assert!(!rows[0].in_doubt, "a figure read with its commas: {rows:#?}");
        assert!(rows[0].fields.iter().filter(|(c, _)| **c != Col::DirInd).all(|(_, f)| f.value == Value::None || f.uncertain()), "{rows:#?}");
        assert!(rows[0].get(Col::DirInd).unwrap().uncertain(), "{rows:#?}");
    }

    #[test]
    fn a_row_without_one_settled_figure_is_flagged_whole() {
        // ocr-dev 86aba28246e165e5_v1, fax: a line of Table II printed as noise (a title,
        // a date read `4052004`, `57.130]D°`) reads as a transaction whose letters look sure.
        let mut rows = table_two("| Jase A Common Stock | 4052004 |  | sf |  | 57.130]D° |  | \\$ | 10 |  | t | See |\n");
        assert!(!rows.is_empty(), "the noise is read as a row (what this rule is for)");
        repair(&mut rows, &mut HeaderRead::default());
        for row in &rows {
            assert!(row.in_doubt, "{row:#?}");
            for (col, f) in &row.fields {
                assert!(f.uncertain(), "{col:?} left sure in a row of noise: {row:#?}");
            }
        }
        // The same page's Table I row: its date and amounts are read surely, so its
        // letters keep their own confidence.
        let mut rows = table_one("| Class A Common Stock | 05/15/2021 |  | M |  |  | 1,386 | A | \\$0 | [12,947 |  | D |  |\n");
        repair(&mut rows, &mut HeaderRead::default());
        assert!(!rows[0].in_doubt, "{:#?}", rows[0]);
        assert!(!rows[0].get(Col::DirInd).unwrap().uncertain(), "{:#?}", rows[0]);
        // ocr-dev 0a3265969c07a1af_v0, clean: a holding's one figure mended only for the
        // garbled mark after it; printed with its commas, it was legible.
        let mut rows = table_one("| Class A Common Stock |  |  |  |  |  |  |  | 20,823,993) | I | See Footnote 5 |\n");
        repair(&mut rows, &mut HeaderRead::default());
        assert!(rows[0].get(Col::Owned).unwrap().uncertain(), "{:#?}", rows[0]);
        assert!(!rows[0].in_doubt, "{:#?}", rows[0]);
        // Amounts as read on ocr-dev: printed with their commas (a fraction too), or not.
        let amount = |v: &str, read: &str| FieldVal::read(Value::Num(v.parse().unwrap()), read, crate::field::MENDED);
        assert!(grouped_in_read(&amount("9274.4", "9,274.4) -")));
        assert!(grouped_in_read(&amount("3330804", "$ 3,330,804")));
        assert!(!grouped_in_read(&amount("77067", "$0.)77,068")), "another number than the value");
        assert!(!grouped_in_read(&amount("77067", "77067")), "no commas where the form prints them");
        assert!(!grouped_in_read(&amount("34652", "34652]")));
        assert!(!grouped_in_read(&amount("999", "999")), "too small to show its grouping");
    }

    #[test]
    fn an_expiration_date_whose_mark_was_lost_takes_the_one_footnote_on_expiry() {
        // ocr-dev 0a3265969c07a1af_v0, clean: Class B holdings whose dates are the
        // superscript `(2)` alone, read `@)` and `Q)`, nothing legible.
        let text = r#"|  | Security |  |  | Code | V_ | 1(A)} | (D) | Date Exercisable | Expiration \| Date | Title | Amount or Number of Shares |  | Transaction(s) \| (Instr. 4) | (!) (instr. 4) | (Instr. 4) |
| Class B Common Stock®) | Q) |  |  |  |  |  |  | @) | Q) | Class A Common Stock | 0 |  | 0) 6) | D |  |
| Class B Common Stock®) 7 | Q) |  |  |  |  |  |  | @) | Q) | Class A Common Stock | 0 |  | 0) 6) | I | See Footnote!) |
"#;
        let notes = [
            ("F1", "This transaction represents the conversion of Class B Common Stock into Class A Common Stock effected in compliance with a preexisting Rule 10b5-1 plan."),
            ("F2", "The Class B Common Stock is convertible into the Issuer's Class A Common Stock on a 1-for-1 basis and has no expiration date."),
        ];
        let read = || crate::rows::read_table(&crate::markdown::lines(text), true, false);
        let mut rows = read();
        assert_eq!(rows.len(), 2, "{rows:#?}");
        let log = repair(&mut rows, &mut with_footnotes(&notes));
        // A conversion right's footnote: it explains both dates and the price.
        for row in &rows {
            for col in [Col::ExpDate, Col::ExDate, Col::Conv] {
                let cell = row.get(col).expect("the cell is there");
                assert_eq!(cell.notes, ["F2"], "{col:?}: {row:#?}");
                assert_eq!(cell.notes_conf, Some(UNCERTAIN_AT - 4), "inferred, so flagged");
            }
        }
        assert_eq!(log.iter().filter(|r| r.rule == rule::EXPIRATION_MARK_NOTE).count(), 6, "{log:#?}");
        // An option's expiry: the exercise date may have a vesting footnote of its own.
        let mut rows = read();
        repair(&mut rows, &mut with_footnotes(&[notes[0], ("F3", "The options expire ten years after the grant.")]));
        for row in &rows {
            assert_eq!(row.get(Col::ExpDate).unwrap().notes, ["F3"], "{row:#?}");
            assert!(row.get(Col::ExDate).is_none_or(|f| f.notes.is_empty()), "{row:#?}");
        }
        // Two footnotes speaking of expiry: the one naming the row's security.
        let mut rows = read();
        let two = [notes[1], ("F3", "The options expire ten years after the grant.")];
        repair(&mut rows, &mut with_footnotes(&two));
        for row in &rows {
            assert_eq!(row.get(Col::ExpDate).unwrap().notes, ["F2"], "{row:#?}");
        }
        // Neither naming it: no telling which.
        let mut rows = read();
        let neither = [("F3", "The options expire ten years after the grant."), ("F4", "The warrants expire on June 30, 2030.")];
        let log = repair(&mut rows, &mut with_footnotes(&neither));
        assert!(!log.iter().any(|r| r.rule == rule::EXPIRATION_MARK_NOTE), "{log:#?}");
    }

    #[test]
    fn a_short_nature_with_debris_for_its_mark_takes_the_one_footnote_naming_it() {
        // ocr-dev 93d95bc3a9287607_v1, scan: every `(1)` after "by Trust" garbled.
        let mut rows = table_one(
            "| Common Stock | 11/10/2021 |  | s |  | 400 | \\|p | ]\\$1,000 | 167,404,538 |  | I | by Trust eee |\n\
             | Common Stock | 11/10/2021 |  | s |  | 796 | \\|p | 5 1,001.263] Q) | 167,403,742 |  | I | by Trust a i) |\n",
        );
        let notes = [
            ("F1", "The Elon Musk Revocable Trust dated July 22, 2003, for which the reporting person is trustee."),
            ("F2", "The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $1,000.74 to $1,001.73, inclusive."),
        ];
        let log = repair(&mut rows, &mut with_footnotes(&notes));
        for row in &rows {
            let nature = row.get(Col::Nature).unwrap();
            assert_eq!(nature.notes, ["F1"], "{row:#?}");
            assert_eq!(nature.notes_conf, Some(UNCERTAIN_AT - 4), "inferred, so flagged");
        }
        assert_eq!(log.iter().filter(|r| r.rule == rule::NATURE_WORD_IN_NOTE).count(), 2, "{log:#?}");
        // ocr-dev 1822ccc0cfb6de3e_v0, scan: what follows is the nature's own last word,
        // cut off, not a mark (the footnote names the vehicles, the row has no mark).
        let mut rows = table_one("| Class a A Common Stock | 07/07/2023 |  | G |  | 941\") | A | \\$0 | 244,513 | I | By Estate Planning . Vehicles |\n");
        let notes = [("F1", "Represents directly held shares transferred shares to the Reporting Person's estate planning vehicles.")];
        let log = repair(&mut rows, &mut with_footnotes(&notes));
        assert!(!log.iter().any(|r| r.rule == rule::NATURE_WORD_IN_NOTE), "{log:#?}");
    }

    #[test]
    fn a_holder_cut_before_its_suffix_takes_the_suffix_its_footnote_writes() {
        // ocr-dev a81368e51fe6494d_v0, clean: the nature wrapped over five lines, its
        // last `Fund, LP` read `Fund, ГР`.
        let text = "\
| Class A Common Stock |  |  |  |  |  |  |  | 60,429 |  |  | I | By The |\n\
|  |  |  |  |  |  |  |  |  |  |  |  | Founders |\n\
|  |  |  |  |  |  |  |  |  |  |  |  | Fund Growth |\n\
|  |  |  |  |  |  |  |  |  |  |  |  | Principals |\n\
|  |  |  |  |  |  |  |  |  |  |  |  | Fund, ГР |\n";
        let note = "The Reporting Person has shared voting and investment power over the shares held by each of The Founders Fund VI, LP, The Founders Fund VI Principals Fund, LP, The Founders Fund VI Entrepreneurs Fund, LP, The Founders Fund Growth, LP, The Founders Fund Growth Principals Fund, LP and FF Affirm Growth, LLC.";
        let mut rows = table_one(text);
        let log = repair(&mut rows, &mut with_footnotes(&[("F1", note)]));
        let nature = rows[0].get(Col::Nature).unwrap();
        assert_eq!(nature.value, Value::Text("By The Founders Fund Growth Principals Fund, LP".into()), "{log:#?}");
        assert!(nature.uncertain(), "inferred, so flagged");
        assert!(log.iter().any(|r| r.rule == rule::NATURE_SUFFIX_IN_NOTE), "{log:#?}");
        // A footnote that writes the name without a suffix adds none.
        let mut rows = table_one(text);
        let log = repair(&mut rows, &mut with_footnotes(&[("F1", "Shares held by The Founders Fund Growth Principals Fund and its affiliates.")]));
        assert!(!log.iter().any(|r| r.rule == rule::NATURE_SUFFIX_IN_NOTE), "{log:#?}");
        assert_eq!(entity_suffix(", L.P., which is"), Some(", L.P."));
        assert_eq!(entity_suffix(", LP."), Some(", LP"), "a sentence's point");
        assert_eq!(entity_suffix(" LLC"), Some(" LLC"));
        assert_eq!(entity_suffix(", LPs"), None);
        assert_eq!(entity_suffix(" and others"), None);
    }

    #[test]
    fn a_transaction_leaving_less_than_its_amount_disposed_of_it() {
        // ocr-dev 5a2883077444ea74_v1, scan: Table II distributions, the (A)/(D) column
        // empty as read (the D printed under `(D)` lost), 0 owned after.
        let text = r#"| (Instr. 3) | Derivative |  |  | Code | У \| | (A) \| | (D) | Date | Expiration | Title | Amount or |  | Transaction(s) | (1) (Instr. 4) |  |
| Class B | (4) | 05/21/2021 |  | - |  |  | 2,205,293 | (4) | (4) | Class A | 2,205,293 \| | \$0" - | 0 | I | By The |
| Class B | (4) | 05/21/2021 |  | jo |  |  | 545,294 | (4) | (4) | Class A | 545,294 | \$o | 0 | 1 | By The |
"#;
        let mut rows = table_two(text);
        assert_eq!(rows.len(), 2, "{rows:#?}");
        assert!(rows.iter().all(|r| r.value(Col::AcqDisp) == &Value::None), "not read: {rows:#?}");
        let log = repair(&mut rows, &mut HeaderRead::default());
        for row in &rows {
            let letter = row.get(Col::AcqDisp).unwrap();
            assert_eq!(letter.value, Value::Text("D".into()), "{log:#?}");
            assert!(letter.uncertain());
        }
        assert_eq!(log.iter().filter(|r| r.rule == rule::OWNED_BELOW_AMOUNT).count(), 2, "{log:#?}");
    }

    #[test]
    fn an_amount_owned_a_glyph_off_and_no_letter_read_roll_forward_together() {
        // ocr-dev a7b9931d287dd7e4_v1, copy: `JA` for the (A) letter (the cell's rule
        // before it, an unclean A), and a stroke before the amount owned (`1410,936,071`);
        // then the same row with its letter's cell lost.
        for letter in ["JA", ""] {
            let mut rows = table_one(&format!(
                "| Common Stock | 09/12/2025 |  |  |  | 8,000 | [A | \\$ [374.57 (5) | [410,905,052 |  |  | By Trust Q) \u{201c} |\n\
                 | Common Stock ` | 09/12/2025 |  |  |  | 31,019 | {letter} | \\$ {{376.145 (6) | 1410,936,071 |  |  | By Trust Q) hag |\n",
            ));
            let read = rows[1].get(Col::AcqDisp);
            assert!(read.is_none_or(|f| f.uncertain() && (letter.is_empty() || f.value == Value::Text("A".into()))), "{rows:#?}");
            let log = repair(&mut rows, &mut HeaderRead::default());
            assert_eq!(rows[1].value(Col::Owned), &Value::Num("410936071".parse().unwrap()), "{log:#?}");
            assert_eq!(rows[1].value(Col::AcqDisp), &Value::Text("A".into()), "{log:#?}");
            assert!(rows[1].get(Col::Owned).unwrap().uncertain() && rows[1].get(Col::AcqDisp).unwrap().uncertain());
        }
    }

    #[test]
    fn a_signature_year_cut_short_is_completed_after_the_trade() {
        // ocr-dev c56996c30348bcca_v1, scan: `Julia Stark, Atorney-in-Fact 10/03/202:`,
        // the trade on 09/15/2025.
        let mut rows = table_one("| Common Stock | 09/15/2025 |  | A |  | 4,358\" | A | \\$0 \\| | 50,281.6373 | D |  |\n");
        let name = FieldVal::read(Value::Text("Julia Stark, Attorney-in-Fact for Amy Coleman".into()), "Julia Stark, Atorney-in-Fact for Amy Coleman", 74);
        let date = FieldVal { read: "10/03/202:".into(), ..FieldVal::missing() };
        let mut header = HeaderRead { signatures: vec![(name, date.clone())], ..HeaderRead::default() };
        let log = repair(&mut rows, &mut header);
        let signed = &header.signatures[0].1;
        assert_eq!(signed.value, Value::Date(NaiveDate::from_ymd_opt(2025, 10, 3).unwrap()), "{log:#?}");
        assert!(signed.uncertain());
        // A trade after every completion the decade allows: none.
        let mut rows = table_one("| Common Stock | 01/15/2031 |  | A |  | 4,358\" | A | \\$0 \\| | 50,281.6373 | D |  |\n");
        let mut header = HeaderRead { signatures: vec![(FieldVal::missing(), date)], ..HeaderRead::default() };
        repair(&mut rows, &mut header);
        assert_eq!(header.signatures[0].1.value, Value::None);
    }

    #[test]
    fn a_period_decades_before_its_signature_had_a_year_digit_misread() {
        // A held-out Form 3 (clean print): the event's date read `06/29/2003.`, signed
        // `07/10/2023`. The one year a digit apart within the year before: 2023.
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let signed = |d: NaiveDate| vec![(FieldVal::missing(), FieldVal::read(Value::Date(d), d.to_string(), CLEAN))];
        let mut header =
            HeaderRead { form: Some('3'), period: Some(FieldVal::read(Value::Date(day(2003, 6, 29)), "06/29/2003.", CLEAN)), signatures: signed(day(2023, 7, 10)), ..HeaderRead::default() };
        let log = repair(&mut Vec::new(), &mut header);
        let period = header.period.as_ref().unwrap();
        assert_eq!(period.value, Value::Date(day(2023, 6, 29)), "{log:#?}");
        assert!(period.uncertain());
        assert!(log.iter().any(|r| r.rule == rule::PERIOD_BEFORE_SIGNATURE));
        // Signed within two years after it: left as read. Signed long after with no one
        // year a digit apart near the signature, or signed before it (the signature's
        // year as likely mistyped): flagged, left as read.
        for (period_read, signature, kept_sure) in [(day(2022, 1, 10), day(2023, 6, 1), true), (day(2013, 6, 29), day(2025, 12, 1), false), (day(2023, 9, 15), day(2022, 9, 20), false)] {
            let mut header = HeaderRead { form: Some('3'), period: Some(FieldVal::read(Value::Date(period_read), "", CLEAN)), signatures: signed(signature), ..HeaderRead::default() };
            repair(&mut Vec::new(), &mut header);
            let period = header.period.as_ref().unwrap();
            assert_eq!(period.value, Value::Date(period_read));
            assert_eq!(period.uncertain(), !kept_sure);
        }
    }

    #[test]
    fn an_ownership_letter_read_after_specks_in_the_nature_is_direct() {
        // A held-out scan (set 14): sales owned directly, each row's `D` read a column
        // late after specks (`as D`, `ese D`), the ownership letter's cell empty.
        let mut rows = table_one(
            "| Common Stock | 11/16/2021 |  | st) |  | f 4,500@ | D |  1,035.442 (26) | i 3,110,521 | as D |  |\n\
             | eS \\| Common Stock 2 | 11/16/2021 | \\| | ss Eade | — | fe 8,600@) | ea D_ | 1,036.402) 2 7) | \\|. 3,101,921 Z | ese D |  |\n",
        );
        let log = repair(&mut rows, &mut HeaderRead::default());
        assert_eq!(rows.len(), 2, "{rows:#?}");
        for row in &rows {
            let letter = row.get(Col::DirInd).expect("the letter is settled");
            assert_eq!(letter.value, Value::Text("D".into()), "{log:#?}");
            assert!(letter.uncertain(), "{row:#?}");
            assert!(letter.read.ends_with(" D"), "the letter keeps the text it was read from: {row:#?}");
            let nature = row.get(Col::Nature).expect("the nature is reported");
            assert!(nature.value == Value::None && nature.read.is_empty() && nature.uncertain(), "{row:#?}");
        }
        assert_eq!(log.iter().filter(|r| r.rule == rule::LETTER_IN_NATURE).count(), 4, "{log:#?}");
        // A nature's own words beside a lone letter are no specks (`Trust I` is a name).
        assert!(!direct_letter_after_specks("By Trust D") && !direct_letter_after_specks("Trust I") && !direct_letter_after_specks("By Olivan D LLC"));
        assert!(!direct_letter_after_specks("D") && !direct_letter_after_specks("D 1,000"));
        // Held-out scans (sets 6, 8): the letter before its specks, or among them.
        for nature in ["lee D", "ec D", "D Hiss", "D (Seas atesl", "ooo D L. Re", "D NEE"] {
            assert!(direct_letter_after_specks(nature), "{nature}");
        }
    }

    #[test]
    fn an_illegible_ownership_letter_without_a_nature_is_direct() {
        // ocr-dev ddb0bd19d12d5453_v0, clean: the D read as a Cyrillic `р`, no nature.
        // Below it, the same row cut before its amount owned: nothing to go by.
        let mut rows = table_one(
            "|  | Class A Common Stock | 11/01/2022 |  | \\$ |  | 200 (Вр |  | \\$ 421.545 6) | \\|86,434 |  |  | р |  |\n\
             |  | Class A Common Stock | 11/01/2022 |  | S |  | 200 |  | \\$ 421.545 |  |  |  |  |  |\n",
        );
        let log = repair(&mut rows, &mut HeaderRead::default());
        let letter = rows[0].get(Col::DirInd).expect("the letter is settled");
        assert_eq!(letter.value, Value::Text("D".into()), "{log:#?}");
        assert!(letter.uncertain(), "the nature may be what was lost: flagged");
        assert!(log.iter().any(|r| r.rule == rule::NO_NATURE_DIRECT && r.field.contains("[0]")), "{log:#?}");
        assert_eq!(rows[1].value(Col::DirInd), &Value::None, "{log:#?}");
        // Either way the empty nature is reported, flagged: not left out as if surely empty.
        for row in &rows {
            let nature = row.get(Col::Nature).expect("the nature is reported");
            assert!(nature.value == Value::None && nature.uncertain(), "{row:#?}");
        }
    }

    #[test]
    fn a_price_far_from_its_neighbours_is_flagged_or_mended_by_a_stray_first_digit() {
        // ocr-dev 97fd42e3712c0e44_v1, scan: the price cell's rule read `1` before
        // `344.957`, among purchases near $343; the footnotes too scrambled to give ranges.
        let mut rows = table_one(
            "| Common Stock | 06/12/2018 |  | P |  | 37,023]A | 37,023]A | \\$ [342.775] (1) | 33,702,444 |  | I | by Trust |  |\n\
             | Common Stock | 06/13/2018 |  | Р |  | 2,297 | JA | \\$ [342.782 (4) | \\|33,722,718 |  | I | by Trust |  |\n\
             | Common Stock | 06/13/2018 |  | р |  | 2,431 | JA | \\$ [343.791 (5) | \\|33,725,149 |  | I | by Trust |  |\n\
             | Common Stock | 06/13/2018 |  | Р |  | 2,114 | JA | \\$ 1344.957 (6) | \\|33,727,263 |  | I | by Trust |  |\n",
        );
        let log = repair(&mut rows, &mut HeaderRead::default());
        assert_eq!(rows[3].value(Col::Price), &Value::Num("344.957".parse().unwrap()), "{rows:#?}");
        assert!(rows[3].get(Col::Price).unwrap().uncertain());
        assert_eq!(log.iter().filter(|r| r.rule == rule::PRICE_NEIGHBOURS).count(), 1, "{log:#?}");
        assert_eq!(rows[0].value(Col::Price), &Value::Num("342.775".parse().unwrap()));
        // No digit to drop: a price a tenth of its neighbours' (a lost digit) is flagged only.
        let mut rows = table_one(
            "| Common Stock | 06/13/2018 |  | S |  | 2,297 | D | \\$ 342.78 | 1,000 |  | D |  |\n\
             | Common Stock | 06/13/2018 |  | S |  | 2,431 | D | \\$ 343.79 | 900 |  | D |  |\n\
             | Common Stock | 06/13/2018 |  | S |  | 2,114 | D | \\$ 34.49 | 800 |  | D |  |\n",
        );
        let log = repair(&mut rows, &mut HeaderRead::default());
        assert_eq!(rows[2].value(Col::Price), &Value::Num("34.49".parse().unwrap()));
        assert!(rows[2].get(Col::Price).unwrap().uncertain(), "{rows:#?}");
        assert!(!log.iter().any(|r| r.rule == rule::PRICE_NEIGHBOURS), "{log:#?}");
    }

    #[test]
    fn prices_in_overlapping_ranges_take_their_footnotes_in_order() {
        // ocr-dev 755127a632e67d4f_v1, clean: the prices' marks garbled (`2`, `)`), each
        // price inside two or three of the footnotes' ranges.
        let text = "\
| Class A Common Stock | 05/08/2024 |  | so |  | 6,285,833]D |  | \\$ | 64,520,599 |  |  | I | See |\n\
|  |  |  |  |  |  |  | }21.3303 |  |  |  |  | Footnote |\n\
|  |  |  |  |  |  |  | 2 |  |  |  |  | @) |\n\
| Class A Common Stock | 05/09/2024 |  | s® |  | 1,669,411]D | \\| | \\$ | }62,851,188 |  |  | I | See |\n\
|  |  |  |  |  |  |  | 21.2601 |  |  |  |  | Footnote |\n\
|  |  |  |  |  |  |  | ) |  |  |  |  | @) |\n\
| Class A Common Stock | 05/10/2024 |  | so |  | 5,000,000]D |  | \\$ | }15,733,625, |  |  | I | See |\n\
|  |  |  |  |  |  |  | 20.784 |  |  |  |  | Footnote |\n\
|  |  |  |  |  |  |  | ) |  |  |  |  | © |\n";
        let notes = [
            ("F2", "This transaction was executed in multiple trades at prices ranging from $21.07 to $21.71. The price above reflects the weighted average sale price."),
            ("F4", "This transaction was executed in multiple trades at prices ranging from $20.96 to $21.57. The price above reflects the weighted average sale price."),
            ("F5", "This transaction was executed in multiple trades at prices ranging from $20.51 to $21.34 . The price above reflects the weighted average sale price."),
        ];
        let mut rows = table_one(text);
        let log = repair(&mut rows, &mut with_footnotes(&notes));
        let marks: Vec<Vec<String>> = rows.iter().map(|r| r.get(Col::Price).map(|f| f.notes.clone()).unwrap_or_default()).collect();
        assert_eq!(marks, [vec!["F2".to_string()], vec!["F4".to_string()], vec!["F5".to_string()]], "{log:#?}");
        assert!(rows.iter().all(|r| r.get(Col::Price).unwrap().notes_conf.is_some_and(|c| c < UNCERTAIN_AT)), "inferred marks are flagged");
        // Without the third row, whose price only F5's range holds, the first two could
        // be F2 and F4, F2 and F5, or F4 and F5: nothing is decided.
        let mut two = table_one(&text.lines().take(6).map(|l| format!("{l}\n")).collect::<String>());
        repair(&mut two, &mut with_footnotes(&notes));
        assert!(two.iter().all(|r| r.get(Col::Price).unwrap().notes.is_empty()), "{two:#?}");
    }

    #[test]
    fn a_sale_code_with_a_garbled_mark_takes_the_trading_plan_footnote() {
        // ocr-dev 86aba28246e165e5_v0, scan: conversions (`ee`, `ce)`) and a sale
        // (`st)`), each code's mark garbled; the plan footnote is the sale's mark, not
        // the conversions'.
        let mut rows = table_one(
            "| Class A Common Stock | 04/05/2013 |  | ee |  | 26,066] | A | \\$0 | 26,066 | D |  |\n\
             | Class A Common Stock | 04/05/2013 |  | st) |  | 26,066] | D \\| | \\$25.0017' | 0 |  |  |\n\
             | Class A Common Stock | 04/08/2013 |  | ce) |  | 11,733] | A | \\$0 | 11,733 | D |  |\n\
             | Class A Common Stock | 04/08/2013 |  | st) |  | 11,733] | D \\| | \\$25.1427' | 0 |  |  |\n",
        );
        // (The second sale's code written as the first's: its own read `s®)`.) With two
        // sales marked alike, the conversions are still not like rows for the code.
        let log = repair(
            &mut rows,
            &mut with_footnotes(&[
                ("F1", "Each share of Class A Common Stock was issued upon conversion of one share of Class B Common Stock."),
                ("F2", "Shares were sold pursuant to a duly adopted 10b5-1 trading plan."),
            ]),
        );
        let code = |k: usize| rows[k].get(Col::Code).expect("a code read");
        assert_eq!(code(3).notes, ["F2"], "{log:#?}");
        assert_eq!(code(1).value, Value::Text("S".into()), "{log:#?}");
        assert_eq!(code(1).notes, ["F2"], "{log:#?}");
        assert!(code(1).notes_conf.is_some_and(|c| c < UNCERTAIN_AT), "an inferred mark is flagged");
        assert_eq!(code(2).value, Value::Text("C".into()), "{log:#?}");
        // A conversion's mark is not the plan's: its garbled mark (`ce)`) is the one
        // footnote naming a conversion, as the filing has it; `ee` shows no mark.
        assert_eq!(code(2).notes, ["F1"], "{log:#?}");
        assert!(log.iter().any(|r| r.rule == rule::CODE_MARK_NAMES_ITS_KIND && r.field.contains("[2]")), "{log:#?}");
        assert!(code(0).notes.is_empty(), "{log:#?}");
    }

    #[test]
    fn a_withholding_code_with_a_garbled_mark_takes_the_footnote_on_withholding() {
        // Set 9 (clean): vestings (C) and the shares withheld for their tax (F), each
        // code's mark read `2)`, or garbled (`Fe)`, `FG)`).
        let mut rows = table_one(
            "| Class C Google Stock Units ® | 08/25/2025 |  | c2) |  | 675 | D | $0 | 16,972 | D |  |\n\
             | Class C Google Stock Units © | 08/25/2025 |  | Fe) |  | 683 | D | 56 72 | 16,290 | D |  |\n\
             | Class C Google Stock Units “) | 08/25/2025 |  | FG) |  | 282 | D | 56 72 | 16,830 | D |  |\n",
        );
        let log = repair(
            &mut rows,
            &mut with_footnotes(&[
                ("F2", "Vesting of Google Stock Units (\"GSUs\") grant of which was previously reported in Form 4."),
                ("F3", "Shares withheld to satisfy tax obligations arising out of vesting of GSUs."),
            ]),
        );
        let code = |k: usize| rows[k].get(Col::Code).expect("a code read");
        assert_eq!((code(0).value.render(), code(0).notes.clone()), ("C".to_string(), vec!["F2".to_string()]), "the mark read after the letter: {log:#?}");
        for k in [1, 2] {
            assert_eq!(code(k).value, Value::Text("F".into()), "{log:#?}");
            assert_eq!(code(k).notes, ["F3"], "{log:#?}");
            assert!(code(k).notes_conf.is_some_and(|c| c < UNCERTAIN_AT), "an inferred mark is flagged");
        }
    }

    #[test]
    fn a_distributions_garbled_code_mark_is_the_footnote_on_the_distribution() {
        // Held-out Forms 4 (set 9, clean): a fund's distributions in kind (J, D), each
        // code's mark garbled (`js)`, `JM`, `jo`); the partners' receipt (J, A) has a
        // footnote of its own, which points back to the first and does not count.
        let mut rows = table_one(
            "| Common Stock | 08/09/2019 |  | js) |  | 1,015,184 | D | $0 | 5,752,707 | I | By Sequoia Capital XI, Lp. & |\n\
             | Common Stock | 08/13/2019 |  | JM |  | 1,015,184 | D | $0 | 4,737,523 | I | By Sequoia Capital XIL, Lp. 2) |\n\
             | Common Stock | 08/09/2019 |  | jo |  | 108,499 | D | $0 | 614,830 | I | By Sequoia Capital XII Principals Fund, LLC Q) |\n\
             | Common Stock | 02/27/2020 |  | JO) |  | 25,735 | A | $0 | 1,043,244 |  | By estate planning vehicles |\n",
        );
        let log = repair(
            &mut rows,
            &mut with_footnotes(&[
                ("F1", "Represents a distribution of Common Stock of the Issuer to partners or members and includes subsequent distributions by general partners or managing members to their respective partners or members."),
                ("F3", "Represents the receipt of shares of Common Stock of the Issuer by virtue of the pro rata in-kind distributions described in footnote (1) above."),
            ]),
        );
        for row in &rows[..3] {
            let code = row.get(Col::Code).expect("a code read");
            assert_eq!((code.value.render(), code.notes.clone()), ("J".to_string(), vec!["F1".to_string()]), "{log:#?}");
            assert!(code.notes_conf.is_some_and(|c| c < UNCERTAIN_AT), "an inferred mark is flagged");
        }
    }

    #[test]
    fn a_trading_plan_named_in_capitals_or_misread_is_the_garbled_code_mark_s() {
        // Held-out Form 4s (sets 4 and frozen, clean): `so`, `Mo)` codes, the plan's
        // footnote printed in capitals, or its rule's number read `105-1`.
        for plan in [
            "THE TRANSACTIONS REPORTED ON THIS FORM 4 WERE AUTOMATICALLY EFFECTED PURSUANT TO A RULE 10B5-1 TRADING PLAN PREVIOUSLY ADOPTED ON SEPTEMBER 14, 2021.",
            "The sales reported on this Form 4 were effected pursuant to a Rule 105-1 trading plan adopted by the holder.",
        ] {
            let mut rows = table_one(
                "| Common Stock | 12/09/2021 |  | Mo) |  | 2,165,241 | A | $6.24 | 2,165,241 | D |  |\n\
                 | Common Stock | 12/09/2021 |  | so |  | 10,477) | D | $  1,005.129 o) | 2,126,667 | D |  |\n",
            );
            let log = repair(&mut rows, &mut with_footnotes(&[("F1", plan), ("F2", "The price reported in Column 4 is a weighted average price.")]));
            for row in &rows {
                assert_eq!(row.get(Col::Code).expect("a code").notes, ["F1"], "{plan}: {log:#?}");
            }
        }
    }

    #[test]
    fn a_holder_read_a_glyph_off_takes_the_name_its_footnote_writes() {
        // ocr-dev, clean tier: a81368e51fe6494d_v1 (`VIL` for `VI,`) and f927a3eee38e1787_v1
        // (a speck read as `y`), each with its footnote as read.
        let mut rows = table_one(
            "|  | Class A Common Stock |  |  |  |  |  |  |  |  | 2,205,293 |  |  | I | By The |\n\
             |  |  |  |  |  |  |  |  |  |  |  |  |  |  | Founders |\n\
             |  |  |  |  |  |  |  |  |  |  |  |  |  |  | Fund VIL LP |\n\
             |  | Common Stock |  |  |  |  |  |  |  |  | 17,130,000 |  |  | I | By Reinvent y Sponsor LLC\u{201d}) |\n",
        );
        let mut header = with_footnotes(&[
            ("F1", "The Reporting Person has shared voting and investment power over the shares held by each of The Founders Fund VI, LP, The Founders Fund VI Principals Fund, LP, The Founders Fund VI Management, LLC."),
            ("F3", "The securities are directly held by Reinvent Sponsor LLC (\"Sponsor\")."),
        ]);
        let log = repair(&mut rows, &mut header);
        assert_eq!(rows[0].value(Col::Nature), &Value::Text("By The Founders Fund VI, LP".into()), "{log:#?}");
        assert_eq!(rows[1].value(Col::Nature), &Value::Text("By Reinvent Sponsor LLC".into()), "{log:#?}");
        assert_eq!(rows[1].get(Col::Nature).unwrap().notes, ["F3"]);
        assert!(rows.iter().all(|r| r.get(Col::Nature).unwrap().conf < UNCERTAIN_AT), "mended names are flagged");
        assert_eq!(log.iter().filter(|r| r.rule == rule::NATURE_NEAR_NOTE && !r.field.ends_with("footnoteId")).count(), 2, "{log:#?}");
    }

    #[test]
    fn a_holder_name_near_a_footnote_with_wide_glyphs() {
        // A name with a two-byte letter on both sides of the lookup (the squeezed text's
        // byte offsets map back into the footnote's characters), read a glyph off.
        let mut rows = table_one("|  | Common Stock |  |  |  |  |  |  |  |  | 1,000 |  |  | I | By Müller Famiiy Trust LLC |\n");
        let log = repair(&mut rows, &mut with_footnotes(&[("F1", "Shares held by Müller Family Trust LLC, of which the reporting person is a trustee (\u{201c}Trust\u{201d}).")]));
        assert_eq!(rows[0].value(Col::Nature), &Value::Text("By Müller Family Trust LLC".into()), "{log:#?}");
        assert_eq!(rows[0].get(Col::Nature).unwrap().notes, ["F1"]);
    }

    #[test]
    fn a_holder_a_glyph_off_another_entity_keeps_its_name() {
        // Natures and footnotes of real filings (the 2023 bulk corpus) naming another
        // entity a glyph or two away: another fund's numeral with an `I` more than the
        // footnote's (no glyph lost), another suffix.
        let mut rows = table_one(
            "|  | Common Stock |  |  |  |  |  |  |  |  | 1,000 |  |  | I | By ICONIQ Strategic Partners III-B, L.P. |\n\
             |  | Common Stock |  |  |  |  |  |  |  |  | 2,000 |  |  | I | By Cambridge Information Group I LLC |\n",
        );
        let mut header = with_footnotes(&[
            ("F1", "Held by ICONIQ Strategic Partners II-B, L.P. The reporting person disclaims beneficial ownership."),
            ("F2", "The shares are held by Cambridge Information Group Inc (\"CIG\")."),
        ]);
        let log = repair(&mut rows, &mut header);
        assert_eq!(rows[0].value(Col::Nature), &Value::Text("By ICONIQ Strategic Partners III-B, L.P.".into()));
        assert_eq!(rows[1].value(Col::Nature), &Value::Text("By Cambridge Information Group I LLC".into()));
        assert!(!log.iter().any(|r| r.rule == rule::NATURE_NEAR_NOTE), "{log:#?}");
    }

    #[test]
    fn a_holders_numeral_that_lost_an_i_is_the_footnotes() {
        // A held-out Form 4 (set 22, clean): `XII` read `XI` in the nature column, the
        // footnote naming the fund in body type. (Of the bulk corpus's 553 natures with a
        // roman numeral, 2 name a fund whose footnotes name only the one with an `I`
        // more, `Fund I` beside `Fund II`; OCR loses an `I` far more often.)
        let mut rows = table_one("|  | Common Stock |  |  |  |  |  |  |  |  | 1,000 |  |  | I | Sequoia Capital XI, L.P. |\n");
        let mut header = with_footnotes(&[("F2", "SC XII Management, LLC is a general partner of each of Sequoia Capital XII, L.P. (XII) and Sequoia Technology Partners XII, L.P. (STP XII).")]);
        let log = repair(&mut rows, &mut header);
        assert_eq!(rows[0].value(Col::Nature), &Value::Text("Sequoia Capital XII, L.P.".into()), "{log:#?}");
        assert!(rows[0].get(Col::Nature).unwrap().uncertain());
        assert!(log.iter().any(|r| r.rule == rule::NATURE_NEAR_NOTE), "{log:#?}");
    }

    #[test]
    fn a_holder_named_in_one_footnote_takes_its_mark() {
        // Holdings as OCR read a printed Form 4, the nature's marks lost.
        let mut rows = table_one(
            "| Class A Common Stock |  |  |  |  |  |  |  | 2,205,293 - |  |  | I | By The Founders Fund VI LP |\n\
             | Class A Common Stock |  |  |  |  |  |  |  | 545,294 |  |  | I | By The Founders Fund VI Principals Fund, LP) |\n\
             | Class A Common Stock |  |  |  |  |  |  |  | 60,429 |  |  | I | By Estate Planning Vehicles |\n",
        );
        let mut header = with_footnotes(&[
            ("F1", "The Reporting Person has shared voting and investment power over the shares held by each of The Founders Fund VI, LP, The Founders Fund VI Principals Fund, LP and FF Affirm Growth, LLC."),
            ("F2", "Represents shares transferred to the Reporting Person's estate planning vehicles."),
        ]);
        let log = repair(&mut rows, &mut header);
        for row in &rows[..2] {
            let nature = row.get(Col::Nature).unwrap();
            assert_eq!(nature.notes, ["F1"]);
            assert!(nature.notes_conf.is_some_and(|c| c < UNCERTAIN_AT), "an inferred mark is flagged");
        }
        // No entity is named: a description, not a holder (the mark of like rows may
        // still come from the other rule).
        let named: Vec<&str> = log.iter().filter(|r| r.rule == rule::NATURE_NAMED_IN_NOTE).map(|r| r.field.as_str()).collect();
        assert_eq!(named.len(), 2, "{log:#?}");
        assert!(!named.iter().any(|f| f.contains("[2]")), "{named:?}");
        // The footnote's spelling: the comma the table's small type lost.
        assert_eq!(rows[0].value(Col::Nature), &Value::Text("By The Founders Fund VI, LP".into()));
        assert_eq!(rows[1].value(Col::Nature), &Value::Text("By The Founders Fund VI Principals Fund, LP".into()));
        assert!(log.iter().any(|r| r.rule == rule::NATURE_SPELLED_IN_NOTE && r.chosen == "By The Founders Fund VI, LP"), "{log:#?}");
    }

    #[test]
    fn a_nature_keeps_the_points_its_filer_wrote() {
        // The filer wrote `L.P.` in the table and `LP` in the footnote: the table's stays.
        let mut rows = table_one("| Common Stock |  |  |  |  |  |  |  | 5,000 |  |  | I | Sequoia Capital Global Growth Fund, L.P. |\n");
        let note = |t: &str| FieldVal::read(Value::Text(t.into()), t, 74);
        let mut header =
            HeaderRead { footnotes: vec![("F2".into(), note("The shares are held by Sequoia Capital Global Growth Fund, LP; SC GGF Management is its general partner."))], ..HeaderRead::default() };
        let log = repair(&mut rows, &mut header);
        assert_eq!(rows[0].value(Col::Nature), &Value::Text("Sequoia Capital Global Growth Fund, L.P.".into()));
        assert!(!log.iter().any(|r| r.rule == rule::NATURE_SPELLED_IN_NOTE), "{log:#?}");
        assert_eq!(rows[0].get(Col::Nature).unwrap().notes, ["F2"]);
    }

    #[test]
    fn an_underlying_title_with_a_neighbours_date_and_amount_run_in_is_the_title_of_table_1() {
        // ocr-dev b36d238493fe650f_v0, clean: the expiration date and the underlying
        // amount printed into the underlying title's cell, `Common` lost.
        let mut rows = table_one("|  | Common Stock | 05/20/2019 |  | MY 1 |  |  | 175,000} | A | \\$ 31.17 | 34,102,560 |  |  | I | by Trust (2) |\n");
        rows.extend(table_two("|  | Non- Qualified Stock 1 Option (right to buy) | \\$31.17 | \\| 05/20/2019 |  | M |  |  | 175,000} | ©) = |  |  | Jos/13/2022)©°™™°\"}175,000] Stock |  | \\$0 \\| | 5,099,901] | D |  |\n"));
        let log = repair(&mut rows, &mut HeaderRead::default());
        let under = rows[1].get(Col::UndTitle).unwrap();
        assert_eq!(under.value, Value::Text("Common Stock".into()), "{log:#?}");
        assert!(under.uncertain());
    }

    #[test]
    fn an_issuer_name_a_glyph_from_how_the_footnotes_write_it_is_mended() {
        // A held-out scan: the issuer box read `'Tesia, | Inc. [TSLA]`; the footnotes
        // write the name dozens of times.
        let note = "The price reported is a weighted average price. The reporting person undertakes to provide Tesla, Inc., any security holder of Tesla, Inc. or the staff of the Securities and Exchange Commission, upon request, full information regarding the number of shares sold at each separate price.";
        let header_with = |name: &str, note: &str| HeaderRead {
            issuer_name: Some(FieldVal::read(Value::Text(name.into()), name, CLEAN)),
            footnotes: vec![("F1".into(), FieldVal::read(Value::Text(note.into()), note, CLEAN))],
            ..HeaderRead::default()
        };
        let mut header = header_with("Tesia, Inc.", note);
        let log = repair(&mut [], &mut header);
        let name = header.issuer_name.as_ref().unwrap();
        assert_eq!((name.value.render(), name.uncertain()), ("Tesla, Inc.".to_string(), true), "{log:#?}");
        // A name the page writes as read, or one it never comes near, stands.
        for read in ["Tesla, Inc.", "Rivian Automotive, Inc."] {
            let mut header = header_with(read, note);
            repair(&mut [], &mut header);
            assert_eq!(header.issuer_name.unwrap().value.render(), read);
        }
    }

    #[test]
    fn a_company_suffix_s_first_letters_read_twice_are_cut() {
        // Set 7 (scan): the issuer's name read `Apple In Inc.` in the top box.
        let named = |t: &str| Some(FieldVal::read(Value::Text(t.into()), t, CLEAN));
        let mut header = HeaderRead { issuer_name: named("Apple In Inc."), ..HeaderRead::default() };
        let log = repair(&mut [], &mut header);
        let name = header.issuer_name.unwrap();
        assert_eq!(name.value.render(), "Apple Inc.", "{log:#?}");
        assert!(name.uncertain());
        // A word before a suffix it does not begin stays (`Bank of Marin Bancorp`, `La Lande`).
        for read in ["Bank of Marin Bancorp", "La Lande Rashida", "GREGORY ANDREW J. JR."] {
            let mut header = HeaderRead { issuer_name: named(read), ..HeaderRead::default() };
            repair(&mut [], &mut header);
            assert_eq!(header.issuer_name.unwrap().value.render(), read);
        }
    }

    #[test]
    fn a_roman_numeral_read_with_an_l_is_mended_and_flagged() {
        // As OCR read a held-out Form 3's Reporting Owners table (seven joint filers).
        let lines = crate::markdown::lines(
            "Reporting Owners\n\n|  | Relationships |  |  |  |\n|---|---|---|---|---|\n\
             | Reporting Owner Name / Address | Director | 10% Owner | Officer | Other |\n\
             | Mithril GP LP C/O MITHRIL CAPITAL MANAGEMENT LLC 600 CONGRESS AVENUE SUITE 3100 AUSTIN TEXAS 78701 UNITED STATES |  | x |  |  |\n\
             | Mithril Il UGP LLC C/O MITHRIL CAPITAL MANAGEMENT LLC 600 CONGRESS AVENUE SUITE 3100 AUSTIN TEXAS 78701 UNITED STATES |  | x |  |  |\n\
             | Mithril I] UGP LLC C/O MITHRIL CAPITAL MANAGEMENT LLC 111 CONGRESS AVENUE, SUITE 500 AUSTIN TEXAS 78701 UNITED STATES |  | Xx |  |  |\n\
             | Mithril 11 GP LP C/O MITHRIL CAPITAL MANAGEMENT LLC 111 CONGRESS AVENUE, SUITE 500 AUSTIN TEXAS 78701 UNITED STATES |  | Xx |  |  |\n\
             \nSignatures\n",
        );
        let mut header = crate::header::read_header(&lines, lines.len());
        assert_eq!(header.owners.len(), 4, "{:#?}", header.owners);
        let log = repair(&mut [], &mut header);
        // (The table's lines run on into the address; the top box, absent here, would
        // part them: they are parted by their shape, at the care-of.)
        let names: Vec<(String, bool)> = header.owners.iter().map(|o| o.name.as_ref().map(|n| (n.value.render(), n.uncertain())).unwrap()).collect();
        assert_eq!(names[0].0, "Mithril GP LP", "{names:?}");
        assert!(names[1].0 == "Mithril II UGP LLC" && names[1].1, "{names:?}");
        // Set 9 (clean): the numeral read `I]` and `11`; the street's `111` is no numeral.
        assert!(names[2].0 == "Mithril II UGP LLC" && names[2].1, "{names:?}");
        assert!(names[3].0 == "Mithril II GP LP" && names[3].1, "{names:?}");
        let street2 = |k: usize| header.owners[k].street2.as_ref().map(|f| f.value.render()).unwrap_or_default();
        assert!((2..4).all(|k| street2(k) == "111 CONGRESS AVENUE, SUITE 500"), "{:#?}", header.owners);
        assert_eq!(log.iter().filter(|r| r.rule == rule::ROMAN_NUMERAL).count(), 3, "{log:#?}");
    }

    #[test]
    fn a_numeral_one_where_the_page_writes_two_is_flagged() {
        // A held-out Form 4 (set 15, clean): `II` read `I` in two of six owners' names
        // (the Reporting Owners table's `Mithril I UGP LLC`, `MITHRIL I LP`), `Il` in
        // another and in the signatures.
        let named = |t: &str| Some(FieldVal::read(Value::Text(t.into()), t, CLEAN));
        let owner = |t: &str| crate::header::OwnerRead { name: named(t), ..Default::default() };
        let owners = || ["Mithril LP", "Mithril I UGP LLC", "Mithril Il GP LP", "MITHRIL I LP", "Mithril GP LP", "THIEL PETER"].map(owner).to_vec();
        let signed = |t: &str| (named(t).unwrap(), FieldVal::read(Value::Text("2024-02-08".into()), "02/08/2024", CLEAN));
        let signatures = vec![signed("Mithril Il UGP LLC By: /s/ Ajay Royan, Managing Member")];
        let mut header = HeaderRead { owners: owners(), signatures: signatures.clone(), ..HeaderRead::default() };
        repair(&mut [], &mut header);
        let names: Vec<(String, bool)> = header.owners.iter().map(|o| o.name.as_ref().map(|n| (n.value.render(), n.uncertain())).unwrap()).collect();
        // The two read with `I`: flagged, as read; the others as before (`Il` mended).
        assert_eq!(names[1], ("Mithril I UGP LLC".to_string(), true), "{names:?}");
        assert_eq!(names[3], ("MITHRIL I LP".to_string(), true), "{names:?}");
        assert_eq!(names[2], ("Mithril II GP LP".to_string(), true), "{names:?}");
        for k in [0, 4, 5] {
            assert!(!names[k].1, "{names:?}");
        }
        // Without a `II` of that word on the page, `I` is as read.
        let mut header = HeaderRead { owners: vec![owner("Carlyle Holdings I GP Inc."), owner("Carlyle Group Inc.")], signatures, ..HeaderRead::default() };
        repair(&mut [], &mut header);
        assert!(!header.owners[0].name.as_ref().unwrap().uncertain());
    }

    #[test]
    fn an_owner_with_no_box_ticked_has_every_box_in_doubt() {
        // A held-out scan (set 18): the director's mark read in neither place (the top
        // box's `_X_` a cell away from its label, the table's cell empty), both readings
        // of every box agreeing on 0.
        let boxed = |v: &str| Some(FieldVal::read(Value::Text(v.into()), "", CONFIRMED));
        let owner = |d: &str| crate::header::OwnerRead { director: boxed(d), ten_percent: boxed("0"), officer: boxed("0"), other: boxed("0"), ..Default::default() };
        let mut header = HeaderRead { owners: vec![owner("0"), owner("1")], ..HeaderRead::default() };
        repair(&mut [], &mut header);
        let o = &header.owners[0];
        assert!([&o.director, &o.ten_percent, &o.officer, &o.other].iter().all(|f| f.as_ref().unwrap().uncertain()), "{o:#?}");
        // A box ticked: the others' zeros stand.
        let o = &header.owners[1];
        assert!([&o.director, &o.ten_percent, &o.other].iter().all(|f| !f.as_ref().unwrap().uncertain()), "{o:#?}");
    }

    #[test]
    fn a_deemed_date_lost_beside_others_is_not_settled() {
        // A held-out scan (set 15): every row's deemed execution date printed; on two
        // rows it was lost (`~zngao12` took the transaction date's place, `1ie20i2`
        // could not be read). Not read is not "not printed": reported unread, flagged.
        let text = "\
| 1 Title of Security (Instr. 3) \\| | 2. Transaction Date (Month/Day/Year) | 2A. Deemed Execution Date, if any (Month/Day/Year) | 3. Transaction Code (Instr. 8) \\| \\| | 4, Securities Acquired (A) or Disposed of (D) (str, 3, 4.and 5) | 5. Amount of Securities Beneficially Owned Following Reported Transaction(s) (instr, 3 and 4) | 6. Ownership Form: Direct (D) | 7. Nature of Indirect Beneficial Ownership |  |  |  |
| Common Stock | 12/18/2012 | 12/18/2012 | é |  | 10,491,720 | A |  | : 10,609,976 | I | : By Trust |
| Common Stock | ~zngao12 | 12/18/2012 |  | ize | 279,826 | \\|A | \\| | OES 16,266,015 | I | By Trust |
| Common Stock | [12/18/2012 | 1ie20i2 | Pp |  | rh 875,000. 000 | \\|” | $8 | 20,724,991 | aie | \"By Trust |
";
        let mut rows = crate::rows::read_table(&crate::markdown::lines(text), false, false);
        assert_eq!(rows.len(), 3, "{rows:#?}");
        repair(&mut rows, &mut HeaderRead::default());
        assert!(rows[0].get(Col::Deemed).is_some_and(|f| f.value.date().is_some() && !f.uncertain()), "{:#?}", rows[0]);
        for row in &rows[1..] {
            let deemed = row.get(Col::Deemed).expect("the deemed date reported");
            assert!(deemed.value == Value::None && deemed.uncertain(), "{row:#?}");
        }
        // A table that prints no deemed date anywhere reports none.
        let text = "| Common Stock | 12/18/2012 |  | P |  | 1,000 | A | $8 | 20,724,991 | D |  |\n| Common Stock | 12/19/2012 |  | P |  | 1,000 | A | $8 | 20,725,991 | D |  |\n";
        let mut rows = crate::rows::read_table(&crate::markdown::lines(text), false, false);
        repair(&mut rows, &mut HeaderRead::default());
        assert!(rows.iter().all(|r| r.get(Col::Deemed).is_none_or(|f| !f.uncertain())), "{rows:#?}");
    }

    #[test]
    fn a_speck_after_a_name_is_cut_and_a_stutter_flagged() {
        // A held-out scan (set 16): the Reporting Owners table's line read `Reid Hoffman
        // & Michelle Yee Living Living Tst ‘C/O LINKEDIN …`, the name cut before `C/O`.
        let named = |t: &str| Some(FieldVal::read(Value::Text(t.into()), t, CLEAN));
        let owner = |t: &str| crate::header::OwnerRead { name: named(t), ..Default::default() };
        let mut header = HeaderRead { owners: vec![owner("Reid Hoffman & Michelle Yee Living Living Tst '"), owner("Andonian Andre'"), owner("Hoffman Reid")], ..HeaderRead::default() };
        let log = repair(&mut [], &mut header);
        let name = |k: usize| header.owners[k].name.as_ref().unwrap();
        assert_eq!(name(0).value.render(), "Reid Hoffman & Michelle Yee Living Living Tst");
        assert!(name(0).uncertain());
        assert!(log.iter().any(|r| r.rule == rule::SPECK_AFTER_NAME), "{log:#?}");
        // A name's own apostrophe, or a name without a stutter, stays as read.
        assert_eq!((name(1).value.render(), name(1).uncertain()), ("Andonian Andre'".to_string(), false));
        assert!(!name(2).uncertain());
        // A stutter alone flags the name, as read; so does a glyph no name holds (a
        // held-out Form 4, set 22, clean: `Mithril Il! UGP LLC` for `Mithril II UGP LLC`).
        let mut header = HeaderRead { owners: vec![owner("Reid Hoffman & Michelle Yee Living Living Trust"), owner("Mithril Il! UGP LLC")], ..HeaderRead::default() };
        repair(&mut [], &mut header);
        assert!(header.owners[0].name.as_ref().unwrap().uncertain());
        assert!(header.owners[1].name.as_ref().unwrap().uncertain());
    }

    #[test]
    fn a_street_line_s_misreading_is_mended_and_logged() {
        // Set 15 (clean): six owners' care-of lines read `… MANAGEMENT LLG`.
        let read = "C/O MITHRIL CAPITAL MANAGEMENT LLG";
        let street = Some(FieldVal::read(Value::Text(read.into()), read, CLEAN));
        let mut header = HeaderRead { owners: vec![crate::header::OwnerRead { street1: street, ..Default::default() }], ..HeaderRead::default() };
        let log = repair(&mut [], &mut header);
        let f = header.owners[0].street1.as_ref().unwrap();
        assert_eq!(f.value.render(), "C/O MITHRIL CAPITAL MANAGEMENT LLC");
        assert!(f.conf <= crate::field::MENDED);
        assert!(log.iter().any(|r| r.rule == rule::STREET_MISREADING && r.field == "reportingOwner[0].reportingOwnerAddress.rptOwnerStreet1"), "{log:#?}");
    }

    #[test]
    fn underlying_titles_misread_or_cut_are_the_title_of_table_1() {
        for (read, same) in [
            ("Class A Cotton Stock", true),
            ("Class A Cotиton Stock", true),
            ("Class A Stock", true),
            ("Class A common", true),
            ("Common", true),
            ("Common Stock", false),
            ("Class B Common Stock", false),
            ("Class B Stock", false),
            ("Series 2 Common Stock", false),
            ("A", false),
            // (ocr-dev: `Q) Q) Q) ClassA |`, its letter parted and the marks set aside.)
            ("Class A", true),
            ("Class B", false),
        ] {
            assert_eq!(title_misread_as("Class A Common Stock", read), same, "{read}");
        }
        // As a printed Form 4 was read: Table I's title on two rows, Table II's
        // underlying title misread on one row and cut short on another.
        let mut rows = table_one(
            "| Class A Common Stock | 01/15/2021 |  | C |  | 550,000 | A | $0 | 1,486,909 |  |  | I | By The Founders Fund Growth, LP |\n\
             | Class A Common Stock |  |  |  |  |  |  |  | 2,205,293 |  |  | I | By The Founders Fund VI, LP |\n",
        );
        rows.extend(table_two(
            "| Class B Common Stock | (2) | 01/15/2021 |  | C |  |  | 550,000 | (2) | (2) | Class A Cotton Stock | 550,000 | $0 | 386,909 | I | By The Founders Fund Growth, LP |\n\
             | Class B Common Stock | (2) |  |  |  |  |  |  | (2) | (2) | Class A Stock | 2,205,293 |  | 2,205,293 | I | By The Founders Fund VI, LP |\n",
        ));
        let log = repair(&mut rows, &mut HeaderRead::default());
        for row in rows.iter().filter(|r| r.derivative) {
            assert_eq!(row.value(Col::UndTitle), &Value::Text("Class A Common Stock".into()), "{log:#?}");
            assert!(row.get(Col::UndTitle).unwrap().uncertain());
        }
        assert_eq!(log.iter().filter(|r| r.rule == rule::UNDERLYING_OF_TABLE_1).count(), 2, "{log:#?}");
    }

    #[test]
    fn a_title_that_lost_its_first_words_is_the_title_of_like_rows() {
        // Set 8 (scan): one exercise's title read `Option (right to buy)`, the others'
        // `Stock Option (right to buy)`.
        let mut rows = table_two(
            "| Option (right to buy) | Te — $ 42.86 | 03/15/2024 | \\| | \\| M | Fe | he | \\| 730, | Ce \\| a ae | \\| 04/07/2032 | Common Stack | \\| 735 | \\| $0 | \\| 0 | \\| D |  |\n\
             | Stock Option (right to buy) | $51.4 | 03/15/2024 |  | M |  |  | 607 | (1) Ses | 04/13/2033 | Common Stock | 607 | $0 | 0 | D |  |\n\
             | Stock Option (right to buy) | \\| $ 45.88 \\| | \\| \\| \\| 03/15/2024 \\| |  | M | ee | \\| \\| \\| | 687 | \\| ra) \\| Me \\| | \\| 07/27/2033 | Common Stack \\| | 687 | \\| $0 | \\| 0 \\| | D \\| | \\| |\n\
             | Stock Option (right to buy) | ee $ 38.26 | 03/15/2024 | ee | M |  | aoa | 807 | (1) Se | e 10/26/2033 | Common Stock | Ae 807 | $0 | 0 | Eo D |  |\n",
        );
        let log = repair(&mut rows, &mut HeaderRead::default());
        let title = rows[0].get(Col::Title).unwrap();
        assert_eq!(title.value, Value::Text("Stock Option (right to buy)".into()), "{log:#?}");
        assert!(title.uncertain());
        assert!(log.iter().any(|r| r.rule == rule::TITLE_CUT_SHORT));
    }

    #[test]
    fn garbled_marks_down_a_column_take_the_one_mark_read_there() {
        // Set 8 (clean): every amount of a run of sales carries footnote 2, read `Q)`,
        // `@` and once `(2)`; the prices' marks are read one per sale.
        let mut rows = table_one(
            "| Common Stock | 12/16/2021 |  | sO) _ |  | 9,373 Q) — | D | $ 971.741 (4) | 1,331,123 | D |  |\n\
             | Common Stock | 12/16/2021 |  | sO) _ |  | 3,979 (2) = | D | $ 972.718 (15) | 1,327,144 | D |  |\n\
             | Common Stock | 12/16/2021 |  | sO _ |  | 3,015 @ — |  D_ | $ 973.521 (16) | 1,324,129 | D |  |\n\
             | Common Stock | 12/16/2021 |  | sO |  | 16,276 Q) = | D | $ 975.19 (17) | 1,307,853 | D |  |\n",
        );
        let log = repair(&mut rows, &mut HeaderRead::default());
        for (k, row) in rows.iter().enumerate() {
            let f = row.get(Col::Shares).unwrap();
            assert_eq!(f.notes, ["F2"], "row {k}: {log:#?}");
            assert_eq!(f.notes_conf.is_some_and(|c| c <= UNCERTAIN_AT), k != 1, "row {k}: only the marks read are sure");
        }
        // Each price keeps its own mark.
        assert_eq!(rows[2].get(Col::Price).unwrap().notes, ["F16"]);
    }

    #[test]
    fn dates_whose_marks_lost_their_number_take_the_footnote_left_over() {
        // Set 8 (clean): options exercised, the date exercisable of each printed as a mark
        // alone, read as glyphs; the filing's one footnote is referenced nowhere else.
        let mut header = with_footnotes(&[("F1", "The option shares are fully exercisable.")]);
        let mut rows = table_two(&format!(
            "{}| Stock Option (right to buy) | $ 67.37 | 03/15/2024 |  | M |  |  | 424 | @ — = | 01/13/2032 | COMMON Stock | 494 | $0 |  |  |  |\n\
             | Stock Option (right to buy) | $41.19 | 03/15/2024 |  | M |  |  | 14,136 | ©) = | 05/25/2032 | COMMON Stock | 14 136 | $0 |  |  |  |\n\
             | Stock Option (right to buy) | $ 38.26 | 03/15/2024 |  | M |  |  | 807 | @ = | 10/26/2033 | COMMON Stock | go7 | $0 |  |  |  |\n",
            crate::rows::tests::GRID_TABLE_2_LABELS
        ));
        let log = repair(&mut rows, &mut header);
        for (k, row) in rows.iter().enumerate() {
            let f = row.get(Col::ExDate).unwrap_or_else(|| panic!("row {k}: {log:#?}"));
            assert_eq!((&f.value, f.notes.as_slice()), (&Value::None, ["F1".to_string()].as_slice()), "row {k}: {log:#?}");
            assert!(f.notes_conf.is_some_and(|c| c < UNCERTAIN_AT), "inferred, so flagged");
            assert!(row.get(Col::ExpDate).is_some_and(|f| f.notes.is_empty()), "the expiration dates were read without a mark");
        }
        // With a second footnote no value refers to, none is chosen.
        let mut header = with_footnotes(&[("F1", "The option shares are fully exercisable."), ("F2", "Held by a trust.")]);
        let mut rows = table_two(&format!(
            "{}| Stock Option (right to buy) | $ 67.37 | 03/15/2024 |  | M |  |  | 424 | @ — = | 01/13/2032 | COMMON Stock | 494 | $0 |  |  |  |\n\
             | Stock Option (right to buy) | $41.19 | 03/15/2024 |  | M |  |  | 14,136 | ©) = | 05/25/2032 | COMMON Stock | 14 136 | $0 |  |  |  |\n",
            crate::rows::tests::GRID_TABLE_2_LABELS
        ));
        repair(&mut rows, &mut header);
        assert!(rows.iter().all(|r| r.get(Col::ExDate).is_none_or(|f| f.notes.is_empty())), "{rows:#?}");
    }

    #[test]
    fn the_one_amount_with_a_garbled_mark_takes_the_footnote_left_over() {
        // A held-out Form 4 (set 24, clean): a stock award's amount marked (1), read
        // `125 @`; the filing's one footnote is referenced nowhere else.
        let table = "| Common Stock | 09/10/2025 |  |  |  | 125 @ | A | $0 | 44,617 | D |  |\n\
                     | Common Stock |  |  |  |  |  |  |  | 525 | I | By Trust |\n";
        let mut header = with_footnotes(&[("F1", "Represents stock award which is fully vested on the date of grant.")]);
        let mut rows = table_one(table);
        let log = repair(&mut rows, &mut header);
        let shares = rows[0].get(Col::Shares).unwrap();
        assert_eq!(shares.notes, ["F1".to_string()], "{log:#?}");
        assert!(shares.notes_conf.is_some_and(|c| c < UNCERTAIN_AT), "inferred, so flagged");
        // Not where another transaction has an amount (its mark may be lost without a
        // trace), nor with a second footnote left over.
        let mut rows = table_one(&format!("{table}| Common Stock | 09/10/2025 |  |  |  | 100 | A | $0 | 44,717 | D |  |\n"));
        repair(&mut rows, &mut with_footnotes(&[("F1", "Represents stock award.")]));
        assert!(rows[0].get(Col::Shares).unwrap().notes.is_empty(), "{rows:#?}");
        let mut rows = table_one(table);
        repair(&mut rows, &mut with_footnotes(&[("F1", "Represents stock award."), ("F2", "Held by a trust.")]));
        assert!(rows[0].get(Col::Shares).unwrap().notes.is_empty(), "{rows:#?}");
    }

    #[test]
    fn a_symbols_bracket_read_as_a_letter_is_cut() {
        // Held-out set 10 (clean): `Joby Aviation, Inc. JJOBY]`.
        let mut header = HeaderRead {
            issuer_name: Some(FieldVal::read(Value::Text("Joby Aviation, Inc.".into()), "Joby Aviation, Inc.", CLEAN)),
            symbol: Some(FieldVal::read(Value::Text("JJOBY".into()), " JJOBY]", UNCERTAIN_AT - 9)),
            ..HeaderRead::default()
        };
        let log = repair(&mut [], &mut header);
        let symbol = header.symbol.as_ref().unwrap();
        assert_eq!(symbol.value, Value::Text("JOBY".into()), "{log:#?}");
        assert!(symbol.uncertain());
        // A symbol that is a letter and a word other than the name's first stays.
        let mut header = HeaderRead {
            issuer_name: Some(FieldVal::read(Value::Text("J&J Snack Foods Corp.".into()), "J&J Snack Foods Corp.", CLEAN)),
            symbol: Some(FieldVal::read(Value::Text("JJSF".into()), "[JJSF]", CLEAN)),
            ..HeaderRead::default()
        };
        repair(&mut [], &mut header);
        assert_eq!(header.symbol.unwrap().value, Value::Text("JJSF".into()));
    }

    #[test]
    fn a_price_range_whose_second_sign_was_lost_takes_it() {
        // A held-out Form 4 (clean): `$` dropped where the range's second price began a line.
        let mut header = with_footnotes(&[(
            "F24",
            "The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $155.430 to 156.420, inclusive.",
        )]);
        let log = repair(&mut [], &mut header);
        assert_eq!(
            header.footnotes[0].1.value.text(),
            Some("The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from $155.430 to $156.420, inclusive."),
            "{log:#?}"
        );
        assert!(log.iter().any(|r| r.rule == rule::RANGE_SIGN), "{log:#?}");
    }

    #[test]
    fn a_price_mark_whose_footnote_range_leaves_the_price_out_is_in_doubt() {
        // Set 5 (clean): (13) read `(3)` beside $414.047; footnote 3's range is
        // $403.26-$404.21 and footnote 13's text was not read.
        let range = |lo: &str, hi: &str| {
            format!("The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from ${lo} to ${hi}, inclusive.")
        };
        let mut header = with_footnotes(&[("F3", &range("403.260", "404.210"))]);
        let mut rows = table_one(
            "| Common Stock | 01/06/2025 |  | sO —_ |  | 3,798 | D | $ 403.707 (3) | 97,178 | D |  |\n\
             | Common Stock | 01/06/2025 |  | S |  | 1,886 | D | $ 414.047 (3) | 41,996 | D |  |\n",
        );
        let log = repair(&mut rows, &mut header);
        let mark = |k: usize| rows[k].get(Col::Price).map(|f| (f.notes.clone(), f.notes_conf.is_some_and(|c| c <= UNCERTAIN_AT))).unwrap();
        assert_eq!(mark(1), (vec!["F3".to_string()], true), "kept as read, flagged: {log:#?}");
        assert_eq!(mark(0), (vec!["F3".to_string()], false), "the range holds this price: {log:#?}");
    }

    #[test]
    fn natures_whose_marks_lost_their_number_take_the_one_mark_read_there() {
        // Frozen set (clean): sales by a trust, the nature's mark (2) read `re)`, `@`
        // and once `2)`.
        let mut rows = table_one(
            "| Common Stock | 04/28/2022 |  | s |  | 28,526 | D | 854.43 | 166,587,741 | 1 | by Trust re) |\n\
             | Common Stock | 04/28/2022 |  | s |  | 30,108 | D | 856.55 | 166,524,534 | 1 | by Trust @ |\n\
             | Common Stock | 04/28/2022 |  | s |  | 22,394 | D | 857.59 | 166,502,140 | 1 | by Trust re) |\n\
             | Common Stock | 04/28/2022 |  | s |  | 15,288 | D | 861.54 | 166,426,645 | 1 | by Trust 2) |\n",
        );
        let log = repair(&mut rows, &mut HeaderRead::default());
        for (k, row) in rows.iter().enumerate() {
            let f = row.get(Col::Nature).unwrap();
            assert_eq!((f.value.render(), f.notes.clone()), ("by Trust".to_string(), vec!["F2".to_string()]), "row {k}: {log:#?}");
        }
        // A name closed by its parenthesis is no mark (`… Fund II, LP)`).
        let mut rows = table_one(
            "| Common Stock | 04/28/2022 |  | s |  | 28,526 | D | 854.43 | 166,587,741 | I | By Sequoia Capital Fund II, LP) |\n\
             | Common Stock | 04/28/2022 |  | s |  | 30,108 | D | 856.55 | 166,524,534 | I | By Sequoia Capital Fund II, LP) |\n\
             | Common Stock | 04/28/2022 |  | s |  | 15,288 | D | 861.54 | 166,426,645 | I | By Sequoia Capital Fund I, LP (2) |\n",
        );
        repair(&mut rows, &mut HeaderRead::default());
        assert!(rows[..2].iter().all(|r| r.get(Col::Nature).unwrap().notes.is_empty()), "{rows:#?}");
    }

    #[test]
    fn a_mark_alone_read_otherwise_than_on_its_like_rows_takes_theirs() {
        // Set 5 (clean): conversions of one class, each conversion price printed as
        // mark (6) alone, once read `(8)`.
        let mut rows = table_two(&format!(
            "{}| Class B Common Stock | (6) | 04/01/2019 |  | Cc |  |  | 846,821 | 6) | ©) | Class A Common Stock | 846,821 | $0 | 2,540,461 | I | By Sequoia Capital US. Growth |\n\
             | Class B Common Stock | (6) _ | 04/01/2019 |  | Cc |  |  | 37,310 | (6) _ | (6) _ | Class A Common Stock | 37,310 | $0 | 111,930 | I | By Sequoia Capital USGF Principals Fund IV, LP, © |\n\
             | Class B Common Stock | (8) | 04/01/2019 |  | C |  |  | 81,790 | 6) | () | Class A Common Stock | 81,790 | $0 | 245,368 | I | By Sequoia Capital US. Venture 2010 Partners Fund (Q), Lp® |\n\
             | Class B Common Stock | (6) — | 04/01/2019 |  | C |  |  | 16,514 | (6) — | (6) — | Class A Common Stock | 16,514 | $0 | 49,543 | I | By Sequoia Capital US. Venture 2010 Partners Fund, LP (2) |\n",
            crate::rows::tests::GRID_TABLE_2_LABELS
        ));
        let log = repair(&mut rows, &mut HeaderRead::default());
        let conv = rows[2].get(Col::Conv).unwrap();
        assert_eq!(conv.notes, ["F6"], "{log:#?}");
        assert!(conv.notes_conf.is_some_and(|c| c < UNCERTAIN_AT), "inferred, so flagged");
        assert!(rows.iter().all(|r| r.get(Col::Conv).unwrap().notes == ["F6"]), "{rows:#?}");
    }

    #[test]
    fn a_price_mark_that_lost_a_digit_is_the_range_s_footnote() {
        // Set 8 (clean): `(2)` read for (21) beside a price footnote 21's range holds;
        // footnote 2 has no range (the amounts' tax withholding note).
        let range = |lo: &str, hi: &str| {
            format!("The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from ${lo} to ${hi}, inclusive.")
        };
        let (f20, f21, f22) = (range("978.130", "979.050"), range("979.400", "980.360"), range("980.550", "980.930"));
        let mut header = with_footnotes(&[
            ("F2", "The shares of common stock were sold solely to satisfy the reporting person's tax withholding obligations related to the exercise of stock options."),
            ("F20", &f20),
            ("F21", &f21),
            ("F22", &f22),
        ]);
        let mut rows = table_one(
            "| Common Stock | 12/16/2021 |  | sO) _ |  | 8,751 2) = | D | $ 978.597 (20) | 1,288,161 | D |  |\n\
             | Common Stock | 12/16/2021 |  | sO) _ |  | 9,400 2) = | D | $ 979.719 (2) | 1,278,761 | D |  |\n\
             | Common Stock | 12/16/2021 |  | s®) _ |  | 4,957 Q) = | D | $ 980.797 (22) | 1,273,804 | D |  |\n",
        );
        let log = repair(&mut rows, &mut header);
        let price = rows[1].get(Col::Price).unwrap();
        assert_eq!(price.notes, ["F21"], "{log:#?}");
        assert!(price.notes_conf.is_some_and(|c| c <= UNCERTAIN_AT));
        // A one-digit mark one glyph from another one-digit number is no such loss.
        assert_eq!(rows[0].get(Col::Price).unwrap().notes, ["F20"]);
    }

    #[test]
    fn an_exercise_price_read_otherwise_in_table_1_puts_both_in_doubt() {
        // Set 5 (clean): the exercise's Table I price read `$ 49.93`, Table II's
        // exercise price `$40.93` (the filing's) on it and on the next exercise of the
        // option; neither reading wins, both flagged.
        let table_1 = "| Common Stock | 11/20/2020 |  | M |  | 1,021 | A | $ 49.93 | 91,731 | D |  |\n";
        let exercise = "| Stock Option (tight to buy) | $40.93 | 11/20/2020 |  | M |  |  | 1021 | = | @—oest1/2030 | CPM\" Stock | 4991 | 0 | 0 | D |  |\n";
        let next = "| Stock Option (tight to buy) | $40.93 | 11/20/2020 |  | M |  |  | 204 | ® — = | os/i12030 | C2™™\" Stock | 994 | $0 | 0 | D |  |\n";
        let mut rows = table_one(table_1);
        rows.extend(table_two(&format!("{exercise}{next}")));
        let log = repair(&mut rows, &mut HeaderRead::default());
        let conv = rows[1].get(Col::Conv).unwrap();
        assert_eq!(conv.value, Value::Num("40.93".parse().unwrap()), "{log:#?}");
        assert!(conv.uncertain(), "{conv:?}");
        let price = rows[0].get(Col::Price).unwrap();
        assert_eq!(price.value, Value::Num("49.93".parse().unwrap()));
        assert!(price.uncertain(), "{price:?}");
        // Read once in each table (as the seed's `$ 0.08` beside `$ 0.68`): Table I's.
        let mut rows = table_one(table_1);
        rows.extend(table_two(exercise));
        repair(&mut rows, &mut HeaderRead::default());
        assert_eq!(rows[1].value(Col::Conv), &Value::Num("49.93".parse().unwrap()));
        // An exercise price ten times its neighbours' is flagged though its title was
        // read with a space lost (`(rightto buy)`).
        let mut rows = table_two(
            "| Stock Option (rightto buy) | $997 | 11/20/2020 |  | M |  |  | 1987 | @® a | 1112/2025 | Common Stock | 1987 | $0 | 0 | D |  |\n\
             | Stock Option (right to buy) | $9.59 | 11/20/2020 |  | M |  |  | 2,072 | @ = | 0407/2026 | Common Stock | 2,072 | $0 | 0 | D |  |\n\
             | Stock Option (right to buy) | $11 | 11/20/2020 |  | M |  |  | 1,849 | = | 06/11/2026 | Common Stock | 1,849 | $0 | 0 | D |  |\n",
        );
        repair(&mut rows, &mut HeaderRead::default());
        assert!(rows[0].get(Col::Conv).unwrap().uncertain(), "{rows:#?}");
    }

    #[test]
    fn a_code_letter_with_its_mark_garbled_after_it_is_read() {
        // Held-out Forms 4 (clean tier): `s©)` and `c@)`, the code and its mark, had been
        // taken for a garbled mark alone and the code lost.
        let rows = table_one(
            "| Class A Common Stock | 04/16/2013 |  | s©) |  | 5,700 | D | $ 177.0568 (6) | 77,634 | I | See footnote (4) |\n\
             | Class A Common Stock | 04/16/2013 |  | sO) |  | 15,081 | D | $ 177.9355 (6) | 62,553 | I | See footnote (4) |\n",
        );
        let code = rows[0].get(Col::Code).unwrap();
        assert_eq!(code.value, Value::Text("S".into()), "{rows:#?}");
        // Read with a mark's glyph beside it, the letter is not clean.
        assert!(code.conf < CLEAN, "{code:?}");
        // So a conversion in Table I read with a D (a unit converted is disposed of),
        // the D read in doubt: the code, itself read with a garbled glyph, does not
        // override it.
        let mut rows = table_one(
            "| Class C Google Stock Units ® | 08/25/2025 |  | c2) |  | 675 | D | $0 | 16,972 | D |  |\n\
             | Class C Google Stock Units © | 08/25/2025 |  | Fe) |  | 683 | D | 56 72 | 16,290 | D |  |\n\
             | Class C Google Stock Units 4) | 08/25/2025 |  | c@) |  | 279 | D | $0 | 17,112 | D |  |\n\
             | Class C Google Stock Units “) | 08/25/2025 |  | FG) |  | 282 | D | 56 72 | 16,830 | D |  |\n\
             | Class C Capital Stock | 09/01/2025 |  | c2) |  | 954 | A | $0 | 20,071 | D |  |\n",
        );
        let log = repair(&mut rows, &mut HeaderRead::default());
        for row in [&rows[0], &rows[2]] {
            assert_eq!(row.value(Col::Code), &Value::Text("C".into()), "{rows:#?}");
            assert_eq!(row.value(Col::AcqDisp), &Value::Text("D".into()), "{log:#?}");
        }
    }

    #[test]
    fn an_exercise_price_that_lost_its_point_is_the_table_1_price_of_its_digits() {
        // Held-out set 15 (scan): Table II read the option's `$8.88` as `$888` and its
        // M as `Fl M` (no twin found), confidently; Table I read the exercise at $8.88.
        let mut rows = table_one("| Class A Common Stock | \\|[reaar2022 |  | M_ | \\|\\| | _\\|\\|200,000\\|\\|4 |  | [$8.88 | [301,097 | D | \\| |\n");
        rows.extend(table_two(
            "| leet \\| (Ri he e to Buy) | \\| $888 | aes \\| 12/13/2022 \\| |  | Fl M |  | ore] 200,000 | \\| | (16) | : 08/26/2029 | cia \\|Common\\| Stock | 200,000.00 | ieee $0 \\| | \\| 2,219,299 es | \\| D |  |\n",
        ));
        let log = repair(&mut rows, &mut HeaderRead::default());
        let conv = rows[1].get(Col::Conv).unwrap();
        assert_eq!(conv.value, Value::Num("8.88".parse().unwrap()), "{log:#?}");
        assert!(conv.conf <= MENDED, "{conv:#?}");
        assert!(log.iter().any(|r| r.rule == rule::EXERCISE_PRICE_POINT_LOST), "{log:#?}");
        // ocr-dev cc8f3405e5f92373_v1 (scan): an option granted at $51.40 read `$514`, no
        // Table I price to tell its point by: flagged, left as read.
        let mut rows = table_two(&format!(
            "{}| Stock Option (right to buy) | \\| \\$514 \\| | 04/14/2023 | A | 607 a | @ 5 |  [04/13/2033) | Common eock | \\| 607 | \\| \\$32.88] | 607 | D |\n",
            crate::rows::tests::GRID_TABLE_2_LABELS
        ));
        repair(&mut rows, &mut HeaderRead::default());
        let conv = rows[0].get(Col::Conv).unwrap_or_else(|| panic!("{rows:#?}"));
        assert_eq!(conv.value, Value::Num(514.into()), "{conv:#?}");
        assert!(conv.uncertain(), "{conv:#?}");
    }

    #[test]
    fn a_bare_number_ending_a_title_is_its_mark_where_a_like_row_reads_that_mark() {
        // Held-out set 13 (scan): the holding's `Class B Common Stock (2)` read with its
        // mark bare, beside a transaction of that title read with `(2)`: the mark was
        // left empty, confidently.
        let mut rows = table_two(
            "| Class B Common Stock (2) | $0 | 01/01/2012 |  | ee M |  | 30,718 |  | i) | i) | Class A Common Stock | 30,718 | $0 | 1,443,715 | D |  |\n\
             | Class B Common Stock 2 | $0 |  |  |  |  |  |  | @ | (=~ | Class A Common Stock | 3,109,744 |  | 3,109,744 | I | See footnote @) |\n",
        );
        let log = repair(&mut rows, &mut HeaderRead::default());
        let title = rows[1].get(Col::Title).unwrap();
        assert_eq!((title.value.render().as_str(), title.notes.as_slice()), ("Class B Common Stock", ["F2".to_string()].as_slice()), "{log:#?}");
        assert!(title.notes_conf.is_some_and(crate::field::uncertain_at), "{title:#?}");
        assert!(log.iter().any(|r| r.rule == rule::TITLE_MARK_READ_BARE && r.chosen == "F2"), "{log:#?}");
        // Held-out set 14 (scan): a speck read `2` after a title no other row marks.
        let mut rows = table_one(
            "| Common Stock | 11/16/2021 |  | st) |  | f 4,500@ | D |  1,035.442 (26) | i 3,110,521 | as D |  |\n\
             | eS \\| Common Stock 2 | 11/16/2021 | \\| | ss Eade | — | fe 8,600@) | ea D_ | 1,036.402) 2 7) | \\|. 3,101,921 Z | ese D |  |\n",
        );
        let log = repair(&mut rows, &mut HeaderRead::default());
        let title = rows[1].get(Col::Title).unwrap();
        assert!(title.notes.is_empty() && title.notes_conf.is_some_and(crate::field::uncertain_at), "{title:#?}");
        assert!(log.iter().any(|r| r.rule == rule::TITLE_MARK_READ_BARE && r.chosen.is_empty()), "{log:#?}");
    }

    #[test]
    fn a_sale_price_read_where_its_amount_goes_is_the_price() {
        // Held-out set 20 (clean): sales whose amounts are past reading (`Ihscats`,
        // `esas)`): their prices, printed without a dollar sign, were read as amounts.
        let mut rows = table_one(
            "| Common Stock | 11/15/2021 |  | sO |  | 7900 Q) = | 1 | 1,010.59 ® | 1,313,876 | D |  |\n\
             | Common Stock | 11/15/2021 |  | so |  | Ihscats Q) = |  | 1,011.504 ® | 1,298,410 “_ |  |  |\n\
             | Common Stock | 11/15/2021 |  | sO |  | 187190) Q) = |  | 1,012.587 © | 1,280,220 ane |  |  |\n\
             | Common Stock | 11/15/2021 |  | sO |  | 11,893 eo | Pw | 1,013.4 | 1,268,327 |  |  |\n\
             | Common Stock | 11/15/2021 |  | sO |  | esas) Q) = |  | 1,014.492 ® | 1,251,862 oe |  |  |\n",
        );
        let log = repair(&mut rows, &mut HeaderRead::default());
        let n = |s: &str| Value::Num(s.parse().unwrap());
        for (row, price, shares) in [(1, "1011.504", "15466"), (4, "1014.492", "16465")] {
            let p = rows[row].get(Col::Price).expect("the price");
            assert_eq!(p.value, n(price), "{log:#?}");
            assert!(p.uncertain(), "{p:#?}");
            assert_ne!(rows[row].value(Col::Shares), &n(price), "{log:#?}");
            // (The amount, unread, is given by the holdings before and after where they
            // are of one form of ownership read alike.)
            let amount = rows[row].get(Col::Shares).expect("the amount");
            assert!(amount.value == Value::None || amount.value == n(shares), "{amount:#?}");
            assert!(amount.uncertain(), "{amount:#?}");
        }
        assert!(log.iter().any(|r| r.rule == rule::PRICE_READ_AS_AMOUNT), "{log:#?}");
    }

    #[test]
    fn a_table_1_price_not_read_is_its_exercise_price() {
        // Set 5 (clean): Table I's prices of a director's option exercises garbled
        // (`sm 73`, `5 59`), Table II's exercise prices read surely.
        let mut rows = table_one(
            "| Common Stock | 11/20/2020 |  | M |  | 2,080 | A | sm 73 | 40,431 | D |  |\n\
             | Common Stock | 11/20/2020 |  | M |  | 2,072 | A | 5 59 | 6.904 | D |  |\n",
        );
        rows.extend(table_two(
            "| Stock Option (right to buy) | $10.73 | 11/20/2020 |  | M |  |  | 2,080 | @) = | 07/13/2027 | C2™™\" Stock | 5080 | $0 | 0 | D |  |\n\
             | Stock Option (tight to buy) | $9.59 | 11/20/2020 |  | M |  |  | 2,072 | @ = | 0407/2026 | C°™ Stock | 4.972 | $0 | 0 | D |  |\n",
        ));
        let log = repair(&mut rows, &mut HeaderRead::default());
        let price = |r: usize| rows[r].get(Col::Price).map(|f| (f.value.clone(), f.uncertain()));
        let n = |s: &str| Value::Num(s.parse().unwrap());
        // Taken, flagged: an exercise's Table I price may be stated as $0 or not at all.
        assert_eq!(price(0), Some((n("10.73"), true)), "{log:#?}");
        assert_eq!(price(1), Some((n("9.59"), true)));
        assert!(log.iter().any(|r| r.rule == rule::TWIN && r.field.ends_with("transactionPricePerShare")), "{log:#?}");
    }

    #[test]
    fn an_exercise_read_alike_twice_outvotes_its_table_1_twin() {
        // A held-out Form 4 (scan tier, Tesseract): Table I read the exercise of 793
        // shares as `73`; Table II read 793 as the amount and as the underlying amount.
        let mut rows = table_one(
            "| Common Stock | 03/15/2024 |  | M |  | 851 | A | $ 41.51 | 17,382 °° | D |  |\n\
             | Common Stock | 03/15/2024 |  | M |  | 73 | a | § 41.82 | 18,175 , | D |  |\n",
        );
        rows.extend(table_two(
            "| Stock Option (right to buy) | $41.51 | 03/15/2024 |  | M |  |  | 851 | @ — = | 10/13/2032 | COMMON Stock | g51 | $0 |  |  |  |\n\
             | Stock Option (right to buy) | $ 41.82 | 03/15/2024 |  | M |  |  | 793 | @ — = | 91/12/2033 | COMMON Stock | 793 | $0 |  |  |  |\n",
        ));
        let log = repair(&mut rows, &mut HeaderRead::default());
        let amount = |r: usize, c: Col| rows[r].get(c).map(|f| (f.value.clone(), f.uncertain()));
        let n = |s: &str| Value::Num(s.parse().unwrap());
        assert_eq!(amount(3, Col::Shares), Some((n("793"), true)), "{log:#?}");
        assert_eq!(amount(3, Col::UndShares), Some((n("793"), true)));
        // Table I's misreading is mended to Table II's, which its amounts owned then
        // confirm (17,382 + 793 = 18,175).
        assert_eq!(amount(1, Col::Shares).map(|a| a.0), Some(n("793")));
        // The exercise read once in Table II (`g51`) still takes Table I's twin.
        assert_eq!(amount(2, Col::Shares).map(|a| a.0), Some(n("851")));
        // The other copy of the same page: Table I read 607 as `oo7`, and Table II's 607
        // is one glyph from Table I's 687, which Table II reads exactly on its own row.
        let mut rows = table_one(
            "| Common Stock | 03/15/2024 | Aes es \\| | \\| M | Teoma \\| | oo7 | A | [ 4 | fae eee \\| \\| 18,782 | ead D | ee \\| |\n\
             | Common Stock | 03/15/2024 |  | M |  | 687 | A | - 88 | 19,469 | D |  |\n",
        );
        rows.extend(table_two(
            "| Stock Option (right to buy) | $51.4 | 03/15/2024 |  | M |  |  | 607 | (1) Ses | 04/13/2033 | Common Stock | 607 | $0 | 0 | D |  |\n\
             | Stock Option (right to buy) | \\| $ 45.88 \\| | \\| \\| \\| 03/15/2024 \\| |  | M | ee | \\| \\| \\| | 687 | \\| ra) \\| Me \\| | \\| 07/27/2033 | Common Stack \\| | 687 | \\| $0 | \\| 0 \\| | D \\| | \\| |\n",
        ));
        let log = repair(&mut rows, &mut HeaderRead::default());
        let amount = |r: usize, c: Col| rows[r].get(c).map(|f| f.value.clone());
        assert_eq!(amount(2, Col::Shares), Some(n("607")), "{log:#?}");
        assert_eq!(amount(1, Col::Shares), Some(n("687")));
    }

    #[test]
    fn a_conversion_whose_date_and_amount_were_misread_is_its_table_1_twin() {
        // As OCR read a printed Form 4: Table II's date with its slashes broken
        // (`4/13/2022` as `41312022`, in no column) and its amount's comma read as a
        // point and one digit misread (`13,888` as `13.808`).
        let mut rows = table_one("| Class A Common Stock) | 04/13/2022 |  | c |  | 13,888} | A | \\$0 | 13,888 | D |  |\n");
        let two = table_two("| Class B common Stock | \\| \\$0 | 41312022 |  | c |  |  | 13.808) | 2% | © | Class A !common] Stock | 13,888} | \\$0 \\|} | 1809.66 | \\|v |  |\n");
        assert!(two[0].unplaced.contains(&"41312022".to_string()), "{:?}", two[0].unplaced);
        rows.extend(two);
        let log = repair(&mut rows, &mut HeaderRead::default());
        let date = rows[1].get(Col::Date).unwrap();
        assert_eq!(date.value, Value::Date(NaiveDate::from_ymd_opt(2022, 4, 13).unwrap()));
        assert!(date.uncertain(), "a date matched to the filing's is flagged");
        assert!(!rows[1].unplaced.contains(&"41312022".to_string()));
        let shares = rows[1].get(Col::Shares).unwrap();
        assert_eq!(shares.value, Value::Num("13888".parse().unwrap()));
        assert!(log.iter().any(|r| r.rule == rule::TWIN && r.field == "derivativeTable.derivativeTransaction[0].transactionAmounts.transactionShares"), "{log:#?}");
        // A point where the comma goes is that comma misread; a number two glyphs off
        // besides is not the amount.
        let read = |r: &str| FieldVal::read(Value::None, r, UNSURE);
        assert!(plausible(&read("13.888"), "13888".parse().unwrap()));
        assert!(!plausible(&read("12.808"), "13888".parse().unwrap()));
        // The date broken another way, or one that is two dates of the filing away, is not placed.
        let known = [NaiveDate::from_ymd_opt(2022, 4, 13).unwrap(), NaiveDate::from_ymd_opt(2022, 4, 18).unwrap()];
        assert_eq!(date_it_can_be("41312022", &known), Some(known[0]));
        assert_eq!(date_it_can_be("04/1/2022", &known), None, "one glyph from both");
        assert_eq!(date_it_can_be("51412021", &known), None);
    }

    #[test]
    fn a_title_printed_twice_over_itself_is_the_title_of_like_rows() {
        // As OCR read a printed Form 4: two rows' titles read twice, shifted.
        let mut rows = table_one(
            "|  | Class ass AC ommon Stock Stoc | 01/15/2021 |  | C |  | 550,000] b |  | A |  | 1,486,909 J \\y |  |  | I | By The |\n\
             |  | Class ass AC ommon Stock Stoc |  |  |  |  |  |  |  |  | 2,205,293 |  |  | I | By The |\n\
             |  | Class A Common Stock |  |  |  |  |  |  |  |  | 545,294 |  |  | I | By The |\n\
             |  | Class A Common Stock |  |  |  |  |  |  |  |  | 27,418 |  |  | I | By The |\n\
             |  | Class A Common Stock |  |  |  |  |  |  |  |  | 60,429 |  |  | I | By The |\n",
        );
        let log = repair(&mut rows, &mut HeaderRead::default());
        for row in &rows[..2] {
            assert_eq!(row.value(Col::Title), &Value::Text("Class A Common Stock".into()), "{log:#?}");
            assert!(row.get(Col::Title).unwrap().uncertain());
        }
        assert!(read_twice("Class A Common Stock", "Class ass A C ommon Stock Stoc"));
        // A title read over and over, as a scan's grid finder repeated a wrapped cell.
        let mut rows = table_one(
            "|  | Class B Common Stock Class B Common Stock Class B |  |  |  |  |  |  |  |  | 2,962,961 |  |  | I | See Footnote |\n\
             |  | Class B Common Stock |  |  |  |  |  |  |  |  | 26,165,483 |  |  | I | See Footnote |\n\
             |  | Class B Common Stock |  |  |  |  |  |  |  |  | 0 |  |  | D |  |\n",
        );
        repair(&mut rows, &mut HeaderRead::default());
        assert_eq!(rows[0].value(Col::Title), &Value::Text("Class B Common Stock".into()), "{rows:#?}");
        assert!(rows[0].get(Col::Title).unwrap().uncertain());
        // Another security, or the title with a speck, is not the title read twice.
        assert!(!read_twice("Class A Common Stock", "Class B Common Stock"));
        assert!(!read_twice("Common Stock", "Common Stock Units"));
        assert!(!read_twice("Series A Preferred Stock", "Series A-1 Preferred Stock"));
        assert!(!read_twice("Common Stock", "Common Stock."));
    }

    #[test]
    fn a_code_misread_or_lost_is_the_code_of_its_twin_in_the_other_table() {
        // As OCR read a scanned Form 4: conversions (C) of Class B into Class A, each
        // followed by a sale; codes read `ee`, `(3`, `Ge`.
        let mut rows = table_one(
            "|  |  | (Month/Day/Year) | Code | \\|v \\| | Amount \\| | a or (5) °° \\| | Price | Reported Transaction(s) just. 3 anda) | tase 3 aj | eae |\n\
             | Class A Common Stock | 04/05/2013 |  | ee |  | 26,066] | A | \\$0 | 26,066 | D |  |\n\
             | Class A Common Stock | 04/05/2013 |  | st) |  | 26,066] | D \\| | \\$25.0017' | 0 |  |  |\n\
             | Class 5 A Common <i Stock | 04/05/2013 |  | ce) ‘ |  | 57,130] | A | \\$0 | 57,130 ‘a | I | See Footnote” 4) |\n\
             | Class A Common . Stock | 04/05/2013 |  | s?) |  | 57,130] | D \\| | \\$25.0044' | 0 | 1 | See Footnote’ |\n\
             | Class A Common Stock | 04/08/2013 |  | ce) |  | 11,733] | A | \\$0 | 11,733 | D |  |\n\
             | Class A Common Stock | 04/08/2013 |  | s®) |  | 11,733] | D \\| | \\$25.1427\") | 0 | D |  |\n\
             | Class = A Common = Stock | 04/08/2013 |  | Ge |  | 23,465] | A | \\$0 | 4 23,465 | I | See Footnote’ |\n\
             | Class z A Common ~ Stock | 04/08/2013 . |  | st |  | 23,465\\| . | D \\| | \\$25.3581\" , | 0 | I | See Footnote a |\n",
        );
        let mut two = crate::rows::read_table(
            &crate::markdown::lines(
                "| Class B Common Stock | wie) | 04/05/2013 |  | c |  |  | 26,066} |  | Me | Class A Common \\| Stock | 26,066 | \\$o | 2,450,891 | D |  |\n\
                 | Class B Common Stock | Y | 04/05/2013 |  | (3 |  |  | 57,130, | Oh |  | Class A Common Stock | \\| 57,130 | \\$o | 3,583,427 | i | \" “ \" Footnote'* |\n\
                 | Class B Common Stock | 9.6) | 04/08/2013 |  | é |  |  | 11,733 | \\| ©)-(6) | © \\| | Class A Common} Stock | 11,733] | \\$0 | 2,439,158 | D |  |\n\
                 | Class B Common Stock | OLAS | 04/08/2013 |  | c |  |  | 23,465) | « | ) | Class A Common \\| Stock | 23,465 | \\$o | 3,559,962 | 1 | See wa Footnote'~’ |\n",
            ),
            true,
            false,
        );
        for (k, row) in two.iter_mut().enumerate() {
            row.path = format!("derivativeTable.derivativeTransaction[{k}]");
        }
        rows.extend(two);
        let log = repair(&mut rows, &mut HeaderRead::default());
        let code = |i: usize| rows[i].value(Col::Code).render();
        let twins: Vec<&Repair> = log.iter().filter(|r| r.rule == rule::CODE_OF_TWIN).collect();
        assert_eq!(twins.len(), 4, "{twins:#?}");
        for i in [0, 2, 4, 6, 8, 9, 10, 11] {
            assert_eq!(code(i), "C", "row {i}: {log:#?}");
        }
        for r in &twins {
            let i = rows.iter().position(|row| r.field.starts_with(&row.path)).unwrap();
            assert!(rows[i].get(Col::Code).unwrap().uncertain());
        }
        // A Table I acquisition that fits two Table II disposals is neither's twin.
        let mut rows = table_one("| Class A Common Stock | 04/05/2013 |  | ee |  | 26,066 | A | $0 | 26,066 | D |  |\n");
        let mut two = crate::rows::read_table(
            &crate::markdown::lines(
                "| Class B Common Stock |  | 04/05/2013 |  | C |  |  | 26,066 |  |  | Class A Common Stock | 26,066 | $0 | 0 | D |  |\n\
                 | Class C Common Stock |  | 04/05/2013 |  | M |  |  | 26,066 |  |  | Class A Common Stock | 26,066 | $0 | 0 | D |  |\n",
            ),
            true,
            false,
        );
        rows.append(&mut two);
        let log = repair(&mut rows, &mut HeaderRead::default());
        assert!(!log.iter().any(|r| r.rule == rule::CODE_OF_TWIN), "{log:#?}");
    }

    #[test]
    fn specks_after_a_natures_entity_suffix_are_cut_off() {
        // Natures as OCR read scanned Forms 4.
        for (read, cut) in [
            ("by Trust @ BEE", Some("by Trust")),
            ("Sequoia Technology Partners XII, L.P. co", Some("Sequoia Technology Partners XII, L.P.")),
            ("Sequoia Technology Partners XII, L.P. Qe", Some("Sequoia Technology Partners XII, L.P.")),
            ("Sequoia Capital U.S. Growth VI Principals Fund, L.P. Q", Some("Sequoia Capital U.S. Growth VI Principals Fund, L.P.")),
            ("By Reinvent y Sponsor LLC\")", Some("By Reinvent y Sponsor LLC")),
            // What ends at its suffix, or goes on with a word, a numeral or a mark, stays.
            ("By The Founders Fund VI, LP", None),
            ("SMB Pacific 2021 Charitable Remainder Unitrust I", None),
            ("By Trust II", None),
            ("By Trust 2", None),
            ("By Sequoia Grove II, LLC (", None),
            ("By Trust (through Acme Holdings LLC)", None),
            ("By Trust for the benefit of his children", None),
            ("By Family Trusts", None),
        ] {
            assert_eq!(cut_after_entity(read).as_deref(), cut, "{read}");
        }
        let mut rows = table_one("| Common Stock | 11/10/2021 | S | 300 | D | $ 1,006.177 | 167,398,424 | I | by Trust @ BEE |\n");
        let log = repair(&mut rows, &mut HeaderRead::default());
        assert_eq!(rows[0].value(Col::Nature), &Value::Text("by Trust".into()));
        assert!(rows[0].get(Col::Nature).unwrap().uncertain());
        assert!(log.iter().any(|r| r.rule == rule::NATURE_ENDS_AT_ENTITY), "{log:#?}");
    }

    #[test]
    fn text_with_no_date_in_a_date_column_is_set_aside() {
        // As OCR read a scanned Form 4's Table II holding: `oH` in the expiration column.
        let mut rows = crate::rows::read_table(&crate::markdown::lines("| Class B | \\$o |  |  |  |  |  |  | oH | S | Class A | \\| 8,635 |  | 8,635 | 1 | SMB |\n"), true, false);
        rows[0].path = "derivativeTable.derivativeHolding[0]".into();
        assert!(rows.iter().any(|r| r.fields.values().any(|f| f.value == Value::Text("oH".into()))), "{rows:#?}");
        repair(&mut rows, &mut HeaderRead::default());
        for col in [Col::ExDate, Col::ExpDate] {
            assert!(rows[0].value(col).text().is_none(), "{:?}", rows[0].get(col));
        }
        let f = rows[0].fields.values().find(|f| f.alts.iter().any(|a| a.0 == Value::Text("oH".into()))).expect("kept as an alternative");
        assert!(f.uncertain());
        // A broken date keeps its reading.
        let mut rows = crate::rows::read_table(&crate::markdown::lines("| Class B | \\$o |  |  |  |  |  |  | 02/2//2012 | 02/28/2022 | Class A | 8,635 |  | 8,635 | D |  |\n"), true, false);
        repair(&mut rows, &mut HeaderRead::default());
        assert_eq!(rows[0].get(Col::ExDate).map(|f| f.read.as_str()), Some("02/2//2012"), "{rows:#?}");
        assert_eq!(rows[0].value(Col::ExpDate), &Value::Date(NaiveDate::from_ymd_opt(2022, 2, 28).unwrap()));
    }

    #[test]
    fn an_amount_owned_not_read_rolls_forward_and_the_next_row_confirms_it() {
        // Rows as OCR read a printed Form 4, the second amount owned lost.
        let mut rows = table_one(
            "| Class A Common Stock | 04/13/2022 |  | s |  | 500 | D | $2,571.122 | 9,978 | D |  |\n\
             | Class A Common Stock | 04/13/2022 |  | s |  | 418 | D | $2,572.0379 | — | D |  |\n\
             | Class A Common Stock | 04/13/2022 |  | s |  | 100 | D | $2,573.14 | 9,460 | D |  |\n",
        );
        let log = repair(&mut rows, &mut HeaderRead::default());
        let owned = rows[1].get(Col::Owned).unwrap();
        assert_eq!(owned.value, Value::Num("9560".parse().unwrap()));
        assert!(!owned.uncertain(), "the third row rolls forward from it: confirmed");
        assert!(log.iter().any(|r| r.rule == rule::ROLL_FORWARD && r.field.ends_with("[1].postTransactionAmounts.sharesOwnedFollowingTransaction")), "{log:#?}");
        // Alone, with no row after it, it stays flagged.
        let mut rows = table_one(
            "| Class A Common Stock | 04/13/2022 |  | s |  | 500 | D | $2,571.122 | 9,978 | D |  |\n\
             | Class A Common Stock | 04/13/2022 |  | s |  | 418 | D | $2,572.0379 | — | D |  |\n",
        );
        repair(&mut rows, &mut HeaderRead::default());
        let owned = rows[1].get(Col::Owned).unwrap();
        assert_eq!(owned.value, Value::Num("9560".parse().unwrap()));
        assert!(owned.uncertain());
    }

    #[test]
    fn a_title_cut_short_after_common_takes_the_filings_next_word() {
        let mut rows = table_one(
            "| Class A Common Shares | 04/13/2022 |  | C |  | 13,888 | A | $0 | 13,888 | D |  |\n\
             | Class B Common |  |  |  |  |  |  |  | 18,509,696 | D |  |\n",
        );
        let log = repair(&mut rows, &mut HeaderRead::default());
        assert_eq!(rows[1].value(Col::Title), &Value::Text("Class B Common Shares".into()));
        assert!(rows[1].get(Col::Title).unwrap().uncertain());
        assert!(log.iter().any(|r| r.rule == rule::TITLE_CUT_SHORT), "{log:#?}");
        // With no other title to go by: Stock.
        let mut rows = table_one("| Class B Common |  |  |  |  |  |  |  | 18,509,696 | D |  |\n");
        repair(&mut rows, &mut HeaderRead::default());
        assert_eq!(rows[0].value(Col::Title), &Value::Text("Class B Common Stock".into()));
    }

    #[test]
    fn see_footnote_garbled() {
        for (t, want) in [
            ("tie Footnote", "See Footnote"),
            ("See Footno ENTS", "See Footnote"),
            ("See footnoe", "See footnote"),
            ("See Fotnotes", "See Footnotes"),
            ("See Footnotes) a", "See Footnotes"),
            ("See Common Common Footnote)", "See Footnote"),
            ("tie Footnote", "See Footnote"),
            ("See wa Footnote", "See Footnote"),
            ("Footnote", "See Footnote"),
        ] {
            assert_eq!(see_footnote(t).as_deref(), Some(want), "{t}");
        }
        for t in ["See of Shares D", "By Trust", "See Footnote for the Trust", "Spouse", "See Remarks", "See Notes", "Trust"] {
            assert_eq!(see_footnote(t), None, "{t}");
        }
    }

    #[test]
    fn a_mark_alone_in_the_price_cell_is_no_price() {
        let mut rows = crate::rows::read_table(
            &crate::markdown::lines(
                "| Class B Common Stock | 2) : |  |  |  |  |  |  | (2) | (2) | Class A Common Stock | 26,165,483 |  | 26,165,483 | I | See Footnote (8) |\n\
                 | Class B Common Stock Warrant (Right to buy) | 26-13 | 05/11/2021 |  | X |  |  | 536,445 | (25) | 01/01/2025 | Class B Common Stock | 536,445 | $0 | 0 | I | See Footnote (26) |\n",
            ),
            true,
            false,
        );
        for (k, row) in rows.iter_mut().enumerate() {
            row.path = format!("derivativeTable.derivative{}[{k}]", if row.holding { "Holding" } else { "Transaction" });
        }
        let log = repair(&mut rows, &mut HeaderRead::default());
        let conv = rows[0].get(Col::Conv).unwrap();
        assert_eq!(conv.value, Value::None);
        assert_eq!(conv.notes, ["F2"]);
        assert!(conv.uncertain());
        assert!(log.iter().any(|r| r.rule == rule::MARK_READ_AS_PRICE), "{log:#?}");
        // `26-13` is a misread price, not a mark.
        assert!(rows[1].get(Col::Conv).is_none_or(|f| f.notes.is_empty()), "{:?}", rows[1].get(Col::Conv));
    }

    #[test]
    fn a_speck_in_a_nature_or_date_cell_is_no_value() {
        let mut rows = table_one(
            "| Class A Common Stock | 11/01/2022 |  | S |  | 200 | D | $21.545 | 86,434 | D | p |\n\
             | Class A Common Stock |  |  |  |  |  |  |  | 5,000 | I | N/A |\n",
        );
        repair(&mut rows, &mut HeaderRead::default());
        let nature = rows[0].get(Col::Nature).unwrap();
        assert_eq!(nature.value, Value::None);
        assert!(nature.read.is_empty() && nature.alts.iter().any(|a| a.1 == "p"), "the speck is kept as an alternative: {nature:?}");
        assert!(nature.uncertain());
        assert_eq!(rows[1].value(Col::Nature), &Value::Text("N/A".into()), "a filer's short nature stays");
    }

    #[test]
    fn holdings_that_rise_across_a_sale_give_it_no_amount() {
        // A held-out scan (set 14): the price read into the amount owned of the third
        // row, the fourth's amount slid into its owned column: the holdings rise across a
        // sale (S), so they give it no amount nor an A. (The scan's cell glued the price
        // and the amount owned, `1,007.297/)3,267,104`, which are now read apart: the
        // price alone stands for it here.)
        let mut rows = table_one(
            r#"| LTite of Security (instr. 3) | 2.Transaction Date (Month/Day/Year) | —\|2A. Deemed Execution Date, if any | 3, Transaction Code (Instr. 8) | 4. Securities Acquired (A) or Disposed of (D) (instr, 3, 4 and 5) | 5. Amount of Securities Beneficially Owned Following Reported ‘Transaction(s) | 6. Ownership. Form: | 7..Nature of Indirect Beneficial |  |  |  |
| \| \| \| | \| \| | (Month/Day/Year) \| \| _ | 1 \| Code \| | \| V \| | Amount \| | ——— ) = (D)\| | \| Price \| | (Instr. 3 and 4) | Direct (D)_ “orIndirect \|® \| (inst 4) | Ownership (ast. 4) \| \|\| |
| ‘Common Stock | 11162021 \| |  | mo |  | 2,113,761 |  | \|$624 \| | 3,287,342 | [p> |  |
| 2 Common Stock as | 11/16/2021 |  | s@) |  | 13,500 ale @ bah | D__ | s 1,004,194) ® | 3,273,842 | D | ie |
| Common Stock eset | 11/16/2021 | a | s® |  | 6,738 2) f | ars \|D_ \| | (4) | 1,007.297 | D | Es |
| Common Stock | 11/16/2021 | —— | so) |  | 1,4002) | el \|p | s 6) | /1,009.323\|/3,265,704 | D | a |
"#,
        );
        let log = repair(&mut rows, &mut HeaderRead::default());
        assert_eq!(rows[2].value(Col::Owned), &Value::Num(Decimal::new(1_007_297, 3)), "{:#?}", rows[2]);
        assert!(!log.iter().any(|r| r.rule == rule::ROLL_FORWARD && r.field.contains("[3]")), "{log:#?}");
        assert_ne!(rows[3].value(Col::AcqDisp), &Value::Text("A".into()), "{:#?}", rows[3]);
    }

    #[test]
    fn a_row_whose_letter_and_nature_were_lost_has_those_of_the_holding_it_rolls_from() {
        // A held-out scan (the frozen set): sales from a trust, the letter and nature of the first
        // two rows lost at the page's edge; each amount owned follows on exactly from the
        // one before, down to the row read `by Trust 2)`.
        let mut rows = table_one(
            r#"| ‘Common Stock Seed | 04/28/2022 Al |  |  |  | 134,815 | /D | ee | 165,758,180 |  |  |
| ‘Common Stock | 04/28/2022 |  |  |  | 81,706 | \|p | \|/869.61 \|/ | 165,676,474 |  |  |
| ‘Common Stock | 04/28/2022 |  |  |  | 86,948 | \|\|D | 870.66 (3) | \| 165,589,526 |  | by Trust 2) |
"#,
        );
        let log = repair(&mut rows, &mut HeaderRead::default());
        for row in &rows[..2] {
            assert_eq!(row.value(Col::DirInd), &Value::Text("I".into()), "{log:#?}");
            assert!(row.get(Col::DirInd).unwrap().uncertain(), "{row:#?}");
            let nature = row.get(Col::Nature).expect("a nature");
            assert_eq!(nature.value, Value::Text("by Trust".into()), "{row:#?}");
            assert_eq!(nature.notes, ["F2"], "{row:#?}");
            assert!(nature.uncertain(), "{row:#?}");
        }
        // Each row's letter, nature and the nature's marks, every one logged.
        assert_eq!(log.iter().filter(|r| r.rule == rule::FORM_OF_ROLLED_HOLDING).count(), 6, "{log:#?}");
        let marks = log.iter().filter(|r| r.rule == rule::FORM_OF_ROLLED_HOLDING && r.field.ends_with("natureOfOwnership.footnoteId"));
        assert_eq!(marks.map(|r| r.chosen.as_str()).collect::<Vec<_>>(), ["F2", "F2"], "{log:#?}");
    }

    #[test]
    fn a_mark_misread_between_its_neighbours_in_sequence_is_the_one_between() {
        // A held-out page (set 14, clean): each sale's price marked with its own footnote
        // in turn, the fourth's `(5)` read `(9)`; no value refers to footnote 5.
        let mut rows = table_one(
            r#"| Common Stock ~~ | 05/02/2019 |  | Ss |  | 13,433 | D | $ 208.99 (2) | 151,187 | D |  |
| Common Stock “ — | 05/02/2019 |  | S |  | 18,256 | D | $ 209.71 (3) | 132,931 | D |  |
| Common Stock “) | 05/02/2019 |  | Ss |  | 8,601 | D | $ 210.98 (4) | 124,330 | D |  |
| Common Stock Y | 05/02/2019 |  | S |  | 14,571 | D | $ 211.83 (9) | 109,759 | D |  |
| Common Stock “) — | 05/02/2019 |  | S |  | 1550 | D | $ 212.46 (6) | 108,209 | D |  |
"#,
        );
        assert_eq!(rows[3].get(Col::Price).unwrap().notes, ["F9"], "as read: {:#?}", rows[3]);
        let log = repair(&mut rows, &mut HeaderRead::default());
        let price = rows[3].get(Col::Price).unwrap();
        assert_eq!(price.notes, ["F5"], "{log:#?}");
        assert!(price.notes_conf.is_some_and(|c| c <= UNCERTAIN_AT), "{price:#?}");
        assert!(log.iter().any(|r| r.rule == rule::MARK_SEQUENCE && r.field.contains("[3]")), "{log:#?}");
        // The others, read in turn, stay as read.
        for (k, id) in [(0, "F2"), (1, "F3"), (2, "F4"), (4, "F6")] {
            assert_eq!(rows[k].get(Col::Price).unwrap().notes, [id], "{:#?}", rows[k]);
        }
    }

    #[test]
    fn a_code_read_in_doubt_against_a_surer_letter_is_set_aside() {
        // A held-out scan (set 11): the second row's code cell `ae S`, its specks taken for
        // an A, the row's D read as printed: an A never disposes (bulk: 20 of 6,663).
        let rows = second_code_set_aside(
            r#"| 2 : Common Stock : | 11/11/2021 |  | s |  | 1,801 |  | 063.713 | 168,114,018 |  | by Trust a |
| ee Common Stock | i 11/11/2021 |  | ae S | \| | 4 ‘4901 | = D | 1,064.345 eG | \| ie 109,117 | \| I | ee ‘by Trust (3) — |
| le _Common Stock | 11/11/2021 \| | \| | 5 \| |  | \| 2 | oS D | $ 4 065. 7 ® | 168,035,685 | 4 | by Trust \| @) |
| Common Stock | 11/11/2021 |  |  |  | a 17; | D oe | : 066.457 | \| 168,018,477 | oa | by T : - |
"#,
            "A",
        );
        assert_ne!(rows[1].value(Col::Code), &Value::Text("A".into()), "{:#?}", rows[1]);
        assert_eq!(rows[1].value(Col::AcqDisp), &Value::Text("D".into()));
    }

    /// The table's second row, its code read as `read`, set aside by
    /// [`rule::CODE_AGAINST_LETTER`] and left flagged.
    fn second_code_set_aside(text: &str, read: &str) -> Vec<RowRead> {
        let mut rows = table_one(text);
        assert_eq!(rows[1].value(Col::Code), &Value::Text(read.into()), "as read: {:#?}", rows[1]);
        let log = repair(&mut rows, &mut HeaderRead::default());
        assert!(log.iter().any(|r| r.rule == rule::CODE_AGAINST_LETTER && r.field.contains("[1]")), "{log:#?}");
        assert!(rows[1].get(Col::Code).unwrap().uncertain());
        rows
    }

    #[test]
    fn a_small_acquisitions_code_read_on_a_sale_is_set_aside_for_its_neighbours() {
        // A held-out scan (set 20): a sale's `S` read `Le`, an L (a small acquisition,
        // which acquires in all 31 of the bulk corpus's rows), its D read; the rows
        // around it sales.
        let rows = second_code_set_aside(
            r#"| \| ‘Common Stock | /11/10/2021 |  | s | Ve | 4,105 | D |  1,031.578 8) | \|167,339,820 | oe I | Q ae |
| : ee Stock ie | \| 11/10/2021 \| | — | Le | \| | aie oo | D_ \| | $ 1,033.492 \| 6) | 5 167,330,953 \| | a : | E “\| T Les |
| ee Common Stock hae SEE | — 11/10/2021 | Ens sea | Ss leea |  | — 4,400 | \|D__ ee | - \| \|1,034.564 ee | SS 167,326,553 | \| 1 pei | = by Trust Q) |
| Common Stock | 11/10/2021 |  | S |  | 5,780 | D | $  1,035.474 (7) | 167,320,773 | I | by Trust Q) ad |
"#,
            "L",
        );
        assert_eq!(rows[1].value(Col::Code), &Value::Text("S".into()), "{:#?}", rows[1]);
    }

    #[test]
    fn a_short_word_read_as_a_nature_is_a_speck() {
        // A held-out scan (set 14): sales owned directly, specks read in the nature's
        // cell as a word (`Es`), the letter read (`D`); below, the letter lost (`|p`), the
        // word (`aaa`) may be a garbled nature and stays, flagged.
        let mut rows = table_one(
            "| Common Stock eset | 11/16/2021 | a | s® |  | 6,738 2) f | ars \\|D_ \\| | (4) | 1,007.297/)3,267,104 | D | Es |\n\
             | \\| Common Stock | \\| 11/16/2021 |  | s®) \\| | cena | (3,100 @) \\| | D \\| | ten in\\| jan | 3,257,004 | \\|p | aaa |\n\
             | Common Stock |  |  |  |  |  |  |  | 5,000 | I | Wife |\n\
             | Common Stock |  |  |  |  |  |  |  | 6,000 | I | IRA |\n",
        );
        let log = repair(&mut rows, &mut HeaderRead::default());
        let nature = rows[0].get(Col::Nature).expect("the nature is reported");
        assert!(nature.value == Value::None && nature.read.is_empty() && nature.uncertain(), "{:#?}", rows[0]);
        assert_eq!(rows[0].value(Col::DirInd), &Value::Text("D".into()), "{log:#?}");
        let nature = rows[1].get(Col::Nature).expect("the nature is reported");
        assert!(nature.value == Value::Text("aaa".into()) && nature.uncertain(), "{:#?}", rows[1]);
        assert_eq!(rows[2].value(Col::Nature), &Value::Text("Wife".into()), "a nature's own word stays");
        assert_eq!(rows[3].value(Col::Nature), &Value::Text("IRA".into()), "an abbreviation stays");
    }

    #[test]
    fn an_ownership_letter_that_disagrees_with_the_nature_is_not_settled() {
        let mut rows = table_one(
            "| Common Stock |  |  |  |  |  |  |  | 5,000 |  |  | I |  |\n\
             | Common Stock |  |  |  |  |  |  |  | 6,000 |  |  | D | By Trust |\n\
             | Common Stock |  |  |  |  |  |  |  | 7,000 |  |  | I | By Trust |\n",
        );
        repair(&mut rows, &mut HeaderRead::default());
        assert!(rows[0].get(Col::DirInd).unwrap().uncertain(), "indirect without a nature");
        assert!(rows[1].get(Col::DirInd).unwrap().uncertain() && rows[1].get(Col::Nature).unwrap().uncertain(), "direct with a nature");
        assert_eq!(rows[2].value(Col::DirInd), &Value::Text("I".into()));
    }

    #[test]
    fn a_footnote_mark_read_as_price_digits_is_cut_off() {
        // Two rows as OCR read a printed Form 4: the superscript marks `(12)` and `(16)`
        // read as digits glued to the prices 2,572.0379 and 2,583.2742.
        let mut rows = table_one(
            "| Class A Common Stock | 04/13/2022 |  | s |  | 418 | \\| D | \\|\\$2,572.03799\\| | — 9,560 | D |  |\n\
             | Class A Common Stock | 04/13/2022 |  | s |  | 406 | \\| D | \\|\\$2,583.274209] | 7,654 | D |  |\n",
        );
        let log = repair(&mut rows, &mut HeaderRead::default());
        let prices: Vec<String> = rows.iter().map(|r| r.value(Col::Price).render()).collect();
        assert_eq!(prices, ["2572.0379", "2583.2742"]);
        assert!(rows.iter().all(|r| r.get(Col::Price).unwrap().uncertain()), "cut prices are flagged");
        assert_eq!(log.iter().filter(|r| r.rule == rule::MARK_READ_AS_DIGITS).count(), 2, "{log:#?}");
    }

    #[test]
    fn a_price_with_its_point_lost_is_put_back_in_its_footnotes_range() {
        let rows_text = "\
| Common Stock | 11/10/2021 | S | 796 | D | $ 1,001.263 | 167,403,742 | D |
| Common Stock | 11/10/2021 | S | 1,104 | D | $ 1002552 | 167,402,638 | D |
";
        let mut rows = table_one(rows_text);
        let mut header = HeaderRead::default();
        let note = |t: &str| FieldVal::read(Value::Text(t.into()), t, UNSURE);
        header.footnotes.push(("F1".into(), note("The shares were sold at prices ranging from $1,001.000 to $1,001.910, inclusive.")));
        // Both ends read with a comma for the point; the other footnote shows three decimals.
        header.footnotes.push(("F2".into(), note("The shares were sold at prices ranging from $1,002,000 to $1,002,830, inclusive.")));
        let log = repair(&mut rows, &mut header);
        assert_eq!(rows[1].value(Col::Price), &Value::Num("1002.552".parse().unwrap()));
        assert_eq!(rows[1].get(Col::Price).unwrap().notes, vec!["F2".to_string()]);
        assert_eq!(rows[0].get(Col::Price).unwrap().notes, vec!["F1".to_string()]);
        assert!(log.iter().any(|r| r.rule == rule::PRICE_RANGE && r.chosen == "1002.552"), "{log:#?}");
        // The range bounds the whole dollars only: the price so mended is flagged.
        assert!(rows[1].get(Col::Price).unwrap().uncertain());
    }

    #[test]
    fn prices_read_without_their_points_among_ranges_that_follow_one_another_are_flagged() {
        // A held-out Form 4 (set 26, clean): thirty sales, each price's range a dollar
        // wide, the next range the next dollar's; prices read without their points and
        // marks, some with a digit misread (`1023529` for 1,022.529, `1099.47` for
        // 1,039.447). They had been taken as sure.
        let rows_text = "\
| Common Stock | 11/09/2021 |  | S |  | 29,699 | D | 1023529 | 170,310,352 | I | o |
| Common Stock | 11/09/2021 |  | S |  | 15,730 | D | 1025306 | 170,188,197 | I | o |
| Common Stock | 11/09/2021 |  | S |  | 12,000 | D | 1099.47 | 170,176,197 | I | o |
";
        let mut rows = table_one(rows_text);
        let mut header = HeaderRead::default();
        let note = |t: &str| FieldVal::read(Value::Text(t.into()), t, UNSURE);
        for (k, dollars) in (1022..=1039).enumerate() {
            let text = format!(
                "The price reported in Column 4 is a weighted average price. These shares were sold in multiple transactions at prices ranging from ${},{:03}.000 to ${},{:03}.990, inclusive.",
                dollars / 1000,
                dollars % 1000,
                dollars / 1000,
                dollars % 1000
            );
            header.footnotes.push((format!("F{}", k + 12), note(&text)));
        }
        repair(&mut rows, &mut header);
        let prices: Vec<String> = rows.iter().map(|r| r.value(Col::Price).render()).collect();
        assert_eq!(prices, ["1023.529", "1025.306", "1099.47"]);
        assert!(rows.iter().all(|r| r.get(Col::Price).unwrap().uncertain()), "{rows:#?}");
    }

    #[test]
    fn an_amount_not_read_is_what_the_holdings_before_and_after_differ_by_flagged() {
        let rows_text = "\
| Common Stock | 11/10/2021 | S | 2,749 | D | $ 1,027.604 | 167,352,352 | I | by Trust |
| Common Stock | 11/10/2021 |  |  |  | $ 1,028.577 | 167,349,903 | I | by Trust |
";
        let mut rows = table_one(rows_text);
        let log = repair(&mut rows, &mut HeaderRead::default());
        assert_eq!(rows[1].value(Col::Shares), &Value::Num(2449.into()));
        assert_eq!(rows[1].value(Col::AcqDisp), &Value::Text("D".into()));
        assert!(rows[1].get(Col::Shares).unwrap().uncertain());
        assert!(log.iter().any(|r| r.rule == rule::ROLL_FORWARD && r.chosen == "2449"), "{log:#?}");
    }

    #[test]
    fn a_transaction_whose_date_was_lost_in_a_one_day_filing_is_on_that_day_flagged() {
        // A held-out Form 4 (set 22, clean): after the page break, OCR lost the date
        // column of every row; the rows before it and the date of earliest transaction
        // all read 01/06/2025.
        let rows_text = "\
| Common Stock | 01/06/2025 |  | sO _ |  | 5,100 | D | $ 407.936 (7) | 76,869 | D |  |
| Common Stock | 01/06/2025 |  | sg) _ |  | 11,574 | D | $ 408.809 (8) | 65,295 | D |  |
| Common Stock | 01/06/2025 |  | so |  | 9,435 | D | $ 409.793 @ | 55,860 | D |  |
| Common Stock |  |  | s@) |  | 2,100 | D | $ 411.704 ay | 45,482 |  |  |
| Common Stock |  |  | s) |  | 1,600 | D | $ 413.149 (a2 | 43,882 |  |  |
";
        let day = NaiveDate::from_ymd_opt(2025, 1, 6).unwrap();
        let mut header = HeaderRead { period: Some(FieldVal::read(Value::Date(day), "01/06/2025".to_string(), CLEAN)), ..Default::default() };
        let mut rows = table_one(rows_text);
        let log = repair(&mut rows, &mut header);
        for row in &rows[3..] {
            assert_eq!(row.value(Col::Date), &Value::Date(day), "{row:#?}");
            assert!(row.get(Col::Date).unwrap().uncertain());
        }
        assert_eq!(log.iter().filter(|r| r.rule == rule::DATE_OF_ONE_DAY).count(), 2, "{log:#?}");
        // Not where the dates read differ, nor where the period is another day.
        let mut other = HeaderRead { period: Some(FieldVal::read(Value::Date(day.succ_opt().unwrap()), "01/07/2025".to_string(), CLEAN)), ..Default::default() };
        let mut rows = table_one(rows_text);
        repair(&mut rows, &mut other);
        assert_eq!(rows[3].value(Col::Date), &Value::None);
    }

    #[test]
    fn an_amount_read_as_a_word_is_what_the_holdings_before_and_after_differ_by() {
        // A held-out Form 4 (set 11, clean): the second sale's amount read `asp`.
        let rows_text = "\
| Common Stock | 11/11/2021 |  | Ss |  | 2,000 | D |  1,056.318 @ | 168,123,419 ©) |  | by Trust ©) |
| Common Stock | 11/11/2021 |  | Ss |  | asp |  | 1,059.29 | 168,123,219 |  | by Trust ©) |
";
        let mut rows = table_one(rows_text);
        let log = repair(&mut rows, &mut HeaderRead::default());
        assert_eq!(rows[1].value(Col::Shares), &Value::Num(200.into()), "{:#?}", rows[1]);
        assert_eq!(rows[1].value(Col::AcqDisp), &Value::Text("D".into()));
        assert!(rows[1].get(Col::Shares).unwrap().uncertain());
        assert!(log.iter().any(|r| r.rule == rule::ROLL_FORWARD && r.chosen == "200"), "{log:#?}");
    }

    #[test]
    fn an_amount_owned_whose_commas_were_lost_and_a_glyph_added_rolls_forward() {
        // A held-out Form 4 (set 11, clean): the withholding's amount owned read `41352`
        // (1,352 its commas lost, a speck read as a 4), its A/D `?`.
        let rows_text = "\
| Common Stock | 08/15/2025 |  | M |  | 2703 | A | @) | 2,703 | D |  |
| Common Stock | 08/15/2025 |  | F |  | 1,351 @ | ? | ae | 41352 | D |  |
";
        let mut rows = table_one(rows_text);
        let log = repair(&mut rows, &mut HeaderRead::default());
        assert_eq!(rows[1].value(Col::Owned), &Value::Num(1352.into()), "{log:#?}");
        assert!(rows[1].get(Col::Owned).unwrap().uncertain());
        assert_eq!(rows[1].value(Col::AcqDisp), &Value::Text("D".into()));
    }

    #[test]
    fn a_holding_read_with_debris_in_its_transaction_cells_is_in_doubt() {
        // A held-out scan (set 9): a sale whose date, code and amount were read as noise
        // (`oe`, `is`, `iesahl ans`) reads as a holding; its amount owned is legible.
        let rows_text = "\
| Common Stock | 11/22/2019 \\| |  | JQ) |  | 25,718 | \\|A AAR | $0 | 991,792 | S\\| I | By estate planning vehicles |
| Common Stock | oe | \\| | is \\| |  | iesahl ans |  | \" | : \\| 1,017,509 | I | By estate \\| planning vehicles |
";
        let mut rows = table_one(rows_text);
        repair(&mut rows, &mut HeaderRead::default());
        let read = rows.iter().find(|r| r.value(Col::Owned).num() == Some(1017509.into())).expect("the row");
        assert!(read.get(Col::DirInd).is_none_or(|f| f.uncertain()), "{read:#?}");
        assert!(read.get(Col::Title).is_none_or(|f| f.uncertain()), "{read:#?}");
    }

    #[test]
    fn a_sales_garbled_price_mark_is_the_one_footnote_on_a_weighted_average() {
        // A held-out Form 4 (set 4, clean): every sale's price mark garbled (`©)`); one
        // footnote (6) speaks of the weighted average sale price.
        let rows_text = "\
| Class A Common Stoc! | 05/07/2013 |  | s©) |  | 9,429 | D | 177.9685 ©) | 73,905 | I | See footnote (4) |
| Class A Common Stoc! | 05/07/2013 |  | sO) |  | 24,744 | D | 179.2163 ©) | 49,161 | I | See footnote (4) |
";
        let weighted = "The sales price reported isthe weighted average sale price forthe number of shares sold, Full information regarding the number of shares sold at each separate price will be supplied upon request by the Securities & Exchange Commission staff, the Issuer or a security holder of the Issuer.";
        let trust = "The shares are held of record by a trust of which the Reporting Person is a trustee.";
        let mut header = with_footnotes(&[("F4", trust), ("F6", weighted)]);
        let mut rows = table_one(rows_text);
        let log = repair(&mut rows, &mut header);
        for row in &rows {
            let price = row.get(Col::Price).expect("price");
            assert_eq!(price.notes, ["F6"], "{log:#?}");
            assert!(price.notes_conf.is_some_and(|c| c < UNCERTAIN_AT));
        }
        // Two footnotes on weighted averages: which is whose, the marks do not say.
        let mut header = with_footnotes(&[("F4", trust), ("F6", weighted), ("F7", "The purchase price reported is a weighted average price.")]);
        let mut rows = table_one(rows_text);
        repair(&mut rows, &mut header);
        assert!(rows.iter().all(|r| r.get(Col::Price).is_some_and(|f| f.notes.is_empty())));
    }

    #[test]
    fn the_digits_an_amount_settled_by_the_holdings_leaves_before_a_parenthesis_are_its_mark() {
        // A held-out Form 4 (set 4, clean): `89912) ~`, 8,991 by the holdings before and
        // after, its mark (2) glued on.
        let rows_text = "\
| Common Stock | 12/09/2021 |  | so |  | 10,477) | D | $  1,005.129 o) | 2,126,667 | D |  |
| Common Stock | 12/09/2021 |  | sQ) _ |  | 89912) ~ | D | $ 1,005,947 © | 2,117,676 | D |  |
";
        let mut rows = table_one(rows_text);
        let log = repair(&mut rows, &mut HeaderRead::default());
        let shares = rows[1].get(Col::Shares).expect("amount");
        assert_eq!((&shares.value, shares.notes.as_slice()), (&Value::Num(8991.into()), ["F2".to_string()].as_slice()), "{log:#?}");
        assert!(log.iter().any(|r| r.rule == rule::MARK_GLUED_TO_AMOUNT && r.chosen == "F2"), "{log:#?}");
        assert!(shares.notes_conf.is_some_and(|c| c < UNCERTAIN_AT));
        // Held-out set 15 (clean): sales' amounts read `2,4002)`, `7,0002 _`, `92112 —`,
        // the holdings giving 2,400, 7,000 and 9,211: the last two lost the parenthesis,
        // the same digit glued on as the first's. Alone, such a digit could be a speck.
        let rows_text = "\
| Common Stock | 12/28/2021 |  | Mo |  | 1,554,176 | A | $6.24 | 1,554,176 | D |  |
| Common Stock | 12/28/2021 |  | e)) _ |  | 2,4002) _ | D | $  1,079.593 @ | 1,551,776 | D |  |
| Common Stock | 12/28/2021 |  | sO) _ |  | 7,0002 _ | D | $  1,080.779 () | 1,544,776 | D |  |
| Common Stock | 12/28/2021 |  | Se) _ |  | 92112 — | D | $  1,081.857 ©) | 1,535,565 | D |  |
";
        let mut rows = table_one(rows_text);
        let log = repair(&mut rows, &mut HeaderRead::default());
        for (k, amount) in [(2, 7000), (3, 9211)] {
            let shares = rows[k].get(Col::Shares).expect("amount");
            assert_eq!((&shares.value, shares.notes.as_slice()), (&Value::Num(amount.into()), ["F2".to_string()].as_slice()), "{log:#?}");
        }
        let mut rows = table_one(&rows_text.lines().take(3).map(|l| format!("{l}\n")).collect::<String>().replace("2,4002) _", "2,400 _"));
        repair(&mut rows, &mut HeaderRead::default());
        assert!(rows[2].get(Col::Shares).is_some_and(|f| f.notes.is_empty()), "{rows:#?}");
    }

    #[test]
    fn a_mark_missing_from_a_count_is_filled_and_flagged() {
        let mut rows = table_one(SALES);
        let log = repair(&mut rows, &mut HeaderRead::default());
        let price = rows[2].get(Col::Price).unwrap();
        assert_eq!(price.notes, vec!["F4".to_string()]);
        assert_eq!(price.notes_conf, Some(UNCERTAIN_AT - 4));
        assert!(log.iter().any(|r| r.rule == rule::MARK_SEQUENCE && r.chosen == "F4"), "{log:#?}");
    }
}
