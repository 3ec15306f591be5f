//! The rules of the Measures: every number in [`policy`] beside its citation ([`cite`]), the grading
//! scales and conversions ([`grades`]), who may transfer in ([`eligibility`]), which courses are
//! recognized ([`courses`]), how credits convert and what is left to study ([`credits`]), literacy
//! courses in place of ideological-political credits ([`literacy`]), the chosen programme of the
//! catalogue ([`programme`]), and, read from what the rules
//! recorded, what would change the result ([`changes`], [`outlook`]) and what to do next
//! ([`next_steps`]).

pub mod changes;
pub mod cite;
pub mod courses;
pub mod credits;
pub mod eligibility;
pub mod grades;
pub mod literacy;
pub mod next_steps;
pub mod outlook;
pub mod policy;
pub mod programme;
pub mod scales;
