//! One dispatch path for both ways Discord reaches us (gateway and HTTP endpoint): an
//! interaction in, the answer to send back out.

use std::sync::Arc;
use std::time::{Duration, Instant};

use serenity::all::{
    AutocompleteOption, CommandDataOptionValue, CommandInteraction, CommandType,
    ComponentInteraction, CreateAutocompleteResponse, CreateInteractionResponse,
    CreateInteractionResponseFollowup, CreateInteractionResponseMessage, EditInteractionResponse,
    Http, HttpError, Interaction,
};

use super::PLATFORM;
use super::render::{Message, message};
use answers::Request;
use catalogue::Parsed;
use catalogue::{Choice, Niche};
use catalogue::{Choices, ValueKind, find_command};
use catalogue::{Community, Identity, Platform};
use edge::deadline::{Race, race};
use edge::limits::Door;
use edge::redact::Secrets;
use edge::retry;
use edge::service::{Service, Venue};
use edge::{Edge, card, telemetry};
use text::COUNTRIES;
use text::fold;
use values::Lang;

/// Discord shows at most 25 autocomplete suggestions.
const MAX_SUGGESTIONS: usize = 25;

/// What answering an interaction needs, whichever way it came (gateway or endpoint).
#[derive(Clone)]
pub struct Answerer {
    pub service: Arc<Service>,
    pub edge: Edge,
    pub secrets: Secrets,
    /// Past this, a reply not ready yet is deferred (see [`super::DEFER_AFTER`]).
    pub defer_after: Duration,
}

/// What to send back for an interaction.
#[derive(Debug)]
pub enum Answer {
    Pong,
    /// Boxed: a message with its follow-ups and files is far larger than the other answers.
    Message(Box<Message>),
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

/// Answers one interaction; `None` for kinds we do not handle (modals). Commands and
/// presses are checked at the door first: past the limit the asker gets an ephemeral
/// notice at once, every time (Discord wants an answer to each interaction), and
/// nothing is computed or saved.
pub async fn answer(answerer: Answerer, interaction: Interaction) -> Option<Answer> {
    match interaction {
        Interaction::Ping(_) => Some(Answer::Pong),
        Interaction::Command(command) => {
            let who = asker(&command);
            let guild = command.guild_id.map(|g| g.to_string());
            if let Some(notice) = refused(&answerer, &who, guild.as_deref(), locale(&command)) {
                return Some(Answer::Message(Box::new(notice)));
            }
            Some(Answer::Message(Box::new(run(&answerer, &command).await)))
        }
        Interaction::Component(pressed) => {
            let who = Identity {
                platform: Platform::Discord,
                user_id: pressed.user.id.to_string(),
            };
            let guild = pressed.guild_id.map(|g| g.to_string());
            let locale = press_locale(&pressed);
            if let Some(notice) = refused(&answerer, &who, guild.as_deref(), locale) {
                return Some(Answer::Message(Box::new(notice)));
            }
            Some(Answer::Message(Box::new(
                press(&answerer, &pressed, who, locale).await,
            )))
        }
        Interaction::Autocomplete(command) => {
            let who = asker(&command);
            if !answerer.edge.limits.lookup(&who) {
                return Some(Answer::Suggestions(CreateAutocompleteResponse::new()));
            }
            let lang = answerer
                .service
                .language(Some(&who), locale(&command))
                .await;
            Some(Answer::Suggestions(suggestions(lang, &command)))
        }
        _ => None,
    }
}

/// The ephemeral notice for an interaction refused at the door, or `None` to answer it.
fn refused(
    answerer: &Answerer,
    who: &Identity,
    guild: Option<&str>,
    locale: Option<&str>,
) -> Option<Message> {
    let wait = match answerer.edge.limits.door(who, guild) {
        Door::Open => return None,
        Door::Notice(wait) | Door::Silent(wait) => wait,
    };
    let mut notice = message(&answerer.service.slow_down(locale, wait), None);
    notice.ephemeral = true;
    Some(notice)
}

/// The presser's language as Discord knows it: their client's locale, then the server's.
fn press_locale(pressed: &ComponentInteraction) -> Option<&str> {
    [
        Some(pressed.locale.as_str()),
        pressed.guild_locale.as_deref(),
    ]
    .into_iter()
    .flatten()
    .find(|locale| Lang::from_locale(locale).is_some())
}

/// Who is asking, for their saved stats and language.
fn asker(command: &CommandInteraction) -> Identity {
    Identity {
        platform: Platform::Discord,
        user_id: command.user.id.to_string(),
    }
}

async fn run(answerer: &Answerer, command: &CommandInteraction) -> Message {
    let started = Instant::now();
    let service = &answerer.service;
    let who = asker(command);
    let locale = locale(command);
    let card = card::by_default(command.guild_id.is_none());
    // Discord gives a member's rights in the channel with each interaction.
    let admin = command
        .member
        .as_ref()
        .and_then(|member| member.permissions)
        .is_some_and(|rights| rights.manage_guild() || rights.administrator());
    let place = command.guild_id.map(|guild| Venue {
        community: Community {
            platform: Platform::Discord,
            id: guild.to_string(),
        },
        channel: crate::channel(command.channel_id),
        admin: &admin,
    });
    let place = place.as_ref();
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
            // Personal replies are ephemeral: only the asker sees them.
            shared: false,
        };
        service.handle_at(Some(&who), place, &request).await
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
        let parsed = reader::from_options(&command.data.name, options)
            .map(|invocation| Parsed::Command(Box::new(invocation)));
        let request = Request {
            text: "",
            lang: None,
            locale,
            card,
            // Personal replies are ephemeral: only the asker sees them.
            shared: false,
        };
        service
            .handle_parsed(Some(&who), place, &request, parsed)
            .await
    };
    let reply = answerer.edge.limits.card(&who, reply);
    telemetry::reply(PLATFORM, &reply, started);
    let card = answerer.edge.cards.png(&reply).map(|(_, png)| png.to_vec());
    message(&reply, card)
}

