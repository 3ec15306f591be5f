//! What is wrong with a field of a case file, in Chinese.

use super::super::words::zh::test;
use crate::engine::case::{self, GradeSystem};
use crate::engine::grades::{Ects, FourLevel, GradeLevel};
use crate::engine::validate::{Problem, Scale};

/// What is wrong with a field of a case file, in a sentence that follows its path.
pub fn problem(p: &Problem) -> String {
    match p {
        Problem::NotJson {
            line,
            column,
            what,
            ends_early,
        } => {
            let early = if *ends_early {
                "（文件过早结束）"
            } else {
                ""
            };
            format!(
                "不是有效的 JSON：第 {} 行第 {} 列：{}{}",
                line, column, what, early
            )
        }
        Problem::NotAnObject => "不是案例文件：应为一个 JSON 对象（{ ... }）".to_owned(),
        Problem::FormatRequired => {
            format!("必填；案例文件以 \"format\": \"{}\" 开头", case::FORMAT)
        }
        Problem::NotACaseFile { found } => {
            format!("{} 不是案例文件；应为 \"{}\"", found, case::FORMAT)
        }
        Problem::VersionRequired => format!("必填；本工具读取第 {} 版", case::VERSION),
        Problem::VersionText { found } => format!("{} 是文本；请写数字 {}", found, case::VERSION),
        Problem::VersionUnsupported { found } => {
            format!("不支持第 {} 版；本工具读取第 {} 版", found, case::VERSION)
        }
        Problem::Shape(text) => format!("文件格式有误：{}", text),
        Problem::TooPrecise { raw } => format!("{} 的小数超过三位", raw),
        Problem::NotUsable { raw } => {
            format!("{} 不是可用的数字", raw)
        }
        Problem::Negative { value } => format!("{} 是负数", value),
        Problem::BelowMin {
            value,
            min,
            scale: Some(s),
        } => format!("{} 低于{}的最小值 {}", value, scale_name(*s), min),
        Problem::BelowMin {
            value,
            min,
            scale: None,
        } => format!("{} 低于最小值 {}", value, min),
        Problem::AboveMax {
            value,
            max,
            scale: Some(s),
        } => format!("{} 超过{}的最大值 {}", value, scale_name(*s), max),
        Problem::AboveMax {
            value,
            max,
            scale: None,
        } => format!("{} 超过最大值 {}", value, max),
        Problem::Zero => "不能为 0，必须大于 0".to_owned(),
        Problem::NotWhole { value } => format!("{} 不是整数", value),
        Problem::OffStep { value, step, scale } => {
            let on = scale.map_or("该分制", |s| scale_name(s));
            format!("{} 不符合{}以 {} 为单位的分档", value, on, step)
        }
        Problem::NotADate { text } => format!("\"{}\" 不是日期；请按 YYYY-MM-DD 格式填写", text),
        Problem::AfterAssessment { date, assessed_on } => {
            format!("{} 晚于评估日期 {}；课程完成后才能计入", date, assessed_on)
        }
        Problem::NotAGradeWord { text, system } => {
            let (what, words) = grade_words(*system);
            format!("\"{}\" 不是{}；应为以下之一：{}", text, what, words)
        }
        Problem::NotANumber { text, system } => {
            let max = if *system == GradeSystem::Gpa4 {
                "4.0"
            } else {
                "100"
            };
            format!("\"{}\" 不是数字；应为 0 到 {} 之间的数字", text, max)
        }
        Problem::NumberForWord { value } => format!("{} 是数字；该记分制应填写等级", value),
        Problem::NoLevel { test: t } => format!("{}没有等级；请填写总分", test(*t)),
        Problem::SectionsNotUsed { test: t } => format!("{}不使用单项分；请删除", test(*t)),
        Problem::SectionCount { test: t, given } => format!(
            "{}有 4 项单项分（听、读、写、说）；此处填写了 {} 项",
            test(*t),
            given
        ),
        Problem::MoreThanTotal { completed, total } => {
            format!("{} 超过原专业总学分 {}", completed, total)
        }
    }
}

fn scale_name(s: Scale) -> &'static str {
    match s {
        Scale::Percentage => "百分制",
        Scale::Gpa4 => "4.0 绩点制",
        Scale::Overlap => "重合率",
        Scale::Ielts => "雅思分数",
        Scale::Toefl => "托福 iBT 总分",
        Scale::ToeflSection => "托福 iBT 单项分",
        Scale::Pte => "PTE 学术英语分数",
        Scale::HskLevel => "HSK 等级",
        Scale::HskScore => "HSK 分数",
    }
}

/// The name of a word-valued grading system and the words a case file accepts for it.
fn grade_words(system: GradeSystem) -> (&'static str, String) {
    let join = |words: &mut dyn Iterator<Item = &'static str>| words.collect::<Vec<_>>().join(", ");
    match system {
        GradeSystem::FiveLevel => (
            "五级制成绩",
            join(&mut GradeLevel::ALL.iter().map(|g| g.word())),
        ),
        GradeSystem::FourLevel => (
            "四级制成绩",
            join(&mut FourLevel::ALL.iter().map(|g| g.letter())),
        ),
        _ => ("ECTS 成绩", join(&mut Ects::ALL.iter().map(|g| g.letter()))),
    }
}
