//! SVG charts drawn on the server: no script, no font files, no network at run time.
//! Amounts are exact decimals in the tables; the charts scale them to pixels only.

use std::fmt::Write;

use form4_model::Decimal;
use form4_store::{HoldingSeries, MonthlyFlow};

const W: f64 = 760.0;
const H: f64 = 260.0;
const LEFT: f64 = 86.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 24.0;
const BOTTOM: f64 = 42.0;

fn to_f64(s: &str) -> f64 {
    s.parse::<Decimal>().ok().and_then(|d| d.to_string().parse().ok()).unwrap_or(0.0)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// `1234567` → `1.23M`.
fn short(v: f64) -> String {
    let a = v.abs();
    let (d, unit) = if a >= 1e9 {
        (1e9, "B")
    } else if a >= 1e6 {
        (1e6, "M")
    } else if a >= 1e3 {
        (1e3, "k")
    } else {
        (1.0, "")
    };
    let x = v / d;
    if unit.is_empty() {
        format!("{x:.0}")
    } else {
        format!("{x:.2}{unit}")
    }
}

fn frame(title: &str, class: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart {class}\" viewBox=\"0 0 {W} {H}\" width=\"{W}\" height=\"{H}\" role=\"img\" aria-label=\"{t}\">\
         <title>{t}</title><rect x=\"0\" y=\"0\" width=\"{W}\" height=\"{H}\" fill=\"#fff\"/>",
        t = escape(title)
    )
}

fn empty(title: &str, class: &str, message: &str) -> String {
    let mut s = frame(title, class);
    let _ = write!(s, "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"14\" fill=\"#666\">{}</text></svg>", W / 2.0, H / 2.0, escape(message));
    s
}

/// Horizontal grid lines and y labels for `lo..hi`; returns the y mapping.
fn y_axis(s: &mut String, lo: f64, hi: f64) -> impl Fn(f64) -> f64 {
    let (lo, hi) = if (hi - lo).abs() < f64::EPSILON { (lo - 1.0, hi + 1.0) } else { (lo, hi) };
    let plot_h = H - TOP - BOTTOM;
    let y = move |v: f64| TOP + (hi - v) / (hi - lo) * plot_h;
    for i in 0..=4 {
        let v = lo + (hi - lo) * i as f64 / 4.0;
        let yy = y(v);
        let _ = write!(
            s,
            "<line x1=\"{LEFT}\" y1=\"{yy:.1}\" x2=\"{}\" y2=\"{yy:.1}\" stroke=\"#e5e5e5\"/><text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#555\">{}</text>",
            W - RIGHT,
            LEFT - 6.0,
            yy + 4.0,
            short(v)
        );
    }
    y
}

/// Monthly net open-market buying (green) and selling (red), in dollars.
pub fn monthly_net(flows: &[MonthlyFlow]) -> String {
    let title = "Net insider open-market buying and selling per month (USD)";
    if flows.is_empty() {
        return empty(title, "monthly-net", "No open-market purchases (P) or sales (S) reported");
    }
    let nets: Vec<f64> = flows.iter().map(|f| to_f64(&f.net_value)).collect();
    let lo = nets.iter().cloned().fold(0.0, f64::min);
    let hi = nets.iter().cloned().fold(0.0, f64::max);
    let mut s = frame(title, "monthly-net");
    let y = y_axis(&mut s, lo, hi);
    let plot_w = W - LEFT - RIGHT;
    let slot = plot_w / flows.len() as f64;
    let bar = (slot * 0.7).max(1.0);
    let zero = y(0.0);
    for (i, (f, net)) in flows.iter().zip(&nets).enumerate() {
        let x = LEFT + slot * i as f64 + (slot - bar) / 2.0;
        let top = y(net.max(0.0));
        let height = (y(net.min(0.0)) - top).max(0.5);
        let color = if *net >= 0.0 { "#2e7d32" } else { "#c62828" };
        let _ = write!(
            s,
            "<rect class=\"bar\" x=\"{x:.1}\" y=\"{top:.1}\" width=\"{bar:.1}\" height=\"{height:.1}\" fill=\"{color}\"><title>{}: bought {} (${}), sold {} (${}), net ${}</title></rect>",
            escape(&f.month),
            escape(&f.bought_shares),
            escape(&f.bought_value),
            escape(&f.sold_shares),
            escape(&f.sold_value),
            escape(&f.net_value)
        );
        // Label every month when few, else about ten labels.
        let every = flows.len().div_ceil(10);
        if i % every == 0 {
            let _ =
                write!(s, "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#555\">{}</text>", x + bar / 2.0, H - BOTTOM + 16.0, escape(&f.month));
        }
    }
    let _ = write!(s, "<line x1=\"{LEFT}\" y1=\"{zero:.1}\" x2=\"{}\" y2=\"{zero:.1}\" stroke=\"#333\"/></svg>", W - RIGHT);
    s
}

