//! Free-text questions ("combien je gagne avec 50k abonnés et 2M de vues par mois ?",
//! "how much for a sponsored post with 250k followers in beauty") read into the command
//! and options a user would have typed. Every number is read with the word that
//! qualifies it; a number with no unit goes to the command's main option only when no
//! other reading fits; what cannot be read is named, never dropped.

mod codes;
pub mod features;
mod intent;
mod labels;
mod language;
mod lexicon;
pub mod model;
mod numbers;
mod target;
mod words;

pub use labels::Intent;

pub use language::language_of;
use numbers::{Hint, Read, money, plain, read_numbers, whole};
use target::{Count, current_and_target};

use lexicon::{Counted, Cue, Meaning, lookup};
use model::Model;
use words::{Mil, Token, tokens_with};

use catalogue::{
    Asked, CommandId, InputError, Inputs, Invocation, OptionId, Period, StreamId, Value, command,
};
use rust_decimal::Decimal;
use text::Tender;
use text::ValueProblem;
use values::{Lang, Percent};

/// What a question was read as.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub command: CommandId,
    /// Each option read, typed as the option holds it.
    pub values: Vec<(OptionId, Value)>,
    /// Numbers with a word we do not know (`3 trucs`).
    pub unknown: Vec<String>,
    /// Money named that no dated rate converts: its ISO code (`NGN`), or the word when
    /// no country says which (`francs`).
    pub unrated: Option<&'static str>,
    /// Amounts written in that money (`150k naira` offered): read, never converted.
    pub unrated_amounts: Vec<(OptionId, Decimal)>,
    /// The programme a yes-or-no question is about.
    pub focus: Option<StreamId>,
    /// The question expects a yes or a no first.
    pub yes_no: bool,
    /// How likely the model found this reading's intent (0 to 1).
    pub confidence: f32,
}

/// Words that tie a sentence together and say nothing of a number next to them.
const GLUE: &[&str] = &[
    "a",
    "about",
    "an",
    "and",
    "are",
    "around",
    "as",
    "at",
    "au",
    "aux",
    "avec",
    "avg",
    "bro",
    "c",
    "ca",
    "ce",
    "ci",
    "d",
    "de",
    "des",
    "do",
    "du",
    "each",
    "en",
    "environ",
    "est",
    "et",
    "for",
    "frere",
    "from",
    "genre",
    "hey",
    "hier",
    "i",
    "il",
    "in",
    "is",
    "it",
    "j",
    "je",
    "l",
    "la",
    "le",
    "les",
    "lol",
    "ma",
    "me",
    "mec",
    "mes",
    "mon",
    "moyenne",
    "moyennes",
    "my",
    "n",
    "ne",
    "now",
    "of",
    "on",
    "only",
    "or",
    "ou",
    "par",
    "pas",
    "per",
    "pile",
    "pls",
    "pour",
    "que",
    "qui",
    "s",
    "sa",
    "se",
    "seulement",
    "ses",
    "si",
    "son",
    "stp",
    "sur",
    "svp",
    "ta",
    "that",
    "the",
    "this",
    "tiktok",
    "tiktoks",
    "to",
    "total",
    "tu",
    "u",
    "un",
    "une",
    "vs",
    "what",
    "with",
    "y",
    "yaar",
    "you",
    "your",
    "after",
    "apres",
    "avant",
    "before",
    "so",
    "donc",
    "please",
    "maintenant",
    "today",
    "yesterday",
    "last",
    "night",
    "dernier",
    "derniere",
    "fait",
    "makes",
    "ai",
    "got",
    "have",
    "has",
    "had",
    "suis",
    "sont",
    "etait",
    "was",
    "were",
    "be",
    "been",
    "will",
    "would",
    "could",
    "should",
    "va",
    "vais",
    "chacune",
    "chacun",
    "chaque",
    "quoi",
    "mtn",
    "vrai",
    "where",
    "when",
    "then",
    "fois",
    "actuellement",
    "currently",
    // Fillers and politeness of the voices the corpus holds (`100k po`, `800k lah`).
    "po",
    "lah",
    "leh",
    "ah",
    "naman",
    "bhai",
    "abeg",
    "habibi",
    "mate",
    "bru",
    "chale",
    "sahbi",
    "wesh",
    // `abonnés j'ai déjà 20k`.
    "deja",
    "dja",
    // `22k w kanzid`: `and` in Darija.
    "w",
    "already",
    // `pis`: Québécois `puis` (`8 500 pis j'ai 19 ans`).
    "pis",
];

fn is_glue(word: &str) -> bool {
    GLUE.contains(&word)
}

/// A glue word with one letter wrong (`aboot`, `currenty`), in words of five letters or more.
fn is_near_glue(word: &str) -> bool {
    word.len() >= 5
        && GLUE.iter().any(|glue| {
            glue.len() >= 5
                && glue.as_bytes()[0] == word.as_bytes()[0]
                && glue.len().abs_diff(word.len()) <= 1
                && strsim::osa_distance(glue, word) == 1
        })
}

/// A phrase found in the question: the token it starts at, and what it means.
#[derive(Debug, Clone, Copy)]
struct Mark {
    at: usize,
    meaning: Meaning,
}

