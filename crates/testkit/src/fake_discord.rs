//! A fake Discord on 127.0.0.1 for the tests: the REST routes the bot calls
//! (`/api/v10/...`) and a WebSocket gateway (HELLO, IDENTIFY, READY, heartbeat ACK,
//! dispatches). It records what the bot sends.
//!
//! It refuses what Discord refuses, as Discord answers it (400 "Invalid Form Body",
//! code 50035; 40060 for a second initial response; 10062 for an interaction answered
//! after its 3 s), and records the rule broken (`violations`) so a test fails naming it.
//! The rules, from Discord's developer documentation:
//! - message content ≤ 2 000 characters (resources/message#create-message);
//! - ≤ 10 embeds, ≤ 6 000 characters in all; title ≤ 256, description ≤ 4 096, ≤ 25
//!   fields, name ≤ 256, value ≤ 1 024, footer ≤ 2 048 (resources/message#embed-limits);
//! - ≤ 5 action rows of ≤ 5 buttons, a label ≤ 80 characters, a `custom_id` of 1–100
//!   characters, unique in the message (interactions/message-components);
//! - no empty message: some content, an embed, a file or a component (50006, "Cannot
//!   send an empty message");
//! - an interaction's token lasts 15 minutes: an edit or follow-up after it gets 401,
//!   50027 "Invalid Webhook Token" (interactions/receiving-and-responding);
//! - a request of at most the interaction's `attachment_size_limit` (8 MiB here), a
//!   channel message of at most 10 MiB: 413, 40005 "Request entity too large";
//! - the response the HTTP endpoint returns holds to the same rules, within the same
//!   3 s ([`broken_response`]);
//! - an original response deleted is gone: editing it gets 404, 10008 "Unknown Message";
//! - commands registered (PUT …/commands): at most 100, names and localized names of
//!   1–32 lower-case letters, digits, `-`, `_` or `'` (a message command's of any 1–32
//!   characters), descriptions of 1–100, at most 25 options and 25 choices, option names
//!   unique in each locale, localizations keyed by Discord's locales, at most 8 000
//!   characters a command (interactions/application-commands);
//! - an interaction's first response within 3 s, and only one
//!   (interactions/receiving-and-responding);
//! - every file sent listed in the payload's `attachments` (reference#uploading-files);
//! - `allowed_mentions` on every message, pinging nobody (resources/message#allowed-mentions);
//! - a nonce of at most 25 characters; with `enforce_nonce`, a message sent again with
//!   the same nonce is not created twice (resources/message#create-message);
//! - a DM is sent in the channel Create DM opens (resources/user#create-dm); to a user
//!   whose DMs are closed to the bot, 403 with code 50007, "Cannot send messages to this
//!   user" (topics/opcodes-and-status-codes#json);
//! - a gateway session resumes (op 6) with its session id and last sequence number, and
//!   is replayed what it missed (topics/gateway#resuming).

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message as Frame;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;

pub const TOKEN: &str = "MTAxMDEw.fake.discord-token";
pub const APP_ID: &str = "2002";