/// Amount owned after each reported transaction or holding of one position.
pub fn holding_line(series: &HoldingSeries) -> String {
    let title = format!(
        "{} ({}{}) owned over time",
        series.security_title.as_deref().unwrap_or("security"),
        series.direct_indirect.as_deref().unwrap_or("?"),
        series.nature.as_deref().map(|n| format!(", {n}")).unwrap_or_default()
    );
    let points: Vec<(&str, f64)> = series.points.iter().filter_map(|p| Some((p.date.as_deref().unwrap_or(""), to_f64(p.owned_after.as_deref()?)))).collect();
    if points.is_empty() {
        return empty(&title, "holding-line", "No amounts owned reported");
    }
    let lo = points.iter().map(|p| p.1).fold(f64::INFINITY, f64::min).min(0.0);
    let hi = points.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
    let mut s = frame(&title, "holding-line");
    let y = y_axis(&mut s, lo, hi);
    let plot_w = W - LEFT - RIGHT;
    let x = |i: usize| if points.len() == 1 { LEFT + plot_w / 2.0 } else { LEFT + plot_w * i as f64 / (points.len() - 1) as f64 };
    let path: Vec<String> = points.iter().enumerate().map(|(i, (_, v))| format!("{:.1},{:.1}", x(i), y(*v))).collect();
    let _ = write!(s, "<polyline class=\"line\" fill=\"none\" stroke=\"#1565c0\" stroke-width=\"2\" points=\"{}\"/>", path.join(" "));
    let every = points.len().div_ceil(8);
    for (i, (date, v)) in points.iter().enumerate() {
        let _ = write!(s, "<circle class=\"point\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"3\" fill=\"#1565c0\"><title>{}: {}</title></circle>", x(i), y(*v), escape(date), short(*v));
        if i % every == 0 {
            let _ = write!(s, "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#555\">{}</text>", x(i), H - BOTTOM + 16.0, escape(date));
        }
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flow(month: &str, net: &str) -> MonthlyFlow {
        MonthlyFlow { month: month.into(), bought_shares: "0".into(), bought_value: "0".into(), sold_shares: "0".into(), sold_value: "0".into(), net_value: net.into(), transactions: 1 }
    }

    #[test]
    fn bars_are_green_up_and_red_down() {
        let svg = monthly_net(&[flow("2023-01", "1500.50"), flow("2023-02", "-3000")]);
        assert_eq!(svg.matches("class=\"bar\"").count(), 2);
        assert!(svg.contains("#2e7d32") && svg.contains("#c62828"));
        assert!(svg.contains(">2023-01<") && svg.contains("net $-3000"));
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    }

    #[test]
    fn empty_charts_say_so() {
        assert!(monthly_net(&[]).contains("No open-market purchases"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("A & <B>"), "A &amp; &lt;B&gt;");
        assert_eq!(short(1_234_567.0), "1.23M");
        assert_eq!(short(-950.0), "-950");
    }
}
