//! The identity of every answer in a case file. A field's path (`applicant.semesters_completed`,
//! `courses[3].grade.value`) is spelled here and nowhere else: validation, findings, "what would
//! change", the form, the check-your-answers summary and saved drafts all name fields by these values,
//! so a typo is a compile error instead of an error message detached from its field.

use std::fmt;
use std::str::FromStr;

/// A list of the case file whose items have fields of their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum List {
    Courses,
    Papers,
    Tests,
    Vacations,
}

impl List {
    pub const ALL: [List; 4] = [List::Courses, List::Papers, List::Tests, List::Vacations];

    pub const fn path(self) -> &'static str {
        match self {
            List::Courses => "courses",
            List::Papers => "applicant.postgraduate.papers",
            List::Tests => "applicant.language.tests",
            List::Vacations => "plan.vacations",
        }
    }
}

macro_rules! fields {
    ($( $(#[$doc:meta])* $name:ident => $list:expr, $path:literal; )*) => {
        /// An answer of the case file. Fields of list items (`Course*`, `Paper*`, `Test*`) are
        /// placed by [`FieldPath::item`]; their path here is relative to the item.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Field {
            $( $(#[$doc])* $name, )*
        }

        impl Field {
            pub const ALL: &'static [Field] = &[ $( Field::$name, )* ];

            /// The list whose items hold this field, if any.
            pub const fn list(self) -> Option<List> {
                match self { $( Field::$name => $list, )* }
            }

            /// The path, relative to its list item for fields of list items (empty for the item).
            pub const fn path(self) -> &'static str {
                match self { $( Field::$name => $path, )* }
            }
        }
    };
}

const TOP: Option<List> = None;
const COURSE: Option<List> = Some(List::Courses);
const PAPER: Option<List> = Some(List::Papers);
const TEST: Option<List> = Some(List::Tests);
const VACATION: Option<List> = Some(List::Vacations);

fields! {
    Format => TOP, "format";
    Version => TOP, "version";
    /// The day the student will apply; the date the rules are applied on.
    AssessedOn => TOP, "assessed_on";
    Route => TOP, "applicant.route";
    Level => TOP, "applicant.level";
    Revoked => TOP, "applicant.revoked";
    SemestersCompleted => TOP, "applicant.semesters_completed";
    InFinalYear => TOP, "applicant.in_final_year";
    Status => TOP, "applicant.status";
    DisciplinaryRecord => TOP, "applicant.disciplinary_record";
    Reason => TOP, "applicant.reason";
    Quota => TOP, "applicant.receiving_major_has_quota";
    SpecialEnrollment => TOP, "applicant.special_enrollment";
    FromLowerLevel => TOP, "applicant.from_lower_level";
    ExplanatoryMaterial => TOP, "applicant.explanatory_material";
    EntranceExam => TOP, "applicant.entrance_exam";
    EntranceScore => TOP, "applicant.entrance_exam.score";
    EntranceCutoff => TOP, "applicant.entrance_exam.receiving_cutoff";
    /// The average's grading system and value together.
    Performance => TOP, "applicant.performance";
    PerformanceValue => TOP, "applicant.performance.value";
    Postgraduate => TOP, "applicant.postgraduate";
    AdmissionStandard => TOP, "applicant.postgraduate.admission_standard_not_lower";
    ResearchProgressCertificate => TOP, "applicant.postgraduate.research_progress_certificate";
    Papers => TOP, "applicant.postgraduate.papers";
    RevokedDetails => TOP, "applicant.revoked_details";
    RevocationDocument => TOP, "applicant.revoked_details.revocation_document";
    CompletedStudiesCertificate => TOP, "applicant.revoked_details.completed_studies_certificate";
    CompletedCredits => TOP, "applicant.revoked_details.completed_credits";
    OriginalTotalCredits => TOP, "applicant.revoked_details.original_total_credits";
    Authentication => TOP, "applicant.authentication";
    AuthenticationBody => TOP, "applicant.authentication.body";
    AuthenticationConsistent => TOP, "applicant.authentication.consistent";
    Language => TOP, "applicant.language";
    TeachingLanguage => TOP, "applicant.language.major_teaching_language";
    EnglishSpeakingCountry => TOP, "applicant.language.english_speaking_country";
    ExemptionCertificate => TOP, "applicant.language.exemption_certificate";
    LanguageTests => TOP, "applicant.language.tests";
    OriginCreditHours => TOP, "origin.credit_hours";
    OriginTheoryHours => TOP, "origin.credit_hours.theory";
    OriginPracticeHours => TOP, "origin.credit_hours.practice";
    EctsRegion => TOP, "origin.ects_region";
    ProgramTotalCredits => TOP, "program.total_graduation_credits";
    ProgramCreditHours => TOP, "program.credit_hours";
    ProgramTheoryHours => TOP, "program.credit_hours.theory";
    ProgramPracticeHours => TOP, "program.credit_hours.practice";
    LiteracyRequired => TOP, "program.literacy_credits_required";
    Courses => TOP, "courses";
    Plan => TOP, "plan";
    /// The first teaching day of the semester applied for.
    SemesterStart => TOP, "plan.semester_start";
    RevocationAnnouncedOn => TOP, "plan.revocation_announced_on";
    SubmittedOn => TOP, "plan.submitted_on";
    Vacations => TOP, "plan.vacations";
    InformedOn => TOP, "plan.informed_on";
    TuitionPerYear => TOP, "plan.tuition_per_year";
    ArchivalCertificateDays => TOP, "plan.archival_certificate_days";
    DocumentsReady => TOP, "plan.documents_ready";
    RussianDiploma => TOP, "plan.russian_diploma";
    CscseDone => TOP, "plan.cscse_done";

    /// A whole course (`courses[i]`).
    Course => COURSE, "";
    CourseTitle => COURSE, "title";
    CourseCredits => COURSE, "credits";
    CourseCreditUnit => COURSE, "credit_unit";
    CourseKind => COURSE, "kind";
    CourseNature => COURSE, "nature";
    CourseGrade => COURSE, "grade";
    CourseGradeValue => COURSE, "grade.value";
    CourseHours => COURSE, "hours";
    CourseWeeklyHours => COURSE, "weekly_hours";
    CourseWeeks => COURSE, "weeks";
    CourseCompletedOn => COURSE, "completed_on";
    CourseRetake => COURSE, "retake";
    CourseOfficialTranscript => COURSE, "official_transcript";
    CourseTranslated => COURSE, "translated_or_official_language";
    CourseRegularInstitution => COURSE, "regular_institution";
    CourseContinuousStudy => COURSE, "continuous_study";
    CourseFailedBeforeRevocation => COURSE, "failed_before_revocation";
    CoursePracticeCertificate => COURSE, "practice_certificate";
    CourseLiteracy => COURSE, "literacy";
    CourseLiteracyCategory => COURSE, "literacy.category";
    CourseLiteracyContent => COURSE, "literacy.content_ok";
    CourseLiteracyAssessment => COURSE, "literacy.assessment_ok";
    CourseMatch => COURSE, "match";
    CourseMatchTitle => COURSE, "match.title";
    CourseMatchCredits => COURSE, "match.credits";
    CourseMatchHours => COURSE, "match.hours";
    CourseMatchNature => COURSE, "match.nature";
    CourseMatchOverlap => COURSE, "match.overlap";

    /// A whole paper (`applicant.postgraduate.papers[i]`).
    Paper => PAPER, "";
    PaperFirstAuthor => PAPER, "first_author";
    PaperWosCore => PAPER, "wos_core";
    PaperImpactFactor => PAPER, "impact_factor";
    PaperRelevantField => PAPER, "relevant_field";

    /// A whole test result (`applicant.language.tests[i]`).
    Test => TEST, "";
    TestKind => TEST, "test";
    TestOverall => TEST, "overall";
    /// The four section scores together; one of them is [`FieldPath::section`].
    TestSections => TEST, "sections";
    TestLevel => TEST, "level";

    /// A whole vacation (`plan.vacations[i]`).
    Vacation => VACATION, "";
    VacationFrom => VACATION, "from";
    VacationTo => VACATION, "to";
}

/// Where an answer is: a field, with the list item (and section score) it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FieldPath {
    pub field: Field,
    /// The item's index, for fields of list items; counted from 0 as in the file.
    pub index: Option<usize>,
    /// One of a test's section scores (`sections[2]`).
    pub section: Option<usize>,
}

impl From<Field> for FieldPath {
    fn from(field: Field) -> FieldPath {
        debug_assert!(field.list().is_none(), "{field:?} needs an item index");
        FieldPath {
            field,
            index: None,
            section: None,
        }
    }
}

impl FieldPath {
    /// A field of list item `index`.
    pub const fn item(field: Field, index: usize) -> FieldPath {
        FieldPath {
            field,
            index: Some(index),
            section: None,
        }
    }

    /// A course's field (`courses[3].grade`).
    pub const fn course(index: usize, field: Field) -> FieldPath {
        FieldPath::item(field, index)
    }

    /// One section score of test `index`.
    pub const fn section(index: usize, section: usize) -> FieldPath {
        FieldPath {
            field: Field::TestSections,
            index: Some(index),
            section: Some(section),
        }
    }

    /// The list item this path is within, if any.
    pub fn list_item(&self) -> Option<(List, usize)> {
        Some((self.field.list()?, self.index?))
    }

    /// The same field in another item of its list (for rows that move).
    pub fn with_index(self, index: usize) -> FieldPath {
        FieldPath {
            index: Some(index),
            ..self
        }
    }

    /// Whether `self` is `other` or inside it (`courses[1].grade.value` is within `courses[1]`).
    pub fn is_within(&self, other: &FieldPath) -> bool {
        let (mine, theirs) = (self.field.path(), other.field.path());
        self.list_item() == other.list_item()
            && (other.section.is_none() || self.section == other.section)
            && (theirs.is_empty()
                || mine == theirs
                || mine
                    .strip_prefix(theirs)
                    .is_some_and(|rest| rest.starts_with('.')))
    }

    /// Reads a path as [`Display`](fmt::Display) writes it; `None` for a path of no known field.
    pub fn parse(path: &str) -> Option<FieldPath> {
        path.parse().ok()
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.field.list(), self.index) {
            (Some(list), Some(i)) => {
                write!(f, "{}[{i}]", list.path())?;
                if !self.field.path().is_empty() {
                    write!(f, ".{}", self.field.path())?;
                }
            }
            _ => f.write_str(self.field.path())?,
        }
        if let Some(s) = self.section {
            write!(f, "[{s}]")?;
        }
        Ok(())
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.path())
    }
}

