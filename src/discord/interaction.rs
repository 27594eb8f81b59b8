//! One dispatch path for both ways Discord reaches us (gateway and HTTP endpoint): an
//! interaction in, the answer to send back out.

use std::sync::Arc;
use std::time::Duration;

use serenity::all::{
    AutocompleteOption, CommandDataOptionValue, CommandInteraction, CommandType,
    CreateAutocompleteResponse, CreateInteractionResponse, CreateInteractionResponseMessage, Http,
    HttpError, Interaction,
};

use crate::core::Request;
use crate::core::catalogue::{Choices, ValueKind, find_command, fold};
use crate::core::choices::{Choice, Niche};
use crate::core::country::COUNTRIES;
use crate::core::invocation::{self, Parsed};
use crate::core::profile::{Identity, Platform};
use crate::render::discord::{Message, message};
use crate::service::Bot;
use crate::values::Lang;

/// Discord waits 3 s for the first response; past this, we defer and follow up.
pub const DEFER_AFTER: Duration = Duration::from_secs(2);

/// Discord shows at most 25 autocomplete suggestions.
const MAX_SUGGESTIONS: usize = 25;

/// What to send back for an interaction.
#[derive(Debug)]
pub enum Answer {
    Pong,
    Message(Message),
    Suggestions(CreateAutocompleteResponse),
}

/// Whether the answer to this interaction is personal, known before computing it, so a
/// deferral is already private.
pub fn is_personal(interaction: &CommandInteraction) -> bool {
    interaction.data.kind == CommandType::ChatInput
        && find_command(&interaction.data.name).is_some_and(|c| c.personal)
}

/// The sender's language as Discord knows it: their client's locale, then the
/// server's, whichever we speak.
pub fn locale(interaction: &CommandInteraction) -> Option<&str> {
    [
        Some(interaction.locale.as_str()),
        interaction.guild_locale.as_deref(),
    ]
    .into_iter()
    .flatten()
    .find(|locale| Lang::from_locale(locale).is_some())
}

/// Answers one interaction; `None` for kinds we do not handle (buttons, modals).
pub async fn answer(bot: Arc<Bot>, interaction: Interaction) -> Option<Answer> {
    match interaction {
        Interaction::Ping(_) => Some(Answer::Pong),
        Interaction::Command(command) => Some(Answer::Message(run(&bot, &command).await)),
        Interaction::Autocomplete(command) => Some(Answer::Suggestions(suggestions(
            bot.brain.default_lang,
            &command,
        ))),
        _ => None,
    }
}

async fn run(bot: &Bot, command: &CommandInteraction) -> Message {
    let who = Identity {
        platform: Platform::Discord,
        user_id: command.user.id.to_string(),
    };
    let locale = locale(command);
    // Result cards by default in DMs, where they are the creator's own; on request in servers.
    let card = command.guild_id.is_none();
    let reply = if command.data.kind == CommandType::Message {
        // "Estimate earnings" on someone's message: their words, read as a question.
        let text = command
            .data
            .target_id
            .and_then(|id| command.data.resolved.messages.get(&id.to_message_id()))
            .map(|m| m.content.as_str())
            .unwrap_or_default();
        let request = Request {
            text,
            lang: None,
            locale,
            card,
        };
        bot.handle(Some(&who), &request).await
    } else {
        let options = command.data.options.iter().filter_map(|o| {
            let value = match &o.value {
                CommandDataOptionValue::String(text) => text.as_str(),
                CommandDataOptionValue::Boolean(true) => "yes",
                CommandDataOptionValue::Boolean(false) => "no",
                _ => return None,
            };
            Some((o.name.as_str(), value))
        });
        let parsed = invocation::from_options(&command.data.name, options)
            .map(|invocation| Parsed::Command(Box::new(invocation)));
        let request = Request {
            text: "",
            lang: None,
            locale,
            card,
        };
        bot.handle_parsed(Some(&who), &request, parsed).await
    };
    message(&reply)
}

