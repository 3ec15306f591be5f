//! A new version of the site, installed while the app is open.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::app::browser;
use crate::app::state::{Action, AppContext, Notice};

/// A new version of the site waits: say so, and let the user switch when they choose (never
/// mid-form on its own).
#[hook]
pub fn use_update_notice(state: &AppContext) {
    let state = state.clone();
    use_effect_with((), move |()| {
        if browser::update_waiting() {
            state.dispatch(Action::Notify(Notice::UpdateReady));
        }
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, browser::UPDATE_EVENT, move |_| {
                state.dispatch(Action::Notify(Notice::UpdateReady));
            })
        });
        move || drop(listener)
    });
}
