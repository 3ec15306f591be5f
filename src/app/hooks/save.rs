//! Keeping the answers in the browser's storage, as the case of this device the tab edits.

use yew::prelude::*;

use crate::app::cases::{self, Local, Open, Saved};
use crate::app::pages::Save;
use crate::app::state::{Action, AppContext, Notice};
use crate::app::{browser, saved};
use crate::engine::case::date::Date;
use crate::engine::case::CaseFile;

/// What the tab knows of its case beyond the state: the revision it last wrote, and whether the last
/// save was refused.
struct Tab {
    open: Open,
    refused: bool,
}

/// Every change of the answers is saved; a refusal keeps them in the tab, with a notice, and saving
/// is tried again with the next change. Saving is code of the pages' module (`save`): a change made
/// before it arrives (an example opened on the start page) is saved when it does.
#[hook]
pub fn use_saved_answers(state: &AppContext, today: Date, open: Open, save: Option<Save>) {
    let tab = use_mut_ref(move || Tab {
        open,
        refused: false,
    });
    let state = state.clone();
    use_effect_with(
        (
            state.case.clone(),
            state.drafts.clone(),
            state.open.clone(),
            save,
        ),
        move |(case, drafts, id, save)| {
            let Some(save) = save.filter(|_| state.persistent) else {
                return;
            };
            let mut tab = tab.borrow_mut();
            if tab.open.id.as_deref() != id.as_deref() {
                // Another case was opened, or a new one begun: the tab follows the state.
                tab.open = match id {
                    Some(id) => cases::open(&Local, id).map(|(_, o)| o).unwrap_or(Open {
                        id: Some(id.to_string()),
                        rev: 0,
                    }),
                    None => Open::default(),
                };
                browser::session_store(cases::OPEN_KEY, id.as_deref().unwrap_or(""));
            }
            // Empty answers of a new case are no data: nothing is kept until something is typed.
            if tab.open.id.is_none() && **case == CaseFile::new() && drafts.is_empty() {
                return;
            }
            let wrapped = saved::wrap(case, drafts, today);
            match save(&mut tab.open, &wrapped, state.lang) {
                Ok(saved) => {
                    if std::mem::take(&mut tab.refused) {
                        state.dispatch(Action::SaveRecovered);
                    }
                    match saved {
                        Saved::Kept => {}
                        Saved::Created { id } => opened(&state, &id),
                        Saved::Forked { id, was, copy } => {
                            opened(&state, &id);
                            state.dispatch(Action::Notify(Notice::SavedAsCopy { was, copy }));
                        }
                    }
                }
                Err(_) => {
                    tab.refused = true;
                    // Storage that still reads works but is full; nothing saved before is removed.
                    let cause = match browser::load(cases::INDEX_KEY) {
                        Ok(_) => Notice::SaveTooLarge {
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

fn opened(state: &AppContext, id: &str) {
    browser::session_store(cases::OPEN_KEY, id);
    state.dispatch(Action::Opened(Some(id.into())));
}
