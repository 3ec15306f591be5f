//! Reading a case file: JSON -> [`case::CaseFile`] -> checked [`model::Case`]. Errors name the field's
//! path (`courses[2].grade.value`) and say what is wrong in a sentence; nothing is clamped silently.
//! A file's shape (JSON syntax, field names, types, enum words) is checked first and its first error
//! reported; then every value is checked and all their errors are reported at once, so a form can mark
//! all its fields in one pass.

use crate::engine::case::date::Date;
use crate::engine::case::field::{Field, FieldPath};
use crate::engine::case::fixed::{Fixed, FixedError};
use crate::engine::case::model;
use crate::engine::case::number;
use crate::engine::case::{self, CaseFile, GradeSystem, GradeValue, Num, TestKind};
use crate::engine::explain;
use crate::engine::planning::calendar::Span;
use crate::engine::rules::grades::{Ects, FourLevel, Grade, GradeLevel};
use crate::lang::Lang;
use std::fmt;

/// One field that cannot be read, with its path and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub path: String,
    pub problem: Problem,
}

impl FieldError {
    /// What is wrong, in English (the language of the case file and of `assess`).
    pub fn message(&self) -> String {
        explain::problem(&self.problem, Lang::En)
    }

    /// The field in error; `None` for an error of the whole file or of a name the case file does
    /// not define (a shape error's path is serde's, not ours).
    pub fn field(&self) -> Option<FieldPath> {
        FieldPath::parse(&self.path)
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message())
        } else {
            write!(f, "{}: {}", self.path, self.message())
        }
    }
}

use crate::engine::case::problem::Problem;
use crate::engine::case::range::*;

/// Why a case file was rejected: every field error found, the first one first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseError {
    pub errors: Vec<FieldError>,
}

impl CaseError {
    fn one(path: impl Into<String>, problem: Problem) -> CaseError {
        CaseError {
            errors: vec![FieldError {
                path: path.into(),
                problem,
            }],
        }
    }
}

impl fmt::Display for CaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for CaseError {}

/// Parses and checks a case file. `today` stands in for a missing `assessed_on`.
pub fn parse(json: &str, today: Date) -> Result<model::Case, CaseError> {
    let file = read(json)?;
    check(&file, today)
}

/// Parses a case file's JSON into its wire form, checking the format and version first so that a
/// file of another kind gets that error, not one about its fields.
pub fn read(json: &str) -> Result<CaseFile, CaseError> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(json_error)?;
    read_value(&value)
}

/// Reads a case file from its JSON value, checking the format and version first.
pub fn read_value(value: &serde_json::Value) -> Result<CaseFile, CaseError> {
    let serde_json::Value::Object(object) = value else {
        return Err(CaseError::one("", Problem::NotAnObject));
    };
    check_header(object.get("format"), object.get("version"))?;
    case::json::case_file(value).map_err(|m| CaseError::one(m.path, Problem::Shape(m.shape)))
}

fn check_header(
    format: Option<&serde_json::Value>,
    version: Option<&serde_json::Value>,
) -> Result<(), CaseError> {
    let problem = match (format, version) {
        (None, _) => (Field::Format, Problem::FormatRequired),
        (Some(serde_json::Value::String(s)), _) if s != case::FORMAT => (
            Field::Format,
            Problem::NotACaseFile {
                found: format!("{s:?}"),
            },
        ),
        (Some(serde_json::Value::String(_)), None) => (Field::Version, Problem::VersionRequired),
        (Some(serde_json::Value::String(_)), Some(v)) => {
            if v.as_f64() == Some(f64::from(case::VERSION)) {
                return Ok(());
            }
            let found = v.to_string();
            match v {
                serde_json::Value::String(_) => (Field::Version, Problem::VersionText { found }),
                _ => (Field::Version, Problem::VersionUnsupported { found }),
            }
        }
        (Some(other), _) => (
            Field::Format,
            Problem::NotACaseFile {
                found: other.to_string(),
            },
        ),
    };
    Err(CaseError::one(
        FieldPath::from(problem.0).to_string(),
        problem.1,
    ))
}

