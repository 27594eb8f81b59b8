//! The opening of a reply to a question in plain words: what was read ("Compris :
//! 2 000 000 vues, 50 000 abonnés, Maroc"), the command that gives the same answer, a
//! yes or a no first for a yes-or-no question, and anything not understood, named.

use super::Ctx;
use crate::reply::Reply;
use catalogue::Asked;
use catalogue::Inputs;
use catalogue::{Choice, Niche, Period, Topic};
use catalogue::{CommandSpec, OptionId, option};
use estimate::{Estimator, Verdict};
use text::Country;

use crate::i18n::{Args, Text};
use values::{Money, Percent};

/// One value read, as the reader writes it (`2 000 000 vues`, `Maroc`, `49 €`).
fn item(ctx: &Ctx, id: OptionId, value: &str) -> Option<Text> {
    let count = |message: &str| {
        let n = text::count(value).ok()?;
        Some(ctx.tr_args(message, Args::new().count("value", n)))
    };
    let percent = |message: &str| {
        let p = text::percent(value).ok()?;
        Some(ctx.tr_args(message, Args::new().percent("value", Percent(p))))
    };
    let money = |message: &str| {
        let (cents, currency) = text::money(value).ok()?;
        let money = Money::new(cents, currency.unwrap_or(ctx.currency(&Inputs::default())));
        Some(ctx.tr_args(message, Args::new().money("value", money)))
    };
    let text =
        |message: &str, shown: Text| Some(ctx.tr_args(message, Args::new().text("value", shown)));
    match id {
        OptionId::Views => count("understood-views"),
        OptionId::Followers => count("understood-followers"),
        OptionId::Coins => count("understood-coins"),
        OptionId::Diamonds => count("understood-diamonds"),
        OptionId::Likes => count("understood-likes"),
        OptionId::Comments => count("understood-comments"),
        OptionId::Shares => count("understood-shares"),
        OptionId::Saves => count("understood-saves"),
        OptionId::Sales => count("understood-sales"),
        OptionId::Age => count("understood-age"),
        OptionId::Length => count("understood-length"),
        OptionId::Months => count("understood-months"),
        OptionId::Engagement => percent("understood-engagement"),
        OptionId::Commission => percent("understood-commission"),
        OptionId::Conversion => percent("understood-conversion"),
        OptionId::Growth => {
            let p = Percent(text::percent(value.trim_start_matches(['-', '−', '–'])).ok()?);
            let written = crate::i18n::percent(ctx.lang, &p.0);
            let sign = if value.trim_start().starts_with(['-', '−', '–']) {
                "-"
            } else {
                "+"
            };
            text("understood-growth", Text::Owned(format!("{sign}{written}")))
        }
        OptionId::Price => money("understood-price"),
        OptionId::Amount => money("understood-amount"),
        OptionId::Country => text(
            "understood-country",
            Text::Borrowed(Country::parse(value)?.name(ctx.lang)),
        ),
        OptionId::Niche => text("understood-niche", ctx.tr(Niche::parse(value)?.message())),
        OptionId::Currency => text(
            "understood-currency",
            ctx.tr(&format!("currency-{}", text::currency(value)?.code())),
        ),
        OptionId::Period => text(
            "understood-period",
            ctx.tr(match Period::parse(value)? {
                Period::Year => "net-per-year",
                Period::Month => "net-per-month",
            }),
        ),
        OptionId::Topic => text(
            "understood-topic",
            ctx.tr(&format!(
                "title-faq-{}",
                Topic::parse(value)?.name(values::Lang::En)
            )),
        ),
        OptionId::Views30d
        | OptionId::Language
        | OptionId::Confirm
        | OptionId::Card
        | OptionId::Command => None,
    }
}

fn items(ctx: &Ctx, values: &[(OptionId, String)]) -> String {
    values
        .iter()
        .filter_map(|(id, value)| item(ctx, *id, value))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The command a user would type for the same answer (`/gains vues:2000000 pays:MA`).
fn typed(ctx: &Ctx, spec: &CommandSpec, values: &[(OptionId, String)]) -> String {
    let mut typed = format!("/{}", spec.name(ctx.lang));
    for (id, value) in values {
        typed.push(' ');
        typed.push_str(option(*id).name(ctx.lang));
        typed.push(':');
        // A choice as the reader's language names it (`sujet:impots`, `niche:cuisine`).
        let chosen = match id {
            OptionId::Topic => Topic::parse(value).map(|t| t.name(ctx.lang)),
            OptionId::Niche => Niche::parse(value).map(|n| n.name(ctx.lang)),
            OptionId::Period => Period::parse(value).map(|p| p.name(ctx.lang)),
            _ => None,
        };
        typed.push_str(chosen.unwrap_or(value));
    }
    typed
}

/// A yes, a no or "it depends" on the programme asked about, before the details.
fn yes_no(ctx: &Ctx, asked: &Asked, inputs: &Inputs) -> Option<Text> {
    let focus = asked.focus?;
    let estimator = Estimator::new(ctx.rates, ctx.currency(inputs));
    let verdict = estimator.stream(focus, inputs).verdict;
    let details = ctx.verdict_details(&verdict).join(ctx.separator);
    let programme = ctx.tr(focus.message());
    Some(match verdict {
        Verdict::Eligible => ctx.tr_args("answer-yes", Args::new().text("programme", programme)),
        Verdict::NotEligible(_) => ctx.tr_args(
            "answer-no",
            Args::new()
                .text("programme", programme)
                .text("missing", details),
        ),
        Verdict::Unknown(_) => ctx.tr_args(
            "answer-depends",
            Args::new()
                .text("programme", programme)
                .text("what", details),
        ),
    })
}

/// Opens `reply` with what was read, the same command typed, a yes or a no when asked,
/// and what was not understood.
pub fn preface(
    ctx: &Ctx,
    spec: &CommandSpec,
    asked: &Asked,
    inputs: &Inputs,
    reply: Reply,
) -> Reply {
    let mut lines = Vec::with_capacity(4);
    let read = items(ctx, &asked.used);
    lines.push(
        ctx.tr_args(
            if read.is_empty() {
                "understood-nothing"
            } else {
                "understood"
            },
            Args::new()
                .text("read", read)
                .text("command", typed(ctx, spec, &asked.used)),
        ),
    );
    if let Some(answer) = yes_no(ctx, asked, inputs) {
        lines.push(answer);
    }
    if !asked.unused.is_empty() {
        lines.push(
            ctx.tr_args(
                "understood-unused",
                Args::new()
                    .text("read", items(ctx, &asked.unused))
                    .text("command", format!("/{}", spec.name(ctx.lang))),
            ),
        );
    }
    for unknown in &asked.unknown {
        lines.push(ctx.tr_args(
            "understood-unknown",
            Args::new().text("text", unknown.as_str()),
        ));
    }
    let mut reply = reply;
    // The first answer says what was read too: a misreading shows at once.
    if let Some(summary) = &mut reply.summary {
        let mut first = lines.clone();
        first.append(&mut summary.lines);
        summary.lines = first;
    }
    lines.append(&mut reply.lines);
    reply.lines = lines;
    reply
}
