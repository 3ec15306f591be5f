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
//! - its identity, a [`Field`](super::Field) variant after `=>`, with the path the case file
//!   spells (the struct's `at` prefix and the field's JSON name);
//! - the range a number must be in, after `in`;
//! - how it is checked into the model the rules read, after the comma, for a struct marked `checked`
//!   (the model's struct of the same name in `case::checked` has the same fields):
//!   - `copy`: as given; `or_default(T)`, `or_false`: as given, or the default when not;
//!   - `number`, `whole`: a number in its range, exact (`Fixed`) or whole (`u32`);
//!   - `date`, `plan_date`, `completion_date`: a real date; within the plan's years; not after the
//!     day of the assessment;
//!   - `grade(ValueField)`: a grade of its system, its errors named at `ValueField`;
//!   - `part(T)`, `part_opt(T)`, `items_opt(T)`: a part or parts, each checked by its own [`Check`]
//!     (`part` is empty when not given);
//!   - `kept_items(T)`, `kept_items_opt(T)`: items checked one by one, an item in error left out;
//!   - `set(T)`: the items as a set;
//!   - `distinct`: a list of ids, each given once (a second is named at its place);
//! - how the form reads and writes it as an [`Answer`](super::answer::Answer)
//!   ([`super::answer::get`], [`super::answer::set`]), reaching the struct through the `reach`
//!   expressions of its header: where it is in a case (`get`), and where it is made if missing (`make`).
//!
//! A struct marked `by_hand` is checked by a [`Check`] written in [`super::validate`]: the whole file,
//! whose header is read first; a test's scores, whose fields depend on the test; class hours, the same
//! model for the original institution and the receiving programme; a vacation, a span of days.
//!
//! Fields are read, written and checked in their row order, which is the case file's order, so the
//! first misfit reported is the first in that order (the form's).
//!
//! [`Check`]: super::validate::Check

