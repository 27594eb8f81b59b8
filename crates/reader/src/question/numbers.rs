//! Each number of a question read with the words around it: a count and its unit
//! (`2M de vues`), money and its currency (`49,90 €`), a percentage and its role (`6 %
//! d'engagement`), or a bare number the command decides (`j'ai 17`, `à 35`).

use rust_decimal::Decimal;

use super::Scan;
use super::lexicon::{Counted, Cue, Meaning};
use super::words::{Number, Token};
use catalogue::{OptionId, Period, Value};
use text::Tender;
use values::Currency;

/// What came before a number with no unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Hint {
    None,
    /// `à 35`, `priced at 12`: a price (or, asking about eligibility, an age).
    At,
    /// `j'ai 17`, `I'm 17`.
    Age,
    /// `3k par mois`: an amount.
    Amount,
    /// `1 500 € par mois`: money with a period, an income (the target, next to a price).
    Income,
    /// `j'en vends 200`: a number of sales.
    Sales,
}

/// A number and what it was read as, before the command is known.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Read {
    Option(OptionId, Value),
    /// Money: an amount or a price, as the command and the words around it say.
    Money {
        value: Decimal,
        currency: Option<Tender>,
        hint: Hint,
    },
    /// A percentage: `role` when a word says which (engagement, commission…).
    Percent {
        value: Decimal,
        role: Option<OptionId>,
    },
    /// No unit: the command decides.
    Bare {
        value: Decimal,
        hint: Hint,
    },
    /// Read and deliberately unused (`sur 30 jours`, `4 vidéos`).
    Ignored,
    Unknown(String),
}

/// The number's exact value, its multiplier applied.
fn value(number: &Number) -> Option<Decimal> {
    let exact = text::number(&number.text, number.factor > 1).ok()?;
    exact.checked_mul(Decimal::from(number.factor))
}

pub(super) fn whole(value: Decimal) -> Option<u64> {
    if value.fract().is_zero() {
        u64::try_from(value).ok()
    } else {
        None
    }
}

pub(super) fn plain(value: Decimal) -> String {
    value.normalize().to_string()
}

/// Money as an option holds it, in cents; `None` past the cent (`1.000,001`).
pub(super) fn money(value: Decimal, currency: Option<values::Currency>) -> Option<Value> {
    let cents = value.checked_mul(Decimal::ONE_HUNDRED)?;
    if !cents.fract().is_zero() {
        return None;
    }
    Some(Value::Money(i64::try_from(cents).ok()?, currency))
}

fn count(option: OptionId, value: Decimal) -> Read {
    match whole(value) {
        Some(n) => Read::Option(option, Value::Count(n)),
        None => Read::Unknown(plain(value)),
    }
}

/// Reads a percentage ending at token `last` (the `%` or `pourcent`), starting at
/// `first` (the number): which one the words around it say.
fn percent(scan: &Scan, first: usize, last: usize, value: Decimal) -> Read {
    // The word after `%` (`6 % d'engagement`) or before (`commission 12%`, `+8 %/mois`).
    let after = scan.cue(scan.mark_after(last, 3));
    let before = scan.cue(scan.mark_before(first, 3));
    let role_of = |cue: Option<Cue>| match cue {
        Some(Cue::Engagement) => Some(OptionId::Engagement),
        Some(Cue::Commission) => Some(OptionId::Commission),
        Some(Cue::Conversion) => Some(OptionId::Conversion),
        Some(Cue::Growth) => Some(OptionId::Growth),
        _ => None,
    };
    let monthly = matches!(
        scan.mark_after(last, 2).map(|m| scan.marks[m].meaning),
        Some(Meaning::Period(Period::Month))
    ) || scan.symbol(first.wrapping_sub(1)) == Some('+');
    // `en baisse de 5 % par mois`, `dropping about 5% every month`: a negative growth.
    if after == Some(Cue::Decline) || before == Some(Cue::Decline) {
        return Read::Percent {
            value: -value.abs(),
            role: Some(OptionId::Growth),
        };
    }
    let role = role_of(after)
        .or(role_of(before))
        .or(monthly.then_some(OptionId::Growth));
    Read::Percent { value, role }
}

