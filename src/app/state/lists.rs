//! Items added to and removed from the case's lists. The drafts of an item are keyed by its index, so
//! they move with it when items before it come or go.

use std::rc::Rc;

use super::{AppState, Draft, Drafts};
use crate::app::questions;
use crate::engine::case::field::{FieldPath, List};
use crate::engine::case::model::by_insertion;
use crate::engine::case::{Course, Field, Paper, TestKind, Vacation};

impl AppState {
    /// Adds an item at the end of its list and moves focus to its first field, so that what is
    /// typed next goes into it.
    pub(super) fn add_item(&mut self, list: List) {
        let case = Rc::make_mut(&mut self.case);
        let (count, first) = match list {
            List::Courses => {
                case.courses.push(Course::default());
                (case.courses.len(), Field::CourseTitle)
            }
            List::Papers => {
                let papers = questions::papers_mut(case);
                papers.push(Paper::default());
                (papers.len(), Field::PaperFirstAuthor)
            }
            List::Tests => {
                let tests = questions::tests_mut(case);
                tests.push(questions::new_test(TestKind::Ielts));
                (tests.len(), Field::TestKind)
            }
            List::Vacations => {
                let vacations = questions::vacations_mut(case);
                vacations.push(Vacation::default());
                (vacations.len(), Field::VacationFrom)
            }
        };
        self.focus = Some(self.reveal(FieldPath::item(first, count - 1)));
    }

    pub(super) fn remove_item(&mut self, list: List, index: usize) {
        let case = Rc::make_mut(&mut self.case);
        let removed = match list {
            List::Courses => remove_at(&mut case.courses, index),
            List::Papers => remove_at(questions::papers_mut(case), index),
            List::Tests => remove_at(questions::tests_mut(case), index),
            List::Vacations => remove_at(questions::vacations_mut(case), index),
        };
        if removed {
            self.drafts = Rc::new(renumber(&self.drafts, list, |i| match i.cmp(&index) {
                std::cmp::Ordering::Less => Some(i),
                std::cmp::Ordering::Equal => None,
                std::cmp::Ordering::Greater => Some(i - 1),
            }));
            if list == List::Courses {
                self.open_course = None;
            }
        }
    }

    pub(super) fn duplicate_course(&mut self, index: usize) {
        let case = Rc::make_mut(&mut self.case);
        if let Some(copy) = case.courses.get(index).cloned() {
            case.courses.insert(index + 1, copy);
            // The copy keeps the original's typed text; later rows move down with theirs.
            let mut drafts = renumber(&self.drafts, List::Courses, |i| {
                Some(if i > index { i + 1 } else { i })
            });
            let copied: Vec<(FieldPath, Draft)> = drafts
                .iter()
                .filter(|(p, _)| p.list_item() == Some((List::Courses, index)))
                .map(|(p, d)| (p.with_index(index + 1), d.clone()))
                .collect();
            drafts.extend(copied);
            self.drafts = Rc::new(drafts);
            self.open_course = None;
        }
    }

    pub(super) fn append_courses(&mut self, courses: &[Course]) {
        Rc::make_mut(&mut self.case)
            .courses
            .extend(courses.iter().cloned());
    }
}

fn remove_at<T>(items: &mut Vec<T>, index: usize) -> bool {
    let present = index < items.len();
    if present {
        items.remove(index);
    }
    present
}

/// The drafts with the items of `list` renumbered by `map` (`None` drops the item's drafts).
fn renumber(drafts: &Drafts, list: List, map: impl Fn(usize) -> Option<usize>) -> Drafts {
    let renumbered = drafts
        .iter()
        .filter_map(|(path, draft)| match path.list_item() {
            Some((l, index)) if l == list => {
                map(index).map(|i| (path.with_index(i), draft.clone()))
            }
            _ => Some((*path, draft.clone())),
        });
    by_insertion(renumbered)
}
