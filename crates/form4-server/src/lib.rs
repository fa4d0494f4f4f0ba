//! `form4 serve`: the read-only HTTP API under `/api/` (JSON, described by
//! `/openapi.json`) and the server-rendered web app, over a ledger.
//!
//! This is the only crate that knows HTTP. Handlers parse and validate every parameter
//! themselves (a bad one is a 400 naming it), run their query on a pooled SQLite
//! connection in the blocking pool, and answer JSON or HTML. Charts are SVG drawn here.

mod api;
mod cache;
mod charts;
mod pool;
mod web;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::http::StatusCode;
use axum::Router;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

pub use pool::Pool;

/// The API routes and the query parameters each accepts (what `/openapi.json` must describe).
pub fn api_routes() -> &'static [(&'static str, &'static [&'static str])] {
    api::ROUTES
}

/// The OpenAPI document the server serves at `/openapi.json` (kept in the repository).
pub const OPENAPI: &str = include_str!("../openapi.json");

/// Shared state: the ledger's connection pool and a cache of the costly views.
pub struct AppState {
    pool: Pool,
    cache: cache::ViewCache,
    /// Bounds the queries running at once to about the number of cores: more only
    /// makes them fight for the CPU, and the tail latency grows (measured in BENCHMARKS.md).
    queries: tokio::sync::Semaphore,
}

/// Builds the application over the ledger at `db`.
pub fn app(db: PathBuf) -> Result<Router, form4_store::StoreError> {
    let pool = Pool::new(db.clone())?;
    let cache = cache::ViewCache::new(&db)?;
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let state = Arc::new(AppState { pool, cache, queries: tokio::sync::Semaphore::new(cores * 2) });
    Ok(Router::new()
        .merge(api::routes())
        .merge(web::routes())
        .fallback(web::not_found)
        .with_state(state)
        .layer(CompressionLayer::new())
        // The API is read-only: requests have no business carrying large bodies.
        .layer(RequestBodyLimitLayer::new(16 * 1024))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, Duration::from_secs(10))))
}

/// Serves `app` on `listener` until the process is interrupted (Ctrl-C).
pub async fn serve(listener: tokio::net::TcpListener, app: Router) -> std::io::Result<()> {
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}

/// Binds `host:port` (port 0 picks a free one), calls `ready` with the address, and
/// serves the ledger at `db` until Ctrl-C. Blocks the calling thread.
pub fn run(host: &str, port: u16, db: PathBuf, ready: impl FnOnce(std::net::SocketAddr)) -> std::io::Result<()> {
    let app = app(db).map_err(std::io::Error::other)?;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind((host, port)).await?;
        ready(listener.local_addr()?);
        serve(listener, app).await
    })
}
