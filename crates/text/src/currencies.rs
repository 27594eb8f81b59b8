//! Currencies as people write them: ISO codes, symbols and words, in French and English
//! (`EUR`, `€`, `euros`, `balles`, `$`, `bucks`, `francs suisses`, `FCFA`, `dirhams`).
//! One table: the option parser reads marks glued to amounts (`49€`, `$49`), the
//! question reader the words between them.

use values::Currency;

use crate::countries::Country;
use crate::fold::fold_char;

/// Every accepted spelling, lowercase and without accents; `$` alone is the US dollar.
const SPELLINGS: &[(&str, Currency)] = &[
    ("eur", Currency::Eur),
    ("€", Currency::Eur),
    ("euro", Currency::Eur),
    ("euros", Currency::Eur),
    // `20e`, `gourdes a 20e`: euros as French texts write them.
    ("e", Currency::Eur),
    // Typed (`devise:balles`): euros; in a question the country named decides (SHARED).
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
    ("xaf", Currency::Xaf),
    ("mad", Currency::Mad),
    ("dh", Currency::Mad),
    ("dhs", Currency::Mad),
    ("dirham", Currency::Mad),
    ("dirhams", Currency::Mad),
];

/// Money as people name it: a currency the dated rates convert, or one they do not, by
/// its ISO 4217 code (`NGN`): read so the reply can say amounts are in another currency,
/// never converted by guess.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tender {
    Rated(Currency),
    Unrated(&'static str),
}

/// Money of the French- and English-speaking world that no source here gives a dated
/// reference rate for (the ECB's table, `rates/`, has none of it), by code then the
/// spellings (folded) that name it alone. Names several share (`rupees`) are in [`SHARED`].
/// Spellings of one or two letters (`r`, `dt`, `tt`) name money only beside an amount
/// (`R3000`) or after `en`, `in` (the question reader's rule).
const UNRATED: &[(&str, &[&str])] = &[
    ("NGN", &["ngn", "naira", "nairas", "₦"]),
    ("GHS", &["ghs", "ghc", "cedi", "cedis", "₵"]),
    ("KES", &["kes", "ksh", "kshs", "bob"]),
    ("UGX", &["ugx", "ush"]),
    ("TZS", &["tzs"]),
    ("ZAR", &["zar", "rand", "rands", "r"]),
    ("INR", &["inr", "₹"]),
    ("PKR", &["pkr"]),
    ("LKR", &["lkr"]),
    ("NPR", &["npr"]),
    ("BDT", &["bdt", "taka", "tk", "৳"]),
    ("MUR", &["mur"]),
    ("SCR", &["scr"]),
    ("MGA", &["mga", "ariary", "ar"]),
    ("TND", &["tnd", "dt"]),
    ("DZD", &["dzd", "da"]),
    ("EGP", &["egp"]),
    ("LBP", &["lbp"]),
    ("AED", &["aed"]),
    ("SAR", &["sar"]),
    ("QAR", &["qar"]),
    ("HTG", &["htg", "goud"]),
    ("CDF", &["cdf", "franc congolais", "francs congolais"]),
    ("GNF", &["gnf", "franc guineen", "francs guineens"]),
    ("RWF", &["rwf", "frw", "franc rwandais", "francs rwandais"]),
    ("BIF", &["bif", "franc burundais", "francs burundais"]),
    ("KMF", &["kmf", "franc comorien", "francs comoriens"]),
    ("DJF", &["djf", "franc djiboutien", "francs djiboutiens"]),
    (
        "XPF",
        &[
            "xpf",
            "cfp",
            "franc cfp",
            "francs cfp",
            "franc pacifique",
            "francs pacifique",
        ],
    ),
    ("JMD", &["jmd", "jamaican dollar", "jamaican dollars", "j$"]),
    ("TTD", &["ttd", "tt$", "tt dollars", "tt"]),
    (
        "BBD",
        &["bbd", "bds", "bds$", "bajan dollars", "barbados dollars"],
    ),
    ("ZMW", &["zmw", "kwacha", "kwachas"]),
    ("XCD", &["xcd"]),
    (
        "AUD",
        &[
            "aud",
            "a$",
            "australian dollars",
            "aussie dollars",
            "dollars australiens",
        ],
    ),
    ("NZD", &["nzd", "nz$", "nz dollars", "new zealand dollars"]),
    ("SGD", &["sgd", "s$", "singapore dollars"]),
    ("HKD", &["hkd", "hk$"]),
    ("MYR", &["myr", "rm", "ringgit"]),
    ("PHP", &["php", "₱"]),
    ("BRL", &["brl", "r$", "reais"]),
    ("MXN", &["mxn"]),
    ("JPY", &["jpy", "yen", "¥"]),
    ("TRY", &["₺"]),
];

