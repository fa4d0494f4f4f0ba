//! The web pages: server-rendered HTML (minijinja templates compiled into the binary)
//! with SVG charts. No front-end build and no requests to other hosts.

use std::sync::{Arc, OnceLock};

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use form4_model::*;
use minijinja::{context, Environment};
use serde::Serialize;
use serde_json::Value;

use crate::api::{self, with_store, ApiError, Params};
use crate::{charts, AppState};

type St = State<Arc<AppState>>;
type Raw = Result<Query<Vec<(String, String)>>, QueryRejection>;

pub(crate) fn routes() -> Router<Arc<AppState>> {
    Router::new().route("/", get(index)).route("/search", get(search)).route("/issuers/{id}", get(issuer)).route("/owners/{cik}", get(owner)).route("/filings/{accession}", get(filing))
}

fn env() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        for (name, source) in [
            ("base.html", include_str!("../templates/base.html")),
            ("index.html", include_str!("../templates/index.html")),
            ("search.html", include_str!("../templates/search.html")),
            ("issuer.html", include_str!("../templates/issuer.html")),
            ("owner.html", include_str!("../templates/owner.html")),
            ("filing.html", include_str!("../templates/filing.html")),
            ("error.html", include_str!("../templates/error.html")),
        ] {
            env.add_template(name, source).expect("templates are valid (checked by the tests)");
        }
        env
    })
}

fn render(name: &str, ctx: minijinja::Value) -> Response {
    match env().get_template(name).and_then(|t| t.render(ctx)) {
        Ok(html) => Html(html).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, Html(format!("<h1>template error</h1><pre>{e}</pre>"))).into_response(),
    }
}

fn error_page(e: ApiError) -> Response {
    let status = e.status();
    let mut response = render("error.html", context! { status => status.as_u16(), message => e.message() });
    *response.status_mut() = status;
    response
}

pub(crate) async fn not_found() -> Response {
    error_page(ApiError::not_found("page", "at this address"))
}

async fn index(State(state): St) -> Response {
    match with_store(&state, |s| Ok(s.counts()?)).await {
        Ok(counts) => render("index.html", context! { counts => counts }),
        Err(e) => error_page(e),
    }
}

async fn search(State(state): St, raw: Raw) -> Response {
    let p = match Params::new(raw, &["q"]) {
        Ok(p) => p,
        Err(e) => return error_page(e),
    };
    let q = p.text("q").unwrap_or("").chars().take(100).collect::<String>();
    let query = q.clone();
    match with_store(&state, move |s| Ok(if query.is_empty() { None } else { Some(s.search(&query, 50)?) })).await {
        Ok(results) => render("search.html", context! { q => q, results => results }),
        Err(e) => error_page(e),
    }
}

async fn issuer(State(state): St, Path(id): Path<String>) -> Response {
    let result = api::cached_issuer_view(&state, id).await.map(|view| {
        let chart = charts::monthly_net(&view.monthly);
        (view, chart)
    });
    match result {
        Ok((view, chart)) => render("issuer.html", context! { v => &*view, chart => minijinja::Value::from_safe_string(chart) }),
        Err(e) => error_page(e),
    }
}

async fn owner(State(state): St, Path(cik): Path<String>, raw: Raw) -> Response {
    let p = match Params::new(raw, &["issuer"]) {
        Ok(p) => p,
        Err(e) => return error_page(e),
    };
    let issuer = p.text("issuer").map(str::to_owned);
    let result = with_store(&state, move |s| {
        let cik = api::parse_cik("cik", &cik)?;
        let view = api::owner_view(s, cik, issuer.as_deref())?;
        let charts: Vec<minijinja::Value> = view.holdings.iter().map(|h| minijinja::Value::from_safe_string(charts::holding_line(h))).collect();
        Ok((view, charts))
    })
    .await;
    match result {
        Ok((view, charts)) => render("owner.html", context! { v => view, charts => charts }),
        Err(e) => error_page(e),
    }
}

/// A value as the form prints it, with its footnote marks.
#[derive(Serialize, Default)]
struct Cell {
    text: String,
    notes: Vec<String>,
}

