//! Reads the SEC's HTML rendering of a Form 3, 4 or 5 (the page EDGAR's stylesheets
//! make from the ownership XML) back into the canonical model.
//!
//! The rendering is regular: values sit in `FormData` spans, footnote marks in
//! `FootnoteData` spans (`(1)`), Table I rows have 11 cells and Table II rows 16, boxes
//! 1 to 6 carry their numbered labels, and the EDGAR links of the reporting person and
//! the issuer carry their CIKs. What the rendering does not show (schema version,
//! address flags, the 10b5-1 box on older renderings) is absent from the record, and a
//! row whose cells cannot be read gets a diagnostic naming the table and row.

use form4_model::*;
use scraper::{ElementRef, Html, Selector};

/// True if `text` looks like an EDGAR rendering of an ownership form.
pub fn looks_like_rendered_form(text: &str) -> bool {
    text.contains("FormData") && (text.contains("Table I - Non-Derivative") || text.contains("Table I - Non-Derivative Securities Beneficially Owned"))
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("valid selector")
}

fn text_of(e: ElementRef) -> String {
    e.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A table cell: its values (FormData and SmallFormData spans, or the plain text) and
/// footnote ids (FootnoteData spans).
struct CellText {
    value: String,
    notes: Vec<String>,
}

fn cell(td: ElementRef) -> CellText {
    let data = sel("span.FormData, span.SmallFormData, a");
    let notes_sel = sel("span.FootnoteData, sup");
    let mut value: Vec<String> = td.select(&data).map(text_of).filter(|s| !s.is_empty()).collect();
    if value.is_empty() {
        // Some renderings put the value straight into the cell.
        let plain = text_of(td);
        let without_notes: String = td.select(&notes_sel).fold(plain.clone(), |acc, n| acc.replace(&text_of(n), ""));
        let v = without_notes.trim().trim_start_matches('$').trim().to_string();
        if !v.is_empty() {
            value.push(v);
        }
    }
    let mut notes = Vec::new();
    for n in td.select(&notes_sel) {
        for part in text_of(n).split(|c: char| !c.is_ascii_digit()).filter(|p| !p.is_empty()) {
            let id = format!("F{part}");
            // A mark can sit in both a FootnoteData span and a sup inside it.
            if !notes.contains(&id) {
                notes.push(id);
            }
        }
    }
    CellText { value: value.join(" "), notes }
}

fn footnoted<T>(c: &CellText, parse: impl Fn(&str) -> Option<T>, diags: &mut Vec<Diagnostic>, path: &str) -> Option<Footnoted<T>> {
    if c.value.is_empty() && c.notes.is_empty() {
        return None;
    }
    let value = (!c.value.is_empty()).then(|| match parse(&c.value) {
        Some(v) => Parsed::Ok(v),
        None => {
            diags.push(Diagnostic::new(Severity::Warning, "unparsed-value", format!("cannot read {:?}; kept as raw text", c.value), Location { path: Some(path.into()), ..Default::default() }));
            Parsed::Raw { raw: c.value.clone() }
        }
    });
    Some(Footnoted { value, footnote_id: c.notes.clone() })
}

/// `MM/DD/YYYY` as the rendering prints dates.
fn us_date(s: &str) -> Option<XsDate> {
    let mut it = s.trim().split('/');
    let (m, d, y) = (it.next()?.parse().ok()?, it.next()?.parse().ok()?, it.next()?.parse().ok()?);
    chrono::NaiveDate::from_ymd_opt(y, m, d).map(XsDate::new)
}

fn number(s: &str) -> Option<Decimal> {
    parse_decimal(s.trim().trim_start_matches('$').trim())
}

fn string(s: &str) -> Option<String> {
    Some(s.to_string())
}

/// Reads a rendered form. Returns `None` if the page is not one.
pub fn read(text: &str) -> Option<(OwnershipDocument, Vec<Diagnostic>)> {
    if !looks_like_rendered_form(text) {
        return None;
    }
    let page = Html::parse_document(text);
    let mut doc = OwnershipDocument::default();
    let mut diags = Vec::new();
    let td = sel("td");
    let span_data = sel("span.FormData");

    doc.document_type = page.select(&sel("td.FormName")).next().map(|e| text_of(e).trim_start_matches("FORM").trim().to_string());

    // Boxes by their labels: the innermost cell whose text starts with the label.
    let boxed = |label: &str| page.select(&td).rfind(|c| text_of(*c).starts_with(label));
    let box_date = |label: &str| boxed(label).and_then(|c| c.select(&span_data).next()).map(text_of).filter(|s| !s.is_empty());
    doc.period_of_report = box_date("3. Date of Earliest Transaction")
        .or_else(|| box_date("2. Date of Event Requiring Statement"))
        .or_else(|| box_date("3. Statement for Issuer"))
        .map(|s| us_date(&s).map_or(Parsed::Raw { raw: s }, Parsed::Ok));
    doc.date_of_original_submission = box_date("4. If Amendment").map(|s| us_date(&s).map_or(Parsed::Raw { raw: s }, Parsed::Ok));

    // The EDGAR links: the issuer's sits in box 2 (3 on a Form 3); the others are reporting persons.
    let link = sel("a[href*='CIK=']");
    for a in page.select(&link) {
        let cik = a.value().attr("href").and_then(|h| h.split("CIK=").nth(1)).map(|c| c.chars().take_while(char::is_ascii_digit).collect::<String>());
        let name = text_of(a);
        let in_issuer_box = a.parent().and_then(ElementRef::wrap).is_some_and(|p| {
            let t = text_of(p);
            t.contains("Issuer Name") && t.contains("Ticker")
        });
        if in_issuer_box {
            doc.issuer.issuer_cik = cik;
            doc.issuer.issuer_name = Some(name);
            doc.issuer.issuer_trading_symbol = a.parent().and_then(ElementRef::wrap).and_then(|p| p.select(&span_data).next()).map(text_of);
        } else {
            let mut owner = ReportingOwner::default();
            owner.reporting_owner_id.rpt_owner_cik = cik;
            owner.reporting_owner_id.rpt_owner_name = Some(name);
            doc.reporting_owner.push(owner);
        }
    }

    // Box 1: the address of the first reporting person, in the cell that holds box 1.
    if let Some(box1) = boxed("1. Name and Address of Reporting Person") {
        let values: Vec<String> = box1.select(&span_data).map(text_of).collect();
        if values.len() >= 3 {
            let (street, city) = values.split_at(values.len() - 3);
            let address = ReportingOwnerAddress {
                rpt_owner_street1: street.first().cloned(),
                rpt_owner_street2: street.get(1).cloned(),
                rpt_owner_city: Some(city[0].clone()).filter(|s| !s.is_empty()),
                rpt_owner_state: Some(city[1].clone()).filter(|s| !s.is_empty()),
                rpt_owner_zip_code: Some(city[2].clone()).filter(|s| !s.is_empty()),
                ..Default::default()
            };
            if let Some(first) = doc.reporting_owner.first_mut() {
                first.reporting_owner_address = Some(address);
            }
        }
    }

    // Box 5: an X before each relationship checked; the title or description below.
    if let Some(box5) = boxed("5. Relationship of Reporting Person").or_else(|| boxed("4. Relationship of Reporting Person")) {
        let cells: Vec<ElementRef> = box5.select(&td).collect();
        let mut rel = ReportingOwnerRelationship::default();
        let yes = Some(Parsed::Ok(Flag { value: true, numeric: true }));
        for (i, c) in cells.iter().enumerate() {
            let label = text_of(*c);
            let checked = i > 0 && text_of(cells[i - 1]) == "X";
            match label.as_str() {
                "Director" if checked => rel.is_director = yes.clone(),
                "10% Owner" if checked => rel.is_ten_percent_owner = yes.clone(),
                l if l.starts_with("Officer") && checked => rel.is_officer = yes.clone(),
                l if l.starts_with("Other") && checked => rel.is_other = yes.clone(),
                _ => {}
            }
        }
        // The titles sit in the row under the boxes: one cell spanning the row (older
        // renderings), or officer title under "Officer" and description under "Other".
        let rows: Vec<ElementRef> = box5.select(&sel("tr")).collect();
        if let Some(last) = rows.get(2) {
            let cells: Vec<String> = last.select(&td).map(text_of).collect();
            let (officer, other) = match cells.len() {
                4 => (cells[1].clone(), cells[3].clone()),
                _ => {
                    let t = cells.join(" ").trim().to_string();
                    if rel.officer() {
                        (t, String::new())
                    } else {
                        (String::new(), t)
                    }
                }
            };
            rel.officer_title = Some(officer).filter(|s| !s.is_empty());
            rel.other_text = Some(other).filter(|s| !s.is_empty());
        }
        for owner in &mut doc.reporting_owner {
            owner.reporting_owner_relationship = rel.clone();
        }
    }

    // Tables I and II: the tables whose header names them.
    let tables = sel("table");
    let row_sel = sel("tbody > tr");
    let cell_sel = sel("td");
    for table in page.select(&tables) {
        let head = table.select(&sel("thead")).next().map(text_of).unwrap_or_default();
        let derivative = head.contains("Table II - Derivative");
        if !derivative && !head.contains("Table I - Non-Derivative") {
            continue;
        }
        for (r, tr) in table.select(&row_sel).enumerate() {
            let cells: Vec<CellText> = tr.select(&cell_sel).filter(|c| c.parent().map(|p| p.id()) == Some(tr.id())).map(cell).collect();
            if cells.iter().all(|c| c.value.is_empty() && c.notes.is_empty()) {
                continue;
            }
            let path = format!("{}[{}]", if derivative { "derivativeTable" } else { "nonDerivativeTable" }, r + 1);
            if derivative {
                read_table2_row(&cells, &path, &mut doc, &mut diags);
            } else {
                read_table1_row(&cells, &path, &mut doc, &mut diags);
            }
        }
    }

    // Explanation of responses: "N. text" footnotes, then remarks.
    let mut in_remarks = false;
    for c in page.select(&sel("td.FootnoteData, td.FormText")) {
        let t = text_of(c);
        if c.value().attr("class") == Some("FormText") {
            in_remarks = t.starts_with("Remarks");
            continue;
        }
        if in_remarks {
            if !t.is_empty() {
                doc.remarks = Some(t);
            }
            continue;
        }
        if let Some((n, rest)) = t.split_once(". ") {
            if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) {
                doc.footnotes.push(Footnote { id: format!("F{n}"), text: rest.to_string() });
            }
        }
    }

    // Signatures: the row above "** Signature of Reporting Person": name, date pairs.
    let rows = sel("tr");
    let all_rows: Vec<ElementRef> = page.select(&rows).collect();
    for (i, tr) in all_rows.iter().enumerate() {
        if i > 0 && text_of(*tr).contains("Signature of Reporting Person") {
            let values: Vec<String> = all_rows[i - 1].select(&span_data).map(text_of).collect();
            for pair in values.chunks(2) {
                doc.owner_signature.push(OwnerSignature { signature_name: pair.first().cloned(), signature_date: pair.get(1).map(|d| us_date(d).map_or(Parsed::Raw { raw: d.clone() }, Parsed::Ok)) });
            }
        }
    }
    Some((doc, diags))
}

