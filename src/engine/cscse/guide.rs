//! What of the published procedure concerns a case. The procedure is written for the holder of a
//! diploma, and its source for a graduate of a Russian university; an applicant for a transfer is still
//! studying (A4.1), and most diplomas are not Russian. The guide shows what the case says applies, and
//! words conditionally what the case does not say (reading G14 of `docs/assessment-contract.md`).

use crate::engine::case::CaseFile;

/// Where the applicant's studies at the original institution stand, as far as the case says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Studies {
    /// The answers are an applicant's for a transfer, who has completed some semesters but not entered
    /// the final year (A4.1): still studying, with no diploma from the original institution yet. What
    /// to certify is what the receiving university says A4.4.2 accepts for studies in progress.
    InProgress,
    /// The original institution's authority to award degrees was revoked: the studies were completed
    /// without a diploma from it (A2).
    CompletedWithoutDegree,
    /// The answers say nothing of the applicant's studies (a visitor who came for the guide alone): the
    /// procedure as published, for a diploma, with a word for someone still studying.
    NotSaid,
}

impl Studies {
    /// Whether the case is known to have no diploma from the original institution to certify.
    pub fn without_diploma(self) -> bool {
        self != Studies::NotSaid
    }
}

/// A part of the guide that concerns only some cases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// What each level of a Russian diploma allows in China (the 1995 agreement).
    RussianDegreeLevels,
    /// The passport's series in the personal account, as the source (written for Russian graduates)
    /// asks for it.
    PassportSeries,
    /// The simplified procedure the source mentions for citizens of Kazakhstan.
    Kazakhstan,
}

/// What the guide shows for a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guide {
    pub studies: Studies,
    /// The diploma to certify is (or will be) from the Russian Federation (`plan.russian_diploma`).
    pub russian_diploma: bool,
}

impl Guide {
    pub fn of(case: &CaseFile) -> Guide {
        let a = &case.applicant;
        let studies = if a.revoked == Some(true) {
            Studies::CompletedWithoutDegree
        } else if a.route.is_some()
            || a.level.is_some()
            || a.revoked.is_some()
            || a.semesters_completed.is_some()
            || a.in_final_year.is_some()
            || a.status.is_some()
        {
            Studies::InProgress
        } else {
            Studies::NotSaid
        };
        Guide {
            studies,
            russian_diploma: case.plan.as_ref().and_then(|p| p.russian_diploma) == Some(true),
        }
    }

    /// Whether the guide shows `part`. Each Russian part follows the diploma: the case does not ask for
    /// citizenship, so the Kazakh item, which the source gives beside the Russian ones, is shown to
    /// holders of a Russian diploma and worded for citizens of Kazakhstan among them.
    pub fn shows(self, part: Part) -> bool {
        match part {
            Part::RussianDegreeLevels | Part::PassportSeries | Part::Kazakhstan => {
                self.russian_diploma
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::{Num, Plan, Route};

    /// A semester-3 applicant on the international route.
    fn applicant() -> CaseFile {
        let mut c = CaseFile::new();
        c.applicant.route = Some(Route::International);
        c.applicant.semesters_completed = Some(Num(3.0));
        c
    }

    fn with_russian_diploma(mut c: CaseFile, russian: Option<bool>) -> CaseFile {
        c.plan = Some(Plan {
            russian_diploma: russian,
            ..Plan::default()
        });
        c
    }

    #[test]
    fn an_applicant_for_a_transfer_is_still_studying() {
        let g = Guide::of(&applicant());
        assert_eq!(g.studies, Studies::InProgress);
        assert!(g.studies.without_diploma());
        // Any answer about the studies says so, whatever the route.
        let mut c = CaseFile::new();
        c.applicant.in_final_year = Some(false);
        assert_eq!(Guide::of(&c).studies, Studies::InProgress);
    }

    #[test]
    fn a_visitor_with_no_answers_may_hold_a_diploma() {
        let g = Guide::of(&CaseFile::new());
        assert_eq!(g.studies, Studies::NotSaid);
        assert!(!g.studies.without_diploma());
        // Answering the guide's own question says nothing of the studies.
        let g = Guide::of(&with_russian_diploma(CaseFile::new(), Some(true)));
        assert_eq!(g.studies, Studies::NotSaid);
        assert!(g.shows(Part::RussianDegreeLevels));
    }

    #[test]
    fn a_revoked_institution_leaves_completed_studies_without_a_diploma() {
        let mut c = applicant();
        c.applicant.revoked = Some(true);
        let g = Guide::of(&c);
        assert_eq!(g.studies, Studies::CompletedWithoutDegree);
        assert!(g.studies.without_diploma());
        c.applicant.revoked = Some(false);
        assert_eq!(Guide::of(&c).studies, Studies::InProgress);
    }

    #[test]
    fn the_russian_and_kazakh_items_only_with_a_russian_diploma() {
        let parts = [
            Part::RussianDegreeLevels,
            Part::PassportSeries,
            Part::Kazakhstan,
        ];
        let russian = Guide::of(&with_russian_diploma(applicant(), Some(true)));
        assert!(russian.russian_diploma);
        assert!(parts.iter().all(|&p| russian.shows(p)));
        for answer in [Some(false), None] {
            let other = Guide::of(&with_russian_diploma(applicant(), answer));
            assert!(!other.russian_diploma);
            assert!(parts.iter().all(|&p| !other.shows(p)), "{answer:?}");
        }
        assert!(!Guide::of(&applicant()).shows(Part::Kazakhstan));
    }
}
