//! The start page: what the tool is, what it promises, and what it covers.

use yew::prelude::*;

use super::state::AppContext;
use super::text::text;

#[function_component]
pub fn Home() -> Html {
    let state = use_context::<AppContext>().expect("Home is rendered inside the app's context");
    let t = text(state.lang);

    html! {
        <>
            <h1>{ t.product }</h1>
            <p class="lead">{ t.purpose }</p>
            <p class="notice">{ t.privacy }</p>
            <p>{ t.self_assessment }</p>
            <h2>{ t.covers_heading }</h2>
            <ul class="covers">
                { for t.covers.iter().map(|item| html! { <li>{ *item }</li> }) }
            </ul>
        </>
    }
}
