//! Whether each course is recognized (A6.2, A8, A10.2.2.a; R6, R7), with every reason it was or was
//! not, its converted credits and its grade in the receiving institution's system.

use crate::engine::case::date::Date;
use crate::engine::case::fixed::{Fixed, Rate, Tenths};
use crate::engine::case::model::{Applicant, Case, Course, Match, Origin, Program};
use crate::engine::case::Field;
use crate::engine::case::{CourseKind, Level, LiteracyCategory, Nature};
use crate::engine::catalog::{Counted, Original, Precedent, Programme, Text};
use crate::engine::rules::cite::Cite;
use crate::engine::rules::credits::{self, Conversion, HoursSource};
use crate::engine::rules::grades::{self, Band, Grade};
use crate::engine::rules::policy::{Param, Policy};
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
    /// The field that holds it: a field of the course, except [`CourseFact::Level`], which is the
    /// applicant's.
    pub const fn field(self) -> Field {
        match self {
            CourseFact::OfficialTranscript => Field::CourseOfficialTranscript,
            CourseFact::Translation => Field::CourseTranslated,
            CourseFact::RegularInstitution => Field::CourseRegularInstitution,
            CourseFact::CompletedOn => Field::CourseCompletedOn,
            CourseFact::Grade => Field::CourseGrade,
            CourseFact::Credits => Field::CourseCredits,
            CourseFact::Nature => Field::CourseNature,
            CourseFact::MatchNature => Field::CourseMatchNature,
            CourseFact::Overlap => Field::CourseMatchOverlap,
            CourseFact::Hours => Field::CourseHours,
            CourseFact::MatchHours => Field::CourseMatchHours,
            CourseFact::Level => Field::Level,
            CourseFact::LiteracyCategory => Field::CourseLiteracyCategory,
            CourseFact::LiteracyContent => Field::CourseLiteracyContent,
            CourseFact::LiteracyAssessment => Field::CourseLiteracyAssessment,
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
        overlap: Rate,
        /// The minimum applied: for a revoked institution, the relaxed one (A6.2.4.a).
        min: Fixed,
        /// The minimum that recognizes the course outright, and its passage.
        pass_min: Fixed,
        pass_cite: Cite,
    },
    /// A revoked-institution applicant's overlap in the relaxed range: a committee vote (A6.2.4.a).
    OverlapRelaxed {
        overlap: Rate,
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
    /// The overlap counted on the receiving course's knowledge points, by the college's method
    /// (A18): the weight of those the course covered over the weight of all.
    OverlapCounted {
        covered: Fixed,
        total: Fixed,
        overlap: Rate,
    },
    Matched {
        /// The receiving course's title: the catalogue's in each language, or the typed one.
        title: Option<Text>,
        overlap: Rate,
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
    /// The part of a literacy course's credits beyond what it substitutes, which counts for nothing:
    /// literacy credits count only as substitution (A7.3.1, R8).
    LiteracyRemainder {
        remainder: Tenths,
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
    /// The receiving course's code, as the case gives it (`match.code`).
    pub match_code: Option<String>,
    /// The overlap the course was judged on, and where it came from; `None` for a course not judged
    /// against a match, or without an overlap.
    pub overlap: Option<(Rate, OverlapFrom)>,
    /// The catalogue's most recent published decision about the same course: a fact beside the
    /// outcome, never a part of it.
    pub precedent: Option<Precedent>,
    /// How the course stands against A6.2.1's minimums, when judged against a match: what the app
    /// shows while knowledge points are ticked. Not part of the assessment's contract.
    #[serde(skip)]
    pub gauge: Option<Gauge>,
    /// The course's class hours as the rules read them (as written, weekly hours times weeks, or from
    /// ECTS credits; R6), for the comparison table. Not part of the assessment's contract.
    #[serde(skip)]
    pub hours: Option<Fixed>,
}

/// A course matched with a receiving course against A6.2.1's two minimums, overlap and class hours.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Gauge {
    pub overlap: Option<(Rate, OverlapFrom)>,
    /// The overlap's count on knowledge points, when it was counted.
    pub counted: Option<Counted>,
    pub min_overlap: Param<Fixed>,
    /// For a revoked institution's applicant, the overlap from which the committee votes.
    pub vote_from: Option<Param<Fixed>>,
    pub overlap_standing: Standing,
    /// The course's hours as written (R6) and the receiving course's.
    pub hours: Option<Fixed>,
    pub receiving_hours: Option<Fixed>,
    pub min_hours_ratio: Param<Fixed>,
    pub hours_standing: Standing,
}

/// Where a value stands against a minimum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    Met,
    /// Below the minimum, within what a committee vote may accept (A6.2.4.a).
    Vote,
    Below,
    /// Not known: the value, or what it is held against, is not given.
    Unknown,
}

/// Where the overlap a course was judged on comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OverlapFrom {
    /// Counted on the receiving course's knowledge points (A18).
    KnowledgePoints,
    /// Typed in the case (`match.overlap`).
    Typed,
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

    /// The converted credits as they stand: `None` for a course that is not recognized, whose
    /// credits count for nothing (its `credits` still say what it would be worth).
    /// A literacy course counts with what it substitutes.
    pub fn credits_if_counted(&self) -> Option<Tenths> {
        match self.outcome {
            CourseOutcome::NotRecognized => None,
            CourseOutcome::Recognized if self.literacy => Some(self.literacy_credits),
            _ => self.credits,
        }
    }

    /// The reasons that settle the outcome: for a recognized course, what it converts to, what it
    /// substitutes and what of that counts; for any other, every reason that counts against it (notes say only what was
    /// applied).
    pub fn decisive(&self) -> impl Iterator<Item = &CourseReason> {
        let recognized = self.outcome == CourseOutcome::Recognized;
        self.reasons.iter().filter(move |r| {
            if recognized {
                // What it converts to, and for a literacy course what of it counts.
                matches!(
                    r.detail,
                    CourseDetail::Converted { .. }
                        | CourseDetail::LiteracySubstitutes { .. }
                        | CourseDetail::LiteracyCapped { .. }
                        | CourseDetail::LiteracyRemainder { .. }
                )
            } else {
                r.weight != Weight::Note
            }
        })
    }
}

