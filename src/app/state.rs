//! The app's state and the actions that change it.
//!
//! One reducer holds everything the pages share. The case is kept in its file form (`CaseFile`), exactly
//! what is exported, saved and shared; the engine reads it on every change. Text typed into a number field
//! is kept as typed (`drafts`), so a field in error is never cleared.
//!
//! `reduce` hands each action to the part of the state it changes, a file each under `state/`: the
//! answers, the lists, the plan's ticks, navigation, replacing every answer, and the notices.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::{Reducible, UseReducerHandle};

use super::focus::Focus;
use super::route::Page;
use crate::engine::case::answer::Answer;
use crate::engine::case::date::Date;
use crate::engine::case::field::{FieldPath, List};
use crate::engine::case::validate::FieldError;
use crate::engine::case::{CaseFile, Course, DocumentId, GradeSystem, Num};
use crate::engine::catalog::Catalog;
use crate::engine::cscse::CscseStep;
use crate::engine::planning::calendar::Span;
use crate::lang::Lang;

mod answers;
mod lists;
mod navigation;
mod notices;
mod plan;
mod replace;
pub mod ticked;

/// What a field holds that the case file cannot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Draft {
    /// Text typed into a number field that is not a number, or prints differently ("70.").
    Text(String),
    /// A grading system chosen before any grade was given (a case file's grade needs both).
    System(GradeSystem),
    /// A date control holding what the browser cannot read as a date; the control keeps the text.
    NotADate,
    /// The knowledge points a course was said to have taught of each receiving course it was
    /// matched with before, so that ticks are not lost by trying another match (kept at the course's
    /// `match.covered`; read and written by `state::ticked`).
    Ticked(String),
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
    /// The answers no longer fit in the browser's storage: their latest changes are kept in this tab
    /// only, and nothing saved before is removed. Saving is tried again with the next change.
    SaveTooLarge {
        bytes: usize,
    },
    /// The case's latest changes could not be saved when it was last open: it is shown as last saved.
    SaveBehind,
    /// Another tab saved the case while this one changed it: that save stays as the case `was`, and
    /// this tab's changes were saved as the new case `copy`, which the tab now edits.
    SavedAsCopy {
        was: String,
        copy: String,
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

impl Notice {
    /// Whether the notice tells what became of a file, an example or a link the user opened: only the
    /// latest such outcome is worth reading.
    fn tells_an_opening(&self) -> bool {
        matches!(
            self,
            Notice::Imported { .. }
                | Notice::ImportRejected { .. }
                | Notice::ImportTooLarge { .. }
                | Notice::ExampleLoaded { .. }
                | Notice::ExampleUnavailable { .. }
                | Notice::ShareLoaded
                | Notice::ShareUnreadable
        )
    }

    /// Whether the notice still holds when the answers are replaced: what it says is about the
    /// browser's storage, not about the answers.
    fn outlives_answers(&self) -> bool {
        matches!(
            self,
            Notice::StorageUnavailable | Notice::SaveTooLarge { .. }
        )
    }
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
    /// The site's programme catalogue as far as this visit has read it: its publication and the
    /// programmes fetched (`app::catalog`).
    pub catalog: Option<Rc<Catalog>>,
    /// Presentation mode, for a screen in a meeting: the page alone, in large type.
    pub presenting: bool,
    /// The id of the case of this device the answers are saved as (`app::cases`); none until a new
    /// case's first answer.
    pub open: Option<Rc<str>>,
}

impl AppState {
    /// Whether the answers in the tab are kept on the device: the browser saves, and has not refused
    /// their latest changes. Where they are not, opening something else loses them.
    pub fn answers_kept(&self) -> bool {
        self.persistent
            && !self
                .notices
                .iter()
                .any(|n| matches!(n, Notice::SaveTooLarge { .. }))
    }

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
            catalog: None,
            presenting: false,
            open: None,
        }
    }
}

/// Drafts to record (`Some`) or forget (`None`) with an edit.
pub type DraftChanges = Vec<(FieldPath, Option<Draft>)>;

