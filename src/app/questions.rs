//! The questions of the check, as one table: which field each asks, on which page and under which
//! heading, what kind of answer it takes, how its answer is read from and written to the case file, and
//! when it is asked. The pages, the check-your-answers summary, the page overview, the error summary and
//! the reducer all read this table; a new question is a new row (and its words in `text`).

use crate::app::route::Page;
use crate::engine::case::field::{Field, FieldPath};
use crate::engine::case::{
    Body, CaseFile, Course, CourseKind, CreditUnit, EctsRegion, Grade, Level, Literacy,
    LiteracyCategory, Match, Nature, Num, Reason, Route, Status, TeachingLanguage, TestKind,
};
use crate::engine::rules::courses;
use crate::engine::rules::eligibility::{Condition, Detail, Fact};
use crate::engine::rules::policy::Policy;
use crate::engine::Assessment;

/// An answer as the case file holds it.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    Bool(bool),
    Number(Num),
    Text(String),
    Choice(Opt),
    Grade(Grade),
}

/// A value of one of the case file's word lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Opt {
    Route(Route),
    Level(Level),
    Reason(Reason),
    Status(Status),
    Body(Body),
    Teaching(TeachingLanguage),
    Test(TestKind),
    Unit(CreditUnit),
    Kind(CourseKind),
    Nature(Nature),
    Category(LiteracyCategory),
    Region(EctsRegion),
}

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
    pub get: fn(&CaseFile, usize) -> Option<Answer>,
    pub set: fn(&mut CaseFile, usize, Option<Answer>),
    pub shown: fn(&Ask) -> bool,
}

impl Question {
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

macro_rules! access {
    // A plain field: `$read` borrows it, `$write` borrows it mutably (creating its parents).
    ($get:ident, $set:ident, $variant:ident, |$c:ident| $read:expr, |$m:ident| $write:expr) => {
        pub fn $get($c: &CaseFile, _: usize) -> Option<Answer> {
            $read.map(Answer::$variant)
        }
        pub fn $set($m: &mut CaseFile, _: usize, a: Option<Answer>) {
            *$write = a.and_then(|a| match a {
                Answer::$variant(v) => Some(v),
                _ => None,
            });
        }
    };
}

macro_rules! opt {
    ($get:ident, $set:ident, $variant:ident, |$c:ident| $read:expr, |$m:ident| $write:expr) => {
        pub fn $get($c: &CaseFile, _: usize) -> Option<Answer> {
            $read.map(|v| Answer::Choice(Opt::$variant(v)))
        }
        pub fn $set($m: &mut CaseFile, _: usize, a: Option<Answer>) {
            *$write = match a {
                Some(Answer::Choice(Opt::$variant(v))) => Some(v),
                _ => None,
            };
        }
    };
}

/// A field of course `i`; writes to a course that is gone do nothing.
macro_rules! course_access {
    ($get:ident, $set:ident, $variant:ident, |$k:ident| $read:expr, |$km:ident| $write:expr) => {
        pub fn $get(c: &CaseFile, i: usize) -> Option<Answer> {
            let $k = c.courses.get(i)?;
            $read.map(Answer::$variant)
        }
        pub fn $set(c: &mut CaseFile, i: usize, a: Option<Answer>) {
            if let Some($km) = c.courses.get_mut(i) {
                *$write = a.and_then(|a| match a {
                    Answer::$variant(v) => Some(v),
                    _ => None,
                });
            }
        }
    };
}

macro_rules! course_opt {
    ($get:ident, $set:ident, $variant:ident, |$k:ident| $read:expr, |$km:ident| $write:expr) => {
        pub fn $get(c: &CaseFile, i: usize) -> Option<Answer> {
            let $k = c.courses.get(i)?;
            $read.map(|v| Answer::Choice(Opt::$variant(v)))
        }
        pub fn $set(c: &mut CaseFile, i: usize, a: Option<Answer>) {
            if let Some($km) = c.courses.get_mut(i) {
                *$write = match a {
                    Some(Answer::Choice(Opt::$variant(v))) => Some(v),
                    _ => None,
                };
            }
        }
    };
}

mod access {
    use super::*;
    use crate::engine::case::{
        Authentication, CreditHours, EntranceExam, Language, Postgraduate, RevokedDetails,
    };

