//! Which code draws a page. The start page's is always at hand; in the site's build (the `split`
//! feature, scripts/app-wasm.mjs) every other page, and the engine's derivation they show, are
//! cut into a second wasm module, fetched once the start page is interactive and the browser idle (or
//! sooner, by a page that needs it), so that the start page waits only for what it needs and Start
//! opens the first step at once. Elsewhere (tests, native renders, builds without the feature)
//! everything is built in.

use yew::prelude::*;

use super::about::AboutPage;
use super::answers::AnswersPage;
use super::cases::CasesPage;
use super::chosen::ChosenProgramme;
use super::comparison::ComparisonPage;
use super::courses::CoursesPage;
use super::cscse::CscsePage;
use super::documents::DocumentsPage;
use super::left::LeftPage;
use super::programme::ProgrammePage;
use super::record::RecordPage;
use super::result::ResultPage;
use super::side::SidePage;
use super::start::StartPage;
use super::timeline::TimelinePage;
use crate::app::focus::MAIN_HEADING_ID;
use crate::app::form::Derived;
use crate::app::route::Page;
use crate::app::state::{Action, AppContext, Drafts};
use crate::app::text::text;
use crate::engine::case::date::Date;
use crate::engine::case::CaseFile;
use crate::engine::catalog::Catalog;

/// The derivation from the answers, in the site's catalogue as far as it has been read.
pub type Derive = fn(&CaseFile, &Drafts, Date, Option<&Catalog>) -> Derived;

/// Saving the answers as the tab's case of this device (`app::cases`).
pub type Save = fn(
    &mut crate::app::cases::Open,
    &str,
    crate::lang::Lang,
) -> Result<crate::app::cases::Saved, crate::app::browser::StorageRefused>;

/// What the pages' module holds: every page, the derivation from the answers that they show, and
/// the saving of the answers.
#[derive(Clone, Copy)]
pub struct Code {
    pub view: fn(Page) -> Html,
    pub derive: Derive,
    pub save: Save,
}

/// Everything, built in.
pub const CODE: Code = Code {
    view,
    derive: Derived::with_catalog,
    save: crate::app::cases::save_here,
};

/// Every page's view, with the reading of the case's chosen programme (`chosen`) beside it: code of
/// this module, so that the first load does not carry it.
pub fn view(page: Page) -> Html {
    let page = page_view(page);
    html! { <><ChosenProgramme />{ page }</> }
}

fn page_view(page: Page) -> Html {
    match page {
        Page::Start => html! { <StartPage /> },
        Page::About => html! { <AboutPage /> },
        Page::Record => html! { <RecordPage /> },
        Page::Courses => html! { <CoursesPage /> },
        Page::Programme => html! { <ProgrammePage /> },
        Page::Answers => html! { <AnswersPage /> },
        Page::Result => html! { <ResultPage /> },
        Page::Left => html! { <LeftPage /> },
        Page::Comparison => html! { <ComparisonPage /> },
        Page::Timeline => html! { <TimelinePage /> },
        Page::Documents => html! { <DocumentsPage /> },
        Page::Cscse => html! { <CscsePage /> },
        Page::Cases => html! { <CasesPage /> },
        Page::Compare => html! { <SidePage /> },
    }
}

/// Where the code of the page to show is.
#[derive(Clone)]
pub enum PageCode {
    /// Only the start page's: the pages' module has not been needed yet.
    Start,
    Ready(Code),
    /// Being fetched (the frame says so in place of the page).
    Loading,
    /// Could not be fetched (offline before the site was kept, or the host failed); the callback tries
    /// again.
    Failed(Callback<()>),
}

impl PageCode {
    /// The page, or what stands in its place.
    pub fn render(&self, page: Page) -> Html {
        match self {
            PageCode::Start => html! { <StartPage /> },
            PageCode::Ready(code) => (code.view)(page),
            PageCode::Loading => html! { <Loading /> },
            PageCode::Failed(retry) => html! { <Failed retry={retry.clone()} /> },
        }
    }

    pub fn is_loading(&self) -> bool {
        matches!(self, PageCode::Loading)
    }

    /// The saving of the answers, once its code is here.
    pub fn save(&self) -> Option<Save> {
        match self {
            PageCode::Ready(code) => Some(code.save),
            _ => None,
        }
    }

    /// The derivation, once its code is here.
    pub fn derive(&self) -> Option<Derive> {
        match self {
            PageCode::Ready(code) => Some(code.derive),
            _ => None,
        }
    }
}

#[cfg(not(all(feature = "split", target_arch = "wasm32")))]
#[hook]
pub fn use_page_code(_page: Page) -> PageCode {
    PageCode::Ready(CODE)
}

#[cfg(all(feature = "split", target_arch = "wasm32"))]
pub use split::use_page_code;

