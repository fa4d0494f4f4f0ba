//! The API and the pages against a real server on a loopback port, over a ledger of the
//! fixture filings: every endpoint, pagination, each error case, and the OpenAPI
//! document checked against what the server answers.

mod common;

use common::{get, request};
use form4_model::Decimal;
use serde_json::Value;

fn json(path: &str) -> Value {
    let r = get(path);
    assert_eq!(r.status, 200, "{path}: {}", r.body);
    assert!(r.content_type.starts_with("application/json"), "{path}: {}", r.content_type);
    serde_json::from_str(&r.body).unwrap()
}

fn error(path: &str, status: u16) -> Value {
    let r = get(path);
    assert_eq!(r.status, status, "{path}: {}", r.body);
    let v: Value = serde_json::from_str(&r.body).unwrap_or_else(|e| panic!("{path}: not JSON ({e}): {}", r.body));
    assert!(v["error"].is_string(), "{path}: {v}");
    v
}

fn openapi() -> Value {
    serde_json::from_str(form4_server::OPENAPI).unwrap()
}

/// Checks `value` against an OpenAPI schema: types, required properties, and no
/// property the document does not declare.
fn conforms(value: &Value, schema: &Value, doc: &Value, at: &str) {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.rsplit('/').next().unwrap();
        return conforms(value, &doc["components"]["schemas"][name], doc, at);
    }
    let types: Vec<&str> = match &schema["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    };
    let actual = match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    };
    if !types.is_empty() {
        assert!(types.contains(&actual) || (actual == "integer" && types.contains(&"number")), "{at}: {actual} where the document says {types:?}");
    }
    if let (Value::Object(map), Some(props)) = (value, schema.get("properties").and_then(Value::as_object)) {
        for key in map.keys() {
            assert!(props.contains_key(key), "{at}: property {key} is not in the OpenAPI document");
        }
        for req in schema.get("required").and_then(Value::as_array).into_iter().flatten() {
            assert!(map.contains_key(req.as_str().unwrap()), "{at}: required {req} missing");
        }
        for (key, v) in map {
            conforms(v, &props[key], doc, &format!("{at}.{key}"));
        }
    }
    if let (Value::Array(items), Some(item_schema)) = (value, schema.get("items")) {
        for (i, v) in items.iter().enumerate() {
            conforms(v, item_schema, doc, &format!("{at}[{i}]"));
        }
    }
}

fn conforms_to(path_template: &str, value: &Value) {
    let doc = openapi();
    let schema = &doc["paths"][path_template]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
    assert!(!schema.is_null(), "{path_template} has no 200 schema");
    conforms(value, schema, &doc, path_template);
}

#[test]
fn the_openapi_document_lists_exactly_the_routes_and_parameters_served() {
    let doc = openapi();
    let paths = doc["paths"].as_object().unwrap();
    let routes = form4_server::api_routes();
    assert_eq!(paths.len(), routes.len());
    for (path, params) in routes {
        let op = &paths.get(*path).unwrap_or_else(|| panic!("{path} is not documented"))["get"];
        let mut documented: Vec<&str> = op["parameters"].as_array().into_iter().flatten().filter(|p| p["in"] == "query").map(|p| p["name"].as_str().unwrap()).collect();
        let mut served: Vec<&str> = params.to_vec();
        documented.sort();
        served.sort();
        assert_eq!(documented, served, "{path}");
    }
    let served = get("/openapi.json");
    assert_eq!(served.status, 200);
    assert_eq!(serde_json::from_str::<Value>(&served.body).unwrap(), doc);
}

