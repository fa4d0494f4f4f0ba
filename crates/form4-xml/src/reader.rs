//! Recursive descent over the ownership document, one function per schema type.

use std::borrow::Cow;

use form4_model::*;

use crate::events::{Cursor, Ev, RawError, Tag};

/// One open element on the path from the root: its name and, for repeated
/// elements, its 1-based position among siblings of that name.
#[derive(Clone, Copy)]
struct Step {
    name: &'static str,
    index: u32,
}

pub(crate) struct Parser<'a> {
    cur: Cursor<'a>,
    path: Vec<Step>,
    /// Open elements still to close after a lenient end tag closed an ancestor.
    pending_close: usize,
    pub diagnostics: Vec<Diagnostic>,
    pub unknown: Vec<UnknownElement>,
}

type R<T> = Result<T, RawError>;

/// What a container sees inside itself.
enum Child<'e, 'a> {
    Elem(&'a str, &'e Tag<'a>),
    Text(&'e str),
}

impl<'a> Parser<'a> {
    pub fn new(text: &'a str, lenient: bool) -> Self {
        Parser { cur: Cursor::new(text, lenient), path: Vec::with_capacity(8), pending_close: 0, diagnostics: Vec::new(), unknown: Vec::new() }
    }

    fn path_string(&self, leaf: Option<&str>) -> String {
        let mut s = String::new();
        for (i, step) in self.path.iter().enumerate() {
            if i > 0 {
                s.push('/');
            }
            s.push_str(step.name);
            if step.index > 0 {
                s.push_str(&format!("[{}]", step.index));
            }
        }
        if let Some(leaf) = leaf {
            if !s.is_empty() {
                s.push('/');
            }
            s.push_str(leaf);
        }
        s
    }

    fn warn(&mut self, code: &str, message: String, leaf: Option<&str>) {
        let location = Location { offset: Some(self.cur.position()), path: Some(self.path_string(leaf)), ..Location::default() };
        self.diagnostics.push(Diagnostic::new(Severity::Warning, code, message, location));
    }

    /// Reads the children of the element just opened (already on `path`) until its
    /// end tag, handing each child to `on_child`. Pops the element on return.
    fn container(&mut self, mut on_child: impl FnMut(&mut Self, Child<'_, 'a>) -> R<()>) -> R<()> {
        loop {
            match self.cur.next()? {
                Ev::Start(start) => {
                    on_child(self, Child::Elem(start.name, &start))?;
                    if self.pending_close > 0 {
                        self.pending_close -= 1;
                        self.path.pop();
                        return Ok(());
                    }
                }
                Ev::End(name) => {
                    if !self.cur.lenient {
                        // The tokenizer has checked that it matches.
                        self.path.pop();
                        return Ok(());
                    }
                    let top = self.path.len().saturating_sub(1);
                    if self.path.last().is_some_and(|s| s.name == name) {
                        self.path.pop();
                        return Ok(());
                    }
                    if let Some(depth) = self.path.iter().rposition(|s| s.name == name) {
                        self.warn("xml-end-tag", format!("</{name}> closes elements left open"), None);
                        self.pending_close = top - depth;
                        self.path.pop();
                        return Ok(());
                    }
                    self.warn("xml-end-tag", format!("ignored </{name}>, which closes no open element"), None);
                }
                Ev::Text(t) => {
                    if !t.is_blank() {
                        let t = t.decode(self.cur.lenient)?;
                        on_child(self, Child::Text(&t))?;
                    }
                }
                Ev::Eof => {
                    if !self.cur.lenient {
                        return Err(RawError { reason: "unexpected end of document".into(), offset: self.cur.position() });
                    }
                    self.warn("xml-truncated", "document ends inside this element".into(), None);
                    self.pending_close = self.path.len().saturating_sub(1);
                    self.path.pop();
                    return Ok(());
                }
            }
        }
    }

    /// Enters a known child element and reads it with `body`.
    fn enter<T>(&mut self, name: &'static str, index: u32, body: impl FnOnce(&mut Self) -> R<T>) -> R<T> {
        self.path.push(Step { name, index });
        body(self)
    }

    /// The text content of the element just opened (all descendants' text, as
    /// XPath's `string()` joins it), trimmed. Borrowed from the input unless entity
    /// references or markup split it. Any end tag closes a leaf: leaves have no
    /// element children in the schema, so a mismatched end tag (`<a>x</b>`) most
    /// likely closes the leaf itself.
    fn text(&mut self) -> R<Cow<'a, str>> {
        let mut out: Cow<'a, str> = Cow::Borrowed("");
        let mut depth = 0usize;
        loop {
            match self.cur.next()? {
                Ev::Text(t) => {
                    let t = t.decode(self.cur.lenient)?;
                    if out.is_empty() {
                        out = t;
                    } else {
                        out.to_mut().push_str(&t);
                    }
                }
                // Mixed content (markup inside a footnote): its text is kept.
                Ev::Start(_) => depth += 1,
                Ev::End(_) => {
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                }
                Ev::Eof => {
                    if !self.cur.lenient {
                        return Err(RawError { reason: "unexpected end of document".into(), offset: self.cur.position() });
                    }
                    self.pending_close = self.path.len();
                    break;
                }
            }
        }
        Ok(match out {
            Cow::Borrowed(s) => Cow::Borrowed(s.trim()),
            Cow::Owned(s) if s.trim().len() == s.len() => Cow::Owned(s),
            Cow::Owned(s) => Cow::Owned(s.trim().to_owned()),
        })
    }

    /// A leaf with text; empty text is absence.
    fn opt_text(&mut self) -> R<Option<String>> {
        let t = self.text()?;
        Ok((!t.is_empty()).then(|| t.into_owned()))
    }

    fn parse_value<T>(&mut self, text: &str, leaf: &str, parse: fn(&str) -> Option<T>, what: &str) -> Parsed<T> {
        match parse(text) {
            Some(v) => Parsed::Ok(v),
            None => {
                self.warn("unparsed-value", format!("cannot read {text:?} as {what}; kept as raw text"), Some(leaf));
                Parsed::Raw { raw: text.to_owned() }
            }
        }
    }

    fn leaf_bool(&mut self, leaf: &str) -> R<Option<Parsed<Flag>>> {
        let t = self.text()?;
        Ok((!t.is_empty()).then(|| self.parse_value(&t, leaf, parse_flag, "a boolean (1, 0, true, false)")))
    }

    fn leaf_date(&mut self, leaf: &str) -> R<Option<Parsed<XsDate>>> {
        let t = self.text()?;
        Ok((!t.is_empty()).then(|| self.parse_value(&t, leaf, |s| s.parse().ok(), "a date (YYYY-MM-DD)")))
    }

    /// An element outside the schema: its text is kept with its path.
    fn unknown(&mut self, name: &str) -> R<()> {
        let path = self.path_string(Some(name));
        let text = self.text()?;
        self.warn("unknown-element", format!("element <{name}> is not in the ownership schema; its text is kept under unknownElements"), Some(name));
        self.unknown.push(UnknownElement { path, text: text.into_owned() });
        Ok(())
    }

    fn stray_text(&mut self, text: &str) {
        let path = self.path_string(Some("text()"));
        self.warn("stray-text", "text outside any element of the schema; kept under unknownElements".into(), None);
        self.unknown.push(UnknownElement { path, text: text.trim().to_owned() });
    }

    /// A `value` + `footnoteId*` element.
    fn footnoted<T>(&mut self, name: &'static str, parse: fn(&str) -> Option<T>, what: &'static str) -> R<Footnoted<T>> {
        let mut out = Footnoted::default();
        self.enter(name, 0, |p| {
            p.container(|p, child| {
                match child {
                    Child::Elem("value", _) => {
                        let t = p.text()?;
                        if !t.is_empty() {
                            out.value = Some(p.parse_value(&t, "value", parse, what));
                        }
                    }
                    Child::Elem("footnoteId", s) => {
                        p.footnote_ref(s, &mut out.footnote_id)?;
                    }
                    Child::Elem(other, _) => p.unknown(other)?,
                    // `<securityTitle>Common Stock</securityTitle>`: the value without its `<value>` wrapper.
                    Child::Text(t) if out.value.is_none() => {
                        p.warn("missing-value-element", "text directly inside the element; read as its <value>".into(), None);
                        out.value = Some(p.parse_value(t.trim(), "value", parse, what));
                    }
                    Child::Text(t) => p.stray_text(t),
                }
                Ok(())
            })
        })?;
        Ok(out)
    }

    fn footnote_ref(&mut self, s: &Tag<'_>, ids: &mut Vec<String>) -> R<()> {
        match s.attribute("id") {
            Some(id) if !id.trim().is_empty() => ids.push(id.trim().to_owned()),
            _ => self.warn("footnote-id-missing", "<footnoteId> without an id attribute".into(), Some("footnoteId")),
        }
        let rest = self.text()?;
        if !rest.is_empty() {
            self.stray_text(&rest);
        }
        Ok(())
    }

    fn decimal(&mut self, name: &'static str) -> R<Amount> {
        self.footnoted(name, parse_decimal, "a decimal number")
    }

    fn date(&mut self, name: &'static str) -> R<Date> {
        self.footnoted(name, |s| s.parse().ok(), "a date (YYYY-MM-DD)")
    }

    fn text_fn(&mut self, name: &'static str) -> R<Text> {
        self.footnoted(name, |s| Some(s.to_owned()), "text")
    }

    /// Reads the document from the first `<ownershipDocument>` start tag on.
    pub fn document(&mut self) -> R<Option<OwnershipDocument>> {
        // Find the root; a wrapper (e.g. an EDGAR submission envelope) is looked through.
        loop {
            match self.cur.next()? {
                Ev::Start(s) if s.name == "ownershipDocument" => break,
                Ev::Eof => return Ok(None),
                _ => {}
            }
        }
        let mut doc = OwnershipDocument::default();
        let (mut owners, mut signatures) = (0u32, 0u32);
        let (mut old_non_derivative, mut old_derivative) = (0u32, 0u32);
        self.enter("ownershipDocument", 0, |p| {
            p.container(|p, child| {
                let Child::Elem(name, _) = child else {
                    if let Child::Text(t) = child {
                        p.stray_text(t);
                    }
                    return Ok(());
                };
                match name {
                    "schemaVersion" => doc.schema_version = p.opt_text()?,
                    "documentType" => doc.document_type = p.opt_text()?,
                    "periodOfReport" => doc.period_of_report = p.leaf_date(name)?,
                    "dateOfOriginalSubmission" => doc.date_of_original_submission = p.leaf_date(name)?,
                    "noSecuritiesOwned" => doc.no_securities_owned = p.leaf_bool(name)?,
                    "notSubjectToSection16" => doc.not_subject_to_section16 = p.leaf_bool(name)?,
                    "form3HoldingsReported" => doc.form3_holdings_reported = p.leaf_bool(name)?,
                    "form4TransactionsReported" => doc.form4_transactions_reported = p.leaf_bool(name)?,
                    "aff10b5One" => doc.aff10b5_one = p.leaf_bool(name)?,
                    "issuer" => doc.issuer = p.issuer()?,
                    "reportingOwner" => {
                        owners += 1;
                        let o = p.reporting_owner(owners)?;
                        doc.reporting_owner.push(o);
                    }
                    "nonDerivativeTable" => {
                        let t = p.table(false)?;
                        let table = doc.non_derivative_table.get_or_insert_with(Default::default);
                        table.non_derivative_transaction.extend(t.0);
                        table.non_derivative_holding.extend(t.1);
                    }
                    "derivativeTable" => {
                        let t = p.table(true)?;
                        let table = doc.derivative_table.get_or_insert_with(Default::default);
                        table.derivative_transaction.extend(t.0);
                        table.derivative_holding.extend(t.1);
                    }
                    // X0101 put the rows directly under the root, one element per security.
                    "nonDerivativeSecurity" | "derivativeSecurity" => {
                        let derivative = name == "derivativeSecurity";
                        let counter = if derivative { &mut old_derivative } else { &mut old_non_derivative };
                        *counter += 1;
                        let row = p.transaction(if derivative { "derivativeSecurity" } else { "nonDerivativeSecurity" }, *counter)?;
                        if derivative {
                            let table = doc.derivative_table.get_or_insert_with(Default::default);
                            push_row(row, &mut table.derivative_transaction, &mut table.derivative_holding);
                        } else {
                            let table = doc.non_derivative_table.get_or_insert_with(Default::default);
                            push_row(row, &mut table.non_derivative_transaction, &mut table.non_derivative_holding);
                        }
                    }
                    "footnotes" => {
                        let f = p.footnotes()?;
                        doc.footnotes.extend(f);
                    }
                    "remarks" => doc.remarks = p.opt_text()?,
                    "ownerSignature" => {
                        signatures += 1;
                        let s = p.signature(signatures)?;
                        doc.owner_signature.push(s);
                    }
                    other => p.unknown(other)?,
                }
                Ok(())
            })
        })?;
        doc.unknown_elements = std::mem::take(&mut self.unknown);
        Ok(Some(doc))
    }

    fn issuer(&mut self) -> R<Issuer> {
        let mut out = Issuer::default();
        self.enter("issuer", 0, |p| {
            p.container(|p, child| {
                match child {
                    Child::Elem("issuerCik", _) => out.issuer_cik = p.opt_text()?,
                    Child::Elem("issuerName", _) => out.issuer_name = p.opt_text()?,
                    Child::Elem("issuerTradingSymbol", _) => out.issuer_trading_symbol = p.opt_text()?,
                    Child::Elem("issuerForeignTradingSymbol", _) => out.issuer_foreign_trading_symbol = p.opt_text()?,
                    Child::Elem(other, _) => p.unknown(other)?,
                    Child::Text(t) => p.stray_text(t),
                }
                Ok(())
            })
        })?;
        Ok(out)
    }

    fn reporting_owner(&mut self, index: u32) -> R<ReportingOwner> {
        let mut out = ReportingOwner::default();
        self.enter("reportingOwner", index, |p| {
            p.container(|p, child| {
                match child {
                    Child::Elem("reportingOwnerId", _) => p.owner_id(&mut out)?,
                    Child::Elem("reportingOwnerAddress", _) => {
                        let address = out.reporting_owner_address.get_or_insert_with(Default::default);
                        p.enter("reportingOwnerAddress", 0, |p| {
                            p.container(|p, child| {
                                match child {
                                    Child::Elem(name, _) if p.address_field(name, address)? => {}
                                    Child::Elem(other, _) => p.unknown(other)?,
                                    Child::Text(t) => p.stray_text(t),
                                }
                                Ok(())
                            })
                        })?;
                    }
                    Child::Elem("reportingOwnerRelationship", _) => p.relationship(&mut out.reporting_owner_relationship)?,
                    // Address fields outside their wrapper (a broken `reportingOwnerAddress`).
                    Child::Elem(name, _) if is_address_field(name) => {
                        p.warn("misplaced-element", format!("<{name}> outside <reportingOwnerAddress>; read as part of the address"), Some(name));
                        let address = out.reporting_owner_address.get_or_insert_with(Default::default);
                        p.address_field(name, address)?;
                    }
                    Child::Elem(other, _) => p.unknown(other)?,
                    Child::Text(t) => p.stray_text(t),
                }
                Ok(())
            })
        })?;
        Ok(out)
    }

    fn owner_id(&mut self, owner: &mut ReportingOwner) -> R<()> {
        let id = &mut owner.reporting_owner_id;
        let address = &mut owner.reporting_owner_address;
        self.enter("reportingOwnerId", 0, |p| {
            p.container(|p, child| {
                match child {
                    Child::Elem("rptOwnerCik", _) => id.rpt_owner_cik = p.opt_text()?,
                    Child::Elem("rptOwnerCcc", _) => id.rpt_owner_ccc = p.opt_text()?,
                    Child::Elem("rptOwnerName", _) => id.rpt_owner_name = p.opt_text()?,
                    Child::Elem(name, _) if is_address_field(name) => {
                        p.warn("misplaced-element", format!("<{name}> inside <reportingOwnerId>; read as part of the address"), Some(name));
                        p.address_field(name, address.get_or_insert_with(Default::default))?;
                    }
                    Child::Elem(other, _) => p.unknown(other)?,
                    Child::Text(t) => p.stray_text(t),
                }
                Ok(())
            })
        })
    }

    /// Reads one address element into `a`; false if `name` is not an address field.
    fn address_field(&mut self, name: &str, a: &mut ReportingOwnerAddress) -> R<bool> {
        match name {
            "rptOwnerNonUSAddressFlag" => a.rpt_owner_non_us_address_flag = self.leaf_bool(name)?,
            "rptOwnerStreet1" => a.rpt_owner_street1 = self.opt_text()?,
            "rptOwnerStreet2" => a.rpt_owner_street2 = self.opt_text()?,
            "rptOwnerCity" => a.rpt_owner_city = self.opt_text()?,
            "rptOwnerNonUSStateTerritory" => a.rpt_owner_non_us_state_territory = self.opt_text()?,
            "rptOwnerState" => a.rpt_owner_state = self.opt_text()?,
            "rptOwnerCountry" | "rptOwnerCounrty" => a.rpt_owner_country = self.opt_text()?,
            "rptOwnerZipCode" => a.rpt_owner_zip_code = self.opt_text()?,
            "rptOwnerStateDescription" => a.rpt_owner_state_description = self.opt_text()?,
            "rptOwnerGoodAddress" => a.rpt_owner_good_address = self.leaf_bool(name)?,
            _ => return Ok(false),
        }
        Ok(true)
    }

    fn relationship(&mut self, out: &mut ReportingOwnerRelationship) -> R<()> {
        self.enter("reportingOwnerRelationship", 0, |p| {
            p.container(|p, child| {
                match child {
                    Child::Elem(name @ "isDirector", _) => out.is_director = p.leaf_bool(name)?,
                    Child::Elem(name @ "isOfficer", _) => out.is_officer = p.leaf_bool(name)?,
                    Child::Elem(name @ "isTenPercentOwner", _) => out.is_ten_percent_owner = p.leaf_bool(name)?,
                    Child::Elem(name @ "isOther", _) => out.is_other = p.leaf_bool(name)?,
                    Child::Elem("officerTitle", _) => out.officer_title = p.opt_text()?,
                    Child::Elem("otherText", _) => out.other_text = p.opt_text()?,
                    Child::Elem(other, _) => p.unknown(other)?,
                    Child::Text(t) => p.stray_text(t),
                }
                Ok(())
            })
        })
    }

    /// Table I or II: transactions and holdings, interleaved in any order.
    fn table(&mut self, derivative: bool) -> R<(Vec<Transaction>, Vec<Holding>)> {
        let (table, tx_name, holding_name) =
            if derivative { ("derivativeTable", "derivativeTransaction", "derivativeHolding") } else { ("nonDerivativeTable", "nonDerivativeTransaction", "nonDerivativeHolding") };
        let (mut txs, mut holdings) = (Vec::new(), Vec::new());
        let mut old_rows = 0u32;
        self.enter(table, 0, |p| {
            p.container(|p, child| {
                match child {
                    Child::Elem(name, _) if name == tx_name => {
                        let t = p.transaction(tx_name, txs.len() as u32 + 1)?;
                        txs.push(t);
                    }
                    Child::Elem(name, _) if name == holding_name => {
                        let h = p.holding(holding_name, holdings.len() as u32 + 1)?;
                        holdings.push(h);
                    }
                    Child::Elem(name @ ("nonDerivativeSecurity" | "derivativeSecurity"), _) => {
                        old_rows += 1;
                        let row = p.transaction(if name == "derivativeSecurity" { "derivativeSecurity" } else { "nonDerivativeSecurity" }, old_rows)?;
                        push_row(row, &mut txs, &mut holdings);
                    }
                    Child::Elem(other, _) => p.unknown(other)?,
                    Child::Text(t) => p.stray_text(t),
                }
                Ok(())
            })
        })?;
        Ok((txs, holdings))
    }

    fn transaction(&mut self, name: &'static str, index: u32) -> R<Transaction> {
        let mut t = Transaction::default();
        self.enter(name, index, |p| {
            p.container(|p, child| {
                match child {
                    Child::Elem("securityTitle", _) => t.security_title = Some(p.text_fn("securityTitle")?),
                    Child::Elem("conversionOrExercisePrice", _) => t.conversion_or_exercise_price = Some(p.decimal("conversionOrExercisePrice")?),
                    Child::Elem("transactionDate", _) => t.transaction_date = Some(p.date("transactionDate")?),
                    Child::Elem("deemedExecutionDate", _) => t.deemed_execution_date = Some(p.date("deemedExecutionDate")?),
                    Child::Elem("transactionCoding", _) => t.transaction_coding = Some(p.coding()?),
                    Child::Elem("transactionTimeliness", _) => t.transaction_timeliness = Some(p.text_fn("transactionTimeliness")?),
                    Child::Elem("transactionAmounts", _) => t.transaction_amounts = Some(p.amounts()?),
                    Child::Elem("exerciseDate", _) => t.exercise_date = Some(p.date("exerciseDate")?),
                    Child::Elem("expirationDate", _) => t.expiration_date = Some(p.date("expirationDate")?),
                    Child::Elem("underlyingSecurity", _) => t.underlying_security = Some(p.underlying()?),
                    Child::Elem("postTransactionAmounts", _) => p.post_amounts(&mut t.post_transaction_amounts, &mut t.ownership_nature)?,
                    Child::Elem("ownershipNature", _) => p.ownership_nature(&mut t.ownership_nature)?,
                    Child::Elem(name, _) if p.flattened_field(name, &mut t.post_transaction_amounts, &mut t.ownership_nature)? => {}
                    Child::Elem(other, _) => p.unknown(other)?,
                    Child::Text(text) => p.stray_text(text),
                }
                Ok(())
            })
        })?;
        Ok(t)
    }

    fn holding(&mut self, name: &'static str, index: u32) -> R<Holding> {
        let mut h = Holding::default();
        self.enter(name, index, |p| {
            p.container(|p, child| {
                match child {
                    Child::Elem("securityTitle", _) => h.security_title = Some(p.text_fn("securityTitle")?),
                    Child::Elem("conversionOrExercisePrice", _) => h.conversion_or_exercise_price = Some(p.decimal("conversionOrExercisePrice")?),
                    Child::Elem("transactionCoding", _) => h.transaction_coding = Some(p.coding()?),
                    Child::Elem("exerciseDate", _) => h.exercise_date = Some(p.date("exerciseDate")?),
                    Child::Elem("expirationDate", _) => h.expiration_date = Some(p.date("expirationDate")?),
                    Child::Elem("underlyingSecurity", _) => h.underlying_security = Some(p.underlying()?),
                    Child::Elem("postTransactionAmounts", _) => p.post_amounts(&mut h.post_transaction_amounts, &mut h.ownership_nature)?,
                    Child::Elem("ownershipNature", _) => p.ownership_nature(&mut h.ownership_nature)?,
                    Child::Elem(name, _) if p.flattened_field(name, &mut h.post_transaction_amounts, &mut h.ownership_nature)? => {}
                    Child::Elem(other, _) => p.unknown(other)?,
                    Child::Text(text) => p.stray_text(text),
                }
                Ok(())
            })
        })?;
        Ok(h)
    }

    /// Old-schema and hand-written shapes that put amounts or ownership directly in the
    /// row (`<sharesOwned>`, `<directOrIndirectOwnership>` without their wrappers).
    fn flattened_field(&mut self, name: &str, post: &mut Option<PostTransactionAmounts>, nature: &mut Option<OwnershipNature>) -> R<bool> {
        match name {
            "sharesOwned" | "sharesOwnedFollowingTransaction" => {
                let v = self.decimal("sharesOwnedFollowingTransaction")?;
                post.get_or_insert_with(Default::default).shares_owned_following_transaction = Some(v);
            }
            "valueOwned" | "valueOwnedFollowingTransaction" => {
                let v = self.decimal("valueOwnedFollowingTransaction")?;
                post.get_or_insert_with(Default::default).value_owned_following_transaction = Some(v);
            }
            "directOrIndirectOwnership" => {
                let v = self.text_fn("directOrIndirectOwnership")?;
                nature.get_or_insert_with(Default::default).direct_or_indirect_ownership = Some(v);
            }
            "natureOfOwnership" => {
                let v = self.text_fn("natureOfOwnership")?;
                nature.get_or_insert_with(Default::default).nature_of_ownership = Some(v);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    fn coding(&mut self) -> R<TransactionCoding> {
        let mut c = TransactionCoding::default();
        self.enter("transactionCoding", 0, |p| {
            p.container(|p, child| {
                match child {
                    Child::Elem("transactionFormType", _) => c.transaction_form_type = p.opt_text()?,
                    Child::Elem("transactionCode", _) => c.transaction_code = p.opt_text()?,
                    Child::Elem(name @ "equitySwapInvolved", _) => c.equity_swap_involved = p.leaf_bool(name)?,
                    Child::Elem("footnoteId", s) => p.footnote_ref(s, &mut c.footnote_id)?,
                    Child::Elem(other, _) => p.unknown(other)?,
                    Child::Text(t) => p.stray_text(t),
                }
                Ok(())
            })
        })?;
        Ok(c)
    }

    fn amounts(&mut self) -> R<TransactionAmounts> {
        let mut a = TransactionAmounts::default();
        self.enter("transactionAmounts", 0, |p| {
            p.container(|p, child| {
                match child {
                    Child::Elem("transactionShares", _) => a.transaction_shares = Some(p.decimal("transactionShares")?),
                    Child::Elem("transactionTotalValue", _) => a.transaction_total_value = Some(p.decimal("transactionTotalValue")?),
                    Child::Elem("transactionPricePerShare", _) => a.transaction_price_per_share = Some(p.decimal("transactionPricePerShare")?),
                    // X0101's name for the price per share.
                    Child::Elem("transactionValue", _) => a.transaction_price_per_share = Some(p.decimal("transactionValue")?),
                    Child::Elem("transactionAcquiredDisposedCode", _) => a.transaction_acquired_disposed_code = Some(p.text_fn("transactionAcquiredDisposedCode")?),
                    Child::Elem(other, _) => p.unknown(other)?,
                    Child::Text(t) => p.stray_text(t),
                }
                Ok(())
            })
        })?;
        Ok(a)
    }

    fn underlying(&mut self) -> R<UnderlyingSecurity> {
        let mut u = UnderlyingSecurity::default();
        self.enter("underlyingSecurity", 0, |p| {
            p.container(|p, child| {
                match child {
                    Child::Elem("underlyingSecurityTitle", _) => u.underlying_security_title = Some(p.text_fn("underlyingSecurityTitle")?),
                    Child::Elem("underlyingSecurityShares", _) => u.underlying_security_shares = Some(p.decimal("underlyingSecurityShares")?),
                    Child::Elem("underlyingSecurityValue", _) => u.underlying_security_value = Some(p.decimal("underlyingSecurityValue")?),
                    Child::Elem(other, _) => p.unknown(other)?,
                    Child::Text(t) => p.stray_text(t),
                }
                Ok(())
            })
        })?;
        Ok(u)
    }

    /// `postTransactionAmounts`. Some filers put `directOrIndirectOwnership` inside it;
    /// it is read into the ownership nature where it belongs.
    fn post_amounts(&mut self, post: &mut Option<PostTransactionAmounts>, nature: &mut Option<OwnershipNature>) -> R<()> {
        let out = post.get_or_insert_with(Default::default);
        self.enter("postTransactionAmounts", 0, |p| {
            p.container(|p, child| {
                match child {
                    Child::Elem("sharesOwnedFollowingTransaction", _) => out.shares_owned_following_transaction = Some(p.decimal("sharesOwnedFollowingTransaction")?),
                    Child::Elem("valueOwnedFollowingTransaction", _) => out.value_owned_following_transaction = Some(p.decimal("valueOwnedFollowingTransaction")?),
                    Child::Elem(name @ ("directOrIndirectOwnership" | "natureOfOwnership"), _) => {
                        p.warn("misplaced-element", format!("<{name}> inside <postTransactionAmounts>; read as part of <ownershipNature>"), Some(name));
                        let mut scratch = None;
                        p.flattened_field(name, &mut scratch, nature)?;
                    }
                    Child::Elem(other, _) => p.unknown(other)?,
                    Child::Text(t) => p.stray_text(t),
                }
                Ok(())
            })
        })
    }

    fn ownership_nature(&mut self, nature: &mut Option<OwnershipNature>) -> R<()> {
        let out = nature.get_or_insert_with(Default::default);
        self.enter("ownershipNature", 0, |p| {
            p.container(|p, child| {
                match child {
                    Child::Elem("directOrIndirectOwnership", _) => out.direct_or_indirect_ownership = Some(p.text_fn("directOrIndirectOwnership")?),
                    Child::Elem("natureOfOwnership", _) => out.nature_of_ownership = Some(p.text_fn("natureOfOwnership")?),
                    // `<ownershipNature><value>By trust</value></ownershipNature>`: the nature without its wrapper.
                    Child::Elem("value", _) if out.nature_of_ownership.is_none() => {
                        p.warn("misplaced-element", "<value> directly inside <ownershipNature>; read as natureOfOwnership".into(), Some("value"));
                        let text = p.text()?.into_owned();
                        out.nature_of_ownership = Some(Footnoted { value: Some(Parsed::Ok(text)), footnote_id: Vec::new() });
                    }
                    Child::Elem(other, _) => p.unknown(other)?,
                    // Hand-written filings put the nature text straight into `ownershipNature`.
                    Child::Text(t) if out.nature_of_ownership.is_none() => {
                        p.warn("missing-value-element", "text directly inside <ownershipNature>; read as natureOfOwnership".into(), None);
                        out.nature_of_ownership = Some(Footnoted { value: Some(Parsed::Ok(t.trim().to_owned())), footnote_id: Vec::new() });
                    }
                    Child::Text(t) => p.stray_text(t),
                }
                Ok(())
            })
        })
    }

    fn footnotes(&mut self) -> R<Vec<Footnote>> {
        let mut out = Vec::new();
        self.enter("footnotes", 0, |p| {
            p.container(|p, child| {
                match child {
                    Child::Elem("footnote", s) => {
                        let id = s.attribute("id").map(|s| s.trim().to_owned()).unwrap_or_default();
                        if id.is_empty() {
                            p.warn("footnote-id-missing", "<footnote> without an id attribute".into(), Some("footnote"));
                        }
                        let text = p.text()?.into_owned();
                        out.push(Footnote { id, text });
                    }
                    Child::Elem(other, _) => p.unknown(other)?,
                    Child::Text(t) => p.stray_text(t),
                }
                Ok(())
            })
        })?;
        Ok(out)
    }

    fn signature(&mut self, index: u32) -> R<OwnerSignature> {
        let mut s = OwnerSignature::default();
        self.enter("ownerSignature", index, |p| {
            p.container(|p, child| {
                match child {
                    Child::Elem("signatureName", _) => s.signature_name = p.opt_text()?,
                    Child::Elem(name @ "signatureDate", _) => s.signature_date = p.leaf_date(name)?,
                    Child::Elem(other, _) => p.unknown(other)?,
                    Child::Text(t) => p.stray_text(t),
                }
                Ok(())
            })
        })?;
        Ok(s)
    }
}

/// Files an X0101 row (`nonDerivativeSecurity`, `derivativeSecurity`): a transaction if
/// it reports one (a date, amounts or a code), otherwise a holding.
fn push_row(row: Transaction, txs: &mut Vec<Transaction>, holdings: &mut Vec<Holding>) {
    if row.transaction_date.is_some()
        || row.deemed_execution_date.is_some()
        || row.transaction_timeliness.is_some()
        || row.transaction_amounts.is_some()
        || row.transaction_coding.as_ref().is_some_and(|c| c.transaction_code.is_some())
    {
        txs.push(row);
    } else {
        holdings.push(Holding {
            security_title: row.security_title,
            conversion_or_exercise_price: row.conversion_or_exercise_price,
            transaction_coding: row.transaction_coding,
            exercise_date: row.exercise_date,
            expiration_date: row.expiration_date,
            underlying_security: row.underlying_security,
            post_transaction_amounts: row.post_transaction_amounts,
            ownership_nature: row.ownership_nature,
        });
    }
}

fn is_address_field(name: &str) -> bool {
    matches!(
        name,
        "rptOwnerNonUSAddressFlag"
            | "rptOwnerStreet1"
            | "rptOwnerStreet2"
            | "rptOwnerCity"
            | "rptOwnerNonUSStateTerritory"
            | "rptOwnerState"
            | "rptOwnerCountry"
            | "rptOwnerCounrty"
            | "rptOwnerZipCode"
            | "rptOwnerStateDescription"
            | "rptOwnerGoodAddress"
    )
}
