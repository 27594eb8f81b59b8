//! `gainsbot`: the console chat by default, `gainsbot ask` for one reply.

#![forbid(unsafe_code)]

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use answers::render;
use answers::{Answers, Request};
use anyhow::{Context, Result};
use catalogue::{Community, Identity, Platform};
use clap::{Parser, Subcommand};
use edge::service::{Service, Venue};
use edge::shutdown::Shutdown;
use gainsbot::config::{Config, Declared, load_dotenv};
use gainsbot::{console, serve};
use store::{Store, redact};
use values::Lang;

/// mimalloc: replies are built from many short strings (see README, Performance).
#[cfg(feature = "mimalloc")]
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
    #[command(flatten)]
    settings: Declared,
}

#[derive(Subcommand)]
enum Command {
    /// Print the reply a chat user would get for TEXT.
    Ask {
        /// Reply language (fr or en); default: the saved choice, the text's language, then GAINSBOT_DEFAULT_LANG.
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
        /// Print the structured reply as JSON.
        #[arg(long)]
        json: bool,
        /// Print every detail, not only the first answer.
        #[arg(long)]
        details: bool,
        /// Whose saved stats to use and change (platform "console").
        #[arg(long)]
        user: Option<String>,
        /// Ask as a member of this server or group (platform "console"), whose settings
        /// `/config` shows and changes: the console's user administers it.
        #[arg(long)]
        server: Option<String>,
        /// Also write the reply's result card (a PNG) to this file.
        #[arg(long, value_name = "FILE.png")]
        card: Option<std::path::PathBuf>,
        /// A command such as "/gains vues:1000000" or a question.
        #[arg(required = true, num_args = 1.., trailing_var_arg = true, allow_hyphen_values = true)]
        text: Vec<String>,
    },
    /// Answer each line of standard input (the default with no platform configured).
    Console {
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
        /// Whose saved stats to use and change (platform "console").
        #[arg(long)]
        user: Option<String>,
        /// Ask as a member of this server or group (platform "console"), whose settings
        /// `/config` shows and changes: the console's user administers it.
        #[arg(long)]
        server: Option<String>,
    },
    /// Create or update the database schema at DATABASE_URL.
    Migrate,
    /// Telegram deploy steps.
    Telegram {
        #[command(subcommand)]
        step: TelegramStep,
    },
    /// Discord deploy steps.
    Discord {
        #[command(subcommand)]
        step: DiscordStep,
    },
}

#[derive(Subcommand)]
enum DiscordStep {
    /// Register the slash commands and the message menu (DISCORD_TOKEN), once per deploy.
    Register {
        /// Register in this server only (instant, for testing) instead of globally.
        #[arg(long, value_name = "ID")]
        guild: Option<u64>,
    },
}

#[derive(Subcommand)]
enum TelegramStep {
    /// Register TELEGRAM_WEBHOOK_URL (with TELEGRAM_WEBHOOK_SECRET) with Telegram, once per deploy.
    SetWebhook,
}

fn parse_lang(value: &str) -> Result<Lang, String> {
    Lang::from_locale(value).ok_or_else(|| format!("{value:?}: expected fr or en"))
}

