//! The questions of the check, as one table: which field each asks, on which page and under which
//! heading, what kind of answer it takes, how its answer is read from and written to the case file, and
//! when it is asked. The pages, the check-your-answers summary, the page overview, the error summary and
//! the reducer all read this table; a new question is a new row (and its words in `text`).

use crate::app::route::Page;
use crate::engine::case::answer::{self, Answer, Opt};
use crate::engine::case::field::FieldPath;
use crate::engine::case::Field;
use crate::engine::case::{
    Body, CaseFile, CourseKind, CreditUnit, EctsRegion, Level, Literacy, LiteracyCategory, Match,
    Nature, Reason, Route, Status, TeachingLanguage, TestKind,
};
use crate::engine::rules::courses;
use crate::engine::rules::eligibility::{Condition, Detail, Fact};
use crate::engine::rules::policy::Policy;
use crate::engine::Assessment;

/// What a question's control looks like and what it takes.
#[derive(Clone, Copy, Debug)]
pub enum Control {
    YesNo,
    /// A number, in a box about this many characters wide.
    Number(Width),
    Date,
    Text,
    Radios {
        options: fn(&CaseFile, &Policy) -> Vec<Opt>,
        inline: bool,
    },
    Select {
        options: fn(&CaseFile, &Policy) -> Vec<Opt>,
    },
    /// A grading system and a value in it.
    Grade,
    /// A tick box that switches a part of a course on (literacy, matched course).
    Part,
    /// Whether a list (papers, tests) has items: "no" keeps an empty list, "yes" starts one.
    HasItems,
    /// A test's four section scores.
    Sections,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Width {
    Narrow,
    Short,
    Medium,
}

/// The headings questions are grouped under on their page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    Status,
    Average,
    EntranceExam,
    Postgraduate,
    Paper,
    Revoked,
    Authentication,
    Language,
    Test,
    Origin,
    CourseFacts,
    CourseEvidence,
    CourseLiteracy,
    CourseMatch,
    Programme,
    /// The dates and amounts of the plan.
    Plan,
    /// A vacation's first and last day.
    Vacation,
    /// What the CSCSE guide's start-by day counts: the mail's days.
    Cscse,
    /// Where the diploma to certify is from.
    Diploma,
}

/// What a question may look at to decide whether it is asked.
pub struct Ask<'a> {
    pub case: &'a CaseFile,
    pub assessment: &'a Assessment,
    /// The list item, for questions about an item (a course, a paper, a test).
    pub index: usize,
}

pub struct Question {
    pub field: Field,
    pub page: Page,
    pub group: Group,
    pub kind: Control,
    /// How its answer is read and written: through the schema, or by the question's own functions.
    pub access: Access,
    pub shown: fn(&Ask) -> bool,
}

/// How a question reads and writes its answer.
#[derive(Clone, Copy)]
pub enum Access {
    /// As the schema reads and writes its field (`case::answer`).
    Field,
    /// By functions of its own, for an answer that is not one field's value: whether a part or a list
    /// is there, or a test's kind, which starts the test again.
    Own {
        get: fn(&CaseFile, usize) -> Option<Answer>,
        set: fn(&mut CaseFile, usize, Option<Answer>),
    },
}

impl Question {
    /// The answer for item `index` of its list (0 for a question of no list).
    pub fn get(&self, case: &CaseFile, index: usize) -> Option<Answer> {
        match self.access {
            Access::Field => answer::get(case, self.at(index)),
            Access::Own { get, .. } => get(case, index),
        }
    }

    /// Writes the answer for item `index` of its list.
    pub fn set(&self, case: &mut CaseFile, index: usize, answer: Option<Answer>) {
        match self.access {
            Access::Field => answer::set(case, self.at(index), answer),
            Access::Own { set, .. } => set(case, index, answer),
        }
    }

    /// Where this question's answer is, for item `index` of its list.
    pub fn at(&self, index: usize) -> FieldPath {
        match self.field.list() {
            Some(_) => FieldPath::item(self.field, index),
            None => self.field.into(),
        }
    }
}

fn always(_: &Ask) -> bool {
    true
}

