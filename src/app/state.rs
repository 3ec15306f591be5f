//! The app's state and the actions that change it.
//!
//! One reducer holds everything the pages share. The case is kept in its file form (`CaseFile`), exactly
//! what is exported, saved and shared; the engine reads it on every change. Text typed into a number field
//! is kept as typed (`drafts`), so a field in error is never cleared.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::{Reducible, UseReducerHandle};

use super::focus::Focus;
use super::questions;
use super::route::Page;
use crate::engine::case::answer::Answer;
use crate::engine::case::date::Date;
use crate::engine::case::field::{FieldPath, List};
use crate::engine::case::model::by_insertion;
use crate::engine::case::validate::FieldError;
use crate::engine::case::{CaseFile, Course, DocumentId, GradeSystem, Num, Paper, Vacation};
use crate::engine::cscse::CscseStep;
use crate::engine::planning::calendar::Span;
use crate::lang::Lang;

/// What a field holds that the case file cannot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Draft {
    /// Text typed into a number field that is not a number, or prints differently ("70.").
    Text(String),
    /// A grading system chosen before any grade was given (a case file's grade needs both).
    System(GradeSystem),
}

/// Field drafts by field.
pub type Drafts = BTreeMap<FieldPath, Draft>;

/// What an opened case file may not exceed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    Bytes { size: usize, max: usize },
    Courses { count: usize, max: usize },
}

/// The largest case file that is opened, in bytes: far above what 500 courses take.
pub const MAX_FILE_BYTES: usize = 2_000_000;

/// The id of the messages region, focused when a message needs acting on.
pub const NOTICES_ID: &str = "notices";

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
    /// Kept as data, so that it is phrased in whatever language the page is shown in.
    ImportRejected {
        file: String,
        errors: Rc<[FieldError]>,
    },
    Imported {
        file: String,
    },
    /// An opened file is over the limits a paste has too; the answers were not touched.
    ImportTooLarge {
        file: String,
        limit: Limit,
    },
    /// The answers no longer fit in the browser's storage: kept in this tab only, and the earlier
    /// save removed so that a reload never brings back an older case unannounced.
    SaveTooLarge {
        bytes: usize,
    },
    ExampleLoaded {
        index: usize,
    },
    /// An example could not be fetched (offline before the site was cached); nothing changed.
    ExampleUnavailable {
        index: usize,
    },
    /// A new version of the site is installed and waits for the user to switch to it.
    UpdateReady,
    DataDeleted,
    /// A share link could not be read.
    ShareUnreadable,
    ShareLoaded,
}

/// Something that would replace or delete the user's answers, waiting for them to confirm it.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    /// A share link's case.
    Share(Rc<CaseFile>),
    /// One of the examples, by index.
    Example(usize),
    /// Starting again with no answers.
    StartAgain,
    /// Deleting everything the app keeps on this device.
    Delete,
}

/// The id of the question that asks to confirm, focused when it appears.
pub const PENDING_HEADING_ID: &str = "pending-heading";

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub page: Page,
    pub case: Rc<CaseFile>,
    /// What fields hold beyond the case.
    pub drafts: Rc<Drafts>,
    /// The page whose error summary is shown: set when Continue finds errors, cleared on leaving it.
    pub summary_on: Option<Page>,
    /// Where focus goes after the next render.
    pub focus: Option<Focus>,
    /// The course whose editor is open on the courses page.
    pub open_course: Option<usize>,
    pub notices: Vec<Notice>,
    pub pending: Option<Pending>,
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

/// Drafts to record (`Some`) or forget (`None`) with an edit.
pub type DraftChanges = Vec<(FieldPath, Option<Draft>)>;