pub enum Action {
    SetLang(Lang),
    /// Enters or leaves presentation mode.
    Present(bool),
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
    /// Adds courses read from a transcript after the courses there are when the action is applied.
    AppendCourses(Rc<[Course]>),
    /// Ticks or unticks a document of the checklist ("I have it").
    SetDocumentReady(DocumentId, bool),
    /// A tick of the CSCSE guide's steps.
    SetCscseDone(CscseStep, bool),
    /// The site's catalogue with a programme more read: a case's chosen programme, fetched.
    CatalogRead(Rc<Catalog>),
    /// Chooses programme `id` of the catalogue (read with it): the case takes its figures.
    ChooseProgramme(Rc<Catalog>, String),
    /// "My programme is not listed": the programme's figures stay, to be typed over.
    ProgrammeNotListed,
    /// A course's match as a choice in the catalogue leaves it.
    SetMatch(MatchChange),
    /// Replaces the plan's vacations (a typical guess the user then corrects).
    SetVacations(Vec<Span>),
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
    FocusDone,
    /// The answers are now saved as case `id` of this device (a new case's first save, or another
    /// tab's save kept apart from this tab's).
    Opened(Option<Rc<str>>),
    /// Opens case `id` of this device (`None`: a new case), with its answers.
    Switch {
        id: Option<Rc<str>>,
        case: Rc<CaseFile>,
        drafts: Drafts,
    },
    /// A save succeeded after one was refused.
    SaveRecovered,
    /// Replaces every answer (an example, an import, a confirmed share link, a restored save).
    Load {
        case: Rc<CaseFile>,
        drafts: Drafts,
        notice: Option<Notice>,
    },
    /// A share link was read: its case opens on the result page where there are no answers yet, and
    /// is offered where there are, whenever the link was opened.
    OpenShared(Rc<CaseFile>),
    /// Asks the user to confirm before their answers are replaced or deleted.
    Offer(Pending),
    Decline,
    Reset {
        notice: Option<Notice>,
    },
    Notify(Notice),
    Dismiss(usize),
    StorageUnavailable,
    /// A save was refused: answers stay in this tab only, for the reason given.
    SaveRefused(Notice),
}

/// A course's match as a choice in the catalogue leaves it (`AppState::matching`, `ticking`).
#[derive(Clone, Debug, PartialEq)]
pub struct MatchChange {
    pub index: usize,
    pub matched: Option<crate::engine::case::Match>,
    /// The points ticked for the other receiving courses it was matched with (`state::ticked`).
    pub ticked: String,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = Rc::unwrap_or_clone(self);
        match action {
            Action::SetLang(lang) => s.lang = lang,
            Action::Present(on) => s.presenting = on,

            Action::SetField {
                path,
                answer,
                drafts,
            } => s.set_field(path, answer, drafts),
            Action::SetSections {
                test,
                scores,
                drafts,
            } => s.set_sections(test, scores, drafts),

            Action::AddItem(list) => s.add_item(list),
            Action::RemoveItem(list, index) => s.remove_item(list, index),
            Action::DuplicateCourse(index) => s.duplicate_course(index),
            Action::AppendCourses(courses) => s.append_courses(&courses),

            Action::SetDocumentReady(id, ready) => s.set_document_ready(id, ready),
            Action::SetCscseDone(step, done) => s.set_cscse_done(step, done),
            Action::SetVacations(spans) => s.set_vacations(&spans),
            Action::CatalogRead(catalog) => s.catalog = Some(catalog),
            Action::ChooseProgramme(catalog, id) => s.choose_programme(catalog, &id),
            Action::SetMatch(change) => s.apply_match(change),
            Action::ProgrammeNotListed => {
                crate::engine::catalog::choice::forget(Rc::make_mut(&mut s.case))
            }

            Action::Go { page, focus } => s.go(page, focus),
            Action::Reveal(path) => s.reveal_field(path),
            Action::OpenCourse(index) => s.open_course(index),
            Action::ShowSummary(page) => s.show_summary(page),
            Action::FocusDone => s.focus = None,

            Action::Load {
                case,
                drafts,
                notice,
            } => s.load(case, drafts, notice),
            Action::OpenShared(case) => s.open_shared(case),
            Action::Opened(id) => s.open = id,
            Action::Switch { id, case, drafts } => {
                s.load(case, drafts, None);
                s.open = id;
            }
            Action::SaveRecovered => s
                .notices
                .retain(|n| !matches!(n, Notice::SaveTooLarge { .. })),
            Action::Offer(pending) => s.offer(pending),
            Action::Decline => s.decline(),
            Action::Reset { notice } => s = s.reset(notice),

            Action::Notify(notice) => s.notify(notice),
            Action::Dismiss(index) => s.dismiss(index),
            Action::SaveRefused(cause) => s.save_refused(cause),
            Action::StorageUnavailable => s.save_refused(Notice::StorageUnavailable),
        }
        Rc::new(s)
    }
}