/// What the course rules need to know beyond the course itself.
pub struct Context<'a> {
    pub applicant: &'a Applicant,
    pub origin: &'a Origin,
    pub program: &'a Program,
    pub assessed_on: Date,
    pub policy: &'a Policy,
    /// The chosen programme, where the catalogue has it: its courses are what a `match.code` names.
    pub programme: Option<&'a Programme>,
}

impl<'a> Context<'a> {
    /// The context of a case's courses, without a catalogue.
    pub fn of(case: &'a Case, policy: &'a Policy) -> Context<'a> {
        Context {
            applicant: &case.applicant,
            origin: &case.origin,
            program: &case.program,
            assessed_on: case.assessed_on,
            policy,
            programme: None,
        }
    }

    /// The same, in the chosen programme of a catalogue.
    pub fn in_programme(self, programme: Option<&'a Programme>) -> Context<'a> {
        Context { programme, ..self }
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
    // Read once: A6.2.1 holds them against the match's, and the comparison table shows them.
    let hours = credits::course_hours(course, p);
    let credits = course.credits.map(|c| credits::convert(c, conversion));
    let band = course
        .grade
        .and_then(|g| grades::convert(g, cx.applicant.route, p));
    let mut r = Reasons(Vec::new());
    exclusions(course, cx, &mut r);
    let mut gauge = None;
    if let Some(literacy) = course.literacy.clone() {
        literacy_conditions(literacy, credits, p, &mut r);
    } else if practice_certificate_counts(cx.revoked(), course.kind) && course.practice_certificate
    {
        r.add(
            Cite::A6_2_4_b,
            Weight::Note,
            CourseDetail::PracticeCertificate,
        );
    } else {
        gauge = match_conditions(course, hours, cx, &mut r);
    }
    let match_code = course.matched.as_ref().and_then(|m| m.code.as_deref());
    let original = Original {
        institution: cx.origin.institution.as_deref(),
        code: course.code.as_deref(),
        title: &course.title,
        receiving: match_code,
    };
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
        match_code: match_code.map(str::to_owned),
        overlap: gauge.and_then(|g| g.overlap),
        precedent: cx.programme.and_then(|p| p.precedent(&original)).cloned(),
        gauge,
        hours: hours.map(|(hours, _)| hours),
    }
}

