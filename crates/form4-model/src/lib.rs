//! The canonical model of Section 16 ownership filings (Forms 3, 4, 5 and amendments).
//!
//! This crate is the contract between form4's stages: readers produce a [`Filing`],
//! checks, the store and the exporters consume it. It does no I/O.
//!
//! The ownership part mirrors the EDGAR ownership XML schema element for element;
//! its JSON form uses the EDGAR element names, so `issuer.issuerCik` in JSON is
//! `ownershipDocument/issuer/issuerCik` in the XML. Shares and prices are exact
//! [`rust_decimal::Decimal`]s; a value that does not parse is kept as
//! [`Parsed::Raw`] next to a diagnostic, never dropped.

pub mod diagnostic;
pub mod filing;
pub mod ownership;
pub mod reading;
pub mod value;

pub use diagnostic::{Diagnostic, Location, Severity};
pub use filing::*;
pub use ownership::*;
pub use reading::{FieldReading, ReadingReport, Repair};
pub use rust_decimal::Decimal;
pub use value::{parse_bool, parse_decimal, parse_flag, Flag, Parsed, XsDate};
