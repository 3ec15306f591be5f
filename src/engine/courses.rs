//! Whether each course is recognized (A6.2, A8, A10.2.2.a; R6, R7), with every reason it was or was
//! not, its converted credits and its grade in the receiving institution's system.

use super::case::{CourseKind, Level, LiteracyCategory, Nature};
use super::credits::{self, Conversion, HoursSource};
use super::date::Date;
use super::fixed::{Fixed, Tenths};
use super::grades::{self, Band, Grade};
use super::model::{Applicant, Case, Course, Origin, Program};
use super::policy::{Cite, Policy};
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CourseOutcome {
    Recognized,
    Review,
    NotRecognized,
}

/// How much a reason weighs in the course's outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Weight {
    /// Says what was applied; the course still counts.
    Note,
    Review,
    Reject,
}

/// A course fact that was not given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CourseFact {
    OfficialTranscript,
    Translation,
    RegularInstitution,
    CompletedOn,
    Grade,
    Credits,
    Nature,
    MatchNature,
    Overlap,
    Hours,
    MatchHours,
    Level,
    LiteracyCategory,
    LiteracyContent,
    LiteracyAssessment,
}

impl CourseFact {
    /// The field within a course that holds it.
    pub fn field(self) -> &'static str {
        match self {
            CourseFact::OfficialTranscript => "official_transcript",
            CourseFact::Translation => "translated_or_official_language",
            CourseFact::RegularInstitution => "regular_institution",
            CourseFact::CompletedOn => "completed_on",
            CourseFact::Grade => "grade",
            CourseFact::Credits => "credits",
            CourseFact::Nature => "nature",
            CourseFact::MatchNature => "match.nature",
            CourseFact::Overlap => "match.overlap",
            CourseFact::Hours => "hours",
            CourseFact::MatchHours => "match.hours",
            CourseFact::Level => "applicant.level",
            CourseFact::LiteracyCategory => "literacy.category",
            CourseFact::LiteracyContent => "literacy.content_ok",
            CourseFact::LiteracyAssessment => "literacy.assessment_ok",
        }
    }
}

/// One reason in a course's result, as data.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CourseDetail {
    Unknown {
        fact: CourseFact,
    },
    NoOfficialTranscript,
    NotTranslated,
    IrregularInstitution,
    Expired {
        completed_on: Date,
        limit: Date,
        years: i32,
    },
    FailingGrade {
        grade: Grade,
        /// The passing standard on the percentage scale (A6.2.2), named in the explanation.
        pass: Fixed,
        /// The least passing grade in the grade's own system, and the passage that sets it.
        pass_mark: Grade,
        pass_cite: Cite,
    },
    Retake {
        postgraduate: bool,
    },
    FailedBeforeRevocation,
    NoMatch,
    NatureDiffers {
        course: Nature,
        receiving: Nature,
    },
    OverlapBelow {
        overlap: Fixed,
        /// The minimum applied: for a revoked institution, the relaxed one (A6.2.4.a).
        min: Fixed,
        /// The minimum that recognizes the course outright, and its passage.
        pass_min: Fixed,
        pass_cite: Cite,
    },
    /// A revoked-institution applicant's overlap in the relaxed range: a committee vote (A6.2.4.a).
    OverlapRelaxed {
        overlap: Fixed,
        min: Fixed,
        /// The passage that sets `min`; the reason's rule sets `relaxed`.
        min_cite: Cite,
        relaxed: Fixed,
    },
    HoursBelow {
        hours: Fixed,
        source: HoursSource,
        receiving: Fixed,
        min_ratio: Fixed,
    },
    PracticeCertificate,
    Matched {
        title: Option<String>,
        overlap: Fixed,
        hours: Fixed,
        receiving_hours: Fixed,
    },
    Passed {
        grade: Grade,
    },
    Converted {
        from: Fixed,
        conversion: Conversion,
        credits: Tenths,
    },
    LiteracyTooFewCredits {
        credits: Tenths,
        min: Fixed,
        /// The passage that sets `min`.
        min_cite: Cite,
    },
    LiteracyContent,
    LiteracyAssessment,
    LiteracySubstitutes {
        category: LiteracyCategory,
        credits: Tenths,
        category_max: Fixed,
    },
    /// The route's cap or the programme's requirement was already reached by earlier courses (R8).
    LiteracyCapped {
        substituted: Tenths,
        cap: Tenths,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CourseReason {
    pub rule: Cite,
    pub weight: Weight,
    pub detail: CourseDetail,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CourseResult {
    pub title: String,
    pub outcome: CourseOutcome,
    /// Converted credits (R5): what the course is worth if recognized.
    pub credits: Option<Tenths>,
    pub band: Option<Band>,
    pub literacy_credits: Tenths,
    pub kind: CourseKind,
    /// A qualifying literacy course counts as substitution, not as recognized credits (R8).
    pub literacy: bool,
    pub reasons: Vec<CourseReason>,
}

impl CourseResult {
    /// The passages applied, decisive ones first.
    pub fn rules(&self) -> Vec<Cite> {
        let mut reasons: Vec<&CourseReason> = self.reasons.iter().collect();
        reasons.sort_by_key(|r| std::cmp::Reverse(r.weight));
        let mut rules: Vec<Cite> = Vec::with_capacity(reasons.len());
        for r in reasons {
            if !rules.contains(&r.rule) {
                rules.push(r.rule);
            }
        }
        rules
    }
}

/// What the course rules need to know beyond the course itself.
pub struct Context<'a> {
    pub applicant: &'a Applicant,
    pub origin: &'a Origin,
    pub program: &'a Program,
    pub assessed_on: Date,
    pub policy: &'a Policy,
}

impl<'a> Context<'a> {
    /// The context of a case's courses.
    pub fn of(case: &'a Case, policy: &'a Policy) -> Context<'a> {
        Context {
            applicant: &case.applicant,
            origin: &case.origin,
            program: &case.program,
            assessed_on: case.assessed_on,
            policy,
        }
    }

    fn revoked(&self) -> bool {
        self.applicant.revoked == Some(true)
    }
}

