//! The cases kept on this device: an index of named cases in the order they were made, and each
//! case's save (`saved::wrap`) under its own key. A tab edits one case at a time; which one is kept in
//! the tab's session, so a reload reopens it and another tab may edit another.
//!
//! Two tabs may edit the same case. Every save of a case raises its revision in the index; a tab that
//! finds a revision it did not write knows another tab saved in the meantime. It then keeps that save
//! as it is and saves its own changes as a new case: the first save wins the case, the later one is
//! never dropped, and the tab says so.
//!
//! Storage may refuse a write at any time (a full quota). Nothing already saved is then removed: the
//! caller keeps the answers in the tab and says so.

use serde_json::{json, Map, Value};

use super::browser::{self, StorageRefused};

/// The index of cases.
pub const INDEX_KEY: &str = "transfer-check.cases";
/// Each case's save is under this prefix and its id.
pub const CASE_PREFIX: &str = "transfer-check.case.";
/// In the tab's session storage: the id of the case the tab edits.
pub const OPEN_KEY: &str = "transfer-check.open";
/// The id of the case saved last, which a new tab opens.
pub const LATEST_KEY: &str = "transfer-check.latest";
const FORMAT: &str = "transfer-check/cases-on-device";

/// A case in the index.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub id: String,
    /// The applicant's name or any label typed for them.
    pub name: String,
    /// Raised by every save of the case.
    pub rev: u64,
    /// When it was last saved, in milliseconds since 1970.
    pub saved: f64,
    /// The size of its save, in bytes.
    pub bytes: usize,
    /// For a scenario, the case it was made from and the change that makes it one.
    pub scenario: Option<Scenario>,
}

/// A scenario's link to its case, and what it changes.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub of: String,
    pub change: String,
}

/// Where cases are kept: the browser's local storage, or a map in native tests.
pub trait Store {
    fn get(&self, key: &str) -> Result<Option<String>, StorageRefused>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageRefused>;
    fn remove(&self, key: &str) -> Result<(), StorageRefused>;
    /// The keys that begin with `prefix`.
    fn keys(&self, prefix: &str) -> Vec<String>;
}

/// The browser's local storage.
pub struct Local;

