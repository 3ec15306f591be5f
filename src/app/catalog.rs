//! The site's programme catalogue (`docs/catalog.md`), as the build wrote it (`scripts/catalog.mjs`): the
//! index of programmes, fetched the first time a student looks for their programme, and each
//! programme's file, fetched when it is chosen. Both are kept here for the visit and by the service
//! worker for the next, so that a chosen programme still opens offline.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use crate::engine::catalog::site::{Entry, Index};
use crate::engine::catalog::{Catalog, Programme};

/// Where the index is on the site, relative to the page; the programmes' files are beside it.
pub const INDEX_FILE: &str = "catalog/index.json";

thread_local! {
    static INDEX: RefCell<Option<Rc<Index>>> = const { RefCell::new(None) };
    static PROGRAMMES: RefCell<BTreeMap<String, Rc<Programme>>> = const { RefCell::new(BTreeMap::new()) };
}

/// The index, if it has been fetched already.
pub fn index() -> Option<Rc<Index>> {
    INDEX.with(|i| i.borrow().clone())
}

/// The index, fetched the first time; `None` when it cannot be had (offline before the site was
/// kept) or the site has none.
pub async fn load_index() -> Option<Rc<Index>> {
    if let Some(index) = index() {
        return Some(index);
    }
    let text = crate::app::browser::fetch_text(INDEX_FILE).await?;
    let index = Rc::new(serde_json::from_str::<Index>(&text).ok()?);
    INDEX.with(|i| *i.borrow_mut() = Some(index.clone()));
    Some(index)
}

/// A programme already fetched.
pub fn programme(id: &str) -> Option<Rc<Programme>> {
    PROGRAMMES.with(|p| p.borrow().get(id).cloned())
}

/// The programme of an entry of the index, fetched the first time.
pub async fn load_programme(entry: &Entry) -> Option<Rc<Programme>> {
    if let Some(programme) = programme(&entry.id) {
        return Some(programme);
    }
    let text = crate::app::browser::fetch_text(&format!("catalog/{}", entry.file)).await?;
    let programme = Rc::new(serde_json::from_str::<Programme>(&text).ok()?);
    PROGRAMMES.with(|p| p.borrow_mut().insert(entry.id.clone(), programme.clone()));
    Some(programme)
}

/// The catalogue as read so far with programme `id` read too: its publication and every programme
/// fetched in this visit. The index not holding `id` is an answer too (the engine then says the
/// programme is unknown); `None` when the index cannot be had.
pub async fn with_programme(id: &str) -> Option<Rc<Catalog>> {
    let index = load_index().await?;
    if let Some(entry) = index.programmes.iter().find(|e| e.id == id) {
        load_programme(entry).await?;
    }
    let programmes = PROGRAMMES.with(|p| p.borrow().values().map(|p| (**p).clone()).collect());
    Some(Rc::new(Catalog {
        publication: index.publication.clone(),
        programmes,
    }))
}
