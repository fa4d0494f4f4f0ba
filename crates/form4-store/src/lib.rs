//! The insider ledger: every filing read, who reported it, its Table I and II rows,
//! footnotes, check findings and rejects, in one SQLite file.
//!
//! All SQL lives in this crate behind [`Store`]; callers hand it parsed filings
//! ([`Item`]) and ask it typed questions ([`TransactionFilter`], [`Store::holdings`],
//! [`Store::insiders`]). Writes happen in one transaction per batch, keyed by accession
//! number (or content hash), so that ingest is idempotent and a killed run loses at most
//! the batch in flight, which the next run writes again.

mod ingest;
mod query;

use std::path::Path;

use rusqlite::Connection;

pub use ingest::{encode, filing_key, BatchStats, Item};
pub use query::*;

/// Errors from the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite failed.
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The database was written by a newer form4.
    #[error("database schema version {found} is newer than this form4 understands ({supported})")]
    TooNew {
        /// Version in the file.
        found: i64,
        /// Newest this build knows.
        supported: i64,
    },
    /// A stored filing could not be decoded.
    #[error("stored filing is damaged: {0}")]
    Damaged(String),
    /// A query argument was not usable.
    #[error("{0}")]
    BadQuery(String),
}

/// Result type of the store.
pub type Result<T> = std::result::Result<T, StoreError>;

/// The migrations, in order; `PRAGMA user_version` records how many have run.
const MIGRATIONS: &[&str] = &[include_str!("schema.sql")];

/// A ledger database.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let conn = Connection::open(path)?;
        Self::setup(conn)
    }

    /// A private in-memory database (tests, one-off exports).
    pub fn open_in_memory() -> Result<Store> {
        Self::setup(Connection::open_in_memory()?)
    }

    fn setup(conn: Connection) -> Result<Store> {
        // WAL: readers do not block the writer, and a killed writer leaves only whole
        // transactions behind. NORMAL sync is durable against process crashes.
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = NORMAL;
             PRAGMA foreign_keys = ON;
             PRAGMA busy_timeout = 5000;
             PRAGMA cache_size = -65536;",
        )?;
        let mut store = Store { conn };
        store.migrate()?;
        Ok(store)
    }

    fn migrate(&mut self) -> Result<()> {
        let version: i64 = self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let supported = MIGRATIONS.len() as i64;
        if version > supported {
            return Err(StoreError::TooNew { found: version, supported });
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            let tx = self.conn.transaction()?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
            tx.commit()?;
        }
        Ok(())
    }

    /// SQLite's `data_version` for this connection: it changes whenever another
    /// connection commits to the ledger (an ingest while the server runs), so caches of
    /// query results keyed by it are never stale.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }

    /// The schema version in the file.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }
}

/// A CIK as filed (`0000320193`) to its number; `None` if it is not one.
pub fn cik_number(s: &str) -> Option<i64> {
    let s = s.trim();
    if s.is_empty() || s.len() > 10 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}