#[cfg(all(feature = "split", target_arch = "wasm32"))]
mod split {
    use std::cell::Cell;

    use wasm_bindgen::prelude::Closure;
    use wasm_bindgen::JsCast;
    use wasm_split_helpers::{wasm_split, SplitLoaderError};
    use yew::platform::spawn_local;
    use yew::prelude::*;

    use crate::app::pages::view::{Code, PageCode, CODE};
    use crate::app::route::Page;

    thread_local! {
        /// The pages' code once their module has arrived; it is fetched once per visit.
        static FETCHED: Cell<Option<Code>> = const { Cell::new(None) };
    }

    /// The cut: everything only this function reaches goes into the second module. It hands back
    /// plain functions, so that once the module is here a page is drawn without waiting.
    #[wasm_split(pages, fallible)]
    fn pages_code() -> Result<Code, SplitLoaderError> {
        Ok(CODE)
    }

    #[derive(Clone, Copy, PartialEq)]
    enum Fetch {
        Pending,
        Done,
        Failed,
    }

    /// Fetches the pages' module when the browser is next idle, or after a moment where it cannot
    /// say when it is. A failure is not said here: the page that needs the module tries again and says
    /// so.
    fn prefetch_when_idle() {
        let fetch = Closure::once_into_js(|| {
            spawn_local(async {
                if let Ok(code) = pages_code().await {
                    FETCHED.set(Some(code));
                }
            })
        });
        let Some(window) = web_sys::window() else {
            return;
        };
        let function: &js_sys::Function = fetch.unchecked_ref();
        if window.request_idle_callback(function).is_err() {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(function, NO_IDLE_DELAY_MS);
        }
    }

    /// Where the browser cannot tell when it is idle, how long after the start page is interactive
    /// the pages' module is fetched.
    const NO_IDLE_DELAY_MS: i32 = 1_000;

    #[hook]
    pub fn use_page_code(page: Page) -> PageCode {
        let fetch = use_state(|| Fetch::Pending);
        let tries = use_state(|| 0_u32);
        // The start page is interactive without the other pages; once it is, and the browser has
        // nothing else to do, their module is fetched, so that Start opens the first step at once.
        // A page that needs it sooner asks for it itself, and both wait on the one fetch.
        use_effect_with((), |()| {
            if FETCHED.get().is_none() {
                prefetch_when_idle();
            }
        });
        let needed = page != Page::Start && FETCHED.get().is_none();
        {
            let fetch = fetch.clone();
            use_effect_with((needed, *tries), move |&(needed, _)| {
                if needed {
                    fetch.set(Fetch::Pending);
                    spawn_local(async move {
                        match pages_code().await {
                            Ok(code) => {
                                FETCHED.set(Some(code));
                                fetch.set(Fetch::Done);
                            }
                            Err(_) => fetch.set(Fetch::Failed),
                        }
                    });
                }
            });
        }
        match (page, FETCHED.get(), *fetch) {
            (_, Some(code), _) => PageCode::Ready(code),
            (Page::Start, None, _) => PageCode::Start,
            (_, None, Fetch::Failed) => PageCode::Failed(Callback::from(move |()| {
                // Loading again from this very render, so that nothing takes the failure for the page.
                fetch.set(Fetch::Pending);
                tries.set(*tries + 1);
            })),
            (_, None, Fetch::Pending | Fetch::Done) => PageCode::Loading,
        }
    }
}

/// In place of a page whose code is on its way. The page's heading is focused once it is drawn.
#[function_component]
fn Loading() -> Html {
    let state = use_context::<AppContext>().expect("inside the app's context");
    html! {
        <p class="page-loading" role="status">{ text(state.lang).frame.loading }</p>
    }
}

#[derive(Properties, PartialEq)]
struct FailedProps {
    retry: Callback<()>,
}

/// In place of a page whose code could not be fetched: why, and a way to try again.
#[function_component]
fn Failed(props: &FailedProps) -> Html {
    let state = use_context::<AppContext>().expect("inside the app's context");
    let t = text(state.lang);
    let onclick = {
        let (retry, state) = (props.retry.clone(), state.clone());
        // The button goes with the message: focus moves to the page's heading once it is drawn.
        Callback::from(move |_: MouseEvent| {
            retry.emit(());
            state.dispatch(Action::Go {
                page: state.page,
                focus: None,
            });
        })
    };
    html! {
        // No alert role: focus moves to the heading, which is announced once.
        <div class="page-failed">
            <h1 id={MAIN_HEADING_ID} tabindex="-1">{ t.frame.page_failed_title }</h1>
            <p>{ t.frame.page_failed }</p>
            <button type="button" class="button" {onclick}>{ t.frame.try_again }</button>
        </div>
    }
}
