//! Credits: converting a course's credits to the receiving programme's (A6.2.3, A7.1.1, R5), the
//! class hours compared for recognition (R6), the internship cap (A7.1.3.b, R9) and what is left to
//! study (A12.1, R10). All in exact tenths.

use crate::engine::case::fixed::{Fixed, Tenths};
use crate::engine::case::model::{Course, CreditHours, Origin, Program};
use crate::engine::case::{CourseKind, CreditUnit, EctsRegion};
use crate::engine::rules::cite::Cite;
use crate::engine::rules::policy::Policy;
use serde::Serialize;

/// The hours-per-credit standard for a course of this kind: practice hours for practice and
/// internship courses (A6.2.3, R5).
fn hours_per_credit(hours: &CreditHours, kind: CourseKind) -> Option<Fixed> {
    match kind {
        CourseKind::Theory => hours.theory,
        CourseKind::Practice | CourseKind::Internship => hours.practice,
    }
}

/// How a course's credits were converted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum Conversion {
    /// 1 ECTS = 0.8 credits (A7.1.1).
    Ects { factor: Fixed },
    /// By the ratio of hours per credit for the course's kind (A6.2.3).
    Hours {
        kind: CourseKind,
        from: Fixed,
        to: Fixed,
    },
    /// 1:1, because an hours standard is unknown on at least one side (A6.2.3, R5).
    OneToOne,
}

impl Conversion {
    pub fn cite(self) -> Cite {
        match self {
            Conversion::Ects { .. } => Cite::A7_1_1,
            Conversion::Hours { .. } | Conversion::OneToOne => Cite::A6_2_3,
        }
    }
}

/// The conversion R5 prescribes for a course.
pub fn conversion(course: &Course, origin: &Origin, program: &Program, p: &Policy) -> Conversion {
    if course.credit_unit == CreditUnit::Ects {
        return Conversion::Ects {
            factor: p.ects_credit_factor.value,
        };
    }
    let kind = course.kind;
    match (
        hours_per_credit(&origin.credit_hours, kind),
        hours_per_credit(&program.credit_hours, kind),
    ) {
        (Some(from), Some(to)) => Conversion::Hours { kind, from, to },
        _ => Conversion::OneToOne,
    }
}

/// Converted credits, rounded half-up to tenths per course (R5).
pub fn convert(credits: Fixed, c: Conversion) -> Tenths {
    match c {
        Conversion::Ects { factor } => credits.times_to_tenths(factor),
        Conversion::Hours { from, to, .. } => credits.scale_to_tenths(from, to),
        Conversion::OneToOne => Tenths::from(credits),
    }
}

/// Where a course's class hours for the 90% test come from (R6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "from", rename_all = "snake_case")]
pub enum HoursSource {
    Written,
    /// Weekly teaching hours x weeks in the semester (A6.2.4.a).
    WeeklyTimesWeeks {
        weekly: Fixed,
        weeks: Fixed,
    },
    /// ECTS credits x 25 hours, the low end of A7.1.1's 25-30.
    EctsCredits {
        credits: Fixed,
        per_credit: Fixed,
    },
}

/// A course's class hours as R6 reads them: hours, else weekly hours x weeks, else for ECTS credits x 25.
pub fn course_hours(course: &Course, p: &Policy) -> Option<(Fixed, HoursSource)> {
    if let Some(h) = course.hours {
        return Some((h, HoursSource::Written));
    }
    if let (Some(weekly), Some(weeks)) = (course.weekly_hours, course.weeks) {
        return weekly
            .checked_mul(weeks)
            .map(|h| (h, HoursSource::WeeklyTimesWeeks { weekly, weeks }));
    }
    match (course.credit_unit, course.credits) {
        (CreditUnit::Ects, Some(credits)) => {
            let per_credit = p.ects_hours_per_credit.value;
            credits.checked_mul(per_credit).map(|h| {
                (
                    h,
                    HoursSource::EctsCredits {
                        credits,
                        per_credit,
                    },
                )
            })
        }
        _ => None,
    }
}

/// The credit summary of an assessment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    pub recognized: Tenths,
    pub literacy_substituted: Tenths,
    pub required: Option<Tenths>,
    pub shortfall: Option<Tenths>,
    pub literacy_remaining: Option<Tenths>,
    pub internship_capped: Tenths,
    /// Converted credits of courses in review: they count once the college recognizes them.
    pub in_review: Tenths,
}

