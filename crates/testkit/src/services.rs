//! What a test needs from the machine: PostgreSQL, a tool. A test that needs one is
//! `#[ignore = "needs …"]`, so `cargo test` on a laptop lists it as ignored, not passed;
//! `.ci/run` provides them all and runs it with `--include-ignored`, where a missing one
//! fails it.

/// The PostgreSQL database the store tests share (`GAINSBOT_TEST_POSTGRES_URL`, which
/// `bash .ci/postgres.sh` starts and prints): every test uses users of its own.
pub fn postgres() -> String {
    match std::env::var("GAINSBOT_TEST_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => url,
        _ => {
            panic!("this test needs PostgreSQL: GAINSBOT_TEST_POSTGRES_URL=$(bash .ci/postgres.sh)")
        }
    }
}

/// Whether the test runs in CI, where every service and tool must be there.
pub fn in_ci() -> bool {
    std::env::var_os("CI").is_some()
}