impl Store for Local {
    fn get(&self, key: &str) -> Result<Option<String>, StorageRefused> {
        browser::load(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageRefused> {
        browser::store(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StorageRefused> {
        browser::forget(key)
    }
    fn keys(&self, prefix: &str) -> Vec<String> {
        browser::keys(prefix)
    }
}

/// Marks a case whose latest changes could not be saved: a few bytes a full storage may still take,
/// so that the tab that opens it next says it is behind.
pub fn behind_key(id: &str) -> String {
    format!("transfer-check.behind.{id}")
}

/// A save with its revision in front, `{"rev":3,"app":…}`: the start page reads it there without
/// reading the index (`rev_of`).
fn stamp(wrapped: &str, rev: u64) -> String {
    match wrapped.strip_prefix('{') {
        Some(rest) => format!("{{\"rev\":{rev},{rest}"),
        None => wrapped.to_owned(),
    }
}

/// A save without the day it was saved on (`saved::wrap` writes `"saved_on":"2026-12-05",` once).
fn undated(raw: &str) -> std::borrow::Cow<'_, str> {
    const FIELD: &str = "\"saved_on\":\"";
    let Some(at) = raw.find(FIELD) else {
        return raw.into();
    };
    let value = at + FIELD.len();
    match raw[value..].find("\",") {
        Some(end) => format!("{}{}", &raw[..at], &raw[value + end + 2..]).into(),
        None => raw.into(),
    }
}

/// The revision at the front of a stored save; 0 for a save without one.
pub fn rev_of(raw: &str) -> u64 {
    let digits = raw.strip_prefix("{\"rev\":").unwrap_or_default();
    let end = digits
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(digits.len());
    digits[..end].parse().unwrap_or(0)
}

pub fn case_key(id: &str) -> String {
    format!("{CASE_PREFIX}{id}")
}

/// The cases in the index, in their order, then any case kept on the device that the index does not
/// name (the earlier version's save, taken in at start, or the cases of an index that could not be
/// read), so that no case is out of reach. Each such case is named "Case n" until renamed.
pub fn list(store: &impl Store) -> Vec<Entry> {
    let raw = store.get(INDEX_KEY).ok().flatten();
    let mut entries = raw.and_then(|raw| read_index(&raw)).unwrap_or_default();
    let mut kept: Vec<String> = store.keys(CASE_PREFIX);
    kept.sort();
    for key in kept {
        let id = &key[CASE_PREFIX.len()..];
        if entries.iter().any(|e| e.id == id) {
            continue;
        }
        let Some(raw) = store.get(&key).ok().flatten() else {
            continue;
        };
        entries.push(Entry {
            id: id.to_owned(),
            name: String::new(),
            rev: rev_of(&raw),
            saved: 0.0,
            bytes: raw.len(),
            scenario: None,
        });
    }
    entries
}

fn read_index(raw: &str) -> Option<Vec<Entry>> {
    let value: Value = serde_json::from_str(raw).ok()?;
    if value.get("format")?.as_str()? != FORMAT {
        return None;
    }
    let cases = value.get("cases")?.as_array()?;
    Some(cases.iter().filter_map(read_entry).collect())
}

fn read_entry(value: &Value) -> Option<Entry> {
    let text = |name: &str| value.get(name).and_then(Value::as_str).map(str::to_owned);
    let number = |name: &str| value.get(name).and_then(Value::as_f64).unwrap_or(0.0);
    let scenario = match (text("of"), text("change")) {
        (Some(of), Some(change)) => Some(Scenario { of, change }),
        _ => None,
    };
    Some(Entry {
        id: text("id")?,
        name: text("name").unwrap_or_default(),
        rev: value.get("rev").and_then(Value::as_u64).unwrap_or(0),
        saved: number("saved"),
        bytes: value.get("bytes").and_then(Value::as_u64).unwrap_or(0) as usize,
        scenario,
    })
}

fn write_index(store: &impl Store, entries: &[Entry]) -> Result<(), StorageRefused> {
    let cases: Vec<Value> = entries
        .iter()
        .map(|e| {
            let mut m = Map::new();
            m.insert("id".into(), e.id.clone().into());
            m.insert("name".into(), e.name.clone().into());
            m.insert("rev".into(), e.rev.into());
            m.insert("saved".into(), e.saved.into());
            m.insert("bytes".into(), e.bytes.into());
            if let Some(s) = &e.scenario {
                m.insert("of".into(), s.of.clone().into());
                m.insert("change".into(), s.change.clone().into());
            }
            Value::Object(m)
        })
        .collect();
    let index = json!({ "format": FORMAT, "version": 1, "cases": cases });
    store.set(INDEX_KEY, &index.to_string())
}

/// What a new case needs from the tab: a fresh id, the time, and the name to give it.
pub struct Fresh<'a> {
    pub id: String,
    pub now: f64,
    /// The name of the `n`th case (from 1), in the page's language.
    pub default_name: &'a dyn Fn(usize) -> String,
}

/// The case a tab edits and the revision it last read or wrote.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Open {
    pub id: Option<String>,
    pub rev: u64,
}

/// What became of a save.
#[derive(Clone, Debug, PartialEq)]
pub enum Saved {
    /// Written (or already there as it is).
    Kept,
    /// The first save of a new case, `id`.
    Created { id: String },
    /// Another tab saved the case in the meantime: its save stays as `was`, this tab's changes are
    /// the new case `id`, named `copy`.
    Forked {
        id: String,
        was: String,
        copy: String,
    },
}

/// Saves the tab's case, `wrapped`. A refusal leaves everything stored as it was.
pub fn save(
    store: &impl Store,
    open: &mut Open,
    wrapped: &str,
    fresh: Fresh,
) -> Result<Saved, StorageRefused> {
    let mut entries = list(store);
    named(&mut entries, fresh.default_name);
    let at = open
        .id
        .as_ref()
        .and_then(|id| entries.iter().position(|e| &e.id == id));
    let Some(at) = at else {
        // A new case, or one deleted in another tab while this one edited it: saved again.
        let name = unused_default(&entries, entries.len() + 1, fresh.default_name);
        let id = open.id.clone().unwrap_or(fresh.id);
        add(store, &mut entries, &id, name, wrapped, fresh.now, None)?;
        let created = open.id.is_none();
        *open = Open {
            id: Some(id.clone()),
            rev: 1,
        };
        return Ok(if created {
            Saved::Created { id }
        } else {
            Saved::Kept
        });
    };
    if entries[at].rev != open.rev {
        let was = entries[at].name.clone();
        let copy = unused_name(&entries, &was);
        let scenario = entries[at].scenario.clone();
        let id = fresh.id;
        add(
            store,
            &mut entries,
            &id,
            copy.clone(),
            wrapped,
            fresh.now,
            scenario,
        )?;
        *open = Open {
            id: Some(id.clone()),
            rev: 1,
        };
        return Ok(Saved::Forked { id, was, copy });
    }
    let key = case_key(&entries[at].id);
    let rev = entries[at].rev;
    let stored = store.get(&key).ok().flatten();
    // The same answers saved on another day are no change: opening a case writes nothing.
    if stored.is_some_and(|s| undated(&s) == undated(&stamp(wrapped, rev))) {
        return Ok(Saved::Kept);
    }
    let stamped = stamp(wrapped, rev + 1);
    if let Err(refused) = store.set(&key, &stamped) {
        let _ = store.set(&behind_key(&entries[at].id), "1");
        return Err(refused);
    }
    let _ = store.remove(&behind_key(&entries[at].id));
    let entry = &mut entries[at];
    entry.rev += 1;
    entry.saved = fresh.now;
    entry.bytes = stamped.len();
    write_index(store, &entries)?;
    // Known once the index says so: a tab whose index write failed still matches the index.
    open.rev = entries[at].rev;
    latest_is(store, &entries[at].id);
    Ok(Saved::Kept)
}

/// Adds a case at the end of the index; if the index cannot be written, the case's save goes too.
fn add(
    store: &impl Store,
    entries: &mut Vec<Entry>,
    id: &str,
    name: String,
    wrapped: &str,
    now: f64,
    scenario: Option<Scenario>,
) -> Result<(), StorageRefused> {
    let key = case_key(id);
    let stamped = stamp(wrapped, 1);
    store.set(&key, &stamped)?;
    entries.push(Entry {
        id: id.to_owned(),
        name,
        rev: 1,
        saved: now,
        bytes: stamped.len(),
        scenario,
    });
    write_index(store, entries).inspect_err(|_| {
        let _ = store.remove(&key);
        entries.pop();
    })?;
    latest_is(store, id);
    Ok(())
}

/// Notes `id` as the case saved last, for the next tab to open.
fn latest_is(store: &impl Store, id: &str) {
    if store.get(LATEST_KEY).ok().flatten().as_deref() != Some(id) {
        let _ = store.set(LATEST_KEY, id);
    }
}

/// Adds a case made on the desk (a duplicate, a scenario, an imported case) after the others.
pub fn insert(
    store: &impl Store,
    id: &str,
    name: String,
    wrapped: &str,
    now: f64,
    scenario: Option<Scenario>,
) -> Result<(), StorageRefused> {
    let mut entries = list(store);
    add(store, &mut entries, id, name, wrapped, now, scenario)
}

/// Gives each case without a name (one the index did not name) the name of its place, "Case n", or
/// the first after it no case has.
pub fn named(entries: &mut [Entry], default_name: &dyn Fn(usize) -> String) {
    for i in 0..entries.len() {
        if entries[i].name.is_empty() {
            entries[i].name = unused_default(entries, i + 1, default_name);
        }
    }
}

/// "Case n" for the `from`th case, or the first after it no case has: a new case is named after its
/// place in the list, never as another case is.
fn unused_default(
    entries: &[Entry],
    from: usize,
    default_name: &dyn Fn(usize) -> String,
) -> String {
    first_unused(entries, (from..).map(default_name))
}

/// `name` with the first number in brackets that no case has: "Ana (2)", "Ana (3)".
pub fn unused_name(entries: &[Entry], name: &str) -> String {
    first_unused(entries, (2..).map(|n| format!("{name} ({n})")))
}

/// The first of `candidates` that no case is named.
fn first_unused(entries: &[Entry], mut candidates: impl Iterator<Item = String>) -> String {
    candidates
        .find(|candidate| entries.iter().all(|e| &e.name != candidate))
        .unwrap_or_default()
}

/// A case's save, as stored.
pub fn read(store: &impl Store, id: &str) -> Option<String> {
    store.get(&case_key(id)).ok().flatten()
}

/// Opens case `id` in the tab: its save and the revision the tab now knows, read from the save
/// itself (the index is the pages' business).
pub fn open(store: &impl Store, id: &str) -> Option<(String, Open)> {
    let raw = read(store, id)?;
    let open = Open {
        id: Some(id.to_owned()),
        rev: rev_of(&raw),
    };
    Some((raw, open))
}

/// The id the single save of earlier versions takes as a case of this device.
pub const EARLIER_ID: &str = "earlier";

/// Takes the single save of earlier versions (`saved::KEY`, read and written again as `wrapped`) in as
/// a case of this device: its save under its own key, then the earlier key removed. The index names it when the pages' module
/// next reads it (`list`). Nothing changes where storage refuses.
pub fn adopt_earlier(store: &impl Store, wrapped: &str) -> Option<Open> {
    store.set(&case_key(EARLIER_ID), &stamp(wrapped, 1)).ok()?;
    latest_is(store, EARLIER_ID);
    let _ = store.remove(super::saved::KEY);
    Some(Open {
        id: Some(EARLIER_ID.to_owned()),
        rev: 1,
    })
}

/// The case a new tab opens: the one saved last, while it is kept.
pub fn latest(store: &impl Store) -> Option<String> {
    store.get(LATEST_KEY).ok().flatten()
}

pub fn rename(store: &impl Store, id: &str, name: &str) -> Result<(), StorageRefused> {
    let mut entries = list(store);
    if let Some(e) = entries.iter_mut().find(|e| e.id == id) {
        e.name = name.to_owned();
    }
    write_index(store, &entries)
}

/// A removed case, as it was, to put back where it stood.
#[derive(Clone, Debug, PartialEq)]
pub struct Removed {
    pub entry: Entry,
    pub raw: Option<String>,
    pub position: usize,
}

/// Whether the case's latest changes could not be saved the last time it was open.
pub fn is_behind(store: &impl Store, id: &str) -> bool {
    store.get(&behind_key(id)).ok().flatten().is_some()
}

pub fn remove(store: &impl Store, id: &str) -> Result<Option<Removed>, StorageRefused> {
    let mut entries = list(store);
    let Some(position) = entries.iter().position(|e| e.id == id) else {
        return Ok(None);
    };
    let raw = read(store, id);
    let entry = entries.remove(position);
    write_index(store, &entries)?;
    let _ = store.remove(&case_key(id));
    let _ = store.remove(&behind_key(id));
    if latest(store).as_deref() == Some(id) {
        let _ = match entries.last() {
            Some(last) => store.set(LATEST_KEY, &last.id),
            None => store.remove(LATEST_KEY),
        };
    }
    Ok(Some(Removed {
        entry,
        raw,
        position,
    }))
}

/// Puts a removed case back where it was.
pub fn restore(store: &impl Store, removed: &Removed) -> Result<(), StorageRefused> {
    let mut entries = list(store);
    if entries.iter().any(|e| e.id == removed.entry.id) {
        return Ok(());
    }
    if let Some(raw) = &removed.raw {
        store.set(&case_key(&removed.entry.id), raw)?;
    }
    let at = removed.position.min(entries.len());
    entries.insert(at, removed.entry.clone());
    write_index(store, &entries)
}

/// Removes every case and the index.
pub fn remove_all(store: &impl Store) -> Result<(), StorageRefused> {
    for entry in list(store) {
        store.remove(&case_key(&entry.id))?;
        store.remove(&behind_key(&entry.id))?;
    }
    store.remove(LATEST_KEY)?;
    store.remove(INDEX_KEY)
}

/// Saves the tab's case in the browser's storage: `save` with a fresh id and the page's names. Code of
/// the pages' module (`pages::view::Code`): the start page's first load does not carry it.
pub fn save_here(
    open: &mut Open,
    wrapped: &str,
    lang: crate::lang::Lang,
) -> Result<Saved, StorageRefused> {
    let names = super::text::text(lang).default_case_name;
    let fresh = Fresh {
        id: browser::fresh_id(),
        now: browser::now(),
        default_name: &names,
    };
    save(&Local, open, wrapped, fresh)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::collections::BTreeMap;

    /// A storage that refuses writes beyond `quota` bytes in all.
    struct Memory {
        items: RefCell<BTreeMap<String, String>>,
        quota: usize,
    }

    impl Memory {
        fn new(quota: usize) -> Memory {
            Memory {
                items: RefCell::default(),
                quota,
            }
        }
        fn snapshot(&self) -> BTreeMap<String, String> {
            self.items.borrow().clone()
        }
    }

    impl Store for Memory {
        fn get(&self, key: &str) -> Result<Option<String>, StorageRefused> {
            Ok(self.items.borrow().get(key).cloned())
        }
        fn set(&self, key: &str, value: &str) -> Result<(), StorageRefused> {
            let mut items = self.items.borrow_mut();
            let others: usize = items
                .iter()
                .filter(|(k, _)| *k != key)
                .map(|(k, v)| k.len() + v.len())
                .sum();
            if others + key.len() + value.len() > self.quota {
                return Err(StorageRefused);
            }
            items.insert(key.to_owned(), value.to_owned());
            Ok(())
        }
        fn remove(&self, key: &str) -> Result<(), StorageRefused> {
            self.items.borrow_mut().remove(key);
            Ok(())
        }
        fn keys(&self, prefix: &str) -> Vec<String> {
            let items = self.items.borrow();
            items
                .keys()
                .filter(|k| k.starts_with(prefix))
                .cloned()
                .collect()
        }
    }

    fn named(n: usize) -> String {
        format!("Case {n}")
    }

    fn fresh(id: &str, now: f64) -> Fresh<'static> {
        Fresh {
            id: id.to_owned(),
            now,
            default_name: &named,
        }
    }

