//! The case file's schema, as a macro: one row per field of each struct says everything the code
//! needs to know about that field, and `schema!` derives the rest from it:
//!
//! - the struct field of the wire form (`pub route: Option<Route>`);
//! - how it is read from and written to JSON ([`super::json`]), by its `how`:
//!   - `optional`: absent or null is `None`, written as null;
//!   - `omitted`: absent or null is `None`, left out when `None`;
//!   - `defaulted`: absent or null is empty, always written;
//!   - `listed`: absent or null is an empty list, left out when empty;
//!   - `required`: must be there, always written;
//! - its identity, a [`Field`](super::field::Field) variant after `=>`, with the path the case file
//!   spells (the struct's `at` prefix and the field's JSON name);
//! - the range a number must be in, after `in` ([`super::validate`] checks it);
//! - how the form reads and writes it as an [`Answer`](super::answer::Answer)
//!   ([`super::answer::get`], [`super::answer::set`]), reaching the struct through the `reach`
//!   expressions of its header: where it is in a case (`get`), and where it is made if missing (`make`).
//!
//! Fields are read and written in their row order, which is the case file's order, so the first
//! misfit reported is the first in that order (the form's).

/// See the module documentation. `in LIST` names the list whose items the struct's fields belong to
/// (`TOP` for none), whose item index is `$i` in the `reach` expressions.
macro_rules! schema {
    (
        $(
            $(#[$meta:meta])*
            struct $ty:ident in $list:ident at $prefix:literal
                reach |$c:ident, $i:ident| { get: $get:expr, make: $make:expr $(,)? }
            {
                $(
                    $(#[$fmeta:meta])*
                    $field:ident $(as $json:literal)?: $fty:ty = $how:ident
                        $(=> $id:ident)? $(in $range:ident)?;
                )*
            }
        )*
        others {
            $( $(#[$ometa:meta])* $oid:ident => $olist:ident, $opath:literal; )*
        }
    ) => {
        $(
            $(#[$meta])*
            pub struct $ty {
                $( $(#[$fmeta])* pub $field: $fty, )*
            }

            impl $ty {
                /// Where this part is in a case (item `i` of its list).
                #[allow(unused_variables, clippy::needless_question_mark)]
                pub fn reach($c: &CaseFile, $i: usize) -> Option<&$ty> {
                    Some($get)
                }

                /// The same, made with its parents where it is missing; `None` only for a list item
                /// that is not there.
                #[allow(unused_variables, clippy::needless_question_mark)]
                pub fn reach_mut($c: &mut CaseFile, $i: usize) -> Option<&mut $ty> {
                    Some($make)
                }
            }

            impl $crate::engine::case::answer::Value for $ty {}

            /// A part is changed field by field, never as one answer.
            impl $crate::engine::case::answer::Slot for $ty {
                fn answer(&self) -> Option<$crate::engine::case::answer::Answer> {
                    None
                }
                fn put(&mut self, _: Option<$crate::engine::case::answer::Answer>) {}
            }

            $crate::engine::case::json::object!($ty { $( $field $(as $json)?: $how ),* });
        )*

        /// Every answer of the case file and part of it. Fields of list items (`Course*`, `Paper*`,
        /// `Test*`, `Vacation*`) are placed by [`FieldPath::item`](super::field::FieldPath::item);
        /// their path here is relative to the item.
        ///
        /// Fields sort in the case file's order ([`Field::place`](super::field)): those of no list
        /// first, then each list's, each in the order its object writes them.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Field {
            $( $( $( $id, )? )* )*
            $( $(#[$ometa])* $oid, )*
        }

        impl Field {
            /// Each struct's list, path prefix and field names, in the case file's order.
            pub(crate) const OBJECTS: &'static [(
                Option<$crate::engine::case::field::List>,
                &'static str,
                &'static [&'static str],
            )] = &[
                $( (
                    $crate::engine::case::field::lists::$list,
                    $prefix,
                    &[ $( schema!(@name $field $($json)?), )* ],
                ), )*
            ];

            pub const ALL: &'static [Field] = &[ $( $( $( Field::$id, )? )* )* $( Field::$oid, )* ];

            /// The list whose items hold this field, if any.
            pub const fn list(self) -> Option<$crate::engine::case::field::List> {
                use $crate::engine::case::field::lists::*;
                match self {
                    $( $( $( Field::$id => $list, )? )* )*
                    $( Field::$oid => $olist, )*
                }
            }

            /// The path, relative to its list item for fields of list items (empty for the item).
            pub const fn path(self) -> &'static str {
                $( $(
                    if let Some(path) = schema!(@path self, [$($id)?], concat!($prefix, schema!(@name $field $($json)?))) {
                        return path;
                    }
                )* )*
                match self {
                    $( Field::$oid => $opath, )*
                    // Every other field has a row above.
                    _ => "",
                }
            }

            /// The range a number of this field must be in, if it is a number.
            pub fn range(self) -> Option<&'static $crate::engine::case::range::Range> {
                #[allow(unused_imports)]
                use $crate::engine::case::range::*;
                $( $(
                    if let Some(range) = schema!(@range self, [$($id)?], [$(&$range)?]) {
                        return Some(range);
                    }
                )* )*
                None
            }
        }

        /// The answer a field holds, as the form shows it; `None` for a part or list (they are not
        /// one answer), or where nothing is given.
        pub fn answer_at(case: &CaseFile, field: Field, index: usize) -> Option<$crate::engine::case::answer::Answer> {
            use $crate::engine::case::answer::Slot;
            match field {
                $( $( $( Field::$id => $ty::reach(case, index).and_then(|s| s.$field.answer()), )? )* )*
                _ => None,
            }
        }

        /// Writes a field's answer, making its parents where they are missing; a write to a list
        /// item that is not there, or to a part or list, changes nothing.
        pub fn set_answer_at(
            case: &mut CaseFile,
            field: Field,
            index: usize,
            answer: Option<$crate::engine::case::answer::Answer>,
        ) {
            use $crate::engine::case::answer::Slot;
            match field {
                $( $( $(
                    Field::$id => {
                        if let Some(s) = $ty::reach_mut(case, index) {
                            s.$field.put(answer);
                        }
                    }
                )? )* )*
                _ => {}
            }
        }
    };
    // A row's path or range if the row is `$me`'s; rows without an identity are no field's.
    (@path $me:ident, [$id:ident], $path:expr) => {
        if matches!($me, Field::$id) { Some($path) } else { None }
    };
    (@path $me:ident, [], $path:expr) => { None::<&'static str> };
    (@range $me:ident, [$id:ident], [$range:expr]) => {
        if matches!($me, Field::$id) { Some($range) } else { None }
    };
    (@range $me:ident, [$($id:ident)?], []) => { None::<&'static $crate::engine::case::range::Range> };
    (@name $field:ident) => { stringify!($field) };
    (@name $field:ident $json:literal) => { $json };
}

pub(crate) use schema;
