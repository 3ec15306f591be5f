//! Transfer Check: a self-assessment of transfer eligibility, grade and credit conversion under the
//! Measures for the Qualification Recognition of Inter-University Transfer Students
//! ([2023] (T) Appraisal No. 046).
//!
//! `engine` is the rules engine: pure Rust, no web dependency, the same code for the browser app and the
//! `assess` command. `app` is the Yew interface over it; it renders and dispatches, it never decides.

pub mod app;
/// `assess` for pages that embed the engine (WebAssembly builds only; exported by src/bin/engine.rs).
#[cfg(target_arch = "wasm32")]
pub mod embed;
pub mod engine;
pub mod lang;
