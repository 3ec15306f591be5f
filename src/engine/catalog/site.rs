//! The catalogue as the site serves it: an index of its programmes, read when a student first chooses
//! one, and one file per programme with its courses, knowledge points, literacy courses and past
//! decisions, read when that programme is chosen. The build writes them (`src/bin/catalog.rs`,
//! `scripts/catalog.mjs`); nothing of them is in the first load.

use serde::{Deserialize, Serialize};

use super::{Catalog, Programme, Publication, Query, Text};
use crate::engine::case::Level;

/// `catalog/index.json`: the publication and what a student chooses a programme by.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Index {
    pub publication: Publication,
    pub programmes: Vec<Entry>,
}

/// A programme as the list to choose from shows it, and the file that holds the rest of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    pub major_code: Option<String>,
    pub major: Text,
    pub college: Text,
    pub level: Level,
    pub cohort: u16,
    /// The programme's file, relative to the index; named by the build after its content, so that a
    /// new publication is never read from an old copy.
    pub file: String,
}

impl Index {
    /// The index of a catalogue, each programme's file named by `file_of`.
    pub fn of(catalog: &Catalog, file_of: impl Fn(&Programme) -> String) -> Index {
        Index {
            publication: catalog.publication.clone(),
            programmes: catalog
                .programmes
                .iter()
                .map(|p| Entry {
                    id: p.id.clone(),
                    major_code: p.major_code.clone(),
                    major: p.major.clone(),
                    college: p.college.clone(),
                    level: p.level,
                    cohort: p.cohort,
                    file: file_of(p),
                })
                .collect(),
        }
    }
}

impl Index {
    /// The programmes whose major, college, major code or id contain every word of `query`, in
    /// either language, ignoring case and full-width forms, in the catalogue's order; all of them
    /// for an empty query.
    pub fn search(&self, query: &str) -> Vec<&Entry> {
        let query = Query::new(query);
        self.programmes
            .iter()
            .filter(|e| {
                query.matches(&format!(
                    "{} {} {} {} {} {}",
                    e.major.en,
                    e.major.zh,
                    e.college.en,
                    e.college.zh,
                    e.major_code.as_deref().unwrap_or_default(),
                    e.id
                ))
            })
            .collect()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::engine::catalog::read::read_dir;

    #[test]
    fn the_index_names_every_programme_and_a_programme_reads_back_as_written() {
        let catalog = read_dir(std::path::Path::new("catalog")).expect("the sample passes");
        let index = Index::of(&catalog, |p| format!("{}.json", p.id));
        assert_eq!(
            index
                .programmes
                .iter()
                .map(|e| e.id.as_str())
                .collect::<Vec<_>>(),
            ["cs-2026", "econ-2026", "se-master-2026"]
        );
        assert_eq!(index.publication, catalog.publication);
        let first = &catalog.programmes[0];
        let text = serde_json::to_string(first).unwrap();
        let back: Programme = serde_json::from_str(&text).unwrap();
        assert_eq!(&back, first);
        let index_back: Index =
            serde_json::from_str(&serde_json::to_string(&index).unwrap()).unwrap();
        assert_eq!(index_back, index);
    }

    #[test]
    fn a_programme_is_found_by_any_of_its_names_in_either_language() {
        let catalog = read_dir(std::path::Path::new("catalog")).expect("the sample passes");
        let index = Index::of(&catalog, |p| p.id.clone());
        let ids = |q: &str| {
            index
                .search(q)
                .into_iter()
                .map(|e| e.id.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids("").len(), 3);
        assert_eq!(ids("computer"), ["cs-2026"]);
        assert_eq!(ids("计算机"), ["cs-2026"]);
        assert_eq!(ids("ECONOMICS"), ["econ-2026"]);
        assert_eq!(ids("０８０９０１"), ["cs-2026"], "a full-width major code");
        assert_eq!(ids("software engineering"), ["se-master-2026"]);
        assert!(ids("astronomy").is_empty());
    }
}
