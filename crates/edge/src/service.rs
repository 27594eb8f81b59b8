//! The answers plus the store: brings in who is asking, their saved values, their
//! community's settings and today's date; carries out what a reply says to change (a
//! save, a deletion). Nothing is decided here: every command is decided in `answers`.
//! Platform adapters call [`Service::handle`].

use std::future::Future;
use std::pin::Pin;

use answers::compose::personal::{self, Reach};
use answers::compose::{Ctx, account, community};
use answers::reply::{Action, ActionKind, Effect, Reply};
use answers::{Answers, Interpreted, Request};
use catalogue::{CommandId, Community, Settings};
use catalogue::{Identity, Month, Paid, Platform, Profile};
use catalogue::{InputError, Invocation, Parsed};
use store::{Store, StoreError};

use crate::clock::Clock;
use values::Lang;

/// How a kept press's key begins (see [`store::Store::keep_press`]); a press itself
/// begins with its version.
const KEPT: &str = "k";

/// Whether the asker administers the community they write in: asked only when they
/// ask to change its settings. An error means the platform could not tell now.
pub trait Admin: Send + Sync {
    fn check(&self) -> Pin<Box<dyn Future<Output = anyhow::Result<bool>> + Send + '_>>;
}

/// Known from the message itself (Discord's interaction carries the member's rights).
impl Admin for bool {
    fn check(&self) -> Pin<Box<dyn Future<Output = anyhow::Result<bool>> + Send + '_>> {
        let known = *self;
        Box::pin(async move { Ok(known) })
    }
}

/// The server or group a message was written in, and how to tell whether its sender
/// administers it.
pub struct Venue<'a> {
    pub community: Community,
    /// The channel in it (a Discord channel; a Telegram group is its own).
    pub channel: i64,
    pub admin: &'a dyn Admin,
}

/// What every adapter shares: the answers, the store when one is configured, and the
/// clock today is read from.
#[derive(Debug, Clone)]
pub struct Service {
    pub answers: Answers,
    pub store: Option<Store>,
    pub clock: Clock,
    /// The platforms on which this process can write to a user first (it holds their
    /// token and sends the monthly reminders); elsewhere `/rappel mensuel` is refused.
    pub writes_first: Vec<Platform>,
}

impl Service {
    /// A service on the system's clock.
    pub fn new(answers: Answers, store: Option<Store>) -> Service {
        Service {
            answers,
            store,
            clock: Clock::system(),
            writes_first: Vec::new(),
        }
    }

    /// Answers one message from `who` (unknown for anonymous surfaces). Store failures
    /// are logged and answered with a localized "try again later"; commands that need
    /// no saved data still work.
    pub async fn handle(&self, who: Option<&Identity>, request: &Request<'_>) -> Reply {
        self.handle_at(who, None, request).await
    }

    /// A message in a server or group that nobody addressed to the bot: answered, as
    /// [`Service::handle_at`] would, only in the channel its admins chose (`/config
    /// reponses:oui`), only a question the reader is sure of (so never a question back),
    /// and never with an error. Anything else is left alone (`None`).
    pub async fn overheard(
        &self,
        who: Option<&Identity>,
        place: &Venue<'_>,
        request: &Request<'_>,
    ) -> Option<Reply> {
        if !self
            .settings(&place.community)
            .await
            .answers_unprompted_in(place.channel)
            || !reader::question::overheard(request.text)
        {
            return None;
        }
        let reply = self.handle_at(who, Some(place), request).await;
        (!reply.is_error).then_some(reply)
    }

    /// [`Service::handle`] for a message written in a server or group (`place`), whose
    /// settings come after the member's own.
    pub async fn handle_at(
        &self,
        who: Option<&Identity>,
        place: Option<&Venue<'_>>,
        request: &Request<'_>,
    ) -> Reply {
        self.respond(who, place, request, |answers, request| {
            answers.interpret(request)
        })
        .await
    }

    /// [`Service::handle`] for a message the adapter already parsed (with
    /// [`reader::parse`], or from Discord's options), with the same saved
    /// stats, preferences and personal commands.
    pub async fn handle_parsed(
        &self,
        who: Option<&Identity>,
        place: Option<&Venue<'_>>,
        request: &Request<'_>,
        parsed: Result<Parsed, InputError>,
    ) -> Reply {
        self.respond(who, place, request, |answers, request| {
            answers.interpret_parsed(request, parsed)
        })
        .await
    }

