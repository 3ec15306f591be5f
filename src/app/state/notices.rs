//! The messages shown above the page, and the saving that the browser refused.

use super::{AppState, Notice, NOTICES_ID};
use crate::app::focus::Focus;

impl AppState {
    pub(super) fn notify(&mut self, notice: Notice) {
        // A refusal is read where the user acted: focus moves to the message.
        if matches!(
            notice,
            Notice::ImportRejected { .. } | Notice::ImportTooLarge { .. } | Notice::ShareUnreadable
        ) {
            self.focus = Some(Focus::Element(NOTICES_ID));
        }
        // A newer notice of the same kind replaces the older one instead of stacking under it, and
        // what became of the latest file, example or link replaces what became of the earlier ones.
        let kind = std::mem::discriminant(&notice);
        let opening = notice.tells_an_opening();
        self.notices
            .retain(|n| std::mem::discriminant(n) != kind && !(opening && n.tells_an_opening()));
        self.notices.push(notice);
    }

    pub(super) fn dismiss(&mut self, index: usize) {
        if index < self.notices.len() {
            self.notices.remove(index);
        }
    }

    /// Answers stay in this tab only, for the reason given (said once however often saving fails).
    /// A full storage may have room again later (cases deleted): saving goes on being tried.
    pub(super) fn save_refused(&mut self, cause: Notice) {
        if !matches!(cause, Notice::SaveTooLarge { .. }) {
            self.persistent = false;
        }
        // The latest size replaces the earlier: one message however often saving fails.
        let kind = std::mem::discriminant(&cause);
        self.notices.retain(|n| std::mem::discriminant(n) != kind);
        self.notices.push(cause);
    }
}
