//! What a Discord reply costs as shipped: the `gainsbot` binary as deployed (built by
//! `cargo build --release --locked`, see `support/shipped.rs`) with `DISCORD_TOKEN` set,
//! in its default configuration (the gateway, SQLite store on, cards in DMs, per-user
//! limits, metrics, its HTTP server), beside a bare serenity bot that answers each
//! command with its text, the framework's floor, in one run. Both talk to a fake Discord
//! (gateway and REST) on loopback, with serenity's rate limiter off as behind a proxy.
//! Each bot is its own process: its CPU is every thread's, kernel time included, its
//! memory `VmRSS`.
//!
//! Three loads of 600 commands from 300 users: `/gains` in a server (an embed), the same
//! `/gains 1M` in DMs (the card drawn once, then attached from memory), and a different
//! `/gains` each time in DMs (a fresh card each).
//! `cargo bench --bench discord_gateway [-- server|already|fresh]`;
//! `GAINSBOT_BENCH_BIN=path` measures another build.

// A benchmark that cannot measure stops.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use testkit::fake_discord;
use testkit::settings;
use testkit::shipped;

use std::path::Path;
use std::process::{Child, Stdio};
use std::time::Duration;

use fake_discord::{Fake, Shared, TOKEN};
use serde_json::{Value, json};
use serenity::all::{
    ClientBuilder, Context, CreateInteractionResponse, CreateInteractionResponseMessage,
    EventHandler, GatewayIntents, HttpBuilder, Interaction,
};
use shipped::{Run, cpu, rss_kib, wait};

const USERS: u64 = 300;
const MESSAGES: usize = 600;
const ROUNDS: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Load {
    /// `/gains vues:1000000` in a server: an embed, no card.
    Server,
    /// `/gains vues:1000000` in DMs: one card, drawn once, then attached again.
    SameCard,
    /// `/gains vues:<n>` with a different n each time, in DMs: a fresh card each.
    FreshCards,
}

impl Load {
    fn name(self) -> &'static str {
        match self {
            Load::Server => "server, embed reply",
            Load::SameCard => "DMs, a card already drawn",
            Load::FreshCards => "DMs, a fresh card",
        }
    }

    fn interaction(self, n: usize) -> Value {
        let views = match self {
            Load::Server | Load::SameCard => 1_000_000,
            Load::FreshCards => 1_000_000 + 1_000 * n,
        };
        let guild = self == Load::Server;
        let mut interaction = fake_discord::command(
            n as u64 + 1,
            "earnings",
            &[("views", json!(views.to_string()))],
            "fr",
            guild,
        );
        let user = json!((10_000 + n as u64 % USERS).to_string());
        if guild {
            interaction["member"]["user"]["id"] = user;
        } else {
            interaction["user"]["id"] = user;
        }
        interaction
    }
}

#[derive(Debug, Clone, Copy)]
enum Bot {
    /// serenity's floor: each command's text sent back as its response.
    Echo,
    Gainsbot,
}

/// Replies finished: responses with a message (type 4), and edits of deferred ones.
fn replies(fake: &Fake) -> usize {
    fake.calls
        .iter()
        .filter(|(method, path, body)| {
            (method == "POST" && path.ends_with("/callback") && body["type"] == 4)
                || (method == "PATCH" && path.ends_with("/@original"))
        })
        .count()
}

/// The fake Discord, on a thread of its own until the returned sender is dropped.
fn fake() -> (Shared, String, tokio::sync::oneshot::Sender<()>) {
    let (started, start) = std::sync::mpsc::channel();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            started.send(fake_discord::start().await).unwrap();
            let _ = stopped.await;
        });
    });
    let (fake, url) = start.recv().unwrap();
    (fake, url, stop)
}

fn start(bot: Bot, gainsbot: &Path, api_url: &str, dir: &Path) -> Child {
    let mut command = match bot {
        Bot::Gainsbot => {
            let mut command = settings::without_settings(gainsbot);
            command
                .env(
                    "DATABASE_URL",
                    format!("sqlite://{}/bench.db", dir.display()),
                )
                .env("HTTP_ADDR", "127.0.0.1:0")
                .env("RUST_LOG", "error");
            command
        }
        Bot::Echo => {
            let mut command = settings::without_settings(&std::env::current_exe().unwrap());
            command.env("GAINSBOT_BENCH_ECHO", "1");
            command
        }
    };
    command
        .env("DISCORD_TOKEN", TOKEN)
        .env("DISCORD_API_URL", api_url)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .spawn()
        .expect("the bot starts")
}

