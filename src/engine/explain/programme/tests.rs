use crate::engine::case::date::Date;
use crate::engine::case::fixed::{Fixed, Rate, Tenths};
use crate::engine::case::Nature;
use crate::engine::catalog::{Category, Decision, LiteracyCourse, Precedent, Publication, Text};
use crate::engine::explain::{exemption, literacy_option, precedent, programme, remaining};
use crate::engine::rules::programme::{Chosen, Exemption, Remaining, RemainingCourse, Status};
use crate::lang::Lang;

fn both(en: &str, zh: &str) -> Text {
    Text {
        en: en.to_owned(),
        zh: zh.to_owned(),
    }
}

fn day(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn chosen(status: Status, id: Option<&str>, found: bool) -> Chosen {
    Chosen {
        status,
        id: id.map(str::to_owned),
        chosen_in: Some(day("2026-03-01")),
        publication: (status != Status::NoCatalog).then(|| Publication {
            institution: both("Example University", "示例大学"),
            published_on: day("2026-09-01"),
            source: both("2026 programmes", "2026 级培养方案"),
            contact: Text::default(),
        }),
        major: found.then(|| both("Computer Science", "计算机科学")),
        cohort: found.then_some(2026),
    }
}

fn said(f: impl Fn(Lang) -> String) -> [String; 2] {
    [f(Lang::En), f(Lang::Zh)]
}

#[test]
fn the_programme_used_is_named_with_its_publication() {
    let used = chosen(Status::Used, Some("cs-2026"), true);
    assert_eq!(
        said(|l| programme(&used, l)),
        [
            "Computer Science (2026) of Example University's catalogue published on 2026-09-01: the programme's total and literacy credits and hours per credit, and the receiving courses named by their code, are the catalogue's, with overlaps counted as the college's rules set them.",
            "采用示例大学于 2026-09-01 发布的目录中的计算机科学（2026 级）：总学分、素养课学分、每学分学时以及按课程代码对应的课程均以目录为准，重合率按学院实施细则规定的方法计算。",
        ]
    );
    let newer = chosen(Status::NewerCatalog, Some("cs-2026"), true);
    assert!(programme(&newer, Lang::En).contains("after the publication of 2026-03-01"));
    let unknown = chosen(Status::Unknown, Some("ee-2026"), false);
    assert_eq!(
        programme(&unknown, Lang::En),
        "Example University's catalogue published on 2026-09-01 has no programme ee-2026: the programme's figures typed in the case are used."
    );
}

#[test]
fn every_status_is_said_in_both_languages() {
    for (status, id, found) in [
        (Status::Used, Some("cs-2026"), true),
        (Status::NewerCatalog, Some("cs-2026"), true),
        (Status::OlderCatalog, Some("cs-2026"), true),
        (Status::Unknown, Some("ee-2026"), false),
        (Status::Unknown, None, false),
        (Status::NoCatalog, Some("cs-2026"), false),
    ] {
        let [en, zh] = said(|l| programme(&chosen(status, id, found), l));
        assert_ne!(en, zh);
        assert!(!zh.contains('你'), "{zh}");
        assert!(zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)));
    }
}

fn left(code: &str, credits: i64, core: bool) -> RemainingCourse {
    RemainingCourse {
        code: code.into(),
        title: both(code, code),
        credits: Tenths::new(credits),
        nature: Nature::Compulsory,
        core,
        semester: None,
        exemption: None,
    }
}

#[test]
fn what_remains_is_summed_up() {
    let r = Remaining {
        courses: vec![left("CS101", 40, true), left("CS301", 25, false)],
        core_credits: Tenths::new(40),
        other_credits: Tenths::new(25),
    };
    assert_eq!(
        said(|l| remaining(&r, l)),
        [
            "2 courses of the programme are not covered by a recognized course: 4 credits of core courses and 2.5 credits of others, 6.5 credits in all. The programme lists them; electives are chosen among them, and what must still be taken is the credit shortfall.",
            "培养方案中尚有 2 门课程未被已认定的课程涵盖：核心课程 4 学分，其他课程 2.5 学分，共 6.5 学分。选修课可从中选择，仍须修读的是学分差额。",
        ]
    );
    let one = Remaining {
        courses: vec![left("CS101", 10, true)],
        core_credits: Tenths::new(10),
        other_credits: Tenths::ZERO,
    };
    assert!(remaining(&one, Lang::En).starts_with("1 course of the programme is not covered"));
    assert!(remaining(&one, Lang::En).contains("1 credit of core courses and 0 credits"));
    assert!(remaining(&Remaining::default(), Lang::Zh).starts_with("培养方案的所有课程"));
}

#[test]
fn an_exemption_names_the_report_it_needs() {
    let e = Exemption {
        overlap: Rate::of(Fixed::int(19), Fixed::int(20)),
        max_difference: Fixed::lit("0.1"),
        report_words: 3000,
    };
    assert_eq!(
        said(|l| exemption(&e, l)),
        [
            "A course you took differs from it by at most 10% of its knowledge points (overlap 95%) but is not recognized: you may apply for a course exemption with a course connection report of more than 3,000 words instead of taking it.",
            "您修读的一门课程与其知识点差异不超过 10%（重合率95%），但未获认定：可申请课程免修，提交 3,000 字以上的课程衔接报告代替修读。",
        ]
    );
}

#[test]
fn a_literacy_option_and_a_precedent() {
    let o = LiteracyCourse {
        code: "IP101".into(),
        title: both("Ideological and Moral Cultivation", "思想道德修养"),
        credits: Fixed::int(3),
        category: Category::IdeologicalPolitical,
    };
    assert_eq!(
        said(|l| literacy_option(&o, l)),
        [
            "Ideological and Moral Cultivation (IP101), 3 credits of ideological and political education: offered by the college to make up the literacy credits still to take.",
            "思想道德修养（IP101），3 学分，思想政治教育：学院开设的素养课程，可用于补修尚缺的素养学分。",
        ]
    );
    let p = Precedent {
        course: "MA101".into(),
        from_institution: "Old Town University".into(),
        from_code: Some("MATH1001".into()),
        from_title: Some("Calculus I".into()),
        decision: Decision::Recognized,
        overlap: Some(Fixed::lit("0.85")),
        decided_on: day("2025-07-01"),
    };
    assert_eq!(
        said(|l| precedent(&p, l)),
        [
            "A decision published on 2025-07-01: Calculus I (MATH1001) of Old Town University was recognized as MA101, at 85% overlap. It is shown as a fact; this case is judged on its own.",
            "2025-07-01 公布的认定结论：Old Town University的Calculus I（MATH1001）对应本校课程 MA101，予以认定，重合率85%。以往结论仅供参考，本案例仍单独判断。",
        ]
    );
    let untitled = Precedent {
        from_title: None,
        decision: Decision::NotRecognized,
        overlap: None,
        ..p
    };
    assert_eq!(
        precedent(&untitled, Lang::En),
        "A decision published on 2025-07-01: MATH1001 of Old Town University was not recognized as MA101. It is shown as a fact; this case is judged on its own."
    );
}