    fn exam(c: &mut CaseFile) -> &mut EntranceExam {
        c.applicant
            .entrance_exam
            .get_or_insert_with(Default::default)
    }
    fn pg(c: &mut CaseFile) -> &mut Postgraduate {
        c.applicant
            .postgraduate
            .get_or_insert_with(Default::default)
    }
    fn rd(c: &mut CaseFile) -> &mut RevokedDetails {
        c.applicant
            .revoked_details
            .get_or_insert_with(Default::default)
    }
    fn auth(c: &mut CaseFile) -> &mut Authentication {
        c.applicant
            .authentication
            .get_or_insert_with(Default::default)
    }
    pub fn lang(c: &mut CaseFile) -> &mut Language {
        c.applicant.language.get_or_insert_with(Default::default)
    }
    fn origin_hours(c: &mut CaseFile) -> &mut CreditHours {
        c.origin.credit_hours.get_or_insert_with(Default::default)
    }
    fn program_hours(c: &mut CaseFile) -> &mut CreditHours {
        c.program.credit_hours.get_or_insert_with(Default::default)
    }

    access!(
        assessed_on,
        set_assessed_on,
        Text,
        |c| c.assessed_on.clone(),
        |m| &mut m.assessed_on
    );
    opt!(route, set_route, Route, |c| c.applicant.route, |m| &mut m
        .applicant
        .route);
    opt!(level, set_level, Level, |c| c.applicant.level, |m| &mut m
        .applicant
        .level);
    access!(revoked, set_revoked, Bool, |c| c.applicant.revoked, |m| {
        &mut m.applicant.revoked
    });
    opt!(reason, set_reason, Reason, |c| c.applicant.reason, |m| {
        &mut m.applicant.reason
    });
    opt!(status, set_status, Status, |c| c.applicant.status, |m| {
        &mut m.applicant.status
    });
    access!(
        semesters,
        set_semesters,
        Number,
        |c| c.applicant.semesters_completed,
        |m| &mut m.applicant.semesters_completed
    );
    access!(
        final_year,
        set_final_year,
        Bool,
        |c| c.applicant.in_final_year,
        |m| &mut m.applicant.in_final_year
    );
    access!(
        discipline,
        set_discipline,
        Bool,
        |c| c.applicant.disciplinary_record,
        |m| &mut m.applicant.disciplinary_record
    );
    access!(
        quota,
        set_quota,
        Bool,
        |c| c.applicant.receiving_major_has_quota,
        |m| &mut m.applicant.receiving_major_has_quota
    );
    access!(
        special,
        set_special,
        Bool,
        |c| c.applicant.special_enrollment,
        |m| &mut m.applicant.special_enrollment
    );
    access!(
        lower,
        set_lower,
        Bool,
        |c| c.applicant.from_lower_level,
        |m| &mut m.applicant.from_lower_level
    );
    access!(
        explanatory,
        set_explanatory,
        Bool,
        |c| c.applicant.explanatory_material,
        |m| &mut m.applicant.explanatory_material
    );
    access!(
        performance,
        set_performance,
        Grade,
        |c| c.applicant.performance.clone(),
        |m| &mut m.applicant.performance
    );
    access!(
        exam_score,
        set_exam_score,
        Number,
        |c| c.applicant.entrance_exam.as_ref().and_then(|e| e.score),
        |m| &mut exam(m).score
    );
    access!(
        exam_cutoff,
        set_exam_cutoff,
        Number,
        |c| c
            .applicant
            .entrance_exam
            .as_ref()
            .and_then(|e| e.receiving_cutoff),
        |m| &mut exam(m).receiving_cutoff
    );
    access!(
        admission,
        set_admission,
        Bool,
        |c| c
            .applicant
            .postgraduate
            .as_ref()
            .and_then(|p| p.admission_standard_not_lower),
        |m| &mut pg(m).admission_standard_not_lower
    );
    access!(
        research,
        set_research,
        Bool,
        |c| c
            .applicant
            .postgraduate
            .as_ref()
            .and_then(|p| p.research_progress_certificate),
        |m| &mut pg(m).research_progress_certificate
    );
    access!(
        revocation_document,
        set_revocation_document,
        Bool,
        |c| c
            .applicant
            .revoked_details
            .as_ref()
            .and_then(|r| r.revocation_document),
        |m| &mut rd(m).revocation_document
    );
    access!(
        completed_certificate,
        set_completed_certificate,
        Bool,
        |c| c
            .applicant
            .revoked_details
            .as_ref()
            .and_then(|r| r.completed_studies_certificate),
        |m| &mut rd(m).completed_studies_certificate
    );
    access!(
        completed_credits,
        set_completed_credits,
        Number,
        |c| c
            .applicant
            .revoked_details
            .as_ref()
            .and_then(|r| r.completed_credits),
        |m| &mut rd(m).completed_credits
    );
    access!(
        original_total,
        set_original_total,
        Number,
        |c| c
            .applicant
            .revoked_details
            .as_ref()
            .and_then(|r| r.original_total_credits),
        |m| &mut rd(m).original_total_credits
    );
    opt!(
        body,
        set_body,
        Body,
        |c| c.applicant.authentication.as_ref().and_then(|a| a.body),
        |m| &mut auth(m).body
    );
    access!(
        consistent,
        set_consistent,
        Bool,
        |c| c
            .applicant
            .authentication
            .as_ref()
            .and_then(|a| a.consistent),
        |m| &mut auth(m).consistent
    );
    opt!(
        teaching,
        set_teaching,
        Teaching,
        |c| c
            .applicant
            .language
            .as_ref()
            .and_then(|l| l.major_teaching_language),
        |m| &mut lang(m).major_teaching_language
    );
    access!(
        english_country,
        set_english_country,
        Bool,
        |c| c
            .applicant
            .language
            .as_ref()
            .and_then(|l| l.english_speaking_country),
        |m| &mut lang(m).english_speaking_country
    );
    access!(
        exemption,
        set_exemption,
        Bool,
        |c| c
            .applicant
            .language
            .as_ref()
            .and_then(|l| l.exemption_certificate),
        |m| &mut lang(m).exemption_certificate
    );
    access!(
        origin_theory,
        set_origin_theory,
        Number,
        |c| c.origin.credit_hours.as_ref().and_then(|h| h.theory),
        |m| &mut origin_hours(m).theory
    );
    access!(
        origin_practice,
        set_origin_practice,
        Number,
        |c| c.origin.credit_hours.as_ref().and_then(|h| h.practice),
        |m| &mut origin_hours(m).practice
    );
    opt!(region, set_region, Region, |c| c.origin.ects_region, |m| {
        &mut m.origin.ects_region
    });
    access!(
        total,
        set_total,
        Number,
        |c| c.program.total_graduation_credits,
        |m| &mut m.program.total_graduation_credits
    );
    access!(
        program_theory,
        set_program_theory,
        Number,
        |c| c.program.credit_hours.as_ref().and_then(|h| h.theory),
        |m| &mut program_hours(m).theory
    );
    access!(
        program_practice,
        set_program_practice,
        Number,
        |c| c.program.credit_hours.as_ref().and_then(|h| h.practice),
        |m| &mut program_hours(m).practice
    );
    access!(
        literacy_required,
        set_literacy_required,
        Number,
        |c| c.program.literacy_credits_required,
        |m| &mut m.program.literacy_credits_required
    );

