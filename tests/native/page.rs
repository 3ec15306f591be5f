//! The start page rendered natively with Yew's server renderer: the frame and its text in both languages.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use transfer_check::app::route::Page;
use transfer_check::app::text::text;
use transfer_check::app::{examples, prerender, Start};
use transfer_check::engine::case::date::Date;
use transfer_check::engine::case::validate::read;
use transfer_check::engine::{assess, explain, parse, MEASURES_2023_046};
use transfer_check::lang::Lang;

fn today() -> Date {
    Date::new(2026, 9, 1).unwrap()
}

fn render_start(start: Start) -> String {
    prerender::render(start)
}

fn render(lang: Lang) -> String {
    render_start(Start::new(lang, today()))
}

/// A page of an example case, rendered.
fn render_page(example: usize, page: Page, lang: Lang) -> String {
    let case = read(&examples::text(example)).unwrap();
    let mut start = Start::new(lang, today());
    start.page = page;
    start.case = Some(Rc::new(case));
    render_start(start)
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
}

/// The rendered HTML with markup escapes undone for the few characters the tables use.
fn page_text(lang: Lang) -> String {
    render(lang).replace("&#x27;", "'").replace("&#39;", "'")
}

#[test]
fn english_page_has_name_privacy_line_and_policy() {
    let html = page_text(Lang::En);
    assert!(html.contains(">Transfer Check</h1>"), "{html}");
    assert!(html.contains("Nothing you enter leaves this device."));
    assert!(html.contains("the university's committees make the decision"));
    assert!(html.contains("[2023] (T) Appraisal No. 046, in force from 27 March 2023"));
}

#[test]
fn chinese_page_has_name_privacy_line_and_policy() {
    let html = page_text(Lang::Zh);
    assert!(html.contains(">转学资格自查</h1>"), "{html}");
    assert!(html.contains("您输入的内容不会离开本设备。"));
    assert!(html.contains("[2023] (T) Appraisal No. 046"));
    assert!(html.contains("2023 年 3 月 27 日"));
    assert!(
        !html.contains("Nothing you enter"),
        "English text on the Chinese page"
    );
}

#[test]
fn frame_has_landmarks_and_language() {
    for lang in Lang::ALL {
        let html = render(lang);
        for landmark in ["<header", "<main", "<footer"] {
            assert!(html.contains(landmark), "{lang:?} lacks {landmark}");
        }
        assert!(html.contains(&format!(r#"lang="{}""#, lang.tag())));
    }
}

#[test]
fn language_switch_marks_the_current_language() {
    for lang in Lang::ALL {
        let html = render(lang);
        for other in Lang::ALL {
            let pressed = if other == lang { "true" } else { "false" };
            let button = format!(r#"lang="{}" aria-pressed="{pressed}""#, other.tag());
            assert!(
                html.contains(&button),
                "{lang:?}: expected {button} in {html}"
            );
            assert!(html.contains(text(other).language_name));
        }
    }
}

#[test]
fn every_page_of_every_example_renders_in_both_languages() {
    for example in 0..examples::NAMES.len() {
        for page in Page::ALL {
            for lang in Lang::ALL {
                let html = render_page(example, page, lang);
                assert!(
                    html.contains(r#"id="main-heading""#),
                    "{example} {page:?} {lang:?}"
                );
                assert!(
                    html.contains(text(lang).self_assessment),
                    "R15 on every page"
                );
            }
        }
    }
}

#[test]
fn the_result_page_shows_the_engine_verdict_of_each_example() {
    for (i, name) in examples::NAMES.iter().enumerate() {
        let case = parse(&examples::text(i), today()).unwrap();
        let expected = assess(&case, &MEASURES_2023_046, None).verdict;
        for lang in Lang::ALL {
            let html = render_page(i, Page::Result, lang);
            assert!(
                html.contains(explain::verdict(expected, lang)),
                "{name} {lang:?}"
            );
            let decides = (text(lang).result.decides)(&MEASURES_2023_046);
            assert!(html.contains(&decides), "{name}: R15");
        }
    }
}

#[test]
fn question_pages_show_the_answers_of_the_case() {
    let html = render_page(0, Page::Record, Lang::En);
    assert!(
        html.contains(r#"value="84.2""#),
        "the example's average is in its field"
    );
    let html = render_page(1, Page::Courses, Lang::En);
    assert!(html.contains("Recognized") && html.contains("Not recognized"));
}
