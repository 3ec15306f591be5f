//! Opening the page with a share link.

use std::rc::Rc;

use gloo::events::EventListener;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::app::route::Page;
use crate::app::state::{Action, AppContext, Notice};
use crate::app::{browser, share};
use crate::engine::case::CaseFile;

/// A share link: read it, then ask before it replaces answers the user already has. The link may
/// open the app, or arrive in a tab where it is already open (its address changes, the page does not
/// reload): either way it is read at once.
#[hook]
pub fn use_share_link(state: &AppContext, share: Option<String>) {
    let state = state.clone();
    use_effect_with((), move |()| {
        if let Some(payload) = share {
            read_share(&state, payload);
        }
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "hashchange", move |_| {
                if let Some(payload) = share::payload(&browser::hash()) {
                    read_share(&state, payload.to_owned());
                }
            })
        });
        move || drop(listener)
    });
}

/// Takes the case out of the address, then opens or offers it once it is read.
fn read_share(state: &AppContext, payload: String) {
    browser::replace_hash(&Page::Start.hash());
    let state = state.clone();
    spawn_local(async move {
        match open_share(&payload).await {
            Some(case) => state.dispatch(Action::OpenShared(Rc::new(case))),
            None => state.dispatch(Action::Notify(Notice::ShareUnreadable)),
        }
    });
}

async fn open_share(payload: &str) -> Option<CaseFile> {
    let packed = share::from_base64url(payload)?;
    let json = browser::inflate(&packed).await.ok()?;
    share::case_from_json(std::str::from_utf8(&json).ok()?).ok()
}
