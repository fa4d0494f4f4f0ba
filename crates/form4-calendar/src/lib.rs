//! The EDGAR filing calendar and the Section 16 deadlines.
//!
//! - **Business day** (17 CFR 232.12, Reg S-T): any day but Saturday, Sunday or a federal
//!   holiday. Federal holidays are those of 5 U.S.C. 6103(a) (Juneteenth from 2021),
//!   moved by the observed-day rules of 6103(b) and Executive Order 11582 (Saturday →
//!   the Friday before, Sunday → the Monday after), plus the days the federal government
//!   (and EDGAR) closed by executive order or proclamation, in [`ONE_OFF_CLOSURES`].
//! - **Deadlines** (Rule 16a-3): Form 4 before the end of the second business day after
//!   the transaction; Form 3 within 10 days of the event; Form 5 within 45 days after the
//!   issuer's fiscal year end. A deadline counted in calendar days that falls on a
//!   non-business day moves to the next business day (Exchange Act Rule 0-3).
//! - **When a filing counts as filed** (Reg S-T Rule 13(a)(4)): a Form 3, 4 or 5
//!   accepted by 10 p.m. Eastern on a business day is filed that day; later, or on a
//!   non-business day, it is filed the next business day.
//!
//! EDGAR's `ACCEPTANCE-DATETIME` is already Eastern local time; [`eastern_from_utc`]
//! converts instants given in UTC, with daylight saving as the law set it each year.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

/// Days the federal government closed by executive order or proclamation (national days
/// of mourning, extra days at Christmas, Hurricane Sandy), on which EDGAR did not accept
/// filings as of that day. Sorted.
pub const ONE_OFF_CLOSURES: &[(i32, u32, u32, &str)] = &[
    (2001, 12, 24, "Christmas Eve (Executive Order 13237)"),
    (2003, 12, 26, "Day after Christmas (Executive Order 13320)"),
    (2004, 6, 11, "National day of mourning for President Reagan"),
    (2007, 1, 2, "National day of mourning for President Ford"),
    (2007, 12, 24, "Christmas Eve (Executive Order 13447)"),
    (2008, 12, 26, "Day after Christmas (Executive Order 13484)"),
    (2009, 12, 24, "Christmas Eve (Executive Order 13520)"),
    (2012, 10, 29, "Federal government closed (Hurricane Sandy)"),
    (2012, 10, 30, "Federal government closed (Hurricane Sandy)"),
    (2012, 12, 24, "Christmas Eve (Executive Order 13633)"),
    (2014, 12, 26, "Day after Christmas (Executive Order 13682)"),
    (2015, 12, 24, "Christmas Eve (Executive Order 13713)"),
    (2018, 12, 5, "National day of mourning for President George H. W. Bush"),
    (2018, 12, 24, "Christmas Eve (Executive Order 13854)"),
    (2019, 12, 24, "Christmas Eve (Executive Order 13900)"),
    (2020, 12, 24, "Christmas Eve (Executive Order 13961)"),
    (2024, 12, 24, "Christmas Eve (Executive Order 14134)"),
    (2025, 1, 9, "National day of mourning for President Carter"),
    (2025, 12, 24, "Christmas Eve (executive order of December 2025)"),
    (2025, 12, 26, "Day after Christmas (executive order of December 2025)"),
];

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid calendar date")
}

/// The `n`th given weekday of a month (n from 1), or the last one for `n == 0`.
fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: u32) -> NaiveDate {
    if n == 0 {
        let next_month = if month == 12 { date(year + 1, 1, 1) } else { date(year, month + 1, 1) };
        let mut d = next_month - Duration::days(1);
        while d.weekday() != weekday {
            d -= Duration::days(1);
        }
        d
    } else {
        NaiveDate::from_weekday_of_month_opt(year, month, weekday, n as u8).expect("weekday of month")
    }
}

