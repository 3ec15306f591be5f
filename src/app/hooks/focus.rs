//! Moving focus where an action asked.

use yew::prelude::*;

use crate::app::state::{Action, AppContext};

/// Focus moves where an action asked (a page's heading, a field, the error summary), once the page
/// is drawn: not while its code is still loading, when what is to be focused is not there yet.
#[hook]
pub fn use_requested_focus(state: &AppContext, loading: bool) {
    let state = state.clone();
    use_effect_with((state.focus, loading), move |&(focus, loading)| {
        if let (Some(focus), false) = (focus, loading) {
            focus.bring();
            state.dispatch(Action::FocusDone);
        }
    });
}
