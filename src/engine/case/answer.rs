//! A field's value as a form handles it: one answer, whatever the field's type in the case file. The
//! schema ([`super::schema`]) reads and writes every field through [`Slot`], so the form needs no
//! accessor of its own for a plain field.

use super::field::FieldPath;
use super::{
    answer_at, set_answer_at, Body, CaseFile, CourseKind, CreditUnit, EctsRegion, Grade, Level,
    LiteracyCategory, Nature, Num, Reason, Route, Status, TeachingLanguage, TestKind,
};

/// An answer as the case file holds it.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    Bool(bool),
    Number(Num),
    Text(String),
    Choice(Opt),
    Grade(Grade),
}

/// A value of one of the case file's word lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Opt {
    Route(Route),
    Level(Level),
    Reason(Reason),
    Status(Status),
    Body(Body),
    Teaching(TeachingLanguage),
    Test(TestKind),
    Unit(CreditUnit),
    Kind(CourseKind),
    Nature(Nature),
    Category(LiteracyCategory),
    Region(EctsRegion),
}

impl Opt {
    /// The word the case file writes for the option (`international`, `five_level`).
    pub fn word(self) -> String {
        let value = match self {
            Opt::Route(x) => serde_json::to_value(x),
            Opt::Level(x) => serde_json::to_value(x),
            Opt::Reason(x) => serde_json::to_value(x),
            Opt::Status(x) => serde_json::to_value(x),
            Opt::Body(x) => serde_json::to_value(x),
            Opt::Teaching(x) => serde_json::to_value(x),
            Opt::Test(x) => serde_json::to_value(x),
            Opt::Unit(x) => serde_json::to_value(x),
            Opt::Kind(x) => serde_json::to_value(x),
            Opt::Nature(x) => serde_json::to_value(x),
            Opt::Category(x) => serde_json::to_value(x),
            Opt::Region(x) => serde_json::to_value(x),
        };
        match value {
            Ok(serde_json::Value::String(word)) => word,
            _ => String::new(),
        }
    }
}

/// The answer at `at`, if the case holds one there.
pub fn get(case: &CaseFile, at: FieldPath) -> Option<Answer> {
    answer_at(case, at.field, at.index.unwrap_or(0))
}

/// Writes the answer at `at` (`None` clears it).
pub fn set(case: &mut CaseFile, at: FieldPath, answer: Option<Answer>) {
    set_answer_at(case, at.field, at.index.unwrap_or(0), answer)
}

/// A type a field can hold, seen as an answer. Parts and lists are no single answer: their
/// default methods say so.
pub trait Value: Sized {
    fn to_answer(&self) -> Option<Answer> {
        None
    }
    fn from_answer(_: Answer) -> Option<Self> {
        None
    }
}

/// A struct field as the form reads and writes it.
pub trait Slot {
    fn answer(&self) -> Option<Answer>;
    fn put(&mut self, answer: Option<Answer>);
}

impl<T: Value> Slot for Option<T> {
    fn answer(&self) -> Option<Answer> {
        self.as_ref().and_then(Value::to_answer)
    }
    fn put(&mut self, answer: Option<Answer>) {
        *self = answer.and_then(T::from_answer);
    }
}

/// A list is changed item by item, never as one answer.
impl<T> Slot for Vec<T> {
    fn answer(&self) -> Option<Answer> {
        None
    }
    fn put(&mut self, _: Option<Answer>) {}
}

impl<T> Value for Vec<T> {}

macro_rules! plain {
    ($($ty:ty => $variant:ident),* $(,)?) => {$(
        impl Value for $ty {
            fn to_answer(&self) -> Option<Answer> {
                Some(Answer::$variant(self.clone()))
            }
            fn from_answer(a: Answer) -> Option<Self> {
                match a {
                    Answer::$variant(v) => Some(v),
                    _ => None,
                }
            }
        }
    )*};
}

plain!(bool => Bool, Num => Number, String => Text, Grade => Grade);

macro_rules! words {
    ($($ty:ident => $opt:ident),* $(,)?) => {$(
        impl Value for $ty {
            fn to_answer(&self) -> Option<Answer> {
                Some(Answer::Choice(Opt::$opt(*self)))
            }
            fn from_answer(a: Answer) -> Option<Self> {
                match a {
                    Answer::Choice(Opt::$opt(v)) => Some(v),
                    _ => None,
                }
            }
        }
    )*};
}

words!(
    Route => Route,
    Level => Level,
    Reason => Reason,
    Status => Status,
    Body => Body,
    TeachingLanguage => Teaching,
    TestKind => Test,
    CreditUnit => Unit,
    CourseKind => Kind,
    Nature => Nature,
    LiteracyCategory => Category,
    EctsRegion => Region,
);

/// A test's kind must be there: an answer of no kind leaves it as it is.
impl Slot for TestKind {
    fn answer(&self) -> Option<Answer> {
        self.to_answer()
    }
    fn put(&mut self, answer: Option<Answer>) {
        if let Some(kind) = answer.and_then(TestKind::from_answer) {
            *self = kind;
        }
    }
}
