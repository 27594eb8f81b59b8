//! Free-text questions ("combien pour 1,5 M de vues ?", "how much does TikTok pay for
//! 2 million views?") mapped to the command that answers them.

use super::catalogue::fold;
use super::choices::Topic;
use super::values;
use crate::values::Lang;

/// What a question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    /// The earnings for a view count.
    Earnings(u64),
    /// A recurring question with a FAQ answer.
    Faq(Topic),
    /// Nothing we recognise.
    Unknown,
}

/// Words that say which FAQ a question is about, checked in order.
const TOPIC_WORDS: &[(Topic, &[&str])] = &[
    (
        Topic::Likes,
        &["like", "j'aime", "jaime", "commentaire", "comments"],
    ),
    (
        Topic::Taxes,
        &[
            "impot",
            "impôt",
            "taxe",
            "tax",
            "bnc",
            "urssaf",
            "micro-entreprise",
            "micro_entreprise",
            "declar",
            "déclar",
            "fisc",
        ],
    ),
    (
        Topic::Payouts,
        &[
            "retir", "retrait", "withdraw", "payout", "paypal", "virement", "minimum",
        ],
    ),
    (Topic::Shop, &["shop", "boutique"]),
    (
        Topic::Fund,
        &[
            "fonds",
            "fund",
            "creator rewards",
            "récompense",
            "recompense",
            "créativité",
            "creativity",
        ],
    ),
    (Topic::Followers, &["abonn", "follower"]),
];

const VIEW_WORDS: &[&str] = &["vue", "view", "vues", "views"];

/// Words only one of the two languages uses, to answer in the language of the question.
const FRENCH_WORDS: &[&str] = &[
    "combien", "pour", "vues", "abonnés", "abonnes", "est-ce", "faut", "gagne", "quand", "comment",
    "les", "des", "une",
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
];

/// The language a question is written in, when its words say so clearly.
pub fn language_of(text: &str) -> Option<Lang> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .map(str::to_lowercase)
        .collect();
    let score = |list: &[&str]| words.iter().filter(|w| list.contains(&w.as_str())).count();
    let (fr, en) = (score(FRENCH_WORDS), score(ENGLISH_WORDS));
    match fr.cmp(&en) {
        std::cmp::Ordering::Greater => Some(Lang::Fr),
        std::cmp::Ordering::Less => Some(Lang::En),
        std::cmp::Ordering::Equal => None,
    }
}

/// The longest run of words starting at a digit that reads as a count (`1,5 M`, `2 million`).
fn first_count(text: &str) -> Option<u64> {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| {
                matches!(c, '?' | '!' | '.' | ',' | ';' | '(' | ')' | '«' | '»' | '"')
            })
        })
        .collect();
    for start in 0..words.len() {
        if !words[start].starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let best = (start + 1..=words.len().min(start + 4))
            .rev()
            .find_map(|end| values::count(&words[start..end].join(" ")).ok());
        if best.is_some() {
            return best;
        }
    }
    None
}

/// Reads a question.
pub fn intent(text: &str) -> Intent {
    let lower = text.to_lowercase();
    let folded = fold(&lower);
    let has = |needle: &str| lower.contains(needle) || folded.contains(&fold(needle));
    let count = first_count(text);
    let about_views = VIEW_WORDS.iter().any(|w| has(w));
    if let Some(views) = count.filter(|v| *v > 0)
        && (about_views
            || !TOPIC_WORDS
                .iter()
                .any(|(_, words)| words.iter().any(|w| has(w))))
    {
        return Intent::Earnings(views);
    }
    TOPIC_WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| has(w)))
        .map_or(Intent::Unknown, |(topic, _)| Intent::Faq(*topic))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn view_counts_in_questions() {
        assert_eq!(
            intent("combien pour 1,5 M de vues ?"),
            Intent::Earnings(1_500_000)
        );
        assert_eq!(
            intent("how much does TikTok pay for 2 million views?"),
            Intent::Earnings(2_000_000)
        );
        assert_eq!(
            intent("J'ai fait 500k vues, ça fait combien ?"),
            Intent::Earnings(500_000)
        );
        assert_eq!(
            intent("1 000 000 vues ça paie combien"),
            Intent::Earnings(1_000_000)
        );
    }

    #[test]
    fn faq_topics_in_questions() {
        assert_eq!(
            intent("faut-il combien d'abonnés pour être payé ?"),
            Intent::Faq(Topic::Followers)
        );
        assert_eq!(
            intent("does TikTok pay for likes?"),
            Intent::Faq(Topic::Likes)
        );
        assert_eq!(
            intent("comment déclarer mes revenus aux impôts ?"),
            Intent::Faq(Topic::Taxes)
        );
        assert_eq!(
            intent("what is the minimum withdrawal?"),
            Intent::Faq(Topic::Payouts)
        );
        assert_eq!(intent("bonjour"), Intent::Unknown);
    }

    #[test]
    fn language_of_questions() {
        assert_eq!(language_of("combien pour 1,5 M de vues ?"), Some(Lang::Fr));
        assert_eq!(
            language_of("how much does TikTok pay for 2 million views?"),
            Some(Lang::En)
        );
        assert_eq!(language_of("1M"), None);
    }
}
