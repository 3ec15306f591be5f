//! What the transcript reader reports, in each language.

use crate::app::transcript::{Expected, Problem as TranscriptProblem, TranscriptError};
use crate::lang::Lang;

/// What a transcript cell should have held, in a language.
fn expected(e: Expected, lang: Lang) -> &'static str {
    use crate::engine::case::GradeSystem as G;
    let (en, zh) = match e {
        Expected::Number => ("a number such as 4 or 3.5", "数字，例如 4 或 3.5"),
        Expected::UnambiguousNumber => (
            "a number without a thousands separator (1,200 could be 1.2 or 1200)",
            "不含千位分隔符的数字（1,200 可能是 1.2 也可能是 1200）",
        ),
        Expected::CreditUnit => ("local or ECTS", "本地学分或 ECTS"),
        Expected::Kind => ("theory, practice or internship", "理论、实践或实习"),
        Expected::Nature => ("compulsory or elective", "必修或选修"),
        Expected::Grade(None) => (
            "a grade: a percentage, excellent/good/medium/pass/fail, or a letter from A to F",
            "成绩：百分制分数、优秀/良好/中等/及格/不及格，或 A 至 F 的字母",
        ),
        Expected::Grade(Some(G::Percentage)) => ("a percentage from 0 to 100", "0 到 100 的百分制分数"),
        Expected::Grade(Some(G::FiveLevel)) => (
            "excellent, good, medium, pass or fail",
            "优秀、良好、中等、及格或不及格",
        ),
        Expected::Grade(Some(G::FourLevel)) => ("a letter A, B, C or D", "字母 A、B、C 或 D"),
        Expected::Grade(Some(G::Gpa4)) => ("a GPA from 0 to 4", "0 到 4 的绩点"),
        Expected::Grade(Some(G::Ects)) => ("an ECTS letter from A to F", "A 至 F 的 ECTS 等级"),
        Expected::GradingSystem => (
            "percentage, five-level, four-level, GPA or ECTS",
            "百分制、五级制、四级制、绩点或 ECTS",
        ),
        Expected::LevelGrade => ("a level such as excellent, pass or B", "等级，例如优秀、及格或 B"),
        Expected::SystemForLowNumber => (
            "a grading system, since a number from 0 to 4 could be a GPA or a percentage (add a System column, or write GPA or % in the grade column's name)",
            "记分制：0 到 4 的数字可能是绩点也可能是百分制分数（请添加“记分制”列，或在成绩列名中注明“绩点”或“%”）",
        ),
        Expected::Date => ("a date such as 2025-01-15", "日期，例如 2025-01-15"),
        Expected::YesNo => ("yes or no", "是或否"),
        Expected::Overlap => ("an overlap such as 0.75 or 75%", "重合率，例如 0.75 或 75%"),
    };
    match lang {
        Lang::En => en,
        Lang::Zh => zh,
    }
}

/// One transcript cell that could not be read, in a language.
pub fn transcript_problem(p: &TranscriptProblem, lang: Lang) -> String {
    let what = expected(p.expected, lang);
    match lang {
        Lang::En => format!(
            "Line {}, column \"{}\": could not read \"{}\"; expected {what}.",
            p.line, p.header, p.raw
        ),
        Lang::Zh => format!(
            "第 {} 行“{}”列：无法读取“{}”；应为{what}。",
            p.line, p.header, p.raw
        ),
    }
}

/// Why a transcript could not be read at all, in a language.
pub fn transcript_error(e: &TranscriptError, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    match e {
        TranscriptError::Empty if zh => "成绩单是空的。".to_owned(),
        TranscriptError::NoRows if zh => "成绩单只有标题行，没有课程。".to_owned(),
        TranscriptError::TooManyRows { limit } if zh => {
            format!("成绩单超过 {limit} 行课程；每次最多粘贴 {limit} 行。")
        }
        TranscriptError::UnterminatedQuote { line } if zh => {
            format!("从第 {line} 行开始的带引号单元格没有以 \" 结束。")
        }
        TranscriptError::NoHeader {
            found,
            has_title,
            has_grade_or_credits,
        } if zh => {
            let lacks = match (has_title, has_grade_or_credits) {
                (false, false) => "课程名称列，以及成绩或学分列",
                (false, true) => "课程名称列",
                _ => "成绩或学分列",
            };
            let found = if found.is_empty() {
                "无".to_owned()
            } else {
                format!("“{}”", found.join("”、“"))
            };
            format!("第一行应为列名，且包含{lacks}；实际为：{found}。")
        }
        TranscriptError::Empty => "The transcript is empty.".to_owned(),
        TranscriptError::NoRows => "The transcript has a header but no courses.".to_owned(),
        TranscriptError::TooManyRows { limit } => format!(
            "The transcript has more than {limit} course rows; paste at most {limit} at a time."
        ),
        TranscriptError::UnterminatedQuote { line } => {
            format!("The quoted cell that starts on line {line} is never closed with a \".")
        }
        TranscriptError::NoHeader {
            found,
            has_title,
            has_grade_or_credits,
        } => {
            let lacks = match (has_title, has_grade_or_credits) {
                (false, false) => "a course title column and a grade or credits column",
                (false, true) => "a course title column",
                _ => "a grade or credits column",
            };
            let found = if found.is_empty() {
                "nothing".to_owned()
            } else {
                format!("\"{}\"", found.join("\", \""))
            };
            format!("The first row should be a header with {lacks}; found: {found}.")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::transcript::{parse, Column};

    #[test]
    fn error_and_problem_messages() {
        let en = |e: &TranscriptError| transcript_error(e, Lang::En);
        assert_eq!(
            en(&TranscriptError::UnterminatedQuote { line: 7 }),
            "The quoted cell that starts on line 7 is never closed with a \"."
        );
        let p = TranscriptProblem {
            line: 3,
            column: Column::Grade,
            header: "成绩".into(),
            raw: "3.5".into(),
            expected: Expected::SystemForLowNumber,
        };
        assert!(transcript_problem(&p, Lang::En).starts_with(
            "Line 3, column \"成绩\": could not read \"3.5\"; expected a grading system"
        ));
        let no_grade = parse("Course,Teacher\nA,B\n").unwrap_err();
        assert_eq!(
            en(&no_grade),
            "The first row should be a header with a grade or credits column; found: \"Course\", \"Teacher\"."
        );
        let mut sheet = String::from("Course\tCredits\n");
        for i in 0..501 {
            sheet.push_str(&format!("Course {i}\t2\n"));
        }
        assert!(en(&parse(&sheet).unwrap_err()).contains("500"));
        let parsed = parse("Course\tCredits\nBad course\tabc\n").unwrap();
        assert_eq!(
            transcript_problem(&parsed.problems[0], Lang::En),
            "Line 2, column \"Credits\": could not read \"abc\"; expected a number such as 4 or 3.5."
        );
    }

    #[test]
    fn every_whole_text_error_is_said_in_both_languages() {
        let errors = [
            TranscriptError::Empty,
            TranscriptError::NoRows,
            TranscriptError::TooManyRows { limit: 500 },
            TranscriptError::UnterminatedQuote { line: 2 },
            TranscriptError::NoHeader {
                found: vec![],
                has_title: false,
                has_grade_or_credits: false,
            },
        ];
        for e in &errors {
            let (en, zh) = (transcript_error(e, Lang::En), transcript_error(e, Lang::Zh));
            assert_ne!(en, zh, "{e:?}");
            assert!(
                zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{zh}"
            );
        }
    }
}
