//! The export against the SEC's own definition and data: columns equal the SEC metadata,
//! rows equal the SEC's published rows for a filing in the corpus, Parquet reads back
//! with its types and row counts.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use form4_export::{Exporter, Format, TABLES};
use form4_model::Filing;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures")
}

fn scratch(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new().prefix(&format!("form4-export-{name}-")).tempdir().unwrap()
}

fn read(path: &Path) -> Filing {
    form4_read::read_bytes(Some(&path.display().to_string()), &std::fs::read(path).unwrap()).unwrap()
}

fn export(format: Format, dir: &Path, filings: &[Filing]) -> form4_export::ExportStats {
    let mut e = Exporter::new(format, dir).unwrap();
    for f in filings {
        e.write(f).unwrap();
    }
    e.finish().unwrap()
}

fn all_fixture_filings() -> Vec<Filing> {
    let mut out = Vec::new();
    for sub in ["submission/ok", "xml/ok"] {
        let mut paths: Vec<_> = std::fs::read_dir(fixtures().join(sub)).unwrap().map(|e| e.unwrap().path()).collect();
        paths.sort();
        out.extend(paths.iter().map(|p| read(p)));
    }
    out
}

fn tsv(path: &Path) -> Vec<HashMap<String, String>> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    lines.map(|l| header.iter().zip(l.split('\t')).map(|(h, v)| (h.to_string(), v.to_string())).collect()).collect()
}

#[test]
fn columns_equal_the_sec_metadata() {
    let meta: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(fixtures().join("sec-datasets/FORM_345_metadata.json")).unwrap()).unwrap();
    let tables = meta["tables"].as_array().unwrap();
    assert_eq!(tables.len(), TABLES.len());
    let dir = scratch("columns");
    export(Format::SecTsv, dir.path(), &[]);
    for t in tables {
        let name = t["url"].as_str().unwrap().trim_end_matches(".tsv");
        let expected: Vec<&str> = t["tableSchema"]["columns"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
        let ours = TABLES.iter().find(|x| x.name == name).unwrap_or_else(|| panic!("no table {name}"));
        assert_eq!(ours.columns.iter().map(|c| c.0).collect::<Vec<_>>(), expected, "{name}");
        let header = std::fs::read_to_string(dir.path().join(format!("{name}.tsv"))).unwrap();
        assert_eq!(header.trim_end(), expected.join("\t"), "{name}.tsv header");
        // The metadata's types: NUMBER columns are our numbers and keys, DATE columns our dates.
        for (c, (col, kind)) in t["tableSchema"]["columns"].as_array().unwrap().iter().zip(ours.columns) {
            let base = c["datatype"]["base"].as_str().unwrap();
            let expected_kinds: &[form4_export::Kind] = match base {
                "NUMBER" => &[form4_export::Kind::Number, form4_export::Kind::Key],
                b if b.starts_with("date") => &[form4_export::Kind::Date],
                _ => &[form4_export::Kind::Text, form4_export::Kind::Flag],
            };
            assert!(expected_kinds.contains(kind), "{name}.{col}: {base} vs {kind:?}");
        }
    }
}

#[test]
fn rows_equal_what_the_sec_publishes() {
    // fixtures/xml/ok/e47d0c6b2e58bd74.xml is the primary document of accession
    // 0001477932-24-004351 (American Resources Corp, filed 24 July 2024), whose rows are in
    // the SEC's 2024 Q3 data set. Wrapped in the submission header EDGAR gave it:
    let xml = std::fs::read_to_string(fixtures().join("xml/ok/e47d0c6b2e58bd74.xml")).unwrap();
    let submission = format!(
        "<SEC-DOCUMENT>0001477932-24-004351.txt : 20240724\n<SEC-HEADER>0001477932-24-004351.hdr.sgml : 20240724\n\
         ACCESSION NUMBER:\t\t0001477932-24-004351\nCONFORMED SUBMISSION TYPE:\t4\nPUBLIC DOCUMENT COUNT:\t\t1\n\
         CONFORMED PERIOD OF REPORT:\t20240719\nFILED AS OF DATE:\t\t20240724\n</SEC-HEADER>\n\
         <DOCUMENT>\n<TYPE>4\n<SEQUENCE>1\n<FILENAME>primary_doc.xml\n<TEXT>\n<XML>\n{xml}\n</XML>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
    );
    let filing = form4_read::read_bytes(Some("wrapped.txt"), submission.as_bytes()).unwrap();
    let dir = scratch("sec-rows");
    export(Format::SecTsv, dir.path(), &[filing]);
    for table in ["SUBMISSION", "OWNER_SIGNATURE"] {
        let sec = tsv(&fixtures().join(format!("sec-datasets/2024q3-excerpt/{table}.tsv")));
        let ours = tsv(&dir.path().join(format!("{table}.tsv")));
        assert_eq!(ours.len(), sec.len(), "{table}");
        for (theirs, mine) in sec.iter().zip(&ours) {
            // The SEC's published SUBMISSION.tsv leaves out the contact columns its metadata
            // lists; every column it has must match ours to the character.
            for (column, value) in theirs {
                assert_eq!(mine.get(column), Some(value), "{table}.{column}");
            }
        }
    }
}

