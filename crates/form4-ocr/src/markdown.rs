//! The layout the OCR tools hand us: markdown tables (one row per printed line of a
//! ruled cell grid) and paragraphs of plain text between them.

use crate::text::clean;

/// One line of the document: a table row's cells, or a paragraph as one cell.
#[derive(Debug, Clone)]
pub struct Line {
    /// Which table the row belongs to (`None` for a paragraph).
    pub table: Option<usize>,
    /// The cleaned cells, empty ones kept so columns line up.
    pub cells: Vec<String>,
    /// 1-based line number in the input, for diagnostics.
    pub line_no: usize,
    /// Whether the line is a row of a markdown table with its separator row (`|---|`),
    /// as table finders write them: a line led by a pipe in a table without one may be
    /// plain text whose first rule OCR read as a pipe.
    pub grid: bool,
    /// The non-empty cells joined by a space, computed once.
    joined: String,
}

impl Line {
    /// A line from its cells.
    pub fn new(table: Option<usize>, cells: Vec<String>, line_no: usize) -> Self {
        let mut joined = String::with_capacity(cells.iter().map(|c| c.len() + 1).sum());
        for c in cells.iter().filter(|c| !c.is_empty()) {
            if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(c);
        }
        Line { table, cells, line_no, grid: false, joined }
    }

    /// The non-empty cells joined by a space.
    pub fn text(&self) -> &str {
        &self.joined
    }

    /// Whether no cell has text.
    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(String::is_empty)
    }
}

/// Each cell of a markdown table row as written (escapes kept, not trimmed), split on
/// unescaped pipes, the row's outer pipes dropped.
pub fn each_raw_cell<'a>(line: &'a str, mut cell: impl FnMut(&'a str)) {
    let inner = line.trim();
    let inner = inner.strip_prefix('|').unwrap_or(inner);
    let inner = if inner.ends_with('|') && !inner.ends_with("\\|") { &inner[..inner.len() - 1] } else { inner };
    let bytes = inner.as_bytes();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        match bytes[i] {
            // An escaped character (`\|` is a pipe inside a cell) never splits.
            b'\\' => i += 2,
            b'|' => {
                cell(&inner[start..i]);
                i += 1;
                start = i;
            }
            _ => i += 1,
        }
    }
    cell(&inner[start.min(inner.len())..]);
}

/// Splits a markdown table row on unescaped pipes into cleaned cells.
fn split_row(line: &str) -> Vec<String> {
    let mut cells = Vec::with_capacity(16);
    each_raw_cell(line, |c| cells.push(cell_text(c)));
    cells
}

/// A cell's cleaned text. A cell holding only an escaped pipe is an `I` (the
/// ownership-form letter) that OCR read as a vertical bar, so it is kept.
fn cell_text(raw: &str) -> String {
    let t = raw.trim();
    if t.is_empty() {
        String::new()
    } else if t == "\\|" {
        "|".to_string()
    } else {
        clean(t)
    }
}

/// Whether a line is a markdown table's separator row (`|---|:--|`), or a row of pipes.
pub fn is_separator(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('|') && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

/// Reads the document into lines.
pub fn lines(text: &str) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut table: Option<usize> = None;
    let mut tables = 0usize;
    // Where the current table's lines start in `out`.
    let mut block = 0;
    for (i, raw) in text.lines().enumerate() {
        let t = raw.trim();
        if t.starts_with('|') {
            if table.is_none() {
                table = Some(tables);
                tables += 1;
                block = out.len();
            }
            if is_separator(t) {
                if t.contains('-') {
                    out[block..].iter_mut().for_each(|l| l.grid = true);
                }
                continue;
            }
            let mut line = Line::new(table, split_row(t), i + 1);
            line.grid = out.get(block).is_some_and(|l| l.grid && l.table == table);
            out.push(line);
        } else {
            table = None;
            if !t.is_empty() {
                out.push(Line::new(None, vec![clean(t)], i + 1));
            }
        }
    }
    out
}
