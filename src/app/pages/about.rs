//! Step 1: the route and level that decide which rules apply, and the status conditions of A4 and A5.

use yew::prelude::*;

use super::step::{use_form, Step};
use crate::app::form::Form;
use crate::app::questions::Group;
use crate::app::route::Page;
use crate::app::text::text;

#[function_component]
pub fn AboutPage() -> Html {
    let (state, derived) = use_form();
    let t = text(state.lang);
    let f = Form {
        state: &state,
        derived: &derived,
        t,
    };
    html! {
        <Step page={Page::About} title={t.about.title} intro={Some(AttrValue::from(t.about.intro))}>
            { f.group(Group::Status, 0) }
        </Step>
    }
}