/// See the module documentation. `in LIST` names the list whose items the struct's fields belong to
/// (`TOP` for none), whose item index is `$i` in the `reach` expressions.
macro_rules! schema {
    (
        $(
            $(#[$meta:meta])*
            struct $ty:ident in $list:ident at $prefix:literal $mode:ident
                reach |$c:ident, $i:ident| { get: $get:expr, make: $make:expr $(,)? }
            {
                $(
                    $(#[$fmeta:meta])*
                    $field:ident $(as $json:literal)?: $fty:ty = $how:ident
                        $(=> $id:ident)? $(in $range:ident)?
                        $(, $check:ident $( ( $($args:tt)* ) )?)?;
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

        /// The checked facts the rules read, one struct for each part of the case file that is
        /// checked field by field (`checked` in its schema header), with the same fields.
        pub mod checked {
            #[allow(unused_imports)]
            use super::*;
            $(
                $crate::engine::case::schema::schema!(@model $mode $ty [
                    $( $field [$fty] [$($id)?] $( $check $( ( $($args)* ) )? )? ; )*
                ]);
            )*
        }

        $(
            $crate::engine::case::schema::schema!(@check $mode $ty [
                $( $field [$fty] [$($id)?] $( $check $( ( $($args)* ) )? )? ; )*
            ]);
        )*

        /// Every answer of the case file and part of it. Fields of list items (`Course*`, `Paper*`,
        /// `Test*`, `Vacation*`) are placed by `FieldPath::item`;
        /// their path here is relative to the item.
        ///
        /// Fields sort in the case file's order (`Field::place`): those of no list
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
    // The checked form of a part: its struct, and how each field is checked into it.
    (@model by_hand $ty:ident [ $($rows:tt)* ]) => {};
    (@model checked $ty:ident [
        $( $field:ident [$fty:ty] [$($id:ident)?] $check:ident $( ( $($args:tt)* ) )? ; )*
    ]) => {
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct $ty {
            $( pub $field: $crate::engine::case::schema::schema!(@mty [$fty] $check $( ( $($args)* ) )?), )*
        }
    };
    // How a part is checked: each field by its check, in the rows' order.
    (@check by_hand $ty:ident [ $($rows:tt)* ]) => {};
    (@check checked $ty:ident [
        $( $field:ident [$fty:ty] [$($id:ident)?] $check:ident $( ( $($args:tt)* ) )? ; )*
    ]) => {
        impl $crate::engine::case::validate::Check for $ty {
            type Checked = checked::$ty;
            #[allow(unused_variables)]
            fn check(
                &self,
                c: &mut $crate::engine::case::validate::Checker,
                at: $crate::engine::case::validate::Place,
            ) -> checked::$ty {
                checked::$ty {
                    $( $field: $crate::engine::case::schema::schema!(
                        @mval c, at, &self.$field, [$($id)?], $check $( ( $($args)* ) )?
                    ), )*
                }
            }
        }
    };
    // The checked type of a field, by its check.
    (@mty [$fty:ty] copy) => { $fty };
    (@mty [$fty:ty] number) => { Option<$crate::engine::case::fixed::Fixed> };
    (@mty [$fty:ty] whole) => { Option<u32> };
    (@mty [$fty:ty] date) => { Option<$crate::engine::case::date::Date> };
    (@mty [$fty:ty] plan_date) => { Option<$crate::engine::case::date::Date> };
    (@mty [$fty:ty] grade($value:ident)) => { Option<$crate::engine::rules::grades::Grade> };
    (@mty [$fty:ty] or_default($t:ty)) => { $t };
    (@mty [$fty:ty] or_false) => { bool };
    (@mty [$fty:ty] part($t:ty)) => { $t };
    (@mty [$fty:ty] part_opt($t:ty)) => { Option<$t> };
    (@mty [$fty:ty] items_opt($t:ty)) => { Option<Vec<$t>> };
    (@mty [$fty:ty] kept_items($t:ty)) => { Vec<$t> };
    (@mty [$fty:ty] kept_items_opt($t:ty)) => { Option<Vec<$t>> };
    (@mty [$fty:ty] set($t:ty)) => { std::collections::BTreeSet<$t> };
    (@mty [$fty:ty] completion_date) => { Option<$crate::engine::case::date::Date> };
    (@mty [$fty:ty] distinct) => { $fty };
    // A field's checked value: `$v` borrows the field, `$at` is where its part is.
    (@mval $c:ident, $at:ident, $v:expr, [$($id:ident)?], copy) => { ($v).clone() };
    (@mval $c:ident, $at:ident, $v:expr, [$id:ident], number) => {
        $c.schema_number($at.of(Field::$id), *$v)
    };
    (@mval $c:ident, $at:ident, $v:expr, [$id:ident], whole) => {
        $c.schema_number($at.of(Field::$id), *$v)
            .and_then(|v| u32::try_from(v.whole()).ok())
    };
    (@mval $c:ident, $at:ident, $v:expr, [$id:ident], date) => { $c.date($at.of(Field::$id), $v) };
    (@mval $c:ident, $at:ident, $v:expr, [$id:ident], plan_date) => {
        $c.plan_date($at.of(Field::$id), $v)
    };
    (@mval $c:ident, $at:ident, $v:expr, [$($id:ident)?], grade($value:ident)) => {
        $c.grade($at.of(Field::$value), $v)
    };
    (@mval $c:ident, $at:ident, $v:expr, [$($id:ident)?], or_default($t:ty)) => {
        ($v).clone().unwrap_or_default()
    };
    (@mval $c:ident, $at:ident, $v:expr, [$($id:ident)?], or_false) => { ($v).unwrap_or(false) };
    (@mval $c:ident, $at:ident, $v:expr, [$($id:ident)?], part($t:ty)) => {
        ($v).as_ref().map_or_else(Default::default, |p| {
            $crate::engine::case::validate::Check::check(p, $c, $at)
        })
    };
    (@mval $c:ident, $at:ident, $v:expr, [$($id:ident)?], part_opt($t:ty)) => {
        ($v).as_ref().map(|p| $crate::engine::case::validate::Check::check(p, $c, $at))
    };
    (@mval $c:ident, $at:ident, $v:expr, [$($id:ident)?], items_opt($t:ty)) => {
        ($v).as_ref().map(|items| {
            items
                .iter()
                .enumerate()
                .map(|(i, p)| $crate::engine::case::validate::Check::check(p, $c, $at.item(i)))
                .collect()
        })
    };
    // Items checked one by one; an item with an error is left out.
    (@mval $c:ident, $at:ident, $v:expr, [$($id:ident)?], kept_items($t:ty)) => {
        ($v)
            .iter()
            .enumerate()
            .filter_map(|(i, p)| $crate::engine::case::validate::Check::check(p, $c, $at.item(i)))
            .collect()
    };
    (@mval $c:ident, $at:ident, $v:expr, [$($id:ident)?], kept_items_opt($t:ty)) => {
        ($v).as_ref().map(|items| {
            items
                .iter()
                .enumerate()
                .filter_map(|(i, p)| $crate::engine::case::validate::Check::check(p, $c, $at.item(i)))
                .collect()
        })
    };
    (@mval $c:ident, $at:ident, $v:expr, [$($id:ident)?], set($t:ty)) => {
        $crate::engine::case::model::by_insertion(($v).iter().copied())
    };
    (@mval $c:ident, $at:ident, $v:expr, [$id:ident], distinct) => {
        $c.distinct($at.of(Field::$id), $v)
    };
    (@mval $c:ident, $at:ident, $v:expr, [$id:ident], completion_date) => {
        $c.completion_date($at.of(Field::$id), $v, $at.assessed_on)
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
