//! Where keyboard focus goes after an action: a page's heading (so screen readers announce the page),
//! the error summary, or a field. The reducer records a `Focus`; an effect moves focus after rendering.

use wasm_bindgen::JsCast;

use crate::engine::case::field::FieldPath;

/// The id of each page's main heading.
pub const MAIN_HEADING_ID: &str = "main-heading";
/// The id of the error summary.
pub const ERROR_SUMMARY_ID: &str = "error-summary";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    Heading,
    ErrorSummary,
    Field(FieldPath),
    /// An element of the page that is neither (a notice, a question asking to confirm).
    Element(&'static str),
    /// The button that opens course `i`'s editor, where focus returns when the editor closes.
    CourseButton(usize),
}

impl Focus {
    pub fn element_id(&self) -> String {
        match self {
            Focus::Heading => MAIN_HEADING_ID.to_owned(),
            Focus::ErrorSummary => ERROR_SUMMARY_ID.to_owned(),
            Focus::Field(path) => field_id(&path.to_string()),
            Focus::Element(id) => (*id).to_owned(),
            Focus::CourseButton(i) => course_button_id(*i),
        }
    }
}

/// The id of the button that opens course `i`'s editor.
pub fn course_button_id(i: usize) -> String {
    format!("course-{i}-change")
}

/// The element id of the field at a case-file path: `courses[3].grade.value` -> `f-courses-3-grade-value`.
pub fn field_id(path: &str) -> String {
    let mut id = String::with_capacity(path.len() + 2);
    id.push_str("f-");
    let mut dash = false;
    for c in path.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            if dash {
                id.push('-');
                dash = false;
            }
            id.push(c);
        } else {
            dash = true;
        }
    }
    id
}

/// The id of the page's main column, which starts with the page's heading.
const MAIN_ID: &str = "main";

/// The share of the screen's height in which a heading counts as seen at once when the page is at its
/// top.
const AT_ONCE: f64 = 0.6;

impl Focus {
    /// Moves focus where it was asked and brings it into view: a page opens at its heading, anything
    /// else (a field, a message) is brought to the middle of the screen, with what surrounds it.
    pub fn bring(self) -> bool {
        let Some(element) = element(&self.element_id()) else {
            return false;
        };
        let _ = element.focus();
        match self {
            Focus::Heading => open_at_heading(&element),
            _ => {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Center);
                element.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
        true
    }
}

/// Focuses the element with `id` where it is, without scrolling: for a control whose own button went
/// away with what it chose.
pub fn focus_by_id(id: &str) {
    if let Some(element) = element(id) {
        let _ = element.focus();
    }
}

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// At the page's top where the heading shows high on the screen from there (beside the steps, on a
/// wide screen); else with the main column at the screen's top, below the steps that a phone shows
/// first.
fn open_at_heading(heading: &web_sys::HtmlElement) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let screen = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let scrolled = window.scroll_y().unwrap_or(0.0);
    let bottom_from_top = heading.get_bounding_client_rect().bottom() + scrolled;
    match element(MAIN_ID) {
        Some(main) if bottom_from_top > screen * AT_ONCE => main.scroll_into_view(),
        _ => window.scroll_to_with_x_and_y(0.0, 0.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::Field;

    #[test]
    fn field_ids_are_safe_and_unique_per_path() {
        let id = |p: FieldPath| Focus::Field(p).element_id();
        assert_eq!(
            id(FieldPath::course(3, Field::CourseGradeValue)),
            "f-courses-3-grade-value"
        );
        assert_eq!(id(Field::Route.into()), "f-applicant-route");
        assert_eq!(
            id(FieldPath::section(0, 2)),
            "f-applicant-language-tests-0-sections-2"
        );
        assert_ne!(
            id(FieldPath::course(1, Field::CourseHours)),
            id(FieldPath::course(11, Field::CourseHours))
        );
    }
}
