//! The frame every page sits in: a skip link, the header with the product's name and the language
//! switch, the overview of the steps (jump anywhere), messages, the page itself, the result so far, and
//! a footer naming the Measures the tool applies and who decides (R15).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::browser;
use super::form::DerivedContext;
use super::opened;
use super::pages::go_to;
use super::prefs;
use super::route::Page;
use super::state::{Action, AppContext, Limit, Notice, NOTICES_ID};
use super::text::{text, Text};
use crate::engine::{explain, MEASURES_2023_046};
use crate::lang::Lang;

#[derive(Properties, PartialEq)]
pub struct FrameProps {
    pub children: Html,
    /// The assessment as the answers stand, once the pages' code is here (pages::view): the steps and
    /// the result so far beside every page but the start page.
    pub derived: Option<DerivedContext>,
}

#[function_component]
pub fn Frame(props: &FrameProps) -> Html {
    let state = use_context::<AppContext>().expect("Frame is rendered inside the app's context");
    let lang = state.lang;
    let t = text(lang);
    let home = go_to(&state, Page::Start);
    let skip = Callback::from(|e: MouseEvent| {
        // The hash is the page's route: move focus instead of following the link.
        e.prevent_default();
        super::focus::Focus::Heading.bring();
    });
    // Presenting, the page is alone: no overview, no result so far, no messages.
    let aside = props
        .derived
        .clone()
        .filter(|_| state.page != Page::Start && state.page.of_the_case() && !state.presenting);
    html! {
        // `lang` here as well as on <html>: the frame may be mounted into a page that is not ours.
        <div class={classes!("page", state.presenting.then_some("page--presenting"))} lang={lang.tag()}>
            <a class="skip-link" href="#main" onclick={skip}>{ t.frame.skip_link }</a>
            <header class="site-header">
                <div class="wrap site-header__row">
                    <a class="site-header__name" href={Page::Start.hash()} onclick={home}>{ t.product }</a>
                    <div class="site-header__controls">
                        // Presenting shows no other case's name, nor the way to them.
                        if !state.presenting {
                            <a class="site-header__link" href={Page::Cases.hash()}
                               aria-current={(state.page == Page::Cases).then_some("page")}
                               onclick={go_to(&state, Page::Cases)}>{ t.frame.cases }</a>
                        }
                        <PresentSwitch />
                        <LangSwitch />
                    </div>
                </div>
            </header>
            <div class={classes!("wrap", "layout", aside.is_some().then_some("layout--aside"))}>
                if let Some(derived) = aside {
                    <div class="sidebar">
                        <Overview derived={derived.clone()} />
                        if state.page != Page::Result {
                            <LiveResult {derived} />
                        }
                    </div>
                }
                <main class="site-main" id="main">
                    if !state.presenting {
                        <Notices />
                    }
                    { props.children.clone() }
                </main>
            </div>
            <footer class="site-footer">
                <div class="wrap">
                    <p>{ t.self_assessment }</p>
                    <p>
                        <span class="site-footer__label">{ t.policy_label }</span>
                        { " " }
                        { (t.policy_reference)(&MEASURES_2023_046) }
                    </p>
                    <p>{ t.privacy }</p>
                </div>
            </footer>
        </div>
    }
}