#[test]
fn every_endpoint_answers_as_documented() {
    conforms_to("/api/health", &json("/api/health"));
    let search = json("/api/search?q=ADI");
    conforms_to("/api/search", &search);
    assert_eq!(search["issuers"][0]["ticker"], "ADI");
    let tx = json("/api/transactions?issuer=ADI");
    conforms_to("/api/transactions", &tx);
    assert_eq!(tx["items"].as_array().unwrap().len(), 3);
    assert_eq!(tx["items"][0]["filing"], "0000006281-23-000073");
    let issuer = json("/api/issuers/ADI");
    conforms_to("/api/issuers/{id}", &issuer);
    assert_eq!(issuer["issuer"]["cik"], 6281);
    assert_eq!(json("/api/issuers/6281"), issuer, "CIK and ticker name the same issuer");
    let owner = json("/api/owners/1199360");
    conforms_to("/api/owners/{cik}", &owner);
    assert_eq!(owner["owner"]["name"], "CHAMPY JAMES");
    let holdings = json("/api/holdings?owner=1199360&issuer=ADI");
    conforms_to("/api/holdings", &holdings);
    assert!(holdings["items"].as_array().unwrap().iter().any(|s| s["current"] == "7866"));
    let late = json("/api/late?limit=5");
    conforms_to("/api/late", &late);
    assert!(late["items"].as_array().unwrap().iter().all(|l| l["daysLate"].as_i64().unwrap() > 0));
    let filing = json("/api/filings/0000006281-23-000073");
    conforms_to("/api/filings/{accession}", &filing);
    assert_eq!(filing["filing"]["ownership"]["issuer"]["issuerTradingSymbol"], "ADI");
    assert_eq!(filing["facts"]["deadline"], "2023-03-10");
}

#[test]
fn monthly_net_buying_is_exact() {
    // MSFT in the fixtures: recompute each month from the transactions, in exact decimals.
    let v = json("/api/issuers/MSFT");
    let months = v["monthly"].as_array().unwrap();
    assert!(!months.is_empty());
    let rows = json("/api/transactions?issuer=MSFT&code=P,S&derivative=false&limit=1000");
    let dec = |s: &Value| s.as_str().unwrap_or("0").parse::<Decimal>().unwrap();
    for m in months {
        let month = m["month"].as_str().unwrap();
        let (mut bought, mut sold) = (Decimal::ZERO, Decimal::ZERO);
        for t in rows["items"].as_array().unwrap().iter().filter(|t| t["transactionDate"].as_str().unwrap().starts_with(month)) {
            let value = dec(&t["shares"]) * dec(&t["price"]);
            if t["code"] == "P" {
                bought += value
            } else {
                sold += value
            }
        }
        assert_eq!(dec(&m["boughtValue"]), bought, "{month}");
        assert_eq!(dec(&m["soldValue"]), sold, "{month}");
        assert_eq!(dec(&m["netValue"]), bought - sold, "{month}");
    }
}

#[test]
fn transactions_paginate_without_gaps_or_repeats() {
    let all = json("/api/transactions?limit=30");
    let all_items = all["items"].as_array().unwrap().clone();
    assert_eq!(all_items.len(), 30);
    let mut paged = Vec::new();
    let mut offset = 0;
    loop {
        let page = json(&format!("/api/transactions?limit=7&offset={offset}"));
        let items = page["items"].as_array().unwrap();
        paged.extend(items.iter().cloned());
        match page["nextOffset"].as_u64() {
            Some(next) if paged.len() < 30 => offset = next as usize,
            _ => break,
        }
    }
    paged.truncate(30);
    assert_eq!(paged, all_items);
    let asc = json("/api/transactions?order=asc&limit=1");
    let desc = json("/api/transactions?order=desc&limit=1");
    assert!(asc["items"][0]["transactionDate"].as_str() <= desc["items"][0]["transactionDate"].as_str());
}

