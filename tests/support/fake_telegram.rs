//! A fake Telegram Bot API server on 127.0.0.1 for tests and benchmarks: it speaks the
//! wire protocol (`POST /bot<TOKEN>/<Method>`, JSON), queues updates for `getUpdates`
//! and records every other call.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use serde_json::{Value, json};

pub const TOKEN: &str = "123456:TEST-TOKEN";
pub const USERNAME: &str = "gainsbot_test_bot";

#[derive(Default)]
pub struct Fake {
    pub updates: VecDeque<Value>,
    #[allow(dead_code, reason = "used by the tests, not the benchmark")]
    pub next_update_id: i64,
    /// (method, body) of every call, in order.
    pub calls: Vec<(String, Value)>,
    /// Answer this many sendMessage calls with 429 first.
    pub too_many: usize,
    /// Count sendMessage calls instead of recording them (benchmarks).
    pub count_only: bool,
    pub sent: usize,
    /// CPU time of the thread serving the fake, when it runs on its own ([`start_apart`]).
    pub cpu: Duration,
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

async fn api(
    State(fake): State<Shared>,
    Path((token, method)): Path<(String, String)>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> (StatusCode, Json<Value>) {
    assert_eq!(token, format!("bot{TOKEN}"));
    let method = method.to_lowercase();
    if method == "sendmessage" {
        let mut fake = fake.lock().unwrap();
        if fake.count_only {
            fake.cpu = thread_cpu_time();
            // Benchmarks: count without parsing, so the fake's cost does not grow with the reply.
            fake.sent += 1;
            return (
                StatusCode::OK,
                Json(json!({"ok": true, "result": {
                    "message_id": fake.sent, "date": 1_700_000_000,
                    "chat": {"id": 1, "type": "private", "first_name": "x"}, "text": "ok"
                }})),
            );
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
    if method == "getupdates" {
        for _ in 0..20 {
            let updates: Vec<Value> = {
                let mut fake = fake.lock().unwrap();
                let n = fake.updates.len().min(100);
                fake.updates.drain(..n).collect()
            };
            if !updates.is_empty() {
                return (StatusCode::OK, Json(json!({"ok": true, "result": updates})));
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        return (StatusCode::OK, Json(json!({"ok": true, "result": []})));
    }
    let mut fake = fake.lock().unwrap();
    fake.calls.push((method.clone(), body.clone()));
    match method.as_str() {
        "getme" => (
            StatusCode::OK,
            Json(json!({"ok": true, "result": {
                "id": 42, "is_bot": true, "first_name": "gainsbot", "username": USERNAME,
                "can_join_groups": true, "can_read_all_group_messages": false, "supports_inline_queries": true,
                "can_connect_to_business": false, "has_main_web_app": false
            }})),
        ),
        "sendmessage" if fake.too_many > 0 => {
            fake.too_many -= 1;
            (
                StatusCode::TOO_MANY_REQUESTS,
                Json(
                    json!({"ok": false, "error_code": 429, "description": "Too Many Requests: retry after 1", "parameters": {"retry_after": 1}}),
                ),
            )
        }
        "sendphoto" => (
            StatusCode::OK,
            Json(json!({"ok": true, "result": {
                "message_id": fake.calls.len(), "date": 1_700_000_000,
                "chat": {"id": 1, "type": "private", "first_name": "x"},
                "text": body["caption"]
            }})),
        ),
        "sendmessage" => (
            StatusCode::OK,
            Json(json!({"ok": true, "result": {
                "message_id": fake.calls.len(), "date": 1_700_000_000,
                "chat": {"id": body["chat_id"], "type": "private", "first_name": "x"},
                "text": body["text"]
            }})),
        ),
        "deletewebhook"
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
    }
}

/// CPU time consumed by the calling thread.
#[allow(dead_code, reason = "used by the benchmark, not the tests")]
fn thread_cpu_time() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec and the clock id is a constant libc knows.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0);
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// Starts the fake on a thread and runtime of its own, so a benchmark can tell its CPU
/// time (`Fake::cpu`) from the bot's.
#[allow(dead_code, reason = "used by the benchmark, not the tests")]
pub fn start_apart() -> (Shared, String) {
    let fake: Shared = Arc::default();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    let state = fake.clone();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let app = Router::new()
                .route("/{token}/{method}", post(api))
                .with_state(state);
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            axum::serve(listener, app).await
        })
    });
    (fake, url)
}

/// Starts the fake on a free port; returns its state and the API URL to give teloxide.
#[allow(dead_code, reason = "used by the tests, not the benchmark")]
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

/// A private message update from a user whose app speaks `lang`.
pub fn message(id: i64, chat: i64, text: &str, lang: &str, group: bool) -> Value {
    let chat = if group {
        json!({"id": chat, "type": "group", "title": "Creators"})
    } else {
        json!({"id": chat, "type": "private", "first_name": "Alice"})
    };
    json!({"update_id": id, "message": {
        "message_id": 7, "date": 1_700_000_000, "chat": chat, "text": text,
        "from": {"id": 1001, "is_bot": false, "first_name": "Alice", "language_code": lang}
    }})
}
