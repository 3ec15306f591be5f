//! What is wrong with a field of a case file, in English.

use super::super::words::en::test;
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
                " (the file ends too early)"
            } else {
                ""
            };
            format!(
                "not valid JSON: line {}, column {}: {}{}",
                line, column, what, early
            )
        }
        Problem::NotAnObject => "not a case file: expected a JSON object ({ ... })".to_owned(),
        Problem::FormatRequired => format!(
            "required; a case file starts with \"format\": \"{}\"",
            case::FORMAT
        ),
        Problem::NotACaseFile { found } => format!(
            "{} is not a case file; expected \"{}\"",
            found,
            case::FORMAT
        ),
        Problem::VersionRequired => format!("required; this tool reads version {}", case::VERSION),
        Problem::VersionText { found } => {
            format!("{} is text; write the number {}", found, case::VERSION)
        }
        Problem::VersionUnsupported { found } => format!(
            "{} is not supported; this tool reads version {}",
            found,
            case::VERSION
        ),
        Problem::Shape(text) => text.clone(),
        Problem::TooPrecise { raw } => format!("{} has more than three decimal places", raw),
        Problem::NotUsable { raw } => {
            format!("{} is not a usable number", raw)
        }
        Problem::Negative { value } => format!("{} is negative", value),
        Problem::BelowMin {
            value,
            min,
            scale: Some(s),
        } => format!("{} is below {}'s minimum of {}", value, scale_name(*s), min),
        Problem::BelowMin {
            value,
            min,
            scale: None,
        } => format!("{} is below the minimum of {}", value, min),
        Problem::AboveMax {
            value,
            max,
            scale: Some(s),
        } => format!("{} is above {}'s maximum of {}", value, scale_name(*s), max),
        Problem::AboveMax {
            value,
            max,
            scale: None,
        } => format!("{} is above the maximum of {}", value, max),
        Problem::Zero => "0 is not allowed; it must be greater than 0".to_owned(),
        Problem::NotWhole { value } => format!("{} is not a whole number", value),
        Problem::OffStep { value, step, scale } => {
            let on = scale.map_or("the scale", |s| scale_name(s));
            format!("{} is not on {}'s steps of {}", value, on, step)
        }
        Problem::NotADate { text } => format!("\"{}\" is not a date; write it as YYYY-MM-DD", text),
        Problem::AfterAssessment { date, assessed_on } => format!(
            "{} is after the assessment date {}; a course counts once it is completed",
            date, assessed_on
        ),
        Problem::NotAGradeWord { text, system } => {
            let (what, words) = grade_words(*system);
            format!("\"{}\" is not {}; expected one of {}", text, what, words)
        }
        Problem::NotANumber { text, system } => {
            let max = if *system == GradeSystem::Gpa4 {
                "4.0"
            } else {
                "100"
            };
            format!(
                "\"{}\" is not a number; expected a number from 0 to {}",
                text, max
            )
        }
        Problem::NumberForWord { value } => {
            format!("{} is a number; this grading system takes a word", value)
        }
        Problem::NoLevel { test: t } => {
            format!("{} has no level; give its overall score", test(*t))
        }
        Problem::SectionsNotUsed { test: t } => {
            format!("{} section scores are not used; leave them out", test(*t))
        }
        Problem::SectionCount { test: t, given } => format!(
            "{} has 4 section scores (listening, reading, writing, speaking); {} given",
            test(*t),
            given
        ),
        Problem::MoreThanTotal { completed, total } => format!(
            "{} is more than the original total of {} credits",
            completed, total
        ),
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
