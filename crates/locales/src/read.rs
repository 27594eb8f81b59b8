//! Reading `locales/<lang>/*.ftl`: messages, their variables, and what is wrong.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// The languages every message must exist in.
pub const LANGUAGES: [&str; 2] = ["fr", "en"];

/// One message, as both languages hold it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: String,
    /// Every variable either language's text uses (directly or through a message it
    /// names): the arguments the message takes.
    pub variables: BTreeSet<String>,
    /// Where the first language defines it, for the generated docs.
    pub file: String,
}

/// Every message of `locales/`, by id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Messages(pub BTreeMap<String, Message>);

/// Something in `locales/` that must be mended before the bot can build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Unreadable {
        path: PathBuf,
        cause: String,
    },
    Unparsable {
        path: PathBuf,
        errors: String,
    },
    Twice {
        id: String,
        lang: &'static str,
    },
    /// A message one language has and the other lacks.
    Missing {
        id: String,
        lang: &'static str,
        defined_in: String,
    },
    /// A message naming another that does not exist.
    Dangling {
        id: String,
        lang: &'static str,
        names: String,
    },
    /// Text the parser could not read as an entry.
    Junk {
        path: PathBuf,
        content: String,
    },
    /// Two ids that would make the same Rust name (`a-b` and `a_b`).
    SameName {
        first: String,
        second: String,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Unreadable { path, cause } => write!(f, "{}: {cause}", path.display()),
            Problem::Unparsable { path, errors } => {
                write!(f, "{}: not valid Fluent: {errors}", path.display())
            }
            Problem::Junk { path, content } => {
                write!(f, "{}: not a message: {content:?}", path.display())
            }
            Problem::Twice { id, lang } => write!(f, "locales/{lang}: `{id}` is defined twice"),
            Problem::Missing {
                id,
                lang,
                defined_in,
            } => write!(
                f,
                "locales/{lang} lacks `{id}` ({defined_in} has it): every message exists in both languages"
            ),
            Problem::Dangling { id, lang, names } => {
                write!(
                    f,
                    "locales/{lang}: `{id}` names `{names}`, which does not exist"
                )
            }
            Problem::SameName { first, second } => write!(
                f,
                "`{first}` and `{second}` would have the same Rust name: rename one"
            ),
        }
    }
}

/// What one language's files define: each message's file, variables and the messages
/// it names.
#[derive(Default)]
struct Language {
    messages: BTreeMap<String, (String, BTreeSet<String>, BTreeSet<String>)>,
}

/// Reads `root/fr/*.ftl` and `root/en/*.ftl`; every problem found, not just the first.
pub fn read(root: &Path) -> Result<Messages, Vec<Problem>> {
    let mut problems = Vec::new();
    let languages: Vec<Language> = LANGUAGES
        .iter()
        .map(|lang| read_language(root, lang, &mut problems))
        .collect();
    for (i, lang) in LANGUAGES.iter().enumerate() {
        let other = &languages[1 - i];
        for (id, (file, _, _)) in &other.messages {
            if !languages[i].messages.contains_key(id) {
                problems.push(Problem::Missing {
                    id: id.clone(),
                    lang,
                    defined_in: file.clone(),
                });
            }
        }
        for (id, (_, _, names)) in &languages[i].messages {
            for name in names
                .iter()
                .filter(|n| !languages[i].messages.contains_key(*n))
            {
                problems.push(Problem::Dangling {
                    id: id.clone(),
                    lang,
                    names: name.clone(),
                });
            }
        }
    }
    let mut messages = BTreeMap::new();
    for (id, (file, _, _)) in &languages[0].messages {
        let mut variables = BTreeSet::new();
        for language in &languages {
            variables.extend(resolved(language, id, &mut BTreeSet::new()));
        }
        messages.insert(
            id.clone(),
            Message {
                id: id.clone(),
                variables,
                file: file.clone(),
            },
        );
    }
    let mut names: BTreeMap<String, &str> = BTreeMap::new();
    for id in messages.keys() {
        if let Some(first) = names.insert(crate::type_name(id), id) {
            problems.push(Problem::SameName {
                first: first.to_owned(),
                second: id.clone(),
            });
        }
    }
    if problems.is_empty() {
        Ok(Messages(messages))
    } else {
        Err(problems)
    }
}

/// A message's variables with those of the messages it names.
fn resolved(language: &Language, id: &str, seen: &mut BTreeSet<String>) -> BTreeSet<String> {
    let Some((_, variables, names)) = language.messages.get(id) else {
        return BTreeSet::new();
    };
    let mut all = variables.clone();
    if seen.insert(id.to_owned()) {
        for name in names {
            all.extend(resolved(language, name, seen));
        }
    }
    all
}

