//! Result cards: a 1200×675 PNG of a reply's [`Card`], readable on a phone. One range
//! bar per revenue stream on one logarithmic scale (so €20 and €100 000 both show), or a
//! line chart for projections. Drawn with plotters; text in DejaVu Sans, embedded (see
//! `assets/fonts/LICENSE-DejaVu.txt`), so no system font or network is needed.
//!
//! It may know no platform and no figure: it draws what the answers already worded.

mod glyphs;
mod palette;

use std::sync::Once;

use plotters::prelude::*;
use plotters::style::FontStyle;
use thiserror::Error;

use answers::i18n::money;
use answers::reply::{Card, CardRow, Reply};
use values::{Lang, Money};

use glyphs::{Horizontal, Vertical};

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 675;

const FONT: &str = "gainsbot-sans";
const INK: RGBColor = RGBColor(17, 24, 39);
const MUTED: RGBColor = RGBColor(107, 114, 128);
const TRACK: RGBColor = RGBColor(229, 231, 235);
const PAPER: RGBColor = RGBColor(250, 250, 250);
const GREEN: RGBColor = RGBColor(22, 163, 74);
const RED: RGBColor = RGBColor(220, 38, 38);
const AMBER: RGBColor = RGBColor(217, 119, 6);

/// Why a card could not be drawn (a bug or an exhausted machine, never the user's input).
#[derive(Debug, Error)]
pub enum CardError {
    #[error("drawing the card: {0}")]
    Draw(String),
    #[error("encoding the PNG")]
    Encode(#[from] png::EncodingError),
}

fn draw_error<E: std::fmt::Debug>(error: E) -> CardError {
    CardError::Draw(format!("{error:?}"))
}

fn register_fonts() {
    static FONTS: Once = Once::new();
    FONTS.call_once(|| {
        let regular = plotters::style::register_font(FONT, FontStyle::Normal, glyphs::REGULAR);
        debug_assert!(regular.is_ok(), "the embedded font parses");
    });
}

/// Text to draw once the shapes are drawn (no shape ever covers text), with its anchor.
type Texts = Vec<(String, (i32, i32), glyphs::Style)>;

fn style(size: u32, bold: bool, color: RGBColor, h: Horizontal, v: Vertical) -> glyphs::Style {
    glyphs::Style {
        size,
        bold,
        color: (color.0, color.1, color.2),
        horizontal: h,
        vertical: v,
    }
}

/// The projection chart's axis labels, which plotters draws itself.
fn axis_font(size: u32, color: RGBColor) -> TextStyle<'static> {
    (FONT, size).into_font().color(&color)
}

/// The PNG of a reply's card, or `None` when the reply has no card.
pub fn png(reply: &Reply) -> Result<Option<Vec<u8>>, CardError> {
    let Some(pixels) = draw(reply)? else {
        return Ok(None);
    };
    encode(&pixels).map(Some)
}

/// The card's pixels (RGB, row by row), or `None` when the reply has no card.
pub fn draw(reply: &Reply) -> Result<Option<Vec<u8>>, CardError> {
    let Some(card) = &reply.card else {
        return Ok(None);
    };
    register_fonts();
    let mut pixels = vec![0u8; (WIDTH * HEIGHT * 3) as usize];
    let (left, top) = (Horizontal::Left, Vertical::Top);
    let mut texts: Texts = vec![
        (
            reply.title.to_string(),
            (40, 24),
            style(40, true, WHITE, left, top),
        ),
        (
            fit(&card.subtitle, 95),
            (40, 78),
            style(22, false, TRACK, left, top),
        ),
        (
            fit(&card.footer, 135),
            (40, HEIGHT as i32 - 18),
            style(15, false, MUTED, left, Vertical::Bottom),
        ),
    ];
    {
        let root = BitMapBackend::with_buffer(&mut pixels, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&PAPER).map_err(draw_error)?;
        root.draw(&Rectangle::new([(0, 0), (WIDTH as i32, 118)], INK.filled()))
            .map_err(draw_error)?;
        if card.chart.is_empty() {
            bars(&root, reply.lang, card, &mut texts)?;
        } else {
            chart(&root, reply.lang, card)?;
        }
        root.present().map_err(draw_error)?;
    }
    for (words, at, style) in texts {
        glyphs::draw(&mut pixels, WIDTH, &words, at, style);
    }
    Ok(Some(pixels))
}

