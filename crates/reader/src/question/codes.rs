//! Country codes written in capitals after a preposition (`en CI`, `from SG`, `le pays
//! sur TN`, `60% SA`): read as the country's name. Only capitals after `in`, `from`, `en`, `au`… or a share
//! name a country (`PT here` is a personal trainer, `500 US` dollars); codes that are
//! also words people write in capitals (`IT`, `IN`, `DM`, `ER`, `HT`…) are left as they
//! are, and so is a code before a dollar (`in US dollars`).

use std::borrow::Cow;

/// The words after which a code names a place.
const PREPOSITIONS: &[&str] = &[
    "in", "from", "to", "at", "en", "au", "aux", "des", "du", "de", "sur", "dans", "the", "sa",
    "na", "fr",
];

/// Two-letter codes that are common capitalised words or abbreviations.
const NOT_COUNTRIES: &[&str] = &[
    "AI", "AM", "AR", "AS", "AT", "AU", "BB", "BE", "BI", "BS", "CA", "CV", "DE", "DJ", "DM", "DO",
    "ER", "ES", "ET", "FI", "GM", "HR", "HT", "ID", "IE", "IN", "IS", "IT", "KM", "LA", "MA", "ME",
    "MR", "NA", "NE", "NO", "PG", "PR", "PS", "SE", "SI", "SO", "TO", "TT", "TV", "VU",
];

/// The text with each capitalised country code replaced by the country's English name.
pub(super) fn spelled(text: &str) -> Cow<'_, str> {
    let mut out: Option<String> = None;
    let mut run_start: Option<usize> = None;
    let mut last = 0;
    let check = |start: usize, end: usize, out: &mut Option<String>, last: &mut usize| {
        let word = &text[start..end];
        if word.len() != 2
            || !word.bytes().all(|b| b.is_ascii_uppercase())
            || NOT_COUNTRIES.contains(&word)
        {
            return;
        }
        let before = text[..start].trim_end();
        // `60% SA and 40% UK`: a share names the place it is of.
        let preposition = before.ends_with('%')
            || before
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .is_some_and(|w| PREPOSITIONS.contains(&w.to_lowercase().as_str()));
        let after = text[end..].trim_start().to_lowercase();
        if !preposition || after.starts_with('$') || after.starts_with("dollar") {
            return;
        }
        // `in SA`: South Africans' name for their country (Saudis say `KSA`).
        let code = if word == "SA" { "ZA" } else { word };
        let Some(country) = text::Country::parse(code).filter(|c| c.code == code) else {
            return;
        };
        let out = out.get_or_insert_with(|| String::with_capacity(text.len() + 16));
        out.push_str(&text[*last..start]);
        out.push_str(country.en);
        *last = end;
    };
    for (i, c) in text.char_indices() {
        if c.is_alphabetic() {
            run_start.get_or_insert(i);
        } else if let Some(start) = run_start.take() {
            check(start, i, &mut out, &mut last);
        }
    }
    if let Some(start) = run_start {
        check(start, text.len(), &mut out, &mut last);
    }
    match out {
        Some(mut out) => {
            out.push_str(&text[last..]);
            Cow::Owned(out)
        }
        None => Cow::Borrowed(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitalised_codes_are_countries_and_words_stay_words() {
        assert_eq!(spelled("1M de vues en CI ?"), "1M de vues en Ivory Coast ?");
        assert_eq!(spelled("from SG, 800k views"), "from Singapore, 800k views");
        assert_eq!(
            spelled("mettez le pays sur TN"),
            "mettez le pays sur Tunisia"
        );
        assert_eq!(spelled("IT pays in IN"), "IT pays in IN");
        assert_eq!(
            spelled("PT here, 500 US for a video"),
            "PT here, 500 US for a video"
        );
        assert_eq!(spelled("how much in US dollars"), "how much in US dollars");
        assert_eq!(spelled("based in US"), "based in United States");
        assert_eq!(spelled("1M views in SA"), "1M views in South Africa");
        assert_eq!(spelled("60% SA, 40% UK"), "60% South Africa, 40% UK");
        assert_eq!(spelled("en ci moment, sg"), "en ci moment, sg");
        assert_eq!(spelled("ABC CIA"), "ABC CIA");
    }
}