fn main() -> ExitCode {
    // Transparent huge pages, which the kernel zeroes 2 MiB at a time as the allocator
    // takes memory and gives it back between bursts, cost a third of a text reply's CPU
    // and 10 MiB of idle memory (README, Performance). mimalloc's `no_thp` feature stops
    // it asking for them (from its first allocation, before `main`); this stops the
    // kernel giving them anyway on hosts where THP is `always`.
    #[cfg(all(feature = "mimalloc", target_os = "linux"))]
    if let Err(error) = nix::sys::prctl::set_thp_disable(true) {
        eprintln!("gainsbot: turning transparent huge pages off: {error}");
    }
    let logs = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .with_writer(std::io::stderr);
    // One JSON object a line for log collectors; readable lines otherwise.
    if std::env::var("LOG_FORMAT").is_ok_and(|f| f.eq_ignore_ascii_case("json")) {
        logs.json().init();
    } else {
        logs.init();
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("gainsbot: starting the runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    // Before clap reads the environment.
    if let Err(error) = load_dotenv() {
        eprintln!("gainsbot: {error:#}");
        return ExitCode::FAILURE;
    }
    // A bad setting or flag exits with 1, as any failure to start: 2 is `ask`'s "the
    // reply explains an input error".
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return if error.use_stderr() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("gainsbot: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// The console user, if `--user` names one.
fn console_user(user: Option<String>) -> Option<Identity> {
    user.map(|user_id| Identity {
        platform: Platform::Console,
        user_id,
    })
}

/// The server or group `--server` names, if any.
/// The console's one channel in a server (`ask --server`).
const CONSOLE_CHANNEL: i64 = 0;

fn console_server(server: Option<String>) -> Option<Community> {
    server.map(|id| Community {
        platform: Platform::Console,
        id,
    })
}

/// The bot, with a store only when someone or some server can be told apart (`--user`,
/// `--server`).
fn bot(config: &Config, answers: Answers, known: bool) -> Result<Service> {
    let store = match known {
        true => Some(
            Store::new(&config.database_url)
                .with_context(|| format!("DATABASE_URL={}", redact(&config.database_url)))?,
        ),
        false => None,
    };
    Ok(Service::new(answers, store))
}

async fn run(cli: Cli) -> Result<ExitCode> {
    let config = Config::new(cli.settings)?;
    let answers = config.answers()?;
    match cli.command {
        Some(Command::Ask {
            lang,
            json,
            details,
            user,
            server,
            card,
            text,
        }) => {
            let who = console_user(user);
            let community = console_server(server);
            let bot = bot(&config, answers, who.is_some() || community.is_some())?;
            let place = community.map(|community| Venue {
                community,
                channel: CONSOLE_CHANNEL,
                admin: &true,
            });
            let text = text.join(" ");
            let reply = bot
                .handle_at(
                    who.as_ref(),
                    place.as_ref(),
                    &Request {
                        text: &text,
                        lang,
                        locale: None,
                        card: card.is_some(),
                        shared: false,
                    },
                )
                .await;
            if let Some(path) = &card {
                match cards::png(&reply).context("rendering the card")? {
                    Some(png) => std::fs::write(path, png)
                        .with_context(|| format!("writing {}", path.display()))?,
                    None => eprintln!(
                        "{}",
                        answers::i18n::tr(reply.lang, catalogue::msg::CARD_NONE)
                    ),
                }
            }
            let mut out = std::io::stdout().lock();
            if json {
                serde_json::to_writer_pretty(&mut out, &render::json(&reply))
                    .context("writing JSON")?;
                writeln!(out)?;
            } else if details {
                write!(out, "{}", render::plain(&reply))?;
            } else {
                write!(out, "{}", render::first(&reply))?;
            }
            Ok(if reply.is_error {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            })
        }
        Some(Command::Console { lang, user, server }) => {
            let (who, community) = (console_user(user), console_server(server));
            chat(&config, answers, lang, who, community).await
        }
        Some(Command::Migrate) => {
            let store = Store::new(&config.database_url)
                .with_context(|| format!("DATABASE_URL={}", redact(&config.database_url)))?;
            store
                .migrate()
                .await
                .with_context(|| format!("migrating {}", redact(&config.database_url)))?;
            eprintln!("gainsbot: {} is up to date", redact(&config.database_url));
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Telegram {
            step: TelegramStep::SetWebhook,
        }) => {
            let telegram = config
                .telegram
                .as_ref()
                .context("TELEGRAM_TOKEN is not set")?;
            telegram::webhook::register(telegram).await?;
            eprintln!("gainsbot: webhook registered");
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Discord {
            step: DiscordStep::Register { guild },
        }) => {
            let discord = config
                .discord
                .as_ref()
                .context("DISCORD_TOKEN is not set")?;
            let count = discord::register(discord, guild).await?;
            match guild {
                Some(guild) => eprintln!("gainsbot: {count} commands registered in guild {guild}"),
                None => eprintln!("gainsbot: {count} commands registered globally"),
            }
            Ok(ExitCode::SUCCESS)
        }
        // A platform is configured: serve it. Saved stats are on: users are known.
        None if serve::any(&config) => {
            let store = Store::new(&config.database_url)
                .with_context(|| format!("DATABASE_URL={}", redact(&config.database_url)))?;
            if let Err(error) = store.migrate().await {
                tracing::error!(%error, "the database is not available yet; saved stats will answer \"try again later\"");
            }
            let bot = Service::new(answers, Some(store));
            let bound = serve::bind(&config).await?;
            bound.run(bot, Shutdown::on_signals()).await?;
            Ok(ExitCode::SUCCESS)
        }
        None => chat(&config, answers, None, None, None).await,
    }
}

async fn chat(
    config: &Config,
    answers: Answers,
    lang: Option<Lang>,
    who: Option<Identity>,
    community: Option<Community>,
) -> Result<ExitCode> {
    let bot = bot(config, answers, who.is_some() || community.is_some())?;
    let place = community.map(|community| Venue {
        community,
        channel: CONSOLE_CHANNEL,
        admin: &true,
    });
    if std::io::stdin().is_terminal() {
        eprintln!(
            "gainsbot — tapez /aide ou posez une question (Ctrl-D pour quitter) · type /help or ask a question"
        );
    }
    let input = tokio::io::BufReader::new(tokio::io::stdin());
    console::chat(
        &bot,
        who.as_ref(),
        place.as_ref(),
        lang,
        input,
        tokio::io::stdout(),
    )
    .await?;
    Ok(ExitCode::SUCCESS)
}