fn json_error(e: serde_json::Error) -> CaseError {
    let text = e.to_string();
    // serde_json appends " at line L column C"; keep only what went wrong.
    let what = text
        .rsplit_once(" at line ")
        .map_or(text.as_str(), |(what, _)| what);
    CaseError::one(
        "",
        Problem::NotJson {
            line: e.line(),
            column: e.column(),
            what: what.to_owned(),
            ends_early: e.is_eof(),
        },
    )
}

/// The years a plan's dates may fall in (`docs/planning.md`).
const PLAN_YEARS: (Date, Date) = match (Date::new(2000, 1, 1), Date::new(2100, 12, 31)) {
    (Some(earliest), Some(latest)) => (earliest, latest),
    _ => panic!("bad date"),
};

#[derive(Default)]
struct Checker {
    errors: Vec<FieldError>,
}

impl Checker {
    fn fail(&mut self, path: FieldPath, problem: Problem) {
        self.errors.push(FieldError {
            path: path.to_string(),
            problem,
        });
    }

    fn number(&mut self, path: FieldPath, n: Option<Num>, r: &Range) -> Option<Fixed> {
        let raw = n?.0;
        match Fixed::from_f64(raw) {
            Ok(v) => match range_problem(v, r) {
                None => Some(v),
                Some(problem) => {
                    self.fail(path, problem);
                    None
                }
            },
            Err(e) => {
                let raw = number::show(raw);
                let problem = match e {
                    FixedError::TooPrecise => Problem::TooPrecise { raw },
                    FixedError::NotFinite | FixedError::TooLarge => Problem::NotUsable { raw },
                };
                self.fail(path, problem);
                None
            }
        }
    }

    /// A number checked against the range its schema row names.
    fn schema_number(&mut self, path: FieldPath, n: Option<Num>) -> Option<Fixed> {
        let range = path
            .field
            .range()
            .expect("a number's schema row names its range");
        self.number(path, n, range)
    }

    fn date(&mut self, path: FieldPath, s: &Option<String>) -> Option<Date> {
        let s = s.as_deref()?;
        let d = Date::parse(s);
        if d.is_none() {
            let text = s.to_owned();
            let problem = match Date::month_length_if_day_missing(s) {
                Some(month_length) => Problem::NoSuchDay { text, month_length },
                None => Problem::NotADate { text },
            };
            self.fail(path, problem);
        }
        d
    }

    /// A plan's date: a real date within [`PLAN_YEARS`].
    fn plan_date(&mut self, path: FieldPath, s: &Option<String>) -> Option<Date> {
        let date = self.date(path, s)?;
        let (earliest, latest) = PLAN_YEARS;
        if date < earliest || date > latest {
            self.fail(
                path,
                Problem::DateOutOfRange {
                    date,
                    earliest,
                    latest,
                },
            );
            return None;
        }
        Some(date)
    }

    /// A grade; errors of its value are reported at `at`, the grade's `value` field.
    fn grade(&mut self, at: FieldPath, g: &Option<case::Grade>) -> Option<Grade> {
        let g = g.as_ref()?;
        match (&g.system, &g.value) {
            (GradeSystem::Percentage, GradeValue::Number(n)) => self
                .number(at, Some(Num(*n)), &PERCENTAGE)
                .map(Grade::Percentage),
            (GradeSystem::Gpa4, GradeValue::Number(n)) => {
                self.number(at, Some(Num(*n)), &GPA4).map(Grade::Gpa4)
            }
            (GradeSystem::FiveLevel, GradeValue::Word(w)) => self
                .word(at, w, &GradeLevel::ALL, GradeLevel::word, g.system)
                .map(Grade::FiveLevel),
            (GradeSystem::FourLevel, GradeValue::Word(w)) => self
                .word(at, w, &FourLevel::ALL, FourLevel::letter, g.system)
                .map(Grade::FourLevel),
            (GradeSystem::Ects, GradeValue::Word(w)) => self
                .word(at, w, &Ects::ALL, Ects::letter, g.system)
                .map(Grade::Ects),
            (GradeSystem::Percentage | GradeSystem::Gpa4, GradeValue::Word(w)) => {
                let problem = Problem::NotANumber {
                    text: w.clone(),
                    system: g.system,
                };
                self.fail(at, problem);
                None
            }
            (_, GradeValue::Number(n)) => {
                let problem = Problem::NumberForWord {
                    value: number::show(*n),
                };
                self.fail(at, problem);
                None
            }
        }
    }