#[derive(Default)]
pub struct Fake {
    /// (method, path, JSON body) of every REST call, in order.
    pub calls: Vec<(String, String, Value)>,
    /// The IDENTIFY payloads the gateway received.
    pub identified: Vec<Value>,
    /// The RESUME payloads (op 6) the gateway received, resumable or not.
    pub resumes: Vec<Value>,
    /// The sequence number of the last dispatch, and every dispatch sent, to replay
    /// what a resumed session missed.
    seq: u64,
    log: Vec<(u64, &'static str, Value)>,
    /// Failures to answer REST calls with, by route ([`route`]), before answering them.
    pub faults: HashMap<&'static str, VecDeque<Fault>>,
    /// Every call answered with a fault instead: (route, fault).
    pub faulted: Vec<(&'static str, Fault)>,
    /// Bytes of every REST body the bot sent.
    pub uploaded: usize,
    /// Gateway connections to push into.
    sessions: Vec<mpsc::UnboundedSender<Push>>,
    /// Every rule of Discord's a call broke, by the rule's name.
    pub violations: Vec<String>,
    /// When each interaction was sent to the bot, by id: its 3 s run from there.
    pub sent_at: HashMap<String, std::time::Instant>,
    /// Interactions already given their first response.
    pub answered: Vec<String>,
    /// Calls sent again after a lost answer that Discord did not carry out twice: the
    /// same first response to an interaction, a message with a nonce it knows.
    pub repeated: usize,
    /// Users whose DMs are closed to the bot (or who blocked it).
    pub closed_dms: std::collections::HashSet<String>,
    /// TCP connections opened to the REST routes: how well the bot reuses them.
    pub connections: usize,
    /// How long an interaction's token lasts, when a test shortens Discord's 15 minutes.
    pub token_lifetime: Option<Duration>,
    /// Interactions whose original response the bot deleted.
    pub deleted: Vec<String>,
}

/// How long an interaction's token lasts (interactions/receiving-and-responding).
const TOKEN_LIFETIME: Duration = Duration::from_secs(15 * 60);

/// The largest request an interaction accepts: its `attachment_size_limit`, as the fake
/// interactions give it.
const INTERACTION_UPLOAD: usize = 8 * 1024 * 1024;

/// The largest message a bot may upload in a channel.
const MESSAGE_UPLOAD: usize = 10 * 1024 * 1024;

/// The rule an empty message breaks, which Discord answers with its own code.
const EMPTY: &str = "no empty message";

/// The DM channel Create DM opens with a user: its id is the user's with a 9 before.
pub fn dm_channel(user: &str) -> String {
    format!("9{user}")
}

/// How long Discord waits for an interaction's first response.
const DEADLINE: Duration = Duration::from_secs(3);

fn chars(value: &Value) -> usize {
    value.as_str().map_or(0, |s| s.chars().count())
}

/// The first rule of Discord's a message payload breaks, if any; `files` is how many
/// files the request carried.
pub fn broken_rule(message: &Value, files: usize) -> Option<&'static str> {
    if chars(&message["content"]) > 2000 {
        return Some("content ≤ 2000");
    }
    let some = |key: &str| message[key].as_array().is_some_and(|a| !a.is_empty());
    if chars(&message["content"]) == 0 && !some("embeds") && !some("components") && files == 0 {
        return Some(EMPTY);
    }
    let embeds = message["embeds"].as_array().cloned().unwrap_or_default();
    if embeds.len() > 10 {
        return Some("≤ 10 embeds");
    }
    let mut total = 0;
    for embed in &embeds {
        let fields = embed["fields"].as_array().cloned().unwrap_or_default();
        if chars(&embed["title"]) > 256 {
            return Some("embed title ≤ 256");
        }
        if chars(&embed["description"]) > 4096 {
            return Some("embed description ≤ 4096");
        }
        if fields.len() > 25 {
            return Some("≤ 25 embed fields");
        }
        if chars(&embed["footer"]["text"]) > 2048 {
            return Some("embed footer ≤ 2048");
        }
        total += chars(&embed["title"]) + chars(&embed["description"]);
        total += chars(&embed["footer"]["text"]);
        for field in &fields {
            if chars(&field["name"]) > 256 {
                return Some("field name ≤ 256");
            }
            if chars(&field["value"]) > 1024 {
                return Some("field value ≤ 1024");
            }
            total += chars(&field["name"]) + chars(&field["value"]);
        }
    }
    if total > 6000 {
        return Some("embeds ≤ 6000 characters in all");
    }
    let rows = message["components"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    if rows.len() > 5 {
        return Some("≤ 5 action rows");
    }
    let mut ids = std::collections::HashSet::new();
    for row in &rows {
        let buttons = row["components"].as_array().cloned().unwrap_or_default();
        if buttons.len() > 5 {
            return Some("≤ 5 buttons a row");
        }
        for button in &buttons {
            if chars(&button["label"]) > 80 {
                return Some("button label ≤ 80");
            }
            if !(1..=100).contains(&chars(&button["custom_id"])) {
                return Some("custom_id 1-100");
            }
            if !ids.insert(button["custom_id"].to_string()) {
                return Some("custom_id unique in a message");
            }
        }
    }
    // A nonce is an integer or a string of at most 25 characters (Create Message).
    if chars(&message["nonce"]) > 25 {
        return Some("nonce ≤ 25 characters");
    }
    let listed = message["attachments"].as_array().map_or(0, Vec::len);
    if files > listed {
        return Some("files listed in attachments");
    }
    let mentions = &message["allowed_mentions"];
    if !mentions.is_object()
        || mentions["parse"].as_array().is_some_and(|p| !p.is_empty())
        || mentions["replied_user"] == true
    {
        return Some("allowed_mentions ping nobody");
    }
    None
}

/// Where a request body departs from Discord's OpenAPI description of its route
/// (discord/discord-api-spec, trimmed into `crates/testkit/fixtures/discord-api-spec.json`), if
/// it does: the first error and where it is.
pub fn off_spec(kind: &str, body: &Value) -> Option<String> {
    static SPEC: OnceLock<HashMap<&'static str, jsonschema::Validator>> = OnceLock::new();
    let validators = SPEC.get_or_init(|| {
        let mut spec: Value =
            serde_json::from_str(include_str!("../fixtures/discord-api-spec.json")).unwrap();
        // Discord reads a snowflake written as a number too: its own upload example gives
        // an attachment `"id": 0` (reference#uploading-files), as serenity sends it.
        let snowflake = &mut spec["components"]["schemas"]["SnowflakeType"];
        *snowflake = json!({"anyOf": [snowflake.take(), {"type": "integer", "minimum": 0}]});
        ["callback", "edit", "followup", "message"]
            .into_iter()
            .map(|kind| {
                let mut root = spec.clone();
                root["$ref"] = json!(format!("#/routes/{kind}"));
                (kind, jsonschema::draft202012::new(&root).unwrap())
            })
            .collect()
    });
    let validator = validators.get(kind)?;
    // What the fake adds about a multipart body's files is not part of the payload.
    let mut payload = body.clone();
    if let Some(fields) = payload.as_object_mut() {
        fields.retain(|name, _| !name.starts_with('_'));
    }
    let error = validator.iter_errors(&payload).next()?;
    Some(format!(
        "off Discord's OpenAPI description at {}: {error}",
        error.instance_path()
    ))
}

/// The rule the HTTP endpoint's response to an interaction breaks, if any, `took` after
/// the request: Discord reads it as the first response, so it holds to the same rules
/// and the same 3 s.
pub fn broken_response(response: &Value, took: Duration) -> Option<String> {
    if took > DEADLINE {
        return Some(format!("endpoint: within 3 s (took {took:?})"));
    }
    if matches!(response["type"].as_u64(), Some(4) | Some(7))
        && let Some(rule) = broken_rule(&response["data"], 0)
    {
        return Some(format!("endpoint: {rule}"));
    }
    off_spec("callback", response).map(|error| format!("endpoint: {error}"))
}

/// Discord's locales, the keys a `…_localizations` map may have (reference#locales).
const LOCALES: [&str; 32] = [
    "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl",
    "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th",
    "zh-CN", "ja", "zh-TW", "ko",
];

/// A value and its localizations: (locale, text), the default first (locale "").
fn localized(value: &Value, key: &str) -> Vec<(String, String)> {
    let mut all = vec![(
        String::new(),
        value[key].as_str().unwrap_or_default().to_owned(),
    )];
    if let Some(map) = value[format!("{key}_localizations")].as_object() {
        all.extend(
            map.iter()
                .map(|(l, v)| (l.clone(), v.as_str().unwrap_or_default().to_owned())),
        );
    }
    all
}

/// The rule a list of commands to register breaks, if any (interactions/application-commands).
pub fn broken_commands(commands: &Value) -> Option<String> {
    let commands = commands.as_array()?;
    if commands.len() > 100 {
        return Some("≤ 100 commands".into());
    }
    let name_ok = |name: &str| {
        (1..=32).contains(&name.chars().count())
            && name == name.to_lowercase()
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '\''))
    };
    let length = |text: &str| text.chars().count();
    for command in commands {
        let slash = command.get("type").is_none_or(|t| t == 1);
        for key in ["name", "description", "options", "choices"] {
            let locales = command[format!("{key}_localizations")].as_object();
            if locales.is_some_and(|m| m.keys().any(|l| !LOCALES.contains(&l.as_str()))) {
                return Some(format!(
                    "{}: localizations keyed by Discord's locales",
                    command["name"]
                ));
            }
        }
        let names = localized(command, "name");
        let size = names.iter().map(|(_, n)| length(n)).max().unwrap_or(0);
        for (_, name) in &names {
            let ok = if slash {
                name_ok(name)
            } else {
                (1..=32).contains(&length(name))
            };
            if !ok {
                return Some(format!("command name {name:?}"));
            }
        }
        if !slash {
            continue;
        }
        let mut total = size;
        for (_, description) in localized(command, "description") {
            if !(1..=100).contains(&length(&description)) {
                return Some(format!("description 1-100: {description:?}"));
            }
        }
        total += localized(command, "description")
            .iter()
            .map(|(_, d)| length(d))
            .max()
            .unwrap_or(0);
        let options = command["options"].as_array().cloned().unwrap_or_default();
        if options.len() > 25 {
            return Some(format!("{}: ≤ 25 options", command["name"]));
        }
        for locale in std::iter::once("").chain(LOCALES) {
            let mut seen = std::collections::HashSet::new();
            for option in &options {
                let name = localized(option, "name")
                    .into_iter()
                    .find(|(l, _)| l == locale)
                    .map_or_else(
                        || option["name"].as_str().unwrap_or_default().to_owned(),
                        |(_, n)| n,
                    );
                if !name_ok(&name) {
                    return Some(format!("option name {name:?}"));
                }
                if !seen.insert(name.clone()) {
                    return Some(format!(
                        "{}: option {name} twice in {locale:?}",
                        command["name"]
                    ));
                }
            }
        }
        for option in &options {
            for key in ["name", "description"] {
                let texts = localized(option, key);
                if key == "description"
                    && let Some((_, bad)) =
                        texts.iter().find(|(_, d)| !(1..=100).contains(&length(d)))
                {
                    return Some(format!("option description 1-100: {bad:?}"));
                }
                total += texts.iter().map(|(_, v)| length(v)).max().unwrap_or(0);
            }
            let choices = option["choices"].as_array().cloned().unwrap_or_default();
            if choices.len() > 25 {
                return Some(format!("{}: ≤ 25 choices", option["name"]));
            }
            for choice in &choices {
                total += localized(choice, "name")
                    .iter()
                    .map(|(_, n)| length(n))
                    .max()
                    .unwrap_or(0);
                total += choice["value"].as_str().map_or(0, length);
            }
        }
        if total > 8000 {
            return Some(format!(
                "{}: ≤ 8000 characters, not {total}",
                command["name"]
            ));
        }
    }
    None
}