/// The pixels as an indexed PNG (see [`palette`]), compressed for speed with one
/// filter for every row: on these flat images that gives about 50 KB in a third of a
/// millisecond, where zlib's default level takes 5 ms for 28 KB.
pub fn encode(pixels: &[u8]) -> Result<Vec<u8>, CardError> {
    let indexed = palette::index(pixels, WIDTH as usize);
    let mut out = Vec::with_capacity(64 * 1024);
    let mut encoder = png::Encoder::new(&mut out, WIDTH, HEIGHT);
    encoder.set_color(png::ColorType::Indexed);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_palette(indexed.palette);
    encoder.set_compression(png::Compression::Fast);
    encoder.set_filter(png::FilterType::Paeth);
    encoder.set_adaptive_filter(png::AdaptiveFilterType::NonAdaptive);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&indexed.indices)?;
    writer.finish()?;
    Ok(out)
}

/// At most `chars` characters, with an ellipsis when cut.
fn fit(text: &str, chars: usize) -> String {
    match text.char_indices().nth(chars) {
        Some((cut, _)) => format!("{}…", text[..cut].trim_end()),
        None => text.to_owned(),
    }
}

/// The logarithmic scale all bars share: decades from below the smallest low to above
/// the largest high.
struct Scale {
    min: f64,
    max: f64,
    left: i32,
    right: i32,
}

impl Scale {
    fn of(rows: &[CardRow], left: i32, right: i32) -> Option<Scale> {
        let amounts = rows
            .iter()
            .filter_map(|r| r.range)
            .flat_map(|(l, h, _)| [l.cents, h.cents]);
        let positive: Vec<f64> = amounts
            .filter(|c| *c > 0)
            .map(|c| c as f64 / 100.0)
            .collect();
        let low = positive.iter().copied().fold(f64::INFINITY, f64::min);
        let high = positive.iter().copied().fold(0.0, f64::max);
        (high > 0.0).then(|| Scale {
            min: low.log10().floor(),
            max: high.log10().ceil().max(low.log10().floor() + 1.0),
            left,
            right,
        })
    }

    fn x(&self, units: f64) -> i32 {
        let v = if units > 0.0 {
            units.log10().clamp(self.min, self.max)
        } else {
            self.min
        };
        self.left
            + ((v - self.min) / (self.max - self.min) * f64::from(self.right - self.left)).round()
                as i32
    }
}

