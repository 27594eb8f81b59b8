//! Rebuilds when a locale or rate file changes: both are embedded at compile time,
//! and new files would otherwise go unnoticed.

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=rates");
}
