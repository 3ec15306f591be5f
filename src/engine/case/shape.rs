//! What is wrong with a case file's shape (an unknown field, a wrong kind of value, an unknown word), as
//! data built where the case file is read (`case::json`), so that each language says it in its own words.

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
    WrongType { found: Found, expected: ValueKind },
    /// Text that is not JSON at all, with what the JSON reader said of it.
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
}

/// The kind of value a field takes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ValueKind {
    Number,
    Text,
    YesNo,
    Object,
    List,
    ListOfObjects,
    NumberOrWord,
}
