//! The pages in a real browser: headless Chromium loads the search, issuer, insider and
//! filing pages from the test server and the rendered DOM must hold their tables and
//! charts. `scripts/test` installs Debian's chromium; `CHROMIUM` names another binary.

mod common;

use std::process::Command;

fn chromium() -> String {
    let candidates = [std::env::var("CHROMIUM").unwrap_or_default(), "/usr/bin/chromium".into(), "/usr/bin/chromium-browser".into()];
    candidates
        .into_iter()
        .find(|c| !c.is_empty() && std::path::Path::new(c).exists())
        .expect("the browser test needs Chromium: run scripts/test (it installs Debian's chromium) or set CHROMIUM to a Chromium binary")
}

/// The DOM after the page loaded, as Chromium serialises it.
fn rendered(path: &str) -> String {
    let addr = common::server();
    let profile = std::env::temp_dir().join(format!("form4-chromium-{}-{}", std::process::id(), path.replace(['/', '?', '='], "_")));
    let out = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            &format!("--user-data-dir={}", profile.display()),
            "--dump-dom",
            &format!("http://{addr}{path}"),
        ])
        .output()
        .expect("chromium runs");
    let _ = std::fs::remove_dir_all(&profile);
    let dom = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(dom.contains("</html>"), "{path}: chromium printed no document: {}", String::from_utf8_lossy(&out.stderr));
    dom
}

#[test]
fn the_pages_render_with_their_tables_and_charts() {
    let search = rendered("/search?q=ADI");
    assert!(search.contains("<table id=\"issuers\">"), "{search}");
    assert!(search.contains("ANALOG DEVICES INC"));

    let issuer = rendered("/issuers/MSFT");
    for part in ["<table id=\"insiders\">", "<table id=\"transactions\">", "<svg", "class=\"chart monthly-net\"", "class=\"bar\""] {
        assert!(issuer.contains(part), "issuer page lacks {part}");
    }

    let owner = rendered("/owners/1199360");
    for part in ["<table id=\"issuers\">", "class=\"chart holding-line\"", "<polyline", "<table class=\"points\">"] {
        assert!(owner.contains(part), "insider page lacks {part}");
    }

    let filing = rendered("/filings/0000006281-23-000073");
    for part in ["id=\"table1\"", "id=\"table2\"", "Explanation of Responses", "CHAMPY JAMES", "id=\"checks\""] {
        assert!(filing.contains(part), "filing page lacks {part}");
    }
    // The form's columns, as the SEC's form lays them out.
    assert!(filing.contains("5. Amount Beneficially Owned Following Reported Transaction(s)"));
    assert!(filing.contains("7. Title and Amount of Underlying Securities"));
}