pub type Shared = Arc<Mutex<Fake>>;

/// A way a REST call fails, as Discord (or Cloudflare in front of it) answers it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fault {
    /// A 5xx with Discord's JSON body.
    Status(u16),
    /// 429 with Discord's body and headers, asking to wait `retry_after` seconds.
    RateLimited(f64),
    /// The connection closes before a whole response is sent.
    Drop,
    /// The call is carried out, then the connection closes before its answer: the bot
    /// cannot know that it arrived.
    Lost,
    /// No answer for this long (longer than the client waits).
    Hang(Duration),
}

impl Fault {
    pub const SERVER_ERRORS: [Fault; 4] = [
        Fault::Status(500),
        Fault::Status(502),
        Fault::Status(503),
        Fault::Status(504),
    ];

    async fn answer(self) -> Response {
        match self {
            Fault::Status(code) => {
                let status = StatusCode::from_u16(code).unwrap();
                let reason = status.canonical_reason().unwrap_or_default();
                let body = json!({"message": format!("{code}: {reason}"), "code": 0});
                (status, axum::Json(body)).into_response()
            }
            Fault::RateLimited(seconds) => (
                StatusCode::TOO_MANY_REQUESTS,
                [
                    ("x-ratelimit-reset-after", seconds.to_string()),
                    ("retry-after", seconds.ceil().to_string()),
                ],
                axum::Json(json!({
                    "message": "You are being rate limited.", "retry_after": seconds, "global": false
                })),
            )
                .into_response(),
            Fault::Drop | Fault::Lost => {
                let broken = futures_util::stream::once(async {
                    Err::<Bytes, _>(std::io::Error::other("connection dropped"))
                });
                Response::new(Body::from_stream(broken))
            }
            Fault::Hang(long) => {
                tokio::time::sleep(long).await;
                StatusCode::GATEWAY_TIMEOUT.into_response()
            }
        }
    }
}