fn run(bot: Bot, gainsbot: &Path, load: Load) -> Run {
    let (fake, api_url, _stop) = fake();
    let dir = tempfile::tempdir().unwrap();
    let mut child = start(bot, gainsbot, &api_url, dir.path());
    let pid = child.id();
    wait("the gateway session", Duration::from_secs(60), || {
        !fake.lock().unwrap().sessions_empty()
    });
    // Settled: the start's allocations done, the session idle.
    std::thread::sleep(Duration::from_millis(500));
    let idle_rss_kib = rss_kib(pid);
    let (uploaded_before, connections_before) = {
        let fake = fake.lock().unwrap();
        (fake.uploaded, fake.connections)
    };
    let before = cpu(pid);
    for n in 0..MESSAGES {
        fake_discord::dispatch(&fake, load.interaction(n));
    }
    wait("replies", Duration::from_secs(300), || {
        replies(&fake.lock().unwrap()) >= MESSAGES
    });
    let spent = cpu(pid) - before;
    let busy_rss_kib = rss_kib(pid);
    let (uploaded, connections) = {
        let fake = fake.lock().unwrap();
        (
            fake.uploaded - uploaded_before,
            fake.connections - connections_before,
        )
    };
    shipped::stop(&mut child);
    Run {
        cpu_per_reply: spent / MESSAGES as u32,
        idle_rss_kib,
        busy_rss_kib,
        uploaded_per_reply: uploaded / MESSAGES,
        connections,
    }
}

/// The echo bot: each command's options sent back as its response, nothing else.
struct Echo;

#[serenity::async_trait]
impl EventHandler for Echo {
    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        let Interaction::Command(command) = interaction else {
            return;
        };
        let text: Vec<&str> = command
            .data
            .options
            .iter()
            .filter_map(|option| option.value.as_str())
            .collect();
        let reply = CreateInteractionResponseMessage::new().content(text.join(" "));
        let _ = command
            .create_response(&ctx.http, CreateInteractionResponse::Message(reply))
            .await;
    }
}

fn echo_bot() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let url = std::env::var("DISCORD_API_URL").unwrap();
        let http = HttpBuilder::new(TOKEN)
            .proxy(url)
            .ratelimiter_disabled(true)
            .build();
        let intents = GatewayIntents::GUILD_MESSAGES | GatewayIntents::DIRECT_MESSAGES;
        let mut client = ClientBuilder::new_with_http(http, intents)
            .event_handler(Echo)
            .await
            .unwrap();
        client.start_autosharded().await.unwrap();
    });
}

fn main() {
    if std::env::var_os("GAINSBOT_BENCH_ECHO").is_some() {
        return echo_bot();
    }
    let Some(wanted) = shipped::wanted() else {
        return;
    };
    let gainsbot = shipped::binary();
    println!("gainsbot: {}", gainsbot.display());
    println!(
        "{:<36} {:>8} {:>9} {:>7} {:>10} {:>10} {:>10} {:>6}",
        "load (µs of CPU per reply)",
        "echo",
        "gainsbot",
        "ratio",
        "idle RSS",
        "busy RSS",
        "up/reply",
        "conns"
    );
    let bots = [Bot::Echo, Bot::Gainsbot];
    for load in [Load::Server, Load::SameCard, Load::FreshCards] {
        if !shipped::selected(&wanted, load.name()) {
            continue;
        }
        let measured = shipped::measure(bots.len(), ROUNDS, |i| run(bots[i], &gainsbot, load));
        let last = measured.last;
        println!(
            "{:<36} {:>8.0} {:>9.0} {:>6.2}× {:>6} KiB {:>6} KiB {:>8} B {:>6}",
            load.name(),
            measured.cpu[0],
            measured.cpu[1],
            measured.ratios[0],
            last.idle_rss_kib,
            last.busy_rss_kib,
            last.uploaded_per_reply,
            last.connections
        );
    }
}
