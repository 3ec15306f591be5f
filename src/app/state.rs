//! The app's state and the actions that change it.
//!
//! One reducer holds everything the pages share, so a later page adds a field and an action here instead of
//! threading callbacks through the frame.

use std::rc::Rc;

use yew::{Reducible, UseReducerHandle};

use crate::lang::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppState {
    pub lang: Lang,
}

impl AppState {
    pub fn new(lang: Lang) -> Self {
        AppState { lang }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    SetLang(Lang),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            // Handing back the same Rc tells Yew nothing changed, so nothing re-renders.
            Action::SetLang(lang) if lang == self.lang => self,
            Action::SetLang(lang) => Rc::new(AppState { lang }),
        }
    }
}

/// What components receive from the context: the state and a way to dispatch actions.
pub type AppContext = UseReducerHandle<AppState>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_lang_changes_only_when_different() {
        let state = Rc::new(AppState::new(Lang::En));
        let same = Rc::clone(&state).reduce(Action::SetLang(Lang::En));
        assert!(Rc::ptr_eq(&state, &same));
        let switched = state.reduce(Action::SetLang(Lang::Zh));
        assert_eq!(switched.lang, Lang::Zh);
    }
}
