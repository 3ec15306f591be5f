//! The start page as static HTML, written into index.html at build time (`src/bin/prerender.rs`,
//! `scripts/prerender.mjs`) so that a visitor sees it before the wasm has arrived. It is rendered by the
//! same `Shell` the app mounts, from the same start, so the app's first render matches it and nothing
//! moves when the app takes over; until then its controls are disabled (links work as plain links).

use std::future::Future;
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, Thread};

use yew::LocalServerRenderer;

use super::{Shell, ShellProps, Start};
use crate::app::text::text;
use crate::engine::case::date::Date;
use crate::lang::Lang;

/// Wakes the rendering thread; enough to drive the renderer, which needs no runtime of its own.
struct Unpark(Thread);

impl Wake for Unpark {
    fn wake(self: Arc<Self>) {
        self.0.unpark();
    }
}

fn block_on<F: Future>(future: F) -> F::Output {
    let waker = Waker::from(Arc::new(Unpark(thread::current())));
    let mut cx = Context::from_waker(&waker);
    let mut future = pin!(future);
    loop {
        match future.as_mut().poll(&mut cx) {
            Poll::Ready(output) => return output,
            Poll::Pending => thread::park(),
        }
    }
}

/// The frame and page of a start, as HTML.
pub fn render(start: Start) -> String {
    block_on(
        LocalServerRenderer::<Shell>::with_props(ShellProps { start })
            .hydratable(false)
            .render(),
    )
}

/// A new visitor's start page in a language, its controls disabled until the app takes over, with a
/// line shown in place of the page while the app loads a deep link or saved answers.
pub fn start_page(lang: Lang, today: Date) -> String {
    let loading = format!(
        r#"</header><p class="prerender__loading" role="status">{}</p>"#,
        text(lang).frame.loading
    );
    disabled(&render(Start::new(lang, today))).replacen("</header>", &loading, 1)
}

/// `html` with every button, input and select disabled: before the app has loaded they could do
/// nothing, and a control that does nothing is worse than one that is plainly not ready.
fn disabled(html: &str) -> String {
    ["button", "input", "select", "textarea"]
        .iter()
        .fold(html.to_owned(), |html, tag| {
            html.replace(&format!("<{tag} "), &format!("<{tag} disabled "))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_page_has_its_heading_and_no_live_control() {
        let today = Date::new(2026, 12, 1).unwrap();
        for lang in Lang::ALL {
            let html = start_page(lang, today);
            assert!(html.contains(r#"id="main-heading""#), "{html}");
            assert!(html.contains(crate::app::text::text(lang).product));
            assert!(!html.contains("<!--"), "no hydration markers");
            for tag in ["button", "input", "select", "textarea"] {
                let every = html.matches(&format!("<{tag} ")).count();
                let off = html.matches(&format!("<{tag} disabled ")).count();
                assert_eq!(every, off, "{lang:?}: a {tag} left enabled");
            }
            assert!(html.contains("<button disabled "), "{lang:?}");
        }
    }
}