fn read_table1_row(c: &[CellText], path: &str, doc: &mut OwnershipDocument, diags: &mut Vec<Diagnostic>) {
    let table = doc.non_derivative_table.get_or_insert_with(Default::default);
    let title = footnoted(&c[0], string, diags, path);
    let nature = |i: usize, diags: &mut Vec<Diagnostic>| OwnershipNature {
        direct_or_indirect_ownership: c.get(i).and_then(|x| footnoted(x, string, diags, path)),
        nature_of_ownership: c.get(i + 1).and_then(|x| footnoted(x, string, diags, path)),
    };
    // Forms 4 have a V column after the code (11 cells); Form 5 does not (10 cells).
    let v = usize::from(c.len() >= 11);
    match c.len() {
        // Transaction rows: 1, 2, 2A, 3 (code[, V]), 4 (amount, A/D, price), 5, 6, 7.
        10.. if !c[3].value.is_empty() || !c[1].value.is_empty() => {
            let tx = Transaction {
                security_title: title,
                transaction_date: footnoted(&c[1], us_date, diags, path),
                deemed_execution_date: footnoted(&c[2], us_date, diags, path),
                transaction_coding: Some(TransactionCoding { transaction_code: Some(c[3].value.clone()).filter(|s| !s.is_empty()), footnote_id: c[3].notes.clone(), ..Default::default() }),
                transaction_amounts: Some(TransactionAmounts {
                    transaction_shares: footnoted(&c[4 + v], number, diags, path),
                    transaction_acquired_disposed_code: footnoted(&c[5 + v], string, diags, path),
                    transaction_price_per_share: footnoted(&c[6 + v], number, diags, path),
                    ..Default::default()
                }),
                post_transaction_amounts: Some(PostTransactionAmounts { shares_owned_following_transaction: footnoted(&c[7 + v], number, diags, path), ..Default::default() }),
                ownership_nature: Some(nature(8 + v, diags)),
                ..Default::default()
            };
            table.non_derivative_transaction.push(tx);
        }
        // Holding rows: either the full width with the transaction cells empty, or 1, 5, 6, 7 (Form 3).
        n if n >= 4 => {
            let owned = if n >= 10 { 7 + v } else { 1 };
            table.non_derivative_holding.push(Holding {
                security_title: title,
                post_transaction_amounts: Some(PostTransactionAmounts { shares_owned_following_transaction: footnoted(&c[owned], number, diags, path), ..Default::default() }),
                ownership_nature: Some(nature(owned + 1, diags)),
                ..Default::default()
            });
        }
        n => diags.push(Diagnostic::new(
            Severity::Warning,
            "html-row",
            format!("a Table I row with {n} cells; expected 11 (10 on a Form 5, 4 on a Form 3)"),
            Location { path: Some(path.into()), ..Default::default() },
        )),
    }
}

