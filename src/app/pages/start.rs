//! The start page: what the tool is and promises, where to begin (or resume), the one-click examples,
//! opening a saved case file, and the user's control over their data.

use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use gloo::file::FileReadError;
use web_sys::HtmlInputElement;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::step::{go_to, guide_link};
use crate::app::focus::MAIN_HEADING_ID;
use crate::app::route::Page;
use crate::app::state::{
    Action, AppContext, Drafts, Limit, Notice, Pending, MAX_FILE_BYTES, PENDING_HEADING_ID,
};
use crate::app::text::text;
use crate::app::{browser, examples};
use crate::engine::case::date::Date;
use crate::engine::case::problem::Problem;
use crate::engine::case::shape::Shape;
use crate::engine::case::validate::{check, read, FieldError};
use crate::engine::case::CaseFile;
use crate::engine::transcript::MAX_ROWS;

#[function_component]
pub fn StartPage() -> Html {
    let state = use_context::<AppContext>().expect("inside the app's context");
    let t = text(state.lang);
    let s = &t.start;
    let started = *state.case != CaseFile::new();
    // What would replace or delete answers is asked first, when there are answers to lose.
    let ask_or_do = |pending: Pending| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if started {
                state.dispatch(Action::Offer(pending.clone()));
            } else {
                carry_out(&state, &pending);
            }
        })
    };
    let reset = ask_or_do(Pending::StartAgain);
    let delete = {
        let state = state.clone();
        // Something may be stored even without answers (a set-aside save, the language).
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Offer(Pending::Delete)))
    };
    let examples = s.examples.iter().enumerate().map(|(i, (name, about))| {
        let onclick = ask_or_do(Pending::Example(i));
        html! {
            <li class="example">
                <button type="button" class="link-button example__button" {onclick}
                        aria-label={(s.example_button)(name)}>{ *name }</button>
                <span class="hint example__about">{ *about }</span>
            </li>
        }
    });
    html! {
        <>
            if state.pending.is_some() {
                <Confirm />
            }
            <h1 id={MAIN_HEADING_ID} tabindex="-1">{ t.product }</h1>
            <p class="lead">{ t.purpose }</p>
            <p class="notice">{ t.privacy }</p>
            <p>{ t.self_assessment }</p>
            if started {
                <p class="hint">{ s.resume_hint }</p>
                <div class="button-group">
                    <a class="button button--start" href={Page::Answers.hash()} role="button"
                       onclick={go_to(&state, Page::Answers)}>{ s.resume }</a>
                    <button type="button" class="button button--secondary" onclick={reset}>{ s.start_again }</button>
                </div>
            } else {
                <a class="button button--start" href={Page::About.hash()} role="button"
                   onclick={go_to(&state, Page::About)}>{ s.start }</a>
            }
            <h2>{ t.covers_heading }</h2>
            <ul class="covers">
                { for t.covers.iter().map(|item| html! { <li>{ *item }</li> }) }
            </ul>
            <h2>{ t.cscse.guide_heading }</h2>
            { guide_link(&state, t) }
            <h2>{ s.examples_heading }</h2>
            <p class="hint">{ s.examples_hint }</p>
            <ul class="examples">{ for examples }</ul>
            <h2>{ s.open_heading }</h2>
            <OpenFile />
            <h2>{ s.data_heading }</h2>
            <p>{ if state.persistent { s.data_text } else { s.data_memory_only } }</p>
            <button type="button" class="button button--warning" onclick={delete}>{ s.delete }</button>
        </>
    }
}

/// Does what was asked: replaces the answers, or deletes them with everything the app stored.
fn carry_out(state: &AppContext, pending: &Pending) {
    match pending {
        Pending::Share(case) => {
            state.dispatch(Action::Load {
                case: case.clone(),
                drafts: Drafts::new(),
                notice: Some(Notice::ShareLoaded),
            });
            state.dispatch(Action::Go {
                page: Page::Result,
                focus: None,
            });
        }
        Pending::Example(i) => {
            let (state, i) = (state.clone(), *i);
            spawn_local(async move {
                match examples::fetch(i).await {
                    Some(Ok(case)) => {
                        state.dispatch(Action::Load {
                            case: Rc::new(case),
                            drafts: Drafts::new(),
                            notice: Some(Notice::ExampleLoaded { index: i }),
                        });
                        state.dispatch(Action::Go {
                            page: Page::Result,
                            focus: None,
                        });
                    }
                    _ => state.dispatch(Action::Notify(Notice::ExampleUnavailable { index: i })),
                }
            });
        }
        Pending::StartAgain => {
            state.dispatch(Action::Reset { notice: None });
            state.dispatch(Action::Go {
                page: Page::About,
                focus: None,
            });
        }
        Pending::Delete => {
            // Every key the app writes begins with its name: the cases, the earlier single save, what
            // was set aside, the language.
            for key in browser::keys("transfer-check.") {
                let _ = browser::forget(&key);
            }
            browser::session_store(crate::app::cases::OPEN_KEY, "");
            state.dispatch(Action::Reset {
                notice: Some(Notice::DataDeleted),
            });
        }
    }
}

