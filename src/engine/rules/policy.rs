//! Every number the Measures set, once, with the citation id of the passage that sets it. An amended
//! edition of the Measures is a new `Policy` value, not a hunt through the code.

use crate::engine::case::date::Date;
use crate::engine::case::fixed::Fixed;
use crate::engine::case::{Body, LiteracyCategory, Route};
use crate::engine::rules::scales::{Ects, FourLevel, GradeLevel};
use serde::Serialize;
use std::fmt;

use crate::engine::rules::cite::Cite;

/// One value of the Measures and where it is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Param<T> {
    pub value: T,
    pub cite: Cite,
}

const fn p<T>(value: T, cite: Cite) -> Param<T> {
    Param { value, cite }
}

/// A period the Measures set for a step of the procedure. Working days are counted as A19 defines
/// them: days of the teaching period, without vacations and statutory holidays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "unit", content = "count", rename_all = "snake_case")]
pub enum Duration {
    WorkingDays(u32),
    CalendarDays(u32),
    Weeks(u32),
    Months(u32),
    Years(u32),
}

impl Duration {
    pub const fn count(self) -> u32 {
        match self {
            Duration::WorkingDays(n)
            | Duration::CalendarDays(n)
            | Duration::Weeks(n)
            | Duration::Months(n)
            | Duration::Years(n) => n,
        }
    }
}

/// The edition of the Measures an assessment applied, as an interface names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edition {
    pub id: &'static str,
    pub title: &'static str,
    pub number: &'static str,
    pub in_force: Date,
}

impl fmt::Display for Edition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, in force from {}", self.number, self.in_force)
    }
}

/// A row of a conversion table: grades from `from` up to the next row's `from` (R1) convert to the
/// percentage band `[low, high]` of the receiving institution at `level`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GpaBand {
    pub from: Fixed,
    pub low: u8,
    pub high: u8,
    pub level: GradeLevel,
}

/// A row of a table keyed by a letter or word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LetterBand<G> {
    pub grade: G,
    pub low: u8,
    pub high: u8,
    pub level: GradeLevel,
}

const fn gpa(from: &str, low: u8, high: u8, level: GradeLevel) -> GpaBand {
    GpaBand {
        from: Fixed::lit(from),
        low,
        high,
        level,
    }
}

const fn letter<G>(grade: G, low: u8, high: u8, level: GradeLevel) -> LetterBand<G> {
    LetterBand {
        grade,
        low,
        high,
        level,
    }
}

use Duration::{Months, Weeks, WorkingDays, Years};
use GradeLevel::{Excellent, Fail, Good, Medium, Pass};

#[derive(Clone, Debug, PartialEq)]
pub struct Policy {
    /// `2023-046`, the number of the Measures.
    pub id: &'static str,
    pub title: &'static str,
    pub number: &'static str,
    pub in_force: Date,

    // A4.1, R14: status.
    pub min_semesters: Param<u32>,

    // A4.3.1.a, R11: undergraduate averages at domestic institutions.
    pub ug_min_percentage: Param<Fixed>,
    pub ug_min_five_level: Param<GradeLevel>,
    pub ug_min_four_level: Param<FourLevel>,
    /// R11: a GPA on a non-international route, Table A6.1's 65-74 band, the same bar as "Medium".
    pub ug_min_gpa_domestic: Param<Fixed>,
    // A4.3.1.b: international undergraduates; R2: the ECTS letter governs on any route.
    pub ug_min_gpa_international: Param<Fixed>,
    pub ug_min_ects: Param<Ects>,
    /// R4: Table A7.2 lists 2.3-2.5 as eligible for undergraduates; noted, not applied.
    pub a7_2_undergraduate_band_from: Param<Fixed>,

    // A4.3.2.a: master's students.
    pub master_min_gpa: Param<Fixed>,
    pub master_min_papers: Param<u32>,
    pub master_min_impact_factor: Param<Fixed>,
    // A4.3.2.b: doctoral students.
    pub doctoral_min_gpa: Param<Fixed>,
    pub doctoral_min_papers: Param<u32>,
    pub doctoral_min_high_impact_papers: Param<u32>,
    pub doctoral_min_impact_factor: Param<Fixed>,

