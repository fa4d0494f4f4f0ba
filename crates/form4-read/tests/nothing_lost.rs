//! "Nothing lost": for every XML fixture, an independent walker over the XML tree
//! (roxmltree) checks that every non-empty leaf value and every footnote id appears
//! in the parsed model's JSON at the corresponding place. It does not know which
//! fields the model has, so a field the reader forgets fails the test.
//!
//! The mapping from element path to JSON path is the documented one
//! (`docs/json.md`): JSON keys are element names; repeated elements are arrays;
//! `footnotes/footnote` is the `footnotes` array of `{id, text}`; a `footnoteId`'s
//! id is in its parent's `footnoteId` array. The old and misplaced shapes the
//! reader accepts are listed in `relocate` below; anything else that the model has
//! no place for must be kept verbatim in `unknownElements`.

use std::path::{Path, PathBuf};

use form4_model::Decimal;
use serde_json::Value;

fn fixtures(sub: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures").join(sub);
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())).map(|e| e.unwrap().path()).collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures in {}", dir.display());
    files
}

/// Elements that repeat and so become JSON arrays.
const REPEATED: &[&str] = &["reportingOwner", "ownerSignature", "nonDerivativeTransaction", "nonDerivativeHolding", "derivativeTransaction", "derivativeHolding"];

const ADDRESS_FIELDS: &[&str] = &[
    "rptOwnerNonUSAddressFlag",
    "rptOwnerStreet1",
    "rptOwnerStreet2",
    "rptOwnerCity",
    "rptOwnerNonUSStateTerritory",
    "rptOwnerState",
    "rptOwnerCountry",
    "rptOwnerZipCode",
    "rptOwnerStateDescription",
    "rptOwnerGoodAddress",
];

/// One JSON path step.
#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Index(usize),
}

/// Rewrites a path of the documented alternative shapes to the canonical one.
fn relocate(path: &mut Vec<Step>) {
    let key = |s: &Step| if let Step::Key(k) = s { Some(k.clone()) } else { None };
    let n = path.len();
    if n >= 1 {
        if let Some("rptOwnerCounrty") = key(&path[n - 1]).as_deref() {
            path[n - 1] = Step::Key("rptOwnerCountry".into());
        }
    }
    let last = path.last().and_then(key).unwrap_or_default();
    // Address fields under reportingOwnerId or directly under reportingOwner.
    if ADDRESS_FIELDS.contains(&last.as_str()) {
        let parent = path.get(n - 2).and_then(key).unwrap_or_default();
        if parent == "reportingOwnerId" {
            path[n - 2] = Step::Key("reportingOwnerAddress".into());
        } else if parent != "reportingOwnerAddress" {
            path.insert(n - 1, Step::Key("reportingOwnerAddress".into()));
        }
    }
    // Row-level amounts and ownership without their wrappers.
    let rows = ["nonDerivativeTransaction", "nonDerivativeHolding", "derivativeTransaction", "derivativeHolding"];
    for i in 0..path.len() {
        let k = key(&path[i]).unwrap_or_default();
        let parent = if i >= 1 { key(&path[i - 1]) } else { None };
        let grand = if i >= 2 { key(&path[i - 2]) } else { None };
        let in_row = parent.is_none() && grand.as_deref().is_some_and(|g| rows.contains(&g));
        match k.as_str() {
            "sharesOwned" if in_row => {
                path[i] = Step::Key("sharesOwnedFollowingTransaction".into());
                path.insert(i, Step::Key("postTransactionAmounts".into()));
                return;
            }
            "directOrIndirectOwnership" | "natureOfOwnership" if in_row => {
                path.insert(i, Step::Key("ownershipNature".into()));
                return;
            }
            "directOrIndirectOwnership" | "natureOfOwnership" if parent.as_deref() == Some("postTransactionAmounts") => {
                path[i - 1] = Step::Key("ownershipNature".into());
                return;
            }
            "transactionValue" if parent.as_deref() == Some("transactionAmounts") => {
                path[i] = Step::Key("transactionPricePerShare".into());
                return;
            }
            "value" if parent.as_deref() == Some("ownershipNature") => {
                path.insert(i, Step::Key("natureOfOwnership".into()));
                return;
            }
            _ => {}
        }
    }
}

