//! Where an answer is. Every field has one identity, [`Field`], declared with its path by its row in
//! the case file's schema (`case/mod.rs`); here a field is placed in its list item
//! (`courses[3].grade.value`), written and read back. Validation, findings, "what would change", the
//! form, the check-your-answers summary and saved drafts all name fields by these values, so a typo is
//! a compile error instead of an error message detached from its field.

use super::Field;
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

    /// The list's own path, as its schema row spells it.
    pub const fn path(self) -> &'static str {
        match self {
            List::Courses => Field::Courses.path(),
            List::Papers => Field::Papers.path(),
            List::Tests => Field::LanguageTests.path(),
            List::Vacations => Field::Vacations.path(),
        }
    }
}

/// The lists a schema row names with `in` (see [`super::schema`]).
pub mod lists {
    use super::List;

    pub const TOP: Option<List> = None;
    pub const COURSE: Option<List> = Some(List::Courses);
    pub const PAPER: Option<List> = Some(List::Papers);
    pub const TEST: Option<List> = Some(List::Tests);
    pub const VACATION: Option<List> = Some(List::Vacations);
}

impl Field {
    /// Where the field stands in the case file as written: its list (none first), then the place of
    /// each name of its path among its object's fields. A name of no object of the schema (a
    /// grade's `value`) comes after its object's fields.
    fn place(self) -> [u8; 6] {
        let mut key = [0u8; 6];
        key[0] = self.list().map_or(0, |l| l as u8 + 1);
        let path = self.path();
        let mut prefix_len = 0;
        for (depth, name) in path
            .split('.')
            .filter(|n| !n.is_empty())
            .take(5)
            .enumerate()
        {
            let prefix = &path[..prefix_len];
            key[depth + 1] = Field::OBJECTS
                .iter()
                .find(|(list, p, _)| *list == self.list() && *p == prefix)
                .and_then(|(_, _, names)| names.iter().position(|n| *n == name))
                .map_or(u8::MAX, |i| i as u8 + 1);
            prefix_len += name.len() + 1;
        }
        key
    }
}

impl Field {
    /// Whether the field is a list of values, whose items a path may name.
    pub const fn has_elements(self) -> bool {
        matches!(self, Field::TestSections | Field::CourseMatchCovered)
    }
}

impl Ord for Field {
    fn cmp(&self, other: &Field) -> std::cmp::Ordering {
        (self.place(), *self as u8).cmp(&(other.place(), *other as u8))
    }
}

impl PartialOrd for Field {
    fn partial_cmp(&self, other: &Field) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Where an answer is: a field, with the list item (and section score) it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FieldPath {
    pub field: Field,
    /// The item's index, for fields of list items; counted from 0 as in the file.
    pub index: Option<usize>,
    /// One item of a field that is a list of values: a test's section score (`sections[2]`), a
    /// covered knowledge point (`covered[1]`).
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
        FieldPath::item(Field::TestSections, index).element(section)
    }

    /// One item of this field's list of values (`sections[2]`, `covered[1]`).
    pub const fn element(self, at: usize) -> FieldPath {
        FieldPath {
            section: Some(at),
            ..self
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
            if section.is_some() && !field.has_elements() {
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
        let covered = FieldPath::course(2, Field::CourseMatchCovered).element(1);
        assert_eq!(covered.to_string(), "courses[2].match.covered[1]");
        assert_eq!(FieldPath::parse(&covered.to_string()), Some(covered));
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
    fn fields_sort_in_the_case_file_order() {
        let order = [
            Field::Format,
            Field::AssessedOn,
            Field::Route,
            Field::SemestersCompleted,
            Field::EntranceExam,
            Field::EntranceScore,
            Field::EntranceCutoff,
            Field::Performance,
            Field::PerformanceValue,
            Field::Postgraduate,
            Field::Papers,
            Field::Language,
            Field::LanguageTests,
            Field::OriginCreditHours,
            Field::OriginTheoryHours,
            Field::EctsRegion,
            Field::ProgramTotalCredits,
            Field::Courses,
            Field::Plan,
            Field::SemesterStart,
            Field::Vacations,
            Field::CscseDone,
            Field::Course,
            Field::CourseTitle,
            Field::CourseGrade,
            Field::CourseGradeValue,
            Field::CourseHours,
            Field::CourseMatchOverlap,
            Field::Paper,
            Field::PaperRelevantField,
            Field::Test,
            Field::TestLevel,
            Field::Vacation,
            Field::VacationTo,
        ];
        for pair in order.windows(2) {
            assert!(pair[0] < pair[1], "{:?} < {:?}", pair[0], pair[1]);
        }
        let mut all = Field::ALL.to_vec();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), Field::ALL.len(), "no two fields compare equal");
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