    /// A save as the tab writes it.
    fn case(x: &str) -> String {
        format!("{{\"v\":\"{x}\"}}")
    }

    /// A stored save without its revision, as the tab wrote it.
    fn body(store: &Memory, id: &str) -> Option<String> {
        let raw = read(store, id)?;
        let rest = raw.split_once(',').map_or(raw.as_str(), |(_, rest)| rest);
        Some(format!("{{{rest}"))
    }

    fn names(store: &Memory) -> Vec<String> {
        list(store).into_iter().map(|e| e.name).collect()
    }

    #[test]
    fn every_key_begins_with_the_app_s_name_so_that_deleting_everything_finds_it() {
        use crate::app::{prefs, saved};
        for key in [
            INDEX_KEY,
            CASE_PREFIX,
            saved::KEY,
            saved::SET_ASIDE_KEY,
            prefs::STORAGE_KEY,
        ] {
            assert!(key.starts_with("transfer-check."), "{key}");
        }
    }

    #[test]
    fn cases_are_listed_in_the_order_they_were_made() {
        let store = Memory::new(usize::MAX);
        for (i, id) in ["a", "b", "c"].into_iter().enumerate() {
            let mut open = Open::default();
            let saved = save(&store, &mut open, &case(id), fresh(id, i as f64));
            assert_eq!(saved, Ok(Saved::Created { id: id.into() }));
        }
        rename(&store, "b", "Wang Fang").unwrap();
        assert_eq!(names(&store), ["Case 1", "Wang Fang", "Case 3"]);
        assert_eq!(body(&store, "b"), Some(case("b")));
        assert_eq!(latest(&store).as_deref(), Some("c"));
        assert_eq!(open(&store, "b").map(|(_, o)| o.rev), Some(1));
    }

