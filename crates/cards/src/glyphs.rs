//! Text on result cards, drawn the way plotters draws it (same layout, same glyph
//! coverage, same blending, pixel for pixel: a test checks it), with each glyph
//! rasterized once per size and style instead of at every use. Rasterizing was about
//! half of drawing a card (see README, Performance).

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::LazyLock;

use ab_glyph::{Font, FontRef, ScaleFont};
use rustc_hash::FxHashMap;

/// Where the anchor point sits on the text, as plotters' `Pos` says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Horizontal {
    Left,
    Center,
    Right,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vertical {
    Top,
    Center,
    Bottom,
}

/// How one piece of text looks.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub size: u32,
    pub bold: bool,
    pub color: (u8, u8, u8),
    pub horizontal: Horizontal,
    pub vertical: Vertical,
}

/// The embedded faces (DejaVu Sans, see `assets/fonts/LICENSE-DejaVu.txt`).
pub static REGULAR: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
pub static BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

#[expect(
    clippy::expect_used,
    reason = "the embedded fonts parse; a test draws with them"
)]
static FACES: LazyLock<[FontRef<'static>; 2]> = LazyLock::new(|| {
    [REGULAR, BOLD].map(|bytes| FontRef::try_from_slice(bytes).expect("the embedded fonts parse"))
});

fn face(bold: bool) -> &'static FontRef<'static> {
    &FACES[usize::from(bold)]
}

/// One glyph at one size: where its top sits, and its coverage, pixel by pixel.
struct Glyph {
    top: i32,
    coverage: Vec<(i32, i32, f32)>,
}

thread_local! {
    /// Glyphs already rasterized on this thread, by face, size and character.
    static GLYPHS: RefCell<FxHashMap<(bool, u32, char), Rc<Glyph>>> =
        RefCell::new(FxHashMap::default());
}

fn glyph<F: Font>(font: &impl ScaleFont<F>, bold: bool, size: u32, c: char) -> Rc<Glyph> {
    GLYPHS.with(|glyphs| {
        glyphs
            .borrow_mut()
            .entry((bold, size, c))
            .or_insert_with(|| {
                let mut coverage = Vec::new();
                let top = match font.outline_glyph(font.scaled_glyph(c)) {
                    Some(outline) => {
                        let top = (size as f32 / 2.0 + outline.px_bounds().min.y) as i32;
                        outline.draw(|x, y, c| {
                            if c > 0.0 {
                                coverage.push((x as i32, y as i32, c));
                            }
                        });
                        top
                    }
                    None => 0,
                };
                Rc::new(Glyph { top, coverage })
            })
            .clone()
    })
}

/// Draws `text` on `pixels` (RGB rows of `width`), anchored at `at`.
pub fn draw(pixels: &mut [u8], width: u32, text: &str, at: (i32, i32), style: Style) {
    let height = (pixels.len() / 3) as u32 / width;
    let face = face(style.bold);
    let font = face.as_scaled(style.size as f32);
    // The box plotters anchors: the advances and kerning, and the size / 1.24.
    let (mut advance, mut previous) = (0f32, None);
    for c in text.chars() {
        let id = font.glyph_id(c);
        advance += font.h_advance(id);
        if let Some(before) = previous {
            advance += font.kern(before, id);
        }
        previous = Some(id);
    }
    let (w, h) = (advance as i32, (f64::from(style.size) / 1.24) as i32);
    let dx = match style.horizontal {
        Horizontal::Left => 0,
        Horizontal::Center => -w / 2,
        Horizontal::Right => -w,
    };
    let dy = match style.vertical {
        Vertical::Top => 0,
        Vertical::Center => -h / 2,
        Vertical::Bottom => -h,
    };
    let (r, g, b) = style.color;
    let (mut shift, mut previous) = (0f32, None::<char>);
    for c in text.chars() {
        if let Some(before) = previous {
            shift += font.kern(font.glyph_id(before), font.glyph_id(c));
        }
        previous = Some(c);
        let glyph = glyph(&font, style.bold, style.size, c);
        let left = shift as i32;
        for &(gx, gy, alpha) in &glyph.coverage {
            let (x, y) = (at.0 + gx + left + dx, at.1 + gy + glyph.top + dy);
            if x < 0 || y < 0 || x as u32 >= width || y as u32 >= height {
                continue;
            }
            let base = (y as usize * width as usize + x as usize) * 3;
            blend(&mut pixels[base..base + 3], [r, g, b], f64::from(alpha));
        }
        shift += font.h_advance(font.glyph_id(c));
    }
}

/// plotters' blending of one pixel, to the bit.
fn blend(pixel: &mut [u8], colour: [u8; 3], alpha: f64) {
    if alpha >= 1.0 - 1.0 / 256.0 {
        pixel.copy_from_slice(&colour);
        return;
    }
    let alpha = (alpha * 256.0).floor() as u64;
    for (old, new) in pixel.iter_mut().zip(colour) {
        if new > *old {
            *old += (u64::from(new - *old) * alpha / 256) as u8;
        } else {
            *old -= (u64::from(*old - new) * alpha / 256) as u8;
        }
    }
}

#[cfg(test)]
mod tests {
    use plotters::prelude::*;
    use plotters::style::FontStyle;
    use plotters::style::text_anchor::{HPos, Pos, VPos};

    use super::*;

    const W: u32 = 400;
    const H: u32 = 120;

    #[test]
    fn draws_what_plotters_draws_pixel_for_pixel() {
        plotters::style::register_font("text-test", FontStyle::Normal, REGULAR).ok();
        plotters::style::register_font("text-test", FontStyle::Bold, BOLD).ok();
        let cases = [
            ("Programme de récompenses", 21, true, HPos::Left, VPos::Top),
            ("1 200,50 € – 3 000 €", 17, false, HPos::Right, VPos::Center),
            ("AV fi Tj 0,1 $", 13, false, HPos::Center, VPos::Bottom),
            (
                "Estimate for 1,000,000 views",
                40,
                true,
                HPos::Left,
                VPos::Top,
            ),
        ];
        for (text, size, bold, h, v) in cases {
            let colour = RGBColor(22, 163, 74);
            let mut theirs = vec![250u8; (W * H * 3) as usize];
            {
                let root = BitMapBackend::with_buffer(&mut theirs, (W, H)).into_drawing_area();
                let style = if bold {
                    FontStyle::Bold
                } else {
                    FontStyle::Normal
                };
                // `FontDesc::new`, not `.style()`: the latter keeps the regular face.
                let font = FontDesc::new("text-test".into(), f64::from(size), style)
                    .color(&colour)
                    .pos(Pos::new(h, v));
                root.draw(&Text::new(text, (200, 60), font)).unwrap();
                root.present().unwrap();
            }
            let mut ours = Vec::new();
            let style = Style {
                size,
                bold,
                color: (22, 163, 74),
                horizontal: match h {
                    HPos::Left => Horizontal::Left,
                    HPos::Center => Horizontal::Center,
                    HPos::Right => Horizontal::Right,
                },
                vertical: match v {
                    VPos::Top => Vertical::Top,
                    VPos::Center => Vertical::Center,
                    VPos::Bottom => Vertical::Bottom,
                },
            };
            // Twice: the second time from the glyph cache.
            for _ in 0..2 {
                let mut fresh = vec![250u8; (W * H * 3) as usize];
                draw(&mut fresh, W, text, (200, 60), style);
                ours = fresh;
            }
            assert!(
                theirs != vec![250u8; (W * H * 3) as usize],
                "{text}: plotters drew"
            );
            assert!(ours == theirs, "{text}: the pixels differ from plotters'");
        }
    }
}