pub enum Action {
    SetLang(Lang),
    /// Answers the question of `path` (through the question table) and records or forgets drafts.
    SetField {
        path: FieldPath,
        answer: Option<Answer>,
        drafts: DraftChanges,
    },
    /// Sets a test's four section scores (all four or none) and their drafts.
    SetSections {
        test: usize,
        scores: Option<Vec<Num>>,
        drafts: DraftChanges,
    },
    /// Adds an empty item at the end of a list.
    AddItem(List),
    /// Removes item `index` of a list, keeping the typed text of the other items with them.
    RemoveItem(List, usize),
    /// Inserts a copy of course `index` after it.
    DuplicateCourse(usize),
    /// Ticks or unticks a document of the checklist ("I have it").
    SetDocumentReady(DocumentId, bool),
    /// A tick of the CSCSE guide's steps.
    SetCscseDone(CscseStep, bool),
    /// Replaces the plan's vacations (a typical guess the user then corrects).
    SetVacations(Vec<Span>),
    /// Adds courses read from a transcript after the courses there are when the action is applied.
    AppendCourses(Rc<[Course]>),
    /// Opens a page; with a path, shows and focuses that answer's field (a "Change" link).
    Go {
        page: Page,
        focus: Option<FieldPath>,
    },
    /// Shows and focuses the field of an answer on the current page (an error summary link).
    Reveal(FieldPath),
    OpenCourse(Option<usize>),
    /// Continue pressed with errors on the page: show its error summary and focus it.
    ShowSummary(Page),
    /// Replaces every answer (an example, an import, a confirmed share link, a restored save).
    Load {
        case: Rc<CaseFile>,
        drafts: Drafts,
        notice: Option<Notice>,
    },
    /// Asks the user to confirm before their answers are replaced or deleted.
    Offer(Pending),
    Decline,
    Reset {
        notice: Option<Notice>,
    },
    Notify(Notice),
    Dismiss(usize),
    FocusDone,
    StorageUnavailable,
    /// A save was refused: answers stay in this tab only, for the reason given.
    SaveRefused(Notice),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = Rc::unwrap_or_clone(self);
        match action {
            Action::SetLang(lang) => s.lang = lang,
            Action::SetDocumentReady(id, ready) => {
                let plan = Rc::make_mut(&mut s.case)
                    .plan
                    .get_or_insert_with(Default::default);
                set_in_order(&mut plan.documents_ready, id, ready);
            }
            Action::SetCscseDone(step, done) => {
                let plan = Rc::make_mut(&mut s.case)
                    .plan
                    .get_or_insert_with(Default::default);
                set_in_order(&mut plan.cscse_done, step, done);
            }
            Action::SetVacations(spans) => {
                *questions::vacations_mut(Rc::make_mut(&mut s.case)) = spans
                    .iter()
                    .map(|v| Vacation {
                        from: Some(v.from.to_string()),
                        to: Some(v.to.to_string()),
                    })
                    .collect();
            }
            Action::SetField {
                path,
                answer,
                drafts,
            } => {
                if let Some(q) = questions::question(path.field) {
                    q.set(Rc::make_mut(&mut s.case), path.index.unwrap_or(0), answer);
                }
                s.record(drafts);
            }
            Action::SetSections {
                test,
                scores,
                drafts,
            } => {
                if let Some(t) = questions::test_mut(Rc::make_mut(&mut s.case), test) {
                    t.sections = scores;
                }
                s.record(drafts);
            }
            Action::AddItem(list) => {
                let case = Rc::make_mut(&mut s.case);
                match list {
                    List::Courses => case.courses.push(Course::default()),
                    List::Papers => questions::papers_mut(case).push(Paper::default()),
                    List::Tests => questions::tests_mut(case)
                        .push(questions::new_test(crate::engine::case::TestKind::Ielts)),
                    List::Vacations => questions::vacations_mut(case).push(Vacation::default()),
                }
            }
            Action::RemoveItem(list, index) => {
                let case = Rc::make_mut(&mut s.case);
                let removed = match list {
                    List::Courses => remove_at(&mut case.courses, index),
                    List::Papers => remove_at(questions::papers_mut(case), index),
                    List::Tests => remove_at(questions::tests_mut(case), index),
                    List::Vacations => remove_at(questions::vacations_mut(case), index),
                };
                if removed {
                    s.drafts = Rc::new(renumber(&s.drafts, list, |i| match i.cmp(&index) {
                        std::cmp::Ordering::Less => Some(i),
                        std::cmp::Ordering::Equal => None,
                        std::cmp::Ordering::Greater => Some(i - 1),
                    }));
                    if list == List::Courses {
                        s.open_course = None;
                    }
                }
            }
            Action::DuplicateCourse(index) => {
                let case = Rc::make_mut(&mut s.case);
                if let Some(copy) = case.courses.get(index).cloned() {
                    case.courses.insert(index + 1, copy);
                    // The copy keeps the original's typed text; later rows move down with theirs.
                    let mut drafts = renumber(&s.drafts, List::Courses, |i| {
                        Some(if i > index { i + 1 } else { i })
                    });
                    let copied: Vec<(FieldPath, Draft)> = drafts
                        .iter()
                        .filter(|(p, _)| p.list_item() == Some((List::Courses, index)))
                        .map(|(p, d)| (p.with_index(index + 1), d.clone()))
                        .collect();
                    drafts.extend(copied);
                    s.drafts = Rc::new(drafts);
                    s.open_course = None;
                }
            }
            Action::AppendCourses(courses) => {
                Rc::make_mut(&mut s.case)
                    .courses
                    .extend(courses.iter().cloned());
            }
            Action::Go { page, focus } => {
                if page != s.page {
                    s.summary_on = None;
                }
                s.page = page;
                s.focus = Some(match focus {
                    Some(path) => s.reveal(path),
                    None => Focus::Heading,
                });
            }
            Action::Reveal(path) => s.focus = Some(s.reveal(path)),
            Action::OpenCourse(index) => {
                // Closing an editor returns focus to the button that opened it.
                if let (None, Some(open)) = (index, s.open_course) {
                    s.focus = Some(Focus::CourseButton(open));
                }
                s.open_course = index;
            }
            Action::ShowSummary(page) => {
                s.summary_on = Some(page);
                s.focus = Some(Focus::ErrorSummary);
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
                s.open_course = None;
                s.notices.retain(|n| {
                    matches!(n, Notice::StorageUnavailable | Notice::SaveTooLarge { .. })
                });
                s.notices.extend(notice);
            }
            Action::Offer(pending) => {
                s.pending = Some(pending);
                s.focus = Some(Focus::Element(PENDING_HEADING_ID));
            }
            Action::Decline => {
                s.pending = None;
                s.focus = Some(Focus::Heading);
            }
            Action::Reset { notice } => {
                let persistent = s.persistent;
                let notices: Vec<Notice> = s
                    .notices
                    .into_iter()
                    .filter(|n| {
                        matches!(n, Notice::StorageUnavailable | Notice::SaveTooLarge { .. })
                    })
                    .chain(notice)
                    .collect();
                s = AppState {
                    notices,
                    persistent,
                    focus: Some(Focus::Heading),
                    ..AppState::new(s.lang, s.today)
                };
            }
            Action::Notify(notice) => {
                // A refusal is read where the user acted: focus moves to the message.
                if matches!(
                    notice,
                    Notice::ImportRejected { .. }
                        | Notice::ImportTooLarge { .. }
                        | Notice::ShareUnreadable
                ) {
                    s.focus = Some(Focus::Element(NOTICES_ID));
                }
                // A newer notice of the same kind replaces the older one instead of stacking under it.
                let kind = std::mem::discriminant(&notice);
                s.notices.retain(|n| std::mem::discriminant(n) != kind);
                s.notices.push(notice);
            }
            Action::Dismiss(index) => {
                if index < s.notices.len() {
                    s.notices.remove(index);
                }
            }
            Action::FocusDone => s.focus = None,
            Action::SaveRefused(cause) => {
                s.persistent = false;
                if !s.notices.contains(&cause) {
                    s.notices.push(cause);
                }
            }
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
    /// Opens what hides the field of `path` (a course's editor) and says where focus goes.
    fn reveal(&mut self, path: FieldPath) -> Focus {
        if let Some((List::Courses, index)) = path.list_item() {
            self.open_course = Some(index);
        }
        Focus::Field(path)
    }

    fn record(&mut self, changes: DraftChanges) {
        if changes.is_empty() {
            return;
        }
        let all = Rc::make_mut(&mut self.drafts);
        for (path, draft) in changes {
            match draft {
                Some(draft) => all.insert(path, draft),
                None => all.remove(&path),
            };
        }
    }
}

fn remove_at<T>(items: &mut Vec<T>, index: usize) -> bool {
    let present = index < items.len();
    if present {
        items.remove(index);
    }
    present
}

/// The drafts with the items of `list` renumbered by `map` (`None` drops the item's drafts).
fn renumber(drafts: &Drafts, list: List, map: impl Fn(usize) -> Option<usize>) -> Drafts {
    let renumbered = drafts
        .iter()
        .filter_map(|(path, draft)| match path.list_item() {
            Some((l, index)) if l == list => {
                map(index).map(|i| (path.with_index(i), draft.clone()))
            }
            _ => Some((*path, draft.clone())),
        });
    by_insertion(renumbered)
}

/// Adds `item` to (or removes it from) a list without repeats, in order where the list was in order,
/// as the app writes `plan.documents_ready` and `plan.cscse_done` (an imported file's may not be).
fn set_in_order<T: Ord>(items: &mut Vec<T>, item: T, present: bool) {
    items.retain(|i| *i != item);
    if present {
        let at = items.partition_point(|i| *i < item);
        items.insert(at, item);
    }
}

/// What components receive from the context: the state and a way to dispatch actions.
pub type AppContext = UseReducerHandle<AppState>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::field::Field;

