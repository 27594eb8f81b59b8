//! The HTTP interactions endpoint: Discord POSTs each interaction, signed with the
//! application's Ed25519 key, and takes the reply as the HTTP response. Nothing is kept
//! between requests, so replicas behind a load balancer scale it out.

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result};
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serenity::all::{
    CommandInteraction, ComponentInteraction, CreateInteractionResponse,
    CreateInteractionResponseMessage, Http, Interaction,
};
use serenity::interactions_endpoint::Verifier;

use super::DiscordConfig;
use super::interaction::{Answer, Answerer, Deferred, answer, follow_up, is_personal};
use edge::Edge;
use edge::deadline::{Race, race};
use edge::flight::Flight;
use edge::health;
use edge::retry;
use edge::service::Service;

/// Requests signed longer ago than this are refused, so a captured one cannot be replayed.
pub const MAX_AGE: Duration = Duration::from_secs(5 * 60);

/// The path Discord is given as the "Interactions Endpoint URL".
pub const PATH: &str = "/discord/interactions";

struct Endpoint {
    answerer: Answerer,
    verifier: Verifier,
    /// For follow-ups after a deferral: interaction tokens authorize them, no bot token.
    http: Arc<Http>,
}

/// The endpoint's routes, to be served on `HTTP_ADDR` beside Telegram's webhook.
pub fn router(config: &DiscordConfig, service: Arc<Service>, edge: Edge) -> Result<Router> {
    let key = config
        .public_key
        .as_deref()
        .context("DISCORD_PUBLIC_KEY is not set")?;
    let verifier =
        parse_key(key).context("DISCORD_PUBLIC_KEY is not a 64-digit hex Ed25519 key")?;
    let state = Arc::new(Endpoint {
        answerer: Answerer {
            service,
            edge: edge.clone(),
            secrets: config.secrets(),
            defer_after: config.defer_after,
        },
        verifier,
        http: Arc::new(config.http("")?),
    });
    // Nothing to connect to: the endpoint is up as soon as the HTTP server is.
    edge.health.set("discord endpoint", health::State::Up);
    Ok(Router::new()
        .route(PATH, post(interactions))
        .with_state(state))
}

fn parse_key(text: &str) -> Option<Verifier> {
    let mut key = [0u8; 32];
    hex::decode_to_slice(text.trim(), &mut key).ok()?;
    Verifier::try_new(key).ok()
}

/// Whether a signature timestamp (Unix seconds) is recent enough.
fn fresh(timestamp: &str, now: SystemTime) -> bool {
    let Ok(signed) = timestamp.trim().parse::<u64>() else {
        return false;
    };
    let now = now.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    now.abs_diff(signed) <= MAX_AGE.as_secs()
}

fn json(response: &CreateInteractionResponse) -> Response {
    match serde_json::to_vec(response) {
        Ok(body) => ([(header::CONTENT_TYPE, "application/json")], body).into_response(),
        Err(error) => {
            tracing::error!(%error, "encoding a discord response");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

async fn interactions(
    State(endpoint): State<Arc<Endpoint>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let (Some(signature), Some(timestamp)) = (
        header("X-Signature-Ed25519"),
        header("X-Signature-Timestamp"),
    ) else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    if !fresh(timestamp, SystemTime::now())
        || endpoint
            .verifier
            .verify(signature, timestamp, &body)
            .is_err()
    {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let interaction: Interaction = match serde_json::from_slice(&body) {
        Ok(interaction) => interaction,
        Err(error) => {
            tracing::warn!(%error, "an interaction we cannot read");
            return StatusCode::BAD_REQUEST.into_response();
        }
    };
    // Who a late answer follows up: the command, or the button pressed.
    let target = match &interaction {
        Interaction::Command(command) => Some(Late::Command(Box::new(command.clone()))),
        Interaction::Component(pressed) => Some(Late::Press(Box::new(pressed.clone()))),
        _ => None,
    };
    // A PING is not a reply; everything else waits for a place, held until it is sent.
    let boarded = match interaction {
        Interaction::Ping(_) => None,
        _ => Some(Flight::board(&endpoint.answerer.edge.flight).await),
    };
    let work = answer(endpoint.answerer.clone(), interaction);
    let (ready, late) = match race(work, endpoint.answerer.defer_after).await {
        Ok(Race::Ready(answer)) => (answer, None),
        Ok(Race::Late(work)) => (None, Some(work)),
        Err(error) => {
            tracing::error!(%error, "answering a discord interaction");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let message = match ready {
        Some(Answer::Pong) => return json(&CreateInteractionResponse::Pong),
        Some(Answer::Suggestions(choices)) => {
            return json(&CreateInteractionResponse::Autocomplete(choices));
        }
        // A picture or a file cannot travel in a JSON response, and follow-ups need the response
        // first: either follows, after a deferral.
        Some(Answer::Message(message))
            if message.card.is_none() && message.file.is_none() && message.more.is_empty() =>
        {
            return json(&CreateInteractionResponse::Message(message.response()));
        }
        Some(Answer::Message(message)) => Some(*message),
        None if late.is_none() => return StatusCode::BAD_REQUEST.into_response(),
        None => None,
    };
    let Some(target) = target else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let personal = match &target {
        Late::Command(command) => is_personal(command),
        Late::Press(_) => true,
    };
    tokio::spawn(async move {
        let _boarded = boarded;
        let message = match (message, late) {
            (Some(message), _) => Some(message),
            (None, Some(work)) => match work.await {
                Ok(Some(Answer::Message(message))) => Some(*message),
                _ => None,
            },
            (None, None) => None,
        };
        let Some(message) = message else { return };
        let secrets = &endpoint.answerer.secrets;
        let http = &endpoint.http;
        let (id, sent) = match &target {
            Late::Command(command) => {
                http.set_application_id(command.application_id);
                let deferred = Deferred {
                    private: personal,
                    edit: |edit| command.edit_response(http, edit),
                    delete: || command.delete_response(http),
                    followup: |more| command.create_followup(http, more),
                };
                (command.id, follow_up(secrets, &message, deferred).await)
            }
            Late::Press(pressed) => {
                http.set_application_id(pressed.application_id);
                let deferred = Deferred {
                    private: personal,
                    edit: |edit| pressed.edit_response(http, edit),
                    delete: || pressed.delete_response(http),
                    followup: |more| pressed.create_followup(http, more),
                };
                (pressed.id, follow_up(secrets, &message, deferred).await)
            }
        };
        if let Err(error) = sent {
            retry::log_undelivered(secrets, &error, format_args!("interaction {id}"));
        }
    });
    json(&CreateInteractionResponse::Defer(
        CreateInteractionResponseMessage::new().ephemeral(personal),
    ))
}

/// What a late answer edits in after its deferral.
enum Late {
    Command(Box<CommandInteraction>),
    Press(Box<ComponentInteraction>),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stale_and_future_timestamps_are_refused() {
        let now = UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        assert!(fresh("1800000000", now));
        assert!(fresh("1799999700", now));
        assert!(!fresh("1799999699", now));
        assert!(!fresh("1800000301", now));
        assert!(!fresh("soon", now));
    }

    #[test]
    fn keys_must_be_64_hex_digits() {
        assert!(parse_key(&"ab".repeat(31)).is_none());
        assert!(parse_key(&"zz".repeat(32)).is_none());
        assert!(parse_key(&"ab".repeat(33)).is_none());
    }
}
