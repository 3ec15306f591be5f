//! One test per validation problem, in every language, each with its whole sentence.

use crate::engine::case::date::Date;
use crate::engine::case::fixed::Fixed;
use crate::engine::case::problem::{Problem, Scale};
use crate::engine::case::shape::{Found, Shape, ValueKind};
use crate::engine::case::{GradeSystem, TestKind};
use crate::engine::explain::problem;
use crate::lang::Lang;

fn n(s: &str) -> Fixed {
    Fixed::lit(s)
}

fn check(p: Problem, en: &str, zh: &str) {
    assert_eq!(problem(&p, Lang::En), en);
    assert_eq!(problem(&p, Lang::Zh), zh);
}

#[test]
fn not_json() {
    check(
        Problem::NotJson {
            line: 3,
            column: 14,
            what: "expected `,` or `}`".to_owned(),
            ends_early: false,
        },
        "not valid JSON: line 3, column 14: expected `,` or `}`",
        "不是有效的 JSON：第 3 行第 14 列：expected `,` or `}`",
    );
}

#[test]
fn not_json_ends_early() {
    check(
        Problem::NotJson {
            line: 9,
            column: 1,
            what: "EOF while parsing an object".to_owned(),
            ends_early: true,
        },
        "not valid JSON: line 9, column 1: EOF while parsing an object (the file ends too early)",
        "不是有效的 JSON：第 9 行第 1 列：EOF while parsing an object（文件过早结束）",
    );
}

#[test]
fn not_an_object() {
    check(
        Problem::NotAnObject,
        "not a case file: expected a JSON object ({ ... })",
        "不是案例文件：应为一个 JSON 对象（{ ... }）",
    );
}

#[test]
fn format_required() {
    check(
        Problem::FormatRequired,
        "required; a case file starts with \"format\": \"transfer-check/case\"",
        "必填；案例文件以 \"format\": \"transfer-check/case\" 开头",
    );
}

#[test]
fn not_a_case_file() {
    check(
        Problem::NotACaseFile {
            found: "\"transfer-check/assessment\"".to_owned(),
        },
        "\"transfer-check/assessment\" is not a case file; expected \"transfer-check/case\"",
        "\"transfer-check/assessment\" 不是案例文件；应为 \"transfer-check/case\"",
    );
}

#[test]
fn version_required() {
    check(
        Problem::VersionRequired,
        "required; this tool reads version 1",
        "必填；本工具读取第 1 版",
    );
}

#[test]
fn version_text() {
    check(
        Problem::VersionText {
            found: "\"1\"".to_owned(),
        },
        "\"1\" is text; write the number 1",
        "\"1\" 是文本；请写数字 1",
    );
}

#[test]
fn version_unsupported() {
    check(
        Problem::VersionUnsupported {
            found: "2".to_owned(),
        },
        "2 is not supported; this tool reads version 1",
        "不支持第 2 版；本工具读取第 1 版",
    );
}

#[test]
fn shape() {
    check(
        Problem::Shape(Shape::UnknownField {
            name: "favourite".to_owned(),
            allowed: vec!["route".to_owned(), "level".to_owned()],
        }),
        "unknown field `favourite`, expected `route` or `level`",
        "没有名为“favourite”的字段；此处可用的字段为 “route”、“level”",
    );
    check(
        Problem::Shape(Shape::UnknownWord {
            found: "moon".to_owned(),
            allowed: vec![
                "mainland".to_owned(),
                "hmt".to_owned(),
                "international".to_owned(),
            ],
        }),
        "unknown value `moon`, expected one of `mainland`, `hmt`, `international`",
        "“moon”不是可接受的值；应为 “mainland”、“hmt”、“international” 之一",
    );
    check(
        Problem::Shape(Shape::WrongType {
            found: Found::Text("4".to_owned()),
            expected: ValueKind::Number,
        }),
        "found string \"4\", expected a number",
        "应为数字，实际为文本“4”",
    );
    check(
        Problem::Shape(Shape::MissingField {
            name: "value".to_owned(),
        }),
        "`value` is missing: it must be given here",
        "缺少“value”：此处必须填写",
    );
    check(
        Problem::Shape(Shape::Other("recursion limit exceeded".to_owned())),
        "recursion limit exceeded",
        "文件格式有误：recursion limit exceeded",
    );
}

#[test]
fn too_precise() {
    check(
        Problem::TooPrecise {
            raw: "3.1415".to_owned(),
        },
        "3.1415 has more than three decimal places",
        "3.1415 的小数超过三位",
    );
}

