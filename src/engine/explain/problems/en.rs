//! What is wrong with a field of a case file, in English.

use super::super::words::en::test;
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
                " (the file ends too early)"
            } else {
                ""
            };
            format!("not valid JSON: line {line}, column {column}: {what}{early}")
        }
        Problem::NotAnObject => "not a case file: expected a JSON object ({ ... })".to_owned(),
        Problem::FormatRequired => format!("required; a case file starts with \"format\": \"{format}\"", format = case::FORMAT),
        Problem::NotACaseFile { found } => format!("{found} is not a case file; expected \"{format}\"", format = case::FORMAT),
        Problem::VersionRequired => format!("required; this tool reads version {version}", version = case::VERSION),
        Problem::VersionText { found } => {
            format!("{found} is text; write the number {version}", version = case::VERSION)
        }
        Problem::VersionUnsupported { found } => format!("{found} is not supported; this tool reads version {version}", version = case::VERSION),
        Problem::Shape(s) => shape(s),
        Problem::TooPrecise { raw } => format!("{raw} has more than three decimal places"),
        Problem::NotUsable { raw } => {
            format!("{raw} is not a usable number")
        }
        Problem::Negative { value } => format!("{value} is negative"),
        Problem::BelowMin {
            value,
            min,
            scale: Some(s),
        } => format!("{value} is below {scale}'s minimum of {min}", scale = scale_name(*s)),
        Problem::BelowMin {
            value,
            min,
            scale: None,
        } => format!("{value} is below the minimum of {min}"),
        Problem::AboveMax {
            value,
            max,
            scale: Some(s),
        } => format!("{value} is above {scale}'s maximum of {max}", scale = scale_name(*s)),
        Problem::AboveMax {
            value,
            max,
            scale: None,
        } => format!("{value} is above the maximum of {max}"),
        Problem::Zero => "0 is not allowed; it must be greater than 0".to_owned(),
        Problem::NotWhole { value } => format!("{value} is not a whole number"),
        Problem::OffStep { value, step, scale } => {
            let on = scale.map_or("the scale", |s| scale_name(s));
            format!("{value} is not on {on}'s steps of {step}")
        }
        Problem::NotADate { text } => format!("\"{text}\" is not a date; write it as YYYY-MM-DD"),
        Problem::NoSuchDay { text, month_length } => format!("{text} does not exist: that month has {month_length} days"),
        Problem::AfterAssessment { date, assessed_on } => format!("{date} is after the date you will apply, {assessed_on}; a course counts once it is completed"),
        Problem::DateOutOfRange { date, earliest, latest } => format!("{date} is outside the dates a plan can hold, {earliest} to {latest}"),
        Problem::EndsBeforeStart { from, to } => format!("{to} is before the first day, {from}; the last day cannot come first"),
        Problem::ToldBeforeHandedIn { informed, submitted } => format!("{informed} is before the day you hand in your materials, {submitted}; a result is told only after the materials are in, so correct one of the two dates"),
        Problem::NotAGradeWord { text, system } => {
            let (what, words) = grade_words(*system);
            format!("\"{text}\" is not {what}; expected one of {words}")
        }
        Problem::NotANumber { text, system } => {
            let max = if *system == GradeSystem::Gpa4 {
                "4.0"
            } else {
                "100"
            };
            format!("\"{text}\" is not a number; expected a number from 0 to {max}")
        }
        Problem::NumberForWord { value } => {
            format!("{value} is a number; this grading system takes a word")
        }
        Problem::NoLevel { test: t } => {
            format!("{test} has no level; give its overall score", test = test(*t))
        }
        Problem::SectionsNotUsed { test: t } => {
            format!("{test} section scores are not used; leave them out", test = test(*t))
        }
        Problem::SectionCount { test: t, given } => format!("{test} has 4 section scores (listening, reading, writing, speaking); {given} given", test = test(*t)),
        Problem::MoreThanTotal { completed, total } => format!("{completed} is more than the original total of {total} credits"),
        Problem::GivenTwice { id, first } => format!("{id} appears twice in the list, first at [{first}]"),
        Problem::NotInProgramme { code, programme } => format!("no course {code} in programme {programme} of the catalogue"),
        Problem::NotAKnowledgePoint { id, course } => format!("course {course} has no knowledge point {id}"),
    }
}

fn scale_name(s: Scale) -> &'static str {
    match s {
        Scale::Percentage => "the percentage scale",
        Scale::Gpa4 => "the 4.0 GPA scale",
        Scale::Overlap => "the overlap rate",
        Scale::Ielts => "the IELTS band scale",
        Scale::Toefl => "the TOEFL iBT scale",
        Scale::ToeflSection => "the TOEFL iBT section scale",
        Scale::Pte => "the PTE Academic scale",
        Scale::HskLevel => "the HSK level scale",
        Scale::HskScore => "the HSK score scale",
    }
}

/// The name of a word-valued grading system and the words a case file accepts for it.
fn grade_words(system: GradeSystem) -> (&'static str, String) {
    let join = |words: &mut dyn Iterator<Item = &'static str>| words.collect::<Vec<_>>().join(", ");
    match system {
        GradeSystem::FiveLevel => (
            "a five-level grade",
            join(&mut GradeLevel::ALL.iter().map(|g| g.word())),
        ),
        GradeSystem::FourLevel => (
            "a four-level grade",
            join(&mut FourLevel::ALL.iter().map(|g| g.letter())),
        ),
        _ => (
            "an ECTS grade",
            join(&mut Ects::ALL.iter().map(|g| g.letter())),
        ),
    }
}

/// A shape error in the words the command line has always used: the words in backticks as the file
/// writes them.
fn shape(s: &Shape) -> String {
    let ticked = |words: &[String]| match words {
        [one] => format!("`{one}`"),
        [a, b] => format!("`{a}` or `{b}`"),
        many => format!(
            "one of {}",
            many.iter()
                .map(|w| format!("`{w}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    match s {
        Shape::UnknownField { name, allowed } if allowed.is_empty() => {
            format!("unknown field `{name}`; no fields belong here")
        }
        Shape::UnknownField { name, allowed } => {
            format!("unknown field `{name}`, expected {}", ticked(allowed))
        }
        Shape::UnknownWord { found, allowed } => {
            format!("unknown value `{found}`, expected {}", ticked(allowed))
        }
        Shape::WrongType { found, expected } => {
            let found = match found {
                Found::Text(t) => format!("string \"{t}\""),
                Found::Number(n) => format!("the number {n}"),
                Found::Bool(b) => format!("{b}"),
                Found::Object => "an object".to_owned(),
                Found::List => "a list".to_owned(),
                Found::Null => "null".to_owned(),
            };
            let expected = match expected {
                ValueKind::Number => "a number".to_owned(),
                ValueKind::Text => "text in quotes".to_owned(),
                ValueKind::YesNo => "true or false".to_owned(),
                ValueKind::Object => "an object".to_owned(),
                ValueKind::List => "a list".to_owned(),
                ValueKind::ListOfObjects => "a list of objects".to_owned(),
                ValueKind::NumberOrWord => "a number or a grade word".to_owned(),
            };
            format!("found {found}, expected {expected}")
        }
        Shape::MissingField { name } => format!("`{name}` is missing: it must be given here"),
        Shape::Other(text) => text.clone(),
    }
}
