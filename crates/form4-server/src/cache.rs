//! A cache of the costly per-issuer views. The ledger only changes when another process
//! commits (an ingest); a watcher connection's `data_version` tells, and the cache is
//! emptied then, so a cached answer is never stale.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};

use form4_store::{Store, StoreError};

use crate::api::IssuerView;

/// Most views kept; the cache is emptied when full (issuer views are few and cheap to redo).
const CAPACITY: usize = 4096;

/// One entry: filled once; concurrent requests for the same issuer wait for the first
/// one's answer instead of all computing it (a cold start under load).
type Slot = Arc<Mutex<Option<Arc<IssuerView>>>>;

pub(crate) struct ViewCache {
    watcher: Mutex<Store>,
    entries: Mutex<(i64, HashMap<String, Slot>)>,
}

impl ViewCache {
    pub(crate) fn new(db: &Path) -> Result<ViewCache, StoreError> {
        let watcher = Store::open(db)?;
        let version = watcher.data_version()?;
        Ok(ViewCache { watcher: Mutex::new(watcher), entries: Mutex::new((version, HashMap::new())) })
    }

    /// The cached view for `key`, or `make`'s, cached.
    pub(crate) fn issuer(&self, key: &str, make: impl FnOnce() -> Result<IssuerView, crate::api::ApiError>) -> Result<Arc<IssuerView>, crate::api::ApiError> {
        let version = self.watcher.lock().unwrap_or_else(|e| e.into_inner()).data_version()?;
        let slot: Slot = {
            let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
            if entries.0 != version {
                *entries = (version, HashMap::new());
            }
            if entries.1.len() >= CAPACITY && !entries.1.contains_key(key) {
                entries.1.clear();
            }
            entries.1.entry(key.to_string()).or_default().clone()
        };
        let mut filled = slot.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(view) = filled.as_ref() {
            return Ok(view.clone());
        }
        let view = Arc::new(make()?);
        *filled = Some(view.clone());
        Ok(view)
    }
}