/// Reads a number followed by a unit word.
fn with_unit(
    scan: &Scan,
    at: usize,
    unit: Counted,
    value: Decimal,
    seconds_follow: &mut bool,
) -> Read {
    match unit {
        Counted::Views => count(OptionId::Views, value),
        Counted::Followers => count(OptionId::Followers, value),
        Counted::Coins => count(OptionId::Coins, value),
        Counted::Diamonds => count(OptionId::Diamonds, value),
        Counted::Likes => count(OptionId::Likes, value),
        Counted::Comments => count(OptionId::Comments, value),
        Counted::Shares => count(OptionId::Shares, value),
        Counted::Saves => count(OptionId::Saves, value),
        Counted::Sales => count(OptionId::Sales, value),
        Counted::Months => count(OptionId::Months, value),
        // `ça fait 2 ans que je poste`, `depuis 3 ans`: how long, no age and no months.
        Counted::Years
            if matches!(
                scan.word(at.wrapping_sub(1)),
                Some("fait" | "depuis" | "since")
            ) =>
        {
            Read::Ignored
        }
        Counted::Years | Counted::YearsOld => {
            let ahead = scan.word(at.wrapping_sub(1)).is_some_and(|w| {
                matches!(
                    w,
                    "dans" | "sur" | "pendant" | "in" | "over" | "for" | "within" | "after"
                )
            }) || (scan.word(at.wrapping_sub(1)) == Some("ici")
                && scan.word(at.wrapping_sub(2)) == Some("d"));
            if unit == Counted::Years && ahead {
                // `dans 2 ans`, `in a year`, `sur 1 an et demi`: months.
                let half = scan.word(at + 2) == Some("et") && scan.word(at + 3) == Some("demi");
                let months = value * Decimal::from(12)
                    + if half {
                        Decimal::from(6)
                    } else {
                        Decimal::ZERO
                    };
                count(OptionId::Months, months)
            } else {
                count(OptionId::Age, value)
            }
        }
        Counted::Minutes => {
            // `1 min 15`, `1 min 5 sec`: the seconds follow.
            // `1 minute et 30 secondes`, `1 min and 20 sec`.
            let next = if matches!(scan.word(at + 2), Some("et" | "and")) {
                at + 3
            } else {
                at + 2
            };
            let seconds = match scan.tokens.get(next) {
                Some(Token::Number(n)) => self::value(n).filter(|s| *s < Decimal::from(60)),
                _ => None,
            };
            if seconds.is_some() {
                *seconds_follow = true;
            }
            count(
                OptionId::Length,
                value * Decimal::from(60) + seconds.unwrap_or_default(),
            )
        }
        Counted::Seconds => count(OptionId::Length, value),
        Counted::Days | Counted::Videos => Read::Ignored,
        // `10 pour cent`: the unit's last word ends the percentage.
        Counted::Percent => {
            let last = scan.mark_of[at + 1].map_or(at + 1, |m| scan.last_token_of(m));
            percent(scan, at, last, value)
        }
        Counted::Money(currency) => Read::Money {
            value,
            currency: Some(currency),
            hint: money_hint(scan, at),
        },
    }
}

/// Whether money next to a number reads as a price (`à 49 €`) or an amount.
fn money_hint(scan: &Scan, at: usize) -> Hint {
    let currency_at = |t: usize| scan.money_symbol(t).is_some();
    let start = if currency_at(at.wrapping_sub(1)) {
        at - 1
    } else {
        at
    };
    let after = at + usize::from(currency_at(at + 1));
    let mut next = scan.mark_after(after, 2);
    // `1,000 USD a month`: what follows the currency word.
    if let Some(m) =
        next.filter(|m| matches!(scan.marks[*m].meaning, Meaning::Counted(Counted::Money(_))))
    {
        next = scan.mark_after(scan.last_token_of(m), 2);
    }
    match (scan.cue(scan.mark_before(start, 2)), scan.cue(next)) {
        (Some(Cue::At | Cue::Price), _) | (_, Some(Cue::Product)) => Hint::At,
        _ if matches!(
            next.map(|m| scan.marks[m].meaning),
            Some(Meaning::Period(_))
        ) =>
        {
            Hint::Income
        }
        _ => Hint::Amount,
    }
}

