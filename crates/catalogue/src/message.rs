//! Messages as the code names them: [`MessageId`] for one message of `locales/`, [`Msg`]
//! for a message with its arguments. The ids are generated from the Fluent files
//! ([`crate::msg`]); the words stay in the files, worded by the answers.

use std::borrow::Cow;

use rust_decimal::Decimal;
use smallvec::SmallVec;
use values::{Currency, Money, Percent};

/// One message of `locales/`: its id and the variables it takes. Only the generated
/// constants of [`crate::msg`] make one, so every id the code holds exists in both
/// languages. A message with arguments is a struct whose fields are its arguments:
///
/// ```
/// use catalogue::{Arg, msg};
/// let title = msg::TitleNet { gross: Arg::Count(1), per: Arg::Text("".into()) };
/// assert_eq!(msg::NET_CAVEAT.id(), "net-caveat");
/// ```
///
/// A misspelled id does not compile:
///
/// ```compile_fail
/// let _ = catalogue::msg::NET_CAVEATS;
/// ```
///
/// nor an argument the message does not take:
///
/// ```compile_fail
/// use catalogue::{Arg, msg};
/// let title = msg::TitleNet { gross: Arg::Count(1), per: Arg::Text("".into()), extra: Arg::Count(2) };
/// ```
///
/// nor one it takes, left out:
///
/// ```compile_fail
/// use catalogue::{Arg, msg};
/// let title = msg::TitleNet { gross: Arg::Count(1) };
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MessageId {
    id: &'static str,
    variables: &'static [&'static str],
}

impl MessageId {
    pub(crate) const fn new(id: &'static str, variables: &'static [&'static str]) -> MessageId {
        MessageId { id, variables }
    }

    /// The Fluent id (`title-net`).
    pub const fn id(self) -> &'static str {
        self.id
    }

    /// The arguments the message takes, sorted.
    pub const fn variables(self) -> &'static [&'static str] {
        self.variables
    }

    /// The message a data file names (a claim's `claim-…`, a region's `region-…`):
    /// looked up once, when the file is loaded, and refused there if absent.
    pub fn find(id: &str) -> Option<MessageId> {
        crate::msg::ALL
            .binary_search_by(|m| m.id.cmp(id))
            .ok()
            .map(|i| crate::msg::ALL[i])
    }
}

/// One argument, kept typed until the reply's language is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg<'a> {
    /// Stays a number so plurals can select on it.
    Count(u64),
    /// An exact non-integer number (a rate, a ratio), written like counts.
    Decimal(Decimal),
    Money(Money),
    /// A price finer than a cent (`0,005 $US` a diamond).
    Price(Decimal, Currency),
    Percent(Percent),
    Text(Cow<'a, str>),
}

impl From<u64> for Arg<'_> {
    fn from(n: u64) -> Self {
        Arg::Count(n)
    }
}

impl From<Decimal> for Arg<'_> {
    fn from(d: Decimal) -> Self {
        Arg::Decimal(d)
    }
}

impl From<Money> for Arg<'_> {
    fn from(m: Money) -> Self {
        Arg::Money(m)
    }
}

impl From<(Decimal, Currency)> for Arg<'_> {
    fn from((units, currency): (Decimal, Currency)) -> Self {
        Arg::Price(units, currency)
    }
}

impl From<Percent> for Arg<'_> {
    fn from(p: Percent) -> Self {
        Arg::Percent(p)
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(t: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(t))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(t: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(t.as_str()))
    }
}

impl From<String> for Arg<'_> {
    fn from(t: String) -> Self {
        Arg::Text(Cow::Owned(t))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(t: Cow<'a, str>) -> Self {
        Arg::Text(t)
    }
}

/// A message with its arguments, ready to be worded in either language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg<'a> {
    pub id: MessageId,
    pub args: SmallVec<[(&'static str, Arg<'a>); 4]>,
}

impl<'a> Msg<'a> {
    pub(crate) fn of<const N: usize>(id: MessageId, args: [(&'static str, Arg<'a>); N]) -> Msg<'a> {
        Msg {
            id,
            args: args.into_iter().collect(),
        }
    }

    /// A message a data file names, with arguments the file gives: the loader checks
    /// them against [`MessageId::variables`].
    pub fn dynamic(
        id: MessageId,
        args: impl IntoIterator<Item = (&'static str, Arg<'a>)>,
    ) -> Msg<'a> {
        Msg {
            id,
            args: args.into_iter().collect(),
        }
    }
}

impl From<MessageId> for Msg<'_> {
    fn from(id: MessageId) -> Self {
        Msg {
            id,
            args: SmallVec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_generated_message_is_found_by_its_id() {
        for message in crate::msg::ALL {
            assert_eq!(MessageId::find(message.id()), Some(*message));
        }
        assert_eq!(MessageId::find("no-such-message"), None);
        assert_eq!(crate::msg::NET_CAVEAT.id(), "net-caveat");
    }
}