struct Reasons(Vec<CourseReason>);

impl Reasons {
    fn add(&mut self, rule: Cite, weight: Weight, detail: CourseDetail) {
        self.0.push(CourseReason {
            rule,
            weight,
            detail,
        });
    }

    fn unknown(&mut self, rule: Cite, fact: CourseFact) {
        self.add(rule, Weight::Review, CourseDetail::Unknown { fact });
    }

    fn outcome(&self) -> CourseOutcome {
        match self.0.iter().map(|r| r.weight).max() {
            Some(Weight::Reject) => CourseOutcome::NotRecognized,
            Some(Weight::Review) => CourseOutcome::Review,
            _ => CourseOutcome::Recognized,
        }
    }
}

/// Assesses one course; literacy substitution is settled afterwards across all courses.
pub fn assess(course: &Course, cx: &Context) -> CourseResult {
    let p = cx.policy;
    let conversion = credits::conversion(course, cx.origin, cx.program, p);
    let credits = course.credits.map(|c| credits::convert(c, conversion));
    let band = course
        .grade
        .and_then(|g| grades::convert(g, cx.applicant.route, p));
    let mut r = Reasons(Vec::new());
    exclusions(course, cx, &mut r);
    if let Some(literacy) = course.literacy {
        literacy_conditions(literacy, credits, p, &mut r);
    } else if cx.revoked() && course.kind != CourseKind::Theory && course.practice_certificate {
        r.add("A6.2.4.b", Weight::Note, CourseDetail::PracticeCertificate);
    } else {
        match_conditions(course, cx, &mut r);
    }
    match (course.credits, credits) {
        (Some(from), Some(credits)) => r.add(
            conversion.cite(),
            Weight::Note,
            CourseDetail::Converted {
                from,
                conversion,
                credits,
            },
        ),
        _ => r.unknown(conversion.cite(), CourseFact::Credits),
    }
    CourseResult {
        title: course.title.clone(),
        outcome: r.outcome(),
        credits,
        band,
        literacy_credits: Tenths::ZERO,
        kind: course.kind,
        literacy: course.literacy.is_some(),
        reasons: r.0,
    }
}

/// A8 and R7: what keeps any course, literacy or not, from recognition.
fn exclusions(course: &Course, cx: &Context, r: &mut Reasons) {
    let p = cx.policy;
    match course.official_transcript {
        None => r.unknown("A8.1", CourseFact::OfficialTranscript),
        Some(false) => r.add("A8.1", Weight::Reject, CourseDetail::NoOfficialTranscript),
        Some(true) => {}
    }
    match course.translated_or_official_language {
        None => r.unknown("A8.1", CourseFact::Translation),
        Some(false) => r.add("A8.1", Weight::Reject, CourseDetail::NotTranslated),
        Some(true) => {}
    }
    match course.regular_institution {
        None => r.unknown("A8.3", CourseFact::RegularInstitution),
        Some(false) => r.add("A8.3", Weight::Reject, CourseDetail::IrregularInstitution),
        Some(true) => {}
    }
    let years = p.grade_validity_years;
    match course.completed_on {
        None => r.unknown(years.cite, CourseFact::CompletedOn),
        Some(completed_on) => {
            let limit = completed_on.plus_years(years.value);
            if cx.assessed_on > limit && !course.continuous_study {
                r.add(
                    years.cite,
                    Weight::Reject,
                    CourseDetail::Expired {
                        completed_on,
                        limit,
                        years: years.value,
                    },
                );
            }
        }
    }
    match course.grade {
        None => r.unknown("A6.2.2", CourseFact::Grade),
        Some(grade) => {
            if grades::passes(grade, p) {
                r.add("A6.2.2", Weight::Note, CourseDetail::Passed { grade });
            } else {
                let pass = p.pass_percentage.value;
                let mark = grades::pass_mark(grade, p);
                r.add(
                    "A8.4",
                    Weight::Reject,
                    CourseDetail::FailingGrade {
                        grade,
                        pass,
                        pass_mark: mark.value,
                        pass_cite: mark.cite,
                    },
                );
            }
        }
    }
    if course.retake {
        // R7: a retake or make-up pass is for the committee's discretion, for undergraduates only.
        match cx.applicant.level {
            None => r.unknown("A8.4", CourseFact::Level),
            Some(level) => {
                let postgraduate = level != Level::Undergraduate;
                let weight = if postgraduate {
                    Weight::Reject
                } else {
                    Weight::Review
                };
                r.add("A8.4", weight, CourseDetail::Retake { postgraduate });
            }
        }
    }
    if cx.revoked() && course.failed_before_revocation {
        r.add("A8.5", Weight::Reject, CourseDetail::FailedBeforeRevocation);
    }
}

