//! Golden files, as every suite keeps them: insta snapshots in the `golden/` folder beside
//! the test, named by the case alone, holding the text alone.

/// The settings to bind while asserting golden files:
/// `let _golden = testkit::golden::settings().bind_to_scope();`.
pub fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("golden");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings
}