/// A button pressed: what it shows, to whoever pressed it alone, in their language. It
/// works for anyone in the channel, after a restart and on any replica: the press is
/// in the button.
async fn press(
    answerer: &Answerer,
    pressed: &ComponentInteraction,
    who: Identity,
    locale: Option<&str>,
) -> Message {
    let started = Instant::now();
    let reply = answerer
        .service
        // Seen by the presser alone (ephemeral): never shared.
        .press(Some(&who), locale, &pressed.data.custom_id, false)
        .await;
    telemetry::reply(PLATFORM, &reply, started);
    let mut message = message(&reply, None);
    message.ephemeral = true;
    message
}

/// Countries and niches matching what the user has typed so far, named in their language.
fn suggestions(lang: Lang, command: &CommandInteraction) -> CreateAutocompleteResponse {
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

/// Answers an interaction through REST, deferring first when the answer is not ready
/// within [`Answerer::defer_after`] (a slow database), so Discord's 3 s deadline is
/// never missed.
pub async fn respond(
    http: &Http,
    answerer: &Answerer,
    interaction: Interaction,
) -> anyhow::Result<()> {
    let secrets = &answerer.secrets;
    if let Interaction::Component(pressed) = &interaction {
        let pressed = pressed.clone();
        let work = answer(answerer.clone(), interaction);
        return match race(work, answerer.defer_after).await? {
            Race::Ready(Some(Answer::Message(message))) => {
                let response = CreateInteractionResponse::Message(message.response());
                first_response(secrets, "discord response", || {
                    pressed.create_response(http, response.clone())
                })
                .await?;
                follow_ups(secrets, &message, |more| {
                    pressed.create_followup(http, more)
                })
                .await
                .map_err(Into::into)
            }
            Race::Ready(_) => Ok(()),
            Race::Late(work) => {
                let defer = CreateInteractionResponse::Defer(
                    CreateInteractionResponseMessage::new().ephemeral(true),
                );
                first_response(secrets, "discord defer", || {
                    pressed.create_response(http, defer.clone())
                })
                .await?;
                if let Some(Answer::Message(message)) = work.await? {
                    let deferred = Deferred {
                        private: true,
                        edit: |edit| pressed.edit_response(http, edit),
                        delete: || pressed.delete_response(http),
                        followup: |more| pressed.create_followup(http, more),
                    };
                    follow_up(secrets, &message, deferred).await?;
                }
                Ok(())
            }
        };
    }
    let (Interaction::Command(command) | Interaction::Autocomplete(command)) = &interaction else {
        return Ok(());
    };
    let command = command.clone();
    // Only commands can be deferred; autocomplete never waits on the store for long.
    let within = match interaction {
        Interaction::Command(_) => answerer.defer_after,
        _ => Duration::MAX,
    };
    let work = answer(answerer.clone(), interaction);
    let mut rest = None;
    let response = match race(work, within).await? {
        Race::Ready(Some(Answer::Message(message))) => {
            let response = CreateInteractionResponse::Message(message.response());
            rest = Some(*message);
            response
        }
        Race::Ready(Some(Answer::Suggestions(choices))) => {
            CreateInteractionResponse::Autocomplete(choices)
        }
        Race::Ready(Some(Answer::Pong) | None) => return Ok(()),
        Race::Late(work) => {
            let private = is_personal(&command);
            let defer = CreateInteractionResponse::Defer(
                CreateInteractionResponseMessage::new().ephemeral(private),
            );
            first_response(secrets, "discord defer", || {
                command.create_response(http, defer.clone())
            })
            .await?;
            if let Some(Answer::Message(message)) = work.await? {
                let deferred = Deferred {
                    private,
                    edit: |edit| command.edit_response(http, edit),
                    delete: || command.delete_response(http),
                    followup: |more| command.create_followup(http, more),
                };
                follow_up(secrets, &message, deferred).await?;
            }
            return Ok(());
        }
    };
    first_response(secrets, "discord response", || {
        command.create_response(http, response.clone())
    })
    .await?;
    if let Some(message) = rest {
        follow_ups(secrets, &message, |more| {
            command.create_followup(http, more)
        })
        .await?;
    }
    Ok(())
}

/// Sends an interaction's first response (the answer or a deferral). Discord answers
/// 40060 when the interaction already has one: a retry whose first try arrived though
/// its answer was lost, so the response is there.
async fn first_response<Fut>(
    secrets: &Secrets,
    what: &'static str,
    call: impl FnMut() -> Fut,
) -> serenity::Result<()>
where
    Fut: std::future::Future<Output = serenity::Result<()>>,
{
    match retry::send(secrets, what, call).await {
        Err(serenity::Error::Http(HttpError::UnsuccessfulRequest(refused)))
            if refused.error.code == ALREADY_ACKNOWLEDGED =>
        {
            tracing::debug!(what, "already acknowledged: the lost try arrived");
            Ok(())
        }
        sent => sent,
    }
}

/// Discord's JSON error code for a second first response to one interaction.
const ALREADY_ACKNOWLEDGED: isize = 40060;

/// The ways to finish an interaction deferred as `private` or not: `edit` and `delete`
/// its response, send a `followup` (the interaction's own, a command's or a press's).
pub struct Deferred<E, D, F> {
    pub private: bool,
    pub edit: E,
    pub delete: D,
    pub followup: F,
}

/// Replaces a deferred response with the answer, and sends what did not fit it. Discord
/// keeps a response as public or private as its deferral said: an answer for the asker
/// alone after a public deferral (an error, once the database was slow) goes as a private
/// follow-up, and the public placeholder is deleted.
pub async fn follow_up<E, EF, D, DF, F, FF>(
    secrets: &Secrets,
    message: &Message,
    deferred: Deferred<E, D, F>,
) -> serenity::Result<()>
where
    E: Fn(EditInteractionResponse) -> EF,
    EF: std::future::Future<Output = serenity::Result<serenity::all::Message>>,
    D: Fn() -> DF,
    DF: std::future::Future<Output = serenity::Result<()>>,
    F: Fn(CreateInteractionResponseFollowup) -> FF,
    FF: std::future::Future<Output = serenity::Result<serenity::all::Message>>,
{
    if message.ephemeral && !deferred.private {
        retry::send(secrets, "discord delete", &deferred.delete).await?;
        let first = message.followup();
        retry::send(secrets, "discord follow-up", || {
            (deferred.followup)(first.clone())
        })
        .await?;
    } else {
        retry::send(secrets, "discord follow-up", || {
            (deferred.edit)(message.edit())
        })
        .await?;
    }
    follow_ups(secrets, message, deferred.followup).await
}

/// Sends, in order, the messages that did not fit the first response.
pub async fn follow_ups<Fut>(
    secrets: &Secrets,
    message: &Message,
    send: impl Fn(CreateInteractionResponseFollowup) -> Fut,
) -> serenity::Result<()>
where
    Fut: std::future::Future<Output = serenity::Result<serenity::all::Message>>,
{
    for more in &message.more {
        let builder = more.followup();
        retry::send(secrets, "discord follow-up", || send(builder.clone())).await?;
    }
    Ok(())
}
