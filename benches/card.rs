//! Result cards: render plus PNG encode per card (divan), and each card's size, printed
//! first. `cargo bench --bench card`.

// A benchmark that cannot measure stops.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::sync::LazyLock;

use answers::reply::Reply;
use answers::{Answers, Request};
use cards::{draw, encode, png};
use figures::Rates;
use values::Lang;

/// The allocator the `gainsbot` binary ships with.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const CARDS: [&str; 2] = [
    "/gains vues:1000000 abonnes:120000 pieces:10000 prix:49",
    "/projection 50000 croissance:20 mois:12",
];

static ANSWERS: LazyLock<Answers> =
    LazyLock::new(|| Answers::new(Rates::embedded().expect("embedded catalogue"), Lang::Fr));

fn reply(text: &str) -> Reply {
    ANSWERS.handle(&Request {
        text,
        lang: None,
        locale: None,
        card: true,
        shared: false,
    })
}

fn main() {
    if std::env::args().any(|a| a == "--bench") {
        for text in CARDS {
            let bytes = png(&reply(text)).expect("renders").expect("has a card");
            println!("{text}: {} KB", bytes.len() / 1024);
        }
    }
    divan::main();
}

/// A fresh card: drawn, then encoded as PNG.
#[divan::bench(args = CARDS, sample_count = 30)]
fn render(bencher: divan::Bencher, text: &str) {
    let reply = reply(text);
    bencher.bench(|| png(black_box(&reply)));
}

/// Drawing alone.
#[divan::bench(args = CARDS, sample_count = 30)]
fn draw_only(bencher: divan::Bencher, text: &str) {
    let reply = reply(text);
    bencher.bench(|| draw(black_box(&reply)));
}

/// Encoding alone.
#[divan::bench(args = CARDS, sample_count = 30)]
fn encode_only(bencher: divan::Bencher, text: &str) {
    let pixels = draw(&reply(text)).unwrap().unwrap();
    bencher.bench(|| encode(black_box(&pixels)));
}
