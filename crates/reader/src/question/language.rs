//! Which language a question is written in: the words only one language uses, each a
//! vote, and `whatlang`'s trigram guess between French and English, worth up to
//! [`GUESS_VOTES`] of them, so an English sentence with a few Tagalog, Pidgin or Arabic
//! words stays English.

use super::words::{Token, tokens};
use values::Lang;

/// Words only one of the two languages uses, to answer in the language of the question.
const FRENCH_WORDS: &[&str] = &[
    "combien", "pour", "vues", "abonnes", "abos", "est", "faut", "gagne", "quand", "comment",
    "les", "des", "une", "je", "j", "mes", "avec", "ca", "quoi", "suis", "peux", "mon", "ma",
    "sur", "dans", "il", "reste", "pieces", "diamants", "c", "rappel", "rappelle", "chaque",
    "mois", "reglages", "serveur", "groupe",
];
const ENGLISH_WORDS: &[&str] = &[
    "how",
    "much",
    "many",
    "views",
    "followers",
    "does",
    "pay",
    "what",
    "the",
    "for",
    "when",
    "need",
    "i",
    "my",
    "is",
    "can",
    "do",
    "with",
    "get",
    "am",
    "make",
    "earn",
    "worth",
    "to",
    "on",
    "of",
    "keep",
    "remind",
    "reminder",
    "reminders",
    "every",
    "month",
    "settings",
    "server",
    "please",
];

/// What `whatlang`'s guess is worth, in words, at its full confidence.
const GUESS_VOTES: f64 = 2.0;

/// A lead in words past which the guess could not change the answer.
const DECIDED_BY_WORDS: f64 = GUESS_VOTES;

static DETECTOR: std::sync::LazyLock<whatlang::Detector> = std::sync::LazyLock::new(|| {
    whatlang::Detector::with_allowlist(vec![whatlang::Lang::Fra, whatlang::Lang::Eng])
});

/// The language a question is written in, when its words say so clearly.
pub fn language_of(text: &str) -> Option<Lang> {
    let mut english = 0.0;
    for token in tokens(text) {
        if let Token::Word(word) = token {
            english -= f64::from(u8::from(FRENCH_WORDS.contains(&word.as_str())));
            english += f64::from(u8::from(ENGLISH_WORDS.contains(&word.as_str())));
        }
    }
    // Clear from the words alone (most questions): no guess needed, none paid for.
    if english.abs() <= DECIDED_BY_WORDS
        && let Some(guess) = DETECTOR.detect(text)
    {
        let votes = GUESS_VOTES * guess.confidence();
        match guess.lang() {
            whatlang::Lang::Eng => english += votes,
            _ => english -= votes,
        }
    }
    if english > 0.0 {
        Some(Lang::En)
    } else if english < 0.0 {
        Some(Lang::Fr)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_word_list_names_each_word_once() {
        for (name, list) in [
            ("FRENCH_WORDS", FRENCH_WORDS),
            ("ENGLISH_WORDS", ENGLISH_WORDS),
        ] {
            let mut words = list.to_vec();
            words.sort_unstable();
            let before = words.len();
            words.dedup();
            assert_eq!(words.len(), before, "{name} lists a word twice");
        }
        assert_eq!(language_of("combien pour 1M de vues"), Some(Lang::Fr));
        assert_eq!(language_of("how much for 1M views"), Some(Lang::En));
        assert_eq!(
            language_of("hello po! 600k views per month ako, magkano kaya kikitain ko?"),
            Some(Lang::En)
        );
    }
}