#[test]
fn not_usable() {
    check(
        Problem::NotUsable {
            raw: "1e400".to_owned(),
        },
        "1e400 is not a usable number",
        "1e400 不是可用的数字",
    );
}

#[test]
fn negative() {
    check(
        Problem::Negative {
            value: Fixed::from_milli(-2000),
        },
        "-2 is negative",
        "-2 是负数",
    );
}

#[test]
fn below_min_on_a_scale() {
    check(
        Problem::BelowMin {
            value: n("3"),
            min: n("4"),
            scale: Some(Scale::HskLevel),
        },
        "3 is below the HSK level scale's minimum of 4",
        "3 低于HSK 等级的最小值 4",
    );
}

#[test]
fn below_min() {
    check(
        Problem::BelowMin {
            value: n("0.5"),
            min: n("1"),
            scale: None,
        },
        "0.5 is below the minimum of 1",
        "0.5 低于最小值 1",
    );
}

#[test]
fn above_max_on_a_scale() {
    check(
        Problem::AboveMax {
            value: n("4.3"),
            max: n("4"),
            scale: Some(Scale::Gpa4),
        },
        "4.3 is above the 4.0 GPA scale's maximum of 4",
        "4.3 超过4.0 绩点制的最大值 4",
    );
}

#[test]
fn above_max() {
    check(
        Problem::AboveMax {
            value: n("12"),
            max: n("10"),
            scale: None,
        },
        "12 is above the maximum of 10",
        "12 超过最大值 10",
    );
}

#[test]
fn zero() {
    check(
        Problem::Zero,
        "0 is not allowed; it must be greater than 0",
        "不能为 0，必须大于 0",
    );
}

#[test]
fn not_whole() {
    check(
        Problem::NotWhole { value: n("2.5") },
        "2.5 is not a whole number",
        "2.5 不是整数",
    );
}

#[test]
fn off_step_on_a_scale() {
    check(
        Problem::OffStep {
            value: n("6.25"),
            step: n("0.5"),
            scale: Some(Scale::Ielts),
        },
        "6.25 is not on the IELTS band scale's steps of 0.5",
        "6.25 不符合雅思分数以 0.5 为单位的分档",
    );
}

#[test]
fn off_step() {
    check(
        Problem::OffStep {
            value: n("6.25"),
            step: n("0.5"),
            scale: None,
        },
        "6.25 is not on the scale's steps of 0.5",
        "6.25 不符合该分制以 0.5 为单位的分档",
    );
}

#[test]
fn no_such_day() {
    check(
        Problem::NoSuchDay {
            text: "2026-02-30".to_owned(),
            month_length: 28,
        },
        "2026-02-30 does not exist: that month has 28 days",
        "2026-02-30 这一天不存在：该月只有 28 天",
    );
}

#[test]
fn not_a_date() {
    check(
        Problem::NotADate {
            text: "15/01/2025".to_owned(),
        },
        "\"15/01/2025\" is not a date; write it as YYYY-MM-DD",
        "\"15/01/2025\" 不是日期；请按 YYYY-MM-DD 格式填写",
    );
}

#[test]
fn after_assessment() {
    check(
        Problem::AfterAssessment {
            date: Date::new(2026, 9, 2).unwrap(),
            assessed_on: Date::new(2026, 9, 1).unwrap(),
        },
        "2026-09-02 is after the date you will apply, 2026-09-01; a course counts once it is completed",
        "2026-09-02 晚于您提出申请的日期 2026-09-01；课程完成后才能计入",
    );
}

#[test]
fn date_out_of_range() {
    check(
        Problem::DateOutOfRange {
            date: Date::new(1999, 12, 31).unwrap(),
            earliest: Date::new(2000, 1, 1).unwrap(),
            latest: Date::new(2100, 12, 31).unwrap(),
        },
        "1999-12-31 is outside the dates a plan can hold, 2000-01-01 to 2100-12-31",
        "1999-12-31 超出计划可填写的日期范围（2000-01-01 至 2100-12-31）",
    );
}

#[test]
fn told_before_handed_in() {
    check(
        Problem::ToldBeforeHandedIn {
            informed: Date::new(2026, 12, 1).unwrap(),
            submitted: Date::new(2027, 1, 5).unwrap(),
        },
        "2026-12-01 is before the day you hand in your materials, 2027-01-05; a result is told only after the materials are in, so correct one of the two dates",
        "2026-12-01 早于提交材料的日期 2027-01-05；结果只能在提交材料之后获知，请更正其中一个日期",
    );
}

