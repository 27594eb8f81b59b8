//! The words a question is read by, in French and English (folded: lowercase, no
//! accents, apostrophes and hyphens as spaces): units that qualify a number, countries,
//! niches, currencies, and the cues that say what is asked.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use catalogue::{Choice, Niche, Period, Topic};
use text::Tender;

/// What a word says about the number next to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    Views,
    Followers,
    Coins,
    Diamonds,
    Likes,
    Comments,
    Shares,
    Saves,
    Sales,
    /// `ans`: an age, or a span with `dans`/`sur`.
    Years,
    /// `years old`, `yo`: an age.
    YearsOld,
    Months,
    Minutes,
    Seconds,
    /// `jours`, `days`: a span we read but use for nothing (`sur 30 jours`).
    Days,
    Money(Tender),
    /// `%`, `pourcent`.
    Percent,
    /// `vidéos`: a count of videos, which no option takes.
    Videos,
}

impl Counted {
    /// A count of something (views, followers, coins…), which a label may name before
    /// its number (`vues : 750k`).
    pub fn is_count(self) -> bool {
        matches!(
            self,
            Counted::Views
                | Counted::Followers
                | Counted::Coins
                | Counted::Diamonds
                | Counted::Likes
                | Counted::Comments
                | Counted::Shares
                | Counted::Saves
                | Counted::Sales
        )
    }
}