/// The question cut into tokens, with the phrases found in it.
struct Scan {
    tokens: Vec<Token>,
    marks: Vec<Mark>,
    /// For each token, the mark covering it.
    mark_of: Vec<Option<usize>>,
    /// For each token, whether it is glue between a number and its unit.
    gap: Vec<bool>,
    /// The first country named: which dollars or francs are meant.
    country: Option<&'static text::Country>,
    /// Marks a number has taken as its unit.
    taken: Vec<bool>,
    /// Currency symbols a number has taken (`49 €`); the others name the currency wanted.
    used_symbols: Vec<usize>,
    /// Where the viewers are, when the question gives shares by country (`60 % de
    /// France et 40 % des US`): its number tokens and country marks are the audience's.
    audience: Option<Shares>,
}

/// An audience read in a question (none when its shares make no whole one), and the
/// tokens and marks it took.
#[derive(Debug)]
struct Shares {
    audience: Option<text::Audience>,
    numbers: Vec<usize>,
    countries: Vec<usize>,
}

impl Scan {
    fn new(text: &str) -> Scan {
        // `mil` and `grand` are read by the question's language: asked only when written.
        let lower = text.to_lowercase();
        let mil = if !(lower.contains("mil") || lower.contains("grand")) {
            Mil::Million
        } else {
            match language_of(text) {
                Some(Lang::En) => Mil::Million,
                _ => Mil::Thousand,
            }
        };
        let tokens = tokens_with(text, mil);
        let words: Vec<Option<&str>> = tokens
            .iter()
            .map(|t| match t {
                Token::Word(w) => Some(w.as_str()),
                _ => None,
            })
            .collect();
        let mut marks = Vec::new();
        let mut mark_of = vec![None; tokens.len()];
        let mut at = 0;
        while at < tokens.len() {
            // `what's`, `I'm`: an English contraction's end is no unit (`s`, `m`).
            let contraction = at > 0
                && words[at - 1].is_some()
                && matches!(words[at], Some("s" | "m" | "t" | "re" | "ve" | "ll"));
            if contraction {
                at += 1;
                continue;
            }
            match lookup(&words, at) {
                Some((meaning, len)) => {
                    for slot in &mut mark_of[at..at + len] {
                        *slot = Some(marks.len());
                    }
                    marks.push(Mark { at, meaning });
                    at += len;
                }
                None => at += 1,
            }
        }
        // `en francs`, `in dollars`: the country named says which; a name no country
        // settles is named back, not read.
        let country = marks.iter().find_map(|m| match m.meaning {
            Meaning::Country(code) => text::Country::parse(code),
            _ => None,
        });
        for mark in &mut marks {
            if let Meaning::Shared(word, shared) = mark.meaning {
                mark.meaning = match shared.tender(country) {
                    Some(tender) => Meaning::Counted(Counted::Money(tender)),
                    None => Meaning::Unrated(word),
                };
            }
        }
        let taken = vec![false; marks.len()];
        let gap = words
            .iter()
            .zip(&mark_of)
            .map(|(word, mark)| {
                mark.is_none() && word.is_some_and(|w| is_glue(w) || is_near_glue(w))
            })
            .collect();
        let mut scan = Scan {
            tokens,
            marks,
            mark_of,
            gap,
            country,
            taken,
            used_symbols: Vec::new(),
            audience: None,
        };
        scan.audience = scan.shares_by_country();
        scan
    }

