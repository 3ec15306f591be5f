//! Step 4: the receiving programme's figures, which convert the credits and give what is left to study.

use yew::prelude::*;

use super::{use_form, Page, Step};
use crate::app::form::Form;
use crate::app::text::text;
use crate::engine::case::CaseFile;

#[function_component]
pub fn Programme() -> Html {
    let (state, derived) = use_form();
    let t = text(state.lang);
    let p = &t.programme;
    let f = Form {
        state: &state,
        derived: &derived,
        t,
    };
    let hours = |c: &CaseFile| c.program.credit_hours.clone().unwrap_or_default();
    html! {
        <Step page={Page::Programme} title={p.title} intro={Some(AttrValue::from(p.intro))}>
            { f.number("program.total_graduation_credits", p.total, Some(p.total_hint), "input--5",
                |c| c.program.total_graduation_credits, |c, v| c.program.total_graduation_credits = v) }
            <div class="inline-fields">
                { f.number("program.credit_hours.theory", p.theory_hours, Some(p.hours_hint), "input--4",
                    move |c| hours(c).theory,
                    |c, v| c.program.credit_hours.get_or_insert_with(Default::default).theory = v) }
                { f.number("program.credit_hours.practice", p.practice_hours, None, "input--4",
                    move |c| hours(c).practice,
                    |c, v| c.program.credit_hours.get_or_insert_with(Default::default).practice = v) }
            </div>
            { f.number("program.literacy_credits_required", p.literacy, Some(p.literacy_hint), "input--4",
                |c| c.program.literacy_credits_required, |c, v| c.program.literacy_credits_required = v) }
        </Step>
    }
}
