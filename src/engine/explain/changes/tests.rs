//! One test per kind of change, in every language, each with its whole sentence.

use crate::engine::case::fixed::Fixed;
use crate::engine::case::Field;
use crate::engine::case::TestKind;
use crate::engine::explain::change;
use crate::engine::rules::changes::{Change, Effect, Quantity, Target, Value};
use crate::engine::rules::cite::Cite;
use crate::engine::rules::eligibility::Condition;
use crate::engine::rules::grades::{FourLevel, Grade};
use crate::lang::Lang;

fn n(s: &str) -> Value {
    Value::Number(Fixed::lit(s))
}

/// A change to a condition whose value alone passes; the path does not change the words.
fn ch(quantity: Quantity, current: Option<Value>, needed: Value, cite: &'static str) -> Change {
    Change {
        target: Target::Condition(Condition::Performance),
        quantity,
        path: Field::PerformanceValue.into(),
        current,
        needed,
        cite: Cite::parse(cite).unwrap(),
        step: Effect::Pass,
        alone: true,
        title: None,
    }
}

/// A change to a course with a title.
fn titled(c: Change, title: &str) -> Change {
    Change {
        title: Some(title.to_owned()),
        ..c
    }
}

fn check(c: &Change, en: &str, zh: &str) {
    assert_eq!(change(c, Lang::En), en);
    assert_eq!(change(c, Lang::Zh), zh);
}

#[test]
fn semesters() {
    check(
        &ch(Quantity::Semesters, Some(n("0")), n("1"), "A4.1"),
        "At least 1 semester(s) completed (yours: 0) would meet the condition (A4.1).",
        "已修读至少1个学期（目前为0），即可满足该条件（A4.1）。",
    );
}

#[test]
fn entrance_score_not_given() {
    check(
        &ch(Quantity::EntranceScore, None, n("598"), "A4.3.1"),
        "An entrance examination score of at least 598 (not given yet) would meet the condition (A4.3.1).",
        "高考成绩不低于598分（尚未填写），即可满足该条件（A4.3.1）。",
    );
}

#[test]
fn average_percentage() {
    check(
        &ch(
            Quantity::Average,
            Some(Value::Grade(Grade::Percentage(Fixed::lit("69.9")))),
            Value::Grade(Grade::Percentage(Fixed::lit("70"))),
            "A4.3.1.a",
        ),
        "An average of at least 70 points (yours: 69.9 points) would meet the condition (A4.3.1.a).",
        "平均成绩不低于70分（目前为69.9分），即可满足该条件（A4.3.1.a）。",
    );
}

#[test]
fn average_gpa() {
    check(
        &ch(
            Quantity::Average,
            Some(Value::Grade(Grade::Gpa4(Fixed::lit("2.8")))),
            Value::Grade(Grade::Gpa4(Fixed::lit("3.0"))),
            "A4.3.2.a",
        ),
        "An average of at least GPA 3 (yours: GPA 2.8) would meet the condition (A4.3.2.a).",
        "平均成绩不低于GPA 3（目前为GPA 2.8），即可满足该条件（A4.3.2.a）。",
    );
}

#[test]
fn impact_factor() {
    check(
        &Change { alone: false, ..ch(Quantity::ImpactFactor { paper: 1 }, Some(n("1.2")), n("2"), "A4.3.2.b") },
        "An impact factor of at least 2 for paper 2 (yours: 1.2) would meet the condition (A4.3.2.b). Other requirements must also be met.",
        "第2篇论文的影响因子不低于2（目前为1.2），即可满足该条件（A4.3.2.b）。另须满足其他要求。",
    );
}

#[test]
fn completed_credits() {
    check(
        &ch(
            Quantity::CompletedCredits {
                total: Fixed::lit("157"),
            },
            Some(n("90")),
            n("94.2"),
            "A4.3.1.c",
        ),
        "At least 94.2 of the original 157 credits completed (yours: 90) would meet the condition (A4.3.1.c).",
        "已修学分不少于94.2（原专业总学分157）（目前为90），即可满足该条件（A4.3.1.c）。",
    );
}

#[test]
fn hsk_level() {
    check(
        &ch(
            Quantity::TestOverall {
                test: 0,
                kind: TestKind::Hsk,
            },
            Some(n("4")),
            n("5"),
            "A4.4.2.b",
        ),
        "HSK level 5 or above (yours: 4) would meet the condition (A4.4.2.b).",
        "HSK 5级及以上（目前为4），即可满足该条件（A4.4.2.b）。",
    );
}

#[test]
fn test_overall() {
    check(
        &Change { alone: false, ..ch(Quantity::TestOverall { test: 0, kind: TestKind::Ielts }, Some(n("5.5")), n("6"), "A4.4.2.b") },
        "An overall IELTS score of at least 6 (yours: 5.5) would meet the condition (A4.4.2.b). Other requirements must also be met.",
        "雅思（IELTS）总分不低于6（目前为5.5），即可满足该条件（A4.4.2.b）。另须满足其他要求。",
    );
}

