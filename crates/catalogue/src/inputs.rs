//! The creator's numbers for one command, typed, and the errors a bad one gets.

use rust_decimal::Decimal;
use thiserror::Error;

use text::{Audience, AudienceError, Country, ValueProblem, fold};
use values::{Currency, Lang, Percent};

use crate::choices::{Choice, Frequency, Niche, Period, Topic};
use crate::commands::{Choices, CommandId, OptionId, OptionSpec, ValueKind, find_command};
use crate::profile::Paid;

/// A user-facing input error: each variant becomes a localized message that names the
/// option and shows an accepted form.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum InputError {
    #[error("unknown command {0:?}")]
    UnknownCommand(String),
    #[error("{command:?} has no option {name:?}")]
    UnknownOption { command: CommandId, name: String },
    #[error("option {option:?} given twice")]
    Repeated { option: OptionId },
    #[error("{command:?} takes no bare value, got {value:?}")]
    UnexpectedValue { command: CommandId, value: String },
    #[error("bad value {value:?} for {option:?}: {problem}")]
    BadValue {
        option: OptionId,
        value: String,
        problem: ValueProblem,
    },
    #[error("{command:?} needs {option:?}")]
    Missing {
        command: CommandId,
        option: OptionId,
    },
    #[error("{option:?} ({value}) is more than {limit:?} ({limit_value})")]
    Exceeds {
        option: OptionId,
        value: u64,
        limit: OptionId,
        limit_value: u64,
    },
    #[error("{interactions} interactions for {views} views is over 100 % engagement")]
    OverFullEngagement { interactions: u64, views: u64 },
    /// A message or an option longer than anyone types: refused before it is read.
    #[error("more than {limit} characters")]
    TooLong { limit: usize },
    /// More views in a month than the platform has viewers (`cited`: who says so).
    #[error("{option:?} ({value}) is more than TikTok's {audience} monthly users")]
    BeyondAudience {
        option: OptionId,
        value: u64,
        audience: u64,
        cited: String,
    },
    /// The figures given multiply past any amount that can be counted.
    #[error("the amounts multiply past what can be counted")]
    Overflow,
}

/// Longest slice of a bad value echoed back to the user.
const ECHO_LIMIT: usize = 40;

/// What a user typed, as a reply quotes it back: trimmed, and cut with `…` past
/// [`ECHO_LIMIT`] characters.
pub fn echo(text: &str) -> String {
    let trimmed = text.trim();
    match trimmed.char_indices().nth(ECHO_LIMIT) {
        Some((cut, _)) => format!("{}…", &trimmed[..cut]),
        None => trimmed.to_owned(),
    }
}

/// Everything a command may be given; `None` means not given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inputs {
    pub views: Option<u64>,
    pub followers: Option<u64>,
    pub engagement: Option<Percent>,
    pub country: Option<&'static Country>,
    pub niche: Option<Niche>,
    pub currency: Option<Currency>,
    pub age: Option<u64>,
    pub length: Option<u64>,
    pub coins: Option<u64>,
    pub diamonds: Option<u64>,
    /// Price in cents, with the currency it was written in, if any.
    pub price: Option<(i64, Option<Currency>)>,
    pub conversion: Option<Percent>,
    pub commission: Option<Percent>,
    pub sales: Option<u64>,
    pub amount: Option<(i64, Option<Currency>)>,
    pub months: Option<u64>,
    pub growth: Option<Percent>,
    pub likes: Option<u64>,
    pub comments: Option<u64>,
    pub shares: Option<u64>,
    pub saves: Option<u64>,
    pub topic: Option<Topic>,
    pub command: Option<CommandId>,
    pub views30d: Option<u64>,
    pub language: Option<Lang>,
    pub confirm: Option<bool>,
    /// A result card was asked for (`carte:oui`).
    pub card: Option<bool>,
    /// What `amount` is counted over.
    pub period: Option<Period>,
    /// A month, and its year when written (`/paiement date:octobre`).
    pub date: Option<(Option<i32>, u32)>,
    /// Where the viewers are, by country.
    pub audience: Option<Audience>,
    /// Whether the bot answers messages that mention it (a community's setting).
    pub mentions: Option<bool>,
    /// Whether the bot answers questions without a mention where `/config` is typed.
    pub unprompted: Option<bool>,
    /// How often to be reminded (`/rappel mensuel`).
    pub frequency: Option<Frequency>,
    /// The followers (or, without followers, the views) a projection asks how long to reach.
    pub target: Option<u64>,
    /// The creator's saved payouts, for the estimate to lead with their own rate: not an
    /// option, filled by the service from what they recorded.
    pub paid: Option<Paid>,
}

