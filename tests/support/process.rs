//! The shipped binary as a deploy runs it: configured by the environment alone, with
//! debug logs, and stopped by SIGTERM.

use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

/// Every setting a developer's environment might hold, cleared so only the test's count.
const SETTINGS: [&str; 11] = [
    "GAINSBOT_DEFAULT_LANG",
    "GAINSBOT_RATES",
    "TELEGRAM_TOKEN",
    "TELEGRAM_API_URL",
    "TELEGRAM_WEBHOOK_URL",
    "TELEGRAM_WEBHOOK_SECRET",
    "DISCORD_TOKEN",
    "DISCORD_PUBLIC_KEY",
    "DISCORD_API_URL",
    "DISCORD_SHARDS",
    "HTTP_ADDR",
];

/// `gainsbot` with no subcommand, run in `dir` (so no `.env` is read) with its database
/// there and debug logs on stderr; add the platform's settings and spawn.
pub fn gainsbot(dir: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_gainsbot"));
    command
        .current_dir(dir)
        .env("DATABASE_URL", format!("sqlite://{}/bot.db", dir.display()))
        .env("RUST_LOG", "debug")
        .stderr(Stdio::piped())
        .stdout(Stdio::null());
    for setting in SETTINGS {
        command.env_remove(setting);
    }
    command
}

/// Sends SIGTERM and waits (30 s at most) for the process to exit; returns its output.
pub async fn terminate(child: Child) -> Output {
    // SAFETY: sending a signal to our own child process.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let exited = tokio::task::spawn_blocking(move || child.wait_with_output());
    tokio::time::timeout(Duration::from_secs(30), exited)
        .await
        .expect("the bot stops on SIGTERM")
        .unwrap()
        .unwrap()
}
