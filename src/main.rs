//! The browser entry point: mounts the app in `<div id="app">` (beside the start page index.html
//! carries prerendered, which the app replaces once it has rendered), or on the body of a page without
//! one; unless the page only wants the engine (`<html data-transfer-check="engine">`, for sites that
//! call the exported `assess` themselves).

fn main() {
    let document = web_sys::window().and_then(|w| w.document());
    let engine_only = document
        .as_ref()
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("data-transfer-check"))
        .is_some_and(|mode| mode == "engine");
    if engine_only {
        return;
    }
    match document.and_then(|d| d.get_element_by_id("app")) {
        Some(root) => yew::Renderer::<transfer_check::app::App>::with_root(root).render(),
        None => yew::Renderer::<transfer_check::app::App>::new().render(),
    };
}
