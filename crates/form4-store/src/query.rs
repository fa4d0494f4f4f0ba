//! Reading the ledger: transactions, holdings over time, insiders, filings.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use form4_model::{Decimal, Filing};
use rusqlite::types::Value;
use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use crate::{cik_number, Result, Store, StoreError};

/// Which transactions to list. Empty fields do not filter.
#[derive(Debug, Clone)]
pub struct TransactionFilter {
    /// Issuer CIK or ticker.
    pub issuer: Option<String>,
    /// Reporting owner CIK, or part of a name (case-insensitive).
    pub owner: Option<String>,
    /// Earliest transaction date.
    pub from: Option<NaiveDate>,
    /// Latest transaction date.
    pub to: Option<NaiveDate>,
    /// Transaction codes (P, S, M…).
    pub codes: Vec<String>,
    /// Form type of the filing (`4`, `4/A`, `5`…).
    pub form: Option<String>,
    /// Only Table II (true) or Table I (false) rows.
    pub derivative: Option<bool>,
    /// Include rows of filings replaced by a later amendment.
    pub include_superseded: bool,
    /// Most rows to return.
    pub limit: usize,
    /// Rows to skip (pagination).
    pub offset: usize,
    /// Oldest first instead of newest first.
    pub ascending: bool,
}

impl Default for TransactionFilter {
    fn default() -> Self {
        TransactionFilter { issuer: None, owner: None, from: None, to: None, codes: Vec::new(), form: None, derivative: None, include_superseded: false, limit: 100, offset: 0, ascending: false }
    }
}

/// One transaction row with its filing's context.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TransactionRow {
    /// Row id in the ledger.
    pub id: i64,
    /// Accession number (or content key) of the filing.
    pub filing: String,
    /// Form type of the filing.
    pub form_type: Option<String>,
    /// The business day the filing counts as filed.
    pub filed_on: Option<String>,
    /// Issuer CIK.
    pub issuer_cik: Option<i64>,
    /// Issuer name.
    pub issuer_name: Option<String>,
    /// Trading symbol.
    pub ticker: Option<String>,
    /// Reporting owners' CIKs, comma-separated (a joint filing has several).
    pub owner_ciks: String,
    /// Reporting owners' names, `; `-separated.
    pub owners: Option<String>,
    /// Table II.
    pub derivative: bool,
    /// Title of the security.
    pub security_title: Option<String>,
    /// Transaction date.
    pub transaction_date: Option<String>,
    /// Transaction code.
    pub code: Option<String>,
    /// A or D.
    pub acquired_disposed: Option<String>,
    /// Number of securities (exact decimal).
    pub shares: Option<String>,
    /// Price per share (exact decimal).
    pub price: Option<String>,
    /// Amount owned after the transaction.
    pub owned_after: Option<String>,
    /// D or I.
    pub direct_indirect: Option<String>,
    /// Nature of indirect ownership.
    pub nature: Option<String>,
    /// Business days the filing was late, when known.
    pub days_late: Option<i64>,
    /// Replaced by a later amendment.
    pub superseded: bool,
}

/// One point of a holding's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HoldingPoint {
    /// The transaction date, or the filing's period of report for a holding row.
    pub date: Option<String>,
    /// Filing it comes from.
    pub filing: String,
    /// Form type of that filing.
    pub form_type: Option<String>,
    /// Transaction code (none for a holding row).
    pub code: Option<String>,
    /// A or D.
    pub acquired_disposed: Option<String>,
    /// Amount of the transaction.
    pub shares: Option<String>,
    /// Amount reported owned afterwards.
    pub owned_after: Option<String>,
    /// What the previous point plus this change gives, when it disagrees with `owned_after`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_after: Option<String>,
    /// The roll-forward breaks here: a data error or a missing filing.
    pub roll_forward_break: bool,
}

/// The history of one position: an owner's holding of one security in one form of
/// ownership at one issuer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HoldingSeries {
    /// Issuer CIK.
    pub issuer_cik: Option<i64>,
    /// Issuer name.
    pub issuer_name: Option<String>,
    /// Trading symbol.
    pub ticker: Option<String>,
    /// Security title (as first reported).
    pub security_title: Option<String>,
    /// Table II.
    pub derivative: bool,
    /// D or I.
    pub direct_indirect: Option<String>,
    /// Nature of indirect ownership.
    pub nature: Option<String>,
    /// Points, oldest first.
    pub points: Vec<HoldingPoint>,
    /// The latest amount owned.
    pub current: Option<String>,
    /// How many points break the roll-forward.
    pub breaks: usize,
}

