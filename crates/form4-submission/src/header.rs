//! The submission header: classic `KEY: VALUE` lines and feed-form `<TAG>value`
//! pairs, both turned into one stream of canonical keys.

use chrono::NaiveDateTime;
use form4_model::*;

use crate::{header_date, tags};

/// Canonical header keys. Classic keys are already canonical; feed tags map here.
fn canonical(key: &str) -> &str {
    match key {
        "ACCESSION-NUMBER" => "ACCESSION NUMBER",
        "TYPE" => "CONFORMED SUBMISSION TYPE",
        "PUBLIC-DOCUMENT-COUNT" => "PUBLIC DOCUMENT COUNT",
        "PERIOD" => "CONFORMED PERIOD OF REPORT",
        "FILING-DATE" => "FILED AS OF DATE",
        "DATE-OF-FILING-DATE-CHANGE" => "DATE AS OF CHANGE",
        "ACCEPTANCE-DATETIME" => "ACCEPTANCE DATETIME",
        "OWNER-DATA" => "OWNER DATA",
        "COMPANY-DATA" => "COMPANY DATA",
        "FILING-VALUES" => "FILING VALUES",
        "BUSINESS-ADDRESS" => "BUSINESS ADDRESS",
        "MAIL-ADDRESS" => "MAIL ADDRESS",
        "FORMER-COMPANY" => "FORMER COMPANY",
        "FORMER-NAME" => "FORMER NAME",
        "CONFORMED-NAME" => "COMPANY CONFORMED NAME",
        "CIK" => "CENTRAL INDEX KEY",
        "ASSIGNED-SIC" => "STANDARD INDUSTRIAL CLASSIFICATION",
        "ORGANIZATION-NAME" => "ORGANIZATION NAME",
        "IRS-NUMBER" => "IRS NUMBER",
        "STATE-OF-INCORPORATION" => "STATE OF INCORPORATION",
        "FISCAL-YEAR-END" => "FISCAL YEAR END",
        "FORM-TYPE" => "FORM TYPE",
        "ACT" => "SEC ACT",
        "FILE-NUMBER" => "SEC FILE NUMBER",
        "FILM-NUMBER" => "FILM NUMBER",
        "STREET1" => "STREET 1",
        "STREET2" => "STREET 2",
        "PHONE" => "BUSINESS PHONE",
        "FORMER-CONFORMED-NAME" => "FORMER CONFORMED NAME",
        "DATE-CHANGED" => "DATE OF NAME CHANGE",
        "SUBJECT-COMPANY" => "SUBJECT COMPANY",
        "FILED-BY" => "FILED BY",
        other => other,
    }
}

/// Which part of an entity block values go to.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Data,
    FilingValues,
    BusinessAddress,
    MailAddress,
    FormerName,
}

/// Parses the header text (between `<SEC-HEADER>` and `</SEC-HEADER>`, or the feed
/// tags before the first `<DOCUMENT>`).
pub fn parse_header(text: &str) -> SubmissionHeader {
    let mut h = SubmissionHeader::default();
    let mut part = Part::Data;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if trimmed.starts_with('<') {
            for (tag, value) in tags(trimmed) {
                if tag.starts_with('/') {
                    continue;
                }
                apply(&mut h, &mut part, canonical(tag), value.trim());
            }
        } else if let Some((key, value)) = trimmed.split_once(':') {
            apply(&mut h, &mut part, key.trim(), value.trim());
        } else {
            h.other.push(HeaderField { key: String::new(), value: trimmed.to_owned() });
        }
    }
    h
}