/// Whether the engine says a condition concerns the applicant, so its questions are asked: not when it
/// does not apply, and not while the route, level or revocation that decide that are unknown.
pub fn concerns(assessment: &Assessment, condition: Condition) -> bool {
    assessment
        .findings
        .iter()
        .find(|f| f.condition == condition)
        .is_some_and(|f| match &f.detail {
            Detail::NotApplicable { .. } => false,
            Detail::Missing { fact } => !matches!(fact, Fact::Route | Fact::Level | Fact::Revoked),
            _ => true,
        })
}

/// The questions whose answer is not one field's value.
mod own {
    use super::*;
    use crate::engine::case::{LanguageTest, Paper, Vacation};

    fn pg(c: &mut CaseFile) -> &mut crate::engine::case::Postgraduate {
        c.applicant
            .postgraduate
            .get_or_insert_with(Default::default)
    }
    fn lang(c: &mut CaseFile) -> &mut crate::engine::case::Language {
        c.applicant.language.get_or_insert_with(Default::default)
    }

    pub fn vacations_mut(c: &mut CaseFile) -> &mut Vec<Vacation> {
        &mut c.plan.get_or_insert_with(Default::default).vacations
    }

    /// "Do you have papers / test results?": `None` forgets the list, no keeps it empty, yes starts it.
    pub fn has_papers(c: &CaseFile, _: usize) -> Option<Answer> {
        let papers = c.applicant.postgraduate.as_ref()?.papers.as_ref()?;
        Some(Answer::Bool(!papers.is_empty()))
    }
    pub fn set_has_papers(c: &mut CaseFile, _: usize, a: Option<Answer>) {
        let papers = &mut pg(c).papers;
        match a {
            Some(Answer::Bool(false)) => *papers = Some(Vec::new()),
            Some(Answer::Bool(true)) if papers.as_ref().is_none_or(Vec::is_empty) => {
                *papers = Some(vec![Default::default()])
            }
            Some(_) => {}
            None => *papers = None,
        }
    }
    pub fn has_tests(c: &CaseFile, _: usize) -> Option<Answer> {
        let tests = c.applicant.language.as_ref()?.tests.as_ref()?;
        Some(Answer::Bool(!tests.is_empty()))
    }
    pub fn set_has_tests(c: &mut CaseFile, _: usize, a: Option<Answer>) {
        let tests = &mut lang(c).tests;
        match a {
            Some(Answer::Bool(false)) => *tests = Some(Vec::new()),
            Some(Answer::Bool(true)) if tests.as_ref().is_none_or(Vec::is_empty) => {
                *tests = Some(vec![super::new_test(TestKind::Ielts)])
            }
            Some(_) => {}
            None => *tests = None,
        }
    }

    pub fn papers_mut(c: &mut CaseFile) -> &mut Vec<Paper> {
        pg(c).papers.get_or_insert_with(Vec::new)
    }
    pub fn tests_mut(c: &mut CaseFile) -> &mut Vec<LanguageTest> {
        lang(c).tests.get_or_insert_with(Vec::new)
    }

    pub fn test(c: &CaseFile, i: usize) -> Option<&LanguageTest> {
        LanguageTest::reach(c, i)
    }
    pub fn test_mut(c: &mut CaseFile, i: usize) -> Option<&mut LanguageTest> {
        LanguageTest::reach_mut(c, i)
    }
    pub fn test_kind(c: &CaseFile, i: usize) -> Option<Answer> {
        Some(Answer::Choice(Opt::Test(test(c, i)?.test)))
    }
    pub fn set_test_kind(c: &mut CaseFile, i: usize, a: Option<Answer>) {
        if let (Some(t), Some(Answer::Choice(Opt::Test(kind)))) = (test_mut(c, i), a) {
            // Scores of one test mean nothing on another's scale.
            *t = super::new_test(kind);
        }
    }
    /// The sections are written by the sections control itself (all four or none).
    pub fn no_answer(_: &CaseFile, _: usize) -> Option<Answer> {
        None
    }
    pub fn ignore(_: &mut CaseFile, _: usize, _: Option<Answer>) {}