/// The observed day of a fixed-date holiday.
fn observed(d: NaiveDate) -> NaiveDate {
    match d.weekday() {
        Weekday::Sat => d - Duration::days(1),
        Weekday::Sun => d + Duration::days(1),
        _ => d,
    }
}

/// The federal holidays observed in calendar year `year` (a Saturday New Year's Day of
/// the next year is observed on December 31 of this one), with their names.
pub fn federal_holidays(year: i32) -> Vec<(NaiveDate, &'static str)> {
    let mut days = vec![
        (observed(date(year, 1, 1)), "New Year's Day"),
        (nth_weekday(year, 1, Weekday::Mon, 3), "Birthday of Martin Luther King, Jr."),
        (nth_weekday(year, 2, Weekday::Mon, 3), "Washington's Birthday"),
        (nth_weekday(year, 5, Weekday::Mon, 0), "Memorial Day"),
        (observed(date(year, 7, 4)), "Independence Day"),
        (nth_weekday(year, 9, Weekday::Mon, 1), "Labor Day"),
        (nth_weekday(year, 10, Weekday::Mon, 2), "Columbus Day"),
        (observed(date(year, 11, 11)), "Veterans Day"),
        (nth_weekday(year, 11, Weekday::Thu, 4), "Thanksgiving Day"),
        (observed(date(year, 12, 25)), "Christmas Day"),
    ];
    // Juneteenth National Independence Day became a legal public holiday on 17 June 2021
    // and was first observed on Friday 18 June 2021.
    if year >= 2021 {
        days.push((observed(date(year, 6, 19)), "Juneteenth National Independence Day"));
    }
    // New Year's Day of `year` observed in the previous year is not this year's holiday…
    days.retain(|(d, _)| d.year() == year);
    // …and next year's, when it falls on a Saturday, is observed on 31 December.
    if date(year + 1, 1, 1).weekday() == Weekday::Sat {
        days.push((date(year, 12, 31), "New Year's Day"));
    }
    days.sort();
    days
}

/// Why `d` is not a business day, if it is not one.
pub fn closure_reason(d: NaiveDate) -> Option<&'static str> {
    match d.weekday() {
        Weekday::Sat => return Some("Saturday"),
        Weekday::Sun => return Some("Sunday"),
        _ => {}
    }
    if let Some((_, name)) = federal_holidays(d.year()).into_iter().find(|(h, _)| *h == d) {
        return Some(name);
    }
    ONE_OFF_CLOSURES.iter().find(|(y, m, day, _)| date(*y, *m, *day) == d).map(|(_, _, _, why)| *why)
}

/// Whether EDGAR counts `d` as a business day.
pub fn is_business_day(d: NaiveDate) -> bool {
    closure_reason(d).is_none()
}

/// `d` if it is a business day, else the next one.
pub fn business_day_on_or_after(mut d: NaiveDate) -> NaiveDate {
    while !is_business_day(d) {
        d += Duration::days(1);
    }
    d
}

/// The `n`th business day after `d` (`d` itself does not count, whatever day it is).
pub fn add_business_days(mut d: NaiveDate, n: u32) -> NaiveDate {
    let mut left = n;
    while left > 0 {
        d += Duration::days(1);
        if is_business_day(d) {
            left -= 1;
        }
    }
    d
}

/// Business days in `(from, to]`: how many business days `to` is after `from`
/// (negative when `to` is before `from`).
pub fn business_days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    if to < from {
        return -business_days_between(to, from);
    }
    let mut n = 0;
    let mut d = from;
    while d < to {
        d += Duration::days(1);
        if is_business_day(d) {
            n += 1;
        }
    }
    n
}

/// The Section 16 forms with deadlines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Initial statement: 10 days after the event.
    Form3,
    /// Changes: end of the second business day after the transaction.
    Form4,
    /// Annual statement: 45 days after the fiscal year end.
    Form5,
}