fn lookup<'v>(root: &'v Value, path: &[Step]) -> Option<&'v Value> {
    let mut v = root;
    for step in path {
        v = match step {
            Step::Key(k) => v.get(k)?,
            Step::Index(i) => v.get(i)?,
        };
    }
    Some(v)
}

fn path_text(path: &[Step]) -> String {
    path.iter()
        .map(|s| match s {
            Step::Key(k) => format!(".{k}"),
            Step::Index(i) => format!("[{i}]"),
        })
        .collect()
}

/// Whether the JSON value holds exactly the XML text.
fn same(json: &Value, text: &str) -> bool {
    match json {
        Value::String(s) => {
            if s == text {
                return true;
            }
            match (Decimal::from_str_exact(s), Decimal::from_str_exact(text)) {
                (Ok(a), Ok(b)) => a == b,
                _ => false,
            }
        }
        // Booleans keep the filer's spelling: JSON true/false for words, 1/0 for numbers.
        Value::Bool(b) => matches!((b, text.to_ascii_lowercase().as_str()), (true, "true") | (false, "false")),
        Value::Number(n) => n.to_string() == text,
        Value::Object(o) => o.get("raw").and_then(Value::as_str) == Some(text),
        _ => false,
    }
}

fn text_of(node: roxmltree::Node) -> String {
    node.descendants().filter(|n| n.is_text()).map(|n| n.text().unwrap_or("")).collect::<String>().replace("\r\n", "\n").trim().to_string()
}

struct Walk<'a> {
    json: &'a Value,
    unknown: Vec<(String, String)>,
    failures: Vec<String>,
    checked: usize,
}

