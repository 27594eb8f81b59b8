//! Telegram HTML: bold title and headings, everything else escaped (`<`, `>`, `&`), cut
//! into messages of at most 4 096 characters at line boundaries.

use crate::core::reply::Reply;

/// Telegram's limit on a message's text, in characters.
pub const MAX_MESSAGE: usize = 4096;

/// Escapes text for Telegram's HTML parse mode.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            c => out.push(c),
        }
    }
    out
}

/// Longest piece of raw text on one line: even if every character were `&` (escaped
/// as five), the line stays under the message limit.
const MAX_PIECE: usize = 800;

/// The reply as Telegram HTML lines, each short enough for one message.
fn lines(reply: &Reply) -> Vec<String> {
    let mut lines = Vec::new();
    let mut push = |text: &str, open: &str, close: &str| {
        for line in text.split('\n') {
            let chars: Vec<char> = line.chars().collect();
            if chars.is_empty() {
                lines.push(String::new());
            }
            for piece in chars.chunks(MAX_PIECE) {
                lines.push(format!(
                    "{open}{}{close}",
                    escape(&piece.iter().collect::<String>())
                ));
            }
        }
    };
    push(&reply.title, "<b>", "</b>");
    for line in &reply.lines {
        push(line, "", "");
    }
    for field in &reply.fields {
        push("", "", "");
        push(&field.name, "<b>", "</b>");
        for line in &field.lines {
            push(line, "", "");
        }
    }
    if let Some(footer) = &reply.footer {
        push("", "", "");
        push(footer, "<i>", "</i>");
    }
    lines
}

/// The reply as one or more HTML messages of at most [`MAX_MESSAGE`] characters, cut
/// between lines.
pub fn messages(reply: &Reply) -> Vec<String> {
    let mut messages = Vec::new();
    let mut current = String::new();
    let mut length = 0;
    for line in lines(reply) {
        let line_length = line.chars().count();
        if length > 0 && length + 1 + line_length > MAX_MESSAGE {
            messages.push(std::mem::take(&mut current));
            length = 0;
        }
        if length > 0 {
            current.push('\n');
            length += 1;
        }
        current.push_str(&line);
        length += line_length;
    }
    if !current.trim().is_empty() {
        messages.push(current);
    }
    messages
}

/// Telegram's limit on a photo caption, in characters.
pub const MAX_CAPTION: usize = 1024;

/// Longest raw title or line in a caption summary: even fully escaped (`&` is five
/// characters), both fit in one caption.
const MAX_CAPTION_PIECE: usize = 100;

/// The caption for a reply's result card, and whether the full text must follow: the
/// whole reply when it fits in a caption, else its title and first line.
pub fn caption(reply: &Reply) -> (String, bool) {
    let full = messages(reply);
    if let [only] = full.as_slice()
        && only.chars().count() <= MAX_CAPTION
    {
        return (only.clone(), false);
    }
    let cut = |text: &str| escape(&text.chars().take(MAX_CAPTION_PIECE).collect::<String>());
    let mut summary = format!("<b>{}</b>", cut(&reply.title));
    if let Some(first) = reply.lines.first() {
        summary.push('\n');
        summary.push_str(&cut(first));
    }
    (summary, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalogue::CommandId;
    use crate::i18n::Lang;

    #[test]
    fn user_text_is_escaped() {
        let reply =
            Reply::new(CommandId::Help, Lang::Fr, "a <b> & c".to_owned()).line("x > y".to_owned());
        assert_eq!(
            messages(&reply),
            vec!["<b>a &lt;b&gt; &amp; c</b>\nx &gt; y".to_owned()]
        );
    }

    #[test]
    fn long_replies_are_split_at_lines_under_the_limit() {
        let mut reply = Reply::new(CommandId::Help, Lang::Fr, "t".to_owned());
        for i in 0..400 {
            reply = reply.line(format!("ligne numéro {i} avec un peu de texte"));
        }
        let parts = messages(&reply);
        assert!(parts.len() > 1);
        assert!(parts.iter().all(|p| p.chars().count() <= MAX_MESSAGE));
        assert_eq!(parts.join("\n").lines().count(), 401, "nothing lost");
    }

    #[test]
    fn a_huge_line_is_cut_without_breaking_entities() {
        let reply = Reply::new(CommandId::Help, Lang::Fr, "t".to_owned()).line("&".repeat(10_000));
        let parts = messages(&reply);
        assert!(parts.iter().all(|p| p.chars().count() <= MAX_MESSAGE));
        assert_eq!(parts.concat().matches("&amp;").count(), 10_000);
    }

    #[test]
    fn captions_hold_the_whole_reply_or_a_summary() {
        let short = Reply::new(CommandId::Help, Lang::Fr, "t".to_owned()).line("x & y");
        assert_eq!(caption(&short), ("<b>t</b>\nx &amp; y".to_owned(), false));
        let mut long =
            Reply::new(CommandId::Gains, Lang::Fr, "&".repeat(500)).line("&".repeat(500));
        for i in 0..50 {
            long = long.line(format!("ligne {i} avec assez de texte pour dépasser"));
        }
        let (summary, follows) = caption(&long);
        assert!(follows);
        assert!(
            summary.chars().count() <= MAX_CAPTION,
            "{}",
            summary.chars().count()
        );
        assert!(summary.starts_with("<b>&amp;"));
    }
}
