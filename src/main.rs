//! `gainsbot`: the console chat by default, `gainsbot ask` for one reply.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use gainsbot::config::Config;
use gainsbot::core::Request;
use gainsbot::i18n::Lang;
use gainsbot::{console, render};

/// mimalloc: replies are built from many short strings, and it cuts the time per reply
/// by about a quarter against the system allocator (see README, Performance).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "gainsbot",
    version,
    about = "What TikTok creators can really earn, in French or English"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Print the reply a chat user would get for TEXT.
    Ask {
        /// Reply language (fr or en); default: the text's language, then GAINSBOT_DEFAULT_LANG.
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
        /// Print the structured reply as JSON.
        #[arg(long)]
        json: bool,
        /// A command such as "/gains vues:1000000" or a question.
        #[arg(required = true, num_args = 1.., trailing_var_arg = true, allow_hyphen_values = true)]
        text: Vec<String>,
    },
    /// Answer each line of standard input (the default with no platform configured).
    Console {
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
    },
}

fn parse_lang(value: &str) -> Result<Lang, String> {
    Lang::from_locale(value).ok_or_else(|| format!("{value:?}: expected fr or en"))
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .with_writer(std::io::stderr)
        .init();
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("gainsbot: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    let config = Config::from_env()?;
    let brain = config.brain()?;
    match cli.command {
        Some(Command::Ask { lang, json, text }) => {
            let text = text.join(" ");
            let reply = brain.handle(&Request {
                text: &text,
                lang,
                locale: None,
            });
            let mut out = std::io::stdout().lock();
            if json {
                serde_json::to_writer_pretty(&mut out, &render::json(&reply))
                    .context("writing JSON")?;
                writeln!(out)?;
            } else {
                write!(out, "{}", render::plain(&reply))?;
            }
            Ok(if reply.is_error {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            })
        }
        Some(Command::Console { lang }) => chat(&brain, lang),
        None => chat(&brain, None),
    }
}

fn chat(brain: &gainsbot::core::Brain, lang: Option<Lang>) -> Result<ExitCode> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprintln!(
            "gainsbot — tapez /aide ou posez une question (Ctrl-D pour quitter) · type /help or ask a question"
        );
    }
    console::chat(brain, lang, stdin.lock(), std::io::stdout().lock())?;
    Ok(ExitCode::SUCCESS)
}
