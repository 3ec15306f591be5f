//! The catalogues the project ships and keeps for its tests, read by `assess --catalog DIR --check` as an
//! office would run it: the sample a deployment starts from passes, a catalogue written with Chinese
//! headers and a GB18030 file passes, and a broken one is refused with exactly the lines it should be.
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

fn check(dir: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_assess"))
        .args(["--catalog", dir, "--check"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("assess starts")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

#[test]
fn the_sample_catalogue_passes_its_check() {
    let out = check("catalog");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "catalog: 3 programmes, 52 courses, 252 knowledge points\n"
    );
}

#[test]
fn chinese_headers_and_a_gb18030_file_read_as_english_and_utf8_do() {
    let raw = std::fs::read("tests/fixtures/catalog-zh/courses.csv").unwrap();
    assert!(std::str::from_utf8(&raw).is_err(), "the fixture is GB18030");
    let out = check("tests/fixtures/catalog-zh");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "tests/fixtures/catalog-zh: 1 programme, 4 courses, 13 knowledge points\n"
    );
}

#[test]
fn a_broken_catalogue_is_refused_with_every_problem_where_it_is() {
    let out = check("tests/fixtures/catalog-broken");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(out.stdout, b"");
    let expected =
        std::fs::read_to_string("tests/fixtures/catalog-broken/expected-errors.txt").unwrap();
    assert_eq!(text(&out.stderr), expected);
}
