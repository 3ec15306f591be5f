//! Labels looked up by what they name (a page, a field, an answer's value), never by position in a
//! list, so that reordering a list of choices cannot attach a label to the wrong value.

use super::table::{CourseColumn, CreditPart, PolicyText, Text};
use crate::app::questions::Group;
use crate::app::route::Page;
use crate::engine::case::answer::Opt;
use crate::engine::case::Field;
use crate::engine::case::{GradeSystem, Level, Reason, Route, Status};
use crate::engine::explain;
use crate::engine::rules::courses::CourseResult;
use crate::engine::rules::eligibility::Outcome;
use crate::engine::rules::policy::Policy;
use crate::lang::Lang;

impl Text {
    /// A page's name, as the overview and the tab title show it.
    pub fn step(&self, page: Page) -> &'static str {
        (self.frame.steps)(page)
    }

    /// The question that asks a field.
    /// The question that asks a field.
    pub fn question(&self, field: Field) -> &'static str {
        (self.question)(field)
    }

    /// The hint under a question, if it has one; figures of the Measures come from `policy`.
    /// The hint under a question, if it has one; figures of the Measures come from `policy`.
    pub fn hint(&self, field: Field, policy: &Policy) -> Option<String> {
        (self.hint)(field, policy)
    }

    /// The heading over a group of questions; `None` where the page's title says it all.
    pub fn group(&self, group: Group) -> Option<&'static str> {
        let (r, c) = (&self.record, &self.courses);
        match group {
            Group::Status | Group::Programme | Group::Paper | Group::Test => None,
            Group::Average => Some(r.average_heading),
            Group::EntranceExam => Some(r.exam_heading),
            Group::Postgraduate => Some(r.postgraduate_heading),
            Group::Revoked => Some(r.revoked_heading),
            Group::Authentication => Some(r.authentication_heading),
            Group::Language => Some(r.language_heading),
            Group::Origin => Some(c.origin_heading),
            Group::CourseFacts => Some(c.facts_heading),
            Group::CourseEvidence => Some(c.evidence_heading),
            Group::CourseLiteracy
            | Group::CourseMatch
            | Group::Plan
            | Group::Vacation
            | Group::Cscse
            | Group::Diploma => None,
        }
    }

    pub fn route(&self, route: Route) -> &'static str {
        (self.about.routes)(route)
    }

    pub fn level(&self, level: Level) -> &'static str {
        (self.about.levels)(level)
    }

    /// A reason's label and the evidence it needs.
    pub fn reason(&self, reason: Reason) -> (&'static str, PolicyText) {
        (self.about.reasons)(reason)
    }

    pub fn status(&self, status: Status) -> &'static str {
        (self.about.statuses)(status)
    }

    /// The label of a value of one of the case file's word lists.
    pub fn opt(&self, opt: Opt, lang: Lang) -> &'static str {
        let c = &self.courses;
        match opt {
            Opt::Route(r) => self.route(r),
            Opt::Level(l) => self.level(l),
            Opt::Reason(r) => self.reason(r).0,
            Opt::Status(s) => self.status(s),
            Opt::Body(b) => explain::body(b, lang),
            Opt::Teaching(t) => (self.record.teaching_languages)(t),
            Opt::Test(k) => explain::test(k, lang),
            Opt::Unit(u) => (c.units)(u),
            Opt::Kind(k) => (c.kinds)(k),
            Opt::Nature(n) => (c.natures)(n),
            Opt::Category(cat) => explain::literacy_category(cat, lang),
            Opt::Region(r) => (c.ects_regions)(r),
        }
    }

    /// What a value needs or means, where the label alone does not say.
    pub fn opt_hint(&self, opt: Opt, policy: &Policy) -> Option<String> {
        match opt {
            Opt::Reason(r) => Some((self.reason(r).1)(policy)),
            _ => None,
        }
    }

    pub fn grade_system(&self, system: GradeSystem) -> &'static str {
        (self.record.systems)(system)
    }

    /// What a value in a grading system looks like; empty where the choices say it all.
    pub fn grade_value_hint(&self, system: GradeSystem) -> &'static str {
        (self.record.value_hints)(system)
    }

    /// The heading of the findings with an outcome.
    pub fn outcome_group(&self, outcome: Outcome) -> &'static str {
        (self.result.groups)(outcome)
    }

    pub fn credit_part(&self, part: CreditPart) -> &'static str {
        (self.result.credit_parts)(part)
    }

    /// A course's converted credits as its row shows them: what counts, and for a course that is
    /// not recognized, that nothing does.
    pub fn converted_credits(&self, r: &CourseResult) -> String {
        match r.credits_if_counted() {
            Some(credits) => credits.to_string(),
            None if r.credits.is_some() => self.courses.not_counted.to_owned(),
            None => String::new(),
        }
    }

    pub fn course_column(&self, column: CourseColumn) -> &'static str {
        (self.courses.columns)(column)
    }
}
