//! A [`Reply`] as plain text (the console and `gainsbot ask`) and as JSON (scripts and
//! tests). The platforms render their own forms.

use serde::Serialize;

use crate::reply::{Choice, Reply, StreamSummary, Summary};
use catalogue::CommandId;
use catalogue::Inputs;
use values::Lang;

/// Plain text: title, lines, fields as headed blocks, footer.
pub fn plain(reply: &Reply) -> String {
    let fields: usize = reply
        .fields
        .iter()
        .map(|f| f.name.len() + f.lines.iter().map(|l| l.len() + 3).sum::<usize>() + 2)
        .sum();
    let lines: usize = reply.lines.iter().map(|l| l.len() + 1).sum();
    let footer = reply.footer.as_ref().map_or(0, |f| f.len() + 2);
    let mut out = String::with_capacity(reply.title.len() + 1 + lines + fields + footer);
    out.push_str(&reply.title);
    out.push('\n');
    for line in &reply.lines {
        out.push_str(line);
        out.push('\n');
    }
    for field in &reply.fields {
        out.push('\n');
        out.push_str(&field.name);
        out.push('\n');
        for line in &field.lines {
            out.push_str("  ");
            out.push_str(line);
            out.push('\n');
        }
    }
    if let Some(file) = &reply.file {
        out.push('\n');
        out.push_str(&file.content);
        out.push('\n');
    }
    if let Some(footer) = &reply.footer {
        out.push('\n');
        out.push_str(footer);
        out.push('\n');
    }
    out
}

/// `text` in pieces of at most `max` characters, cut between lines, or between words
/// in a line too long alone (or, for a word longer than `max`, at a character): how
/// every platform splits what does not fit one message, never inside a word.
pub fn pieces(text: &str, max: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let push = |current: &mut String, out: &mut Vec<String>| {
        if !current.is_empty() {
            out.push(std::mem::take(current));
        }
    };
    for line in text.split('\n') {
        let joined = chars_of(&current) + usize::from(!current.is_empty()) + chars_of(line);
        if joined <= max {
            if !current.is_empty() {
                current.push('\n');
            }
            current.push_str(line);
            continue;
        }
        push(&mut current, &mut out);
        if chars_of(line) <= max {
            current.push_str(line);
            continue;
        }
        for word in line.split(' ') {
            let joined = chars_of(&current) + usize::from(!current.is_empty()) + chars_of(word);
            if joined > max {
                push(&mut current, &mut out);
            }
            let mut word = word;
            while chars_of(word) > max {
                let cut = word
                    .char_indices()
                    .nth(max)
                    .map_or(word.len(), |(at, _)| at);
                out.push(word[..cut].to_owned());
                word = &word[cut..];
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
    }
    push(&mut current, &mut out);
    out
}

fn chars_of(text: &str) -> usize {
    text.chars().count()
}

/// The first answer as plain text: the summary when the reply has one (its details are a
/// tap, or `--details`, away), else the whole reply.
pub fn first(reply: &Reply) -> String {
    let Some(summary) = &reply.summary else {
        return plain(reply);
    };
    let mut out = String::with_capacity(Summary::MAX_CHARS + 64);
    out.push_str(&summary.title);
    out.push('\n');
    for line in &summary.lines {
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The structured reply `gainsbot ask --json` prints.
#[derive(Debug, Serialize)]
pub struct JsonReply<'a> {
    pub command: CommandId,
    pub lang: Lang,
    pub error: bool,
    pub text: String,
    /// The first answer, title then lines, when the reply has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<Vec<&'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub streams: Option<&'a [StreamSummary]>,
    /// The options the reply used, keyed by their English names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inputs: Option<&'a Inputs>,
    /// When the reader was unsure: the readings to choose from, and no estimate.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub clarify: &'a [Choice],
}

pub fn json(reply: &Reply) -> JsonReply<'_> {
    JsonReply {
        command: reply.command,
        lang: reply.lang,
        error: reply.is_error,
        text: plain(reply),
        summary: reply.summary.as_ref().map(|s| {
            std::iter::once(s.title.as_ref())
                .chain(s.lines.iter().map(AsRef::as_ref))
                .collect()
        }),
        streams: reply.streams.as_deref(),
        inputs: reply.inputs.as_deref(),
        clarify: &reply.choices,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_line_is_cut_between_words() {
        let line = "mot ".repeat(600);
        let pieces = pieces(line.trim_end(), 1024);
        assert!(
            pieces
                .iter()
                .all(|p| chars_of(p) <= 1024 && !p.starts_with(' '))
        );
        assert!(pieces.iter().all(|p| p.split(' ').all(|w| w == "mot")));
        assert_eq!(pieces.join(" "), line.trim_end());
    }
}