#[test]
fn values_are_formatted_like_the_sec_files() {
    use form4_export::{sec_date, sec_number};
    let d = |s: &str| s.parse::<form4_model::Decimal>().unwrap();
    assert_eq!(sec_number(d("250000")), "250000.0");
    assert_eq!(sec_number(d("4.00")), "4.0");
    assert_eq!(sec_number(d("19.82")), "19.82");
    assert_eq!(sec_number(d("0")), "0.0");
    assert_eq!(sec_number(d("26.2317")), "26.2317", "exact: no rounding");
    assert_eq!(sec_date("2024-09-27".parse().unwrap()), "27-SEP-2024");
    let dir = scratch("formats");
    export(Format::SecTsv, dir.path(), &[read(&fixtures().join("submission/ok/2df891d4b7a15a7e.txt"))]);
    let rows = tsv(&dir.path().join("DERIV_TRANS.tsv"));
    assert!(!rows.is_empty());
    for r in &rows {
        assert!(r["TRANS_DATE"].len() == 11 && r["TRANS_DATE"].chars().nth(2) == Some('-'), "{:?}", r["TRANS_DATE"]);
    }
    let owners = tsv(&dir.path().join("REPORTINGOWNER.tsv"));
    assert_eq!(owners.len(), 2, "a joint filing has one row per reporting owner");
    assert!(owners.iter().all(|o| o["RPTOWNER_RELATIONSHIP"] == "DIRECTOR"));
}

#[test]
fn parquet_reads_back_with_its_types_and_row_counts() {
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
    let filings = all_fixture_filings();
    let (pq, tsv_dir) = (scratch("parquet"), scratch("parquet-tsv"));
    let stats = export(Format::Parquet, pq.path(), &filings);
    let tsv_stats = export(Format::SecTsv, tsv_dir.path(), &filings);
    assert_eq!(stats.rows, tsv_stats.rows);
    assert_eq!(stats.untyped, 0, "every fixture value types");
    for (i, table) in TABLES.iter().enumerate() {
        let file = std::fs::File::open(pq.path().join(format!("{}.parquet", table.name))).unwrap();
        let builder = ParquetRecordBatchReaderBuilder::try_new(file).unwrap();
        assert_eq!(builder.schema().fields(), form4_export::arrow_schema(table).fields(), "{}", table.name);
        let rows: usize = builder.build().unwrap().map(|b| b.unwrap().num_rows()).sum();
        assert_eq!(rows, stats.rows[i], "{}", table.name);
        assert_eq!(rows, tsv(&tsv_dir.path().join(format!("{}.tsv", table.name))).len(), "{}", table.name);
    }
    // An exact decimal survives: the first Table I price of the first submission fixture.
    let file = std::fs::File::open(pq.path().join("NONDERIV_TRANS.parquet")).unwrap();
    let batch = ParquetRecordBatchReaderBuilder::try_new(file).unwrap().build().unwrap().next().unwrap().unwrap();
    let prices = batch.column_by_name("TRANS_PRICEPERSHARE").unwrap().as_any().downcast_ref::<arrow_array::Decimal128Array>().unwrap();
    let first_tsv = &tsv(&tsv_dir.path().join("NONDERIV_TRANS.tsv"))[0];
    let exact = first_tsv["TRANS_PRICEPERSHARE"].parse::<form4_model::Decimal>().unwrap();
    assert_eq!(form4_model::Decimal::from_i128_with_scale(prices.value(0), 10).normalize(), exact.normalize());
}

#[test]
fn csv_and_json_lines() {
    let filings = all_fixture_filings();
    let (csv, jsonl) = (scratch("csv"), scratch("jsonl"));
    let stats = export(Format::Csv, csv.path(), &filings);
    for (i, table) in TABLES.iter().enumerate() {
        let text = std::fs::read_to_string(csv.path().join(format!("{}.csv", table.name))).unwrap();
        assert_eq!(text.lines().next().unwrap(), table.columns.iter().map(|c| c.0).collect::<Vec<_>>().join(","));
        // Records, not lines: quoted texts (footnotes, signatures) may hold line breaks.
        let mut records = 0;
        let mut quoted = false;
        for c in text.chars() {
            match c {
                '"' => quoted = !quoted,
                '\n' if !quoted => records += 1,
                _ => {}
            }
        }
        assert_eq!(records - 1, stats.rows[i], "{}", table.name);
    }
    export(Format::Jsonl, jsonl.path(), &filings);
    let text = std::fs::read_to_string(jsonl.path().join("filings.jsonl")).unwrap();
    let back: Vec<Filing> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(back, filings);
}

#[test]
fn every_row_has_its_table_s_columns() {
    let mut keys = [0i64; 8];
    for filing in all_fixture_filings() {
        let rows = form4_export::tables::rows(&filing, &mut keys);
        for (t, table_rows) in rows.iter().enumerate() {
            for row in table_rows {
                assert_eq!(row.len(), TABLES[t].columns.len(), "{} of {:?}", TABLES[t].name, filing.source.path);
            }
        }
    }
}