/// Presentation mode, for a screen in a meeting: large type and the page alone, the language switch
/// kept. Entering and leaving keep the reader's place on the page; Escape leaves too.
#[function_component]
fn PresentSwitch() -> Html {
    let state = use_context::<AppContext>().expect("inside the app's context");
    let presenting = state.presenting;
    let place = use_mut_ref(|| None::<(web_sys::Element, f64)>);
    let switch = {
        let (state, place) = (state.clone(), place.clone());
        Rc::new(move |on: bool| {
            *place.borrow_mut() = browser::reading_place();
            state.dispatch(Action::Present(on));
        })
    };
    {
        let place = place.clone();
        use_effect_with(presenting, move |_| {
            if let Some((block, top)) = place.borrow_mut().take() {
                browser::keep_place(&block, top);
            }
        });
    }
    {
        let switch = switch.clone();
        use_effect_with(presenting, move |&on| {
            let window = web_sys::window();
            let listener = window.filter(|_| on).map(|window| {
                gloo::events::EventListener::new(&window, "keydown", move |e| {
                    let key = e.dyn_ref::<web_sys::KeyboardEvent>().map(|k| k.key());
                    // Escape in a field is the field's (a search box clears itself).
                    let in_field = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                        .is_some();
                    if key.as_deref() == Some("Escape") && !in_field {
                        switch(false);
                    }
                })
            });
            move || drop(listener)
        });
    }
    let onclick = Callback::from(move |_: MouseEvent| switch(!presenting));
    let t = text(state.lang);
    html! {
        <button type="button" class="present-switch" {onclick}>
            { if presenting { t.frame.end_present } else { t.frame.present } }
        </button>
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

/// The steps, each a link: an advisor jumps straight to the answer to change.
#[derive(Properties, PartialEq)]
struct AsideProps {
    derived: DerivedContext,
}

#[function_component]
fn Overview(props: &AsideProps) -> Html {
    let state = use_context::<AppContext>().expect("inside the app's context");
    let derived = &props.derived;
    let t = text(state.lang);
    let items = Page::ALL
        .into_iter()
        .filter(|p| p.of_the_case())
        .map(|page| {
            let current = page == state.page;
            let errors = derived.errors_on(page).next().is_some();
            let onclick = go_to(&state, page);
            html! {
                <li class={classes!("steps__item", current.then_some("steps__item--current"))}>
                    <a href={page.hash()} aria-current={current.then_some("step")} {onclick}>
                        { t.step(page) }
                    </a>
                    if errors {
                        <span class="steps__errors">{ t.frame.has_errors }</span>
                    }
                </li>
            }
        });
    html! {
        <nav class="steps" aria-label={t.frame.nav_label}>
            <ol class="steps__list">{ for items }</ol>
        </nav>
    }
}

/// The verdict as the answers stand, beside every question page.
#[function_component]
fn LiveResult(props: &AsideProps) -> Html {
    let state = use_context::<AppContext>().expect("inside the app's context");
    let derived = &props.derived;
    let t = text(state.lang);
    let verdict = derived.assessment.verdict;
    let onclick = go_to(&state, Page::Result);
    html! {
        <aside class="live" aria-labelledby="live-heading">
            <h2 class="live__heading" id="live-heading">{ t.frame.live_heading }</h2>
            <p class="live__verdict" aria-live="polite">{ explain::verdict(verdict, state.lang) }</p>
            if !derived.errors.is_empty() {
                <p class="live__errors">{ (t.frame.live_errors)(derived.errors.len()) }</p>
            }
            <a href={Page::Result.hash()} {onclick}>{ t.frame.live_link }</a>
        </aside>
    }
}

/// Messages about saving, importing and sharing, each dismissable.
#[function_component]
fn Notices() -> Html {
    let state = use_context::<AppContext>().expect("inside the app's context");
    let t = text(state.lang);
    html! {
        <div class="notices" id={NOTICES_ID} tabindex="-1" role="status" aria-label={t.frame.notices_label}>
            { for state.notices.iter().enumerate().map(|(i, n)| {
                let dismiss = {
                    let state = state.clone();
                    Callback::from(move |_: MouseEvent| state.dispatch(Action::Dismiss(i)))
                };
                html! {
                    <div class={classes!("notice-banner", notice_class(n))} key={i}>
                        { notice_body(n, t, state.lang) }
                        <button type="button" class="link-button notice-banner__dismiss" onclick={dismiss}>
                            { t.frame.dismiss }
                        </button>
                    </div>
                }
            }) }
        </div>
    }
}

fn notice_class(n: &Notice) -> &'static str {
    match n {
        Notice::StorageUnavailable
        | Notice::SaveSetAside { .. }
        | Notice::ImportRejected { .. }
        | Notice::ImportTooLarge { .. }
        | Notice::SaveTooLarge { .. }
        | Notice::SavedAsCopy { .. }
        | Notice::SaveBehind
        | Notice::ExampleUnavailable { .. }
        | Notice::ShareUnreadable => "notice-banner--warning",
        _ => "notice-banner--info",
    }
}

fn notice_body(n: &Notice, t: &Text, lang: Lang) -> Html {
    let m = &t.notices;
    match n {
        Notice::StorageUnavailable => html! { <p>{ m.storage_unavailable }</p> },
        Notice::SaveMigrated { from } => html! { <p>{ (m.save_migrated)(*from) }</p> },
        Notice::SaveSetAside { raw } => {
            let raw = raw.clone();
            let download = Callback::from(move |_: MouseEvent| {
                let _ = browser::download("transfer-check-unreadable-save.txt", "text/plain", &raw);
            });
            html! {
                <>
                    <p>{ m.save_set_aside }</p>
                    <button type="button" class="link-button" onclick={download}>{ m.download_set_aside }</button>
                </>
            }
        }
        Notice::ImportRejected { file, errors } => html! {
            <>
                <p>{ (m.import_rejected)(file) }</p>
                <ul class="notice-banner__errors">{ for errors.iter().map(|e| html! { <li>{ opened::describe(e, t, lang) }</li> }) }</ul>
            </>
        },
        Notice::Imported { file } => html! { <p>{ (m.imported)(file) }</p> },
        Notice::ImportTooLarge { file, limit } => {
            let why = match *limit {
                Limit::Bytes { size, max } => (m.too_many_bytes)(size, max),
                Limit::Courses { count, max } => (m.too_many_courses)(count, max),
            };
            html! { <><p>{ (m.import_rejected)(file) }</p><p>{ why }</p></> }
        }
        Notice::SaveTooLarge { bytes } => html! { <p>{ (m.save_too_large)(*bytes) }</p> },
        Notice::SavedAsCopy { was, copy } => html! { <p>{ (m.saved_as_copy)(was, copy) }</p> },
        Notice::SaveBehind => html! { <p>{ m.save_behind }</p> },
        Notice::ExampleLoaded { index } => {
            html! { <p>{ (m.example_loaded)(example_name(t, *index)) }</p> }
        }
        Notice::ExampleUnavailable { index } => {
            html! { <p>{ (m.example_unavailable)(example_name(t, *index)) }</p> }
        }
        Notice::UpdateReady => {
            let update = Callback::from(|_: MouseEvent| browser::apply_update());
            html! {
                <>
                    <p>{ m.update_ready }</p>
                    <button type="button" class="link-button" onclick={update}>{ m.update_now }</button>
                </>
            }
        }
        Notice::DataDeleted => html! { <p>{ m.data_deleted }</p> },
        Notice::ShareUnreadable => html! { <p>{ m.share_unreadable }</p> },
        Notice::ShareLoaded => html! { <p>{ m.share_loaded }</p> },
    }
}

/// An example's name as the start page lists it.
fn example_name(t: &Text, index: usize) -> &'static str {
    t.start.examples.get(index).map(|e| e.0).unwrap_or_default()
}
