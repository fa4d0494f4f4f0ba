//! The EDGAR ownership document (`<ownershipDocument>`, Forms 3, 4, 5 and amendments).
//!
//! Field names serialise to the EDGAR element names, and nesting follows the schema
//! (`ownershipDocumentCommon.xsd` and the per-form XSDs), so a JSON path names the
//! same thing as the XML element path. Every optional element is an `Option`: absent
//! in the filing means `None`, never a default.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::value::{Flag, Parsed, XsDate};

/// A value with the footnote references attached to it (`<value>` plus
/// `<footnoteId id="F1"/>`…). The value may be absent with only footnotes standing
/// in for it, as the schema's `OPT_*_WITH_FOOTNOTE` types allow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Footnoted<T> {
    /// The value, parsed or raw; `None` when the element had no `<value>`.
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub value: Option<Parsed<T>>,
    /// The footnote ids referenced from this element, in document order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footnote_id: Vec<String>,
}

fn none<T>() -> Option<T> {
    None
}

impl<T> Default for Footnoted<T> {
    fn default() -> Self {
        Footnoted { value: None, footnote_id: Vec::new() }
    }
}

impl<T> Footnoted<T> {
    /// A value with no footnotes.
    pub fn of(value: T) -> Self {
        Footnoted { value: Some(Parsed::Ok(value)), footnote_id: Vec::new() }
    }

    /// The parsed value, if present and parsed.
    pub fn get(&self) -> Option<&T> {
        self.value.as_ref().and_then(Parsed::ok)
    }
}

/// A footnoted decimal (shares, prices, values).
pub type Amount = Footnoted<Decimal>;
/// A footnoted date.
pub type Date = Footnoted<XsDate>;
/// A footnoted text or code.
pub type Text = Footnoted<String>;

/// The whole ownership document of a Form 3, 4 or 5 (or amendment).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OwnershipDocument {
    /// `schemaVersion`, e.g. `X0508`; EDGAR inserts it on dissemination.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema_version: Option<String>,
    /// `documentType`: `3`, `3/A`, `4`, `4/A`, `5`, `5/A`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_type: Option<String>,
    /// `periodOfReport`: for a Form 4, the date of the earliest transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_of_report: Option<Parsed<XsDate>>,
    /// `dateOfOriginalSubmission`: amendments only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_of_original_submission: Option<Parsed<XsDate>>,
    /// `noSecuritiesOwned` (Form 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_securities_owned: Option<Parsed<Flag>>,
    /// `notSubjectToSection16`: the "no longer subject to Section 16" box (Forms 4, 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_subject_to_section16: Option<Parsed<Flag>>,
    /// `form3HoldingsReported` (Form 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form3_holdings_reported: Option<Parsed<Flag>>,
    /// `form4TransactionsReported` (Form 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form4_transactions_reported: Option<Parsed<Flag>>,
    /// `issuer`.
    #[serde(default)]
    pub issuer: Issuer,
    /// `reportingOwner`, one per person or entity (up to 10; joint filings have several).
    #[serde(default)]
    pub reporting_owner: Vec<ReportingOwner>,
    /// `aff10b5One`: the Rule 10b5-1(c) box (schema X0508 on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aff10b5_one: Option<Parsed<Flag>>,
    /// Table I.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub non_derivative_table: Option<NonDerivativeTable>,
    /// Table II.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub derivative_table: Option<DerivativeTable>,
    /// `footnotes/footnote`, in document order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footnotes: Vec<Footnote>,
    /// `remarks`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
    /// `ownerSignature`, one per signer.
    #[serde(default)]
    pub owner_signature: Vec<OwnerSignature>,
    /// Elements the schema does not define, kept with their path and text so that
    /// nothing in a filing is dropped unseen.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unknown_elements: Vec<UnknownElement>,
}

