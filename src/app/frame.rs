//! The frame every page sits in: header with the product's name and the language switch, the page's own
//! content in `main`, and a footer naming the Measures the tool applies.

use yew::prelude::*;

use super::prefs;
use super::state::{Action, AppContext};
use super::text::text;
use crate::lang::Lang;

#[derive(Properties, PartialEq)]
pub struct FrameProps {
    pub children: Html,
}

#[function_component]
pub fn Frame(props: &FrameProps) -> Html {
    let state = use_context::<AppContext>().expect("Frame is rendered inside the app's context");
    let lang = state.lang;
    let t = text(lang);

    html! {
        // `lang` here as well as on <html>: the frame may be mounted into a page that is not ours.
        <div class="page" lang={lang.tag()}>
            <header class="site-header">
                <div class="wrap site-header__row">
                    <p class="site-header__name">{ t.product }</p>
                    <LangSwitch />
                </div>
            </header>
            <main class="wrap site-main" id="main">
                { props.children.clone() }
            </main>
            <footer class="site-footer">
                <div class="wrap">
                    <p>
                        <span class="site-footer__label">{ t.policy_label }</span>
                        { " " }
                        { t.policy_reference }
                    </p>
                </div>
            </footer>
        </div>
    }
}

/// One button per language, each labelled in its own language so a reader finds theirs whatever is shown.
#[function_component]
fn LangSwitch() -> Html {
    let state =
        use_context::<AppContext>().expect("LangSwitch is rendered inside the app's context");
    let current = state.lang;

    let buttons = Lang::ALL.into_iter().map(|lang| {
        let onclick = {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| {
                prefs::remember(lang);
                state.dispatch(Action::SetLang(lang));
            })
        };
        let pressed = if lang == current { "true" } else { "false" };
        html! {
            <button type="button" class="lang-switch__button" lang={lang.tag()}
                    aria-pressed={pressed} {onclick}>
                { text(lang).language_name }
            </button>
        }
    });

    html! {
        <div class="lang-switch" role="group" aria-label={text(current).language_switch}>
            { for buttons }
        </div>
    }
}
