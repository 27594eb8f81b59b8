//! Turns what a user typed (`/gains 1M`, `gains vues:1 000 000 pays:FR`,
//! `/earnings@gainsbot views=1.5M`) into a command and its typed inputs.

use catalogue::{CommandSpec, InputError, Inputs, Invocation, OptionSpec, Parsed, find_command};

/// Whether a word opens an option: `name:` or `name=`, the name starting with a letter.
fn option_key(word: &str) -> Option<(&str, &str)> {
    let at = word.find([':', '='])?;
    let (name, rest) = (&word[..at], &word[at + 1..]);
    let starts_with_letter = name.chars().next().is_some_and(char::is_alphabetic);
    let plain = name
        .chars()
        .all(|c| c.is_alphanumeric() || c == '_' || c == '-');
    (starts_with_letter && plain).then_some((name, rest))
}

/// Parses one line. A leading `/` marks a command; without it, a first word that is a
/// command name still counts, and anything else is a question.
pub fn parse(text: &str) -> Result<Parsed, InputError> {
    too_long(text)?;
    let trimmed = text.trim();
    let slashed = trimmed.starts_with('/');
    let body = trimmed.trim_start_matches('/');
    let (head, rest) = body.split_once(char::is_whitespace).unwrap_or((body, ""));
    let name = head.split('@').next().unwrap_or_default();
    let Some(command) = find_command(name) else {
        return if slashed {
            Err(InputError::UnknownCommand(name.chars().take(32).collect()))
        } else {
            Ok(Parsed::Question)
        };
    };
    let options_follow = option_key(rest.split_whitespace().next().unwrap_or_default()).is_some();
    // `earnings for 500k views in Canada`, `live combien ça paie`: a command's name
    // opening a sentence. Without a slash, what does not read as the command's value is
    // read as a question.
    if !slashed && !options_follow {
        return Ok(parse_options(command, rest).map_or(Parsed::Question, Parsed::Command));
    }
    parse_options(command, rest).map(Parsed::Command)
}

/// A command's options and bare value, as typed after its name.
fn parse_options(command: &'static CommandSpec, rest: &str) -> Result<Box<Invocation>, InputError> {
    let mut inputs = Inputs::default();
    let mut positional = Vec::new();
    let mut current: Option<(&str, Vec<&str>)> = None;
    let mut segments = Vec::new();
    for word in rest.split_whitespace() {
        if let Some((key, value)) = option_key(word) {
            if let Some(done) = current.take() {
                segments.push(done);
            }
            current = Some((
                key,
                if value.is_empty() {
                    vec![]
                } else {
                    vec![value]
                },
            ));
        } else if let Some((_, words)) = current.as_mut() {
            words.push(word);
        } else {
            positional.push(word);
        }
    }
    segments.extend(current);

    if !positional.is_empty() {
        let value = positional.join(" ");
        let Some(option) = command.positional.map(catalogue::option) else {
            return Err(InputError::UnexpectedValue {
                command: command.id,
                value: value.chars().take(40).collect(),
            });
        };
        inputs.set(option, &value)?;
    }
    for (key, words) in segments {
        inputs.set(option_named(command, key)?, &words.join(" "))?;
    }
    Ok(Box::new(Invocation {
        command,
        inputs,
        asked: None,
    }))
}

/// Builds an invocation from a structured command (Discord's slash commands): its name
/// and `(option name, value as typed)` pairs, checked like typed text.
pub fn from_options<'a>(
    name: &str,
    options: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<Invocation, InputError> {
    let command = find_command(name)
        .ok_or_else(|| InputError::UnknownCommand(name.chars().take(32).collect()))?;
    let mut inputs = Inputs::default();
    for (key, value) in options {
        too_long(value)?;
        inputs.set(option_named(command, key)?, value)?;
    }
    Ok(Invocation {
        command,
        inputs,
        asked: None,
    })
}

