//! Every `*.md` file named in `src/`, `docs/` and the README is a file of the repository, so that a
//! comment or a page never sends a reader to a document the project does not hold.
//!
//! A name counts when it is a file of the repository relative to the repository's root, to `docs/`,
//! or to the folder of the file that names it (a relative link in a page, `include_str!` in a module).

use std::fs;
use std::path::{Path, PathBuf};

/// Names made up as text in a test of `src/app/measures.rs`, not references to files.
const NOT_REFERENCES: [&str; 2] = ["policy/x.md", "p.md"];

/// Every file under `dir` whose name ends in `.{ext}`.
fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// Every path-like token ending in `.md` in `text`: `.md` and the letters, digits, `_`, `.`, `/`
/// and `-` before it.
fn md_names(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find(".md") {
        let end = from + at + 3;
        from = end;
        let in_name = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
        let mut start = end - 3;
        while start > 0 && (in_name(bytes[start - 1]) || b"./-".contains(&bytes[start - 1])) {
            start -= 1;
        }
        let name = &text[start..end];
        // `.mdx` is another ending, `*.md` names no one file, and `https://…/README.md` is not a
        // file of the repository.
        let other_ending = bytes.get(end).is_some_and(|&c| in_name(c));
        let one_file = name.rsplit('/').next().is_some_and(|last| last.len() > 3);
        let url = start > 0 && bytes[start - 1] == b':';
        if one_file && !other_ending && !url {
            found.push(name);
        }
    }
    found
}

#[test]
fn every_md_file_named_in_the_sources_and_docs_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let top = root.canonicalize().expect("the repository's root");
    let docs = root.join("docs");
    let mut read = vec![root.join("README.md")];
    files(&root.join("src"), "rs", &mut read);
    files(&docs, "md", &mut read);
    let mut missing = Vec::new();
    for file in &read {
        let text = fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let folder = file.parent().expect("a file's folder");
        for name in md_names(&text) {
            // Inside the repository: a file beside its clone is not one of its files.
            let found = [root, docs.as_path(), folder].iter().any(|base| {
                let path = base.join(name).canonicalize();
                path.is_ok_and(|path| path.starts_with(&top) && path.is_file())
            });
            if !found && !NOT_REFERENCES.contains(&name) {
                let shown = file.strip_prefix(root).unwrap_or(file);
                missing.push(format!("{}: {name}", shown.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "files named that the repository does not hold:\n{}",
        missing.join("\n")
    );
}
