//! Labels looked up by what they name (a page, a field, an answer's value), never by position in a
//! list, so that reordering a list of choices cannot attach a label to the wrong value.

use super::table::{CourseColumn, CreditPart, PolicyText, Text};
use crate::app::questions::Group;
use crate::app::route::Page;
use crate::engine::case::answer::Opt;
use crate::engine::case::field::Field;
use crate::engine::case::{
    CourseKind, CreditUnit, EctsRegion, GradeSystem, Level, Nature, Reason, Route, Status,
    TeachingLanguage,
};
use crate::engine::explain;
use crate::engine::rules::courses::CourseResult;
use crate::engine::rules::eligibility::Outcome;
use crate::engine::rules::policy::Policy;
use crate::lang::Lang;

impl Text {
    /// A page's name, as the overview and the tab title show it.
    pub fn step(&self, page: Page) -> &'static str {
        self.frame.steps[page.index()]
    }

    /// The question that asks a field.
    pub fn question(&self, field: Field) -> &'static str {
        let (a, r, c, p) = (&self.about, &self.record, &self.courses, &self.programme);
        match field {
            Field::Route => a.route,
            Field::Level => a.level,
            Field::Revoked => a.revoked,
            Field::Reason => a.reason,
            Field::Status => a.status,
            Field::SemestersCompleted => a.semesters,
            Field::InFinalYear => a.final_year,
            Field::DisciplinaryRecord => a.discipline,
            Field::Quota => a.quota,
            Field::SpecialEnrollment => a.special,
            Field::FromLowerLevel => a.lower,
            Field::AssessedOn => a.assessed_on,
            Field::Performance | Field::PerformanceValue => r.average,
            Field::ExplanatoryMaterial => r.explanatory,
            Field::EntranceScore | Field::EntranceExam => r.exam_score,
            Field::EntranceCutoff => r.exam_cutoff,
            Field::AdmissionStandard | Field::Postgraduate => r.admission_standard,
            Field::Papers | Field::Paper => r.has_papers,
            Field::PaperFirstAuthor => r.first_author,
            Field::PaperWosCore => r.wos_core,
            Field::PaperImpactFactor => r.impact_factor,
            Field::PaperRelevantField => r.relevant_field,
            Field::RevocationDocument | Field::RevokedDetails => r.revocation_document,
            Field::CompletedStudiesCertificate => r.completed_certificate,
            Field::CompletedCredits => r.completed_credits,
            Field::OriginalTotalCredits => r.original_total,
            Field::ResearchProgressCertificate => r.research_progress,
            Field::AuthenticationBody | Field::Authentication => r.body,
            Field::AuthenticationConsistent => r.consistent,
            Field::TeachingLanguage | Field::Language => r.teaching,
            Field::EnglishSpeakingCountry => r.english_country,
            Field::ExemptionCertificate => r.exemption,
            Field::LanguageTests | Field::Test => r.has_tests,
            Field::TestKind => r.test,
            Field::TestOverall => r.overall,
            Field::TestSections => r.sections,
            Field::TestLevel => r.hsk_level,
            Field::OriginTheoryHours | Field::OriginCreditHours => c.theory_hours,
            Field::OriginPracticeHours => c.practice_hours,
            Field::EctsRegion => c.ects_region,
            Field::Courses => self.step(Page::Courses),
            Field::Plan | Field::SemesterStart => self.plan.semester_start,
            Field::RevocationAnnouncedOn => self.plan.revocation_announced_on,
            Field::SubmittedOn => self.plan.submitted_on,
            Field::Vacations | Field::Vacation => self.plan.vacations,
            Field::VacationFrom => self.plan.vacation_from,
            Field::VacationTo => self.plan.vacation_to,
            Field::InformedOn => self.plan.informed_on,
            Field::TuitionPerYear => self.plan.tuition,
            Field::ArchivalCertificateDays => self.plan.archival_days,
            Field::DocumentsReady => self.plan.documents_ready,
            Field::RussianDiploma => self.cscse.russian_diploma,
            Field::CscseDone => self.cscse.steps_heading,
            Field::Course | Field::CourseTitle => c.course_title,
            Field::CourseCredits => c.credits,
            Field::CourseCreditUnit => c.unit,
            Field::CourseKind => c.kind,
            Field::CourseNature => c.nature,
            Field::CourseGrade | Field::CourseGradeValue => c.grade,
            Field::CourseHours => c.hours,
            Field::CourseWeeklyHours => c.weekly_hours,
            Field::CourseWeeks => c.weeks,
            Field::CourseCompletedOn => c.completed_on,
            Field::CourseRetake => c.retake,
            Field::CourseOfficialTranscript => c.transcript,
            Field::CourseTranslated => c.translated,
            Field::CourseRegularInstitution => c.regular,
            Field::CourseContinuousStudy => c.continuous,
            Field::CourseFailedBeforeRevocation => c.failed_before,
            Field::CoursePracticeCertificate => c.practice_certificate,
            Field::CourseLiteracy => c.is_literacy,
            Field::CourseLiteracyCategory => c.category,
            Field::CourseLiteracyContent => c.content_ok,
            Field::CourseLiteracyAssessment => c.assessment_ok,
            Field::CourseMatch => c.has_match,
            Field::CourseMatchTitle => c.match_title,
            Field::CourseMatchCredits => c.match_credits,
            Field::CourseMatchHours => c.match_hours,
            Field::CourseMatchNature => c.match_nature,
            Field::CourseMatchOverlap => c.overlap,
            Field::ProgramTotalCredits => p.total,
            Field::ProgramTheoryHours | Field::ProgramCreditHours => p.theory_hours,
            Field::ProgramPracticeHours => p.practice_hours,
            Field::LiteracyRequired => p.literacy,
            Field::Format | Field::Version => self.frame.file,
        }
    }

    /// The hint under a question, if it has one; figures of the Measures come from `policy`.
    pub fn hint(&self, field: Field, policy: &Policy) -> Option<String> {
        let (a, r, c, p) = (&self.about, &self.record, &self.courses, &self.programme);
        let fixed = match field {
            Field::Revoked => a.revoked_hint,
            Field::SemestersCompleted => a.semesters_hint,
            Field::InFinalYear => a.final_year_hint,
            Field::SpecialEnrollment => a.special_hint,
            Field::AssessedOn => {
                return Some((a.assessed_on_hint)(policy.grade_validity_years.value))
            }
            Field::ExplanatoryMaterial => r.explanatory_hint,
            Field::EntranceCutoff => r.exam_cutoff_hint,
            Field::Papers => r.has_papers_hint,
            Field::RevocationDocument => r.revocation_document_hint,
            Field::ResearchProgressCertificate => r.research_progress_hint,
            Field::AuthenticationBody => r.body_hint,
            Field::ExemptionCertificate => r.exemption_hint,
            Field::TestSections => r.sections_hint,
            Field::EctsRegion => return Some((c.ects_region_hint)(policy.internship_percent())),
            Field::CourseHours => c.hours_hint,
            Field::CourseRegularInstitution => c.regular_hint,
            Field::CourseContinuousStudy => {
                return Some((c.continuous_hint)(policy.grade_validity_years.value))
            }
            Field::CourseLiteracy => c.is_literacy_hint,
            Field::CourseMatch => c.has_match_hint,
            Field::CourseMatchOverlap => c.overlap_hint,
            Field::ProgramTotalCredits => p.total_hint,
            Field::ProgramTheoryHours => p.hours_hint,
            Field::LiteracyRequired => return Some((p.literacy_hint)(policy)),
            Field::ArchivalCertificateDays => self.cscse.archival_hint,
            _ => return None,
        };
        Some(fixed.to_owned())
    }

    /// The heading over a group of questions; `None` where the page's title says it all.
    pub fn group(&self, group: Group) -> Option<&'static str> {
        let (r, c) = (&self.record, &self.courses);
        match group {
            Group::Status | Group::Programme | Group::Paper | Group::Test => None,
            Group::Average => Some(r.average_heading),
            Group::EntranceExam => Some(r.exam_heading),
            Group::Postgraduate => Some(r.postgraduate_heading),
            Group::Revoked => Some(r.revoked_heading),
            Group::Authentication => Some(r.authentication_heading),
            Group::Language => Some(r.language_heading),
            Group::Origin => Some(c.origin_heading),
            Group::CourseFacts => Some(c.facts_heading),
            Group::CourseEvidence => Some(c.evidence_heading),
            Group::CourseLiteracy
            | Group::CourseMatch
            | Group::Plan
            | Group::Vacation
            | Group::Cscse
            | Group::Diploma => None,
        }
    }

    pub fn route(&self, route: Route) -> &'static str {
        let r = &self.about.routes;
        match route {
            Route::Mainland => r[0],
            Route::Hmt => r[1],
            Route::SinoForeign => r[2],
            Route::International => r[3],
        }
    }

    pub fn level(&self, level: Level) -> &'static str {
        let l = &self.about.levels;
        match level {
            Level::Undergraduate => l[0],
            Level::Master => l[1],
            Level::Doctoral => l[2],
        }
    }

    /// A reason's label and the evidence it needs.
    pub fn reason(&self, reason: Reason) -> (&'static str, PolicyText) {
        let r = &self.about.reasons;
        match reason {
            Reason::Health => r[0],
            Reason::Family => r[1],
            Reason::Academic => r[2],
            Reason::Revoked => r[3],
        }
    }

    pub fn status(&self, status: Status) -> &'static str {
        let s = &self.about.statuses;
        match status {
            Status::Normal => s[0],
            Status::Suspended => s[1],
            Status::AdmissionRetained => s[2],
            Status::ExpulsionProposed => s[3],
            Status::Expelled => s[4],
        }
    }

    /// The label of a value of one of the case file's word lists.
    pub fn opt(&self, opt: Opt, lang: Lang) -> &'static str {
        let c = &self.courses;
        match opt {
            Opt::Route(r) => self.route(r),
            Opt::Level(l) => self.level(l),
            Opt::Reason(r) => self.reason(r).0,
            Opt::Status(s) => self.status(s),
            Opt::Body(b) => explain::body(b, lang),
            Opt::Teaching(TeachingLanguage::English) => self.record.teaching_languages[0],
            Opt::Teaching(TeachingLanguage::Chinese) => self.record.teaching_languages[1],
            Opt::Test(k) => explain::test(k, lang),
            Opt::Unit(CreditUnit::Local) => c.units[0],
            Opt::Unit(CreditUnit::Ects) => c.units[1],
            Opt::Kind(CourseKind::Theory) => c.kinds[0],
            Opt::Kind(CourseKind::Practice) => c.kinds[1],
            Opt::Kind(CourseKind::Internship) => c.kinds[2],
            Opt::Nature(Nature::Compulsory) => c.natures[0],
            Opt::Nature(Nature::Elective) => c.natures[1],
            Opt::Category(cat) => explain::literacy_category(cat, lang),
            Opt::Region(EctsRegion::Eu) => c.ects_regions[0],
            Opt::Region(EctsRegion::NonEu) => c.ects_regions[1],
        }
    }

    /// What a value needs or means, where the label alone does not say.
    pub fn opt_hint(&self, opt: Opt, policy: &Policy) -> Option<String> {
        match opt {
            Opt::Reason(r) => Some((self.reason(r).1)(policy)),
            _ => None,
        }
    }

    pub fn grade_system(&self, system: GradeSystem) -> &'static str {
        self.record.systems[system_index(system)]
    }

    /// What a value in a grading system looks like; empty where the choices say it all.
    pub fn grade_value_hint(&self, system: GradeSystem) -> &'static str {
        self.record.value_hints[system_index(system)]
    }

    /// The heading of the findings with an outcome.
    pub fn outcome_group(&self, outcome: Outcome) -> &'static str {
        let g = &self.result.groups;
        match outcome {
            Outcome::Fail => g[0],
            Outcome::Review => g[1],
            Outcome::Missing => g[2],
            Outcome::Pass => g[3],
            Outcome::NotApplicable => g[4],
        }
    }

    pub fn credit_part(&self, part: CreditPart) -> &'static str {
        let p = &self.result.credit_parts;
        match part {
            CreditPart::Recognized => p[0],
            CreditPart::Literacy => p[1],
            CreditPart::LiteracyToTake => p[2],
            CreditPart::Shortfall => p[3],
            CreditPart::OtherToStudy => p[4],
            CreditPart::InReview => p[5],
        }
    }

    /// A course's converted credits as its row shows them: what counts, and for a course that is
    /// not recognized, that nothing does.
    pub fn converted_credits(&self, r: &CourseResult) -> String {
        match r.credits_if_counted() {
            Some(credits) => credits.to_string(),
            None if r.credits.is_some() => self.courses.not_counted.to_owned(),
            None => String::new(),
        }
    }

    pub fn course_column(&self, column: CourseColumn) -> &'static str {
        self.courses.columns[column as usize]
    }
}

fn system_index(system: GradeSystem) -> usize {
    match system {
        GradeSystem::Percentage => 0,
        GradeSystem::FiveLevel => 1,
        GradeSystem::FourLevel => 2,
        GradeSystem::Gpa4 => 3,
        GradeSystem::Ects => 4,
    }
}
