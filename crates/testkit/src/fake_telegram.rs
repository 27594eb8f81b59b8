//! A fake Telegram Bot API server on 127.0.0.1 for tests and benchmarks: it speaks the
//! wire protocol (`POST /bot<TOKEN>/<Method>`, JSON), keeps updates until `getUpdates`
//! confirms them with its offset (as Telegram does), records every other call, and can
//! fail any call the ways Telegram and the proxies in front of it do.
//!
//! It refuses what Telegram refuses, with Telegram's own 400 descriptions, and records
//! the rule broken (`violations`) so a test fails naming it. The rules, from the Bot API
//! documentation (https://core.telegram.org/bots/api):
//! - `sendMessage`: text of 1–4 096 characters after entities parsing;
//! - `sendPhoto`: a caption of at most 1 024 characters after entities parsing;
//! - `parse_mode` HTML (#html-style): only the documented tags, each closed in order;
//!   `<`, `>` and `&` escaped outside tags as `&lt;`, `&gt;`, `&amp;` (or `&quot;`, a
//!   numeric entity);
//! - `InlineKeyboardButton`: a text that is not empty ("BUTTON_TEXT_EMPTY"),
//!   `callback_data` of 1–64 bytes;
//! - `editMessageText`: the same text rules as `sendMessage`, and not the text and keyboard
//!   the message already shows (400 "message is not modified");
//! - `answerCallbackQuery`: for a callback query the bot received, a text of at most 200
//!   characters;
//! - `answerInlineQuery`: at most 50 results, each id 1–64 bytes and unique, each
//!   message text as `sendMessage`'s;
//! - `setMyCommands`: at most 100 commands, each named `[a-z0-9_]{1,32}` with a
//!   description of 1–256 characters; `setMyDescription` at most 512 characters,
//!   `setMyShortDescription` at most 120;
//! - sending faster than Telegram allows (core.telegram.org/bots/faq#broadcasting-to-users:
//!   about one message a second in one chat, 20 a minute in one group): 429 with
//!   `retry_after`, as Telegram answers a flood;
//! - `getUpdates`: refused with 409 while a webhook is set (#getupdates);
//! - `getChatMember`: a ChatMember of the status the chat gives the user (#chatmember:
//!   `creator`, `administrator` with every right it must list, or `member`);
//! - a message to a user who blocked the bot: 403 "Forbidden: bot was blocked by the
//!   user" (the Bot API's error for it).

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::serve::ListenerExt;
use axum::{Json, Router};
use serde_json::{Value, json};

/// A way a call fails, as Telegram's servers or a proxy in front of them answer it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Telegram's JSON error: its status and description (`500, "Internal Server Error"`,
    /// `502, "Bad Gateway"`, `403, "Forbidden: bot was blocked by the user"`…).
    Status(u16, &'static str),
    /// 429 with `parameters.retry_after`, in seconds.
    RetryAfter(u64),
    /// A proxy's HTML error page with this status, not the Bot API's JSON.
    Html(u16),
    /// The connection closes before a whole response is sent.
    Drop,
    /// No answer for this long (longer than the client waits).
    Hang(Duration),
}

impl Fault {
    /// Telegram's own 5xx, as it words them.
    pub const SERVER_ERRORS: [Fault; 4] = [
        Fault::Status(500, "Internal Server Error"),
        Fault::Status(502, "Bad Gateway"),
        Fault::Status(503, "Service Unavailable"),
        Fault::Status(504, "Gateway Timeout"),
    ];

