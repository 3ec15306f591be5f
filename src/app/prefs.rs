//! The language preference: where it comes from and where it goes in the browser.
//!
//! An explicit choice is remembered in localStorage; without one, the browser's language decides. Only
//! `lang_for_tag` is pure; the rest touches the page and so runs only in a browser.

use super::browser;
use crate::lang::Lang;

/// The localStorage key; namespaced because a static host may serve other apps from the same origin.
pub const STORAGE_KEY: &str = "transfer-check.lang";

/// The interface language for a browser language tag: any Chinese tag gets the Chinese page (simplified is
/// the only Chinese table), everything else English.
pub fn lang_for_tag(tag: &str) -> Lang {
    let primary = tag.split(['-', '_']).next().unwrap_or_default();
    if primary.eq_ignore_ascii_case("zh") {
        Lang::Zh
    } else {
        Lang::En
    }
}

/// The language to start in: the remembered choice, else the browser's language, else English.
pub fn initial_lang() -> Lang {
    remembered().or_else(browser_lang).unwrap_or_default()
}

fn remembered() -> Option<Lang> {
    Lang::from_tag(&browser::load(STORAGE_KEY).ok()??)
}

fn browser_lang() -> Option<Lang> {
    let tag = web_sys::window()?.navigator().language()?;
    Some(lang_for_tag(&tag))
}

/// Remembers an explicit choice. Failing to store (private browsing, storage disabled) only costs the
/// memory of the choice, so it is not an error the user needs to see.
pub fn remember(lang: Lang) {
    let _ = browser::store(STORAGE_KEY, lang.tag());
}

/// Makes the document match the language: `lang` on the root element (screen readers and fonts follow it)
/// and the title shown in the tab.
pub fn apply_to_document(lang: Lang, title: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.tag());
    }
    document.set_title(title);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_tags_choose_chinese() {
        for tag in ["zh", "zh-CN", "zh-Hans-CN", "ZH_sg", "zh-TW"] {
            assert_eq!(lang_for_tag(tag), Lang::Zh, "{tag}");
        }
    }

    #[test]
    fn other_tags_choose_english() {
        for tag in ["en", "en-GB", "fr-FR", "", "zhx"] {
            assert_eq!(lang_for_tag(tag), Lang::En, "{tag}");
        }
    }
}
