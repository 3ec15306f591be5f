//! The engine alone, for admissions sites that embed it: a WebAssembly module of its own exporting
//! `assess` (`transfer_check::embed`), so that the app's module carries no export it never calls and
//! an embedding page loads no interface code. Trunk builds it beside the app (site/index.html,
//! `data-bin="engine"`, into dist/engine/).

#[cfg(target_arch = "wasm32")]
mod export {
    use wasm_bindgen::prelude::*;

    /// Assesses a case file: see `transfer_check::embed::assess`.
    #[wasm_bindgen]
    pub fn assess(
        case_file: JsValue,
        today: Option<String>,
        lang: Option<String>,
    ) -> Result<JsValue, JsValue> {
        transfer_check::embed::assess(case_file, today, lang)
    }
}

fn main() {}
