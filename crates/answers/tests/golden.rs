//! Golden replies: the exact text a user gets, in French and English, for every command,
//! kept by insta in `tests/golden/`. After an intended change, accept the new replies with
//! `INSTA_UPDATE=always cargo test --test golden` (or `cargo insta review`) and read the
//! diff before committing.

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use answers::{Answers, Request};
use figures::Rates;
use values::Lang;

const CASES: &[(&str, Lang, &str)] = &[
    ("gains", Lang::Fr, "/gains vues:1000000"),
    ("gains", Lang::En, "/earnings views:1000000"),
    (
        "gains-full",
        Lang::Fr,
        "/gains vues:1,5M abonnes:120 000 engagement:6,5 % pays:France niche:beauté pieces:10000 prix:49 commission:10 ventes:30",
    ),
    (
        "gains-full",
        Lang::En,
        "/earnings views:1.5M followers:120,000 engagement:6.5% country:US niche:beauty coins:10000 price:$49 commission:10 sales:30",
    ),
    (
        "eligibility",
        Lang::Fr,
        "/eligibilite abonnes:8000 vues:150000 pays:FR age:19",
    ),
    (
        "eligibility",
        Lang::En,
        "/eligibility followers:8000 views:150000 country:GB age:19",
    ),
    ("sponsorship", Lang::Fr, "/partenariat 100k niche:finance"),
    (
        "sponsorship",
        Lang::En,
        "/sponsorship followers:50000 engagement:2",
    ),
    ("live", Lang::Fr, "/live pieces:10000 abonnes:2500"),
    ("live", Lang::En, "/live diamonds:20000 followers:800"),
    (
        "product",
        Lang::Fr,
        "/produit prix:49 abonnes:50000 conversion:1",
    ),
    ("product", Lang::En, "/product price:$20 followers:1250"),
    (
        "affiliate",
        Lang::Fr,
        "/affiliation ventes:40 prix:35 € commission:12",
    ),
    ("affiliate", Lang::En, "/affiliate sales:40"),
    ("goal", Lang::Fr, "/objectif 1000 abonnes:20000 prix:49"),
    ("goal", Lang::En, "/goal amount:$2,000 country:US"),
    ("projection", Lang::Fr, "/projection 50000 mois:4"),
    (
        "projection",
        Lang::En,
        "/projection views:80000 growth:10 months:3 country:US",
    ),
    (
        "engagement",
        Lang::Fr,
        "/engagement vues:10000 likes:900 commentaires:100 partages:50 enregistrements:50 abonnes:10000",
    ),
    (
        "engagement",
        Lang::En,
        "/engagement views:50000 likes:700 comments:200 followers:300000",
    ),
    ("sources", Lang::Fr, "/sources"),
    ("sources", Lang::En, "/sources"),
    ("faq", Lang::Fr, "/faq"),
    ("faq", Lang::En, "/faq"),
    ("faq-fund", Lang::Fr, "/faq fonds"),
    ("faq-fund", Lang::En, "/faq fund"),
    ("faq-shop", Lang::Fr, "/faq boutique"),
    ("faq-shop", Lang::En, "/faq shop"),
    ("start", Lang::Fr, "/start"),
    ("start", Lang::En, "/start"),
    ("help", Lang::Fr, "/aide"),
    ("help", Lang::En, "/help"),
    ("help-command", Lang::Fr, "/aide objectif"),
    ("help-command", Lang::En, "/help goal"),
    ("question-views", Lang::Fr, "combien pour 1,5 M de vues ?"),
    (
        "question-views",
        Lang::En,
        "how much does TikTok pay for 2 million views?",
    ),
    (
        "question-followers",
        Lang::Fr,
        "faut-il combien d'abonnés pour être payé ?",
    ),
    (
        "question-followers",
        Lang::En,
        "how many followers do I need to get paid?",
    ),
    ("chat", Lang::Fr, "salut"),
    ("chat", Lang::En, "hello"),
    ("question-unclear", Lang::Fr, "j'ai 900 000"),
    ("question-unclear", Lang::En, "how much for 3 bananas"),
    ("error-negative", Lang::Fr, "/gains vues:-5"),
    ("error-negative", Lang::En, "/earnings views:-5"),
    ("error-absurd", Lang::Fr, "/gains vues:1e999"),
    ("error-absurd", Lang::En, "/earnings views:999999999999999"),
    ("error-option", Lang::Fr, "/gains couleur:bleu"),
    ("error-option", Lang::En, "/earnings colour:blue"),
    ("error-country", Lang::Fr, "/gains 1M pays:Atlantide"),
    ("error-country", Lang::En, "/earnings 1M country:Atlantis"),
    ("error-empty", Lang::Fr, "/gains vues:"),
    ("error-empty", Lang::En, "/earnings views:"),
    ("error-zero", Lang::Fr, "/objectif 0"),
    ("error-zero", Lang::En, "/goal amount:0"),
    (
        "projection-capped",
        Lang::Fr,
        "/projection 100k croissance:1000 mois:24",
    ),
    (
        "projection-capped",
        Lang::En,
        "/projection 100k growth:1000 months:24",
    ),
    ("error-missing", Lang::Fr, "/objectif"),
    ("error-missing", Lang::En, "/goal"),
    (
        "projection-target",
        Lang::Fr,
        "/projection abonnes:2000 croissance:15 cible:10000",
    ),
    (
        "projection-target",
        Lang::En,
        "/projection followers:2000 growth:15 target:10000",
    ),
];

#[test]
fn replies_match_the_golden_files() {
    let answers = Answers::new(Rates::embedded().unwrap(), Lang::Fr);
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("golden");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    let _in_golden = settings.bind_to_scope();
    for (name, lang, text) in CASES {
        let reply = answers.handle(&Request {
            text,
            lang: Some(*lang),
            locale: None,
            card: false,
            shared: false,
        });
        // Checked before the text, so they hold whether or not the text is accepted.
        assert_eq!(reply.lang, *lang, "{name}");
        assert_eq!(reply.is_error, name.starts_with("error"), "{name}");
        insta::assert_snapshot!(
            format!("{name}.{}", lang.code()),
            format!("> {text}\n{}", answers::render::plain(&reply))
        );
    }
}
