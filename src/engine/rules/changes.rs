//! What would change the result: for each numeric condition or course reason that is failed,
//! missing or in review, the value of the applicant's own fact that would meet it. Every threshold
//! and its citation is read from what the rules recorded: a finding's detail and rule, or a course
//! reason's compared values. Where the fact is missing, the rule compared nothing; it is run again
//! with the fact at zero, and its thresholds are read from that result. Boolean conditions (final
//! year, status, quota, documents) are left to the findings, which already say what fails.
//!
//! Each change names one fact. Whether that one value is enough (`alone`) is not guessed: the
//! condition or course is assessed again with the value in place, by the same rules.

use crate::engine::case::field::FieldPath;
use crate::engine::case::fixed::{Fixed, Rate, Tenths};
use crate::engine::case::model::{Applicant, Case, Course, LanguageTest};
use crate::engine::case::Field;
use crate::engine::case::TestKind;
use crate::engine::rules::cite::Cite;
use crate::engine::rules::courses::{
    self, CourseDetail, CourseFact, CourseOutcome, CourseReason, CourseResult, Weight,
};
use crate::engine::rules::credits::{self, Conversion};
use crate::engine::rules::eligibility::{
    self, Condition, Detail, Fact, Finding, LanguageDetail, Outcome, PostgraduateDetail,
};
use crate::engine::rules::grades::Grade;
use crate::engine::rules::policy::Policy;
use crate::engine::Assessment;
use serde::{Serialize, Serializer};

/// What a change is about: an eligibility condition, or a course by its index in the case file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Target {
    Condition(Condition),
    Course(usize),
}

/// Which fact the value is for; it gives the path and the wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "quantity", rename_all = "snake_case")]
pub enum Quantity {
    Semesters,
    EntranceScore,
    /// The applicant's average, in its own system (a postgraduate's on the 4.0 scale).
    Average,
    ImpactFactor {
        paper: usize,
    },
    /// Completed credits of an original total (revoked institutions).
    CompletedCredits {
        total: Fixed,
    },
    /// A test's overall score, or an HSK level.
    TestOverall {
        test: usize,
        kind: TestKind,
    },
    /// Every section of a test at least the value; `current` is the lowest section.
    TestSections {
        test: usize,
        kind: TestKind,
    },
    Overlap,
    Hours,
    CourseGrade,
    /// A literacy course's credits as written, whose conversion reaches `converted` (R5, R8).
    LiteracyCredits {
        converted: Fixed,
    },
}

/// A value as data: a number, or a grade in the applicant's own system.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Value {
    Number(Fixed),
    Grade(Grade),
}

impl From<Fixed> for Value {
    fn from(v: Fixed) -> Value {
        Value::Number(v)
    }
}

/// An overlap counted to four places is said to three, rounded down: on the same side as it of every
/// minimum (0.6999 falls short of 0.7, and so does 0.699).
impl From<Rate> for Value {
    fn from(r: Rate) -> Value {
        Value::Number(r.floor())
    }
}

impl From<Grade> for Value {
    fn from(g: Grade) -> Value {
        Value::Grade(g)
    }
}

/// What meeting the value does to the test it addresses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    Pass,
    /// Only brings it to a committee's decision (a revoked institution's relaxed overlap,
    /// A6.2.4.a).
    Review,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    pub target: Target,
    pub quantity: Quantity,
    /// Where the case file holds the fact, such as `courses[3].match.overlap`.
    #[serde(serialize_with = "as_text")]
    pub path: FieldPath,
    /// The value given, if any.
    pub current: Option<Value>,
    /// The least value that meets the test.
    pub needed: Value,
    /// The citation id of the threshold, as the rule recorded it; for the entrance cutoff, which is
    /// the case's own number, the finding's rule.
    pub cite: Cite,
    pub step: Effect,
    /// Whether this value alone brings the condition or course to `step`; if not, other facts stand
    /// in the way (another failing reason, or the other half of a test).
    pub alone: bool,
    /// The course's title, for a change to a course that has one, so the sentence can name it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

impl Change {
    fn new(target: Target, quantity: Quantity, needed: impl Into<Value>, cite: Cite) -> Change {
        Change {
            target,
            quantity,
            path: path(target, quantity),
            current: None,
            needed: needed.into(),
            cite,
            step: Effect::Pass,
            alone: false,
            title: None,
        }
    }

    fn now<V: Into<Value>>(self, current: Option<V>) -> Change {
        Change {
            current: current.map(Into::into),
            ..self
        }
    }
}

/// The changes for every numeric condition and course reason that is not met, in the order of the
/// findings and then the courses.
pub fn what_would_change(case: &Case, a: &Assessment, p: &Policy) -> Vec<Change> {
    let mut out = Vec::new();
    let open = [Outcome::Fail, Outcome::Missing, Outcome::Review];
    for f in a.findings.iter().filter(|f| open.contains(&f.outcome)) {
        condition_changes(case, f, p, &mut out);
    }
    for (i, result) in a.courses.iter().enumerate() {
        if result.outcome != CourseOutcome::Recognized {
            course_changes(case, i, result, p, &mut out);
        }
    }
    for c in &mut out {
        c.alone = reaches(case, c, p);
    }
    out
}

/// A path as the case file writes it.
fn as_text<S: Serializer>(path: &FieldPath, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(path)
}

fn path(target: Target, q: Quantity) -> FieldPath {
    // Course quantities are only ever built for a course target.
    let course = |field| match target {
        Target::Course(i) => FieldPath::course(i, field),
        Target::Condition(_) => FieldPath::from(Field::Courses),
    };
    match q {
        Quantity::Semesters => Field::SemestersCompleted.into(),
        Quantity::EntranceScore => Field::EntranceScore.into(),
        Quantity::Average => Field::PerformanceValue.into(),
        Quantity::ImpactFactor { paper } => FieldPath::item(Field::PaperImpactFactor, paper),
        Quantity::CompletedCredits { .. } => Field::CompletedCredits.into(),
        Quantity::TestOverall {
            test,
            kind: TestKind::Hsk,
        } => FieldPath::item(Field::TestLevel, test),
        Quantity::TestOverall { test, .. } => FieldPath::item(Field::TestOverall, test),
        Quantity::TestSections { test, .. } => FieldPath::item(Field::TestSections, test),
        Quantity::Overlap => course(Field::CourseMatchOverlap),
        Quantity::Hours => course(Field::CourseHours),
        Quantity::CourseGrade => course(Field::CourseGradeValue),
        Quantity::LiteracyCredits { .. } => course(Field::CourseCredits),
    }
}

