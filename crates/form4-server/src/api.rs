//! The JSON API under `/api/`. Every parameter is validated here; the OpenAPI document
//! (`openapi.json`) lists the same routes and parameters, and a test holds them equal.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use chrono::NaiveDate;
use form4_store::{cik_number, Store, StoreError, TransactionFilter};
use serde::Serialize;
use serde_json::{json, Value};

use crate::AppState;

type St = State<Arc<AppState>>;
type Raw = Result<Query<Vec<(String, String)>>, QueryRejection>;

/// The API routes, with the query parameters each accepts (the OpenAPI test reads this).
pub(crate) const ROUTES: &[(&str, &[&str])] = &[
    ("/api/health", &[]),
    ("/api/search", &["q", "limit"]),
    ("/api/transactions", &["issuer", "owner", "from", "to", "code", "form", "derivative", "include_superseded", "order", "limit", "offset"]),
    ("/api/issuers/{id}", &[]),
    ("/api/owners/{cik}", &["issuer"]),
    ("/api/holdings", &["owner", "issuer"]),
    ("/api/late", &["issuer", "limit", "offset"]),
    ("/api/filings/{accession}", &[]),
];

pub(crate) fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/openapi.json", get(openapi))
        .route("/api/health", get(health))
        .route("/api/search", get(search))
        .route("/api/transactions", get(transactions))
        .route("/api/issuers/{id}", get(issuer))
        .route("/api/owners/{cik}", get(owner))
        .route("/api/holdings", get(holdings))
        .route("/api/late", get(late))
        .route("/api/filings/{accession}", get(filing))
}

fn allowed(path: &str) -> &'static [&'static str] {
    ROUTES.iter().find(|(p, _)| *p == path).map(|(_, a)| *a).unwrap_or(&[])
}

/// An API error: a status and a JSON body naming what was wrong.
#[derive(Debug)]
pub(crate) struct ApiError {
    status: StatusCode,
    body: Value,
}

impl ApiError {
    pub(crate) fn bad(parameter: &str, expected: &str, got: &str) -> ApiError {
        ApiError { status: StatusCode::BAD_REQUEST, body: json!({ "error": format!("bad parameter `{parameter}`: expected {expected}"), "parameter": parameter, "expected": expected, "got": got }) }
    }

    pub(crate) fn not_found(what: &str, id: &str) -> ApiError {
        ApiError { status: StatusCode::NOT_FOUND, body: json!({ "error": format!("no {what} {id:?} in the ledger"), "what": what, "id": id }) }
    }

    pub(crate) fn internal(e: impl std::fmt::Display) -> ApiError {
        ApiError { status: StatusCode::INTERNAL_SERVER_ERROR, body: json!({ "error": format!("internal error: {e}") }) }
    }

    pub(crate) fn status(&self) -> StatusCode {
        self.status
    }

    pub(crate) fn message(&self) -> String {
        self.body["error"].as_str().unwrap_or("error").to_string()
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        ApiError::internal(e)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(self.body)).into_response()
    }
}

/// Validated query parameters.
pub(crate) struct Params {
    pairs: Vec<(String, String)>,
}

impl Params {
    /// Parses the query string; an unknown parameter is a 400.
    pub(crate) fn new(raw: Raw, allowed: &[&str]) -> Result<Params, ApiError> {
        let Query(pairs) = raw.map_err(|e| ApiError::bad("query string", "a URL-encoded query string", &e.body_text()))?;
        if let Some((k, v)) = pairs.iter().find(|(k, _)| !allowed.contains(&k.as_str())) {
            let expected = if allowed.is_empty() { "no query parameters".to_string() } else { format!("one of: {}", allowed.join(", ")) };
            return Err(ApiError::bad(k, &expected, v));
        }
        Ok(Params { pairs })
    }