fn cell<T: ToString>(v: Option<&Footnoted<T>>) -> Cell {
    let Some(f) = v else { return Cell::default() };
    let text = match &f.value {
        Some(Parsed::Ok(x)) => x.to_string(),
        Some(Parsed::Raw { raw }) => raw.clone(),
        None => String::new(),
    };
    Cell { text, notes: f.footnote_id.iter().map(|id| id.trim_start_matches('F').to_string()).collect() }
}

fn plain(s: Option<&str>) -> Cell {
    Cell { text: s.unwrap_or("").to_string(), notes: Vec::new() }
}

/// One line of Table I or II, columns as on the form.
#[derive(Serialize, Default)]
#[serde(rename_all = "camelCase")]
struct FormRow {
    title: Cell,
    conversion_price: Cell,
    date: Cell,
    deemed: Cell,
    code: Cell,
    voluntary: String,
    amount: Cell,
    acquired_disposed: Cell,
    price: Cell,
    exercisable: Cell,
    expiration: Cell,
    underlying_title: Cell,
    underlying_amount: Cell,
    owned_after: Cell,
    direct_indirect: Cell,
    nature: Cell,
}

/// The first of two alternative amounts that is present (shares, else value).
fn either(first: Option<&Amount>, second: Option<&Amount>) -> Cell {
    if first.is_some() {
        cell(first)
    } else {
        cell(second)
    }
}

/// The columns transactions and holdings share: what is held, and how.
#[allow(clippy::too_many_arguments)]
fn position(
    title: Option<&Text>,
    conversion: Option<&Amount>,
    exercise: Option<&Date>,
    expiration: Option<&Date>,
    u: Option<&UnderlyingSecurity>,
    post: Option<&PostTransactionAmounts>,
    n: Option<&OwnershipNature>,
) -> FormRow {
    FormRow {
        title: cell(title),
        conversion_price: cell(conversion),
        exercisable: cell(exercise),
        expiration: cell(expiration),
        underlying_title: cell(u.and_then(|u| u.underlying_security_title.as_ref())),
        underlying_amount: either(u.and_then(|u| u.underlying_security_shares.as_ref()), u.and_then(|u| u.underlying_security_value.as_ref())),
        owned_after: either(post.and_then(|p| p.shares_owned_following_transaction.as_ref()), post.and_then(|p| p.value_owned_following_transaction.as_ref())),
        direct_indirect: cell(n.and_then(|n| n.direct_or_indirect_ownership.as_ref())),
        nature: cell(n.and_then(|n| n.nature_of_ownership.as_ref())),
        ..FormRow::default()
    }
}

fn tx_row(t: &Transaction) -> FormRow {
    let a = t.transaction_amounts.as_ref();
    let c = t.transaction_coding.as_ref();
    FormRow {
        date: cell(t.transaction_date.as_ref()),
        deemed: cell(t.deemed_execution_date.as_ref()),
        code: Cell {
            text: c.and_then(|c| c.transaction_code.clone()).unwrap_or_default(),
            notes: c.map(|c| c.footnote_id.iter().map(|i| i.trim_start_matches('F').to_string()).collect()).unwrap_or_default(),
        },
        voluntary: if t.transaction_timeliness.as_ref().and_then(|f| f.get()).is_some_and(|v| v == "E") { "V".into() } else { String::new() },
        amount: either(a.and_then(|a| a.transaction_shares.as_ref()), a.and_then(|a| a.transaction_total_value.as_ref())),
        acquired_disposed: cell(a.and_then(|a| a.transaction_acquired_disposed_code.as_ref())),
        price: cell(a.and_then(|a| a.transaction_price_per_share.as_ref())),
        ..position(
            t.security_title.as_ref(),
            t.conversion_or_exercise_price.as_ref(),
            t.exercise_date.as_ref(),
            t.expiration_date.as_ref(),
            t.underlying_security.as_ref(),
            t.post_transaction_amounts.as_ref(),
            t.ownership_nature.as_ref(),
        )
    }
}

