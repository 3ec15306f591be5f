//! Cases on this device: each named case with what the engine finds at a glance; open, rename,
//! duplicate, try another scenario, delete (restorable for the session) or delete them all after
//! asking; tick two to four to compare; download them all as one file, or add the cases of such a
//! file. The storage is `app::cases`; reading, assessing, the file and scenarios are `app::desk`.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use web_sys::HtmlInputElement;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::app::cases::{self, Local, Removed, Scenario};
use crate::app::desk::{self, Change, Listed, MAX_NAME};
use crate::app::fields::{Choice, Item, Radios, TextInput};
use crate::app::focus::{focus_by_id, MAIN_HEADING_ID};
use crate::app::route::Page;
use crate::app::state::{Action, AppContext, Drafts, MAX_FILE_BYTES};
use crate::app::text::{desk as desk_text, text, DeskText, Text};
use crate::app::{browser, catalog, saved};
use crate::engine::case::date::Date;
use crate::engine::case::{CaseFile, Route};
use crate::engine::catalog::site::Index;
use crate::engine::planning::timeline::WindowStatus;
use crate::lang::Lang;

/// In the tab's session storage: the cases ticked for comparison, by id, in the list's order.
pub const COMPARE_KEY: &str = "transfer-check.compare";

thread_local! {
    /// The cases deleted in this session, latest last, to restore.
    static DELETED: RefCell<Vec<Removed>> = const { RefCell::new(Vec::new()) };
}

fn deleted() -> Vec<Removed> {
    DELETED.with(|d| d.borrow().clone())
}

/// What the page is doing besides listing.
#[derive(Clone, Debug, PartialEq)]
enum Mode {
    List,
    Rename { id: String, text: String },
    Scenario { id: String },
    DeleteAll,
}

/// The largest file of cases that is read: far above what hundreds of cases take.
const MAX_CASES_BYTES: usize = 20 * MAX_FILE_BYTES;

/// A sentence about the latest action, read out where it is shown.
const STATUS_ID: &str = "cases-status";

/// What the latest action did, as data: worded in the language the page is shown in.
#[derive(Clone, Debug, PartialEq)]
enum Said {
    /// Nothing to say (focus moves to what changed).
    Nothing,
    Created(String),
    Duplicated(String),
    Restored(String),
    Deleted(String),
    UnsavedHere,
    TooLarge(usize),
    DeletedAll,
    StorageFull,
    ProgrammeUnavailable,
    NotCases(String),
    Imported {
        file: String,
        count: usize,
        full: Option<String>,
        skipped: Vec<desk::Skipped>,
    },
}

fn said(s: &Said, lang: Lang) -> Html {
    let d = desk_text(lang);
    match s {
        Said::Nothing => Html::default(),
        Said::Created(name) => html! { <p>{ (d.created)(name) }</p> },
        Said::Duplicated(name) => html! { <p>{ (d.duplicated)(name) }</p> },
        Said::Restored(name) => html! { <p>{ (d.restored)(name) }</p> },
        Said::UnsavedHere => html! { <p>{ d.unsaved_here }</p> },
        Said::TooLarge(size) => {
            html! { <p>{ (text(lang).notices.too_many_bytes)(*size, MAX_CASES_BYTES) }</p> }
        }
        Said::Deleted(name) => html! { <p>{ (d.deleted)(name) }</p> },
        Said::DeletedAll => html! { <p>{ d.deleted_all }</p> },
        Said::StorageFull => html! { <p>{ d.storage_full }</p> },
        Said::ProgrammeUnavailable => html! { <p>{ d.programme_unavailable }</p> },
        Said::NotCases(file) => html! { <p>{ (d.import_unreadable)(file) }</p> },
        Said::Imported {
            file,
            count,
            full,
            skipped,
        } => html! {
            <>
                <p>{ (d.imported)(file, *count) }</p>
                if let Some(stopped) = full { <p>{ (d.import_full)(stopped) }</p> }
                if !skipped.is_empty() {
                    <ul class="list">
                        { for skipped.iter().map(|s| html! {
                            <li>{ (d.skipped)(s.at, &s.name, &desk::why(&s.why, lang)) }</li>
                        }) }
                    </ul>
                }
            </>
        },
    }
}

