//! Words that sentences are built from, in every language.

use crate::engine::case::fixed::Fixed;
use crate::engine::case::{Body, Level, Route, TestKind};
use crate::engine::explain::{body, grade, level, route, test, verdict};
use crate::engine::rules::grades::{Ects, FourLevel, Grade, GradeLevel};
use crate::engine::Verdict;
use crate::lang::Lang;

#[test]
fn grades_are_written_in_their_own_system() {
    let cases = [
        (
            Grade::Percentage(Fixed::lit("69.9")),
            "69.9 points",
            "69.9分",
        ),
        (Grade::FiveLevel(GradeLevel::Medium), "Medium", "中等"),
        (Grade::FourLevel(FourLevel::B), "B", "B"),
        (Grade::Gpa4(Fixed::lit("2.5")), "GPA 2.5", "GPA 2.5"),
        (Grade::Ects(Ects::C), "ECTS C", "ECTS C"),
    ];
    for (g, en, zh) in cases {
        assert_eq!(grade(g, Lang::En), en);
        assert_eq!(grade(g, Lang::Zh), zh);
    }
}

#[test]
fn names_in_both_languages() {
    assert_eq!(route(Route::Hmt, Lang::En), "Hong Kong, Macao and Taiwan");
    assert_eq!(route(Route::Hmt, Lang::Zh), "港澳台地区高校");
    assert_eq!(level(Level::Master, Lang::En), "master's");
    assert_eq!(level(Level::Master, Lang::Zh), "硕士研究生");
    assert_eq!(body(Body::Cscse, Lang::En), "CSCSE");
    assert_eq!(body(Body::Cscse, Lang::Zh), "教育部留学服务中心（CSCSE）");
    assert_eq!(test(TestKind::Ielts, Lang::Zh), "雅思（IELTS）");
    assert_eq!(
        verdict(Verdict::NeedsReview, Lang::En),
        "You may be eligible: some conditions need a committee's judgement."
    );
    assert_eq!(
        verdict(Verdict::NeedsReview, Lang::Zh),
        "您可能符合条件：部分条件需由委员会研究决定。"
    );
}
