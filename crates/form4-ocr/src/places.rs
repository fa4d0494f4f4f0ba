//! Places outside the fifty states as EDGAR codes them: the SEC's stylesheet prints the
//! description of an owner's state code (`BRITISH COLUMBIA, CANADA` for `A1`, `UNITED
//! KINGDOM` for `X0`) where a US owner's state is written out, so the printed form is
//! read back to the code through the same table (`State_Codes.xsl`, EDGAR's state and
//! country codes; the fifty states, DC and Puerto Rico are in `header::state_code`).

use std::collections::HashMap;
use std::sync::LazyLock;

/// EDGAR's descriptions of its codes for places outside the fifty states, DC and Puerto
/// Rico, as `State_Codes.xsl` prints them.
const PLACES: &[(&str, &str)] = &[
    ("ALBERTA, CANADA", "A0"),
    ("BRITISH COLUMBIA, CANADA", "A1"),
    ("MANITOBA, CANADA", "A2"),
    ("NEW BRUNSWICK, CANADA", "A3"),
    ("NEWFOUNDLAND, CANADA", "A4"),
    ("NOVA SCOTIA, CANADA", "A5"),
    ("ONTARIO, CANADA", "A6"),
    ("PRINCE EDWARD ISLAND, CANADA", "A7"),
    ("QUEBEC, CANADA", "A8"),
    ("SASKATCHEWAN, CANADA", "A9"),
    ("YUKON, CANADA", "B0"),
    ("CANADA (FEDERAL LEVEL)", "Z4"),
    ("ANGUILLA", "1A"),
    ("ARMENIA", "1B"),
    ("ARUBA", "1C"),
    ("AZERBAIJAN", "1D"),
    ("BOSNIA AND HERZEGOVINA", "1E"),
    ("BELARUS", "1F"),
    ("DJIBOUTI", "1G"),
    ("ESTONIA", "1H"),
    ("ERITREA", "1J"),
    ("MICRONESIA, FEDERATED STATES OF", "1K"),
    ("SOUTH GEORGIA AND THE SOUTH SANDWICH ISLANDS", "1L"),
    ("CROATIA", "1M"),
    ("KYRGYZSTAN", "1N"),
    ("KAZAKSTAN", "1P"),
    ("LITHUANIA", "1Q"),
    ("LATVIA", "1R"),
    ("MOLDOVA, REPUBLIC OF", "1S"),
    ("MARSHALL ISLANDS", "1T"),
    ("MACEDONIA, THE FORMER YUGOSLAV REPUBLIC OF", "1U"),
    ("NORTHERN MARIANA ISLANDS", "1V"),
    ("NEW CALEDONIA", "1W"),
    ("PALESTINIAN TERRITORY, OCCUPIED", "1X"),
    ("PALAU", "1Y"),
    ("RUSSIAN FEDERATION", "1Z"),
    ("SLOVENIA", "2A"),
    ("SLOVAKIA", "2B"),
    ("FRENCH SOUTHERN TERRITORIES", "2C"),
    ("TAJIKISTAN", "2D"),
    ("TURKMENISTAN", "2E"),
    ("TUVALU", "2G"),
    ("UKRAINE", "2H"),
    ("UNITED STATES MINOR OUTLYING ISLANDS", "2J"),
    ("UZBEKISTAN", "2K"),
    ("VANUATU", "2L"),
    ("GERMANY", "2M"),
    ("CZECH REPUBLIC", "2N"),
    ("MAYOTTE", "2P"),
    ("GEORGIA (COUNTRY)", "2Q"),
    ("BOTSWANA", "B1"),
    ("AFGHANISTAN", "B2"),
    ("ALBANIA", "B3"),
    ("ALGERIA", "B4"),
    ("AMERICAN SAMOA", "B5"),
    ("ANDORRA", "B6"),
    ("ANGOLA", "B7"),
    ("ANTARCTICA", "B8"),
    ("ANTIGUA AND BARBUDA", "B9"),
    ("UNITED ARAB EMIRATES", "C0"),
    ("ARGENTINA", "C1"),
    ("AUSTRALIA", "C3"),
    ("AUSTRIA", "C4"),
    ("BAHAMAS", "C5"),
    ("BAHRAIN", "C6"),
    ("BANGLADESH", "C7"),
    ("BARBADOS", "C8"),
    ("BELGIUM", "C9"),
    ("BERMUDA", "D0"),
    ("BELIZE", "D1"),
    ("BHUTAN", "D2"),
    ("BOLIVIA", "D3"),
    ("BOUVET ISLAND", "D4"),
    ("BRAZIL", "D5"),
    ("BRITISH INDIAN OCEAN TERRITORY", "D6"),
    ("SOLOMON ISLANDS", "D7"),
    ("VIRGIN ISLANDS, BRITISH", "D8"),
    ("BRUNEI DARUSSALAM", "D9"),
    ("BULGARIA", "E0"),
    ("MYANMAR", "E1"),
    ("BURUNDI", "E2"),
    ("CAMBODIA", "E3"),
    ("CAMEROON", "E4"),
    ("CAPE VERDE", "E8"),
    ("CAYMAN ISLANDS", "E9"),
    ("CENTRAL AFRICAN REPUBLIC", "F0"),
    ("SRI LANKA", "F1"),
    ("CHAD", "F2"),
    ("CHILE", "F3"),
    ("CHINA", "F4"),
    ("TAIWAN", "F5"),
    ("CHRISTMAS ISLAND", "F6"),
    ("COCOS (KEELING) ISLANDS", "F7"),
    ("COLOMBIA", "F8"),
    ("COMOROS", "F9"),
    ("CONGO", "G0"),
    ("COOK ISLANDS", "G1"),
    ("COSTA RICA", "G2"),
    ("CUBA", "G3"),
    ("CYPRUS", "G4"),
    ("BENIN", "G6"),
    ("DENMARK", "G7"),
    ("DOMINICAN REPUBLIC", "G8"),
    ("DOMINICA", "G9"),
    ("GUAM", "GU"),
    ("ECUADOR", "H1"),
    ("EGYPT", "H2"),
    ("EL SALVADOR", "H3"),
    ("EQUATORIAL GUINEA", "H4"),
    ("ETHIOPIA", "H5"),
    ("FAROE ISLANDS", "H6"),
    ("FALKLAND ISLANDS (MALVINAS)", "H7"),
    ("FIJI", "H8"),
    ("FINLAND", "H9"),
    ("FRANCE", "I0"),
    ("FRENCH GUIANA", "I3"),
    ("FRENCH POLYNESIA", "I4"),
    ("GABON", "I5"),
    ("GAMBIA", "I6"),
    ("GHANA", "J0"),
    ("GIBRALTAR", "J1"),
    ("KIRIBATI", "J2"),
    ("GREECE", "J3"),
    ("GREENLAND", "J4"),
    ("GRENADA", "J5"),
    ("GUADELOUPE", "J6"),
    ("GUATEMALA", "J8"),
    ("GUINEA", "J9"),
    ("GUYANA", "K0"),
    ("HAITI", "K1"),
    ("HONDURAS", "K2"),
    ("HONG KONG", "K3"),
    ("HEARD ISLAND AND MCDONALD ISLANDS", "K4"),
    ("HUNGARY", "K5"),
    ("ICELAND", "K6"),
    ("INDIA", "K7"),
    ("INDONESIA", "K8"),
    ("IRAN, ISLAMIC REPUBLIC OF", "K9"),
    ("IRAQ", "L0"),
    ("IRELAND", "L2"),
    ("ISRAEL", "L3"),
    ("ITALY", "L6"),
    ("COTE D'IVOIRE", "L7"),
    ("JAMAICA", "L8"),
    ("SVALBARD AND JAN MAYEN", "L9"),
    ("JAPAN", "M0"),
    ("JORDAN", "M2"),
    ("KENYA", "M3"),
    ("KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF", "M4"),
    ("KOREA, REPUBLIC OF", "M5"),
    ("KUWAIT", "M6"),
    ("LAO PEOPLE'S DEMOCRATIC REPUBLIC", "M7"),
    ("LEBANON", "M8"),
    ("LESOTHO", "M9"),
    ("LIBERIA", "N0"),
    ("LIBYAN ARAB JAMAHIRIYA", "N1"),
    ("LIECHTENSTEIN", "N2"),
    ("LUXEMBOURG", "N4"),
    ("MACAU", "N5"),
    ("MADAGASCAR", "N6"),
    ("MALAWI", "N7"),
    ("MALAYSIA", "N8"),
    ("MALDIVES", "N9"),
    ("MALI", "O0"),
    ("MALTA", "O1"),
    ("MARTINIQUE", "O2"),
    ("MAURITANIA", "O3"),
    ("MAURITIUS", "O4"),
    ("MEXICO", "O5"),
    ("MONACO", "O9"),
    ("MONGOLIA", "P0"),
    ("MONTSERRAT", "P1"),
    ("MOROCCO", "P2"),
    ("MOZAMBIQUE", "P3"),
    ("OMAN", "P4"),
    ("NAURU", "P5"),
    ("NEPAL", "P6"),
    ("NETHERLANDS", "P7"),
    ("NETHERLANDS ANTILLES", "P8"),
    ("VIET NAM", "Q1"),
    ("NEW ZEALAND", "Q2"),
    ("NICARAGUA", "Q3"),
    ("NIGER", "Q4"),
    ("NIGERIA", "Q5"),
    ("NIUE", "Q6"),
    ("NORFOLK ISLAND", "Q7"),
    ("NORWAY", "Q8"),
    ("PAKISTAN", "R0"),
    ("PANAMA", "R1"),
    ("PAPUA NEW GUINEA", "R2"),
    ("PARAGUAY", "R4"),
    ("PERU", "R5"),
    ("PHILIPPINES", "R6"),
    ("PITCAIRN", "R8"),
    ("POLAND", "R9"),
    ("GUINEA-BISSAU", "S0"),
    ("PORTUGAL", "S1"),
    ("QATAR", "S3"),
    ("REUNION", "S4"),
    ("ROMANIA", "S5"),
    ("RWANDA", "S6"),
    ("SAN MARINO", "S8"),
    ("SAO TOME AND PRINCIPE", "S9"),
    ("SAUDI ARABIA", "T0"),
    ("SENEGAL", "T1"),
    ("SEYCHELLES", "T2"),
    ("SOUTH AFRICA", "T3"),
    ("NAMIBIA", "T6"),
    ("YEMEN", "T7"),
    ("SIERRA LEONE", "T8"),
    ("SINGAPORE", "U0"),
    ("SOMALIA", "U1"),
    ("SPAIN", "U3"),
    ("WESTERN SAHARA", "U5"),
    ("SAINT KITTS AND NEVIS", "U7"),
    ("SAINT HELENA", "U8"),
    ("SAINT LUCIA", "U9"),
    ("SAINT PIERRE AND MIQUELON", "V0"),
    ("SAINT VINCENT AND THE GRENADINES", "V1"),
    ("SUDAN", "V2"),
    ("SURINAME", "V3"),
    ("SWAZILAND", "V6"),
    ("SWEDEN", "V7"),
    ("SWITZERLAND", "V8"),
    ("SYRIAN ARAB REPUBLIC", "V9"),
    ("VIRGIN ISLANDS, U.S.", "VI"),
    ("TANZANIA, UNITED REPUBLIC OF", "W0"),
    ("THAILAND", "W1"),
    ("TOGO", "W2"),
    ("TOKELAU", "W3"),
    ("TONGA", "W4"),
    ("TRINIDAD AND TOBAGO", "W5"),
    ("TUNISIA", "W6"),
    ("TURKS AND CAICOS ISLANDS", "W7"),
    ("TURKEY", "W8"),
    ("UGANDA", "W9"),
    ("UNITED KINGDOM", "X0"),
    ("BURKINA FASO", "X2"),
    ("URUGUAY", "X3"),
    ("HOLY SEE (VATICAN CITY STATE)", "X4"),
    ("VENEZUELA", "X5"),
    ("WALLIS AND FUTUNA", "X8"),
    ("SAMOA", "Y0"),
    ("CONGO, THE DEMOCRATIC REPUBLIC OF THE", "Y3"),
    ("ZAMBIA", "Y4"),
    ("ZIMBABWE", "Y5"),
    ("ALAND ISLANDS", "Y6"),
    ("GUERNSEY", "Y7"),
    ("ISLE OF MAN", "Y8"),
    ("JERSEY", "Y9"),
    ("SAINT BARTHELEMY", "Z0"),
    ("SAINT MARTIN", "Z1"),
    ("SERBIA", "Z2"),
    ("TIMOR-LESTE", "Z3"),
    ("MONTENEGRO", "Z5"),
    ("EAST TIMOR", "2F"),
    ("ASHMORE & CARTIER IS", "C2"),
    ("CANAL ZONE", "E5"),
    ("MONTREAL, CANADA", "E6"),
    ("CANTON/ENDERBURY IS", "E7"),
    ("CZECHOSLOVAKIA", "G5"),
    ("GAZA STRIP", "I7"),
    ("GERMANY (WEST)", "I8"),
    ("GERMANY, FED. REP.", "I9"),
    ("IRAQ-SAUDI", "L1"),
    ("ISRAEL-JORDAN", "L4"),
    ("ISRAEL-SYRIA", "L5"),
    ("JOHNSTON ATOLL", "M1"),
    ("MIDWAY ISLAND", "O6"),
    ("PACIFIC ISLANDS TRU", "Q9"),
    ("PARACEL ISLANDS", "R3"),
    ("SOUTHERN RHODESIA", "T4"),
    ("SOVIET UNION", "U2"),
    ("SPANISH NORTH AFRICA", "U4"),
    ("SPRATLY ISLAND", "U6"),
    ("WAKE ISLAND", "X7"),
    ("GERMANY (BERLIN)", "X9"),
    ("YUGOSLAVIA", "Y2"),
];

