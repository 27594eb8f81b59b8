//! Discord's HTTP interactions endpoint on loopback: signed `/gains` interactions from
//! 64 keep-alive clients. Two runs: as fast as the clients can go (throughput, and the
//! latency that queueing then gives), and at a steady 5 000 requests a second (a stall
//! that holds up later requests counts in their latency too).
//! Targets: ≥ 5 000 a second, p99 ≤ 5 ms. `cargo bench --bench discord`.
//!
//! The bot runs as deployed: a SQLite store (each request looks up the sender's saved
//! stats) and the signature checked on every request. The clients share the machine.

// A benchmark that cannot measure stops.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use testkit::signing;

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use answers::Answers;
use discord::{DiscordConfig, endpoint};
use ed25519_dalek::SigningKey;
use edge::Edge;
use edge::service::Service;
use figures::Rates;
use serde_json::json;
use store::Store;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use values::Lang;

/// The allocator the `gainsbot` binary ships with.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const CLIENTS: usize = 64;
const SATURATED: Duration = Duration::from_secs(5);
const STEADY_RATE: u64 = 5_000;
const STEADY: Duration = Duration::from_secs(5);

/// One signed request, sent again and again (a replay within the 5-minute window is
/// valid, and costs the endpoint the same as a new interaction).
fn request(addr: std::net::SocketAddr, key: &SigningKey) -> Vec<u8> {
    let body = json!({
        "id": "1001", "application_id": "2002", "type": 2,
        "data": {"id": "3003", "name": "earnings", "type": 1,
                 "options": [{"name": "views", "type": 3, "value": "1000000"}]},
        "guild_id": "4004", "channel_id": "5005", "guild_locale": "fr",
        "member": {"user": {"id": "6006", "username": "creator"}, "roles": [], "deaf": false, "mute": false, "flags": 0},
        "token": "itok", "version": 1, "locale": "fr", "app_permissions": "0",
        "entitlements": [], "context": 0, "attachment_size_limit": 8388608
    })
    .to_string();
    let timestamp = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
        .to_string();
    let signature = signing::signature(key, &timestamp, &body);
    format!(
        "POST {} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n\
         X-Signature-Ed25519: {signature}\r\nX-Signature-Timestamp: {timestamp}\r\n\
         Content-Length: {}\r\n\r\n{body}",
        endpoint::PATH,
        body.len()
    )
    .into_bytes()
}

/// Sends one request on a keep-alive connection and reads the whole response.
async fn exchange(tcp: &mut TcpStream, request: &[u8], buffer: &mut Vec<u8>) {
    tcp.write_all(request).await.unwrap();
    buffer.clear();
    let mut chunk = [0u8; 16 * 1024];
    loop {
        let read = tcp.read(&mut chunk).await.unwrap();
        assert!(read > 0, "the server closed the connection");
        buffer.extend_from_slice(&chunk[..read]);
        let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") else {
            continue;
        };
        let head = std::str::from_utf8(&buffer[..end]).unwrap();
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        let length: usize = head
            .lines()
            .find_map(|l| {
                l.to_ascii_lowercase()
                    .strip_prefix("content-length:")
                    .map(|v| v.trim().parse().unwrap())
            })
            .expect("a content length");
        if buffer.len() >= end + 4 + length {
            assert!(buffer[end + 4..].starts_with(b"{\"type\":4"));
            return;
        }
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 * p) as usize).min(sorted.len() - 1)]
}

fn report(name: &str, elapsed: Duration, mut latencies: Vec<Duration>) {
    latencies.sort();
    println!(
        "{name}: {} requests in {:.2} s = {:.0}/s; latency p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        latencies.len(),
        elapsed.as_secs_f64(),
        latencies.len() as f64 / elapsed.as_secs_f64(),
        percentile(&latencies, 0.50).as_secs_f64() * 1e3,
        percentile(&latencies, 0.99).as_secs_f64() * 1e3,
        latencies.last().unwrap().as_secs_f64() * 1e3,
    );
}

/// A keep-alive connection, with Nagle off as HTTP clients have it.
async fn connect(addr: std::net::SocketAddr) -> TcpStream {
    let tcp = TcpStream::connect(addr).await.unwrap();
    tcp.set_nodelay(true).unwrap();
    tcp
}

/// Every client's latencies, once all are done.
async fn gather(clients: Vec<tokio::task::JoinHandle<Vec<Duration>>>) -> Vec<Duration> {
    let mut latencies = Vec::new();
    for client in clients {
        latencies.extend(client.await.unwrap());
    }
    latencies
}

/// Each client sends back to back for `SATURATED`.
async fn saturated(addr: std::net::SocketAddr, request: Arc<Vec<u8>>) {
    let start = Instant::now();
    let mut clients = Vec::new();
    for _ in 0..CLIENTS {
        let request = request.clone();
        clients.push(tokio::spawn(async move {
            let mut tcp = connect(addr).await;
            let mut buffer = Vec::new();
            let mut latencies = Vec::new();
            while start.elapsed() < SATURATED {
                let sent = Instant::now();
                exchange(&mut tcp, &request, &mut buffer).await;
                latencies.push(sent.elapsed());
            }
            latencies
        }));
    }
    let latencies = gather(clients).await;
    report("saturated, 64 clients", start.elapsed(), latencies);
}

/// The clients share a steady total rate; an answer late enough to hold up the next
/// send counts that delay in the next request's latency too.
async fn steady(addr: std::net::SocketAddr, request: Arc<Vec<u8>>) {
    let interval = Duration::from_nanos(1_000_000_000 * CLIENTS as u64 / STEADY_RATE);
    let start = Instant::now();
    let mut clients = Vec::new();
    for i in 0..CLIENTS {
        let request = request.clone();
        clients.push(tokio::spawn(async move {
            let mut tcp = connect(addr).await;
            let mut buffer = Vec::new();
            let mut latencies = Vec::new();
            let mut due = start + interval * i as u32 / CLIENTS as u32;
            let mut done = start;
            while due < start + STEADY {
                tokio::time::sleep_until(due.into()).await;
                // A request counts from when it was due if the previous answer held it up;
                // otherwise from when the client woke (tokio's timer can be 1 ms late, the
                // client's fault, not the server's).
                let from = if done > due { due } else { Instant::now() };
                exchange(&mut tcp, &request, &mut buffer).await;
                done = Instant::now();
                latencies.push(done - from);
                due += interval;
            }
            latencies
        }));
    }
    let latencies = gather(clients).await;
    report("steady 5 000/s, 64 clients", start.elapsed(), latencies);
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let key = signing::key(7);
    let public = signing::public_hex(&key);
    let server = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let addr = server.block_on(async {
        let store = Store::new(&format!("sqlite://{}/bench.db", dir.path().display())).unwrap();
        store.migrate().await.unwrap();
        let bot = Arc::new(Service::new(
            Answers::new(Rates::embedded().unwrap(), Lang::Fr),
            Some(store),
        ));
        let config = DiscordConfig {
            token: None,
            public_key: Some(public),
            api_url: Some("http://127.0.0.1:9".parse().unwrap()),
            ..DiscordConfig::default()
        };
        let router = endpoint::router(&config, bot, Edge::default()).unwrap();
        let tcp = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = tcp.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(tcp, router).await });
        addr
    });
    let request = Arc::new(request(addr, &key));
    // The clients run on a thread of their own, as a separate process would.
    let clients = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    clients.block_on(async {
        saturated(addr, request.clone()).await;
        steady(addr, request).await;
    });
    drop(server);
}