    fn word<T: Copy>(
        &mut self,
        path: FieldPath,
        w: &str,
        all: &[T],
        name: impl Fn(T) -> &'static str,
        system: GradeSystem,
    ) -> Option<T> {
        let found = all.iter().copied().find(|&g| name(g) == w);
        if found.is_none() {
            let problem = Problem::NotAGradeWord {
                text: w.to_owned(),
                system,
            };
            self.fail(path, problem);
        }
        found
    }
}

/// The first thing wrong with a number for its field, if any.
fn range_problem(v: Fixed, r: &Range) -> Option<Problem> {
    let scale = r.scale;
    if v < Fixed::ZERO && r.min >= Fixed::ZERO && scale.is_none() {
        Some(Problem::Negative { value: v })
    } else if v < r.min {
        Some(Problem::BelowMin {
            value: v,
            min: r.min,
            scale,
        })
    } else if r.positive && v == Fixed::ZERO {
        Some(Problem::Zero)
    } else if v > r.max {
        Some(Problem::AboveMax {
            value: v,
            max: r.max,
            scale,
        })
    } else if r.integer && !v.is_integer() {
        Some(Problem::NotWhole { value: v })
    } else {
        r.step
            .filter(|&step| !v.is_multiple_of(step))
            .map(|step| Problem::OffStep {
                value: v,
                step,
                scale,
            })
    }
}

/// Checks a parsed case file and builds the model the rules read.
pub fn check(file: &CaseFile, today: Date) -> Result<model::Case, CaseError> {
    let (case, errors) = check_partial(file, today);
    if errors.is_empty() {
        Ok(case)
    } else {
        Err(CaseError { errors })
    }
}

/// Checks a case file as a form holds it while it is being filled in: every field in error is
/// reported and left out of the model, as if not yet given, so the rules still run on the rest
/// (its findings show `missing` until the field is corrected).
pub fn check_partial(file: &CaseFile, today: Date) -> (model::Case, Vec<FieldError>) {
    let mut c = Checker::default();
    let assessed_on = c
        .date(Field::AssessedOn.into(), &file.assessed_on)
        .unwrap_or(today);
    let applicant = applicant(&mut c, &file.applicant);
    let origin = model::Origin {
        credit_hours: credit_hours(
            &mut c,
            [Field::OriginTheoryHours, Field::OriginPracticeHours],
            file.origin
                .credit_hours
                .as_ref()
                .map(|h| (h.theory, h.practice)),
        ),
        ects_region: file.origin.ects_region,
    };
    let program = model::Program {
        total_graduation_credits: c.schema_number(
            Field::ProgramTotalCredits.into(),
            file.program.total_graduation_credits,
        ),
        credit_hours: credit_hours(
            &mut c,
            [Field::ProgramTheoryHours, Field::ProgramPracticeHours],
            file.program
                .credit_hours
                .as_ref()
                .map(|h| (h.theory, h.practice)),
        ),
        literacy_credits_required: c.schema_number(
            Field::LiteracyRequired.into(),
            file.program.literacy_credits_required,
        ),
    };
    let courses = file
        .courses
        .iter()
        .enumerate()
        .map(|(i, course)| self::course(&mut c, i, course, assessed_on))
        .collect();
    let plan = plan(&mut c, file.plan.as_ref());
    let case = model::Case {
        assessed_on,
        applicant,
        origin,
        program,
        courses,
        plan,
    };
    (case, c.errors)
}