/// Reads every number with the word that qualifies it; each read is given with the
/// token it was read at.
pub(super) fn read_numbers(scan: &mut Scan) -> Vec<(usize, Read)> {
    let mut reads = Vec::new();
    let mut positions = Vec::new();
    let mut last_at = 0;
    let mut seconds_follow = false;
    // A symbol after a number is that number's (`7€ 1000 ventes`): not the next one's.
    let mut used_symbol: Option<usize> = None;
    for at in 0..scan.tokens.len() {
        let Token::Number(number) = &scan.tokens[at] else {
            continue;
        };
        // What the number before this one read was read at its token.
        positions.resize(reads.len(), last_at);
        last_at = at;
        if scan
            .audience
            .as_ref()
            .is_some_and(|a| a.numbers.contains(&at))
        {
            continue;
        }
        if std::mem::take(&mut seconds_follow) {
            continue;
        }
        let number = number.clone();
        if number.clock {
            let (minutes, seconds) = number.text.split_once(':').unwrap_or(("0", "0"));
            let total =
                minutes.parse::<u64>().unwrap_or(0) * 60 + seconds.parse::<u64>().unwrap_or(0);
            reads.push(Read::Option(OptionId::Length, Value::Count(total)));
            continue;
        }
        let Some(value) = value(&number) else {
            reads.push(Read::Unknown(number.text.clone()));
            continue;
        };
        let before = scan
            .money_symbol(at.wrapping_sub(1))
            .filter(|_| used_symbol != Some(at.wrapping_sub(1)));
        let after = scan.money_symbol(at + 1);
        if scan.symbol(at + 1) == Some('%') {
            reads.push(percent(scan, at, at + 1, value));
            used_symbol = Some(at + 1);
            continue;
        }
        if let Some(mut currency) = before.or(after) {
            if before.is_none() {
                used_symbol = Some(at + 1);
            } else {
                scan.used_symbols.push(at - 1);
            }
            if used_symbol == Some(at + 1) {
                scan.used_symbols.push(at + 1);
            }
            // `9.99 CAD`, `$CA`: a word may still say which dollar.
            let symbol_at = if after.is_some() { at + 1 } else { at - 1 };
            if let Some(m) = scan.mark_after(at + usize::from(after.is_some()), 1)
                && let Meaning::Counted(Counted::Money(word)) = scan.marks[m].meaning
            {
                currency = word;
                scan.taken[m] = true;
            } else if scan.symbol(symbol_at) == Some('$') {
                // `350 $ CA`, `$ US`: the country's letters after the dollar sign.
                match scan.word(symbol_at + 1) {
                    Some("ca" | "can") => currency = Tender::Rated(Currency::Cad),
                    Some("us") => currency = Tender::Rated(Currency::Usd),
                    _ => {}
                }
            }
            reads.push(Read::Money {
                value,
                currency: Some(currency),
                hint: money_hint(scan, at),
            });
            continue;
        }
        // `500 US`: dollars.
        if scan.word(at + 1) == Some("us") && scan.mark_of[at + 1].is_none() {
            reads.push(Read::Money {
                value,
                currency: Some(Tender::Rated(Currency::Usd)),
                hint: money_hint(scan, at),
            });
            continue;
        }
        // `R3000`, `RM45`, `KES 1500`: the money's name right before the number.
        if let Some(m) = scan.mark_of.get(at.wrapping_sub(1)).copied().flatten()
            && let Meaning::Counted(Counted::Money(currency)) = scan.marks[m].meaning
            && !scan.taken[m]
            && scan
                .unit(scan.mark_after(at, 2))
                .is_none_or(|u| matches!(u, Counted::Money(_)))
        {
            scan.taken[m] = true;
            reads.push(Read::Money {
                value,
                currency: Some(currency),
                hint: money_hint(scan, at),
            });
            continue;
        }
        // `vues : 750k, abonnés : 22k`: a label before a colon is the number's unit.
        let label = (scan.symbol(at.wrapping_sub(1)) == Some(':'))
            .then(|| scan.mark_before(at, 2))
            .flatten()
            .filter(|m| !scan.taken[*m] && scan.unit(Some(*m)).is_some_and(Counted::is_count));
        let unit = label.or_else(|| {
            // `22k is my follower count`: across glue words.
            let next = scan.mark_after(at, 3)?;
            // `700k monthly views`: the unit after the period.
            let beyond = matches!(scan.marks[next].meaning, Meaning::Period(_))
                .then(|| scan.mark_after(scan.last_token_of(next), 1))
                .flatten()
                .filter(|m| scan.unit(Some(*m)).is_some_and(Counted::is_count));
            beyond.or(Some(next))
        });
        let read = match scan.unit(unit) {
            Some(kind) => {
                if let Some(m) = unit {
                    scan.taken[m] = true;
                }
                with_unit(scan, at, kind, value, &mut seconds_follow)
            }
            None => match bare(scan, at, value) {
                // A word we do not know right after a number that nothing else reads:
                // named back rather than guessed (`3 trucs`).
                Read::Bare {
                    hint: Hint::None, ..
                } if scan.unknown_after(at).is_some() => Read::Unknown(format!(
                    "{} {}",
                    number_text(&number),
                    scan.unknown_after(at).unwrap_or_default()
                )),
                read => read,
            },
        };
        reads.push(read);
    }
    positions.resize(reads.len(), last_at);
    positions.into_iter().zip(reads).collect()
}