/// The most words a description has (`SOUTH GEORGIA AND THE SOUTH SANDWICH ISLANDS`).
pub const MOST_WORDS: usize = 7;

/// A description's words in capitals, its punctuation dropped (`VIRGIN ISLANDS BRITISH`).
pub fn place_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    for word in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '&')).filter(|w| !w.is_empty()) {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&word.to_ascii_uppercase());
    }
    key
}

static BY_KEY: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| PLACES.iter().map(|(description, code)| (place_key(description), *code)).collect());

/// The last words of the descriptions (`CANADA`, `KINGDOM`, `ISLANDS`), to pass over
/// most lines with one look-up.
static LAST_WORDS: LazyLock<std::collections::HashSet<String>> = LazyLock::new(|| PLACES.iter().filter_map(|(description, _)| place_key(description).rsplit(' ').next().map(str::to_string)).collect());

/// Whether a word, in any case and with its punctuation, may end a description.
pub fn ends_a_place(word: &str) -> bool {
    LAST_WORDS.contains(&place_key(word))
}

/// EDGAR's code of a place outside the states whose description these words are, in
/// the form [`place_key`] gives them.
pub fn place_code(key: &str) -> Option<&'static str> {
    BY_KEY.get(key).copied()
}

/// Whether a word is EDGAR's code of a place outside the states as an older stylesheet
/// prints it (`X0`, `A1`): always a letter and a digit.
pub fn is_place_code(word: &str) -> bool {
    let b = word.as_bytes();
    let shaped = b.len() == 2 && (b[0].is_ascii_uppercase() && b[1].is_ascii_digit() || b[0].is_ascii_digit() && b[1].is_ascii_uppercase());
    shaped && PLACES.iter().any(|(_, code)| *code == word)
}

