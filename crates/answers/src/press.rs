//! A button's press, carried in the button itself: what to show and the invocation it is
//! about, in a compact, versioned text that fits Discord's `custom_id` (100 characters)
//! and, most of the time, Telegram's `callback_data` (64 bytes). No state is kept: a
//! press works after a restart and on any replica. Decoding checks every value as if
//! typed, so an old or forged press is refused, never read as someone else's data.
//!
//! The form: `1` (the version), the action (`d`, `s`, `w`, `c`), the command's place in the
//! catalogue (base 36), then for each option given, `,`, the option's place (base 36)
//! and its value: counts and cents in base 36, a currency's ISO code after its cents,
//! percentages as decimals, a country's ISO code, a choice's place in its list.

use catalogue::{
    COMMANDS, Choice, Choices, Frequency, Inputs, Invocation, Niche, OPTIONS, Period, Topic, Value,
    ValueKind,
};
use thiserror::Error;
use values::Currency;

use crate::reply::ActionKind;

/// The longest press a button carries: Discord's `custom_id` limit.
pub const MAX_LEN: usize = 100;

/// This format's version: a press of another version has expired.
const VERSION: char = '1';

/// A press that cannot be read: an older version, a changed catalogue, or a forgery.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("this answer has expired")]
pub struct Expired;

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

fn place<T: PartialEq>(items: impl IntoIterator<Item = T>, item: T) -> Option<u64> {
    items.into_iter().position(|i| i == item).map(|i| i as u64)
}

fn action_char(kind: ActionKind) -> char {
    match kind {
        ActionKind::Details => 'd',
        ActionKind::Sources => 's',
        ActionKind::WhatIf => 'w',
        ActionKind::Choose => 'c',
    }
}

/// The press of `kind` about `invocation`, or `None` if it would not fit [`MAX_LEN`].
pub fn encode(kind: ActionKind, invocation: &Invocation) -> Option<String> {
    let command = place(COMMANDS.iter().map(|c| c.id), invocation.command.id)?;
    let mut out = format!("{VERSION}{}{}", action_char(kind), base36(command));
    for (at, spec) in OPTIONS.iter().enumerate() {
        let Some(value) = invocation.inputs.value(spec.id) else {
            continue;
        };
        out.push(',');
        out.push_str(&base36(at as u64));
        match value {
            Value::Count(n) => out.push_str(&base36(n)),
            Value::Percent(p) => out.push_str(&p.0.normalize().to_string()),
            Value::Money(cents, currency) => {
                out.push_str(&base36(u64::try_from(cents).ok()?));
                if let Some(currency) = currency {
                    out.push_str(currency.code());
                }
            }
            Value::Country(country) => out.push_str(country.code),
            Value::Currency(currency) => out.push_str(currency.code()),
            Value::Niche(n) => out.push_str(&base36(place(Niche::TABLE.iter().map(|r| r.0), n)?)),
            Value::Topic(t) => out.push_str(&base36(place(Topic::TABLE.iter().map(|r| r.0), t)?)),
            Value::Period(p) => out.push_str(&base36(place(Period::TABLE.iter().map(|r| r.0), p)?)),
            Value::Frequency(f) => {
                out.push_str(&base36(place(Frequency::TABLE.iter().map(|r| r.0), f)?))
            }
            Value::Command(c) => out.push_str(&base36(place(COMMANDS.iter().map(|c| c.id), c)?)),
            Value::Language(lang) => out.push_str(lang.code()),
            Value::YesNo(yes) => out.push(if yes { '1' } else { '0' }),
            Value::Month(year, month) => out.push_str(&format!("{}-{month}", year?)),
            // `+` separates an audience's countries: `,` separates a press's options.
            Value::Audience(audience) => out.push_str(&audience.written().replace(',', "+")),
        }
    }
    (out.len() <= MAX_LEN).then_some(out)
}

