//! Replacing every answer at once (an example, an import, a share link, a restored save) or starting
//! again, and the question asked before either loses answers the user has.

use std::rc::Rc;

use super::{AppState, Drafts, Notice, Pending, PENDING_HEADING_ID};
use crate::app::focus::Focus;
use crate::app::route::Page;
use crate::engine::case::CaseFile;

impl AppState {
    pub(super) fn load(&mut self, case: Rc<CaseFile>, drafts: Drafts, notice: Option<Notice>) {
        self.case = case;
        self.drafts = Rc::new(drafts);
        // Whatever replaces the answers opens as a new case: the case they were stays on the device.
        self.open = None;
        self.pending = None;
        self.summary_on = None;
        self.open_course = None;
        self.notices.retain(Notice::outlives_answers);
        self.notices.extend(notice);
    }

    pub(super) fn open_shared(&mut self, case: Rc<CaseFile>) {
        if *self.case == CaseFile::new() {
            self.load(case, Drafts::new(), Some(Notice::ShareLoaded));
            self.go(Page::Result, None);
        } else {
            // The question is asked on the start page, wherever the link arrived.
            self.go(Page::Start, None);
            self.offer(Pending::Share(case));
        }
    }

    pub(super) fn offer(&mut self, pending: Pending) {
        self.pending = Some(pending);
        self.focus = Some(Focus::Element(PENDING_HEADING_ID));
    }

    pub(super) fn decline(&mut self) {
        self.pending = None;
        self.focus = Some(Focus::Heading);
    }

    /// A new state for the same tab: the language, the day and what is known of storage stay.
    pub(super) fn reset(self, notice: Option<Notice>) -> AppState {
        let notices: Vec<Notice> = self
            .notices
            .into_iter()
            .filter(Notice::outlives_answers)
            .chain(notice)
            .collect();
        AppState {
            notices,
            persistent: self.persistent,
            focus: Some(Focus::Heading),
            ..AppState::new(self.lang, self.today)
        }
    }
}