#[function_component]
pub fn CasesPage() -> Html {
    let state = use_context::<AppContext>().expect("inside the app's context");
    let (t, d) = (text(state.lang), desk_text(state.lang));
    let version = use_state(|| 0u32);
    let mode = use_state(|| Mode::List);
    let status = use_state(|| Said::Nothing);
    let index = use_state(catalog::index);
    let focus = use_mut_ref(|| None::<String>);
    let refresh = {
        let version = version.clone();
        Rc::new(move || version.set(version.wrapping_add(1)))
    };
    {
        let focus = focus.clone();
        use_effect(move || {
            if let Some(id) = focus.borrow_mut().take() {
                focus_by_id(&id);
            }
        });
    }
    {
        // Another tab's change to the cases shows here at once.
        let refresh = refresh.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window()
                .map(|w| gloo::events::EventListener::new(&w, "storage", move |_| refresh()));
            move || drop(listener)
        });
    }
    {
        let index = index.clone();
        use_effect_with((), move |_| {
            spawn_local(async move {
                if let Some(i) = catalog::load_index().await {
                    index.set(Some(i));
                }
            })
        });
    }
    let Some(list) = use_cases(&state, *version) else {
        // Storage is read after the first render (never while rendering): until then, the page's head.
        return html! {
            <>
                <h1 id={MAIN_HEADING_ID} tabindex="-1">{ t.step(Page::Cases) }</h1>
                <p class="lead">{ d.intro }</p>
            </>
        };
    };
    let cx = Cx {
        state: state.clone(),
        list: list.clone(),
        mode: mode.clone(),
        status: status.clone(),
        focus: focus.clone(),
        refresh: refresh.clone(),
        index: (*index).clone(),
    };
    let heading = html! { <h1 id={MAIN_HEADING_ID} tabindex="-1">{ t.step(Page::Cases) }</h1> };
    if state.presenting {
        return html! { <>{ heading }<p class="lead">{ d.presenting }</p></> };
    }
    // A browser that keeps nothing has only the case in this tab: nothing here would keep it.
    if !state.persistent {
        return html! { <>{ heading }<p class="lead">{ t.notices.storage_unavailable }</p></> };
    }
    let new_case = {
        let cx = cx.clone();
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if !state.answers_kept() {
                return cx.say(Said::UnsavedHere, None);
            }
            state.dispatch(Action::Switch {
                id: None,
                case: Rc::new(CaseFile::new()),
                drafts: Drafts::new(),
            });
            state.dispatch(Action::Go {
                page: Page::About,
                focus: None,
            });
        })
    };
    let bytes: usize = list.iter().map(|l| l.entry.bytes).sum();
    html! {
        <>
            { heading }
            <p class="lead">{ d.intro }</p>
            <div id={STATUS_ID} class="cases-status" role="status" tabindex="-1">
                { said(&status, state.lang) }
            </div>
            <div class="button-group">
                <button type="button" class="button" onclick={new_case}>{ d.new_case }</button>
            </div>
            if list.is_empty() {
                <p>{ d.empty }</p>
            } else {
                <p class="hint">{ (d.storage_use)(list.len(), bytes) }</p>
                <CaseList cx={CxProp(cx.clone())} />
            }
            { restore_list(&cx) }
            { file_section(&cx) }
            if !list.is_empty() {
                { delete_all(&cx) }
            }
        </>
    }
}

/// Every case of the device, read and assessed after each render that changes the answers, the
/// catalogue or `version`, each in its programme of the site's catalogue as `assess --catalog` would:
/// the programmes the listed cases chose are fetched, and the cases assessed again once they are here.
#[hook]
pub fn use_cases(state: &AppContext, version: u32) -> Option<Rc<Vec<Listed>>> {
    let fetched = use_state(|| None::<Rc<crate::engine::catalog::Catalog>>);
    let catalog = (*fetched).clone().or_else(|| state.catalog.clone());
    let listed = use_state(|| None::<Rc<Vec<Listed>>>);
    {
        let listed = listed.clone();
        let (case, drafts, open) = (state.case.clone(), state.drafts.clone(), state.open.clone());
        let (today, lang) = (state.today, state.lang);
        use_effect_with(
            (version, case, drafts, open, catalog, lang),
            move |(_, case, drafts, open, catalog, _)| {
                let here = open.as_deref().map(|id| (id, case, &**drafts));
                let list = desk::listed(&Local, today, catalog.as_deref(), lang, here);
                listed.set(Some(Rc::new(list)));
            },
        );
    }
    let chosen = listed
        .as_deref()
        .map(|l| desk::chosen_programmes(l))
        .unwrap_or_default();
    use_effect_with(chosen, move |ids| {
        let ids = ids.clone();
        if !ids.is_empty() {
            spawn_local(async move {
                let mut last = None;
                for id in ids {
                    last = catalog::with_programme(&id).await.or(last);
                }
                if last.is_some() {
                    fetched.set(last);
                }
            });
        }
    });
    (*listed).clone()
}

/// What every part of the page needs.
#[derive(Clone)]
struct Cx {
    state: AppContext,
    list: Rc<Vec<Listed>>,
    mode: UseStateHandle<Mode>,
    status: UseStateHandle<Said>,
    focus: Rc<RefCell<Option<String>>>,
    refresh: Rc<dyn Fn()>,
    index: Option<Rc<Index>>,
}

impl Cx {
    fn d(&self) -> &'static DeskText {
        desk_text(self.state.lang)
    }

    fn t(&self) -> &'static Text {
        text(self.state.lang)
    }

    /// Says `what` in the status line and moves focus there (or to `to`).
    fn say(&self, what: Said, to: Option<String>) {
        self.status.set(what);
        *self.focus.borrow_mut() = Some(to.unwrap_or_else(|| STATUS_ID.to_owned()));
        (self.refresh)();
    }

    fn name_of(&self, id: &str) -> String {
        self.list
            .iter()
            .find(|l| l.entry.id == id)
            .map(|l| l.entry.name.clone())
            .unwrap_or_default()
    }

    /// A scenario's change in the page's language.
    fn change_words(&self, code: &str) -> String {
        desk::change_words(code, self.state.lang, |id| self.programme_name(id))
    }

    fn programme_name(&self, id: &str) -> String {
        desk::programme_name(self.index.as_deref(), id, self.state.lang)
    }

    /// The programme a case chose, by its name in the site's catalogue.
    fn programme(&self, case: &CaseFile) -> Option<String> {
        let id = crate::engine::catalog::choice::chosen_id(case)?;
        Some(self.programme_name(id))
    }
}

