//! Prints the start page of each language as static HTML, the page title of each, and the storage keys
//! the page's start-up script reads, as JSON `{"pages": {"en": ..., "zh-CN": ...}, "titles": {...},
//! "keys": {"lang": ..., "answers": [...]}}` (answers are saved when any of those keys is), for
//! `scripts/prerender.mjs` to write into the built index.html.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::time::{SystemTime, UNIX_EPOCH};

    use transfer_check::app::prerender::start_page;
    use transfer_check::app::text::text;
    use transfer_check::app::{cases, prefs, saved};
    use transfer_check::engine::case::date::Date;
    use transfer_check::lang::Lang;

    let days = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    let today = Date::from_unix_days(i64::try_from(days).unwrap_or(0));
    let each = |f: &dyn Fn(Lang) -> String| -> serde_json::Value {
        Lang::ALL
            .iter()
            .map(|&lang| (lang.tag().to_owned(), f(lang).into()))
            .collect::<serde_json::Map<_, _>>()
            .into()
    };
    let out = serde_json::json!({
        "pages": each(&|lang| start_page(lang, today)),
        "titles": each(&|lang| text(lang).product.to_owned()),
        "keys": { "lang": prefs::STORAGE_KEY, "answers": [saved::KEY, cases::LATEST_KEY] },
    });
    println!("{out}");
}

/// Nothing to render in a browser: the pages are rendered where the site is built.
#[cfg(target_arch = "wasm32")]
fn main() {}