/// A condition's changes, from the threshold its finding compared. The value given is the case's.
fn condition_changes(case: &Case, f: &Finding, p: &Policy, out: &mut Vec<Change>) {
    let a = &case.applicant;
    let t = Target::Condition(f.condition);
    match &f.detail {
        Detail::Semesters { min, .. } => {
            let count = |n: u32| Fixed::int(n.into());
            let q = Quantity::Semesters;
            out.push(Change::new(t, q, count(*min), f.rule).now(a.semesters_completed.map(count)));
        }
        // The cutoff is the receiving major's, a fact of the case.
        Detail::EntranceExam { cutoff, .. } => {
            let q = Quantity::EntranceScore;
            out.push(Change::new(t, q, *cutoff, f.rule).now(a.entrance_exam.score));
        }
        // Undergraduates: the minimum of the average's own system (R11, R2). An average the
        // committee converts (R11) has no minimum in its system, and a missing average has no
        // system.
        Detail::Average {
            grade,
            minimum,
            minimum_cite,
            ..
        } => {
            let q = Quantity::Average;
            out.push(Change::new(t, q, *minimum, *minimum_cite).now(Some(*grade)));
        }
        Detail::Postgraduate(d) => postgraduate(case, f, d, out),
        Detail::RevokedRatio { total, min, .. } => {
            let q = Quantity::CompletedCredits { total: *total };
            let needed = least_with_ratio(*total, *min);
            out.push(Change::new(t, q, needed, f.rule).now(a.revoked_details.completed_credits));
        }
        Detail::Language(d) => language(case, f, d, out),
        Detail::Missing { fact } => {
            let fill: fn(&mut Applicant) = match fact {
                Fact::SemestersCompleted => |a| a.semesters_completed = Some(0),
                Fact::EntranceScore => |a| a.entrance_exam.score = Some(Fixed::ZERO),
                Fact::CompletedCredits => {
                    |a| a.revoked_details.completed_credits = Some(Fixed::ZERO)
                }
                _ => return,
            };
            let mut probe = a.clone();
            fill(&mut probe);
            let found = eligibility::findings(&probe, p)
                .into_iter()
                .find(|g| g.condition == f.condition && g.detail != f.detail);
            if let Some(g) = found {
                // The value given stays the case's: none.
                condition_changes(case, &g, p, out);
            }
        }
        _ => {}
    }
}

/// Either arm passes (R11): the GPA, when it is below or not given, and each paper that falls short
/// only on its impact factor. An average in another system is the committee's to convert: no GPA is
/// suggested for it. Both thresholds are the finding's passage's.
fn postgraduate(case: &Case, f: &Finding, d: &PostgraduateDetail, out: &mut Vec<Change>) {
    let t = Target::Condition(f.condition);
    let gpa = Change::new(t, Quantity::Average, Grade::Gpa4(d.min_gpa), f.rule);
    match d.grade {
        None => out.push(gpa),
        Some(g @ Grade::Gpa4(v)) if v < d.min_gpa => out.push(gpa.now(Some(g))),
        Some(_) => {}
    }
    let papers = case.applicant.postgraduate.papers.as_deref().unwrap_or(&[]);
    for &i in &d.below_impact_factor {
        let q = Quantity::ImpactFactor { paper: i };
        let current = papers.get(i).and_then(|paper| paper.impact_factor);
        out.push(Change::new(t, q, d.min_impact_factor, f.rule).now(current));
    }
}

/// R12: each test given that the teaching language calls for, below its minimum or without a score;
/// for IELTS and TOEFL the overall score and the lowest section are two facts. Tests not yet given
/// are not suggested: the alternatives (another test, an exemption, an English-speaking country)
/// are the applicant's to choose, and the finding names them.
fn language(case: &Case, f: &Finding, d: &LanguageDetail, out: &mut Vec<Change>) {
    let given = case.applicant.language.tests.iter().flatten();
    for (test, (r, t)) in d.tests.iter().flatten().zip(given).enumerate() {
        // A test the teaching language does not call for has no minimum.
        let Some(min) = r.minimum else { continue };
        let (overall, sections) = scores(t);
        let kind = r.test;
        at_least(out, f, Quantity::TestOverall { test, kind }, overall, min);
        if let Some(min) = r.section_minimum {
            let lowest = sections.and_then(|s| s.into_iter().min());
            at_least(out, f, Quantity::TestSections { test, kind }, lowest, min);
        }
    }
}

/// A test's overall score (HSK: its level) and section scores as given.
fn scores(t: &LanguageTest) -> (Option<Fixed>, Option<[Fixed; 4]>) {
    match *t {
        LanguageTest::Ielts { overall, sections }
        | LanguageTest::ToeflIbt { overall, sections } => (overall, sections),
        LanguageTest::Pte { overall } => (overall, None),
        LanguageTest::Hsk { level } => (level.map(|l| Fixed::int(l.into())), None),
    }
}

/// A language score below its minimum, or not given.
fn at_least(out: &mut Vec<Change>, f: &Finding, q: Quantity, v: Option<Fixed>, min: Fixed) {
    if v.is_none_or(|v| v < min) {
        let t = Target::Condition(f.condition);
        out.push(Change::new(t, q, min, f.rule).now(v));
    }
}

/// Course reasons with a number (R6, R7, R8); a missing overlap, class hours or literacy credits is
/// a missing number too. A missing grade has no system to name a pass mark in.
fn course_changes(case: &Case, i: usize, result: &CourseResult, p: &Policy, out: &mut Vec<Change>) {
    let Some(course) = case.courses.get(i) else {
        return;
    };
    let first = out.len();
    for r in result.reasons.iter().filter(|r| r.weight > Weight::Note) {
        let fill: fn(&mut Course) = match r.detail {
            CourseDetail::Unknown {
                fact: CourseFact::Overlap,
            } => |k| {
                if let Some(m) = k.matched.as_mut() {
                    m.overlap = Some(Fixed::ZERO);
                }
            },
            CourseDetail::Unknown {
                fact: CourseFact::Hours,
            } => |k| k.hours = Some(Fixed::ZERO),
            CourseDetail::Unknown {
                fact: CourseFact::Credits,
            } => |k| k.credits = Some(Fixed::ZERO),
            _ => {
                reason_changes(Target::Course(i), r, result, course, out);
                continue;
            }
        };
        // The rule compared nothing: assess the course with the fact at zero, and take the
        // reasons that compared it.
        let mut probe = case.clone();
        fill(&mut probe.courses[i]);
        let probed = courses::assess(&probe.courses[i], &courses::Context::of(&probe, p));
        let before = out.len();
        for q in probed.reasons.iter().filter(|q| compares(q, r)) {
            reason_changes(Target::Course(i), q, &probed, course, out);
        }
        for c in &mut out[before..] {
            c.current = None;
        }
    }
    let title = Some(course.title.trim()).filter(|t| !t.is_empty());
    for c in &mut out[first..] {
        c.title = title.map(str::to_owned);
    }
}

/// Whether a reason compares the fact an unknown reason lacks.
fn compares(reason: &CourseReason, unknown: &CourseReason) -> bool {
    matches!(
        (&reason.detail, &unknown.detail),
        (
            CourseDetail::OverlapBelow { .. } | CourseDetail::OverlapRelaxed { .. },
            CourseDetail::Unknown {
                fact: CourseFact::Overlap
            }
        ) | (
            CourseDetail::HoursBelow { .. },
            CourseDetail::Unknown {
                fact: CourseFact::Hours
            }
        ) | (
            CourseDetail::LiteracyTooFewCredits { .. },
            CourseDetail::Unknown {
                fact: CourseFact::Credits
            }
        )
    )
}