    fn plan(c: &CaseFile) -> Option<&crate::engine::case::Plan> {
        c.plan.as_ref()
    }
    fn plan_mut(m: &mut CaseFile) -> &mut crate::engine::case::Plan {
        m.plan.get_or_insert_with(Default::default)
    }
    access!(
        semester_start,
        set_semester_start,
        Text,
        |c| plan(c).and_then(|p| p.semester_start.clone()),
        |m| &mut plan_mut(m).semester_start
    );
    access!(
        revocation_announced,
        set_revocation_announced,
        Text,
        |c| plan(c).and_then(|p| p.revocation_announced_on.clone()),
        |m| &mut plan_mut(m).revocation_announced_on
    );
    access!(
        submitted_on,
        set_submitted_on,
        Text,
        |c| plan(c).and_then(|p| p.submitted_on.clone()),
        |m| &mut plan_mut(m).submitted_on
    );
    access!(
        informed_on,
        set_informed_on,
        Text,
        |c| plan(c).and_then(|p| p.informed_on.clone()),
        |m| &mut plan_mut(m).informed_on
    );
    access!(
        tuition,
        set_tuition,
        Number,
        |c| plan(c).and_then(|p| p.tuition_per_year),
        |m| &mut plan_mut(m).tuition_per_year
    );
    access!(
        archival_days,
        set_archival_days,
        Number,
        |c| plan(c).and_then(|p| p.archival_certificate_days),
        |m| &mut plan_mut(m).archival_certificate_days
    );
    access!(
        russian_diploma,
        set_russian_diploma,
        Bool,
        |c| plan(c).and_then(|p| p.russian_diploma),
        |m| &mut plan_mut(m).russian_diploma
    );
    pub fn vacations_mut(c: &mut CaseFile) -> &mut Vec<crate::engine::case::Vacation> {
        &mut plan_mut(c).vacations
    }
    fn vacation(c: &CaseFile, i: usize) -> Option<&crate::engine::case::Vacation> {
        plan(c)?.vacations.get(i)
    }
    fn text_of(a: Option<Answer>) -> Option<String> {
        match a {
            Some(Answer::Text(t)) => Some(t),
            _ => None,
        }
    }
    pub fn vacation_from(c: &CaseFile, i: usize) -> Option<Answer> {
        vacation(c, i)?.from.clone().map(Answer::Text)
    }
    pub fn set_vacation_from(m: &mut CaseFile, i: usize, a: Option<Answer>) {
        if let Some(v) = vacations_mut(m).get_mut(i) {
            v.from = text_of(a);
        }
    }
    pub fn vacation_to(c: &CaseFile, i: usize) -> Option<Answer> {
        vacation(c, i)?.to.clone().map(Answer::Text)
    }
    pub fn set_vacation_to(m: &mut CaseFile, i: usize, a: Option<Answer>) {
        if let Some(v) = vacations_mut(m).get_mut(i) {
            v.to = text_of(a);
        }
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

    pub fn papers_mut(c: &mut CaseFile) -> &mut Vec<crate::engine::case::Paper> {
        pg(c).papers.get_or_insert_with(Vec::new)
    }
    pub fn tests_mut(c: &mut CaseFile) -> &mut Vec<crate::engine::case::LanguageTest> {
        lang(c).tests.get_or_insert_with(Vec::new)
    }

    fn paper(c: &CaseFile, i: usize) -> Option<&crate::engine::case::Paper> {
        c.applicant.postgraduate.as_ref()?.papers.as_ref()?.get(i)
    }
    fn paper_mut(c: &mut CaseFile, i: usize) -> Option<&mut crate::engine::case::Paper> {
        pg(c).papers.as_mut()?.get_mut(i)
    }
    macro_rules! paper_flag {
        ($get:ident, $set:ident, $variant:ident, $f:ident) => {
            pub fn $get(c: &CaseFile, i: usize) -> Option<Answer> {
                paper(c, i)?.$f.map(Answer::$variant)
            }
            pub fn $set(c: &mut CaseFile, i: usize, a: Option<Answer>) {
                if let Some(p) = paper_mut(c, i) {
                    p.$f = match a {
                        Some(Answer::$variant(v)) => Some(v),
                        _ => None,
                    };
                }
            }
        };
    }
    paper_flag!(first_author, set_first_author, Bool, first_author);
    paper_flag!(wos_core, set_wos_core, Bool, wos_core);
    paper_flag!(impact_factor, set_impact_factor, Number, impact_factor);
    paper_flag!(relevant_field, set_relevant_field, Bool, relevant_field);

    pub fn test(c: &CaseFile, i: usize) -> Option<&crate::engine::case::LanguageTest> {
        c.applicant.language.as_ref()?.tests.as_ref()?.get(i)
    }
    pub fn test_mut(c: &mut CaseFile, i: usize) -> Option<&mut crate::engine::case::LanguageTest> {
        lang(c).tests.as_mut()?.get_mut(i)
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
    pub fn test_overall(c: &CaseFile, i: usize) -> Option<Answer> {
        test(c, i)?.overall.map(Answer::Number)
    }
    pub fn set_test_overall(c: &mut CaseFile, i: usize, a: Option<Answer>) {
        if let Some(t) = test_mut(c, i) {
            t.overall = match a {
                Some(Answer::Number(n)) => Some(n),
                _ => None,
            };
        }
    }
    pub fn test_level(c: &CaseFile, i: usize) -> Option<Answer> {
        test(c, i)?.level.map(Answer::Number)
    }
    pub fn set_test_level(c: &mut CaseFile, i: usize, a: Option<Answer>) {
        if let Some(t) = test_mut(c, i) {
            t.level = match a {
                Some(Answer::Number(n)) => Some(n),
                _ => None,
            };
        }
    }
    /// The sections are written by the sections control itself (all four or none).
    pub fn no_answer(_: &CaseFile, _: usize) -> Option<Answer> {
        None
    }
    pub fn ignore(_: &mut CaseFile, _: usize, _: Option<Answer>) {}

    course_access!(c_title, set_c_title, Text, |k| k.title.clone(), |k| &mut k
        .title);
    course_access!(c_credits, set_c_credits, Number, |k| k.credits, |k| &mut k
        .credits);
    course_opt!(c_unit, set_c_unit, Unit, |k| k.credit_unit, |k| &mut k
        .credit_unit);
    course_opt!(c_kind, set_c_kind, Kind, |k| k.kind, |k| &mut k.kind);
    course_opt!(c_nature, set_c_nature, Nature, |k| k.nature, |k| &mut k
        .nature);
    course_access!(c_grade, set_c_grade, Grade, |k| k.grade.clone(), |k| &mut k
        .grade);
    course_access!(c_hours, set_c_hours, Number, |k| k.hours, |k| &mut k.hours);
    course_access!(c_weekly, set_c_weekly, Number, |k| k.weekly_hours, |k| {
        &mut k.weekly_hours
    });
    course_access!(c_weeks, set_c_weeks, Number, |k| k.weeks, |k| &mut k.weeks);
    course_access!(
        c_completed,
        set_c_completed,
        Text,
        |k| k.completed_on.clone(),
        |k| &mut k.completed_on
    );
    course_access!(
        c_transcript,
        set_c_transcript,
        Bool,
        |k| k.official_transcript,
        |k| &mut k.official_transcript
    );
    course_access!(
        c_translated,
        set_c_translated,
        Bool,
        |k| k.translated_or_official_language,
        |k| &mut k.translated_or_official_language
    );
    course_access!(
        c_regular,
        set_c_regular,
        Bool,
        |k| k.regular_institution,
        |k| &mut k.regular_institution
    );
    course_access!(c_retake, set_c_retake, Bool, |k| k.retake, |k| &mut k
        .retake);
    course_access!(
        c_continuous,
        set_c_continuous,
        Bool,
        |k| k.continuous_study,
        |k| &mut k.continuous_study
    );
    course_access!(
        c_failed_before,
        set_c_failed_before,
        Bool,
        |k| k.failed_before_revocation,
        |k| &mut k.failed_before_revocation
    );
    course_access!(
        c_certificate,
        set_c_certificate,
        Bool,
        |k| k.practice_certificate,
        |k| &mut k.practice_certificate
    );

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

    fn lit(k: &Course) -> Option<&Literacy> {
        k.literacy.as_ref()
    }
    fn lit_mut(k: &mut Course) -> &mut Literacy {
        k.literacy.get_or_insert_with(Default::default)
    }
    fn matched(k: &Course) -> Option<&Match> {
        k.matched.as_ref()
    }
    fn matched_mut(k: &mut Course) -> &mut Match {
        k.matched.get_or_insert_with(Default::default)
    }
    course_opt!(
        c_category,
        set_c_category,
        Category,
        |k| lit(k).and_then(|l| l.category),
        |k| &mut lit_mut(k).category
    );
    course_access!(
        c_content,
        set_c_content,
        Bool,
        |k| lit(k).and_then(|l| l.content_ok),
        |k| &mut lit_mut(k).content_ok
    );
    course_access!(
        c_assessment,
        set_c_assessment,
        Bool,
        |k| lit(k).and_then(|l| l.assessment_ok),
        |k| &mut lit_mut(k).assessment_ok
    );
    course_access!(
        m_title,
        set_m_title,
        Text,
        |k| matched(k).and_then(|m| m.title.clone()),
        |k| &mut matched_mut(k).title
    );
    course_access!(
        m_credits,
        set_m_credits,
        Number,
        |k| matched(k).and_then(|m| m.credits),
        |k| &mut matched_mut(k).credits
    );
    course_access!(
        m_hours,
        set_m_hours,
        Number,
        |k| matched(k).and_then(|m| m.hours),
        |k| &mut matched_mut(k).hours
    );
    course_opt!(
        m_nature,
        set_m_nature,
        Nature,
        |k| matched(k).and_then(|m| m.nature),
        |k| &mut matched_mut(k).nature
    );
    course_access!(
        m_overlap,
        set_m_overlap,
        Number,
        |k| matched(k).and_then(|m| m.overlap),
        |k| &mut matched_mut(k).overlap
    );
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
    access::test(a.case, a.index).is_some_and(|t| kinds.contains(&t.test))
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
    ($field:ident, $page:ident, $group:ident, $kind:expr, $get:path, $set:path) => {
        q!($field, $page, $group, $kind, $get, $set, always)
    };
    ($field:ident, $page:ident, $group:ident, $kind:expr, $get:path, $set:path, $shown:path) => {
        Question {
            field: Field::$field,
            page: Page::$page,
            group: Group::$group,
            kind: $kind,
            get: $get,
            set: $set,
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

use access as a;
pub use access::{papers_mut, test, test_mut, tests_mut, vacations_mut};

/// Every question, in the order the pages ask them.
pub static QUESTIONS: &[Question] = &[
    q!(Route, About, Status, radios(routes), a::route, a::set_route),
    q!(Level, About, Status, radios(levels), a::level, a::set_level),
    q!(Revoked, About, Status, YES_NO, a::revoked, a::set_revoked),
    q!(
        Reason,
        About,
        Status,
        radios(reasons),
        a::reason,
        a::set_reason
    ),
    q!(
        Status,
        About,
        Status,
        radios(statuses),
        a::status,
        a::set_status
    ),
    q!(
        SemestersCompleted,
        About,
        Status,
        SHORT,
        a::semesters,
        a::set_semesters
    ),
    q!(
        InFinalYear,
        About,
        Status,
        YES_NO,
        a::final_year,
        a::set_final_year
    ),
    q!(
        DisciplinaryRecord,
        About,
        Status,
        YES_NO,
        a::discipline,
        a::set_discipline
    ),
    q!(Quota, About, Status, YES_NO, a::quota, a::set_quota),
    q!(
        SpecialEnrollment,
        About,
        Status,
        YES_NO,
        a::special,
        a::set_special
    ),
    q!(
        FromLowerLevel,
        About,
        Status,
        YES_NO,
        a::lower,
        a::set_lower
    ),
    q!(
        AssessedOn,
        About,
        Status,
        Control::Date,
        a::assessed_on,
        a::set_assessed_on
    ),
    q!(
        Performance,
        Record,
        Average,
        Control::Grade,
        a::performance,
        a::set_performance
    ),
    q!(
        ExplanatoryMaterial,
        Record,
        Average,
        YES_NO,
        a::explanatory,
        a::set_explanatory
    ),
    q!(
        EntranceScore,
        Record,
        EntranceExam,
        MEDIUM,
        a::exam_score,
        a::set_exam_score,
        entrance_exam
    ),
    q!(
        EntranceCutoff,
        Record,
        EntranceExam,
        MEDIUM,
        a::exam_cutoff,
        a::set_exam_cutoff,
        entrance_exam
    ),
    q!(
        AdmissionStandard,
        Record,
        Postgraduate,
        YES_NO,
        a::admission,
        a::set_admission,
        admission
    ),
    q!(
        Papers,
        Record,
        Postgraduate,
        Control::HasItems,
        a::has_papers,
        a::set_has_papers,
        postgraduate
    ),
    q!(
        PaperFirstAuthor,
        Record,
        Paper,
        YES_NO,
        a::first_author,
        a::set_first_author,
        postgraduate
    ),
    q!(
        PaperWosCore,
        Record,
        Paper,
        YES_NO,
        a::wos_core,
        a::set_wos_core,
        postgraduate
    ),
    q!(
        PaperImpactFactor,
        Record,
        Paper,
        MEDIUM,
        a::impact_factor,
        a::set_impact_factor,
        postgraduate
    ),
    q!(
        PaperRelevantField,
        Record,
        Paper,
        YES_NO,
        a::relevant_field,
        a::set_relevant_field,
        doctoral
    ),
    q!(
        RevocationDocument,
        Record,
        Revoked,
        YES_NO,
        a::revocation_document,
        a::set_revocation_document,
        revoked
    ),
    q!(
        CompletedStudiesCertificate,
        Record,
        Revoked,
        YES_NO,
        a::completed_certificate,
        a::set_completed_certificate,
        revoked
    ),
    q!(
        CompletedCredits,
        Record,
        Revoked,
        MEDIUM,
        a::completed_credits,
        a::set_completed_credits,
        revoked
    ),
    q!(
        OriginalTotalCredits,
        Record,
        Revoked,
        MEDIUM,
        a::original_total,
        a::set_original_total,
        revoked
    ),
    q!(
        ResearchProgressCertificate,
        Record,
        Revoked,
        YES_NO,
        a::research,
        a::set_research,
        research
    ),
    q!(
        AuthenticationBody,
        Record,
        Authentication,
        select(bodies),
        a::body,
        a::set_body,
        route_known
    ),
    q!(
        AuthenticationConsistent,
        Record,
        Authentication,
        YES_NO,
        a::consistent,
        a::set_consistent,
        route_known
    ),
    q!(
        TeachingLanguage,
        Record,
        Language,
        inline(teaching),
        a::teaching,
        a::set_teaching,
        language
    ),
    q!(
        EnglishSpeakingCountry,
        Record,
        Language,
        YES_NO,
        a::english_country,
        a::set_english_country,
        english_taught
    ),
    q!(
        ExemptionCertificate,
        Record,
        Language,
        YES_NO,
        a::exemption,
        a::set_exemption,
        english_taught
    ),
    q!(
        LanguageTests,
        Record,
        Language,
        Control::HasItems,
        a::has_tests,
        a::set_has_tests,
        teaching_known
    ),
    q!(
        TestKind,
        Record,
        Test,
        select(test_kinds),
        a::test_kind,
        a::set_test_kind,
        teaching_known
    ),
    q!(
        TestOverall,
        Record,
        Test,
        NARROW,
        a::test_overall,
        a::set_test_overall,
        scored_overall
    ),
    q!(
        TestSections,
        Record,
        Test,
        Control::Sections,
        a::no_answer,
        a::ignore,
        has_sections
    ),
    q!(
        TestLevel,
        Record,
        Test,
        NARROW,
        a::test_level,
        a::set_test_level,
        hsk
    ),
    q!(
        OriginTheoryHours,
        Courses,
        Origin,
        NARROW,
        a::origin_theory,
        a::set_origin_theory
    ),
    q!(
        OriginPracticeHours,
        Courses,
        Origin,
        NARROW,
        a::origin_practice,
        a::set_origin_practice
    ),
    q!(
        EctsRegion,
        Courses,
        Origin,
        select(regions),
        a::region,
        a::set_region
    ),
    q!(
        CourseTitle,
        Courses,
        CourseFacts,
        Control::Text,
        a::c_title,
        a::set_c_title
    ),
    q!(
        CourseCredits,
        Courses,
        CourseFacts,
        NARROW,
        a::c_credits,
        a::set_c_credits
    ),
    q!(
        CourseCreditUnit,
        Courses,
        CourseFacts,
        inline(units),
        a::c_unit,
        a::set_c_unit
    ),
    q!(
        CourseKind,
        Courses,
        CourseFacts,
        inline(kinds),
        a::c_kind,
        a::set_c_kind
    ),
    q!(
        CourseNature,
        Courses,
        CourseFacts,
        inline(natures),
        a::c_nature,
        a::set_c_nature
    ),
    q!(
        CourseGrade,
        Courses,
        CourseFacts,
        Control::Grade,
        a::c_grade,
        a::set_c_grade
    ),
    q!(
        CourseHours,
        Courses,
        CourseFacts,
        NARROW,
        a::c_hours,
        a::set_c_hours
    ),
    q!(
        CourseWeeklyHours,
        Courses,
        CourseFacts,
        NARROW,
        a::c_weekly,
        a::set_c_weekly
    ),
    q!(
        CourseWeeks,
        Courses,
        CourseFacts,
        NARROW,
        a::c_weeks,
        a::set_c_weeks
    ),
    q!(
        CourseCompletedOn,
        Courses,
        CourseFacts,
        Control::Date,
        a::c_completed,
        a::set_c_completed
    ),
    q!(
        CourseOfficialTranscript,
        Courses,
        CourseEvidence,
        YES_NO,
        a::c_transcript,
        a::set_c_transcript
    ),
    q!(
        CourseTranslated,
        Courses,
        CourseEvidence,
        YES_NO,
        a::c_translated,
        a::set_c_translated
    ),
    q!(
        CourseRegularInstitution,
        Courses,
        CourseEvidence,
        YES_NO,
        a::c_regular,
        a::set_c_regular
    ),
    q!(
        CourseRetake,
        Courses,
        CourseEvidence,
        YES_NO,
        a::c_retake,
        a::set_c_retake
    ),
    q!(
        CourseContinuousStudy,
        Courses,
        CourseEvidence,
        YES_NO,
        a::c_continuous,
        a::set_c_continuous
    ),
    q!(
        CourseFailedBeforeRevocation,
        Courses,
        CourseEvidence,
        YES_NO,
        a::c_failed_before,
        a::set_c_failed_before,
        course_revoked
    ),
    q!(
        CoursePracticeCertificate,
        Courses,
        CourseEvidence,
        YES_NO,
        a::c_certificate,
        a::set_c_certificate,
        course_practice
    ),
    q!(
        CourseLiteracy,
        Courses,
        CourseLiteracy,
        Control::Part,
        a::c_literacy,
        a::set_c_literacy
    ),
    q!(
        CourseLiteracyCategory,
        Courses,
        CourseLiteracy,
        select(categories),
        a::c_category,
        a::set_c_category,
        course_literacy
    ),
    q!(
        CourseLiteracyContent,
        Courses,
        CourseLiteracy,
        YES_NO,
        a::c_content,
        a::set_c_content,
        course_literacy
    ),
    q!(
        CourseLiteracyAssessment,
        Courses,
        CourseLiteracy,
        YES_NO,
        a::c_assessment,
        a::set_c_assessment,
        course_literacy
    ),
    q!(
        CourseMatch,
        Courses,
        CourseMatch,
        Control::Part,
        a::c_match,
        a::set_c_match
    ),
    q!(
        CourseMatchTitle,
        Courses,
        CourseMatch,
        Control::Text,
        a::m_title,
        a::set_m_title,
        course_matched
    ),
    q!(
        CourseMatchCredits,
        Courses,
        CourseMatch,
        NARROW,
        a::m_credits,
        a::set_m_credits,
        course_matched
    ),
    q!(
        CourseMatchHours,
        Courses,
        CourseMatch,
        NARROW,
        a::m_hours,
        a::set_m_hours,
        course_matched
    ),
    q!(
        CourseMatchNature,
        Courses,
        CourseMatch,
        inline(natures),
        a::m_nature,
        a::set_m_nature,
        course_matched
    ),
    q!(
        CourseMatchOverlap,
        Courses,
        CourseMatch,
        NARROW,
        a::m_overlap,
        a::set_m_overlap,
        course_matched
    ),
    q!(
        ProgramTotalCredits,
        Programme,
        Programme,
        MEDIUM,
        a::total,
        a::set_total
    ),
    q!(
        ProgramTheoryHours,
        Programme,
        Programme,
        NARROW,
        a::program_theory,
        a::set_program_theory
    ),
    q!(
        ProgramPracticeHours,
        Programme,
        Programme,
        NARROW,
        a::program_practice,
        a::set_program_practice
    ),
    q!(
        LiteracyRequired,
        Programme,
        Programme,
        NARROW,
        a::literacy_required,
        a::set_literacy_required
    ),
    q!(
        SemesterStart,
        Timeline,
        Plan,
        Control::Date,
        a::semester_start,
        a::set_semester_start,
        not_revoked
    ),
    q!(
        RevocationAnnouncedOn,
        Timeline,
        Plan,
        Control::Date,
        a::revocation_announced,
        a::set_revocation_announced,
        plan_revoked
    ),
    q!(
        SubmittedOn,
        Timeline,
        Plan,
        Control::Date,
        a::submitted_on,
        a::set_submitted_on
    ),
    q!(
        InformedOn,
        Timeline,
        Plan,
        Control::Date,
        a::informed_on,
        a::set_informed_on
    ),
    q!(
        TuitionPerYear,
        Timeline,
        Plan,
        MEDIUM,
        a::tuition,
        a::set_tuition,
        international
    ),
    q!(
        ArchivalCertificateDays,
        Cscse,
        Cscse,
        NARROW,
        a::archival_days,
        a::set_archival_days
    ),
    q!(
        RussianDiploma,
        Cscse,
        Diploma,
        YES_NO,
        a::russian_diploma,
        a::set_russian_diploma
    ),
    q!(
        VacationFrom,
        Timeline,
        Vacation,
        Control::Date,
        a::vacation_from,
        a::set_vacation_from
    ),
    q!(
        VacationTo,
        Timeline,
        Vacation,
        Control::Date,
        a::vacation_to,
        a::set_vacation_to
    ),
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
            let kind = path
                .index
                .and_then(|i| access::test(case, i))
                .map(|t| t.test);
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
    asked_by(path).map(|q| q.page)
}

/// The questions of a page, in order.
pub fn on(page: Page) -> impl Iterator<Item = &'static Question> {
    QUESTIONS.iter().filter(move |q| q.page == page)
}

/// The questions of a page under one heading, in order.
pub fn in_group(group: Group) -> impl Iterator<Item = &'static Question> {
    QUESTIONS.iter().filter(move |q| q.group == group)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::date::Date;
    use crate::engine::MEASURES_2023_046;

    fn assess(case: &CaseFile) -> Assessment {
        let today = Date::new(2026, 9, 1).unwrap();
        let (model, _) = crate::engine::case::validate::check_partial(case, today);
        crate::engine::assess(&model, &MEASURES_2023_046)
    }

    #[test]
    fn every_question_writes_what_it_reads() {
        let mut case = CaseFile::new();
        case.courses.push(Course::default());
        access::set_has_papers(&mut case, 0, Some(Answer::Bool(true)));
        access::set_has_tests(&mut case, 0, Some(Answer::Bool(true)));
        access::vacations_mut(&mut case).push(Default::default());
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
            (q.set)(&mut written, 0, Some(sample.clone()));
            assert_eq!((q.get)(&written, 0), Some(sample), "{:?}", q.field);
            // A test always has a kind; parts and lists are switched off by "no", not by emptiness.
            let clearable =
                !matches!(q.kind, Control::Part | Control::HasItems) && q.field != Field::TestKind;
            if clearable {
                (q.set)(&mut written, 0, None);
                assert_eq!((q.get)(&written, 0), None, "{:?}", q.field);
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