    fn text(t: &str) -> Draft {
        Draft::Text(t.to_owned())
    }

    #[test]
    fn ticked_documents_stay_in_order_without_repeats() {
        use DocumentId::*;
        let mut s = Rc::new(AppState::new(Lang::En, Date::new(2026, 9, 1).unwrap()));
        for (id, ready) in [
            (OfficialTranscript, true),
            (ApplicationForm, true),
            (OfficialTranscript, true),
            (StudentStatusCertificate, true),
            (ApplicationForm, false),
            (ApplicationForm, false),
        ] {
            s = s.reduce(Action::SetDocumentReady(id, ready));
        }
        let ready = &s.case.plan.as_ref().unwrap().documents_ready;
        assert_eq!(ready, &[StudentStatusCertificate, OfficialTranscript]);
        // A file's list out of order keeps its order, and takes the ticked item once (where a binary
        // search over an unordered list lands).
        let mut s = Rc::unwrap_or_clone(s);
        Rc::make_mut(&mut s.case)
            .plan
            .as_mut()
            .unwrap()
            .documents_ready = vec![OfficialTranscript, ApplicationForm];
        let s = Rc::new(s).reduce(Action::SetDocumentReady(StudentStatusCertificate, true));
        let ready = &s.case.plan.as_ref().unwrap().documents_ready;
        let others: Vec<_> = ready
            .iter()
            .filter(|&&d| d != StudentStatusCertificate)
            .collect();
        assert_eq!(others, [&OfficialTranscript, &ApplicationForm]);
        assert_eq!(ready.len(), 3);
    }

