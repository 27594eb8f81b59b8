//! Telegram throughput: a fake Bot API server queues 10 000 `/gains` updates (in groups,
//! so the replies are text); the real dispatcher answers them all. Each round does it
//! again with a minimal teloxide echo bot, the framework's floor. Target: gainsbot's CPU
//! time per reply ≤ 1.25× the echo's, as the median over the rounds.
//! `cargo bench --bench telegram`. CPU time is the process's (getrusage) less the fake
//! server's, which runs on a thread of its own.

#[path = "../tests/support/fake_telegram.rs"]
mod fake_telegram;

use std::sync::Arc;
use std::time::Duration;

use gainsbot::core::Brain;
use gainsbot::core::rates::Rates;
use gainsbot::edge::Edge;
use gainsbot::edge::redact::Secrets;
use gainsbot::service::Service;
use gainsbot::telegram::{Client, handlers};
use gainsbot::values::Lang;
use teloxide::adaptors::throttle::Limits;
use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;

/// The allocator the `gainsbot` binary ships with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const UPDATES: usize = 10_000;
const ROUNDS: usize = 15;

fn cpu_time() -> Duration {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: `usage` is a valid, writable rusage and RUSAGE_SELF is a constant libc knows.
    let usage = unsafe {
        assert_eq!(libc::getrusage(libc::RUSAGE_SELF, usage.as_mut_ptr()), 0);
        usage.assume_init()
    };
    let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    time(usage.ru_utime) + time(usage.ru_stime)
}

fn echo_tree() -> UpdateHandler<anyhow::Error> {
    Update::filter_message().endpoint(|client: Client, msg: Message| async move {
        client
            .send_message(msg.chat.id, msg.text().unwrap_or_default().to_owned())
            .send()
            .await?;
        Ok(())
    })
}

/// An echo bot that sends a reply as long as gainsbot's (the same HTML), to separate the
/// cost of the bigger message from the cost of computing it.
fn echo_same_size_tree(reply: Arc<String>) -> UpdateHandler<anyhow::Error> {
    Update::filter_message().endpoint(move |client: Client, msg: Message| {
        let reply = reply.clone();
        async move {
            client
                .send_message(msg.chat.id, reply.as_str())
                .parse_mode(teloxide::types::ParseMode::Html)
                .await?;
            Ok(())
        }
    })
}

/// Answers `UPDATES` queued messages with `tree`; returns the CPU time per reply.
async fn run(tree: UpdateHandler<anyhow::Error>) -> Duration {
    let (fake, url) = fake_telegram::start_apart();
    {
        let mut fake = fake.lock().unwrap();
        fake.count_only = true;
        for i in 0..UPDATES {
            // One chat per update: Telegram's per-chat limit is not what is measured. Group
            // chats, where replies are text: a private chat also gets the result card, whose
            // cost is `cargo bench --bench card`'s.
            fake.updates.push_back(fake_telegram::message(
                i as i64 + 1,
                -10_000 - i as i64,
                &format!("/gains@{} 1000000", fake_telegram::USERNAME),
                "fr",
                true,
            ));
        }
    }
    // Far above what 10 000 replies need, yet small enough for the throttle's queue,
    // which is allocated at this size, to fit under valgrind too.
    let unlimited = Limits {
        messages_per_sec_chat: 1_000_000,
        messages_per_min_chat: 1_000_000,
        messages_per_min_channel_or_supergroup: 1_000_000,
        messages_per_sec_overall: 1_000_000,
    };
    let client = teloxide::Bot::new(fake_telegram::TOKEN)
        .set_api_url(url.parse().unwrap())
        .throttle(unlimited);
    let bot = Service {
        brain: Brain {
            rates: Rates::embedded().unwrap(),
            default_lang: Lang::Fr,
        },
        store: None,
    };
    let mut dispatcher = Dispatcher::builder(client, tree)
        .dependencies(dptree::deps![
            Arc::new(bot),
            Edge::default(),
            Secrets::default()
        ])
        .build();
    let token = dispatcher.shutdown_token();
    let (cpu, fake_cpu) = (cpu_time(), fake.lock().unwrap().cpu);
    let task = tokio::spawn(async move { dispatcher.dispatch().await });
    while fake.lock().unwrap().sent < UPDATES {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    // The fake's own thread is not the bot: take its CPU time out.
    let fake_spent = fake.lock().unwrap().cpu.saturating_sub(fake_cpu);
    let result = (cpu_time() - cpu).saturating_sub(fake_spent) / UPDATES as u32;
    if let Ok(done) = token.shutdown() {
        done.await;
    }
    task.abort();
    result
}

fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let brain = Brain {
        rates: Rates::embedded().unwrap(),
        default_lang: Lang::Fr,
    };
    let request = gainsbot::core::Request {
        text: "/gains 1000000",
        lang: None,
        locale: Some("fr"),
        card: false,
        shared: false,
    };
    let same = Arc::new(gainsbot::telegram::render::messages(&brain.handle(&request)).concat());
    // The VM's other tenants slow whole stretches of time down by up to a third: each
    // round runs the three bots back to back (in turn, so none always goes first), and
    // gainsbot is compared with the echo bot of its own round.
    let (mut echo, mut echo_same, mut ours) = (Vec::new(), Vec::new(), Vec::new());
    let mut ratios = Vec::new();
    for round in 0..ROUNDS {
        let mut times = [Duration::ZERO; 3];
        for bot in (0..3).map(|i| (i + round) % 3) {
            let tree = match bot {
                0 => echo_tree(),
                1 => echo_same_size_tree(same.clone()),
                _ => handlers::tree(),
            };
            times[bot] = run(tree).await;
        }
        echo.push(micros(times[0]));
        echo_same.push(micros(times[1]));
        ours.push(micros(times[2]));
        ratios.push(times[2].as_secs_f64() / times[0].as_secs_f64());
    }
    let best = |runs: &[f64]| runs.iter().copied().fold(f64::INFINITY, f64::min);
    let show = |name: &str, runs: &[f64]| {
        println!(
            "{name}: {:.1} µs CPU per reply at best, {:.1} median",
            best(runs),
            median(runs.to_vec())
        );
    };
    show("echo bot", &echo);
    show(
        &format!(
            "echo bot sending gainsbot's {}-character reply",
            same.chars().count()
        ),
        &echo_same,
    );
    show("gainsbot", &ours);
    println!(
        "best run against best run: {:.2}×",
        best(&ours) / best(&echo)
    );
    let mut sorted = ratios.clone();
    sorted.sort_by(f64::total_cmp);
    println!(
        "ratio per round, sorted: {}",
        sorted
            .iter()
            .map(|r| format!("{r:.2}"))
            .collect::<Vec<_>>()
            .join(" ")
    );
    println!(
        "ratio: {:.2}× the echo bot, median of {ROUNDS} rounds of {UPDATES} replies (target ≤ 1.25×)",
        median(ratios)
    );
}
