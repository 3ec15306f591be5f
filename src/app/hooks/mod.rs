//! What keeps the browser in step with the state: one hook per effect, grouped by what they touch.
//! Effects never run on the server, so native renders of `Shell` stay pure.

mod document;
mod focus;
mod history;
mod save;
mod share;
mod update;

use yew::prelude::*;

use crate::app::state::AppContext;
use crate::engine::case::date::Date;

/// Every effect `Shell` has, in the order they run after a render.
#[hook]
pub fn use_browser_effects(
    state: &AppContext,
    today: Date,
    share: Option<String>,
    loading: bool,
    open: crate::app::cases::Open,
    save: Option<crate::app::pages::Save>,
) {
    document::use_take_over(loading);
    document::use_lang_and_title(state.lang, state.page);
    save::use_saved_answers(state, today, open, save);
    history::use_page_in_address(state.page);
    history::use_back_and_forward(state);
    update::use_update_notice(state);
    focus::use_requested_focus(state, loading);
    share::use_share_link(state, share);
}