    pub(crate) fn text(&self, name: &str) -> Option<&str> {
        self.pairs.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v.trim()).filter(|v| !v.is_empty())
    }

    fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.pairs.iter().filter(move |(k, _)| k == name).flat_map(|(_, v)| v.split(',')).map(str::trim).filter(|v| !v.is_empty())
    }

    pub(crate) fn date(&self, name: &str) -> Result<Option<NaiveDate>, ApiError> {
        self.text(name).map(|v| v.parse::<NaiveDate>().map_err(|_| ApiError::bad(name, "a date YYYY-MM-DD", v))).transpose()
    }

    pub(crate) fn number(&self, name: &str, default: usize, max: usize) -> Result<usize, ApiError> {
        match self.text(name) {
            None => Ok(default),
            Some(v) => match v.parse::<usize>() {
                Ok(n) if n <= max => Ok(n),
                _ => Err(ApiError::bad(name, &format!("a whole number from 0 to {max}"), v)),
            },
        }
    }

    fn boolean(&self, name: &str) -> Result<Option<bool>, ApiError> {
        self.text(name)
            .map(|v| match v {
                "true" | "1" => Ok(true),
                "false" | "0" => Ok(false),
                _ => Err(ApiError::bad(name, "true or false", v)),
            })
            .transpose()
    }
}

/// Runs a ledger query in the blocking pool.
pub(crate) async fn with_store<T: Send + 'static>(state: &Arc<AppState>, f: impl FnOnce(&Store) -> Result<T, ApiError> + Send + 'static) -> Result<T, ApiError> {
    let _permit = state.queries.acquire().await.map_err(ApiError::internal)?;
    let state = state.clone();
    tokio::task::spawn_blocking(move || {
        let store = state.pool.get()?;
        f(&store)
    })
    .await
    .map_err(ApiError::internal)?
}

const CODES: &[&str] = &["P", "S", "V", "A", "D", "F", "I", "M", "C", "E", "H", "O", "X", "G", "L", "W", "Z", "J", "K", "U"];
const FORMS: &[&str] = &["3", "3/A", "4", "4/A", "5", "5/A"];

pub(crate) fn filter_from(p: &Params) -> Result<TransactionFilter, ApiError> {
    let codes: Vec<String> = p.all("code").map(str::to_uppercase).collect();
    if let Some(bad) = codes.iter().find(|c| !CODES.contains(&c.as_str())) {
        return Err(ApiError::bad("code", &format!("transaction codes from {}", CODES.join(" ")), bad));
    }
    let form = p.text("form").map(str::to_uppercase);
    if let Some(f) = &form {
        if !FORMS.contains(&f.as_str()) {
            return Err(ApiError::bad("form", "3, 3/A, 4, 4/A, 5 or 5/A", f));
        }
    }
    let ascending = match p.text("order") {
        None | Some("desc") => false,
        Some("asc") => true,
        Some(v) => return Err(ApiError::bad("order", "asc or desc", v)),
    };
    let from = p.date("from")?;
    let to = p.date("to")?;
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(ApiError::bad("to", &format!("a date on or after from ({f})"), &t.to_string()));
        }
    }
    Ok(TransactionFilter {
        issuer: p.text("issuer").map(str::to_owned),
        owner: p.text("owner").map(str::to_owned),
        from,
        to,
        codes,
        form,
        derivative: p.boolean("derivative")?,
        include_superseded: p.boolean("include_superseded")?.unwrap_or(false),
        limit: p.number("limit", 100, 1000)?.max(1),
        offset: p.number("offset", 0, 10_000_000)?,
        ascending,
    })
}

/// A page of results with what to ask for next.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Page<T> {
    items: Vec<T>,
    limit: usize,
    offset: usize,
    next_offset: Option<usize>,
}

fn page<T>(items: Vec<T>, limit: usize, offset: usize) -> Page<T> {
    let next_offset = (items.len() == limit).then_some(offset + limit);
    Page { items, limit, offset, next_offset }
}

async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], crate::OPENAPI)
}