    /// The language to answer `who` in when there is no text to go by (autocomplete):
    /// their saved choice, then the platform's locale, then the default.
    /// The notice for an update refused at the door, in the language the platform gives:
    /// nothing is read from the store for a refused update.
    pub fn slow_down(&self, locale: Option<&str>, wait: std::time::Duration) -> Reply {
        let lang = locale
            .and_then(Lang::from_locale)
            .unwrap_or(self.answers.default_lang());
        answers::compose::notices::slow_down(lang, CommandId::Help, wait)
    }

    pub async fn language(&self, who: Option<&Identity>, locale: Option<&str>) -> Lang {
        let saved = match (who, &self.store) {
            (Some(who), Some(store)) => {
                store.profile(who).await.ok().flatten().and_then(|p| p.lang)
            }
            _ => None,
        };
        Lang::negotiate(saved, locale, self.answers.default_lang())
    }

    /// What a button shows when pressed by `who`, in their language: the press the
    /// button carries, or the one it names in the store. An old or forged press gets
    /// "this answer has expired". A reading chosen after a question back is answered as
    /// if typed, with the presser's saved values, and their personal data only where
    /// the answer is not `shared` with others.
    pub async fn press(
        &self,
        who: Option<&Identity>,
        locale: Option<&str>,
        data: &str,
        shared: bool,
    ) -> Reply {
        let lang = self.language(who, locale).await;
        let kept;
        let data = match (data.starts_with(KEPT), &self.store) {
            (true, Some(store)) => match store.press(data).await {
                Ok(Some(press)) => {
                    kept = press;
                    kept.as_str()
                }
                Ok(None) => data,
                Err(error) => {
                    tracing::error!(%error, "reading a kept press");
                    metrics::counter!("gainsbot_errors_total", "kind" => "store").increment(1);
                    data
                }
            },
            _ => data,
        };
        if let Ok((ActionKind::Choose, invocation)) = answers::press::decode(data) {
            let request = Request {
                text: "",
                lang: Some(lang),
                locale,
                card: false,
                shared,
            };
            return self
                .respond(who, None, &request, |_, _| {
                    Interpreted::Command(lang, Box::new(invocation))
                })
                .await;
        }
        self.answers.press(lang, data)
    }

    /// What a button carries on a platform that holds at most `limit` bytes: the press
    /// itself, or when it is longer a key to it in the store (none without a store).
    pub async fn button(&self, action: &Action, limit: usize) -> Option<String> {
        if action.data.len() <= limit {
            return Some(action.data.clone());
        }
        let store = self.store.as_ref()?;
        match store.keep_press(&action.data, self.clock.today()).await {
            Ok(key) => Some(key),
            Err(error) => {
                tracing::error!(%error, "keeping a press");
                metrics::counter!("gainsbot_errors_total", "kind" => "store").increment(1);
                None
            }
        }
    }

    /// A community's settings; unset when there is no store or it cannot be read (the
    /// cause is logged: members keep their own settings meanwhile).
    pub async fn settings(&self, community: &Community) -> Settings {
        let Some(store) = &self.store else {
            return Settings::default();
        };
        store.settings(community).await.unwrap_or_else(|error| {
            tracing::error!(%error, %community, "reading a community's settings");
            metrics::counter!("gainsbot_errors_total", "kind" => "store").increment(1);
            Settings::default()
        })
    }