/// Every option given, keyed by its English name, as `ask --json` shows them: counts,
/// ages, lengths (seconds) and months as integers, percentages as numbers, money as
/// `{"cents": 4900, "currency": "EUR"}`, a country as its ISO code, choices as their ids.
impl serde::Serialize for Inputs {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::commands::OPTIONS;
        use serde::ser::SerializeMap;
        #[derive(serde::Serialize)]
        struct Amount {
            cents: i64,
            currency: Option<Currency>,
        }
        let percent = |p: &Percent| p.0.to_string().parse::<f64>().unwrap_or_default();
        let mut map = serializer.serialize_map(None)?;
        for spec in OPTIONS.iter().filter(|o| self.is_set(o.id)) {
            let key = spec.en;
            use OptionId as O;
            match spec.id {
                O::Views => map.serialize_entry(key, &self.views)?,
                O::Followers => map.serialize_entry(key, &self.followers)?,
                O::Age => map.serialize_entry(key, &self.age)?,
                O::Length => map.serialize_entry(key, &self.length)?,
                O::Coins => map.serialize_entry(key, &self.coins)?,
                O::Diamonds => map.serialize_entry(key, &self.diamonds)?,
                O::Sales => map.serialize_entry(key, &self.sales)?,
                O::Months => map.serialize_entry(key, &self.months)?,
                O::Likes => map.serialize_entry(key, &self.likes)?,
                O::Comments => map.serialize_entry(key, &self.comments)?,
                O::Shares => map.serialize_entry(key, &self.shares)?,
                O::Saves => map.serialize_entry(key, &self.saves)?,
                O::Views30d => map.serialize_entry(key, &self.views30d)?,
                O::Target => map.serialize_entry(key, &self.target)?,
                O::Engagement => {
                    map.serialize_entry(key, &self.engagement.as_ref().map(percent))?
                }
                O::Conversion => {
                    map.serialize_entry(key, &self.conversion.as_ref().map(percent))?
                }
                O::Commission => {
                    map.serialize_entry(key, &self.commission.as_ref().map(percent))?
                }
                O::Growth => map.serialize_entry(key, &self.growth.as_ref().map(percent))?,
                O::Price => map.serialize_entry(
                    key,
                    &self
                        .price
                        .map(|(cents, currency)| Amount { cents, currency }),
                )?,
                O::Amount => map.serialize_entry(
                    key,
                    &self
                        .amount
                        .map(|(cents, currency)| Amount { cents, currency }),
                )?,
                O::Country => map.serialize_entry(key, &self.country.map(|c| c.code))?,
                O::Niche => map.serialize_entry(key, &self.niche.map(Niche::id))?,
                O::Currency => map.serialize_entry(key, &self.currency)?,
                O::Topic => map.serialize_entry(key, &self.topic.map(Topic::id))?,
                O::Command => {
                    map.serialize_entry(key, &self.command.map(|c| crate::commands::command(c).en))?
                }
                O::Language => map.serialize_entry(key, &self.language.map(Lang::code))?,
                O::Confirm => map.serialize_entry(key, &self.confirm)?,
                O::Card => map.serialize_entry(key, &self.card)?,
                O::Period => map.serialize_entry(key, &self.period.map(|p| p.name(Lang::En)))?,
                O::Audience => map.serialize_entry(key, &self.audience.map(|a| a.written()))?,
                O::Mentions => map.serialize_entry(key, &self.mentions)?,
                O::Unprompted => map.serialize_entry(key, &self.unprompted)?,
                O::Frequency => {
                    map.serialize_entry(key, &self.frequency.map(|f| f.name(Lang::En)))?
                }
                O::Date => map.serialize_entry(
                    key,
                    &self.date.map(|(year, month)| match year {
                        Some(year) => format!("{year}-{month:02}"),
                        None => format!("{month:02}"),
                    }),
                )?,
            }
        }
        map.end()
    }
}

