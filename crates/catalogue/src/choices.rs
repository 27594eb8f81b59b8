//! The fixed lists some options choose from (niche, FAQ topic), named in both languages.

use serde::Serialize;

use text::fold;
use values::Lang;

use crate::message::MessageId;
use crate::msg;

/// A content niche; some pay more in brand deals (see `rates/brand_deals.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Niche {
    Finance,
    Tech,
    Beauty,
    Fitness,
    Food,
    Gaming,
    Fashion,
    Comedy,
    Education,
    Lifestyle,
    Travel,
    Other,
}

/// A FAQ topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    Payouts,
    Taxes,
    Likes,
    Followers,
    Fund,
    Shop,
    Pulse,
    Subscriptions,
    VideoGifts,
    TurnOn,
}

/// What an amount is counted over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Year,
    Month,
}

/// How often a reminder comes: once a month, or never.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    Monthly,
    Off,
}

/// A named choice: its French and English names, and the ids the rate files use.
pub trait Choice: Sized + Copy + 'static {
    /// (value, French name, English name, extra accepted spellings): every spelling of
    /// the choice, typed as an option's value or written in a question.
    const TABLE: &'static [(Self, &'static str, &'static str, &'static [&'static str])];
    /// Spellings that name the choice as an option's value (`niche:autre`) but are too
    /// common in a sentence to mean it (`une autre question`): questions skip them.
    const TYPED_ONLY: &'static [&'static str] = &[];

    fn parse(text: &str) -> Option<Self> {
        let wanted = fold(text);
        Self::TABLE
            .iter()
            .find(|(_, fr, en, aliases)| {
                *fr == wanted || *en == wanted || aliases.iter().any(|a| *a == wanted)
            })
            .map(|row| row.0)
    }

    #[expect(
        clippy::expect_used,
        reason = "every value has a row in its table; a test checks it"
    )]
    fn name(self, lang: Lang) -> &'static str
    where
        Self: PartialEq,
    {
        let row = Self::TABLE
            .iter()
            .find(|row| row.0 == self)
            .expect("every value has a row in its table");
        match lang {
            Lang::Fr => row.1,
            Lang::En => row.2,
        }
    }
}

