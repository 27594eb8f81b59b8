//! The whole path a chat message takes: `/gains vues:1000000` → parse → estimate →
//! French reply text. Target: ≤ 10 µs per reply on one core.
//!
//! `cargo bench --bench reply` prints, over several batches, the CPU time this thread
//! spent per reply (what the target is about) and the wall-clock time (which, on a
//! shared VM, also counts the moments another tenant had the core).

use std::hint::black_box;
use std::time::{Duration, Instant};

use gainsbot::core::rates::Rates;
use gainsbot::core::{Brain, Request};
use gainsbot::render;
use gainsbot::values::Lang;

/// The allocator the `gainsbot` binary ships with.
#[global_allocator]
static ALLOCATOR: gainsbot::alloc::Allocator = gainsbot::alloc::Allocator;

const BATCHES: usize = 31;
const PER_BATCH: u32 = 10_000;

/// CPU time consumed by the calling thread.
fn thread_cpu_time() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec and the clock id is a constant libc knows.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// Sorted per-reply microseconds: (CPU time, wall-clock time), one entry per batch.
fn measure(brain: &Brain, text: &str) -> (Vec<f64>, Vec<f64>) {
    let request = Request {
        text,
        lang: None,
        locale: None,
        card: false,
    };
    for _ in 0..2_000 {
        black_box(render::plain(&brain.handle(black_box(&request))));
    }
    let per_reply = |d: Duration| d.as_secs_f64() * 1e6 / f64::from(PER_BATCH);
    let (mut cpu, mut wall): (Vec<f64>, Vec<f64>) = (0..BATCHES)
        .map(|_| {
            let (cpu_start, wall_start) = (thread_cpu_time(), Instant::now());
            for _ in 0..PER_BATCH {
                black_box(render::plain(&brain.handle(black_box(&request))));
            }
            (
                per_reply(thread_cpu_time() - cpu_start),
                per_reply(wall_start.elapsed()),
            )
        })
        .unzip();
    cpu.sort_by(f64::total_cmp);
    wall.sort_by(f64::total_cmp);
    (cpu, wall)
}

fn main() {
    // `cargo test --benches` runs bench binaries without `--bench`: nothing to time then.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let brain = Brain {
        rates: Rates::embedded().expect("embedded catalogue"),
        default_lang: Lang::Fr,
    };
    for text in [
        "/gains vues:1000000",
        "/earnings views:1000000 followers:120000 country:US coins:10000 price:49",
    ] {
        let (cpu, wall) = measure(&brain, text);
        println!("{text}");
        println!(
            "  CPU time   median {:>6.2} µs/reply  (best batch {:.2}, worst {:.2})",
            cpu[BATCHES / 2],
            cpu[0],
            cpu[BATCHES - 1]
        );
        println!(
            "  wall clock median {:>6.2} µs/reply  (best batch {:.2}, worst {:.2}; {BATCHES} batches of {PER_BATCH})",
            wall[BATCHES / 2],
            wall[0],
            wall[BATCHES - 1]
        );
    }
}