/// One option's value, typed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    Count(u64),
    Percent(Percent),
    Money(i64, Option<Currency>),
    Country(&'static Country),
    Currency(Currency),
    Niche(Niche),
    Topic(Topic),
    Command(CommandId),
    Language(Lang),
    YesNo(bool),
    Period(Period),
    Frequency(Frequency),
    Month(Option<i32>, u32),
    Audience(Audience),
}

impl Value {
    /// The value as it is typed after `option:` (`2000000`, `49.90EUR`, `MA`, `cuisine`),
    /// which [`Inputs::set`] reads back as the same value.
    pub fn written(&self, lang: Lang) -> String {
        match *self {
            Value::Count(n) => n.to_string(),
            Value::Percent(p) => p.0.normalize().to_string(),
            Value::Money(cents, currency) => {
                let sign = if cents < 0 { "-" } else { "" };
                let (whole, rest) = (cents.unsigned_abs() / 100, cents.unsigned_abs() % 100);
                let mut text = if rest == 0 {
                    format!("{sign}{whole}")
                } else {
                    format!("{sign}{whole}.{rest:02}")
                };
                if let Some(currency) = currency {
                    text.push_str(currency.code());
                }
                text
            }
            Value::Country(country) => country.code.to_owned(),
            Value::Currency(currency) => currency.code().to_owned(),
            Value::Niche(niche) => niche.name(lang).to_owned(),
            Value::Topic(topic) => topic.name(lang).to_owned(),
            Value::Period(period) => period.name(lang).to_owned(),
            Value::Frequency(frequency) => frequency.name(lang).to_owned(),
            Value::Command(command) => crate::commands::command(command).name(lang).to_owned(),
            Value::Language(language) => language.code().to_owned(),
            Value::YesNo(yes) => match (yes, lang) {
                (true, Lang::Fr) => "oui",
                (false, Lang::Fr) => "non",
                (true, Lang::En) => "yes",
                (false, Lang::En) => "no",
            }
            .to_owned(),
            Value::Month(Some(year), month) => format!("{year}-{month:02}"),
            Value::Month(None, month) => text::month_word(month, lang).to_owned(),
            Value::Audience(audience) => audience.written(),
        }
    }
}

/// The part of a value to name back when it is refused, if not the whole of it: the
/// country an audience names that we do not know, the part that gives no share.
fn culprit(spec: &OptionSpec, text: &str) -> Option<String> {
    if spec.kind != ValueKind::Audience {
        return None;
    }
    match text::audience(text) {
        Err(AudienceError::UnknownCountry(part) | AudienceError::NoShare(part)) => Some(part),
        Err(AudienceError::Repeated(country)) => Some(country.code.to_owned()),
        _ => None,
    }
}

/// `oui`/`yes` or `non`/`no`, in either language.
fn yes_or_no(text: &str) -> Option<bool> {
    match fold(text).as_str() {
        "oui" | "o" | "yes" | "y" | "true" | "1" => Some(true),
        "non" | "n" | "no" | "false" | "0" => Some(false),
        _ => None,
    }
}

/// The most money any option accepts: a billion in either currency, in cents.
const MAX_MONEY_CENTS: i64 = 100_000_000_000;
/// The longest video TikTok accepts is an hour.
const MAX_SECONDS: u64 = 3600;

/// A number too long to read is over the option's maximum: say that one, not `u64::MAX`.
fn cap(max: u64) -> impl Fn(ValueProblem) -> ValueProblem {
    move |problem| match problem {
        ValueProblem::TooLarge { .. } => ValueProblem::TooLarge { max },
        other => other,
    }
}