    /// Whether a course has a part (its literacy details, its matched course): the tick box that
    /// switches it on.
    pub fn c_literacy(c: &CaseFile, i: usize) -> Option<Answer> {
        Some(Answer::Bool(c.courses.get(i)?.literacy.is_some()))
    }
    pub fn set_c_literacy(c: &mut CaseFile, i: usize, a: Option<Answer>) {
        if let Some(k) = c.courses.get_mut(i) {
            k.literacy = (a == Some(Answer::Bool(true))).then(Literacy::default);
        }
    }
    pub fn c_match(c: &CaseFile, i: usize) -> Option<Answer> {
        Some(Answer::Bool(c.courses.get(i)?.matched.is_some()))
    }
    pub fn set_c_match(c: &mut CaseFile, i: usize, a: Option<Answer>) {
        if let Some(k) = c.courses.get_mut(i) {
            k.matched = (a == Some(Answer::Bool(true))).then(Match::default);
        }
    }
}

/// A new test result of a kind, with no scores yet.
pub fn new_test(test: TestKind) -> crate::engine::case::LanguageTest {
    crate::engine::case::LanguageTest {
        test,
        overall: None,
        sections: None,
        level: None,
    }
}

fn routes(_: &CaseFile, _: &Policy) -> Vec<Opt> {
    [
        Route::Mainland,
        Route::Hmt,
        Route::SinoForeign,
        Route::International,
    ]
    .map(Opt::Route)
    .to_vec()
}
fn levels(_: &CaseFile, _: &Policy) -> Vec<Opt> {
    [Level::Undergraduate, Level::Master, Level::Doctoral]
        .map(Opt::Level)
        .to_vec()
}
fn reasons(_: &CaseFile, _: &Policy) -> Vec<Opt> {
    [
        Reason::Health,
        Reason::Family,
        Reason::Academic,
        Reason::Revoked,
    ]
    .map(Opt::Reason)
    .to_vec()
}
fn statuses(_: &CaseFile, _: &Policy) -> Vec<Opt> {
    [
        Status::Normal,
        Status::Suspended,
        Status::AdmissionRetained,
        Status::ExpulsionProposed,
        Status::Expelled,
    ]
    .map(Opt::Status)
    .to_vec()
}
/// The bodies the Measures accept for the route (R13), and "another body" for everything else.
fn bodies(c: &CaseFile, policy: &Policy) -> Vec<Opt> {
    let listed = c
        .applicant
        .route
        .map_or(&[][..], |route| policy.bodies_for(route).value);
    listed
        .iter()
        .chain([&Body::Other])
        .map(|&b| Opt::Body(b))
        .collect()
}
fn teaching(_: &CaseFile, _: &Policy) -> Vec<Opt> {
    [TeachingLanguage::English, TeachingLanguage::Chinese]
        .map(Opt::Teaching)
        .to_vec()
}
fn test_kinds(_: &CaseFile, _: &Policy) -> Vec<Opt> {
    [
        TestKind::Ielts,
        TestKind::ToeflIbt,
        TestKind::Pte,
        TestKind::Hsk,
    ]
    .map(Opt::Test)
    .to_vec()
}
fn regions(_: &CaseFile, _: &Policy) -> Vec<Opt> {
    [EctsRegion::Eu, EctsRegion::NonEu]
        .map(Opt::Region)
        .to_vec()
}
fn units(_: &CaseFile, _: &Policy) -> Vec<Opt> {
    [CreditUnit::Local, CreditUnit::Ects]
        .map(Opt::Unit)
        .to_vec()
}
fn kinds(_: &CaseFile, _: &Policy) -> Vec<Opt> {
    [
        CourseKind::Theory,
        CourseKind::Practice,
        CourseKind::Internship,
    ]
    .map(Opt::Kind)
    .to_vec()
}
fn natures(_: &CaseFile, _: &Policy) -> Vec<Opt> {
    [Nature::Compulsory, Nature::Elective]
        .map(Opt::Nature)
        .to_vec()
}
fn categories(_: &CaseFile, _: &Policy) -> Vec<Opt> {
    [
        LiteracyCategory::GlobalCitizenship,
        LiteracyCategory::Ethics,
        LiteracyCategory::Intercultural,
        LiteracyCategory::Sustainability,
    ]
    .map(Opt::Category)
    .to_vec()
}