/// `issuer`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Issuer {
    /// `issuerCik`, as filed (leading zeros kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer_cik: Option<String>,
    /// `issuerName`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer_name: Option<String>,
    /// `issuerTradingSymbol`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer_trading_symbol: Option<String>,
    /// `issuerForeignTradingSymbol`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer_foreign_trading_symbol: Option<String>,
}

/// `reportingOwner`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportingOwner {
    /// `reportingOwnerId`.
    #[serde(default)]
    pub reporting_owner_id: ReportingOwnerId,
    /// `reportingOwnerAddress`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporting_owner_address: Option<ReportingOwnerAddress>,
    /// `reportingOwnerRelationship`.
    #[serde(default)]
    pub reporting_owner_relationship: ReportingOwnerRelationship,
}

/// `reportingOwnerId`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportingOwnerId {
    /// `rptOwnerCik`, as filed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rpt_owner_cik: Option<String>,
    /// `rptOwnerCcc`: the filer's confirmation code (removed on dissemination, kept when present).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rpt_owner_ccc: Option<String>,
    /// `rptOwnerName`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rpt_owner_name: Option<String>,
}

/// `reportingOwnerAddress`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportingOwnerAddress {
    /// `rptOwnerNonUSAddressFlag`.
    #[serde(rename = "rptOwnerNonUSAddressFlag", default, skip_serializing_if = "Option::is_none")]
    pub rpt_owner_non_us_address_flag: Option<Parsed<Flag>>,
    /// `rptOwnerStreet1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rpt_owner_street1: Option<String>,
    /// `rptOwnerStreet2`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rpt_owner_street2: Option<String>,
    /// `rptOwnerCity`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rpt_owner_city: Option<String>,
    /// `rptOwnerNonUSStateTerritory`.
    #[serde(rename = "rptOwnerNonUSStateTerritory", default, skip_serializing_if = "Option::is_none")]
    pub rpt_owner_non_us_state_territory: Option<String>,
    /// `rptOwnerState`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rpt_owner_state: Option<String>,
    /// `rptOwnerCountry` (the SEC's v5.5 samples spell it `rptOwnerCounrty`; both land here).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rpt_owner_country: Option<String>,
    /// `rptOwnerZipCode`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rpt_owner_zip_code: Option<String>,
    /// `rptOwnerStateDescription`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rpt_owner_state_description: Option<String>,
    /// `rptOwnerGoodAddress`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rpt_owner_good_address: Option<Parsed<Flag>>,
}

/// `reportingOwnerRelationship`: the four boxes of item 5 plus the titles.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportingOwnerRelationship {
    /// `isDirector`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_director: Option<Parsed<Flag>>,
    /// `isOfficer`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_officer: Option<Parsed<Flag>>,
    /// `isTenPercentOwner`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_ten_percent_owner: Option<Parsed<Flag>>,
    /// `isOther`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_other: Option<Parsed<Flag>>,
    /// `officerTitle`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub officer_title: Option<String>,
    /// `otherText`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_text: Option<String>,
}

impl ReportingOwnerRelationship {
    fn flag(v: &Option<Parsed<Flag>>) -> bool {
        matches!(v, Some(Parsed::Ok(f)) if f.value)
    }
    /// The director box is checked.
    pub fn director(&self) -> bool {
        Self::flag(&self.is_director)
    }
    /// The officer box is checked.
    pub fn officer(&self) -> bool {
        Self::flag(&self.is_officer)
    }
    /// The 10% owner box is checked.
    pub fn ten_percent_owner(&self) -> bool {
        Self::flag(&self.is_ten_percent_owner)
    }
    /// The other box is checked.
    pub fn other(&self) -> bool {
        Self::flag(&self.is_other)
    }
}

/// Table I: non-derivative securities, transactions and holdings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NonDerivativeTable {
    /// `nonDerivativeTransaction` rows, in document order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub non_derivative_transaction: Vec<Transaction>,
    /// `nonDerivativeHolding` rows, in document order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub non_derivative_holding: Vec<Holding>,
}

