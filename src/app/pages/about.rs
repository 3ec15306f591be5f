//! Step 1: the route and level that decide which rules apply, and the status conditions of A4 and A5.

use yew::prelude::*;

use super::{use_form, Page, Step};
use crate::app::fields::Choice;
use crate::app::form::Form;
use crate::app::text::text;
use crate::engine::case::{Level, Reason, Route, Status};
use crate::engine::MEASURES_2023_046;

pub const ROUTES: [Route; 4] = [
    Route::Mainland,
    Route::Hmt,
    Route::SinoForeign,
    Route::International,
];
pub const LEVELS: [Level; 3] = [Level::Undergraduate, Level::Master, Level::Doctoral];
pub const REASONS: [Reason; 4] = [
    Reason::Health,
    Reason::Family,
    Reason::Academic,
    Reason::Revoked,
];
pub const STATUSES: [Status; 5] = [
    Status::Normal,
    Status::Suspended,
    Status::AdmissionRetained,
    Status::ExpulsionProposed,
    Status::Expelled,
];

#[function_component]
pub fn About() -> Html {
    let (state, derived) = use_form();
    let t = text(state.lang);
    let a = &t.about;
    let f = Form {
        state: &state,
        derived: &derived,
        t,
    };
    let routes = ROUTES
        .iter()
        .zip(a.routes)
        .map(|(&r, label)| Choice::new(r, label))
        .collect();
    let levels = LEVELS
        .iter()
        .zip(a.levels)
        .map(|(&l, label)| Choice::new(l, label))
        .collect();
    let reasons = REASONS
        .iter()
        .zip(a.reasons)
        .map(|(&r, (label, hint))| Choice::new(r, label).hint(hint))
        .collect();
    let statuses = STATUSES
        .iter()
        .zip(a.statuses)
        .map(|(&s, label)| Choice::new(s, label))
        .collect();
    html! {
        <Step page={Page::About} title={a.title} intro={Some(AttrValue::from(a.intro))}>
            { f.radios("applicant.route", a.route, None, routes,
                |c| c.applicant.route, |c, v| c.applicant.route = v, false) }
            { f.radios("applicant.level", a.level, None, levels,
                |c| c.applicant.level, |c, v| c.applicant.level = v, false) }
            { f.yes_no("applicant.revoked", a.revoked, Some(a.revoked_hint),
                |c| c.applicant.revoked, |c, v| c.applicant.revoked = v) }
            { f.radios("applicant.reason", a.reason, None, reasons,
                |c| c.applicant.reason, |c, v| c.applicant.reason = v, false) }
            { f.radios("applicant.status", a.status, None, statuses,
                |c| c.applicant.status, |c, v| c.applicant.status = v, false) }
            { f.number("applicant.semesters_completed", a.semesters, Some(a.semesters_hint), "input--4",
                |c| c.applicant.semesters_completed, |c, v| c.applicant.semesters_completed = v) }
            { f.yes_no("applicant.in_final_year", a.final_year, Some(a.final_year_hint),
                |c| c.applicant.in_final_year, |c, v| c.applicant.in_final_year = v) }
            { f.yes_no("applicant.disciplinary_record", a.discipline, None,
                |c| c.applicant.disciplinary_record, |c, v| c.applicant.disciplinary_record = v) }
            { f.yes_no("applicant.receiving_major_has_quota", a.quota, None,
                |c| c.applicant.receiving_major_has_quota, |c, v| c.applicant.receiving_major_has_quota = v) }
            { f.yes_no("applicant.special_enrollment", a.special, Some(a.special_hint),
                |c| c.applicant.special_enrollment, |c, v| c.applicant.special_enrollment = v) }
            { f.yes_no("applicant.from_lower_level", a.lower, None,
                |c| c.applicant.from_lower_level, |c, v| c.applicant.from_lower_level = v) }
            { f.date("assessed_on", a.assessed_on, Some(&(a.assessed_on_hint)(MEASURES_2023_046.grade_validity_years.value)),
                |c| c.assessed_on.as_deref(), |c, v| c.assessed_on = v) }
        </Step>
    }
}
