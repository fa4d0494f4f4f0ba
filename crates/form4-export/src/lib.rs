//! Export for analytics: the SEC's Insider Transactions Data Sets layout (`sec-tsv`),
//! the same tables as CSV or Parquet, and JSON Lines of the canonical model.
//!
//! An [`Exporter`] takes filings one at a time and streams them out: TSV, CSV and JSON
//! rows are written as they come, Parquet rows are buffered per table and written in
//! row groups of [`PARQUET_BATCH`], so memory stays bounded whatever the input size.
//!
//! Values: `sec-tsv` writes numbers as the SEC files do (`250000.0`, `19.82`: the exact
//! decimal, integers with `.0`), dates as `27-SEP-2024`, booleans as filed, footnote ids
//! as `F1, F2`. CSV writes exact decimals as filed and ISO dates. Parquet types numbers as
//! `DECIMAL(38, 10)`, dates as `DATE`, keys as `INT64`, booleans as `BOOLEAN`.

pub mod tables;

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use arrow_array::builder::{BooleanBuilder, Date32Builder, Decimal128Builder, Int64Builder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema};
use chrono::NaiveDate;
use form4_model::{Decimal, Filing};
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::WriterProperties;

pub use tables::{Cell, Kind, Table, TABLES};

/// Rows per Parquet row group (and the most rows of a table held in memory).
pub const PARQUET_BATCH: usize = 8192;
/// Decimal scale of Parquet number columns.
pub const PARQUET_SCALE: u32 = 10;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The SEC data-set layout: one tab-separated `<TABLE>.tsv` per table.
    SecTsv,
    /// The same tables as `<TABLE>.csv`.
    Csv,
    /// The same tables as `<TABLE>.parquet`.
    Parquet,
    /// `filings.jsonl`: one canonical filing per line.
    Jsonl,
}

impl Format {
    /// Parses `sec-tsv`, `csv`, `parquet`, `jsonl`.
    pub fn parse(s: &str) -> Option<Format> {
        Some(match s {
            "sec-tsv" => Format::SecTsv,
            "csv" => Format::Csv,
            "parquet" => Format::Parquet,
            "jsonl" => Format::Jsonl,
            _ => return None,
        })
    }
}

/// Export failures.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Parquet or Arrow failed.
    #[error("parquet: {0}")]
    Parquet(String),
}

/// What an export wrote.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ExportStats {
    /// Filings exported.
    pub filings: usize,
    /// Rows per table, in [`TABLES`] order.
    pub rows: [usize; 8],
    /// Values that could not be typed in Parquet (unparsed text, or more than 10
    /// decimal places) and were written as null; TSV and CSV keep them as text.
    pub untyped: usize,
    /// The files written.
    pub files: Vec<PathBuf>,
}

enum Sink {
    Text { files: Vec<BufWriter<File>>, paths: Vec<PathBuf>, tsv: bool },
    Parquet { writers: Vec<ArrowWriter<File>>, buffers: Vec<Vec<Vec<Cell>>>, schemas: Vec<Arc<Schema>> },
    Jsonl { file: BufWriter<File>, path: PathBuf },
}

/// Streams filings into files in one directory.
pub struct Exporter {
    sink: Sink,
    keys: [i64; 8],
    stats: ExportStats,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ExportError + '_ {
    move |source| ExportError::Io { path: path.to_path_buf(), source }
}

fn parquet_err(e: impl std::fmt::Display) -> ExportError {
    ExportError::Parquet(e.to_string())
}

/// The Arrow schema of a table.
pub fn arrow_schema(table: &Table) -> Schema {
    Schema::new(
        table
            .columns
            .iter()
            .map(|(name, kind)| {
                let t = match kind {
                    Kind::Text => DataType::Utf8,
                    Kind::Number => DataType::Decimal128(38, PARQUET_SCALE as i8),
                    Kind::Key => DataType::Int64,
                    Kind::Date => DataType::Date32,
                    Kind::Flag => DataType::Boolean,
                };
                Field::new(*name, t, !matches!(kind, Kind::Key) && *name != "ACCESSION_NUMBER")
            })
            .collect::<Vec<_>>(),
    )
}