/// A course reason's changes, from the values it compared.
fn reason_changes(
    t: Target,
    r: &CourseReason,
    result: &CourseResult,
    course: &Course,
    out: &mut Vec<Change>,
) {
    match r.detail {
        // R6: the overlap that passes; for a revoked-institution applicant below the relaxed
        // minimum, first the relaxed minimum, which brings the course to a committee vote
        // (A6.2.4.a).
        CourseDetail::OverlapBelow {
            overlap,
            min,
            pass_min,
            pass_cite,
        } => {
            if min < pass_min {
                let review = Change::new(t, Quantity::Overlap, min, r.rule).now(Some(overlap));
                out.push(Change {
                    step: Effect::Review,
                    ..review
                });
            }
            out.push(Change::new(t, Quantity::Overlap, pass_min, pass_cite).now(Some(overlap)));
        }
        CourseDetail::OverlapRelaxed {
            overlap,
            min,
            min_cite,
            ..
        } => out.push(Change::new(t, Quantity::Overlap, min, min_cite).now(Some(overlap))),
        CourseDetail::HoursBelow {
            hours,
            receiving,
            min_ratio,
            ..
        } => {
            let needed = whole_up(least_with_ratio(receiving, min_ratio));
            out.push(Change::new(t, Quantity::Hours, needed, r.rule).now(Some(hours)));
        }
        // A8.4: a failing grade is not recognized; the pass mark of its own system passes.
        CourseDetail::FailingGrade {
            grade,
            pass_mark,
            pass_cite,
            ..
        } => {
            let q = Quantity::CourseGrade;
            out.push(Change::new(t, q, pass_mark, pass_cite).now(Some(grade)));
        }
        CourseDetail::LiteracyTooFewCredits { min, min_cite, .. } => {
            let conversion = result.reasons.iter().find_map(|r| match r.detail {
                CourseDetail::Converted { conversion, .. } => Some(conversion),
                _ => None,
            });
            if let Some(needed) = conversion.and_then(|c| least_credits(c, min)) {
                let q = Quantity::LiteracyCredits { converted: min };
                out.push(Change::new(t, q, needed, min_cite).now(course.credits));
            }
        }
        _ => {}
    }
}

/// The least value `v`, in thousandths, with `v / of >= ratio` as [`Fixed::ratio_at_least`]
/// compares it (`v * 1000 >= of * ratio` in thousandths): `of * ratio` rounded up, exactly. 90% of
/// 72 hours is 64.8; 60% of 157 credits is 94.2.
pub fn least_with_ratio(of: Fixed, ratio: Fixed) -> Fixed {
    let scale = i128::from(Fixed::int(1).milli());
    let product = i128::from(of.milli()) * i128::from(ratio.milli());
    let milli = (product + scale - 1).div_euclid(scale);
    Fixed::from_milli(i64::try_from(milli).unwrap_or(i64::MAX))
}

/// Class hours are whole: the least whole number at or above `v`.
fn whole_up(v: Fixed) -> Fixed {
    let unit = Fixed::int(1).milli();
    Fixed::int(v.milli().div_euclid(unit) + i64::from(v.milli().rem_euclid(unit) > 0))
}