/// Which kind of call a REST path is, for [`Fake::fail`]: `"callback"` (an interaction's
/// first response), `"edit"` (a deferred response's follow-up), `"followup"` (a further
/// message after the first response), `"message"` (a message
/// in a channel), `"gateway"` (the gateway's address, asked at start), or `"other"`.
fn route(method: &Method, path: &str) -> &'static str {
    let parts: Vec<&str> = path.trim_start_matches("/api/v10/").split('/').collect();
    match (method.as_str(), parts.as_slice()) {
        ("POST", ["interactions", _, _, "callback"]) => "callback",
        ("PATCH", ["webhooks", _, _, "messages", "@original"]) => "edit",
        ("POST", ["webhooks", _, _]) => "followup",
        ("POST", ["channels", _, "messages"]) => "message",
        ("GET", ["gateway", ..]) => "gateway",
        _ => "other",
    }
}

impl Fake {
    /// Makes the next calls of `route` (see [`route`]) fail with `faults`, in order.
    pub fn fail(&mut self, route: &'static str, faults: impl IntoIterator<Item = Fault>) {
        self.faults.entry(route).or_default().extend(faults);
    }

    /// Calls of `route` answered with a fault.
    pub fn faulted(&self, route: &str) -> usize {
        self.faulted.iter().filter(|(r, _)| *r == route).count()
    }

    /// Whether no gateway session is connected.
    pub fn sessions_empty(&self) -> bool {
        self.sessions.is_empty()
    }
}

/// Starts the fake; returns its state and the REST base URL (what `DISCORD_API_URL` takes).
pub async fn start() -> (Shared, String) {
    let fake: Shared = Arc::default();
    let ws = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let ws_url = format!("ws://{}", ws.local_addr().unwrap());
    tokio::spawn(gateway(ws, fake.clone()));
    let rest = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", rest.local_addr().unwrap());
    // Past axum's own 2 MB, so the fake answers a large upload as Discord does.
    let router = Router::new()
        .fallback(rest_call)
        .layer(axum::extract::DefaultBodyLimit::max(4 * MESSAGE_UPLOAD))
        .with_state((fake.clone(), ws_url));
    let counted = fake.clone();
    let rest =
        axum::serve::ListenerExt::tap_io(rest, move |_| counted.lock().unwrap().connections += 1);
    tokio::spawn(async move { axum::serve(rest, router).await });
    (fake, base)
}

/// Sends an `INTERACTION_CREATE` dispatch to every connected gateway session; its 3 s
/// start now.
pub fn dispatch(fake: &Shared, interaction: Value) {
    if let Some(id) = interaction["id"].as_str() {
        fake.lock()
            .unwrap()
            .sent_at
            .insert(id.to_owned(), std::time::Instant::now());
    }
    send(fake, "INTERACTION_CREATE", interaction);
}

/// Sends a `MESSAGE_CREATE` dispatch to every connected gateway session.
/// As Discord does, a server message that does not mention the bot comes with its text
/// (and embeds, attachments) empty unless the last session identified with the
/// privileged MESSAGE_CONTENT intent (1 << 15).
pub fn dispatch_message(fake: &Shared, mut message: Value) {
    let content_intent = fake
        .lock()
        .unwrap()
        .identified
        .last()
        .and_then(|identify| identify["intents"].as_u64())
        .is_some_and(|intents| intents & (1 << 15) != 0);
    let mentions_us = message["mentions"]
        .as_array()
        .is_some_and(|users| users.iter().any(|u| u["id"] == APP_ID));
    if message.get("guild_id").is_some() && !mentions_us && !content_intent {
        message["content"] = json!("");
        message["embeds"] = json!([]);
        message["attachments"] = json!([]);
    }
    send(fake, "MESSAGE_CREATE", message);
}

