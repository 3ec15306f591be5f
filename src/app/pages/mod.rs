//! The pages of the check, in the order a student goes through them, and the layout every question
//! page shares: where it is in the flow, its error summary, and Back / Continue.

mod about;
mod answers;
mod courses;
mod programme;
mod record;
mod result;
mod start;

pub use about::{About, LEVELS, REASONS, ROUTES, STATUSES};
pub use answers::Answers;
pub use courses::Courses;
pub use programme::Programme;
pub use record::Record;
pub use result::Result;
pub use start::Start;

use std::rc::Rc;

use yew::prelude::*;

use super::fields::ErrorSummary;
use super::form::{Derived, Form};
use super::state::{Action, AppContext};
use super::text::text;
use crate::engine::eligibility::{Condition, Detail, Fact};

/// The id of each page's main heading: focused when a page opens, so screen readers announce it.
pub const MAIN_HEADING_ID: &str = "main-heading";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Start,
    About,
    Record,
    Courses,
    Programme,
    Answers,
    Result,
}

impl Page {
    pub const ALL: [Page; 7] = [
        Page::Start,
        Page::About,
        Page::Record,
        Page::Courses,
        Page::Programme,
        Page::Answers,
        Page::Result,
    ];

    /// The pages with questions, numbered "step n of m".
    pub const QUESTIONS: [Page; 4] = [Page::About, Page::Record, Page::Courses, Page::Programme];

    pub fn index(self) -> usize {
        Page::ALL.iter().position(|&p| p == self).unwrap_or(0)
    }

    /// The page's address after `#/`; the start page is the bare address.
    pub fn slug(self) -> &'static str {
        match self {
            Page::Start => "",
            Page::About => "about",
            Page::Record => "record",
            Page::Courses => "courses",
            Page::Programme => "programme",
            Page::Answers => "answers",
            Page::Result => "result",
        }
    }

    pub fn hash(self) -> String {
        format!("#/{}", self.slug())
    }

    /// The page a location hash names; `None` for anything else (a share link, an old bookmark).
    pub fn from_hash(hash: &str) -> Option<Page> {
        let slug = hash.strip_prefix('#').unwrap_or(hash);
        let slug = slug.strip_prefix('/').unwrap_or(slug);
        Page::ALL.into_iter().find(|p| p.slug() == slug)
    }

    pub fn next(self) -> Page {
        Page::ALL.get(self.index() + 1).copied().unwrap_or(self)
    }

    pub fn previous(self) -> Page {
        self.index().checked_sub(1).map_or(self, |i| Page::ALL[i])
    }

    /// Whether the answer at a case-file path is asked on this page: its errors are listed here.
    pub fn owns(self, path: &str) -> bool {
        let field = |prefix: &str| {
            path == prefix
                || path.starts_with(&format!("{prefix}."))
                || path.starts_with(&format!("{prefix}["))
        };
        const ABOUT: [&str; 12] = [
            "assessed_on",
            "applicant.route",
            "applicant.level",
            "applicant.revoked",
            "applicant.reason",
            "applicant.status",
            "applicant.semesters_completed",
            "applicant.in_final_year",
            "applicant.disciplinary_record",
            "applicant.receiving_major_has_quota",
            "applicant.special_enrollment",
            "applicant.from_lower_level",
        ];
        match self {
            Page::About => ABOUT.iter().any(|p| field(p)),
            Page::Record => field("applicant") && !ABOUT.iter().any(|p| field(p)),
            Page::Courses => field("courses") || field("origin"),
            Page::Programme => field("program"),
            // Errors without a field (a whole file) belong to no page.
            Page::Start | Page::Answers | Page::Result => false,
        }
    }
}

/// A link's click that opens a page in the app instead of following the link's address.
pub fn go_to(state: &AppContext, page: Page) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        state.dispatch(Action::Go { page, focus: None });
    })
}

/// Whether the engine says a condition concerns the applicant, so its questions are asked: not when it
/// does not apply, and not while the route, level or revocation that decide that are unknown.
pub fn concerns(derived: &Derived, condition: Condition) -> bool {
    derived
        .assessment
        .findings
        .iter()
        .find(|f| f.condition == condition)
        .is_some_and(|f| match &f.detail {
            Detail::NotApplicable { .. } => false,
            Detail::Missing { fact } => !matches!(fact, Fact::Route | Fact::Level | Fact::Revoked),
            _ => true,
        })
}

