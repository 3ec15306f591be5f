//! A case that chose a programme of the catalogue (opened, restored, shared) is assessed in it once
//! the programme's file has been read; until then, and on a site without it, its own figures are used.
//! Drawn with every page but the start page, so that reading the catalogue is code of the pages'
//! module, not of the first load.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::app::catalog::with_programme;
use crate::app::state::{Action, AppContext};
use crate::engine::catalog::choice::chosen_id;

#[function_component]
pub fn ChosenProgramme() -> Html {
    let state = use_context::<AppContext>().expect("inside the app's context");
    use_chosen_programme(&state);
    Html::default()
}

#[hook]
fn use_chosen_programme(state: &AppContext) {
    let wanted = chosen_id(&state.case).map(str::to_owned);
    let read = wanted.as_deref().is_some_and(|id| {
        state
            .catalog
            .as_ref()
            .is_some_and(|c| c.programme(id).is_some())
    });
    let state = state.clone();
    use_effect_with((wanted, read), move |(wanted, read)| {
        if let (Some(id), false) = (wanted.clone(), *read) {
            spawn_local(async move {
                if let Some(catalog) = with_programme(&id).await {
                    state.dispatch(Action::CatalogRead(catalog));
                }
            });
        }
    });
}