/// Table II: derivative securities (options, warrants, convertibles…).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DerivativeTable {
    /// `derivativeTransaction` rows, in document order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub derivative_transaction: Vec<Transaction>,
    /// `derivativeHolding` rows, in document order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub derivative_holding: Vec<Holding>,
}

/// A transaction row of Table I or II. The derivative-only fields
/// (`conversionOrExercisePrice`, `exerciseDate`, `expirationDate`,
/// `underlyingSecurity`) are `None` in Table I.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Transaction {
    /// `securityTitle`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_title: Option<Text>,
    /// `conversionOrExercisePrice` (Table II).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversion_or_exercise_price: Option<Amount>,
    /// `transactionDate`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_date: Option<Date>,
    /// `deemedExecutionDate`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deemed_execution_date: Option<Date>,
    /// `transactionCoding`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_coding: Option<TransactionCoding>,
    /// `transactionTimeliness`: `E`arly or `L`ate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_timeliness: Option<Text>,
    /// `transactionAmounts`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_amounts: Option<TransactionAmounts>,
    /// `exerciseDate` (Table II).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exercise_date: Option<Date>,
    /// `expirationDate` (Table II).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<Date>,
    /// `underlyingSecurity` (Table II).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub underlying_security: Option<UnderlyingSecurity>,
    /// `postTransactionAmounts`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_transaction_amounts: Option<PostTransactionAmounts>,
    /// `ownershipNature`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ownership_nature: Option<OwnershipNature>,
}

/// A holding row of Table I or II (no transaction; the position held).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Holding {
    /// `securityTitle`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_title: Option<Text>,
    /// `conversionOrExercisePrice` (Table II).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversion_or_exercise_price: Option<Amount>,
    /// `transactionCoding` (Form 5 holdings: a holding that should have been on a Form 3 or 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_coding: Option<TransactionCoding>,
    /// `exerciseDate` (Table II).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exercise_date: Option<Date>,
    /// `expirationDate` (Table II).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<Date>,
    /// `underlyingSecurity` (Table II).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub underlying_security: Option<UnderlyingSecurity>,
    /// `postTransactionAmounts` (old schemas wrote `sharesOwned` directly under the holding; it lands here).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_transaction_amounts: Option<PostTransactionAmounts>,
    /// `ownershipNature`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ownership_nature: Option<OwnershipNature>,
}

/// `transactionCoding`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TransactionCoding {
    /// `transactionFormType`: the form the transaction belongs on (`4`, `5`; `3` for Form 5 holdings).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_form_type: Option<String>,
    /// `transactionCode`: P, S, A, D, F, M, X, G…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_code: Option<String>,
    /// `equitySwapInvolved`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equity_swap_involved: Option<Parsed<Flag>>,
    /// Footnotes on the coding.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footnote_id: Vec<String>,
}

/// `transactionAmounts`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TransactionAmounts {
    /// `transactionShares`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_shares: Option<Amount>,
    /// `transactionTotalValue` (Table II, instead of shares).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_total_value: Option<Amount>,
    /// `transactionPricePerShare`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_price_per_share: Option<Amount>,
    /// `transactionAcquiredDisposedCode`: `A` or `D`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_acquired_disposed_code: Option<Text>,
}

/// `postTransactionAmounts`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PostTransactionAmounts {
    /// `sharesOwnedFollowingTransaction`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shares_owned_following_transaction: Option<Amount>,
    /// `valueOwnedFollowingTransaction`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_owned_following_transaction: Option<Amount>,
}

/// `underlyingSecurity`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UnderlyingSecurity {
    /// `underlyingSecurityTitle`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub underlying_security_title: Option<Text>,
    /// `underlyingSecurityShares`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub underlying_security_shares: Option<Amount>,
    /// `underlyingSecurityValue`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub underlying_security_value: Option<Amount>,
}