/// Whether a code is one of Canada's provinces (`A0`-`A9`, `B0`) or Canada's own (`Z4`),
/// whose postal codes have one shape (`V5Y 0A1`).
pub fn canadian(code: &str) -> bool {
    matches!(code, "A0" | "A1" | "A2" | "A3" | "A4" | "A5" | "A6" | "A7" | "A8" | "A9" | "B0" | "Z4")
}

/// A Canadian postal code as printed (letter, digit, letter, digit, letter, digit; a
/// space after the third), its glyphs OCR confuses put back by their place in it (`O`
/// read for `0` where a digit stands, `0` for `O` where a letter does): `V5Y OA1` is
/// `V5Y 0A1`. None where it has not that shape.
pub fn canadian_postal_code(text: &str) -> Option<String> {
    let glyphs: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    match glyphs.len() {
        6 => postal_code_of_six(&glyphs),
        // One glyph read twice as two look-alikes (`V5Y 0OA1`): the code where dropping
        // either of such a pair gives the same one.
        7 => {
            let twin = |a: char, b: char| {
                let class = |c: char| match c.to_ascii_uppercase() {
                    '0' | 'O' | 'Q' | 'D' => 0,
                    '1' | 'I' | 'L' | '|' => 1,
                    _ => 2 + c as u32,
                };
                class(a) == class(b)
            };
            let mut found: Option<String> = None;
            for k in 0..6 {
                if !twin(glyphs[k], glyphs[k + 1]) {
                    continue;
                }
                for drop in [k, k + 1] {
                    let rest: Vec<char> = glyphs.iter().enumerate().filter(|&(j, _)| j != drop).map(|(_, &c)| c).collect();
                    match (postal_code_of_six(&rest), &found) {
                        (Some(code), Some(seen)) if &code != seen => return None,
                        (Some(code), None) => found = Some(code),
                        _ => {}
                    }
                }
            }
            found
        }
        _ => None,
    }
}