// When questions are asked: the engine's findings decide, through `concerns`.
fn entrance_exam(a: &Ask) -> bool {
    concerns(a.assessment, Condition::EntranceExam)
}
fn postgraduate(a: &Ask) -> bool {
    a.case.applicant.level.is_some_and(Level::is_postgraduate)
}
fn admission(a: &Ask) -> bool {
    postgraduate(a) && concerns(a.assessment, Condition::AdmissionStandard)
}
fn doctoral(a: &Ask) -> bool {
    a.case.applicant.level == Some(Level::Doctoral)
}
fn revoked(a: &Ask) -> bool {
    concerns(a.assessment, Condition::RevokedRatio)
}
fn research(a: &Ask) -> bool {
    revoked(a) && concerns(a.assessment, Condition::ResearchProgress)
}
fn route_known(a: &Ask) -> bool {
    a.case.applicant.route.is_some()
}
fn language(a: &Ask) -> bool {
    concerns(a.assessment, Condition::Language)
}
fn teaching_language(a: &Ask) -> Option<TeachingLanguage> {
    a.case
        .applicant
        .language
        .as_ref()
        .and_then(|l| l.major_teaching_language)
}
fn english_taught(a: &Ask) -> bool {
    language(a) && teaching_language(a) == Some(TeachingLanguage::English)
}
fn teaching_known(a: &Ask) -> bool {
    language(a) && teaching_language(a).is_some()
}
fn test_is(a: &Ask, kinds: &[TestKind]) -> bool {
    own::test(a.case, a.index).is_some_and(|t| kinds.contains(&t.test))
}
fn scored_overall(a: &Ask) -> bool {
    test_is(a, &[TestKind::Ielts, TestKind::ToeflIbt, TestKind::Pte])
}
fn has_sections(a: &Ask) -> bool {
    test_is(a, &[TestKind::Ielts, TestKind::ToeflIbt])
}
fn hsk(a: &Ask) -> bool {
    test_is(a, &[TestKind::Hsk])
}
fn course_revoked(a: &Ask) -> bool {
    courses::failed_before_revocation_counts(a.case.applicant.revoked == Some(true))
}
fn course_practice(a: &Ask) -> bool {
    // A course whose kind is not given is a theory course (G6).
    let kind = a.case.courses.get(a.index).and_then(|k| k.kind);
    courses::practice_certificate_counts(
        a.case.applicant.revoked == Some(true),
        kind.unwrap_or_default(),
    )
}
fn course_literacy(a: &Ask) -> bool {
    a.case
        .courses
        .get(a.index)
        .is_some_and(|k| k.literacy.is_some())
}
fn course_matched(a: &Ask) -> bool {
    a.case
        .courses
        .get(a.index)
        .is_some_and(|k| k.matched.is_some())
}

macro_rules! q {
    ($field:ident, $page:ident, $group:ident, $kind:expr, own($get:path, $set:path) $(, $shown:path)?) => {
        q!(@ $field, $page, $group, $kind, Access::Own { get: $get, set: $set } $(, $shown)?)
    };
    ($field:ident, $page:ident, $group:ident, $kind:expr $(, $shown:path)?) => {
        q!(@ $field, $page, $group, $kind, Access::Field $(, $shown)?)
    };
    (@ $field:ident, $page:ident, $group:ident, $kind:expr, $access:expr) => {
        q!(@ $field, $page, $group, $kind, $access, always)
    };
    (@ $field:ident, $page:ident, $group:ident, $kind:expr, $access:expr, $shown:path) => {
        Question {
            field: Field::$field,
            page: Page::$page,
            group: Group::$group,
            kind: $kind,
            access: $access,
            shown: $shown,
        }
    };
}

