//! A programme chosen in the app, written into the case (`docs/catalog.md`, section 2): which programme
//! of which publication, and the programme's figures in the plain fields too, so that a case file is
//! complete without the catalogue and reads the same on a site that does not have it.

use super::{Course, Programme, Publication};
use crate::engine::case::{CaseFile, CatalogChoice, Course as Ours, Match, Num, ProgramHours};
use crate::lang::Lang;

/// Chooses `programme` of the publication for the case: its id and the publication's day, its total
/// credits, hours per credit and literacy credits.
pub fn choose(case: &mut CaseFile, publication: &Publication, programme: &Programme) {
    case.program.catalog = Some(CatalogChoice {
        programme: Some(programme.id.clone()),
        published_on: Some(publication.published_on.to_string()),
    });
    copy_figures(case, programme);
}

/// Writes the programme's total credits, hours per credit and literacy credits into the case's plain
/// fields: what a chosen programme's figures are wherever the catalogue applies to it, whatever the
/// case's copies say (a case made with another publication).
pub fn copy_figures(case: &mut CaseFile, programme: &Programme) {
    let p = &mut case.program;
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

/// Matches a course of the case with `receiving`, a course of the chosen programme, that taught its
/// knowledge points `covered`: its code and points, and the catalogue's title (in `lang`), credits,
/// hours and nature and the overlap counted on the points in the plain fields.
pub fn match_course(course: &mut Ours, receiving: &Course, covered: Vec<String>, lang: Lang) {
    // An overlap the student estimated stays with the course it was estimated for: one typed before a
    // course of the list was chosen, or for this same course; never one counted for another course.
    let typed = course
        .matched
        .as_ref()
        .filter(|m| m.code.as_deref().is_none_or(|code| code == receiving.code))
        .and_then(|m| m.overlap);
    let counted = !receiving.knowledge_points.is_empty();
    course.matched = Some(Match {
        code: Some(receiving.code.clone()),
        title: Some(receiving.title.get(lang).to_owned()),
        credits: Some(Num(receiving.credits.to_f64())),
        hours: Some(Num(receiving.hours.to_f64())),
        nature: Some(receiving.nature),
        // A course without knowledge points keeps the overlap typed for it.
        overlap: if counted {
            counted_overlap(receiving, &covered)
        } else {
            typed
        },
        covered: counted.then_some(covered),
    });
}

/// The overlap counted on the points, to three places rounded down: on the counted one's side of
/// every minimum, as a case file's numbers have at most three places.
fn counted_overlap(receiving: &Course, covered: &[String]) -> Option<Num> {
    let counted = receiving.overlap(covered)?;
    Some(Num(counted.overlap.floor().to_f64()))
}

/// The knowledge points a course is said to have taught of its receiving course.
pub fn covered(course: &Ours) -> &[String] {
    course
        .matched
        .as_ref()
        .and_then(|m| m.covered.as_deref())
        .unwrap_or_default()
}

/// Says whether a course taught knowledge point `point` of `receiving`, its match; the points are
/// kept in the catalogue's order and the overlap follows them.
pub fn tick(course: &mut Ours, receiving: &Course, point: &str, taught: bool) {
    let Some(m) = course.matched.as_mut() else {
        return;
    };
    let mut covered = m.covered.take().unwrap_or_default();
    covered.retain(|id| id != point);
    if taught {
        covered.push(point.to_owned());
    }
    covered.sort_by_key(|id| receiving.knowledge_points.iter().position(|k| &k.id == id));
    m.overlap = counted_overlap(receiving, &covered);
    m.covered = Some(covered);
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
        case.courses.push(crate::engine::case::Course::default());
        let cs201 = programme.course("CS201").unwrap();
        match_course(&mut case.courses[0], cs201, vec![], Lang::Zh);
        let m = case.courses[0].matched.clone().unwrap();
        assert_eq!(m.title.as_deref(), Some("数据结构"));
        assert_eq!((m.credits, m.hours), (Some(Num(4.0)), Some(Num(64.0))));
        assert_eq!(m.overlap, Some(Num(0.0)));
        let points: Vec<String> = cs201
            .knowledge_points
            .iter()
            .map(|k| k.id.clone())
            .collect();
        for id in points.iter().rev() {
            tick(&mut case.courses[0], cs201, id, true);
        }
        assert_eq!(
            covered(&case.courses[0]),
            points.as_slice(),
            "in the catalogue's order"
        );
        assert_eq!(
            case.courses[0].matched.as_ref().unwrap().overlap,
            Some(Num(1.0))
        );
        tick(&mut case.courses[0], cs201, &points[0], false);
        let counted = cs201.overlap(&points[1..]).unwrap().overlap;
        assert_eq!(
            case.courses[0].matched.as_ref().unwrap().overlap,
            Some(Num(counted.floor().to_f64()))
        );
        check(&case, today).expect("a match written by the app is a valid case");
        // A course without knowledge points does not take the overlap counted for another course.
        let cs401 = programme.course("CS401").unwrap();
        assert!(cs401.knowledge_points.is_empty());
        match_course(&mut case.courses[0], cs401, vec![], Lang::En);
        assert_eq!(case.courses[0].matched.as_ref().unwrap().overlap, None);
        // One the student typed for it is kept when it is chosen again.
        case.courses[0].matched.as_mut().unwrap().overlap = Some(Num(0.8));
        match_course(&mut case.courses[0], cs401, vec![], Lang::En);
        assert_eq!(
            case.courses[0].matched.as_ref().unwrap().overlap,
            Some(Num(0.8))
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