/// The most characters a message or an option may hold: far more than any command or
/// question, and a cap on what one message can cost to read.
pub const MAX_INPUT: usize = 1000;

/// Refuses text longer than [`MAX_INPUT`] characters before anything reads it.
fn too_long(text: &str) -> Result<(), InputError> {
    // Bytes are never fewer than characters: most text is let through at once.
    if text.len() > MAX_INPUT && text.chars().count() > MAX_INPUT {
        return Err(InputError::TooLong { limit: MAX_INPUT });
    }
    Ok(())
}

/// One of `command`'s options by its French or English name, or the error naming it.
fn option_named(command: &CommandSpec, key: &str) -> Result<&'static OptionSpec, InputError> {
    command
        .find_option(key)
        .ok_or_else(|| InputError::UnknownOption {
            command: command.id,
            name: key.chars().take(32).collect(),
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn text_and_options_over_the_cap_are_refused_unread() {
        let long = "1".repeat(MAX_INPUT + 1);
        let limit = Err(InputError::TooLong { limit: MAX_INPUT });
        assert_eq!(parse(&format!("/gains {long}")).map(drop), limit);
        assert_eq!(parse(&"é".repeat(MAX_INPUT + 1)).map(drop), limit);
        assert!(
            parse(&"é".repeat(MAX_INPUT)).is_ok(),
            "characters count, not bytes"
        );
        assert_eq!(
            from_options("earnings", [("views", long.as_str())]).map(drop),
            limit
        );
    }

    use super::*;
    use catalogue::{CommandId, OptionId};
    use text::ValueProblem;

    fn invocation(text: &str) -> Invocation {
        match parse(text) {
            Ok(Parsed::Command(inv)) => *inv,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn options_by_name_or_position_in_either_language() {
        for text in [
            "/gains vues:1000000",
            "/gains 1M",
            "/gains 1 000 000",
            "gains vues: 1 000 000",
            "/earnings views=1,000,000",
            "/gains@gainsbot 1M",
            "/GAINS Vues:1M",
        ] {
            let inv = invocation(text);
            assert_eq!(inv.command.id, CommandId::Gains, "{text}");
            assert_eq!(inv.inputs.views, Some(1_000_000), "{text}");
        }
        let inv = invocation("/gains 2 millions abonnés:8 000 pays:France niche:beauté");
        assert_eq!(inv.inputs.views, Some(2_000_000));
        assert_eq!(inv.inputs.followers, Some(8000));
        assert_eq!(inv.inputs.country.map(|c| c.code), Some("FR"));
    }

    #[test]
    fn errors_name_the_option() {
        assert_eq!(
            parse("/nope 3"),
            Err(InputError::UnknownCommand("nope".into()))
        );
        assert!(matches!(
            parse("/gains vues:-5"),
            Err(InputError::BadValue {
                option: OptionId::Views,
                problem: ValueProblem::Negative,
                ..
            })
        ));
        assert!(matches!(
            parse("/gains vues:1e999"),
            Err(InputError::BadValue {
                option: OptionId::Views,
                problem: ValueProblem::NotANumber,
                ..
            })
        ));
        assert!(matches!(
            parse("/gains vues:0"),
            Err(InputError::BadValue {
                problem: ValueProblem::TooSmall { .. },
                ..
            })
        ));
        // Read as typed: what no account reaches is the answers' to refuse, with the
        // figure and its source.
        assert!(matches!(
            parse("/gains vues:100000000000000"),
            Ok(Parsed::Command(inv)) if inv.inputs.views == Some(100_000_000_000_000)
        ));
        assert!(matches!(
            parse("/gains vues:99999999999999999999999999"),
            Err(InputError::BadValue {
                problem: ValueProblem::TooLarge {
                    max: catalogue::MAX_VIEWS
                },
                ..
            })
        ));
        assert!(matches!(
            parse("/gains 1M vues:2M"),
            Err(InputError::Repeated {
                option: OptionId::Views
            })
        ));
        assert!(matches!(
            parse("/gains couleur:bleu"),
            Err(InputError::UnknownOption { .. })
        ));
        assert!(matches!(
            parse("/sources 12"),
            Err(InputError::UnexpectedValue { .. })
        ));
    }

    #[test]
    fn structured_options_are_checked_like_text() {
        let inv = from_options("earnings", [("views", "1M"), ("pays", "FR")]).unwrap();
        assert_eq!(inv.command.id, CommandId::Gains);
        assert_eq!(inv.inputs.views, Some(1_000_000));
        assert_eq!(inv, invocation("/gains vues:1M pays:FR"));
        assert!(matches!(
            from_options("gains", [("vues", "beaucoup")]),
            Err(InputError::BadValue {
                option: OptionId::Views,
                ..
            })
        ));
        assert!(matches!(
            from_options("gains", [("couleur", "bleu")]),
            Err(InputError::UnknownOption { .. })
        ));
        assert_eq!(
            from_options("nope", []),
            Err(InputError::UnknownCommand("nope".into()))
        );
    }

    #[test]
    fn plain_words_are_questions() {
        assert_eq!(parse("combien pour 1,5 M de vues ?"), Ok(Parsed::Question));
        assert_eq!(
            parse("live sur tiktok combien ça paie"),
            Ok(Parsed::Question)
        );
        assert_eq!(parse(""), Ok(Parsed::Question));
    }

    #[test]
    fn an_option_is_a_name_that_starts_with_a_letter_then_a_colon_or_equals() {
        assert_eq!(option_key("vues:1M"), Some(("vues", "1M")));
        assert_eq!(option_key("views=1M"), Some(("views", "1M")));
        assert_eq!(option_key("duree:1:15"), Some(("duree", "1:15")));
        assert_eq!(option_key("mon_option:3"), Some(("mon_option", "3")));
        assert_eq!(option_key("mon-option:3"), Some(("mon-option", "3")));
        assert_eq!(option_key("1:15"), None, "a length, not an option");
        assert_eq!(option_key("a.b:3"), None);
        assert_eq!(option_key("https://x"), Some(("https", "//x")));
        assert_eq!(option_key("vues"), None);
        // A name that is an option's shape but no option of the command is named.
        assert_eq!(
            parse("/gains mon-option:3").map(drop),
            Err(InputError::UnknownOption {
                command: CommandId::Gains,
                name: "mon-option".into()
            })
        );
    }

    #[test]
    fn without_a_slash_a_command_name_opens_a_command_only_when_its_value_reads() {
        let views = |text: &str| match parse(text) {
            Ok(Parsed::Command(invocation)) => invocation.inputs.views,
            other => panic!("{text}: {other:?}"),
        };
        assert_eq!(views("gains 1M"), Some(1_000_000));
        assert_eq!(views("gains vues:1M"), Some(1_000_000));
        assert_eq!(views("/gains 1M"), Some(1_000_000));
        // Prose after the name, or a value that does not read: a question.
        assert_eq!(parse("gains combien pour moi"), Ok(Parsed::Question));
        assert_eq!(parse("gains beaucoup"), Ok(Parsed::Question));
        // With a slash or an option, it is a command, and a bad value is an error.
        assert!(parse("/gains beaucoup").is_err());
        assert!(parse("/gains combien pour moi").is_err());
        assert!(parse("gains vues:beaucoup").is_err());
        assert!(parse("gains vues:beaucoup et plus").is_err());
    }

    #[test]
    fn every_option_example_parses_for_every_command_that_takes_it() {
        for command in catalogue::COMMANDS {
            for &id in command.options {
                let spec = catalogue::option(id);
                let text = format!("/{} {}:{}", command.fr, spec.fr, spec.example);
                let inv = invocation(&text);
                assert!(inv.inputs.is_set(id), "{text}");
            }
        }
    }
}