const YES_NO: Control = Control::YesNo;
const NARROW: Control = Control::Number(Width::Narrow);
const SHORT: Control = Control::Number(Width::Short);
const MEDIUM: Control = Control::Number(Width::Medium);
const fn radios(options: fn(&CaseFile, &Policy) -> Vec<Opt>) -> Control {
    Control::Radios {
        options,
        inline: false,
    }
}
const fn inline(options: fn(&CaseFile, &Policy) -> Vec<Opt>) -> Control {
    Control::Radios {
        options,
        inline: true,
    }
}
const fn select(options: fn(&CaseFile, &Policy) -> Vec<Opt>) -> Control {
    Control::Select { options }
}

pub use own::{papers_mut, test, test_mut, tests_mut, vacations_mut};

/// Every question, in the order the pages ask them.
pub static QUESTIONS: &[Question] = &[
    q!(Route, About, Status, radios(routes)),
    q!(Level, About, Status, radios(levels)),
    q!(Revoked, About, Status, YES_NO),
    q!(Reason, About, Status, radios(reasons)),
    q!(Status, About, Status, radios(statuses)),
    q!(SemestersCompleted, About, Status, SHORT),
    q!(InFinalYear, About, Status, YES_NO),
    q!(DisciplinaryRecord, About, Status, YES_NO),
    q!(Quota, About, Status, YES_NO),
    q!(SpecialEnrollment, About, Status, YES_NO),
    q!(FromLowerLevel, About, Status, YES_NO),
    q!(AssessedOn, About, Status, Control::Date),
    q!(Performance, Record, Average, Control::Grade),
    q!(ExplanatoryMaterial, Record, Average, YES_NO),
    q!(EntranceScore, Record, EntranceExam, MEDIUM, entrance_exam),
    q!(EntranceCutoff, Record, EntranceExam, MEDIUM, entrance_exam),
    q!(AdmissionStandard, Record, Postgraduate, YES_NO, admission),
    q!(
        Papers,
        Record,
        Postgraduate,
        Control::HasItems,
        own(own::has_papers, own::set_has_papers),
        postgraduate
    ),
    q!(PaperFirstAuthor, Record, Paper, YES_NO, postgraduate),
    q!(PaperWosCore, Record, Paper, YES_NO, postgraduate),
    q!(PaperImpactFactor, Record, Paper, MEDIUM, postgraduate),
    q!(PaperRelevantField, Record, Paper, YES_NO, doctoral),
    q!(RevocationDocument, Record, Revoked, YES_NO, revoked),
    q!(
        CompletedStudiesCertificate,
        Record,
        Revoked,
        YES_NO,
        revoked
    ),
    q!(CompletedCredits, Record, Revoked, MEDIUM, revoked),
    q!(OriginalTotalCredits, Record, Revoked, MEDIUM, revoked),
    q!(
        ResearchProgressCertificate,
        Record,
        Revoked,
        YES_NO,
        research
    ),
    q!(
        AuthenticationBody,
        Record,
        Authentication,
        select(bodies),
        route_known
    ),
    q!(
        AuthenticationConsistent,
        Record,
        Authentication,
        YES_NO,
        route_known
    ),
    q!(
        TeachingLanguage,
        Record,
        Language,
        inline(teaching),
        language
    ),
    q!(
        EnglishSpeakingCountry,
        Record,
        Language,
        YES_NO,
        english_taught
    ),
    q!(
        ExemptionCertificate,
        Record,
        Language,
        YES_NO,
        english_taught
    ),
    q!(
        LanguageTests,
        Record,
        Language,
        Control::HasItems,
        own(own::has_tests, own::set_has_tests),
        teaching_known
    ),
    q!(
        TestKind,
        Record,
        Test,
        select(test_kinds),
        own(own::test_kind, own::set_test_kind),
        teaching_known
    ),
    q!(TestOverall, Record, Test, NARROW, scored_overall),
    q!(
        TestSections,
        Record,
        Test,
        Control::Sections,
        own(own::no_answer, own::ignore),
        has_sections
    ),
    q!(TestLevel, Record, Test, NARROW, hsk),
    q!(OriginInstitution, Courses, Origin, Control::Text),
    q!(OriginTheoryHours, Courses, Origin, NARROW),
    q!(OriginPracticeHours, Courses, Origin, NARROW),
    q!(EctsRegion, Courses, Origin, select(regions)),
    q!(CourseTitle, Courses, CourseFacts, Control::Text),
    q!(CourseCode, Courses, CourseFacts, Control::Text),
    q!(CourseCredits, Courses, CourseFacts, NARROW),
    q!(CourseCreditUnit, Courses, CourseFacts, inline(units)),
    q!(CourseKind, Courses, CourseFacts, inline(kinds)),
    q!(CourseNature, Courses, CourseFacts, inline(natures)),
    q!(CourseGrade, Courses, CourseFacts, Control::Grade),
    q!(CourseHours, Courses, CourseFacts, NARROW),
    q!(CourseWeeklyHours, Courses, CourseFacts, NARROW),
    q!(CourseWeeks, Courses, CourseFacts, NARROW),
    q!(CourseCompletedOn, Courses, CourseFacts, Control::Date),
    q!(CourseOfficialTranscript, Courses, CourseEvidence, YES_NO),
    q!(CourseTranslated, Courses, CourseEvidence, YES_NO),
    q!(CourseRegularInstitution, Courses, CourseEvidence, YES_NO),
    q!(CourseRetake, Courses, CourseEvidence, YES_NO),
    q!(CourseContinuousStudy, Courses, CourseEvidence, YES_NO),
    q!(
        CourseFailedBeforeRevocation,
        Courses,
        CourseEvidence,
        YES_NO,
        course_revoked
    ),
    q!(
        CoursePracticeCertificate,
        Courses,
        CourseEvidence,
        YES_NO,
        course_practice
    ),
    q!(
        CourseLiteracy,
        Courses,
        CourseLiteracy,
        Control::Part,
        own(own::c_literacy, own::set_c_literacy)
    ),
    q!(
        CourseLiteracyCategory,
        Courses,
        CourseLiteracy,
        select(categories),
        course_literacy
    ),
    q!(
        CourseLiteracyContent,
        Courses,
        CourseLiteracy,
        YES_NO,
        course_literacy
    ),
    q!(
        CourseLiteracyAssessment,
        Courses,
        CourseLiteracy,
        YES_NO,
        course_literacy
    ),
    q!(
        CourseMatch,
        Courses,
        CourseMatch,
        Control::Part,
        own(own::c_match, own::set_c_match)
    ),
    q!(
        CourseMatchTitle,
        Courses,
        CourseMatch,
        Control::Text,
        course_matched
    ),
    q!(
        CourseMatchCredits,
        Courses,
        CourseMatch,
        NARROW,
        course_matched
    ),
    q!(
        CourseMatchHours,
        Courses,
        CourseMatch,
        NARROW,
        course_matched
    ),
    q!(
        CourseMatchNature,
        Courses,
        CourseMatch,
        inline(natures),
        course_matched
    ),
    q!(
        CourseMatchOverlap,
        Courses,
        CourseMatch,
        NARROW,
        course_matched
    ),
    q!(ProgramTotalCredits, Programme, Programme, MEDIUM),
    q!(ProgramTheoryHours, Programme, Programme, NARROW),
    q!(ProgramPracticeHours, Programme, Programme, NARROW),
    q!(LiteracyRequired, Programme, Programme, NARROW),
    q!(SemesterStart, Timeline, Plan, Control::Date, not_revoked),
    q!(
        RevocationAnnouncedOn,
        Timeline,
        Plan,
        Control::Date,
        plan_revoked
    ),
    q!(SubmittedOn, Timeline, Plan, Control::Date),
    q!(InformedOn, Timeline, Plan, Control::Date),
    q!(TuitionPerYear, Timeline, Plan, MEDIUM, international),
    q!(ArchivalCertificateDays, Cscse, Cscse, NARROW),
    q!(RussianDiploma, Cscse, Diploma, YES_NO),
    q!(VacationFrom, Timeline, Vacation, Control::Date),
    q!(VacationTo, Timeline, Vacation, Control::Date),
];

