//! Replies as Discord messages: an embed when the reply has fields (an estimate, one
//! field per stream), plain content otherwise; markdown escaped, nobody pinged, and
//! every one of Discord's length limits kept.

use serenity::all::{
    ButtonStyle, Colour, CreateActionRow, CreateAllowedMentions, CreateAttachment, CreateButton,
    CreateEmbed, CreateEmbedFooter, CreateInteractionResponseMessage, CreateMessage,
    EditInteractionResponse,
};

use answers::reply::Reply;

/// Discord's limits, in characters.
pub const MAX_CONTENT: usize = 2000;
pub const MAX_TITLE: usize = 256;
pub const MAX_DESCRIPTION: usize = 4096;
pub const MAX_FIELDS: usize = 25;
pub const MAX_FIELD_NAME: usize = 256;
pub const MAX_FIELD_VALUE: usize = 1024;
pub const MAX_FOOTER: usize = 2048;
pub const MAX_EMBED: usize = 6000;
pub const MAX_BUTTON_LABEL: usize = 80;
/// Buttons in one action row.
pub const MAX_BUTTONS: usize = 5;

/// The card's file name, which the embed's image points at.
const CARD_FILE: &str = "gainsbot.png";

/// A reply ready for Discord, before it becomes a first response or an edit of a
/// deferred one.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub content: Option<String>,
    pub embed: Option<Embed>,
    /// Shown to the asker alone: personal data and errors.
    pub ephemeral: bool,
    pub card: Option<Vec<u8>>,
    /// The buttons under it: (label, custom_id), the press it carries.
    pub buttons: Vec<(String, String)>,
}

/// An embed's text, already escaped and within limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Embed {
    pub title: String,
    pub description: String,
    pub fields: Vec<(String, String)>,
    pub footer: Option<String>,
    pub error: bool,
}

