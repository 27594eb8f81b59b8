//! The opening of a reply to a question in plain words: what was read ("Compris :
//! 2 000 000 vues, 50 000 abonnés, Maroc"), the command that gives the same answer, a
//! yes or a no first for a yes-or-no question, and anything not understood, named.

use super::Ctx;
use crate::reply::Reply;
use catalogue::Asked;
use catalogue::Inputs;
use catalogue::{Choice, Period, Value};
use catalogue::{CommandSpec, OptionId, option};
use estimate::{Estimator, Verdict};

use crate::i18n::{Args, Text};
use values::Money;

/// One value, in words (`2 000 000 vues`, `Maroc`, `49 €`): what was read or saved.
pub(super) fn item(ctx: &Ctx, id: OptionId, value: Value) -> Option<Text> {
    let text =
        |message: &str, shown: Text| Some(ctx.tr_args(message, Args::new().text("value", shown)));
    match (id, value) {
        (_, Value::Count(n)) => {
            let message = match id {
                OptionId::Views | OptionId::Views30d => "understood-views",
                OptionId::Followers => "understood-followers",
                OptionId::Coins => "understood-coins",
                OptionId::Diamonds => "understood-diamonds",
                OptionId::Likes => "understood-likes",
                OptionId::Comments => "understood-comments",
                OptionId::Shares => "understood-shares",
                OptionId::Saves => "understood-saves",
                OptionId::Sales => "understood-sales",
                OptionId::Age => "understood-age",
                OptionId::Length => "understood-length",
                OptionId::Months => "understood-months",
                OptionId::Target => "understood-target",
                _ => return None,
            };
            Some(ctx.tr_args(message, Args::new().count("value", n)))
        }
        (OptionId::Growth, Value::Percent(p)) => {
            let sign = if p.0.is_sign_negative() { "" } else { "+" };
            let written = crate::i18n::percent(ctx.lang, &p.0);
            text("understood-growth", Text::Owned(format!("{sign}{written}")))
        }
        (_, Value::Percent(p)) => {
            let message = match id {
                OptionId::Engagement => "understood-engagement",
                OptionId::Commission => "understood-commission",
                OptionId::Conversion => "understood-conversion",
                _ => return None,
            };
            Some(ctx.tr_args(message, Args::new().percent("value", p)))
        }
        (_, Value::Money(cents, currency)) => {
            let message = match id {
                OptionId::Price => "understood-price",
                _ => "understood-amount",
            };
            let money = Money::new(cents, currency.unwrap_or(ctx.currency(&Inputs::default())));
            Some(ctx.tr_args(message, Args::new().money("value", money)))
        }
        (_, Value::Country(country)) => {
            text("understood-country", Text::Borrowed(country.name(ctx.lang)))
        }
        (_, Value::Niche(niche)) => text("understood-niche", ctx.tr(niche.message())),
        (_, Value::Currency(currency)) => text(
            "understood-currency",
            ctx.tr(&format!("currency-{}", currency.code())),
        ),
        (_, Value::Period(period)) => text(
            "understood-period",
            ctx.tr(match period {
                Period::Year => "net-per-year",
                Period::Month => "net-per-month",
            }),
        ),
        (_, Value::Topic(topic)) => text(
            "understood-topic",
            ctx.tr(&format!("title-faq-{}", topic.name(values::Lang::En))),
        ),
        (_, Value::Audience(audience)) => {
            text("understood-audience", Text::Owned(ctx.audience(&audience)))
        }
        (_, Value::Month(year, month)) => {
            text("understood-date", ctx.month(year.map(i64::from), month))
        }
        (_, Value::Command(_) | Value::Language(_) | Value::YesNo(_) | Value::Frequency(_)) => None,
    }
}

fn items(ctx: &Ctx, values: &[(OptionId, Value)]) -> String {
    values
        .iter()
        .filter_map(|(id, value)| item(ctx, *id, *value))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The command a user would type for the same answer (`/gains vues:2000000 pays:MA`).
fn typed(ctx: &Ctx, spec: &CommandSpec, values: &[(OptionId, Value)]) -> String {
    let mut typed = format!("/{}", spec.name(ctx.lang));
    for (id, value) in values {
        typed.push(' ');
        typed.push_str(option(*id).name(ctx.lang));
        typed.push(':');
        // A choice as the reader's language names it (`sujet:impots`, `niche:cuisine`).
        typed.push_str(&value.written(ctx.lang));
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
    if let Some(word) = asked.unrated {
        let currency = ctx.tr(&format!("currency-{}", ctx.currency(inputs).code()));
        lines.push(ctx.tr_args(
            "understood-unrated",
            Args::new().text("text", word).text("currency", currency),
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
