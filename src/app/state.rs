//! The app's state and the actions that change it.
//!
//! One reducer holds everything the pages share. The case is kept in its file form (`CaseFile`), exactly
//! what is exported, saved and shared; the engine reads it on every change. Text typed into a number field
//! is kept as typed (`drafts`), so a field in error is never cleared.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::{Reducible, UseReducerHandle};

use super::pages::Page;
use crate::engine::case::{CaseFile, GradeSystem};
use crate::engine::date::Date;
use crate::lang::Lang;

/// What a field holds that the case file cannot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Draft {
    /// Text typed into a number field that is not a number, or prints differently ("70.").
    Text(String),
    /// A grading system chosen before any grade was given (a case file's grade needs both).
    System(GradeSystem),
}

/// Field drafts by case-file path.
pub type Drafts = BTreeMap<String, Draft>;

/// Something the app tells the user once, until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The browser keeps nothing: answers live in this tab only.
    StorageUnavailable,
    /// A saved state from an earlier version was brought up to date.
    SaveMigrated {
        from: u32,
    },
    /// A saved state could not be read; it was kept under another key, not deleted.
    SaveSetAside {
        raw: Rc<str>,
    },
    /// An imported file was rejected; the answers were not touched.
    ImportRejected {
        file: String,
        errors: Rc<[String]>,
    },
    Imported {
        file: String,
    },
    ExampleLoaded {
        index: usize,
    },
    DataDeleted,
    /// A share link could not be read.
    ShareUnreadable,
    ShareLoaded,
}

/// A shared case the user is asked to confirm before it replaces their answers.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingCase {
    pub case: Rc<CaseFile>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub page: Page,
    pub case: Rc<CaseFile>,
    /// What fields hold beyond the case, by case-file path.
    pub drafts: Rc<Drafts>,
    /// The page whose error summary is shown: set when Continue finds errors, cleared on leaving it.
    pub summary_on: Option<Page>,
    /// The element to focus after the next render (a "Change" link's field, the error summary).
    pub focus: Option<String>,
    /// The course whose editor is open on the courses page.
    pub open_course: Option<usize>,
    pub notices: Vec<Notice>,
    pub pending: Option<PendingCase>,
    /// Whether answers are saved in the browser (false: this tab only).
    pub persistent: bool,
    /// The day the app was opened: the assessment date when the case gives none.
    pub today: Date,
}

impl AppState {
    pub fn new(lang: Lang, today: Date) -> Self {
        AppState {
            lang,
            page: Page::Start,
            case: Rc::new(CaseFile::new()),
            drafts: Rc::default(),
            summary_on: None,
            focus: None,
            open_course: None,
            notices: Vec::new(),
            pending: None,
            persistent: true,
            today,
        }
    }
}

/// An edit of the case; the callbacks of form fields build these.
pub type Edit = Rc<dyn Fn(&mut CaseFile)>;

pub enum Action {
    SetLang(Lang),
    /// Changes the case and records (`Some`) or forgets (`None`) field drafts.
    Edit {
        edit: Edit,
        drafts: Vec<(String, Option<Draft>)>,
    },
    /// Removes item `index` of the list whose items' paths start with `list` (`courses`,
    /// `applicant.postgraduate.papers`), keeping the typed text of the other items with them.
    RemoveItem {
        list: &'static str,
        index: usize,
        edit: Edit,
    },
    /// Inserts an item at `index` of a list, moving the typed text of later items along.
    InsertItem {
        list: &'static str,
        index: usize,
        edit: Edit,
    },
    /// Opens a page; with a path, shows and focuses that answer's field (a "Change" link).
    Go {
        page: Page,
        focus: Option<String>,
    },
    /// Shows and focuses the field of an answer on the current page (an error summary link).
    Reveal(String),
    OpenCourse(Option<usize>),
    /// Continue pressed with errors on the page: show its error summary and focus it.
    ShowSummary(Page),
    /// Replaces every answer (an example, an import, a confirmed share link, a restored save).
    Load {
        case: Rc<CaseFile>,
        drafts: Drafts,
        notice: Option<Notice>,
    },
    Offer(PendingCase),
    Decline,
    Reset {
        notice: Option<Notice>,
    },
    Notify(Notice),
    Dismiss(usize),
    FocusDone,
    StorageUnavailable,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = Rc::unwrap_or_clone(self);
        match action {
            Action::SetLang(lang) => s.lang = lang,
            Action::Edit { edit, drafts } => {
                edit(Rc::make_mut(&mut s.case));
                for (path, draft) in drafts {
                    let all = Rc::make_mut(&mut s.drafts);
                    match draft {
                        Some(draft) => all.insert(path, draft),
                        None => all.remove(&path),
                    };
                }
            }
            Action::RemoveItem { list, index, edit } => {
                edit(Rc::make_mut(&mut s.case));
                s.drafts = Rc::new(renumber(&s.drafts, list, |i| match i.cmp(&index) {
                    std::cmp::Ordering::Less => Some(i),
                    std::cmp::Ordering::Equal => None,
                    std::cmp::Ordering::Greater => Some(i - 1),
                }));
            }
            Action::InsertItem { list, index, edit } => {
                edit(Rc::make_mut(&mut s.case));
                s.drafts = Rc::new(renumber(&s.drafts, list, |i| {
                    Some(if i >= index { i + 1 } else { i })
                }));
            }
            Action::Go { page, focus } => {
                if page != s.page {
                    s.summary_on = None;
                }
                s.page = page;
                s.focus = Some(match focus {
                    Some(path) => s.reveal(&path),
                    None => super::pages::MAIN_HEADING_ID.to_owned(),
                });
            }
            Action::Reveal(path) => s.focus = Some(s.reveal(&path)),
            Action::OpenCourse(index) => s.open_course = index,
            Action::ShowSummary(page) => {
                s.summary_on = Some(page);
                s.focus = Some(super::fields::ERROR_SUMMARY_ID.to_owned());
            }
            Action::Load {
                case,
                drafts,
                notice,
            } => {
                s.case = case;
                s.drafts = Rc::new(drafts);
                s.pending = None;
                s.summary_on = None;
                s.notices
                    .retain(|n| matches!(n, Notice::StorageUnavailable));
                s.notices.extend(notice);
            }
            Action::Offer(pending) => s.pending = Some(pending),
            Action::Decline => s.pending = None,
            Action::Reset { notice } => {
                let persistent = s.persistent;
                let notices: Vec<Notice> = s
                    .notices
                    .into_iter()
                    .filter(|n| matches!(n, Notice::StorageUnavailable))
                    .chain(notice)
                    .collect();
                s = AppState {
                    notices,
                    persistent,
                    focus: Some(super::pages::MAIN_HEADING_ID.to_owned()),
                    ..AppState::new(s.lang, s.today)
                };
            }
            Action::Notify(notice) => {
                if !s.notices.contains(&notice) {
                    s.notices.push(notice);
                }
            }
            Action::Dismiss(index) => {
                if index < s.notices.len() {
                    s.notices.remove(index);
                }
            }
            Action::FocusDone => s.focus = None,
            Action::StorageUnavailable => {
                s.persistent = false;
                if !s.notices.contains(&Notice::StorageUnavailable) {
                    s.notices.push(Notice::StorageUnavailable);
                }
            }
        }
        Rc::new(s)
    }
}