impl Embed {
    /// Characters Discord counts against its 6 000 per message.
    pub fn len(&self) -> usize {
        chars(&self.title)
            + chars(&self.description)
            + self
                .fields
                .iter()
                .map(|(n, v)| chars(n) + chars(v))
                .sum::<usize>()
            + self.footer.as_deref().map_or(0, chars)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

fn chars(text: &str) -> usize {
    text.chars().count()
}

/// Escapes Discord markdown so figures and echoed input show as typed.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    // The characters escaped are ASCII, so each is a char boundary: the text between
    // them is copied whole rather than a character at a time.
    let mut copied = 0;
    for (at, byte) in text.bytes().enumerate() {
        if matches!(
            byte,
            b'\\' | b'*' | b'_' | b'~' | b'`' | b'|' | b'>' | b'#' | b'[' | b']'
        ) {
            out.push_str(&text[copied..at]);
            out.push('\\');
            copied = at;
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// Cuts `text` to `max` characters, ending with `…` when something was cut.
fn clip(text: String, max: usize) -> String {
    match text.char_indices().nth(max) {
        None => text,
        Some(_) if max == 0 => String::new(),
        Some(_) => {
            let cut = text
                .char_indices()
                .nth(max.saturating_sub(1))
                .map_or(0, |(at, _)| at);
            let mut clipped = text[..cut].to_owned();
            clipped.push('…');
            clipped
        }
    }
}

fn joined(lines: &[answers::i18n::Text]) -> String {
    lines
        .iter()
        .map(|l| escape(l))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The reply as a Discord message, with its card's PNG when it has one (drawn through
/// [`edge::card::Cards`]). Personal replies and errors are ephemeral.
/// A reply with a summary shows the summary, its details a button away.
pub fn message(reply: &Reply, card: Option<Vec<u8>>) -> Message {
    let ephemeral = reply.personal || reply.is_error;
    let buttons: Vec<(String, String)> = reply
        .actions
        .iter()
        .take(MAX_BUTTONS)
        .map(|a| (clip(a.label.to_string(), MAX_BUTTON_LABEL), a.data.clone()))
        .collect();
    if let Some(summary) = &reply.summary {
        return Message {
            content: None,
            embed: Some(Embed {
                title: clip(escape(&summary.title), MAX_TITLE),
                description: clip(joined(&summary.lines), MAX_DESCRIPTION),
                fields: Vec::new(),
                footer: None,
                error: reply.is_error,
            }),
            ephemeral,
            card,
            buttons,
        };
    }
    let plain = plain(reply);
    if reply.fields.is_empty() && card.is_none() && chars(&plain) <= MAX_CONTENT {
        return Message {
            content: Some(plain),
            embed: None,
            ephemeral,
            card: None,
            buttons,
        };
    }
    Message {
        content: None,
        embed: Some(embed(reply)),
        ephemeral,
        card,
        buttons,
    }
}

/// Title in bold, then the lines, then the footer: for replies without fields.
fn plain(reply: &Reply) -> String {
    let mut parts = vec![format!("**{}**", escape(&reply.title))];
    if !reply.lines.is_empty() {
        parts.push(joined(&reply.lines));
    }
    if let Some(footer) = &reply.footer {
        parts.push(format!("-# {}", escape(footer)));
    }
    parts.join("\n")
}

fn embed(reply: &Reply) -> Embed {
    let title = clip(escape(&reply.title), MAX_TITLE);
    let footer = reply
        .footer
        .as_ref()
        .map(|f| clip(f.to_string(), MAX_FOOTER));
    let mut budget = MAX_EMBED - chars(&title) - footer.as_deref().map_or(0, chars);
    let mut fields = Vec::new();
    for field in reply.fields.iter().take(MAX_FIELDS) {
        let name = clip(escape(&field.name), MAX_FIELD_NAME);
        let value = clip(joined(&field.lines), MAX_FIELD_VALUE);
        let size = chars(&name) + chars(&value);
        if size > budget {
            break;
        }
        budget -= size;
        fields.push((name, value));
    }
    let description = clip(joined(&reply.lines), MAX_DESCRIPTION.min(budget));
    Embed {
        title,
        description,
        fields,
        footer,
        error: reply.is_error,
    }
}

impl Embed {
    fn build(&self, with_card: bool) -> CreateEmbed {
        let colour = if self.error {
            Colour::RED
        } else {
            Colour::new(0x25F4EE)
        };
        let mut embed = CreateEmbed::new().title(&self.title).colour(colour);
        if !self.description.is_empty() {
            embed = embed.description(&self.description);
        }
        for (name, value) in &self.fields {
            embed = embed.field(name, value, false);
        }
        if let Some(footer) = &self.footer {
            embed = embed.footer(CreateEmbedFooter::new(footer));
        }
        if with_card {
            embed = embed.image(format!("attachment://{CARD_FILE}"));
        }
        embed
    }
}

/// Sets the text, the embed and the card on one of serenity's three message builders,
/// which share these methods but no trait; `$attach` is how that builder adds a file.
macro_rules! filled {
    ($builder:expr, $message:expr, $attach:ident) => {{
        let (mut out, message) = ($builder, $message);
        if let Some(content) = &message.content {
            out = out.content(content);
        }
        if let Some(embed) = &message.embed {
            out = out.embed(embed.build(message.card.is_some()));
        }
        if let Some(png) = &message.card {
            out = out.$attach(CreateAttachment::bytes(png.clone(), CARD_FILE));
        }
        if !message.buttons.is_empty() {
            out = out.components(vec![message.row()]);
        }
        out
    }};
}

impl Message {
    /// The buttons as one action row.
    fn row(&self) -> CreateActionRow {
        CreateActionRow::Buttons(
            self.buttons
                .iter()
                .map(|(label, id)| {
                    CreateButton::new(id)
                        .label(label)
                        .style(ButtonStyle::Secondary)
                })
                .collect(),
        )
    }

    /// The message as a reply to someone's message in its channel: nobody pinged, not
    /// even its author.
    pub fn reply_to(&self, to: &serenity::all::Message) -> CreateMessage {
        let builder = CreateMessage::new()
            .reference_message(to)
            .allowed_mentions(CreateAllowedMentions::new().replied_user(false));
        filled!(builder, self, add_file)
    }

    /// The first response to an interaction.
    pub fn response(&self) -> CreateInteractionResponseMessage {
        let builder = CreateInteractionResponseMessage::new()
            .allowed_mentions(CreateAllowedMentions::new())
            .ephemeral(self.ephemeral);
        filled!(builder, self, add_file)
    }

    /// The same message as an edit of a deferred response.
    pub fn edit(&self) -> EditInteractionResponse {
        let builder = EditInteractionResponse::new().allowed_mentions(CreateAllowedMentions::new());
        filled!(builder, self, new_attachment)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use catalogue::CommandId;
    use values::Lang;

    fn long(n: usize) -> String {
        "é".repeat(n)
    }

    #[test]
    fn markdown_is_escaped_and_the_rest_shows_as_typed() {
        assert_eq!(
            escape(r"1 000 € *x* _y_ ~z~ `c` |s| > # [l](u) \ é"),
            r"1 000 € \*x\* \_y\_ \~z\~ \`c\` \|s\| \> \# \[l\](u) \\ é"
        );
    }

    proptest::proptest! {
        /// Any text, accents and emoji included: a backslash before each Markdown
        /// character, every other character unchanged.
        #[test]
        fn escaping_adds_a_backslash_before_each_markdown_character_only(text in ".*") {
            let expected: String = text
                .chars()
                .flat_map(|c| {
                    let markdown = "\\*_~`|>#[]".contains(c);
                    markdown.then_some('\\').into_iter().chain([c])
                })
                .collect();
            proptest::prop_assert_eq!(escape(&text), expected);
        }
    }

    #[test]
    fn every_limit_holds_on_an_oversized_reply() {
        let mut reply = Reply::new(CommandId::Gains, Lang::Fr, long(300))
            .line(long(5000))
            .line("x");
        for i in 0..30 {
            reply = reply.field(
                format!("{i} {}", long(300)),
                vec![long(700).into(), long(700).into()],
            );
        }
        reply.footer = Some(long(3000).into());
        let embed = message(&reply, None).embed.expect("fields make an embed");
        assert!(chars(&embed.title) <= MAX_TITLE);
        assert!(chars(&embed.description) <= MAX_DESCRIPTION);
        assert!(embed.fields.len() <= MAX_FIELDS && !embed.fields.is_empty());
        for (name, value) in &embed.fields {
            assert!(chars(name) <= MAX_FIELD_NAME && chars(value) <= MAX_FIELD_VALUE);
        }
        assert!(
            embed
                .footer
                .as_deref()
                .is_some_and(|f| chars(f) <= MAX_FOOTER)
        );
        assert!(embed.len() <= MAX_EMBED, "{}", embed.len());
        assert!(embed.title.ends_with('…'));
    }

    #[test]
    fn at_most_25_fields_are_kept_in_order() {
        let mut reply = Reply::new(CommandId::Projection, Lang::Fr, "Projection");
        for i in 0..30 {
            reply = reply.field(format!("mois {i}"), vec![long(20).into()]);
        }
        let embed = message(&reply, None).embed.unwrap();
        let names: Vec<String> = (0..25).map(|i| format!("mois {i}")).collect();
        assert_eq!(
            embed
                .fields
                .iter()
                .map(|(n, _)| n.clone())
                .collect::<Vec<_>>(),
            names
        );
    }

    #[test]
    fn fields_fill_the_6000_character_budget_and_the_description_gets_the_rest() {
        // Title: 1 character; each field: a 2-character name and 997 characters, 999 in
        // all. Six fit in 5 999 (5 994), a seventh does not; the description gets the 5
        // left, cut with an ellipsis: 6 000 exactly.
        let mut reply = Reply::new(CommandId::Gains, Lang::Fr, "T").line(long(100));
        for i in 0..10 {
            reply = reply.field(format!("f{i}"), vec![long(997).into()]);
        }
        let embed = message(&reply, None).embed.unwrap();
        assert_eq!(embed.fields.len(), 6);
        assert_eq!(embed.description, format!("{}…", long(4)));
        assert_eq!(embed.len(), MAX_EMBED);
    }

    #[test]
    fn short_replies_are_plain_content_and_long_ones_an_embed() {
        let short = Reply::new(CommandId::Sources, Lang::En, "Sources").line("one *two*");
        let plain = message(&short, None);
        assert_eq!(plain.content.as_deref(), Some("**Sources**\none \\*two\\*"));
        assert!(plain.embed.is_none() && !plain.ephemeral);
        let long = Reply::new(CommandId::Faq, Lang::En, "FAQ").line(long(2500));
        let message = message(&long, None);
        assert!(message.content.is_none());
        assert_eq!(chars(&message.embed.unwrap().description), 2500);
    }

    #[test]
    fn personal_replies_and_errors_are_ephemeral() {
        let mut reply = Reply::new(CommandId::Stats, Lang::Fr, "Stats");
        reply.personal = true;
        assert!(message(&reply, None).ephemeral);
        let mut error = Reply::new(CommandId::Gains, Lang::Fr, "Erreur");
        error.is_error = true;
        assert!(message(&error, None).ephemeral);
    }
}
