//! What is wrong with a case file's shape (an unknown field, a wrong kind of value, an unknown word),
//! read out of the JSON reader's message into data, so that each language can say it in its own words.

/// A shape error of the case file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A field the format does not have; `allowed` are the fields that may stand there.
    UnknownField { name: String, allowed: Vec<String> },
    /// A field this object must have and does not (a grade's `system` or `value`, a test's `test`).
    MissingField { name: String },
    /// A word the format does not have; `allowed` are the words it takes.
    UnknownWord { found: String, allowed: Vec<String> },
    /// A value of the wrong kind: text where a number belongs, a list where an object does.
    WrongType { found: Found, expected: Kind },
    /// Anything else the reader said, as it said it.
    Other(String),
}

/// The value found, as JSON has it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    Text(String),
    Number(String),
    Bool(bool),
    Object,
    List,
    Null,
    Other(String),
}

/// The kind of value a field takes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Number,
    Text,
    YesNo,
    Object,
    List,
    ListOfObjects,
    NumberOrWord,
    Other(String),
}

/// Reads the JSON reader's message (`unknown variant `moon`, expected one of ...`,
/// `invalid type: string "4", expected f64`) into data.
pub fn read(message: &str) -> Shape {
    let message = message.split(" at line ").next().unwrap_or(message);
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let (name, allowed) = ticked(rest);
        if let Some(name) = name {
            return Shape::UnknownField { name, allowed };
        }
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let (found, allowed) = ticked(rest);
        if let Some(found) = found {
            return Shape::UnknownWord { found, allowed };
        }
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return Shape::WrongType {
                found: found_value(found),
                expected: kind(expected),
            };
        }
    }
    Shape::Other(message.to_owned())
}

/// The first `ticked` word and the rest of the ticked words after it.
fn ticked(text: &str) -> (Option<String>, Vec<String>) {
    let mut words = text
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect::<Vec<_>>()
        .into_iter();
    (words.next(), words.collect())
}

fn found_value(text: &str) -> Found {
    let inner = |prefix: &str| {
        text.strip_prefix(prefix)
            .map(|v| v.trim_matches(['`', '"']).to_owned())
    };
    if let Some(s) = text.strip_prefix("string ") {
        // serde writes the string in Rust's debug form: "yes".
        return Found::Text(s.trim_matches('"').replace("\\\"", "\""));
    }
    for prefix in ["integer ", "floating point "] {
        if let Some(n) = inner(prefix) {
            return Found::Number(n);
        }
    }
    match text {
        "boolean `true`" => Found::Bool(true),
        "boolean `false`" => Found::Bool(false),
        "map" => Found::Object,
        "sequence" => Found::List,
        "null" | "unit value" => Found::Null,
        other => Found::Other(other.to_owned()),
    }
}

fn kind(text: &str) -> Kind {
    match text {
        "f64" | "f32" | "u32" | "u8" | "i64" | "u64" | "a number" => Kind::Number,
        "a string" => Kind::Text,
        "a boolean" => Kind::YesNo,
        "a list of objects" => Kind::ListOfObjects,
        "a sequence" | "a list" => Kind::List,
        "a number or a grade word" => Kind::NumberOrWord,
        "an object" | "a map" => Kind::Object,
        other if other.starts_with("struct ") => Kind::Object,
        other => Kind::Other(other.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_words_and_fields_keep_what_was_found_and_what_is_allowed() {
        assert_eq!(
            read("unknown variant `moon`, expected one of `mainland`, `hmt` at line 1 column 30"),
            Shape::UnknownWord {
                found: "moon".into(),
                allowed: vec!["mainland".into(), "hmt".into()]
            }
        );
        assert_eq!(
            read("unknown variant `ucas`, expected `local` or `ects`"),
            Shape::UnknownWord {
                found: "ucas".into(),
                allowed: vec!["local".into(), "ects".into()]
            }
        );
        assert_eq!(
            read("unknown field `favourite_colour`, expected one of `route`, `level`"),
            Shape::UnknownField {
                name: "favourite_colour".into(),
                allowed: vec!["route".into(), "level".into()]
            }
        );
    }

    #[test]
    fn wrong_kinds_say_what_was_found_and_what_belongs() {
        assert_eq!(
            read("invalid type: string \"4\", expected f64"),
            Shape::WrongType {
                found: Found::Text("4".into()),
                expected: Kind::Number
            }
        );
        assert_eq!(
            read("invalid type: map, expected a list of objects"),
            Shape::WrongType {
                found: Found::Object,
                expected: Kind::ListOfObjects
            }
        );
        assert_eq!(
            read("invalid type: sequence, expected struct Grade"),
            Shape::WrongType {
                found: Found::List,
                expected: Kind::Object
            }
        );
        assert_eq!(
            read("invalid type: integer `4`, expected a boolean"),
            Shape::WrongType {
                found: Found::Number("4".into()),
                expected: Kind::YesNo
            }
        );
        assert_eq!(
            read("recursion limit exceeded"),
            Shape::Other("recursion limit exceeded".into())
        );
    }
}
