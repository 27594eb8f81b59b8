//! Which language a question is written in, from the words only one language uses.

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

/// The language a question is written in, when its words say so clearly.
pub fn language_of(text: &str) -> Option<Lang> {
    let (mut fr, mut en) = (0, 0);
    for token in tokens(text) {
        if let Token::Word(word) = token {
            fr += usize::from(FRENCH_WORDS.contains(&word.as_str()));
            en += usize::from(ENGLISH_WORDS.contains(&word.as_str()));
        }
    }
    match fr.cmp(&en) {
        std::cmp::Ordering::Greater => Some(Lang::Fr),
        std::cmp::Ordering::Less => Some(Lang::En),
        std::cmp::Ordering::Equal => None,
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
    }
}