impl Totals {
    /// The credits that would count toward graduation: recognized and literacy substituted.
    pub fn counted(&self) -> Tenths {
        self.recognized + self.literacy_substituted
    }

    /// Whether the counted credits go beyond what the programme needs (the extra shortens nothing).
    pub fn beyond_required(&self) -> bool {
        self.required
            .is_some_and(|required| self.counted() > required)
    }

    /// What is left to study, with the literacy credits still to take as a part of their own (G9):
    /// A12.2.3 has them made up whatever else is recognized, so they stay to study even where
    /// other courses' credits leave R10's shortfall smaller. None while the programme's total is
    /// not given.
    pub fn still_to_study(&self) -> Option<StillToStudy> {
        let shortfall = self.shortfall?;
        let literacy = self.literacy_remaining.unwrap_or(Tenths::ZERO);
        Some(StillToStudy {
            literacy,
            other: shortfall.saturating_sub(literacy),
        })
    }
}

/// The credits left to study, split into the literacy credits still to take and the rest (G9).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StillToStudy {
    pub literacy: Tenths,
    pub other: Tenths,
}

impl StillToStudy {
    pub fn total(&self) -> Tenths {
        self.literacy + self.other
    }
}

/// What the courses contribute, before the totals are drawn.
#[derive(Clone, Copy, Debug, Default)]
pub struct Contributions {
    pub recognized_other: Tenths,
    pub recognized_internship: Tenths,
    pub literacy: Tenths,
    pub in_review: Tenths,
}

/// R9: from a non-EU ECTS institution, internship credits may be at most 30% of all recognized
/// transfer credits, i.e. at most 3/7 of the others, rounded down.
pub fn internship_cap(c: &Contributions, origin: &Origin, p: &Policy) -> Tenths {
    if origin.ects_region != Some(EctsRegion::NonEu) {
        return Tenths::ZERO;
    }
    let (num, den) = p.internship_share.value;
    let cap = c.recognized_other.fraction_floor(num, den);
    c.recognized_internship.saturating_sub(cap)
}

