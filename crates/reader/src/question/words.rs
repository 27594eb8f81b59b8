//! A question cut into tokens: folded words (lowercase, no accents), numbers with their
//! multipliers (`1,5M`, `500k`, `2 millions`, `1 000 000`), durations (`1:15`) and the
//! symbols that qualify numbers (`€ $ £ %`), `:` after a label (`vues : 750k`) and the
//! commas and semicolons that end a number's phrase (`vues 15k, likes 900`).

use text::{fold_char, multiplier};

/// One piece of a question.
#[derive(Debug, Clone, PartialEq)]
pub enum Token {
    /// A folded word: lowercase, accents and apostrophes taken off (`d'abonnés` is
    /// `d` then `abonnes`).
    Word(String),
    /// A number as written, with its multiplier applied when one followed it.
    Number(Number),
    /// Money (`€`, `$`, `₦`…), `%`, `+`, `:`, `,` or `;`.
    Symbol(char),
}

/// A number: its digits and separators as typed, and the factor a suffix gave it.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// Digits with their `,` and `.` (`1,5`, `2,000`), or `m:ss` for a duration.
    pub text: String,
    /// 1, or 1 000 for `k`, 1 000 000 for `M`…
    pub factor: u64,
    /// Written `1:15`: minutes and seconds.
    pub clock: bool,
}

/// What a character is, for cutting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Digit,
    Symbol,
    Gap,
}

fn class(c: char) -> Class {
    if c.is_ascii_digit() {
        Class::Digit
    } else if matches!(c, '%' | '+' | ':' | ',' | ';') || text::is_money_symbol(c) {
        Class::Symbol
    } else if c.is_alphabetic() {
        Class::Letter
    } else {
        Class::Gap
    }
}

/// Cuts a question into tokens. Never fails: anything unreadable is a gap.
pub fn tokens(text: &str) -> Vec<Token> {
    tokens_with(text, Mil::Million)
}

/// What `mil` after a number means: a million in English (`2.5 mil views`), a thousand
/// in French and the Creoles (`8 mil abonnés`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mil {
    Million,
    Thousand,
}

/// [`tokens`], with `mil` read as the question's language says.
pub fn tokens_with(text: &str, mil: Mil) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<Token> = Vec::with_capacity(chars.len() / 3);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match class(c) {
            Class::Gap => i += 1,
            Class::Symbol => {
                out.push(Token::Symbol(c));
                i += 1;
            }
            Class::Letter => {
                let mut word = String::new();
                // A digit between letters is a letter in Arabizi (`ta3i`, `l9itech`, `ch7al`).
                // Not a multiplier (`RM5k`).
                let arabizi = |i: usize| {
                    let letter =
                        |at: usize| chars.get(at).is_some_and(|c| class(*c) == Class::Letter);
                    chars[i].is_ascii_digit()
                        && letter(i + 1)
                        && (!matches!(chars[i + 1], 'k' | 'K' | 'm' | 'M') || letter(i + 2))
                };
                while i < chars.len() && (class(chars[i]) == Class::Letter || arabizi(i)) {
                    fold_char(chars[i], &mut word);
                    i += 1;
                }
                out.push(Token::Word(word));
            }
            Class::Digit => {
                let mut digits = String::new();
                let mut clock = false;
                while i < chars.len() {
                    let c = chars[i];
                    let between_digits = |i: usize| {
                        i > 0
                            && chars[i - 1].is_ascii_digit()
                            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit())
                    };
                    if c.is_ascii_digit() || matches!(c, ',' | '.') && between_digits(i) {
                        digits.push(c);
                    } else if c == ':' && between_digits(i) && !clock {
                        digits.push(c);
                        clock = true;
                    } else {
                        break;
                    }
                    i += 1;
                }
                // `1m2`, `2M5`, `1k5`: the multiplier stands for the decimal point.
                let mut factor = 1;
                if !clock
                    && digits.bytes().all(|b| b.is_ascii_digit())
                    && let Some(&suffix) = chars.get(i)
                    && let Some(multiplied) = match suffix {
                        'k' | 'K' => Some(1_000),
                        'm' | 'M' => Some(1_000_000),
                        _ => None,
                    }
                {
                    let tail: String = chars[i + 1..]
                        .iter()
                        .take_while(|c| c.is_ascii_digit())
                        .collect();
                    let after = chars.get(i + 1 + tail.len());
                    if (1..=2).contains(&tail.len()) && after.is_none_or(|c| !c.is_alphanumeric()) {
                        digits = format!("{digits}.{tail}");
                        factor = multiplied;
                        i += 1 + tail.len();
                    }
                }
                out.push(Token::Number(Number {
                    text: digits,
                    factor,
                    clock,
                }));
            }
        }
    }
    merge(out, mil)
}

