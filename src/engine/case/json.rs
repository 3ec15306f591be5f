//! The case file's JSON form: reading a JSON value into the wire form one field at a time, with the
//! path of the first value that does not fit (`courses[0].grade.value`) and what is wrong with it as
//! data; and writing the wire form back as a JSON value.
//!
//! Written out rather than derived: derived readers, wrapped to track the path, were a tenth of the
//! app's WebAssembly. Each struct lists its fields once (`object!`), which says both how a field is
//! read and whether it is written when empty; the words of an enum are read and written by its derived
//! serde code, so each word is spelled once, on the enum.

use serde::de::value::StrDeserializer;
use serde::Deserialize;
use serde_json::{Map, Value};

use super::*;
use crate::engine::case::shape::{Found, Shape, ValueKind};

/// The first value of a case file that does not fit, where it stands (empty for the whole file).
#[derive(Debug)]
pub struct Misfit {
    pub path: String,
    pub shape: Shape,
}

pub(crate) type Read<T> = Result<T, Misfit>;

/// Where a value stands, as a chain back to the file: written out only for an error.
#[derive(Clone, Copy)]
pub struct At<'a> {
    parent: Option<&'a At<'a>>,
    step: Step<'a>,
}

#[derive(Clone, Copy)]
enum Step<'a> {
    File,
    Key(&'a str),
    Index(usize),
}

impl<'a> At<'a> {
    pub const FILE: At<'static> = At {
        parent: None,
        step: Step::File,
    };

    fn key(&'a self, key: &'a str) -> At<'a> {
        At {
            parent: Some(self),
            step: Step::Key(key),
        }
    }

    fn index(&'a self, i: usize) -> At<'a> {
        At {
            parent: Some(self),
            step: Step::Index(i),
        }
    }

    fn path(&self) -> String {
        let mut out = self.parent.map(At::path).unwrap_or_default();
        match self.step {
            Step::File => {}
            Step::Key(k) if out.is_empty() => out.push_str(k),
            Step::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Step::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
        out
    }

    fn misfit(&self, shape: Shape) -> Misfit {
        Misfit {
            path: self.path(),
            shape,
        }
    }

    fn wrong(&self, found: &Value, expected: ValueKind) -> Misfit {
        self.misfit(Shape::WrongType {
            found: found_of(found),
            expected,
        })
    }
}

fn found_of(v: &Value) -> Found {
    match v {
        Value::Null => Found::Null,
        Value::Bool(b) => Found::Bool(*b),
        Value::Number(n) => Found::Number(n.to_string()),
        Value::String(s) => Found::Text(s.clone()),
        Value::Array(_) => Found::List,
        Value::Object(_) => Found::Object,
    }
}

/// A value of the format read from JSON.
pub trait FromJson: Sized {
    /// A JSON object (a list of these is "a list of objects").
    const OBJECT: bool = false;
    fn from_json(v: &Value, at: &At) -> Read<Self>;
}

/// A value of the format written as JSON.
pub trait ToJson {
    fn to_json(&self) -> Value;
}

impl ToJson for bool {
    fn to_json(&self) -> Value {
        Value::Bool(*self)
    }
}

impl ToJson for String {
    fn to_json(&self) -> Value {
        Value::String(self.clone())
    }
}

impl ToJson for Num {
    /// A whole number is written without a decimal point (`4`, not `4.0`).
    fn to_json(&self) -> Value {
        let n = self.0;
        if n.fract() == 0.0 && n.abs() < 1e15 {
            Value::from(n as i64)
        } else {
            Value::from(n)
        }
    }
}

impl ToJson for GradeValue {
    fn to_json(&self) -> Value {
        match self {
            GradeValue::Number(n) => Num(*n).to_json(),
            GradeValue::Word(w) => Value::String(w.clone()),
        }
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(ToJson::to_json).collect())
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> Value {
        self.as_ref().map_or(Value::Null, ToJson::to_json)
    }
}

impl FromJson for bool {
    fn from_json(v: &Value, at: &At) -> Read<bool> {
        v.as_bool().ok_or_else(|| at.wrong(v, ValueKind::YesNo))
    }
}

impl FromJson for String {
    fn from_json(v: &Value, at: &At) -> Read<String> {
        v.as_str()
            .map(str::to_owned)
            .ok_or_else(|| at.wrong(v, ValueKind::Text))
    }
}

impl FromJson for Num {
    fn from_json(v: &Value, at: &At) -> Read<Num> {
        v.as_f64()
            .map(Num)
            .ok_or_else(|| at.wrong(v, ValueKind::Number))
    }
}

impl FromJson for GradeValue {
    fn from_json(v: &Value, at: &At) -> Read<GradeValue> {
        match v {
            Value::Number(n) => n
                .as_f64()
                .map(GradeValue::Number)
                .ok_or_else(|| at.wrong(v, ValueKind::NumberOrWord)),
            Value::String(s) => Ok(GradeValue::Word(s.clone())),
            _ => Err(at.wrong(v, ValueKind::NumberOrWord)),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(v: &Value, at: &At) -> Read<Vec<T>> {
        let Value::Array(items) = v else {
            let kind = if T::OBJECT {
                ValueKind::ListOfObjects
            } else {
                ValueKind::List
            };
            return Err(at.wrong(v, kind));
        };
        items
            .iter()
            .enumerate()
            .map(|(i, item)| T::from_json(item, &at.index(i)))
            .collect()
    }
}

/// The object at `at`, or what was found instead.
pub(crate) fn as_object<'v>(v: &'v Value, at: &At) -> Read<&'v Map<String, Value>> {
    v.as_object().ok_or_else(|| at.wrong(v, ValueKind::Object))
}

/// A field's value; `null` means the same as leaving the field out.
pub(crate) fn present<T: FromJson>(v: &Value, at: &At) -> Read<Option<T>> {
    match v {
        Value::Null => Ok(None),
        v => T::from_json(v, at).map(Some),
    }
}

pub(crate) fn missing(name: &str, at: &At) -> Misfit {
    at.misfit(Shape::MissingField {
        name: name.to_owned(),
    })
}

/// An enum's value from its word in the format (`"hmt"`), by the enum's derived reader, which spells
/// each word once.
pub fn from_word<'a, T: Deserialize<'a>>(word: &'a str) -> Result<T, serde_json::Error> {
    // From the text alone, not a JSON value: the derived reader then never meets a number, whose
    // error message would bring core's float formatter into the wasm.
    T::deserialize(StrDeserializer::new(word))
}

/// The words an enum's derived reader takes, as it names them when it asks for an enum: what an
/// unknown word is told it may be instead.
pub fn words_of<'a, T: Deserialize<'a>>() -> &'static [&'static str] {
    let mut words: &'static [&'static str] = &[];
    // The reader's answer is always the error below; only the words it named matter.
    let _ = T::deserialize(WordsOf(&mut words));
    words
}

