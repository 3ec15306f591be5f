//! What the transcript reader reports, in English.

use crate::engine::case::GradeSystem as G;
use crate::engine::transcript::{CellProblem, Expected, Lacking, TranscriptError};

/// What a transcript cell should have held.
fn expected(e: Expected) -> &'static str {
    match e {
        Expected::Number => "a number such as 4 or 3.5",
        Expected::UnambiguousNumber => {
            "a number without a thousands separator (1,200 could be 1.2 or 1200)"
        }
        Expected::CreditUnit => "local or ECTS",
        Expected::Kind => "theory, practice or internship",
        Expected::Nature => "compulsory or elective",
        Expected::Grade(None) => {
            "a grade: a percentage, excellent/good/medium/pass/fail, or a letter from A to F"
        }
        Expected::Grade(Some(G::Percentage)) => "a percentage from 0 to 100",
        Expected::Grade(Some(G::FiveLevel)) => "excellent, good, medium, pass or fail",
        Expected::Grade(Some(G::FourLevel)) => "a letter A, B, C or D",
        Expected::Grade(Some(G::Gpa4)) => "a GPA from 0 to 4",
        Expected::Grade(Some(G::Ects)) => "an ECTS letter from A to F",
        Expected::GradingSystem => "percentage, five-level, four-level, GPA or ECTS",
        Expected::LevelGrade => "a level such as excellent, pass or B",
        Expected::SystemForLowNumber => {
            "a grading system, since a number from 0 to 4 could be a GPA or a percentage (add a System column, or write GPA or % in the grade column's name)"
        }
        Expected::Date => "a date such as 2025-01-15",
        Expected::YesNo => "yes or no",
        Expected::Overlap => "an overlap such as 0.75 or 75%",
    }
}

pub fn problem(p: &CellProblem) -> String {
    format!(
        "Line {}, column \"{}\": could not read \"{}\"; expected {}.",
        p.line,
        p.header,
        p.raw,
        expected(p.expected)
    )
}

pub fn error(e: &TranscriptError) -> String {
    match e {
        TranscriptError::Empty => "The transcript is empty.".to_owned(),
        TranscriptError::NoRows => "The transcript has a header but no courses.".to_owned(),
        TranscriptError::TooManyRows { limit } => format!(
            "The transcript has more than {limit} course rows; paste at most {limit} at a time."
        ),
        TranscriptError::UnterminatedQuote { line } => {
            format!("The quoted cell that starts on line {line} is never closed with a \".")
        }
        TranscriptError::NoHeader { found, .. } => {
            let lacks = match e.lacking() {
                Some(Lacking::TitleAndGradeOrCredits) => {
                    "a course title column and a grade or credits column"
                }
                Some(Lacking::Title) => "a course title column",
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
