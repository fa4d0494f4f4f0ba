//! A small pool of SQLite connections: one per concurrent query, reused.

use std::path::PathBuf;
use std::sync::Mutex;

use form4_store::{Store, StoreError};

/// Connections to one ledger file. SQLite connections are not shareable between
/// threads, so each query takes one for its duration.
pub struct Pool {
    path: PathBuf,
    idle: Mutex<Vec<Store>>,
}

/// A connection on loan; returned to the pool when dropped.
pub struct Pooled<'a> {
    store: Option<Store>,
    pool: &'a Pool,
}

impl Pool {
    /// Opens the first connection (creating and migrating the ledger if needed).
    pub fn new(path: PathBuf) -> Result<Pool, StoreError> {
        let first = Store::open(&path)?;
        Ok(Pool { path, idle: Mutex::new(vec![first]) })
    }

    /// A connection: an idle one, or a new one.
    pub fn get(&self) -> Result<Pooled<'_>, StoreError> {
        let idle = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let store = match idle {
            Some(s) => s,
            None => Store::open(&self.path)?,
        };
        Ok(Pooled { store: Some(store), pool: self })
    }
}

impl std::ops::Deref for Pooled<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        self.store.as_ref().expect("present until drop")
    }
}

impl Drop for Pooled<'_> {
    fn drop(&mut self) {
        if let Some(store) = self.store.take() {
            let mut idle = self.pool.idle.lock().unwrap_or_else(|e| e.into_inner());
            // Keep one per concurrent request seen (up to 128): reopening a connection
            // loses its prepared statements and page cache.
            if idle.len() < 128 {
                idle.push(store);
            }
        }
    }
}
