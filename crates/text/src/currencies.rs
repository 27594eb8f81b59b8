//! Currencies as people write them: ISO codes, symbols and words, in French and English
//! (`EUR`, `€`, `euros`, `balles`, `$`, `bucks`, `francs suisses`, `FCFA`, `dirhams`).
//! One table: the option parser reads marks glued to amounts (`49€`, `$49`), the
//! question reader the words between them.

use values::Currency;

use crate::fold::fold_char;

/// Every accepted spelling, lowercase and without accents; `$` alone is the US dollar.
const SPELLINGS: &[(&str, Currency)] = &[
    ("eur", Currency::Eur),
    ("€", Currency::Eur),
    ("euro", Currency::Eur),
    ("euros", Currency::Eur),
    ("balles", Currency::Eur),
    ("usd", Currency::Usd),
    ("$", Currency::Usd),
    ("us$", Currency::Usd),
    ("$us", Currency::Usd),
    ("dollar", Currency::Usd),
    ("dollars", Currency::Usd),
    ("bucks", Currency::Usd),
    ("dollars americains", Currency::Usd),
    ("us dollars", Currency::Usd),
    ("cad", Currency::Cad),
    ("ca$", Currency::Cad),
    ("$ca", Currency::Cad),
    ("c$", Currency::Cad),
    ("dollar canadien", Currency::Cad),
    ("dollars canadiens", Currency::Cad),
    ("canadian dollars", Currency::Cad),
    ("piasse", Currency::Cad),
    ("piasses", Currency::Cad),
    ("chf", Currency::Chf),
    ("fr.", Currency::Chf),
    ("sfr", Currency::Chf),
    ("franc suisse", Currency::Chf),
    ("francs suisses", Currency::Chf),
    ("swiss francs", Currency::Chf),
    ("gbp", Currency::Gbp),
    ("£", Currency::Gbp),
    ("pound", Currency::Gbp),
    ("pounds", Currency::Gbp),
    ("livre", Currency::Gbp),
    ("livres", Currency::Gbp),
    ("livres sterling", Currency::Gbp),
    ("quid", Currency::Gbp),
    ("xof", Currency::Xof),
    ("fcfa", Currency::Xof),
    ("cfa", Currency::Xof),
    ("f cfa", Currency::Xof),
    ("franc cfa", Currency::Xof),
    ("francs cfa", Currency::Xof),
    ("mad", Currency::Mad),
    ("dh", Currency::Mad),
    ("dhs", Currency::Mad),
    ("dirham", Currency::Mad),
    ("dirhams", Currency::Mad),
];

/// Money of the French- and English-speaking world that no source here gives a dated
/// reference rate for (the ECB's table, `rates/`, has none of it): read in questions so
/// the reply can say its amounts are in another currency, never converted by guess.
const UNRATED: &[&str] = &[
    "naira",
    "nairas",
    "ngn",
    "roupie",
    "roupies",
    "rupee",
    "rupees",
    "inr",
    "shilling",
    "shillings",
    "ksh",
    "kes",
    "rand",
    "rands",
    "zar",
    "cedi",
    "cedis",
    "ghs",
    "ariary",
    "mga",
    "franc guineen",
    "francs guineens",
    "dollars australiens",
    "australian dollars",
    "aud",
];

/// `francs` alone: which francs depends on where the asker is (Swiss francs in Geneva,
/// CFA francs in Dakar), so it is no spelling of its own.
pub const FRANCS: &[&str] = &["franc", "francs"];

/// The currency a country calls francs, if it pays in one (`CHF`, `XOF`).
pub fn francs_of(country: Option<Currency>) -> Option<Currency> {
    country.filter(|c| {
        SPELLINGS
            .iter()
            .any(|(spelling, currency)| currency == c && spelling.contains("franc"))
    })
}

/// The words of [`UNRATED`], folded, for reading sentences.
pub fn unrated_currency_words() -> impl Iterator<Item = &'static str> {
    UNRATED.iter().copied()
}

/// Lowercase without accents, spaces folded to one.
fn key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            fold_char(c, &mut out);
        }
    }
    out
}

/// A currency by code, symbol or word (`EUR`, `€`, `euros`, `$`, `CHF`, `£`, `FCFA`).
pub fn currency(text: &str) -> Option<Currency> {
    let key = key(text);
    SPELLINGS.iter().find(|(s, _)| *s == key).map(|(_, c)| *c)
}

/// The currency a one-character symbol stands for (`€`, `$`, `£`).
pub fn currency_symbol(symbol: char) -> Option<Currency> {
    SPELLINGS
        .iter()
        .find(|(s, _)| s.chars().eq([symbol]))
        .map(|(_, c)| *c)
}

/// The spellings a mark glued to an amount may take, longest first so `$us` is read
/// before `$` (`49 €`, `$US49`, `2k€`).
pub(crate) fn marks() -> impl Iterator<Item = (&'static str, Currency)> {
    let mut marks: Vec<(&str, Currency)> = SPELLINGS.to_vec();
    marks.sort_by_key(|(s, _)| std::cmp::Reverse(s.chars().count()));
    marks.into_iter()
}

/// The spellings made of words (`euros`, `francs suisses`), for reading sentences.
pub fn currency_words() -> impl Iterator<Item = (&'static str, Currency)> {
    SPELLINGS
        .iter()
        .copied()
        .filter(|(s, _)| s.chars().all(|c| c.is_ascii_lowercase() || c == ' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_currencies_as_typed() {
        for t in ["EUR", "€", "euros", " Euro ", "balles"] {
            assert_eq!(currency(t), Some(Currency::Eur), "{t}");
        }
        for t in ["usd", "$", "dollars", "US$", "bucks"] {
            assert_eq!(currency(t), Some(Currency::Usd), "{t}");
        }
        assert_eq!(currency("Francs  Suisses"), Some(Currency::Chf));
        assert_eq!(currency("yen"), None);
        assert_eq!(currency("francs"), None);
        assert_eq!(currency_symbol('£'), Some(Currency::Gbp));
        assert_eq!(currency_symbol('$'), Some(Currency::Usd));
        assert_eq!(currency_symbol('%'), None);
    }

    #[test]
    fn francs_are_the_ones_of_the_country() {
        assert_eq!(francs_of(Some(Currency::Chf)), Some(Currency::Chf));
        assert_eq!(francs_of(Some(Currency::Xof)), Some(Currency::Xof));
        assert_eq!(francs_of(Some(Currency::Eur)), None);
        assert_eq!(francs_of(None), None);
    }

    #[test]
    fn each_spelling_once_and_words_are_words() {
        let mut seen: Vec<&str> = SPELLINGS.iter().map(|(s, _)| *s).collect();
        seen.sort_unstable();
        let before = seen.len();
        seen.dedup();
        assert_eq!(seen.len(), before, "a spelling listed twice");
        assert!(currency_words().all(|(w, _)| !w.contains('$')));
        assert!(currency_words().any(|(w, c)| w == "francs suisses" && c == Currency::Chf));
    }
}