fn card_id(id: &str) -> String {
    format!("case-{id}")
}

#[derive(Properties, PartialEq)]
struct ListProps {
    cx: CxProp,
}

/// The list, each case a card, its scenarios after it, with the compare ticks and their button.
#[function_component]
fn CaseList(p: &ListProps) -> Html {
    let cx = &p.cx.0;
    let d = cx.d();
    let ticked = use_ticked();
    let error = use_state(|| false);
    let compare = {
        let (cx, ticked, error) = (cx.clone(), ticked.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            let chosen: Vec<String> = cx
                .list
                .iter()
                .map(|l| l.entry.id.clone())
                .filter(|id| ticked.contains(id))
                .collect();
            if !(2..=4).contains(&chosen.len()) {
                error.set(true);
                *cx.focus.borrow_mut() = Some("compare-error".to_owned());
                (cx.refresh)();
                return;
            }
            error.set(false);
            browser::session_store(COMPARE_KEY, &chosen.join(","));
            cx.state.dispatch(Action::Go {
                page: Page::Compare,
                focus: None,
            });
        })
    };
    let ordered = ordered(&cx.list);
    html! {
        <div class="cases">
            if *error {
                <div class="error-summary" id="compare-error" tabindex="-1" role="alert"
                     aria-labelledby="compare-error-title">
                    <h2 class="error-summary__title" id="compare-error-title">{ d.there_is_a_problem }</h2>
                    <ul class="error-summary__list">
                        <li><a href={format!("#{}", tick_id(&cx.list[0].entry.id))}
                               onclick={jump(tick_id(&cx.list[0].entry.id))}>{ d.compare_count }</a></li>
                    </ul>
                </div>
            }
            <p class="hint" id="compare-hint">{ d.compare_hint }</p>
            <ol class="case-list" aria-label={d.caption}>
                { for ordered.iter().map(|l| card(cx, l, &ticked)) }
            </ol>
            if cx.list.len() >= 2 {
                <button type="button" class="button button--secondary" onclick={compare}>{ d.compare }</button>
            }
        </div>
    }
}

/// The cases ticked for comparison, kept for the tab.
#[hook]
fn use_ticked() -> UseStateHandle<Vec<String>> {
    let ticked = use_state(Vec::new);
    {
        let ticked = ticked.clone();
        use_effect_with((), move |_| ticked.set(compared()));
    }
    ticked
}

/// The cases last chosen for comparison in this tab, by id.
pub fn compared() -> Vec<String> {
    browser::session_load(COMPARE_KEY)
        .map(|s| {
            s.split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// An error summary's link: focus moves to the field (the address's hash is the page's route).
fn jump(id: String) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        focus_by_id(&id);
    })
}

fn tick_id(id: &str) -> String {
    format!("compare-{id}")
}

/// Cases in the order they were made, each scenario right after its case.
fn ordered(list: &[Listed]) -> Vec<&Listed> {
    fn of<'a>(l: &'a Listed, list: &[Listed]) -> Option<&'a str> {
        let of = l.entry.scenario.as_ref().map(|s| s.of.as_str());
        of.filter(|of| list.iter().any(|o| o.entry.id == *of))
    }
    fn under<'a>(parent: Option<&str>, list: &'a [Listed], out: &mut Vec<&'a Listed>) {
        for l in list.iter().filter(|l| of(l, list) == parent) {
            // A scenario's scenario comes after it, however deep; a loop of links stops here.
            if out.iter().any(|o| o.entry.id == l.entry.id) {
                continue;
            }
            out.push(l);
            under(Some(&l.entry.id), list, out);
        }
    }
    let mut out = Vec::with_capacity(list.len());
    under(None, list, &mut out);
    for l in list {
        if !out.iter().any(|o| o.entry.id == l.entry.id) {
            out.push(l);
        }
    }
    out
}

