//! The browser entry point: mounts the app in `<div id="app">` (beside the start page index.html
//! carries prerendered, which the app replaces once it can show the page asked for), or on the body of
//! a page without one. Sites that embed the engine load its own module instead (src/bin/engine).

fn main() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => yew::Renderer::<transfer_check::app::App>::with_root(root).render(),
        None => yew::Renderer::<transfer_check::app::App>::new().render(),
    };
}
