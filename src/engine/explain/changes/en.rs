//! What would change the result, in English.

use super::super::rate;
use super::super::words::en::{grade, test};
use crate::engine::case::TestKind;
use crate::engine::rules::changes::{Change, Effect, Quantity, Target, Value};

/// A suggestion, e.g. "An average of at least 70 points (yours: 69.9 points) would meet A4.3.1.a."
pub fn change(c: &Change) -> String {
    let needed = change_value(c.needed, c.quantity);
    // A course change names its course when it has a title.
    let of = c
        .title
        .as_deref()
        .map(|t| format!(" for {t}"))
        .unwrap_or_default();
    let within = c
        .title
        .as_deref()
        .map(|t| format!(" in {t}"))
        .unwrap_or_default();
    let what = match c.quantity {
        Quantity::Semesters => format!("At least {needed} semester(s) completed"),
        Quantity::EntranceScore => format!("An entrance examination score of at least {needed}"),
        Quantity::Average => format!("An average of at least {needed}"),
        Quantity::ImpactFactor { paper } => format!("An impact factor of at least {needed} for paper {paper}", paper = paper + 1),
        Quantity::CompletedCredits { total } => format!("At least {needed} of the original {total} credits completed"),
        Quantity::TestOverall {
            kind: TestKind::Hsk,
            ..
        } => format!("HSK level {needed} or above"),
        Quantity::TestOverall { kind, .. } => {
            format!("An overall {test} score of at least {needed}", test = test(kind))
        }
        Quantity::TestSections { kind, .. } => {
            format!("{test} section scores of at least {needed} each", test = test(kind))
        }
        Quantity::Overlap => format!("A content overlap of at least {needed}{of}"),
        Quantity::Hours => format!("At least {needed} class hours{of}"),
        Quantity::CourseGrade => format!("A grade of at least {needed}{within}"),
        Quantity::LiteracyCredits { converted } => format!(
            "At least {needed} credits as written{of} (converting to the {converted} a literacy course needs)"
        ),
    };
    let yours = match (c.current, c.quantity) {
        (None, _) => " (not given yet)".to_owned(),
        (Some(v), Quantity::TestSections { .. }) => {
            format!(
                " (your lowest: {value})",
                value = change_value(v, c.quantity)
            )
        }
        (Some(v), q) => format!(" (yours: {value})", value = change_value(v, q)),
    };
    let result = match c.step {
        Effect::Pass => match c.target {
            Target::Condition(_) => format!("would meet the condition ({cite})", cite = c.cite),
            Target::Course(_) => format!("would make the course count ({cite})", cite = c.cite),
        },
        Effect::Review => format!(
            "would bring it to the committee's decision ({cite})",
            cite = c.cite
        ),
    };
    let rest = if c.alone {
        ""
    } else {
        " Other requirements must also be met."
    };
    format!("{what}{yours} {result}.{rest}")
}

/// A change's value: an overlap as a percentage, a grade in its own system's words.
fn change_value(v: Value, q: Quantity) -> String {
    match v {
        Value::Grade(g) => grade(g),
        Value::Number(n) if q == Quantity::Overlap => rate(n),
        Value::Number(n) => n.to_string(),
    }
}