#[test]
fn bad_parameters_are_400s_naming_them() {
    for (path, parameter) in [
        ("/api/transactions?from=2023-13-01", "from"),
        ("/api/transactions?to=yesterday", "to"),
        ("/api/transactions?from=2024-02-01&to=2024-01-01", "to"),
        ("/api/transactions?limit=5000", "limit"),
        ("/api/transactions?limit=-1", "limit"),
        ("/api/transactions?offset=x", "offset"),
        ("/api/transactions?code=Q", "code"),
        ("/api/transactions?form=8-K", "form"),
        ("/api/transactions?derivative=maybe", "derivative"),
        ("/api/transactions?order=up", "order"),
        ("/api/transactions?isuer=ADI", "isuer"),
        ("/api/search", "q"),
        ("/api/holdings", "owner"),
        ("/api/owners/abc", "cik"),
        ("/api/filings/not-an-accession", "accession"),
        ("/api/issuers/A%20B", "id"),
        ("/api/health?x=1", "x"),
    ] {
        let e = error(path, 400);
        assert_eq!(e["parameter"], parameter, "{path}: {e}");
        assert!(e["expected"].is_string(), "{path}: {e}");
    }
}

#[test]
fn unknown_ids_are_404s() {
    for path in ["/api/issuers/NOSUCH", "/api/issuers/999999999", "/api/owners/999999999", "/api/filings/0000000000-00-000000", "/api/late?issuer=NOSUCH"] {
        let e = error(path, 404);
        assert!(e["error"].as_str().unwrap().contains("no "), "{path}: {e}");
    }
}

#[test]
fn parameters_are_data_not_sql() {
    let v = json("/api/transactions?owner=x%27%20OR%201%3D1%20--");
    assert_eq!(v["items"].as_array().unwrap().len(), 0);
    let v = json("/api/search?q=%27%3B%20DROP%20TABLE%20filings%3B%20--");
    assert_eq!(v["issuers"].as_array().unwrap().len(), 0);
    assert!(json("/api/health")["ledger"]["filings"].as_i64().unwrap() > 0, "the ledger is intact");
}

#[test]
fn oversized_bodies_and_other_methods_are_refused() {
    let r = request("GET", "/api/health", &vec![b'x'; 64 * 1024]);
    assert_eq!(r.status, 413);
    let r = request("POST", "/api/transactions", b"{}");
    assert_eq!(r.status, 405);
}

#[test]
fn pages_show_tables_and_charts() {
    for (path, must) in [
        ("/", vec!["<form id=\"search\"", "name=\"q\""]),
        ("/search?q=adi", vec!["<table id=\"issuers\"", "href=\"/issuers/6281\""]),
        ("/issuers/ADI", vec!["<table id=\"insiders\"", "<table id=\"transactions\"", "<svg", "class=\"chart monthly-net\"", "CHAMPY JAMES"]),
        ("/issuers/MSFT", vec!["class=\"bar\""]),
        ("/owners/1199360", vec!["<table id=\"issuers\"", "class=\"chart holding-line\"", "<polyline"]),
        (
            "/filings/0000006281-23-000073",
            vec!["<table class=\"form\" id=\"table1\"", "<table class=\"form\" id=\"table2\"", "Explanation of Responses", "<sup class=\"fn\">(1)</sup>", "id=\"checks\""],
        ),
    ] {
        let r = get(path);
        assert_eq!(r.status, 200, "{path}");
        assert!(r.content_type.starts_with("text/html"), "{path}");
        for m in must {
            assert!(r.body.contains(m), "{path} lacks {m}");
        }
        assert!(!r.body.contains("template error"), "{path}");
    }
    let r = get("/no/such/page");
    assert_eq!(r.status, 404);
    assert!(r.body.contains("<h1>404</h1>"));
    let r = get("/filings/0000000000-00-000000");
    assert_eq!(r.status, 404);
}

#[test]
fn every_filing_page_renders() {
    let v = json("/api/transactions?limit=1000&include_superseded=true");
    let mut keys: Vec<String> = v["items"].as_array().unwrap().iter().map(|t| t["filing"].as_str().unwrap().to_string()).collect();
    keys.sort();
    keys.dedup();
    assert!(keys.len() > 50);
    for key in keys {
        let r = get(&format!("/filings/{key}"));
        assert_eq!(r.status, 200, "{key}");
        assert!(!r.body.contains("template error"), "{key}");
    }
}