    /// Shares each beside a country (`60 % France, 40 % US`, `Émirats 50 %, Liban 20 %`,
    /// `60% of my audience is Aussie and 40% American`): an audience when they add up to
    /// 100, as `text::audience` reads it. Every share takes the country on the same side
    /// (after it, else before it), never past another number. Shares that are no whole
    /// audience (`marocaine à 80 %`) are still no engagement rate and no country of
    /// residence: named back as not understood.
    fn shares_by_country(&self) -> Option<Shares> {
        /// How many tokens apart a share and its country may be.
        const REACH: usize = 6;
        let country_at = |at: usize| match self.mark_of[at].map(|m| (m, self.marks[m].meaning)) {
            Some((m, Meaning::Country(code))) if self.marks[m].at == at => Some((m, code)),
            _ => None,
        };
        // Each percentage: its number's token and the token ending it.
        let shares: Vec<(usize, usize)> = (0..self.tokens.len())
            .filter(|at| matches!(self.tokens[*at], Token::Number(_)))
            .filter_map(|at| {
                let percent_mark = self
                    .mark_after(at, 1)
                    .filter(|m| self.marks[*m].meaning == Meaning::Counted(Counted::Percent));
                match (self.symbol(at + 1), percent_mark) {
                    (Some('%'), _) => Some((at, at + 1)),
                    (_, Some(m)) => Some((at, self.last_token_of(m))),
                    _ => None,
                }
            })
            .collect();
        let not_number = |t: &usize| !matches!(self.tokens[*t], Token::Number(_));
        let pair = |after: bool| -> Vec<(usize, usize, &'static str)> {
            let mut pairs = Vec::new();
            for &(at, last) in &shares {
                let found = if after {
                    (last + 1..(last + 1 + REACH).min(self.tokens.len()))
                        .take_while(not_number)
                        .find_map(country_at)
                } else {
                    (at.saturating_sub(REACH)..at)
                        .rev()
                        .take_while(not_number)
                        .find_map(country_at)
                };
                if let Some((mark, code)) = found
                    && !pairs.iter().any(|(_, m, _)| *m == mark)
                {
                    pairs.push((at, mark, code));
                }
            }
            pairs
        };
        let written = |pairs: &[(usize, usize, &str)]| {
            let parts: Vec<String> = pairs
                .iter()
                .map(|(at, _, code)| match &self.tokens[*at] {
                    Token::Number(n) => format!("{code}{}", n.text),
                    _ => String::new(),
                })
                .collect();
            parts.join(",")
        };
        let (after, before) = (pair(true), pair(false));
        let whole = [&after, &before]
            .into_iter()
            .find_map(|pairs| Some((pairs, text::audience(&written(pairs)).ok()?)));
        // Shares that make no whole audience are one only when the audience is named
        // (`6 % d'engagement en France` is a rate and a country).
        let audience_named = (0..self.tokens.len()).any(|t| {
            matches!(
                self.word(t),
                Some("audience" | "viewers" | "spectateurs" | "public")
            )
        });
        let (pairs, audience) = match whole {
            Some((pairs, audience)) => (pairs.clone(), Some(audience)),
            None if !audience_named => return None,
            None if !after.is_empty() => (after, None),
            None if !before.is_empty() => (before, None),
            None => return None,
        };
        Some(Shares {
            audience,
            numbers: pairs.iter().map(|(at, _, _)| *at).collect(),
            countries: pairs.iter().map(|(_, m, _)| *m).collect(),
        })
    }

    /// Shares that make no whole audience, as written (`80 % marocaine`).
    fn shares_written(&self, shares: &Shares) -> String {
        let parts: Vec<String> = shares
            .numbers
            .iter()
            .zip(&shares.countries)
            .map(|(at, mark)| {
                let share = match &self.tokens[*at] {
                    Token::Number(n) => n.text.clone(),
                    _ => String::new(),
                };
                let country = match self.marks[*mark].meaning {
                    Meaning::Country(code) => code,
                    _ => "",
                };
                format!("{share} % {country}")
            })
            .collect();
        parts.join(", ")
    }

    fn has(&self, cue: Cue) -> bool {
        self.marks.iter().any(|m| m.meaning == Meaning::Cue(cue))
    }

    fn word(&self, at: usize) -> Option<&str> {
        match self.tokens.get(at) {
            Some(Token::Word(w)) => Some(w),
            _ => None,
        }
    }

    fn symbol(&self, at: usize) -> Option<char> {
        match self.tokens.get(at) {
            Some(Token::Symbol(c)) => Some(*c),
            _ => None,
        }
    }

    /// The money a symbol stands for where the asker is (`$` in Montréal is the
    /// Canadian dollar).
    fn money_symbol(&self, at: usize) -> Option<Tender> {
        let symbol = self.symbol(at)?;
        text::tender_symbol(symbol)
            .or_else(|| text::shared_symbol(symbol).and_then(|s| s.tender(self.country)))
    }

    /// Whether a token is glue between a number and its unit: a glue word or a symbol
    /// that is not the number's own.
    fn is_gap(&self, at: usize) -> bool {
        self.gap.get(at).copied().unwrap_or(false)
    }

    /// The first mark after token `at` within `reach` tokens, skipping glue words; stops
    /// at the next number or at a word we do not know.
    fn mark_after(&self, at: usize, reach: usize) -> Option<usize> {
        let mut next = at + 1;
        while next < self.tokens.len() && next <= at + reach {
            match &self.tokens[next] {
                Token::Number(_) | Token::Symbol(_) => return None,
                Token::Word(_) => {}
            }
            if let Some(mark) = self.mark_of[next] {
                return Some(mark);
            }
            if !self.is_gap(next) {
                return None;
            }
            next += 1;
        }
        None
    }

    /// The mark before token `at` within `reach` tokens, skipping glue words.
    fn mark_before(&self, at: usize, reach: usize) -> Option<usize> {
        let mut prev = at;
        while prev > 0 && prev + reach > at {
            prev -= 1;
            match &self.tokens[prev] {
                Token::Number(_) => return None,
                Token::Symbol(_) => continue,
                Token::Word(_) => {}
            }
            if let Some(mark) = self.mark_of[prev] {
                return Some(mark);
            }
            if !self.is_gap(prev) {
                return None;
            }
        }
        None
    }

    fn cue(&self, mark: Option<usize>) -> Option<Cue> {
        match mark.map(|m| self.marks[m].meaning) {
            Some(Meaning::Cue(cue)) => Some(cue),
            _ => None,
        }
    }

    fn unit(&self, mark: Option<usize>) -> Option<Counted> {
        match mark.map(|m| self.marks[m].meaning) {
            Some(Meaning::Counted(unit)) => Some(unit),
            _ => None,
        }
    }

