//! What the benchmarks of the shipped binary share: the binary as deployed, and what a
//! process costs (the CPU of every thread, user and kernel time; resident memory).

use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// The `gainsbot` binary as `cargo build --release --locked` makes it, built here into
/// `target/shipped`: the one `cargo bench` builds carries the dev-dependencies' features
/// (tokio's `test-util` among them), which the deployed binary does not.
/// `GAINSBOT_BENCH_BIN=path` measures another build instead.
pub fn binary() -> PathBuf {
    if let Some(path) = std::env::var_os("GAINSBOT_BENCH_BIN") {
        return PathBuf::from(path);
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let target = root.join("target").join("shipped");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(&root)
        .args(["build", "--release", "--locked", "--bin", "gainsbot"])
        .arg("--target-dir")
        .arg(&target)
        .status()
        .expect("cargo runs");
    assert!(status.success(), "building the shipped binary failed");
    target.join("release").join("gainsbot")
}

/// CPU time of every thread of `pid`, user and kernel (`/proc/<pid>/task/*/schedstat`).
pub fn cpu(pid: u32) -> Duration {
    let tasks = std::fs::read_dir(format!("/proc/{pid}/task")).expect("the bot runs");
    let nanos: u64 = tasks
        .filter_map(Result::ok)
        .filter_map(|task| std::fs::read_to_string(task.path().join("schedstat")).ok())
        .filter_map(|stat| stat.split_whitespace().next()?.parse::<u64>().ok())
        .sum();
    Duration::from_nanos(nanos)
}

/// Resident memory of `pid` (`VmRSS`), in KiB.
pub fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// Stops a bot as a deploy does, with SIGTERM (so a build instrumented for profiling
/// writes its profile), and kills it if it is still running after 10 seconds.
pub fn stop(child: &mut Child) {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Polls `done` until it holds; panics after `limit`.
pub fn wait(what: &str, limit: Duration, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < limit, "{what}: not done after {limit:?}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// What one run of one bot measured.
#[derive(Debug, Clone, Copy)]
pub struct Run {
    pub cpu_per_reply: Duration,
    pub idle_rss_kib: u64,
    pub busy_rss_kib: u64,
    pub uploaded_per_reply: usize,
    /// TCP connections the bot opened to the API over the load.
    pub connections: usize,
}

/// The words after `--` (`cargo bench --bench telegram -- group` runs the loads whose
/// name holds one), or `None` when not run by `cargo bench`.
pub fn wanted() -> Option<Vec<String>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if !args.iter().any(|a| a == "--bench") {
        return None;
    }
    Some(args.into_iter().filter(|a| !a.starts_with("--")).collect())
}

/// Whether a load called `name` was asked for.
pub fn selected(wanted: &[String], name: &str) -> bool {
    wanted.is_empty() || wanted.iter().any(|w| name.contains(w.as_str()))
}

/// One load's result: each bot's median CPU per reply in µs, in the order given, the
/// median of the last bot's ratio to each of the others, and the last bot's last run.
pub struct Measured {
    pub cpu: Vec<f64>,
    pub ratios: Vec<f64>,
    pub last: Run,
}

/// Runs `bots` bots (gainsbot last) `rounds` times each through `run`, rotating which
/// goes first so none always runs on a warmer machine.
pub fn measure(bots: usize, rounds: usize, mut run: impl FnMut(usize) -> Run) -> Measured {
    let mut cpu = vec![Vec::new(); bots];
    let mut ratios = vec![Vec::new(); bots - 1];
    let mut last = None;
    for round in 0..rounds {
        let mut spent = vec![Duration::ZERO; bots];
        for i in 0..bots {
            let which = (i + round) % bots;
            let measured = run(which);
            spent[which] = measured.cpu_per_reply;
            if which == bots - 1 {
                last = Some(measured);
            }
        }
        for (bot, all) in spent.iter().zip(&mut cpu) {
            all.push(bot.as_secs_f64() * 1e6);
        }
        let ours = spent[bots - 1].as_secs_f64();
        for (floor, all) in spent.iter().zip(&mut ratios) {
            all.push(ours / floor.as_secs_f64());
        }
    }
    Measured {
        cpu: cpu.into_iter().map(median).collect(),
        ratios: ratios.into_iter().map(median).collect(),
        last: last.expect("at least one round"),
    }
}