    async fn respond(
        &self,
        who: Option<&Identity>,
        place: Option<&Venue<'_>>,
        request: &Request<'_>,
        read: impl FnOnce(&Answers, &Request) -> Interpreted,
    ) -> Reply {
        let account = match (who, &self.store) {
            (Some(who), Some(store)) => Some((who, store)),
            _ => None,
        };
        let stored = match account {
            Some((who, store)) => match store.profile(who).await {
                Ok(profile) => Ok(profile),
                Err(error) => {
                    tracing::error!(%error, "reading the saved profile");
                    tracing::debug!(user = %who, "whose profile could not be read");
                    metrics::counter!("gainsbot_errors_total", "kind" => "store").increment(1);
                    Err(error)
                }
            },
            None => Ok(None),
        };
        let preferences = stored.as_ref().ok().and_then(Option::as_ref);
        let settings = match place {
            Some(place) => self.settings(&place.community).await,
            None => Settings::default(),
        };
        // Typed (`--lang`, `carte:`) first, then the member's own, then the community's,
        // then the platform's locale (in `interpret`).
        let request = Request {
            lang: request
                .lang
                .or(preferences.and_then(|p| p.lang))
                .or(settings.lang),
            card: preferences
                .and_then(|p| p.card)
                .or(settings.card)
                .unwrap_or(request.card),
            ..*request
        };
        let (lang, invocation) = match read(&self.answers, &request) {
            Interpreted::Reply(reply) => return *reply,
            Interpreted::Command(lang, invocation) => (lang, invocation),
        };
        let ctx = self.answers.ctx(lang);
        if invocation.command.id == CommandId::Config {
            let reply = community::configure(ctx, place.map(|p| p.channel), settings, &invocation);
            return self.configure(ctx, place, reply).await;
        }
        if invocation.command.personal && request.shared {
            return account::private_only(ctx, invocation.command.id);
        }
        if invocation.command.personal {
            return match (account, stored) {
                (None, _) => account::no_identity(ctx, invocation.command.id),
                (Some(_), Err(_)) => account::store_unavailable(ctx, invocation.command.id),
                (Some((who, store)), Ok(stored)) => self
                    .personal(ctx, who, store, stored.as_ref(), &invocation)
                    .await
                    .unwrap_or_else(|error| {
                        tracing::error!(%error, "saving or reading personal data");
                        tracing::debug!(user = %who, "whose data could not be saved or read");
                        metrics::counter!("gainsbot_errors_total", "kind" => "store").increment(1);
                        account::store_unavailable(ctx, invocation.command.id)
                    }),
            };
        }
        let mut invocation = invocation;
        let note = match stored {
            Ok(saved) => {
                let saved = saved.unwrap_or_default();
                let used = saved.fill(invocation.command, &mut invocation.inputs);
                // The payouts recorded: the creator's own rate, and proof they are in the
                // programme, for every command that reads its verdict.
                if !saved.payouts.is_empty() {
                    invocation.inputs.paid = Some(Paid {
                        payouts: saved.payouts,
                        now: Month::of_day(self.clock.today()),
                    });
                }
                (!used.is_empty())
                    .then(|| account::saved_values_used(ctx, &used, &invocation.inputs))
            }
            Err(_) => Some(account::saved_values_unavailable(ctx)),
        };
        let used = settings.fill(invocation.command, &mut invocation.inputs);
        let community_note =
            (!used.is_empty()).then(|| community::values_used(ctx, &used, &invocation.inputs));
        let mut reply = self.answers.answer(lang, &invocation);
        // Said first in the summary too: the creator sees at once what was used.
        for note in [community_note, note].into_iter().flatten() {
            if let Some(summary) = &mut reply.summary {
                summary.lines.insert(0, note.clone());
            }
            reply.lines.insert(0, note);
        }
        reply
    }

    /// `/config` as the answers decided it: a change is saved only when the platform says
    /// the asker administers the community.
    async fn configure(&self, ctx: Ctx<'_>, place: Option<&Venue<'_>>, mut reply: Reply) -> Reply {
        let (Some(Effect::SaveSettings(settings)), Some(place)) = (reply.effect.take(), place)
        else {
            return reply;
        };
        match place.admin.check().await {
            Ok(true) => {}
            Ok(false) => return community::refused(ctx),
            Err(error) => {
                tracing::warn!(%error, community = %place.community, "checking an admin");
                return community::unchecked(ctx);
            }
        }
        let Some(store) = &self.store else {
            return account::store_unavailable(ctx, CommandId::Config);
        };
        if let Err(error) = store
            .save_settings(&place.community, &settings, self.clock.today())
            .await
        {
            tracing::error!(%error, community = %place.community, "saving a community's settings");
            metrics::counter!("gainsbot_errors_total", "kind" => "store").increment(1);
            return account::store_unavailable(ctx, CommandId::Config);
        }
        reply
    }

    /// A personal command: what it reads is brought in (the profile as stored, today,
    /// the history it needs), the answers decide, and what they say to change is done
    /// before the reply goes out.
    async fn personal(
        &self,
        ctx: Ctx<'_>,
        who: &Identity,
        store: &Store,
        stored: Option<&Profile>,
        invocation: &Invocation,
    ) -> Result<Reply, StoreError> {
        let today = self.clock.today();
        let history = match personal::history_from(invocation.command.id, today) {
            Some(from) => store.history(who, from).await?,
            None => Vec::new(),
        };
        let reach = match self.writes_first.contains(&who.platform) {
            true => Reach::FirstToo,
            false => Reach::OnlyReplies,
        };
        let mut reply = personal::decide(ctx, who, stored, today, reach, &history, invocation);
        match reply.effect.take() {
            Some(Effect::SaveProfile(profile)) => store.save(who, &profile, today).await?,
            Some(Effect::SetReminder { on, month }) => {
                store.set_reminder(who, on, today).await?;
                if on {
                    store.reminder_sent(who, month).await?;
                }
            }
            Some(Effect::Forget) => {
                store.forget(who).await?;
            }
            Some(Effect::SaveSettings(_)) | None => {}
        }
        Ok(reply)
    }
}
