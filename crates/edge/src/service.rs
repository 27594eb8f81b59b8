//! The answers plus the store: knows who is asking, fills commands from their saved stats,
//! and runs the personal commands. Platform adapters call [`Service::handle`].

use std::future::Future;
use std::pin::Pin;

use answers::compose::{Ctx, account, community};
use answers::reply::{Action, Reply};
use answers::{Answers, Interpreted, Request};
use catalogue::{CommandId, Community, Frequency, Settings};
use catalogue::{Identity, Month, OptionId, Paid, Payout, Profile};
use catalogue::{InputError, Invocation, Parsed};
use store::{Store, StoreError};
use values::Lang;

/// How a kept press's key begins (see [`store::Store::keep_press`]); a press itself
/// begins with its version.
const KEPT: &str = "k";

/// How far back `stats` looks, in days.
const HISTORY_DAYS: i64 = 90;

/// Today's day number (days since 1970-01-01, UTC), the unit saved stats are dated in.
/// The core never reads the clock: this is where today comes from.
pub fn today() -> i64 {
    (chrono::Utc::now().date_naive() - chrono::NaiveDate::default()).num_days()
}

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
pub struct Place<'a> {
    pub community: Community,
    pub admin: &'a dyn Admin,
}

/// What every adapter shares: the answers, and the store when one is configured.
#[derive(Debug, Clone)]
pub struct Service {
    pub answers: Answers,
    pub store: Option<Store>,
}

impl Service {
    /// Answers one message from `who` (unknown for anonymous surfaces). Store failures
    /// are logged and answered with a localized "try again later"; commands that need
    /// no saved data still work.
    pub async fn handle(&self, who: Option<&Identity>, request: &Request<'_>) -> Reply {
        self.handle_at(who, None, request).await
    }

