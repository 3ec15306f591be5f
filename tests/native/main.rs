//! The native integration tests, as one test binary: each module was a binary of its own, and every
//! binary links the whole crate again, which was most of the time their build took.

mod catalog;
mod cli;
mod docs;
mod golden;
mod numbers;
mod page;
mod planning;
mod properties;
mod readers;
mod structure;
