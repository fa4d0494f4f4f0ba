//! A filing as read from any source: the EDGAR submission header (when there is
//! one), the documents inside, the parsed ownership document, and diagnostics.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;
use crate::ownership::OwnershipDocument;

/// One filing, whatever shape it came in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Filing {
    /// Where it came from and in which format.
    pub source: Source,
    /// The submission header, for full submission files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header: Option<SubmissionHeader>,
    /// The documents of the submission (type, sequence, file name, description).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<DocumentInfo>,
    /// The ownership document, when the filing has one (all XML-era filings do).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ownership: Option<OwnershipDocument>,
    /// What the reader noticed: recoveries, unparsed values, unknown elements.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub diagnostics: Vec<Diagnostic>,
    /// For OCR text: per-field confidence and the repairs made (absent for exact formats).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<crate::reading::ReadingReport>,
}

impl Filing {
    /// The accession number from the header, if any.
    pub fn accession_number(&self) -> Option<&str> {
        self.header.as_ref().and_then(|h| h.accession_number.as_deref())
    }
}

/// Where a filing came from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Source {
    /// The file path (or archive member) as given, if read from a file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The detected format.
    pub format: SourceFormat,
    /// Length of the input in bytes.
    pub bytes: u64,
    /// Hex SHA-256 of the input bytes: the key for filings without an accession number.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sha256: String,
}

/// The input formats form4 reads, detected from the content.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceFormat {
    /// A bare `<ownershipDocument>` XML file.
    #[default]
    OwnershipXml,
    /// A full EDGAR submission (`<SEC-DOCUMENT>`/`<SEC-HEADER>` text, possibly PEM-wrapped).
    Submission,
    /// The `<SUBMISSION>` feed form of a submission (tagged header, one tag per value).
    SubmissionFeed,
    /// The SEC's HTML rendering of a form.
    Html,
    /// OCR or PDF-converted text of a printed form.
    OcrText,
}

/// The EDGAR submission header (`<SEC-HEADER>` or the `<SUBMISSION>` feed tags).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SubmissionHeader {
    /// `ACCESSION NUMBER`, e.g. `0001127602-23-017397`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accession_number: Option<String>,
    /// `CONFORMED SUBMISSION TYPE`, e.g. `4`, `4/A`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submission_type: Option<String>,
    /// `PUBLIC DOCUMENT COUNT`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_document_count: Option<u32>,
    /// `CONFORMED PERIOD OF REPORT`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_of_report: Option<NaiveDate>,
    /// `FILED AS OF DATE`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filed_as_of_date: Option<NaiveDate>,
    /// `DATE AS OF CHANGE`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_as_of_change: Option<NaiveDate>,
    /// `<ACCEPTANCE-DATETIME>`: when EDGAR accepted the submission, local time in
    /// Washington, D.C. (US Eastern, daylight saving as in force that day).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acceptance_datetime: Option<NaiveDateTime>,
    /// Every company or person block of the header, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entities: Vec<HeaderEntity>,
    /// Header lines form4 does not model, kept as key and value.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other: Vec<HeaderField>,
}

impl SubmissionHeader {
    /// The blocks with the given role.
    pub fn entities_with(&self, role: EntityRole) -> impl Iterator<Item = &HeaderEntity> {
        self.entities.iter().filter(move |e| e.role == role)
    }

    /// The issuer block (`ISSUER` or, in older headers, `SUBJECT COMPANY`).
    pub fn issuer(&self) -> Option<&HeaderEntity> {
        self.entities_with(EntityRole::Issuer).next().or_else(|| self.entities_with(EntityRole::SubjectCompany).next())
    }
}

/// A key and value from the header that has no field of its own.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeaderField {
    /// The header key, e.g. `ITEM INFORMATION`.
    pub key: String,
    /// Its value.
    pub value: String,
}

/// The role a header block plays.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntityRole {
    /// `ISSUER`.
    #[default]
    Issuer,
    /// `SUBJECT COMPANY` (pre-2003 headers name the issuer so).
    SubjectCompany,
    /// `REPORTING-OWNER`.
    ReportingOwner,
    /// `FILER`.
    Filer,
    /// `FILED BY`.
    FiledBy,
}

/// One company or person block of the header.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HeaderEntity {
    /// What the block is.
    pub role: EntityRole,
    /// `COMPANY CONFORMED NAME`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `CENTRAL INDEX KEY`, as written (10 digits).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cik: Option<String>,
    /// `STANDARD INDUSTRIAL CLASSIFICATION`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sic: Option<String>,
    /// `ORGANIZATION NAME`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_name: Option<String>,
    /// `IRS NUMBER`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub irs_number: Option<String>,
    /// `STATE OF INCORPORATION`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_of_incorporation: Option<String>,
    /// `FISCAL YEAR END`, `MMDD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fiscal_year_end: Option<String>,
    /// `<RELATIONSHIP>` (paper-era headers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relationship: Option<String>,
    /// `FILING VALUES`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filing_values: Option<FilingValues>,
    /// `BUSINESS ADDRESS`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_address: Option<Address>,
    /// `MAIL ADDRESS`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mail_address: Option<Address>,
    /// `FORMER COMPANY` / `FORMER NAME` entries.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former_names: Vec<FormerName>,
}

/// `FILING VALUES`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FilingValues {
    /// `FORM TYPE`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form_type: Option<String>,
    /// `SEC ACT`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub act: Option<String>,
    /// `SEC FILE NUMBER`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_number: Option<String>,
    /// `FILM NUMBER`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub film_number: Option<String>,
}

/// A header address.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    /// `STREET 1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street1: Option<String>,
    /// `STREET 2`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street2: Option<String>,
    /// `CITY`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// `STATE`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// `ZIP`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
    /// `BUSINESS PHONE`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// A former name of a company or person.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FormerName {
    /// `FORMER CONFORMED NAME`.
    pub name: String,
    /// `DATE OF NAME CHANGE`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_of_change: Option<NaiveDate>,
}

/// One `<DOCUMENT>` of a submission.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentInfo {
    /// `<TYPE>`, e.g. `4`, `EX-24`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_type: Option<String>,
    /// `<SEQUENCE>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sequence: Option<u32>,
    /// `<FILENAME>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// `<DESCRIPTION>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// What the `<TEXT>` holds.
    pub content: DocumentContent,
    /// Byte offset of the `<TEXT>` body in the submission file.
    pub offset: u64,
    /// Length of the body in bytes.
    pub length: u64,
}

/// The kind of body a submission document carries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentContent {
    /// An `<XML>` ownership document.
    OwnershipXml,
    /// Other XML.
    Xml,
    /// HTML.
    Html,
    /// Plain text (paper-era filings, exhibits).
    #[default]
    Text,
    /// uuencoded binary (PDF, images).
    Binary,
}
