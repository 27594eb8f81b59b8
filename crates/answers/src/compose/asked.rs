//! The opening of a reply to a question in plain words: what was read ("Compris :
//! 2 000 000 vues, 50 000 abonnés, Maroc"), the command that gives the same answer, a
//! yes or a no first for a yes-or-no question, and anything not understood, named.

use super::Ctx;
use crate::reply::Reply;
use catalogue::Asked;
use catalogue::Inputs;
use catalogue::{Arg, Msg, msg};
use catalogue::{CommandSpec, OptionId, option};
use catalogue::{Period, Value};
use estimate::{Estimator, Verdict};

use crate::i18n::Text;
use values::Money;

/// One value, in words (`2 000 000 vues`, `Maroc`, `49 €`): what was read or saved.
pub(super) fn item(ctx: &Ctx, id: OptionId, value: Value) -> Option<Text> {
    let said = |msg: Msg| Some(ctx.tr(msg));
    let text = |shown: Text| Arg::Text(shown);
    match (id, value) {
        (_, Value::Count(n)) => {
            let value = Arg::Count(n);
            said(match id {
                OptionId::Views | OptionId::Views30d => msg::UnderstoodViews { value }.into(),
                OptionId::Followers => msg::UnderstoodFollowers { value }.into(),
                OptionId::Coins => msg::UnderstoodCoins { value }.into(),
                OptionId::Diamonds => msg::UnderstoodDiamonds { value }.into(),
                OptionId::Likes => msg::UnderstoodLikes { value }.into(),
                OptionId::Comments => msg::UnderstoodComments { value }.into(),
                OptionId::Shares => msg::UnderstoodShares { value }.into(),
                OptionId::Saves => msg::UnderstoodSaves { value }.into(),
                OptionId::Sales => msg::UnderstoodSales { value }.into(),
                OptionId::Age => msg::UnderstoodAge { value }.into(),
                OptionId::Length => msg::UnderstoodLength { value }.into(),
                OptionId::Months => msg::UnderstoodMonths { value }.into(),
                OptionId::Target => msg::UnderstoodTarget { value }.into(),
                _ => return None,
            })
        }
        (OptionId::Growth, Value::Percent(p)) => {
            let sign = if p.0.is_sign_negative() { "" } else { "+" };
            let written = crate::i18n::percent(ctx.lang, &p.0);
            said(
                msg::UnderstoodGrowth {
                    value: text(Text::Owned(format!("{sign}{written}"))),
                }
                .into(),
            )
        }
        (_, Value::Percent(p)) => {
            let value = Arg::Percent(p);
            said(match id {
                OptionId::Engagement => msg::UnderstoodEngagement { value }.into(),
                OptionId::Commission => msg::UnderstoodCommission { value }.into(),
                OptionId::Conversion => msg::UnderstoodConversion { value }.into(),
                _ => return None,
            })
        }
        (_, Value::Money(cents, currency)) => {
            let value = Arg::Money(Money::new(
                cents,
                currency.unwrap_or(ctx.currency(&Inputs::default())),
            ));
            said(match id {
                OptionId::Price => msg::UnderstoodPrice { value }.into(),
                _ => msg::UnderstoodAmount { value }.into(),
            })
        }
        (_, Value::Country(country)) => said(
            msg::UnderstoodCountry {
                value: text(Text::Borrowed(country.name(ctx.lang))),
            }
            .into(),
        ),
        (_, Value::Niche(niche)) => said(
            msg::UnderstoodNiche {
                value: text(ctx.tr(niche.message())),
            }
            .into(),
        ),
        (_, Value::Currency(currency)) => said(
            msg::UnderstoodCurrency {
                value: text(ctx.tr(super::words::currency(currency))),
            }
            .into(),
        ),
        (_, Value::Period(period)) => said(
            msg::UnderstoodPeriod {
                value: text(ctx.tr(match period {
                    Period::Year => msg::NET_PER_YEAR,
                    Period::Month => msg::NET_PER_MONTH,
                })),
            }
            .into(),
        ),
        (_, Value::Topic(topic)) => said(
            msg::UnderstoodTopic {
                value: text(ctx.tr(super::words::topic(topic))),
            }
            .into(),
        ),
        (_, Value::Audience(audience)) => said(
            msg::UnderstoodAudience {
                value: text(Text::Owned(ctx.audience(&audience))),
            }
            .into(),
        ),
        (_, Value::Month(year, month)) => said(
            msg::UnderstoodDate {
                value: text(ctx.month(year.map(i64::from), month)),
            }
            .into(),
        ),
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
pub(super) fn typed(ctx: &Ctx, spec: &CommandSpec, values: &[(OptionId, Value)]) -> String {
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
    let details = Arg::Text(ctx.verdict_details(&verdict).join(ctx.separator).into());
    let programme = Arg::Text(ctx.tr(focus.message()));
    Some(match verdict {
        Verdict::Eligible => ctx.tr(msg::AnswerYes { programme }),
        Verdict::NotYet(_) => ctx.tr(msg::AnswerNo {
            programme,
            missing: details,
        }),
        Verdict::NotConfirmed(_) => ctx.tr(msg::AnswerNotConfirmed {
            programme,
            country: details,
        }),
        Verdict::ToCheck(_) => ctx.tr(msg::AnswerDepends {
            programme,
            what: details,
        }),
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
    let command = Arg::Text(typed(ctx, spec, &asked.used).into());
    lines.push(if read.is_empty() {
        ctx.tr(msg::UnderstoodNothing { command })
    } else {
        ctx.tr(msg::Understood {
            read: Arg::Text(read.into()),
            command,
        })
    });
    if let Some(answer) = yes_no(ctx, asked, inputs) {
        lines.push(answer);
    }
    if !asked.unused.is_empty() {
        lines.push(ctx.tr(msg::UnderstoodUnused {
            read: Arg::Text((items(ctx, &asked.unused)).into()),
            command: Arg::Text((format!("/{}", spec.name(ctx.lang))).into()),
        }));
    }
    for unknown in &asked.unknown {
        lines.push(ctx.tr(msg::UnderstoodUnknown {
            text: Arg::Text((unknown.as_str()).into()),
        }));
    }
    if let Some(word) = asked.unrated {
        for (_, amount) in &asked.unrated_amounts {
            lines.push(ctx.tr(msg::UnderstoodUnratedAmount {
                amount: Arg::Decimal(*amount),
                code: Arg::Text(word.into()),
            }));
        }
        let currency = ctx.tr(super::words::currency(ctx.currency(inputs)));
        lines.push(ctx.tr(msg::UnderstoodUnrated {
            text: Arg::Text((word).into()),
            currency: Arg::Text(currency),
        }));
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