    fn course(i: usize, field: Field) -> FieldPath {
        FieldPath::course(i, field)
    }

    fn state_with(courses: usize, drafts: Drafts) -> Rc<AppState> {
        let mut s = AppState::new(Lang::En, Date::new(2026, 9, 1).unwrap());
        let case = Rc::make_mut(&mut s.case);
        for i in 0..courses {
            case.courses.push(Course {
                title: Some(format!("c{i}")),
                ..Course::default()
            });
        }
        s.drafts = Rc::new(drafts);
        Rc::new(s)
    }

    #[test]
    fn removing_an_item_keeps_the_typed_text_with_its_row() {
        let before: Drafts = [
            (course(0, Field::CourseCredits), text("a")),
            (course(1, Field::CourseCredits), text("b")),
            (course(12, Field::CourseHours), text("c")),
            (Field::SemestersCompleted.into(), text("d")),
        ]
        .into();
        let after = state_with(13, before).reduce(Action::RemoveItem(List::Courses, 1));
        let expected: Drafts = [
            (course(0, Field::CourseCredits), text("a")),
            (course(11, Field::CourseHours), text("c")),
            (Field::SemestersCompleted.into(), text("d")),
        ]
        .into();
        assert_eq!(*after.drafts, expected);
        assert_eq!(after.case.courses.len(), 12);
        assert_eq!(after.case.courses[1].title.as_deref(), Some("c2"));
    }

