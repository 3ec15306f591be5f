//! What the transcript reader reports, in Chinese.

use crate::engine::case::GradeSystem as G;
use crate::engine::transcript::{CellProblem, Expected, Lacking, TranscriptError};

/// What a transcript cell should have held.
fn expected(e: Expected) -> &'static str {
    match e {
        Expected::Number => "数字，例如 4 或 3.5",
        Expected::UnambiguousNumber => "不含千位分隔符的数字（1,200 可能是 1.2 也可能是 1200）",
        Expected::CreditUnit => "本地学分或 ECTS",
        Expected::Kind => "理论、实践或实习",
        Expected::Nature => "必修或选修",
        Expected::Grade(None) => "成绩：百分制分数、优秀/良好/中等/及格/不及格，或 A 至 F 的字母",
        Expected::Grade(Some(G::Percentage)) => "0 到 100 的百分制分数",
        Expected::Grade(Some(G::FiveLevel)) => "优秀、良好、中等、及格或不及格",
        Expected::Grade(Some(G::FourLevel)) => "字母 A、B、C 或 D",
        Expected::Grade(Some(G::Gpa4)) => "0 到 4 的绩点",
        Expected::Grade(Some(G::Ects)) => "A 至 F 的 ECTS 等级",
        Expected::GradingSystem => "百分制、五级制、四级制、绩点或 ECTS",
        Expected::LevelGrade => "等级，例如优秀、及格或 B",
        Expected::SystemForLowNumber => {
            "记分制：0 到 4 的数字可能是绩点也可能是百分制分数（请添加“记分制”列，或在成绩列名中注明“绩点”或“%”）"
        }
        Expected::Date => "日期，例如 2025-01-15",
        Expected::YesNo => "是或否",
        Expected::Overlap => "重合率，例如 0.75 或 75%",
    }
}

pub fn problem(p: &CellProblem) -> String {
    format!(
        "第 {} 行“{}”列：无法读取“{}”；应为{}。",
        p.line,
        p.header,
        p.raw,
        expected(p.expected)
    )
}

pub fn error(e: &TranscriptError) -> String {
    match e {
        TranscriptError::Empty => "成绩单是空的。".to_owned(),
        TranscriptError::NoRows => "成绩单只有标题行，没有课程。".to_owned(),
        TranscriptError::TooManyRows { limit } => {
            format!("成绩单超过 {limit} 行课程；每次最多粘贴 {limit} 行。")
        }
        TranscriptError::UnterminatedQuote { line } => {
            format!("从第 {line} 行开始的带引号单元格没有以 \" 结束。")
        }
        TranscriptError::NoHeader { found, .. } => {
            let lacks = match e.lacking() {
                Some(Lacking::TitleAndGradeOrCredits) => "课程名称列，以及成绩或学分列",
                Some(Lacking::Title) => "课程名称列",
                _ => "成绩或学分列",
            };
            let found = if found.is_empty() {
                "无".to_owned()
            } else {
                format!("“{}”", found.join("”、“"))
            };
            format!("第一行应为列名，且包含{lacks}；实际为：{found}。")
        }
    }
}
