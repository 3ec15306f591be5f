use super::*;

fn text(s: &str) -> Text {
    Text {
        en: s.to_owned(),
        zh: s.to_owned(),
    }
}

fn point(id: &str, weight: &str) -> KnowledgePoint {
    KnowledgePoint {
        id: id.to_owned(),
        name: text(id),
        weight: Fixed::lit(weight),
    }
}

fn course(points: Vec<KnowledgePoint>) -> Course {
    Course {
        code: "MA101".into(),
        title: text("Analysis"),
        credits: Fixed::int(5),
        hours: Fixed::int(80),
        kind: ClassKind::Theory,
        nature: Nature::Compulsory,
        core: false,
        semester: None,
        knowledge_points: points,
    }
}

fn ids(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn an_overlap_is_the_covered_share_of_the_weights_to_four_places() {
    let c = course(vec![
        point("kp1", "1"),
        point("kp2", "2"),
        point("kp3", "2"),
        point("kp4", "1"),
    ]);
    let share = |covered: &[&str]| {
        c.overlap(&ids(covered))
            .map(|o| o.overlap.ten_thousandths())
    };
    assert_eq!(share(&["kp1", "kp2", "kp3"]), Some(8333));
    assert_eq!(share(&["kp2", "kp3"]), Some(6667));
    assert_eq!(share(&[]), Some(0));
    assert_eq!(share(&["kp4", "kp3", "kp2", "kp1"]), Some(10_000));
    // An id the course does not have, or one given twice, adds nothing.
    assert_eq!(share(&["kp1", "kp1", "kp9"]), Some(1667));
    let counted = c.overlap(&ids(&["kp2"])).unwrap();
    assert_eq!(
        (counted.covered, counted.total),
        (Fixed::int(2), Fixed::int(6))
    );
    assert_eq!(course(Vec::new()).overlap(&ids(&["kp1"])), None);
}

#[test]
fn names_are_folded_for_comparison() {
    assert_eq!(folded("  Old Town University "), "old town university");
    assert_eq!(
        folded("ＯＬＤ\u{3000}ＴＯＷＮ University"),
        "old town university"
    );
    assert_eq!(folded("ＭＡ１０１"), "ma101");
    assert_eq!(folded("\u{3000}高等数学\u{3000}"), "高等数学");
}

fn precedent(
    course: &str,
    code: Option<&str>,
    title: Option<&str>,
    decided_on: &str,
    decision: Decision,
) -> Precedent {
    Precedent {
        course: course.to_owned(),
        from_institution: "Old Town University".to_owned(),
        from_code: code.map(str::to_owned),
        from_title: title.map(str::to_owned),
        decision,
        overlap: None,
        decided_on: Date::parse(decided_on).unwrap(),
    }
}

fn with(precedents: Vec<Precedent>) -> Programme {
    Programme {
        id: "cs-2026".into(),
        major_code: None,
        major: text("CS"),
        college: text("Computing"),
        level: Level::Undergraduate,
        cohort: 2026,
        total_credits: Fixed::int(160),
        hours_per_credit: HoursPerCredit {
            theory: Fixed::int(16),
            practice: Fixed::int(32),
        },
        literacy_credits: Fixed::int(3),
        rules: Text::default(),
        courses: Vec::new(),
        literacy: Vec::new(),
        precedents,
    }
}

#[test]
fn the_most_recent_decision_about_the_same_course_is_the_precedent() {
    use Decision::{NotRecognized, Recognized};
    let p = with(vec![
        precedent(
            "MA101",
            Some("M1"),
            Some("Calculus"),
            "2024-07-01",
            NotRecognized,
        ),
        precedent("MA101", Some("M1"), None, "2025-07-01", Recognized),
        precedent("MA102", Some("M1"), None, "2026-07-01", NotRecognized),
        precedent("MA101", None, Some("Calculus II"), "2025-01-01", Recognized),
        precedent(
            "MA101",
            None,
            Some("Calculus II"),
            "2025-01-01",
            NotRecognized,
        ),
    ]);
    let of = |institution, code, title, receiving| {
        p.precedent(&Original {
            institution,
            code,
            title,
            receiving,
        })
        .map(|p| (p.decided_on.to_string(), p.decision))
    };
    let town = Some(" old town UNIVERSITY");
    assert_eq!(
        of(town, Some("m1"), "Anything", Some("MA101")),
        Some(("2025-07-01".into(), Recognized))
    );
    // Without a code the title decides; of two on one day, the later in the file.
    assert_eq!(
        of(town, None, "calculus ii ", Some("MA101")),
        Some(("2025-01-01".into(), NotRecognized))
    );
    // Another code is another course, whatever its title.
    assert_eq!(of(town, Some("M2"), "Calculus", Some("MA101")), None);
    // A match without a code: any receiving course.
    assert_eq!(
        of(town, Some("M1"), "", None),
        Some(("2026-07-01".into(), NotRecognized))
    );
    assert_eq!(of(Some("Riverside College"), Some("M1"), "", None), None);
    assert_eq!(of(None, Some("M1"), "", None), None);
}