/// A path that names no field of the case file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownPath;

impl FromStr for FieldPath {
    type Err = UnknownPath;

    fn from_str(path: &str) -> Result<FieldPath, UnknownPath> {
        if let Some(field) = Field::ALL
            .iter()
            .copied()
            .find(|f| f.list().is_none() && f.path() == path)
        {
            return Ok(field.into());
        }
        for list in List::ALL {
            let Some(rest) = path
                .strip_prefix(list.path())
                .and_then(|r| r.strip_prefix('['))
            else {
                continue;
            };
            let (index, rest) = rest.split_once(']').ok_or(UnknownPath)?;
            let index: usize = index.parse().map_err(|_| UnknownPath)?;
            let (rest, section) = split_section(rest)?;
            let rest = rest.strip_prefix('.').unwrap_or(rest);
            let field = Field::ALL
                .iter()
                .copied()
                .find(|f| f.list() == Some(list) && f.path() == rest)
                .ok_or(UnknownPath)?;
            if section.is_some() && field != Field::TestSections {
                return Err(UnknownPath);
            }
            return Ok(FieldPath {
                field,
                index: Some(index),
                section,
            });
        }
        Err(UnknownPath)
    }
}

/// `sections[2]` -> (`sections`, Some(2)).
fn split_section(rest: &str) -> Result<(&str, Option<usize>), UnknownPath> {
    match rest.strip_suffix(']').and_then(|r| r.rsplit_once('[')) {
        Some((head, n)) => Ok((head, Some(n.parse().map_err(|_| UnknownPath)?))),
        None => Ok((rest, None)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_round_trips_through_its_path() {
        for &field in Field::ALL {
            let at = match field.list() {
                None => FieldPath::from(field),
                Some(_) => FieldPath::item(field, 12),
            };
            assert_eq!(FieldPath::parse(&at.to_string()), Some(at), "{at}");
        }
        let s = FieldPath::section(1, 3);
        assert_eq!(s.to_string(), "applicant.language.tests[1].sections[3]");
        assert_eq!(FieldPath::parse(&s.to_string()), Some(s));
    }

    #[test]
    fn paths_are_written_as_the_case_file_spells_them() {
        assert_eq!(
            FieldPath::from(Field::SemestersCompleted).to_string(),
            "applicant.semesters_completed"
        );
        assert_eq!(
            FieldPath::course(3, Field::CourseGradeValue).to_string(),
            "courses[3].grade.value"
        );
        assert_eq!(
            FieldPath::course(0, Field::Course).to_string(),
            "courses[0]"
        );
        assert_eq!(
            FieldPath::item(Field::PaperImpactFactor, 0).to_string(),
            "applicant.postgraduate.papers[0].impact_factor"
        );
    }

    #[test]
    fn unknown_paths_are_refused() {
        for bad in [
            "",
            "applicant.routes",
            "courses",
            "courses[x].title",
            "courses[1].favourite",
            "courses[1].title[2]",
            "applicant.language.tests[0].sections[x]",
        ] {
            if bad == "courses" {
                assert_eq!(FieldPath::parse(bad), Some(Field::Courses.into()));
                continue;
            }
            assert_eq!(FieldPath::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_field_is_within_its_item() {
        let value = FieldPath::course(1, Field::CourseGradeValue);
        assert!(value.is_within(&FieldPath::course(1, Field::Course)));
        assert!(value.is_within(&FieldPath::course(1, Field::CourseGrade)));
        assert!(!value.is_within(&FieldPath::course(11, Field::Course)));
        assert!(!value.is_within(&FieldPath::course(0, Field::Course)));
    }
}