impl Form {
    /// `3`, `4` or `5` (amendment marks ignored).
    pub fn parse(s: &str) -> Option<Form> {
        match s.trim().trim_end_matches("/A") {
            "3" => Some(Form::Form3),
            "4" => Some(Form::Form4),
            "5" => Some(Form::Form5),
            _ => None,
        }
    }
}

/// The last day to file, given the date the deadline runs from: the transaction (or
/// deemed execution) date for Form 4, the event date for Form 3, the fiscal year end
/// for Form 5.
pub fn deadline(form: Form, from: NaiveDate) -> NaiveDate {
    match form {
        Form::Form4 => add_business_days(from, 2),
        Form::Form3 => business_day_on_or_after(from + Duration::days(10)),
        Form::Form5 => business_day_on_or_after(from + Duration::days(45)),
    }
}

/// The latest acceptance time that still counts as filed the same business day.
pub fn cutoff() -> NaiveTime {
    NaiveTime::from_hms_opt(22, 0, 0).expect("valid time")
}

/// The business day a Form 3, 4 or 5 accepted at `accepted` (Eastern local time)
/// counts as filed.
pub fn filed_on(accepted: NaiveDateTime) -> NaiveDate {
    let day = accepted.date();
    if is_business_day(day) && accepted.time() <= cutoff() {
        day
    } else {
        add_business_days(day, 1)
    }
}

/// Business days late (0 when on time).
pub fn days_late(deadline: NaiveDate, filed: NaiveDate) -> i64 {
    business_days_between(deadline, filed).max(0)
}

/// US Eastern local time of a UTC instant, with daylight saving as in force: from
/// 2007 the second Sunday of March to the first Sunday of November, 1987 to 2006 the
/// first Sunday of April to the last Sunday of October, changing at 2 a.m. local time.
pub fn eastern_from_utc(utc: NaiveDateTime) -> NaiveDateTime {
    let year = utc.year();
    let (start, end) =
        if year >= 2007 { (nth_weekday(year, 3, Weekday::Sun, 2), nth_weekday(year, 11, Weekday::Sun, 1)) } else { (nth_weekday(year, 4, Weekday::Sun, 1), nth_weekday(year, 10, Weekday::Sun, 0)) };
    // 2 a.m. EST is 07:00 UTC; 2 a.m. EDT is 06:00 UTC.
    let dst_start = start.and_hms_opt(7, 0, 0).expect("time");
    let dst_end = end.and_hms_opt(6, 0, 0).expect("time");
    let offset = if utc >= dst_start && utc < dst_end { 4 } else { 5 };
    utc - Duration::hours(offset)
}