fn card(cx: &Cx, l: &Listed, ticked: &UseStateHandle<Vec<String>>) -> Html {
    let (d, lang) = (cx.d(), cx.state.lang);
    let id = l.entry.id.clone();
    let name = l.entry.name.clone();
    let here = cx.state.open.as_deref() == Some(id.as_str());
    let scenario = l
        .entry
        .scenario
        .as_ref()
        .map(|s| (d.scenario_of)(&cx.name_of(&s.of), &cx.change_words(&s.change)));
    let on_tick = {
        let (ticked, id) = (ticked.clone(), id.clone());
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            let mut now: Vec<String> = (*ticked).iter().filter(|t| **t != id).cloned().collect();
            if on {
                now.push(id.clone());
            }
            ticked.set(now);
        })
    };
    let hidden = |label: &str| html! { <>{ label.to_owned() }<span class="visually-hidden">{ (d.quoted)(&name) }</span></> };
    let button = |label: &'static str, onclick: Callback<MouseEvent>| {
        html! { <button type="button" class="button button--secondary button--small" {onclick}>{ hidden(label) }</button> }
    };
    let mode = (*cx.mode).clone();
    html! {
        <li class={classes!("case-card", l.entry.scenario.is_some().then_some("case-card--scenario"), here.then_some("case-card--here"))}
            key={id.clone()}>
            <h2 class="case-card__name" id={card_id(&id)} tabindex="-1">{ name.clone() }</h2>
            if let Some(s) = scenario { <p class="case-card__scenario">{ s }</p> }
            if here { <p class="tag">{ d.open_here }</p> }
            { facts(cx, l, lang) }
            <div class="checkboxes__item case-card__tick">
                <input class="checkboxes__input" id={tick_id(&id)} type="checkbox"
                       checked={ticked.contains(&id)} aria-describedby="compare-hint" onchange={on_tick} />
                <label class="checkboxes__label" for={tick_id(&id)}>{ (d.compare_one)(&name) }</label>
            </div>
            <div class="button-group case-card__actions" role="group" aria-label={(d.actions)(&name)}>
                if l.read.is_some() {
                    { button(d.open, open(cx, l)) }
                }
                { button(d.rename, rename_start(cx, &id, &name)) }
                if l.read.is_some() {
                    { button(d.duplicate, duplicate(cx, l)) }
                    { button(d.scenario, scenario_start(cx, &id)) }
                }
                { button(d.delete, delete(cx, &id, &name)) }
            </div>
            if matches!(&mode, Mode::Rename { id: r, .. } if *r == id) {
                <RenameForm id={id.clone()} name={name.clone()} cx={CxProp(cx.clone())} />
            }
            if matches!(&mode, Mode::Scenario { id: r } if *r == id) {
                <ScenarioForm id={id.clone()} cx={CxProp(cx.clone())} />
            }
        </li>
    }
}

fn facts(cx: &Cx, l: &Listed, lang: Lang) -> Html {
    let d = cx.d();
    let Some(read) = &l.read else {
        return html! { <p class="notice notice--warning">{ d.unreadable }</p> };
    };
    let g = &read.glance;
    let route = read
        .case
        .applicant
        .route
        .map(|r| (cx.t().about.routes)(r))
        .unwrap_or(d.not_answered);
    let programme = cx
        .programme(&read.case)
        .unwrap_or_else(|| d.not_chosen.to_owned());
    let window = match g.window {
        Some(WindowStatus::Early) => d.window[0],
        Some(WindowStatus::OnTime) => d.window[1],
        Some(WindowStatus::Late) => d.window[2],
        None if g.deadline.is_some() => d.no_hand_in_day,
        None => d.no_plan,
    };
    let next = g
        .next_date
        .map_or_else(|| d.none.to_owned(), |n| n.to_string());
    let rows: [(&str, String); 6] = [
        (d.columns[1], desk::verdict_word(g.verdict, lang).to_owned()),
        (d.columns[2], route.to_owned()),
        (d.columns[3], programme),
        (d.columns[4], window.to_owned()),
        (d.columns[5], next),
        (d.columns[6], (d.size)(l.entry.bytes)),
    ];
    html! {
        <dl class="case-card__facts">
            { for rows.into_iter().map(|(k, v)| html! { <div><dt>{ k }</dt><dd>{ v }</dd></div> }) }
        </dl>
    }
}