    #[test]
    fn a_second_tab_s_later_save_becomes_a_new_case_and_the_first_stays() {
        let store = Memory::new(usize::MAX);
        let mut first = Open::default();
        save(&store, &mut first, &case("v1"), fresh("a", 1.0)).unwrap();
        rename(&store, "a", "Ana").unwrap();
        let (_, mut second) = open(&store, "a").unwrap();
        assert_eq!(
            save(&store, &mut first, &case("v2 first tab"), fresh("x", 2.0)),
            Ok(Saved::Kept)
        );
        let forked = save(&store, &mut second, &case("v2 second tab"), fresh("b", 3.0));
        assert_eq!(
            forked,
            Ok(Saved::Forked {
                id: "b".into(),
                was: "Ana".into(),
                copy: "Ana (2)".into()
            })
        );
        assert_eq!(body(&store, "a"), Some(case("v2 first tab")));
        assert_eq!(body(&store, "b"), Some(case("v2 second tab")));
        // Each tab now edits its own case: no more forks.
        assert_eq!(
            save(&store, &mut first, &case("v3"), fresh("y", 4.0)),
            Ok(Saved::Kept)
        );
        assert_eq!(
            save(&store, &mut second, &case("v3'"), fresh("z", 5.0)),
            Ok(Saved::Kept)
        );
        assert_eq!(names(&store), ["Ana", "Ana (2)"]);
    }