/// Opening a case file: only a file that reads and checks replaces the answers.
#[function_component]
fn OpenFile() -> Html {
    let state = use_context::<AppContext>().expect("inside the app's context");
    let s = &text(state.lang).start;
    let reader = use_mut_ref(|| None::<FileReader>);
    let onchange = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            let file = gloo::file::File::from(file);
            let name = file.name();
            // Checked before reading: a huge file must not freeze the page.
            let size = usize::try_from(file.size()).unwrap_or(usize::MAX);
            if size > MAX_FILE_BYTES {
                let limit = Limit::Bytes {
                    size,
                    max: MAX_FILE_BYTES,
                };
                state.dispatch(Action::Notify(Notice::ImportTooLarge { file: name, limit }));
                input.set_value("");
                return;
            }
            let (state, today) = (state.clone(), state.today);
            *reader.borrow_mut() = Some(gloo::file::callbacks::read_as_text(&file, move |text| {
                open_case(&state, name, checked_case(text, today));
            }));
            input.set_value("");
        })
    };
    html! {
        <div class="form-group">
            <label class="label" for="case-file">{ s.open_label }</label>
            <div class="hint" id="case-file-hint">{ s.open_hint }</div>
            <input class="file-upload" id="case-file" type="file" accept=".json,application/json"
                   aria-describedby="case-file-hint" {onchange} />
        </div>
    }
}

/// The case a file holds. An imported file must be a case file whose every value is valid: one that
/// `assess` would refuse does not replace the answers.
fn checked_case(
    text: Result<String, FileReadError>,
    today: Date,
) -> Result<CaseFile, Vec<FieldError>> {
    let unreadable = |e: FileReadError| {
        vec![FieldError {
            path: String::new(),
            problem: Problem::Shape(Shape::Other(e.to_string())),
        }]
    };
    text.map_err(unreadable).and_then(|text| {
        let checked = read(&text).and_then(|file| check(&file, today).map(|_| file));
        checked.map_err(|e| e.errors)
    })
}

/// Replaces the answers with the case of the file named `file`, or says why it does not.
fn open_case(state: &AppContext, file: String, result: Result<CaseFile, Vec<FieldError>>) {
    match result {
        Ok(case) if case.courses.len() > MAX_ROWS => {
            let limit = Limit::Courses {
                count: case.courses.len(),
                max: MAX_ROWS,
            };
            state.dispatch(Action::Notify(Notice::ImportTooLarge { file, limit }));
        }
        Ok(case) => {
            state.dispatch(Action::Load {
                case: Rc::new(case),
                drafts: Drafts::new(),
                notice: Some(Notice::Imported { file }),
            });
            state.dispatch(Action::Go {
                page: Page::Answers,
                focus: None,
            });
        }
        Err(errors) => state.dispatch(Action::Notify(Notice::ImportRejected {
            file,
            errors: errors.into(),
        })),
    }
}

/// Asks before answers are replaced (a share link, an example, starting again) or deleted.
#[function_component]
fn Confirm() -> Html {
    let state = use_context::<AppContext>().expect("inside the app's context");
    let t = text(state.lang);
    let s = &t.start;
    let Some(pending) = state.pending.clone() else {
        return Html::default();
    };
    // Where the answers are not kept, opening something else loses them: said so.
    let kept = state.answers_kept();
    let replace = if kept {
        s.confirm_replace_text
    } else {
        s.confirm_replace_lost
    };
    let (heading, body, accept) = match &pending {
        Pending::Share(_) => (
            s.pending_heading.to_owned(),
            if kept {
                s.pending_text
            } else {
                s.confirm_replace_lost
            },
            s.pending_accept,
        ),
        Pending::Example(i) => {
            let name = s.examples.get(*i).map(|e| e.0).unwrap_or_default();
            (
                (s.confirm_example_heading)(name),
                replace,
                s.confirm_example_accept,
            )
        }
        Pending::StartAgain => (
            s.confirm_start_again_heading.to_owned(),
            replace,
            s.confirm_start_again_accept,
        ),
        Pending::Delete => (
            s.confirm_delete_heading.to_owned(),
            s.confirm_delete_text,
            s.delete,
        ),
    };
    let on_accept = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| carry_out(&state, &pending))
    };
    let decline = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Decline))
    };
    html! {
        <div class="panel panel--question" role="region" aria-labelledby={PENDING_HEADING_ID}>
            <h2 id={PENDING_HEADING_ID} tabindex="-1">{ heading }</h2>
            <p>{ body }</p>
            <div class="button-group">
                <button type="button" class="button button--warning" onclick={on_accept}>{ accept }</button>
                <button type="button" class="button button--secondary" onclick={decline}>{ s.pending_decline }</button>
            </div>
        </div>
    }
}