/// Whether a typed value fits the option: its kind, and the bounds typed text is held to.
fn check(spec: &OptionSpec, value: Value) -> Result<Value, ValueProblem> {
    match (spec.kind, value) {
        (ValueKind::Count { min, max }, Value::Count(n)) => {
            if n < min {
                Err(ValueProblem::TooSmall { min })
            } else if n > max {
                Err(ValueProblem::TooLarge { max })
            } else {
                Ok(value)
            }
        }
        (ValueKind::Seconds, Value::Count(s)) => match s {
            0 => Err(ValueProblem::TooSmall { min: 1 }),
            s if s > MAX_SECONDS => Err(ValueProblem::TooLarge { max: MAX_SECONDS }),
            _ => Ok(value),
        },
        (ValueKind::Percent { decline, max }, Value::Percent(Percent(p))) => {
            if p > Decimal::from(max) {
                Err(ValueProblem::TooLarge {
                    max: u64::from(max),
                })
            } else if p < -Decimal::from(decline) {
                Err(ValueProblem::FallTooSteep {
                    max: u64::from(decline),
                })
            } else {
                Ok(Value::Percent(Percent(p.normalize())))
            }
        }
        (ValueKind::Money, Value::Money(cents, _)) => {
            if cents <= 0 {
                Err(ValueProblem::Zero)
            } else if cents > MAX_MONEY_CENTS {
                Err(ValueProblem::TooLarge {
                    max: (MAX_MONEY_CENTS / 100) as u64,
                })
            } else {
                Ok(value)
            }
        }
        (ValueKind::Country, Value::Country(_))
        | (ValueKind::Audience, Value::Audience(_))
        | (ValueKind::Month, Value::Month(..))
        | (ValueKind::Choice(Choices::Currency), Value::Currency(_))
        | (ValueKind::Choice(Choices::Niche), Value::Niche(_))
        | (ValueKind::Choice(Choices::Topic), Value::Topic(_))
        | (ValueKind::Choice(Choices::Language), Value::Language(_))
        | (ValueKind::Choice(Choices::Period), Value::Period(_))
        | (ValueKind::Choice(Choices::Frequency), Value::Frequency(_))
        | (ValueKind::Choice(Choices::YesNo), Value::YesNo(_))
        | (ValueKind::Choice(Choices::Command), Value::Command(_)) => Ok(value),
        // A value of another kind than the option's: nothing a user typed.
        _ => Err(ValueProblem::NotANumber),
    }
}

fn parse_value(spec: &OptionSpec, text: &str) -> Result<Value, ValueProblem> {
    match spec.kind {
        ValueKind::Count { max, .. } => {
            check(spec, Value::Count(text::count(text).map_err(cap(max))?))
        }
        ValueKind::Seconds => check(
            spec,
            Value::Count(text::seconds(text).map_err(cap(MAX_SECONDS))?),
        ),
        ValueKind::Percent { decline, .. } => {
            let trimmed = text.trim_start();
            let falling = decline > 0 && trimmed.starts_with(['-', '−', '–']);
            let p = if falling {
                -text::percent(&trimmed[trimmed.chars().next().map_or(0, char::len_utf8)..])?
            } else {
                text::percent(text)?
            };
            check(spec, Value::Percent(Percent(p)))
        }
        ValueKind::Money => {
            let (cents, currency) = text::money(text).map_err(cap(MAX_MONEY_CENTS as u64 / 100))?;
            check(spec, Value::Money(cents, currency))
        }
        ValueKind::Country => Country::parse(text)
            .map(Value::Country)
            .ok_or(ValueProblem::UnknownCountry),
        ValueKind::Audience => {
            text::audience(text)
                .map(Value::Audience)
                .map_err(|error| match error {
                    AudienceError::Empty => ValueProblem::Empty,
                    AudienceError::Sum(sum) => ValueProblem::SharesSum {
                        sum: u64::from(sum),
                    },
                    AudienceError::TooMany => ValueProblem::TooLarge {
                        max: text::MAX_COUNTRIES as u64,
                    },
                    AudienceError::UnknownCountry(_) => ValueProblem::UnknownCountry,
                    AudienceError::NoShare(_) | AudienceError::Repeated(_) => {
                        ValueProblem::NotANumber
                    }
                })
        }
        ValueKind::Month => text::month(text)
            .map(|(year, month)| Value::Month(year, month))
            .ok_or(ValueProblem::NotANumber),
        ValueKind::Choice(Choices::Currency) => text::currency(text)
            .map(Value::Currency)
            .ok_or(ValueProblem::UnknownChoice),
        ValueKind::Choice(Choices::Niche) => Niche::parse(text)
            .map(Value::Niche)
            .ok_or(ValueProblem::UnknownChoice),
        ValueKind::Choice(Choices::Topic) => Topic::parse(text)
            .map(Value::Topic)
            .ok_or(ValueProblem::UnknownChoice),
        ValueKind::Choice(Choices::Language) => Lang::from_locale(text)
            .map(Value::Language)
            .ok_or(ValueProblem::UnknownChoice),
        ValueKind::Choice(Choices::Period) => Period::parse(text)
            .map(Value::Period)
            .ok_or(ValueProblem::UnknownChoice),
        ValueKind::Choice(Choices::Frequency) => Frequency::parse(text)
            .map(Value::Frequency)
            .ok_or(ValueProblem::UnknownChoice),
        ValueKind::Choice(Choices::YesNo) => yes_or_no(text)
            .map(Value::YesNo)
            .ok_or(ValueProblem::UnknownChoice),
        ValueKind::Choice(Choices::Command) => find_command(text.trim().trim_start_matches('/'))
            .map(|c| Value::Command(c.id))
            .ok_or(ValueProblem::UnknownChoice),
    }
}