/// Six glyphs in a Canadian postal code's shape, mended by their places.
fn postal_code_of_six(glyphs: &[char]) -> Option<String> {
    let mut code = String::with_capacity(7);
    for (k, &c) in glyphs.iter().enumerate() {
        let c = if k % 2 == 1 {
            match c.to_ascii_uppercase() {
                'O' | 'Q' | 'D' => '0',
                'I' | 'L' | '|' => '1',
                'S' => '5',
                'B' => '8',
                'Z' => '2',
                'G' => '6',
                other => other,
            }
        } else {
            match c {
                '0' => 'O',
                '1' => 'I',
                '5' => 'S',
                '8' => 'B',
                '2' => 'Z',
                '6' => 'G',
                other => other.to_ascii_uppercase(),
            }
        };
        if (k % 2 == 1 && !c.is_ascii_digit()) || (k % 2 == 0 && !c.is_ascii_uppercase()) {
            return None;
        }
        if k == 3 {
            code.push(' ');
        }
        code.push(c);
    }
    Some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_read_back_to_their_codes() {
        assert_eq!(place_code(&place_key("BRITISH COLUMBIA, CANADA")), Some("A1"));
        assert_eq!(place_code(&place_key("british columbia canada")), Some("A1"));
        assert_eq!(place_code(&place_key("UNITED KINGDOM")), Some("X0"));
        assert_eq!(place_code(&place_key("VIRGIN ISLANDS, BRITISH")), Some("D8"));
        assert_eq!(place_code(&place_key("CAYMAN ISLANDS")), Some("E9"));
        // The states are not here: `NEW JERSEY` is no place of this table, `JERSEY` is.
        assert_eq!(place_code(&place_key("NEW JERSEY")), None);
        assert_eq!(place_code(&place_key("JERSEY")), Some("Y9"));
        assert_eq!(place_code(&place_key("UNITED STATES")), None);
        assert!(ends_a_place("CANADA") && ends_a_place("Kingdom,") && !ends_a_place("CALIFORNIA"));
        assert!(is_place_code("X0") && is_place_code("2M") && !is_place_code("XO") && !is_place_code("CA"));
        assert!(PLACES.iter().all(|(d, _)| place_key(d).split(' ').count() <= MOST_WORDS));
    }

    #[test]
    fn canadian_postal_codes_take_their_shape() {
        assert_eq!(canadian_postal_code("V5Y 0A1").as_deref(), Some("V5Y 0A1"));
        assert_eq!(canadian_postal_code("V5Y OAL").as_deref(), Some("V5Y 0A1"));
        assert_eq!(canadian_postal_code("M5H2Y4").as_deref(), Some("M5H 2Y4"));
        assert_eq!(canadian_postal_code("V5Y 0OA1").as_deref(), Some("V5Y 0A1"));
        assert_eq!(canadian_postal_code("V5Y 0A1B"), None);
        assert_eq!(canadian_postal_code("98052"), None);
    }
}