impl AppState {
    /// Opens what hides the field of `path` (a course's editor) and returns the field's element id.
    fn reveal(&mut self, path: &str) -> String {
        if let Some((index, _)) = list_item(path, "courses") {
            self.open_course = Some(index);
        }
        super::fields::field_id(path)
    }
}

/// The drafts with the items of `list` renumbered by `map` (`None` drops the item's drafts).
fn renumber(drafts: &Drafts, list: &str, map: impl Fn(usize) -> Option<usize>) -> Drafts {
    drafts
        .iter()
        .filter_map(|(path, text)| {
            let Some((index, rest)) = list_item(path, list) else {
                return Some((path.clone(), text.clone()));
            };
            map(index).map(|i| (format!("{list}[{i}]{rest}"), text.clone()))
        })
        .collect()
}

/// For `courses[3].grade.value` and the list `courses`: `(3, ".grade.value")`.
fn list_item<'a>(path: &'a str, list: &str) -> Option<(usize, &'a str)> {
    let rest = path.strip_prefix(list)?.strip_prefix('[')?;
    let (index, rest) = rest.split_once(']')?;
    Some((index.parse().ok()?, rest))
}

/// What components receive from the context: the state and a way to dispatch actions.
pub type AppContext = UseReducerHandle<AppState>;

#[cfg(test)]
mod tests {
    use super::*;

    fn drafts(pairs: &[(&str, &str)]) -> Drafts {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), Draft::Text((*v).to_owned())))
            .collect()
    }

    #[test]
    fn removing_an_item_keeps_the_typed_text_with_its_row() {
        let before = drafts(&[
            ("courses[0].credits", "a"),
            ("courses[1].credits", "b"),
            ("courses[12].hours", "c"),
            ("applicant.semesters_completed", "d"),
        ]);
        let after = renumber(&before, "courses", |i| match i {
            1 => None,
            i if i > 1 => Some(i - 1),
            i => Some(i),
        });
        assert_eq!(
            after,
            drafts(&[
                ("courses[0].credits", "a"),
                ("courses[11].hours", "c"),
                ("applicant.semesters_completed", "d"),
            ])
        );
    }

    #[test]
    fn list_items_are_recognised_only_for_their_list() {
        assert_eq!(
            list_item("courses[3].grade.value", "courses"),
            Some((3, ".grade.value"))
        );
        assert_eq!(list_item("coursesx[3]", "courses"), None);
        assert_eq!(
            list_item(
                "applicant.postgraduate.papers[0].impact_factor",
                "applicant.postgraduate.papers"
            ),
            Some((0, ".impact_factor"))
        );
    }

    #[test]
    fn edits_record_and_clear_drafts() {
        let state = Rc::new(AppState::new(Lang::En, Date::new(2026, 9, 1).unwrap()));
        let edit: Edit = Rc::new(|c: &mut CaseFile| c.applicant.semesters_completed = None);
        let typed = state.reduce(Action::Edit {
            edit: edit.clone(),
            drafts: vec![(
                "applicant.semesters_completed".into(),
                Some(Draft::Text("two".into())),
            )],
        });
        assert_eq!(
            typed.drafts.get("applicant.semesters_completed"),
            Some(&Draft::Text("two".into()))
        );
        let cleared = typed.reduce(Action::Edit {
            edit,
            drafts: vec![("applicant.semesters_completed".into(), None)],
        });
        assert!(cleared.drafts.is_empty());
    }
}
