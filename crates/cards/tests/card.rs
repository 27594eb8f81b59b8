//! Result cards: real PNGs of the expected size, not blank, in both languages, with very
//! long and very small ranges still on the scale.

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use answers::reply::{Card, CardRow};

use cards::{HEIGHT, WIDTH, png};
use values::Lang;
use values::{Currency, Money};

use testkit::replies::reply;

fn decode(bytes: &[u8]) -> image::RgbImage {
    image::load_from_memory_with_format(bytes, image::ImageFormat::Png)
        .expect("a valid PNG")
        .to_rgb8()
}

/// Share of pixels that differ from the background, and how many colours there are.
fn ink(image: &image::RgbImage) -> (f64, usize) {
    let background = image::Rgb([250, 250, 250]);
    let inked = image.pixels().filter(|p| **p != background).count();
    let mut colours: Vec<[u8; 3]> = image.pixels().map(|p| p.0).collect();
    colours.sort_unstable();
    colours.dedup();
    (inked as f64 / f64::from(WIDTH * HEIGHT), colours.len())
}

fn green_in(image: &image::RgbImage, xs: std::ops::Range<u32>) -> usize {
    image
        .enumerate_pixels()
        .filter(|(x, _, p)| xs.contains(x) && p.0 == [22, 163, 74])
        .count()
}

#[test]
fn gains_cards_render_in_french_and_english() {
    for (lang, text) in [
        (
            Lang::Fr,
            "/gains vues:1000000 abonnes:120000 age:25 duree:75 pays:FR pieces:10000 prix:49",
        ),
        (
            Lang::En,
            "/earnings views:1000000 followers:120000 age:25 length:75 country:GB currency:EUR",
        ),
    ] {
        let reply = reply(lang, text, true);
        let bytes = png(&reply).unwrap().expect("gains has a card");
        assert!(bytes.len() <= 200 * 1024, "{} bytes", bytes.len());
        let image = decode(&bytes);
        assert_eq!(image.dimensions(), (WIDTH, HEIGHT));
        let (share, colours) = ink(&image);
        assert!((0.1..0.8).contains(&share), "{share} of the card inked");
        assert!(
            colours > 50,
            "only {colours} colours: text is anti-aliased, so a real card has many"
        );
        assert!(
            green_in(&image, 400..WIDTH) > 500,
            "eligible streams get green bars"
        );
    }
}

#[test]
fn projection_cards_draw_a_line_chart() {
    let reply = reply(Lang::Fr, "/projection 50000 croissance:20 mois:6", true);
    let image = decode(&png(&reply).unwrap().expect("projection has a card"));
    assert_eq!(image.dimensions(), (WIDTH, HEIGHT));
    assert!(green_in(&image, 0..WIDTH) > 2000, "the line is drawn");
}

#[test]
fn cards_are_only_for_commands_that_have_them_and_only_when_asked() {
    assert!(png(&reply(Lang::Fr, "/faq likes", true)).unwrap().is_none());
    let plain = reply(Lang::Fr, "/gains 1M", false);
    assert!(plain.card.is_none());
    let refused = reply(Lang::Fr, "/gains 1M carte:non", true);
    assert!(
        refused.card.is_none(),
        "carte:non wins over the surface's default"
    );
    let asked = reply(Lang::Fr, "/gains 1M carte:oui", false);
    assert!(asked.card.is_some());
}

#[test]
fn a_tiny_and_a_huge_range_both_fit_the_scale() {
    let row = |name: &'static str, low: i64, high: i64| CardRow {
        name: name.into(),
        per: "per month".into(),
        range: Some((
            Money::new(low, Currency::Eur),
            Money::new(high, Currency::Eur),
            false,
        )),
        low: "low".into(),
        high: "high".into(),
        eligible: Some(true),
        status: "ok".into(),
    };
    let mut reply = reply(Lang::Fr, "/gains 1M", true);
    reply.card = Some(Box::new(Card {
        subtitle: "extremes".into(),
        rows: vec![
            row("tiny", 1, 2),
            row("huge", 100_000_000_000, 900_000_000_000),
        ],
        chart: Vec::new(),
        footer: "test".into(),
    }));
    let image = decode(&png(&reply).unwrap().unwrap());
    assert!(
        green_in(&image, 390..600) > 50,
        "the one-cent bar is at the left end of the scale"
    );
    assert!(
        green_in(&image, 1000..WIDTH) > 50,
        "the billion-euro bar is at the right end of the scale"
    );
}

/// Indexed PNGs look like the drawing: the most used colours (every flat one among
/// them) are exact, and the rare anti-aliasing shades move to a close colour.
#[test]
fn an_indexed_card_shows_what_was_drawn() {
    for (lang, text) in [
        (
            Lang::Fr,
            "/gains vues:1000000 abonnes:120000 age:25 duree:75 pays:FR pieces:10000 prix:49",
        ),
        (
            Lang::En,
            "/earnings views:1000000 followers:8000 currency:EUR",
        ),
        (Lang::Fr, "/projection 50000 croissance:20 mois:6"),
    ] {
        let reply = reply(lang, text, true);
        let drawn = cards::draw(&reply).unwrap().unwrap();
        let shown = decode(&png(&reply).unwrap().unwrap());
        let (mut differing, mut worst) = (0usize, 0u8);
        for (a, b) in drawn.chunks_exact(3).zip(shown.pixels()) {
            let gap = (0..3).map(|i| a[i].abs_diff(b.0[i])).max().unwrap();
            if gap > 0 {
                differing += 1;
                worst = worst.max(gap);
            }
        }
        let share = differing as f64 / f64::from(WIDTH * HEIGHT);
        // A few per cent of the pixels, the rarest text-edge shades, move by a few levels
        // out of 255: not something an eye can see.
        assert!(share < 0.05, "{text}: {differing} pixels differ");
        assert!(worst <= 12, "{text}: a pixel moved by {worst}");
    }
}

/// The reference cards in `docs/cards/`, kept by insta: what each card says (its
/// metadata) and the picture itself. After an intended change, accept them with
/// `INSTA_UPDATE=always cargo test --test card` and look at the new pictures.
#[test]
fn reference_cards() {
    let cards = [
        (
            "gains-fr",
            Lang::Fr,
            "/gains vues:1000000 abonnes:120000 age:25 duree:75 pays:FR pieces:10000 prix:49",
        ),
        (
            "gains-en",
            Lang::En,
            "/earnings views:1000000 followers:8000 currency:EUR",
        ),
        (
            "projection-fr",
            Lang::Fr,
            "/projection 50000 croissance:20 mois:6",
        ),
    ];
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../../../docs/cards");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    let _in_docs = settings.bind_to_scope();
    for (name, lang, text) in cards {
        let reply = reply(lang, text, true);
        insta::assert_debug_snapshot!(format!("{name}.card"), reply.card);
        let bytes = png(&reply).unwrap().unwrap();
        insta::assert_binary_snapshot!(&format!("{name}.png"), bytes);
    }
}
