//! The plan of an application: working days on China's statutory-holiday calendar ([`calendar`]),
//! the submission window and each office's step as dates ([`timeline`]), the documents to hand in
//! ([`documents`]), and the dates as an iCalendar file ([`icalendar`]).

pub mod calendar;
pub mod comparison;
pub mod documents;
pub mod icalendar;
pub mod timeline;
