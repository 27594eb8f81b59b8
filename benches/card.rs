//! Result cards: render time per card (target ≤ 20 ms) and PNG size (≤ 200 KB).
//! `cargo bench --bench card`.

use std::time::Instant;

use gainsbot::core::rates::Rates;
use gainsbot::core::{Brain, Request};
use gainsbot::render::card::png;
use gainsbot::values::Lang;

/// The allocator the `gainsbot` binary ships with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const RUNS: usize = 60;

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let brain = Brain {
        rates: Rates::embedded().expect("embedded catalogue"),
        default_lang: Lang::Fr,
    };
    for text in [
        "/gains vues:1000000 abonnes:120000 pieces:10000 prix:49",
        "/projection 50000 mois:12",
    ] {
        let reply = brain.handle(&Request {
            text,
            lang: None,
            locale: None,
            card: true,
            shared: false,
        });
        let mut times = Vec::with_capacity(RUNS);
        let mut size = 0;
        for _ in 0..RUNS {
            let start = Instant::now();
            size = png(&reply).expect("renders").expect("has a card").len();
            times.push(start.elapsed().as_secs_f64() * 1e3);
        }
        times.sort_by(f64::total_cmp);
        println!(
            "{text}\n  render + PNG encode: median {:.1} ms (best {:.1}, worst {:.1}; {RUNS} runs), {} KB",
            times[RUNS / 2],
            times[0],
            times[RUNS - 1],
            size / 1024
        );
    }
}