/// What components receive from the context: the state and a way to dispatch actions.
pub type AppContext = UseReducerHandle<AppState>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::Field;

    fn text(t: &str) -> Draft {
        Draft::Text(t.to_owned())
    }

    #[test]
    fn the_latest_opening_s_messages_replace_the_earlier_ones_and_nothing_else() {
        let mut s = Rc::new(AppState::new(Lang::En, Date::new(2026, 9, 1).unwrap()));
        for notice in [
            Notice::StorageUnavailable,
            Notice::Imported {
                file: "a.json".into(),
            },
            Notice::ImportTooLarge {
                file: "b.json".into(),
                limit: Limit::Courses {
                    count: 900,
                    max: 500,
                },
            },
            Notice::ImportRejected {
                file: "c.json".into(),
                errors: Rc::from([]),
            },
        ] {
            s = s.reduce(Action::Notify(notice));
        }
        assert_eq!(
            s.notices,
            [
                Notice::StorageUnavailable,
                Notice::ImportRejected {
                    file: "c.json".into(),
                    errors: Rc::from([]),
                }
            ]
        );
    }

    #[test]
    fn a_shared_case_opens_where_there_are_no_answers_and_is_offered_where_there_are() {
        let shared = Rc::new(crate::engine::case::CaseFile {
            assessed_on: Some("2026-09-01".into()),
            ..crate::engine::case::CaseFile::new()
        });
        let empty = Rc::new(AppState::new(Lang::En, Date::new(2026, 9, 1).unwrap()));
        let opened = empty.clone().reduce(Action::OpenShared(shared.clone()));
        assert_eq!(opened.case, shared);
        assert_eq!(opened.page, Page::Result);
        assert!(opened.pending.is_none());

        let mut busy = AppState::new(Lang::En, Date::new(2026, 9, 1).unwrap());
        Rc::make_mut(&mut busy.case).applicant.semesters_completed = Some(Num(3.0));
        busy.page = Page::About;
        let before = busy.case.clone();
        let asked = Rc::new(busy).reduce(Action::OpenShared(shared));
        assert_eq!(
            asked.case, before,
            "nothing is replaced before the user says so"
        );
        assert_eq!(asked.page, Page::Start);
        assert!(matches!(asked.pending, Some(Pending::Share(_))));
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn points_ticked_for_one_receiving_course_come_back_when_it_is_chosen_again() {
        let catalog = Rc::new(
            crate::engine::catalog::read::read_dir(std::path::Path::new("catalog")).unwrap(),
        );
        let mut s = state_with(2, Drafts::new());
        s = s.reduce(Action::ChooseProgramme(catalog, "cs-2026".into()));
        let choose = |s: Rc<AppState>, code: Option<&str>| {
            let change = s.matching(1, code).unwrap();
            s.reduce(Action::SetMatch(change))
        };
        let tick = |s: Rc<AppState>, point: &str| {
            let change = s.ticking(1, point, true).unwrap();
            s.reduce(Action::SetMatch(change))
        };
        let covered =
            |s: &AppState| crate::engine::catalog::choice::covered(&s.case.courses[1]).to_vec();
        s = choose(s, Some("CS201"));
        s = tick(tick(s, "kp4"), "kp1");
        assert_eq!(covered(&s), ["kp1", "kp4"]);
        s = choose(s, Some("CS202"));
        assert!(
            covered(&s).is_empty(),
            "another course's points are its own"
        );
        s = tick(s, "kp2");
        s = choose(s, None);
        assert_eq!(s.case.courses[1].matched, None);
        s = choose(s, Some("CS201"));
        assert_eq!(covered(&s), ["kp1", "kp4"]);
        s = choose(s, Some("CS202"));
        assert_eq!(covered(&s), ["kp2"]);
        // The course before it goes: its ticks go with it to its new place.
        s = s.reduce(Action::RemoveItem(List::Courses, 0));
        let change = s.matching(0, Some("CS201")).unwrap();
        let s = s.reduce(Action::SetMatch(change));
        assert_eq!(
            crate::engine::catalog::choice::covered(&s.case.courses[0]),
            ["kp1", "kp4"]
        );
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
        assert!(
            full.persistent,
            "a full storage is tried again with the next change"
        );
        assert!(
            !full
                .clone()
                .reduce(Action::SaveRefused(Notice::StorageUnavailable))
                .persistent
        );
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
