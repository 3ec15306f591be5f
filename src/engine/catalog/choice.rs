//! A programme chosen in the app, written into the case (`docs/catalog.md`, section 2): which programme
//! of which publication, and the programme's figures in the plain fields too, so that a case file is
//! complete without the catalogue and reads the same on a site that does not have it.

use super::{Programme, Publication};
use crate::engine::case::{CaseFile, CatalogChoice, Num, ProgramHours};

/// Chooses `programme` of the publication for the case: its id and the publication's day, its total
/// credits, hours per credit and literacy credits.
pub fn choose(case: &mut CaseFile, publication: &Publication, programme: &Programme) {
    let p = &mut case.program;
    p.catalog = Some(CatalogChoice {
        programme: Some(programme.id.clone()),
        published_on: Some(publication.published_on.to_string()),
    });
    p.total_graduation_credits = Some(Num(programme.total_credits.to_f64()));
    p.credit_hours = Some(ProgramHours {
        theory: Some(Num(programme.hours_per_credit.theory.to_f64())),
        practice: Some(Num(programme.hours_per_credit.practice.to_f64())),
    });
    p.literacy_credits_required = Some(Num(programme.literacy_credits.to_f64()));
}

/// Forgets the chosen programme ("My programme is not listed"): the figures stay as they were, to be
/// typed over.
pub fn forget(case: &mut CaseFile) {
    case.program.catalog = None;
}

/// The chosen programme's id, if the case chose one.
pub fn chosen_id(case: &CaseFile) -> Option<&str> {
    case.program.catalog.as_ref()?.programme.as_deref()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::engine::case::date::Date;
    use crate::engine::case::validate::check;
    use crate::engine::catalog::read::read_dir;
    use crate::engine::{assess, MEASURES_2023_046};

    #[test]
    fn a_chosen_programme_s_figures_are_in_the_file_and_its_assessment_uses_the_catalogue() {
        let catalog = read_dir(std::path::Path::new("catalog")).expect("the sample passes");
        let programme = catalog.programme("cs-2026").unwrap();
        let mut case = CaseFile::new();
        case.program.total_graduation_credits = Some(Num(99.0));
        choose(&mut case, &catalog.publication, programme);
        assert_eq!(chosen_id(&case), Some("cs-2026"));
        assert_eq!(case.program.total_graduation_credits, Some(Num(160.0)));
        assert_eq!(case.program.literacy_credits_required, Some(Num(3.0)));
        let today = Date::new(2026, 12, 1).unwrap();
        let model = check(&case, today).expect("a chosen programme is a valid case");
        let a = assess(&model, &MEASURES_2023_046, Some(&catalog));
        assert_eq!(
            a.programme.status,
            crate::engine::rules::programme::Status::Used
        );
        forget(&mut case);
        assert_eq!(chosen_id(&case), None);
        assert_eq!(
            case.program.total_graduation_credits,
            Some(Num(160.0)),
            "kept to type over"
        );
    }
}
