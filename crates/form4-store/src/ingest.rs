//! Writing filings: one transaction per batch, idempotent by key.

use form4_check::Lateness;
use form4_model::*;
use rusqlite::{params, OptionalExtension, Transaction as SqlTx};

use crate::{cik_number, Result, Store};

/// What the ingest hands the store: a parsed filing with its findings and lateness, or
/// an input that could not be read.
pub enum Item {
    /// A filing read.
    Filing {
        /// The record.
        filing: Box<Filing>,
        /// Check findings (reader diagnostics are in the filing).
        findings: Vec<Diagnostic>,
        /// Deadline and lateness, for original forms.
        lateness: Option<Lateness>,
        /// The filing as zstd-compressed JSON (made by [`Item::filing`], off the writer thread).
        encoded: Vec<u8>,
        /// [`fingerprint`] of the ownership document, for filings without an accession
        /// number (the only ones that need it up front).
        fingerprint: Option<String>,
    },
    /// An input that could not be read.
    Reject {
        /// Where it came from.
        source_path: String,
        /// Hex SHA-256 of its bytes (the key: the same bad file is recorded once).
        sha256: String,
        /// Why.
        reason: String,
    },
}

impl Item {
    /// A filing to write. Encodes it here, so that callers can build items in parallel
    /// and leave the single writer only the inserts.
    pub fn filing(filing: Filing, findings: Vec<Diagnostic>, lateness: Option<Lateness>) -> crate::Result<Item> {
        let encoded = encode(&filing)?;
        let fingerprint = if filing.accession_number().is_none() { filing.ownership.as_ref().map(fingerprint) } else { None };
        Ok(Item::Filing { filing: Box::new(filing), findings, lateness, encoded, fingerprint })
    }
}

/// The stored form of a filing: its JSON, zstd-compressed with a per-thread context
/// (creating a context per filing cost more than compressing).
pub fn encode(filing: &Filing) -> crate::Result<Vec<u8>> {
    thread_local! {
        static COMPRESSOR: std::cell::RefCell<Option<zstd::bulk::Compressor<'static>>> = const { std::cell::RefCell::new(None) };
    }
    let json = serde_json::to_vec(filing).map_err(|e| crate::StoreError::Damaged(e.to_string()))?;
    COMPRESSOR.with(|c| {
        let mut slot = c.borrow_mut();
        if slot.is_none() {
            *slot = Some(zstd::bulk::Compressor::new(3).map_err(|e| crate::StoreError::Damaged(e.to_string()))?);
        }
        slot.as_mut().expect("set above").compress(&json).map_err(|e| crate::StoreError::Damaged(e.to_string()))
    })
}

/// What a batch did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct BatchStats {
    /// New filings written.
    pub inserted: usize,
    /// Filings already in the ledger (same key), skipped.
    pub duplicates: usize,
    /// New rejects recorded.
    pub rejected: usize,
    /// Rejects already recorded.
    pub duplicate_rejects: usize,
}

impl std::ops::AddAssign for BatchStats {
    fn add_assign(&mut self, o: Self) {
        self.inserted += o.inserted;
        self.duplicates += o.duplicates;
        self.rejected += o.rejected;
        self.duplicate_rejects += o.duplicate_rejects;
    }
}