    async fn answer(self) -> Response {
        match self {
            Fault::Status(code, description) => (
                StatusCode::from_u16(code).unwrap(),
                Json(json!({"ok": false, "error_code": code, "description": description})),
            )
                .into_response(),
            Fault::RetryAfter(seconds) => too_many_requests(seconds),
            Fault::Html(code) => (
                StatusCode::from_u16(code).unwrap(),
                [("content-type", "text/html")],
                "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
            )
                .into_response(),
            Fault::Drop => {
                // A body that fails after the headers: the server closes the connection.
                let broken = futures_util::stream::once(async {
                    Err::<axum::body::Bytes, _>(std::io::Error::other("connection dropped"))
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

/// Telegram's answer to a flood: wait `seconds`.
fn too_many_requests(seconds: u64) -> Response {
    (
        StatusCode::TOO_MANY_REQUESTS,
        Json(json!({
            "ok": false, "error_code": 429,
            "description": format!("Too Many Requests: retry after {seconds}"),
            "parameters": {"retry_after": seconds}
        })),
    )
        .into_response()
}

pub const TOKEN: &str = "123456:TEST-TOKEN";
pub const USERNAME: &str = "gainsbot_test_bot";

#[derive(Default)]
pub struct Fake {
    pub updates: VecDeque<Value>,
    pub next_update_id: i64,
    /// (method, body) of every call answered, in order.
    pub calls: Vec<(String, Value)>,
    /// Failures to answer calls with, by method (lower case), before answering them.
    pub faults: HashMap<String, VecDeque<Fault>>,
    /// Every call answered with a fault instead: (method, fault, when).
    pub faulted: Vec<(String, Fault, Instant)>,
    /// Count sends instead of recording them (benchmarks).
    pub count_only: bool,
    /// With `count_only`: messages and photos sent, and the bytes the bot uploaded.
    pub sent: usize,
    pub photos: usize,
    pub uploaded: usize,
    /// `getUpdates` calls answered: the bot is polling.
    pub polls: usize,
    /// TCP connections the bot opened (with `start_apart`): how well it reuses them.
    pub connections: usize,
    /// Every Bot API rule a call broke, by the rule's name, with the call's method.
    pub violations: Vec<String>,
    /// A webhook is set: `getUpdates` is refused with 409.
    pub webhook_set: bool,
    /// Callback queries sent to the bot, by id.
    pub callbacks: Vec<String>,
    /// (chat, user) pairs where the user is an administrator; anyone else is a member.
    pub admins: std::collections::HashSet<(i64, i64)>,
    /// Users (private chat ids) who blocked the bot.
    pub blocked: std::collections::HashSet<i64>,
    /// What each inline message shows (its text and keyboard), by `inline_message_id`:
    /// set by [`inline_message`], changed by each edit.
    pub inline_messages: HashMap<String, (Value, Value)>,
    /// When each chat was last sent messages, for the flood limits.
    pub sends: HashMap<i64, VecDeque<Instant>>,
}

/// Between two messages in one private chat: Telegram's one a second, less what the
/// loopback and a busy test machine may shift one arrival by.
const CHAT_GAP: Duration = Duration::from_millis(750);

/// Messages in one group within [`GROUP_WINDOW`]: Telegram's 20 a minute.
const GROUP_BURST: usize = 20;
const GROUP_WINDOW: Duration = Duration::from_secs(57);

/// An inline message the user chose from the bot's results (`result`, one of those
/// `answerInlineQuery` gave), now showing its text and keyboard: what
/// `callback_query.inline_message_id` refers to when it is pressed.
pub fn inline_message(fake: &mut Fake, id: &str, result: &Value) {
    let shows = (
        result["input_message_content"]["message_text"].clone(),
        result["reply_markup"].clone(),
    );
    fake.inline_messages.insert(id.to_owned(), shows);
}

/// HTML tags Telegram's parse mode accepts (#html-style).
const TAGS: [&str; 15] = [
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "a",
    "code",
    "pre",
    "blockquote",
];

/// Checks `text` as Telegram parses HTML: the characters it shows, or the description
/// Telegram gives when it cannot parse it.
pub fn shown_chars(text: &str) -> Result<usize, String> {
    let mut open: Vec<String> = Vec::new();
    let mut shown = 0;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let at = text.len() - rest.len();
        match c {
            '<' => {
                let Some(end) = rest.find('>') else {
                    return Err(format!(
                        "Bad Request: can't parse entities: Unclosed start tag at byte offset {at}"
                    ));
                };
                let tag = &rest[1..end];
                if let Some(name) = tag.strip_prefix('/') {
                    match open.pop() {
                        Some(expected) if expected == name.trim() => {}
                        Some(expected) => {
                            return Err(format!(
                                "Bad Request: can't parse entities: Unmatched end tag at byte offset {at}, expected \"</{expected}>\", found \"</{name}>\""
                            ));
                        }
                        None => {
                            return Err(format!(
                                "Bad Request: can't parse entities: Unexpected end tag at byte offset {at}"
                            ));
                        }
                    }
                } else {
                    let name = tag.split_whitespace().next().unwrap_or_default();
                    if !TAGS.contains(&name) {
                        return Err(format!(
                            "Bad Request: can't parse entities: Unsupported start tag \"{name}\" at byte offset {at}"
                        ));
                    }
                    open.push(name.to_owned());
                }
                rest = &rest[end + 1..];
            }
            '>' => {
                return Err(format!(
                    "Bad Request: can't parse entities: Unexpected end of name token at byte offset {at}"
                ));
            }
            '&' => {
                let entity = rest.find(';').map(|end| &rest[1..end]);
                let known = entity.is_some_and(|e| {
                    matches!(e, "lt" | "gt" | "amp" | "quot")
                        || e.strip_prefix('#')
                            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
                });
                if !known {
                    return Err(format!(
                        "Bad Request: can't parse entities: Unsupported HTML entity at byte offset {at}"
                    ));
                }
                shown += 1;
                rest = &rest[entity.map_or(1, |e| e.len() + 2)..];
            }
            c => {
                shown += 1;
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    match open.pop() {
        Some(tag) => Err(format!(
            "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"{tag}\""
        )),
        None => Ok(shown),
    }
}

/// The rule `body` of `method` breaks, if any: its name, and Telegram's description.
fn broken_rule(method: &str, body: &Value) -> Option<(&'static str, String)> {
    let html = body["parse_mode"] == "HTML";
    let length = |text: &str| {
        if html {
            shown_chars(text)
        } else {
            Ok(text.chars().count())
        }
    };
    if method == "sendmessage" || method == "editmessagetext" {
        let text = body["text"].as_str().unwrap_or_default();
        // Telegram words the same rule two ways.
        let too_long = match method {
            "sendmessage" => "Bad Request: message is too long",
            _ => "Bad Request: MESSAGE_TOO_LONG",
        };
        match length(text) {
            Err(description) => return Some(("HTML parse mode", description)),
            Ok(0) => return Some(("text 1-4096", "Bad Request: message text is empty".into())),
            Ok(n) if n > 4096 => return Some(("text 1-4096", too_long.into())),
            Ok(_) => {}
        }
    }
    if (method == "sendphoto" || method == "senddocument")
        && let Some(caption) = body["caption"].as_str()
    {
        match length(caption) {
            Err(description) => return Some(("HTML parse mode", description)),
            Ok(n) if n > 1024 => {
                return Some((
                    "caption 0-1024",
                    "Bad Request: message caption is too long".into(),
                ));
            }
            Ok(_) => {}
        }
    }
    if method == "answercallbackquery" && chars(&body["text"]) > 200 {
        return Some((
            "callback answer text 0-200",
            "Bad Request: MESSAGE_TOO_LONG".into(),
        ));
    }
    if method == "answerinlinequery" {
        return broken_inline_results(body);
    }
    if method == "setmycommands" {
        return broken_commands(body);
    }
    if method == "setmydescription" && chars(&body["description"]) > 512 {
        return Some((
            "description 0-512",
            "Bad Request: BOT_DESCRIPTION_INVALID".into(),
        ));
    }
    if method == "setmyshortdescription" && chars(&body["short_description"]) > 120 {
        return Some((
            "short description 0-120",
            "Bad Request: BOT_DESCRIPTION_INVALID".into(),
        ));
    }
    broken_keyboard(&body["reply_markup"])
}

fn chars(value: &Value) -> usize {
    value.as_str().map_or(0, |s| s.chars().count())
}

/// The rule an inline keyboard breaks, if any.
fn broken_keyboard(markup: &Value) -> Option<(&'static str, String)> {
    // Multipart sends the keyboard as JSON text.
    let markup = match markup {
        Value::String(json) => serde_json::from_str(json).unwrap_or(Value::Null),
        other => other.clone(),
    };
    let buttons = markup["inline_keyboard"].as_array().into_iter().flatten();
    for button in buttons.flat_map(|row| row.as_array().into_iter().flatten()) {
        if chars(&button["text"]) == 0 {
            return Some((
                "button text not empty",
                "Bad Request: BUTTON_TEXT_EMPTY".into(),
            ));
        }
        if let Some(data) = button["callback_data"].as_str()
            && !(1..=64).contains(&data.len())
        {
            return Some((
                "callback_data 1-64 bytes",
                "Bad Request: BUTTON_DATA_INVALID".into(),
            ));
        }
    }
    None
}

/// The rule `answerInlineQuery`'s results break, if any.
fn broken_inline_results(body: &Value) -> Option<(&'static str, String)> {
    let results = body["results"].as_array().cloned().unwrap_or_default();
    if results.len() > 50 {
        return Some(("at most 50 results", "Bad Request: RESULTS_TOO_MUCH".into()));
    }
    let mut ids = std::collections::HashSet::new();
    for result in &results {
        let id = result["id"].as_str().unwrap_or_default();
        if !(1..=64).contains(&id.len()) {
            return Some((
                "result id 1-64 bytes",
                "Bad Request: RESULT_ID_INVALID".into(),
            ));
        }
        if !ids.insert(id.to_owned()) {
            return Some((
                "result ids unique",
                "Bad Request: RESULT_ID_DUPLICATE".into(),
            ));
        }
        let content = &result["input_message_content"];
        if let Some(text) = content["message_text"].as_str() {
            let shown = if content["parse_mode"] == "HTML" {
                shown_chars(text)
            } else {
                Ok(text.chars().count())
            };
            match shown {
                Err(description) => return Some(("HTML parse mode", description)),
                Ok(n) if !(1..=4096).contains(&n) => {
                    return Some(("text 1-4096", "Bad Request: MESSAGE_TOO_LONG".into()));
                }
                Ok(_) => {}
            }
        }
        if let Some(broken) = broken_keyboard(&result["reply_markup"]) {
            return Some(broken);
        }
    }
    None
}

/// The rule `setMyCommands`' list breaks, if any.
fn broken_commands(body: &Value) -> Option<(&'static str, String)> {
    let commands = body["commands"].as_array().cloned().unwrap_or_default();
    if commands.len() > 100 {
        return Some((
            "at most 100 commands",
            "Bad Request: BOT_COMMANDS_TOO_MUCH".into(),
        ));
    }
    for command in &commands {
        let name = command["command"].as_str().unwrap_or_default();
        let named = (1..=32).contains(&name.len())
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !named {
            return Some((
                "command [a-z0-9_]{1,32}",
                "Bad Request: BOT_COMMAND_INVALID".into(),
            ));
        }
        if !(1..=256).contains(&chars(&command["description"])) {
            return Some((
                "command description 1-256",
                "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID".into(),
            ));
        }
    }
    None
}

pub type Shared = Arc<Mutex<Fake>>;

/// A multipart/form-data body as JSON: text fields as strings, files as
/// `{"filename": …, "size": bytes}`.
fn multipart(content_type: &str, body: &[u8]) -> Value {
    let Some(boundary) = content_type.split("boundary=").nth(1) else {
        return Value::Null;
    };
    let delimiter = format!("--{}", boundary.trim_matches('"'));
    let mut fields = serde_json::Map::new();
    let mut rest = body;
    while let Some(at) = find(rest, delimiter.as_bytes()) {
        rest = &rest[at + delimiter.len()..];
        let Some(head_end) = find(rest, b"\r\n\r\n") else {
            break;
        };
        let head = String::from_utf8_lossy(&rest[..head_end]).into_owned();
        let content = &rest[head_end + 4..];
        let end =
            find(content, delimiter.as_bytes()).map_or(content.len(), |e| e.saturating_sub(2));
        let value = &content[..end];
        let attr = |name: &str| {
            head.split(&format!("{name}=\""))
                .nth(1)
                .and_then(|v| v.split('"').next())
                .map(str::to_owned)
        };
        if let Some(name) = attr("name") {
            let field = match attr("filename") {
                // A text file is kept whole, to read back; a photo by its size.
                Some(filename) if filename.ends_with(".json") => json!({
                    "filename": filename, "size": value.len(),
                    "content": String::from_utf8_lossy(value)
                }),
                Some(filename) => json!({"filename": filename, "size": value.len()}),
                None => json!(String::from_utf8_lossy(value)),
            };
            fields.insert(name, field);
        }
        rest = content;
    }
    // teloxide sends files as `photo=attach://<part>`: put the part in its place.
    let attached: Vec<(String, String)> = fields
        .iter()
        .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.strip_prefix("attach://")?.to_owned())))
        .collect();
    for (field, part) in attached {
        if let Some(file) = fields.remove(&part) {
            fields.insert(field, file);
        }
    }
    Value::Object(fields)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Whether a message to `chat` now comes faster than Telegram allows: the seconds to wait
/// if so (and it is not counted), none if not (and it is).
fn flood(fake: &mut Fake, chat: i64) -> Option<u64> {
    let now = Instant::now();
    let sends = fake.sends.entry(chat).or_default();
    // A group's id is negative; a private chat's is the user's.
    let wait = if chat < 0 {
        while sends.front().is_some_and(|at| now - *at > GROUP_WINDOW) {
            sends.pop_front();
        }
        (sends.len() >= GROUP_BURST)
            .then(|| sends.front().map(|at| GROUP_WINDOW - (now - *at)))
            .flatten()
    } else {
        sends
            .back()
            .filter(|at| now - **at < CHAT_GAP)
            .map(|at| CHAT_GAP - (now - *at))
    };
    match wait {
        Some(wait) => Some(wait.as_secs().max(1)),
        None => {
            sends.push_back(now);
            None
        }
    }
}

impl Fake {
    /// Makes the next calls of `method` fail with `faults`, in order.
    pub fn fail(&mut self, method: &str, faults: impl IntoIterator<Item = Fault>) {
        self.faults
            .entry(method.to_lowercase())
            .or_default()
            .extend(faults);
    }

    /// Calls of `method` answered with a fault.
    pub fn faulted(&self, method: &str) -> Vec<(Fault, Instant)> {
        let method = method.to_lowercase();
        self.faulted
            .iter()
            .filter(|(m, _, _)| *m == method)
            .map(|&(_, fault, at)| (fault, at))
            .collect()
    }
}

async fn api(
    State(fake): State<Shared>,
    Path((token, method)): Path<(String, String)>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    // A wrong token is answered as Telegram does, not with a panic the client never sees.
    if token != format!("bot{TOKEN}") {
        return Fault::Status(401, "Unauthorized").answer().await;
    }
    let method = method.to_lowercase();
    let fault = {
        let mut fake = fake.lock().unwrap();
        let fault = fake.faults.get_mut(&method).and_then(VecDeque::pop_front);
        if let Some(fault) = fault {
            fake.faulted.push((method.clone(), fault, Instant::now()));
        }
        fault
    };
    if let Some(fault) = fault {
        return fault.answer().await;
    }
    if method == "sendmessage" || method == "sendphoto" {
        let mut fake = fake.lock().unwrap();
        if fake.count_only {
            // Benchmarks: count without parsing, so the fake's cost does not grow with
            // the reply. Every photo gets one file id, which the bot may send back.
            fake.uploaded += body.len();
            let number = fake.sent + fake.photos + 1;
            let result = if method == "sendphoto" {
                fake.photos += 1;
                json!({"message_id": number, "date": 1_700_000_000,
                       "chat": {"id": 1, "type": "private", "first_name": "x"},
                       "photo": [{"file_id": "bench-photo", "file_unique_id": "b",
                                  "width": 1200, "height": 675}]})
            } else {
                fake.sent += 1;
                json!({"message_id": number, "date": 1_700_000_000,
                       "chat": {"id": 1, "type": "private", "first_name": "x"}, "text": "ok"})
            };
            return Json(json!({"ok": true, "result": result})).into_response();
        }
    }
    let content_type = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let body: Value = if content_type.starts_with("multipart/") {
        multipart(content_type, &body)
    } else {
        serde_json::from_slice(&body).unwrap_or(Value::Null)
    };
    if method == "getupdates" && fake.lock().unwrap().webhook_set {
        return (
            StatusCode::CONFLICT,
            Json(json!({"ok": false, "error_code": 409,
                "description": "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"})),
        )
            .into_response();
    }
    if method == "getupdates" {
        fake.lock().unwrap().polls += 1;
        // Updates below the offset are confirmed, and forgotten; the rest wait.
        let offset = body["offset"].as_i64().unwrap_or(0);
        let limit = body["limit"].as_u64().unwrap_or(100) as usize;
        let wait = body["timeout"].as_u64().unwrap_or(0).min(1);
        for round in 0..=(20 * wait) {
            let updates: Vec<Value> = {
                let mut fake = fake.lock().unwrap();
                while fake
                    .updates
                    .front()
                    .is_some_and(|u| u["update_id"].as_i64().unwrap_or(0) < offset)
                {
                    fake.updates.pop_front();
                }
                fake.updates.iter().take(limit).cloned().collect()
            };
            if !updates.is_empty() || round == 20 * wait {
                return Json(json!({"ok": true, "result": updates})).into_response();
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }
    let mut fake = fake.lock().unwrap();
    if let Some((rule, description)) = broken_rule(&method, &body) {
        fake.violations.push(format!("{method}: {rule}"));
        return (
            StatusCode::BAD_REQUEST,
            Json(json!({"ok": false, "error_code": 400, "description": description})),
        )
            .into_response();
    }
    if method == "answercallbackquery" {
        let id = body["callback_query_id"].as_str().unwrap_or_default();
        if !fake.callbacks.iter().any(|known| known == id) {
            fake.violations
                .push(format!("{method}: a callback query the bot received"));
            return (
                StatusCode::BAD_REQUEST,
                Json(json!({"ok": false, "error_code": 400,
                    "description": "Bad Request: query is too old and response timeout expired or query ID is invalid"})),
            )
                .into_response();
        }
    }
    let chat_id = |body: &Value| {
        body["chat_id"]
            .as_i64()
            .or_else(|| body["chat_id"].as_str().and_then(|id| id.parse().ok()))
    };
    if method == "editmessagetext"
        && let Some(id) = body["inline_message_id"].as_str()
    {
        let shows = (body["text"].clone(), body["reply_markup"].clone());
        if fake.inline_messages.get(id) == Some(&shows) {
            fake.calls.push((method.clone(), body.clone()));
            return (
                StatusCode::BAD_REQUEST,
                Json(json!({"ok": false, "error_code": 400,
                    "description": "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message"})),
            )
                .into_response();
        }
        fake.inline_messages.insert(id.to_owned(), shows);
    }
    if method.starts_with("send")
        && let Some(chat) = chat_id(&body)
        && let Some(wait) = flood(&mut fake, chat)
    {
        fake.violations.push(format!(
            "{method}: one a second a chat, 20 a minute a group"
        ));
        return too_many_requests(wait);
    }
    if method.starts_with("send") && chat_id(&body).is_some_and(|c| fake.blocked.contains(&c)) {
        fake.calls.push((method.clone(), body.clone()));
        return (
            StatusCode::FORBIDDEN,
            Json(json!({"ok": false, "error_code": 403,
                "description": "Forbidden: bot was blocked by the user"})),
        )
            .into_response();
    }
    fake.calls.push((method.clone(), body.clone()));
    match method.as_str() {
        "setwebhook" => fake.webhook_set = true,
        "deletewebhook" => fake.webhook_set = false,
        _ => {}
    }
    let answer = match method.as_str() {
        "getme" => (
            StatusCode::OK,
            Json(json!({"ok": true, "result": {
                "id": 42, "is_bot": true, "first_name": "gainsbot", "username": USERNAME,
                "can_join_groups": true, "can_read_all_group_messages": false, "supports_inline_queries": true,
                "can_connect_to_business": false, "has_main_web_app": false
            }})),
        ),
        "sendphoto" => {
            // An upload gets a new file id; a file id sent back is the same photo.
            let file = match body["photo"].as_str() {
                Some(known) => known.to_owned(),
                None => format!("photo-{}", fake.calls.len()),
            };
            let photo = json!([
                {"file_id": format!("{file}-small"), "file_unique_id": "s", "width": 320, "height": 180},
                {"file_id": file, "file_unique_id": "l", "width": 1200, "height": 675}
            ]);
            (
                StatusCode::OK,
                Json(sent_upload(&fake, &body, "photo", photo)),
            )
        }
        // sendDocument: the document as Telegram keeps it (Bot API, Document).
        "senddocument" => {
            let document = json!({"file_id": format!("doc-{}", fake.calls.len()),
                "file_unique_id": "d", "file_name": body["document"]["filename"]});
            (
                StatusCode::OK,
                Json(sent_upload(&fake, &body, "document", document)),
            )
        }
        "sendmessage" => (
            StatusCode::OK,
            Json(json!({"ok": true, "result": {
                "message_id": fake.calls.len(), "date": 1_700_000_000,
                "chat": {"id": body["chat_id"], "type": "private", "first_name": "x"},
                "text": body["text"]
            }})),
        ),
        "getwebhookinfo" => (
            StatusCode::OK,
            Json(json!({"ok": true, "result": {
                "url": "", "has_custom_certificate": false, "pending_update_count": 0
            }})),
        ),
        "getchatmember" => {
            let (chat, user) = (
                chat_id(&body).unwrap_or(0),
                body["user_id"].as_i64().unwrap_or(0),
            );
            let who = json!({"id": user, "is_bot": false, "first_name": "Member"});
            let member = if fake.admins.contains(&(chat, user)) {
                json!({"status": "administrator", "user": who, "can_be_edited": false,
                    "is_anonymous": false, "can_manage_chat": true, "can_delete_messages": true,
                    "can_manage_video_chats": true, "can_restrict_members": true,
                    "can_promote_members": false, "can_change_info": true,
                    "can_invite_users": true, "can_post_stories": false,
                    "can_edit_stories": false, "can_delete_stories": false})
            } else {
                json!({"status": "member", "user": who})
            };
            (StatusCode::OK, Json(json!({"ok": true, "result": member})))
        }
        "editmessagetext" => (StatusCode::OK, Json(json!({"ok": true, "result": true}))),
        "deletewebhook"
        | "setwebhook"
        | "answercallbackquery"
        | "answerinlinequery"
        | "setmycommands"
        | "setmydescription"
        | "setmyshortdescription" => (StatusCode::OK, Json(json!({"ok": true, "result": true}))),
        // teloxide waits 10 s after a 5xx: unknown methods get a 4xx.
        _ => (
            StatusCode::NOT_FOUND,
            Json(
                json!({"ok": false, "error_code": 404, "description": "Not Found: method not found"}),
            ),
        ),
    };
    answer.into_response()
}

/// Starts the fake on a thread and runtime of its own, apart from the benchmark's.
pub fn start_apart() -> (Shared, String) {
    let fake: Shared = Arc::default();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    let state = fake.clone();
    let state_for_count = fake.clone();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let app = Router::new()
                .route("/{token}/{method}", post(api))
                .with_state(state);
            let counted = state_for_count.clone();
            let listener = tokio::net::TcpListener::from_std(listener)
                .unwrap()
                .tap_io(move |_| counted.lock().unwrap().connections += 1);
            axum::serve(listener, app).await
        })
    });
    (fake, url)
}

/// Starts the fake on a free port; returns its state and the API URL to give teloxide.
pub async fn start() -> (Shared, String) {
    let fake: Shared = Arc::default();
    let app = Router::new()
        .route("/{token}/{method}", post(api))
        .with_state(fake.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (fake, url)
}

/// A button press under message `message_id` of `chat`, by user 1001 whose app speaks
/// `lang`, carrying `data`; the fake remembers the query, which the bot must answer.
pub fn press(fake: &mut Fake, chat: i64, message_id: i64, data: &str, lang: &str) -> Value {
    fake.next_update_id += 1;
    let id = format!("cb-{}", fake.next_update_id);
    fake.callbacks.push(id.clone());
    let kind = if chat < 0 { "group" } else { "private" };
    json!({"update_id": fake.next_update_id, "callback_query": {
        "id": id, "chat_instance": "ci-1", "data": data,
        "from": {"id": 1001, "is_bot": false, "first_name": "Alice", "language_code": lang},
        "message": {"message_id": message_id, "date": 1_700_000_000,
            "chat": {"id": chat, "type": kind, "first_name": "Alice"}, "text": "…"}
    }})
}

/// A press of the button carrying `data` under the inline message `inline` (see
/// [`inline_message`]), by user 1001 whose app speaks `lang`.
pub fn press_inline(fake: &mut Fake, inline: &str, data: &str, lang: &str) -> Value {
    fake.next_update_id += 1;
    let id = format!("cb-{}", fake.next_update_id);
    fake.callbacks.push(id.clone());
    json!({"update_id": fake.next_update_id, "callback_query": {
        "id": id, "chat_instance": "ci-2", "data": data, "inline_message_id": inline,
        "from": {"id": 1001, "is_bot": false, "first_name": "Alice", "language_code": lang}
    }})
}

/// A private message update from a user whose app speaks `lang`.
pub fn message(id: i64, chat: i64, text: &str, lang: &str, group: bool) -> Value {
    message_from(id, chat, 1001, text, lang, group)
}

/// [`message`] from user `user`.
pub fn message_from(id: i64, chat: i64, user: i64, text: &str, lang: &str, group: bool) -> Value {
    let chat = if group {
        json!({"id": chat, "type": "group", "title": "Creators"})
    } else {
        json!({"id": chat, "type": "private", "first_name": "Alice"})
    };
    json!({"update_id": id, "message": {
        "message_id": 7, "date": 1_700_000_000, "chat": chat, "text": text,
        "from": {"id": user, "is_bot": false, "first_name": "Alice", "language_code": lang}
    }})
}

/// The message Telegram returns for a multipart upload (a photo or a document with its
/// caption); multipart sends every field as text, the chat id too.
fn sent_upload(fake: &Fake, body: &Value, kind: &str, media: Value) -> Value {
    let chat = body["chat_id"]
        .as_str()
        .and_then(|id| id.parse::<i64>().ok())
        .unwrap_or(1);
    let mut message = json!({
        "message_id": fake.calls.len(), "date": 1_700_000_000,
        "chat": {"id": chat, "type": "private", "first_name": "x"},
        "caption": body["caption"],
    });
    message[kind] = media;
    json!({"ok": true, "result": message})
}