/// `ownershipNature`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OwnershipNature {
    /// `directOrIndirectOwnership`: `D` or `I`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direct_or_indirect_ownership: Option<Text>,
    /// `natureOfOwnership`: how an indirect holding is held ("By trust").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nature_of_ownership: Option<Text>,
}

/// `footnotes/footnote`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Footnote {
    /// The `id` attribute, `F1` to `F99`.
    pub id: String,
    /// The footnote text (mixed content flattened to text).
    pub text: String,
}

/// `ownerSignature`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OwnerSignature {
    /// `signatureName`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_name: Option<String>,
    /// `signatureDate`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_date: Option<Parsed<XsDate>>,
}

/// An element outside the schema, kept verbatim.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnknownElement {
    /// Element path from the root, e.g. `ownershipDocument/issuer/issuerLei`.
    pub path: String,
    /// Its text content (concatenated, trimmed).
    pub text: String,
}

impl OwnershipDocument {
    /// Transactions of both tables with a flag for Table II, in table order.
    pub fn transactions(&self) -> impl Iterator<Item = (bool, &Transaction)> {
        let nd = self.non_derivative_table.iter().flat_map(|t| t.non_derivative_transaction.iter().map(|x| (false, x)));
        let d = self.derivative_table.iter().flat_map(|t| t.derivative_transaction.iter().map(|x| (true, x)));
        nd.chain(d)
    }

    /// Holdings of both tables with a flag for Table II, in table order.
    pub fn holdings(&self) -> impl Iterator<Item = (bool, &Holding)> {
        let nd = self.non_derivative_table.iter().flat_map(|t| t.non_derivative_holding.iter().map(|x| (false, x)));
        let d = self.derivative_table.iter().flat_map(|t| t.derivative_holding.iter().map(|x| (true, x)));
        nd.chain(d)
    }

    /// The form this document is, from `documentType`.
    pub fn form_type(&self) -> Option<FormType> {
        self.document_type.as_deref().and_then(FormType::parse)
    }
}

/// The six ownership form types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FormType {
    /// Initial statement of beneficial ownership.
    #[serde(rename = "3")]
    Form3,
    /// Amendment of a Form 3.
    #[serde(rename = "3/A")]
    Form3A,
    /// Statement of changes in beneficial ownership.
    #[serde(rename = "4")]
    Form4,
    /// Amendment of a Form 4.
    #[serde(rename = "4/A")]
    Form4A,
    /// Annual statement of changes in beneficial ownership.
    #[serde(rename = "5")]
    Form5,
    /// Amendment of a Form 5.
    #[serde(rename = "5/A")]
    Form5A,
}

impl FormType {
    /// Parses `3`, `4/A`… (blanks ignored).
    pub fn parse(s: &str) -> Option<FormType> {
        Some(match s.trim() {
            "3" => FormType::Form3,
            "3/A" => FormType::Form3A,
            "4" => FormType::Form4,
            "4/A" => FormType::Form4A,
            "5" => FormType::Form5,
            "5/A" => FormType::Form5A,
            _ => return None,
        })
    }

    /// The form number without the amendment mark: 3, 4 or 5.
    pub fn base(self) -> u8 {
        match self {
            FormType::Form3 | FormType::Form3A => 3,
            FormType::Form4 | FormType::Form4A => 4,
            FormType::Form5 | FormType::Form5A => 5,
        }
    }

    /// Whether this is an amendment (`/A`).
    pub fn is_amendment(self) -> bool {
        matches!(self, FormType::Form3A | FormType::Form4A | FormType::Form5A)
    }

    /// As EDGAR writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            FormType::Form3 => "3",
            FormType::Form3A => "3/A",
            FormType::Form4 => "4",
            FormType::Form4A => "4/A",
            FormType::Form5 => "5",
            FormType::Form5A => "5/A",
        }
    }
}
