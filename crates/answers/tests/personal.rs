//! Every personal command and `/config` decided without a database: the saved profile,
//! today and the history go in, the reply and what the store must change come out.
// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use answers::compose::personal::Reach;
use answers::compose::{community, personal};
use answers::reply::{Effect, Reply};
use catalogue::{Identity, Invocation, Month, Parsed, Payout, Platform, Profile};
use catalogue::{Settings, Snapshot};
use testkit::replies;
use values::{Currency, Lang};

/// 2026-11-15, as days since 1970-01-01.
const NOV_15: i64 = 20_772;

fn who() -> Identity {
    Identity {
        platform: Platform::Telegram,
        user_id: "1001".into(),
    }
}

fn typed(text: &str) -> Invocation {
    match reader::parse(text).unwrap() {
        Parsed::Command(invocation) => *invocation,
        Parsed::Question => panic!("{text} is not a command"),
    }
}

fn decide(lang: Lang, stored: Option<&Profile>, history: &[Snapshot], text: &str) -> Reply {
    let ctx = replies::answers().ctx(lang);
    personal::decide(
        ctx,
        &who(),
        stored,
        NOV_15,
        Reach::FirstToo,
        history,
        &typed(text),
    )
}

fn saved(reply: &Reply) -> &Profile {
    match &reply.effect {
        Some(Effect::SaveProfile(profile)) => profile,
        other => panic!("a profile to save, not {other:?}"),
    }
}

#[test]
fn profile_saves_what_was_given_and_says_the_threshold_just_crossed() {
    let before = Profile {
        followers: Some(900),
        ..Profile::default()
    };
    let reply = decide(Lang::Fr, Some(&before), &[], "/profil abonnes:1000 pays:FR");
    let profile = saved(&reply);
    assert_eq!(profile.followers, Some(1_000));
    assert_eq!(profile.country.map(|c| c.code), Some("FR"));
    assert!(reply.personal);
    assert_eq!(reply.title, "Profil enregistré");
    assert!(
        reply.lines[0].starts_with("🎉 Cadeaux LIVE : seuil de 1\u{202f}000 abonnés atteint."),
        "{:?}",
        reply.lines
    );
    // The threshold is kept as said: a second save says it no more.
    assert!(!profile.milestones.is_empty());
    let again = decide(Lang::Fr, Some(profile), &[], "/profil abonnes:1200");
    assert!(!again.lines[0].starts_with("🎉"), "{:?}", again.lines);
}

#[test]
fn profile_alone_shows_what_is_saved_and_changes_nothing() {
    let stored = Profile {
        followers: Some(8_000),
        ..Profile::default()
    };
    let reply = decide(Lang::Fr, Some(&stored), &[], "/profil");
    assert_eq!(reply.effect, None);
    assert_eq!(reply.title, "Votre profil enregistré");
    assert_eq!(reply.fields[0].lines[0], "Abonnés : 8\u{202f}000");
}

#[test]
fn a_payout_with_no_month_is_the_month_just_ended_and_one_to_come_is_refused() {
    let reply = decide(Lang::Fr, None, &[], "/paiement 52 vues:100000");
    let profile = saved(&reply);
    assert_eq!(
        profile.payouts,
        [Payout {
            month: Month::new(2026, 10),
            cents: 5_200,
            currency: Currency::Eur,
            views: 100_000,
        }]
    );
    assert!(
        reply
            .lines
            .iter()
            .any(|l| l.starts_with("Mois non précisé : j'ai compté le mois dernier")),
        "{:?}",
        reply.lines
    );
    let future = decide(Lang::Fr, None, &[], "/paiement 52 vues:100000 date:2026-12");
    assert_eq!(future.effect, None);
    assert!(future.is_error);
    assert_eq!(
        future.lines[0],
        "décembre 2026 n'est pas encore passé : indiquez le mois qui vous a été payé."
    );
    let missing = decide(Lang::En, None, &[], "/payout 52");
    assert_eq!(missing.effect, None);
    assert!(missing.is_error && missing.personal);
}

#[test]
fn stats_read_the_history_they_are_given() {
    assert_eq!(
        personal::history_from(catalogue::CommandId::Stats, NOV_15),
        Some(NOV_15 - 90)
    );
    assert_eq!(
        personal::history_from(catalogue::CommandId::Profile, NOV_15),
        None
    );
    let stored = Profile {
        followers: Some(9_000),
        views30d: Some(150_000),
        ..Profile::default()
    };
    let history = [Snapshot {
        day: NOV_15 - 10,
        followers: Some(8_000),
        views30d: Some(120_000),
    }];
    let reply = decide(Lang::En, Some(&stored), &history, "/stats");
    assert_eq!(reply.effect, None);
    let days = reply.fields.last().unwrap();
    assert_eq!(
        days.lines[0],
        "2026-11-05: 8,000 followers, 120,000 views over 30 days"
    );
}

#[test]
fn language_is_saved_and_said_in_the_new_language() {
    let reply = decide(Lang::Fr, None, &[], "/langue en");
    assert_eq!(saved(&reply).lang, Some(Lang::En));
    assert_eq!(reply.lang, Lang::En);
}

#[test]
fn forget_deletes_only_once_confirmed() {
    let prompt = decide(Lang::Fr, None, &[], "/oubli");
    assert_eq!(prompt.effect, None);
    assert!(
        prompt.lines[0].ends_with("Pour confirmer : /oubli confirmer:oui"),
        "{:?}",
        prompt.lines
    );
    let kept = decide(Lang::Fr, None, &[], "/oubli confirmer:non");
    assert_eq!(kept.effect, None);
    assert_eq!(kept.lines[0], "Rien n'a été effacé.");
    let done = decide(Lang::Fr, None, &[], "/oubli confirmer:oui");
    assert_eq!(done.effect, Some(Effect::Forget));
    assert_eq!(
        done.lines[0],
        "C'est fait : plus rien n'est enregistré sur vous."
    );
}

