//! The console chat: one line in, one reply out, as a chat user would see it.

use anyhow::Result;
use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncWrite, AsyncWriteExt};

use answers::Request;
use answers::render;
use answers::reply::ActionKind;
use catalogue::Identity;
use edge::service::{Service, Venue};
use values::Lang;

/// What the console answers "details" with: the last reply's whole text.
const DETAILS: [&str; 3] = ["details", "détails", "detail"];

/// Answers every line of `input` until it ends; blank lines are skipped. An estimate is
/// answered with its summary; `détails` (or `details`) then shows all of it.
pub async fn chat(
    bot: &Service,
    who: Option<&Identity>,
    place: Option<&Venue<'_>>,
    lang: Option<Lang>,
    input: impl AsyncBufRead + Unpin,
    mut output: impl AsyncWrite + Unpin,
) -> Result<()> {
    let mut lines = input.lines();
    let mut last: Option<answers::reply::Reply> = None;
    while let Some(line) = lines.next_line().await? {
        if line.trim().is_empty() {
            continue;
        }
        if DETAILS.contains(&line.trim().to_lowercase().as_str())
            && let Some(reply) = &last
        {
            output.write_all(render::plain(reply).as_bytes()).await?;
            output.write_all(b"\n").await?;
            output.flush().await?;
            continue;
        }
        // A number after a question back: the reading of that number, as if pressed.
        let chosen = last.as_ref().and_then(|reply| {
            let n: usize = line.trim().parse().ok()?;
            reply
                .actions
                .iter()
                .filter(|a| a.kind == ActionKind::Choose)
                .nth(n.checked_sub(1)?)
        });
        let reply = match chosen {
            Some(action) => bot.press(who, None, &action.data, false).await,
            None => {
                bot.handle_at(
                    who,
                    place,
                    &Request {
                        text: &line,
                        lang,
                        locale: None,
                        card: false,
                        shared: false,
                    },
                )
                .await
            }
        };
        output.write_all(render::first(&reply).as_bytes()).await?;
        if reply.summary.is_some() {
            let hint = answers::i18n::tr(reply.lang, catalogue::msg::CONSOLE_DETAILS);
            output.write_all(format!("{hint}\n").as_bytes()).await?;
        }
        if !reply.choices.is_empty() {
            let hint = answers::i18n::tr(reply.lang, catalogue::msg::CONSOLE_CHOOSE);
            output.write_all(format!("{hint}\n").as_bytes()).await?;
        }
        output.write_all(b"\n").await?;
        output.flush().await?;
        last = Some(reply);
    }
    Ok(())
}