fn bars<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    lang: Lang,
    card: &Card,
    texts: &mut Texts,
) -> Result<(), CardError> {
    let (top, bottom) = (150, HEIGHT as i32 - 70);
    let row_height = (bottom - top) / card.rows.len().max(1) as i32;
    let scale = Scale::of(&card.rows, 400, WIDTH as i32 - 60);
    if let (Some(scale), Some(currency)) = (
        &scale,
        card.rows
            .iter()
            .find_map(|r| r.range)
            .map(|(l, _, _)| l.currency),
    ) {
        let mut decade = scale.min;
        while decade <= scale.max {
            let units = 10f64.powf(decade);
            let x = scale.x(units);
            root.draw(&PathElement::new(
                vec![(x, top - 8), (x, bottom)],
                TRACK.stroke_width(1),
            ))
            .map_err(draw_error)?;
            let label = money(
                lang,
                Money::from_units(
                    rust_decimal::Decimal::from_f64_retain(units)
                        .unwrap_or_default()
                        .round(),
                    currency,
                ),
            );
            let below = style(13, false, MUTED, Horizontal::Center, Vertical::Top);
            texts.push((label, (x, bottom + 4), below));
            decade += 1.0;
        }
    }
    for (i, row) in card.rows.iter().enumerate() {
        let y = top + i as i32 * row_height;
        let color = match row.eligible {
            Some(true) => GREEN,
            Some(false) => RED,
            None => AMBER,
        };
        let (left, top) = (Horizontal::Left, Vertical::Top);
        texts.push((
            row.name.to_string(),
            (40, y + 4),
            style(21, true, INK, left, top),
        ));
        texts.push((
            fit(&format!("{} · {}", row.status, row.per), 38),
            (40, y + 32),
            style(16, false, color, left, top),
        ));
        let bar_y = y + 30;
        match (&scale, row.range) {
            (Some(scale), Some((low, high, open))) => {
                let units = |m: Money| m.cents as f64 / 100.0;
                let (x0, x1) = (
                    scale.x(units(low)),
                    scale.x(units(high)).max(scale.x(units(low)) + 8),
                );
                let x1 = if open { x1.max(x0 + 24) } else { x1 };
                root.draw(&Rectangle::new(
                    [(scale.left, bar_y + 4), (scale.right, bar_y + 10)],
                    TRACK.filled(),
                ))
                .map_err(draw_error)?;
                root.draw(&Rectangle::new(
                    [(x0, bar_y), (x1, bar_y + 14)],
                    color.filled(),
                ))
                .map_err(draw_error)?;
                if open {
                    let tip = vec![(x1, bar_y - 4), (x1 + 14, bar_y + 7), (x1, bar_y + 18)];
                    root.draw(&Polygon::new(tip, color.filled()))
                        .map_err(draw_error)?;
                }
                let label = if row.low == row.high || row.high.is_empty() {
                    row.low.to_string()
                } else {
                    format!("{} – {}", row.low, row.high)
                };
                let right_side = x1 + 20 + (label.len() as i32 * 9) < scale.right;
                let (anchor, x) = if right_side {
                    (Horizontal::Left, x1 + 20)
                } else {
                    (Horizontal::Right, x0 - 10)
                };
                let beside = style(17, false, INK, anchor, Vertical::Center);
                texts.push((label, (x, bar_y + 7), beside));
            }
            _ => {
                let alone = style(17, false, MUTED, Horizontal::Left, Vertical::Center);
                let left = scale.as_ref().map_or(400, |s| s.left);
                texts.push((row.low.to_string(), (left, bar_y + 7), alone));
            }
        }
    }
    Ok(())
}

fn chart<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    lang: Lang,
    card: &Card,
) -> Result<(), CardError> {
    let area = root.margin(140, 60, 40, 40);
    let max = card.chart.iter().map(|(_, v)| *v).max().unwrap_or(1).max(1) as f64 * 1.1;
    let months = card.chart.len() as f64;
    let mut chart = ChartBuilder::on(&area)
        .x_label_area_size(36)
        .y_label_area_size(130)
        .build_cartesian_2d(0.5f64..months + 0.5, 0f64..max)
        .map_err(draw_error)?;
    let labels: Vec<String> = card.chart.iter().map(|(l, _)| l.to_string()).collect();
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(TRACK)
        .bold_line_style(TRACK)
        .axis_style(MUTED)
        .x_labels(card.chart.len().min(12))
        .x_label_formatter(&|x| {
            let i = x.round() as usize;
            if (x - x.round()).abs() < 0.01 && i >= 1 {
                labels.get(i - 1).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .y_label_formatter(&|y| answers::i18n::count(lang, y.max(0.0) as u64))
        .label_style(axis_font(15, MUTED))
        .draw()
        .map_err(draw_error)?;
    let points: Vec<(f64, f64)> = card
        .chart
        .iter()
        .enumerate()
        .map(|(i, (_, v))| (i as f64 + 1.0, *v as f64))
        .collect();
    chart
        .draw_series(LineSeries::new(points.clone(), GREEN.stroke_width(4)))
        .map_err(draw_error)?;
    chart
        .draw_series(
            points
                .iter()
                .map(|&(x, y)| Circle::new((x, y), 6, GREEN.filled())),
        )
        .map_err(draw_error)?;
    Ok(())
}
