//! Answers typed into the form, with the drafts of what the case file cannot hold.

use std::rc::Rc;

use super::{AppState, DraftChanges};
use crate::app::questions;
use crate::engine::case::answer::Answer;
use crate::engine::case::field::FieldPath;
use crate::engine::case::Num;
use crate::engine::catalog::{choice, Catalog};

impl AppState {
    pub(super) fn set_field(
        &mut self,
        path: FieldPath,
        answer: Option<Answer>,
        drafts: DraftChanges,
    ) {
        if let Some(q) = questions::question(path.field) {
            q.set(
                Rc::make_mut(&mut self.case),
                path.index.unwrap_or(0),
                answer,
            );
        }
        self.record(drafts);
    }

    pub(super) fn set_sections(
        &mut self,
        test: usize,
        scores: Option<Vec<Num>>,
        drafts: DraftChanges,
    ) {
        if let Some(t) = questions::test_mut(Rc::make_mut(&mut self.case), test) {
            t.sections = scores;
        }
        self.record(drafts);
    }

    fn record(&mut self, changes: DraftChanges) {
        if changes.is_empty() {
            return;
        }
        let all = Rc::make_mut(&mut self.drafts);
        for (path, draft) in changes {
            match draft {
                Some(draft) => all.insert(path, draft),
                None => all.remove(&path),
            };
        }
    }

    pub(super) fn choose_programme(&mut self, catalog: Rc<Catalog>, id: &str) {
        if let Some(programme) = catalog.programme(id) {
            choice::choose(
                Rc::make_mut(&mut self.case),
                &catalog.publication,
                programme,
            );
        }
        self.catalog = Some(catalog);
    }
}
