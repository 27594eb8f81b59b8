//! The whole path a chat message takes: `/gains vues:1000000` → parse → estimate →
//! French reply text. Target: ≤ 10 µs per reply on one core.
//!
//! `cargo bench --bench reply` prints the median and the spread over several batches.

use std::hint::black_box;
use std::time::Instant;

use gainsbot::core::rates::Rates;
use gainsbot::core::{Brain, Request};
use gainsbot::i18n::Lang;
use gainsbot::render;

/// The allocator the `gainsbot` binary ships with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const BATCHES: usize = 31;
const PER_BATCH: u32 = 10_000;

fn measure(brain: &Brain, text: &str) -> Vec<f64> {
    let request = Request {
        text,
        lang: None,
        locale: None,
    };
    for _ in 0..2_000 {
        black_box(render::plain(&brain.handle(black_box(&request))));
    }
    let mut per_reply_us: Vec<f64> = (0..BATCHES)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..PER_BATCH {
                black_box(render::plain(&brain.handle(black_box(&request))));
            }
            start.elapsed().as_secs_f64() * 1e6 / f64::from(PER_BATCH)
        })
        .collect();
    per_reply_us.sort_by(f64::total_cmp);
    per_reply_us
}

fn main() {
    // `cargo test --benches` runs bench binaries with no arguments of ours; keep it quick.
    if std::env::args().any(|a| a == "--bench") || std::env::var_os("GAINSBOT_BENCH").is_some() {
        let brain = Brain {
            rates: Rates::embedded().expect("embedded catalogue"),
            default_lang: Lang::Fr,
        };
        for text in [
            "/gains vues:1000000",
            "/earnings views:1000000 followers:120000 country:US coins:10000 price:49",
        ] {
            let t = measure(&brain, text);
            println!(
                "{text:<80} median {:>6.2} µs/reply  (min {:.2}, max {:.2}; {BATCHES} batches of {PER_BATCH})",
                t[BATCHES / 2],
                t[0],
                t[BATCHES - 1]
            );
        }
    }
}