/// A reader that holds no value and keeps the words an enum's reader names when it asks for one.
struct WordsOf<'w>(&'w mut &'static [&'static str]);

impl<'de> serde::Deserializer<'de> for WordsOf<'_> {
    type Error = serde::de::value::Error;

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
        Err(serde::de::Error::custom("no value"))
    }

    fn deserialize_enum<V: serde::de::Visitor<'de>>(
        self,
        _: &'static str,
        variants: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Self::Error> {
        *self.0 = variants;
        Err(serde::de::Error::custom("no value"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option
        unit unit_struct newtype_struct seq tuple tuple_struct map struct identifier ignored_any
    }
}

/// The words of an enum, read by its derived reader (one spelling, on the enum).
macro_rules! words {
    ($($ty:ty),* $(,)?) => {$(
        impl FromJson for $ty {
            fn from_json(v: &Value, at: &At) -> Read<Self> {
                let Some(word) = v.as_str() else {
                    return Err(at.wrong(v, ValueKind::Text));
                };
                from_word::<$ty>(word).map_err(|_| {
                    at.misfit(Shape::UnknownWord {
                        found: word.to_owned(),
                        allowed: words_of::<$ty>().iter().map(|w| (*w).to_owned()).collect(),
                    })
                })
            }
        }

        impl ToJson for $ty {
            fn to_json(&self) -> Value {
                serde_json::to_value(self).unwrap_or(Value::Null)
            }
        }
    )*};
}

words!(
    Route,
    Level,
    Status,
    Reason,
    GradeSystem,
    Body,
    TeachingLanguage,
    TestKind,
    EctsRegion,
    CreditUnit,
    CourseKind,
    Nature,
    LiteracyCategory,
    DocumentId,
    CscseStep,
);

/// A field of `map`: absent and `null` are `None`.
pub(crate) fn field<T: FromJson>(
    map: &Map<String, Value>,
    name: &'static str,
    at: &At,
) -> Read<Option<T>> {
    match map.get(name) {
        None => Ok(None),
        Some(v) => present(v, &at.key(name)),
    }
}

/// The first field of `map` the format does not have there, as a misfit naming those it does.
pub(crate) fn unknown(map: &Map<String, Value>, fields: &[&str], at: &At) -> Read<()> {
    match map.keys().find(|k| !fields.contains(&k.as_str())) {
        None => Ok(()),
        Some(key) => Err(at.key(key).misfit(Shape::UnknownField {
            name: key.clone(),
            allowed: fields.iter().map(|f| (*f).to_owned()).collect(),
        })),
    }
}

/// An object of the format: its fields, each named as its Rust field is (or `as` its name where that
/// is a Rust keyword), read and written as its schema row says (`optional`, `omitted`, `defaulted`,
/// `listed` or `required`: see [`super::schema`]).
///
/// Fields are read in the format's order, so the misfit reported is the first in that order (the
/// form's); a field the format does not have is reported after them.
macro_rules! object {
    ($ty:ident { $($field:ident $(as $name:literal)?: $how:ident),* $(,)? }) => {
        impl $crate::engine::case::json::FromJson for $ty {
            const OBJECT: bool = true;
            fn from_json(
                v: &serde_json::Value,
                at: &$crate::engine::case::json::At,
            ) -> Result<$ty, $crate::engine::case::json::Misfit> {
                #[allow(unused_imports)]
                use $crate::engine::case::json::{as_object, field, missing, unknown};
                const FIELDS: &[&str] = &[$($crate::engine::case::json::object!(@name $field $($name)?)),*];
                let map = as_object(v, at)?;
                let read = $ty {
                    $($field: $crate::engine::case::json::object!(@read $how
                        field(map, $crate::engine::case::json::object!(@name $field $($name)?), at)?, $field, at),)*
                };
                unknown(map, FIELDS, at)?;
                Ok(read)
            }
        }

        impl $crate::engine::case::json::ToJson for $ty {
            fn to_json(&self) -> serde_json::Value {
                #[allow(unused_imports)]
                use $crate::engine::case::json::ToJson;
                let mut map = serde_json::Map::new();
                $(
                    if !$crate::engine::case::json::object!(@skip $how self.$field) {
                        map.insert(
                            $crate::engine::case::json::object!(@name $field $($name)?).to_owned(),
                            self.$field.to_json(),
                        );
                    }
                )*
                serde_json::Value::Object(map)
            }
        }
    };
    (@name $field:ident) => { stringify!($field) };
    (@name $field:ident $name:literal) => { $name };
    (@read optional $read:expr, $field:ident, $at:ident) => { $read };
    (@read omitted $read:expr, $field:ident, $at:ident) => { $read };
    (@read defaulted $read:expr, $field:ident, $at:ident) => { $read.unwrap_or_default() };
    (@read listed $read:expr, $field:ident, $at:ident) => { $read.unwrap_or_default() };
    (@read required $read:expr, $field:ident, $at:ident) => {
        $read.ok_or_else(|| missing(stringify!($field), $at))?
    };
    (@skip omitted $value:expr) => { $value.is_none() };
    (@skip listed $value:expr) => { $value.is_empty() };
    (@skip $how:ident $value:expr) => { false };
}

pub(crate) use object;

// A grade is one value of two parts wherever it stands, so it is read here rather than as a part of
// the schema with identities of its own.
object!(Grade {
    system: required,
    value: required,
});

/// Reads a whole case file from its JSON value.
pub fn case_file(v: &Value) -> Read<CaseFile> {
    CaseFile::from_json(v, &At::FILE)
}

/// A whole case file as its JSON value: what is exported, saved and shared.
pub fn to_value(case: &CaseFile) -> Value {
    case.to_json()
}

#[cfg(test)]
mod tests;