/// A8 and R7: what keeps any course, literacy or not, from recognition.
fn exclusions(course: &Course, cx: &Context, r: &mut Reasons) {
    required(
        r,
        course.official_transcript,
        Cite::A8_1,
        CourseFact::OfficialTranscript,
        CourseDetail::NoOfficialTranscript,
    );
    required(
        r,
        course.translated_or_official_language,
        Cite::A8_1,
        CourseFact::Translation,
        CourseDetail::NotTranslated,
    );
    required(
        r,
        course.regular_institution,
        Cite::A8_3,
        CourseFact::RegularInstitution,
        CourseDetail::IrregularInstitution,
    );
    still_valid(course, cx, r);
    passed(course, cx.policy, r);
    if course.retake {
        retake(cx, r);
    }
    if failed_before_revocation_counts(cx.revoked()) && course.failed_before_revocation {
        r.add(
            Cite::A8_5,
            Weight::Reject,
            CourseDetail::FailedBeforeRevocation,
        );
    }
}

/// A condition the course must meet: unknown is for review, unmet rejects it.
fn required(r: &mut Reasons, met: Option<bool>, rule: Cite, fact: CourseFact, unmet: CourseDetail) {
    match met {
        None => r.unknown(rule, fact),
        Some(false) => r.add(rule, Weight::Reject, unmet),
        Some(true) => {}
    }
}

/// A grade counts for so many years after the course, unless the student has studied since without
/// a break.
fn still_valid(course: &Course, cx: &Context, r: &mut Reasons) {
    let years = cx.policy.grade_validity_years;
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
}

