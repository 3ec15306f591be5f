//! The dated plan (A9.3, A10, A11, A14, A19): the submission window, then each office's step as real
//! dates, counted on the working-day calendar as rulings P1-P8 read the Measures; A13 and A15.3 follow
//! as later milestones without dates, since they hang on enrolment and graduation.

use crate::engine::case::date::Date;
use crate::engine::case::model::{Applicant, Plan};
use crate::engine::case::Field;
use crate::engine::case::Route;
use crate::engine::planning::calendar::{Calendar, Reached, Skipped, Span};
use crate::engine::rules::cite::{Cite, Ruling};
use crate::engine::rules::policy::{Duration, Param, Policy};
use serde::Serialize;

/// Which limits and citations apply: revoked first, whatever the route, then international (P4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Track {
    Revoked,
    International,
    Regular,
}

impl Track {
    /// `None` until the applicant has said whether the institution was revoked and, if not, which
    /// route they take (G10): the window and every limit depend on it.
    pub fn of(a: &Applicant) -> Option<Track> {
        match (a.revoked?, a.route) {
            (true, _) => Some(Track::Revoked),
            (false, Some(Route::International)) => Some(Track::International),
            (false, Some(_)) => Some(Track::Regular),
            (false, None) => None,
        }
    }

    /// P1: the receiving institution's vacations lengthen the limits of regular transfers only.
    fn calendar(self, plan: &Plan) -> Calendar {
        match self {
            Track::Regular => Calendar::with_vacations(&plan.vacations),
            Track::Revoked | Track::International => Calendar::national(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WindowStatus {
    OnTime,
    Late,
    Early,
}

/// When the materials are handed in (A9.3, P4, P8), as the assessment writes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Window {
    pub cite: Cite,
    pub opens: Option<Date>,
    pub closes: Date,
    /// The day the period's count reached before it was moved to a working day.
    #[serde(skip)]
    pub nominal_close: Date,
    pub submitted_on: Date,
    /// No day of handing in was given: `submitted_on` is the window's last day, which the dates after
    /// it assume (P4), and the words say so instead of naming it as the applicant's.
    #[serde(skip)]
    pub submitted_assumed: bool,
    pub status: WindowStatus,
    pub estimated: bool,
    pub skipped: Skipped,
}

impl Window {
    /// Whether the day of handing in is an estimate: none was given, and the window's last day,
    /// which stands for it, is estimated (P4, P5).
    pub fn submitted_estimated(&self) -> bool {
        self.submitted_assumed && self.estimated
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StepId {
    PreliminaryVerification,
    CollegeEvaluation,
    UniversityApproval,
    PublicNotice,
    Filing,
    TransferOutVerification,
    TransferOutNotice,
    ObjectionDeadline,
    ObjectionReview,
    ObjectionAnswer,
}

/// One office's step, counted in working days from the day before it started (P2, P3), as the
/// assessment writes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OfficeStep {
    pub step: StepId,
    pub cite: Cite,
    /// The step's limit; `None` where the Measures set none.
    pub working_days: Option<u32>,
    pub from: Date,
    pub due: Option<Date>,
    pub estimated: bool,
    /// Counted from the last limited step before an unlimited one: "at the earliest" (P3).
    pub after_open_step: bool,
    pub skipped: Skipped,
    /// P6 or P7 where one of them set the step's limit or calendar.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ruling: Option<Ruling>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneId {
    /// A13.1: pre-verification in the semester before graduation (revoked institutions).
    GraduationPreVerification,
    /// A13.2: graduation verification (revoked institutions).
    GraduationVerification,
    /// A15.3.1: re-examination within a month of enrolment.
    ReExamination,
    /// A15.3.2: international students' certificates re-verified every semester.
    CertificatesReverified,
}

/// A later milestone, with its period where the Measures give one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Milestone {
    pub milestone: MilestoneId,
    pub cite: Cite,
    pub period: Option<Duration>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timeline {
    pub track: Track,
    /// The last day the holiday data covers (P5).
    pub through: Option<Date>,
    pub vacations_apply: bool,
    pub window: Window,
    pub steps: Vec<OfficeStep>,
    pub later: Vec<Milestone>,
}

/// The answer the timeline waits for while it cannot be drawn (P4, G10); `None` once it can.
pub fn needs(a: &Applicant, plan: &Plan) -> Option<Field> {
    match Track::of(a) {
        None if a.revoked.is_none() => Some(Field::Revoked),
        None => Some(Field::Route),
        Some(Track::Revoked) => plan
            .revocation_announced_on
            .is_none()
            .then_some(Field::RevocationAnnouncedOn),
        Some(Track::International | Track::Regular) => plan
            .semester_start
            .is_none()
            .then_some(Field::SemesterStart),
    }
}

/// The plan's timeline, when the plan gives what its window needs (P4).
pub fn timeline(a: &Applicant, plan: &Plan, p: &Policy) -> Option<Timeline> {
    let track = Track::of(a)?;
    let calendar = track.calendar(plan);
    let window = window(track, plan, &calendar, p)?;
    let mut steps = receiving_steps(track, window.submitted_on, &calendar, p);
    let last_due = steps
        .iter()
        .rev()
        .find_map(|s| s.due)
        .unwrap_or(window.submitted_on);
    let after_open = steps.iter().any(|s| s.due.is_none());
    steps.extend(transfer_out_steps(last_due, after_open, p));
    if let Some(informed) = plan.informed_on {
        steps.extend(objection_steps(informed, &calendar, p));
    }
    Some(Timeline {
        track,
        through: Calendar::through(),
        vacations_apply: calendar.vacations_apply(),
        window,
        steps,
        later: later(track, a.route == Some(Route::International), p),
    })
}

fn window(track: Track, plan: &Plan, calendar: &Calendar, p: &Policy) -> Option<Window> {
    let months = |d: Param<Duration>| d.value.count() as i32;
    let (cite, opens, nominal, reached) = match track {
        Track::Revoked => {
            let announced = plan.revocation_announced_on?;
            let nominal = announced.plus_months(months(p.submit_revoked_after_announcement));
            (
                Cite::A9_3_2,
                Some(announced),
                nominal,
                calendar.working_on_or_after(nominal),
            )
        }
        Track::International => {
            let start = plan.semester_start?;
            let nominal = start.plus_months(-months(p.submit_international_before_semester_start));
            // A deadline "before" a day is never moved later.
            (
                Cite::A9_3_3,
                None,
                nominal,
                calendar.working_on_or_before(nominal),
            )
        }
        Track::Regular => {
            let start = plan.semester_start?;
            let days = 7 * i64::from(p.submit_domestic_after_semester_start.value.count());
            let nominal = start.plus_days(days);
            (
                Cite::A9_3_1,
                Some(start),
                nominal,
                calendar.working_on_or_after(nominal),
            )
        }
    };
    let closes = reached.date;
    let submitted_on = plan.submitted_on.unwrap_or(closes);
    let status = if submitted_on > closes {
        WindowStatus::Late
    } else if opens.is_some_and(|o| submitted_on < o) {
        WindowStatus::Early
    } else {
        WindowStatus::OnTime
    };
    Some(Window {
        cite,
        opens,
        closes,
        nominal_close: nominal,
        submitted_on,
        submitted_assumed: plan.submitted_on.is_none(),
        status,
        estimated: reached.estimated,
        skipped: reached.skipped,
    })
}

/// The limits of the receiving institution's steps (A10), with their citations.
fn receiving_limits(track: Track, p: &Policy) -> [(StepId, Cite, Option<u32>, Option<Ruling>); 5] {
    let days = |d: Param<Duration>| Some(d.value.count());
    let preliminary = match track {
        Track::Revoked => p.preliminary_check_revoked,
        Track::International => p.preliminary_check_international,
        Track::Regular => p.preliminary_check_domestic,
    };
    // P6: the revoked applicants' 7 working days hold the public notice's 5.
    let approval = match track {
        Track::Revoked => Some(
            p.university_approval_revoked
                .value
                .count()
                .saturating_sub(p.public_notice.value.count()),
        ),
        Track::International | Track::Regular => None,
    };
    [
        (
            StepId::PreliminaryVerification,
            preliminary.cite,
            days(preliminary),
            None,
        ),
        (
            StepId::CollegeEvaluation,
            p.college_evaluation.cite,
            days(p.college_evaluation),
            None,
        ),
        (
            StepId::UniversityApproval,
            Cite::A10_3_2,
            approval,
            (track == Track::Revoked).then_some(Ruling::P6),
        ),
        (
            StepId::PublicNotice,
            p.public_notice.cite,
            days(p.public_notice),
            None,
        ),
        (
            StepId::Filing,
            p.confirmation_and_filing.cite,
            days(p.confirmation_and_filing),
            None,
        ),
    ]
}

fn receiving_steps(
    track: Track,
    submitted: Date,
    calendar: &Calendar,
    p: &Policy,
) -> Vec<OfficeStep> {
    let mut from = submitted;
    let mut after_open = false;
    receiving_limits(track, p)
        .into_iter()
        .map(|(step, cite, working_days, ruling)| {
            let s = counted(step, cite, working_days, from, after_open, calendar);
            match s.due {
                Some(due) => from = due,
                None => after_open = true,
            }
            OfficeStep { ruling, ..s }
        })
        .collect()
}

/// A11.2 at the original institution, after the receiving one's confirmation (A11.1), on the
/// national calendar only (P7).
fn transfer_out_steps(from: Date, after_open: bool, p: &Policy) -> Vec<OfficeStep> {
    let national = Calendar::national();
    let verification = counted(
        StepId::TransferOutVerification,
        p.transfer_out_verification.cite,
        Some(p.transfer_out_verification.value.count()),
        from,
        after_open,
        &national,
    );
    let notice_from = verification.due.unwrap_or(from);
    let notice = counted(
        StepId::TransferOutNotice,
        p.transfer_out_notice.cite,
        Some(p.transfer_out_notice.value.count()),
        notice_from,
        after_open,
        &national,
    );
    [verification, notice]
        .into_iter()
        .map(|s| OfficeStep {
            ruling: Some(Ruling::P7),
            ..s
        })
        .collect()
}

/// A14: the objection's deadline from the day the result was told, then its review and answer.
fn objection_steps(informed: Date, calendar: &Calendar, p: &Policy) -> Vec<OfficeStep> {
    let mut from = informed;
    [
        (StepId::ObjectionDeadline, p.objection_window),
        (StepId::ObjectionReview, p.objection_review),
        (StepId::ObjectionAnswer, p.objection_result),
    ]
    .into_iter()
    .map(|(step, limit)| {
        let s = counted(
            step,
            limit.cite,
            Some(limit.value.count()),
            from,
            false,
            calendar,
        );
        from = s.due.unwrap_or(from);
        s
    })
    .collect()
}

fn counted(
    step: StepId,
    cite: Cite,
    working_days: Option<u32>,
    from: Date,
    after_open_step: bool,
    calendar: &Calendar,
) -> OfficeStep {
    let reached = working_days.map(|n| calendar.add_working_days(from, n));
    let (due, estimated, skipped) = match reached {
        Some(Reached {
            date,
            estimated,
            skipped,
        }) => (Some(date), estimated, skipped),
        None => (None, false, Skipped::default()),
    };
    OfficeStep {
        step,
        cite,
        working_days,
        from,
        due,
        estimated,
        after_open_step,
        skipped,
        ruling: None,
    }
}

fn later(track: Track, international: bool, p: &Policy) -> Vec<Milestone> {
    let mut list = Vec::new();
    if track == Track::Revoked {
        list.push(Milestone {
            milestone: MilestoneId::GraduationPreVerification,
            cite: p.graduation_pre_verification.cite,
            period: Some(p.graduation_pre_verification.value),
        });
        list.push(Milestone {
            milestone: MilestoneId::GraduationVerification,
            cite: p.graduation_verification.cite,
            period: Some(p.graduation_verification.value),
        });
    }
    list.push(Milestone {
        milestone: MilestoneId::ReExamination,
        cite: p.re_examination_after_enrolment.cite,
        period: Some(p.re_examination_after_enrolment.value),
    });
    if international {
        list.push(Milestone {
            milestone: MilestoneId::CertificatesReverified,
            cite: Cite::A15_3_2,
            period: None,
        });
    }
    list
}

/// A typical winter and summer vacation around a semester's start, for a user to correct: the
/// weeks before a spring start and the summer after it, or the summer before an autumn start and
/// the winter after it. A guess, never a fact: the interface says so.
pub fn typical_vacations(semester_start: Date) -> Vec<Span> {
    let year = semester_start.year();
    let day = |y, m, d| Date::new(y, m, d).unwrap_or(semester_start);
    let span = |from: Date, to: Date| (from <= to).then_some(Span { from, to });
    let (first, second) = if semester_start.month() <= 6 {
        (
            span(semester_start.plus_days(-35), semester_start.plus_days(-1)),
            span(day(year, 7, 6), day(year, 8, 30)),
        )
    } else {
        (
            span(day(year, 7, 6), semester_start.plus_days(-1)),
            span(day(year + 1, 1, 18), day(year + 1, 2, 21)),
        )
    };
    first.into_iter().chain(second).collect()
}

#[cfg(test)]
mod tests;
