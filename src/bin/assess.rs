//! `assess`: the rules engine over case files, for batch work and tests.
//!
//! One file prints its assessment as one JSON document; several print one JSON line each (JSON Lines),
//! tagged with the file name. Exit status: 0 when every file was assessed, 2 when any file could not be
//! read or is not a valid case file (its error goes to stderr and, in JSON Lines, to its own line).
//! `--catalog DIR` reads a programme catalogue first, and refuses one with any problem; `--summary`
//! writes one CSV row per file instead. Files are assessed on every core, their output in order.
//!
//! A command of the machine it runs on: the catalogue's reader, like the files it reads, is native
//! only, so a WebAssembly build of the crate's binaries has nothing to run here.

#[cfg(not(target_arch = "wasm32"))]
#[path = "assess/command.rs"]
mod command;

#[cfg(not(target_arch = "wasm32"))]
#[path = "assess/summary.rs"]
mod summary;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    command::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
