//! Authentication of the applicant's record by a body accepted for their route (A4.4; R13).

use super::finding::{missing, Condition, Detail, Fact, Finding, Outcome};
use crate::engine::case::model::Applicant;

use crate::engine::rules::cite::{Cite, Ruling};
use crate::engine::rules::policy::Policy;

pub(super) fn authentication(a: &Applicant, p: &Policy) -> Finding {
    let c = Condition::Authentication;
    let Some(route) = a.route else {
        return missing(c, Cite::A4_4, Fact::Route);
    };
    let bodies = p.bodies_for(route);
    let Some(body) = a.authentication.body else {
        return missing(c, bodies.cite, Fact::AuthenticationBody);
    };
    let listed = bodies.value.contains(&body);
    let consistent = a.authentication.consistent;
    let outcome = match (listed, consistent) {
        (false, _) | (_, Some(false)) => Outcome::Fail,
        (true, None) => return missing(c, bodies.cite, Fact::AuthenticationConsistent),
        (true, Some(true)) => Outcome::Pass,
    };
    let f = Finding::new(
        c,
        bodies.cite,
        outcome,
        Detail::Authentication {
            route,
            body,
            listed,
            consistent,
        },
    )
    .ruling(Ruling::R13);
    if outcome == Outcome::Fail {
        f.cite(Cite::A5_8)
    } else {
        f
    }
}