/// Names several currencies share: which one is meant depends on the country named (the
/// country's own currency when it is one of them), else the first, if any (`""`: none).
const SHARED: &[(&[&str], &[&str])] = &[
    (
        &["dollar", "dollars", "$"],
        &[
            "USD", "CAD", "AUD", "NZD", "SGD", "HKD", "JMD", "TTD", "BBD", "XCD",
        ],
    ),
    (
        // `25 000 f`, `10 000 F`: francs as people shorten them.
        &["franc", "francs", "f"],
        &[
            "", "CHF", "XOF", "XAF", "CDF", "GNF", "RWF", "BIF", "KMF", "DJF", "XPF",
        ],
    ),
    (
        &["fcfa", "cfa", "f cfa", "franc cfa", "francs cfa"],
        &["XOF", "XAF"],
    ),
    (
        &["rupee", "rupees", "rs"],
        &["INR", "PKR", "LKR", "NPR", "MUR", "SCR"],
    ),
    // In French, the rupees of Mauritius and the Seychelles first.
    (
        &["roupie", "roupies"],
        &["MUR", "SCR", "INR", "PKR", "LKR", "NPR"],
    ),
    (&["dinar", "dinars"], &["", "TND", "DZD"]),
    (&["dirham", "dirhams", "dh", "dhs"], &["MAD", "AED"]),
    (
        &["shilling", "shillings", "shs", "sh"],
        &["KES", "UGX", "TZS"],
    ),
    // The local money in slang: euros in France, francs in Switzerland.
    (&["balles"], &["EUR", "CHF", "XPF", "XOF", "XAF"]),
    (
        &["pound", "pounds", "livre", "livres", "quid"],
        &["GBP", "EGP", "LBP"],
    ),
    (&["peso", "pesos"], &["MXN", "PHP"]),
    (&["riyal", "riyals", "rial", "rials"], &["SAR", "QAR"]),
];

/// Money by ISO code: rated when a dated rate converts it.
fn by_code(code: &'static str) -> Tender {
    match Currency::from_code(code) {
        Some(currency) => Tender::Rated(currency),
        None => Tender::Unrated(code),
    }
}

/// A spelling made of letters and spaces: read as words in a sentence.
fn is_words(spelling: &str) -> bool {
    spelling.chars().all(|c| c.is_ascii_lowercase() || c == ' ')
}

/// Every spelling made of words that names one currency alone, rated or not.
pub fn tender_words() -> impl Iterator<Item = (&'static str, Tender)> {
    let rated = currency_words()
        .filter(|(w, _)| !SHARED.iter().any(|(names, _)| names.contains(w)))
        .map(|(w, c)| (w, Tender::Rated(c)));
    let unrated = UNRATED.iter().flat_map(|(code, spellings)| {
        spellings
            .iter()
            .filter(|s| is_words(s))
            .map(move |s| (*s, by_code(code)))
    });
    rated.chain(unrated)
}

/// The money a one-character symbol stands for (`€`, `£`, `₦`, `₹`); `$` is shared.
pub fn tender_symbol(symbol: char) -> Option<Tender> {
    // Every money symbol but the shared `$` is outside ASCII: spaces and punctuation,
    // met at every word, are answered at once.
    if symbol.is_ascii() || symbol.is_alphanumeric() {
        return None;
    }
    if let Some(currency) = currency_symbol(symbol) {
        return Some(Tender::Rated(currency));
    }
    UNRATED
        .iter()
        .find(|(_, spellings)| spellings.iter().any(|s| s.chars().eq([symbol])))
        .map(|(code, _)| Tender::Unrated(code))
}