fn read_language(root: &Path, lang: &'static str, problems: &mut Vec<Problem>) -> Language {
    let dir = root.join(lang);
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect(),
        Err(error) => {
            problems.push(Problem::Unreadable {
                path: dir,
                cause: error.to_string(),
            });
            return Language::default();
        }
    };
    files.sort();
    let mut language = Language::default();
    for path in files {
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) => {
                problems.push(Problem::Unreadable {
                    path,
                    cause: error.to_string(),
                });
                continue;
            }
        };
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(resource) => resource,
            Err((_, errors)) => {
                problems.push(Problem::Unparsable {
                    path,
                    errors: format!("{errors:?}"),
                });
                continue;
            }
        };
        let file = format!(
            "locales/{lang}/{}",
            path.file_name().unwrap_or_default().to_string_lossy()
        );
        for entry in resource.body {
            let message = match entry {
                Entry::Message(message) => message,
                Entry::Junk { content } => {
                    problems.push(Problem::Junk {
                        path: path.clone(),
                        content: content.to_owned(),
                    });
                    continue;
                }
                _ => continue,
            };
            let (mut variables, mut names) = (BTreeSet::new(), BTreeSet::new());
            if let Some(pattern) = &message.value {
                walk_pattern(pattern, &mut variables, &mut names);
            }
            for attribute in &message.attributes {
                walk_pattern(&attribute.value, &mut variables, &mut names);
            }
            let id = message.id.name.to_owned();
            if language
                .messages
                .insert(id.clone(), (file.clone(), variables, names))
                .is_some()
            {
                problems.push(Problem::Twice { id, lang });
            }
        }
    }
    language
}

fn walk_pattern(
    pattern: &Pattern<&str>,
    vars: &mut BTreeSet<String>,
    names: &mut BTreeSet<String>,
) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, vars, names);
        }
    }
}

fn walk_expression(
    expression: &Expression<&str>,
    vars: &mut BTreeSet<String>,
    names: &mut BTreeSet<String>,
) {
    match expression {
        Expression::Select { selector, variants } => {
            walk_inline(selector, vars, names);
            for variant in variants {
                walk_pattern(&variant.value, vars, names);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, vars, names),
    }
}

fn walk_inline(
    inline: &InlineExpression<&str>,
    vars: &mut BTreeSet<String>,
    names: &mut BTreeSet<String>,
) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::MessageReference { id, .. } => {
            names.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                walk_inline(argument, vars, names);
            }
            for argument in &arguments.named {
                walk_inline(&argument.value, vars, names);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, vars, names),
        InlineExpression::StringLiteral { .. }
        | InlineExpression::NumberLiteral { .. }
        | InlineExpression::TermReference { .. } => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locales(fr: &str, en: &str) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (lang, text) in [("fr", fr), ("en", en)] {
            std::fs::create_dir(dir.path().join(lang)).unwrap();
            std::fs::write(dir.path().join(lang).join("replies.ftl"), text).unwrap();
        }
        dir
    }

    #[test]
    fn a_message_one_language_lacks_is_refused_and_named() {
        let dir = locales("a = A\nb = B { $n }\n", "a = A\n");
        let problems = read(dir.path()).unwrap_err();
        assert_eq!(
            problems,
            [Problem::Missing {
                id: "b".into(),
                lang: "en",
                defined_in: "locales/fr/replies.ftl".into()
            }]
        );
        assert_eq!(
            problems[0].to_string(),
            "locales/en lacks `b` (locales/fr/replies.ftl has it): every message exists in both languages"
        );
    }

    #[test]
    fn variables_are_those_of_either_language_and_of_the_messages_named() {
        let dir = locales(
            "month = { $month }\nwhen = { month } { $year }\nn = { $count ->\n [one] un\n *[other] { NUMBER($count) } { $unit }\n}\n",
            "month = { $month }\nwhen = { month } { $year }\nn = { $count } { $what }\n",
        );
        let messages = read(dir.path()).unwrap();
        let vars = |id: &str| -> Vec<String> { messages.0[id].variables.iter().cloned().collect() };
        assert_eq!(vars("when"), ["month", "year"]);
        assert_eq!(vars("n"), ["count", "unit", "what"]);
    }

    #[test]
    fn ids_that_make_one_rust_name_and_names_of_nothing_are_refused() {
        let dir = locales(
            "a-b = x\na_b = y\nc = { d }\n",
            "a-b = x\na_b = y\nc = { d }\n",
        );
        let problems = read(dir.path()).unwrap_err();
        assert!(problems.contains(&Problem::SameName {
            first: "a-b".into(),
            second: "a_b".into()
        }));
        assert!(problems.contains(&Problem::Dangling {
            id: "c".into(),
            lang: "fr",
            names: "d".into()
        }));
    }

    #[test]
    fn the_shipped_locales_hold_the_same_messages_in_both_languages() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let messages = read(&root).unwrap_or_else(|problems| {
            panic!(
                "{}",
                problems
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        });
        assert!(messages.0.len() > 400, "{}", messages.0.len());
    }
}