/// An insider of an issuer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Insider {
    /// Reporting owner CIK.
    pub owner_cik: i64,
    /// Name.
    pub name: Option<String>,
    /// Relationship on the latest filing.
    pub relationship: String,
    /// Number of filings for this issuer.
    pub filings: i64,
    /// Latest filing date.
    pub last_filed: Option<String>,
    /// Current non-derivative holdings: security, form, amount, as of.
    pub holdings: Vec<CurrentHolding>,
}

/// A current position.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CurrentHolding {
    /// Security title.
    pub security_title: Option<String>,
    /// D or I.
    pub direct_indirect: Option<String>,
    /// Nature of indirect ownership.
    pub nature: Option<String>,
    /// Amount owned.
    pub owned: Option<String>,
    /// As of this date.
    pub as_of: Option<String>,
}

/// Ledger totals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LedgerCounts {
    /// Filings.
    pub filings: i64,
    /// Filings replaced by a later amendment.
    pub superseded: i64,
    /// Transaction rows.
    pub transactions: i64,
    /// Holding rows.
    pub holdings: i64,
    /// Issuers.
    pub issuers: i64,
    /// Reporting owners.
    pub owners: i64,
    /// Check findings.
    pub findings: i64,
    /// Rejected inputs.
    pub rejects: i64,
}