/// The least credits as written, in steps of 0.1 (how transcripts write credits; a thousandth such
/// as 2.438 ECTS is no transcript's value), whose conversion rounded half-up to tenths (R5) reaches
/// `min`. Searched with the engine's own conversion, which never falls as credits rise; `None` if
/// no realistic value reaches it.
pub fn least_credits(conversion: Conversion, min: Fixed) -> Option<Fixed> {
    let credits = |tenths: i64| Tenths::new(tenths).to_fixed();
    let reaches = |tenths: i64| credits::convert(credits(tenths), conversion).to_fixed() >= min;
    if reaches(0) {
        return Some(Fixed::ZERO);
    }
    // Doubling, then halving: `lo` never reaches, `hi` always does.
    let (mut lo, mut hi) = (0, 1);
    while !reaches(hi) {
        lo = hi;
        hi = hi.checked_mul(2).filter(|h| *h <= i64::from(u32::MAX))?;
    }
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if reaches(mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    Some(credits(hi))
}

/// Whether the change alone brings its condition or course to its step: the same rules, run again
/// with the value in place.
fn reaches(case: &Case, c: &Change, p: &Policy) -> bool {
    let mut case = case.clone();
    apply(&mut case, c);
    match c.target {
        Target::Condition(condition) => {
            let want = match c.step {
                Effect::Pass => Outcome::Pass,
                Effect::Review => Outcome::Review,
            };
            eligibility::findings(&case.applicant, p)
                .iter()
                .any(|f| f.condition == condition && f.outcome == want)
        }
        Target::Course(i) => {
            let want = match c.step {
                Effect::Pass => CourseOutcome::Recognized,
                Effect::Review => CourseOutcome::Review,
            };
            let cx = courses::Context::of(&case, p);
            case.courses
                .get(i)
                .is_some_and(|k| courses::assess(k, &cx).outcome == want)
        }
    }
}

/// Puts the needed value in the checked case, as writing it at `path` would.
fn apply(case: &mut Case, c: &Change) {
    let a = &mut case.applicant;
    let (n, g) = match c.needed {
        Value::Number(n) => (Some(n), None),
        Value::Grade(g) => (None, Some(g)),
    };
    let course = match c.target {
        Target::Course(i) => case.courses.get_mut(i),
        Target::Condition(_) => None,
    };
    match c.quantity {
        Quantity::Semesters => {
            a.semesters_completed = n.and_then(|n| u32::try_from(n.whole()).ok())
        }
        Quantity::EntranceScore => a.entrance_exam.score = n,
        Quantity::Average => a.performance = g,
        Quantity::CompletedCredits { .. } => a.revoked_details.completed_credits = n,
        Quantity::ImpactFactor { paper } => {
            if let Some(paper) = a
                .postgraduate
                .papers
                .as_mut()
                .and_then(|ps| ps.get_mut(paper))
            {
                paper.impact_factor = n;
            }
        }
        Quantity::TestOverall { test, .. } | Quantity::TestSections { test, .. } => {
            let Some(t) = a.language.tests.as_mut().and_then(|ts| ts.get_mut(test)) else {
                return;
            };
            let sections = matches!(c.quantity, Quantity::TestSections { .. });
            match t {
                LanguageTest::Ielts { sections: s, .. }
                | LanguageTest::ToeflIbt { sections: s, .. }
                    if sections =>
                {
                    // Every section at least the minimum; higher sections stay as they are.
                    if let Some(min) = n {
                        *s = Some(s.unwrap_or([min; 4]).map(|v| v.max(min)));
                    }
                }
                LanguageTest::Ielts { overall, .. }
                | LanguageTest::ToeflIbt { overall, .. }
                | LanguageTest::Pte { overall } => *overall = n,
                LanguageTest::Hsk { level } => {
                    *level = n.and_then(|n| u8::try_from(n.whole()).ok())
                }
            }
        }
        Quantity::Overlap => {
            if let Some(m) = course.and_then(|k| k.matched.as_mut()) {
                m.overlap = n;
            }
        }
        Quantity::Hours => {
            if let Some(k) = course {
                k.hours = n;
            }
        }
        Quantity::CourseGrade => {
            if let Some(k) = course {
                k.grade = g;
            }
        }
        Quantity::LiteracyCredits { .. } => {
            if let Some(k) = course {
                k.credits = n;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::date::Date;
    use crate::engine::rules::grades::{Ects, FourLevel, GradeLevel};
    use crate::engine::{assess, explain, parse, MEASURES_2023_046 as P};
    use crate::lang::Lang;
    use serde_json::{json, Value as Json};

    fn today() -> Date {
        Date::new(2026, 9, 1).unwrap()
    }

    /// An eligible mainland undergraduate with no courses.
    fn base() -> Json {
        json!({
            "format": "transfer-check/case", "version": 1, "assessed_on": "2026-09-01",
            "applicant": {
                "route": "mainland", "level": "undergraduate", "revoked": false,
                "semesters_completed": 2, "in_final_year": false, "status": "normal",
                "disciplinary_record": false, "reason": "academic",
                "receiving_major_has_quota": true, "special_enrollment": false,
                "from_lower_level": false, "explanatory_material": false,
                "entrance_exam": { "score": 612, "receiving_cutoff": 598 },
                "performance": { "system": "percentage", "value": 78.5 },
                "authentication": { "body": "chsi", "consistent": true }
            },
            "origin": { "credit_hours": { "theory": 16, "practice": 32 } },
            "program": { "total_graduation_credits": 160,
                         "credit_hours": { "theory": 18, "practice": 36 },
                         "literacy_credits_required": 3 },
            "courses": []
        })
    }

    fn international() -> Json {
        with(
            base(),
            &[
                ("applicant.route", json!("international")),
                ("applicant.authentication.body", json!("cscse")),
                (
                    "applicant.language",
                    json!({ "major_teaching_language": "english", "english_speaking_country": false,
                            "exemption_certificate": false,
                            "tests": [{ "test": "ielts", "overall": 6.5,
                                        "sections": [6.0, 5.5, 7.0, 6.5] }] }),
                ),
            ],
        )
    }

    fn postgraduate(level: &str, gpa: f64) -> Json {
        with(
            base(),
            &[
                ("applicant.level", json!(level)),
                (
                    "applicant.performance",
                    json!({ "system": "gpa4", "value": gpa }),
                ),
                (
                    "applicant.postgraduate",
                    json!({ "admission_standard_not_lower": true, "papers": [] }),
                ),
            ],
        )
    }

    fn revoked(doc: Json) -> Json {
        with(
            doc,
            &[
                ("applicant.revoked", json!(true)),
                ("applicant.reason", json!("revoked")),
                (
                    "applicant.revoked_details",
                    json!({ "revocation_document": true, "completed_studies_certificate": true,
                            "completed_credits": 100, "original_total_credits": 157 }),
                ),
                (
                    "applicant.postgraduate.research_progress_certificate",
                    json!(true),
                ),
            ],
        )
    }

    /// A mainland undergraduate with one course, recognized until `edits` change it.
    fn one_course(doc: Json, edits: &[(&str, Json)]) -> Json {
        let course = json!({
            "title": "Calculus I", "credits": 4, "credit_unit": "local", "kind": "theory",
            "nature": "compulsory", "grade": { "system": "percentage", "value": 82 }, "hours": 72,
            "completed_on": "2025-01-15", "official_transcript": true,
            "translated_or_official_language": true, "regular_institution": true,
            "match": { "title": "Advanced Mathematics I", "credits": 4, "hours": 72,
                       "nature": "compulsory", "overlap": 0.75 }
        });
        with(with(doc, &[("courses", json!([course]))]), edits)
    }

    fn literacy(edits: &[(&str, Json)]) -> Json {
        let l = json!({ "category": "ethics", "content_ok": true, "assessment_ok": true });
        let doc = one_course(base(), &[("courses[0].literacy", l)]);
        with(doc, edits)
    }

    /// Writes `v` at a path such as `applicant.language.tests[0].sections`, creating objects on the
    /// way; arrays must exist.
    fn set(doc: &mut Json, path: &str, v: Json) {
        let mut at = doc;
        for part in path.split('.') {
            let (name, index) = match part.split_once('[') {
                Some((name, i)) => (
                    name,
                    Some(i.trim_end_matches(']').parse::<usize>().unwrap()),
                ),
                None => (part, None),
            };
            if at.is_null() {
                *at = json!({});
            }
            at = at
                .as_object_mut()
                .unwrap()
                .entry(name.to_owned())
                .or_insert(Json::Null);
            if let Some(i) = index {
                at = &mut at[i];
            }
        }
        *at = v;
    }

    fn with(mut doc: Json, edits: &[(&str, Json)]) -> Json {
        for (path, v) in edits {
            set(&mut doc, path, v.clone());
        }
        doc
    }

    /// Applies a change to the case file as a user would: a grade with its system, a test's
    /// sections each raised to the minimum, any other number as is.
    fn apply_json(doc: &mut Json, c: &Change) {
        let path = c.path.to_string();
        match c.needed {
            Value::Grade(g) => {
                let at = path.strip_suffix(".value").unwrap();
                set(doc, at, serde_json::to_value(g).unwrap());
            }
            Value::Number(min) if path.ends_with(".sections") => {
                let pointer = format!("/{}", path.replace(['.', '['], "/").replace(']', ""));
                let min = min.to_f64();
                let raised: Vec<f64> = match doc.pointer(&pointer).and_then(Json::as_array) {
                    Some(s) => s.iter().map(|v| v.as_f64().unwrap().max(min)).collect(),
                    None => vec![min; 4],
                };
                set(doc, &path, json!(raised));
            }
            Value::Number(v) => set(doc, &path, serde_json::to_value(v).unwrap()),
        }
    }

    fn assessed(doc: &Json) -> (Case, Assessment) {
        let case = parse(&doc.to_string(), today()).unwrap_or_else(|e| panic!("{e}\n{doc}"));
        let a = assess(&case, &P, None);
        (case, a)
    }

    fn changes(doc: &Json) -> Vec<Change> {
        let (case, a) = assessed(doc);
        what_would_change(&case, &a, &P)
    }

    type Summary = (String, Option<Value>, Value, &'static str, Effect, bool);

    fn summary(doc: &Json) -> Vec<Summary> {
        changes(doc)
            .into_iter()
            .map(|c| {
                (
                    c.path.to_string(),
                    c.current,
                    c.needed,
                    c.cite.id(),
                    c.step,
                    c.alone,
                )
            })
            .collect()
    }

    fn s(
        path: &str,
        current: Option<Value>,
        needed: Value,
        cite: &'static str,
        step: Effect,
    ) -> Summary {
        (path.to_owned(), current, needed, cite, step, true)
    }

    /// Changes that are each needed but not enough alone.
    fn together(changes: Vec<Summary>) -> Vec<Summary> {
        changes
            .into_iter()
            .map(|(p, c, n, cite, step, _)| (p, c, n, cite, step, false))
            .collect()
    }

    fn n(v: &str) -> Value {
        Value::Number(Fixed::lit(v))
    }

    fn g(grade: Grade) -> Value {
        Value::Grade(grade)
    }

    fn pct(v: &str) -> Value {
        g(Grade::Percentage(Fixed::lit(v)))
    }

    fn gpa(v: &str) -> Value {
        g(Grade::Gpa4(Fixed::lit(v)))
    }

    /// The target's result in a case file: pass (or recognized), review, or neither.
    fn result(doc: &Json, target: Target) -> Option<Effect> {
        let (_, a) = assessed(doc);
        match target {
            Target::Condition(c) => match a.findings.iter().find(|f| f.condition == c)?.outcome {
                Outcome::Pass => Some(Effect::Pass),
                Outcome::Review => Some(Effect::Review),
                _ => None,
            },
            Target::Course(i) => match a.courses[i].outcome {
                CourseOutcome::Recognized => Some(Effect::Pass),
                CourseOutcome::Review => Some(Effect::Review),
                CourseOutcome::NotRecognized => None,
            },
        }
    }

    #[test]
    fn undergraduate_averages_need_the_minimum_of_their_own_system() {
        let at = "applicant.performance.value";
        let table = [
            (
                base(),
                "percentage",
                json!(69.9),
                pct("69.9"),
                pct("70"),
                "A4.3.1.a",
            ),
            (
                base(),
                "five_level",
                json!("pass"),
                g(Grade::FiveLevel(GradeLevel::Pass)),
                g(Grade::FiveLevel(GradeLevel::Medium)),
                "A4.3.1.a",
            ),
            (
                base(),
                "four_level",
                json!("D"),
                g(Grade::FourLevel(FourLevel::D)),
                g(Grade::FourLevel(FourLevel::C)),
                "A4.3.1.a",
            ),
            // R11: a domestic GPA is held to Table A6.1's 65-74 band.
            (base(), "gpa4", json!(2.4), gpa("2.4"), gpa("2.5"), "A6.1"),
            (
                international(),
                "gpa4",
                json!(2.4),
                gpa("2.4"),
                gpa("2.5"),
                "A4.3.1.b",
            ),
            // R2: an ECTS letter is judged by A4.3.1.b on any route.
            (
                base(),
                "ects",
                json!("D"),
                g(Grade::Ects(Ects::D)),
                g(Grade::Ects(Ects::C)),
                "A4.3.1.b",
            ),
            (
                international(),
                "ects",
                json!("E"),
                g(Grade::Ects(Ects::E)),
                g(Grade::Ects(Ects::C)),
                "A4.3.1.b",
            ),
        ];
        for (doc, system, value, current, needed, cite) in table {
            let perf = json!({ "system": system, "value": value });
            let doc = with(doc, &[("applicant.performance", perf)]);
            let want = s(at, Some(current), needed, cite, Effect::Pass);
            assert_eq!(summary(&doc), vec![want], "{system}");
        }
        // Below the minimum with explanatory material (review) or without saying (missing): the
        // same.
        for material in [json!(true), Json::Null] {
            let doc = with(
                base(),
                &[
                    ("applicant.performance.value", json!(69.9)),
                    ("applicant.explanatory_material", material),
                ],
            );
            let want = s(at, Some(pct("69.9")), pct("70"), "A4.3.1.a", Effect::Pass);
            assert_eq!(summary(&doc), vec![want]);
        }
    }

    #[test]
    fn postgraduates_need_the_gpa_or_a_paper_at_the_impact_factor() {
        let at = "applicant.performance.value";
        let doc = postgraduate("master", 2.8);
        let want = s(at, Some(gpa("2.8")), gpa("3.0"), "A4.3.2.a", Effect::Pass);
        assert_eq!(summary(&doc), vec![want]);
        let doc = postgraduate("doctoral", 3.1);
        let want = s(at, Some(gpa("3.1")), gpa("3.3"), "A4.3.2.b", Effect::Pass);
        assert_eq!(summary(&doc), vec![want]);
        // The GPA arm not given: a GPA of 3.0 on the 4.0 scale.
        let doc = with(
            postgraduate("master", 3.5),
            &[("applicant.performance", Json::Null)],
        );
        let want = s(at, None, gpa("3.0"), "A4.3.2.a", Effect::Pass);
        assert_eq!(summary(&doc), vec![want]);
        // A master's paper that fails only on its impact factor, next to a low GPA: either
        // suffices.
        let paper = json!({ "first_author": true, "wos_core": true, "impact_factor": 0.8 });
        let doc = with(
            postgraduate("master", 2.8),
            &[("applicant.postgraduate.papers", json!([paper]))],
        );
        let paper_at = "applicant.postgraduate.papers[0].impact_factor";
        assert_eq!(
            summary(&doc),
            vec![
                s(at, Some(gpa("2.8")), gpa("3.0"), "A4.3.2.a", Effect::Pass),
                s(paper_at, Some(n("0.8")), n("1.0"), "A4.3.2.a", Effect::Pass),
            ]
        );
        // A paper that is not first-author is no change of a number away.
        let paper = json!({ "first_author": false, "wos_core": true, "impact_factor": 0.8 });
        let doc = with(
            postgraduate("master", 2.8),
            &[("applicant.postgraduate.papers", json!([paper]))],
        );
        assert_eq!(summary(&doc).len(), 1);
        // A postgraduate average in another system is the committee's to convert (R11).
        let doc = with(
            postgraduate("master", 2.8),
            &[(
                "applicant.performance",
                json!({ "system": "percentage", "value": 70 }),
            )],
        );
        assert_eq!(summary(&doc), vec![]);
    }

    #[test]
    fn entrance_exam_and_semesters() {
        let doc = with(base(), &[("applicant.entrance_exam.score", json!(590))]);
        let at = "applicant.entrance_exam.score";
        let want = s(at, Some(n("590")), n("598"), "A4.3.1", Effect::Pass);
        assert_eq!(summary(&doc), vec![want]);
        let doc = with(base(), &[("applicant.entrance_exam.score", Json::Null)]);
        assert_eq!(
            summary(&doc),
            vec![s(at, None, n("598"), "A4.3.1", Effect::Pass)]
        );
        // Without the receiving cutoff there is no number to name.
        let doc = with(
            base(),
            &[("applicant.entrance_exam", json!({ "score": 590 }))],
        );
        assert_eq!(summary(&doc), vec![]);
        // The exam does not concern international applicants.
        let doc = with(
            international(),
            &[("applicant.entrance_exam.score", json!(590))],
        );
        assert_eq!(summary(&doc), vec![]);

        let at = "applicant.semesters_completed";
        let doc = with(base(), &[(at, json!(0))]);
        assert_eq!(
            summary(&doc),
            vec![s(at, Some(n("0")), n("1"), "A4.1", Effect::Pass)]
        );
        let doc = with(base(), &[(at, Json::Null)]);
        assert_eq!(
            summary(&doc),
            vec![s(at, None, n("1"), "A4.1", Effect::Pass)]
        );
    }

    #[test]
    fn revoked_credit_ratio_is_exact() {
        let at = "applicant.revoked_details.completed_credits";
        // 0.60 x 157 = 94.2 exactly, not 94.19999 or 95.
        let doc = with(revoked(base()), &[(at, json!(90))]);
        let want = s(at, Some(n("90")), n("94.2"), "A4.3.1.c", Effect::Pass);
        assert_eq!(summary(&doc), vec![want]);
        let doc = with(revoked(postgraduate("master", 3.2)), &[(at, json!(70))]);
        let want = s(at, Some(n("70")), n("78.5"), "A4.3.1.c", Effect::Pass);
        assert_eq!(summary(&doc), vec![want]);
        let doc = with(revoked(base()), &[(at, Json::Null)]);
        assert_eq!(
            summary(&doc),
            vec![s(at, None, n("94.2"), "A4.3.1.c", Effect::Pass)]
        );
        // Without the original total, the needed credits are unknown.
        let total = "applicant.revoked_details.original_total_credits";
        let doc = with(revoked(base()), &[(at, json!(90)), (total, Json::Null)]);
        assert_eq!(summary(&doc), vec![]);
    }

    #[test]
    fn language_tests_need_their_overall_and_section_minimums() {
        let tests = "applicant.language.tests";
        let ielts = |overall: f64, sections: Json| {
            with(
                international(),
                &[(
                    tests,
                    json!([{ "test": "ielts", "overall": overall, "sections": sections }]),
                )],
            )
        };
        let sections = "applicant.language.tests[0].sections";
        let overall = "applicant.language.tests[0].overall";
        let doc = ielts(6.5, json!([6.0, 5.0, 7.0, 6.5]));
        let want = s(sections, Some(n("5.0")), n("5.5"), "A4.4.2.b", Effect::Pass);
        assert_eq!(summary(&doc), vec![want]);
        // Both halves short: each is needed, neither is enough alone.
        let doc = ielts(5.5, json!([6.0, 5.0, 6.0, 6.0]));
        let both = together(vec![
            s(overall, Some(n("5.5")), n("6.0"), "A4.4.2.b", Effect::Pass),
            s(sections, Some(n("5.0")), n("5.5"), "A4.4.2.b", Effect::Pass),
        ]);
        assert_eq!(summary(&doc), both);
        // Sections not given: the finding is missing, and the section minimum is the number to
        // give.
        let doc = with(
            international(),
            &[(tests, json!([{ "test": "ielts", "overall": 6.5 }]))],
        );
        assert_eq!(
            summary(&doc),
            vec![s(sections, None, n("5.5"), "A4.4.2.b", Effect::Pass)]
        );

        let toefl = json!([{ "test": "toefl_ibt", "overall": 75, "sections": [19, 22, 20, 21] },
                           { "test": "pte", "overall": 45 }]);
        let doc = with(international(), &[(tests, toefl)]);
        // TOEFL needs both halves; the PTE alone would do.
        let pte = "applicant.language.tests[1].overall";
        let mut want = together(vec![
            s(overall, Some(n("75")), n("80"), "A4.4.2.b", Effect::Pass),
            s(sections, Some(n("19")), n("20"), "A4.4.2.b", Effect::Pass),
        ]);
        want.push(s(pte, Some(n("45")), n("50"), "A4.4.2.b", Effect::Pass));
        assert_eq!(summary(&doc), want);

        let chinese = json!({ "major_teaching_language": "chinese",
                              "tests": [{ "test": "ielts", "overall": 8.0,
                                          "sections": [8, 8, 8, 8] },
                                        { "test": "hsk", "level": 4 }] });
        let doc = with(international(), &[("applicant.language", chinese)]);
        let want = s(
            "applicant.language.tests[1].level",
            Some(n("4")),
            n("5"),
            "A4.4.2.b",
            Effect::Pass,
        );
        assert_eq!(summary(&doc), vec![want]);
        // No test given: the alternatives are the applicant's to choose; the finding names them.
        let doc = with(international(), &[(tests, Json::Null)]);
        assert_eq!(summary(&doc), vec![]);
    }

    #[test]
    fn course_overlap_with_the_revoked_review_step() {
        let at = "courses[0].match.overlap";
        let doc = one_course(base(), &[(at, json!(0.65))]);
        assert_eq!(
            summary(&doc),
            vec![s(at, Some(n("0.65")), n("0.70"), "A6.2.1", Effect::Pass)]
        );
        // A6.2.4.a: a revoked institution's 0.55 reaches a committee vote at 0.60, passes at 0.70.
        let doc = one_course(revoked(base()), &[(at, json!(0.55))]);
        let want = vec![
            s(at, Some(n("0.55")), n("0.60"), "A6.2.4.a", Effect::Review),
            s(at, Some(n("0.55")), n("0.70"), "A6.2.1", Effect::Pass),
        ];
        assert_eq!(summary(&doc), want);
        let doc = one_course(revoked(base()), &[(at, json!(0.65))]);
        assert_eq!(
            summary(&doc),
            vec![s(at, Some(n("0.65")), n("0.70"), "A6.2.1", Effect::Pass)]
        );
        let doc = one_course(revoked(base()), &[(at, Json::Null)]);
        let want = vec![
            s(at, None, n("0.60"), "A6.2.4.a", Effect::Review),
            s(at, None, n("0.70"), "A6.2.1", Effect::Pass),
        ];
        assert_eq!(summary(&doc), want);
    }

    #[test]
    fn course_hours_are_the_least_that_reach_ninety_percent() {
        let at = "courses[0].hours";
        // 90% of 72 is 64.8; hours are whole, so 65.
        let doc = one_course(base(), &[(at, json!(64))]);
        assert_eq!(
            summary(&doc),
            vec![s(at, Some(n("64")), n("65"), "A6.2.1", Effect::Pass)]
        );
        let doc = one_course(
            base(),
            &[(at, json!(64)), ("courses[0].match.hours", json!(71))],
        );
        // 90% of 71 is 63.9: 64 hours already pass.
        assert_eq!(summary(&doc), vec![]);
        let doc = one_course(base(), &[(at, Json::Null)]);
        assert_eq!(
            summary(&doc),
            vec![s(at, None, n("65"), "A6.2.1", Effect::Pass)]
        );
        // 2 ECTS credits count as 50 hours (R6); written hours would take their place.
        let doc = one_course(
            base(),
            &[
                (at, Json::Null),
                ("courses[0].credit_unit", json!("ects")),
                ("courses[0].credits", json!(2)),
            ],
        );
        assert_eq!(
            summary(&doc),
            vec![s(at, Some(n("50")), n("65"), "A6.2.1", Effect::Pass)]
        );
        // Overlap and hours both short: both are needed.
        let doc = one_course(
            base(),
            &[(at, json!(60)), ("courses[0].match.overlap", json!(0.65))],
        );
        let overlap = "courses[0].match.overlap";
        let want = together(vec![
            s(overlap, Some(n("0.65")), n("0.70"), "A6.2.1", Effect::Pass),
            s(at, Some(n("60")), n("65"), "A6.2.1", Effect::Pass),
        ]);
        assert_eq!(summary(&doc), want);
    }

    #[test]
    fn failing_course_grades_need_the_pass_mark_of_their_system() {
        let at = "courses[0].grade.value";
        let table = [
            (
                json!({ "system": "percentage", "value": 55 }),
                pct("55"),
                pct("60"),
                "A6.2.2",
            ),
            (
                json!({ "system": "gpa4", "value": 1.7 }),
                gpa("1.7"),
                gpa("2.0"),
                "A6.1",
            ),
            (
                json!({ "system": "five_level", "value": "fail" }),
                g(Grade::FiveLevel(GradeLevel::Fail)),
                g(Grade::FiveLevel(GradeLevel::Pass)),
                "A6.1",
            ),
            (
                json!({ "system": "four_level", "value": "D" }),
                g(Grade::FourLevel(FourLevel::D)),
                g(Grade::FourLevel(FourLevel::C)),
                "A6.1",
            ),
            (
                json!({ "system": "ects", "value": "E" }),
                g(Grade::Ects(Ects::E)),
                g(Grade::Ects(Ects::D)),
                "A7.1.2",
            ),
        ];
        for (grade, current, needed, cite) in table {
            let doc = one_course(base(), &[("courses[0].grade", grade)]);
            assert_eq!(
                summary(&doc),
                vec![s(at, Some(current), needed, cite, Effect::Pass)]
            );
        }
    }

    #[test]
    fn literacy_credits_are_the_least_whose_conversion_reaches_two() {
        let at = "courses[0].credits";
        // 16 h against 18 h: 2.1 -> 1.9 (1.866...), 2.2 -> 2.0 (1.955... rounded half-up).
        let doc = literacy(&[(at, json!(1))]);
        assert_eq!(
            summary(&doc),
            vec![s(at, Some(n("1")), n("2.2"), "A7.3.1", Effect::Pass)]
        );
        // ECTS x 0.8: 2.4 -> 1.9 (1.92), 2.5 -> 2.0.
        let doc = literacy(&[(at, json!(2)), ("courses[0].credit_unit", json!("ects"))]);
        assert_eq!(
            summary(&doc),
            vec![s(at, Some(n("2")), n("2.5"), "A7.3.1", Effect::Pass)]
        );
        let doc = literacy(&[(at, Json::Null)]);
        assert_eq!(
            summary(&doc),
            vec![s(at, None, n("2.2"), "A7.3.1", Effect::Pass)]
        );
    }

    #[test]
    fn nothing_to_change_for_booleans_or_what_the_committee_converts() {
        assert_eq!(summary(&base()), vec![]);
        assert_eq!(summary(&international()), vec![]);
        let doc = with(
            base(),
            &[
                ("applicant.in_final_year", json!(true)),
                ("applicant.status", json!("suspended")),
                ("applicant.receiving_major_has_quota", json!(false)),
                ("applicant.reason", Json::Null),
            ],
        );
        assert_eq!(summary(&doc), vec![]);
        let doc = with(
            revoked(base()),
            &[(
                "applicant.revoked_details.revocation_document",
                json!(false),
            )],
        );
        assert_eq!(summary(&doc), vec![]);
        // R11: an international average in another system is converted by the committee.
        let doc = with(
            international(),
            &[("applicant.performance.value", json!(50))],
        );
        assert_eq!(summary(&doc), vec![]);
        // A missing average has no system to state a minimum in; an unknown route has no threshold.
        let doc = with(base(), &[("applicant.performance", Json::Null)]);
        assert_eq!(summary(&doc), vec![]);
        let doc = with(
            base(),
            &[
                ("applicant.route", Json::Null),
                ("applicant.performance.value", json!(50)),
            ],
        );
        assert!(summary(&doc).is_empty());
        // Course reasons without a number.
        let doc = one_course(base(), &[("courses[0].official_transcript", json!(false))]);
        assert_eq!(summary(&doc), vec![]);
        let doc = one_course(base(), &[("courses[0].match", Json::Null)]);
        assert_eq!(summary(&doc), vec![]);
    }

    // Long but whole: a table of cases, one per kind of change, read as a table.
    /// Every case above that has changes.
    fn scenarios() -> Vec<Json> {
        let perf = "applicant.performance";
        let tests = "applicant.language.tests";
        let completed = "applicant.revoked_details.completed_credits";
        let paper = json!({ "first_author": true, "wos_core": true, "impact_factor": 0.8 });
        let doctoral_papers = json!([
            { "first_author": true, "wos_core": true, "relevant_field": true,
              "impact_factor": 1.5 },
            { "first_author": true, "wos_core": true, "relevant_field": true,
              "impact_factor": 1.2 }
        ]);
        let mut v = vec![
            with(
                base(),
                &[(perf, json!({ "system": "percentage", "value": 69.9 }))],
            ),
            with(
                base(),
                &[(perf, json!({ "system": "five_level", "value": "pass" }))],
            ),
            with(
                base(),
                &[(perf, json!({ "system": "four_level", "value": "D" }))],
            ),
            with(base(), &[(perf, json!({ "system": "gpa4", "value": 2.4 }))]),
            with(base(), &[(perf, json!({ "system": "ects", "value": "D" }))]),
            with(
                international(),
                &[(perf, json!({ "system": "gpa4", "value": 2.3 }))],
            ),
            with(
                international(),
                &[(perf, json!({ "system": "ects", "value": "F" }))],
            ),
            with(
                base(),
                &[
                    ("applicant.performance.value", json!(60)),
                    ("applicant.explanatory_material", json!(true)),
                ],
            ),
            with(
                base(),
                &[
                    ("applicant.explanatory_material", Json::Null),
                    ("applicant.performance.value", json!(65)),
                ],
            ),
            postgraduate("master", 2.8),
            postgraduate("doctoral", 3.1),
            with(postgraduate("master", 3.5), &[(perf, Json::Null)]),
            with(
                postgraduate("master", 2.8),
                &[("applicant.postgraduate.papers", json!([paper]))],
            ),
            with(
                postgraduate("doctoral", 2.0),
                &[("applicant.postgraduate.papers", doctoral_papers)],
            ),
            with(base(), &[("applicant.entrance_exam.score", json!(590))]),
            with(base(), &[("applicant.entrance_exam.score", Json::Null)]),
            with(base(), &[("applicant.semesters_completed", json!(0))]),
            with(base(), &[("applicant.semesters_completed", Json::Null)]),
            with(revoked(base()), &[(completed, json!(90))]),
            with(revoked(base()), &[(completed, Json::Null)]),
            with(
                revoked(postgraduate("doctoral", 3.5)),
                &[(completed, json!(3))],
            ),
            with(
                international(),
                &[(
                    tests,
                    json!([{ "test": "ielts", "overall": 6.5, "sections": [6.0, 5.0, 7.0, 6.5] }]),
                )],
            ),
            with(
                international(),
                &[(
                    tests,
                    json!([{ "test": "ielts", "overall": 5.5, "sections": [6.0, 5.0, 6.0, 6.0] }]),
                )],
            ),
            with(
                international(),
                &[(tests, json!([{ "test": "ielts", "overall": 6.0 }]))],
            ),
            with(
                international(),
                &[(
                    tests,
                    json!([{ "test": "toefl_ibt", "overall": 75, "sections": [19, 22, 20, 21] },
                                 { "test": "pte", "overall": 45 }]),
                )],
            ),
            with(
                international(),
                &[(
                    "applicant.language",
                    json!({ "major_teaching_language": "chinese",
                                                  "tests": [{ "test": "hsk", "level": 4 }] }),
                )],
            ),
            // An English-speaking country not said and a failing test: the finding is missing.
            with(
                international(),
                &[
                    ("applicant.language.english_speaking_country", Json::Null),
                    (tests, json!([{ "test": "pte", "overall": 30 }])),
                ],
            ),
            literacy(&[("courses[0].credits", json!(1))]),
            literacy(&[
                ("courses[0].credits", json!(2)),
                ("courses[0].credit_unit", json!("ects")),
            ]),
            literacy(&[
                ("courses[0].credits", json!(1.5)),
                ("courses[0].kind", json!("practice")),
            ]),
            literacy(&[("courses[0].credits", Json::Null)]),
        ];
        let course_edits: Vec<Vec<(&str, Json)>> = vec![
            vec![("courses[0].match.overlap", json!(0.65))],
            vec![("courses[0].match.overlap", Json::Null)],
            vec![("courses[0].hours", json!(64))],
            vec![("courses[0].hours", json!(64.799))],
            vec![("courses[0].hours", Json::Null)],
            vec![
                ("courses[0].hours", Json::Null),
                ("courses[0].weekly_hours", json!(3)),
                ("courses[0].weeks", json!(16)),
            ],
            vec![
                ("courses[0].hours", Json::Null),
                ("courses[0].credit_unit", json!("ects")),
                ("courses[0].credits", json!(2)),
            ],
            vec![
                ("courses[0].hours", json!(60)),
                ("courses[0].match.overlap", json!(0.65)),
            ],
            vec![
                ("courses[0].hours", json!(60)),
                ("courses[0].match.hours", json!(157)),
            ],
            vec![(
                "courses[0].grade",
                json!({ "system": "percentage", "value": 55 }),
            )],
            vec![(
                "courses[0].grade",
                json!({ "system": "gpa4", "value": 1.7 }),
            )],
            vec![(
                "courses[0].grade",
                json!({ "system": "five_level", "value": "fail" }),
            )],
            vec![(
                "courses[0].grade",
                json!({ "system": "four_level", "value": "D" }),
            )],
            vec![(
                "courses[0].grade",
                json!({ "system": "ects", "value": "F" }),
            )],
            vec![
                ("courses[0].grade.value", json!(40)),
                ("courses[0].match.overlap", json!(0.5)),
            ],
        ];
        for edits in &course_edits {
            v.push(one_course(base(), edits));
        }
        for overlap in [
            json!(0.55),
            json!(0.6),
            json!(0.65),
            json!(0.699),
            Json::Null,
        ] {
            v.push(one_course(
                revoked(base()),
                &[("courses[0].match.overlap", overlap)],
            ));
        }
        v
    }

    /// The key property: each suggested value, written into the case file and assessed again, does
    /// what the change says; and together, the passing changes of a condition or course pass it.
    #[test]
    fn every_suggestion_written_into_the_case_file_does_what_it_says() {
        for doc in scenarios() {
            let all = changes(&doc);
            assert!(!all.is_empty(), "no change suggested for {doc}");
            for c in &all {
                let mut d = doc.clone();
                apply_json(&mut d, c);
                let got = result(&d, c.target);
                if c.alone {
                    assert_eq!(got, Some(c.step), "{c:?}\n{doc}");
                } else {
                    assert_ne!(
                        got,
                        Some(c.step),
                        "{c:?} says it is not enough alone\n{doc}"
                    );
                }
            }
            let mut targets: Vec<Target> = all.iter().map(|c| c.target).collect();
            targets.dedup();
            for t in targets {
                let mut d = doc.clone();
                for c in all
                    .iter()
                    .filter(|c| c.target == t && c.step == Effect::Pass)
                {
                    apply_json(&mut d, c);
                }
                assert_eq!(result(&d, t), Some(Effect::Pass), "{t:?}\n{doc}");
            }
            // Just below a number needed, the test is not met: the value is the least that does it.
            for c in &all {
                let Value::Number(v) = c.needed else { continue };
                if !c.alone || v == Fixed::ZERO {
                    continue;
                }
                let step = match c.quantity {
                    Quantity::LiteracyCredits { .. } => Fixed::lit("0.1"),
                    Quantity::Semesters
                    | Quantity::Hours
                    | Quantity::TestOverall {
                        kind: TestKind::Hsk | TestKind::ToeflIbt | TestKind::Pte,
                        ..
                    }
                    | Quantity::TestSections {
                        kind: TestKind::ToeflIbt,
                        ..
                    } => Fixed::int(1),
                    Quantity::TestOverall { .. } | Quantity::TestSections { .. } => {
                        Fixed::lit("0.5")
                    }
                    _ => Fixed::from_milli(1),
                };
                let below = Change {
                    needed: Value::Number(Fixed::from_milli(v.milli() - step.milli())),
                    ..c.clone()
                };
                let mut d = doc.clone();
                apply_json(&mut d, &below);
                assert_ne!(result(&d, c.target), Some(c.step), "{below:?}\n{doc}");
            }
        }
    }

    #[test]
    fn least_with_ratio_is_exact_for_every_total() {
        for ratio in [
            P.min_hours_ratio.value,
            P.revoked_min_ratio_undergraduate.value,
            P.revoked_min_ratio_postgraduate.value,
            Fixed::lit("0.333"),
        ] {
            for milli in (0..=400_000).step_by(37) {
                let of = Fixed::from_milli(milli);
                let least = least_with_ratio(of, ratio);
                assert!(least.ratio_at_least(of, ratio), "{of} x {ratio}");
                let less = Fixed::from_milli(least.milli() - 1);
                assert!(
                    least == Fixed::ZERO || !less.ratio_at_least(of, ratio),
                    "{of} x {ratio}"
                );
            }
        }
        assert_eq!(
            least_with_ratio(Fixed::int(157), Fixed::lit("0.6")),
            Fixed::lit("94.2")
        );
        assert_eq!(
            least_with_ratio(Fixed::int(72), Fixed::lit("0.9")),
            Fixed::lit("64.8")
        );
    }

    #[test]
    fn least_credits_agrees_with_counting_up() {
        let hours = |from: i64, to: i64| Conversion::Hours {
            kind: crate::engine::case::CourseKind::Theory,
            from: Fixed::int(from),
            to: Fixed::int(to),
        };
        let conversions = [
            hours(16, 18),
            hours(18, 16),
            hours(15, 17),
            hours(32, 36),
            hours(1, 200),
            Conversion::Ects {
                factor: P.ects_credit_factor.value,
            },
            Conversion::OneToOne,
        ];
        let min = P.literacy_min_credits.value;
        for c in conversions {
            let counted = (0..)
                .map(|t| Tenths::new(t).to_fixed())
                .find(|x| credits::convert(*x, c).to_fixed() >= min)
                .unwrap();
            assert_eq!(least_credits(c, min), Some(counted), "{c:?}");
        }
    }

    #[test]
    fn a_change_is_data() {
        let doc = one_course(
            revoked(base()),
            &[("courses[0].match.overlap", json!(0.55))],
        );
        let c = &changes(&doc)[0];
        let want = json!({
            "target": { "kind": "course", "id": 0 },
            "quantity": { "quantity": "overlap" },
            "path": "courses[0].match.overlap",
            "current": 0.55, "needed": 0.6, "cite": "A6.2.4.a", "step": "review", "alone": true,
            "title": "Calculus I"
        });
        assert_eq!(serde_json::to_value(c).unwrap(), want);
        let doc = with(base(), &[("applicant.performance.value", json!(69.9))]);
        let v = serde_json::to_value(&changes(&doc)[0]).unwrap();
        assert_eq!(
            v["target"],
            json!({ "kind": "condition", "id": "performance" })
        );
        assert_eq!(v["needed"], json!({ "system": "percentage", "value": 70 }));
    }

    #[test]
    fn wording_in_both_languages() {
        let doc = with(base(), &[("applicant.performance.value", json!(69.9))]);
        let c = &changes(&doc)[0];
        assert_eq!(
            explain::change(c, Lang::En),
            "An average of at least 70 points (yours: 69.9 points) would meet the condition (A4.3.1.a)."
        );
        assert_eq!(
            explain::change(c, Lang::Zh),
            "平均成绩不低于70分（目前为69.9分），即可满足该条件（A4.3.1.a）。"
        );
        let doc = one_course(
            revoked(base()),
            &[("courses[0].match.overlap", json!(0.55))],
        );
        let c = changes(&doc);
        assert_eq!(
            explain::change(&c[0], Lang::En),
            "A content overlap of at least 60% for Calculus I (yours: 55%) would bring it to the committee's decision (A6.2.4.a)."
        );
        assert_eq!(
            explain::change(&c[1], Lang::Zh),
            "课程“Calculus I”的知识点重合率不低于70%（目前为55%），该课程即可计入（A6.2.1）。"
        );
        let doc = with(
            international(),
            &[(
                "applicant.language.tests",
                json!([{ "test": "ielts", "overall": 5.5, "sections": [6.0, 5.0, 6.0, 6.0] }]),
            )],
        );
        let c = changes(&doc);
        assert_eq!(
            explain::change(&c[1], Lang::En),
            "IELTS section scores of at least 5.5 each (your lowest: 5) would meet the condition (A4.4.2.b). Other requirements must also be met."
        );
        assert_eq!(
            explain::change(&c[0], Lang::Zh),
            "雅思（IELTS）总分不低于6（目前为5.5），即可满足该条件（A4.4.2.b）。另须满足其他要求。"
        );
        let doc = with(
            revoked(base()),
            &[("applicant.revoked_details.completed_credits", Json::Null)],
        );
        let c = &changes(&doc)[0];
        assert_eq!(
            explain::change(c, Lang::En),
            "At least 94.2 of the original 157 credits completed (not given yet) would meet the condition (A4.3.1.c)."
        );
        // Every change has words in every language.
        for doc in scenarios() {
            for c in changes(&doc) {
                for lang in Lang::ALL {
                    assert!(!explain::change(&c, lang).is_empty());
                }
            }
        }
    }
}