/// The value a press carries, for [`Inputs::put`] to check like any typed value.
fn value(kind: ValueKind, raw: &str) -> Option<Value> {
    let number = |raw: &str| u64::from_str_radix(raw, 36).ok();
    let nth = |len: usize| {
        number(raw)
            .filter(|&i| (i as usize) < len)
            .map(|i| i as usize)
    };
    Some(match kind {
        ValueKind::Count { .. } | ValueKind::Seconds => Value::Count(number(raw)?),
        ValueKind::Percent { .. } => Value::Percent(values::Percent(raw.parse().ok()?)),
        ValueKind::Money => {
            let split = raw
                .find(|c: char| c.is_ascii_uppercase())
                .unwrap_or(raw.len());
            let (digits, code) = raw.split_at(split);
            let currency = match code {
                "" => None,
                code => Some(Currency::from_code(code)?),
            };
            Value::Money(i64::try_from(number(digits)?).ok()?, currency)
        }
        ValueKind::Country => Value::Country(text::Country::parse(raw)?),
        ValueKind::Month => {
            let (year, month) = text::month(raw)?;
            Value::Month(year, month)
        }
        ValueKind::Audience => Value::Audience(text::audience(raw).ok()?),
        ValueKind::Choice(Choices::Currency) => Value::Currency(Currency::from_code(raw)?),
        ValueKind::Choice(Choices::Niche) => Value::Niche(Niche::TABLE[nth(Niche::TABLE.len())?].0),
        ValueKind::Choice(Choices::Topic) => Value::Topic(Topic::TABLE[nth(Topic::TABLE.len())?].0),
        ValueKind::Choice(Choices::Period) => {
            Value::Period(Period::TABLE[nth(Period::TABLE.len())?].0)
        }
        ValueKind::Choice(Choices::Frequency) => {
            Value::Frequency(Frequency::TABLE[nth(Frequency::TABLE.len())?].0)
        }
        ValueKind::Choice(Choices::Command) => Value::Command(COMMANDS[nth(COMMANDS.len())?].id),
        ValueKind::Choice(Choices::Language) => Value::Language(values::Lang::from_locale(raw)?),
        ValueKind::Choice(Choices::YesNo) => match raw {
            "1" => Value::YesNo(true),
            "0" => Value::YesNo(false),
            _ => return None,
        },
    })
}

/// What a press asks for, checked as typed input is.
pub fn decode(data: &str) -> Result<(ActionKind, Invocation), Expired> {
    let mut chunks = data.split(',');
    let head = chunks.next().ok_or(Expired)?;
    let mut chars = head.chars();
    if chars.next() != Some(VERSION) {
        return Err(Expired);
    }
    let kind = match chars.next() {
        Some('d') => ActionKind::Details,
        Some('s') => ActionKind::Sources,
        Some('w') => ActionKind::WhatIf,
        Some('c') => ActionKind::Choose,
        _ => return Err(Expired),
    };
    let command = usize::try_from(u64::from_str_radix(chars.as_str(), 36).map_err(|_| Expired)?)
        .ok()
        .and_then(|i| COMMANDS.get(i))
        .ok_or(Expired)?;
    let mut inputs = Inputs::default();
    for chunk in chunks {
        let code = chunk.get(..1).ok_or(Expired)?;
        let spec = usize::from_str_radix(code, 36)
            .ok()
            .and_then(|i| OPTIONS.get(i))
            .filter(|spec| command.options.contains(&spec.id))
            .ok_or(Expired)?;
        let value = value(spec.kind, &chunk[1..]).ok_or(Expired)?;
        inputs.put(spec, value).map_err(|_| Expired)?;
    }
    Ok((
        kind,
        Invocation {
            command,
            inputs,
            asked: None,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invocation(text: &str) -> Invocation {
        match reader::parse(text) {
            Ok(catalogue::Parsed::Command(invocation)) => *invocation,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn a_press_carries_its_invocation_whole() {
        for text in [
            "/gains vues:1000000",
            "/gains vues:1,5M abonnes:120000 engagement:6,5 pays:FR niche:beaute pieces:10000 prix:49,90€ commission:10 ventes:30",
            "/partenariat 100k niche:finance devise:CHF",
            "/objectif 2000$ pays:US",
            "/projection 50000 croissance:-20 mois:4",
            "/projection abonnes:2000 croissance:15 cible:10000",
            "/net 30000 periode:an",
            "/faq sujet:impots",
        ] {
            let sent = invocation(text);
            let data = encode(ActionKind::Details, &sent).expect(text);
            assert!(data.len() <= MAX_LEN, "{text}: {data}");
            let (kind, got) = decode(&data).expect(&data);
            assert_eq!(kind, ActionKind::Details);
            assert_eq!(got.command.id, sent.command.id, "{text}");
            assert_eq!(got.inputs, sent.inputs, "{text}: {data}");
        }
    }

    #[test]
    fn the_common_press_fits_telegram() {
        let data = encode(
            ActionKind::WhatIf,
            &invocation("/gains vues:1000000 abonnes:8000 pays:FR"),
        )
        .unwrap();
        assert!(data.len() <= 64, "{data}");
    }

    #[test]
    fn an_old_forged_or_broken_press_has_expired() {
        for data in [
            "",
            "0d0",
            "2d0,01",
            "1x0",
            "1dzz",
            "1d0,zz5",
            "1d0,0",
            "1d0,0-5",
            "1d0,0zzzzzzzzzzzzzzzzzzzzzz",
            "1d0,3XX",
            "1d0,aBAD",
            "1d0,6999",
            "1dé",
            "1d0,,",
        ] {
            assert_eq!(decode(data).map(|_| ()), Err(Expired), "{data:?}");
        }
    }
}
