//! The shape of the source tree: no two files import each other, and case-file paths are spelled only
//! in the case file's schema, `src/engine/case/mod.rs`. Both read the files as text, so they hold for
//! the app as much as for the engine, whatever the target.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `src/`, as a path relative to the crate (`src/engine/mod.rs`).
fn sources() -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&root().join("src"), &mut files);
    let mut names: Vec<String> = files
        .iter()
        .map(|p| {
            p.strip_prefix(root())
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    names.sort();
    names
}

/// The file's text up to its first `#[cfg(test)]` line: test modules see the whole crate by design,
/// and may spell paths to check them.
fn production_text(file: &str) -> String {
    // A module's `tests.rs` is its `#[cfg(test)] mod tests;`, test code as a whole.
    if file.ends_with("/tests.rs") {
        return String::new();
    }
    let text = fs::read_to_string(root().join(file)).unwrap();
    text.lines()
        .take_while(|line| line.trim() != "#[cfg(test)]")
        .collect::<Vec<_>>()
        .join("\n")
}

/// The library module a file defines (`src/engine/mod.rs` -> `engine`), or `None` for the roots of
/// the binaries, which reach the library by its name, never by `crate::`.
fn module_of(file: &str) -> Option<Vec<String>> {
    let rest = file.strip_prefix("src/")?.strip_suffix(".rs")?;
    if rest == "main" || rest.starts_with("bin/") {
        return None;
    }
    let mut parts: Vec<String> = rest.split('/').map(str::to_owned).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    Some(parts)
}

/// Removes comments and the contents of string and char literals, so that only code is searched
/// for paths.
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    // Keeps line breaks, so that nothing joins two lines of code.
    let skip_to = |out: &mut String, from: usize, to: usize| {
        out.extend(chars[from..to].iter().filter(|&&c| c == '\n'));
        to
    };
    while at < chars.len() {
        let c = chars[at];
        let prev_ident = at > 0 && is_ident(chars[at - 1]);
        let rest = &chars[at..];
        if rest.starts_with(&['/', '/']) {
            let end = (at..chars.len())
                .find(|&i| chars[i] == '\n')
                .unwrap_or(chars.len());
            at = skip_to(&mut out, at, end);
        } else if rest.starts_with(&['/', '*']) {
            let end = (at + 2..chars.len())
                .find(|&i| chars[i..].starts_with(&['*', '/']))
                .map_or(chars.len(), |i| i + 2);
            at = skip_to(&mut out, at, end);
        } else if c == 'r' && !prev_ident && matches!(chars.get(at + 1), Some('#' | '"')) {
            let hashes = chars[at + 1..].iter().take_while(|&&c| c == '#').count();
            if chars.get(at + 1 + hashes) != Some(&'"') {
                out.push(c);
                at += 1;
                continue;
            }
            let mut close = vec!['"'];
            close.extend(std::iter::repeat_n('#', hashes));
            let body = at + 2 + hashes;
            let end = (body..chars.len())
                .find(|&i| chars[i..].starts_with(&close))
                .map_or(chars.len(), |i| i + close.len());
            out.push_str("\"\"");
            at = skip_to(&mut out, at, end);
        } else if c == '"' {
            let mut i = at + 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            out.push_str("\"\"");
            at = skip_to(&mut out, at, (i + 1).min(chars.len()));
        } else if c == '\'' && (rest.starts_with(&['\'', '\\']) || rest.get(2) == Some(&'\'')) {
            // A char literal ('"', '\''), not a lifetime.
            let from = if rest[1] == '\\' { at + 3 } else { at + 2 };
            let end = (from..chars.len())
                .find(|&i| chars[i] == '\'')
                .map_or(chars.len(), |i| i + 1);
            out.push_str("' '");
            at = skip_to(&mut out, at, end);
        } else {
            out.push(c);
            at += 1;
        }
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Reads a use tree starting at `at` (`super::a::{b, c::{d}}`, `crate::x::*`) and returns every full
/// path it names, each as its segments.
fn use_tree(
    code: &[char],
    mut at: usize,
    prefix: Vec<String>,
    out: &mut Vec<Vec<String>>,
) -> usize {
    let mut path = prefix;
    loop {
        while at < code.len() && code[at].is_whitespace() {
            at += 1;
        }
        if at < code.len() && code[at] == '{' {
            at += 1;
            loop {
                while at < code.len() && (code[at].is_whitespace() || code[at] == ',') {
                    at += 1;
                }
                if at >= code.len() || code[at] == '}' {
                    return at + 1;
                }
                at = use_tree(code, at, path.clone(), out);
            }
        }
        if at < code.len() && code[at] == '*' {
            out.push(path);
            return at + 1;
        }
        let start = at;
        while at < code.len() && is_ident(code[at]) {
            at += 1;
        }
        if at > start {
            path.push(code[start..at].iter().collect());
        }
        if code[at..].starts_with(&[':', ':']) {
            at += 2;
            continue;
        }
        // `as` renames, and anything else ends the path.
        out.push(path);
        return at;
    }
}

/// The code without the bodies of `macro_rules!` definitions: a macro's paths are resolved where it is
/// expanded (a schema's `super::` is its caller's parent), not in the file that defines it. Line
/// breaks are kept.
fn without_macro_bodies(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(at) = rest.find("macro_rules!") {
        out.push_str(&rest[..at]);
        let Some(open) = rest[at..].find('{').map(|i| at + i) else {
            rest = &rest[at..];
            break;
        };
        let mut depth = 0;
        let mut end = rest.len();
        for (i, c) in rest[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        out.extend(rest[at..end].chars().filter(|&c| c == '\n'));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn a_macro_body_is_not_its_file_s_import() {
    let code = "use a::b;\nmacro_rules! m {\n    () => { use super::*; };\n}\nuse c::d;";
    let kept = without_macro_bodies(code);
    assert!(
        kept.contains("use a::b;") && kept.contains("use c::d;"),
        "{kept}"
    );
    assert!(!kept.contains("super"), "{kept}");
    assert_eq!(kept.lines().count(), code.lines().count());
}

/// Every path of a file's code that starts at `crate::`, `super::`, `self::` or one of the module's
/// own children (`courses::assess` in `engine/mod.rs`), in `use` lines or written inline.
fn paths_in(code: &str, children: &BTreeSet<String>) -> Vec<Vec<String>> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        let boundary = at == 0 || !(is_ident(chars[at - 1]) || chars[at - 1] == ':');
        let end = (at..chars.len())
            .find(|&i| !is_ident(chars[i]))
            .unwrap_or(chars.len());
        let word: String = chars[at..end].iter().collect();
        let leads = matches!(word.as_str(), "crate" | "super" | "self") || children.contains(&word);
        if boundary && end > at && leads && chars[end..].starts_with(&[':', ':']) {
            at = use_tree(&chars, at, Vec::new(), &mut out);
        } else {
            at = end.max(at + 1);
        }
    }
    out
}

/// The file a path leads to: its leading `crate`/`super`/`self` segments are resolved from the
/// importing module, then module segments are followed as far as files exist.
fn resolve(
    from: &[String],
    path: &[String],
    files: &BTreeMap<Vec<String>, String>,
) -> Option<String> {
    let mut module: Vec<String> = from.to_vec();
    let mut rest = path.iter().peekable();
    match rest.peek().map(|s| s.as_str()) {
        Some("crate") => {
            module.clear();
            rest.next();
        }
        Some("super") => {
            while rest.peek().is_some_and(|s| *s == "super") {
                module.pop()?;
                rest.next();
            }
        }
        Some("self") => {
            rest.next();
        }
        // A child of the importing module, followed below.
        _ => {}
    }
    for segment in rest {
        if segment == "self" {
            continue;
        }
        let mut deeper = module.clone();
        deeper.push(segment.clone());
        if files.contains_key(&deeper) {
            module = deeper;
        } else {
            break;
        }
    }
    files.get(&module).cloned()
}

/// For each library file, the other files it imports.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let sources = sources();
    let files: BTreeMap<Vec<String>, String> = sources
        .iter()
        .filter_map(|f| Some((module_of(f)?, f.clone())))
        .collect();
    let mut graph = BTreeMap::new();
    for (module, file) in &files {
        let children: BTreeSet<String> = files
            .keys()
            .filter(|m| m.len() == module.len() + 1 && m.starts_with(module))
            .filter_map(|m| m.last().cloned())
            .collect();
        let code = without_macro_bodies(&code_only(&production_text(file)));
        let targets: BTreeSet<String> = paths_in(&code, &children)
            .iter()
            .filter_map(|p| resolve(module, p, &files))
            .filter(|target| target != file)
            .collect();
        graph.insert(file.clone(), targets);
    }
    graph
}

#[test]
fn the_import_reader_understands_groups_and_inline_paths() {
    let code = code_only(
        "use super::{a, b::{c, self}};\nlet x = super::d::e(); // super::ignored::x\nlet s = \"crate::nope\";\nuse crate::f::*;\nlet y = kid::g(); let z = other::h();",
    );
    let children = BTreeSet::from(["kid".to_owned()]);
    let paths: Vec<String> = paths_in(&code, &children)
        .iter()
        .map(|p| p.join("::"))
        .collect();
    assert_eq!(
        paths,
        [
            "super::a",
            "super::b::c",
            "super::b::self",
            "super::d::e",
            "crate::f",
            "kid::g"
        ]
    );
    let files: BTreeMap<Vec<String>, String> = [
        (vec![], "src/lib.rs"),
        (vec!["engine".into()], "src/engine/mod.rs"),
        (
            vec!["engine".into(), "grades".into()],
            "src/engine/grades.rs",
        ),
    ]
    .into_iter()
    .map(|(m, f)| (m, f.to_owned()))
    .collect();
    let from = vec!["engine".to_owned(), "courses".to_owned()];
    let path = |s: &str| s.split("::").map(str::to_owned).collect::<Vec<_>>();
    assert_eq!(
        resolve(&from, &path("super::grades::Grade"), &files).as_deref(),
        Some("src/engine/grades.rs")
    );
    assert_eq!(
        resolve(&from, &path("super::Verdict"), &files).as_deref(),
        Some("src/engine/mod.rs")
    );
    assert_eq!(
        resolve(&from, &path("crate::engine::grades::{self}"), &files).as_deref(),
        Some("src/engine/grades.rs")
    );
}

#[test]
fn no_two_files_import_each_other() {
    let graph = imports();
    let mut cycles = Vec::new();
    for (a, targets) in &graph {
        for b in targets {
            let back = graph.get(b).is_some_and(|t| t.contains(a));
            if back && a < b {
                cycles.push(format!("{a} <-> {b}"));
            }
        }
    }
    assert!(
        cycles.is_empty(),
        "files that import each other:\n{}",
        cycles.join("\n")
    );
}

/// The beginnings of a case-file path in a string literal.
const PATH_STARTS: &[&str] = &[
    "\"applicant.",
    "\"courses[",
    "\"program.",
    "\"origin.",
    "\"assessed_on\"",
];

#[test]
fn case_file_paths_are_spelled_only_in_the_schema() {
    let mut offenders = Vec::new();
    for file in sources() {
        if file == "src/engine/case/mod.rs" {
            continue;
        }
        let text = production_text(&file);
        let hits: Vec<String> = text
            .lines()
            .enumerate()
            .filter(|(_, line)| PATH_STARTS.iter().any(|p| line.contains(p)))
            .map(|(i, line)| format!("{file}:{}: {}", i + 1, line.trim()))
            .collect();
        offenders.extend(hits);
    }
    assert!(
        offenders.is_empty(),
        "case-file paths spelled outside src/engine/case/mod.rs:\n{}",
        offenders.join("\n")
    );
}
