//! The pages of the check, in the order a student goes through them.

mod about;
mod answers;
mod courses;
mod cscse;
mod documents;
mod programme;
mod record;
mod result;
mod start;
mod step;
mod timeline;
mod view;

pub use about::About;
pub use answers::Answers;
pub use courses::Courses;
pub use cscse::Cscse;
pub use documents::Documents;
pub use programme::Programme;
pub use record::Record;
pub use result::Result;
pub use start::Start;
pub use step::{go_to, guide_link, use_form};
pub use timeline::Timeline;
pub use view::{use_page_code, PageCode};
