//! What would change the result, in Chinese.

use super::super::rate;
use super::super::words::zh::{grade, test};
use crate::engine::case::TestKind;
use crate::engine::rules::changes::{Change, Effect, Quantity, Target, Value};

/// A suggestion, e.g. "平均成绩不低于70分（目前为69.9分），即可符合A4.3.1.a的要求。"
pub fn change(c: &Change) -> String {
    let needed = change_value(c.needed, c.quantity);
    // A course change names its course when it has a title.
    let course = c
        .title
        .as_deref()
        .map(|t| format!("课程“{t}”的"))
        .unwrap_or_default();
    let what = match c.quantity {
        Quantity::Semesters => format!("已修读至少{needed}个学期"),
        Quantity::EntranceScore => format!("高考成绩不低于{needed}分"),
        Quantity::Average => format!("平均成绩不低于{needed}"),
        Quantity::ImpactFactor { paper } => {
            format!("第{paper}篇论文的影响因子不低于{needed}", paper = paper + 1)
        }
        Quantity::CompletedCredits { total } => {
            format!("已修学分不少于{needed}（原专业总学分{total}）")
        }
        Quantity::TestOverall {
            kind: TestKind::Hsk,
            ..
        } => format!("HSK {needed}级及以上"),
        Quantity::TestOverall { kind, .. } => {
            format!("{test}总分不低于{needed}", test = test(kind))
        }
        Quantity::TestSections { kind, .. } => {
            format!("{test}各单项成绩均不低于{needed}", test = test(kind))
        }
        Quantity::Overlap => format!("{course}知识点重合率不低于{needed}"),
        Quantity::Hours => format!("{course}学时不少于{needed}"),
        Quantity::CourseGrade => format!("{course}成绩不低于{needed}"),
        Quantity::LiteracyCredits { converted } => {
            format!("{course}原学分不少于{needed}（换算后达到素养课程要求的{converted}学分）")
        }
    };
    let yours = match (c.current, c.quantity) {
        (None, _) => "（尚未填写）".to_owned(),
        (Some(v), Quantity::TestSections { .. }) => {
            format!("（目前最低为{value}）", value = change_value(v, c.quantity))
        }
        (Some(v), q) => format!("（目前为{value}）", value = change_value(v, q)),
    };
    let result = match c.step {
        Effect::Pass => match c.target {
            Target::Condition(_) => format!("即可满足该条件（{cite}）", cite = c.cite),
            Target::Course(_) => format!("该课程即可计入（{cite}）", cite = c.cite),
        },
        Effect::Review => format!("即可提交委员会研究决定（{cite}）", cite = c.cite),
    };
    let rest = if c.alone {
        ""
    } else {
        "另须满足其他要求。"
    };
    format!("{what}{yours}，{result}。{rest}")
}

/// A change's value: an overlap as a percentage, a grade in its own system's words.
fn change_value(v: Value, q: Quantity) -> String {
    match v {
        Value::Grade(g) => grade(g),
        Value::Number(n) if q == Quantity::Overlap => rate(n),
        Value::Number(n) => n.to_string(),
    }
}
