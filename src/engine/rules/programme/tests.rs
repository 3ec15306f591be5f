use super::*;
use crate::engine::case::model::CatalogChoice;
use crate::engine::catalog::{Category, ClassKind, Course, HoursPerCredit};
use crate::engine::rules::courses::OverlapFrom;
use crate::engine::rules::policy::MEASURES_2023_046 as P;

fn day(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn f(s: &str) -> Fixed {
    Fixed::lit(s)
}

fn text(s: &str) -> Text {
    Text {
        en: s.to_owned(),
        zh: s.to_owned(),
    }
}

fn listed(code: &str, credits: &str, nature: Nature, core: bool, semester: Option<u8>) -> Course {
    Course {
        code: code.to_owned(),
        title: text(code),
        credits: f(credits),
        hours: f("32"),
        kind: ClassKind::Theory,
        nature,
        core,
        semester,
        knowledge_points: Vec::new(),
    }
}

fn programme() -> Programme {
    use Nature::{Compulsory, Elective};
    Programme {
        id: "cs-2026".into(),
        major_code: None,
        major: text("Computer Science"),
        college: text("Computing"),
        level: crate::engine::case::Level::Undergraduate,
        cohort: 2026,
        total_credits: f("160"),
        hours_per_credit: HoursPerCredit {
            theory: f("16"),
            practice: f("32"),
        },
        literacy_credits: f("3"),
        rules: Text::default(),
        courses: vec![
            listed("EL9", "2", Elective, false, None),
            listed("EL1", "2.5", Elective, false, Some(5)),
            listed("CO3", "3", Elective, true, Some(2)),
            listed("CO1", "4", Compulsory, false, Some(2)),
            listed("CO2", "5", Compulsory, true, Some(1)),
        ],
        literacy: vec![
            literacy("L3", Category::IdeologicalPolitical),
            literacy("L2", Category::Ethics),
            literacy("L1", Category::Ethics),
            literacy("L0", Category::Sustainability),
        ],
        precedents: Vec::new(),
    }
}

fn literacy(code: &str, category: Category) -> LiteracyCourse {
    LiteracyCourse {
        code: code.into(),
        title: text(code),
        credits: f("2"),
        category,
    }
}

fn catalog() -> Catalog {
    Catalog {
        publication: Publication {
            institution: text("Example University"),
            published_on: day("2026-09-01"),
            source: text("2026 programmes"),
            contact: Text::default(),
        },
        programmes: vec![programme()],
    }
}

fn chose(id: Option<&str>, published_on: Option<&str>) -> Program {
    Program {
        catalog: Some(CatalogChoice {
            programme: id.map(str::to_owned),
            published_on: published_on.map(day),
        }),
        ..Program::default()
    }
}

#[test]
fn the_status_says_which_publication_the_programme_is_read_in() {
    let c = catalog();
    let status = |id, on| choose(&chose(id, on), Some(&c)).status;
    assert_eq!(status(Some("cs-2026"), Some("2026-09-01")), Status::Used);
    assert_eq!(status(Some("cs-2026"), None), Status::Used);
    assert_eq!(
        status(Some("cs-2026"), Some("2026-08-31")),
        Status::NewerCatalog
    );
    assert_eq!(
        status(Some("cs-2026"), Some("2026-09-02")),
        Status::OlderCatalog
    );
    assert_eq!(status(Some("ee-2026"), None), Status::Unknown);
    assert_eq!(status(None, Some("2026-09-01")), Status::Unknown);
    let none = choose(&chose(Some("cs-2026"), None), None);
    assert_eq!(none.status, Status::NoCatalog);
    assert_eq!(none.id.as_deref(), Some("cs-2026"));
    assert_eq!((none.publication, none.major), (None, None));
    let used = choose(&chose(Some("cs-2026"), None), Some(&c));
    assert_eq!(
        (used.major, used.cohort),
        (Some(text("Computer Science")), Some(2026))
    );
    assert!(Status::NewerCatalog.applies() && !Status::Unknown.applies());
}

#[test]
fn the_programme_s_figures_stand_in_for_the_typed_ones() {
    let typed = Program {
        total_graduation_credits: Some(f("100")),
        credit_hours: CreditHours {
            theory: Some(f("18")),
            practice: None,
        },
        literacy_credits_required: None,
        ..chose(Some("cs-2026"), None)
    };
    let used = figures(&typed, &programme());
    assert_eq!(used.total_graduation_credits, Some(f("160")));
    assert_eq!(used.credit_hours.theory, Some(f("16")));
    assert_eq!(used.credit_hours.practice, Some(f("32")));
    assert_eq!(used.literacy_credits_required, Some(f("3")));
    assert_eq!(used.catalog, typed.catalog);
}

fn result(code: &str, outcome: CourseOutcome, overlap: Option<&str>) -> CourseResult {
    CourseResult {
        title: String::new(),
        outcome,
        credits: None,
        band: None,
        literacy_credits: Tenths::ZERO,
        kind: crate::engine::case::CourseKind::Theory,
        literacy: false,
        reasons: Vec::new(),
        match_code: Some(code.to_owned()),
        overlap: overlap.map(|o| (Rate::from(f(o)), OverlapFrom::Typed)),
        precedent: None,
        gauge: None,
        hours: None,
    }
}

fn codes(r: &Remaining) -> Vec<&str> {
    r.courses.iter().map(|c| c.code.as_str()).collect()
}

#[test]
fn remaining_courses_are_core_first_then_by_semester_then_by_code() {
    let r = remaining(&programme(), &[], false, &P);
    // CO1 is core for being compulsory (A16), CO3 for being marked core.
    assert_eq!(codes(&r), ["CO2", "CO1", "CO3", "EL1", "EL9"]);
    assert_eq!(r.core_credits, Tenths::new(120));
    assert_eq!(r.other_credits, Tenths::new(45));
    assert_eq!(r.listed_credits(), Tenths::new(165));
}

#[test]
fn a_course_is_covered_only_by_a_recognized_course() {
    let results = [
        result("CO2", CourseOutcome::Recognized, Some("0.8")),
        result("CO1", CourseOutcome::Review, Some("0.65")),
        result("CO1", CourseOutcome::NotRecognized, None),
        result("EL9", CourseOutcome::NotRecognized, Some("0.5")),
        result("EL9", CourseOutcome::Recognized, Some("0.7")),
    ];
    let r = remaining(&programme(), &results, false, &P);
    assert_eq!(codes(&r), ["CO1", "CO3", "EL1"]);
}

#[test]
fn a_revoked_applicant_may_be_exempted_from_a_course_within_ten_percent() {
    let results = [
        result("CO1", CourseOutcome::NotRecognized, Some("0.9")),
        result("CO3", CourseOutcome::Review, Some("0.899")),
        result("EL1", CourseOutcome::NotRecognized, Some("1")),
        result("EL1", CourseOutcome::NotRecognized, Some("0.95")),
    ];
    let r = remaining(&programme(), &results, true, &P);
    let exempt: Vec<(&str, Option<i64>)> = r
        .courses
        .iter()
        .map(|c| {
            let overlap = c.exemption.map(|e| e.overlap.ten_thousandths());
            (c.code.as_str(), overlap)
        })
        .collect();
    assert_eq!(
        exempt,
        [
            ("CO2", None),
            ("CO1", Some(9000)),
            ("CO3", None),
            ("EL1", Some(10_000)),
            ("EL9", None),
        ]
    );
    let e = r.courses[1].exemption.unwrap();
    assert_eq!((e.max_difference, e.report_words), (f("0.1"), 3000));
    let not_revoked = remaining(&programme(), &results, false, &P);
    assert!(not_revoked.courses.iter().all(|c| c.exemption.is_none()));
}

#[test]
fn literacy_courses_are_offered_while_literacy_credits_are_left() {
    let left = |credits: Option<i64>| Totals {
        literacy_remaining: credits.map(Tenths::new),
        ..Totals::default()
    };
    let offered: Vec<String> = literacy_options(&programme(), &left(Some(10)))
        .into_iter()
        .map(|o| o.code)
        .collect();
    assert_eq!(offered, ["L1", "L2", "L0", "L3"]);
    assert!(literacy_options(&programme(), &left(Some(0))).is_empty());
    assert!(literacy_options(&programme(), &left(None)).is_empty());
}