fn norm(s: Option<&str>) -> String {
    s.unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

impl Store {
    /// The issuer CIK for a CIK or ticker; `None` when nothing matches.
    pub fn issuer_cik(&self, issuer: &str) -> Result<Option<i64>> {
        if let Some(cik) = cik_number(issuer) {
            return Ok(Some(cik));
        }
        Ok(self.conn.query_row("SELECT cik FROM issuers WHERE ticker = ?1 COLLATE NOCASE ORDER BY last_filed DESC LIMIT 1", [issuer.trim()], |r| r.get(0)).optional()?)
    }

    /// Lists transactions matching the filter, newest first (or oldest with `ascending`).
    pub fn transactions(&self, f: &TransactionFilter) -> Result<Vec<TransactionRow>> {
        let mut sql = String::from(
            "SELECT r.id, f.key, f.form_type, f.filed_on, f.issuer_cik, f.issuer_name, f.ticker, f.owner_group,
                (SELECT group_concat(name, '; ') FROM (SELECT name FROM filing_owners WHERE filing_id = f.id ORDER BY ordinal)),
                r.is_derivative, r.security_title, r.transaction_date, r.code, r.acquired_disposed, r.shares, r.price,
                r.owned_after, r.direct_indirect, r.nature, f.days_late, f.superseded_by IS NOT NULL
             FROM rows r JOIN filings f ON f.id = r.filing_id
             WHERE r.is_holding = 0",
        );
        let mut args: Vec<Value> = Vec::new();
        if let Some(issuer) = &f.issuer {
            match self.issuer_cik(issuer)? {
                Some(cik) => {
                    sql.push_str(" AND r.issuer_cik = ?");
                    args.push(Value::Integer(cik));
                }
                None => return Ok(Vec::new()),
            }
        }
        if let Some(owner) = &f.owner {
            match cik_number(owner) {
                Some(cik) => {
                    // IN (…) lets SQLite start from the owner's index entry instead of scanning every row.
                    sql.push_str(" AND r.filing_id IN (SELECT fo.filing_id FROM filing_owners fo WHERE fo.owner_cik = ?)");
                    args.push(Value::Integer(cik));
                }
                None => {
                    sql.push_str(" AND r.filing_id IN (SELECT fo.filing_id FROM filing_owners fo WHERE fo.name LIKE '%' || ? || '%')");
                    args.push(Value::Text(owner.trim().to_string()));
                }
            }
        }
        if let Some(from) = f.from {
            sql.push_str(" AND r.transaction_date >= ?");
            args.push(Value::Text(from.to_string()));
        }
        if let Some(to) = f.to {
            sql.push_str(" AND r.transaction_date <= ?");
            args.push(Value::Text(to.to_string()));
        }
        if !f.codes.is_empty() {
            sql.push_str(&format!(" AND r.code IN ({})", vec!["?"; f.codes.len()].join(",")));
            args.extend(f.codes.iter().map(|c| Value::Text(c.trim().to_uppercase())));
        }
        if let Some(form) = &f.form {
            sql.push_str(" AND f.form_type = ?");
            args.push(Value::Text(form.trim().to_uppercase()));
        }
        if let Some(d) = f.derivative {
            sql.push_str(" AND r.is_derivative = ?");
            args.push(Value::Integer(d as i64));
        }
        if !f.include_superseded {
            sql.push_str(" AND f.superseded_by IS NULL");
        }
        let dir = if f.ascending { "ASC" } else { "DESC" };
        sql.push_str(&format!(" ORDER BY r.transaction_date {dir}, f.accepted_at {dir}, r.id {dir} LIMIT ? OFFSET ?"));
        args.push(Value::Integer(f.limit.min(1_000_000) as i64));
        args.push(Value::Integer(f.offset as i64));
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), |r| {
            Ok(TransactionRow {
                id: r.get(0)?,
                filing: r.get(1)?,
                form_type: r.get(2)?,
                filed_on: r.get(3)?,
                issuer_cik: r.get(4)?,
                issuer_name: r.get(5)?,
                ticker: r.get(6)?,
                owner_ciks: r.get(7)?,
                owners: r.get(8)?,
                derivative: r.get(9)?,
                security_title: r.get(10)?,
                transaction_date: r.get(11)?,
                code: r.get(12)?,
                acquired_disposed: r.get(13)?,
                shares: r.get(14)?,
                price: r.get(15)?,
                owned_after: r.get(16)?,
                direct_indirect: r.get(17)?,
                nature: r.get(18)?,
                days_late: r.get(19)?,
                superseded: r.get(20)?,
            })
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// The history of every position of a reporting owner (CIK or part of a name), at
    /// one issuer or all, from every current (not superseded) filing, with roll-forward
    /// breaks flagged.
    pub fn holdings(&self, owner: &str, issuer: Option<&str>) -> Result<Vec<HoldingSeries>> {
        let owner_filter = match cik_number(owner) {
            Some(cik) => (String::from("fo.owner_cik = ?1"), Value::Integer(cik)),
            None => (String::from("fo.name LIKE '%' || ?1 || '%'"), Value::Text(owner.trim().to_string())),
        };
        let issuer_cik = match issuer {
            Some(i) => match self.issuer_cik(i)? {
                Some(c) => Some(c),
                None => return Ok(Vec::new()),
            },
            None => None,
        };
        let sql = format!(
            "SELECT f.issuer_cik, f.issuer_name, f.ticker, r.security_title, r.is_derivative, r.direct_indirect, r.nature,
                COALESCE(r.transaction_date, f.period_of_report), f.key, f.form_type, r.code, r.acquired_disposed, r.shares,
                r.owned_after, r.is_holding
             FROM rows r JOIN filings f ON f.id = r.filing_id
             WHERE f.superseded_by IS NULL
               AND f.id IN (SELECT fo.filing_id FROM filing_owners fo WHERE {})
               AND (?2 IS NULL OR f.issuer_cik = ?2)
             ORDER BY f.issuer_cik, r.is_derivative, COALESCE(r.transaction_date, f.period_of_report),
                COALESCE(f.accepted_at, f.filed_as_of), r.is_holding, r.ordinal",
            owner_filter.0
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut series: Vec<HoldingSeries> = Vec::new();
        let mut index: BTreeMap<(Option<i64>, bool, String, String, String), usize> = BTreeMap::new();
        let mut rows = stmt.query(params![owner_filter.1, issuer_cik])?;
        while let Some(r) = rows.next()? {
            let title: Option<String> = r.get(3)?;
            let derivative: bool = r.get(4)?;
            let di: Option<String> = r.get(5)?;
            let nature: Option<String> = r.get(6)?;
            let issuer: Option<i64> = r.get(0)?;
            let key = (issuer, derivative, norm(title.as_deref()), norm(di.as_deref()), norm(nature.as_deref()));
            let slot = *index.entry(key).or_insert_with(|| {
                series.push(HoldingSeries {
                    issuer_cik: issuer,
                    issuer_name: None,
                    ticker: None,
                    security_title: title.clone(),
                    derivative,
                    direct_indirect: di.clone(),
                    nature: nature.clone(),
                    points: Vec::new(),
                    current: None,
                    breaks: 0,
                });
                series.len() - 1
            });
            let s = &mut series[slot];
            s.issuer_name = r.get(1)?;
            s.ticker = r.get(2)?;
            let is_holding: bool = r.get(14)?;
            let mut point = HoldingPoint {
                date: r.get(7)?,
                filing: r.get(8)?,
                form_type: r.get(9)?,
                code: if is_holding { None } else { r.get(10)? },
                acquired_disposed: r.get(11)?,
                shares: r.get(12)?,
                owned_after: r.get(13)?,
                expected_after: None,
                roll_forward_break: false,
            };
            let prev = s.points.last().and_then(|p| p.owned_after.as_deref()).and_then(|v| v.parse::<Decimal>().ok());
            let change = point.shares.as_deref().and_then(|v| v.parse::<Decimal>().ok());
            let after = point.owned_after.as_deref().and_then(|v| v.parse::<Decimal>().ok());
            if let (false, Some(prev), Some(change), Some(after)) = (is_holding, prev, change, after) {
                let expected = match point.acquired_disposed.as_deref() {
                    Some("A") => prev.checked_add(change),
                    Some("D") => prev.checked_sub(change),
                    _ => None,
                };
                if let Some(expected) = expected.filter(|e| *e != after) {
                    point.expected_after = Some(expected.to_string());
                    point.roll_forward_break = true;
                    s.breaks += 1;
                }
            }
            if point.owned_after.is_some() {
                s.current = point.owned_after.clone();
            }
            s.points.push(point);
        }
        Ok(series)
    }

    /// The insiders of an issuer (CIK or ticker): who, in what role on their latest
    /// filing, how many filings, and their current non-derivative holdings.
    pub fn insiders(&self, issuer: &str) -> Result<Vec<Insider>> {
        let Some(cik) = self.issuer_cik(issuer)? else {
            return Err(StoreError::BadQuery(format!("no issuer {issuer:?} in the ledger")));
        };
        // Each owner's latest current filing for the issuer, and how many they made.
        let mut stmt = self.conn.prepare_cached(
            "WITH mine AS (
                SELECT fo.owner_cik, fo.name, fo.is_director, fo.is_officer, fo.is_ten_percent, fo.is_other, fo.officer_title,
                       fo.other_text, f.filed_on, COALESCE(f.accepted_at, f.filed_as_of) AS at, f.id AS fid
                FROM filings f JOIN filing_owners fo ON fo.filing_id = f.id
                WHERE f.issuer_cik = ?1 AND f.superseded_by IS NULL),
             ranked AS (
                SELECT *, row_number() OVER (PARTITION BY owner_cik ORDER BY at DESC, fid DESC) AS rn,
                       count(*) OVER (PARTITION BY owner_cik) AS n
                FROM mine)
             SELECT owner_cik, name, is_director, is_officer, is_ten_percent, is_other, officer_title, other_text, filed_on, n
             FROM ranked WHERE rn = 1 ORDER BY filed_on DESC, name",
        )?;
        let mut insiders: Vec<Insider> = stmt
            .query_map([cik], |r| {
                let mut roles = Vec::new();
                if r.get::<_, bool>(2)? {
                    roles.push("Director".to_string());
                }
                if r.get::<_, bool>(3)? {
                    let title: Option<String> = r.get(6)?;
                    roles.push(title.map_or("Officer".into(), |t| format!("Officer ({t})")));
                }
                if r.get::<_, bool>(4)? {
                    roles.push("10% owner".into());
                }
                if r.get::<_, bool>(5)? {
                    let text: Option<String> = r.get(7)?;
                    roles.push(text.map_or("Other".into(), |t| format!("Other ({t})")));
                }
                Ok(Insider { owner_cik: r.get(0)?, name: r.get(1)?, relationship: roles.join(", "), filings: r.get(9)?, last_filed: r.get(8)?, holdings: Vec::new() })
            })?
            .collect::<std::result::Result<_, _>>()?;
        // Current Table I positions: the last amount reported per owner and position, in one pass.
        let mut stmt = self.conn.prepare_cached(
            "SELECT fo.owner_cik, r.security_title, r.direct_indirect, r.nature, r.owned_after, COALESCE(r.transaction_date, f.period_of_report)
             FROM rows r JOIN filings f ON f.id = r.filing_id JOIN filing_owners fo ON fo.filing_id = f.id
             WHERE f.issuer_cik = ?1 AND f.superseded_by IS NULL AND r.is_derivative = 0 AND r.owned_after IS NOT NULL
             ORDER BY COALESCE(r.transaction_date, f.period_of_report), COALESCE(f.accepted_at, f.filed_as_of), r.is_holding, r.ordinal",
        )?;
        let mut current: BTreeMap<(i64, String, String, String), (usize, CurrentHolding)> = BTreeMap::new();
        let mut rows = stmt.query([cik])?;
        let mut order = 0;
        while let Some(r) = rows.next()? {
            let owner: i64 = r.get(0)?;
            let h = CurrentHolding { security_title: r.get(1)?, direct_indirect: r.get(2)?, nature: r.get(3)?, owned: r.get(4)?, as_of: r.get(5)? };
            let key = (owner, norm(h.security_title.as_deref()), norm(h.direct_indirect.as_deref()), norm(h.nature.as_deref()));
            let first_seen = current.get(&key).map_or(order, |(o, _)| *o);
            current.insert(key, (first_seen, h));
            order += 1;
        }
        for insider in &mut insiders {
            let mut mine: Vec<(usize, CurrentHolding)> =
                current.range((insider.owner_cik, String::new(), String::new(), String::new())..).take_while(|(k, _)| k.0 == insider.owner_cik).map(|(_, v)| v.clone()).collect();
            mine.sort_by_key(|(o, _)| *o);
            insider.holdings = mine.into_iter().map(|(_, h)| h).collect();
        }
        Ok(insiders)
    }

    /// A filing by accession number (or `sha256:` key), as read.
    pub fn filing(&self, key: &str) -> Result<Option<Filing>> {
        let blob: Option<Vec<u8>> = self.conn.query_row("SELECT d.json_zst FROM filings f JOIN filing_documents d ON d.filing_id = f.id WHERE f.key = ?1", [key.trim()], |r| r.get(0)).optional()?;
        let Some(blob) = blob else { return Ok(None) };
        let json = zstd::bulk::decompress(&blob, 64 << 20).map_err(|e| StoreError::Damaged(e.to_string()))?;
        serde_json::from_slice(&json).map(Some).map_err(|e| StoreError::Damaged(e.to_string()))
    }

    /// Totals.
    pub fn counts(&self) -> Result<LedgerCounts> {
        let one = |sql: &str| -> Result<i64> { Ok(self.conn.query_row(sql, [], |r| r.get(0))?) };
        Ok(LedgerCounts {
            filings: one("SELECT count(*) FROM filings")?,
            superseded: one("SELECT count(*) FROM filings WHERE superseded_by IS NOT NULL")?,
            transactions: one("SELECT count(*) FROM rows WHERE is_holding = 0")?,
            holdings: one("SELECT count(*) FROM rows WHERE is_holding = 1")?,
            issuers: one("SELECT count(*) FROM issuers")?,
            owners: one("SELECT count(*) FROM owners")?,
            findings: one("SELECT count(*) FROM findings")?,
            rejects: one("SELECT count(*) FROM rejects")?,
        })
    }

    /// Rejected inputs: source path and reason, oldest first.
    pub fn rejects(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare_cached("SELECT source_path, reason FROM rejects ORDER BY id")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// The superseding filing's key, if this filing was replaced by an amendment.
    pub fn superseded_by(&self, key: &str) -> Result<Option<String>> {
        Ok(self.conn.query_row("SELECT a.key FROM filings f JOIN filings a ON a.id = f.superseded_by WHERE f.key = ?1", [key], |r| r.get(0)).optional()?)
    }
}

/// An issuer at a glance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IssuerSummary {
    /// CIK.
    pub cik: i64,
    /// Name (latest filing).
    pub name: Option<String>,
    /// Trading symbol (latest filing).
    pub ticker: Option<String>,
    /// Latest filing date.
    pub last_filed: Option<String>,
    /// Filings in the ledger (current ones).
    pub filings: i64,
    /// Transaction rows in current filings.
    pub transactions: i64,
    /// Current filings filed late.
    pub late_filings: i64,
}

/// Open-market buying and selling in one month (Table I, codes P and S, current filings).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MonthlyFlow {
    /// `YYYY-MM`.
    pub month: String,
    /// Shares bought (P).
    pub bought_shares: String,
    /// Value bought: Σ shares × price.
    pub bought_value: String,
    /// Shares sold (S).
    pub sold_shares: String,
    /// Value sold.
    pub sold_value: String,
    /// Value bought − value sold.
    pub net_value: String,
    /// Transactions counted.
    pub transactions: i64,
}

/// A filing made after its deadline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LateFiling {
    /// Accession number (or content key).
    pub filing: String,
    /// Form type.
    pub form_type: Option<String>,
    /// Issuer CIK.
    pub issuer_cik: Option<i64>,
    /// Issuer name.
    pub issuer_name: Option<String>,
    /// Ticker.
    pub ticker: Option<String>,
    /// Reporting owners' names.
    pub owners: Option<String>,
    /// Deadline.
    pub deadline: Option<String>,
    /// Counted as filed on.
    pub filed_on: Option<String>,
    /// Business days late.
    pub days_late: i64,
}

