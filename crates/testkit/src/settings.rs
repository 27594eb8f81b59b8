//! The `gainsbot` binary with none of a developer's own settings: only a test's count.

use std::path::Path;
use std::process::Command;

/// Every setting the binary reads (README, Configuration).
const SETTINGS: [&str; 26] = [
    "GAINSBOT_DEFAULT_LANG",
    "GAINSBOT_RATES",
    "GAINSBOT_REQUEST_TIMEOUT",
    "GAINSBOT_USER_BURST",
    "GAINSBOT_USER_EVERY",
    "GAINSBOT_CHAT_BURST",
    "GAINSBOT_CHAT_EVERY",
    "GAINSBOT_CARD_RATE",
    "GAINSBOT_LOOKUP_RATE",
    "GAINSBOT_HISTORY_DAYS",
    "GAINSBOT_CARD_CACHE_MB",
    "GAINSBOT_MAX_IN_FLIGHT",
    "TELEGRAM_TOKEN",
    "TELEGRAM_API_URL",
    "TELEGRAM_WEBHOOK_URL",
    "TELEGRAM_WEBHOOK_SECRET",
    "DISCORD_TOKEN",
    "DISCORD_PUBLIC_KEY",
    "DISCORD_API_URL",
    "DISCORD_SHARDS",
    "DISCORD_DEFER_AFTER_MS",
    "HTTP_ADDR",
    "DATABASE_URL",
    "LOG_FORMAT",
    "RUST_LOG",
    "MIMALLOC_ALLOW_THP",
];

/// The binary cargo built beside the running test (`target/<profile>/gainsbot`: a test
/// runs from `target/<profile>/deps/`), every setting cleared.
pub fn gainsbot() -> Command {
    without_settings(&built())
}

/// Where cargo put the `gainsbot` binary for the running test or bench.
pub fn built() -> std::path::PathBuf {
    let test = std::env::current_exe().expect("the test knows where it runs");
    let profile = test
        .parent()
        .and_then(Path::parent)
        .expect("tests run from target/<profile>/deps");
    profile.join("gainsbot")
}

/// `program` with every setting cleared.
pub fn without_settings(program: &Path) -> Command {
    let mut command = Command::new(program);
    for setting in SETTINGS {
        command.env_remove(setting);
    }
    command
}