/// A6.2.2 and A8.4: the grade passes, or the course is not recognized.
fn passed(course: &Course, p: &Policy, r: &mut Reasons) {
    match course.grade {
        None => r.unknown(Cite::A6_2_2, CourseFact::Grade),
        Some(grade) => {
            if grades::passes(grade, p) {
                r.add(Cite::A6_2_2, Weight::Note, CourseDetail::Passed { grade });
            } else {
                let pass = p.pass_percentage.value;
                let mark = grades::pass_mark(grade, p);
                r.add(
                    Cite::A8_4,
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
}

/// R7: a retake or make-up pass is for the committee's discretion, for undergraduates only.
fn retake(cx: &Context, r: &mut Reasons) {
    match cx.applicant.level {
        None => r.unknown(Cite::A8_4, CourseFact::Level),
        Some(level) => {
            let postgraduate = level != Level::Undergraduate;
            let weight = if postgraduate {
                Weight::Reject
            } else {
                Weight::Review
            };
            r.add(Cite::A8_4, weight, CourseDetail::Retake { postgraduate });
        }
    }
}

/// The receiving course a course is judged against: the catalogue's, when its `match.code` names a
/// course of the chosen programme, with the overlap counted on its knowledge points where it has
/// them and the case says which were covered (A18); otherwise as the case describes it.
struct Receiving {
    title: Option<Text>,
    hours: Option<Fixed>,
    nature: Option<Nature>,
    overlap: Option<(Rate, OverlapFrom)>,
    counted: Option<Counted>,
}

fn receiving(m: &Match, cx: &Context) -> Receiving {
    let typed = m.overlap.map(|o| (Rate::from(o), OverlapFrom::Typed));
    let listed = m
        .code
        .as_deref()
        .and_then(|code| cx.programme?.course(code));
    let Some(listed) = listed else {
        return Receiving {
            title: m.title.clone().map(Text::same),
            hours: m.hours,
            nature: m.nature,
            overlap: typed,
            counted: None,
        };
    };
    let counted = m.covered.as_deref().and_then(|ids| listed.overlap(ids));
    Receiving {
        title: Some(listed.title.clone()),
        hours: Some(listed.hours),
        nature: Some(listed.nature),
        overlap: counted
            .map(|c| (c.overlap, OverlapFrom::KnowledgePoints))
            .or(typed),
        counted,
    }
}

/// A6.2.1 and R6 for a course matched with one of the receiving programme's; how it stands against
/// their minimums, with the overlap it was judged on.
fn match_conditions(
    course: &Course,
    hours: Option<(Fixed, HoursSource)>,
    cx: &Context,
    r: &mut Reasons,
) -> Option<Gauge> {
    let p = cx.policy;
    let Some(m) = &course.matched else {
        r.add(Cite::A6_2_1, Weight::Reject, CourseDetail::NoMatch);
        return None;
    };
    let m = receiving(m, cx);
    if let Some(Counted {
        covered,
        total,
        overlap,
    }) = m.counted
    {
        let detail = CourseDetail::OverlapCounted {
            covered,
            total,
            overlap,
        };
        r.add(Cite::A18, Weight::Note, detail);
    }
    match (course.nature, m.nature) {
        (None, _) => r.unknown(Cite::A6_2_1, CourseFact::Nature),
        (_, None) => r.unknown(Cite::A6_2_1, CourseFact::MatchNature),
        (Some(ours), Some(theirs)) if ours != theirs => r.add(
            Cite::A6_2_1,
            Weight::Reject,
            CourseDetail::NatureDiffers {
                course: ours,
                receiving: theirs,
            },
        ),
        _ => {}
    }
    let overlap_standing = overlap_condition(m.overlap.map(|(o, _)| o), cx, r);
    let hours_standing = hours_condition(hours, &m, p.min_hours_ratio, r);
    Some(Gauge {
        overlap: m.overlap,
        counted: m.counted,
        min_overlap: p.min_overlap,
        vote_from: cx.revoked().then_some(p.min_overlap_revoked),
        overlap_standing,
        hours: hours.map(|(h, _)| h),
        receiving_hours: m.hours,
        min_hours_ratio: p.min_hours_ratio,
        hours_standing,
    })
}

/// A6.2.1's minimum overlap, relaxed for a revoked institution's applicant (A6.2.4.a).
fn overlap_condition(overlap: Option<Rate>, cx: &Context, r: &mut Reasons) -> Standing {
    let min = cx.policy.min_overlap;
    let relaxed = cx.policy.min_overlap_revoked;
    match overlap {
        None => {
            r.unknown(min.cite, CourseFact::Overlap);
            Standing::Unknown
        }
        Some(overlap) if overlap >= Rate::from(min.value) => Standing::Met,
        Some(overlap) if cx.revoked() && overlap >= Rate::from(relaxed.value) => {
            r.add(
                relaxed.cite,
                Weight::Review,
                CourseDetail::OverlapRelaxed {
                    overlap,
                    min: min.value,
                    min_cite: min.cite,
                    relaxed: relaxed.value,
                },
            );
            Standing::Vote
        }
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
            );
            Standing::Below
        }
    }
}

/// A6.2.1's minimum share of the receiving course's class hours, compared as written (R6).
fn hours_condition(
    hours: Option<(Fixed, HoursSource)>,
    m: &Receiving,
    ratio: Param<Fixed>,
    r: &mut Reasons,
) -> Standing {
    match (hours, m.hours) {
        (None, _) => {
            r.unknown(ratio.cite, CourseFact::Hours);
            Standing::Unknown
        }
        (_, None) => {
            r.unknown(ratio.cite, CourseFact::MatchHours);
            Standing::Unknown
        }
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
                return Standing::Below;
            }
            if r.outcome() == CourseOutcome::Recognized {
                r.add(
                    Cite::A6_2_1,
                    Weight::Note,
                    CourseDetail::Matched {
                        title: m.title.clone(),
                        overlap: m.overlap.map_or(Rate::default(), |(overlap, _)| overlap),
                        hours,
                        receiving_hours: receiving,
                    },
                );
            }
            Standing::Met
        }
    }
}