/// Whether a character is money on its own (`€`, `$`, `₦`), for cutting text.
pub fn is_money_symbol(symbol: char) -> bool {
    symbol == '$' || tender_symbol(symbol).is_some()
}

/// A name several currencies share (`dollars`, `francs`, `rupees`), by its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Shared(usize);

/// Every shared name made of words, for reading sentences.
pub fn shared_words() -> impl Iterator<Item = (&'static str, Shared)> {
    SHARED.iter().enumerate().flat_map(|(i, (names, _))| {
        names
            .iter()
            .filter(|s| is_words(s))
            .map(move |n| (*n, Shared(i)))
    })
}

/// The shared name a symbol is (`$`).
pub fn shared_symbol(symbol: char) -> Option<Shared> {
    SHARED
        .iter()
        .position(|(names, _)| names.iter().any(|n| n.chars().eq([symbol])))
        .map(Shared)
}

impl Shared {
    /// What the name means where `country` pays: its own currency when the name is one
    /// of its names, else the name's first (none for `francs`, `dinars`).
    pub fn tender(self, country: Option<&Country>) -> Option<Tender> {
        let codes = SHARED[self.0].1;
        let own = country.and_then(|c| codes.iter().find(|code| **code == c.money));
        match own.or(codes.first()) {
            Some(code) if !code.is_empty() => Some(by_code(code)),
            _ => None,
        }
    }
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

    fn shared(word: &str) -> Shared {
        shared_words().find(|(w, _)| *w == word).unwrap().1
    }

    #[test]
    fn a_shared_name_is_the_currency_of_the_country_named() {
        let country = |code| Country::parse(code);
        let francs = shared("francs");
        assert_eq!(
            francs.tender(country("CH")),
            Some(Tender::Rated(Currency::Chf))
        );
        assert_eq!(
            francs.tender(country("SN")),
            Some(Tender::Rated(Currency::Xof))
        );
        assert_eq!(
            francs.tender(country("CM")),
            Some(Tender::Rated(Currency::Xaf))
        );
        assert_eq!(francs.tender(country("CD")), Some(Tender::Unrated("CDF")));
        assert_eq!(francs.tender(country("FR")), None);
        assert_eq!(francs.tender(None), None);
        let dollars = shared("dollars");
        assert_eq!(
            dollars.tender(country("CA")),
            Some(Tender::Rated(Currency::Cad))
        );
        assert_eq!(dollars.tender(country("JM")), Some(Tender::Unrated("JMD")));
        assert_eq!(
            dollars.tender(country("NG")),
            Some(Tender::Rated(Currency::Usd))
        );
        assert_eq!(
            shared("rupees").tender(country("PK")),
            Some(Tender::Unrated("PKR"))
        );
        assert_eq!(
            shared("dirhams").tender(country("AE")),
            Some(Tender::Unrated("AED"))
        );
        assert_eq!(
            shared("dirhams").tender(None),
            Some(Tender::Rated(Currency::Mad))
        );
        assert_eq!(
            shared("fcfa").tender(country("GA")),
            Some(Tender::Rated(Currency::Xaf))
        );
        assert_eq!(shared_symbol('$'), Some(dollars));
        assert_eq!(tender_symbol('₦'), Some(Tender::Unrated("NGN")));
        assert_eq!(tender_symbol('€'), Some(Tender::Rated(Currency::Eur)));
    }

    #[test]
    fn every_unrated_code_is_unrated_and_every_country_s_money_is_known() {
        for (code, _) in UNRATED {
            assert_eq!(
                Currency::from_code(code),
                None,
                "{code} has a rate: list it rated"
            );
        }
        let known = |code: &str| {
            Currency::from_code(code).is_some() || UNRATED.iter().any(|(c, _)| *c == code)
        };
        for (_, codes) in SHARED {
            for code in codes.iter().filter(|c| !c.is_empty()) {
                assert!(known(code), "{code}");
            }
        }
        for country in crate::COUNTRIES {
            assert_eq!(country.money.len(), 3, "{}", country.code);
        }
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