/// A reporting owner at a glance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OwnerSummary {
    /// CIK.
    pub cik: i64,
    /// Name (latest filing).
    pub name: Option<String>,
    /// The issuers they report on.
    pub issuers: Vec<OwnerIssuer>,
}

/// One issuer of a reporting owner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OwnerIssuer {
    /// Issuer CIK.
    pub cik: Option<i64>,
    /// Issuer name.
    pub name: Option<String>,
    /// Ticker.
    pub ticker: Option<String>,
    /// Relationship on the latest filing.
    pub relationship: String,
    /// Filings (current).
    pub filings: i64,
    /// Latest filing date.
    pub last_filed: Option<String>,
}

/// What a search matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchResults {
    /// Issuers by ticker, name or CIK.
    pub issuers: Vec<IssuerSummaryLine>,
    /// Reporting owners by name or CIK.
    pub owners: Vec<OwnerLine>,
}

/// An issuer in search results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IssuerSummaryLine {
    /// CIK.
    pub cik: i64,
    /// Name.
    pub name: Option<String>,
    /// Ticker.
    pub ticker: Option<String>,
}

/// An owner in search results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OwnerLine {
    /// CIK.
    pub cik: i64,
    /// Name.
    pub name: Option<String>,
    /// Latest filing date.
    pub last_filed: Option<String>,
}