impl Walk<'_> {
    fn element(&mut self, node: roxmltree::Node, path: &[Step], xml_path: &str) {
        let name = node.tag_name().name();
        let xml_path = format!("{xml_path}/{name}");
        if name == "footnoteId" {
            let id = node.attribute("id").unwrap_or("").trim();
            // `path` already ends in the `footnoteId` key of the parent.
            let ids = lookup(self.json, path);
            self.checked += 1;
            if !ids.and_then(Value::as_array).is_some_and(|a| a.iter().any(|v| v == id)) {
                self.failures.push(format!("{xml_path}/@id={id:?} not in {}", path_text(path)));
            }
            return;
        }
        let element_children: Vec<_> = node.children().filter(|c| c.is_element()).collect();
        if name == "footnotes" {
            for (i, f) in element_children.iter().enumerate() {
                let at = [path, &[Step::Index(i)]].concat();
                self.expect(&[at.clone(), vec![Step::Key("id".into())]].concat(), f.attribute("id").unwrap_or("").trim(), &xml_path);
                self.expect(&[at, vec![Step::Key("text".into())]].concat(), &text_of(*f), &xml_path);
            }
            return;
        }
        // Direct text inside an element that has a `value` in the model (`<securityTitle>Common</securityTitle>`).
        let own_text: String = node.children().filter(|c| c.is_text()).map(|c| c.text().unwrap_or("")).collect::<String>();
        if element_children.is_empty() {
            let text = text_of(node);
            if !text.is_empty() {
                let mut canonical = path.to_vec();
                relocate(&mut canonical);
                self.expect_or_unknown(&canonical, &text, &xml_path);
            }
            return;
        }
        if !own_text.trim().is_empty() {
            let mut canonical = [path, &[Step::Key("value".into())]].concat();
            relocate(&mut canonical);
            self.expect_or_unknown(&canonical, own_text.trim(), &xml_path);
        }
        let mut counts = std::collections::HashMap::<&str, usize>::new();
        for child in element_children {
            let child_name = child.tag_name().name();
            let mut child_path = path.to_vec();
            if child_name == "footnote" {
                // handled by `footnotes`
                continue;
            }
            // X0101 rows: `nonDerivativeSecurity` (under the root or a table) is a
            // transaction if it has any transaction element, else a holding.
            if let Some(derivative) = match child_name {
                "nonDerivativeSecurity" => Some(false),
                "derivativeSecurity" => Some(true),
                _ => None,
            } {
                let is_tx = child.children().any(|c| {
                    matches!(c.tag_name().name(), "transactionDate" | "deemedExecutionDate" | "transactionTimeliness" | "transactionAmounts")
                        || (c.has_tag_name("transactionCoding") && c.children().any(|g| g.has_tag_name("transactionCode")))
                });
                let (table, row) = match (derivative, is_tx) {
                    (false, true) => ("nonDerivativeTable", "nonDerivativeTransaction"),
                    (false, false) => ("nonDerivativeTable", "nonDerivativeHolding"),
                    (true, true) => ("derivativeTable", "derivativeTransaction"),
                    (true, false) => ("derivativeTable", "derivativeHolding"),
                };
                let mut row_path = path.to_vec();
                if !matches!(path.last(), Some(Step::Key(k)) if k == table) {
                    row_path.push(Step::Key(table.into()));
                }
                row_path.push(Step::Key(row.into()));
                let i = counts.entry(row).or_default();
                row_path.push(Step::Index(*i));
                *i += 1;
                self.element(child, &row_path, &xml_path);
                continue;
            }
            child_path.push(Step::Key(child_name.to_string()));
            if REPEATED.contains(&child_name) {
                let i = counts.entry(child_name).or_default();
                child_path.push(Step::Index(*i));
                *i += 1;
            }
            self.element(child, &child_path, &xml_path);
        }
    }

    fn expect(&mut self, path: &[Step], text: &str, xml_path: &str) {
        self.checked += 1;
        match lookup(self.json, path) {
            Some(v) if same(v, text) => {}
            other => self.failures.push(format!("{xml_path}: {text:?} expected at {} but found {other:?}", path_text(path))),
        }
    }

    fn expect_or_unknown(&mut self, path: &[Step], text: &str, xml_path: &str) {
        self.checked += 1;
        if lookup(self.json, path).is_some_and(|v| same(v, text)) {
            return;
        }
        if let Some(pos) = self.unknown.iter().position(|(_, t)| t == text) {
            self.unknown.remove(pos);
            return;
        }
        self.failures.push(format!("{xml_path}: {text:?} is neither at {} ({:?}) nor in unknownElements", path_text(path), lookup(self.json, path)));
    }
}

/// Makes a not-well-formed fixture parseable for the oracle, by simple rules that
/// do not share code with the reader: escape bare `&`, make a leaf's end tag match
/// its start tag, drop end tags that close nothing.
fn repair(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        if bytes[i] == b'&' {
            let rest = &text[i + 1..];
            let is_ref = rest.find(';').is_some_and(|e| e > 0 && e < 10 && rest[..e].chars().all(|c| c.is_ascii_alphanumeric() || c == '#'));
            s.push_str(if is_ref { "&" } else { "&amp;" });
        } else {
            s.push(text[i..].chars().next().unwrap());
        }
        i += text[i..].chars().next().unwrap().len_utf8();
    }
    // Leaf end tags and dangling end tags.
    let mut out = String::with_capacity(s.len());
    let mut stack: Vec<String> = Vec::new();
    let mut rest = s.as_str();
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let gt = rest[lt..].find('>').map(|g| g + lt).unwrap_or(rest.len() - 1);
        let tag = &rest[lt..=gt];
        rest = &rest[gt + 1..];
        if tag.starts_with("</") {
            let name = tag[2..tag.len() - 1].trim();
            if stack.last().is_some_and(|t| t == name) {
                stack.pop();
                out.push_str(tag);
            } else if let Some(pos) = stack.iter().rposition(|t| t == name) {
                // Closes an ancestor: if the innermost open element is a leaf left
                // open by a misspelt end tag, close it properly first.
                while stack.len() > pos + 1 {
                    out.push_str(&format!("</{}>", stack.pop().unwrap()));
                }
                stack.pop();
                out.push_str(tag);
            } else if let Some(open) = stack.pop() {
                // A leaf closed by the wrong name: `<a>text</b>`.
                if out.trim_end().ends_with('>') {
                    stack.push(open);
                } else {
                    out.push_str(&format!("</{open}>"));
                }
            }
        } else if tag.starts_with("<?") || tag.starts_with("<!") || tag.ends_with("/>") {
            out.push_str(tag);
        } else {
            let name = tag[1..tag.len() - 1].split_whitespace().next().unwrap_or("").to_string();
            stack.push(name);
            out.push_str(tag);
        }
    }
    out.push_str(rest);
    out
}

