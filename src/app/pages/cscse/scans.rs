//! "Check your scans, on this device": one slot per scan of step 8, each with a file input and a drop
//! area around it. A picked file is read here and only in part (its first `HEAD_BYTES`); the engine's
//! `scan::check` says what it is. Nothing is kept: the results live in this page's state only.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::app::pages::step::use_form;
use crate::app::text::text;
use crate::engine::cscse::scan::{self, ScanCheck, Severity, HEAD_BYTES};
use crate::engine::cscse::{Scan, Studies, PROCEDURE};
use crate::engine::explain;

#[derive(Properties, PartialEq)]
pub struct ScansProps {
    /// Where the applicant's studies stand: the diploma's slot is for what is certified in its place.
    pub studies: Studies,
}

#[function_component]
pub fn Scans(props: &ScansProps) -> Html {
    let studies = props.studies;
    let (state, _) = use_form();
    let c = &text(state.lang).cscse;
    // A file dropped beside a drop area would make the browser leave the app to show the file.
    use_effect_with((), |_| {
        let options = EventListenerOptions::enable_prevent_default();
        let guards = web_sys::window().and_then(|w| w.document()).map(|d| {
            ["dragover", "drop"].map(|kind| {
                EventListener::new_with_options(&d, kind, options, |e| e.prevent_default())
            })
        });
        move || drop(guards)
    });
    html! {
        <section aria-labelledby="cscse-scans" class="scans">
            <h2 id="cscse-scans">{ c.scans_heading }</h2>
            <p class="notice notice--success scans__private">{ c.scans_private }</p>
            <p class="hint">{ c.scans_types }</p>
            { for Scan::ALL.iter().enumerate().map(|(i, &scan)| html! { <Slot {scan} {studies} index={i} /> }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SlotProps {
    scan: Scan,
    studies: Studies,
    index: usize,
}

#[derive(Clone, PartialEq)]
enum Status {
    Empty,
    Checking(String),
    Checked(ScanCheck),
    Unreadable(String),
}

#[function_component]
fn Slot(props: &SlotProps) -> Html {
    let (state, _) = use_form();
    let lang = state.lang;
    let c = &text(lang).cscse;
    let scan = props.scan;
    let (status, read) = use_scan_check(scan);
    let several = use_state(|| false);
    let onchange = {
        let (read, several) = (read.clone(), several.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                several.set(false);
                read.emit(file);
            }
        })
    };
    let ondrop = {
        let several = several.clone();
        Callback::from(move |files: web_sys::FileList| {
            several.set(files.length() > 1);
            if let Some(file) = files.get(0) {
                read.emit(file);
            }
        })
    };
    let id = format!("scan-{}", props.index + 1);
    let name = (c.scan_names)(scan, props.studies);
    html! {
        <div class="scan" role="group" aria-labelledby={format!("{id}-name")}>
            <h3 class="scan__name" id={format!("{id}-name")}>{ name }</h3>
            <p class="hint" id={format!("{id}-hint")}>
                { (c.scan_hints)(scan, props.studies) }{ c.gap }{ (c.scan_limit)(PROCEDURE.limit_mb(scan)) }
            </p>
            <DropZone id={id.clone()} {name} {onchange} {ondrop} />
            <div class="scan__result" role="status" id={format!("{id}-result")}>
                if *several {
                    <p class="scan__note">{ c.one_file }</p>
                }
                { result(&status, lang) }
            </div>
        </div>
    }
}

/// What the engine made of the last file picked for `scan`, and the callback that reads one.
#[hook]
fn use_scan_check(scan: Scan) -> (UseStateHandle<Status>, Callback<web_sys::File>) {
    let status = use_state(|| Status::Empty);
    // A file picked while another is being read wins: each read carries its turn.
    let turn = use_mut_ref(|| 0u32);
    let read = {
        let status = status.clone();
        Callback::from(move |file: web_sys::File| {
            let name = file.name();
            *turn.borrow_mut() += 1;
            let mine = *turn.borrow();
            status.set(Status::Checking(name.clone()));
            let (status, turn) = (status.clone(), turn.clone());
            spawn_local(async move {
                let result = head(&file).await;
                if *turn.borrow() != mine {
                    return;
                }
                status.set(match result {
                    Some(bytes) => {
                        Status::Checked(scan::check(scan, &name, file.size() as u64, &bytes))
                    }
                    None => Status::Unreadable(name),
                });
            });
        })
    };
    (status, read)
}

#[derive(Properties, PartialEq)]
struct DropZoneProps {
    /// The file input's id; its hint is `{id}-hint`.
    id: AttrValue,
    /// What the file is for, said after the label's words to screen readers.
    name: &'static str,
    onchange: Callback<Event>,
    /// The files dropped on the area.
    ondrop: Callback<web_sys::FileList>,
}

/// A file input with an area around it that takes a dropped file too.
#[function_component]
fn DropZone(props: &DropZoneProps) -> Html {
    let (state, _) = use_form();
    let c = &text(state.lang).cscse;
    let over = use_state(|| false);
    let ondragover = {
        let over = over.clone();
        Callback::from(move |e: DragEvent| {
            // Without this the browser opens a dropped file in place of the app.
            e.prevent_default();
            over.set(true);
        })
    };
    let ondragleave = {
        let over = over.clone();
        Callback::from(move |_: DragEvent| over.set(false))
    };
    let ondrop = {
        let (over, ondrop) = (over.clone(), props.ondrop.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(false);
            if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                ondrop.emit(files);
            }
        })
    };
    let id = &props.id;
    html! {
        <div class={classes!("drop-zone", over.then_some("drop-zone--over"))}
            {ondragover} {ondragleave} {ondrop}>
            <label class="drop-zone__label" for={id.clone()}>
                { c.choose_file }<span class="visually-hidden">{ ": " }{ props.name }</span>
            </label>
            <input class="drop-zone__input" type="file" id={id.clone()} onchange={props.onchange.clone()}
                aria-describedby={format!("{id}-hint")} />
            <span class="drop-zone__or" aria-hidden="true">{ c.drop_here }</span>
        </div>
    }
}