fn holding_row(h: &Holding) -> FormRow {
    position(
        h.security_title.as_ref(),
        h.conversion_or_exercise_price.as_ref(),
        h.exercise_date.as_ref(),
        h.expiration_date.as_ref(),
        h.underlying_security.as_ref(),
        h.post_transaction_amounts.as_ref(),
        h.ownership_nature.as_ref(),
    )
}

/// A reporting person as boxes 1 and 5 show them.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Person {
    cik: String,
    name: Cell,
    address: Vec<String>,
    director: bool,
    officer: bool,
    ten_percent: bool,
    other: bool,
    officer_title: String,
    other_text: String,
}

fn form_view(filing: &Filing) -> Value {
    let Some(doc) = &filing.ownership else {
        return serde_json::json!({ "paper": true });
    };
    let persons: Vec<Person> = doc
        .reporting_owner
        .iter()
        .map(|o| {
            let a = o.reporting_owner_address.clone().unwrap_or_default();
            let city = [a.rpt_owner_city, a.rpt_owner_state, a.rpt_owner_zip_code].into_iter().flatten().collect::<Vec<_>>().join(" ");
            let r = &o.reporting_owner_relationship;
            Person {
                cik: o.reporting_owner_id.rpt_owner_cik.clone().unwrap_or_default(),
                name: plain(o.reporting_owner_id.rpt_owner_name.as_deref()),
                address: [a.rpt_owner_street1, a.rpt_owner_street2, Some(city)].into_iter().flatten().filter(|s| !s.is_empty()).collect(),
                director: r.director(),
                officer: r.officer(),
                ten_percent: r.ten_percent_owner(),
                other: r.other(),
                officer_title: r.officer_title.clone().unwrap_or_default(),
                other_text: r.other_text.clone().unwrap_or_default(),
            }
        })
        .collect();
    let nd = doc.non_derivative_table.as_ref();
    let d = doc.derivative_table.as_ref();
    let table1: Vec<FormRow> = nd.map(|t| t.non_derivative_transaction.iter().map(tx_row).chain(t.non_derivative_holding.iter().map(holding_row)).collect()).unwrap_or_default();
    let table2: Vec<FormRow> = d.map(|t| t.derivative_transaction.iter().map(tx_row).chain(t.derivative_holding.iter().map(holding_row)).collect()).unwrap_or_default();
    let date = |v: &Option<Parsed<XsDate>>| v.as_ref().map(|p| p.ok().map_or_else(|| p.raw().unwrap_or("").to_string(), |d| d.to_string())).unwrap_or_default();
    serde_json::json!({
        "paper": false,
        "documentType": doc.document_type,
        "issuerName": doc.issuer.issuer_name,
        "issuerCik": doc.issuer.issuer_cik,
        "ticker": doc.issuer.issuer_trading_symbol,
        "period": date(&doc.period_of_report),
        "original": date(&doc.date_of_original_submission),
        "notSubject": matches!(doc.not_subject_to_section16, Some(Parsed::Ok(f)) if f.value),
        "tenB5One": doc.aff10b5_one.as_ref().and_then(|p| p.ok()).map(|f| f.value),
        "persons": persons,
        "joint": doc.reporting_owner.len() > 1,
        "table1": table1,
        "table2": table2,
        "footnotes": doc.footnotes.iter().map(|f| serde_json::json!({ "n": f.id.trim_start_matches('F'), "text": f.text })).collect::<Vec<_>>(),
        "remarks": doc.remarks,
        "signatures": doc.owner_signature.iter().map(|s| serde_json::json!({ "name": s.signature_name, "date": date(&s.signature_date) })).collect::<Vec<_>>(),
    })
}

async fn filing(State(state): St, Path(accession): Path<String>) -> Response {
    let result = with_store(&state, move |s| {
        let key = api::parse_accession(&accession)?;
        api::filing_view(s, &key)
    })
    .await;
    match result {
        Ok((filing, facts)) => {
            let header = filing.header.clone();
            let form = form_view(&filing);
            render("filing.html", context! { form => form, facts => facts, header => header, source => filing.source, documents => filing.documents })
        }
        Err(e) => error_page(e),
    }
}
