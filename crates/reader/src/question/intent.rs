//! What a question asks for, from its cues and the quantities read in it: the command
//! that answers it, the FAQ topic, and the programme a yes-or-no question is about.

use super::lexicon::{Cue, Meaning};
use super::{Named, Read, Scan};
use catalogue::{CommandId, Frequency, OptionId, Period, StreamId, Topic};

/// What the numbers of a question were read as, in short.
#[derive(Debug, Default)]
pub(super) struct Found {
    options: Vec<OptionId>,
    money: bool,
    /// Money with its currency said (`49 €`), not only a number with a period.
    priced: bool,
    /// Money with a period (`1 500 € par mois`).
    income: bool,
    percent: bool,
    bare: bool,
}

impl Found {
    pub(super) fn of<'a>(reads: impl IntoIterator<Item = &'a Read>) -> Found {
        let mut found = Found::default();
        for read in reads {
            match read {
                Read::Option(option, _) => found.options.push(*option),
                Read::Percent { role, .. } => {
                    found.percent = true;
                    found.options.extend(*role);
                }
                Read::Money { hint, currency, .. } => {
                    found.money = true;
                    found.priced |= currency.is_some();
                    found.income |= *hint == super::Hint::Income;
                }
                Read::Bare { .. } => found.bare = true,
                Read::Ignored | Read::Unknown(_) => {}
            }
        }
        found
    }

    fn has(&self, option: OptionId) -> bool {
        self.options.contains(&option)
    }

    fn interactions(&self) -> bool {
        [
            OptionId::Likes,
            OptionId::Comments,
            OptionId::Shares,
            OptionId::Saves,
        ]
        .iter()
        .any(|o| self.has(*o))
    }
}

/// The command a question gets, and how to open its answer.
#[derive(Debug)]
pub(super) struct Asked {
    pub command: CommandId,
    pub topic: Option<Topic>,
    pub focus: Option<StreamId>,
    pub yes_no: bool,
}

fn asked(command: CommandId) -> Option<Asked> {
    Some(Asked {
        command,
        topic: None,
        focus: None,
        yes_no: false,
    })
}

fn faq(topic: Topic) -> Option<Asked> {
    Some(Asked {
        command: CommandId::Faq,
        topic: Some(topic),
        focus: None,
        yes_no: false,
    })
}

/// What a question about reminders asks: to stop them, to have them, or (neither) how
/// they stand.
pub(super) fn frequency(scan: &Scan) -> Option<Frequency> {
    if scan.has(Cue::Off) {
        Some(Frequency::Off)
    } else if scan.has(Cue::On)
        || scan.has(Cue::Topic(Topic::TurnOn))
        || scan
            .marks
            .iter()
            .any(|m| m.meaning == Meaning::Period(Period::Month))
    {
        Some(Frequency::Monthly)
    } else {
        None
    }
}