/// `name` in at most `room` characters, an ellipsis ending one that is longer.
fn shortened(name: &str, room: usize) -> String {
    if name.chars().count() <= room {
        return name.to_owned();
    }
    let kept: String = name.chars().take(room.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

fn open(cx: &Cx, l: &Listed) -> Callback<MouseEvent> {
    let (state, id) = (cx.state.clone(), l.entry.id.clone());
    let cx = cx.clone();
    Callback::from(move |_: MouseEvent| {
        let here = state.open.as_deref() == Some(id.as_str());
        if !state.answers_kept() && !here {
            return cx.say(Said::UnsavedHere, None);
        }
        // The tab's own case is shown as it stands; another is read as it is stored now, not as
        // the list read it (another tab may have saved it since).
        if !here {
            let Some((case, drafts)) = desk::restored(cases::read(&Local, &id).as_deref()) else {
                return (cx.refresh)();
            };
            state.dispatch(Action::Switch {
                id: Some(Rc::from(id.as_str())),
                case: Rc::new(case),
                drafts,
            });
        }
        state.dispatch(Action::Go {
            page: Page::Result,
            focus: None,
        });
    })
}

fn rename_start(cx: &Cx, id: &str, name: &str) -> Callback<MouseEvent> {
    let (mode, focus, id, name) = (
        cx.mode.clone(),
        cx.focus.clone(),
        id.to_owned(),
        name.to_owned(),
    );
    Callback::from(move |_: MouseEvent| {
        *focus.borrow_mut() = Some(name_field_id(&id));
        mode.set(Mode::Rename {
            id: id.clone(),
            text: name.clone(),
        });
    })
}

fn name_field_id(id: &str) -> String {
    format!("f-name-{id}")
}

fn duplicate(cx: &Cx, l: &Listed) -> Callback<MouseEvent> {
    let cx = cx.clone();
    let l = l.clone();
    Callback::from(move |_: MouseEvent| {
        let Some(read) = &l.read else { return };
        let entries: Vec<cases::Entry> = cx.list.iter().map(|l| l.entry.clone()).collect();
        let name = cases::unused_name(&entries, &l.entry.name);
        let wrapped = saved::wrap(&read.case, &read.drafts, cx.state.today);
        let id = browser::fresh_id();
        let added = cases::insert(&Local, &id, name.clone(), &wrapped, browser::now(), None);
        match added {
            Ok(()) => cx.say(Said::Duplicated(name.clone()), Some(card_id(&id))),
            Err(_) => cx.say(Said::StorageFull, None),
        }
    })
}

fn scenario_start(cx: &Cx, id: &str) -> Callback<MouseEvent> {
    let (mode, focus, id) = (cx.mode.clone(), cx.focus.clone(), id.to_owned());
    Callback::from(move |_: MouseEvent| {
        *focus.borrow_mut() = Some(format!("scenario-{id}"));
        mode.set(Mode::Scenario { id: id.clone() });
    })
}

fn delete(cx: &Cx, id: &str, name: &str) -> Callback<MouseEvent> {
    let (cx, id, name) = (cx.clone(), id.to_owned(), name.to_owned());
    Callback::from(move |_: MouseEvent| match cases::remove(&Local, &id) {
        Ok(Some(removed)) => {
            DELETED.with(|b| b.borrow_mut().push(removed));
            leave_if_open(&cx.state, &[id.as_str()]);
            cx.mode.set(Mode::List);
            cx.say(Said::Deleted(name.clone()), None);
        }
        Ok(None) => (cx.refresh)(),
        Err(_) => cx.say(Said::StorageFull, None),
    })
}

/// A tab whose case is deleted goes on with a new, empty case: its deleted answers are not saved
/// back under a new name.
fn leave_if_open(state: &AppContext, ids: &[&str]) {
    if state
        .open
        .as_deref()
        .is_some_and(|open| ids.contains(&open))
    {
        state.dispatch(Action::Switch {
            id: None,
            case: Rc::new(CaseFile::new()),
            drafts: Drafts::new(),
        });
    }
}

/// The cases deleted in this session, each with a button to restore it.
fn restore_list(cx: &Cx) -> Html {
    let d = cx.d();
    // "Delete my data from this device" deletes these too.
    let erased = cx
        .state
        .notices
        .iter()
        .any(|n| matches!(n, crate::app::state::Notice::DataDeleted));
    if erased {
        DELETED.with(|b| b.borrow_mut().clear());
    }
    let bin = deleted();
    if bin.is_empty() {
        return Html::default();
    }
    let item = |i: usize, r: &Removed| {
        let cx = cx.clone();
        let name = r.entry.name.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let Some(removed) = DELETED.with(|b| b.borrow().get(i).cloned()) else {
                return;
            };
            match cases::restore(&Local, &removed) {
                Ok(()) => {
                    DELETED.with(|b| b.borrow_mut().remove(i));
                    cx.say(
                        Said::Restored(removed.entry.name.clone()),
                        Some(card_id(&removed.entry.id)),
                    );
                }
                Err(_) => cx.say(Said::StorageFull, None),
            }
        });
        html! {
            <li>
                { name.clone() }{ " " }
                <button type="button" class="button button--secondary button--small" {onclick}>
                    { d.restore }<span class="visually-hidden">{ (d.quoted)(&name) }</span>
                </button>
            </li>
        }
    };
    html! {
        <section class="cases-deleted" aria-labelledby="cases-deleted">
            <h2 id="cases-deleted">{ d.deleted_heading }</h2>
            <ul class="list">{ for bin.iter().enumerate().rev().map(|(i, r)| item(i, r)) }</ul>
        </section>
    }
}

/// Download every case as one file; add the cases of such a file.
fn file_section(cx: &Cx) -> Html {
    let d = cx.d();
    let download = {
        let cx = cx.clone();
        Callback::from(move |_: MouseEvent| {
            let file = desk::export(&cx.list, cx.state.today);
            let name = format!("transfer-check-cases-{}.json", cx.state.today);
            let _ = browser::download(&name, "application/json", &file);
        })
    };
    html! {
        <section class="cases-file" aria-labelledby="cases-file">
            <h2 id="cases-file">{ d.file_heading }</h2>
            if !cx.list.is_empty() {
                <button type="button" class="button button--secondary" onclick={download}>{ d.export_all }</button>
            }
            <ImportCases cx={CxProp(cx.clone())} />
        </section>
    }
}

/// `Cx` as a component's property. The parts of the page render whenever the page does: what they
/// show is read from the storage and the state the page holds, and there are a few dozen cases.
#[derive(Clone)]
struct CxProp(Cx);

impl PartialEq for CxProp {
    fn eq(&self, _: &Self) -> bool {
        false
    }
}

#[derive(Properties, PartialEq)]
struct ImportProps {
    cx: CxProp,
}