/// SHA-256 (hex) of the ownership document's canonical JSON, white space in text
/// collapsed: equal for the same form whatever shape it came in (bare XML, submission,
/// copies re-wrapped by another tool).
pub fn fingerprint(doc: &OwnershipDocument) -> String {
    use sha2::Digest;
    fn collapse(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::String(s) => *s = s.split_whitespace().collect::<Vec<_>>().join(" "),
            serde_json::Value::Array(a) => a.iter_mut().for_each(collapse),
            serde_json::Value::Object(o) => o.values_mut().for_each(collapse),
            _ => {}
        }
    }
    let mut json = serde_json::to_value(doc).unwrap_or_default();
    if let Some(o) = json.as_object_mut() {
        o.remove("unknownElements");
    }
    collapse(&mut json);
    sha2::Sha256::digest(json.to_string().as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// The ledger key of a filing: its accession number, or its content hash.
pub fn filing_key(filing: &Filing) -> String {
    match filing.accession_number() {
        Some(a) => a.to_string(),
        None => format!("sha256:{}", filing.source.sha256),
    }
}

fn flag(v: &Option<Parsed<Flag>>) -> bool {
    matches!(v, Some(Parsed::Ok(f)) if f.value)
}

fn dec(v: Option<&Amount>) -> Option<String> {
    v.and_then(|a| a.value.as_ref()).map(|p| match p {
        Parsed::Ok(d) => d.to_string(),
        Parsed::Raw { raw } => raw.clone(),
    })
}

fn txt(v: Option<&Text>) -> Option<String> {
    v.and_then(|a| a.value.as_ref()).map(|p| match p {
        Parsed::Ok(s) => s.clone(),
        Parsed::Raw { raw } => raw.clone(),
    })
}

fn day(v: Option<&Date>) -> Option<String> {
    v.and_then(|a| a.get()).map(|d| d.date.to_string())
}

/// Footnote ids per field of a row, as a JSON object (only fields that have some).
fn row_footnotes(fields: &[(&str, Option<&Vec<String>>)]) -> Option<String> {
    let map: serde_json::Map<String, serde_json::Value> = fields.iter().filter_map(|(k, ids)| ids.filter(|i| !i.is_empty()).map(|i| (k.to_string(), serde_json::json!(i)))).collect();
    (!map.is_empty()).then(|| serde_json::Value::Object(map).to_string())
}

fn ids<T>(v: Option<&Footnoted<T>>) -> Option<&Vec<String>> {
    v.map(|f| &f.footnote_id)
}

impl Store {
    /// Writes a batch in one transaction. Filings already present (by key) and rejects
    /// already recorded (by content hash) are skipped.
    pub fn write_batch(&mut self, items: Vec<Item>) -> Result<BatchStats> {
        let tx = self.conn.transaction()?;
        let mut stats = BatchStats::default();
        for item in items {
            match item {
                Item::Filing { filing, findings, lateness, encoded, fingerprint } => {
                    if insert_filing(&tx, &filing, &findings, lateness.as_ref(), &encoded, fingerprint)? {
                        stats.inserted += 1;
                    } else {
                        stats.duplicates += 1;
                    }
                }
                Item::Reject { source_path, sha256, reason } => {
                    let n = tx.execute(
                        "INSERT INTO rejects (sha256, source_path, reason, first_seen) VALUES (?1, ?2, ?3, datetime('now'))
                         ON CONFLICT(sha256) DO NOTHING",
                        params![sha256, source_path, reason],
                    )?;
                    if n == 1 {
                        stats.rejected += 1;
                    } else {
                        stats.duplicate_rejects += 1;
                    }
                }
            }
        }
        tx.commit()?;
        Ok(stats)
    }

    /// Marks filings replaced by a later amendment (`superseded_by`), from scratch:
    /// an original is superseded by the latest amendment of the same form, issuer and
    /// group of owners whose dateOfOriginalSubmission is its filing date; an amendment by
    /// a later amendment of the same original. Idempotent; run after an ingest.
    pub fn resolve_amendments(&mut self) -> Result<usize> {
        let tx = self.conn.transaction()?;
        tx.execute("UPDATE filings SET superseded_by = NULL WHERE superseded_by IS NOT NULL", [])?;
        tx.execute(
            "UPDATE filings AS f SET superseded_by = (
                SELECT a.id FROM filings a
                WHERE a.is_amendment = 1 AND a.id <> f.id
                  AND a.issuer_cik IS f.issuer_cik AND a.owner_group = f.owner_group
                  AND substr(a.form_type, 1, 1) = substr(f.form_type, 1, 1)
                  AND ((f.is_amendment = 0 AND a.date_of_original_submission IN (f.filed_as_of, f.filed_on))
                    OR (f.is_amendment = 1 AND a.date_of_original_submission = f.date_of_original_submission
                        AND COALESCE(a.accepted_at, a.filed_as_of) > COALESCE(f.accepted_at, f.filed_as_of)))
                ORDER BY COALESCE(a.accepted_at, a.filed_as_of) DESC, a.id DESC
                LIMIT 1)
             WHERE f.issuer_cik IN (SELECT issuer_cik FROM filings WHERE is_amendment = 1)",
            [],
        )?;
        let superseded: i64 = tx.query_row("SELECT count(*) FROM filings WHERE superseded_by IS NOT NULL", [], |r| r.get(0))?;
        tx.commit()?;
        Ok(superseded as usize)
    }

    /// Whether a filing with this key is in the ledger.
    pub fn contains(&self, key: &str) -> Result<bool> {
        Ok(self.conn.query_row("SELECT 1 FROM filings WHERE key = ?1", [key], |_| Ok(())).optional()?.is_some())
    }
}

