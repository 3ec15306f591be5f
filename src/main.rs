//! The browser entry point: mounts the app on the page's body, unless the page only wants the engine
//! (`<html data-transfer-check="engine">`, for sites that call the exported `assess` themselves).

fn main() {
    let engine_only = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("data-transfer-check"))
        .is_some_and(|mode| mode == "engine");
    if !engine_only {
        yew::Renderer::<transfer_check::app::App>::new().render();
    }
}