    /// The last token a mark covers.
    fn last_token_of(&self, mark: usize) -> usize {
        let mut at = self.marks[mark].at;
        while self.mark_of.get(at + 1) == Some(&Some(mark)) {
            at += 1;
        }
        at
    }

    /// The first unknown word right after a number (`3 trucs`), if any.
    fn unknown_after(&self, at: usize) -> Option<&str> {
        let next = at + 1;
        let word = self.word(next)?;
        (self.mark_of[next].is_none() && !is_glue(word)).then_some(word)
    }
}

/// The other things a question names: a country, a niche, the currency wanted, a period.
#[derive(Debug, Default)]
struct Named {
    country: Option<&'static str>,
    niche: Option<catalogue::Niche>,
    currency: Option<Tender>,
    unrated: Option<&'static str>,
    period: Option<Period>,
    months: Option<u64>,
}

fn named(scan: &Scan) -> Named {
    let mut named = Named::default();
    let mut wanted_said = false;
    // `en $`, `in €`: a currency symbol no number took.
    for at in 0..scan.tokens.len() {
        let currency = scan.money_symbol(at);
        if currency.is_some() && !scan.used_symbols.contains(&at) {
            named.currency = currency;
        }
    }
    for (i, mark) in scan.marks.iter().enumerate() {
        if scan
            .audience
            .as_ref()
            .is_some_and(|a| a.countries.contains(&i))
        {
            continue;
        }
        match mark.meaning {
            Meaning::Country(code) => {
                named.country.get_or_insert(code);
            }
            // Lifestyle is the loosest: any other niche named says more (`vlogs de voyage`).
            Meaning::Niche(niche)
                if named.niche.is_none() || named.niche == Some(catalogue::Niche::Lifestyle) =>
            {
                named.niche = Some(niche);
            }
            // A spelling of one or two letters (`dt`, `rm`) names the currency wanted
            // only after `en`, `in` (`ça fait combien en DT`): else it is another word.
            // One after `en`, `in` is the one wanted, whatever else is named (`in US
            // dollars? I'll convert to shillings myself`).
            Meaning::Counted(Counted::Money(currency)) if !scan.taken[i] => {
                let short = scan.last_token_of(i) == mark.at
                    && scan.word(mark.at).is_some_and(|w| w.len() <= 2);
                let wanted = match scan.word(mark.at.wrapping_sub(1)) {
                    Some("en" | "in" | "au" | "into") => true,
                    // `convert to RM`; but `I'll convert to shillings myself` is not asked.
                    Some("to") => short,
                    _ => false,
                };
                if wanted || (!short && !wanted_said) {
                    named.currency = Some(currency);
                    wanted_said |= wanted;
                }
            }
            Meaning::Period(period) => {
                named.period.get_or_insert(period);
            }
            Meaning::Months(months) => {
                named.months.get_or_insert(months);
            }
            Meaning::Unrated(word) => {
                named.unrated.get_or_insert(word);
            }
            _ => {}
        }
    }
    named
}

/// The one count unit the question names that no number took, if there is exactly one
/// (and it is not what the question asks for: `how many views`).
fn loose_unit(scan: &Scan) -> Option<OptionId> {
    let mut loose = scan
        .marks
        .iter()
        .zip(&scan.taken)
        .filter(|(_, taken)| !**taken)
        .filter(|(mark, _)| scan.cue(scan.mark_before(mark.at, 1)) != Some(Cue::HowMany))
        .filter_map(|(mark, _)| match mark.meaning {
            Meaning::Counted(Counted::Views) => Some(OptionId::Views),
            Meaning::Counted(Counted::Followers) => Some(OptionId::Followers),
            Meaning::Counted(Counted::Coins) => Some(OptionId::Coins),
            Meaning::Counted(Counted::Diamonds) => Some(OptionId::Diamonds),
            Meaning::Counted(Counted::Sales) => Some(OptionId::Sales),
            _ => None,
        });
    let first = loose.next()?;
    loose.all(|o| o == first).then_some(first)
}

/// The option a bare number fills for a command, when it has one that holds a number
/// (the FAQ's topic, a choice, takes none).
fn main_option(command: CommandId) -> Option<OptionId> {
    use catalogue::ValueKind;
    catalogue::command(command).positional.filter(|o| {
        !matches!(
            catalogue::option(*o).kind,
            ValueKind::Choice(_) | ValueKind::Country
        )
    })
}

/// The month a payout is for, named after a preposition (`en octobre`, `for May`): a
/// month name alone could be a number (`sept`) or a verb (`may`).
fn payout_month(scan: &Scan) -> Option<u32> {
    scan.tokens.windows(2).find_map(|pair| match pair {
        [Token::Word(before), Token::Word(month)]
            if [
                "en", "in", "for", "pour", "de", "of", "mois", "mwa", "fi", "fuh", "pou",
            ]
            .contains(&before.as_str()) =>
        {
            text::month_name(month)
        }
        _ => None,
    })
}