/// Inserts one filing and its rows; false if its key is already present.
fn insert_filing(tx: &SqlTx, filing: &Filing, findings: &[Diagnostic], lateness: Option<&Lateness>, compressed: &[u8], print: Option<String>) -> Result<bool> {
    let key = filing_key(filing);
    let header = filing.header.as_ref();
    let doc = filing.ownership.as_ref();
    let form_type = doc.and_then(|d| d.document_type.clone()).or_else(|| header.and_then(|h| h.submission_type.clone()));
    let is_amendment = form_type.as_deref().and_then(FormType::parse).is_some_and(FormType::is_amendment);
    let issuer_cik = doc.and_then(|d| d.issuer.issuer_cik.as_deref()).or_else(|| header.and_then(|h| h.issuer()).and_then(|e| e.cik.as_deref())).and_then(cik_number);
    let issuer_name = doc.and_then(|d| d.issuer.issuer_name.clone()).or_else(|| header.and_then(|h| h.issuer()).and_then(|e| e.name.clone()));
    let ticker = doc.and_then(|d| d.issuer.issuer_trading_symbol.clone());
    let mut owner_ciks: Vec<i64> = match doc {
        Some(d) => d.reporting_owner.iter().filter_map(|o| o.reporting_owner_id.rpt_owner_cik.as_deref().and_then(cik_number)).collect(),
        None => header.map(|h| h.entities_with(EntityRole::ReportingOwner).filter_map(|e| e.cik.as_deref().and_then(cik_number)).collect()).unwrap_or_default(),
    };
    owner_ciks.sort_unstable();
    owner_ciks.dedup();
    let owner_group = owner_ciks.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let filed_on = form4_check::filed_date(filing);
    let format = serde_json::to_value(filing.source.format).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
    let period = doc.and_then(|d| d.period_of_report.as_ref()).and_then(Parsed::ok).map(|d| d.date.to_string()).or_else(|| header.and_then(|h| h.period_of_report).map(|d| d.to_string()));
    // The same form read before in another shape: a bare XML copy of a filing already in
    // the ledger adds nothing; a submission replaces bare copies of its document. Only
    // filings of the same issuer, period and owners can be copies, so fingerprints are
    // computed for those alone.
    let mut print = print;
    match (filing.accession_number(), doc) {
        (None, Some(_)) => {
            fill_fingerprints(tx, issuer_cik, period.as_deref(), &owner_group)?;
            let seen = tx.prepare_cached("SELECT 1 FROM filings WHERE fingerprint = ?1 LIMIT 1")?.query_row([&print], |_| Ok(())).optional()?;
            if seen.is_some() {
                return Ok(false);
            }
        }
        (Some(_), Some(doc)) => {
            let bare = tx
                .prepare_cached("SELECT 1 FROM filings WHERE accession IS NULL AND issuer_cik IS ?1 AND period_of_report IS ?2 AND owner_group = ?3 LIMIT 1")?
                .query_row(params![issuer_cik, period, owner_group], |_| Ok(()))
                .optional()?;
            if bare.is_some() {
                print = Some(fingerprint(doc));
            }
        }
        _ => {}
    }

    let id: Option<i64> = tx
        .prepare_cached(
            "INSERT INTO filings (key, accession, form_type, is_amendment, schema_version, period_of_report,
                date_of_original_submission, filed_as_of, accepted_at, filed_on, issuer_cik, issuer_name, ticker,
                owner_group, aff10b5_one, deadline, days_late, source_path, source_format, fingerprint)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)
             ON CONFLICT(key) DO NOTHING RETURNING id",
        )?
        .query_row(
            params![
                key,
                filing.accession_number(),
                form_type,
                is_amendment,
                doc.and_then(|d| d.schema_version.clone()),
                period,
                doc.and_then(|d| d.date_of_original_submission.as_ref()).and_then(Parsed::ok).map(|d| d.date.to_string()),
                header.and_then(|h| h.filed_as_of_date).map(|d| d.to_string()),
                header.and_then(|h| h.acceptance_datetime).map(|d| d.format("%Y-%m-%dT%H:%M:%S").to_string()),
                filed_on.map(|d| d.to_string()),
                issuer_cik,
                issuer_name,
                ticker,
                owner_group,
                doc.and_then(|d| d.aff10b5_one.as_ref()).and_then(Parsed::ok).map(|f| f.value),
                lateness.map(|l| l.deadline.to_string()),
                lateness.and_then(|l| l.days_late),
                filing.source.path,
                format,
                print,
            ],
            |r| r.get(0),
        )
        .optional()?;
    let Some(id) = id else { return Ok(false) };
    if filing.accession_number().is_some() && print.is_some() {
        remove_bare_copies(tx, print.as_deref().unwrap_or_default(), id)?;
    }
    tx.prepare_cached("INSERT INTO filing_documents (filing_id, json_zst) VALUES (?1, ?2)")?.execute(params![id, compressed])?;

    let last = filed_on.map(|d| d.to_string());
    if let Some(cik) = issuer_cik {
        tx.prepare_cached(
            "INSERT INTO issuers (cik, name, ticker, last_filed) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(cik) DO UPDATE SET name = excluded.name, ticker = COALESCE(excluded.ticker, issuers.ticker), last_filed = excluded.last_filed
             WHERE issuers.last_filed IS NULL OR excluded.last_filed >= issuers.last_filed",
        )?
        .execute(params![cik, issuer_name_of(filing), doc.and_then(|d| d.issuer.issuer_trading_symbol.clone()), last])?;
    }

    if let Some(doc) = doc {
        for (i, o) in doc.reporting_owner.iter().enumerate() {
            let Some(cik) = o.reporting_owner_id.rpt_owner_cik.as_deref().and_then(cik_number) else { continue };
            let name = o.reporting_owner_id.rpt_owner_name.clone().or_else(|| header_owner_name(filing, cik));
            let r = &o.reporting_owner_relationship;
            let a = o.reporting_owner_address.clone().unwrap_or_default();
            tx.prepare_cached(
                "INSERT OR IGNORE INTO filing_owners (filing_id, owner_cik, ordinal, name, is_director, is_officer, is_ten_percent, is_other,
                    officer_title, other_text, street1, street2, city, state, zip)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            )?
            .execute(params![
                id,
                cik,
                i as i64 + 1,
                name,
                flag(&r.is_director),
                flag(&r.is_officer),
                flag(&r.is_ten_percent_owner),
                flag(&r.is_other),
                r.officer_title,
                r.other_text,
                a.rpt_owner_street1,
                a.rpt_owner_street2,
                a.rpt_owner_city,
                a.rpt_owner_state,
                a.rpt_owner_zip_code
            ])?;
            tx.prepare_cached(
                "INSERT INTO owners (cik, name, last_filed) VALUES (?1, ?2, ?3)
                 ON CONFLICT(cik) DO UPDATE SET name = COALESCE(excluded.name, owners.name), last_filed = excluded.last_filed
                 WHERE owners.last_filed IS NULL OR excluded.last_filed >= owners.last_filed",
            )?
            .execute(params![cik, name, last])?;
        }
        insert_rows(tx, id, issuer_cik, doc)?;
        for note in &doc.footnotes {
            tx.prepare_cached("INSERT OR IGNORE INTO footnotes (filing_id, id, text) VALUES (?1, ?2, ?3)")?.execute(params![id, note.id, note.text])?;
        }
    }
    let reader = filing.diagnostics.iter().filter(|d| d.severity >= Severity::Warning && d.code != "unparsed-value");
    for d in reader.chain(findings.iter()) {
        tx.prepare_cached("INSERT INTO findings (filing_id, rule, severity, path, message) VALUES (?1, ?2, ?3, ?4, ?5)")?.execute(params![
            id,
            d.code,
            d.severity.to_string(),
            d.location.path,
            d.message
        ])?;
    }
    Ok(true)
}