fn plan_revoked(a: &Ask) -> bool {
    a.case.applicant.revoked == Some(true)
}
fn not_revoked(a: &Ask) -> bool {
    !plan_revoked(a)
}
fn international(a: &Ask) -> bool {
    a.case.applicant.route == Some(Route::International)
}

/// A typical answer for a number field, within the range it accepts: the example its error gives.
/// `grade_system` is the system of the grade a grade value belongs to.
pub fn example(
    path: &FieldPath,
    case: &CaseFile,
    grade_system: Option<crate::engine::case::GradeSystem>,
) -> &'static str {
    use crate::engine::case::GradeSystem;
    match path.field {
        Field::PerformanceValue | Field::CourseGradeValue => match grade_system {
            Some(GradeSystem::Gpa4) => "3.2",
            _ => "78.5",
        },
        Field::SemestersCompleted => "2",
        Field::EntranceScore | Field::EntranceCutoff => "560",
        Field::PaperImpactFactor => "2.5",
        Field::CompletedCredits | Field::OriginalTotalCredits | Field::ProgramTotalCredits => "160",
        Field::OriginTheoryHours | Field::ProgramTheoryHours => "16",
        Field::OriginPracticeHours | Field::ProgramPracticeHours => "32",
        Field::LiteracyRequired => "3",
        Field::TuitionPerYear => "30000",
        Field::ArchivalCertificateDays => "21",
        Field::CourseCredits | Field::CourseMatchCredits => "4",
        Field::CourseHours | Field::CourseMatchHours => "64",
        Field::CourseWeeklyHours => "4",
        Field::CourseWeeks => "16",
        Field::CourseMatchOverlap => "0.75",
        Field::TestOverall | Field::TestSections => {
            let kind = path.index.and_then(|i| own::test(case, i)).map(|t| t.test);
            match (kind, path.section) {
                (Some(TestKind::ToeflIbt), Some(_)) => "22",
                (Some(TestKind::ToeflIbt), None) => "90",
                (Some(TestKind::Pte), _) => "58",
                _ => "6.5",
            }
        }
        Field::TestLevel => "5",
        _ => "4",
    }
}