/// What a phrase asks or names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meaning {
    Counted(Counted),
    Country(&'static str),
    Niche(Niche),
    Period(Period),
    /// A span of time ahead in words (`dans un an`, `in a year and a half`), in months.
    Months(u64),
    /// A name several currencies share (`francs`, `dollars`, `rupees`): the country
    /// named says which (see `text::Shared`).
    Shared(&'static str, text::Shared),
    /// A shared name no country settles (`francs` in France): named back, not read.
    Unrated(&'static str),
    /// `ce mois-ci`, `this month`: when, not how often; a number before it has no unit.
    Now,
    Cue(Cue),
}

/// Evidence of what the question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// combien, how much: an amount is asked.
    HowMuch,
    /// how many, combien de: a count is asked.
    HowMany,
    /// paie, gagne, earn, rapporte: money is the subject.
    Pay,
    /// pour gagner, to make, objectif: a target.
    Goal,
    /// dans, d'ici, in, where will I be: time ahead.
    Ahead,
    Projection,
    Growth,
    Engagement,
    /// taux, rate, calculate, is that good: a rate to work out or judge.
    Rate,
    Live,
    Gifts,
    VideoGifts,
    Sponsor,
    Product,
    Sell,
    Affiliate,
    Commission,
    Conversion,
    Topic(Topic),
    /// je peux, can I, eligible, suffit, enough: a yes-or-no question.
    YesNo,
    Eligible,
    CreatorRewards,
    Pulse,
    /// il me reste, net, keep, take home.
    Keep,
    Help,
    Sources,
    /// à, at, prix, priced: a price or an age follows.
    At,
    Price,
    /// j'ai, I'm: an age may follow.
    Age,
    /// par, per, each: the number before is a rate, not a count.
    Per,
    Fund,
    FollowersNeeded,
    /// Words that name the language, not a country (`en anglais`, `in French`).
    Language,
    /// comment, how do I, how to: how something works, not whether.
    HowTo,
    /// j'ai touché, I got paid: what TikTok already paid, to record.
    Paid,
    /// rappel, remind me: the monthly reminder.
    Reminder,
    /// active, mets, turn on: switching something on.
    On,
    /// arrête, désactive, stop, turn off: switching something off.
    Off,
    /// réglages, settings, config: a server's or group's settings.
    Settings,
    /// dans combien de temps, how long: the months until a count is reached.
    HowLong,
    /// j'aurai, reach, get to: the count after it is one to reach.
    Reach,
    /// baisse, dropping: the percentage next to it is a decline.
    Decline,
    /// me propose, wants to give me, quoting: the amount after it is an offer (a price).
    Offer,
    /// ça prend, il faut, it takes: the count after it is a threshold quoted, not the
    /// creator's own (`ça prend 10 000 abonnés ? j'en ai 8 500`).
    Requires,
    /// note, log, save this, enregistre: the creator asks the bot to record what
    /// follows (a payout, their stats).
    Record,
}

use Counted as U;
use Cue as C;
use Meaning as M;

/// Every phrase, folded, with what it means. Longer phrases win over shorter ones.
const PHRASES: &[(&str, Meaning)] = &[
    // Units.
    ("vue", M::Counted(U::Views)),
    ("vues", M::Counted(U::Views)),
    ("vus", M::Counted(U::Views)),
    ("visionnages", M::Counted(U::Views)),
    ("view", M::Counted(U::Views)),
    ("views", M::Counted(U::Views)),
    ("qualified views", M::Counted(U::Views)),
    ("vws", M::Counted(U::Views)),
    ("abonne", M::Counted(U::Followers)),
    ("abonnes", M::Counted(U::Followers)),
    ("abonnee", M::Counted(U::Followers)),
    ("abonnees", M::Counted(U::Followers)),
    ("abo", M::Counted(U::Followers)),
    ("abos", M::Counted(U::Followers)),
    ("follower", M::Counted(U::Followers)),
    ("followers", M::Counted(U::Followers)),
    ("folowers", M::Counted(U::Followers)),
    ("sub", M::Counted(U::Followers)),
    ("subs", M::Counted(U::Followers)),
    ("subscribers", M::Counted(U::Followers)),
    ("fans", M::Counted(U::Followers)),
    ("piece", M::Counted(U::Coins)),
    ("pieces", M::Counted(U::Coins)),
    ("coin", M::Counted(U::Coins)),
    ("coins", M::Counted(U::Coins)),
    ("diamant", M::Counted(U::Diamonds)),
    ("diamants", M::Counted(U::Diamonds)),
    ("diamond", M::Counted(U::Diamonds)),
    ("diamonds", M::Counted(U::Diamonds)),
    ("like", M::Counted(U::Likes)),
    ("likes", M::Counted(U::Likes)),
    ("j aime", M::Counted(U::Likes)),
    ("mentions j aime", M::Counted(U::Likes)),
    ("jaime", M::Counted(U::Likes)),
    ("commentaire", M::Counted(U::Comments)),
    ("commentaires", M::Counted(U::Comments)),
    ("coms", M::Counted(U::Comments)),
    ("comms", M::Counted(U::Comments)),
    ("comments", M::Counted(U::Comments)),
    ("partage", M::Counted(U::Shares)),
    ("partages", M::Counted(U::Shares)),
    ("share", M::Counted(U::Shares)),
    ("shares", M::Counted(U::Shares)),
    ("enregistrement", M::Counted(U::Saves)),
    ("enregistrements", M::Counted(U::Saves)),
    ("sauvegardes", M::Counted(U::Saves)),
    ("save", M::Counted(U::Saves)),
    ("saves", M::Counted(U::Saves)),
    ("vente", M::Counted(U::Sales)),
    ("ventes", M::Counted(U::Sales)),
    ("sale", M::Counted(U::Sales)),
    ("sales", M::Counted(U::Sales)),
    ("sold", M::Counted(U::Sales)),
    ("copies", M::Counted(U::Sales)),
    ("articles", M::Counted(U::Sales)),
    ("items", M::Counted(U::Sales)),
    ("units", M::Counted(U::Sales)),
    ("unites", M::Counted(U::Sales)),
    ("orders", M::Counted(U::Sales)),
    ("produits", M::Counted(U::Sales)),
    ("people buy", M::Counted(U::Sales)),
    ("people bought", M::Counted(U::Sales)),
    ("buyers", M::Counted(U::Sales)),
    ("acheteurs", M::Counted(U::Sales)),
    ("personnes achetent", M::Counted(U::Sales)),
    ("clients", M::Counted(U::Sales)),
    ("ans", M::Counted(U::Years)),
    ("an", M::Counted(U::Years)),
    ("years", M::Counted(U::Years)),
    ("year", M::Counted(U::Years)),
    ("years old", M::Counted(U::YearsOld)),
    ("year old", M::Counted(U::YearsOld)),
    ("yo", M::Counted(U::YearsOld)),
    ("y o", M::Counted(U::YearsOld)),
    ("yrs old", M::Counted(U::YearsOld)),
    ("mois", M::Counted(U::Months)),
    ("month", M::Counted(U::Months)),
    ("months", M::Counted(U::Months)),
    ("min", M::Counted(U::Minutes)),
    ("mins", M::Counted(U::Minutes)),
    ("mn", M::Counted(U::Minutes)),
    ("minute", M::Counted(U::Minutes)),
    ("minutes", M::Counted(U::Minutes)),
    ("s", M::Counted(U::Seconds)),
    ("sec", M::Counted(U::Seconds)),
    ("secs", M::Counted(U::Seconds)),
    ("seconde", M::Counted(U::Seconds)),
    ("secondes", M::Counted(U::Seconds)),
    ("second", M::Counted(U::Seconds)),
    ("seconds", M::Counted(U::Seconds)),
    ("jour", M::Counted(U::Days)),
    ("jours", M::Counted(U::Days)),
    ("days", M::Counted(U::Days)),
    ("day", M::Counted(U::Days)),
    ("pourcent", M::Counted(U::Percent)),
    ("pour cent", M::Counted(U::Percent)),
    ("per cent", M::Counted(U::Percent)),
    ("pourcents", M::Counted(U::Percent)),
    ("percent", M::Counted(U::Percent)),
    ("pct", M::Counted(U::Percent)),
    ("video", M::Counted(U::Videos)),
    ("videos", M::Counted(U::Videos)),
    ("vids", M::Counted(U::Videos)),
    // Money, attached to a number or naming the currency wanted.
    // Spans of time ahead in words.
    ("dans un an", M::Months(12)),
    ("en un an", M::Months(12)),
    ("half a year", M::Months(6)),
    ("d ici un an", M::Months(12)),
    ("dans une annee", M::Months(12)),
    ("in a year", M::Months(12)),
    ("in one year", M::Months(12)),
    ("dans un an et demi", M::Months(18)),
    ("un an et demi", M::Months(18)),
    ("in a year and a half", M::Months(18)),
    ("a year and a half", M::Months(18)),
    ("dans deux ans", M::Months(24)),
    ("in two years", M::Months(24)),
    ("sur un an", M::Months(12)),
    ("next year", M::Months(12)),
    ("the next year", M::Months(12)),
    ("l annee prochaine", M::Months(12)),
    ("for one year", M::Months(12)),
    ("over one year", M::Months(12)),
    ("pour un an", M::Months(12)),
    ("pendant un an", M::Months(12)),
    ("pendant une annee", M::Months(12)),
    ("for a year", M::Months(12)),
    ("over a year", M::Months(12)),
    // Periods of an amount.
    ("par an", M::Period(Period::Year)),
    ("annuel", M::Period(Period::Year)),
    ("annuels", M::Period(Period::Year)),
    ("cette annee", M::Period(Period::Year)),
    ("a year", M::Period(Period::Year)),
    ("per year", M::Period(Period::Year)),
    ("this year", M::Period(Period::Year)),
    ("last year", M::Period(Period::Year)),
    ("l an dernier", M::Period(Period::Year)),
    ("l annee derniere", M::Period(Period::Year)),
    ("l an passe", M::Period(Period::Year)),
    ("yearly", M::Period(Period::Year)),
    ("annually", M::Period(Period::Year)),
    ("par mois", M::Period(Period::Month)),
    ("mensuel", M::Period(Period::Month)),
    ("mensuels", M::Period(Period::Month)),
    ("mensuelle", M::Period(Period::Month)),
    ("a month", M::Period(Period::Month)),
    ("per month", M::Period(Period::Month)),
    ("monthly", M::Period(Period::Month)),
    ("chaque mois", M::Period(Period::Month)),
    ("tous les mois", M::Period(Period::Month)),
    ("every month", M::Period(Period::Month)),
    ("each month", M::Period(Period::Month)),
    ("ce mois", M::Now),
    ("ce mois ci", M::Now),
    ("le mois dernier", M::Now),
    ("mois dernier", M::Now),
    ("this month", M::Now),
    ("last month", M::Now),
    ("this past month", M::Now),
    ("sur l annee", M::Period(Period::Year)),
    ("par annee", M::Period(Period::Year)),
    ("a l annee", M::Period(Period::Year)),
    // Niches.
    // Cues.
    ("rappel", M::Cue(C::Reminder)),
    ("rappels", M::Cue(C::Reminder)),
    ("rappelle moi", M::Cue(C::Reminder)),
    ("rappeler", M::Cue(C::Reminder)),
    ("me rappeler", M::Cue(C::Reminder)),
    ("relance", M::Cue(C::Reminder)),
    ("relances", M::Cue(C::Reminder)),
    ("reminder", M::Cue(C::Reminder)),
    ("reminders", M::Cue(C::Reminder)),
    ("remind me", M::Cue(C::Reminder)),
    ("active", M::Cue(C::On)),
    ("activez", M::Cue(C::On)),
    ("mets moi", M::Cue(C::On)),
    ("je veux", M::Cue(C::On)),
    ("envoie moi", M::Cue(C::On)),
    ("switch on", M::Cue(C::On)),
    ("send me", M::Cue(C::On)),
    ("i want", M::Cue(C::On)),
    ("sign me up", M::Cue(C::On)),
    ("arrete", M::Cue(C::Off)),
    ("arreter", M::Cue(C::Off)),
    ("arretez", M::Cue(C::Off)),
    ("desactive", M::Cue(C::Off)),
    ("desactiver", M::Cue(C::Off)),
    ("plus de", M::Cue(C::Off)),
    ("stop", M::Cue(C::Off)),
    ("stoppe", M::Cue(C::Off)),
    ("turn off", M::Cue(C::Off)),
    ("switch off", M::Cue(C::Off)),
    ("turn it off", M::Cue(C::Off)),
    ("switch it off", M::Cue(C::Off)),
    ("any longer", M::Cue(C::Off)),
    ("no longer", M::Cue(C::Off)),
    ("ne plus", M::Cue(C::Off)),
    ("no more", M::Cue(C::Off)),
    ("disable", M::Cue(C::Off)),
    ("unsubscribe", M::Cue(C::Off)),
    ("coupe", M::Cue(C::Off)),
    ("coupe le", M::Cue(C::Off)),
    ("couper", M::Cue(C::Off)),
    ("plus besoin", M::Cue(C::Off)),
    ("enleve", M::Cue(C::Off)),
    ("cancel", M::Cue(C::Off)),
    ("don t need", M::Cue(C::Off)),
    ("reglages", M::Cue(C::Settings)),
    ("reglage", M::Cue(C::Settings)),
    ("parametres", M::Cue(C::Settings)),
    ("configuration", M::Cue(C::Settings)),
    ("config", M::Cue(C::Settings)),
    ("settings", M::Cue(C::Settings)),
    ("dans combien de temps", M::Cue(C::HowLong)),
    ("en combien de temps", M::Cue(C::HowLong)),
    ("combien de temps", M::Cue(C::HowLong)),
    ("combien de mois", M::Cue(C::HowLong)),
    ("en combien de mois", M::Cue(C::HowLong)),
    ("how long", M::Cue(C::HowLong)),
    ("quand", M::Cue(C::HowLong)),
    ("quand est ce que", M::Cue(C::HowLong)),
    ("when do i", M::Cue(C::HowLong)),
    ("when will", M::Cue(C::HowLong)),
    ("how many months", M::Cue(C::HowLong)),
    ("when will i", M::Cue(C::HowLong)),
    ("quand est ce que j aurai", M::Cue(C::HowLong)),
    ("j aurai", M::Cue(C::Reach)),
    ("aurai", M::Cue(C::Reach)),
    ("atteins", M::Cue(C::Reach)),
    ("arriver a", M::Cue(C::Reach)),
    ("passer a", M::Cue(C::Reach)),
    ("reach", M::Cue(C::Reach)),
    // Darija in Latin letters: `bach nwsel 100k` (to reach).
    ("nwsel", M::Cue(C::Reach)),
    ("nwssel", M::Cue(C::Reach)),
    ("nousel", M::Cue(C::Reach)),
    ("get to", M::Cue(C::Reach)),
    ("hit", M::Cue(C::Reach)),
    ("vise", M::Cue(C::Reach)),
    ("viser", M::Cue(C::Reach)),
    ("vises", M::Cue(C::Reach)),
    ("i ll have", M::Cue(C::Reach)),
    ("i will have", M::Cue(C::Reach)),
    ("par defaut", M::Cue(C::Settings)),
    ("by default", M::Cue(C::Settings)),
    ("pour ce serveur", M::Cue(C::Settings)),
    ("for this server", M::Cue(C::Settings)),
    ("pour ce groupe", M::Cue(C::Settings)),
    ("for this group", M::Cue(C::Settings)),
    ("pour le serveur", M::Cue(C::Settings)),
    ("pour le groupe", M::Cue(C::Settings)),
    ("j ai touche", M::Cue(C::Paid)),
    ("j ai recu", M::Cue(C::Paid)),
    ("j ai ete paye", M::Cue(C::Paid)),
    ("j ai ete payee", M::Cue(C::Paid)),
    ("tiktok m a paye", M::Cue(C::Paid)),
    ("tiktok m a verse", M::Cue(C::Paid)),
    ("on m a verse", M::Cue(C::Paid)),
    ("i was paid", M::Cue(C::Paid)),
    ("i got paid", M::Cue(C::Paid)),
    ("i received", M::Cue(C::Paid)),
    ("tiktok paid me", M::Cue(C::Paid)),
    ("me verser", M::Cue(C::Paid)),
    ("m a verse", M::Cue(C::Paid)),
    ("m a paye", M::Cue(C::Paid)),
    ("paid me", M::Cue(C::Paid)),
    ("just paid", M::Cue(C::Paid)),
    ("combien", M::Cue(C::HowMuch)),
    ("cb", M::Cue(C::HowMuch)),
    ("how much", M::Cue(C::HowMuch)),
    ("what can i earn", M::Cue(C::HowMuch)),
    ("what can i make", M::Cue(C::HowMuch)),
    ("what can i expect", M::Cue(C::HowMuch)),
    ("what can we expect", M::Cue(C::HowMuch)),
    ("combien de chiffre", M::Cue(C::HowMuch)),
    ("quelle remuneration", M::Cue(C::HowMuch)),
    ("chiffre d affaires", M::Cue(C::HowMuch)),
    ("quel revenu", M::Cue(C::HowMuch)),
    ("what revenue", M::Cue(C::HowMuch)),
    ("ca fait combien", M::Cue(C::HowMuch)),
    ("what do i earn", M::Cue(C::HowMuch)),
    ("what do i make", M::Cue(C::HowMuch)),
    ("worth", M::Cue(C::HowMuch)),
    ("vaut", M::Cue(C::HowMuch)),
    ("combien de", M::Cue(C::HowMany)),
    ("combien d", M::Cue(C::HowMany)),
    ("how many", M::Cue(C::HowMany)),
    ("il me faut combien", M::Cue(C::HowMany)),
    ("paye", M::Cue(C::Pay)),
    ("payer", M::Cue(C::Pay)),
    ("paie", M::Cue(C::Pay)),
    ("payes", M::Cue(C::Pay)),
    ("payee", M::Cue(C::Pay)),
    ("gagne", M::Cue(C::Pay)),
    ("gagnes", M::Cue(C::Pay)),
    ("gagner", M::Cue(C::Pay)),
    ("gagnerai", M::Cue(C::Pay)),
    ("gains", M::Cue(C::Pay)),
    ("rapporte", M::Cue(C::Pay)),
    ("rapportent", M::Cue(C::Pay)),
    ("touche", M::Cue(C::Pay)),
    ("toucher", M::Cue(C::Pay)),
    ("toucherais", M::Cue(C::Pay)),
    ("revenus", M::Cue(C::Pay)),
    ("argent", M::Cue(C::Pay)),
    ("rentable", M::Cue(C::Pay)),
    ("pay", M::Cue(C::Pay)),
    ("pays", M::Cue(C::Pay)),
    ("paid", M::Cue(C::Pay)),
    ("payout", M::Cue(C::Pay)),
    ("earn", M::Cue(C::Pay)),
    ("earnings", M::Cue(C::Pay)),
    ("make", M::Cue(C::Pay)),
    ("money", M::Cue(C::Pay)),
    ("payment", M::Cue(C::Pay)),
    ("paiement", M::Cue(C::Pay)),
    ("bread", M::Cue(C::Pay)),
    ("cash", M::Cue(C::Pay)),
    ("estimation", M::Cue(C::Pay)),
    ("estimate", M::Cue(C::Pay)),
    ("pour gagner", M::Cue(C::Goal)),
    ("pour faire", M::Cue(C::Goal)),
    ("pour toucher", M::Cue(C::Goal)),
    ("pour atteindre", M::Cue(C::Goal)),
    ("atteindre", M::Cue(C::Goal)),
    ("objectif", M::Cue(C::Goal)),
    ("en vivre", M::Cue(C::Goal)),
    ("vivre de", M::Cue(C::Goal)),
    ("to make", M::Cue(C::Goal)),
    ("to earn", M::Cue(C::Goal)),
    ("to hit", M::Cue(C::Goal)),
    ("goal", M::Cue(C::Goal)),
    ("needed for", M::Cue(C::Goal)),
    ("it take", M::Cue(C::Goal)),
    ("full time", M::Cue(C::Goal)),
    ("dans", M::Cue(C::Ahead)),
    ("d ici", M::Cue(C::Ahead)),
    ("in", M::Cue(C::Ahead)),
    ("ou je serai", M::Cue(C::Projection)),
    ("j en serai", M::Cue(C::Projection)),
    ("j en suis ou", M::Cue(C::Projection)),
    ("serai", M::Cue(C::Projection)),
    ("projection", M::Cue(C::Projection)),
    ("prevision", M::Cue(C::Projection)),
    ("forecast", M::Cue(C::Projection)),
    ("project", M::Cue(C::Projection)),
    ("where will i be", M::Cue(C::Projection)),
    ("a ce rythme", M::Cue(C::Projection)),
    ("estime ma croissance", M::Cue(C::Projection)),
    ("croissance", M::Cue(C::Growth)),
    ("grossis", M::Cue(C::Growth)),
    ("growth", M::Cue(C::Growth)),
    ("grow", M::Cue(C::Growth)),
    ("growing", M::Cue(C::Growth)),
    ("baisse", M::Cue(C::Decline)),
    ("baissent", M::Cue(C::Decline)),
    ("en baisse", M::Cue(C::Decline)),
    ("chute", M::Cue(C::Decline)),
    ("chutent", M::Cue(C::Decline)),
    ("perds", M::Cue(C::Decline)),
    ("diminue", M::Cue(C::Decline)),
    ("diminuent", M::Cue(C::Decline)),
    ("dropping", M::Cue(C::Decline)),
    ("dropping like", M::Cue(C::Decline)),
    ("down like", M::Cue(C::Decline)),
    ("drop", M::Cue(C::Decline)),
    ("drops", M::Cue(C::Decline)),
    ("declining", M::Cue(C::Decline)),
    ("decline", M::Cue(C::Decline)),
    ("falling", M::Cue(C::Decline)),
    ("going down", M::Cue(C::Decline)),
    ("down", M::Cue(C::Decline)),
    ("losing", M::Cue(C::Decline)),
    ("lose", M::Cue(C::Decline)),
    ("perd", M::Cue(C::Decline)),
    ("perdre", M::Cue(C::Decline)),
    ("recule", M::Cue(C::Decline)),
    ("note", M::Cue(C::Record)),
    ("note le", M::Cue(C::Record)),
    ("note ca", M::Cue(C::Record)),
    ("noter", M::Cue(C::Record)),
    ("log", M::Cue(C::Record)),
    ("log that", M::Cue(C::Record)),
    ("log it", M::Cue(C::Record)),
    ("save this", M::Cue(C::Record)),
    ("save that", M::Cue(C::Record)),
    ("save it", M::Cue(C::Record)),
    ("save my", M::Cue(C::Record)),
    ("enregistre", M::Cue(C::Record)),
    ("enregistrer", M::Cue(C::Record)),
    ("enregistres", M::Cue(C::Record)),
    ("garde mes", M::Cue(C::Record)),
    ("garde ca", M::Cue(C::Record)),
    ("sauvegarde", M::Cue(C::Record)),
    ("retiens", M::Cue(C::Record)),
    ("remember", M::Cue(C::Record)),
    ("record", M::Cue(C::Record)),
    ("write down", M::Cue(C::Record)),
    ("put it down", M::Cue(C::Record)),
    ("keep track", M::Cue(C::Record)),
    ("ca prend", M::Cue(C::Requires)),
    ("il faut", M::Cue(C::Requires)),
    ("faut", M::Cue(C::Requires)),
    ("it takes", M::Cue(C::Requires)),
    ("takes", M::Cue(C::Requires)),
    ("you need", M::Cue(C::Requires)),
    ("requires", M::Cue(C::Requires)),
    ("required", M::Cue(C::Requires)),
    // Offers: the amount after the verb is the price offered.
    ("give me", M::Cue(C::Offer)),
    ("pay me", M::Cue(C::Offer)),
    ("dash me", M::Cue(C::Offer)),
    ("chuck me", M::Cue(C::Offer)),
    ("threw", M::Cue(C::Offer)),
    ("quoting", M::Cue(C::Offer)),
    ("is quoting", M::Cue(C::Offer)),
    ("quoted", M::Cue(C::Offer)),
    ("proposing", M::Cue(C::Offer)),
    ("me payer", M::Cue(C::Offer)),
    ("me filer", M::Cue(C::Offer)),
    ("me lacher", M::Cue(C::Offer)),
    ("me donner", M::Cue(C::Offer)),
    ("m offrent", M::Cue(C::Offer)),
    ("m a propose", M::Cue(C::Offer)),
    ("m a offert", M::Cue(C::Offer)),
    ("m ont propose", M::Cue(C::Offer)),
    ("m ont offert", M::Cue(C::Offer)),
    ("me proposent", M::Cue(C::Offer)),
    ("engagement", M::Cue(C::Engagement)),
    ("taux d engagement", M::Cue(C::Engagement)),
    ("engagement rate", M::Cue(C::Engagement)),
    ("my er", M::Cue(C::Engagement)),
    ("mon er", M::Cue(C::Engagement)),
    ("taux", M::Cue(C::Rate)),
    ("rate", M::Cue(C::Rate)),
    ("calcule", M::Cue(C::Rate)),
    ("calcul", M::Cue(C::Rate)),
    ("calculate", M::Cue(C::Rate)),
    ("calc", M::Cue(C::Rate)),
    ("work out", M::Cue(C::Rate)),
    ("is that good", M::Cue(C::Rate)),
    ("c est bon", M::Cue(C::Rate)),
    ("bon ou pas", M::Cue(C::Rate)),
    ("good", M::Cue(C::Rate)),
    ("decent", M::Cue(C::Rate)),
    ("c est bien", M::Cue(C::Rate)),
    ("is it good", M::Cue(C::Rate)),
    ("c bien", M::Cue(C::Rate)),
    ("bien ou pas", M::Cue(C::Rate)),
    ("bad", M::Cue(C::Rate)),
    ("is that bad", M::Cue(C::Rate)),
    ("mauvais", M::Cue(C::Rate)),
    ("c est nul", M::Cue(C::Rate)),
    ("faible", M::Cue(C::Rate)),
    ("dans la moyenne", M::Cue(C::Rate)),
    ("normal", M::Cue(C::Rate)),
    ("for my size", M::Cue(C::Rate)),
    ("pour ma taille", M::Cue(C::Rate)),
    ("strong", M::Cue(C::Rate)),
    ("solid", M::Cue(C::Rate)),
    ("healthy", M::Cue(C::Rate)),
    ("live", M::Cue(C::Live)),
    ("lives", M::Cue(C::Live)),
    ("direct", M::Cue(C::Live)),
    ("stream", M::Cue(C::Live)),
    ("streamers", M::Cue(C::Live)),
    ("going live", M::Cue(C::Live)),
    ("go live", M::Cue(C::Live)),
    ("cadeaux", M::Cue(C::Gifts)),
    ("cadeau", M::Cue(C::Gifts)),
    ("gifts", M::Cue(C::Gifts)),
    ("gift", M::Cue(C::Gifts)),
    ("video gifts", M::Cue(C::VideoGifts)),
    ("cadeaux video", M::Cue(C::VideoGifts)),
    ("cadeaux sur les videos", M::Cue(C::VideoGifts)),
    ("cadeaux sur mes videos", M::Cue(C::VideoGifts)),
    ("cadeaux sous les videos", M::Cue(C::VideoGifts)),
    ("gifts on videos", M::Cue(C::VideoGifts)),
    ("gifts on my videos", M::Cue(C::VideoGifts)),
    ("gifts on normal videos", M::Cue(C::VideoGifts)),
    ("gifts on regular videos", M::Cue(C::VideoGifts)),
    ("gifts on videos now", M::Cue(C::VideoGifts)),
    ("sponso", M::Cue(C::Sponsor)),
    ("on m offre", M::Cue(C::Offer)),
    ("m offre", M::Cue(C::Offer)),
    ("me propose", M::Cue(C::Offer)),
    ("une offre", M::Cue(C::Sponsor)),
    ("offered me", M::Cue(C::Offer)),
    ("offering me", M::Cue(C::Offer)),
    ("an offer", M::Cue(C::Sponsor)),
    ("offered", M::Cue(C::Offer)),
    ("got offered", M::Cue(C::Offer)),
    ("offering", M::Cue(C::Offer)),
    ("veut me payer", M::Cue(C::Offer)),
    ("wants to pay me", M::Cue(C::Offer)),
    ("sponsos", M::Cue(C::Sponsor)),
    ("sponsorise", M::Cue(C::Sponsor)),
    ("sponsorisee", M::Cue(C::Sponsor)),
    ("sponsoring", M::Cue(C::Sponsor)),
    ("sponsor", M::Cue(C::Sponsor)),
    ("sponsored", M::Cue(C::Sponsor)),
    ("sponsorship", M::Cue(C::Sponsor)),
    ("placement", M::Cue(C::Sponsor)),
    ("placements", M::Cue(C::Sponsor)),
    ("placement de produit", M::Cue(C::Sponsor)),
    ("placements de produit", M::Cue(C::Sponsor)),
    ("collab", M::Cue(C::Sponsor)),
    ("collaboration", M::Cue(C::Sponsor)),
    ("partenariat", M::Cue(C::Sponsor)),
    ("partenariats", M::Cue(C::Sponsor)),
    ("marque", M::Cue(C::Sponsor)),
    ("marques", M::Cue(C::Sponsor)),
    ("brand", M::Cue(C::Sponsor)),
    ("brands", M::Cue(C::Sponsor)),
    ("commandite", M::Cue(C::Sponsor)),
    ("paid promo", M::Cue(C::Sponsor)),
    ("rate card", M::Cue(C::Sponsor)),
    ("facturer", M::Cue(C::Sponsor)),
    ("facture", M::Cue(C::Sponsor)),
    ("charge", M::Cue(C::Sponsor)),
    ("tarif", M::Cue(C::Sponsor)),
    ("produit", M::Cue(C::Product)),
    ("formation", M::Cue(C::Product)),
    ("ebook", M::Cue(C::Product)),
    ("e book", M::Cue(C::Product)),
    ("cours", M::Cue(C::Product)),
    ("course", M::Cue(C::Product)),
    ("coaching", M::Cue(C::Product)),
    ("merch", M::Cue(C::Product)),
    ("t shirt", M::Cue(C::Product)),
    ("t shirts", M::Cue(C::Product)),
    ("sweats", M::Cue(C::Product)),
    ("presets", M::Cue(C::Product)),
    ("preset", M::Cue(C::Product)),
    ("ebooks", M::Cue(C::Product)),
    ("formations", M::Cue(C::Product)),
    ("hoodie", M::Cue(C::Product)),
    ("hoodies", M::Cue(C::Product)),
    ("tshirt", M::Cue(C::Product)),
    ("tshirts", M::Cue(C::Product)),
    ("guide", M::Cue(C::Product)),
    ("product", M::Cue(C::Product)),
    ("book", M::Cue(C::Product)),
    ("my own", M::Cue(C::Product)),
    ("digital product", M::Cue(C::Product)),
    ("produit digital", M::Cue(C::Product)),
    ("vends", M::Cue(C::Sell)),
    ("vendre", M::Cue(C::Sell)),
    ("vend", M::Cue(C::Sell)),
    ("vendu", M::Cue(C::Sell)),
    ("vendus", M::Cue(C::Sell)),
    ("vendant", M::Cue(C::Sell)),
    ("sell", M::Cue(C::Sell)),
    ("selling", M::Cue(C::Sell)),
    ("affiliation", M::Cue(C::Affiliate)),
    ("affilie", M::Cue(C::Affiliate)),
    ("affilies", M::Cue(C::Affiliate)),
    ("liens affilies", M::Cue(C::Affiliate)),
    ("affiliate", M::Cue(C::Affiliate)),
    ("amazon", M::Cue(C::Affiliate)),
    ("code promo", M::Cue(C::Affiliate)),
    ("promo code", M::Cue(C::Affiliate)),
    ("commission", M::Cue(C::Commission)),
    ("com", M::Cue(C::Commission)),
    ("conversion", M::Cue(C::Conversion)),
    ("taux de conversion", M::Cue(C::Conversion)),
    ("achetent", M::Cue(C::Conversion)),
    ("achete", M::Cue(C::Conversion)),
    ("buy", M::Cue(C::Conversion)),
    ("convert", M::Cue(C::Conversion)),
    ("convertit", M::Cue(C::Conversion)),
    ("pulse", M::Cue(C::Pulse)),
    ("tiktok pulse", M::Cue(C::Pulse)),
    ("creator fund", M::Cue(C::Fund)),
    ("fonds", M::Cue(C::Fund)),
    ("fond des createurs", M::Cue(C::Fund)),
    ("fonds des createurs", M::Cue(C::Fund)),
    ("creativity program", M::Cue(C::Fund)),
    ("programme creativite", M::Cue(C::Fund)),
    ("combien d abonnes", M::Cue(C::FollowersNeeded)),
    ("combien d abos", M::Cue(C::FollowersNeeded)),
    ("combien de followers", M::Cue(C::FollowersNeeded)),
    ("a partir de combien", M::Cue(C::FollowersNeeded)),
    ("how many followers", M::Cue(C::FollowersNeeded)),
    ("how many subs", M::Cue(C::FollowersNeeded)),
    ("follower requirement", M::Cue(C::FollowersNeeded)),
    ("at how many followers", M::Cue(C::FollowersNeeded)),
    ("par abonne", M::Cue(C::FollowersNeeded)),
    ("per follower", M::Cue(C::FollowersNeeded)),
    ("je peux", M::Cue(C::YesNo)),
    ("on peut", M::Cue(C::YesNo)),
    ("peut on", M::Cue(C::YesNo)),
    ("puis je", M::Cue(C::YesNo)),
    ("est ce que je peux", M::Cue(C::YesNo)),
    ("can i", M::Cue(C::YesNo)),
    ("am i", M::Cue(C::YesNo)),
    ("do i qualify", M::Cue(C::YesNo)),
    ("j ai le droit", M::Cue(C::YesNo)),
    ("a le droit", M::Cue(C::YesNo)),
    ("ai le droit", M::Cue(C::YesNo)),
    ("allowed to", M::Cue(C::YesNo)),
    ("suffit", M::Cue(C::Eligible)),
    ("suffisant", M::Cue(C::Eligible)),
    ("ca suffit", M::Cue(C::Eligible)),
    ("assez", M::Cue(C::Eligible)),
    ("enough", M::Cue(C::Eligible)),
    ("eligible", M::Cue(C::Eligible)),
    ("eligibilite", M::Cue(C::Eligible)),
    ("qualify", M::Cue(C::Eligible)),
    ("qualifies", M::Cue(C::Eligible)),
    ("admissible", M::Cue(C::Eligible)),
    ("count", M::Cue(C::Eligible)),
    ("comptent", M::Cue(C::Eligible)),
    ("ca passe", M::Cue(C::Eligible)),
    ("c est ok pour", M::Cue(C::Eligible)),
    ("c est bon pour", M::Cue(C::Eligible)),
    ("dispo", M::Cue(C::Eligible)),
    ("disponible", M::Cue(C::Eligible)),
    ("available", M::Cue(C::Eligible)),
    ("accepte", M::Cue(C::Eligible)),
    ("acceptee", M::Cue(C::Eligible)),
    ("acceptes", M::Cue(C::Eligible)),
    ("accepted", M::Cue(C::Eligible)),
    ("meet the requirements", M::Cue(C::Eligible)),
    ("do i meet", M::Cue(C::Eligible)),
    ("remplis les conditions", M::Cue(C::Eligible)),
    ("remplir les conditions", M::Cue(C::Eligible)),
    ("je remplis", M::Cue(C::Eligible)),
    ("j ai droit", M::Cue(C::Eligible)),
    ("quels programmes", M::Cue(C::Eligible)),
    ("me manque", M::Cue(C::Eligible)),
    ("il me manque", M::Cue(C::Eligible)),
    ("what am i missing", M::Cue(C::Eligible)),
    ("ouvert", M::Cue(C::Eligible)),
    ("accessible", M::Cue(C::Eligible)),
    ("open to me", M::Cue(C::Eligible)),
    ("open in", M::Cue(C::Eligible)),
    ("rejoindre", M::Cue(C::Eligible)),
    ("join", M::Cue(C::Eligible)),
    ("rentre dans les conditions", M::Cue(C::Eligible)),
    ("monetise", M::Cue(C::Eligible)),
    ("monetiser", M::Cue(C::Eligible)),
    ("monetisation", M::Cue(C::Eligible)),
    ("monetize", M::Cue(C::Eligible)),
    ("monetized", M::Cue(C::Eligible)),
    ("monetization", M::Cue(C::Eligible)),
    ("creator rewards", M::Cue(C::CreatorRewards)),
    ("programme de recompenses", M::Cue(C::CreatorRewards)),
    ("il me reste", M::Cue(C::Keep)),
    ("me reste", M::Cue(C::Keep)),
    ("il reste", M::Cue(C::Keep)),
    ("garde", M::Cue(C::Keep)),
    ("net", M::Cue(C::Keep)),
    ("brut", M::Cue(C::Keep)),
    ("apres impots", M::Cue(C::Keep)),
    ("apres charges", M::Cue(C::Keep)),
    ("apres cotisations", M::Cue(C::Keep)),
    ("do i keep", M::Cue(C::Keep)),
    ("will i keep", M::Cue(C::Keep)),
    ("i keep on", M::Cue(C::Keep)),
    ("actually keep", M::Cue(C::Keep)),
    ("take home", M::Cue(C::Keep)),
    ("left after", M::Cue(C::Keep)),
    ("is left", M::Cue(C::Keep)),
    ("after tax", M::Cue(C::Keep)),
    ("after taxes", M::Cue(C::Keep)),
    ("social contributions", M::Cue(C::Keep)),
    ("aide", M::Cue(C::Help)),
    ("help", M::Cue(C::Help)),
    ("commandes", M::Cue(C::Help)),
    ("commands", M::Cue(C::Help)),
    ("tu sais faire quoi", M::Cue(C::Help)),
    ("m aider", M::Cue(C::Help)),
    ("what can you do", M::Cue(C::Help)),
    ("what u got", M::Cue(C::Help)),
    ("use this bot", M::Cue(C::Help)),
    ("tu sers a quoi", M::Cue(C::Help)),
    ("sers a quoi", M::Cue(C::Help)),
    ("faire quoi", M::Cue(C::Help)),
    ("quoi te demander", M::Cue(C::Help)),
    ("use you", M::Cue(C::Help)),
    ("sources", M::Cue(C::Sources)),
    ("source", M::Cue(C::Sources)),
    ("viennent", M::Cue(C::Sources)),
    ("base sur", M::Cue(C::Sources)),
    ("based on", M::Cue(C::Sources)),
    ("come from", M::Cue(C::Sources)),
    ("get them", M::Cue(C::Sources)),
    ("tes chiffres", M::Cue(C::Sources)),
    ("te bases", M::Cue(C::Sources)),
    ("tu te bases", M::Cue(C::Sources)),
    ("comment", M::Cue(C::HowTo)),
    ("how do i", M::Cue(C::HowTo)),
    ("how to", M::Cue(C::HowTo)),
    ("how do", M::Cue(C::HowTo)),
    ("how does", M::Cue(C::HowTo)),
    ("a", M::Cue(C::At)),
    ("at", M::Cue(C::At)),
    ("prix", M::Cue(C::Price)),
    ("price", M::Cue(C::Price)),
    ("priced", M::Cue(C::Price)),
    ("costs", M::Cue(C::Price)),
    ("coute", M::Cue(C::Price)),
    ("each", M::Cue(C::Price)),
    ("est a", M::Cue(C::Price)),
    ("j ai", M::Cue(C::Age)),
    ("jai", M::Cue(C::Age)),
    ("i m", M::Cue(C::Age)),
    ("im", M::Cue(C::Age)),
    ("i am", M::Cue(C::Age)),
    ("age", M::Cue(C::Age)),
    ("she is", M::Cue(C::Age)),
    ("he is", M::Cue(C::Age)),
    ("she s", M::Cue(C::Age)),
    ("he s", M::Cue(C::Age)),
    ("talent is", M::Cue(C::Age)),
    ("par", M::Cue(C::Per)),
    ("per", M::Cue(C::Per)),
    ("en francais", M::Cue(C::Language)),
    ("en anglais", M::Cue(C::Language)),
    ("in french", M::Cue(C::Language)),
    ("in english", M::Cue(C::Language)),
    ("cours de francais", M::Cue(C::Language)),
    ("cours d anglais", M::Cue(C::Language)),
];

/// Words the phrase index is keyed by: the first word of each phrase.
type Index = FxHashMap<String, Vec<(Vec<String>, Meaning)>>;

fn add(index: &mut Index, phrase: &str, meaning: Meaning) {
    let words: Vec<String> = phrase.split(' ').map(str::to_owned).collect();
    let entry = index.entry(words[0].clone()).or_default();
    entry.push((words, meaning));
    // Longest first, so `combien d abonnes` wins over `combien`.
    entry.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
}

/// A choice's spellings as a question's words (`jeux_video` → `jeux video`): every one
/// the catalogue knows, but for those too common in a sentence to name it.
fn spellings<C: Choice>() -> impl Iterator<Item = (String, C)> {
    C::TABLE.iter().flat_map(|(value, fr, en, aliases)| {
        // A name both languages share is one spelling.
        let en = (en != fr).then_some(*en);
        std::iter::once(*fr)
            .chain(en)
            .chain(aliases.iter().copied())
            .filter(|s| !C::TYPED_ONLY.contains(s))
            .map(move |s| (s.replace('_', " "), *value))
    })
}

/// Every phrase, indexed by its first word; niches, topics and country names come from
/// the catalogue.
static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut index = Index::default();
    for (phrase, meaning) in PHRASES {
        add(&mut index, phrase, *meaning);
    }
    for (phrase, niche) in spellings::<Niche>() {
        add(&mut index, &phrase, Meaning::Niche(niche));
    }
    for (phrase, topic) in spellings::<Topic>() {
        add(&mut index, &phrase, Meaning::Cue(Cue::Topic(topic)));
    }
    for (spelling, tender) in text::tender_words() {
        add(
            &mut index,
            spelling,
            Meaning::Counted(Counted::Money(tender)),
        );
    }
    for (word, shared) in text::shared_words() {
        add(&mut index, word, Meaning::Shared(word, shared));
    }
    for (alias, code) in text::country_aliases() {
        add(&mut index, &folded_name(alias), Meaning::Country(code));
    }
    for country in text::COUNTRIES {
        for name in [country.fr, country.en] {
            add(
                &mut index,
                &folded_name(name),
                Meaning::Country(country.code),
            );
        }
    }
    index
});

