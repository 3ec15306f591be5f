//! Which page is shown, what is open on it, and where focus goes next.

use super::AppState;
use crate::app::focus::Focus;
use crate::app::route::Page;
use crate::engine::case::field::{FieldPath, List};

impl AppState {
    pub(super) fn go(&mut self, page: Page, focus: Option<FieldPath>) {
        if page != self.page {
            self.summary_on = None;
        }
        self.page = page;
        self.focus = Some(match focus {
            Some(path) => self.reveal(path),
            None => Focus::Heading,
        });
    }

    pub(super) fn reveal_field(&mut self, path: FieldPath) {
        self.focus = Some(self.reveal(path));
    }

    pub(super) fn open_course(&mut self, index: Option<usize>) {
        // Closing an editor returns focus to the button that opened it.
        if let (None, Some(open)) = (index, self.open_course) {
            self.focus = Some(Focus::CourseButton(open));
        }
        self.open_course = index;
    }

    pub(super) fn show_summary(&mut self, page: Page) {
        self.summary_on = Some(page);
        self.focus = Some(Focus::ErrorSummary);
    }

    /// Opens what hides the field of `path` (a course's editor) and says where focus goes.
    pub(super) fn reveal(&mut self, path: FieldPath) -> Focus {
        if let Some((List::Courses, index)) = path.list_item() {
            self.open_course = Some(index);
        }
        Focus::Field(path)
    }
}