impl Choice for Niche {
    const TYPED_ONLY: &'static [&'static str] = &[
        "technology",
        "cosmetics",
        "jeux",
        "games",
        "humor",
        "divertissement",
        "entertainment",
        "apprendre",
        "learning",
        "autre",
        "other",
        "general",
        "generaliste",
        "argent",
        "money",
    ];
    const TABLE: &'static [(Self, &'static str, &'static str, &'static [&'static str])] = &[
        (
            Niche::Finance,
            "finance",
            "finance",
            &[
                "argent",
                "money",
                "crypto",
                "bourse",
                "investissement",
                "investing",
                "trading",
                "bitcoin",
                "immobilier",
                "real_estate",
                "argent_perso",
                "personal_finance",
                "stock_market",
                "stocks",
            ],
        ),
        (
            Niche::Tech,
            "tech",
            "tech",
            &[
                "technologie",
                "technology",
                "high_tech",
                "gadgets_tech",
                "gadget",
                "gadgets",
                "smartphone",
                "smartphones",
                "iphone",
                "coding",
                "programmation",
                "developpeur",
                "developer",
            ],
        ),
        (
            Niche::Beauty,
            "beaute",
            "beauty",
            &[
                "cosmetique",
                "cosmetics",
                "makeup",
                "maquillage",
                "skincare",
                "coiffure",
                "hair",
                "nails",
                "ongles",
                "barber",
                "barbier",
                "esthetique",
                "make_up",
                "cosmetiques",
            ],
        ),
        (
            Niche::Fitness,
            "fitness",
            "fitness",
            &[
                "sport",
                "musculation",
                "gym",
                "muscu",
                "yoga",
                "crossfit",
                "workout",
                "workouts",
                "running",
                "coach_sportif",
            ],
        ),
        (
            Niche::Food,
            "cuisine",
            "food",
            &[
                "recettes",
                "recipes",
                "cooking",
                "recette",
                "recipe",
                "makan",
                "boulanger",
                "boulangere",
                "patissier",
                "patissiere",
                "baker",
                "viennoiseries",
                "pate_feuilletee",
                "patisserie",
                "boulangerie",
                "baking",
                "chef",
                "bbq",
                "street_food",
                "kwizin",
            ],
        ),
        (
            Niche::Gaming,
            "gaming",
            "gaming",
            &[
                "jeux",
                "jeux_video",
                "games",
                "gamer",
                "jeu_video",
                "esports",
                "e_sport",
                "fortnite",
                "minecraft",
                "roblox",
                "valorant",
                "fifa",
                "gta",
                "call_of_duty",
                "league_of_legends",
                "gameplay",
                "jeux_videos",
                "video_games",
                "video_game",
            ],
        ),
        (
            Niche::Fashion,
            "mode",
            "fashion",
            &[
                "outfit",
                "outfits",
                "ootd",
                "streetwear",
                "style_vestimentaire",
                "fit_check",
                "fit_checks",
            ],
        ),
        (
            Niche::Comedy,
            "humour",
            "comedy",
            &[
                "humor",
                "memes",
                "divertissement",
                "entertainment",
                "sketch",
                "sketchs",
                "sketches",
                "skit",
                "skits",
                "blagues",
                "jokes",
                "pranks",
                "prank",
                "humoriste",
                "comedian",
                "drole",
                "funny",
            ],
        ),
        (
            Niche::Education,
            "education",
            "education",
            &[
                "apprendre",
                "learning",
                "educatives",
                "educative",
                "educational",
                "grammaire",
                "orthographe",
                "maths",
                "mathematiques",
                "math",
                "professeur",
                "prof",
                "enseignant",
                "enseignante",
                "teacher",
                "teaching",
                "lessons",
                "revisions",
                "i_teach",
                "j_enseigne",
                "anseye",
                "lecons",
            ],
        ),
        (
            Niche::Lifestyle,
            "lifestyle",
            "lifestyle",
            &["vlog", "vlogs", "daily_vlog", "routine"],
        ),
        (
            Niche::Travel,
            "voyage",
            "travel",
            &["voyages", "vanlife", "backpacking", "voyageur", "voyageuse"],
        ),
        (Niche::Other, "autre", "other", &["general", "generaliste"]),
    ];
}

impl Choice for Topic {
    const TYPED_ONLY: &'static [&'static str] = &[
        "paiements",
        "payouts",
        "fiscalite",
        "seuil",
        "threshold",
        "fund",
        "recompenses",
        "rewards",
        "tiktokshop",
        "subs_payants",
        "cadeaux_videos",
        "video_gift",
        "activation",
        "abonnes",
        "followers",
        "likes",
        "jaime",
        "commentaires",
        "comments",
        "fonds",
        "creator_fund",
        "pulse",
        "tiktok_pulse",
        "cadeaux_video",
        "video_gifts",
        "gifts",
        "rejoindre",
        "join",
        "paiement",
        "payout",
    ];
    const TABLE: &'static [(Self, &'static str, &'static str, &'static [&'static str])] = &[
        (
            Topic::Payouts,
            "paiements",
            "payouts",
            &[
                "quand_est_ce_que_tiktok_paye",
                "paiement",
                "retrait",
                "withdrawal",
                "payout",
                "retirer",
                "withdraw",
                "cash_out",
                "cashout",
                "paypal",
                "virement",
                "orange_money",
                "pending",
                "retire",
                "pay_out",
                "verse",
                "versement",
                "compte_bancaire",
                "bank_account",
                "when_does_tiktok_pay",
            ],
        ),
        (
            Topic::Taxes,
            "impots",
            "taxes",
            &[
                "impot",
                "fiscalite",
                "tax",
                "bnc",
                "micro_entreprise",
                "taxe",
                "taxable",
                "fisc",
                "bic",
                "urssaf",
                "declarer",
                "declare",
                "auto_entrepreneur",
            ],
        ),
        (
            Topic::Likes,
            "likes",
            "likes",
            &["jaime", "commentaires", "comments"],
        ),
        (
            Topic::Followers,
            "abonnes",
            "followers",
            &["seuil", "threshold"],
        ),
        (
            Topic::Fund,
            "fonds",
            "fund",
            &["creator_fund", "recompenses", "rewards"],
        ),
        (
            Topic::Shop,
            "boutique",
            "shop",
            &["tiktok_shop", "tiktokshop"],
        ),
        (Topic::Pulse, "pulse", "pulse", &["tiktok_pulse"]),
        (
            Topic::Subscriptions,
            "abonnements",
            "subscriptions",
            &["abonnement", "subscription", "subs_payants", "s_abonner"],
        ),
        (
            Topic::VideoGifts,
            "cadeaux_video",
            "video_gifts",
            &["cadeaux_videos", "video_gift", "gifts"],
        ),
        (
            Topic::TurnOn,
            "activer",
            "turn_on",
            &[
                "activation",
                "enable",
                "activate",
                "rejoindre",
                "join",
                "active_la_monetisation",
            ],
        ),
    ];
}

