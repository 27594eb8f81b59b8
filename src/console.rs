//! The console chat: one line in, one reply out, as a chat user would see it.

use anyhow::Result;
use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncWrite, AsyncWriteExt};

use answers::Request;
use answers::render;
use catalogue::Identity;
use edge::service::Service;
use values::Lang;

/// Answers every line of `input` until it ends; blank lines are skipped.
pub async fn chat(
    bot: &Service,
    who: Option<&Identity>,
    lang: Option<Lang>,
    input: impl AsyncBufRead + Unpin,
    mut output: impl AsyncWrite + Unpin,
) -> Result<()> {
    let mut lines = input.lines();
    while let Some(line) = lines.next_line().await? {
        if line.trim().is_empty() {
            continue;
        }
        let reply = bot
            .handle(
                who,
                &Request {
                    text: &line,
                    lang,
                    locale: None,
                    card: false,
                    shared: false,
                },
            )
            .await;
        output.write_all(render::plain(&reply).as_bytes()).await?;
        output.write_all(b"\n").await?;
        output.flush().await?;
    }
    Ok(())
}