impl Exporter {
    /// Creates the output files in `dir` (created if missing).
    pub fn new(format: Format, dir: &Path) -> Result<Exporter, ExportError> {
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        let sink = match format {
            Format::SecTsv | Format::Csv => {
                let tsv = format == Format::SecTsv;
                let (mut files, mut paths) = (Vec::new(), Vec::new());
                for t in TABLES {
                    let path = dir.join(format!("{}.{}", t.name, if tsv { "tsv" } else { "csv" }));
                    let mut f = BufWriter::with_capacity(1 << 16, File::create(&path).map_err(io(&path))?);
                    let sep = if tsv { "\t" } else { "," };
                    writeln!(f, "{}", t.columns.iter().map(|c| c.0).collect::<Vec<_>>().join(sep)).map_err(io(&path))?;
                    files.push(f);
                    paths.push(path);
                }
                Sink::Text { files, paths, tsv }
            }
            Format::Parquet => {
                let props = WriterProperties::builder().set_compression(Compression::ZSTD(ZstdLevel::default())).set_max_row_group_row_count(Some(PARQUET_BATCH)).build();
                let (mut writers, mut schemas) = (Vec::new(), Vec::new());
                for t in TABLES {
                    let path = dir.join(format!("{}.parquet", t.name));
                    let schema = Arc::new(arrow_schema(t));
                    let file = File::create(&path).map_err(io(&path))?;
                    writers.push(ArrowWriter::try_new(file, schema.clone(), Some(props.clone())).map_err(parquet_err)?);
                    schemas.push(schema);
                }
                Sink::Parquet { writers, buffers: vec![Vec::new(); TABLES.len()], schemas }
            }
            Format::Jsonl => {
                let path = dir.join("filings.jsonl");
                Sink::Jsonl { file: BufWriter::with_capacity(1 << 16, File::create(&path).map_err(io(&path))?), path }
            }
        };
        Ok(Exporter { sink, keys: [0; 8], stats: ExportStats::default() })
    }

    /// Writes one filing.
    pub fn write(&mut self, filing: &Filing) -> Result<(), ExportError> {
        self.stats.filings += 1;
        if let Sink::Jsonl { file, path } = &mut self.sink {
            serde_json::to_writer(&mut *file, filing).map_err(|e| ExportError::Io { path: path.clone(), source: e.into() })?;
            return file.write_all(b"\n").map_err(io(path));
        }
        let rows = tables::rows(filing, &mut self.keys);
        for (t, table_rows) in rows.into_iter().enumerate() {
            self.stats.rows[t] += table_rows.len();
            match &mut self.sink {
                Sink::Text { files, paths, tsv } => {
                    for row in table_rows {
                        let line = if *tsv { tsv_line(&row) } else { csv_line(&row) };
                        files[t].write_all(line.as_bytes()).map_err(io(&paths[t]))?;
                    }
                }
                Sink::Parquet { writers, buffers, schemas } => {
                    buffers[t].extend(table_rows);
                    if buffers[t].len() >= PARQUET_BATCH {
                        let batch = std::mem::take(&mut buffers[t]);
                        self.stats.untyped += flush(&mut writers[t], &schemas[t], &TABLES[t], &batch)?;
                    }
                }
                Sink::Jsonl { .. } => unreachable!("handled above"),
            }
        }
        Ok(())
    }

    /// Finishes the files and says what was written.
    pub fn finish(mut self) -> Result<ExportStats, ExportError> {
        match self.sink {
            Sink::Text { files, paths, .. } => {
                for (mut f, p) in files.into_iter().zip(paths) {
                    f.flush().map_err(io(&p))?;
                    self.stats.files.push(p);
                }
            }
            Sink::Parquet { writers, buffers, schemas } => {
                for (t, (mut w, batch)) in writers.into_iter().zip(buffers).enumerate() {
                    if !batch.is_empty() {
                        self.stats.untyped += flush(&mut w, &schemas[t], &TABLES[t], &batch)?;
                    }
                    w.close().map_err(parquet_err)?;
                }
                self.stats.files = TABLES.iter().map(|t| PathBuf::from(format!("{}.parquet", t.name))).collect();
            }
            Sink::Jsonl { mut file, path } => {
                file.flush().map_err(io(&path))?;
                self.stats.files.push(path);
            }
        }
        Ok(self.stats)
    }
}

/// An exact decimal as the SEC data sets print it: trailing zeros dropped, and `.0`
/// on whole numbers (`250000.0`, `19.82`, `0.0`).
pub fn sec_number(d: Decimal) -> String {
    let n = d.normalize();
    if n.scale() == 0 {
        format!("{n}.0")
    } else {
        n.to_string()
    }
}