impl Choice for Period {
    const TABLE: &'static [(Self, &'static str, &'static str, &'static [&'static str])] = &[
        (
            Period::Year,
            "an",
            "year",
            &["annee", "annuel", "par_an", "yearly", "annual", "a"],
        ),
        (
            Period::Month,
            "mois",
            "month",
            &["mensuel", "par_mois", "monthly", "m"],
        ),
    ];
}

impl Choice for Frequency {
    const TABLE: &'static [(Self, &'static str, &'static str, &'static [&'static str])] = &[
        (
            Frequency::Monthly,
            "mensuel",
            "monthly",
            &[
                "mois",
                "month",
                "on",
                "oui",
                "yes",
                "chaque_mois",
                "every_month",
            ],
        ),
        (
            Frequency::Off,
            "off",
            "off",
            &[
                "non", "no", "stop", "arret", "jamais", "never", "aucun", "none",
            ],
        ),
    ];
}

impl Topic {
    /// The id JSON and the question corpus use (`video_gifts`).
    pub fn id(self) -> &'static str {
        self.name(Lang::En)
    }
}

impl Niche {
    /// The id used in rate files (`hot_niches = ["finance", …]`).
    pub fn id(self) -> &'static str {
        self.name(Lang::En)
    }

    /// The message naming it (`niche-beauty`: « beauté »).
    pub fn message(self) -> MessageId {
        match self {
            Niche::Finance => msg::NICHE_FINANCE,
            Niche::Tech => msg::NICHE_TECH,
            Niche::Beauty => msg::NICHE_BEAUTY,
            Niche::Fitness => msg::NICHE_FITNESS,
            Niche::Food => msg::NICHE_FOOD,
            Niche::Gaming => msg::NICHE_GAMING,
            Niche::Fashion => msg::NICHE_FASHION,
            Niche::Comedy => msg::NICHE_COMEDY,
            Niche::Education => msg::NICHE_EDUCATION,
            Niche::Lifestyle => msg::NICHE_LIFESTYLE,
            Niche::Travel => msg::NICHE_TRAVEL,
            Niche::Other => msg::NICHE_OTHER,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_parse_in_both_languages() {
        assert_eq!(Niche::parse("Beauté"), Some(Niche::Beauty));
        assert_eq!(Niche::parse("beauty"), Some(Niche::Beauty));
        assert_eq!(Niche::parse("Sport"), Some(Niche::Fitness));
        assert_eq!(Topic::parse("impôts"), Some(Topic::Taxes));
        assert_eq!(Topic::parse("payouts"), Some(Topic::Payouts));
        assert_eq!(Niche::parse("knitting"), None);
        assert_eq!(Niche::Beauty.name(Lang::Fr), "beaute");
    }
}