async fn health(State(state): St, raw: Raw) -> Result<Json<Value>, ApiError> {
    Params::new(raw, allowed("/api/health"))?;
    let counts = with_store(&state, |s| Ok(s.counts()?)).await?;
    Ok(Json(json!({ "status": "ok", "ledger": counts })))
}

async fn search(State(state): St, raw: Raw) -> Result<Json<Value>, ApiError> {
    let p = Params::new(raw, allowed("/api/search"))?;
    let q = p.text("q").ok_or_else(|| ApiError::bad("q", "a ticker, CIK or part of a name (1 to 100 characters)", ""))?.to_string();
    if q.chars().count() > 100 {
        return Err(ApiError::bad("q", "a ticker, CIK or part of a name (1 to 100 characters)", &q));
    }
    let limit = p.number("limit", 20, 200)?.max(1);
    let results = with_store(&state, move |s| Ok(s.search(&q, limit)?)).await?;
    Ok(Json(serde_json::to_value(results).map_err(ApiError::internal)?))
}

async fn transactions(State(state): St, raw: Raw) -> Result<Json<Page<form4_store::TransactionRow>>, ApiError> {
    let p = Params::new(raw, allowed("/api/transactions"))?;
    let filter = filter_from(&p)?;
    let (limit, offset) = (filter.limit, filter.offset);
    let items = with_store(&state, move |s| Ok(s.transactions(&filter)?)).await?;
    Ok(Json(page(items, limit, offset)))
}

/// Everything the issuer page and `/api/issuers/{id}` show.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct IssuerView {
    pub issuer: form4_store::IssuerSummary,
    pub insiders: Vec<form4_store::Insider>,
    pub recent_transactions: Vec<form4_store::TransactionRow>,
    pub monthly: Vec<form4_store::MonthlyFlow>,
    pub late_filings: Vec<form4_store::LateFiling>,
}

/// The issuer view, from the cache when the ledger has not changed since it was made.
pub(crate) async fn cached_issuer_view(state: &Arc<AppState>, id: String) -> Result<Arc<IssuerView>, ApiError> {
    let cache_state = state.clone();
    with_store(state, move |s| {
        // Key by CIK so that a ticker and a CIK share one entry.
        let cik = s.issuer_cik(&id)?.ok_or_else(|| ApiError::not_found("issuer", &id))?;
        cache_state.cache.issuer(&cik.to_string(), || issuer_view(s, &cik.to_string()))
    })
    .await
}

pub(crate) fn issuer_view(s: &Store, id: &str) -> Result<IssuerView, ApiError> {
    let issuer = s.issuer_summary(id)?.ok_or_else(|| ApiError::not_found("issuer", id))?;
    let cik = issuer.cik.to_string();
    Ok(IssuerView {
        insiders: s.insiders(&cik)?,
        recent_transactions: s.transactions(&TransactionFilter { issuer: Some(cik.clone()), limit: 25, ..Default::default() })?,
        monthly: s.monthly_flows(issuer.cik)?,
        late_filings: s.late_filings(Some(issuer.cik), 25, 0)?,
        issuer,
    })
}

async fn issuer(State(state): St, Path(id): Path<String>, raw: Raw) -> Result<Response, ApiError> {
    Params::new(raw, allowed("/api/issuers/{id}"))?;
    if id.trim().is_empty() || id.len() > 20 || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-') {
        return Err(ApiError::bad("id", "an issuer CIK or ticker", &id));
    }
    let view = cached_issuer_view(&state, id).await?;
    Ok(Json(&*view).into_response())
}

/// Everything the owner page and `/api/owners/{cik}` show.
#[derive(Serialize)]
pub(crate) struct OwnerView {
    pub owner: form4_store::OwnerSummary,
    pub holdings: Vec<form4_store::HoldingSeries>,
}

pub(crate) fn owner_view(s: &Store, cik: i64, issuer: Option<&str>) -> Result<OwnerView, ApiError> {
    let owner = s.owner_summary(cik)?.ok_or_else(|| ApiError::not_found("reporting owner", &cik.to_string()))?;
    let holdings = s.holdings(&cik.to_string(), issuer)?;
    Ok(OwnerView { owner, holdings })
}

