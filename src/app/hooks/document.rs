//! The document itself: the page rendered at build time, `<html lang>` and the tab title.

use yew::prelude::*;

use crate::app::route::Page;
use crate::app::{browser, prefs, text};
use crate::lang::Lang;

/// The app replaces the page rendered at build time once it can show the page asked for: a deep link
/// keeps that page's "Loading" line until the page's code has arrived.
#[hook]
pub fn use_take_over(loading: bool) {
    use_effect_with(loading, |&loading| {
        if !loading {
            browser::take_over();
        }
    });
}

/// `<html lang>` and the tab title follow the language and the page.
#[hook]
pub fn use_lang_and_title(lang: Lang, page: Page) {
    use_effect_with((lang, page), |&(lang, page)| {
        let t = text::text(lang);
        let title = match page {
            Page::Start => t.product.to_owned(),
            page => format!("{} – {}", t.step(page), t.product),
        };
        prefs::apply_to_document(lang, &title);
    });
}