fn number_text(number: &Number) -> String {
    match number.factor {
        1 => number.text.clone(),
        1_000 => format!("{}k", number.text),
        1_000_000 => format!("{}M", number.text),
        _ => format!("{}×{}", number.text, number.factor),
    }
}

/// A number with no unit after it: a unit before it (`likes 5000`, `commission 12`), an
/// age (`j'ai 17`), a price (`à 35`), an amount (`3k par mois`), or the command's choice.
fn bare(scan: &mut Scan, at: usize, value: Decimal) -> Read {
    // `likes 5000`, `les vues c'est 300k`, `abonnés j'ai déjà 20k`: a unit before,
    // across glue words.
    let before = scan.mark_before(at, 4);
    // `like 3.4M`, `like 60%`: a filler, not the likes' label (`likes 5000`).
    let filler = before.is_some_and(|m| scan.word(scan.marks[m].at) == Some("like"));
    if let Some(unit) = scan.unit(before).filter(|u| u.is_count())
        && before.is_some_and(|m| !scan.taken[m])
        && !filler
    {
        if let Some(m) = before {
            scan.taken[m] = true;
        }
        let mut unused = false;
        return with_unit(scan, at, unit, value, &mut unused);
    }
    let period = scan.mark_after(at, 2).map(|m| scan.marks[m].meaning);
    if matches!(period, Some(Meaning::Period(_))) {
        return Read::Money {
            value,
            currency: None,
            hint: Hint::Income,
        };
    }
    // An offer's verb a few words before (`wanna give me 600 for a reel`): a price.
    let offered = (1..=4).any(|back| {
        at >= back
            && scan.mark_of[at - back]
                .is_some_and(|m| scan.marks[m].meaning == Meaning::Cue(Cue::Offer))
    });
    let hint = match scan.cue(before) {
        _ if offered => Hint::At,
        Some(Cue::At | Cue::Price) => Hint::At,
        Some(Cue::Age) => Hint::Age,
        Some(Cue::Sell) => Hint::Sales,
        Some(Cue::Commission) => {
            return Read::Percent {
                value,
                role: Some(OptionId::Commission),
            };
        }
        _ => Hint::None,
    };
    Read::Bare { value, hint }
}
