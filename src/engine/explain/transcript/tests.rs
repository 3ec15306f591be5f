use crate::engine::explain::{transcript_error, transcript_problem};
use crate::engine::transcript::{parse, CellProblem, Column, Expected, TranscriptError};
use crate::lang::Lang;

#[test]
fn error_and_problem_messages() {
    let en = |e: &TranscriptError| transcript_error(e, Lang::En);
    assert_eq!(
        en(&TranscriptError::UnterminatedQuote { line: 7 }),
        "The quoted cell that starts on line 7 is never closed with a \"."
    );
    let p = CellProblem {
        line: 3,
        column: Column::Grade,
        header: "成绩".into(),
        raw: "3.5".into(),
        expected: Expected::SystemForLowNumber,
    };
    assert!(transcript_problem(&p, Lang::En)
        .starts_with("Line 3, column \"成绩\": could not read \"3.5\"; expected a grading system"));
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
