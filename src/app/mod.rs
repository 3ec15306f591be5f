//! The browser interface: Yew function components over the engine.
//!
//! `App` is the entry point `main.rs` mounts: it reads the browser's language preference and hands it to
//! `Shell`, which owns the state and renders the frame. `Shell` touches no browser API while rendering, so
//! native tests can render it to HTML.

mod frame;
mod home;
pub mod prefs;
pub mod state;
pub mod text;

use yew::prelude::*;

use crate::lang::Lang;
use frame::Frame;
use home::Home;
use state::{AppContext, AppState};

/// The mounted app: starts in the remembered or the browser's language.
#[function_component]
pub fn App() -> Html {
    // Read once: later changes come from the language switch, through the state.
    let initial = *use_memo((), |_| prefs::initial_lang());
    html! { <Shell lang={initial} /> }
}

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    /// The language to start in; the user changes it afterwards with the switch.
    pub lang: Lang,
}

/// The state, its context, and the frame with the current page.
#[function_component]
pub fn Shell(props: &ShellProps) -> Html {
    let initial = props.lang;
    let state = use_reducer(move || AppState::new(initial));

    // Keep <html lang> and the tab title in step with the language (effects never run on the server).
    use_effect_with(state.lang, |&lang| {
        prefs::apply_to_document(lang, text::text(lang).product);
    });

    html! {
        <ContextProvider<AppContext> context={state}>
            <Frame>
                <Home />
            </Frame>
        </ContextProvider<AppContext>>
    }
}
