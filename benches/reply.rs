//! The pure crates' hot paths, timed with divan: a whole reply (`/gains vues:1000000` → parse
//! → estimate → French text; target ≤ 10 µs) and reading a question in plain words
//! (target ≤ 20 µs). `cargo bench --bench reply`.

use std::hint::black_box;
use std::sync::LazyLock;

use answers::render;
use answers::{Answers, Request};
use figures::Rates;
use reader::question;
use values::Lang;

/// The allocator the `gainsbot` binary ships with.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

static ANSWERS: LazyLock<Answers> =
    LazyLock::new(|| Answers::new(Rates::embedded().expect("embedded catalogue"), Lang::Fr));

fn main() {
    divan::main();
}

fn reply(text: &str) -> String {
    render::plain(&ANSWERS.handle(black_box(&Request {
        text,
        lang: None,
        locale: None,
        card: false,
        shared: false,
    })))
}

/// The reply most people ask for, whole.
#[divan::bench(args = [
    "/gains vues:1000000",
    "/earnings views:1000000 followers:120000 country:US coins:10000 price:49",
])]
fn command(text: &str) -> String {
    reply(text)
}

/// Questions as creators type them, read into a command and its options.
#[divan::bench(args = [
    "combien je gagne avec 50k abonnés et 2M de vues par mois",
    "j'habite au Maroc, combien tiktok paie pour 1 million de vues",
    "how much for a sponsored post with 250k followers in beauty",
    "engagement rate with 15k likes 600 comments 300 shares 1.2k saves on 200k views",
])]
fn read_question(text: &str) -> Option<question::Reading> {
    question::read(black_box(text))
}

/// A question answered whole: read, estimated, worded.
#[divan::bench]
fn question_reply() -> String {
    reply("combien je gagne avec 50k abonnés et 2M de vues par mois")
}

/// What the edge adds to each reply a platform sends: the limits at the door and on
/// cards (governor) and the metrics (a counter and a histogram). Target ≤ 5 µs.
#[divan::bench]
fn limits_and_metrics(bencher: divan::Bencher) {
    use catalogue::{Identity, Platform};
    use edge::limits::{Door, Limits, Pace, Quotas};
    use edge::telemetry;

    telemetry::install();
    let plenty = std::num::NonZeroU32::new(u32::MAX).unwrap();
    let pace = Pace {
        burst: plenty,
        every: std::time::Duration::from_millis(1),
    };
    let limits = Limits::new(Quotas {
        user: pace,
        chat: pace,
        cards: plenty,
        lookups: plenty,
    });
    let reply = ANSWERS.handle(&Request {
        text: "/gains vues:1000000",
        lang: None,
        locale: None,
        card: false,
        shared: false,
    });
    // A thousand users, as a busy server has.
    let users: Vec<Identity> = (0..1_000)
        .map(|n| Identity {
            platform: Platform::Telegram,
            user_id: (100_000_000 + n).to_string(),
        })
        .collect();
    let next = std::sync::atomic::AtomicUsize::new(0);
    bencher
        .with_inputs(|| {
            let n = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed) % users.len();
            (&users[n], reply.clone(), std::time::Instant::now())
        })
        .bench_values(|(who, reply, started)| {
            let open = limits.door(who, Some("-100")) == Door::Open;
            let reply = limits.card(who, reply);
            telemetry::reply("telegram", &reply, started);
            (open, reply)
        });
}
