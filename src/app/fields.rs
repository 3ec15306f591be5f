//! Form fields in the GOV.UK manner: a label or legend, an optional hint, the error message above the
//! control, and ids derived from the case-file path so that the error summary can link to the field.
//! Fields only show a value and report what the user did; what it means is decided elsewhere.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::focus::{field_id, ERROR_SUMMARY_ID};
use crate::engine::case::field::FieldPath;

fn describedby(id: &str, hint: bool, error: bool) -> Option<AttrValue> {
    let parts: Vec<String> = [(hint, "hint"), (error, "error")]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, what)| format!("{id}-{what}"))
        .collect();
    (!parts.is_empty()).then(|| parts.join(" ").into())
}

fn hint_html(id: &str, hint: &Option<AttrValue>) -> Html {
    match hint {
        Some(hint) => html! { <div class="hint" id={format!("{id}-hint")}>{ hint.clone() }</div> },
        None => Html::default(),
    }
}

/// A field's error message, above its control, read out after "Error:".
pub fn error_html(id: &str, error: &Option<AttrValue>, prefix: &'static str) -> Html {
    match error {
        Some(error) => html! {
            <p class="error-message" id={format!("{id}-error")}>
                <span class="visually-hidden">{ prefix }</span>{ error.clone() }
            </p>
        },
        None => Html::default(),
    }
}

fn group_class(error: bool) -> Classes {
    classes!("form-group", error.then_some("form-group--error"))
}

#[derive(Properties, PartialEq)]
pub struct TextInputProps {
    /// The case-file path; gives the element id.
    pub path: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// "Error:" in the page's language, read out before the message.
    pub error_prefix: &'static str,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    /// `decimal` for numbers (a text input with a numeric keyboard: `type=number` loses what was typed).
    #[prop_or_default]
    pub inputmode: Option<&'static str>,
    #[prop_or("text")]
    pub kind: &'static str,
    /// For a date: called instead of `oninput` when the browser holds something it cannot read as a
    /// date (30 February, a missing year). It then hands back an empty value, which must not pass for
    /// an empty field; what was typed stays in the control.
    #[prop_or_default]
    pub onunreadable: Option<Callback<()>>,
    /// A width class: `input--4`, `input--10`, `input--20`; full width when absent.
    #[prop_or_default]
    pub width: Option<&'static str>,
}

/// A labelled single-line input.
#[function_component]
pub fn TextInput(props: &TextInputProps) -> Html {
    let id = field_id(&props.path);
    let error = props.error.is_some();
    let report = {
        let (oninput, unreadable) = (props.oninput.clone(), props.onunreadable.clone());
        move |el: HtmlInputElement| match &unreadable {
            Some(unreadable) if el.validity().bad_input() => unreadable.emit(()),
            _ => oninput.emit(el.value()),
        }
    };
    let oninput = {
        let report = report.clone();
        Callback::from(move |e: InputEvent| report(e.target_unchecked_into()))
    };
    // A browser may not signal an input while a date stays unreadable; leaving the field tells.
    let onblur = props
        .onunreadable
        .is_some()
        .then(|| Callback::from(move |e: FocusEvent| report(e.target_unchecked_into())));
    let input = html! {
        <input class={classes!("input", props.width, error.then_some("input--error"))}
               id={id.clone()} name={id.clone()} type={props.kind}
               inputmode={props.inputmode} autocomplete="off"
               spellcheck="false" value={props.value.clone()}
               aria-describedby={describedby(&id, props.hint.is_some(), error)}
               aria-invalid={error.then_some("true")} {oninput} {onblur} />
    };
    html! {
        <div class={group_class(error)}>
            <label class="label" for={id.clone()}>{ props.label.clone() }</label>
            { hint_html(&id, &props.hint) }
            { error_html(&id, &props.error, props.error_prefix) }
            { input }
        </div>
    }
}

/// One choice of a radio group or a select, tied to the value it stands for.
#[derive(Clone, PartialEq)]
pub struct Choice<T> {
    pub value: T,
    pub label: AttrValue,
    pub hint: Option<AttrValue>,
}

impl<T> Choice<T> {
    pub fn new(value: T, label: impl Into<AttrValue>) -> Self {
        Choice {
            value,
            label: label.into(),
            hint: None,
        }
    }