fn plan(c: &mut Checker, plan: Option<&case::Plan>) -> model::Plan {
    let Some(p) = plan else {
        return model::Plan::default();
    };
    let vacations = p
        .vacations
        .iter()
        .enumerate()
        .filter_map(|(i, v)| {
            let from = c.plan_date(FieldPath::item(Field::VacationFrom, i), &v.from);
            let to = c.plan_date(FieldPath::item(Field::VacationTo, i), &v.to);
            let (from, to) = (from?, to?);
            if to < from {
                c.fail(
                    FieldPath::item(Field::VacationTo, i),
                    Problem::EndsBeforeStart { from, to },
                );
                return None;
            }
            Some(Span { from, to })
        })
        .collect();
    model::Plan {
        semester_start: c.plan_date(Field::SemesterStart.into(), &p.semester_start),
        revocation_announced_on: c.plan_date(
            Field::RevocationAnnouncedOn.into(),
            &p.revocation_announced_on,
        ),
        submitted_on: c.plan_date(Field::SubmittedOn.into(), &p.submitted_on),
        vacations,
        informed_on: c.plan_date(Field::InformedOn.into(), &p.informed_on),
        tuition_per_year: c.schema_number(Field::TuitionPerYear.into(), p.tuition_per_year),
        archival_certificate_days: c
            .schema_number(
                Field::ArchivalCertificateDays.into(),
                p.archival_certificate_days,
            )
            .and_then(|days| u32::try_from(days.whole()).ok()),
        documents_ready: model::by_insertion(p.documents_ready.iter().copied()),
        russian_diploma: p.russian_diploma,
        cscse_done: model::by_insertion(p.cscse_done.iter().copied()),
    }
}

fn applicant(c: &mut Checker, a: &case::Applicant) -> model::Applicant {
    let exam = a.entrance_exam.clone().unwrap_or_default();
    let pg = a.postgraduate.clone().unwrap_or_default();
    let rd = a.revoked_details.clone().unwrap_or_default();
    let auth = a.authentication.clone().unwrap_or_default();
    let papers = pg.papers.as_ref().map(|papers| {
        papers
            .iter()
            .enumerate()
            .map(|(i, paper)| model::Paper {
                first_author: paper.first_author,
                wos_core: paper.wos_core,
                impact_factor: c.schema_number(
                    FieldPath::item(Field::PaperImpactFactor, i),
                    paper.impact_factor,
                ),
                relevant_field: paper.relevant_field,
            })
            .collect()
    });
    let mut applicant = model::Applicant {
        route: a.route,
        level: a.level,
        revoked: a.revoked,
        semesters_completed: c
            .schema_number(Field::SemestersCompleted.into(), a.semesters_completed)
            .map(|v| v.whole() as u32),
        in_final_year: a.in_final_year,
        status: a.status,
        disciplinary_record: a.disciplinary_record,
        reason: a.reason,
        receiving_major_has_quota: a.receiving_major_has_quota,
        special_enrollment: a.special_enrollment,
        from_lower_level: a.from_lower_level,
        explanatory_material: a.explanatory_material,
        entrance_score: c.schema_number(Field::EntranceScore.into(), exam.score),
        entrance_cutoff: c.schema_number(Field::EntranceCutoff.into(), exam.receiving_cutoff),
        performance: c.grade(Field::PerformanceValue.into(), &a.performance),
        admission_standard_not_lower: pg.admission_standard_not_lower,
        research_progress_certificate: pg.research_progress_certificate,
        papers,
        revocation_document: rd.revocation_document,
        completed_studies_certificate: rd.completed_studies_certificate,
        completed_credits: c.schema_number(Field::CompletedCredits.into(), rd.completed_credits),
        original_total_credits: c.schema_number(
            Field::OriginalTotalCredits.into(),
            rd.original_total_credits,
        ),
        authentication_body: auth.body,
        authentication_consistent: auth.consistent,
        language: language(c, a.language.as_ref()),
    };
    let ratio = (
        applicant.completed_credits,
        applicant.original_total_credits,
    );
    if let (Some(completed), Some(total)) = ratio {
        if completed > total {
            c.fail(
                Field::CompletedCredits.into(),
                Problem::MoreThanTotal { completed, total },
            );
            applicant.completed_credits = None;
        }
    }
    applicant
}