/// R8 and A8.6: a literacy course qualifies with at least 2 converted credits, matching content and a
/// passed assessment; how much it substitutes is settled in [`crate::engine::rules::literacy`].
fn literacy_conditions(
    l: crate::engine::case::model::Literacy,
    credits: Option<Tenths>,
    p: &Policy,
    r: &mut Reasons,
) {
    if l.category.is_none() {
        r.unknown(Cite::A7_3_1, CourseFact::LiteracyCategory);
    }
    let min = p.literacy_min_credits;
    if let Some(credits) = credits.filter(|c| c.to_fixed() < min.value) {
        r.add(
            Cite::A8_6,
            Weight::Reject,
            CourseDetail::LiteracyTooFewCredits {
                credits,
                min: min.value,
                min_cite: min.cite,
            },
        );
    }
    match l.content_ok {
        None => r.unknown(Cite::A7_3_1, CourseFact::LiteracyContent),
        Some(false) => r.add(Cite::A8_6, Weight::Reject, CourseDetail::LiteracyContent),
        Some(true) => {}
    }
    match l.assessment_ok {
        None => r.unknown(Cite::A7_3_1, CourseFact::LiteracyAssessment),
        Some(false) => r.add(Cite::A8_6, Weight::Reject, CourseDetail::LiteracyAssessment),
        Some(true) => {}
    }
}

/// Whether a practice or internship certificate stands in for the course comparison (A6.2.4.b): only
/// for a practice or internship course of an institution whose authority was revoked. The form asks
/// for the certificate exactly when this holds.
pub fn practice_certificate_counts(revoked: bool, kind: CourseKind) -> bool {
    revoked && kind != CourseKind::Theory
}