/// What a command's words say beyond numbers: the command `/aide` is asked about (`how
/// do I use the sponsorship command`), the language wanted (`réponds en anglais`), a
/// deletion confirmed (`oui je confirme`).
fn said(scan: &Scan, command: CommandId) -> Vec<(OptionId, Value)> {
    let words = || {
        scan.tokens.iter().filter_map(|t| match t {
            Token::Word(w) => Some(w.as_str()),
            _ => None,
        })
    };
    let mut out = Vec::new();
    match command {
        CommandId::Help => {
            if let Some(named) = words()
                .filter_map(catalogue::find_command)
                .map(|c| c.id)
                .find(|c| !matches!(c, CommandId::Help | CommandId::Start))
            {
                out.push((OptionId::Command, Value::Command(named)));
            }
        }
        CommandId::Language | CommandId::Config => {
            let lang = words().find_map(|w| match w {
                "anglais" | "english" | "ingles" | "angle" => Some(Lang::En),
                "francais" | "french" | "frances" | "franse" => Some(Lang::Fr),
                _ => None,
            });
            if let Some(lang) = lang {
                out.push((OptionId::Language, Value::Language(lang)));
            }
        }
        CommandId::Forget => {
            let mut before = "";
            let mut confirmed = false;
            for w in words() {
                // With a typo or in Creole (`konfime`), and `sûr`.
                let confirm = matches!(w, "certain" | "certaine" | "sure")
                    || w == "sur" && before == "suis"
                    || ["confirme", "confirm", "confirmed", "konfime"]
                        .iter()
                        .any(|c| strsim::osa_distance(c, w) <= 1);
                confirmed |= confirm && !matches!(before, "not" | "pas");
                before = w;
            }
            if confirmed {
                out.push((OptionId::Confirm, Value::YesNo(true)));
            }
        }
        _ => {}
    }
    out
}

/// Past the age option's own limit, a number after `j'ai` is no age.
fn max_age() -> u64 {
    match catalogue::option(OptionId::Age).kind {
        catalogue::ValueKind::Count { max, .. } => max,
        _ => 0,
    }
}

/// A question cut and its numbers read: what every reading of it starts from.
struct Scanned {
    scan: Scan,
    reads: Vec<(usize, Read)>,
    named: Named,
}

fn scanned(text: &str) -> Scanned {
    // Numbers in words are read as their digits (`deux cent mille vues`), country codes
    // in capitals as the country (`en CI`).
    let coded = codes::spelled(text);
    let text = text::spell_out(&coded);
    let mut scan = Scan::new(&text);
    let reads = read_numbers(&mut scan);
    let named = named(&scan);
    Scanned { scan, reads, named }
}

/// What the intent model sees of a question (the trainer's input).
pub fn features(text: &str) -> features::Features {
    let scanned = scanned(text);
    features::of(&scanned.scan, &scanned.reads)
}

/// What a question was understood as.
#[derive(Debug, Clone, PartialEq)]
pub enum Understood {
    /// One reading, likely enough to answer.
    Read(Reading),
    /// Thanks, a greeting, `ok cool`: nothing asked.
    Chat,
    /// Two or three readings the words allow, likeliest first: the asker chooses.
    Unsure(Vec<Reading>),
}

/// Below this probability the reader asks back rather than answer (docs/reader.md says
/// how it was chosen, on questions the model was not trained on).
pub const SURE: f32 = 0.4;
/// At most this many readings to choose from, each at least [`WORTH_OFFERING`] likely
/// (the first two always).
pub const CHOICES: usize = 3;
pub const WORTH_OFFERING: f32 = 0.1;

/// How sure the reader must be to answer a message nobody addressed to it (a channel
/// whose admins turned unprompted answers on): well above [`SURE`], since a wrong answer
/// there interrupts a conversation.
pub const UNPROMPTED: f32 = 0.7;

/// Whether a message nobody addressed to the bot is a question to answer unprompted:
/// read at [`UNPROMPTED`] or more, every number understood, and nothing personal (a
/// personal command would only say to ask in private). Chat, anything unsure, and a
/// command for another bot (`/start`): no.
pub fn overheard(text: &str) -> bool {
    if text.trim_start().starts_with('/') {
        return false;
    }
    match read_sure(model(), text, UNPROMPTED) {
        Understood::Read(reading) => {
            reading.unknown.is_empty() && !catalogue::command(reading.command).personal
        }
        Understood::Chat | Understood::Unsure(_) => false,
    }
}

/// The intent model built into the reader.
#[expect(
    clippy::expect_used,
    reason = "the model is built in; the trainer's tests read it and fail if it is stale"
)]
pub fn model() -> &'static Model<'static> {
    static MODEL: std::sync::LazyLock<Model<'static>> = std::sync::LazyLock::new(|| {
        Model::read(include_bytes!("../../model/intent.bin")).expect("the built-in intent model")
    });
    &MODEL
}

/// Reads a question with the built-in model.
pub fn read(text: &str) -> Understood {
    read_with(model(), text)
}

/// Reads a question with a given model (the trainer's, when it leaves a voice out).
pub fn read_with(model: &Model, text: &str) -> Understood {
    read_sure(model, text, SURE)
}

