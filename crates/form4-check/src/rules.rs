//! The rule catalogue: stable ids, severities and explanations.

use form4_model::Severity;

/// One rule of the catalogue.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Stable id, used in output, `--explain` and the store.
    pub id: &'static str,
    /// Severity of its findings.
    pub severity: Severity,
    /// One line.
    pub summary: &'static str,
    /// What the rule checks and why, with the source in the form or the rules.
    pub explanation: &'static str,
}

macro_rules! rules {
    ($($name:ident = $id:literal, $sev:ident, $summary:literal, $explanation:literal;)*) => {
        $(
            #[doc = $summary]
            pub const $name: Rule = Rule { id: $id, severity: Severity::$sev, summary: $summary, explanation: $explanation };
        )*
        /// Every rule, in catalogue order.
        pub const ALL: &[Rule] = &[$($name),*];
    };
}

rules! {
    REQUIRED_ELEMENT = "required-element", Error,
        "an element the form requires is missing",
        "The EDGAR ownership schema (ownershipDocumentCommon.xsd and the per-form XSDs) and the form instructions require: documentType (from X0201), periodOfReport, the issuer's CIK and trading symbol, at least one reporting owner with its CIK, at least one signature with name and date; on every row the security title and the ownership form (D or I); on transaction rows the transaction date, the transaction code, the amount (shares, or total value in Table II), a price or a footnote standing in for it, the acquired/disposed code and the amount owned afterwards; on Table II rows the exercise or conversion price, the exercisable and expiration dates (a value or a footnote) and the underlying security's title.";
    INVALID_VALUE = "invalid-value", Error,
        "a coded value is not one the form allows",
        "Coded fields take fixed values: documentType 3, 3/A, 4, 4/A, 5 or 5/A; transactionCode one of P S V A D F I M C E H O X G L W Z J K U (Form 4 General Instruction 8); transactionFormType 4 or 5 (3 on a Form 5 holding); transactionAcquiredDisposedCode A or D; directOrIndirectOwnership D or I; transactionTimeliness E or L. Values that did not parse at all (a date, number or boolean kept as raw text) are reported here too.";
    CODE_VS_ACQUIRED_DISPOSED = "code-vs-acquired-disposed", Warning,
        "the transaction code implies the other acquired/disposed code",
        "Some codes fix the direction: P (open-market purchase) acquires and S (sale) disposes; F (payment of price or tax by delivering securities), D (disposition to the issuer), U (tender of shares) and H (expiration or cancellation of a long derivative position with value received) dispose; A (grant or award) and L (small acquisition) acquire; M and X (exercise) acquire the underlying in Table I; M, X and C (exercise or conversion) dispose of the derivative in Table II; O (exercise of an out-of-the-money derivative) disposes in Table II. A row whose A/D code disagrees is usually a typing error in one of the two.";
    CODE_VS_FORM_TYPE = "code-vs-form-type", Warning,
        "the row does not belong on this form",
        "A Form 3 reports holdings only: it has no transactions. On a Form 4 each transaction's transactionFormType is 4, or 5 for a transaction reported early that could have waited for Form 5; on a Form 5 it is 4 (a late Form 4 transaction) or 5.";
    HOLDING_ROLL_FORWARD = "holding-roll-forward", Warning,
        "the amount owned after a transaction does not follow from the row before",
        "Within Table I, consecutive transactions in the same security and the same ownership form (direct, or the same indirect holder) roll forward: owned after = owned after the previous row + shares acquired (A) or − shares disposed (D). A break is a typing error in an amount, rows out of order, or a row missing from the filing.";
    DERIVATIVE_TWIN = "derivative-twin", Warning,
        "an exercise or conversion in Table II has no matching row in Table I",
        "Exercising (M, X) or converting (C) a derivative disposes of it in Table II and acquires the underlying in Table I: the filing should have a Table I row with the same code and date for the number of underlying shares, and for M and X its price should be the Table II exercise price.";
    DATE_ORDER = "date-order", Error,
        "dates are out of order",
        "A transaction happens before the form is signed, and the form is signed no later than it is filed; nothing is dated after the filing (or, with no filing date, after today); an option cannot become exercisable after it expires; a deemed execution date is not before the transaction date.";
    PERIOD_OF_REPORT = "period-of-report", Warning,
        "the period of report is not the date of the earliest transaction",
        "On a Form 4, item 3 (periodOfReport, \"Date of Earliest Transaction Required to be Reported\") is the earliest transaction date among the rows reported on this form.";
    FOOTNOTE_MISSING = "footnote-missing", Error,
        "a footnote is referenced but not defined",
        "Every footnoteId must name a footnote in the footnotes section (ids F1 to F99); otherwise the explanation the reader is pointed to does not exist.";
    FOOTNOTE_UNUSED = "footnote-unused", Note,
        "a footnote is defined but never referenced",
        "A footnote that no value points to is usually a reference the filer forgot to add.";
    FOOTNOTE_DUPLICATE = "footnote-duplicate", Error,
        "two footnotes have the same id",
        "Footnote ids are XML IDs and must be unique in the document.";
    AMENDMENT_ORIGINAL_DATE = "amendment-original-date", Error,
        "an amendment lacks the date of the original filing (or a non-amendment has one)",
        "Forms 3/A, 4/A and 5/A carry item 4, dateOfOriginalSubmission, which ties them to the filing they amend; original forms do not.";
    RELATIONSHIP = "relationship", Error,
        "a reporting owner has no relationship to the issuer checked",
        "Item 5 of the form: each reporting person is a director, an officer, a 10% owner or other (at least one box). An officer gives a title and \"other\" a description.";
    OFFICER_TITLE = "officer-title", Warning,
        "an officer without a title, or other without a description",
        "When isOfficer is checked the form asks for the title (officerTitle); when isOther is checked, a description (otherText).";
    NEGATIVE_VALUE = "negative-value", Error,
        "an amount or price is negative",
        "Shares, prices and values are non-negative decimals in the schema (POSITIVE_DECIMAL); the direction of a change is given by the acquired/disposed code, not a sign.";
    AFF10B5ONE_MISSING = "aff10b5one-missing", Error,
        "the Rule 10b5-1 box is missing",
        "From schema X0508 (April 2023) Forms 4 and 5 carry aff10b5One, the box that says whether a transaction was made under a Rule 10b5-1(c) trading plan.";
    INDIRECT_WITHOUT_NATURE = "indirect-without-nature", Warning,
        "an indirect holding does not say how it is held",
        "When the ownership form is I (indirect), column 7/11 \"Nature of Indirect Beneficial Ownership\" (natureOfOwnership) says through whom (a trust, a spouse, a fund).";
    LATE_FILING = "late-filing", Warning,
        "the filing was made after its deadline",
        "Rule 16a-3: Form 4 before the end of the second business day after the transaction (its deemed execution date if given); Form 3 within 10 days of becoming an insider; Form 5 within 45 days after the issuer's fiscal year end. A filing accepted by 10 p.m. Eastern on a business day counts as filed that day (Reg S-T Rule 13(a)(4)). Business days exclude weekends and federal holidays.";
}

/// Looks a rule up by id.
pub fn find(id: &str) -> Option<&'static Rule> {
    ALL.iter().find(|r| r.id == id)
}