#[test]
fn test_sections() {
    check(
        &ch(
            Quantity::TestSections {
                test: 1,
                kind: TestKind::ToeflIbt,
            },
            Some(n("19")),
            n("20"),
            "A4.4.2.b",
        ),
        "TOEFL iBT section scores of at least 20 each (your lowest: 19) would meet the condition (A4.4.2.b).",
        "托福（TOEFL iBT）各单项成绩均不低于20（目前最低为19），即可满足该条件（A4.4.2.b）。",
    );
}

#[test]
fn test_sections_not_given() {
    check(
        &ch(
            Quantity::TestSections {
                test: 0,
                kind: TestKind::Ielts,
            },
            None,
            n("5.5"),
            "A4.4.2.b",
        ),
        "IELTS section scores of at least 5.5 each (not given yet) would meet the condition (A4.4.2.b).",
        "雅思（IELTS）各单项成绩均不低于5.5（尚未填写），即可满足该条件（A4.4.2.b）。",
    );
}

#[test]
fn overlap_to_review() {
    check(
        &Change { step: Effect::Review, ..ch(Quantity::Overlap, Some(n("0.55")), n("0.6"), "A6.2.4.a") },
        "A content overlap of at least 60% (yours: 55%) would bring it to the committee's decision (A6.2.4.a).",
        "知识点重合率不低于60%（目前为55%），即可提交委员会研究决定（A6.2.4.a）。",
    );
}

#[test]
fn overlap() {
    check(
        &ch(Quantity::Overlap, Some(n("0.65")), n("0.7"), "A6.2.1"),
        "A content overlap of at least 70% (yours: 65%) would meet the condition (A6.2.1).",
        "知识点重合率不低于70%（目前为65%），即可满足该条件（A6.2.1）。",
    );
}

#[test]
fn hours() {
    check(
        &ch(Quantity::Hours, Some(n("60")), n("65"), "A6.2.1"),
        "At least 65 class hours (yours: 60) would meet the condition (A6.2.1).",
        "学时不少于65（目前为60），即可满足该条件（A6.2.1）。",
    );
}

#[test]
fn course_grade() {
    check(
        &ch(
            Quantity::CourseGrade,
            Some(Value::Grade(Grade::FourLevel(FourLevel::D))),
            Value::Grade(Grade::FourLevel(FourLevel::C)),
            "A6.1",
        ),
        "A grade of at least C (yours: D) would meet the condition (A6.1).",
        "成绩不低于C（目前为D），即可满足该条件（A6.1）。",
    );
}

#[test]
fn literacy_credits() {
    check(
        &ch(Quantity::LiteracyCredits { converted: Fixed::lit("2") }, Some(n("1")), n("2.3"), "A7.3.1"),
        "At least 2.3 credits as written (converting to the 2 a literacy course needs) (yours: 1) would meet the condition (A7.3.1).",
        "原学分不少于2.3（换算后达到素养课程要求的2学分）（目前为1），即可满足该条件（A7.3.1）。",
    );
}

#[test]
fn overlap_for_a_course() {
    check(
        &titled(
            ch(Quantity::Overlap, Some(n("0.65")), n("0.7"), "A6.2.1"),
            "Calculus I",
        ),
        "A content overlap of at least 70% for Calculus I (yours: 65%) would meet the condition (A6.2.1).",
        "课程“Calculus I”的知识点重合率不低于70%（目前为65%），即可满足该条件（A6.2.1）。",
    );
}

#[test]
fn hours_for_a_course() {
    check(
        &titled(ch(Quantity::Hours, None, n("65"), "A6.2.1"), "Calculus I"),
        "At least 65 class hours for Calculus I (not given yet) would meet the condition (A6.2.1).",
        "课程“Calculus I”的学时不少于65（尚未填写），即可满足该条件（A6.2.1）。",
    );
}

#[test]
fn grade_in_a_course() {
    check(
        &Change { alone: false, ..titled(ch(Quantity::CourseGrade, Some(Value::Grade(Grade::FourLevel(FourLevel::D))), Value::Grade(Grade::FourLevel(FourLevel::C)), "A6.1"), "Calculus I") },
        "A grade of at least C in Calculus I (yours: D) would meet the condition (A6.1). Other requirements must also be met.",
        "课程“Calculus I”的成绩不低于C（目前为D），即可满足该条件（A6.1）。另须满足其他要求。",
    );
}

#[test]
fn literacy_credits_for_a_course() {
    check(
        &titled(ch(Quantity::LiteracyCredits { converted: Fixed::lit("2") }, Some(n("1")), n("2.3"), "A7.3.1"), "Ethics in Engineering"),
        "At least 2.3 credits as written for Ethics in Engineering (converting to the 2 a literacy course needs) (yours: 1) would meet the condition (A7.3.1).",
        "课程“Ethics in Engineering”的原学分不少于2.3（换算后达到素养课程要求的2学分）（目前为1），即可满足该条件（A7.3.1）。",
    );
}
