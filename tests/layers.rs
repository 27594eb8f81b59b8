//! The layering rules of ARCHITECTURE.md, checked on the source: each module imports
//! only from the floors below it, and the two adapters never import each other.

use std::path::Path;

/// Each module (a folder or file under `src/`) and its floor.
const FLOORS: &[(&str, u8)] = &[
    ("values", 1),
    ("i18n", 2),
    ("core", 3),
    ("render", 4),
    ("store", 4),
    ("service", 5),
    ("edge", 6),
    ("telegram", 7),
    ("discord", 7),
    ("console", 7),
    ("serve", 8),
    ("config", 8),
];

fn floor(module: &str) -> Option<u8> {
    FLOORS.iter().find(|(m, _)| *m == module).map(|&(_, f)| f)
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The modules of the crate a file names, as `crate::module`.
fn imports(text: &str) -> Vec<&str> {
    text.match_indices("crate::")
        .map(|(at, _)| {
            let rest = &text[at + "crate::".len()..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .collect()
}

#[test]
fn every_module_imports_only_from_below_and_adapters_not_each_other() {
    // The adapters share floor 7: "only from below" keeps them apart.
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    let mut broken = Vec::new();
    for path in &all {
        let relative = path.strip_prefix(&src).unwrap();
        let module = relative
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_str()
            .unwrap()
            .trim_end_matches(".rs");
        let Some(own) = floor(module) else {
            continue;
        };
        // Doc comments may name any module; only code imports.
        let code: String = std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for target in imports(&code) {
            let Some(theirs) = floor(target) else {
                continue;
            };
            // The entry (floor 8) wires everything together.
            if target == module || own == 8 {
                continue;
            }
            if theirs >= own {
                broken.push(format!(
                    "{} (floor {own}) imports crate::{target} (floor {theirs})",
                    relative.display()
                ));
            }
        }
    }
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}

#[test]
fn the_rule_reader_sees_imports() {
    assert_eq!(
        imports("use crate::core::Request;\nlet x = crate::i18n::tr(a);"),
        ["core", "i18n"]
    );
}