/// Whether a course failed before the revocation is excluded (A8.5): only for a revoked institution.
pub fn failed_before_revocation_counts(revoked: bool) -> bool {
    revoked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::model::{Literacy, Match};
    use crate::engine::case::CreditUnit;
    use crate::engine::rules::policy::MEASURES_2023_046 as P;

    fn n(s: &str) -> Option<Fixed> {
        Some(Fixed::lit(s))
    }

    fn day(y: i32, m: u8, d: u8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    fn applicant(level: Level, revoked: bool) -> Applicant {
        Applicant {
            level: Some(level),
            revoked: Some(revoked),
            ..Applicant::default()
        }
    }

    /// A course that meets every condition: each test changes one thing.
    fn course() -> Course {
        Course {
            title: "Analysis".into(),
            credits: n("4"),
            nature: Some(Nature::Compulsory),
            grade: Some(Grade::Percentage(Fixed::int(80))),
            hours: n("64"),
            completed_on: Some(day(2024, 6, 30)),
            official_transcript: Some(true),
            translated_or_official_language: Some(true),
            regular_institution: Some(true),
            matched: Some(Match {
                nature: Some(Nature::Compulsory),
                overlap: n("0.80"),
                hours: n("64"),
                ..Match::default()
            }),
            ..Course::default()
        }
    }

    fn assess_as(course: &Course, a: &Applicant) -> CourseResult {
        let cx = Context {
            applicant: a,
            origin: &Origin::default(),
            program: &Program::default(),
            assessed_on: day(2026, 9, 1),
            policy: &P,
            programme: None,
        };
        assess(course, &cx)
    }

    fn result(course: &Course) -> CourseResult {
        assess_as(course, &applicant(Level::Undergraduate, false))
    }

    fn with_overlap(overlap: &str) -> Course {
        let mut c = course();
        c.matched.as_mut().unwrap().overlap = n(overlap);
        c
    }

    fn rejected_by(r: &CourseResult) -> Vec<Cite> {
        r.reasons
            .iter()
            .filter(|r| r.weight == Weight::Reject)
            .map(|r| r.rule)
            .collect()
    }

    #[test]
    fn a_course_meeting_every_condition_is_recognized_with_its_credits() {
        let r = result(&course());
        assert_eq!(r.outcome, CourseOutcome::Recognized);
        assert_eq!(r.credits, Some(Tenths::new(40)));
        assert!(r.reasons.iter().all(|r| r.weight == Weight::Note));
    }

    #[test]
    fn overlap_of_70_percent_is_enough_and_below_it_is_not() {
        assert_eq!(
            result(&with_overlap("0.70")).outcome,
            CourseOutcome::Recognized
        );
        let r = result(&with_overlap("0.699"));
        assert_eq!(r.outcome, CourseOutcome::NotRecognized);
        assert_eq!(rejected_by(&r), [Cite::A6_2_1]);
    }

    #[test]
    fn a_revoked_institution_s_overlap_from_60_percent_goes_to_a_vote() {
        let revoked = applicant(Level::Undergraduate, true);
        let r = assess_as(&with_overlap("0.60"), &revoked);
        assert_eq!(r.outcome, CourseOutcome::Review);
        assert!(r
            .reasons
            .iter()
            .any(|r| r.rule == Cite::A6_2_4_a
                && matches!(r.detail, CourseDetail::OverlapRelaxed { .. })));
        let r = assess_as(&with_overlap("0.59"), &revoked);
        assert_eq!(rejected_by(&r), [Cite::A6_2_4_a]);
    }

    #[test]
    fn the_gauge_says_where_the_overlap_and_the_hours_stand_as_the_reasons_do() {
        let standing = |r: &CourseResult| {
            let g = r.gauge.expect("judged against a match");
            (g.overlap_standing, g.hours_standing)
        };
        let r = result(&with_overlap("0.70"));
        assert_eq!(standing(&r), (Standing::Met, Standing::Met));
        assert_eq!(r.gauge.unwrap().vote_from, None);
        let revoked = applicant(Level::Undergraduate, true);
        let r = assess_as(&with_overlap("0.65"), &revoked);
        assert_eq!(standing(&r).0, Standing::Vote);
        assert_eq!(r.gauge.unwrap().vote_from.map(|p| p.value), n("0.6"));
        let mut c = with_overlap("0.5");
        c.hours = n("10");
        assert_eq!(standing(&result(&c)), (Standing::Below, Standing::Below));
        c.matched.as_mut().unwrap().overlap = None;
        c.hours = None;
        assert_eq!(
            standing(&result(&c)),
            (Standing::Unknown, Standing::Unknown)
        );
        c.matched = None;
        assert_eq!(result(&c).gauge, None, "no match, nothing to stand against");
    }

    #[test]
    fn hours_must_be_at_least_90_percent_of_the_matched_course() {
        let mut c = course();
        c.matched.as_mut().unwrap().hours = n("100");
        c.hours = n("90");
        assert_eq!(result(&c).outcome, CourseOutcome::Recognized);
        c.hours = n("89.9");
        let r = result(&c);
        assert_eq!(r.outcome, CourseOutcome::NotRecognized);
        assert!(matches!(
            r.reasons
                .iter()
                .find(|r| r.weight == Weight::Reject)
                .unwrap()
                .detail,
            CourseDetail::HoursBelow { .. }
        ));
    }

    #[test]
    fn hours_may_come_from_weekly_hours_times_weeks() {
        let mut c = course();
        c.hours = None;
        c.weekly_hours = n("4");
        c.weeks = n("15");
        assert_eq!(result(&c).outcome, CourseOutcome::Recognized);
        c.weeks = n("14");
        assert_eq!(result(&c).outcome, CourseOutcome::NotRecognized);
    }

    #[test]
    fn a_grade_expires_five_years_after_completion_unless_study_continued() {
        let mut c = course();
        c.completed_on = Some(day(2021, 9, 1));
        assert_eq!(result(&c).outcome, CourseOutcome::Recognized);
        c.completed_on = Some(day(2021, 8, 31));
        let r = result(&c);
        assert_eq!(rejected_by(&r), [Cite::A8_2]);
        c.continuous_study = true;
        assert_eq!(result(&c).outcome, CourseOutcome::Recognized);
    }

    #[test]
    fn a_course_grade_passes_at_60() {
        let mut c = course();
        c.grade = Some(Grade::Percentage(Fixed::int(60)));
        assert_eq!(result(&c).outcome, CourseOutcome::Recognized);
        c.grade = Some(Grade::Percentage(Fixed::lit("59.9")));
        assert_eq!(rejected_by(&result(&c)), [Cite::A8_4]);
    }

    #[test]
    fn a_retake_is_discretion_for_undergraduates_and_excluded_for_postgraduates() {
        let mut c = course();
        c.retake = true;
        let ug = assess_as(&c, &applicant(Level::Undergraduate, false));
        assert_eq!(ug.outcome, CourseOutcome::Review);
        let pg = assess_as(&c, &applicant(Level::Master, false));
        assert_eq!(pg.outcome, CourseOutcome::NotRecognized);
        let unknown = assess_as(&c, &Applicant::default());
        assert!(unknown.reasons.iter().any(|r| r.detail
            == CourseDetail::Unknown {
                fact: CourseFact::Level
            }));
    }

    #[test]
    fn a_missing_fact_sends_the_course_to_review_and_a_missing_match_rejects_it() {
        let mut c = course();
        c.official_transcript = None;
        assert_eq!(result(&c).outcome, CourseOutcome::Review);
        let mut c = course();
        c.matched = None;
        let r = result(&c);
        assert_eq!(r.outcome, CourseOutcome::NotRecognized);
        assert!(r.reasons.iter().any(|r| r.detail == CourseDetail::NoMatch));
    }

    #[test]
    fn a_revoked_institution_s_practice_course_with_a_certificate_needs_no_match() {
        let mut c = course();
        c.kind = CourseKind::Practice;
        c.matched = None;
        c.practice_certificate = true;
        let r = assess_as(&c, &applicant(Level::Undergraduate, true));
        assert_eq!(r.outcome, CourseOutcome::Recognized);
        assert!(r.rules().contains(&Cite::A6_2_4_b));
        assert_eq!(result(&c).outcome, CourseOutcome::NotRecognized);
    }

    #[test]
    fn ects_credits_convert_at_0_8() {
        let mut c = course();
        c.credit_unit = CreditUnit::Ects;
        c.credits = n("5");
        let r = result(&c);
        assert_eq!(r.credits, Some(Tenths::new(40)));
        assert!(r.rules().contains(&Cite::A7_1_1));
    }

    #[test]
    fn a_recognized_course_is_decided_by_its_conversion() {
        let r = result(&course());
        let decisive: Vec<&CourseDetail> = r.decisive().map(|r| &r.detail).collect();
        assert_eq!(decisive.len(), 1);
        assert!(matches!(decisive[0], CourseDetail::Converted { .. }));
    }

    #[test]
    fn any_other_course_is_decided_by_what_stands_in_its_way() {
        let mut c = with_overlap("0.5");
        c.official_transcript = None;
        let r = result(&c);
        let weights: Vec<Weight> = r.decisive().map(|r| r.weight).collect();
        assert_eq!(weights, [Weight::Review, Weight::Reject]);
        assert!(r.reasons.iter().any(|r| r.weight == Weight::Note));
    }

    #[test]
    fn a_literacy_course_is_decided_by_what_it_substitutes() {
        let mut r = result(&course());
        r.reasons.push(CourseReason {
            rule: Cite::A7_3_1,
            weight: Weight::Note,
            detail: CourseDetail::LiteracySubstitutes {
                category: LiteracyCategory::Ethics,
                credits: Tenths::new(20),
                category_max: Fixed::int(2),
            },
        });
        assert_eq!(r.decisive().count(), 2);
    }

    #[test]
    fn a_literacy_course_needs_two_credits_content_and_assessment() {
        let mut c = course();
        c.matched = None;
        c.literacy = Some(Literacy {
            category: Some(LiteracyCategory::Ethics),
            content_ok: Some(true),
            assessment_ok: Some(true),
        });
        c.credits = n("2");
        assert_eq!(result(&c).outcome, CourseOutcome::Recognized);
        c.credits = n("1.9");
        assert_eq!(rejected_by(&result(&c)), [Cite::A8_6]);
        c.credits = n("2");
        c.literacy.as_mut().unwrap().assessment_ok = Some(false);
        assert_eq!(rejected_by(&result(&c)), [Cite::A8_6]);
        c.literacy.as_mut().unwrap().assessment_ok = None;
        assert_eq!(result(&c).outcome, CourseOutcome::Review);
    }

    #[test]
    fn course_facts_name_their_fields() {
        assert_eq!(CourseFact::Overlap.field(), Field::CourseMatchOverlap);
        assert_eq!(CourseFact::Level.field(), Field::Level);
        assert_eq!(CourseFact::Level.field().list(), None);
        assert!(CourseFact::Grade.field().list().is_some());
    }

    #[test]
    fn certificates_and_earlier_failures_count_only_for_a_revoked_institution() {
        assert!(practice_certificate_counts(true, CourseKind::Practice));
        assert!(practice_certificate_counts(true, CourseKind::Internship));
        assert!(!practice_certificate_counts(true, CourseKind::Theory));
        assert!(!practice_certificate_counts(false, CourseKind::Practice));
        assert!(failed_before_revocation_counts(true));
        assert!(!failed_before_revocation_counts(false));
    }
}