impl Inputs {
    /// Parses `text` as the value of `spec` and stores it; a repeat or a bad value is refused.
    pub fn set(&mut self, spec: &OptionSpec, text: &str) -> Result<(), InputError> {
        if self.is_set(spec.id) {
            return Err(InputError::Repeated { option: spec.id });
        }
        let value = if text.trim().is_empty() {
            Err(ValueProblem::Empty)
        } else {
            parse_value(spec, text)
        }
        .map_err(|problem| InputError::BadValue {
            option: spec.id,
            value: echo(culprit(spec, text).as_deref().unwrap_or(text)),
            problem,
        })?;
        self.store(spec.id, value);
        Ok(())
    }

    /// Stores a value already typed (by the question reader), held to the same bounds as
    /// typed text; a repeat or a value out of bounds is refused.
    pub fn put(&mut self, spec: &OptionSpec, value: Value) -> Result<(), InputError> {
        if self.is_set(spec.id) {
            return Err(InputError::Repeated { option: spec.id });
        }
        let value = check(spec, value).map_err(|problem| InputError::BadValue {
            option: spec.id,
            value: echo(&value.written(Lang::En)),
            problem,
        })?;
        self.store(spec.id, value);
        Ok(())
    }

    /// An option's value, if given: what [`Inputs::set`] stored.
    pub fn value(&self, id: OptionId) -> Option<Value> {
        use OptionId as O;
        let count = |n: Option<u64>| n.map(Value::Count);
        let percent = |p: Option<Percent>| p.map(Value::Percent);
        let money = |m: Option<(i64, Option<Currency>)>| m.map(|(c, cur)| Value::Money(c, cur));
        match id {
            O::Views => count(self.views),
            O::Followers => count(self.followers),
            O::Age => count(self.age),
            O::Length => count(self.length),
            O::Coins => count(self.coins),
            O::Diamonds => count(self.diamonds),
            O::Sales => count(self.sales),
            O::Months => count(self.months),
            O::Likes => count(self.likes),
            O::Comments => count(self.comments),
            O::Shares => count(self.shares),
            O::Saves => count(self.saves),
            O::Views30d => count(self.views30d),
            O::Target => count(self.target),
            O::Engagement => percent(self.engagement),
            O::Conversion => percent(self.conversion),
            O::Commission => percent(self.commission),
            O::Growth => percent(self.growth),
            O::Price => money(self.price),
            O::Amount => money(self.amount),
            O::Country => self.country.map(Value::Country),
            O::Currency => self.currency.map(Value::Currency),
            O::Niche => self.niche.map(Value::Niche),
            O::Topic => self.topic.map(Value::Topic),
            O::Command => self.command.map(Value::Command),
            O::Language => self.language.map(Value::Language),
            O::Confirm => self.confirm.map(Value::YesNo),
            O::Card => self.card.map(Value::YesNo),
            O::Period => self.period.map(Value::Period),
            O::Date => self.date.map(|(year, month)| Value::Month(year, month)),
            O::Audience => self.audience.map(Value::Audience),
            O::Mentions => self.mentions.map(Value::YesNo),
            O::Unprompted => self.unprompted.map(Value::YesNo),
            O::Frequency => self.frequency.map(Value::Frequency),
        }
    }

