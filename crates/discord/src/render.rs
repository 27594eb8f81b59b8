//! Replies as Discord messages: an embed when the reply has fields (an estimate, one
//! field per stream), plain content otherwise; markdown escaped, nobody pinged, and
//! every one of Discord's length limits kept. What does not fit one message follows in
//! more (follow-ups), split between fields or lines, never inside a word.

use serenity::all::{
    ButtonStyle, Colour, CreateActionRow, CreateAllowedMentions, CreateAttachment, CreateButton,
    CreateEmbed, CreateEmbedFooter, CreateInteractionResponseFollowup,
    CreateInteractionResponseMessage, CreateMessage, EditInteractionResponse,
};

use answers::render::pieces;
use answers::reply::{File, Reply};

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
    /// What did not fit, in order: sent as follow-ups (or further messages) after it.
    pub more: Vec<Message>,
    /// A file attached whole (`/export`).
    pub file: Option<File>,
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
            more: Vec::new(),
            file: reply.file.clone(),
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
            more: Vec::new(),
            file: reply.file.clone(),
        };
    }
    let mut embeds = embeds(reply).into_iter();
    let first = embeds.next();
    Message {
        content: None,
        embed: first,
        ephemeral,
        card,
        buttons,
        more: embeds
            .map(|embed| Message {
                content: None,
                embed: Some(embed),
                ephemeral,
                card: None,
                buttons: Vec::new(),
                more: Vec::new(),
                file: None,
            })
            .collect(),
        file: reply.file.clone(),
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

/// The reply as embeds, each within Discord's limits: the title on each, the
/// description first (in pieces of at most 4 096), then the fields (a field longer than
/// 1 024 in several, under its name), as many to an embed as 25 and 6 000 characters
/// allow, the footer on the last.
fn embeds(reply: &Reply) -> Vec<Embed> {
    let title = clip(escape(&reply.title), MAX_TITLE);
    let footer = reply
        .footer
        .as_ref()
        .map(|f| clip(f.to_string(), MAX_FOOTER));
    let footer_len = footer.as_deref().map_or(0, chars);
    let page = |description: String| Embed {
        title: title.clone(),
        description,
        fields: Vec::new(),
        footer: None,
        error: reply.is_error,
    };
    let budget = MAX_EMBED - chars(&title) - footer_len;
    let mut pages: Vec<Embed> = pieces(&joined(&reply.lines), MAX_DESCRIPTION.min(budget))
        .into_iter()
        .map(page)
        .collect();
    if pages.is_empty() {
        pages.push(page(String::new()));
    }
    for field in &reply.fields {
        let name = clip(escape(&field.name), MAX_FIELD_NAME);
        let room = MAX_FIELD_VALUE.min(budget - chars(&name));
        for value in pieces(&joined(&field.lines), room) {
            let size = chars(&name) + chars(&value);
            let full = pages.last().is_none_or(|last| {
                last.fields.len() == MAX_FIELDS || last.len() + size + footer_len > MAX_EMBED
            });
            if full {
                pages.push(page(String::new()));
            }
            if let Some(last) = pages.last_mut() {
                last.fields.push((name.clone(), value));
            }
        }
    }
    if let Some(last) = pages.last_mut() {
        last.footer = footer;
    }
    pages
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
        if let Some(file) = &message.file {
            out = out.$attach(CreateAttachment::bytes(
                file.content.clone().into_bytes(),
                file.name,
            ));
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

    /// A message that did not fit the first, as a follow-up of the interaction.
    pub fn followup(&self) -> CreateInteractionResponseFollowup {
        let builder = CreateInteractionResponseFollowup::new()
            .allowed_mentions(CreateAllowedMentions::new())
            .ephemeral(self.ephemeral);
        filled!(builder, self, add_file)
    }

    /// A message that did not fit the first, as the next one in the channel.
    pub fn in_channel(&self) -> CreateMessage {
        let builder = CreateMessage::new().allowed_mentions(CreateAllowedMentions::new());
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

    /// The first message and the ones that follow it.
    fn all(message: &Message) -> Vec<&Embed> {
        std::iter::once(message)
            .chain(&message.more)
            .filter_map(|m| m.embed.as_ref())
            .collect()
    }

    #[test]
    fn every_limit_holds_on_an_oversized_reply_and_nothing_is_lost() {
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
        let message = message(&reply, None);
        let embeds = all(&message);
        for embed in &embeds {
            assert!(chars(&embed.title) <= MAX_TITLE);
            assert!(chars(&embed.description) <= MAX_DESCRIPTION);
            assert!(embed.fields.len() <= MAX_FIELDS);
            for (name, value) in &embed.fields {
                assert!(chars(name) <= MAX_FIELD_NAME && chars(value) <= MAX_FIELD_VALUE);
            }
            assert!(embed.len() <= MAX_EMBED, "{}", embed.len());
            assert!(embed.title.ends_with('…'));
        }
        let description: String = embeds
            .iter()
            .flat_map(|e| e.description.chars())
            .filter(|c| !c.is_whitespace())
            .collect();
        assert_eq!(
            description,
            long(5000) + "x",
            "the description whole, only cut where it had to be"
        );
        let values: usize = embeds
            .iter()
            .flat_map(|e| &e.fields)
            .map(|(_, v)| chars(v))
            .sum();
        assert_eq!(
            values,
            30 * (700 + 700),
            "every field whole, split between lines"
        );
        assert!(embeds.last().unwrap().footer.is_some());
        assert!(
            embeds[..embeds.len() - 1]
                .iter()
                .all(|e| e.footer.is_none())
        );
    }

    #[test]
    fn past_25_fields_the_rest_follows_in_order() {
        let mut reply = Reply::new(CommandId::Projection, Lang::Fr, "Projection");
        for i in 0..30 {
            reply = reply.field(format!("mois {i}"), vec![long(20).into()]);
        }
        let message = message(&reply, None);
        let names: Vec<String> = all(&message)
            .iter()
            .flat_map(|e| &e.fields)
            .map(|(n, _)| n.clone())
            .collect();
        assert_eq!(
            names,
            (0..30).map(|i| format!("mois {i}")).collect::<Vec<_>>()
        );
        assert_eq!(message.embed.as_ref().unwrap().fields.len(), 25);
    }

    #[test]
    fn fields_fill_the_6000_character_budget_then_the_next_message() {
        // Title: 1 character, description 100; each field: a 2-character name and 997
        // characters, 999 in all. Five fit with the description (5 096), a sixth would
        // pass 6 000: it starts the second message, which takes the other five.
        let mut reply = Reply::new(CommandId::Gains, Lang::Fr, "T").line(long(100));
        for i in 0..10 {
            reply = reply.field(format!("f{i}"), vec![long(997).into()]);
        }
        let message = message(&reply, None);
        let embeds = all(&message);
        assert_eq!(embeds.len(), 2);
        assert_eq!(embeds[0].fields.len(), 5);
        assert_eq!(embeds[1].fields.len(), 5);
        assert_eq!(chars(&embeds[0].description), 100);
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