/// What the gateway sends down a connection.
enum Push {
    /// A dispatch (op 0): its sequence number, event name and data.
    Event(u64, &'static str, Value),
    /// The socket dropped without a close frame, as a network failure would.
    Drop,
    /// A close frame with this code.
    Close(u16),
}

/// Sends a dispatch to every connected session; with none connected, a session that
/// resumes gets it then, as Discord replays what a session missed.
fn send(fake: &Shared, event: &'static str, data: Value) {
    let mut fake = fake.lock().unwrap();
    fake.seq += 1;
    let seq = fake.seq;
    fake.log.push((seq, event, data.clone()));
    for session in &fake.sessions {
        let _ = session.send(Push::Event(seq, event, data.clone()));
    }
}

/// Drops every gateway connection without a close frame, as a network failure would.
pub fn disconnect(fake: &Shared) {
    end_sessions(fake, || Push::Drop);
}

/// Closes every gateway connection with `code` (4000 "unknown error" is resumable; see
/// topics/opcodes-and-status-codes#gateway-gateway-close-event-codes).
pub fn close(fake: &Shared, code: u16) {
    end_sessions(fake, || Push::Close(code));
}

fn end_sessions(fake: &Shared, how: impl Fn() -> Push) {
    let mut fake = fake.lock().unwrap();
    for session in fake.sessions.drain(..) {
        let _ = session.send(how());
    }
}

/// Waits until `done` holds, or panics after the test's patience.
pub async fn wait_for<T>(fake: &Shared, mut done: impl FnMut(&Fake) -> Option<T>) -> T {
    let start = std::time::Instant::now();
    while start.elapsed() < crate::patience::patience() {
        if let Some(found) = done(&fake.lock().unwrap()) {
            return found;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("the fake Discord did not see what the test waited for");
}

/// The JSON of a multipart body's `payload_json` part, or the body itself.
fn body_json(headers: &HeaderMap, body: &[u8]) -> Value {
    let text = String::from_utf8_lossy(body);
    let multipart = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/"));
    if !multipart {
        return serde_json::from_str(&text).unwrap_or(Value::Null);
    }
    let Some(at) = text.find("name=\"payload_json\"") else {
        return Value::Null;
    };
    let part = &text[at..];
    let start = part.find("\r\n\r\n").map_or(0, |i| i + 4);
    let end = part[start..]
        .find("\r\n--")
        .map_or(part.len(), |i| start + i);
    let mut payload: Value = serde_json::from_str(&part[start..end]).unwrap_or(Value::Null);
    payload["_files"] = json!(text.matches("filename=").count());
    // Text files, by name, as Discord would store them (a card's bytes are not kept).
    let mut texts = serde_json::Map::new();
    for part in text.split("filename=\"").skip(1) {
        let name = part.split('"').next().unwrap_or_default();
        if name.ends_with(".json") {
            let start = part.find("\r\n\r\n").map_or(0, |i| i + 4);
            let end = part[start..]
                .find("\r\n--")
                .map_or(part.len(), |i| start + i);
            texts.insert(name.to_owned(), json!(&part[start..end]));
        }
    }
    payload["_file_texts"] = Value::Object(texts);
    payload
}

fn message_json() -> Value {
    json!({
        "id": "9009", "channel_id": "5005", "author": {"id": APP_ID, "username": "gainsbot", "bot": true},
        "content": "", "timestamp": "2026-11-23T00:00:00+00:00", "tts": false,
        "mention_everyone": false, "mentions": [], "mention_roles": [], "attachments": [],
        "embeds": [], "pinned": false, "type": 0
    })
}

async fn rest_call(
    State((fake, ws_url)): State<(Shared, String)>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri.path().to_owned();
    let kind = route(&method, &path);
    let fault = {
        let mut fake = fake.lock().unwrap();
        let fault = fake.faults.get_mut(kind).and_then(VecDeque::pop_front);
        if let Some(fault) = fault {
            fake.faulted.push((kind, fault));
        }
        fault
    };
    match fault {
        Some(Fault::Lost) => {
            carry_out(fake, ws_url, method, path, kind, headers, body).await;
            Fault::Lost.answer().await
        }
        Some(fault) => fault.answer().await,
        None => carry_out(fake, ws_url, method, path, kind, headers, body).await,
    }
}

/// What Discord does with a call, and its answer.
async fn carry_out(
    fake: Shared,
    ws_url: String,
    method: Method,
    path: String,
    kind: &'static str,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let json_body = body_json(&headers, &body);
    let files = json_body["_files"].as_u64().unwrap_or(0) as usize;
    let refused = |code: u64, message: &str| {
        let status = match code {
            10062 => StatusCode::NOT_FOUND,
            40005 => StatusCode::PAYLOAD_TOO_LARGE,
            50027 => StatusCode::UNAUTHORIZED,
            _ => StatusCode::BAD_REQUEST,
        };
        (
            status,
            axum::Json(json!({"message": message, "code": code})),
        )
            .into_response()
    };
    {
        let mut state = fake.lock().unwrap();
        let parts: Vec<&str> = path.trim_start_matches("/api/v10/").split('/').collect();
        let most = match kind {
            "message" => MESSAGE_UPLOAD,
            _ => INTERACTION_UPLOAD,
        };
        if body.len() > most {
            state
                .violations
                .push(format!("{kind}: at most {most} bytes, not {}", body.len()));
            return refused(40005, "Request entity too large");
        }
        // An interaction's token is good for 15 minutes from when it was sent.
        if let ("edit" | "followup", ["webhooks", _, token, ..]) = (kind, parts.as_slice()) {
            let id = token.trim_start_matches("itok-");
            let lifetime = state.token_lifetime.unwrap_or(TOKEN_LIFETIME);
            if state
                .sent_at
                .get(id)
                .is_some_and(|at| at.elapsed() > lifetime)
            {
                state
                    .violations
                    .push(format!("{kind}: within the token's 15 minutes ({id})"));
                return refused(50027, "Invalid Webhook Token");
            }
        }
        if let ("PATCH", ["webhooks", _, token, "messages", "@original"]) =
            (method.as_str(), parts.as_slice())
            && state
                .deleted
                .iter()
                .any(|id| id == token.trim_start_matches("itok-"))
        {
            state
                .violations
                .push(format!("edit: of a response deleted ({token})"));
            return (
                StatusCode::NOT_FOUND,
                axum::Json(json!({"message": "Unknown Message", "code": 10008})),
            )
                .into_response();
        }
        if let (
            "PUT",
            ["applications", _, "commands"] | ["applications", _, "guilds", _, "commands"],
        ) = (method.as_str(), parts.as_slice())
            && let Some(rule) = broken_commands(&json_body)
        {
            state.violations.push(format!("register: {rule}"));
            return refused(50035, "Invalid Form Body");
        }
        let message = match kind {
            // Types 4 and 7 carry a message; a deferral (5, 6) carries only flags.
            "callback" if matches!(json_body["type"].as_u64(), Some(4) | Some(7)) => {
                Some(json_body["data"].clone())
            }
            "edit" | "message" | "followup" => Some(json_body.clone()),
            _ => None,
        };
        let rule = message
            .and_then(|m| broken_rule(&m, files))
            .filter(|&rule| {
                // An edit changes only what it names: one that leaves a part out keeps it.
                let keeps = ["content", "embeds", "components"]
                    .iter()
                    .any(|key| json_body.get(key).is_none());
                !(rule == EMPTY && kind == "edit" && keeps)
            });
        if let Some(rule) = rule {
            state.violations.push(format!("{kind}: {rule}"));
            return match rule {
                EMPTY => refused(50006, "Cannot send an empty message"),
                _ => refused(50035, "Invalid Form Body"),
            };
        }
        if let Some(error) = off_spec(kind, &json_body) {
            state.violations.push(format!("{kind}: {error}"));
            return refused(50035, "Invalid Form Body");
        }
        // Editing the original response means it exists (in endpoint mode it was the
        // HTTP answer, which the fake does not see).
        if kind == "edit"
            && let ["webhooks", _, token, ..] = parts.as_slice()
        {
            let id = token.trim_start_matches("itok-").to_owned();
            if !state.answered.contains(&id) {
                state.answered.push(id);
            }
        }
        // A follow-up needs the interaction's first response (Create Followup Message:
        // "the interaction token … after the initial response").
        if kind == "followup"
            && let ["webhooks", _, token] = parts.as_slice()
        {
            let id = token.trim_start_matches("itok-").to_owned();
            if !state.answered.contains(&id) {
                state
                    .violations
                    .push(format!("followup: after the first response ({id})"));
                return refused(10015, "Unknown Webhook");
            }
        }
        if kind == "callback"
            && let ["interactions", id, _, "callback"] = parts.as_slice()
        {
            let id = (*id).to_owned();
            if state.answered.contains(&id) {
                // Sending the same response again is what a bot does when the answer to
                // the first was lost; anything else is a second response.
                let same = state
                    .calls
                    .iter()
                    .any(|(_, p, b)| *p == path && *b == json_body);
                if same {
                    state.repeated += 1;
                } else {
                    state
                        .violations
                        .push(format!("callback: one first response ({id})"));
                }
                return refused(40060, "Interaction has already been acknowledged.");
            }
            if state
                .sent_at
                .get(&id)
                .is_some_and(|at| at.elapsed() > DEADLINE)
            {
                state
                    .violations
                    .push(format!("callback: within 3 s ({id})"));
                return refused(10062, "Unknown interaction");
            }
            state.answered.push(id);
        }
    }
    let authorized = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == format!("Bot {TOKEN}"));
    let mut state = fake.lock().unwrap();
    // A message whose nonce is enforced is created once: sent again, Discord returns the
    // message it already created (Create Message, `enforce_nonce`).
    if kind == "message" && json_body["enforce_nonce"] == true {
        let nonce = &json_body["nonce"];
        let known = state
            .calls
            .iter()
            .any(|(_, p, b)| *p == path && b["nonce"] == *nonce);
        if known {
            state.repeated += 1;
            return (StatusCode::OK, axum::Json(message_json())).into_response();
        }
    }
    state.uploaded += body.len();
    state
        .calls
        .push((method.to_string(), path.clone(), json_body.clone()));
    let ok = |value: Value| (StatusCode::OK, axum::Json(value)).into_response();
    let parts: Vec<&str> = path.trim_start_matches("/api/v10/").split('/').collect();
    match (method.as_str(), parts.as_slice()) {
        ("GET", ["gateway"]) => ok(json!({"url": ws_url})),
        ("GET", ["gateway", "bot"]) if authorized => ok(json!({
            "url": ws_url, "shards": 1,
            "session_start_limit": {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
        })),
        ("GET", ["oauth2", "applications", "@me"]) if authorized => ok(json!({
            "id": APP_ID, "name": "gainsbot", "icon": null, "description": "",
            "bot_public": true, "bot_require_code_grant": false, "verify_key": "00"
        })),
        ("PUT", ["applications", _, "commands"] | ["applications", _, "guilds", _, "commands"])
            if authorized =>
        {
            let commands = json_body.as_array().cloned().unwrap_or_default();
            ok(Value::Array(
                commands
                    .iter()
                    .enumerate()
                    .map(|(i, c)| {
                        json!({
                            "id": (5000 + i).to_string(), "type": c.get("type").cloned().unwrap_or(json!(1)),
                            "application_id": APP_ID, "name": c["name"],
                            "description": c.get("description").cloned().unwrap_or(json!("")),
                            "version": "1"
                        })
                    })
                    .collect(),
            ))
        }
        ("POST", ["interactions", _, "refused", "callback"]) => (
            StatusCode::BAD_REQUEST,
            axum::Json(json!({"message": "Invalid Form Body", "code": 50035})),
        )
            .into_response(),
        ("POST", ["interactions", _, _, "callback"]) => StatusCode::NO_CONTENT.into_response(),
        ("PATCH", ["webhooks", _, _, "messages", "@original"]) => ok(message_json()),
        ("DELETE", ["webhooks", _, token, "messages", "@original"]) => {
            let id = token.trim_start_matches("itok-").to_owned();
            state.deleted.push(id);
            StatusCode::NO_CONTENT.into_response()
        }
        ("POST", ["webhooks", _, _]) => ok(message_json()),
        ("POST", ["users", "@me", "channels"]) if authorized => {
            let user = json_body["recipient_id"].as_str().unwrap_or_default();
            ok(
                json!({"id": dm_channel(user), "type": 1, "last_message_id": null,
                "recipients": [{"id": user, "username": "creator", "discriminator": "0",
                    "global_name": null, "avatar": null}]}),
            )
        }
        ("POST", ["channels", channel, "messages"])
            if authorized
                && state
                    .closed_dms
                    .iter()
                    .any(|user| dm_channel(user) == *channel) =>
        {
            (
                StatusCode::FORBIDDEN,
                axum::Json(json!({"message": "Cannot send messages to this user", "code": 50007})),
            )
                .into_response()
        }
        ("POST", ["channels", _, "messages"]) if authorized => ok(message_json()),
        _ => (
            StatusCode::NOT_FOUND,
            axum::Json(json!({"message": "Unknown route", "code": 0})),
        )
            .into_response(),
    }
}

/// The fake gateway: one session per connection, HELLO then READY after IDENTIFY, ACKs
/// to heartbeats, and dispatches pushed by [`dispatch`].
async fn gateway(listener: tokio::net::TcpListener, fake: Shared) {
    while let Ok((tcp, _)) = listener.accept().await {
        let fake = fake.clone();
        tokio::spawn(async move {
            let Ok(mut ws) = tokio_tungstenite::accept_async(tcp).await else {
                return;
            };
            let hello = json!({"op": 10, "d": {"heartbeat_interval": 41250}});
            if ws.send(Frame::Text(hello.to_string())).await.is_err() {
                return;
            }
            let (events, mut pending) = mpsc::unbounded_channel();
            loop {
                tokio::select! {
                    frame = ws.next() => {
                        let Some(Ok(Frame::Text(text))) = frame else { return };
                        let payload: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
                        let replies = match payload["op"].as_u64() {
                            Some(1) => vec![json!({"op": 11})],
                            Some(2) => identify(&fake, &payload, &events),
                            Some(6) => resume(&fake, &payload, &events),
                            _ => Vec::new(),
                        };
                        for reply in replies {
                            let _ = ws.send(Frame::Text(reply.to_string())).await;
                        }
                    }
                    Some(push) = pending.recv() => {
                        let (seq, name, data) = match push {
                            Push::Event(seq, name, data) => (seq, name, data),
                            Push::Drop => return,
                            Push::Close(code) => {
                                let frame = CloseFrame { code: code.into(), reason: "".into() };
                                let _ = ws.send(Frame::Close(Some(frame))).await;
                                return;
                            }
                        };
                        let event = json!({"op": 0, "s": seq, "t": name, "d": data});
                        if ws.send(Frame::Text(event.to_string())).await.is_err() {
                            return;
                        }
                    }
                }
            }
        });
    }
}

/// The one session the fake gateway gives out.
const SESSION_ID: &str = "fake-session";

/// IDENTIFY (op 2): a new session, READY.
fn identify(fake: &Shared, payload: &Value, events: &mpsc::UnboundedSender<Push>) -> Vec<Value> {
    let mut state = fake.lock().unwrap();
    state.seq += 1;
    let ready = json!({"op": 0, "s": state.seq, "t": "READY", "d": {
        "v": 10, "user": {"id": APP_ID, "username": "gainsbot", "bot": true},
        "guilds": [], "session_id": SESSION_ID,
        "resume_gateway_url": "ws://127.0.0.1:1", "shard": payload["d"]["shard"],
        "application": {"id": APP_ID, "flags": 0}
    }});
    state.identified.push(payload["d"].clone());
    state.sessions.push(events.clone());
    vec![ready]
}

/// RESUME (op 6): for our session and token, the dispatches it missed since its
/// sequence number, then RESUMED; otherwise an invalid session that cannot be resumed
/// (op 9, `d: false`), as Discord answers (topics/gateway#resuming).
fn resume(fake: &Shared, payload: &Value, events: &mpsc::UnboundedSender<Push>) -> Vec<Value> {
    let mut state = fake.lock().unwrap();
    state.resumes.push(payload["d"].clone());
    let ours =
        payload["d"]["session_id"] == SESSION_ID && payload["d"]["token"] == format!("Bot {TOKEN}");
    let Some(since) = payload["d"]["seq"].as_u64().filter(|_| ours) else {
        return vec![json!({"op": 9, "d": false})];
    };
    let mut replies: Vec<Value> = state
        .log
        .iter()
        .filter(|(seq, _, _)| *seq > since)
        .map(|(seq, name, data)| json!({"op": 0, "s": seq, "t": name, "d": data}))
        .collect();
    state.seq += 1;
    replies.push(json!({"op": 0, "s": state.seq, "t": "RESUMED", "d": {}}));
    state.sessions.push(events.clone());
    replies
}

/// An application command interaction as Discord sends it: `options` are
/// `(name, value)` pairs (strings, or JSON booleans), `locale` the client's.
pub fn command(id: u64, name: &str, options: &[(&str, Value)], locale: &str, guild: bool) -> Value {
    let options: Vec<Value> = options
        .iter()
        .map(|(n, v)| json!({"name": n, "type": if v.is_boolean() { 5 } else { 3 }, "value": v}))
        .collect();
    interaction(
        id,
        2,
        json!({"id": "3003", "name": name, "type": 1, "options": options}),
        locale,
        guild,
    )
}

/// Any interaction (`kind` 2 for commands, 4 for autocomplete) around `data`.
pub fn interaction(id: u64, kind: u8, data: Value, locale: &str, guild: bool) -> Value {
    let user = json!({"id": "6006", "username": "creator"});
    let mut value = json!({
        "id": id.to_string(), "application_id": APP_ID, "type": kind, "data": data,
        "channel_id": "5005", "token": format!("itok-{id}"), "version": 1, "locale": locale,
        "app_permissions": "0", "entitlements": [], "attachment_size_limit": 8388608
    });
    if guild {
        value["guild_id"] = json!("4004");
        value["guild_locale"] = json!("fr");
        // An interaction's member carries their rights in the channel (Interaction
        // Object: "permissions", total permissions of the member in the channel).
        value["member"] = json!({"user": user, "roles": [], "deaf": false, "mute": false,
            "flags": 0, "permissions": "0"});
        value["context"] = json!(0);
    } else {
        value["user"] = user;
        value["context"] = json!(1);
    }
    value
}

/// `interaction` sent in server `guild` by member `user` with these rights (a
/// permission bit set as Discord writes it: MANAGE_GUILD is `"32"`).
pub fn from_member(mut interaction: Value, guild: &str, user: &str, permissions: &str) -> Value {
    interaction["guild_id"] = json!(guild);
    interaction["member"]["user"]["id"] = json!(user);
    interaction["member"]["permissions"] = json!(permissions);
    interaction
}

/// A message someone wrote in a server channel (`guild`) or a DM, mentioning the bot
/// when `mentions_bot`.
pub fn user_message(id: u64, content: &str, guild: bool, mentions_bot: bool) -> Value {
    let mut message = message_json();
    message["id"] = json!(id.to_string());
    message["author"] = json!({"id": "6006", "username": "creator"});
    message["content"] = json!(content);
    if mentions_bot {
        message["mentions"] = json!([{"id": APP_ID, "username": "gainsbot", "bot": true}]);
    }
    if guild {
        message["guild_id"] = json!("4004");
        message["member"] = json!({"roles": [], "deaf": false, "mute": false, "flags": 0});
    }
    message
}

/// "Estimate earnings" on a message saying `content`.
pub fn message_menu(id: u64, content: &str, locale: &str) -> Value {
    let mut message = message_json();
    message["id"] = json!("7007");
    message["author"] = json!({"id": "8008", "username": "asker"});
    message["content"] = json!(content);
    let data = json!({
        "id": "3004", "name": "Estimate earnings", "type": 3, "target_id": "7007",
        "resolved": {"messages": {"7007": message}}
    });
    interaction(id, 2, data, locale, true)
}

/// A press of the button whose `custom_id` is given, by a user whose client speaks
/// `locale`, under a message of the bot's.
pub fn press(id: u64, custom_id: &str, locale: &str, guild: bool) -> Value {
    let mut value = interaction(
        id,
        3,
        json!({"custom_id": custom_id, "component_type": 2}),
        locale,
        guild,
    );
    value["message"] = message_json();
    value
}

/// The callback the bot sent for interaction `id`, once it arrives.
pub async fn callback(fake: &Shared, id: u64) -> Value {
    let prefix = format!("/api/v10/interactions/{id}/");
    wait_for(fake, |f| {
        f.calls
            .iter()
            .find(|(m, p, _)| m == "POST" && p.starts_with(&prefix))
            .map(|(_, _, body)| body.clone())
    })
    .await
}
