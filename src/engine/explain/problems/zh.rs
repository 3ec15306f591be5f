//! What is wrong with a field of a case file, in Chinese.

use super::super::words::zh::test;
use crate::engine::case::problem::{Problem, Scale};
use crate::engine::case::shape::{Found, Shape, ValueKind};
use crate::engine::case::{self, GradeSystem};
use crate::engine::rules::grades::{Ects, FourLevel, GradeLevel};

// Long but whole: one arm per problem and no wildcard, so a new problem does not compile unworded.
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
            format!("不是有效的 JSON：第 {line} 行第 {column} 列：{what}{early}")
        }
        Problem::NotAnObject => "不是案例文件：应为一个 JSON 对象（{ ... }）".to_owned(),
        Problem::FormatRequired => {
            format!(
                "必填；案例文件以 \"format\": \"{format}\" 开头",
                format = case::FORMAT
            )
        }
        Problem::NotACaseFile { found } => {
            format!(
                "{found} 不是案例文件；应为 \"{format}\"",
                format = case::FORMAT
            )
        }
        Problem::VersionRequired => {
            format!("必填；本工具读取第 {version} 版", version = case::VERSION)
        }
        Problem::VersionText { found } => format!(
            "{found} 是文本；请写数字 {version}",
            version = case::VERSION
        ),
        Problem::VersionUnsupported { found } => {
            format!(
                "不支持第 {found} 版；本工具读取第 {version} 版",
                version = case::VERSION
            )
        }
        Problem::Shape(s) => shape(s),
        Problem::TooPrecise { raw } => format!("{raw} 的小数超过三位"),
        Problem::NotUsable { raw } => {
            format!("{raw} 不是可用的数字")
        }
        Problem::Negative { value } => format!("{value} 是负数"),
        Problem::BelowMin {
            value,
            min,
            scale: Some(s),
        } => format!("{value} 低于{scale}的最小值 {min}", scale = scale_name(*s)),
        Problem::BelowMin {
            value,
            min,
            scale: None,
        } => format!("{value} 低于最小值 {min}"),
        Problem::AboveMax {
            value,
            max,
            scale: Some(s),
        } => format!("{value} 超过{scale}的最大值 {max}", scale = scale_name(*s)),
        Problem::AboveMax {
            value,
            max,
            scale: None,
        } => format!("{value} 超过最大值 {max}"),
        Problem::Zero => "不能为 0，必须大于 0".to_owned(),
        Problem::NotWhole { value } => format!("{value} 不是整数"),
        Problem::OffStep { value, step, scale } => {
            let on = scale.map_or("该分制", |s| scale_name(s));
            format!("{value} 不符合{on}以 {step} 为单位的分档")
        }
        Problem::NotADate { text } => format!("\"{text}\" 不是日期；请按 YYYY-MM-DD 格式填写"),
        Problem::NoSuchDay { text, month_length } => {
            format!("{text} 这一天不存在：该月只有 {month_length} 天")
        }
        Problem::DateOutOfRange {
            date,
            earliest,
            latest,
        } => {
            format!("{date} 超出计划可填写的日期范围（{earliest} 至 {latest}）")
        }
        Problem::EndsBeforeStart { from, to } => {
            format!("{to} 早于第一天 {from}；最后一天不能在第一天之前")
        }
        Problem::ToldBeforeHandedIn {
            informed,
            submitted,
        } => {
            format!("{informed} 早于提交材料的日期 {submitted}；结果只能在提交材料之后获知，请更正其中一个日期")
        }
        Problem::AfterAssessment { date, assessed_on } => {
            format!("{date} 晚于您提出申请的日期 {assessed_on}；课程完成后才能计入")
        }
        Problem::NotAGradeWord { text, system } => {
            let (what, words) = grade_words(*system);
            format!("\"{text}\" 不是{what}；应为以下之一：{words}")
        }
        Problem::NotANumber { text, system } => {
            let max = if *system == GradeSystem::Gpa4 {
                "4.0"
            } else {
                "100"
            };
            format!("\"{text}\" 不是数字；应为 0 到 {max} 之间的数字")
        }
        Problem::NumberForWord { value } => format!("{value} 是数字；该记分制应填写等级"),
        Problem::NoLevel { test: t } => format!("{test}没有等级；请填写总分", test = test(*t)),
        Problem::SectionsNotUsed { test: t } => {
            format!("{test}不使用单项分；请删除", test = test(*t))
        }
        Problem::SectionCount { test: t, given } => format!(
            "{test}有 4 项单项分（听、读、写、说）；此处填写了 {given} 项",
            test = test(*t)
        ),
        Problem::MoreThanTotal { completed, total } => {
            format!("{completed} 超过原专业总学分 {total}")
        }
        Problem::GivenTwice { id, first } => format!("{id} 在列表中出现两次，首次在 [{first}]"),
        Problem::NotInProgramme { code, programme } => {
            format!("目录中培养方案 {programme} 没有课程 {code}")
        }
        Problem::NotAKnowledgePoint { id, course } => format!("课程 {course} 没有知识点 {id}"),
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

fn shape(s: &Shape) -> String {
    let listed = |words: &[String]| {
        words
            .iter()
            .map(|w| format!("“{w}”"))
            .collect::<Vec<_>>()
            .join("、")
    };
    match s {
        Shape::UnknownField { name, allowed } if allowed.is_empty() => {
            format!("文件中不应有字段“{name}”")
        }
        Shape::UnknownField { name, allowed } => {
            format!(
                "没有名为“{name}”的字段；此处可用的字段为 {}",
                listed(allowed)
            )
        }
        Shape::UnknownWord { found, allowed } => {
            format!("“{found}”不是可接受的值；应为 {} 之一", listed(allowed))
        }
        Shape::WrongType { found, expected } => {
            let found = match found {
                Found::Text(t) => format!("文本“{t}”"),
                Found::Number(n) => format!("数字 {n}"),
                Found::Bool(b) => format!("{b}"),
                Found::Object => "对象".to_owned(),
                Found::List => "列表".to_owned(),
                Found::Null => "null".to_owned(),
            };
            let expected = match expected {
                ValueKind::Number => "数字".to_owned(),
                ValueKind::Text => "带引号的文本".to_owned(),
                ValueKind::YesNo => "true 或 false".to_owned(),
                ValueKind::Object => "对象".to_owned(),
                ValueKind::List => "列表".to_owned(),
                ValueKind::ListOfObjects => "对象列表".to_owned(),
                ValueKind::NumberOrWord => "数字或成绩等级".to_owned(),
            };
            format!("应为{expected}，实际为{found}")
        }
        Shape::MissingField { name } => format!("缺少“{name}”：此处必须填写"),
        Shape::Other(text) => format!("文件格式有误：{text}"),
    }
}
