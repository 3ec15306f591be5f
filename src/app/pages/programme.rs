//! Step 4: the receiving programme's figures, which convert the credits and give what is left to study.

use yew::prelude::*;

use super::step::{use_form, Step};
use crate::app::form::Form;
use crate::app::questions::Group;
use crate::app::route::Page;
use crate::app::text::text;

#[function_component]
pub fn ProgrammePage() -> Html {
    let (state, derived) = use_form();
    let t = text(state.lang);
    let f = Form {
        state: &state,
        derived: &derived,
        t,
    };
    html! {
        <Step page={Page::Programme} title={t.programme.title} intro={Some(AttrValue::from(t.programme.intro))}>
            { f.group(Group::Programme, 0) }
        </Step>
    }
}