/// A6.2.1 and R6 for a course matched with one of the receiving programme's.
fn match_conditions(course: &Course, cx: &Context, r: &mut Reasons) {
    let p = cx.policy;
    let Some(m) = &course.matched else {
        r.add("A6.2.1", Weight::Reject, CourseDetail::NoMatch);
        return;
    };
    match (course.nature, m.nature) {
        (None, _) => r.unknown("A6.2.1", CourseFact::Nature),
        (_, None) => r.unknown("A6.2.1", CourseFact::MatchNature),
        (Some(ours), Some(theirs)) if ours != theirs => r.add(
            "A6.2.1",
            Weight::Reject,
            CourseDetail::NatureDiffers {
                course: ours,
                receiving: theirs,
            },
        ),
        _ => {}
    }
    let min = p.min_overlap;
    let relaxed = p.min_overlap_revoked;
    match m.overlap {
        None => r.unknown(min.cite, CourseFact::Overlap),
        Some(overlap) if overlap >= min.value => {}
        Some(overlap) if cx.revoked() && overlap >= relaxed.value => r.add(
            relaxed.cite,
            Weight::Review,
            CourseDetail::OverlapRelaxed {
                overlap,
                min: min.value,
                min_cite: min.cite,
                relaxed: relaxed.value,
            },
        ),
        // A revoked institution's course fails against the relaxed minimum, which A6.2.4.a sets.
        Some(overlap) => {
            let applied = if cx.revoked() { relaxed } else { min };
            r.add(
                applied.cite,
                Weight::Reject,
                CourseDetail::OverlapBelow {
                    overlap,
                    min: applied.value,
                    pass_min: min.value,
                    pass_cite: min.cite,
                },
            )
        }
    }
    let ratio = p.min_hours_ratio;
    match (credits::course_hours(course, p), m.hours) {
        (None, _) => r.unknown(ratio.cite, CourseFact::Hours),
        (_, None) => r.unknown(ratio.cite, CourseFact::MatchHours),
        // R6: hours as written, not converted credits.
        (Some((hours, source)), Some(receiving)) => {
            if !hours.ratio_at_least(receiving, ratio.value) {
                r.add(
                    ratio.cite,
                    Weight::Reject,
                    CourseDetail::HoursBelow {
                        hours,
                        source,
                        receiving,
                        min_ratio: ratio.value,
                    },
                );
            } else if r.outcome() == CourseOutcome::Recognized {
                r.add(
                    "A6.2.1",
                    Weight::Note,
                    CourseDetail::Matched {
                        title: m.title.clone(),
                        overlap: m.overlap.unwrap_or(Fixed::ZERO),
                        hours,
                        receiving_hours: receiving,
                    },
                );
            }
        }
    }
}

/// R8 and A8.6: a literacy course qualifies with at least 2 converted credits, matching content and a
/// passed assessment; how much it substitutes is settled in [`super::literacy`].
fn literacy_conditions(
    l: super::model::Literacy,
    credits: Option<Tenths>,
    p: &Policy,
    r: &mut Reasons,
) {
    if l.category.is_none() {
        r.unknown("A7.3.1", CourseFact::LiteracyCategory);
    }
    let min = p.literacy_min_credits;
    if let Some(credits) = credits.filter(|c| c.to_fixed() < min.value) {
        r.add(
            "A8.6",
            Weight::Reject,
            CourseDetail::LiteracyTooFewCredits {
                credits,
                min: min.value,
                min_cite: min.cite,
            },
        );
    }
    match l.content_ok {
        None => r.unknown("A7.3.1", CourseFact::LiteracyContent),
        Some(false) => r.add("A8.6", Weight::Reject, CourseDetail::LiteracyContent),
        Some(true) => {}
    }
    match l.assessment_ok {
        None => r.unknown("A7.3.1", CourseFact::LiteracyAssessment),
        Some(false) => r.add("A8.6", Weight::Reject, CourseDetail::LiteracyAssessment),
        Some(true) => {}
    }
}
