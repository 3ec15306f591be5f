//! The plan's own answers that are not typed into fields: the ticks of the documents checklist and
//! of the CSCSE guide, and the vacations the timeline suggests.

use std::rc::Rc;

use super::AppState;
use crate::app::questions;
use crate::engine::case::{DocumentId, Vacation};
use crate::engine::cscse::CscseStep;
use crate::engine::planning::calendar::Span;

impl AppState {
    pub(super) fn set_document_ready(&mut self, id: DocumentId, ready: bool) {
        let plan = Rc::make_mut(&mut self.case)
            .plan
            .get_or_insert_with(Default::default);
        set_in_order(&mut plan.documents_ready, id, ready);
    }

    pub(super) fn set_cscse_done(&mut self, step: CscseStep, done: bool) {
        let plan = Rc::make_mut(&mut self.case)
            .plan
            .get_or_insert_with(Default::default);
        set_in_order(&mut plan.cscse_done, step, done);
    }

    pub(super) fn set_vacations(&mut self, spans: &[Span]) {
        *questions::vacations_mut(Rc::make_mut(&mut self.case)) = spans
            .iter()
            .map(|v| Vacation {
                from: Some(v.from.to_string()),
                to: Some(v.to.to_string()),
            })
            .collect();
    }
}

/// Adds `item` to (or removes it from) a list without repeats, in order where the list was in order,
/// as the app writes `plan.documents_ready` and `plan.cscse_done` (an imported file's may not be).
fn set_in_order<T: Ord>(items: &mut Vec<T>, item: T, present: bool) {
    items.retain(|i| *i != item);
    if present {
        let at = items.partition_point(|i| *i < item);
        items.insert(at, item);
    }
}
