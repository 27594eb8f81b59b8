//! Saved stats under load: saves per second on SQLite with 8 concurrent writers
//! (target ≥ 5 000/s), and the time a saved-profile lookup adds to `/gains`
//! (target ≤ 1 ms at p99). `cargo bench --bench store`.

use std::time::{Duration, Instant};

use gainsbot::core::profile::{Identity, Platform, Profile};
use gainsbot::core::rates::Rates;
use gainsbot::core::{Brain, Request};
use gainsbot::service::Service;
use gainsbot::store::Store;
use gainsbot::values::Lang;

/// The allocator the `gainsbot` binary ships with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const WRITERS: usize = 8;
const SAVES_PER_WRITER: usize = 2_500;
const LOOKUPS: usize = 5_000;

fn who(n: usize) -> Identity {
    Identity {
        platform: Platform::Console,
        user_id: format!("bench-{n}"),
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

async fn timed(bot: &Service, user: Option<&Identity>, text: &str) -> Vec<Duration> {
    let request = Request {
        text,
        lang: None,
        locale: None,
        card: false,
        shared: false,
    };
    let mut times = Vec::with_capacity(LOOKUPS);
    for _ in 0..LOOKUPS {
        let start = Instant::now();
        std::hint::black_box(bot.handle(user, &request).await);
        times.push(start.elapsed());
    }
    times.sort();
    times
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/bench.db", dir.path().display());
    let store = Store::new(&url).unwrap();
    store.migrate().await.unwrap();

    let start = Instant::now();
    let writers: Vec<_> = (0..WRITERS)
        .map(|w| {
            let store = store.clone();
            tokio::spawn(async move {
                for i in 0..SAVES_PER_WRITER {
                    let profile = Profile {
                        followers: Some(i as u64),
                        views30d: Some(150_000),
                        ..Profile::default()
                    };
                    store
                        .save(&who(w * SAVES_PER_WRITER + i), &profile, 1)
                        .await
                        .unwrap();
                }
            })
        })
        .collect();
    for writer in writers {
        writer.await.unwrap();
    }
    let elapsed = start.elapsed();
    let saves = WRITERS * SAVES_PER_WRITER;
    println!(
        "saves on SQLite, {WRITERS} concurrent writers: {saves} in {:.2} s = {:.0} saves/s (each acknowledged once its transaction has committed)",
        elapsed.as_secs_f64(),
        saves as f64 / elapsed.as_secs_f64()
    );

    let brain = Brain {
        rates: Rates::embedded().unwrap(),
        default_lang: Lang::Fr,
    };
    let with_store = Service {
        brain: brain.clone(),
        store: Some(store.clone()),
    };
    let without = Service { brain, store: None };
    let alice = who(42);
    let plain = timed(&without, None, "/gains").await;
    let saved = timed(&with_store, Some(&alice), "/gains").await;
    let mut lookups = Vec::with_capacity(LOOKUPS);
    for _ in 0..LOOKUPS {
        let start = Instant::now();
        std::hint::black_box(store.profile(&alice).await.unwrap());
        lookups.push(start.elapsed());
    }
    lookups.sort();
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    println!(
        "profile lookup alone: p50 {:.0} µs, p99 {:.0} µs",
        us(percentile(&lookups, 0.5)),
        us(percentile(&lookups, 0.99))
    );
    println!(
        "/gains without saved stats: p50 {:.0} µs, p99 {:.0} µs; from saved stats: p50 {:.0} µs, p99 {:.0} µs; added at p99: {:.0} µs",
        us(percentile(&plain, 0.5)),
        us(percentile(&plain, 0.99)),
        us(percentile(&saved, 0.5)),
        us(percentile(&saved, 0.99)),
        us(percentile(&saved, 0.99)) - us(percentile(&plain, 0.99))
    );
}