/// A stored filing's ledger facts beyond the record itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FilingFacts {
    /// Ledger key.
    pub key: String,
    /// Deadline, for original forms.
    pub deadline: Option<String>,
    /// Counted as filed on.
    pub filed_on: Option<String>,
    /// Business days late.
    pub days_late: Option<i64>,
    /// The amendment that replaces it, if any.
    pub superseded_by: Option<String>,
    /// Check findings and reader warnings.
    pub findings: Vec<form4_model::Diagnostic>,
}

fn role(director: bool, officer: bool, ten: bool, other: bool, title: Option<String>, text: Option<String>) -> String {
    let mut roles = Vec::new();
    if director {
        roles.push("Director".to_string());
    }
    if officer {
        roles.push(title.map_or("Officer".into(), |t| format!("Officer ({t})")));
    }
    if ten {
        roles.push("10% owner".into());
    }
    if other {
        roles.push(text.map_or("Other".into(), |t| format!("Other ({t})")));
    }
    roles.join(", ")
}

impl Store {
    /// An issuer's summary; `None` if the ledger has nothing for it.
    pub fn issuer_summary(&self, issuer: &str) -> Result<Option<IssuerSummary>> {
        let Some(cik) = self.issuer_cik(issuer)? else { return Ok(None) };
        Ok(self
            .conn
            .query_row(
                "SELECT i.cik, i.name, i.ticker, i.last_filed,
                    (SELECT count(*) FROM filings WHERE issuer_cik = i.cik AND superseded_by IS NULL),
                    (SELECT count(*) FROM rows r JOIN filings f ON f.id = r.filing_id WHERE r.issuer_cik = i.cik AND r.is_holding = 0 AND f.superseded_by IS NULL),
                    (SELECT count(*) FROM filings WHERE issuer_cik = i.cik AND superseded_by IS NULL AND days_late > 0)
                 FROM issuers i WHERE i.cik = ?1",
                [cik],
                |r| Ok(IssuerSummary { cik: r.get(0)?, name: r.get(1)?, ticker: r.get(2)?, last_filed: r.get(3)?, filings: r.get(4)?, transactions: r.get(5)?, late_filings: r.get(6)? }),
            )
            .optional()?)
    }

