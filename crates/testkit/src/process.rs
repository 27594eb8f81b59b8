//! The shipped binary as a deploy runs it: configured by the environment alone, with
//! debug logs, stopped by SIGTERM. Its logs are read as they come, so a test can wait
//! for a line (such as the HTTP address it bound) instead of guessing.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// `gainsbot` with no subcommand, run in `dir` (so no `.env` is read) with its database
/// there, debug logs on stderr, and its HTTP server on a free port; add the platform's
/// settings and [`spawn`].
pub fn gainsbot(dir: &std::path::Path) -> Command {
    let mut command = crate::settings::gainsbot();
    command
        .current_dir(dir)
        .env("DATABASE_URL", format!("sqlite://{}/bot.db", dir.display()))
        .env("RUST_LOG", "debug")
        .env("HTTP_ADDR", "127.0.0.1:0")
        .stdin(Stdio::null())
        .stderr(Stdio::piped())
        .stdout(Stdio::null());
    command
}

/// A running binary; killed if the test panics before stopping it.
pub struct Running {
    child: Option<Child>,
    logs: Arc<Mutex<Vec<String>>>,
}

/// Starts `command` (from [`gainsbot`]) and reads its logs as they come.
pub fn spawn(command: &mut Command) -> Running {
    let mut child = command.spawn().expect("the binary starts");
    let stderr = child.stderr.take().unwrap();
    let logs = Arc::new(Mutex::new(Vec::new()));
    let sink = logs.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            sink.lock().unwrap().push(line);
        }
    });
    Running {
        child: Some(child),
        logs,
    }
}

impl Running {
    /// The first log line containing `needle`, once written.
    pub async fn wait_for_log(&self, needle: &str) -> String {
        let start = Instant::now();
        while start.elapsed() < crate::patience::patience() {
            if let Some(line) = self
                .logs
                .lock()
                .unwrap()
                .iter()
                .find(|l| l.contains(needle))
            {
                return line.clone();
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("no log line with {needle:?}:\n{}", self.logs());
    }

    /// Where its HTTP server listens, from its log.
    pub async fn http_addr(&self) -> SocketAddr {
        let line = self.wait_for_log("serving HTTP").await;
        // A readable line (`… addr=127.0.0.1:4321`) or a JSON one (`"addr":"…"`).
        let addr = match serde_json::from_str::<serde_json::Value>(&line) {
            Ok(entry) => entry["fields"]["addr"].as_str().map(str::to_owned),
            Err(_) => line
                .split("addr=")
                .nth(1)
                .and_then(|rest| rest.split_whitespace().next())
                .map(str::to_owned),
        };
        addr.unwrap_or_else(|| panic!("no address in {line:?}"))
            .parse()
            .unwrap()
    }

    /// Everything logged so far.
    pub fn logs(&self) -> String {
        self.logs.lock().unwrap().join("\n")
    }

    /// Sends SIGTERM and waits for the process to exit; returns its status and logs.
    pub async fn terminate(mut self) -> (ExitStatus, String) {
        let mut child = self.child.take().unwrap();
        let pid = nix::unistd::Pid::from_raw(child.id() as i32);
        nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM).expect("the bot runs");
        let exited = tokio::task::spawn_blocking(move || child.wait());
        let status = tokio::time::timeout(crate::patience::patience(), exited)
            .await
            .expect("the bot stops on SIGTERM")
            .unwrap()
            .unwrap();
        // The reader thread sees the end of the pipe right after the exit.
        tokio::time::sleep(Duration::from_millis(50)).await;
        (status, self.logs())
    }
}

impl Running {
    /// Kills the process at once (SIGKILL), as a crash or an OOM kill would; returns its logs.
    pub fn kill(mut self) -> String {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        self.logs()
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