/// The question that asks a field.
pub fn question(field: Field) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.field == field)
}

/// The question whose control shows a path: a field's own question, or the question of the part it
/// belongs to (a grade's value, a section score, an item's or object's fields).
pub fn asked_by(path: &FieldPath) -> Option<&'static Question> {
    let owner = match path.field {
        Field::PerformanceValue => Field::Performance,
        Field::CourseGradeValue => Field::CourseGrade,
        Field::EntranceExam => Field::EntranceScore,
        Field::Postgraduate => Field::Papers,
        Field::RevokedDetails => Field::CompletedCredits,
        Field::Authentication => Field::AuthenticationBody,
        Field::Language => Field::TeachingLanguage,
        Field::OriginCreditHours => Field::OriginTheoryHours,
        Field::ProgramCreditHours => Field::ProgramTheoryHours,
        Field::Course | Field::Courses => Field::CourseTitle,
        Field::Paper => Field::PaperFirstAuthor,
        Field::Test => Field::TestKind,
        Field::Plan => Field::SemesterStart,
        Field::Vacations | Field::Vacation => Field::VacationFrom,
        other => other,
    };
    question(owner)
}

/// The page that asks the answer at a path; `None` for what no page asks (a whole file's format).
pub fn page_of(path: &FieldPath) -> Option<Page> {
    // The checklist's ticks are its own tick boxes, not a question of the table.
    if path.field == Field::DocumentsReady {
        return Some(Page::Documents);
    }
    if path.field == Field::CscseDone {
        return Some(Page::Cscse);
    }
    // What a choice in the programme catalogue writes, which the chooser asks, not a question of
    // the table: where its errors belong.
    match path.field {
        Field::ProgramCatalog | Field::CatalogProgramme | Field::CatalogPublishedOn => {
            return Some(Page::Programme)
        }
        Field::CourseMatchCode | Field::CourseMatchCovered => return Some(Page::Courses),
        _ => {}
    }
    asked_by(path).map(|q| q.page)
}

/// The questions of a page, in order.
pub fn on(page: Page) -> impl Iterator<Item = &'static Question> {
    QUESTIONS.iter().filter(move |q| q.page == page)
}