    fn store(&mut self, id: OptionId, value: Value) {
        use OptionId as O;
        match (id, value) {
            (O::Views, Value::Count(n)) => self.views = Some(n),
            (O::Followers, Value::Count(n)) => self.followers = Some(n),
            (O::Age, Value::Count(n)) => self.age = Some(n),
            (O::Length, Value::Count(n)) => self.length = Some(n),
            (O::Coins, Value::Count(n)) => self.coins = Some(n),
            (O::Diamonds, Value::Count(n)) => self.diamonds = Some(n),
            (O::Sales, Value::Count(n)) => self.sales = Some(n),
            (O::Months, Value::Count(n)) => self.months = Some(n),
            (O::Likes, Value::Count(n)) => self.likes = Some(n),
            (O::Comments, Value::Count(n)) => self.comments = Some(n),
            (O::Shares, Value::Count(n)) => self.shares = Some(n),
            (O::Saves, Value::Count(n)) => self.saves = Some(n),
            (O::Engagement, Value::Percent(p)) => self.engagement = Some(p),
            (O::Conversion, Value::Percent(p)) => self.conversion = Some(p),
            (O::Commission, Value::Percent(p)) => self.commission = Some(p),
            (O::Growth, Value::Percent(p)) => self.growth = Some(p),
            (O::Price, Value::Money(c, cur)) => self.price = Some((c, cur)),
            (O::Amount, Value::Money(c, cur)) => self.amount = Some((c, cur)),
            (O::Country, Value::Country(c)) => self.country = Some(c),
            (O::Currency, Value::Currency(c)) => self.currency = Some(c),
            (O::Niche, Value::Niche(n)) => self.niche = Some(n),
            (O::Topic, Value::Topic(t)) => self.topic = Some(t),
            (O::Command, Value::Command(c)) => self.command = Some(c),
            (O::Views30d, Value::Count(n)) => self.views30d = Some(n),
            (O::Target, Value::Count(n)) => self.target = Some(n),
            (O::Language, Value::Language(l)) => self.language = Some(l),
            (O::Confirm, Value::YesNo(b)) => self.confirm = Some(b),
            (O::Card, Value::YesNo(b)) => self.card = Some(b),
            (O::Period, Value::Period(p)) => self.period = Some(p),
            (O::Date, Value::Month(year, month)) => self.date = Some((year, month)),
            (O::Audience, Value::Audience(a)) => self.audience = Some(a),
            (O::Mentions, Value::YesNo(b)) => self.mentions = Some(b),
            (O::Unprompted, Value::YesNo(b)) => self.unprompted = Some(b),
            (O::Frequency, Value::Frequency(f)) => self.frequency = Some(f),
            (id, value) => {
                unreachable!("the catalogue gives {id:?} a kind that parses to {value:?}")
            }
        }
    }

    /// Likes, comments, shares and saves together.
    pub fn interactions(&self) -> u64 {
        [self.likes, self.comments, self.shares, self.saves]
            .iter()
            .map(|v| v.unwrap_or(0))
            .fold(0, u64::saturating_add)
    }