/// The derived state every page reads. Equal only to itself: a new one is derived exactly when the
/// answers change, so comparing pointers tells components all they need, without comparing assessments.
#[derive(Clone, Debug)]
pub struct DerivedContext(pub Rc<Derived>);

impl PartialEq for DerivedContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for DerivedContext {
    type Target = Derived;
    fn deref(&self) -> &Derived {
        &self.0
    }
}

/// Reads the contexts a page needs.
#[hook]
pub fn use_form() -> (AppContext, DerivedContext) {
    let state = use_context::<AppContext>().expect("pages are rendered inside the app's context");
    let derived =
        use_context::<DerivedContext>().expect("pages are rendered inside the derived context");
    (state, derived)
}

#[derive(Properties, PartialEq)]
pub struct StepProps {
    pub page: Page,
    pub title: AttrValue,
    #[prop_or_default]
    pub intro: Option<AttrValue>,
    pub children: Html,
}

/// A question page: "step n of m", the heading, the error summary when Continue found errors, the
/// questions, and Back / Continue.
#[function_component]
pub fn Step(props: &StepProps) -> Html {
    let (state, derived) = use_form();
    let t = text(state.lang);
    let form = Form {
        state: &state,
        derived: &derived,
        t,
    };
    let page = props.page;
    let errors = form.summary(|path| page.owns(path));
    let position = Page::QUESTIONS.iter().position(|&p| p == page);
    let on_continue = {
        let state = state.clone();
        let has_errors = !errors.is_empty();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if has_errors {
                state.dispatch(Action::ShowSummary(page));
            } else {
                state.dispatch(Action::Go {
                    page: page.next(),
                    focus: None,
                });
            }
        })
    };
    let on_back = go_to(&state, page.previous());
    let show_summary = state.summary_on == Some(page);
    let on_select = {
        let state = state.clone();
        Callback::from(move |path: String| state.dispatch(Action::Reveal(path)))
    };
    html! {
        <>
            <a class="back-link" href={page.previous().hash()} onclick={on_back}>{ t.form.back }</a>
            if show_summary {
                <ErrorSummary title={t.form.error_summary_title} items={errors} onselect={on_select} />
            }
            if let Some(i) = position {
                <span class="caption">{ (t.frame.step_of)(i + 1, Page::QUESTIONS.len()) }</span>
            }
            <h1 id={MAIN_HEADING_ID} tabindex="-1">{ props.title.clone() }</h1>
            if let Some(intro) = &props.intro {
                <p class="lead">{ intro.clone() }</p>
            }
            // `novalidate`: the page's own error summary reports problems, not the browser's bubbles.
            <form class="step-form" novalidate=true onsubmit={on_continue}>
                { props.children.clone() }
                <div class="button-group">
                    <button type="submit" class="button">{ t.form.continue_ }</button>
                </div>
            </form>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_round_trip_through_their_hash() {
        for page in Page::ALL {
            assert_eq!(Page::from_hash(&page.hash()), Some(page));
        }
        assert_eq!(Page::from_hash(""), Some(Page::Start));
        assert_eq!(Page::from_hash("#case=abc"), None);
    }

    #[test]
    fn every_answer_belongs_to_exactly_one_page() {
        let paths = [
            "assessed_on",
            "applicant.route",
            "applicant.semesters_completed",
            "applicant.performance.value",
            "applicant.entrance_exam.score",
            "applicant.postgraduate.papers[0].impact_factor",
            "applicant.language.tests[1].sections[2]",
            "origin.credit_hours.theory",
            "courses[3].grade.value",
            "program.total_graduation_credits",
        ];
        for path in paths {
            let owners: Vec<Page> = Page::ALL.into_iter().filter(|p| p.owns(path)).collect();
            assert_eq!(owners.len(), 1, "{path}: {owners:?}");
        }
        assert!(!Page::About.owns("applicant.routes"));
    }
}