#[test]
fn ends_before_start() {
    check(
        Problem::EndsBeforeStart {
            from: Date::new(2027, 2, 21).unwrap(),
            to: Date::new(2027, 1, 18).unwrap(),
        },
        "2027-01-18 is before the first day, 2027-02-21; the last day cannot come first",
        "2027-01-18 早于第一天 2027-02-21；最后一天不能在第一天之前",
    );
}

#[test]
fn not_a_grade_word_five_level() {
    check(
        Problem::NotAGradeWord {
            text: "great".to_owned(),
            system: GradeSystem::FiveLevel,
        },
        "\"great\" is not a five-level grade; expected one of excellent, good, medium, pass, fail",
        "\"great\" 不是五级制成绩；应为以下之一：excellent, good, medium, pass, fail",
    );
}

#[test]
fn not_a_grade_word_four_level() {
    check(
        Problem::NotAGradeWord {
            text: "E".to_owned(),
            system: GradeSystem::FourLevel,
        },
        "\"E\" is not a four-level grade; expected one of A, B, C, D",
        "\"E\" 不是四级制成绩；应为以下之一：A, B, C, D",
    );
}

#[test]
fn not_a_grade_word_ects() {
    check(
        Problem::NotAGradeWord {
            text: "G".to_owned(),
            system: GradeSystem::Ects,
        },
        "\"G\" is not an ECTS grade; expected one of A, B, C, D, E, F",
        "\"G\" 不是ECTS 成绩；应为以下之一：A, B, C, D, E, F",
    );
}

#[test]
fn not_a_number_gpa() {
    check(
        Problem::NotANumber {
            text: "high".to_owned(),
            system: GradeSystem::Gpa4,
        },
        "\"high\" is not a number; expected a number from 0 to 4.0",
        "\"high\" 不是数字；应为 0 到 4.0 之间的数字",
    );
}

#[test]
fn not_a_number_percentage() {
    check(
        Problem::NotANumber {
            text: "high".to_owned(),
            system: GradeSystem::Percentage,
        },
        "\"high\" is not a number; expected a number from 0 to 100",
        "\"high\" 不是数字；应为 0 到 100 之间的数字",
    );
}

#[test]
fn number_for_word() {
    check(
        Problem::NumberForWord {
            value: "85".to_owned(),
        },
        "85 is a number; this grading system takes a word",
        "85 是数字；该记分制应填写等级",
    );
}

#[test]
fn no_level() {
    check(
        Problem::NoLevel {
            test: TestKind::Ielts,
        },
        "IELTS has no level; give its overall score",
        "雅思（IELTS）没有等级；请填写总分",
    );
}

#[test]
fn sections_not_used() {
    check(
        Problem::SectionsNotUsed {
            test: TestKind::Pte,
        },
        "PTE Academic section scores are not used; leave them out",
        "PTE学术英语不使用单项分；请删除",
    );
}

#[test]
fn section_count() {
    check(
        Problem::SectionCount {
            test: TestKind::ToeflIbt,
            given: 3,
        },
        "TOEFL iBT has 4 section scores (listening, reading, writing, speaking); 3 given",
        "托福（TOEFL iBT）有 4 项单项分（听、读、写、说）；此处填写了 3 项",
    );
}

#[test]
fn more_than_total() {
    check(
        Problem::MoreThanTotal {
            completed: n("170"),
            total: n("160"),
        },
        "170 is more than the original total of 160 credits",
        "170 超过原专业总学分 160",
    );
}

#[test]
fn given_twice() {
    check(
        Problem::GivenTwice {
            id: "kp1".into(),
            first: 0,
        },
        "kp1 appears twice in the list, first at [0]",
        "kp1 在列表中出现两次，首次在 [0]",
    );
}

#[test]
fn not_in_programme() {
    check(
        Problem::NotInProgramme {
            code: "CS999".into(),
            programme: "cs-2026".into(),
        },
        "no course CS999 in programme cs-2026 of the catalogue",
        "目录中培养方案 cs-2026 没有课程 CS999",
    );
}

#[test]
fn not_a_knowledge_point() {
    check(
        Problem::NotAKnowledgePoint {
            id: "kp9".into(),
            course: "MA101".into(),
        },
        "course MA101 has no knowledge point kp9",
        "课程 MA101 没有知识点 kp9",
    );
}