#[test]
fn export_is_a_file_of_what_is_stored_and_changes_nothing() {
    let stored = Profile {
        followers: Some(8_000),
        ..Profile::default()
    };
    let history = [Snapshot {
        day: NOV_15,
        followers: Some(8_000),
        views30d: None,
    }];
    let reply = decide(Lang::En, Some(&stored), &history, "/export");
    assert_eq!(reply.effect, None);
    let file = reply.file.unwrap();
    let json: serde_json::Value = serde_json::from_str(&file.content).unwrap();
    assert_eq!(json["user_id"], "1001");
    assert_eq!(json["profile"]["followers"], 8_000);
    assert_eq!(json["snapshots"][0]["date"], "2026-11-15");
    let nothing = decide(Lang::En, None, &[], "/export");
    let json: serde_json::Value = serde_json::from_str(&nothing.file.unwrap().content).unwrap();
    assert!(json["profile"].is_null());
}

#[test]
fn a_reminder_turned_on_counts_this_month_as_sent() {
    let on = decide(Lang::Fr, None, &[], "/rappel mensuel");
    assert_eq!(
        on.effect,
        Some(Effect::SetReminder {
            on: true,
            month: Month::new(2026, 11),
        })
    );
    let off = decide(Lang::Fr, None, &[], "/rappel off");
    assert!(matches!(
        off.effect,
        Some(Effect::SetReminder { on: false, .. })
    ));
    let asked = decide(Lang::Fr, None, &[], "/rappel");
    assert_eq!(asked.effect, None);
}

#[test]
fn a_reminder_is_refused_where_the_bot_cannot_write_first_and_turning_off_still_works() {
    let ctx = |lang| replies::answers().ctx(lang);
    let unreachable = |lang, text| {
        personal::decide(
            ctx(lang),
            &who(),
            None,
            NOV_15,
            Reach::OnlyReplies,
            &[],
            &typed(text),
        )
    };
    let refused = unreachable(Lang::Fr, "/rappel mensuel");
    assert_eq!(refused.effect, None, "nothing saved");
    assert!(refused.is_error);
    assert_eq!(
        refused.lines,
        [
            "Pas de rappel mensuel possible ici : tel qu'il est installé, ce bot ne peut pas vous écrire le premier sur cette plateforme. Vos chiffres restent à portée de main avec /stats."
        ]
    );
    let refused = unreachable(Lang::En, "/reminder monthly");
    assert_eq!(
        refused.lines,
        [
            "No monthly reminder here: as it is installed, this bot cannot write to you first on this platform. Your figures stay at hand with /stats."
        ]
    );
    let asked = unreachable(Lang::En, "/reminder");
    assert!(!asked.is_error, "a question answered, not refused");
    assert_eq!(
        asked.lines, refused.lines,
        "no way offered that would be refused"
    );
    let off = unreachable(Lang::Fr, "/rappel off");
    assert!(matches!(
        off.effect,
        Some(Effect::SetReminder { on: false, .. })
    ));
}

#[test]
fn settings_change_only_in_a_community_and_only_when_something_is_given() {
    let ctx = replies::answers().ctx(Lang::Fr);
    let change = typed("/config devise:CHF langue:en");
    let reply = community::configure(ctx, Some(7), Settings::default(), &change);
    match &reply.effect {
        Some(Effect::SaveSettings(settings)) => {
            assert_eq!(settings.currency, Some(Currency::Chf));
            assert_eq!(settings.lang, Some(Lang::En));
        }
        other => panic!("settings to save, not {other:?}"),
    }
    // Said in the language just chosen.
    assert_eq!(reply.title, "Settings saved");
    let shown = community::configure(ctx, Some(7), Settings::default(), &typed("/config"));
    assert_eq!(shown.effect, None);
    let private = community::configure(ctx, None, Settings::default(), &change);
    assert_eq!(private.effect, None);
    assert!(private.is_error);
}

/// Two years of months are kept: a payout for this month pushes out the oldest of 24; one
/// older than all 24 is not kept, and the reply says so rather than "saved".
#[test]
fn payouts_keep_two_years_of_months() {
    let month = |back: i64| Month(Month::of_day(NOV_15).0 - back);
    let stored = Profile {
        payouts: (1..=24)
            .map(|back| Payout {
                month: month(back),
                cents: 5_000,
                currency: Currency::Eur,
                views: 100_000,
            })
            .collect(),
        ..Profile::default()
    };
    assert_eq!(month(24), Month::new(2024, 11));
    let this_month = decide(
        Lang::Fr,
        Some(&stored),
        &[],
        "/paiement 52 vues:100000 date:2026-11",
    );
    let kept = &saved(&this_month).payouts;
    assert_eq!(kept.len(), 24);
    assert_eq!(kept[0].month, Month::new(2026, 11));
    assert_eq!(kept[23].month, Month::new(2024, 12), "November 2024 went");
    let too_old = decide(
        Lang::Fr,
        Some(&stored),
        &[],
        "/paiement 52 vues:100000 date:2024-10",
    );
    assert_eq!(too_old.effect, None);
    assert!(too_old.is_error);
    assert_eq!(
        too_old.lines,
        [
            "octobre 2024 est plus ancien que les 24 paiements gardés (le plus ancien : novembre 2024) : il ne serait pas conservé, rien n'est enregistré."
        ]
    );
}