/// A country's name folded like a question's words (`Côte d'Ivoire` → `cote d ivoire`).
fn folded_name(name: &str) -> String {
    let mut folded = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphabetic() {
            text::fold_char(c, &mut folded);
        } else if !folded.ends_with(' ') {
            folded.push(' ');
        }
    }
    folded.trim().to_owned()
}

/// The longest phrase starting at `words[at]`: its meaning and how many words it covers.
/// A word no phrase starts with may be a unit or a cue with a typo (`coments`).
pub fn lookup(words: &[Option<&str>], at: usize) -> Option<(Meaning, usize)> {
    let first = words.get(at).copied().flatten()?;
    let Some(candidates) = INDEX.get(first) else {
        return misspelt(first).map(|meaning| (meaning, 1));
    };
    candidates.iter().find_map(|(phrase, meaning)| {
        let fits = phrase.len() <= words.len() - at
            && phrase
                .iter()
                .zip(&words[at..])
                .all(|(p, w)| *w == Some(p.as_str()));
        fits.then_some((*meaning, phrase.len()))
    })
}

/// A word a typo may stand for: its spelling, its letters ([`letters`]), what it means.
type Near = (&'static str, u32, Meaning);

/// Shorter words are too easily another word with one letter changed.
const FUZZY_FROM: usize = 5;

/// The one-word units and cues a typo may stand for, by first letter: a misspelling
/// keeps its first letter far more often than not, and comparing within one letter keeps
/// this cheap.
static FUZZY: LazyLock<FxHashMap<char, Vec<Near>>> = LazyLock::new(|| {
    let mut by_letter: FxHashMap<char, Vec<Near>> = FxHashMap::default();
    for (phrase, meaning) in PHRASES {
        let fuzzy = matches!(meaning, Meaning::Counted(_) | Meaning::Cue(_));
        if fuzzy
            && !phrase.contains(' ')
            && phrase.len() >= FUZZY_FROM
            && let Some(first) = phrase.chars().next()
        {
            by_letter
                .entry(first)
                .or_default()
                .push((phrase, letters(phrase), *meaning));
        }
    }
    by_letter
});

/// Which letters a word holds, one bit each: one edit (a letter changed, added, dropped
/// or swapped) changes at most two bits, so words further apart are passed over before
/// `strsim` measures them.
fn letters(word: &str) -> u32 {
    word.bytes().fold(0, |bits, b| match b {
        b'a'..=b'z' => bits | 1 << (b - b'a'),
        _ => bits | 1 << 26,
    })
}

/// What a word no phrase names may mean with one letter wrong, missing, extra or swapped
/// (two in words of nine letters or more), when every such reading agrees.
fn misspelt(word: &str) -> Option<Meaning> {
    if word.len() < FUZZY_FROM || super::is_glue(word) {
        return None;
    }
    let allowed = if word.len() >= 9 { 2 } else { 1 };
    let candidates = FUZZY.get(&word.chars().next()?)?;
    let bits = letters(word);
    let mut found: Option<Meaning> = None;
    for (phrase, phrase_bits, meaning) in candidates {
        if phrase.len().abs_diff(word.len()) > allowed
            || (bits ^ phrase_bits).count_ones() > 2 * allowed as u32
            || strsim::osa_distance(phrase, word) > allowed
        {
            continue;
        }
        match found {
            Some(other) if other != *meaning => return None,
            _ => found = Some(*meaning),
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_reads_as_the_word_meant_and_a_word_stays_a_word() {
        assert_eq!(
            misspelt("coments"),
            Some(Meaning::Counted(Counted::Comments))
        );
        assert_eq!(misspelt("engagment"), Some(Meaning::Cue(Cue::Engagement)));
        assert_eq!(
            misspelt("folowers"),
            Some(Meaning::Counted(Counted::Followers))
        );
        assert_eq!(misspelt("vuez"), None, "four letters or fewer: no guess");
        assert_eq!(misspelt("because"), None);
        // A word the lexicon knows is read as itself, never as a unit one letter away.
        let words = [Some("comment")];
        assert_eq!(lookup(&words, 0), Some((Meaning::Cue(Cue::HowTo), 1)));
    }

    #[test]
    fn each_phrase_has_one_meaning() {
        let mut phrases: Vec<String> = PHRASES.iter().map(|(p, _)| (*p).to_owned()).collect();
        phrases.extend(spellings::<Niche>().map(|(p, _)| p));
        phrases.extend(spellings::<Topic>().map(|(p, _)| p));
        phrases.extend(text::tender_words().map(|(w, _)| w.to_owned()));
        phrases.extend(text::shared_words().map(|(w, _)| w.to_owned()));
        phrases.sort_unstable();
        let twice: Vec<&String> = phrases
            .windows(2)
            .filter(|w| w[0] == w[1])
            .map(|w| &w[0])
            .collect();
        assert!(twice.is_empty(), "listed twice: {twice:?}");
    }
}