    /// Refuses what cannot be: a count of likes, comments, shares or saves above the
    /// views, or more interactions than views (an engagement over 100 %).
    pub fn check(&self) -> Result<(), InputError> {
        let Some(views) = self.views else {
            return Ok(());
        };
        for (option, value) in [
            (OptionId::Likes, self.likes),
            (OptionId::Comments, self.comments),
            (OptionId::Shares, self.shares),
            (OptionId::Saves, self.saves),
        ] {
            if let Some(value) = value.filter(|v| *v > views) {
                return Err(InputError::Exceeds {
                    option,
                    value,
                    limit: OptionId::Views,
                    limit_value: views,
                });
            }
        }
        let interactions = self.interactions();
        if interactions > views {
            return Err(InputError::OverFullEngagement {
                interactions,
                views,
            });
        }
        Ok(())
    }

    /// Whether an option has a value.
    pub fn is_set(&self, id: OptionId) -> bool {
        use OptionId as O;
        match id {
            O::Views => self.views.is_some(),
            O::Followers => self.followers.is_some(),
            O::Engagement => self.engagement.is_some(),
            O::Country => self.country.is_some(),
            O::Niche => self.niche.is_some(),
            O::Currency => self.currency.is_some(),
            O::Age => self.age.is_some(),
            O::Length => self.length.is_some(),
            O::Coins => self.coins.is_some(),
            O::Diamonds => self.diamonds.is_some(),
            O::Price => self.price.is_some(),
            O::Conversion => self.conversion.is_some(),
            O::Commission => self.commission.is_some(),
            O::Sales => self.sales.is_some(),
            O::Amount => self.amount.is_some(),
            O::Months => self.months.is_some(),
            O::Growth => self.growth.is_some(),
            O::Likes => self.likes.is_some(),
            O::Comments => self.comments.is_some(),
            O::Shares => self.shares.is_some(),
            O::Saves => self.saves.is_some(),
            O::Topic => self.topic.is_some(),
            O::Command => self.command.is_some(),
            O::Views30d => self.views30d.is_some(),
            O::Language => self.language.is_some(),
            O::Confirm => self.confirm.is_some(),
            O::Card => self.card.is_some(),
            O::Period => self.period.is_some(),
            O::Date => self.date.is_some(),
            O::Audience => self.audience.is_some(),
            O::Mentions => self.mentions.is_some(),
            O::Unprompted => self.unprompted.is_some(),
            O::Frequency => self.frequency.is_some(),
            O::Target => self.target.is_some(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::OPTIONS;

    /// What the reader hands over as a typed value is written back, for the command a
    /// reply offers, as text that reads as the same value.
    #[test]
    fn every_value_is_written_as_text_that_reads_back_as_itself() {
        let extra = [
            (OptionId::Price, "49,90 €"),
            (OptionId::Amount, "2k"),
            (OptionId::Growth, "-5"),
            (OptionId::Date, "octobre"),
            (OptionId::Date, "2026-10"),
            (OptionId::Niche, "cuisine"),
            (OptionId::Audience, "FR60,US40"),
        ];
        let examples = OPTIONS.iter().map(|o| (o.id, o.example)).chain(extra);
        for (id, example) in examples {
            let spec = crate::commands::option(id);
            let mut typed = Inputs::default();
            typed.set(spec, example).unwrap();
            let value = typed.value(id).unwrap();
            for lang in [Lang::Fr, Lang::En] {
                let mut read = Inputs::default();
                read.set(spec, &value.written(lang)).unwrap();
                assert_eq!(read.value(id), Some(value), "{id:?} {example} {lang:?}");
                let mut put = Inputs::default();
                put.put(spec, value).unwrap();
                assert_eq!(put.value(id), Some(value));
            }
        }
    }

    #[test]
    fn a_typed_value_is_held_to_the_bounds_of_typed_text() {
        let age = crate::commands::option(OptionId::Age);
        assert!(matches!(
            Inputs::default().put(age, Value::Count(500)),
            Err(InputError::BadValue {
                problem: ValueProblem::TooLarge { max: 120 },
                ..
            })
        ));
        let price = crate::commands::option(OptionId::Price);
        assert!(matches!(
            Inputs::default().put(price, Value::Count(5)),
            Err(InputError::BadValue { .. })
        ));
    }
}
