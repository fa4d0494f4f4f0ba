//! Reading one input found by `form4_source` into a filing, for the commands that
//! report failures and go on.

use form4_model::Filing;

/// The input's name and its filing, or a message naming the input, the place and the reason.
pub fn read_entry(entry: form4_source::Entry) -> (String, Result<Filing, String>) {
    let name = entry.name;
    let filing = entry.content.map_err(|e| format!("{name}: {e}")).and_then(|bytes| form4_read::read_bytes(Some(&name), &bytes).map_err(|e| e.to_string()));
    (name, filing)
}
