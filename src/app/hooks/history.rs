//! The page in the address and the browser's history, so that Back and Forward move between pages.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::app::route::Page;
use crate::app::state::{Action, AppContext};
use crate::app::{browser, share};

/// The address follows the page, each page a history entry; a share link's address is left for
/// the share link's reading to replace.
#[hook]
pub fn use_page_in_address(page: Page) {
    use_effect_with(page, |&page| {
        if browser::hash() != page.hash() && share::payload(&browser::hash()).is_none() {
            browser::push_hash(&page.hash());
        }
    });
}

/// Back and Forward open the page of the address they lead to.
#[hook]
pub fn use_back_and_forward(state: &AppContext) {
    let state = state.clone();
    use_effect_with((), move |()| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "popstate", move |_| {
                if let Some(page) = Page::from_hash(&browser::hash()) {
                    state.dispatch(Action::Go { page, focus: None });
                }
            })
        });
        move || drop(listener)
    });
}
