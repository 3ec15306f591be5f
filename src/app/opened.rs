//! What is wrong with an opened case file, in the interface's words and language. The command line
//! names a field by its path and an answer by the file's word, for whoever edits the file; a student
//! who opened one is told the question, and the answers as the form offers them.

use super::form::place_in_file;
use super::questions::{self, Control};
use super::text::Text;
use crate::engine::case::field::FieldPath;
use crate::engine::case::problem::Problem;
use crate::engine::case::shape::Shape;
use crate::engine::case::validate::FieldError;
use crate::engine::case::{self, CaseFile};
use crate::engine::{explain, MEASURES_2023_046};
use crate::lang::Lang;

/// One error of an opened file: where (the question, the course numbered from 1), then what is
/// wrong. What concerns the whole file says so without a place.
pub fn describe(e: &FieldError, t: &Text, lang: Lang) -> String {
    let o = &t.opened;
    let whole = match &e.problem {
        Problem::NotJson {
            line,
            column,
            ends_early,
            ..
        } => Some((o.not_json)(*line, *column, *ends_early)),
        Problem::NotAnObject | Problem::FormatRequired | Problem::NotACaseFile { .. } => {
            Some(o.not_a_case_file.to_owned())
        }
        Problem::VersionRequired | Problem::VersionText { .. } => Some(o.no_version.to_owned()),
        Problem::VersionUnsupported { found } => Some((o.other_version)(found, case::VERSION)),
        _ => None,
    };
    if let Some(whole) = whole {
        return whole;
    }
    let message = match &e.problem {
        Problem::Shape(shape) => shape_words(shape, &e.path, t, lang),
        other => explain::problem(other, lang),
    };
    if e.path.is_empty() {
        message
    } else {
        (t.form.summary_entry)(&place_in_file(&e.path, t), &message)
    }
}

fn shape_words(shape: &Shape, path: &str, t: &Text, lang: Lang) -> String {
    let o = &t.opened;
    match shape {
        Shape::UnknownField { name, .. } => (o.unknown_field)(name),
        Shape::MissingField { name } => (o.missing_field)(name),
        Shape::UnknownWord { found, allowed } => {
            (o.unknown_word)(found, &(o.either)(&answers(path, allowed, t, lang)))
        }
        Shape::WrongType { found, expected } => (o.wrong_kind)(expected, found),
        Shape::Other(_) => o.unreadable.to_owned(),
    }
}

/// The words a field takes, each as the form labels it where the field's question offers it.
fn answers(path: &str, allowed: &[String], t: &Text, lang: Lang) -> Vec<String> {
    let offered = FieldPath::parse(path)
        .and_then(|p| questions::question(p.field))
        .map(|q| match q.kind {
            Control::Radios { options, .. } | Control::Select { options } => {
                options(&CaseFile::new(), &MEASURES_2023_046)
            }
            _ => Vec::new(),
        })
        .unwrap_or_default();
    allowed
        .iter()
        .map(|word| {
            offered
                .iter()
                .find(|o| o.word() == *word)
                .map_or_else(|| word.clone(), |&o| t.opt(o, lang).to_owned())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::text::text;
    use crate::engine::case::validate::read;

    fn opened(raw: &str, lang: Lang) -> Vec<String> {
        let errors = read(raw).expect_err("not opened").errors;
        errors
            .iter()
            .map(|e| describe(e, text(lang), lang))
            .collect()
    }

    const HEAD: &str = r#""format":"transfer-check/case","version":1"#;

    #[test]
    fn a_word_the_question_does_not_offer_is_named_with_the_form_s_answers() {
        let raw = format!(r#"{{{HEAD},"applicant":{{"level":"wizard"}}}}"#);
        assert_eq!(
            opened(&raw, Lang::En),
            ["At what level are you studying?: \u{201c}wizard\u{201d} is not one of this question's answers, which are Undergraduate, Master's or Doctoral"]
        );
        assert_eq!(
            opened(&raw, Lang::Zh),
            ["您目前的学历层次是？：“wizard”不是此问题的选项；选项为“本科生”、“硕士研究生”或“博士研究生”"]
        );
    }

    #[test]
    fn text_that_is_not_json_is_told_without_the_reader_s_words() {
        for lang in Lang::ALL {
            let [message] = &opened("{ oops", lang)[..] else {
                panic!("one message")
            };
            assert!(!message.contains("expected"), "{message}");
            assert!(message.contains('1'), "where it goes wrong: {message}");
        }
        assert_eq!(
            opened("[]", Lang::En),
            ["This is not a Transfer Check case file. Open a case file (.json) downloaded from Transfer Check."]
        );
    }

    #[test]
    fn no_message_uses_the_file_s_notation() {
        for raw in [
            format!(r#"{{{HEAD},"courses":[{{"title":"A"}},{{"credits":"4"}}]}}"#),
            format!(r#"{{{HEAD},"courses":[{{"favourite_colour":"blue"}}]}}"#),
            format!(r#"{{{HEAD},"applicant":{{"route":"moon"}}}}"#),
            r#"{"format":"transfer-check/case","version":7}"#.to_owned(),
        ] {
            for lang in Lang::ALL {
                for message in opened(&raw, lang) {
                    for notation in ["`", "expected", "found", "courses[", "unknown"] {
                        assert!(!message.contains(notation), "{lang:?}: {message}");
                    }
                }
            }
        }
    }
}