    /// Monthly open-market buying (P) and selling (S) at an issuer, oldest first. Values
    /// are exact: shares × price summed as decimals. Rows without a price count in shares only.
    pub fn monthly_flows(&self, issuer_cik: i64) -> Result<Vec<MonthlyFlow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT substr(r.transaction_date, 1, 7), r.code, r.shares, r.price
             FROM rows r JOIN filings f ON f.id = r.filing_id
             WHERE r.issuer_cik = ?1 AND r.is_holding = 0 AND r.is_derivative = 0 AND r.code IN ('P', 'S')
               AND f.superseded_by IS NULL AND r.transaction_date IS NOT NULL
             ORDER BY 1",
        )?;
        let mut months: BTreeMap<String, [Decimal; 4]> = BTreeMap::new();
        let mut counts: BTreeMap<String, i64> = BTreeMap::new();
        let mut rows = stmt.query([issuer_cik])?;
        while let Some(r) = rows.next()? {
            let month: String = r.get(0)?;
            let code: String = r.get(1)?;
            let shares = r.get::<_, Option<String>>(2)?.and_then(|s| s.parse::<Decimal>().ok()).unwrap_or_default();
            let price = r.get::<_, Option<String>>(3)?.and_then(|s| s.parse::<Decimal>().ok()).unwrap_or_default();
            let value = shares.checked_mul(price).unwrap_or_default();
            let m = months.entry(month.clone()).or_default();
            let (s, v) = if code == "P" { (0, 1) } else { (2, 3) };
            // Sums beyond the decimal range (nonsense amounts) are left out rather than panicking.
            m[s] = m[s].checked_add(shares).unwrap_or(m[s]);
            m[v] = m[v].checked_add(value).unwrap_or(m[v]);
            *counts.entry(month).or_default() += 1;
        }
        Ok(months
            .into_iter()
            .map(|(month, [bs, bv, ss, sv])| MonthlyFlow {
                transactions: counts[&month],
                bought_shares: bs.normalize().to_string(),
                bought_value: bv.normalize().to_string(),
                sold_shares: ss.normalize().to_string(),
                sold_value: sv.normalize().to_string(),
                net_value: bv.checked_sub(sv).unwrap_or_default().normalize().to_string(),
                month,
            })
            .collect())
    }

    /// Late filings, most late first; for one issuer or all.
    pub fn late_filings(&self, issuer_cik: Option<i64>, limit: usize, offset: usize) -> Result<Vec<LateFiling>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT f.key, f.form_type, f.issuer_cik, f.issuer_name, f.ticker,
                (SELECT group_concat(name, '; ') FROM (SELECT name FROM filing_owners WHERE filing_id = f.id ORDER BY ordinal)),
                f.deadline, f.filed_on, f.days_late
             FROM filings f
             WHERE f.days_late > 0 AND f.superseded_by IS NULL AND (?1 IS NULL OR f.issuer_cik = ?1)
             ORDER BY f.days_late DESC, f.filed_on DESC, f.id DESC LIMIT ?2 OFFSET ?3",
        )?;
        let rows = stmt.query_map(params![issuer_cik, limit as i64, offset as i64], |r| {
            Ok(LateFiling {
                filing: r.get(0)?,
                form_type: r.get(1)?,
                issuer_cik: r.get(2)?,
                issuer_name: r.get(3)?,
                ticker: r.get(4)?,
                owners: r.get(5)?,
                deadline: r.get(6)?,
                filed_on: r.get(7)?,
                days_late: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// A reporting owner's summary; `None` if unknown.
    pub fn owner_summary(&self, cik: i64) -> Result<Option<OwnerSummary>> {
        let name: Option<Option<String>> = self.conn.query_row("SELECT name FROM owners WHERE cik = ?1", [cik], |r| r.get(0)).optional()?;
        let Some(name) = name else { return Ok(None) };
        let mut stmt = self.conn.prepare_cached(
            "WITH mine AS (
                SELECT f.issuer_cik, f.issuer_name, f.ticker, fo.is_director, fo.is_officer, fo.is_ten_percent, fo.is_other,
                       fo.officer_title, fo.other_text, f.filed_on, COALESCE(f.accepted_at, f.filed_as_of) AS at, f.id AS fid
                FROM filing_owners fo JOIN filings f ON f.id = fo.filing_id
                WHERE fo.owner_cik = ?1 AND f.superseded_by IS NULL),
             ranked AS (
                SELECT *, row_number() OVER (PARTITION BY issuer_cik ORDER BY at DESC, fid DESC) AS rn,
                       count(*) OVER (PARTITION BY issuer_cik) AS n FROM mine)
             SELECT issuer_cik, issuer_name, ticker, is_director, is_officer, is_ten_percent, is_other, officer_title, other_text, n, filed_on
             FROM ranked WHERE rn = 1 ORDER BY filed_on DESC",
        )?;
        let issuers = stmt
            .query_map([cik], |r| {
                Ok(OwnerIssuer {
                    cik: r.get(0)?,
                    name: r.get(1)?,
                    ticker: r.get(2)?,
                    relationship: role(r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?),
                    filings: r.get(9)?,
                    last_filed: r.get(10)?,
                })
            })?
            .collect::<std::result::Result<_, _>>()?;
        Ok(Some(OwnerSummary { cik, name, issuers }))
    }

    /// Issuers and owners matching a ticker, CIK or part of a name.
    pub fn search(&self, q: &str, limit: usize) -> Result<SearchResults> {
        let q = q.trim();
        let cik = cik_number(q);
        let mut stmt = self.conn.prepare_cached(
            "SELECT cik, name, ticker FROM issuers
             WHERE cik = ?2 OR ticker = ?1 COLLATE NOCASE OR name LIKE '%' || ?1 || '%'
             ORDER BY (ticker = ?1 COLLATE NOCASE) DESC, last_filed DESC LIMIT ?3",
        )?;
        let issuers = stmt.query_map(params![q, cik, limit as i64], |r| Ok(IssuerSummaryLine { cik: r.get(0)?, name: r.get(1)?, ticker: r.get(2)? }))?.collect::<std::result::Result<_, _>>()?;
        let mut stmt = self.conn.prepare_cached("SELECT cik, name, last_filed FROM owners WHERE cik = ?2 OR name LIKE '%' || ?1 || '%' ORDER BY last_filed DESC LIMIT ?3")?;
        let owners = stmt.query_map(params![q, cik, limit as i64], |r| Ok(OwnerLine { cik: r.get(0)?, name: r.get(1)?, last_filed: r.get(2)? }))?.collect::<std::result::Result<_, _>>()?;
        Ok(SearchResults { issuers, owners })
    }

    /// The ledger facts of a filing (deadline, lateness, supersession, findings).
    pub fn filing_facts(&self, key: &str) -> Result<Option<FilingFacts>> {
        let row = self
            .conn
            .query_row("SELECT f.id, f.key, f.deadline, f.filed_on, f.days_late, a.key FROM filings f LEFT JOIN filings a ON a.id = f.superseded_by WHERE f.key = ?1", [key.trim()], |r| {
                Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
            })
            .optional()?;
        let Some((id, key, deadline, filed_on, days_late, superseded_by)) = row else { return Ok(None) };
        let mut stmt = self.conn.prepare_cached("SELECT rule, severity, path, message FROM findings WHERE filing_id = ?1 ORDER BY rowid")?;
        let findings = stmt
            .query_map([id], |r| {
                let severity = match r.get::<_, String>(1)?.as_str() {
                    "error" => form4_model::Severity::Error,
                    "warning" => form4_model::Severity::Warning,
                    _ => form4_model::Severity::Note,
                };
                let location = form4_model::Location { path: r.get(2)?, ..Default::default() };
                Ok(form4_model::Diagnostic::new(severity, r.get::<_, String>(0)?, r.get::<_, String>(3)?, location))
            })?
            .collect::<std::result::Result<_, _>>()?;
        Ok(Some(FilingFacts { key, deadline, filed_on, days_late, superseded_by, findings }))
    }
}

/// Which filings to export. Empty fields do not filter.
#[derive(Debug, Clone, Default)]
pub struct FilingFilter {
    /// Issuer CIK or ticker.
    pub issuer: Option<String>,
    /// Reporting owner CIK or part of a name.
    pub owner: Option<String>,
    /// Earliest period of report.
    pub from: Option<NaiveDate>,
    /// Latest period of report.
    pub to: Option<NaiveDate>,
    /// Form type (`4`, `4/A`…).
    pub form: Option<String>,
    /// Include filings superseded by an amendment.
    pub include_superseded: bool,
}

impl Store {
    /// Calls `f` with each matching filing as read, in ledger order, decoding one at a
    /// time (an export of the whole ledger holds one filing in memory, not all).
    pub fn for_each_filing<E: From<StoreError>>(&self, filter: &FilingFilter, mut f: impl FnMut(Filing) -> std::result::Result<(), E>) -> std::result::Result<usize, E> {
        let mut sql = String::from("SELECT d.json_zst FROM filings f JOIN filing_documents d ON d.filing_id = f.id WHERE 1 = 1");
        let mut args: Vec<Value> = Vec::new();
        if let Some(issuer) = &filter.issuer {
            match self.issuer_cik(issuer)? {
                Some(cik) => {
                    sql.push_str(" AND f.issuer_cik = ?");
                    args.push(Value::Integer(cik));
                }
                None => return Ok(0),
            }
        }
        if let Some(owner) = &filter.owner {
            match cik_number(owner) {
                Some(cik) => {
                    sql.push_str(" AND f.id IN (SELECT filing_id FROM filing_owners WHERE owner_cik = ?)");
                    args.push(Value::Integer(cik));
                }
                None => {
                    sql.push_str(" AND f.id IN (SELECT filing_id FROM filing_owners WHERE name LIKE '%' || ? || '%')");
                    args.push(Value::Text(owner.trim().to_string()));
                }
            }
        }
        if let Some(from) = filter.from {
            sql.push_str(" AND f.period_of_report >= ?");
            args.push(Value::Text(from.to_string()));
        }
        if let Some(to) = filter.to {
            sql.push_str(" AND f.period_of_report <= ?");
            args.push(Value::Text(to.to_string()));
        }
        if let Some(form) = &filter.form {
            sql.push_str(" AND f.form_type = ?");
            args.push(Value::Text(form.trim().to_uppercase()));
        }
        if !filter.include_superseded {
            sql.push_str(" AND f.superseded_by IS NULL");
        }
        sql.push_str(" ORDER BY f.id");
        let mut stmt = self.conn.prepare(&sql).map_err(StoreError::from)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(args)).map_err(StoreError::from)?;
        let mut n = 0;
        while let Some(r) = rows.next().map_err(StoreError::from)? {
            let blob: Vec<u8> = r.get(0).map_err(StoreError::from)?;
            let json = zstd::bulk::decompress(&blob, 64 << 20).map_err(|e| StoreError::Damaged(e.to_string()))?;
            let filing: Filing = serde_json::from_slice(&json).map_err(|e| StoreError::Damaged(e.to_string()))?;
            f(filing)?;
            n += 1;
        }
        Ok(n)
    }
}
