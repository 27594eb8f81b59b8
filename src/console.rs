//! The console chat: one line in, one reply out, as a chat user would see it.

use std::io::{BufRead, Write};

use anyhow::Result;

use crate::core::{Brain, Request};
use crate::i18n::Lang;
use crate::render;

/// Answers every line of `input` until it ends; blank lines are skipped.
pub fn chat(
    brain: &Brain,
    lang: Option<Lang>,
    input: impl BufRead,
    mut output: impl Write,
) -> Result<()> {
    for line in input.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let reply = brain.handle(&Request {
            text: &line,
            lang,
            locale: None,
        });
        writeln!(output, "{}", render::plain(&reply))?;
        output.flush()?;
    }
    Ok(())
}