fn check_file(path: &Path) -> (usize, Vec<String>) {
    let bytes = std::fs::read(path).unwrap();
    let filing = form4_read::read_bytes(Some(&path.display().to_string()), &bytes).unwrap_or_else(|e| panic!("{e}"));
    let json = serde_json::to_value(filing.ownership.as_ref().expect("ownership")).unwrap();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let repaired;
    let doc = match roxmltree::Document::parse(&text) {
        Ok(d) => d,
        Err(_) => {
            repaired = repair(&text);
            roxmltree::Document::parse(&repaired).unwrap_or_else(|e| panic!("{}: oracle repair failed: {e}", path.display()))
        }
    };
    let root = doc.descendants().find(|n| n.has_tag_name("ownershipDocument")).expect("root");
    let unknown = json
        .get("unknownElements")
        .and_then(Value::as_array)
        .map(|a| a.iter().map(|u| (u["path"].as_str().unwrap().to_string(), u["text"].as_str().unwrap().to_string())).collect())
        .unwrap_or_default();
    let mut walk = Walk { json: &json, unknown, failures: Vec::new(), checked: 0 };
    walk.element(root, &[], "");
    (walk.checked, walk.failures.into_iter().map(|f| format!("{}: {f}", path.display())).collect())
}

#[test]
fn every_leaf_of_every_xml_fixture_is_in_the_model() {
    let mut failures = Vec::new();
    let mut checked = 0;
    let mut files = fixtures("xml/ok");
    files.extend(fixtures("xml/recovered"));
    for file in &files {
        let (n, f) = check_file(file);
        checked += n;
        failures.extend(f);
    }
    assert!(failures.is_empty(), "{} of {checked} values lost:\n{}", failures.len(), failures.join("\n"));
    assert!(checked > 10_000, "only {checked} values checked");
}

#[test]
fn the_walker_notices_a_forgotten_field() {
    // Drop one value from a parsed model and the walker must say so.
    let file = &fixtures("xml/ok")[0];
    let bytes = std::fs::read(file).unwrap();
    let mut filing = form4_read::read_bytes(None, &bytes).unwrap();
    let doc = filing.ownership.as_mut().unwrap();
    assert!(doc.issuer.issuer_trading_symbol.is_some());
    doc.issuer.issuer_trading_symbol = None;
    let json = serde_json::to_value(&*doc).unwrap();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let tree = roxmltree::Document::parse(&text).unwrap();
    let root = tree.descendants().find(|n| n.has_tag_name("ownershipDocument")).unwrap();
    let mut walk = Walk { json: &json, unknown: Vec::new(), failures: Vec::new(), checked: 0 };
    walk.element(root, &[], "");
    assert_eq!(walk.failures.len(), 1, "{:?}", walk.failures);
    assert!(walk.failures[0].contains("issuerTradingSymbol"), "{}", walk.failures[0]);
}