    #[test]
    fn list_items_are_recognised_only_for_their_list() {
        assert_eq!(
            course(3, Field::CourseGradeValue).list_item(),
            Some((List::Courses, 3))
        );
        assert_eq!(
            FieldPath::item(Field::PaperImpactFactor, 0).list_item(),
            Some((List::Papers, 0))
        );
        assert_eq!(FieldPath::from(Field::Courses).list_item(), None);
        let drafts: Drafts = [(FieldPath::item(Field::PaperImpactFactor, 0), text("x"))].into();
        let after = state_with(2, drafts.clone()).reduce(Action::RemoveItem(List::Courses, 0));
        assert_eq!(
            *after.drafts, drafts,
            "a paper's drafts do not move with courses"
        );
    }

    #[test]
    fn edits_record_and_clear_drafts() {
        let state = state_with(0, Drafts::new());
        let at: FieldPath = Field::SemestersCompleted.into();
        let typed = state.reduce(Action::SetField {
            path: at,
            answer: None,
            drafts: vec![(at, Some(text("two")))],
        });
        assert_eq!(typed.drafts.get(&at), Some(&text("two")));
        let cleared = typed.reduce(Action::SetField {
            path: at,
            answer: Some(Answer::Number(Num(2.0))),
            drafts: vec![(at, None)],
        });
        assert!(cleared.drafts.is_empty());
        assert_eq!(cleared.case.applicant.semesters_completed, Some(Num(2.0)));
    }

    #[test]
    fn a_duplicate_keeps_the_typed_text_of_its_original() {
        let drafts: Drafts = [
            (course(0, Field::CourseCredits), text("4,5")),
            (course(1, Field::CourseHours), text("x")),
        ]
        .into();
        let after = state_with(2, drafts).reduce(Action::DuplicateCourse(0));
        assert_eq!(after.case.courses.len(), 3);
        assert_eq!(after.case.courses[1].title.as_deref(), Some("c0"));
        let expected: Drafts = [
            (course(0, Field::CourseCredits), text("4,5")),
            (course(1, Field::CourseCredits), text("4,5")),
            (course(2, Field::CourseHours), text("x")),
        ]
        .into();
        assert_eq!(*after.drafts, expected);
    }

    #[test]
    fn imported_courses_go_after_the_courses_there_are_when_they_arrive() {
        // A transcript is read while the user goes on editing: the courses added in the meantime
        // stay before the imported ones, whatever the list held when the reading started.
        let state = state_with(1, Drafts::new());
        let imported: Rc<[Course]> = vec![Course {
            title: Some("imported".into()),
            ..Course::default()
        }]
        .into();
        let edited = state.reduce(Action::AddItem(List::Courses));
        let after = edited.reduce(Action::AppendCourses(imported));
        let titles: Vec<Option<&str>> = after
            .case
            .courses
            .iter()
            .map(|c| c.title.as_deref())
            .collect();
        assert_eq!(titles, [Some("c0"), None, Some("imported")]);
    }

    #[test]
    fn a_second_notice_of_a_kind_replaces_the_first() {
        let state = state_with(0, Drafts::new());
        let rejected = |file: &str| Notice::ImportRejected {
            file: file.into(),
            errors: Rc::new([]),
        };
        let after = state
            .reduce(Action::Notify(rejected("a.json")))
            .reduce(Action::Notify(Notice::DataDeleted))
            .reduce(Action::Notify(rejected("b.json")));
        assert_eq!(after.notices, [Notice::DataDeleted, rejected("b.json")]);
    }

    #[test]
    fn a_refused_file_takes_focus_and_a_refused_save_is_remembered() {
        let state = state_with(0, Drafts::new());
        let refused = state.reduce(Action::Notify(Notice::ImportTooLarge {
            file: "many.json".into(),
            limit: Limit::Courses {
                count: 12000,
                max: 500,
            },
        }));
        assert_eq!(refused.focus, Some(Focus::Element(NOTICES_ID)));
        let full = refused.reduce(Action::SaveRefused(Notice::SaveTooLarge {
            bytes: 5_000_000,
        }));
        assert!(!full.persistent);
        let loaded = full.reduce(Action::Load {
            case: Rc::new(CaseFile::new()),
            drafts: Drafts::new(),
            notice: None,
        });
        assert_eq!(
            loaded.notices,
            [Notice::SaveTooLarge { bytes: 5_000_000 }],
            "the answers still live in this tab only"
        );
    }
}