/// Reads a question, asking back below `sure` (the trainer tries several).
pub fn read_sure(model: &Model, text: &str, sure: f32) -> Understood {
    let scanned = scanned(text);
    let ranked = model.likeliest(&features::of(&scanned.scan, &scanned.reads));
    let Some(&(top, confidence)) = ranked.first() else {
        return Understood::Unsure(Vec::new());
    };
    if confidence >= sure {
        return match reading(&scanned, top, confidence) {
            Some(reading) => Understood::Read(reading),
            None => Understood::Chat,
        };
    }
    let mut choices: Vec<Reading> = Vec::new();
    for (i, (intent, p)) in ranked
        .into_iter()
        .filter(|(i, _)| *i != Intent::Chat)
        .enumerate()
    {
        if choices.len() == CHOICES || (i >= 2 && p < WORTH_OFFERING) {
            break;
        }
        if let Some(reading) = reading(&scanned, intent, p)
            && !choices
                .iter()
                .any(|c| c.command == reading.command && c.values == reading.values)
        {
            choices.push(reading);
        }
    }
    Understood::Unsure(choices)
}

/// The question read for one intent: its values as that command takes them.
fn reading(scanned: &Scanned, intent: Intent, confidence: f32) -> Option<Reading> {
    let Scanned { scan, reads, named } = scanned;
    let asked = intent::asked(intent, scan)?;
    let spec = command(asked.command);
    let takes = |o: OptionId| spec.options.contains(&o);
    let mut values: Vec<(OptionId, Value)> = Vec::new();
    let mut unknown = Vec::new();
    let push = |values: &mut Vec<(OptionId, Value)>, option: OptionId, value: Value| {
        if !values.iter().any(|(o, _)| *o == option) {
            values.push((option, value));
        }
    };
    // A count unit no number took (`diamants … j'en ai 8 500`): the bare number is its.
    let mut loose_unit = loose_unit(scan);
    let named_unit = loose_unit.filter(|o| matches!(o, OptionId::Followers | OptionId::Views));
    let percent_default = [
        OptionId::Engagement,
        OptionId::Commission,
        OptionId::Conversion,
        OptionId::Growth,
    ]
    .into_iter()
    .find(|o| takes(*o))
    .unwrap_or(OptionId::Engagement);
    let income = reads.iter().any(|(_, r)| {
        matches!(
            r,
            Read::Money {
                hint: Hint::Income,
                ..
            }
        )
    });
    // `de 2k à 10k abonnés à +15 %, dans combien de temps ?`: followers or views to reach,
    // beside the ones the creator has.
    let aiming =
        asked.command == CommandId::Projection && (scan.has(Cue::HowLong) || scan.has(Cue::Reach));
    let how_long_at = scan
        .marks
        .iter()
        .find(|m| m.meaning == Meaning::Cue(Cue::HowLong))
        .map(|m| m.at);
    let aims = |at: usize| {
        how_long_at.is_some_and(|h| at > h)
            || matches!(
                scan.cue(scan.mark_before(at, 3)),
                Some(Cue::Goal | Cue::Reach)
            )
    };
    // A count after `ça prend`, `it takes` is a threshold quoted: the creator's own is
    // the other one of its kind (`ça prend 10 000 abonnés ? j'en ai 8 500`).
    let quoted = |at: usize, option: OptionId| {
        scan.cue(scan.mark_before(at, 3)) == Some(Cue::Requires)
            && reads.iter().any(|(other, r)| {
                *other != at
                    && (matches!(r, Read::Option(o, _) if *o == option)
                        || matches!(r, Read::Bare { .. } | Read::Unknown(_)))
            })
    };
    let reads: Vec<(usize, Read)> = reads
        .iter()
        .filter(|(at, r)| !matches!(r, Read::Option(o, _) if quoted(*at, *o)))
        .cloned()
        .collect();
    let mut counts: Vec<Count> = Vec::new();
    let mut unrated = named.unrated;
    let mut unrated_amounts: Vec<(OptionId, Decimal)> = Vec::new();
    // A number with a unit is read before one without, so `600k vues` is the views even
    // after `maman de 3`.
    let mut reads = reads;
    reads.sort_by_key(|(_, read)| matches!(read, Read::Bare { .. }));
    for (at, read) in reads {
        // `à partir de 250 000 par mois` in a projection: no money is asked, a count is.
        let read = match read {
            Read::Money {
                value,
                currency: None,
                ..
            } if !takes(OptionId::Price) && !takes(OptionId::Amount) => Read::Bare {
                value,
                hint: Hint::None,
            },
            read => read,
        };
        match read {
            Read::Option(option @ (OptionId::Followers | OptionId::Views), Value::Count(n))
                if aiming =>
            {
                counts.push(Count {
                    option,
                    n,
                    aimed: aims(at),
                    bare: false,
                });
            }
            Read::Option(option, value) => push(&mut values, option, value),
            Read::Percent { value, role } => push(
                &mut values,
                role.unwrap_or(percent_default),
                Value::Percent(Percent(value.normalize())),
            ),
            Read::Money {
                value,
                currency,
                hint,
            } => {
                let option = match hint {
                    Hint::At if takes(OptionId::Price) || !takes(OptionId::Amount) => {
                        OptionId::Price
                    }
                    // `à 35 $ … 3 000 $ par mois`: the income is the amount, the other the price.
                    Hint::Amount if income && takes(OptionId::Price) => OptionId::Price,
                    _ if takes(OptionId::Amount) => OptionId::Amount,
                    _ => OptionId::Price,
                };
                match currency {
                    // `150k naira`: no dated rate makes it the option's money.
                    Some(Tender::Unrated(code)) => {
                        unrated.get_or_insert(code);
                        if !unrated_amounts.iter().any(|(o, _)| *o == option) {
                            unrated_amounts.push((option, value));
                        }
                    }
                    Some(Tender::Rated(rated)) => match money(value, Some(rated)) {
                        Some(money) => push(&mut values, option, money),
                        None => unknown.push(plain(value)),
                    },
                    None => match money(value, None) {
                        Some(money) => push(&mut values, option, money),
                        None => unknown.push(plain(value)),
                    },
                }
            }
            Read::Bare { value, hint } => {
                let option = match hint {
                    // `j'ai 17 ans`, but `j'ai 10k`: a count past any age is what they have.
                    Hint::Age if whole(value).is_some_and(|n| n <= max_age()) => {
                        Some(OptionId::Age)
                    }
                    Hint::Age if takes(OptionId::Followers) => Some(OptionId::Followers),
                    Hint::Sales => Some(OptionId::Sales),
                    Hint::None if loose_unit.is_some() => loose_unit.take(),
                    Hint::At if asked.command == CommandId::Eligibility => Some(OptionId::Age),
                    Hint::At if takes(OptionId::Price) => Some(OptionId::Price),
                    Hint::Amount => Some(OptionId::Amount),
                    _ => main_option(asked.command),
                };
                match option {
                    // An amount in money no rate converts already holds that place
                    // (`quoting ₹15,000 for 1 TikTok`).
                    Some(o @ (OptionId::Price | OptionId::Amount))
                        if unrated_amounts.iter().any(|(u, _)| *u == o) =>
                    {
                        unknown.push(plain(value))
                    }
                    Some(o @ (OptionId::Price | OptionId::Amount)) => match money(value, None) {
                        Some(money) => push(&mut values, o, money),
                        None => unknown.push(plain(value)),
                    },
                    // `my followers growing 7 %, now at 60k, how long until I hit 250k`:
                    // both counts are of the unit the question names.
                    Some(option @ (OptionId::Followers | OptionId::Views)) if aiming => {
                        match whole(value) {
                            Some(n) => counts.push(Count {
                                option: named_unit.unwrap_or(option),
                                n,
                                aimed: aims(at),
                                bare: true,
                            }),
                            None => unknown.push(plain(value)),
                        }
                    }
                    Some(o) => match whole(value) {
                        Some(n) if !values.iter().any(|(v, _)| *v == o) => {
                            push(&mut values, o, Value::Count(n))
                        }
                        // `coach, 31, 40k followers, can I…`: beside the counts, an age.
                        Some(n)
                            if asked.command == CommandId::Eligibility
                                && n <= max_age()
                                && !values.iter().any(|(v, _)| *v == OptionId::Age) =>
                        {
                            push(&mut values, OptionId::Age, Value::Count(n))
                        }
                        _ => unknown.push(plain(value)),
                    },
                    None => unknown.push(plain(value)),
                }
            }
            Read::Ignored => {}
            Read::Unknown(text) => unknown.push(text),
        }
    }
    for (option, value) in current_and_target(&counts) {
        push(&mut values, option, Value::Count(value));
    }
    if let Some(months) = named.months {
        push(&mut values, OptionId::Months, Value::Count(months));
    }
    if let Some(country) = named.country.and_then(text::Country::parse) {
        push(&mut values, OptionId::Country, Value::Country(country));
    }
    if let Some(niche) = named.niche {
        push(&mut values, OptionId::Niche, Value::Niche(niche));
    }
    match named.currency {
        Some(Tender::Rated(currency)) => {
            let attached = values.iter().any(|(o, v)| {
                matches!(o, OptionId::Price | OptionId::Amount)
                    && matches!(v, Value::Money(_, Some(c)) if *c == currency)
            });
            if !attached {
                push(&mut values, OptionId::Currency, Value::Currency(currency));
            }
        }
        Some(Tender::Unrated(code)) => {
            unrated.get_or_insert(code);
        }
        None => {}
    }
    if let Some(period) = named.period
        && asked.command == CommandId::TakeHome
    {
        push(&mut values, OptionId::Period, Value::Period(period));
    }
    if let Some(shares) = &scan.audience {
        match shares.audience {
            Some(audience) if takes(OptionId::Audience) => {
                push(&mut values, OptionId::Audience, Value::Audience(audience));
            }
            Some(_) => {}
            None => unknown.push(scan.shares_written(shares)),
        }
    }
    if asked.command == CommandId::Payout
        && let Some(month) = payout_month(scan)
    {
        push(&mut values, OptionId::Date, Value::Month(None, month));
    }
    if let Some(topic) = asked.topic {
        push(&mut values, OptionId::Topic, Value::Topic(topic));
    }
    for (option, value) in said(scan, asked.command) {
        if takes(option) {
            push(&mut values, option, value);
        }
    }
    // The views a profile keeps are those of the last 30 days.
    if asked.command == CommandId::Profile {
        for (option, _) in &mut values {
            if *option == OptionId::Views {
                *option = OptionId::Views30d;
            }
        }
    }
    if asked.command == CommandId::Reminder
        && let Some(frequency) = intent::frequency(scan)
    {
        push(
            &mut values,
            OptionId::Frequency,
            Value::Frequency(frequency),
        );
    }
    // A value its option cannot hold is named as not understood rather than offered; one
    // out of range is offered, and refused with its range, as if typed.
    values.retain(|(option, value)| {
        let readable = match Inputs::default().put(catalogue::option(*option), *value) {
            Err(InputError::BadValue { problem, .. }) => matches!(
                problem,
                ValueProblem::TooLarge { .. } | ValueProblem::TooSmall { .. } | ValueProblem::Zero
            ),
            _ => true,
        };
        if !readable {
            unknown.push(value.written(Lang::En));
        }
        readable
    });
    values.sort_by_key(|(o, _)| *o);
    Some(Reading {
        command: asked.command,
        values,
        unknown,
        unrated,
        unrated_amounts,
        focus: asked.focus,
        yes_no: asked.yes_no,
        confidence,
    })
}