pub(crate) fn parse_cik(name: &str, v: &str) -> Result<i64, ApiError> {
    cik_number(v).ok_or_else(|| ApiError::bad(name, "a CIK (1 to 10 digits)", v))
}

async fn owner(State(state): St, Path(cik): Path<String>, raw: Raw) -> Result<Json<Value>, ApiError> {
    let p = Params::new(raw, allowed("/api/owners/{cik}"))?;
    let cik = parse_cik("cik", &cik)?;
    let issuer = p.text("issuer").map(str::to_owned);
    let view = with_store(&state, move |s| owner_view(s, cik, issuer.as_deref())).await?;
    Ok(Json(serde_json::to_value(view).map_err(ApiError::internal)?))
}

async fn holdings(State(state): St, raw: Raw) -> Result<Json<Value>, ApiError> {
    let p = Params::new(raw, allowed("/api/holdings"))?;
    let owner = p.text("owner").ok_or_else(|| ApiError::bad("owner", "a reporting owner CIK or part of a name", ""))?.to_string();
    let issuer = p.text("issuer").map(str::to_owned);
    let items = with_store(&state, move |s| Ok(s.holdings(&owner, issuer.as_deref())?)).await?;
    Ok(Json(json!({ "items": items })))
}

async fn late(State(state): St, raw: Raw) -> Result<Json<Page<form4_store::LateFiling>>, ApiError> {
    let p = Params::new(raw, allowed("/api/late"))?;
    let limit = p.number("limit", 100, 1000)?.max(1);
    let offset = p.number("offset", 0, 10_000_000)?;
    let issuer = p.text("issuer").map(str::to_owned);
    let items = with_store(&state, move |s| {
        let cik = match issuer {
            Some(i) => Some(s.issuer_cik(&i)?.ok_or_else(|| ApiError::not_found("issuer", &i))?),
            None => None,
        };
        Ok(s.late_filings(cik, limit, offset)?)
    })
    .await?;
    Ok(Json(page(items, limit, offset)))
}

/// A filing key from the URL: an accession number `0001234567-23-000001` or `sha256:<hex>`.
pub(crate) fn parse_accession(v: &str) -> Result<String, ApiError> {
    let b = v.as_bytes();
    let accession = b.len() == 20 && b[10] == b'-' && b[13] == b'-' && b.iter().enumerate().all(|(i, c)| i == 10 || i == 13 || c.is_ascii_digit());
    let hashed = v.strip_prefix("sha256:").is_some_and(|h| h.len() == 64 && h.bytes().all(|c| c.is_ascii_hexdigit()));
    if accession || hashed {
        Ok(v.to_string())
    } else {
        Err(ApiError::bad("accession", "an accession number like 0000320193-24-000012 (or sha256:<64 hex digits>)", v))
    }
}

/// The filing record with its ledger facts.
pub(crate) fn filing_view(s: &Store, key: &str) -> Result<(form4_model::Filing, form4_store::FilingFacts), ApiError> {
    let filing = s.filing(key)?.ok_or_else(|| ApiError::not_found("filing", key))?;
    let facts = s.filing_facts(key)?.ok_or_else(|| ApiError::not_found("filing", key))?;
    Ok((filing, facts))
}

async fn filing(State(state): St, Path(accession): Path<String>, raw: Raw) -> Result<Json<Value>, ApiError> {
    Params::new(raw, allowed("/api/filings/{accession}"))?;
    let key = parse_accession(&accession)?;
    let (filing, facts) = with_store(&state, move |s| filing_view(s, &key)).await?;
    let mut v = BTreeMap::new();
    v.insert("filing", serde_json::to_value(filing).map_err(ApiError::internal)?);
    v.insert("facts", serde_json::to_value(facts).map_err(ApiError::internal)?);
    Ok(Json(serde_json::to_value(v).map_err(ApiError::internal)?))
}
