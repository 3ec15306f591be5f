//! What is wrong with a catalogue folder, in Chinese.

use super::super::problem;
use crate::engine::catalog::problem::{CatalogProblem, IdPattern, Problem, Within};
use crate::engine::catalog::Counts;
use crate::lang::Lang;

/// What is wrong, in a sentence that follows `FILE:LINE:COLUMN: `.
pub fn message(p: &CatalogProblem) -> String {
    match &p.problem {
        Problem::MissingFile => "目录中没有此文件".to_owned(),
        Problem::Unreadable { reason } => format!("无法读取：{reason}"),
        Problem::NotText => {
            "既不是 UTF-8 也不是 GB18030 编码的文本；请另存为 UTF-8 编码的 CSV".to_owned()
        }
        Problem::NotCsv { what } => format!("不是 CSV：{what}"),
        Problem::Empty => "文件为空；第一行应为表头".to_owned(),
        Problem::NoRows => "表头下没有数据行".to_owned(),
        Problem::SecondRow { first } => {
            format!("多出一行；此文件只有一行发布信息，在第 {first} 行")
        }
        Problem::MissingColumn => {
            let (en, zh) = p.headers().unwrap_or_default();
            format!("表头缺少此列（列名为 {en} 或 {zh}）")
        }
        Problem::NeitherColumn { other } => {
            format!("表头须有此列或 {} 列", other.name())
        }
        Problem::ColumnTwice { first, second } => {
            format!("表头中此列出现两次（第 {first} 格和第 {second} 格）")
        }
        Problem::Required => "为空；此项必填".to_owned(),
        Problem::NeitherGiven { other } => {
            format!("为空，{} 列也为空；请填写原课程的代码或名称", other.name())
        }
        Problem::NotANumber { text } => format!("“{text}”不是数字"),
        Problem::Value(v) => problem(v, Lang::Zh),
        Problem::OneDecimal { value } => format!("{value} 的小数超过一位"),
        Problem::NotAWord { text, words } => format!("“{text}”不是以下之一：{}", words.join("、")),
        Problem::NotAnId { text, pattern } => {
            let what = match pattern {
                IdPattern::Programme => "编号",
                IdPattern::Code => "代码",
            };
            format!("“{text}”不是形如 {} 的{what}", pattern.pattern())
        }
        Problem::NoProgramme { id } => format!("programmes.csv 中没有培养方案 {id}"),
        Problem::NoCourse { code, programme } => {
            format!("培养方案 {programme} 中没有课程 {code}")
        }
        Problem::Twice {
            value,
            lines,
            within,
        } => {
            let within = match within {
                Within::File => String::new(),
                Within::Programme(programme) => format!("在培养方案 {programme} 中"),
                Within::Course { programme, course } => {
                    format!("在培养方案 {programme} 的课程 {course} 中")
                }
            };
            let lines: Vec<String> = lines.iter().map(ToString::to_string).collect();
            format!(
                "{value} {within}出现 {} 次（第 {} 行）",
                lines.len(),
                lines.join("、")
            )
        }
    }
}

/// What a catalogue that passes holds, in one line.
pub fn summary(c: &Counts) -> String {
    format!(
        "{} 个培养方案，{} 门课程，{} 个知识点",
        c.programmes, c.courses, c.knowledge_points
    )
}