/// Countries and niches matching what the user has typed so far, named in their language.
fn suggestions(default: Lang, command: &CommandInteraction) -> CreateAutocompleteResponse {
    let lang = Lang::negotiate(None, locale(command), default);
    let mut response = CreateAutocompleteResponse::new();
    let Some(AutocompleteOption { name, value, .. }) = command.data.autocomplete() else {
        return response;
    };
    let Some(spec) = find_command(&command.data.name).and_then(|c| c.find_option(name)) else {
        return response;
    };
    let typed = fold(value);
    let matches = |names: &[&str]| names.iter().any(|n| fold(n).contains(&typed));
    match spec.kind {
        ValueKind::Country => {
            for country in COUNTRIES
                .iter()
                .filter(|c| matches(&[c.code, c.fr, c.en]))
                .take(MAX_SUGGESTIONS)
            {
                response = response.add_string_choice(country.name(lang), country.code);
            }
        }
        ValueKind::Choice(Choices::Niche) => {
            for row in Niche::TABLE
                .iter()
                .filter(|row| matches(&[row.1, row.2]))
                .take(MAX_SUGGESTIONS)
            {
                response = response.add_string_choice(row.0.name(lang), row.0.name(lang));
            }
        }
        _ => {}
    }
    response
}

/// Sends a REST call, waiting out 429s (when serenity's own rate limiter is off, behind
/// `DISCORD_API_URL`) and retrying network errors and 5xx with backoff.
pub async fn with_retry<T, F>(mut call: impl FnMut() -> F) -> serenity::Result<T>
where
    F: std::future::Future<Output = serenity::Result<T>>,
{
    let mut delay = Duration::from_millis(500);
    let mut tries = 0;
    loop {
        tries += 1;
        match call().await {
            Err(serenity::Error::Http(HttpError::UnsuccessfulRequest(response)))
                if tries < 4
                    && (response.status_code.as_u16() == 429
                        || response.status_code.is_server_error()) =>
            {
                tokio::time::sleep(delay).await;
                delay *= 2;
            }
            Err(serenity::Error::Http(HttpError::Request(_))) if tries < 4 => {
                tokio::time::sleep(delay).await;
                delay *= 2;
            }
            other => return other,
        }
    }
}

/// Answers an interaction through REST, deferring first when the answer is not ready
/// within [`DEFER_AFTER`] (a slow database), so Discord's 3 s deadline is never missed.
pub async fn respond(http: &Http, bot: Arc<Bot>, interaction: Interaction) -> anyhow::Result<()> {
    let (Interaction::Command(command) | Interaction::Autocomplete(command)) = &interaction else {
        return Ok(());
    };
    let command = command.clone();
    // Only commands can be deferred; autocomplete never touches the store anyway.
    let deferrable = matches!(interaction, Interaction::Command(_));
    let mut work = tokio::spawn(answer(bot, interaction));
    let ready = tokio::select! {
        done = &mut work => Some(done?),
        () = tokio::time::sleep(DEFER_AFTER), if deferrable => None,
    };
    let response = match ready {
        Some(Some(Answer::Message(message))) => {
            CreateInteractionResponse::Message(message.response())
        }
        Some(Some(Answer::Suggestions(choices))) => {
            CreateInteractionResponse::Autocomplete(choices)
        }
        Some(Some(Answer::Pong) | None) => return Ok(()),
        None => {
            let defer = CreateInteractionResponse::Defer(
                CreateInteractionResponseMessage::new().ephemeral(is_personal(&command)),
            );
            with_retry(|| command.create_response(http, defer.clone())).await?;
            if let Some(Answer::Message(message)) = work.await? {
                follow_up(http, &command, &message).await?;
            }
            return Ok(());
        }
    };
    with_retry(|| command.create_response(http, response.clone())).await?;
    Ok(())
}

/// Replaces a deferred response with the answer.
pub async fn follow_up(
    http: &Http,
    command: &CommandInteraction,
    message: &Message,
) -> serenity::Result<()> {
    with_retry(|| command.edit_response(http, message.edit()))
        .await
        .map(drop)
}
