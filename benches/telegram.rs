//! What a Telegram reply costs as shipped: the `gainsbot` binary as deployed (built by
//! `cargo build --release --locked`, see `support/shipped.rs`) in its default configuration
//! (SQLite store on, cards in private chats, per-user limits, metrics), beside a bare
//! teloxide echo bot, the framework's floor, in one run, both answering a fake Bot API on
//! loopback, and beside the same echo bot behind teloxide's `Throttle` (Telegram's
//! limits, which gainsbot keeps to). Each bot is its own process: its CPU is every
//! thread's, kernel time included, its memory `VmRSS`.
//!
//! Three loads of 600 messages from 300 users: `/gains` in group chats (text replies),
//! the same `/gains 1M` in private chats (the card drawn once, then sent by its file id),
//! and a different `/gains` each time in private chats (a fresh card each). In private
//! chats the throttled floor answers as gainsbot does there: a photo by its file id,
//! captioned with the text.
//!
//! And memory over time (`-- memory`): gainsbot alone, 10 000 mixed replies (group texts,
//! cards sent again, fresh cards, questions, from 10 000 users), then 10 000 more; its
//! resident memory idle, after the first 10 000 and after the second.
//! `cargo bench --bench telegram [-- group|already|fresh|memory]`;
//! `GAINSBOT_BENCH_BIN=path` measures another build.

// A benchmark that cannot measure stops.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use testkit::fake_telegram;
use testkit::settings;
use testkit::shipped;

use std::path::Path;
use std::process::{Child, Stdio};
use std::time::Duration;

use fake_telegram::{Shared, TOKEN, USERNAME};
use shipped::{Run, cpu, rss_kib, wait};
use teloxide::adaptors::Throttle;
use teloxide::adaptors::throttle::Limits;
use teloxide::prelude::*;

const USERS: i64 = 300;
const MESSAGES: usize = 600;
const ROUNDS: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Load {
    /// `/gains@bot 1000000` in group chats: text replies, no card.
    Groups,
    /// `/gains 1000000` in private chats: one card, drawn once, then reused.
    SameCard,
    /// `/gains <n>` with a different n each time, in private chats: a fresh card each.
    FreshCards,
    /// Of every ten: six group texts, two cards sent again, one fresh card, one
    /// question, each from a user of its own.
    Mixed,
}

