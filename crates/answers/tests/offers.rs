//! A brand's offer against what the articles price a sponsored video at for the audience:
//! at 10 000 followers « entre 100 et 300 euros pour une vidéo sponsorisée » (the first
//! article), at 100 000 500 € – 1 500 € with no ceiling.

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use testkit::replies;

use replies::answer;
use values::Lang;

fn fr(text: &str) -> String {
    answer(Lang::Fr, text).replace(['\u{a0}', '\u{202f}'], " ")
}

#[test]
fn an_offer_is_placed_against_the_sources_price() {
    for (offer, verdict) in [
        (
            "50",
            "L'offre de 50 € est sous ce que les sources donnent pour votre audience (100 € – 300 €).",
        ),
        (
            "150",
            "L'offre de 150 € est dans ce que les sources donnent pour votre audience (100 € – 300 €).",
        ),
        (
            "500",
            "L'offre de 500 € est au-dessus de ce que les sources donnent pour votre audience (100 € – 300 €).",
        ),
    ] {
        let reply = fr(&format!("/partenariat abonnes:10000 prix:{offer}"));
        assert!(reply.contains(verdict), "{reply}");
    }
    // With no ceiling, a high offer is within what the sources give.
    let open = fr("/partenariat abonnes:100000 prix:5000");
    assert!(
        open.contains("L'offre de 5 000 € est dans ce que"),
        "{open}"
    );
    // In dollars for an English reader: $50 against ≈ $110 – $340.
    let en = answer(Lang::En, "/sponsorship followers:10000 price:50USD");
    assert!(
        en.contains("The offer of $50 is below what the sources give"),
        "{en}"
    );
}