#[function_component]
fn ImportCases(p: &ImportProps) -> Html {
    let cx = p.cx.0.clone();
    let d = cx.d();
    let reader = use_mut_ref(|| None::<FileReader>);
    let onchange = Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        let file = gloo::file::File::from(file);
        let name = file.name();
        let size = usize::try_from(file.size()).unwrap_or(usize::MAX);
        if size > MAX_CASES_BYTES {
            cx.say(Said::TooLarge(size), None);
            return;
        }
        let cx = cx.clone();
        *reader.borrow_mut() = Some(gloo::file::callbacks::read_as_text(&file, move |text| {
            let (lang, today) = (cx.state.lang, cx.state.today);
            let read = text
                .ok()
                .and_then(|text| desk::import(&text, &name, today, lang));
            let Some((ok, skipped)) = read else {
                cx.say(Said::NotCases(name.clone()), None);
                return;
            };
            let added = desk::add_imported(&Local, &ok, today, browser::now(), &browser::fresh_id);
            let (count, full) = match added {
                Ok(n) => (n, None),
                Err((n, stopped)) => (n, Some(stopped)),
            };
            cx.say(
                Said::Imported {
                    file: name.clone(),
                    count,
                    full,
                    skipped,
                },
                None,
            );
        }));
    });
    html! {
        <div class="form-group">
            <label class="label" for="cases-file-input">{ d.import_label }</label>
            <div class="hint" id="cases-file-hint">{ d.import_hint }</div>
            <input class="file-upload" id="cases-file-input" type="file" accept=".json,application/json"
                   aria-describedby="cases-file-hint" {onchange} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct RenameProps {
    id: String,
    name: String,
    cx: CxProp,
}

/// The case's name, in a field that keeps what is typed while it is not a name.
#[function_component]
fn RenameForm(p: &RenameProps) -> Html {
    let cx = p.cx.0.clone();
    let d = cx.d();
    let typed = use_state(|| p.name.clone());
    let error = use_state(|| None::<String>);
    let path = format!("name-{}", p.id);
    let oninput = {
        let typed = typed.clone();
        Callback::from(move |v: String| typed.set(v))
    };
    let onsubmit = {
        let (cx, typed, error, id) = (cx.clone(), typed.clone(), error.clone(), p.id.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let d = cx.d();
            let name = typed.trim();
            let count = name.chars().count();
            let problem = if name.is_empty() {
                Some(d.name_empty.to_owned())
            } else if count > MAX_NAME {
                Some((d.name_too_long)(count, MAX_NAME))
            } else {
                None
            };
            if let Some(problem) = problem {
                error.set(Some(problem));
                *cx.focus.borrow_mut() = Some(name_field_id(&id));
                (cx.refresh)();
                return;
            }
            match cases::rename(&Local, &id, name) {
                Ok(()) => {
                    cx.mode.set(Mode::List);
                    cx.say(Said::Nothing, Some(card_id(&id)));
                }
                Err(_) => error.set(Some(d.storage_full.to_owned())),
            }
        })
    };
    let cancel = {
        let (cx, id) = (cx.clone(), p.id.clone());
        Callback::from(move |_: MouseEvent| {
            cx.mode.set(Mode::List);
            *cx.focus.borrow_mut() = Some(card_id(&id));
        })
    };
    html! {
        <form class="case-card__form" {onsubmit} novalidate=true>
            <TextInput path={path} label={d.name_label} hint={Some(AttrValue::from(d.name_hint))}
                       error={(*error).clone().map(AttrValue::from)} error_prefix={cx.t().form.error_prefix}
                       value={(*typed).clone()} {oninput} />
            <div class="button-group">
                <button type="submit" class="button button--small">{ d.save_name }</button>
                <button type="button" class="button button--secondary button--small" onclick={cancel}>{ d.cancel }</button>
            </div>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct ScenarioProps {
    id: String,
    cx: CxProp,
}

/// What a scenario's form holds while it is filled in.
#[derive(Clone, Debug, Default, PartialEq)]
struct ScenarioDraft {
    kind: Option<usize>,
    programme: Option<usize>,
    semester: String,
    semester_unreadable: bool,
    route: Option<usize>,
    errors: Vec<(String, Problem)>,
}

const ROUTES: [Route; 4] = [
    Route::Mainland,
    Route::Hmt,
    Route::SinoForeign,
    Route::International,
];

/// "Try another scenario": one change, named, and the copy made from the case.
#[function_component]
fn ScenarioForm(p: &ScenarioProps) -> Html {
    let cx = p.cx.0.clone();
    let (d, t, lang) = (cx.d(), cx.t(), cx.state.lang);
    let draft = use_state(ScenarioDraft::default);
    let Some(listed) = cx.list.iter().find(|l| l.entry.id == p.id).cloned() else {
        return Html::default();
    };
    let Some(read) = listed.read.clone() else {
        return Html::default();
    };
    let programmes: Vec<(String, String)> = cx
        .index
        .as_ref()
        .map(|i| {
            i.programmes
                .iter()
                .map(|e| {
                    (
                        e.id.clone(),
                        (t.programme.programme_name)(e.major.get(lang), e.cohort),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let base = format!("scenario-{}", p.id);
    let error_at = |field: &str| {
        draft
            .errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, e)| AttrValue::from(e.words(d)))
    };
    let set = |f: fn(&mut ScenarioDraft, usize)| {
        let draft = draft.clone();
        Callback::from(move |i: usize| {
            let mut next = (*draft).clone();
            f(&mut next, i);
            draft.set(next);
        })
    };
    let kinds: Vec<Item> = d
        .changes
        .iter()
        .map(|c| Item::from(&Choice::new((), *c)))
        .collect();
    let routes: Vec<Item> = ROUTES
        .iter()
        .map(|r| Item::from(&Choice::new((), (t.about.routes)(*r))))
        .collect();
    let programme_items: Vec<Item> = programmes
        .iter()
        .map(|(_, n)| Item::from(&Choice::new((), n.clone())))
        .collect();
    let on_semester = {
        let draft = draft.clone();
        Callback::from(move |v: String| {
            let mut next = (*draft).clone();
            next.semester = v;
            next.semester_unreadable = false;
            draft.set(next);
        })
    };
    let on_unreadable = {
        let draft = draft.clone();
        Callback::from(move |()| {
            let mut next = (*draft).clone();
            next.semester_unreadable = true;
            draft.set(next);
        })
    };
    let heading = (d.scenario_heading)(&listed.entry.name);
    let onsubmit = {
        let (cx, draft, base) = (cx.clone(), draft.clone(), base.clone());
        let programmes = programmes.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let in_list = cx.index.is_some();
            let (change, errors) = chosen_change(&draft, &programmes, in_list, &base, &read.case);
            let Some(change) = change else {
                let first = errors.first().map(|(f, _)| f.clone());
                draft.set(ScenarioDraft {
                    errors,
                    ..(*draft).clone()
                });
                *cx.focus.borrow_mut() = first;
                (cx.refresh)();
                return;
            };
            let programme_name = match &change {
                Change::Programme(id) => programmes
                    .iter()
                    .find(|(p, _)| p == id)
                    .map(|(_, n)| n.clone())
                    .unwrap_or_default(),
                _ => String::new(),
            };
            let words = change.describe(cx.state.lang, &programme_name);
            let (cx, listed, read) = (cx.clone(), listed.clone(), read.clone());
            spawn_local(async move {
                let catalog = match &change {
                    Change::Programme(id) => catalog::with_programme(id).await,
                    _ => None,
                };
                let Some(case) = change.apply(&read.case, catalog.as_deref()) else {
                    cx.say(Said::ProgrammeUnavailable, None);
                    return;
                };
                let entries: Vec<cases::Entry> = cx.list.iter().map(|l| l.entry.clone()).collect();
                // The change whole; a long case's name shortened to make room for it.
                let room = MAX_NAME.saturating_sub((d.scenario_name)("", &words).chars().count());
                let base = shortened(&listed.entry.name, room);
                let named = (d.scenario_name)(&base, &words);
                let name = if entries.iter().any(|e| e.name == named) {
                    cases::unused_name(&entries, &named)
                } else {
                    named
                };
                // What was typed into the changed answer gives way to the change.
                let mut drafts = read.drafts.clone();
                drafts.retain(|path, _| !change.clears(path));
                let wrapped = saved::wrap(&case, &drafts, cx.state.today);
                let id = browser::fresh_id();
                let scenario = Some(Scenario {
                    of: listed.entry.id.clone(),
                    change: change.code(),
                });
                match cases::insert(
                    &Local,
                    &id,
                    name.clone(),
                    &wrapped,
                    browser::now(),
                    scenario,
                ) {
                    Ok(()) => {
                        cx.mode.set(Mode::List);
                        cx.say(Said::Created(name.clone()), Some(card_id(&id)));
                    }
                    Err(_) => cx.say(Said::StorageFull, None),
                }
            });
        })
    };
    let cancel = {
        let (cx, id) = (cx.clone(), p.id.clone());
        Callback::from(move |_: MouseEvent| {
            cx.mode.set(Mode::List);
            *cx.focus.borrow_mut() = Some(card_id(&id));
        })
    };
    let summary: Vec<(String, &str)> = draft
        .errors
        .iter()
        .map(|(f, e)| (f.clone(), e.words(d)))
        .collect();
    html! {
        <form class="case-card__form" {onsubmit} novalidate=true aria-labelledby={base.clone()}>
            <h3 id={base.clone()} tabindex="-1">{ heading }</h3>
            <p class="hint">{ d.scenario_intro }</p>
            if !summary.is_empty() {
                <div class="error-summary" role="alert" aria-labelledby={format!("{base}-problem")}>
                    <h4 class="error-summary__title" id={format!("{base}-problem")}>{ d.there_is_a_problem }</h4>
                    <ul class="error-summary__list">
                        { for summary.iter().map(|(f, e)| html! { <li><a href={format!("#{f}")} onclick={jump(f.clone())}>{ *e }</a></li> }) }
                    </ul>
                </div>
            }
            <Radios path={format!("{base}-kind")} legend={d.change_legend} error={error_at(&format!("f-{base}-kind"))}
                    error_prefix={t.form.error_prefix} items={kinds} selected={draft.kind}
                    onchange={set(|s, i| s.kind = Some(i))} />
            if draft.kind == Some(0) {
                if cx.index.is_none() {
                    <p class="notice">{ d.programmes_unavailable }</p>
                } else if programme_items.is_empty() {
                    <p class="notice">{ d.no_programmes }</p>
                } else {
                    <Radios path={format!("{base}-programme")} legend={d.programme_label}
                            error={error_at(&format!("f-{base}-programme"))} error_prefix={t.form.error_prefix}
                            items={programme_items} selected={draft.programme}
                            onchange={set(|s, i| s.programme = Some(i))} />
                }
            }
            if draft.kind == Some(1) {
                <TextInput path={format!("{base}-semester")} label={d.semester_label}
                           hint={Some(AttrValue::from(d.semester_hint))} kind="date"
                           error={error_at(&format!("f-{base}-semester"))} error_prefix={t.form.error_prefix}
                           value={draft.semester.clone()} oninput={on_semester} onunreadable={Some(on_unreadable)}
                           width={Some("input--10")} />
            }
            if draft.kind == Some(2) {
                <Radios path={format!("{base}-route")} legend={d.route_label}
                        error={error_at(&format!("f-{base}-route"))} error_prefix={t.form.error_prefix}
                        items={routes} selected={draft.route}
                        onchange={set(|s, i| s.route = Some(i))} />
            }
            <div class="button-group">
                <button type="submit" class="button button--small">{ d.create }</button>
                <button type="button" class="button button--secondary button--small" onclick={cancel}>{ d.cancel }</button>
            </div>
        </form>
    }
}

/// What is wrong with a scenario's form, worded in the page's language when shown.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Problem {
    ChooseChange,
    ChooseProgramme,
    NoProgrammes,
    ProgrammesUnavailable,
    NotADate,
    Already,
}

impl Problem {
    fn words(self, d: &DeskText) -> &'static str {
        match self {
            Problem::ChooseChange => d.choose_change,
            Problem::ChooseProgramme => d.choose_programme,
            Problem::NoProgrammes => d.no_programmes,
            Problem::ProgrammesUnavailable => d.programmes_unavailable,
            Problem::NotADate => d.not_a_date,
            Problem::Already => d.already,
        }
    }
}

/// The change the form names, or what is wrong with it, by field id.
fn chosen_change(
    draft: &ScenarioDraft,
    programmes: &[(String, String)],
    // Whether the site's list of programmes is here.
    listed: bool,
    base: &str,
    case: &CaseFile,
) -> (Option<Change>, Vec<(String, Problem)>) {
    let field = |f: &str| format!("f-{base}-{f}");
    let wrong = |f: &str, why: Problem| (None, vec![(field(f), why)]);
    let change = match draft.kind {
        None => return wrong("kind", Problem::ChooseChange),
        Some(0) => match draft.programme.and_then(|i| programmes.get(i)) {
            Some((id, _)) => (Change::Programme(id.clone()), "programme"),
            None if !listed => return wrong("kind", Problem::ProgrammesUnavailable),
            None if programmes.is_empty() => return wrong("kind", Problem::NoProgrammes),
            None => return wrong("programme", Problem::ChooseProgramme),
        },
        Some(1) => {
            match Date::parse(draft.semester.trim()).filter(|_| !draft.semester_unreadable) {
                Some(date) => (Change::SemesterStart(date), "semester"),
                None => return wrong("semester", Problem::NotADate),
            }
        }
        Some(_) => match draft.route.and_then(|i| ROUTES.get(i)) {
            Some(route) => (Change::Route(*route), "route"),
            None => return wrong("route", Problem::ChooseChange),
        },
    };
    if change.0.already(case) {
        return wrong(change.1, Problem::Already);
    }
    (Some(change.0), Vec::new())
}

/// "Delete all cases from this device", asked first.
fn delete_all(cx: &Cx) -> Html {
    let d = cx.d();
    let asking = *cx.mode == Mode::DeleteAll;
    let ask = {
        let (mode, focus) = (cx.mode.clone(), cx.focus.clone());
        Callback::from(move |_: MouseEvent| {
            *focus.borrow_mut() = Some("delete-all-question".to_owned());
            mode.set(Mode::DeleteAll);
        })
    };
    let keep = {
        let (mode, focus) = (cx.mode.clone(), cx.focus.clone());
        Callback::from(move |_: MouseEvent| {
            *focus.borrow_mut() = Some("delete-all".to_owned());
            mode.set(Mode::List);
        })
    };
    let confirm = {
        let cx = cx.clone();
        Callback::from(move |_: MouseEvent| {
            let ids: Vec<String> = cx.list.iter().map(|l| l.entry.id.clone()).collect();
            match cases::remove_all(&Local) {
                Ok(()) => {
                    DELETED.with(|b| b.borrow_mut().clear());
                    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
                    leave_if_open(&cx.state, &ids);
                    cx.mode.set(Mode::List);
                    cx.say(Said::DeletedAll, None);
                }
                Err(_) => cx.say(Said::StorageFull, None),
            }
        })
    };
    html! {
        <div class="cases-delete">
            if asking {
                <div class="panel panel--question" role="region" aria-labelledby="delete-all-question">
                    <h2 id="delete-all-question" tabindex="-1">{ (d.delete_all_question)(cx.list.len()) }</h2>
                    <p>{ d.delete_all_warning }</p>
                    <div class="button-group">
                        <button type="button" class="button button--warning" onclick={confirm}>{ d.delete_all_confirm }</button>
                        <button type="button" class="button button--secondary" onclick={keep}>{ d.keep }</button>
                    </div>
                </div>
            } else {
                <button type="button" id="delete-all" class="button button--warning" onclick={ask}>{ d.delete_all }</button>
            }
        </div>
    }
}