/// A date as the SEC data sets print it: `27-SEP-2024`.
pub fn sec_date(d: NaiveDate) -> String {
    d.format("%d-%b-%Y").to_string().to_uppercase()
}

fn one_line(s: &str) -> String {
    s.replace(['\t', '\r', '\n'], " ")
}

fn tsv_line(row: &[Cell]) -> String {
    let mut line = String::with_capacity(256);
    for (i, c) in row.iter().enumerate() {
        if i > 0 {
            line.push('\t');
        }
        match c {
            Cell::Null => {}
            Cell::Text(s) | Cell::Raw(s) => line.push_str(&one_line(s)),
            Cell::Number(d) => line.push_str(&sec_number(*d)),
            Cell::Key(k) => line.push_str(&k.to_string()),
            Cell::Date(d) => line.push_str(&sec_date(*d)),
            Cell::Flag(f) => line.push_str(f.as_filed()),
        }
    }
    line.push('\n');
    line
}

fn csv_line(row: &[Cell]) -> String {
    let quote = |s: &str| if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() };
    let mut cells = Vec::with_capacity(row.len());
    for c in row {
        cells.push(match c {
            Cell::Null => String::new(),
            Cell::Text(s) | Cell::Raw(s) => quote(s),
            Cell::Number(d) => d.to_string(),
            Cell::Key(k) => k.to_string(),
            Cell::Date(d) => d.to_string(),
            Cell::Flag(f) => f.as_filed().to_string(),
        });
    }
    let mut line = cells.join(",");
    line.push('\n');
    line
}

/// Writes buffered rows as one record batch; returns how many values had to be nulls.
fn flush(writer: &mut ArrowWriter<File>, schema: &Arc<Schema>, table: &Table, rows: &[Vec<Cell>]) -> Result<usize, ExportError> {
    let mut untyped = 0;
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid date");
    let mut columns: Vec<ArrayRef> = Vec::with_capacity(table.columns.len());
    for (i, (_, kind)) in table.columns.iter().enumerate() {
        let cells = rows.iter().map(|r| &r[i]);
        let array: ArrayRef = match kind {
            Kind::Text => {
                let mut b = StringBuilder::new();
                for c in cells {
                    match c {
                        Cell::Text(s) | Cell::Raw(s) => b.append_value(s),
                        Cell::Flag(f) => b.append_value(f.as_filed()),
                        _ => b.append_null(),
                    }
                }
                Arc::new(b.finish())
            }
            Kind::Number => {
                let mut b = Decimal128Builder::new();
                for c in cells {
                    match c {
                        Cell::Number(d) if d.scale() <= PARQUET_SCALE => {
                            let mut x = *d;
                            x.rescale(PARQUET_SCALE);
                            b.append_value(x.mantissa());
                        }
                        Cell::Null => b.append_null(),
                        _ => {
                            untyped += 1;
                            b.append_null()
                        }
                    }
                }
                Arc::new(b.finish().with_precision_and_scale(38, PARQUET_SCALE as i8).map_err(parquet_err)?)
            }
            Kind::Key => {
                let mut b = Int64Builder::new();
                for c in cells {
                    match c {
                        Cell::Key(k) => b.append_value(*k),
                        _ => b.append_null(),
                    }
                }
                Arc::new(b.finish())
            }
            Kind::Date => {
                let mut b = Date32Builder::new();
                for c in cells {
                    match c {
                        Cell::Date(d) => b.append_value((*d - epoch).num_days() as i32),
                        Cell::Null => b.append_null(),
                        _ => {
                            untyped += 1;
                            b.append_null()
                        }
                    }
                }
                Arc::new(b.finish())
            }
            Kind::Flag => {
                let mut b = BooleanBuilder::new();
                for c in cells {
                    match c {
                        Cell::Flag(f) => b.append_value(f.value),
                        Cell::Null => b.append_null(),
                        _ => {
                            untyped += 1;
                            b.append_null()
                        }
                    }
                }
                Arc::new(b.finish())
            }
        };
        columns.push(array);
    }
    let batch = RecordBatch::try_new(schema.clone(), columns).map_err(parquet_err)?;
    writer.write(&batch).map_err(parquet_err)?;
    Ok(untyped)
}