impl Load {
    fn name(self) -> &'static str {
        match self {
            Load::Groups => "group chats, text reply",
            Load::SameCard => "private chats, a card already sent",
            Load::FreshCards => "private chats, a fresh card",
            Load::Mixed => "memory over 20 000 mixed replies",
        }
    }

    /// Whether replies go to private chats, where gainsbot sends a photo.
    fn private(self) -> bool {
        matches!(self, Load::SameCard | Load::FreshCards)
    }

    fn update(self, n: usize) -> serde_json::Value {
        let user = 10_000 + (n as i64 % USERS);
        match self {
            Load::Mixed => {
                let user = 100_000 + n as i64;
                let (chat, text, group) = match n % 10 {
                    0..=5 => (-user, format!("/gains@{USERNAME} 1000000"), true),
                    6 | 7 => (user, "/gains 1000000".to_owned(), false),
                    8 => (user, format!("/gains {}", 1_000_000 + 1_000 * n), false),
                    _ => (
                        user,
                        "combien pour 2M de vues en Belgique ?".to_owned(),
                        false,
                    ),
                };
                fake_telegram::message_from(n as i64 + 1, chat, user, &text, "fr", group)
            }
            Load::Groups => fake_telegram::message_from(
                n as i64 + 1,
                -user,
                user,
                &format!("/gains@{USERNAME} 1000000"),
                "fr",
                true,
            ),
            Load::SameCard => {
                fake_telegram::message_from(n as i64 + 1, user, user, "/gains 1000000", "fr", false)
            }
            Load::FreshCards => fake_telegram::message_from(
                n as i64 + 1,
                user,
                user,
                &format!("/gains {}", 1_000_000 + 1_000 * n),
                "fr",
                false,
            ),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bot {
    /// teloxide's floor: every message's text sent back, as fast as it comes.
    Echo,
    /// The same behind teloxide's `Throttle`, which keeps to Telegram's limits (30
    /// messages a second, one a second per chat) as gainsbot does: the floor of a bot
    /// that can be deployed.
    ThrottledEcho,
    /// The throttled echo answering with a photo by its file id, the text as its
    /// caption: the floor of a private reply.
    ThrottledPhotoEcho,
    Gainsbot,
}

fn start(bot: Bot, gainsbot: &Path, api_url: &str, dir: &Path) -> Child {
    let mut command = match bot {
        Bot::Gainsbot => {
            let mut command = settings::without_settings(gainsbot);
            command
                .env("TELEGRAM_TOKEN", TOKEN)
                .env(
                    "DATABASE_URL",
                    format!("sqlite://{}/bench.db", dir.display()),
                )
                .env("HTTP_ADDR", "127.0.0.1:0")
                .env("RUST_LOG", "error");
            command
        }
        Bot::Echo | Bot::ThrottledEcho | Bot::ThrottledPhotoEcho => {
            let mut command = settings::without_settings(&std::env::current_exe().unwrap());
            let mode = match bot {
                Bot::ThrottledEcho => "throttled",
                Bot::ThrottledPhotoEcho => "photo",
                _ => "bare",
            };
            command.env("GAINSBOT_BENCH_ECHO", mode);
            command
        }
    };
    command
        .env("TELEGRAM_API_URL", api_url)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .spawn()
        .expect("the bot starts")
}

fn run(bot: Bot, gainsbot: &Path, load: Load) -> Run {
    let (fake, api_url) = fake_telegram::start_apart();
    fake.lock().unwrap().count_only = true;
    let dir = tempfile::tempdir().unwrap();
    let mut child = start(bot, gainsbot, &api_url, dir.path());
    let pid = child.id();
    let polls = |fake: &Shared| fake.lock().unwrap().polls;
    wait("polling", Duration::from_secs(60), || polls(&fake) >= 2);
    // Settled: the start's allocations done, one long poll under way.
    std::thread::sleep(Duration::from_millis(500));
    let idle_rss_kib = rss_kib(pid);
    let before = cpu(pid);
    {
        let mut fake = fake.lock().unwrap();
        for n in 0..MESSAGES {
            fake.updates.push_back(load.update(n));
        }
    }
    wait("replies", Duration::from_secs(300), || {
        replied(&fake) >= MESSAGES
    });
    let spent = cpu(pid) - before;
    let busy_rss_kib = rss_kib(pid);
    let (uploaded, connections) = {
        let fake = fake.lock().unwrap();
        (fake.uploaded, fake.connections)
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

/// Messages and photos sent so far.
fn replied(fake: &Shared) -> usize {
    let fake = fake.lock().unwrap();
    fake.sent + fake.photos
}

/// Resident memory of gainsbot alone: idle, after 10 000 mixed replies, after 20 000.
fn memory(gainsbot: &Path) -> [u64; 3] {
    const HALF: usize = 10_000;
    let (fake, api_url) = fake_telegram::start_apart();
    fake.lock().unwrap().count_only = true;
    let dir = tempfile::tempdir().unwrap();
    let mut child = start(Bot::Gainsbot, gainsbot, &api_url, dir.path());
    let pid = child.id();
    wait("polling", Duration::from_secs(60), || {
        fake.lock().unwrap().polls >= 2
    });
    std::thread::sleep(Duration::from_millis(500));
    let idle = rss_kib(pid);
    let mut after = [0; 2];
    for (half, rss) in after.iter_mut().enumerate() {
        {
            let mut fake = fake.lock().unwrap();
            for n in half * HALF..(half + 1) * HALF {
                fake.updates.push_back(Load::Mixed.update(n));
            }
        }
        // Telegram's 30 messages a second, kept by the bot: about six minutes a half.
        wait("replies", Duration::from_secs(1200), || {
            replied(&fake) >= (half + 1) * HALF
        });
        std::thread::sleep(Duration::from_millis(500));
        *rss = rss_kib(pid);
    }
    shipped::stop(&mut child);
    [idle, after[0], after[1]]
}

/// The echo bot: every message's text sent back, nothing else; `throttled`, within
/// Telegram's limits; `photo`, within them as a photo by file id captioned with it.
fn echo_bot(mode: &str) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let url = std::env::var("TELEGRAM_API_URL").unwrap();
        let bot = teloxide::Bot::new(TOKEN).set_api_url(url.parse().unwrap());
        match mode {
            "throttled" => {
                teloxide::repl(
                    bot.throttle(Limits::default()),
                    echo::<Throttle<teloxide::Bot>>,
                )
                .await
            }
            "photo" => {
                teloxide::repl(
                    bot.throttle(Limits::default()),
                    photo_echo::<Throttle<teloxide::Bot>>,
                )
                .await
            }
            _ => teloxide::repl(bot, echo::<teloxide::Bot>).await,
        }
    });
}

async fn echo<B: Requester>(bot: B, msg: Message) -> Result<(), B::Err> {
    bot.send_message(msg.chat.id, msg.text().unwrap_or_default().to_owned())
        .await?;
    Ok(())
}

/// A photo Telegram already holds, sent again by its id with the text as its caption.
async fn photo_echo<B: Requester>(bot: B, msg: Message) -> Result<(), B::Err> {
    let photo = teloxide::types::InputFile::file_id(teloxide::types::FileId("bench-photo".into()));
    bot.send_photo(msg.chat.id, photo)
        .caption(msg.text().unwrap_or_default().to_owned())
        .await?;
    Ok(())
}

fn main() {
    if let Ok(mode) = std::env::var("GAINSBOT_BENCH_ECHO") {
        return echo_bot(&mode);
    }
    let Some(wanted) = shipped::wanted() else {
        return;
    };
    let gainsbot = shipped::binary();
    println!("gainsbot: {}", gainsbot.display());
    println!("throttled: the echo behind Throttle; in private chats it sends a photo by file id");
    println!(
        "{:<36} {:>8} {:>10} {:>9} {:>13} {:>10} {:>10} {:>10} {:>6}",
        "load (µs of CPU per reply)",
        "echo",
        "throttled",
        "gainsbot",
        "ratio (thr.)",
        "idle RSS",
        "busy RSS",
        "up/reply",
        "conns"
    );
    for load in [Load::Groups, Load::SameCard, Load::FreshCards] {
        if !shipped::selected(&wanted, load.name()) {
            continue;
        }
        let floor = match load.private() {
            true => Bot::ThrottledPhotoEcho,
            false => Bot::ThrottledEcho,
        };
        let bots = [Bot::Echo, floor, Bot::Gainsbot];
        let measured = shipped::measure(bots.len(), ROUNDS, |i| run(bots[i], &gainsbot, load));
        let last = measured.last;
        println!(
            "{:<36} {:>8.0} {:>10.0} {:>9.0} {:>5.2}× ({:.2}×) {:>6} KiB {:>6} KiB {:>8} B {:>6}",
            load.name(),
            measured.cpu[0],
            measured.cpu[1],
            measured.cpu[2],
            measured.ratios[0],
            measured.ratios[1],
            last.idle_rss_kib,
            last.busy_rss_kib,
            last.uploaded_per_reply,
            last.connections
        );
    }
    if shipped::selected(&wanted, Load::Mixed.name()) {
        let [idle, first, second] = memory(&gainsbot);
        println!(
            "{}: idle {idle} KiB, after 10 000 {first} KiB, after 20 000 {second} KiB",
            Load::Mixed.name()
        );
    }
}
