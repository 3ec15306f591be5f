//! Reading a case file: JSON -> [`case::CaseFile`] -> checked [`model::Case`]. Errors name the field's
//! path (`courses[2].grade.value`) and say what is wrong in a sentence; nothing is clamped silently.
//! A file's shape (JSON syntax, field names, types, enum words) is checked first and its first error
//! reported; then every value is checked and all their errors are reported at once, so a form can mark
//! all its fields in one pass.

use crate::engine::case::date::Date;
use crate::engine::case::field::FieldPath;
use crate::engine::case::fixed::{Fixed, FixedError};
use crate::engine::case::model;
use crate::engine::case::number;
use crate::engine::case::Field;
use crate::engine::case::{self, CaseFile, GradeSystem, GradeValue, Num, TestKind};
use crate::engine::catalog::Catalog;
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
    parse_with(json, today, None)
}

/// Parses and checks a case file, and against the catalogue where one is given.
pub fn parse_with(
    json: &str,
    today: Date,
    catalog: Option<&Catalog>,
) -> Result<model::Case, CaseError> {
    let file = read(json)?;
    check_with(&file, today, catalog)
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

/// Collects the errors of a case's fields while it is checked into the model.
#[derive(Default)]
pub struct Checker {
    errors: Vec<FieldError>,
}

/// A part of the case file checked into its part of the model (the schema derives it for each part
/// marked `checked`).
pub trait Check {
    type Checked;
    fn check(&self, c: &mut Checker, at: Place) -> Self::Checked;
}

/// Where a part is checked: the list item it belongs to, and the day of the assessment that dates
/// are compared with.
#[derive(Clone, Copy, Debug)]
pub struct Place {
    pub index: usize,
    pub assessed_on: Date,
}

impl Place {
    /// Item `index` of a list.
    pub fn item(self, index: usize) -> Place {
        Place { index, ..self }
    }

    /// The path of a field of this part.
    pub fn of(self, field: Field) -> FieldPath {
        match field.list() {
            Some(_) => FieldPath::item(field, self.index),
            None => field.into(),
        }
    }
}

impl Checker {
    fn fail(&mut self, path: FieldPath, problem: Problem) {
        self.errors.push(FieldError {
            path: path.to_string(),
            problem,
        });
    }

    fn number(&mut self, path: FieldPath, n: Option<Num>, r: &Range) -> Option<Fixed> {
        self.kept(path, checked_number(n?.0, r))
    }

    /// The value, or nothing with its problem recorded at `path`.
    fn kept<T>(&mut self, path: FieldPath, checked: Result<T, Problem>) -> Option<T> {
        checked.map_err(|problem| self.fail(path, problem)).ok()
    }

    /// A number checked against the range its schema row names.
    pub fn schema_number(&mut self, path: FieldPath, n: Option<Num>) -> Option<Fixed> {
        let range = path
            .field
            .range()
            .expect("a number's schema row names its range");
        self.number(path, n, range)
    }

    /// A course's completion day: a real date, not after the day of the assessment.
    pub fn completion_date(
        &mut self,
        path: FieldPath,
        s: &Option<String>,
        assessed_on: Date,
    ) -> Option<Date> {
        let mut date = self.date(path, s);
        if let Some(d) = date.take_if(|d| *d > assessed_on) {
            self.fail(
                path,
                Problem::AfterAssessment {
                    date: d,
                    assessed_on,
                },
            );
        }
        date
    }

    pub fn date(&mut self, path: FieldPath, s: &Option<String>) -> Option<Date> {
        self.kept(path, checked_date(s.as_deref()?))
    }

    /// Ids each given once; a list with one given twice, named at its second place, is left out.
    pub fn distinct(&mut self, path: FieldPath, ids: &Option<Vec<String>>) -> Option<Vec<String>> {
        let ids = ids.as_ref()?;
        let mut ok = true;
        for (at, id) in ids.iter().enumerate() {
            if let Some(first) = ids[..at].iter().position(|earlier| earlier == id) {
                let problem = Problem::GivenTwice {
                    id: id.clone(),
                    first,
                };
                self.fail(path.element(at), problem);
                ok = false;
            }
        }
        ok.then(|| ids.clone())
    }

    /// A plan's date: a real date within [`PLAN_YEARS`].
    pub fn plan_date(&mut self, path: FieldPath, s: &Option<String>) -> Option<Date> {
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
    pub fn grade(&mut self, at: FieldPath, g: &Option<case::Grade>) -> Option<Grade> {
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

/// A number as a field of range `r` takes it: exact to three decimal places and within the range;
/// else the first thing wrong with it.
pub fn checked_number(raw: f64, r: &Range) -> Result<Fixed, Problem> {
    match Fixed::from_f64(raw) {
        Ok(v) => range_problem(v, r).map_or(Ok(v), Err),
        Err(e) => {
            let raw = number::show(raw);
            Err(match e {
                FixedError::TooPrecise => Problem::TooPrecise { raw },
                FixedError::NotFinite | FixedError::TooLarge => Problem::NotUsable { raw },
            })
        }
    }
}

/// A real date written `YYYY-MM-DD`, or what is wrong with the text.
pub fn checked_date(s: &str) -> Result<Date, Problem> {
    Date::parse(s).ok_or_else(|| {
        let text = s.to_owned();
        match Date::month_length_if_day_missing(s) {
            Some(month_length) => Problem::NoSuchDay { text, month_length },
            None => Problem::NotADate { text },
        }
    })
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
    check_with(file, today, None)
}

/// Checks a parsed case file, and against the catalogue where one is given.
pub fn check_with(
    file: &CaseFile,
    today: Date,
    catalog: Option<&Catalog>,
) -> Result<model::Case, CaseError> {
    let (case, mut errors) = check_partial(file, today);
    if let Some(catalog) = catalog {
        errors.extend(against_catalog(&case, catalog));
    }
    if errors.is_empty() {
        Ok(case)
    } else {
        Err(CaseError { errors })
    }
}

/// What a case says of its chosen programme that the catalogue contradicts (`docs/catalog.md`,
/// section 3): a receiving course the programme does not have, a knowledge point that course does
/// not have. A programme the catalogue does not have is no error: the case's own figures are used.
pub fn against_catalog(case: &model::Case, catalog: &Catalog) -> Vec<FieldError> {
    let Some(programme) = catalog.chosen(&case.program) else {
        return Vec::new();
    };
    let mut c = Checker::default();
    for (i, course) in case.courses.iter().enumerate() {
        let Some(code) = course.matched.as_ref().and_then(|m| m.code.as_ref()) else {
            continue;
        };
        let Some(receiving) = programme.course(code) else {
            let problem = Problem::NotInProgramme {
                code: code.clone(),
                programme: programme.id.clone(),
            };
            c.fail(FieldPath::course(i, Field::CourseMatchCode), problem);
            continue;
        };
        let covered = course.matched.as_ref().and_then(|m| m.covered.as_ref());
        for (at, id) in covered.into_iter().flatten().enumerate() {
            if receiving.knowledge_point(id).is_none() {
                let path = FieldPath::course(i, Field::CourseMatchCovered).element(at);
                let problem = Problem::NotAKnowledgePoint {
                    id: id.clone(),
                    course: code.clone(),
                };
                c.fail(path, problem);
            }
        }
    }
    c.errors
}

/// Checks a case file as a form holds it while it is being filled in: every field in error is
/// reported and left out of the model, as if not yet given, so the rules still run on the rest
/// (its findings show `missing` until the field is corrected).
pub fn check_partial(file: &CaseFile, today: Date) -> (model::Case, Vec<FieldError>) {
    let mut c = Checker::default();
    let assessed_on = c
        .date(Field::AssessedOn.into(), &file.assessed_on)
        .unwrap_or(today);
    let at = Place {
        index: 0,
        assessed_on,
    };
    let mut applicant = file.applicant.check(&mut c, at);
    completed_within_total(&mut c, &mut applicant.revoked_details);
    let mut plan: model::Plan = file
        .plan
        .as_ref()
        .map_or_else(Default::default, |p| p.check(&mut c, at));
    told_after_handing_in(&mut c, &mut plan);
    let case = model::Case {
        assessed_on,
        applicant,
        origin: file.origin.check(&mut c, at),
        program: file.program.check(&mut c, at),
        courses: file
            .courses
            .iter()
            .enumerate()
            .map(|(i, course)| course.check(&mut c, at.item(i)))
            .collect(),
        plan,
    };
    (case, c.errors)
}

/// A result is told after the materials are handed in: the objection dates (A14) count from the day
/// told, and counting them from a day before the hand-in would date objections before there was
/// anything to object to. The day told is left out until one of the two is corrected.
fn told_after_handing_in(c: &mut Checker, plan: &mut model::Plan) {
    if let (Some(informed), Some(submitted)) = (plan.informed_on, plan.submitted_on) {
        if informed < submitted {
            c.fail(
                Field::InformedOn.into(),
                Problem::ToldBeforeHandedIn {
                    informed,
                    submitted,
                },
            );
            plan.informed_on = None;
        }
    }
}

/// Credits completed cannot exceed the total they are a share of (A4.3.1.c).
fn completed_within_total(c: &mut Checker, rd: &mut model::RevokedDetails) {
    if let (Some(completed), Some(total)) = (rd.completed_credits, rd.original_total_credits) {
        if completed > total {
            c.fail(
                Field::CompletedCredits.into(),
                Problem::MoreThanTotal { completed, total },
            );
            rd.completed_credits = None;
        }
    }
}

/// A vacation ends on or after its first day; one that does not, or whose days are not dates, is left
/// out.
impl Check for case::Vacation {
    type Checked = Option<Span>;
    fn check(&self, c: &mut Checker, at: Place) -> Option<Span> {
        let from = c.plan_date(at.of(Field::VacationFrom), &self.from);
        let to = c.plan_date(at.of(Field::VacationTo), &self.to);
        let (from, to) = (from?, to?);
        if to < from {
            c.fail(
                at.of(Field::VacationTo),
                Problem::EndsBeforeStart { from, to },
            );
            return None;
        }
        Some(Span { from, to })
    }
}

impl Check for case::OriginHours {
    type Checked = model::CreditHours;
    fn check(&self, c: &mut Checker, _: Place) -> model::CreditHours {
        credit_hours(
            c,
            [Field::OriginTheoryHours, Field::OriginPracticeHours],
            (self.theory, self.practice),
        )
    }
}

impl Check for case::ProgramHours {
    type Checked = model::CreditHours;
    fn check(&self, c: &mut Checker, _: Place) -> model::CreditHours {
        credit_hours(
            c,
            [Field::ProgramTheoryHours, Field::ProgramPracticeHours],
            (self.theory, self.practice),
        )
    }
}

/// A test's scores, checked on its own scale; a test with any score in error is left out.
impl Check for case::LanguageTest {
    type Checked = Option<model::LanguageTest>;
    fn check(&self, c: &mut Checker, at: Place) -> Option<model::LanguageTest> {
        language_test(c, at.index, self)
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
    (theory_hours, practice_hours): (Option<Num>, Option<Num>),
) -> model::CreditHours {
    model::CreditHours {
        theory: c.schema_number(theory.into(), theory_hours),
        practice: c.schema_number(practice.into(), practice_hours),
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
                // In the order the case file and the form hold a course's fields.
                "courses[0].grade.value",
                "courses[0].completed_on",
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
        assert_eq!(case.applicant.revoked_details.completed_credits, None);
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
