//! Names every message of `locales/` in Rust (`catalogue::msg`): a message missing in
//! one language, or named by code but absent, fails the build.

use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    println!("cargo::rerun-if-changed={}", root.display());
    match locales::read(&root) {
        Ok(messages) => {
            let written = std::env::var_os("OUT_DIR")
                .map(|out| Path::new(&out).join("messages.rs"))
                .map(|path| std::fs::write(path, locales::generate(&messages)));
            if !matches!(written, Some(Ok(()))) {
                println!("cargo::error=cannot write messages.rs in OUT_DIR: {written:?}");
                std::process::exit(1);
            }
        }
        Err(problems) => {
            for problem in &problems {
                println!("cargo::error={problem}");
            }
            std::process::exit(1);
        }
    }
}
