//! Answers typed into the form, with the drafts of what the case file cannot hold.

use std::rc::Rc;

use super::{ticked, AppState, Draft, DraftChanges, MatchChange};
use crate::app::questions;
use crate::engine::case::answer::Answer;
use crate::engine::case::field::FieldPath;
use crate::engine::case::{Field, Num};
use crate::engine::catalog::{choice, Catalog, Programme};

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

    /// The chosen programme, once read.
    pub fn chosen_programme(&self) -> Option<&Programme> {
        self.catalog
            .as_ref()?
            .programme(choice::chosen_id(&self.case)?)
    }

    /// What choosing the chosen programme's course `code` (`None`: no matching course) for course
    /// `index` changes: the match, and the points ticked for the course it leaves, kept for when it
    /// is chosen again. Worked out where the choice is made, in the pages' module: the reducer only
    /// applies it, and the first load does not carry it.
    pub fn matching(&self, index: usize, code: Option<&str>) -> Option<MatchChange> {
        let programme = self.chosen_programme()?;
        let mut course = self.case.courses.get(index)?.clone();
        let mut ticked = self.ticked(index);
        let matched = course.matched.as_ref();
        // Only a course of the programme, and only its own points: what an opened file names otherwise
        // is an error of its field, not something to keep.
        if let Some((Some(was), Some(covered))) = matched.map(|m| (&m.code, &m.covered)) {
            if let Some(left) = programme.course(was) {
                let own: Vec<String> = covered
                    .iter()
                    .filter(|id| left.knowledge_point(id).is_some())
                    .cloned()
                    .collect();
                ticked = ticked::with(&ticked, &left.code, &own);
            }
        }
        match code.and_then(|c| programme.course(c)) {
            Some(receiving) => {
                let covered = ticked::points(&ticked, &receiving.code);
                choice::match_course(&mut course, receiving, covered, self.lang);
            }
            None => course.matched = None,
        }
        Some(MatchChange {
            index,
            matched: course.matched,
            ticked,
        })
    }

    /// What saying that course `index` taught (or did not teach) a knowledge point of its match
    /// changes.
    pub fn ticking(&self, index: usize, point: &str, taught: bool) -> Option<MatchChange> {
        let mut course = self.case.courses.get(index)?.clone();
        let code = course.matched.as_ref()?.code.clone()?;
        let receiving = self.chosen_programme()?.course(&code)?;
        choice::tick(&mut course, receiving, point, taught);
        Some(MatchChange {
            index,
            matched: course.matched,
            ticked: self.ticked(index),
        })
    }

    /// The points kept for the receiving courses course `index` was matched with before.
    fn ticked(&self, index: usize) -> String {
        let at = FieldPath::course(index, Field::CourseMatchCovered);
        match self.drafts.get(&at) {
            Some(Draft::Ticked(t)) => t.clone(),
            _ => String::new(),
        }
    }

    pub(super) fn apply_match(&mut self, change: MatchChange) {
        let MatchChange {
            index,
            matched,
            ticked,
        } = change;
        if let Some(course) = Rc::make_mut(&mut self.case).courses.get_mut(index) {
            course.matched = matched;
        }
        // What was typed into the match's own fields gave way to the catalogue's values.
        let drafts = Rc::make_mut(&mut self.drafts);
        drafts.retain(|path, _| path.index != Some(index) || !questions::in_match(path.field));
        if !ticked.is_empty() {
            let at = FieldPath::course(index, Field::CourseMatchCovered);
            drafts.insert(at, Draft::Ticked(ticked));
        }
    }
}
