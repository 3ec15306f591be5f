//! Browser unit tests: the app mounted in headless Chromium (run with
//! `cargo test --target wasm32-unknown-unknown --test web`).
#![cfg(target_arch = "wasm32")]

use transfer_check::app::prefs::STORAGE_KEY;
use transfer_check::app::{App, Shell, ShellProps, Start};
use transfer_check::engine::case::date::Date;
use transfer_check::lang::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn shell(lang: Lang) -> ShellProps {
    ShellProps {
        start: Start::new(lang, Date::new(2026, 9, 1).unwrap()),
    }
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A new, empty element in the body, so each test mounts into its own place.
fn fresh_root() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

/// Waits until Yew has rendered and run the effects: its scheduler works in slices across timer ticks, so
/// a fixed pause is not enough on a slow machine.
async fn settle() {
    yew::scheduler::flush().await;
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn button(root: &Element, lang: Lang) -> HtmlElement {
    root.query_selector(&format!(r#"button[lang="{}"]"#, lang.tag()))
        .unwrap()
        .unwrap_or_else(|| panic!("no button for {lang:?}"))
        .dyn_into()
        .unwrap()
}

#[wasm_bindgen_test]
async fn start_page_shows_name_privacy_line_and_policy() {
    let root = fresh_root();
    let app = yew::Renderer::<Shell>::with_root_and_props(root.clone(), shell(Lang::En)).render();
    settle().await;

    assert_eq!(text_of(&root, "h1"), "Transfer Check");
    assert!(text_of(&root, "main").contains("Nothing you enter leaves this device."));
    assert!(text_of(&root, "footer").contains("[2023] (T) Appraisal No. 046"));
    assert_eq!(document().title(), "Transfer Check");
    app.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn switching_language_changes_text_lang_and_memory() {
    storage().remove_item(STORAGE_KEY).unwrap();
    let root = fresh_root();
    let app = yew::Renderer::<Shell>::with_root_and_props(root.clone(), shell(Lang::En)).render();
    settle().await;
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));

    button(&root, Lang::Zh).click();
    settle().await;
    assert_eq!(text_of(&root, "h1"), "转学资格自查");
    assert!(text_of(&root, "main").contains("您输入的内容不会离开本设备。"));
    assert_eq!(html.get_attribute("lang").as_deref(), Some("zh-CN"));
    assert_eq!(document().title(), "转学资格自查");
    let pressed = |lang| button(&root, lang).get_attribute("aria-pressed");
    assert_eq!(pressed(Lang::Zh).as_deref(), Some("true"));
    assert_eq!(pressed(Lang::En).as_deref(), Some("false"));
    assert_eq!(
        storage().get_item(STORAGE_KEY).unwrap().as_deref(),
        Some("zh-CN")
    );

    button(&root, Lang::En).click();
    settle().await;
    assert_eq!(text_of(&root, "h1"), "Transfer Check");
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));

    app.destroy();
    root.remove();
    storage().remove_item(STORAGE_KEY).unwrap();
}

#[wasm_bindgen_test]
async fn app_starts_in_the_remembered_language() {
    storage().set_item(STORAGE_KEY, "zh-CN").unwrap();
    // The app opens the page its address names: make it the start page (other tests move it).
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#/"))
        .unwrap();
    let root = fresh_root();
    let app = yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;

    assert_eq!(text_of(&root, "h1"), "转学资格自查");
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("zh-CN")
    );

    app.destroy();
    root.remove();
    storage().remove_item(STORAGE_KEY).unwrap();
}

#[wasm_bindgen_test]
async fn the_browser_deflate_round_trips_a_share_link() {
    use transfer_check::app::{browser, share};
    use transfer_check::engine::case::validate::read;
    let case = read(include_str!("../examples/international-ects.json")).unwrap();
    let json = share::compact_json(&case);
    let packed = browser::deflate(json.as_bytes()).await.unwrap();
    assert!(
        packed.len() * 3 < json.len(),
        "{} of {} bytes",
        packed.len(),
        json.len()
    );
    let text = share::base64url(&packed);
    let unpacked = browser::inflate(&share::from_base64url(&text).unwrap())
        .await
        .unwrap();
    assert_eq!(
        share::case_from_json(std::str::from_utf8(&unpacked).unwrap()).unwrap(),
        case
    );
    // A link cut short is refused, not half-read.
    let cut = share::from_base64url(&text[..text.len() / 2]).unwrap_or_default();
    assert!(browser::inflate(&cut).await.is_err());
}

#[wasm_bindgen_test]
async fn start_opens_the_first_question_page() {
    let root = fresh_root();
    let app = yew::Renderer::<Shell>::with_root_and_props(root.clone(), shell(Lang::En)).render();
    settle().await;
    let start: HtmlElement = root
        .query_selector("a.button--start")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    start.click();
    settle().await;
    assert_eq!(text_of(&root, "h1"), "Your route and status");
    // The first radio of a question carries the field's id, for the error summary's links.
    assert!(root.query_selector("#f-applicant-route").unwrap().is_some());
    assert_eq!(
        document().active_element().map(|e| e.id()).as_deref(),
        Some("main-heading")
    );
    app.destroy();
    root.remove();
}

#[wasm_bindgen_test]
fn the_exported_assess_reads_objects_and_text_and_names_bad_fields() {
    use transfer_check::embed::assess;
    let json = include_str!("../examples/mainland-undergraduate.json");
    let from_text = assess(json.into(), Some("2026-09-01".into()), None).unwrap();
    let verdict = js_sys::Reflect::get(&from_text, &"verdict".into()).unwrap();
    assert_eq!(verdict.as_string().as_deref(), Some("eligible"));
    let object = js_sys::JSON::parse(json).unwrap();
    let from_object = assess(object, Some("2026-09-01".into()), Some("zh-CN".into())).unwrap();
    let findings = js_sys::Reflect::get(&from_object, &"findings".into()).unwrap();
    assert!(js_sys::Array::from(&findings).length() > 10);

    let bad = r#"{"format":"transfer-check/case","version":1,"courses":[{"credits":-4}]}"#;
    let err = assess(bad.into(), None, None).unwrap_err();
    let errors = js_sys::Reflect::get(&err, &"errors".into()).unwrap();
    let first = js_sys::Array::from(&errors).get(0);
    let path = js_sys::Reflect::get(&first, &"path".into()).unwrap();
    assert_eq!(path.as_string().as_deref(), Some("courses[0].credits"));
}
