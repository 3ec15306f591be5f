//! What the app asks of the browser: storage that may be refused, the page address, files, the
//! clipboard, the date, deflate compression, and the site's own reference files. Every call tolerates a
//! browser that says no; nothing typed is ever sent over the network, and the only requests are for
//! files of the site itself.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Response, Storage, Url};

use crate::engine::case::date::Date;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// localStorage, unless the browser refuses it (storage disabled, some private modes).
fn storage() -> Option<Storage> {
    window()?.local_storage().ok().flatten()
}

/// Why storage did not work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StorageRefused;

pub fn load(key: &str) -> Result<Option<String>, StorageRefused> {
    storage()
        .ok_or(StorageRefused)?
        .get_item(key)
        .map_err(|_| StorageRefused)
}

/// Stores a value; a full or refused storage is reported, never thrown.
pub fn store(key: &str, value: &str) -> Result<(), StorageRefused> {
    storage()
        .ok_or(StorageRefused)?
        .set_item(key, value)
        .map_err(|_| StorageRefused)
}

pub fn forget(key: &str) -> Result<(), StorageRefused> {
    storage()
        .ok_or(StorageRefused)?
        .remove_item(key)
        .map_err(|_| StorageRefused)
}

/// The tab's session storage: what this tab alone keeps across a reload (the case it edits).
pub fn session_load(key: &str) -> Option<String> {
    window()?
        .session_storage()
        .ok()
        .flatten()?
        .get_item(key)
        .ok()
        .flatten()
}

pub fn session_store(key: &str, value: &str) {
    if let Some(s) = window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = s.set_item(key, value);
    }
}

/// The keys of local storage that begin with `prefix`.
pub fn keys(prefix: &str) -> Vec<String> {
    let Some(storage) = storage() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect()
}

/// Milliseconds since 1970.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// An id no other case on this device has: the time and a random part, so that two tabs making a
/// case in the same millisecond still differ.
pub fn fresh_id() -> String {
    let random = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    format!("{:x}{random:08x}", now() as u64)
}

/// Today in the browser's time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    Date::new(y as i32, m as u8, d as u8).unwrap_or_else(|| Date::from_unix_days(0))
}

/// The page address's fragment, `#...`, or empty.
pub fn hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Records a page in the history, so the browser's Back button returns to the previous page.
pub fn push_hash(hash: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(hash));
    }
}

/// Replaces the address without a history entry (after a share link has been read).
pub fn replace_hash(hash: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(hash));
    }
}

/// The address of this page with another fragment.
pub fn address_with(hash: &str) -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}{hash}")
}

/// Offers text as a file download.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let document = window().and_then(|w| w.document()).ok_or(JsValue::NULL)?;
    let link: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    Url::revoke_object_url(&url)
}

pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Puts text on the clipboard; false when the browser does not allow it.
pub async fn copy(text: &str) -> bool {
    let Some(clipboard) = window().map(|w| w.navigator().clipboard()) else {
        return false;
    };
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

#[wasm_bindgen]
extern "C" {
    /// The browser's streaming compressor (every current browser has it; no bytes of ours).
    #[wasm_bindgen(js_name = CompressionStream)]
    type CompressionStream;
    #[wasm_bindgen(constructor, js_class = "CompressionStream", catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;

    #[wasm_bindgen(js_name = DecompressionStream)]
    type DecompressionStream;
    #[wasm_bindgen(constructor, js_class = "DecompressionStream", catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
}

/// Sends bytes through a transform stream (a compressor or a decompressor) and collects the result.
async fn through(bytes: &[u8], transform: &JsValue) -> Result<Vec<u8>, JsValue> {
    let parts = Array::of1(&Uint8Array::from(bytes));
    let blob = Blob::new_with_u8_array_sequence(&parts)?;
    // Both stream kinds are a readable/writable pair, which is all `pipeThrough` asks for.
    let piped = blob.stream().pipe_through(transform.unchecked_ref());
    let response = Response::new_with_opt_readable_stream(Some(&piped))?;
    let buffer = JsFuture::from(response.array_buffer()?).await?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// Raw deflate (RFC 1951) of some bytes.
pub async fn deflate(bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
    let compressor: JsValue = CompressionStream::new("deflate-raw")?.into();
    through(bytes, &compressor).await
}

/// The bytes a raw deflate stream holds; an error for a damaged stream.
pub async fn inflate(bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
    let decompressor: JsValue = DecompressionStream::new("deflate-raw")?.into();
    through(bytes, &decompressor).await
}

/// The text of a file of the site itself (a path relative to the page), such as the Measures' text;
/// `None` when it cannot be had (offline before it was ever cached, or a server error).
pub async fn fetch_text(path: &str) -> Option<String> {
    let response = JsFuture::from(window()?.fetch_with_str(path)).await.ok()?;
    let response: Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// The attribute the page's start-up script sets on `<html>` once a new version of the site is
/// installed and waiting (site/index.html); the event it sends at that moment.
pub const UPDATE_ATTRIBUTE: &str = "data-update";
pub const UPDATE_EVENT: &str = "transfer-check-update";

/// Whether a new version of the site waits to be switched to.
pub fn update_waiting() -> bool {
    root().is_some_and(|r| r.has_attribute(UPDATE_ATTRIBUTE))
}

/// Switches to the waiting version: the start-up script tells the new service worker to take over,
/// and reloads the page when it has (the answers are saved as they are typed).
pub fn apply_update() {
    let Some(w) = window() else { return };
    let apply = js_sys::Reflect::get(&w, &JsValue::from_str("transferCheckUpdate"));
    if let Ok(f) = apply.and_then(|f| f.dyn_into::<js_sys::Function>()) {
        let _ = f.call0(&w);
    }
}

fn root() -> Option<web_sys::Element> {
    window()?.document()?.document_element()
}

/// Hands the page over from the start page rendered at build time to the mounted app: the prerendered
/// copies go and `<html data-ready>` tells tests and benchmarks that the app is interactive. Both in one
/// task, so the browser never paints the two together or neither.
pub fn take_over() {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(copies) = document.query_selector_all(".prerender") {
        for i in 0..copies.length() {
            if let Some(node) = copies.item(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
    if let Some(root) = root() {
        let _ = root.set_attribute("data-ready", "");
    }
}

/// The first block of the main column that starts in view, and how far below the top of the window
/// it starts: where a reader is, to be kept in place while the page's layout changes.
pub fn reading_place() -> Option<(web_sys::Element, f64)> {
    let document = web_sys::window()?.document()?;
    let blocks = document
        .query_selector_all("main h1, main h2, main h3, main p, main li, main tr, main .form-group")
        .ok()?;
    (0..blocks.length())
        .filter_map(|i| blocks.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|e| {
            let rect = e.get_bounding_client_rect();
            // A block not drawn (printed only, folded away) has an empty box at the top.
            (rect.height() > 0.0).then(|| (e, rect.top()))
        })
        .find(|(_, top)| *top >= 0.0)
}

/// Scrolls so that `block` starts `top` pixels below the top of the window again.
pub fn keep_place(block: &web_sys::Element, top: f64) {
    if let Some(window) = web_sys::window() {
        let now = block.get_bounding_client_rect().top();
        window.scroll_by_with_x_and_y(0.0, now - top);
    }
}
