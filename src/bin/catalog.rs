//! Prints the programme catalogue of a folder as the site serves it, for `scripts/catalog.mjs` to write
//! into the built site: `{"index": {...}, "programmes": {"cs-2026": {...}, ...}}`, each programme's file
//! named `FILE` in the index until the script names it after its content. A catalogue that does not pass
//! its check is refused with every problem on stderr, `FILE:LINE:COLUMN: message`, and exit code 2: a
//! deployment never serves it.
//!
//! Usage: catalog DIR

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::path::PathBuf;

    use transfer_check::engine::catalog::read::read_dir;
    use transfer_check::engine::catalog::site::Index;
    use transfer_check::engine::explain::catalog_problem;
    use transfer_check::lang::Lang;

    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: catalog DIR");
        std::process::exit(2);
    };
    let catalog = match read_dir(&dir) {
        Ok(catalog) => catalog,
        Err(e) => {
            for problem in &e.problems {
                eprintln!("{}", catalog_problem(problem, Lang::En));
            }
            std::process::exit(2);
        }
    };
    let index = Index::of(&catalog, |_| "FILE".to_owned());
    let programmes: serde_json::Map<String, serde_json::Value> = catalog
        .programmes
        .iter()
        .map(|p| {
            (
                p.id.clone(),
                serde_json::to_value(p).expect("a programme is JSON"),
            )
        })
        .collect();
    let out = serde_json::json!({ "index": index, "programmes": programmes });
    println!("{out}");
}

/// Nothing to do in a browser: the catalogue is written where the site is built.
#[cfg(target_arch = "wasm32")]
fn main() {}