/// Decides what is asked, most specific first.
pub(super) fn asked_for(scan: &Scan, found: &Found, named: &Named) -> Option<Asked> {
    let has = |cue: Cue| scan.has(cue);
    let topic = |t: Topic| scan.has(Cue::Topic(t));
    let how = has(Cue::HowMuch) || has(Cue::HowMany);
    let numbers = !found.options.is_empty() || found.money || found.percent || found.bare;

    // A payout to record: `j'ai touché 38 € pour 95 000 vues`, `I got paid $40 for 100k views`.
    if has(Cue::Paid) && found.money && found.has(OptionId::Views) && !how {
        return asked(CommandId::Payout);
    }
    // `rappelle-moi chaque mois`, `stop the reminders`: the monthly reminder, on or off
    // (see `frequency`).
    if has(Cue::Reminder) && !found.money {
        return asked(CommandId::Reminder);
    }
    // `les réglages du serveur ?`, `group settings`: shown to anyone, changed by command.
    if has(Cue::Settings) && !numbers && !topic(Topic::TurnOn) {
        return asked(CommandId::Config);
    }
    // What is left after tax: `il me reste`, `net`, `take home`.
    if has(Cue::Keep) && !found.has(OptionId::Coins) && !found.has(OptionId::Diamonds) {
        return asked(CommandId::TakeHome);
    }
    // Gifts on ordinary videos, paid subscriptions and Pulse are FAQ topics, whatever
    // else the question says (`l'abonnement live` is about subscriptions).
    if has(Cue::VideoGifts) {
        return faq(Topic::VideoGifts);
    }
    if topic(Topic::Subscriptions) {
        return faq(Topic::Subscriptions);
    }
    let yes_no = (has(Cue::YesNo) || (has(Cue::Eligible) && !has(Cue::HowTo))) && !how;
    let pay = has(Cue::Pay) || how;
    if has(Cue::Help) && !numbers && !has(Cue::Pay) {
        return asked(CommandId::Help);
    }
    // `does TikTok pay for likes?`, `do likes count towards payment`: no views, money asked.
    let only_interactions = !found.money
        && !found.percent
        && found
            .options
            .iter()
            .all(|o| matches!(o, OptionId::Likes | OptionId::Comments));
    if scan_likes(scan) && only_interactions && (pay || yes_no) {
        return faq(Topic::Likes);
    }
    if has(Cue::Pulse) {
        return if yes_no || found.has(OptionId::Followers) {
            eligibility(StreamId::Pulse)
        } else {
            faq(Topic::Pulse)
        };
    }
    // How long to reach a count at a growth: `+15 % par mois, dans combien de temps j'ai 10k ?`
    if has(Cue::HowLong) && (has(Cue::Growth) || found.has(OptionId::Growth)) && !found.priced {
        return asked(CommandId::Projection);
    }
    // A target: `combien de vues pour gagner 1 000 €`, `how many sales to make $5,000`.
    if has(Cue::Goal) && (found.money || has(Cue::HowMany) || scan.has(Cue::HowMuch)) {
        return asked(CommandId::Goal);
    }
    if has(Cue::HowMany) && found.money && !found.has(OptionId::Views) {
        return asked(CommandId::Goal);
    }
    // `je vends à 30 €, je veux 1 500 € par mois : j'en vends combien ?`
    if has(Cue::Sell) && how && found.income && !found.has(OptionId::Views) {
        return asked(CommandId::Goal);
    }
    // Months ahead: a projection.
    if found.has(OptionId::Months)
        || named.months.is_some()
        || has(Cue::Projection)
        || (has(Cue::Growth) && found.has(OptionId::Growth) && !has(Cue::Sponsor))
    {
        return asked(CommandId::Projection);
    }
    // `comment activer les cadeaux LIVE`, `how do I join the Creator Marketplace`.
    if topic(Topic::TurnOn) && has(Cue::HowTo) && !numbers {
        return faq(Topic::TurnOn);
    }
    if topic(Topic::Payouts) {
        return faq(Topic::Payouts);
    }
    if topic(Topic::Taxes) {
        return faq(Topic::Taxes);
    }
    // An engagement rate to work out or judge.
    if (found.interactions() && (found.has(OptionId::Views) || !pay))
        || (has(Cue::Engagement) && !found.percent && !has(Cue::Sponsor) && !pay)
        // A rate to judge, given or to work out: `my ER is 6 %, decent?`.
        || (has(Cue::Engagement)
            && has(Cue::Rate)
            && !has(Cue::Sponsor)
            && (!found.has(OptionId::Followers) || found.percent))
    {
        return if found.interactions() && !found.has(OptionId::Views) && pay {
            faq(Topic::Likes)
        } else {
            asked(CommandId::Engagement)
        };
    }
    if found.interactions() {
        return faq(Topic::Likes);
    }
    if has(Cue::FollowersNeeded) && !found.has(OptionId::Followers) {
        return faq(Topic::Followers);
    }
    if has(Cue::Fund) && !found.has(OptionId::Views) && !found.has(OptionId::Followers) {
        return faq(Topic::Fund);
    }
    // `une marque m'offre 400 balles, ça passe ?`: whether an offer is fair.
    if yes_no && has(Cue::Sponsor) && found.money && !has(Cue::Live) {
        return asked(CommandId::Sponsorship);
    }
    // A yes-or-no question about a programme.
    if yes_no {
        let focus = if has(Cue::Live) || has(Cue::Gifts) {
            StreamId::LiveGifts
        } else if has(Cue::Sponsor) {
            StreamId::BrandDeal
        } else {
            StreamId::CreatorRewards
        };
        if !topic(Topic::Shop) || has(Cue::CreatorRewards) {
            return eligibility(focus);
        }
    }
    // `how does TikTok Shop affiliate work?`: how it works, not what it pays.
    if topic(Topic::Shop)
        && ((has(Cue::HowTo) && !numbers)
            || (!has(Cue::Affiliate) && !found.has(OptionId::Sales) && !has(Cue::Commission)))
    {
        return faq(Topic::Shop);
    }
    if has(Cue::Sponsor) {
        return asked(CommandId::Sponsorship);
    }
    if has(Cue::Affiliate)
        || topic(Topic::Shop)
        || found.has(OptionId::Commission)
        || (has(Cue::Commission) && found.has(OptionId::Sales))
    {
        return asked(CommandId::Affiliate);
    }
    if has(Cue::Live)
        || has(Cue::Gifts)
        || found.has(OptionId::Coins)
        || found.has(OptionId::Diamonds)
        || names_gifts(scan)
    {
        // Views and coins together: `80k views and 3000 coins, how much altogether`.
        return if found.has(OptionId::Views) && found.has(OptionId::Coins) {
            asked(CommandId::Gains)
        } else {
            asked(CommandId::Live)
        };
    }
    if has(Cue::Product)
        || (has(Cue::Sell) && !has(Cue::Affiliate))
        || found.has(OptionId::Conversion)
    {
        return asked(CommandId::Product);
    }
    if has(Cue::Sources) && !numbers {
        return asked(CommandId::Sources);
    }
    if pay || numbers || named.country.is_some() && how {
        return asked(CommandId::Gains);
    }
    if has(Cue::Eligible) {
        return eligibility(StreamId::CreatorRewards);
    }
    None
}

fn eligibility(focus: StreamId) -> Option<Asked> {
    Some(Asked {
        command: CommandId::Eligibility,
        topic: None,
        focus: Some(focus),
        yes_no: true,
    })
}

/// Whether the question names coins or diamonds, with or without a count; `6 € pièce`
/// and `2500 FCFA pièce` are a price each, not a coin.
fn names_gifts(scan: &Scan) -> bool {
    scan.marks.iter().any(|m| {
        let before = m.at.wrapping_sub(1);
        let after_money = matches!(
            scan.tokens.get(before),
            Some(super::Token::Symbol(c)) if text::currency_symbol(*c).is_some()
        ) || scan
            .mark_of
            .get(before)
            .copied()
            .flatten()
            .is_some_and(|b| {
                matches!(
                    scan.marks[b].meaning,
                    super::Meaning::Counted(super::Counted::Money(_))
                )
            });
        matches!(
            m.meaning,
            super::Meaning::Counted(super::Counted::Coins | super::Counted::Diamonds)
        ) && !after_money
    })
}

/// Whether the question names likes or comments (as a subject, with no count).
fn scan_likes(scan: &Scan) -> bool {
    scan.marks.iter().any(|m| {
        matches!(
            m.meaning,
            super::Meaning::Counted(super::Counted::Likes | super::Counted::Comments)
        )
    })
}