fn language(c: &mut Checker, l: Option<&case::Language>) -> model::Language {
    let Some(l) = l else {
        return model::Language::default();
    };
    let tests = l.tests.as_ref().map(|tests| {
        tests
            .iter()
            .enumerate()
            .filter_map(|(i, t)| language_test(c, i, t))
            .collect()
    });
    model::Language {
        teaching: l.major_teaching_language,
        english_speaking_country: l.english_speaking_country,
        exemption_certificate: l.exemption_certificate,
        tests,
    }
}

fn language_test(c: &mut Checker, i: usize, t: &case::LanguageTest) -> Option<model::LanguageTest> {
    let before = c.errors.len();
    let at = |field| FieldPath::item(field, i);
    if t.level.is_some() && t.test != TestKind::Hsk {
        c.fail(at(Field::TestLevel), Problem::NoLevel { test: t.test });
    }
    if t.sections.is_some() && matches!(t.test, TestKind::Pte | TestKind::Hsk) {
        c.fail(
            at(Field::TestSections),
            Problem::SectionsNotUsed { test: t.test },
        );
    }
    let test = match t.test {
        TestKind::Ielts => model::LanguageTest::Ielts {
            overall: c.number(at(Field::TestOverall), t.overall, &IELTS),
            sections: sections(c, i, t.sections.as_deref(), &IELTS, t.test),
        },
        TestKind::ToeflIbt => model::LanguageTest::ToeflIbt {
            overall: c.number(at(Field::TestOverall), t.overall, &TOEFL),
            sections: sections(c, i, t.sections.as_deref(), &TOEFL_SECTION, t.test),
        },
        TestKind::Pte => model::LanguageTest::Pte {
            overall: c.number(at(Field::TestOverall), t.overall, &PTE),
        },
        TestKind::Hsk => {
            // The total score is accepted for completeness; the level is what A4.4.2.b names.
            c.number(at(Field::TestOverall), t.overall, &HSK_SCORE);
            model::LanguageTest::Hsk {
                level: c
                    .number(at(Field::TestLevel), t.level, &HSK_LEVEL)
                    .map(|v| v.whole() as u8),
            }
        }
    };
    (c.errors.len() == before).then_some(test)
}

/// Listening, reading, writing and speaking, in any order.
fn sections(
    c: &mut Checker,
    test_index: usize,
    given: Option<&[Num]>,
    r: &Range,
    test: TestKind,
) -> Option<[Fixed; 4]> {
    let given = given?;
    if given.len() != 4 {
        let problem = Problem::SectionCount {
            test,
            given: given.len(),
        };
        c.fail(FieldPath::item(Field::TestSections, test_index), problem);
        return None;
    }
    let mut out = [Fixed::ZERO; 4];
    let mut ok = true;
    for (i, (slot, n)) in out.iter_mut().zip(given).enumerate() {
        match c.number(FieldPath::section(test_index, i), Some(*n), r) {
            Some(v) => *slot = v,
            None => ok = false,
        }
    }
    ok.then_some(out)
}

/// Hours per credit, with the fields of its theory and practice standards.
/// Class hours per credit, theory then practice, each checked under its own field.
fn credit_hours(
    c: &mut Checker,
    [theory, practice]: [Field; 2],
    hours: Option<(Option<Num>, Option<Num>)>,
) -> model::CreditHours {
    let Some((theory_hours, practice_hours)) = hours else {
        return model::CreditHours::default();
    };
    model::CreditHours {
        theory: c.schema_number(theory.into(), theory_hours),
        practice: c.schema_number(practice.into(), practice_hours),
    }
}

