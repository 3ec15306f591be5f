//! The pages of the check, in the order a student goes through them.

mod about;
mod answers;
mod cases;
mod chosen;
mod comparison;
mod courses;
mod cscse;
mod documents;
mod left;
mod matching;
mod programme;
mod qr;
mod record;
mod result;
mod side;
mod start;
mod step;
mod timeline;
mod view;

pub use about::AboutPage;
pub use answers::AnswersPage;
pub use courses::CoursesPage;
pub use cscse::CscsePage;
pub use documents::DocumentsPage;
pub use left::LeftPage;
pub use programme::ProgrammePage;
pub use record::RecordPage;
pub use result::ResultPage;
pub use start::StartPage;
pub use step::{go_to, guide_link, use_form};
pub use timeline::TimelinePage;
pub use view::{use_page_code, PageCode, Save};
