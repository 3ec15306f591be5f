//! The browser interface: Yew function components over the engine. They render state and dispatch
//! actions; every decision about eligibility, grades and credits is the engine's.
//!
//! `App` is the entry point `main.rs` mounts: it reads what the browser holds (the language, saved
//! answers, the page address) once, and hands it to `Shell`, which owns the state, derives the assessment
//! and renders the frame and the current page. `Shell` touches no browser API while rendering, so native
//! tests can render it to HTML with any starting state.

pub mod browser;
pub mod cases;
pub mod catalog;
pub mod desk;
pub mod examples;
pub mod fields;
pub mod focus;
pub mod form;
mod frame;
mod hooks;
pub mod measures;
mod opened;
pub mod pages;
pub mod prefs;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod questions;
pub mod route;
pub mod saved;
pub mod share;
pub mod state;
pub mod summary;
pub mod text;

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::case::date::Date;
use crate::lang::Lang;
use form::DerivedContext;
use frame::Frame;
use hooks::use_browser_effects;
use route::Page;
use saved::Restored;
use state::{AppContext, AppState, Drafts, Notice};

/// Where the app starts: what `App` read from the browser, or what a test chooses.
#[derive(Clone, Debug, PartialEq)]
pub struct Start {
    pub lang: Lang,
    pub today: Date,
    pub page: Page,
    pub case: Option<Rc<crate::engine::case::CaseFile>>,
    pub drafts: Drafts,
    pub notices: Vec<Notice>,
    pub persistent: bool,
    /// The payload of a share link the page was opened with, still compressed.
    pub share: Option<String>,
    /// The case of this device the tab edits, and the revision it read.
    pub open: cases::Open,
}

impl Start {
    pub fn new(lang: Lang, today: Date) -> Start {
        Start {
            lang,
            today,
            page: Page::Start,
            case: None,
            drafts: Drafts::new(),
            notices: Vec::new(),
            persistent: true,
            share: None,
            open: cases::Open::default(),
        }
    }
}

/// Written and removed at start to learn whether storage takes writes.
const PROBE_KEY: &str = "transfer-check.probe";

/// Reads the browser once: language, saved answers (set aside if unreadable), address.
fn start_from_browser() -> Start {
    let mut start = Start::new(prefs::initial_lang(), browser::today());
    let hash = browser::hash();
    start.page = Page::from_hash(&hash).unwrap_or(Page::Start);
    start.share = share::payload(&hash).map(str::to_owned);
    match browser::load(saved::KEY) {
        Err(_) => start.persistent = false,
        Ok(_) => open_case(&mut start),
    }
    // Some browsers read storage but refuse to write it (a full quota): try a write, so that the
    // start page does not promise saving it cannot do.
    let writable = browser::store(PROBE_KEY, "1").and_then(|()| browser::forget(PROBE_KEY));
    if writable.is_err() {
        start.persistent = false;
    }
    if !start.persistent {
        start.notices.push(Notice::StorageUnavailable);
    }
    start
}

/// The case the tab edits: the one it edited before a reload, else the one saved last; else the single
/// save of earlier versions, which its first save makes the first case of the device.
fn open_case(start: &mut Start) {
    let store = cases::Local;
    let opened = |id: Option<String>| id.and_then(|id| cases::open(&store, &id));
    let here = opened(browser::session_load(cases::OPEN_KEY));
    match here.or_else(|| opened(cases::latest(&store))) {
        Some((raw, open)) => {
            let id = open.id.clone();
            browser::session_store(cases::OPEN_KEY, id.as_deref().unwrap_or_default());
            if id.as_deref().is_some_and(|id| cases::is_behind(&store, id)) {
                start.notices.push(Notice::SaveBehind);
            }
            start.open = open;
            if !restore(start, Some(raw)) {
                // Set aside, and kept in the list, where it says it cannot be read and can be deleted;
                // the tab begins a new case.
                start.open = cases::Open::default();
            }
        }
        // The single save of earlier versions, if any, becomes a case of this device.
        None => {
            let raw = browser::load(saved::KEY).ok().flatten();
            if !restore(start, raw) {
                let _ = browser::forget(saved::KEY);
            } else if let Some(case) = &start.case {
                // Written in today's format: the earlier save may be a bare case file.
                let wrapped = saved::wrap(case, &start.drafts, start.today);
                if let Some(open) = cases::adopt_earlier(&store, &wrapped) {
                    browser::session_store(cases::OPEN_KEY, cases::EARLIER_ID);
                    start.open = open;
                }
            }
        }
    }
}

/// What was saved, into the start; an unreadable save is set aside, never dropped (false).
fn restore(start: &mut Start, raw: Option<String>) -> bool {
    match saved::unwrap(raw.as_deref()) {
        Restored::Nothing => {}
        Restored::Current { case, drafts } => {
            start.case = Some(Rc::new(case));
            start.drafts = drafts;
        }
        Restored::Migrated { case, drafts, from } => {
            start.case = Some(Rc::new(case));
            start.drafts = drafts;
            start.notices.push(Notice::SaveMigrated { from });
        }
        Restored::Unreadable => {
            // Kept under another key, so the user can still download it.
            let raw: Rc<str> = raw.unwrap_or_default().into();
            let _ = browser::store(saved::SET_ASIDE_KEY, &raw);
            start.notices.push(Notice::SaveSetAside { raw });
            return false;
        }
    }
    true
}

/// The mounted app. Once it can show the page asked for, `Shell` replaces the start page rendered at
/// build time (index.html).
#[function_component]
pub fn App() -> Html {
    let start = (*use_memo((), |_| start_from_browser())).clone();
    html! { <Shell {start} /> }
}

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub start: Start,
}

/// The state, the derived assessment, their contexts, and the frame with the current page.
#[function_component]
pub fn Shell(props: &ShellProps) -> Html {
    let start = props.start.clone();
    let today = start.today;
    let state = use_reducer(move || {
        let mut s = AppState::new(start.lang, start.today);
        s.page = start.page;
        if let Some(case) = start.case {
            s.case = case;
        }
        s.drafts = Rc::new(start.drafts);
        s.notices = start.notices;
        s.persistent = start.persistent;
        s.open = start.open.id.as_deref().map(Rc::from);
        s
    });
    let code = pages::use_page_code(state.page);
    use_browser_effects(
        &state,
        today,
        props.start.share.clone(),
        code.is_loading(),
        props.start.open.clone(),
        code.save(),
    );
    let derived = {
        let (case, drafts, derive) = (state.case.clone(), state.drafts.clone(), code.derive());
        let catalog = state.catalog.clone();
        use_memo(
            (case, drafts, catalog, derive.is_some()),
            move |(case, drafts, catalog, _)| {
                derive.map(|derive| {
                    DerivedContext(Rc::new(derive(case, drafts, today, catalog.as_deref())))
                })
            },
        )
    };
    // The start page never reads the derivation: rendered outside its provider whether or not the
    // pages' code is here, it is not rebuilt (losing focus, or a file being read) when that code arrives.
    let page = match (&*derived, state.page) {
        (Some(context), page) if page != Page::Start => html! {
            <ContextProvider<DerivedContext> context={context.clone()}>
                { code.render(state.page) }
            </ContextProvider<DerivedContext>>
        },
        _ => code.render(state.page),
    };
    html! {
        <ContextProvider<AppContext> context={state}>
            <Frame derived={(*derived).clone()}>{ page }</Frame>
        </ContextProvider<AppContext>>
    }
}