    /// [`Service::handle`] for a message written in a server or group (`place`), whose
    /// settings come after the member's own.
    pub async fn handle_at(
        &self,
        who: Option<&Identity>,
        place: Option<&Place<'_>>,
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
        place: Option<&Place<'_>>,
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
    /// "this answer has expired".
    pub async fn press(&self, who: Option<&Identity>, locale: Option<&str>, data: &str) -> Reply {
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
        self.answers.press(lang, data)
    }

    /// What a button carries on a platform that holds at most `limit` bytes: the press
    /// itself, or when it is longer a key to it in the store (none without a store).
    pub async fn button(&self, action: &Action, limit: usize) -> Option<String> {
        if action.data.len() <= limit {
            return Some(action.data.clone());
        }
        let store = self.store.as_ref()?;
        match store.keep_press(&action.data, today()).await {
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
        place: Option<&Place<'_>>,
        request: &Request<'_>,
        read: impl FnOnce(&Answers, &Request) -> Interpreted,
    ) -> Reply {
        let account = match (who, &self.store) {
            (Some(who), Some(store)) => Some((who, store)),
            _ => None,
        };
        let saved = match account {
            Some((who, store)) => match store.profile(who).await {
                Ok(profile) => Ok(profile.unwrap_or_default()),
                Err(error) => {
                    tracing::error!(%error, "reading the saved profile");
                    tracing::debug!(user = %who, "whose profile could not be read");
                    metrics::counter!("gainsbot_errors_total", "kind" => "store").increment(1);
                    Err(error)
                }
            },
            None => Ok(Profile::default()),
        };
        let preferences = saved.as_ref().ok();
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
            return self.configure(ctx, place, settings, &invocation).await;
        }
        if invocation.command.personal && request.shared {
            return account::private_only(ctx, invocation.command.id);
        }
        if invocation.command.personal {
            return match (account, saved) {
                (None, _) => account::no_identity(ctx, invocation.command.id),
                (Some(_), Err(_)) => account::store_unavailable(ctx, invocation.command.id),
                (Some((who, store)), Ok(saved)) => self
                    .personal(ctx, who, store, saved, &invocation)
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
        let note = match saved {
            Ok(saved) => {
                let used = saved.fill(invocation.command, &mut invocation.inputs);
                if invocation.command.id == CommandId::Gains && !saved.payouts.is_empty() {
                    invocation.inputs.paid = Some(Paid {
                        payouts: saved.payouts,
                        now: Month::of_day(today()),
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

    /// `/config`: the community's settings, shown to anyone there; changed only by an
    /// admin, who the platform says is one.
    async fn configure(
        &self,
        ctx: Ctx<'_>,
        place: Option<&Place<'_>>,
        mut settings: Settings,
        invocation: &Invocation,
    ) -> Reply {
        let Some(place) = place else {
            return community::private(ctx);
        };
        let inputs = &invocation.inputs;
        let change = invocation.command.options.iter().any(|&o| inputs.is_set(o));
        if !change {
            return community::settings(ctx, &settings, false);
        }
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
        settings.update(inputs);
        if let Err(error) = store
            .save_settings(&place.community, &settings, today())
            .await
        {
            tracing::error!(%error, community = %place.community, "saving a community's settings");
            metrics::counter!("gainsbot_errors_total", "kind" => "store").increment(1);
            return account::store_unavailable(ctx, CommandId::Config);
        }
        // Said in the language just chosen, if one was.
        let ctx = self.answers.ctx(inputs.language.unwrap_or(ctx.lang));
        community::settings(ctx, &settings, true)
    }

    async fn personal(
        &self,
        ctx: Ctx<'_>,
        who: &Identity,
        store: &Store,
        mut saved: Profile,
        invocation: &Invocation,
    ) -> Result<Reply, StoreError> {
        let inputs = &invocation.inputs;
        Ok(match invocation.command.id {
            CommandId::Profile => {
                let given = invocation.command.options.iter().any(|&o| inputs.is_set(o));
                let mut reached = Vec::new();
                if given {
                    let before = saved.clone();
                    saved.update(inputs);
                    let (lines, said) = account::milestones(&ctx, &before, &saved);
                    saved.milestones.extend(said);
                    reached = lines;
                    store.save(who, &saved, today()).await?;
                }
                let mut reply = account::profile(ctx, &saved, given);
                // What just opened comes first: it is the news of this save.
                reply.lines.splice(0..0, reached);
                reply
            }
            CommandId::Payout => {
                let (Some((cents, currency)), Some(views)) = (inputs.amount, inputs.views) else {
                    let option = match inputs.amount {
                        None => OptionId::Amount,
                        Some(_) => OptionId::Views,
                    };
                    let missing = InputError::Missing {
                        command: CommandId::Payout,
                        option,
                    };
                    return Ok(personal_error(ctx, &missing));
                };
                let now = Month::of_day(today());
                // With no month named, the month just ended: the one a payout is for.
                let (month, assumed) = match inputs.date {
                    Some((year, month)) => (Month::meant(year, month, now), false),
                    None => (Month(now.0 - 1), true),
                };
                if month > now {
                    return Ok(account::payout_in_future(ctx, month));
                }
                let currency = currency
                    .or(saved.currency)
                    .unwrap_or(answers::compose::reader_currency(ctx.lang));
                let payout = Payout {
                    month,
                    cents,
                    currency,
                    views,
                };
                let replaced = saved.record(payout);
                store.save(who, &saved, today()).await?;
                account::payout_saved(ctx, &saved, payout, replaced, assumed, now)
            }
            CommandId::Reminder => match inputs.frequency {
                None => account::reminder_state(ctx, saved.reminder, false),
                Some(frequency) => {
                    saved.reminder = frequency == Frequency::Monthly;
                    store.set_reminder(who, saved.reminder, today()).await?;
                    if saved.reminder {
                        // This month's is taken as had: the first comes next month.
                        store.claim_reminder(who, Month::of_day(today())).await?;
                    }
                    account::reminder_state(ctx, saved.reminder, true)
                }
            },
            CommandId::Stats => {
                let history = store.history(who, today() - HISTORY_DAYS).await?;
                account::stats(ctx, &saved, &history)
            }
            CommandId::Language => {
                let lang: Lang = inputs.language.unwrap_or(ctx.lang);
                saved.lang = Some(lang);
                store.save(who, &saved, today()).await?;
                account::language_saved(lang)
            }
            CommandId::Forget => match inputs.confirm {
                Some(true) => {
                    store.forget(who).await?;
                    account::forget_done(ctx, true)
                }
                Some(false) => account::forget_done(ctx, false),
                None => account::forget_prompt(ctx),
            },
            CommandId::Export => {
                let history = store.history(who, i64::MIN).await?;
                let profile = store.profile(who).await?;
                account::export(ctx, who, profile.as_ref(), &history)
            }
            // Not personal: answered like any other command.
            _ => self.answers.answer(ctx.lang, invocation),
        })
    }
}

/// A bad input to a personal command, kept private like its answer.
fn personal_error(ctx: Ctx, error: &InputError) -> Reply {
    let mut reply = answers::compose::input_error(ctx.lang, error);
    reply.personal = true;
    reply
}