/// The fiscal year end (`MMDD`, as in the submission header) on or before `on`.
pub fn fiscal_year_end_on_or_before(mmdd: &str, on: NaiveDate) -> Option<NaiveDate> {
    let mmdd = mmdd.trim();
    if mmdd.len() != 4 || !mmdd.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (m, d): (u32, u32) = (mmdd[..2].parse().ok()?, mmdd[2..].parse().ok()?);
    let in_year = |y: i32| {
        // 0229 in a non-leap year ends on 28 February.
        NaiveDate::from_ymd_opt(y, m, d).or_else(|| NaiveDate::from_ymd_opt(y, m, d - 1))
    };
    let this = in_year(on.year())?;
    if this <= on {
        Some(this)
    } else {
        in_year(on.year() - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
    }

    #[test]
    fn holidays_on_weekends_move_to_the_nearest_weekday() {
        // Independence Day 2020 was a Saturday: observed Friday 3 July.
        assert!(!is_business_day(d("2020-07-03")));
        assert!(is_business_day(d("2020-07-06")));
        // Christmas 2022 was a Sunday: observed Monday 26 December.
        assert!(!is_business_day(d("2022-12-26")));
        // New Year's Day 2022 was a Saturday: observed Friday 31 December 2021.
        assert_eq!(closure_reason(d("2021-12-31")), Some("New Year's Day"));
        assert!(is_business_day(d("2022-01-03")));
        // Veterans Day 2023 was a Saturday: observed Friday 10 November.
        assert!(!is_business_day(d("2023-11-10")));
    }

    #[test]
    fn floating_holidays() {
        assert_eq!(closure_reason(d("2023-11-23")), Some("Thanksgiving Day"));
        assert!(is_business_day(d("2023-11-24")), "the day after Thanksgiving is a business day");
        assert_eq!(closure_reason(d("2024-05-27")), Some("Memorial Day"));
        assert_eq!(closure_reason(d("2024-01-15")), Some("Birthday of Martin Luther King, Jr."));
        assert_eq!(closure_reason(d("2024-10-14")), Some("Columbus Day"));
    }

    #[test]
    fn juneteenth_from_2021_only() {
        assert!(is_business_day(d("2020-06-19")), "a Friday before the law");
        assert!(!is_business_day(d("2021-06-18")), "first observed on Friday 18 June 2021");
        assert!(!is_business_day(d("2023-06-19")));
        // 2022: 19 June was a Sunday, observed Monday 20 June.
        assert!(!is_business_day(d("2022-06-20")));
    }

    #[test]
    fn one_off_closures() {
        assert!(!is_business_day(d("2018-12-05")));
        assert!(!is_business_day(d("2012-10-30")));
        assert!(is_business_day(d("2012-10-31")));
        assert!(!is_business_day(d("2024-12-24")));
    }

    #[test]
    fn form4_deadline_is_two_business_days_after() {
        // Monday → Wednesday.
        assert_eq!(deadline(Form::Form4, d("2023-06-05")), d("2023-06-07"));
        // Thursday → Monday.
        assert_eq!(deadline(Form::Form4, d("2023-06-01")), d("2023-06-05"));
        // Wednesday before Thanksgiving 2023 → Thursday is a holiday → Friday, Monday.
        assert_eq!(deadline(Form::Form4, d("2023-11-22")), d("2023-11-27"));
        // Saturday → Tuesday.
        assert_eq!(deadline(Form::Form4, d("2023-06-03")), d("2023-06-06"));
        // Across the year end: Thursday 29 Dec 2022 → Friday 30, (Mon 2 Jan observed) → Tue 3 Jan.
        assert_eq!(deadline(Form::Form4, d("2022-12-29")), d("2023-01-03"));
        // Across Juneteenth 2023 (Monday).
        assert_eq!(deadline(Form::Form4, d("2023-06-15")), d("2023-06-20"));
        assert_eq!(deadline(Form::Form4, d("2020-06-17")), d("2020-06-19"), "not a holiday in 2020");
    }

    #[test]
    fn calendar_day_deadlines_roll_to_a_business_day() {
        // Form 3: 10 days after Friday 23 June 2023 is Monday 3 July.
        assert_eq!(deadline(Form::Form3, d("2023-06-23")), d("2023-07-03"));
        // 10 days after 24 June 2023 is 4 July (holiday) → 5 July.
        assert_eq!(deadline(Form::Form3, d("2023-06-24")), d("2023-07-05"));
        // Form 5: 45 days after 31 December 2022 is Tuesday 14 February 2023.
        assert_eq!(deadline(Form::Form5, d("2022-12-31")), d("2023-02-14"));
        // 45 days after 31 Dec 2023 is Wednesday 14 Feb 2024.
        assert_eq!(deadline(Form::Form5, d("2023-12-31")), d("2024-02-14"));
        // 45 days after 31 Dec 2021 is Monday 14 Feb 2022; after 1 Jan 2022 is 15 Feb.
        assert_eq!(deadline(Form::Form5, d("2021-12-31")), d("2022-02-14"));
    }

    #[test]
    fn ten_pm_eastern_cutoff() {
        assert_eq!(filed_on(at("2023-06-01 21:59:59")), d("2023-06-01"));
        assert_eq!(filed_on(at("2023-06-01 22:00:01")), d("2023-06-02"));
        // Friday night rolls to Monday; a Saturday acceptance too.
        assert_eq!(filed_on(at("2023-06-02 22:30:00")), d("2023-06-05"));
        assert_eq!(filed_on(at("2023-06-03 10:00:00")), d("2023-06-05"));
        // Accepted on a holiday: the next business day.
        assert_eq!(filed_on(at("2023-07-04 09:00:00")), d("2023-07-05"));
    }

    #[test]
    fn lateness_counts_business_days() {
        assert_eq!(days_late(d("2023-06-07"), d("2023-06-07")), 0);
        assert_eq!(days_late(d("2023-06-07"), d("2023-06-05")), 0);
        assert_eq!(days_late(d("2023-06-07"), d("2023-06-08")), 1);
        // Friday deadline, filed Tuesday: Monday and Tuesday.
        assert_eq!(days_late(d("2023-06-02"), d("2023-06-06")), 2);
        // Over Independence Day 2023.
        assert_eq!(days_late(d("2023-07-03"), d("2023-07-05")), 1);
    }

    #[test]
    fn eastern_time_follows_daylight_saving() {
        // 2024: DST began Sunday 10 March at 07:00 UTC, ended Sunday 3 November at 06:00 UTC.
        assert_eq!(eastern_from_utc(at("2024-03-10 06:59:59")), at("2024-03-10 01:59:59"));
        assert_eq!(eastern_from_utc(at("2024-03-10 07:00:00")), at("2024-03-10 03:00:00"));
        assert_eq!(eastern_from_utc(at("2024-11-03 05:59:59")), at("2024-11-03 01:59:59"));
        assert_eq!(eastern_from_utc(at("2024-11-03 06:00:00")), at("2024-11-03 01:00:00"));
        // A filing at 02:30 UTC on a June Tuesday is 22:30 Monday EDT: late for Monday.
        assert_eq!(filed_on(eastern_from_utc(at("2023-06-06 02:30:00"))), d("2023-06-06"));
        assert_eq!(filed_on(eastern_from_utc(at("2023-06-06 01:59:00"))), d("2023-06-05"));
        // In January the same UTC time is 21:30 EST: on time.
        assert_eq!(filed_on(eastern_from_utc(at("2024-01-09 02:30:00"))), d("2024-01-08"));
        // 2006 rules: DST began the first Sunday of April.
        assert_eq!(eastern_from_utc(at("2006-03-20 12:00:00")), at("2006-03-20 07:00:00"));
        assert_eq!(eastern_from_utc(at("2006-04-03 12:00:00")), at("2006-04-03 08:00:00"));
    }

    #[test]
    fn fiscal_year_end_from_header() {
        assert_eq!(fiscal_year_end_on_or_before("1231", d("2024-01-15")), Some(d("2023-12-31")));
        assert_eq!(fiscal_year_end_on_or_before("0630", d("2024-07-01")), Some(d("2024-06-30")));
        assert_eq!(fiscal_year_end_on_or_before("0229", d("2023-03-15")), Some(d("2023-02-28")));
        assert_eq!(fiscal_year_end_on_or_before("13", d("2023-03-15")), None);
        assert_eq!(fiscal_year_end_on_or_before("1ñ2", d("2023-03-15")), None, "refused, not a panic");
    }

    #[test]
    fn every_year_from_2002_has_eleven_or_so_holidays() {
        for year in 2002..=2030 {
            let n = federal_holidays(year).len();
            let expected = if year >= 2021 { 11 } else { 10 };
            // A year can gain the next year's New Year's Day (observed 31 Dec) and lose its own.
            assert!((expected - 1..=expected + 1).contains(&n), "{year}: {n}");
        }
    }
}
