//! Keeping the answers in the browser's storage.

use yew::prelude::*;

use crate::app::state::{Action, AppContext, Notice};
use crate::app::{browser, saved};
use crate::engine::case::date::Date;
use crate::engine::case::CaseFile;

/// Every change of the answers is saved; a refusal switches to this tab only, with a notice.
#[hook]
pub fn use_saved_answers(state: &AppContext, today: Date) {
    let state = state.clone();
    use_effect_with(
        (state.case.clone(), state.drafts.clone()),
        move |(case, drafts)| {
            if state.persistent {
                // Empty answers are no data: nothing is kept (after "Delete my data" too).
                let empty = **case == CaseFile::new() && drafts.is_empty();
                if empty {
                    if browser::forget(saved::KEY).is_err() {
                        state.dispatch(Action::StorageUnavailable);
                    }
                    return;
                }
                let wrapped = saved::wrap(case, drafts, today);
                if browser::store(saved::KEY, &wrapped).is_err() {
                    // Storage that can still remove the earlier save works but is full: say so,
                    // and remove that save, so that a reload never brings an older case back.
                    let cause = match browser::forget(saved::KEY) {
                        Ok(()) => Notice::SaveTooLarge {
                            bytes: wrapped.len(),
                        },
                        Err(_) => Notice::StorageUnavailable,
                    };
                    state.dispatch(Action::SaveRefused(cause));
                }
            }
        },
    );
}