/// R10 (A12.1): recognized + substituted + shortfall = total graduation credits.
pub fn totals(c: &Contributions, origin: &Origin, program: &Program, p: &Policy) -> Totals {
    let internship_capped = internship_cap(c, origin, p);
    let recognized = c.recognized_other + c.recognized_internship - internship_capped;
    let required = program.total_graduation_credits.map(Tenths::from);
    let literacy_required = program.literacy_credits_required.map(Tenths::from);
    Totals {
        recognized,
        literacy_substituted: c.literacy,
        required,
        shortfall: required.map(|r| r.saturating_sub(recognized + c.literacy)),
        literacy_remaining: literacy_required.map(|r| r.saturating_sub(c.literacy)),
        internship_capped,
        in_review: c.in_review,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::model::CreditHours;
    use crate::engine::rules::policy::MEASURES_2023_046 as P;

    fn hours(theory: i64, practice: i64) -> CreditHours {
        CreditHours {
            theory: Some(Fixed::int(theory)),
            practice: Some(Fixed::int(practice)),
        }
    }

    fn course(credits: &str, unit: CreditUnit, kind: CourseKind) -> Course {
        Course {
            credits: Some(Fixed::lit(credits)),
            credit_unit: unit,
            kind,
            ..Course::default()
        }
    }

    #[test]
    fn r5_conversions() {
        let origin = Origin {
            credit_hours: hours(16, 32),
            ..Origin::default()
        };
        let program = Program {
            credit_hours: hours(18, 36),
            ..Program::default()
        };
        let theory = course("4", CreditUnit::Local, CourseKind::Theory);
        let c = conversion(&theory, &origin, &program, &P);
        assert_eq!(convert(Fixed::int(4), c), Tenths::new(36));
        let internship = course("2", CreditUnit::Local, CourseKind::Internship);
        let c = conversion(&internship, &origin, &program, &P);
        assert_eq!(
            c,
            Conversion::Hours {
                kind: CourseKind::Internship,
                from: Fixed::int(32),
                to: Fixed::int(36)
            }
        );
        let ects = course("7.5", CreditUnit::Ects, CourseKind::Theory);
        assert_eq!(
            convert(Fixed::lit("7.5"), conversion(&ects, &origin, &program, &P)),
            Tenths::new(60)
        );
        let unknown = conversion(&theory, &Origin::default(), &program, &P);
        assert_eq!(unknown, Conversion::OneToOne);
        assert_eq!(convert(Fixed::lit("2.5"), unknown), Tenths::new(25));
    }

    #[test]
    fn r6_hours_sources() {
        let mut c = course("5", CreditUnit::Ects, CourseKind::Theory);
        assert_eq!(course_hours(&c, &P).unwrap().0, Fixed::int(125));
        c.weekly_hours = Some(Fixed::int(4));
        c.weeks = Some(Fixed::int(16));
        assert_eq!(course_hours(&c, &P).unwrap().0, Fixed::int(64));
        c.hours = Some(Fixed::int(60));
        assert_eq!(
            course_hours(&c, &P).unwrap(),
            (Fixed::int(60), HoursSource::Written)
        );
        assert_eq!(
            course_hours(&course("4", CreditUnit::Local, CourseKind::Theory), &P),
            None
        );
    }

    #[test]
    fn r9_cap_applies_to_non_eu_ects_only() {
        let c = Contributions {
            recognized_other: Tenths::new(140),
            recognized_internship: Tenths::new(80),
            ..Contributions::default()
        };
        let non_eu = Origin {
            ects_region: Some(EctsRegion::NonEu),
            ..Origin::default()
        };
        assert_eq!(internship_cap(&c, &non_eu, &P), Tenths::new(20));
        assert_eq!(internship_cap(&c, &Origin::default(), &P), Tenths::ZERO);
        let t = totals(&c, &non_eu, &Program::default(), &P);
        assert_eq!(t.recognized, Tenths::new(200));
        assert_eq!(t.shortfall, None);
    }

    #[test]
    fn r10_shortfall_never_negative() {
        let c = Contributions {
            recognized_other: Tenths::new(1700),
            literacy: Tenths::new(30),
            ..Contributions::default()
        };
        let program = Program {
            total_graduation_credits: Some(Fixed::int(160)),
            literacy_credits_required: Some(Fixed::int(3)),
            ..Program::default()
        };
        let t = totals(&c, &Origin::default(), &program, &P);
        assert_eq!(t.shortfall, Some(Tenths::ZERO));
        assert_eq!(t.literacy_remaining, Some(Tenths::ZERO));
    }

    #[test]
    fn credits_beyond_the_programme_total_are_told_apart() {
        let totals = |recognized: &str, literacy: &str, required: Option<&str>| Totals {
            recognized: Tenths::from(Fixed::lit(recognized)),
            literacy_substituted: Tenths::from(Fixed::lit(literacy)),
            required: required.map(|r| Tenths::from(Fixed::lit(r))),
            shortfall: None,
            literacy_remaining: None,
            internship_capped: Tenths::ZERO,
            in_review: Tenths::ZERO,
        };
        assert!(totals("26.3", "2", Some("20")).beyond_required());
        assert_eq!(
            totals("26.3", "2", Some("20")).counted(),
            Tenths::from(Fixed::lit("28.3"))
        );
        assert!(!totals("18", "2", Some("20")).beyond_required());
        assert!(!totals("30", "0", None).beyond_required());
    }

    #[test]
    fn g9_literacy_still_to_take_stays_to_study_whatever_else_counts() {
        let case = |other: i64, literacy: i64| {
            let c = Contributions {
                recognized_other: Tenths::new(other),
                literacy: Tenths::new(literacy),
                ..Contributions::default()
            };
            let program = Program {
                total_graduation_credits: Some(Fixed::int(20)),
                literacy_credits_required: Some(Fixed::int(3)),
                ..Program::default()
            };
            totals(&c, &Origin::default(), &program, &P)
                .still_to_study()
                .unwrap()
        };
        // Courses fill the rest of the programme: only literacy is left, though R10's shortfall is 0.
        let over = case(263, 20);
        assert_eq!(
            (over.literacy, over.other, over.total()),
            (Tenths::new(10), Tenths::ZERO, Tenths::new(10))
        );
        // Room left in the programme: the literacy credits are a part of the shortfall, not added to it.
        let under = case(100, 20);
        assert_eq!(
            (under.literacy, under.other, under.total()),
            (Tenths::new(10), Tenths::new(70), Tenths::new(80))
        );
        // Shortfall 0.5 with 1 literacy credit left: 1 to study, all of it literacy.
        let between = case(175, 20);
        assert_eq!(
            (between.literacy, between.total()),
            (Tenths::new(10), Tenths::new(10))
        );
        let unknown = Totals::default();
        assert_eq!(unknown.still_to_study(), None);
    }
}
