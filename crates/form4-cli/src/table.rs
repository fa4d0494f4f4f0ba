//! Query output: an aligned table for people, CSV and JSON for programs.

use std::io::Write;

use clap::Args;
use serde::Serialize;

/// How to print query results.
#[derive(Args, Clone, Copy)]
pub struct OutputArgs {
    /// Print JSON (an array of objects).
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,
    /// Print CSV with a header row.
    #[arg(long)]
    pub csv: bool,
}

/// Rows with named columns.
pub struct Table {
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(headers: Vec<&'static str>) -> Self {
        Table { headers, rows: Vec::new() }
    }

    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    fn numeric(&self, col: usize) -> bool {
        !self.rows.is_empty() && self.rows.iter().all(|r| r[col].is_empty() || r[col].bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b'-'))
    }

    fn write_text(&self, out: &mut impl Write) -> std::io::Result<()> {
        let widths: Vec<usize> = (0..self.headers.len()).map(|c| self.rows.iter().map(|r| r[c].chars().count()).chain([self.headers[c].len()]).max().unwrap_or(0).min(48)).collect();
        let numeric: Vec<bool> = (0..self.headers.len()).map(|c| self.numeric(c)).collect();
        let line = |cells: &[String], out: &mut dyn Write| -> std::io::Result<()> {
            let mut s = String::new();
            for (c, cell) in cells.iter().enumerate() {
                let cell: String = if cell.chars().count() > widths[c] { cell.chars().take(widths[c] - 1).chain(['…']).collect() } else { cell.clone() };
                let pad = widths[c] - cell.chars().count();
                if c > 0 {
                    s.push_str("  ");
                }
                if numeric[c] {
                    s.push_str(&" ".repeat(pad));
                    s.push_str(&cell);
                } else {
                    s.push_str(&cell);
                    if c + 1 < cells.len() {
                        s.push_str(&" ".repeat(pad));
                    }
                }
            }
            writeln!(out, "{}", s.trim_end())
        };
        line(&self.headers.iter().map(|h| h.to_string()).collect::<Vec<_>>(), out)?;
        line(&widths.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>(), out)?;
        for row in &self.rows {
            line(row, out)?;
        }
        Ok(())
    }

    fn write_csv(&self, out: &mut impl Write) -> std::io::Result<()> {
        let quote = |s: &str| {
            if s.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", s.replace('"', "\"\""))
            } else {
                s.to_string()
            }
        };
        writeln!(out, "{}", self.headers.iter().map(|h| quote(h)).collect::<Vec<_>>().join(","))?;
        for row in &self.rows {
            writeln!(out, "{}", row.iter().map(|c| quote(c)).collect::<Vec<_>>().join(","))?;
        }
        Ok(())
    }
}

/// Prints `items` as JSON, or `table` as CSV or text, per the flags.
pub fn print<T: Serialize>(output: OutputArgs, items: &[T], table: Table) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if output.json {
        serde_json::to_writer_pretty(&mut out, items)?;
        writeln!(out)?;
    } else if output.csv {
        table.write_csv(&mut out)?;
    } else {
        table.write_text(&mut out)?;
    }
    out.flush()?;
    Ok(())
}

/// An optional value as a cell.
pub fn cell<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}