    #[test]
    fn saving_what_is_stored_changes_no_revision() {
        let store = Memory::new(usize::MAX);
        let mut first = Open::default();
        save(&store, &mut first, &case("v1"), fresh("a", 1.0)).unwrap();
        let (_, mut second) = open(&store, "a").unwrap();
        // Opening a case saves it as it is: the other tab's next save is no conflict.
        assert_eq!(
            save(&store, &mut second, &case("v1"), fresh("b", 2.0)),
            Ok(Saved::Kept)
        );
        assert_eq!(
            save(&store, &mut first, &case("v2"), fresh("c", 3.0)),
            Ok(Saved::Kept)
        );
        assert_eq!(names(&store), ["Case 1"]);
    }

    #[test]
    fn a_full_storage_refuses_and_keeps_what_was_saved() {
        let store = Memory::new(400);
        let mut open = Open::default();
        save(&store, &mut open, &case("small"), fresh("a", 1.0)).unwrap();
        let before = store.snapshot();
        let big = "x".repeat(500);
        assert_eq!(
            save(&store, &mut open, &big, fresh("b", 2.0)),
            Err(StorageRefused)
        );
        assert!(
            is_behind(&store, "a"),
            "marked, where a few bytes still fit"
        );
        store.remove(&behind_key("a")).unwrap();
        assert_eq!(store.snapshot(), before);
        let mut other = Open::default();
        assert_eq!(
            save(&store, &mut other, &big, fresh("c", 3.0)),
            Err(StorageRefused)
        );
        assert_eq!(store.snapshot(), before, "no half-added case");
        assert_eq!(open.rev, 1, "the tab still knows the stored revision");
    }

