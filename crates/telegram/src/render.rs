//! Telegram HTML: bold title and headings, everything else escaped (`<`, `>`, `&`), cut
//! into messages of at most 4 096 characters at line boundaries (a line too long alone
//! between words).

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};
use teloxide::utils::html::escape;

use answers::render::pieces;
use answers::reply::Reply;

/// Telegram's limit on a message's text, in characters.
pub const MAX_MESSAGE: usize = 4096;

/// Longest piece of raw text on one line: even if every character were `&` (escaped
/// as five), the line stays under the message limit.
const MAX_PIECE: usize = 800;

/// Characters `text` takes once escaped (`&` becomes five, `<` and `>` four), counted
/// without escaping it.
fn escaped_chars(text: &str) -> usize {
    let amps = text.bytes().filter(|&b| b == b'&').count();
    let angles = text.bytes().filter(|&b| b == b'<' || b == b'>').count();
    text.chars().count() + 4 * amps + 3 * angles
}

/// Calls `line` with each line of the reply as Telegram shows it: a piece of raw text
/// and the tags around it (ASCII).
fn for_each_line(reply: &Reply, mut line: impl FnMut(&str, &str, &str)) {
    let mut text = |text: &str, open: &str, close: &str| {
        // Nearly every sentence is one short line: no splitting to do.
        if text.len() <= MAX_PIECE && !text.contains('\n') {
            if text.is_empty() {
                line("", "", "");
            } else {
                line(text, open, close);
            }
            return;
        }
        for raw in text.split('\n') {
            if raw.is_empty() {
                line("", "", "");
            }
            // Between words (almost always one piece).
            for piece in pieces(raw, MAX_PIECE) {
                line(&piece, open, close);
            }
        }
    };
    text(&reply.title, "<b>", "</b>");
    for l in &reply.lines {
        text(l, "", "");
    }
    for field in &reply.fields {
        text("", "", "");
        text(&field.name, "<b>", "</b>");
        for l in &field.lines {
            text(l, "", "");
        }
    }
    if let Some(footer) = &reply.footer {
        text("", "", "");
        text(footer, "<i>", "</i>");
    }
}

/// The reply as one or more HTML messages of at most [`MAX_MESSAGE`] characters, cut
/// between lines. Empty lines opening a message are dropped.
pub fn messages(reply: &Reply) -> Vec<String> {
    // Most replies fit in one message: write it whole, count its characters once. Sized
    // for a full message of one-byte characters; longer text grows it.
    let mut whole = String::with_capacity(MAX_MESSAGE);
    for_each_line(reply, |piece, open, close| {
        if whole.is_empty() && piece.is_empty() {
            return;
        }
        if !whole.is_empty() {
            whole.push('\n');
        }
        whole.push_str(open);
        whole.push_str(&escape(piece));
        whole.push_str(close);
    });
    if whole.len() <= MAX_MESSAGE || whole.chars().count() <= MAX_MESSAGE {
        return if whole.trim().is_empty() {
            Vec::new()
        } else {
            vec![whole]
        };
    }
    let mut done = Vec::new();
    let mut current = String::with_capacity(4 * MAX_MESSAGE);
    let mut length = 0;
    for_each_line(reply, |piece, open, close| {
        let line_length = open.len() + escaped_chars(piece) + close.len();
        if length > 0 && length + 1 + line_length > MAX_MESSAGE {
            done.push(std::mem::take(&mut current));
            length = 0;
        }
        if length > 0 {
            current.push('\n');
            length += 1;
        }
        current.push_str(open);
        current.push_str(&escape(piece));
        current.push_str(close);
        length += line_length;
    });
    if !current.trim().is_empty() {
        done.push(current);
    }
    done
}

/// Telegram's limit on a photo caption, in characters.
pub const MAX_CAPTION: usize = 1024;

/// Longest raw title or line in a caption summary: even fully escaped (`&` is five
/// characters), both fit in one caption.
const MAX_CAPTION_PIECE: usize = 100;

/// A reply's first answer as Telegram HTML, when it has one: its summary (at most 700
/// characters, well within a caption's 1 024).
pub fn summary(reply: &Reply) -> Option<String> {
    let summary = reply.summary.as_ref()?;
    let mut out = format!("<b>{}</b>", escape(&summary.title));
    for line in &summary.lines {
        out.push('\n');
        out.push_str(&escape(line));
    }
    Some(out)
}

/// A row of buttons, each with the callback data it carries (at most
/// [`MAX_CALLBACK_DATA`] bytes).
pub fn keyboard(buttons: Vec<(String, String)>) -> Option<InlineKeyboardMarkup> {
    (!buttons.is_empty()).then(|| {
        InlineKeyboardMarkup::new([buttons
            .into_iter()
            .map(|(label, data)| InlineKeyboardButton::callback(label, data))
            .collect::<Vec<_>>()])
    })
}

/// Telegram's limit on a button's callback data, in bytes.
pub const MAX_CALLBACK_DATA: usize = 64;

/// The caption for a reply's result card, and whether text must follow: the summary
/// when the reply has one (its details are a tap away), the whole reply when it fits in
/// a caption, else its title and first line.
pub fn caption(reply: &Reply) -> (String, bool) {
    if let Some(summary) = summary(reply) {
        return (summary, false);
    }
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
    use catalogue::CommandId;
    use values::Lang;

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
    fn a_huge_line_of_words_is_cut_between_them() {
        let line = "mot ".repeat(3_000);
        let reply =
            Reply::new(CommandId::Help, Lang::Fr, "t".to_owned()).line(line.trim_end().to_owned());
        let parts = messages(&reply);
        assert!(parts.len() > 1);
        let words: Vec<&str> = parts
            .iter()
            .flat_map(|p| p.lines().skip_while(|l| l.starts_with("<b>")))
            .flat_map(|l| l.split(' '))
            .collect();
        assert!(words.iter().all(|w| *w == "mot"), "a word was cut");
        assert_eq!(words.len(), 3_000);
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

    #[test]
    fn escaped_length_is_counted_without_escaping() {
        for text in ["", "plain", "a < b & c > d", "é€😀&<>", "1\u{202f}000 vues"] {
            assert_eq!(escaped_chars(text), escape(text).chars().count(), "{text}");
        }
    }

    #[test]
    fn lines_with_breaks_and_empty_lines_keep_their_shape() {
        let reply = Reply::new(CommandId::Help, Lang::Fr, "T".to_owned())
            .line("a\n\nb <c>".to_owned())
            .line(String::new())
            .line("d".to_owned())
            .line(format!("{}\n{}", "x".repeat(40), "y"));
        assert_eq!(
            messages(&reply),
            vec![format!(
                "<b>T</b>\na\n\nb &lt;c&gt;\n\nd\n{}\ny",
                "x".repeat(40)
            )]
        );
    }
}