    // A4.3.1.c, A5.7: revoked institutions, completed / original total credits.
    pub revoked_min_ratio_undergraduate: Param<Fixed>,
    pub revoked_min_ratio_postgraduate: Param<Fixed>,

    // A4.4.2.b, R12: language.
    pub ielts_min_overall: Param<Fixed>,
    pub ielts_min_section: Param<Fixed>,
    pub toefl_min_overall: Param<Fixed>,
    pub toefl_min_section: Param<Fixed>,
    pub pte_min_overall: Param<Fixed>,
    pub hsk_min_level: Param<u8>,

    // A4.4, R13: who may authenticate, per route.
    pub authentication: [(Route, Param<&'static [Body]>); 4],

    // A6.2.1, R6: course recognition.
    pub min_overlap: Param<Fixed>,
    pub min_overlap_revoked: Param<Fixed>,
    pub min_hours_ratio: Param<Fixed>,
    // A6.2.2, R6: a course's passing grade.
    pub pass_percentage: Param<Fixed>,
    pub pass_five_level: Param<GradeLevel>,
    pub pass_four_level: Param<FourLevel>,
    pub pass_gpa: Param<Fixed>,
    pub pass_ects: Param<Ects>,

    // A7.1.1, R5, R6: ECTS credits.
    pub ects_credit_factor: Param<Fixed>,
    pub ects_hours_per_credit: Param<Fixed>,
    /// A7.1.3.b, R9: internship credits at most 30% of all recognized transfer credits, i.e. at most
    /// 3/7 of the other recognized credits.
    pub internship_share: Param<(i64, i64)>,

    // A8.2: how old a grade may be, in years.
    pub grade_validity_years: Param<i32>,

    // A7.3.1, A7.3.3, R8: literacy courses.
    pub literacy_min_credits: Param<Fixed>,
    pub literacy_category_max: [(LiteracyCategory, Param<Fixed>); 4],
    pub literacy_max_international: Param<Fixed>,
    pub literacy_max_other: Param<Fixed>,

    // Conversion tables (R1, R3).
    pub table_a6_1_five_level: Param<[LetterBand<GradeLevel>; 5]>,
    pub table_a6_1_four_level: Param<[LetterBand<FourLevel>; 4]>,
    pub table_a6_1_gpa: Param<[GpaBand; 5]>,
    pub table_a7_1_2_ects: Param<[LetterBand<Ects>; 6]>,
    pub table_a7_2_gpa: Param<[GpaBand; 8]>,
    /// A6.1: percentage scores convert directly; their level is read from the five-level bands (G1).
    pub percentage_levels: Param<[GpaBand; 5]>,

    // A4.2: a health reason's diagnosis certificate, issued within this period before applying.
    pub diagnosis_certificate_max_age: Param<Duration>,

    // A9.3: when applications are submitted.
    /// Domestic regular transfers: within this period after a semester starts.
    pub submit_domestic_after_semester_start: Param<Duration>,
    /// Revoked institutions: within this period of the revocation's announcement, in any season.
    pub submit_revoked_after_announcement: Param<Duration>,
    /// Revoked institutions applying in a vacation: paper materials within this period after the
    /// semester starts.
    pub paper_revoked_after_semester_start: Param<Duration>,
    /// International transfers: this long before a semester starts.
    pub submit_international_before_semester_start: Param<Duration>,

    /// International applicants' financial proof covers at least this multiple of the receiving
    /// institution's yearly tuition.
    pub financial_proof_tuition_factor: Param<Fixed>,

    // A10: the receiving institution's procedure, in working days (A19).
    pub preliminary_check_domestic: Param<Duration>,
    pub preliminary_check_revoked: Param<Duration>,
    pub preliminary_check_international: Param<Duration>,
    pub college_evaluation: Param<Duration>,
    /// University approval is limited only for revoked institutions; others wait for the next
    /// president's office meeting (A10.3.2).
    pub university_approval_revoked: Param<Duration>,
    pub public_notice: Param<Duration>,
    pub confirmation_and_filing: Param<Duration>,
    pub evaluation_team_min_teachers: Param<u32>,
    /// The share of consenting votes a committee decision needs, as (numerator, denominator).
    pub evaluation_consent_share: Param<(u32, u32)>,
    pub relaxed_overlap_consent_share: Param<(u32, u32)>,

    // A11.2: the original institution's transfer-out verification, then its public notice.
    pub transfer_out_verification: Param<Duration>,
    pub transfer_out_notice: Param<Duration>,

    // A12: graduation requirements.
    /// At most this difference in knowledge points lets a make-up course be exempted.
    pub course_exemption_max_difference: Param<Fixed>,
    /// The course connection report that replaces an exempted make-up course is longer than this.
    pub course_connection_report_min_words: Param<u32>,
    /// Literacy credits a programme generally requires in total.
    pub literacy_programme_credits: Param<Fixed>,

    // A13: graduation verification for revoked institutions.
    pub graduation_pre_verification: Param<Duration>,
    pub graduation_verification: Param<Duration>,
    /// How much shorter [`Policy::graduation_verification`] is than the regular verification.
    pub graduation_verification_shortened_by: Param<Duration>,

    // A14: objections.
    /// An objection is raised within this period of being informed of the result.
    pub objection_window: Param<Duration>,
    pub objection_review: Param<Duration>,
    pub objection_result: Param<Duration>,
    pub objection_team_min_members: Param<u32>,

    // A15: supervision.
    /// Providing false materials bars new applications for this long.
    pub false_materials_bar: Param<Duration>,
    /// The receiving institution re-examines an admitted student within this period of enrolment.
    pub re_examination_after_enrolment: Param<Duration>,
}

/// The Measures for the Qualification Recognition of Inter-University Transfer Students,
/// [2023] (T) Appraisal No. 046, approved and in force from 27 March 2023.
pub static MEASURES_2023_046: Policy = Policy {
    id: "2023-046",
    title: "Measures for the Qualification Recognition of Inter-University Transfer Students",
    number: "[2023] (T) Appraisal No. 046",
    in_force: match Date::new(2023, 3, 27) {
        Some(d) => d,
        None => panic!("bad date"),
    },

    min_semesters: p(1, Cite::A4_1),

    ug_min_percentage: p(Fixed::lit("70"), Cite::A4_3_1_a),
    ug_min_five_level: p(Medium, Cite::A4_3_1_a),
    ug_min_four_level: p(FourLevel::C, Cite::A4_3_1_a),
    ug_min_gpa_domestic: p(Fixed::lit("2.5"), Cite::A6_1),
    ug_min_gpa_international: p(Fixed::lit("2.5"), Cite::A4_3_1_b),
    ug_min_ects: p(Ects::C, Cite::A4_3_1_b),
    a7_2_undergraduate_band_from: p(Fixed::lit("2.3"), Cite::A7_2),

    master_min_gpa: p(Fixed::lit("3.0"), Cite::A4_3_2_a),
    master_min_papers: p(1, Cite::A4_3_2_a),
    master_min_impact_factor: p(Fixed::lit("1.0"), Cite::A4_3_2_a),
    doctoral_min_gpa: p(Fixed::lit("3.3"), Cite::A4_3_2_b),
    doctoral_min_papers: p(2, Cite::A4_3_2_b),
    doctoral_min_high_impact_papers: p(1, Cite::A4_3_2_b),
    doctoral_min_impact_factor: p(Fixed::lit("2.0"), Cite::A4_3_2_b),

    revoked_min_ratio_undergraduate: p(Fixed::lit("0.60"), Cite::A4_3_1_c),
    revoked_min_ratio_postgraduate: p(Fixed::lit("0.50"), Cite::A4_3_1_c),

    ielts_min_overall: p(Fixed::lit("6.0"), Cite::A4_4_2_b),
    ielts_min_section: p(Fixed::lit("5.5"), Cite::A4_4_2_b),
    toefl_min_overall: p(Fixed::lit("80"), Cite::A4_4_2_b),
    toefl_min_section: p(Fixed::lit("20"), Cite::A4_4_2_b),
    pte_min_overall: p(Fixed::lit("50"), Cite::A4_4_2_b),
    hsk_min_level: p(5, Cite::A4_4_2_b),

    authentication: [
        (Route::Mainland, p(&[Body::Chsi], Cite::A4_4_1_a)),
        (
            Route::Hmt,
            p(
                &[Body::HmtOffice, Body::Hkcaavq, Body::Gaes, Body::TaiwanMoe],
                Cite::A4_4_1_b,
            ),
        ),
        (
            Route::SinoForeign,
            p(&[Body::SinoForeignPlatform], Cite::A4_4_1_c),
        ),
        (
            Route::International,
            p(
                &[
                    Body::Cscse,
                    Body::Naric,
                    Body::WesUs,
                    Body::Ece,
                    Body::Aqf,
                    Body::WesCanada,
                    Body::Icas,
                    Body::Qaa,
                ],
                Cite::A4_4_2_a,
            ),
        ),
    ],

    min_overlap: p(Fixed::lit("0.70"), Cite::A6_2_1),
    min_overlap_revoked: p(Fixed::lit("0.60"), Cite::A6_2_4_a),
    min_hours_ratio: p(Fixed::lit("0.90"), Cite::A6_2_1),
    pass_percentage: p(Fixed::lit("60"), Cite::A6_2_2),
    pass_five_level: p(Pass, Cite::A6_1),
    pass_four_level: p(FourLevel::C, Cite::A6_1),
    pass_gpa: p(Fixed::lit("2.0"), Cite::A6_1),
    pass_ects: p(Ects::D, Cite::A7_1_2),

    ects_credit_factor: p(Fixed::lit("0.8"), Cite::A7_1_1),
    ects_hours_per_credit: p(Fixed::lit("25"), Cite::A7_1_1),
    internship_share: p((3, 7), Cite::A7_1_3_b),

    grade_validity_years: p(5, Cite::A8_2),

    literacy_min_credits: p(Fixed::lit("2"), Cite::A7_3_1),
    literacy_category_max: [
        (
            LiteracyCategory::GlobalCitizenship,
            p(Fixed::lit("3"), Cite::A7_3_1),
        ),
        (LiteracyCategory::Ethics, p(Fixed::lit("2"), Cite::A7_3_1)),
        (
            LiteracyCategory::Intercultural,
            p(Fixed::lit("2"), Cite::A7_3_1),
        ),
        (
            LiteracyCategory::Sustainability,
            p(Fixed::lit("2"), Cite::A7_3_1),
        ),
    ],
    literacy_max_international: p(Fixed::lit("6"), Cite::A7_3_3),
    literacy_max_other: p(Fixed::lit("3"), Cite::A7_3_3),

    table_a6_1_five_level: p(
        [
            letter(Excellent, 85, 100, Excellent),
            letter(Good, 75, 84, Good),
            letter(Medium, 65, 74, Medium),
            letter(Pass, 60, 64, Pass),
            // Not a row of the table: a Fail is below 60 and not recognized (A6.1 remarks).
            letter(Fail, 0, 59, Fail),
        ],
        Cite::A6_1,
    ),
    table_a6_1_four_level: p(
        [
            letter(FourLevel::A, 85, 100, Excellent),
            letter(FourLevel::B, 75, 84, Good),
            // 60-74 spans Pass and Medium; the band's lower bound gives its level (G1).
            letter(FourLevel::C, 60, 74, Pass),
            // Not a row of the table: D is below 60 (R6).
            letter(FourLevel::D, 0, 59, Fail),
        ],
        Cite::A6_1,
    ),
    table_a6_1_gpa: p(
        [
            gpa("3.5", 85, 100, Excellent),
            gpa("3.0", 75, 84, Good),
            gpa("2.5", 65, 74, Medium),
            gpa("2.0", 60, 64, Pass),
            // Below the table's lowest band: below 60, not recognized.
            gpa("0", 0, 59, Fail),
        ],
        Cite::A6_1,
    ),
    table_a7_1_2_ects: p(
        [
            letter(Ects::A, 90, 100, Excellent),
            letter(Ects::B, 80, 89, Good),
            letter(Ects::C, 70, 79, Medium),
            letter(Ects::D, 60, 69, Pass),
            letter(Ects::E, 50, 59, Fail),
            letter(Ects::F, 0, 49, Fail),
        ],
        Cite::A7_1_2,
    ),
    table_a7_2_gpa: p(
        [
            gpa("3.8", 90, 100, Excellent),
            gpa("3.5", 85, 89, Good),
            gpa("3.2", 80, 84, Good),
            gpa("2.9", 75, 79, Medium),
            gpa("2.6", 70, 74, Medium),
            gpa("2.3", 65, 69, Pass),
            gpa("2.0", 60, 64, Pass),
            gpa("0", 0, 59, Fail),
        ],
        Cite::A7_2,
    ),
    percentage_levels: p(
        [
            gpa("85", 85, 100, Excellent),
            gpa("75", 75, 84, Good),
            gpa("65", 65, 74, Medium),
            gpa("60", 60, 64, Pass),
            gpa("0", 0, 59, Fail),
        ],
        Cite::A6_1,
    ),

    diagnosis_certificate_max_age: p(Months(6), Cite::A4_2),

    submit_domestic_after_semester_start: p(Weeks(2), Cite::A9_3_1),
    submit_revoked_after_announcement: p(Months(3), Cite::A9_3_2),
    paper_revoked_after_semester_start: p(Weeks(1), Cite::A9_3_2),
    submit_international_before_semester_start: p(Months(1), Cite::A9_3_3),

    financial_proof_tuition_factor: p(Fixed::lit("1.5"), Cite::A9_2_2_c),
    preliminary_check_domestic: p(WorkingDays(3), Cite::A10_1_1),
    preliminary_check_revoked: p(WorkingDays(2), Cite::A10_1_2),
    preliminary_check_international: p(WorkingDays(5), Cite::A10_1_3),
    college_evaluation: p(WorkingDays(7), Cite::A10_2),
    university_approval_revoked: p(WorkingDays(7), Cite::A10_3),
    public_notice: p(WorkingDays(5), Cite::A10_3_3),
    confirmation_and_filing: p(WorkingDays(15), Cite::A10_4),
    evaluation_team_min_teachers: p(3, Cite::A10_2_1),
    evaluation_consent_share: p((2, 3), Cite::A10_2_3),
    relaxed_overlap_consent_share: p((2, 3), Cite::A6_2_4_a),

    transfer_out_verification: p(WorkingDays(7), Cite::A11_2),
    transfer_out_notice: p(WorkingDays(3), Cite::A11_2),

    course_exemption_max_difference: p(Fixed::lit("0.10"), Cite::A12_1),
    course_connection_report_min_words: p(3000, Cite::A12_1),
    literacy_programme_credits: p(Fixed::lit("3"), Cite::A12_2_3),

    graduation_pre_verification: p(WorkingDays(10), Cite::A13_1),
    graduation_verification: p(WorkingDays(15), Cite::A13_2),
    graduation_verification_shortened_by: p(WorkingDays(5), Cite::A13_2),

    objection_window: p(WorkingDays(3), Cite::A14_1),
    objection_review: p(WorkingDays(5), Cite::A14_2),
    objection_result: p(WorkingDays(5), Cite::A14_3),
    objection_team_min_members: p(5, Cite::A14_2_1),

    false_materials_bar: p(Years(5), Cite::A15_2_1),
    re_examination_after_enrolment: p(Months(1), Cite::A15_3_1),
};

impl Policy {
    /// The edition, for interfaces that name what an assessment applied (`assessment.policy`).
    pub fn edition(&self) -> Edition {
        Edition {
            id: self.id,
            title: self.title,
            number: self.number,
            in_force: self.in_force,
        }
    }

    /// The bodies that may authenticate for a route (R13).
    pub fn bodies_for(&self, route: Route) -> Param<&'static [Body]> {
        self.authentication
            .iter()
            .find(|(r, _)| *r == route)
            .map(|(_, bodies)| *bodies)
            .unwrap_or(p(&[], Cite::A4_4))
    }

    pub fn literacy_category_max(&self, category: LiteracyCategory) -> Param<Fixed> {
        self.literacy_category_max
            .iter()
            .find(|(c, _)| *c == category)
            .map(|(_, max)| *max)
            .unwrap_or(p(Fixed::ZERO, Cite::A7_3_1))
    }

    /// The R9 cap as the Measures state it: the internship share of all recognized transfer credits,
    /// in percent (3/7 of the others is 30% of the whole).
    pub fn internship_percent(&self) -> i64 {
        let (num, den) = self.internship_share.value;
        num * 100 / (num + den)
    }

    /// The total literacy substitution allowed on a route (A7.3.3, R8); an unknown route gets the
    /// lower cap, the only one certain to hold.
    pub fn literacy_route_max(&self, route: Option<Route>) -> Param<Fixed> {
        match route {
            Some(Route::International) => self.literacy_max_international,
            _ => self.literacy_max_other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of a unit of the Measures: its own line, as the file prints it.
    fn unit(id: &str) -> String {
        let measures = include_str!("../../../policy/measures-2023-046.md");
        let mark = format!("[{id}]");
        measures
            .lines()
            .map(str::trim)
            .find(|line| line.trim_start_matches("- ").starts_with(&mark))
            .unwrap_or_else(|| panic!("no unit {id}"))
            .to_owned()
    }

    /// How the Measures write a period: "3 working days", "a 3-working-day public notice", "6 months".
    fn written(d: Duration) -> Vec<String> {
        let n = d.count();
        let (one, many) = match d {
            Duration::WorkingDays(_) => ("working day", "working days"),
            Duration::CalendarDays(_) => ("day", "days"),
            Duration::Weeks(_) => ("week", "weeks"),
            Duration::Months(_) => ("month", "months"),
            Duration::Years(_) => ("year", "years"),
        };
        let word = if n == 1 { one } else { many };
        vec![
            format!("{n} {word}"),
            format!("{n}-{}", one.replace(' ', "-")),
        ]
    }

    #[test]
    fn every_period_is_written_in_the_passage_it_cites() {
        let m = &MEASURES_2023_046;
        let periods = [
            m.diagnosis_certificate_max_age,
            m.submit_domestic_after_semester_start,
            m.submit_revoked_after_announcement,
            m.paper_revoked_after_semester_start,
            m.submit_international_before_semester_start,
            m.preliminary_check_domestic,
            m.preliminary_check_revoked,
            m.preliminary_check_international,
            m.college_evaluation,
            m.university_approval_revoked,
            m.public_notice,
            m.confirmation_and_filing,
            m.transfer_out_verification,
            m.transfer_out_notice,
            m.graduation_pre_verification,
            m.graduation_verification,
            m.graduation_verification_shortened_by,
            m.objection_window,
            m.objection_review,
            m.objection_result,
            m.false_materials_bar,
            m.re_examination_after_enrolment,
        ];
        for period in periods {
            let text = unit(period.cite.id());
            assert!(
                written(period.value).iter().any(|w| text.contains(w)),
                "{:?} is not written in {}",
                period.value,
                period.cite
            );
        }
    }

    #[test]
    fn counts_are_written_in_the_passage_they_cite() {
        let m = &MEASURES_2023_046;
        let counts = [
            (m.evaluation_team_min_teachers, "3 or more teachers"),
            (m.objection_team_min_members, "no less than 5 members"),
            (
                m.course_connection_report_min_words,
                "more than 3,000 words",
            ),
        ];
        for (param, words) in counts {
            assert!(unit(param.cite.id()).contains(words), "{}", param.cite);
        }
        for share in [m.evaluation_consent_share, m.relaxed_overlap_consent_share] {
            assert_eq!(share.value, (2, 3));
            assert!(unit(share.cite.id()).contains("≥ 2/3"), "{}", share.cite);
        }
        assert!(unit(m.course_exemption_max_difference.cite.id()).contains("≤ 10%"));
        assert!(unit(m.literacy_programme_credits.cite.id()).contains("not less than 3 credits"));
    }

    #[test]
    fn the_edition_names_the_measures_and_their_date() {
        let e = MEASURES_2023_046.edition();
        assert_eq!(e.id, "2023-046");
        assert_eq!(
            e.to_string(),
            "[2023] (T) Appraisal No. 046, in force from 2023-03-27"
        );
    }
}