    #[test]
    fn a_case_deleted_in_another_tab_is_saved_again_with_this_tab_s_changes() {
        let store = Memory::new(usize::MAX);
        let mut open = Open::default();
        save(&store, &mut open, &case("v1"), fresh("a", 1.0)).unwrap();
        remove(&store, "a").unwrap();
        assert_eq!(
            save(&store, &mut open, &case("v2"), fresh("b", 2.0)),
            Ok(Saved::Kept)
        );
        assert_eq!(body(&store, "a"), Some(case("v2")));
    }

    #[test]
    fn a_removed_case_comes_back_where_it_was() {
        let store = Memory::new(usize::MAX);
        for id in ["a", "b", "c"] {
            save(&store, &mut Open::default(), &case(id), fresh(id, 0.0)).unwrap();
        }
        let removed = remove(&store, "b").unwrap().unwrap();
        assert_eq!(names(&store), ["Case 1", "Case 3"]);
        assert_eq!(read(&store, "b"), None);
        restore(&store, &removed).unwrap();
        assert_eq!(names(&store), ["Case 1", "Case 2", "Case 3"]);
        assert_eq!(body(&store, "b"), Some(case("b")));
        remove_all(&store).unwrap();
        assert!(store.snapshot().is_empty());
    }

    #[test]
    fn cases_the_index_does_not_name_are_listed_and_named_at_the_next_save() {
        let store = Memory::new(usize::MAX);
        save(&store, &mut Open::default(), &case("a"), fresh("a", 1.0)).unwrap();
        rename(&store, "a", "Ana").unwrap();
        save(&store, &mut Open::default(), &case("b"), fresh("b", 2.0)).unwrap();
        store.set(INDEX_KEY, "{not json").unwrap();
        let ids: Vec<String> = list(&store).into_iter().map(|e| e.id).collect();
        assert_eq!(ids, ["a", "b"], "no case is out of reach");
        save(&store, &mut Open::default(), &case("c"), fresh("c", 3.0)).unwrap();
        assert_eq!(
            names(&store),
            ["Case 1", "Case 2", "Case 3"],
            "named again, not lost"
        );
        let scenario = Some(Scenario {
            of: "a".into(),
            change: "programme".into(),
        });
        insert(
            &store,
            "s",
            "Ana, EE".into(),
            &case("v"),
            1.0,
            scenario.clone(),
        )
        .unwrap();
        assert_eq!(list(&store)[3].scenario, scenario);
    }

