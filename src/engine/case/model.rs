//! The checked facts of a case: what the rules read. Built only by [`super::validate`], so every
//! number is in range, every grade belongs to its system and every date is real. `None` is a fact the
//! applicant did not give; the rules turn it into a `missing` finding, never a guess.
//!
//! The parts checked field by field are derived from the schema (`case::checked`, the same names and
//! fields as the case file's parts); here are the parts checked by hand: the whole case, a test's
//! scores (which depend on the test) and class hours per credit (the same for the original
//! institution and the receiving programme).

pub use super::checked::*;
pub use super::parts::{CreditHours, LanguageTest};

use crate::engine::case::date::Date;

/// The items in a new set or map, inserted one by one. `collect()` into a B-tree sorts first, with a
/// sort compiled for each item type, which the wasm would carry for collections of a few items.
pub fn by_insertion<C: Default + Extend<T>, T>(items: impl IntoIterator<Item = T>) -> C {
    let mut collection = C::default();
    collection.extend(items);
    collection
}

#[derive(Clone, Debug, PartialEq)]
pub struct Case {
    /// The application date: the case's `assessed_on`, else the day of the assessment.
    pub assessed_on: Date,
    pub applicant: Applicant,
    pub origin: Origin,
    pub program: Program,
    pub courses: Vec<Course>,
    pub plan: Plan,
}