fn apply(h: &mut SubmissionHeader, part: &mut Part, key: &str, value: &str) {
    let opt = || (!value.is_empty()).then(|| value.to_owned());
    let role = match key {
        "REPORTING-OWNER" | "REPORTING OWNER" => Some(EntityRole::ReportingOwner),
        "ISSUER" => Some(EntityRole::Issuer),
        "SUBJECT COMPANY" => Some(EntityRole::SubjectCompany),
        "FILER" => Some(EntityRole::Filer),
        "FILED BY" => Some(EntityRole::FiledBy),
        _ => None,
    };
    if let Some(role) = role {
        h.entities.push(HeaderEntity { role, ..HeaderEntity::default() });
        *part = Part::Data;
        return;
    }
    match key {
        "ACCESSION NUMBER" => return h.accession_number = opt(),
        "CONFORMED SUBMISSION TYPE" => return h.submission_type = opt(),
        "PUBLIC DOCUMENT COUNT" => return h.public_document_count = value.parse().ok(),
        "CONFORMED PERIOD OF REPORT" => return h.period_of_report = header_date(value),
        "FILED AS OF DATE" => return h.filed_as_of_date = header_date(value),
        "DATE AS OF CHANGE" => return h.date_as_of_change = header_date(value),
        "ACCEPTANCE DATETIME" => return h.acceptance_datetime = NaiveDateTime::parse_from_str(value, "%Y%m%d%H%M%S").ok(),
        // The first line of the classic header repeats the accession number.
        "SEC-HEADER" | "SEC-DOCUMENT" => return,
        "OWNER DATA" | "COMPANY DATA" => return *part = Part::Data,
        "FILING VALUES" => return *part = Part::FilingValues,
        "BUSINESS ADDRESS" => return *part = Part::BusinessAddress,
        "MAIL ADDRESS" => return *part = Part::MailAddress,
        "FORMER COMPANY" | "FORMER NAME" => {
            *part = Part::FormerName;
            if let Some(e) = h.entities.last_mut() {
                e.former_names.push(FormerName::default());
            }
            return;
        }
        _ => {}
    }
    let Some(e) = h.entities.last_mut() else {
        h.other.push(HeaderField { key: key.to_owned(), value: value.to_owned() });
        return;
    };
    let handled = match (*part, key) {
        (_, "RELATIONSHIP") => set(&mut e.relationship, opt()),
        (Part::FormerName, "FORMER CONFORMED NAME") => {
            if let Some(f) = e.former_names.last_mut() {
                f.name = value.to_owned();
            }
            true
        }
        (Part::FormerName, "DATE OF NAME CHANGE") => {
            if let Some(f) = e.former_names.last_mut() {
                f.date_of_change = header_date(value);
            }
            true
        }
        (Part::FilingValues, _) => {
            let fv = e.filing_values.get_or_insert_with(Default::default);
            match key {
                "FORM TYPE" => set(&mut fv.form_type, opt()),
                "SEC ACT" => set(&mut fv.act, opt()),
                "SEC FILE NUMBER" => set(&mut fv.file_number, opt()),
                "FILM NUMBER" => set(&mut fv.film_number, opt()),
                _ => false,
            }
        }
        (Part::BusinessAddress | Part::MailAddress, _) => {
            let slot = if *part == Part::BusinessAddress { &mut e.business_address } else { &mut e.mail_address };
            let a = slot.get_or_insert_with(Default::default);
            match key {
                "STREET 1" => set(&mut a.street1, opt()),
                "STREET 2" => set(&mut a.street2, opt()),
                "CITY" => set(&mut a.city, opt()),
                "STATE" => set(&mut a.state, opt()),
                "ZIP" => set(&mut a.zip, opt()),
                "BUSINESS PHONE" => set(&mut a.phone, opt()),
                _ => false,
            }
        }
        (_, "COMPANY CONFORMED NAME") => set(&mut e.name, opt()),
        (_, "CENTRAL INDEX KEY") => set(&mut e.cik, opt()),
        (_, "STANDARD INDUSTRIAL CLASSIFICATION") => set(&mut e.sic, opt()),
        (_, "ORGANIZATION NAME") => set(&mut e.organization_name, opt()),
        (_, "IRS NUMBER") => set(&mut e.irs_number, opt()),
        (_, "STATE OF INCORPORATION") => set(&mut e.state_of_incorporation, opt()),
        (_, "FISCAL YEAR END") => set(&mut e.fiscal_year_end, opt()),
        _ => false,
    };
    if !handled {
        h.other.push(HeaderField { key: key.to_owned(), value: value.to_owned() });
    }
}

fn set(slot: &mut Option<String>, value: Option<String>) -> bool {
    *slot = value;
    true
}
