#!/usr/bin/env python3
"""Reads a `form4 export --format parquet` directory with DuckDB and checks each table:
the columns and their types, and the row count against the matching sec-tsv export.

Usage: scripts/check-parquet.py PARQUET_DIR TSV_DIR   (pip install duckdb)
"""
import sys

import duckdb

TABLES = ["SUBMISSION", "REPORTINGOWNER", "NONDERIV_TRANS", "NONDERIV_HOLDING", "DERIV_TRANS", "DERIV_HOLDING", "FOOTNOTES", "OWNER_SIGNATURE"]

def main(parquet_dir, tsv_dir):
    con = duckdb.connect()
    failures = 0
    for t in TABLES:
        cols = con.execute(f"DESCRIBE SELECT * FROM '{parquet_dir}/{t}.parquet'").fetchall()
        types = {name: kind for name, kind, *_ in cols}
        n = con.execute(f"SELECT count(*) FROM '{parquet_dir}/{t}.parquet'").fetchone()[0]
        with open(f"{tsv_dir}/{t}.tsv", encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
            tsv_rows = sum(1 for _ in f)
        ok = [c[0] for c in cols] == header and n == tsv_rows
        if t == "NONDERIV_TRANS":
            ok = ok and types["TRANS_PRICEPERSHARE"] == "DECIMAL(38,10)" and types["TRANS_DATE"] == "DATE" and types["NONDERIV_TRANS_SK"] == "BIGINT"
        print(f"{t:<18} {n:>7} rows  {'ok' if ok else 'MISMATCH'}  e.g. {', '.join(f'{k} {v}' for k, v in list(types.items())[:4])}")
        failures += not ok
    total = con.execute(f"SELECT sum(TRANS_SHARES * TRANS_PRICEPERSHARE) FROM '{parquet_dir}/NONDERIV_TRANS.parquet' WHERE TRANS_CODE = 'S'").fetchone()[0]
    print(f"open-market sales value (S, Table I), summed by DuckDB: {total}")
    print(f"{len(TABLES) - failures} passed, {failures} failed")
    return 1 if failures else 0

if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