fn read_table2_row(c: &[CellText], path: &str, doc: &mut OwnershipDocument, diags: &mut Vec<Diagnostic>) {
    let table = doc.derivative_table.get_or_insert_with(Default::default);
    // Without the V column (Form 5), every cell after the code moves one to the left.
    if c.len() == 15 {
        let mut widened: Vec<CellText> = Vec::with_capacity(16);
        for (i, cell) in c.iter().enumerate() {
            widened.push(CellText { value: cell.value.clone(), notes: cell.notes.clone() });
            if i == 4 {
                widened.push(CellText { value: String::new(), notes: Vec::new() });
            }
        }
        return read_table2_row(&widened, path, doc, diags);
    }
    if c.len() >= 16 {
        // The columns every 16-cell row has: what is held, and how.
        let held = Holding {
            security_title: footnoted(&c[0], string, diags, path),
            conversion_or_exercise_price: footnoted(&c[1], number, diags, path),
            exercise_date: footnoted(&c[8], us_date, diags, path),
            expiration_date: footnoted(&c[9], us_date, diags, path),
            underlying_security: Some(UnderlyingSecurity {
                underlying_security_title: footnoted(&c[10], string, diags, path),
                underlying_security_shares: footnoted(&c[11], number, diags, path),
                ..Default::default()
            }),
            post_transaction_amounts: Some(PostTransactionAmounts { shares_owned_following_transaction: footnoted(&c[13], number, diags, path), ..Default::default() }),
            ownership_nature: Some(OwnershipNature { direct_or_indirect_ownership: footnoted(&c[14], string, diags, path), nature_of_ownership: footnoted(&c[15], string, diags, path) }),
            ..Default::default()
        };
        if c[4].value.is_empty() && c[2].value.is_empty() {
            table.derivative_holding.push(held);
            return;
        }
        // A transaction adds 3, 3A, 4 (code, V), 5 (A, D) and 8.
        let (acquired, amount) = if !c[6].value.is_empty() || !c[6].notes.is_empty() { ("A", &c[6]) } else { ("D", &c[7]) };
        table.derivative_transaction.push(Transaction {
            transaction_date: footnoted(&c[2], us_date, diags, path),
            deemed_execution_date: footnoted(&c[3], us_date, diags, path),
            transaction_coding: Some(TransactionCoding { transaction_code: Some(c[4].value.clone()).filter(|s| !s.is_empty()), footnote_id: c[4].notes.clone(), ..Default::default() }),
            transaction_amounts: Some(TransactionAmounts {
                transaction_shares: footnoted(amount, number, diags, path),
                transaction_acquired_disposed_code: Some(Footnoted { value: Some(Parsed::Ok(acquired.to_string())), footnote_id: Vec::new() }),
                transaction_price_per_share: footnoted(&c[12], number, diags, path),
                ..Default::default()
            }),
            security_title: held.security_title,
            conversion_or_exercise_price: held.conversion_or_exercise_price,
            exercise_date: held.exercise_date,
            expiration_date: held.expiration_date,
            underlying_security: held.underlying_security,
            post_transaction_amounts: held.post_transaction_amounts,
            ownership_nature: held.ownership_nature,
            ..Default::default()
        });
    } else if c.len() >= 6 {
        // Form 3 Table II: 1, 2 (exercisable, expiration), 3 (title, amount), 4, 5, 6.
        table.derivative_holding.push(Holding {
            security_title: footnoted(&c[0], string, diags, path),
            exercise_date: footnoted(&c[1], us_date, diags, path),
            expiration_date: footnoted(&c[2], us_date, diags, path),
            underlying_security: Some(UnderlyingSecurity {
                underlying_security_title: footnoted(&c[3], string, diags, path),
                underlying_security_shares: c.get(4).and_then(|x| footnoted(x, number, diags, path)),
                ..Default::default()
            }),
            conversion_or_exercise_price: c.get(5).and_then(|x| footnoted(x, number, diags, path)),
            ownership_nature: Some(OwnershipNature {
                direct_or_indirect_ownership: c.get(6).and_then(|x| footnoted(x, string, diags, path)),
                nature_of_ownership: c.get(7).and_then(|x| footnoted(x, string, diags, path)),
            }),
            ..Default::default()
        });
    } else {
        diags.push(Diagnostic::new(
            Severity::Warning,
            "html-row",
            format!("a Table II row with {} cells; expected 16 (or 8 on a Form 3)", c.len()),
            Location { path: Some(path.into()), ..Default::default() },
        ));
    }
}