fn result(status: &Status, lang: crate::lang::Lang) -> Html {
    let c = &text(lang).cscse;
    match status {
        Status::Empty => Html::default(),
        Status::Checking(name) => html! { <p>{ (c.checking)(name) }</p> },
        Status::Unreadable(name) => html! {
            <p class="scan__verdict scan__verdict--problem">{ (c.unreadable)(name) }</p>
        },
        Status::Checked(check) => {
            let (verdict, class) = match check.severity() {
                Severity::Fine => (c.verdict_fine, "scan__verdict--fine"),
                Severity::Warning => (c.verdict_warning, "scan__verdict--warning"),
                Severity::Problem => (c.verdict_problem, "scan__verdict--problem"),
            };
            let findings = check.findings.iter().map(|f| {
                let class = match f.severity() {
                    Severity::Fine => "scan__finding--fine",
                    Severity::Warning => "scan__finding--warning",
                    Severity::Problem => "scan__finding--problem",
                };
                html! { <li class={classes!("scan__finding", class)}>{ explain::scan_finding(f, lang) }</li> }
            });
            html! {
                <>
                    <p class={classes!("scan__verdict", class)}><strong>{ verdict(&check.name) }</strong></p>
                    <ul class="scan__findings">{ for findings }</ul>
                </>
            }
        }
    }
}

/// The first bytes of a file, read without reading the rest; `None` when the browser cannot read it
/// (a cloud file not on the device, a permission revoked after picking).
async fn head(file: &web_sys::File) -> Option<Vec<u8>> {
    let end = file.size().min(HEAD_BYTES as f64);
    let blob = file.slice_with_f64_and_f64(0.0, end).ok()?;
    let buffer = JsFuture::from(blob.array_buffer()).await.ok()?;
    let buffer: js_sys::ArrayBuffer = buffer.dyn_into().ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