/// Whether a field is one of a course's match, which choosing a receiving course writes.
pub fn in_match(field: Field) -> bool {
    matches!(field, Field::CourseMatchCode | Field::CourseMatchCovered)
        || question(field).is_some_and(|q| q.group == Group::CourseMatch)
}

/// The questions of a page under one heading, in order.
pub fn in_group(group: Group) -> impl Iterator<Item = &'static Question> {
    QUESTIONS.iter().filter(move |q| q.group == group)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::date::Date;
    use crate::engine::case::{Course, Grade, Num};
    use crate::engine::MEASURES_2023_046;

    fn assess(case: &CaseFile) -> Assessment {
        let today = Date::new(2026, 9, 1).unwrap();
        let (model, _) = crate::engine::case::validate::check_partial(case, today);
        crate::engine::assess(&model, &MEASURES_2023_046, None)
    }

    #[test]
    fn every_question_writes_what_it_reads() {
        let mut case = CaseFile::new();
        case.courses.push(Course::default());
        own::set_has_papers(&mut case, 0, Some(Answer::Bool(true)));
        own::set_has_tests(&mut case, 0, Some(Answer::Bool(true)));
        own::vacations_mut(&mut case).push(Default::default());
        for q in QUESTIONS {
            let sample = match q.kind {
                Control::YesNo | Control::Part | Control::HasItems => Answer::Bool(true),
                Control::Number(_) => Answer::Number(Num(3.0)),
                Control::Date => Answer::Text("2025-01-15".into()),
                Control::Text => Answer::Text("Calculus".into()),
                Control::Radios { options, .. } | Control::Select { options } => {
                    Answer::Choice(*options(&case, &MEASURES_2023_046).last().unwrap())
                }
                Control::Grade => Answer::Grade(Grade {
                    system: crate::engine::case::GradeSystem::Percentage,
                    value: crate::engine::case::GradeValue::Number(81.0),
                }),
                Control::Sections => continue,
            };
            let mut written = case.clone();
            q.set(&mut written, 0, Some(sample.clone()));
            assert_eq!(q.get(&written, 0), Some(sample), "{:?}", q.field);
            // A test always has a kind; parts and lists are switched off by "no", not by emptiness.
            let clearable =
                !matches!(q.kind, Control::Part | Control::HasItems) && q.field != Field::TestKind;
            if clearable {
                q.set(&mut written, 0, None);
                assert_eq!(q.get(&written, 0), None, "{:?}", q.field);
            }
        }
    }

    #[test]
    fn each_field_has_at_most_one_question_and_every_path_a_page() {
        for q in QUESTIONS {
            let count = QUESTIONS.iter().filter(|o| o.field == q.field).count();
            assert_eq!(count, 1, "{:?}", q.field);
        }
        for &field in Field::ALL {
            let at = match field.list() {
                Some(_) => FieldPath::item(field, 0),
                None => field.into(),
            };
            let expected = !matches!(field, Field::Format | Field::Version);
            assert_eq!(page_of(&at).is_some(), expected, "{at}");
        }
        assert_eq!(
            page_of(&FieldPath::section(0, 2)),
            Some(Page::Record),
            "section scores"
        );
    }

    #[test]
    fn the_engine_decides_which_parts_are_asked() {
        let mut case = CaseFile::new();
        let shown = |case: &CaseFile, field: Field| {
            let assessment = assess(case);
            let ask = Ask {
                case,
                assessment: &assessment,
                index: 0,
            };
            (question(field).unwrap().shown)(&ask)
        };
        assert!(!shown(&case, Field::EntranceScore));
        case.applicant.route = Some(Route::Mainland);
        case.applicant.level = Some(Level::Undergraduate);
        assert!(shown(&case, Field::EntranceScore));
        assert!(!shown(&case, Field::TeachingLanguage));
        case.applicant.route = Some(Route::International);
        assert!(!shown(&case, Field::EntranceScore));
        assert!(shown(&case, Field::TeachingLanguage));
        assert!(!shown(&case, Field::CompletedCredits));
        case.applicant.revoked = Some(true);
        assert!(shown(&case, Field::CompletedCredits));
    }
}
