//! What is wrong with a catalogue folder, in English.

use super::super::problem;
use crate::engine::catalog::problem::{CatalogProblem, IdPattern, Problem, Within};
use crate::engine::catalog::Counts;
use crate::lang::Lang;

/// What is wrong, in a sentence that follows `FILE:LINE:COLUMN: `.
pub fn message(p: &CatalogProblem) -> String {
    match &p.problem {
        Problem::MissingFile => "the folder does not hold this file".to_owned(),
        Problem::Unreadable { reason } => format!("cannot be read: {reason}"),
        Problem::NotText => "neither UTF-8 nor GB18030 text; save it as CSV in UTF-8".to_owned(),
        Problem::NotCsv { what } => format!("not CSV: {what}"),
        Problem::Empty => "empty; its first line is the header".to_owned(),
        Problem::NoRows => "no row under the header".to_owned(),
        Problem::SecondRow { first } => {
            format!("a second row; the file holds one publication, on line {first}")
        }
        Problem::MissingColumn => {
            let (en, zh) = p.headers().unwrap_or_default();
            format!("the header has no such column (write {en} or {zh})")
        }
        Problem::NeitherColumn { other } => {
            format!("the header needs this column or {}", other.name())
        }
        Problem::ColumnTwice { first, second } => {
            format!("the header names this column twice (cells {first} and {second})")
        }
        Problem::Required => "empty; a value is required".to_owned(),
        Problem::NeitherGiven { other } => format!(
            "empty, and so is {}; give the original course's code or title",
            other.name()
        ),
        Problem::NotANumber { text } => format!("\"{text}\" is not a number"),
        Problem::Value(v) => problem(v, Lang::En),
        Problem::OneDecimal { value } => format!("{value} has more than one decimal place"),
        Problem::NotAWord { text, words } => format!("\"{text}\" is none of {}", words.join(", ")),
        Problem::NotAnId { text, pattern } => {
            let what = match pattern {
                IdPattern::Programme => "an id",
                IdPattern::Code => "a code",
            };
            format!("\"{text}\" is not {what} of the form {}", pattern.pattern())
        }
        Problem::NoProgramme { id } => format!("no programme {id} in programmes.csv"),
        Problem::NoCourse { code, programme } => {
            format!("no course {code} in programme {programme}")
        }
        Problem::Twice {
            value,
            lines,
            within,
        } => {
            let times = match lines.len() {
                2 => "twice".to_owned(),
                n => format!("{n} times"),
            };
            let within = match within {
                Within::File => String::new(),
                Within::Programme(programme) => format!(" in programme {programme}"),
                Within::Course { programme, course } => {
                    format!(" in course {course} of programme {programme}")
                }
            };
            format!("{value} appears {times}{within} (lines {})", listed(lines))
        }
    }
}

/// "2 and 5", "2, 5 and 9".
fn listed(lines: &[usize]) -> String {
    let text: Vec<String> = lines.iter().map(ToString::to_string).collect();
    match text.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => text.concat(),
    }
}

/// What a catalogue that passes holds, in one line.
pub fn summary(c: &Counts) -> String {
    let count =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "{}, {}, {}",
        count(c.programmes, "programme", "programmes"),
        count(c.courses, "course", "courses"),
        count(c.knowledge_points, "knowledge point", "knowledge points")
    )
}
