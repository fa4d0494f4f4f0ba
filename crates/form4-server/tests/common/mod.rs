//! Shared by the HTTP and browser tests: one server per test binary over a ledger of
//! the fixture filings, and a minimal HTTP/1.1 client.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::sync::OnceLock;

/// One server for the whole test binary.
pub fn server() -> SocketAddr {
    static ADDR: OnceLock<SocketAddr> = OnceLock::new();
    *ADDR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("form4-http-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join("ledger.db");
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures");
        let mut store = form4_store::Store::open(&db).unwrap();
        let paths = [fixtures.join("submission").display().to_string(), fixtures.join("xml").display().to_string()];
        form4_ingest::ingest(&paths, &mut store, form4_ingest::Options { batch_size: 500, today: "2026-01-01".parse().unwrap() }, |_| {}).unwrap();
        drop(store);
        let (send, receive) = std::sync::mpsc::channel();
        std::thread::spawn(move || form4_server::run("127.0.0.1", 0, db, |addr| send.send(addr).unwrap()).unwrap());
        receive.recv().unwrap()
    })
}

pub struct Reply {
    pub status: u16,
    pub content_type: String,
    pub body: String,
}

pub fn request(method: &str, path: &str, body: &[u8]) -> Reply {
    let mut stream = TcpStream::connect(server()).unwrap();
    let head = format!("{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: {}\r\n\r\n", body.len());
    stream.write_all(head.as_bytes()).unwrap();
    let _ = stream.write_all(body);
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    let content_type = head.lines().find_map(|l| l.to_ascii_lowercase().strip_prefix("content-type: ").map(str::to_owned)).unwrap_or_default();
    let body = if head.to_ascii_lowercase().contains("transfer-encoding: chunked") { dechunk(body) } else { body.to_string() };
    Reply { status, content_type, body }
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        out.push_str(&rest[..n]);
        s = &rest[n + 2..];
    }
    out
}

pub fn get(path: &str) -> Reply {
    request("GET", path, b"")
}