fn course(c: &mut Checker, i: usize, k: &case::Course, assessed_on: Date) -> model::Course {
    let at = |field| FieldPath::course(i, field);
    let mut completed_on = c.date(at(Field::CourseCompletedOn), &k.completed_on);
    if let Some(d) = completed_on.take_if(|d| *d > assessed_on) {
        let problem = Problem::AfterAssessment {
            date: d,
            assessed_on,
        };
        c.fail(at(Field::CourseCompletedOn), problem);
    }
    let matched = k.matched.as_ref().map(|m| model::Match {
        title: m.title.clone(),
        credits: c.schema_number(at(Field::CourseMatchCredits), m.credits),
        hours: c.schema_number(at(Field::CourseMatchHours), m.hours),
        nature: m.nature,
        overlap: c.schema_number(at(Field::CourseMatchOverlap), m.overlap),
    });
    model::Course {
        title: k.title.clone().unwrap_or_default(),
        credits: c.schema_number(at(Field::CourseCredits), k.credits),
        credit_unit: k.credit_unit.unwrap_or_default(),
        kind: k.kind.unwrap_or_default(),
        nature: k.nature,
        grade: c.grade(at(Field::CourseGradeValue), &k.grade),
        hours: c.schema_number(at(Field::CourseHours), k.hours),
        weekly_hours: c.schema_number(at(Field::CourseWeeklyHours), k.weekly_hours),
        weeks: c.schema_number(at(Field::CourseWeeks), k.weeks),
        completed_on,
        retake: k.retake.unwrap_or(false),
        official_transcript: k.official_transcript,
        translated_or_official_language: k.translated_or_official_language,
        regular_institution: k.regular_institution,
        continuous_study: k.continuous_study.unwrap_or(false),
        failed_before_revocation: k.failed_before_revocation.unwrap_or(false),
        practice_certificate: k.practice_certificate.unwrap_or(false),
        literacy: k.literacy.as_ref().map(|l| model::Literacy {
            category: l.category,
            content_ok: l.content_ok,
            assessment_ok: l.assessment_ok,
        }),
        matched,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 9, 1).unwrap()
    }

    fn err(json: &str) -> String {
        parse(json, today()).unwrap_err().to_string()
    }

    const HEAD: &str = r#""format": "transfer-check/case", "version": 1"#;

    #[test]
    fn the_header_comes_first() {
        assert_eq!(
            err("{}"),
            "format: required; a case file starts with \"format\": \"transfer-check/case\""
        );
        assert_eq!(
            err(r#"{"format": "x", "version": 1, "bogus": 1}"#),
            "format: \"x\" is not a case file; expected \"transfer-check/case\""
        );
        assert_eq!(
            err(
                r#"{"format": "transfer-check/case", "version": 2, "applicant": {"new_field": 1}}"#
            ),
            "version: 2 is not supported; this tool reads version 1"
        );
    }

    #[test]
    fn malformed_json_says_where() {
        let e = err("{\n  \"format\": \"transfer-check/case\",\n  \"version\": 1,,\n}");
        assert!(e.starts_with("not valid JSON: line 3, column"), "{e}");
        assert!(err("{\"format\":").contains("ends too early"));
    }

    #[test]
    fn ranges_name_the_field() {
        let json = format!(
            r#"{{{HEAD}, "courses": [{{}}, {{}}, {{"grade": {{"system": "percentage", "value": 130}}}}]}}"#
        );
        assert_eq!(
            err(&json),
            "courses[2].grade.value: 130 is above the percentage scale's maximum of 100"
        );
        let json = format!(r#"{{{HEAD}, "courses": [{{"credits": -4}}]}}"#);
        assert_eq!(err(&json), "courses[0].credits: -4 is negative");
        let json = format!(r#"{{{HEAD}, "courses": [{{"match": {{"overlap": 1.2}}}}]}}"#);
        assert_eq!(
            err(&json),
            "courses[0].match.overlap: 1.2 is above the overlap rate's maximum of 1"
        );
    }

    #[test]
    fn unknown_words_and_fields_are_named() {
        let json = format!(r#"{{{HEAD}, "applicant": {{"route": "moon"}}}}"#);
        let e = err(&json);
        assert!(
            e.starts_with("applicant.route: unknown value `moon`, expected one of"),
            "{e}"
        );
        let json = format!(r#"{{{HEAD}, "applicant": {{"semester_completed": 2}}}}"#);
        let e = err(&json);
        assert!(
            e.starts_with("applicant.semester_completed: unknown field"),
            "{e}"
        );
    }

    #[test]
    fn all_errors_are_reported_together() {
        let json = format!(
            r#"{{{HEAD}, "applicant": {{"performance": {{"system": "gpa4", "value": 4.3}},
               "language": {{"tests": [{{"test": "ielts", "overall": 6.3, "sections": [6, 6, 6]}}]}}}},
               "courses": [{{"grade": {{"system": "five_level", "value": "Great"}}, "completed_on": "2027-01-01"}}]}}"#
        );
        let e = parse(&json, today()).unwrap_err();
        let paths: Vec<&str> = e.errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "applicant.performance.value",
                "applicant.language.tests[0].overall",
                "applicant.language.tests[0].sections",
                "courses[0].completed_on",
                "courses[0].grade.value",
            ]
        );
        assert_eq!(
            e.errors[1].message(),
            "6.3 is not on the IELTS band scale's steps of 0.5"
        );
    }

    #[test]
    fn a_form_in_progress_is_checked_without_its_bad_fields() {
        let json = format!(
            r#"{{{HEAD}, "assessed_on": "2026-09-01",
               "applicant": {{"semesters_completed": 2, "performance": {{"system": "percentage", "value": 130}},
                             "revoked_details": {{"completed_credits": 200, "original_total_credits": 160}}}},
               "courses": [{{"credits": 4, "completed_on": "2027-01-01"}}]}}"#
        );
        let (case, errors) = check_partial(&read(&json).unwrap(), today());
        let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "applicant.performance.value",
                // Checked once both numbers are read.
                "applicant.revoked_details.completed_credits",
                "courses[0].completed_on",
            ]
        );
        assert_eq!(case.applicant.semesters_completed, Some(2));
        assert_eq!(case.applicant.performance, None);
        assert_eq!(case.applicant.completed_credits, None);
        assert_eq!(case.courses[0].completed_on, None);
        assert_eq!(case.courses[0].credits, Some(Fixed::int(4)));
    }

    #[test]
    fn problems_are_phrased_in_chinese_too() {
        let json = format!(
            r#"{{{HEAD}, "courses": [{{"grade": {{"system": "percentage", "value": 130}}}}]}}"#
        );
        let e = parse(&json, today()).unwrap_err();
        assert_eq!(
            explain::problem(&e.errors[0].problem, Lang::Zh),
            "130 超过百分制的最大值 100"
        );
    }

    #[test]
    fn errors_know_their_field() {
        let json = format!(
            r#"{{{HEAD}, "applicant": {{"language": {{"tests": [{{"test": "ielts", "overall": 6, "sections": [6, 6, 6.2, 6]}}]}}}},
               "courses": [{{}}, {{"grade": {{"system": "gpa4", "value": 5}}}}]}}"#
        );
        let e = parse(&json, today()).unwrap_err();
        let fields: Vec<Option<FieldPath>> = e.errors.iter().map(FieldError::field).collect();
        assert_eq!(
            fields,
            [
                Some(FieldPath::section(0, 2)),
                Some(FieldPath::course(1, Field::CourseGradeValue)),
            ]
        );
        let header = parse("{}", today()).unwrap_err();
        assert_eq!(header.errors[0].field(), Some(Field::Format.into()));
        let shape = parse(&format!(r#"{{{HEAD}, "bogus": 1}}"#), today()).unwrap_err();
        assert_eq!(shape.errors[0].field(), None);
    }

    #[test]
    fn a_minimal_case_is_valid() {
        let case = parse(&format!("{{{HEAD}}}"), today()).unwrap();
        assert_eq!(case.assessed_on, today());
        assert!(case.courses.is_empty());
    }
}
