//! Opening the page with a share link.

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::app::route::Page;
use crate::app::state::{Action, AppContext, Drafts, Notice, Pending};
use crate::app::{browser, share};
use crate::engine::case::CaseFile;

/// A share link: read it, then ask before it replaces answers the user already has.
#[hook]
pub fn use_share_link(state: &AppContext, share: Option<String>) {
    let state = state.clone();
    use_effect_with((), move |()| {
        if let Some(payload) = share {
            browser::replace_hash(&Page::Start.hash());
            spawn_local(async move {
                match open_share(&payload).await {
                    Some(case) if *state.case == CaseFile::new() => {
                        state.dispatch(Action::Load {
                            case: Rc::new(case),
                            drafts: Drafts::new(),
                            notice: Some(Notice::ShareLoaded),
                        });
                        state.dispatch(Action::Go {
                            page: Page::Result,
                            focus: None,
                        });
                    }
                    Some(case) => state.dispatch(Action::Offer(Pending::Share(Rc::new(case)))),
                    None => state.dispatch(Action::Notify(Notice::ShareUnreadable)),
                }
            });
        }
    });
}

async fn open_share(payload: &str) -> Option<CaseFile> {
    let packed = share::from_base64url(payload)?;
    let json = browser::inflate(&packed).await.ok()?;
    share::case_from_json(std::str::from_utf8(&json).ok()?).ok()
}