/// Joins `1 000 000` into one number and applies `k`, `M`, `millions` to the number they
/// follow (`2,3M`, `1,5 M`, `2 millions`).
fn merge(tokens: Vec<Token>, mil: Mil) -> Vec<Token> {
    let multiplier = |word: &str| match (word, mil) {
        ("mil", Mil::Thousand) => Some(1_000),
        // `5 grand` in English; `grand` is a French word.
        ("grand", Mil::Million) => Some(1_000),
        // A lone `b` is too often a word (`7 b dirham`: Darija `b`, in); `bn`, `mds` say
        // billions.
        ("b", _) => None,
        _ => multiplier(word),
    };
    let mut merged: Vec<Token> = Vec::with_capacity(tokens.len());
    // The last token is digits joined in groups of three (`12 000`).
    let mut grouped = false;
    for token in tokens {
        let joined = match (merged.last_mut(), &token) {
            // Groups of three after one to three digits, or after groups already joined.
            (Some(Token::Number(prev)), Token::Number(next))
                if prev.factor == 1
                    && !prev.clock
                    && !next.clock
                    && next.text.len() == 3
                    && next.text.bytes().all(|b| b.is_ascii_digit())
                    && prev.text.bytes().all(|b| b.is_ascii_digit())
                    && (grouped || prev.text.len() <= 3) =>
            {
                prev.text.push_str(&next.text);
                true
            }
            (Some(Token::Number(prev)), Token::Word(word))
                if prev.factor == 1 && !prev.clock && multiplier(word).is_some() =>
            {
                prev.factor = multiplier(word).unwrap_or(1);
                grouped = false;
                continue;
            }
            // `a grand a month`.
            (Some(last), Token::Word(word))
                if mil == Mil::Million && word == "grand" && *last == Token::Word("a".into()) =>
            {
                *last = Token::Number(Number {
                    text: "1".into(),
                    factor: 1_000,
                    clock: false,
                });
                continue;
            }
            _ => false,
        };
        grouped = joined;
        if !joined {
            merged.push(token);
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(text: &str) -> Vec<(String, u64)> {
        tokens(text)
            .into_iter()
            .filter_map(|t| match t {
                Token::Number(n) => Some((n.text, n.factor)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn numbers_as_people_write_them() {
        assert_eq!(numbers("2M de vues"), vec![("2".into(), 1_000_000)]);
        assert_eq!(numbers("1,5 M"), vec![("1,5".into(), 1_000_000)]);
        assert_eq!(numbers("1 000 000 vues"), vec![("1000000".into(), 1)]);
        assert_eq!(numbers("12 000 diamants"), vec![("12000".into(), 1)]);
        assert_eq!(numbers("2 millions"), vec![("2".into(), 1_000_000)]);
        assert_eq!(numbers("$2,000"), vec![("2,000".into(), 1)]);
        assert_eq!(numbers("50k abos"), vec![("50".into(), 1_000)]);
        assert_eq!(numbers("1m2 vues"), vec![("1.2".into(), 1_000_000)]);
        assert_eq!(numbers("2M5"), vec![("2.5".into(), 1_000_000)]);
        assert_eq!(numbers("1k5 abonnés"), vec![("1.5".into(), 1_000)]);
        assert_eq!(numbers("2 mil views"), vec![("2".into(), 1_000_000)]);
        assert!(numbers("l'engagement ta3i 2,5% ch7al").len() == 1);
        assert_eq!(numbers("RM5k"), vec![("5".into(), 1_000)]);
        assert_eq!(
            numbers("7 b dirham, 2bn"),
            vec![("7".into(), 1), ("2".into(), 1_000_000_000)]
        );
        assert_eq!(
            numbers("5 grand, a grand"),
            vec![("5".into(), 1_000), ("1".into(), 1_000)]
        );
        assert!(
            tokens_with("un grand merci", Mil::Thousand)
                .iter()
                .all(|t| !matches!(t, Token::Number(_)))
        );
        let thousand = tokens_with("8 mil abonnés", Mil::Thousand);
        assert!(matches!(&thousand[0], Token::Number(n) if n.factor == 1_000));
        assert_eq!(
            numbers("150 partages 60 commentaires 2 400 likes"),
            vec![("150".into(), 1), ("60".into(), 1), ("2400".into(), 1)]
        );
    }

    #[test]
    fn words_are_folded_and_apostrophes_cut() {
        assert_eq!(
            tokens("D'Abonnés"),
            vec![Token::Word("d".into()), Token::Word("abonnes".into())]
        );
        assert_eq!(
            tokens("1:15"),
            vec![Token::Number(Number {
                text: "1:15".into(),
                factor: 1,
                clock: true
            })]
        );
    }
}