    pub fn hint(mut self, hint: impl Into<AttrValue>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// What a radio or an option shows. The components see only these and an index, so one compiled
/// component serves every kind of answer.
#[derive(Clone, PartialEq)]
pub struct Item {
    pub label: AttrValue,
    pub hint: Option<AttrValue>,
}

impl<T> From<&Choice<T>> for Item {
    fn from(c: &Choice<T>) -> Item {
        Item {
            label: c.label.clone(),
            hint: c.hint.clone(),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct RadiosProps {
    pub path: AttrValue,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub error_prefix: &'static str,
    pub items: Vec<Item>,
    pub selected: Option<usize>,
    pub onchange: Callback<usize>,
    /// Side by side (two short answers such as Yes / No).
    #[prop_or_default]
    pub inline: bool,
}

/// A question answered by one of a few choices: radios in a fieldset whose legend is the question.
#[function_component]
pub fn Radios(props: &RadiosProps) -> Html {
    let id = field_id(&props.path);
    let error = props.error.is_some();
    let items = props.items.iter().enumerate().map(|(i, item)| {
        // The first radio carries the field's id: the error summary links to it.
        let input_id = if i == 0 {
            id.clone()
        } else {
            format!("{id}-{i}")
        };
        let hint_id = format!("{input_id}-item-hint");
        let onchange = props.onchange.reform(move |_: Event| i);
        html! {
            <div class="radios__item">
                <input class="radios__input" id={input_id.clone()} name={id.clone()} type="radio"
                       checked={props.selected == Some(i)}
                       aria-describedby={item.hint.as_ref().map(|_| hint_id.clone())} {onchange} />
                <label class="radios__label" for={input_id}>{ item.label.clone() }</label>
                if let Some(hint) = &item.hint {
                    <div class="hint radios__hint" id={hint_id}>{ hint.clone() }</div>
                }
            </div>
        }
    });
    html! {
        <div class={group_class(error)}>
            <fieldset class="fieldset" aria-describedby={describedby(&id, props.hint.is_some(), error)}>
                <legend class="fieldset__legend">{ props.legend.clone() }</legend>
                { hint_html(&id, &props.hint) }
                { error_html(&id, &props.error, props.error_prefix) }
                <div class={classes!("radios", props.inline.then_some("radios--inline"))}>
                    { for items }
                </div>
            </fieldset>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub path: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub error_prefix: &'static str,
    /// The first option, meaning "not given".
    pub none_label: AttrValue,
    pub items: Vec<Item>,
    pub selected: Option<usize>,
    pub onchange: Callback<Option<usize>>,
}

/// A choice among many (grading systems, authentication bodies): a labelled select.
#[function_component]
pub fn Select(props: &SelectProps) -> Html {
    let id = field_id(&props.path);
    let error = props.error.is_some();
    let onchange = props.onchange.reform(|e: Event| {
        let index = e
            .target_unchecked_into::<HtmlSelectElement>()
            .selected_index();
        // Option 0 is "not given".
        usize::try_from(index - 1).ok()
    });
    html! {
        <div class={group_class(error)}>
            <label class="label" for={id.clone()}>{ props.label.clone() }</label>
            { hint_html(&id, &props.hint) }
            { error_html(&id, &props.error, props.error_prefix) }
            <select class={classes!("select", error.then_some("select--error"))} id={id.clone()} name={id.clone()}
                    aria-describedby={describedby(&id, props.hint.is_some(), error)}
                    aria-invalid={error.then_some("true")} {onchange}>
                <option selected={props.selected.is_none()}>{ props.none_label.clone() }</option>
                { for props.items.iter().enumerate().map(|(i, item)| html! {
                    <option selected={props.selected == Some(i)}>{ item.label.clone() }</option>
                }) }
            </select>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckboxProps {
    pub path: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub checked: bool,
    pub onchange: Callback<bool>,
}

/// A single tick box, for switching a part of a form on (a literacy course, a matched course).
#[function_component]
pub fn Checkbox(props: &CheckboxProps) -> Html {
    let id = field_id(&props.path);
    let onchange = props
        .onchange
        .reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().checked());
    let hint_id = format!("{id}-hint");
    html! {
        <div class="form-group checkboxes__item">
            <input class="checkboxes__input" id={id.clone()} type="checkbox" checked={props.checked}
                   aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())} {onchange} />
            <label class="checkboxes__label" for={id}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint {
                <div class="hint checkboxes__hint" id={hint_id}>{ hint.clone() }</div>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ScrollRegionProps {
    /// The accessible name: the table's caption or heading.
    pub label: AttrValue,
    pub children: Html,
}

/// A wide table's box, which scrolls sideways on a narrow screen: focusable and named, so that a
/// keyboard can scroll it too.
#[function_component]
pub fn ScrollRegion(props: &ScrollRegionProps) -> Html {
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={props.label.clone()}>
            { props.children.clone() }
        </div>
    }
}

/// One entry of an error summary: the field's path and what is wrong.
#[derive(Clone, PartialEq)]
pub struct SummaryItem {
    pub path: FieldPath,
    pub message: String,
}

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub title: &'static str,
    pub items: Vec<SummaryItem>,
    /// Shows and focuses the field of a path (it may be inside a closed part of the page).
    pub onselect: Callback<FieldPath>,
}

/// The list of a page's errors at its top; each entry moves focus to its field.
#[function_component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    if props.items.is_empty() {
        return Html::default();
    }
    html! {
        <div class="error-summary" id={ERROR_SUMMARY_ID} tabindex="-1" role="alert"
             aria-labelledby="error-summary-title">
            <h2 class="error-summary__title" id="error-summary-title">{ props.title }</h2>
            <ul class="error-summary__list">
                { for props.items.iter().map(|item| {
                    let id = field_id(&item.path.to_string());
                    let onclick = {
                        let path = item.path;
                        props.onselect.reform(move |e: MouseEvent| {
                            // The page's hash is its route: move focus instead of following the link.
                            e.prevent_default();
                            path
                        })
                    };
                    html! { <li><a href={format!("#{id}")} {onclick}>{ item.message.clone() }</a></li> }
                }) }
            </ul>
        </div>
    }
}