impl Reading {
    /// The command a user would have typed: the options the command takes, checked like
    /// typed ones; the reading itself goes along for the reply to state.
    pub fn invocation(self) -> Result<Invocation, InputError> {
        let spec = command(self.command);
        let mut inputs = Inputs::default();
        let (used, unused): (Vec<_>, Vec<_>) = self
            .values
            .into_iter()
            .partition(|(option, _)| spec.options.contains(option));
        for (option, value) in &used {
            inputs.put(catalogue::option(*option), *value)?;
        }
        Ok(Invocation {
            command: spec,
            inputs,
            asked: Some(Box::new(Asked {
                used,
                unused,
                unknown: self.unknown,
                unrated: self.unrated,
                unrated_amounts: self.unrated_amounts,
                focus: self.yes_no.then_some(self.focus).flatten(),
            })),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_glue_names_each_word_once() {
        let mut words = GLUE.to_vec();
        words.sort_unstable();
        let before = words.len();
        words.dedup();
        assert_eq!(words.len(), before, "GLUE lists a word twice");
    }

    #[test]
    fn only_a_sure_question_is_answered_unprompted() {
        assert!(overheard("combien pour 1,5 M de vues ?"));
        assert!(overheard("how much does tiktok pay for 2M views"));
        for left in [
            "merci !",
            "j'ai 900 000",
            "on mange où ce soir ?",
            "/gains 1M",
        ] {
            assert!(!overheard(left), "{left}");
        }
        // Personal commands would only say to ask in private.
        assert!(!overheard("montre-moi mes stats enregistrées"));
    }

    fn reading(text: &str) -> Reading {
        match read(text) {
            Understood::Read(reading) => reading,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn money_no_dated_rate_converts_is_named_back_not_taken() {
        let read = reading("combien pour 1M de vues au Nigeria en naira ?");
        assert_eq!(read.unrated, Some("NGN"));
        assert!(read.values.iter().all(|(o, _)| *o != OptionId::Currency));
        let read = reading("1M views in India, how many rupees");
        assert_eq!(read.unrated, Some("INR"));
        assert_eq!(reading("1M views in euros").unrated, None);
        // Francs with no country paying in francs: named back as written.
        assert_eq!(
            reading("1M de vues en francs, en France").unrated,
            Some("francs")
        );
        // An amount in it is kept aside, never converted.
        let read = reading("a brand offered me 150k naira for a video, I have 80k followers");
        assert_eq!(read.unrated, Some("NGN"));
        assert_eq!(
            read.unrated_amounts,
            vec![(OptionId::Price, Decimal::from(150_000))]
        );
        assert!(read.values.iter().all(|(o, _)| *o != OptionId::Price));
    }

    #[test]
    fn the_currency_named_is_the_one_of_the_country() {
        let currency = |text: &str| {
            reading(text).values.iter().find_map(|(o, v)| match v {
                Value::Money(_, c) if *o == OptionId::Price => *c,
                Value::Currency(c) => Some(*c),
                _ => None,
            })
        };
        assert_eq!(
            currency("une marque m'offre 350 $ pour une vidéo, je suis à Montréal"),
            Some(values::Currency::Cad)
        );
        assert_eq!(
            currency("une marque m'offre 350 $ CA pour une vidéo"),
            Some(values::Currency::Cad)
        );
        assert_eq!(
            currency("combien pour 1M de vues au Cameroun en FCFA"),
            Some(values::Currency::Xaf)
        );
        assert_eq!(
            currency("combien pour 1M de vues au Sénégal en FCFA"),
            Some(values::Currency::Xof)
        );
    }

    #[test]
    fn the_built_in_model_reads() {
        assert_eq!(model().intents, Intent::all());
        assert!(matches!(read("merci beaucoup !"), Understood::Chat));
    }
}