    #[test]
    fn the_earlier_single_save_is_taken_in_and_named_by_the_next_save() {
        let store = Memory::new(usize::MAX);
        store.set(super::super::saved::KEY, &case("old")).unwrap();
        let mut open = adopt_earlier(&store, &case("old")).unwrap();
        assert_eq!(store.get(super::super::saved::KEY), Ok(None));
        assert_eq!(latest(&store).as_deref(), Some(EARLIER_ID));
        assert_eq!(body(&store, EARLIER_ID), Some(case("old")));
        assert_eq!(
            save(&store, &mut open, &case("typed"), fresh("x", 1.0)),
            Ok(Saved::Kept)
        );
        assert_eq!(names(&store), ["Case 1"]);
        assert_eq!(body(&store, EARLIER_ID), Some(case("typed")));
    }

    #[test]
    fn the_same_answers_saved_another_day_are_no_change() {
        let store = Memory::new(usize::MAX);
        let day = |d: &str| format!("{{\"app\":\"t\",\"saved_on\":\"{d}\",\"case\":{{}}}}");
        let mut first = Open::default();
        save(&store, &mut first, &day("2026-12-04"), fresh("a", 1.0)).unwrap();
        let (_, mut second) = open(&store, "a").unwrap();
        assert_eq!(
            save(&store, &mut second, &day("2026-12-05"), fresh("b", 2.0)),
            Ok(Saved::Kept)
        );
        assert_eq!(
            save(
                &store,
                &mut first,
                &day("2026-12-04").replace("{}", "{\"x\":1}"),
                fresh("c", 3.0)
            ),
            Ok(Saved::Kept),
            "the first tab's edit is no conflict"
        );
        assert_eq!(names(&store), ["Case 1"]);
    }

    #[test]
    fn default_names_are_not_repeated_after_a_delete() {
        let store = Memory::new(usize::MAX);
        for id in ["a", "b", "c"] {
            save(&store, &mut Open::default(), &case(id), fresh(id, 0.0)).unwrap();
        }
        remove(&store, "a").unwrap();
        save(&store, &mut Open::default(), &case("d"), fresh("d", 1.0)).unwrap();
        assert_eq!(names(&store), ["Case 2", "Case 3", "Case 4"]);
        assert_eq!(latest(&store).as_deref(), Some("d"));
        remove(&store, "d").unwrap();
        assert_eq!(
            latest(&store).as_deref(),
            Some("c"),
            "a new tab still opens a case"
        );
    }
}
