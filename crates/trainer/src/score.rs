//! Whether a reading is the one the corpus expects: the same command and every stated
//! value, numbers compared as numbers.

use catalogue::OptionId;
use reader::question::{Reading, Understood};

use crate::corpus::Row;

/// An option's corpus key: its English name (`views`, `views30d`).
fn key(option: OptionId) -> String {
    catalogue::option(option).en.to_owned()
}

/// Two values for one key are the same reading: numbers compared as numbers.
fn same(key: &str, expected: &str, got: &str) -> bool {
    match key {
        "price" | "amount" => match (text::money(expected), text::money(got)) {
            (Ok(a), Ok(b)) => a == b,
            // Money no dated rate converts (`150000NGN`): the same digits and code.
            _ => expected.eq_ignore_ascii_case(got),
        },
        "engagement" | "commission" | "conversion" | "growth" => {
            let signed = |t: &str| match t.strip_prefix('-') {
                Some(rest) => text::percent(rest).map(|p| -p),
                None => text::percent(t),
            };
            signed(expected) == signed(got)
        }
        "date" => text::month(expected) == text::month(got),
        _ => expected == got,
    }
}

/// What a reading holds that its command takes, written as the corpus writes it: a value
/// the command does not take changes nothing in the answer.
pub fn written(reading: &Reading) -> (String, Vec<(String, String)>) {
    let takes = catalogue::command(reading.command).options;
    let mut values: Vec<(String, String)> = reading
        .values
        .iter()
        .filter(|(o, _)| takes.contains(o))
        .map(|(o, v)| (key(*o), v.written(values::Lang::En)))
        .collect();
    // Money no dated rate converts, by its code: what was read, though not used.
    if let Some(code) = reading
        .unrated
        .filter(|c| c.len() == 3 && c.chars().all(|c| c.is_ascii_uppercase()))
    {
        for (option, amount) in &reading.unrated_amounts {
            if takes.contains(option) {
                values.push((key(*option), format!("{}{code}", amount.normalize())));
            }
        }
        if takes.contains(&OptionId::Currency)
            && reading.unrated_amounts.is_empty()
            && !values.iter().any(|(k, _)| k == "currency")
        {
            values.push(("currency".to_owned(), code.to_owned()));
        }
    }
    (reading.command.id().to_owned(), values)
}

/// Whether the reading is the row's: its command, and exactly the values the row states
/// that the command takes.
pub fn right(row: &Row, reading: &Reading) -> bool {
    let (command, got) = written(reading);
    let takes = catalogue::command(reading.command).options;
    let wanted: Vec<&(String, String)> = row
        .inputs
        .iter()
        .filter(|(k, _)| takes.iter().any(|o| key(*o) == *k))
        .collect();
    command == row.command
        && got.len() == wanted.len()
        && wanted
            .iter()
            .all(|(k, v)| got.iter().any(|(gk, gv)| gk == k && same(k, v, gv)))
}

/// How a question was understood, against what the corpus says it asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Answered as asked.
    Right,
    /// Asked back, the right reading among the choices.
    Asked,
    /// Answered wrong, or asked back without the right reading.
    Wrong,
}

pub fn judge(row: &Row, understood: &Understood) -> Verdict {
    match understood {
        // Off topic (no command): the chat line, which says what the bot is for.
        Understood::Chat if row.command == "chat" || row.command.is_empty() => Verdict::Right,
        Understood::Read(reading) if right(row, reading) => Verdict::Right,
        Understood::Unsure(choices) if choices.iter().any(|c| right(row, c)) => Verdict::Asked,
        _ => Verdict::Wrong,
    }
}

/// What was understood, as one line.
pub fn said(understood: &Understood) -> String {
    match understood {
        Understood::Chat => "chat".to_owned(),
        Understood::Read(reading) => {
            let (command, values) = written(reading);
            line(&command, &values)
        }
        Understood::Unsure(choices) => {
            let lines: Vec<String> = choices
                .iter()
                .map(|c| {
                    let (command, values) = written(c);
                    line(&command, &values)
                })
                .collect();
            format!("asked: {}", lines.join(" | "))
        }
    }
}

/// A reading as one line: `gains views=1000 country=FR`.
pub fn line(command: &str, values: &[(String, String)]) -> String {
    let mut line = command.to_owned();
    for (k, v) in values {
        line.push_str(&format!(" {k}={v}"));
    }
    line
}