/// Computes the missing fingerprints of the filings of one issuer, period and group of owners.
fn fill_fingerprints(tx: &SqlTx, issuer_cik: Option<i64>, period: Option<&str>, owner_group: &str) -> Result<()> {
    let missing: Vec<(i64, Vec<u8>)> = tx
        .prepare_cached(
            "SELECT f.id, d.json_zst FROM filings f JOIN filing_documents d ON d.filing_id = f.id
             WHERE f.fingerprint IS NULL AND f.issuer_cik IS ?1 AND f.period_of_report IS ?2 AND f.owner_group = ?3",
        )?
        .query_map(params![issuer_cik, period, owner_group], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<std::result::Result<_, _>>()?;
    for (id, blob) in missing {
        let json = zstd::bulk::decompress(&blob, 64 << 20).map_err(|e| crate::StoreError::Damaged(e.to_string()))?;
        let stored: Filing = serde_json::from_slice(&json).map_err(|e| crate::StoreError::Damaged(e.to_string()))?;
        if let Some(doc) = &stored.ownership {
            tx.prepare_cached("UPDATE filings SET fingerprint = ?1 WHERE id = ?2")?.execute(params![fingerprint(doc), id])?;
        }
    }
    Ok(())
}

/// Deletes filings without an accession number whose document is the same as filing `keep`'s.
fn remove_bare_copies(tx: &SqlTx, print: &str, keep: i64) -> Result<()> {
    let ids: Vec<i64> =
        tx.prepare_cached("SELECT id FROM filings WHERE fingerprint = ?1 AND accession IS NULL AND id <> ?2")?.query_map(params![print, keep], |r| r.get(0))?.collect::<std::result::Result<_, _>>()?;
    for id in ids {
        for table in ["rows", "filing_owners", "footnotes", "findings", "filing_documents"] {
            tx.execute(&format!("DELETE FROM {table} WHERE filing_id = ?1"), [id])?;
        }
        tx.execute("DELETE FROM filings WHERE id = ?1", [id])?;
    }
    Ok(())
}

fn issuer_name_of(filing: &Filing) -> Option<String> {
    filing.ownership.as_ref().and_then(|d| d.issuer.issuer_name.clone()).or_else(|| filing.header.as_ref().and_then(|h| h.issuer()).and_then(|e| e.name.clone()))
}

fn header_owner_name(filing: &Filing, cik: i64) -> Option<String> {
    filing.header.as_ref()?.entities_with(EntityRole::ReportingOwner).find(|e| e.cik.as_deref().and_then(cik_number) == Some(cik)).and_then(|e| e.name.clone())
}

fn insert_rows(tx: &SqlTx, filing_id: i64, issuer_cik: Option<i64>, doc: &OwnershipDocument) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO rows (filing_id, issuer_cik, is_derivative, is_holding, ordinal, security_title, transaction_date, deemed_date,
            coding_form, code, equity_swap, timeliness, shares, total_value, price, acquired_disposed, owned_after, value_owned_after,
            direct_indirect, nature, conversion_price, exercise_date, expiration_date, underlying_title, underlying_shares, underlying_value, footnotes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27)",
    )?;
    for (derivative, t) in [(false, doc.non_derivative_table.as_ref().map(|t| &t.non_derivative_transaction)), (true, doc.derivative_table.as_ref().map(|t| &t.derivative_transaction))] {
        for (i, r) in t.into_iter().flatten().enumerate() {
            let coding = r.transaction_coding.as_ref();
            let amounts = r.transaction_amounts.as_ref();
            let post = r.post_transaction_amounts.as_ref();
            let nature = r.ownership_nature.as_ref();
            let under = r.underlying_security.as_ref();
            let notes = row_footnotes(&[
                ("securityTitle", ids(r.security_title.as_ref())),
                ("conversionOrExercisePrice", ids(r.conversion_or_exercise_price.as_ref())),
                ("transactionDate", ids(r.transaction_date.as_ref())),
                ("deemedExecutionDate", ids(r.deemed_execution_date.as_ref())),
                ("transactionCoding", coding.map(|c| &c.footnote_id)),
                ("transactionTimeliness", ids(r.transaction_timeliness.as_ref())),
                ("transactionShares", ids(amounts.and_then(|x| x.transaction_shares.as_ref()))),
                ("transactionTotalValue", ids(amounts.and_then(|x| x.transaction_total_value.as_ref()))),
                ("transactionPricePerShare", ids(amounts.and_then(|x| x.transaction_price_per_share.as_ref()))),
                ("transactionAcquiredDisposedCode", ids(amounts.and_then(|x| x.transaction_acquired_disposed_code.as_ref()))),
                ("exerciseDate", ids(r.exercise_date.as_ref())),
                ("expirationDate", ids(r.expiration_date.as_ref())),
                ("underlyingSecurityTitle", ids(under.and_then(|x| x.underlying_security_title.as_ref()))),
                ("underlyingSecurityShares", ids(under.and_then(|x| x.underlying_security_shares.as_ref()))),
                ("underlyingSecurityValue", ids(under.and_then(|x| x.underlying_security_value.as_ref()))),
                ("sharesOwnedFollowingTransaction", ids(post.and_then(|x| x.shares_owned_following_transaction.as_ref()))),
                ("valueOwnedFollowingTransaction", ids(post.and_then(|x| x.value_owned_following_transaction.as_ref()))),
                ("directOrIndirectOwnership", ids(nature.and_then(|x| x.direct_or_indirect_ownership.as_ref()))),
                ("natureOfOwnership", ids(nature.and_then(|x| x.nature_of_ownership.as_ref()))),
            ]);
            stmt.execute(params![
                filing_id,
                issuer_cik,
                derivative,
                false,
                i as i64 + 1,
                txt(r.security_title.as_ref()),
                day(r.transaction_date.as_ref()),
                day(r.deemed_execution_date.as_ref()),
                coding.and_then(|c| c.transaction_form_type.as_deref()),
                coding.and_then(|c| c.transaction_code.as_deref()),
                coding.and_then(|c| c.equity_swap_involved.as_ref()).and_then(Parsed::ok).map(|f| f.value),
                txt(r.transaction_timeliness.as_ref()),
                dec(amounts.and_then(|x| x.transaction_shares.as_ref())),
                dec(amounts.and_then(|x| x.transaction_total_value.as_ref())),
                dec(amounts.and_then(|x| x.transaction_price_per_share.as_ref())),
                txt(amounts.and_then(|x| x.transaction_acquired_disposed_code.as_ref())),
                dec(post.and_then(|x| x.shares_owned_following_transaction.as_ref())),
                dec(post.and_then(|x| x.value_owned_following_transaction.as_ref())),
                txt(nature.and_then(|x| x.direct_or_indirect_ownership.as_ref())),
                txt(nature.and_then(|x| x.nature_of_ownership.as_ref())),
                dec(r.conversion_or_exercise_price.as_ref()),
                day(r.exercise_date.as_ref()),
                day(r.expiration_date.as_ref()),
                txt(under.and_then(|x| x.underlying_security_title.as_ref())),
                dec(under.and_then(|x| x.underlying_security_shares.as_ref())),
                dec(under.and_then(|x| x.underlying_security_value.as_ref())),
                notes,
            ])?;
        }
    }
    for (derivative, t) in [(false, doc.non_derivative_table.as_ref().map(|t| &t.non_derivative_holding)), (true, doc.derivative_table.as_ref().map(|t| &t.derivative_holding))] {
        for (i, h) in t.into_iter().flatten().enumerate() {
            let coding = h.transaction_coding.as_ref();
            let post = h.post_transaction_amounts.as_ref();
            let nature = h.ownership_nature.as_ref();
            let under = h.underlying_security.as_ref();
            let notes = row_footnotes(&[
                ("securityTitle", ids(h.security_title.as_ref())),
                ("conversionOrExercisePrice", ids(h.conversion_or_exercise_price.as_ref())),
                ("transactionCoding", coding.map(|c| &c.footnote_id)),
                ("exerciseDate", ids(h.exercise_date.as_ref())),
                ("expirationDate", ids(h.expiration_date.as_ref())),
                ("underlyingSecurityTitle", ids(under.and_then(|x| x.underlying_security_title.as_ref()))),
                ("underlyingSecurityShares", ids(under.and_then(|x| x.underlying_security_shares.as_ref()))),
                ("underlyingSecurityValue", ids(under.and_then(|x| x.underlying_security_value.as_ref()))),
                ("sharesOwnedFollowingTransaction", ids(post.and_then(|x| x.shares_owned_following_transaction.as_ref()))),
                ("valueOwnedFollowingTransaction", ids(post.and_then(|x| x.value_owned_following_transaction.as_ref()))),
                ("directOrIndirectOwnership", ids(nature.and_then(|x| x.direct_or_indirect_ownership.as_ref()))),
                ("natureOfOwnership", ids(nature.and_then(|x| x.nature_of_ownership.as_ref()))),
            ]);
            stmt.execute(params![
                filing_id,
                issuer_cik,
                derivative,
                true,
                i as i64 + 1,
                txt(h.security_title.as_ref()),
                None::<String>,
                None::<String>,
                coding.and_then(|c| c.transaction_form_type.as_deref()),
                coding.and_then(|c| c.transaction_code.as_deref()),
                None::<bool>,
                None::<String>,
                None::<String>,
                None::<String>,
                None::<String>,
                None::<String>,
                dec(post.and_then(|x| x.shares_owned_following_transaction.as_ref())),
                dec(post.and_then(|x| x.value_owned_following_transaction.as_ref())),
                txt(nature.and_then(|x| x.direct_or_indirect_ownership.as_ref())),
                txt(nature.and_then(|x| x.nature_of_ownership.as_ref())),
                dec(h.conversion_or_exercise_price.as_ref()),
                day(h.exercise_date.as_ref()),
                day(h.expiration_date.as_ref()),
                txt(under.and_then(|x| x.underlying_security_title.as_ref())),
                dec(under.and_then(|x| x.underlying_security_shares.as_ref())),
                dec(under.and_then(|x| x.underlying_security_value.as_ref())),
                notes,
            ])?;
        }
    }
    Ok(())
}
