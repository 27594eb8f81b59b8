//! Cards as indexed PNGs: a card is flat colours plus anti-aliased text, so 256 colours
//! hold it with no visible change, and one byte a pixel instead of three makes the file
//! and its encoding about three times lighter (see README, Performance). The most used
//! colours, which include every flat one, are kept exactly, then the shades they serve
//! worst; every other shade goes to its nearest kept colour. General-purpose quantizers (NeuQuant in `color_quant`) would also move the
//! flat colours and take several milliseconds.

use rustc_hash::FxHashMap;

/// An image as palette indices and the palette (RGB triples).
pub struct Indexed {
    pub indices: Vec<u8>,
    pub palette: Vec<u8>,
}

/// `pixels` (RGB, 3 bytes each, rows of `width`) reduced to at most 256 colours.
pub fn index(pixels: &[u8], width: usize) -> Indexed {
    let rgb = |p: &[u8]| u32::from(p[0]) << 16 | u32::from(p[1]) << 8 | u32::from(p[2]);
    // The image as runs of one colour, row by row: a card has tens of thousands for
    // 810 000 pixels, and a row like the one above it (most are) takes its runs whole.
    let mut runs: Vec<(u32, u32)> = Vec::with_capacity(64 * 1024);
    let mut above: Option<(&[u8], std::ops::Range<usize>)> = None;
    for row in pixels.chunks(width * 3) {
        if let Some((previous, ref within)) = above
            && previous == row
        {
            let start = runs.len();
            runs.extend_from_within(within.clone());
            above = Some((row, start..runs.len()));
            continue;
        }
        let start = runs.len();
        let (mut current, mut length) = (u32::MAX, 0u32);
        for pixel in row.chunks_exact(3) {
            let colour = rgb(pixel);
            if colour == current {
                length += 1;
            } else {
                if length > 0 {
                    runs.push((current, length));
                }
                (current, length) = (colour, 1);
            }
        }
        if length > 0 {
            runs.push((current, length));
        }
        above = Some((row, start..runs.len()));
    }
    let mut counts: FxHashMap<u32, u32> = FxHashMap::default();
    for &(colour, length) in &runs {
        *counts.entry(colour).or_default() += length;
    }
    let mut by_use: Vec<(u32, u32)> = counts.into_iter().collect();
    by_use.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let (kept, nearest) = choose(&by_use);
    let slot: FxHashMap<u32, u8> = by_use.iter().map(|&(c, _)| c).zip(nearest).collect();
    let mut indices = Vec::with_capacity(pixels.len() / 3);
    for &(colour, length) in &runs {
        indices.resize(indices.len() + length as usize, slot[&colour]);
    }
    let palette = kept
        .iter()
        .flat_map(|&c| channels(c).map(|v| v as u8))
        .collect();
    Indexed { indices, palette }
}

/// The 256 colours to keep, from every colour and its use (most used first): the most
/// used ones (the flat colours, the text's own), then the colours worst served by
/// those (use times distance), so every shade ramp keeps steps. Returns them, and for
/// each colour of `by_use` the index of its nearest kept one.
fn choose(by_use: &[(u32, u32)]) -> (Vec<u32>, Vec<u8>) {
    const FREQUENT: usize = 64;
    let frequent = by_use.len().min(FREQUENT);
    let mut kept: Vec<u32> = by_use[..frequent].iter().map(|&(c, _)| c).collect();
    if by_use.len() > 256 {
        // How badly the frequent colours serve each other one, weighted by its use.
        let mut badly: Vec<(u64, u32, u32)> = by_use[frequent..]
            .iter()
            .map(|&(c, uses)| {
                let gap = kept.iter().map(|&k| distance(c, k)).min().unwrap_or(0);
                (u64::from(uses) * u64::from(gap), c, uses)
            })
            .collect();
        badly.sort_unstable_by(|a, b| b.cmp(a));
        // The worst served first, each pick then serving its neighbours: among the worst
        // few hundred, two near shades are not both kept while a third goes without.
        let mut candidates: Vec<(u64, u32, u32)> =
            badly.into_iter().take(2 * (256 - frequent)).collect();
        while kept.len() < 256 && !candidates.is_empty() {
            let best = (0..candidates.len())
                .max_by_key(|&i| candidates[i].0)
                .unwrap_or(0);
            let (_, chosen, _) = candidates.swap_remove(best);
            kept.push(chosen);
            for (cost, c, uses) in &mut candidates {
                *cost = (*cost).min(u64::from(*uses) * u64::from(distance(*c, chosen)));
            }
        }
    } else {
        kept.extend(by_use[frequent..].iter().map(|&(c, _)| c));
    }
    // Each colour's nearest kept one: all distances at once (the compiler makes this a
    // few vector operations), then where the smallest is.
    let [kr, kg, kb] = [16, 8, 0].map(|shift| {
        kept.iter()
            .map(|&k| (k >> shift & 0xff) as i32)
            .collect::<Vec<_>>()
    });
    let mut distances = vec![0u32; kept.len()];
    let nearest = by_use
        .iter()
        .map(|&(c, _)| {
            let [r, g, b] = channels(c);
            for (((d, &kr), &kg), &kb) in distances.iter_mut().zip(&kr).zip(&kg).zip(&kb) {
                *d = ((r - kr) * (r - kr) + (g - kg) * (g - kg) + (b - kb) * (b - kb)) as u32;
            }
            let least = distances.iter().copied().min().unwrap_or(0);
            distances.iter().position(|&d| d == least).unwrap_or(0) as u8
        })
        .collect();
    (kept, nearest)
}

fn channels(c: u32) -> [i32; 3] {
    [(c >> 16) as i32, (c >> 8 & 0xff) as i32, (c & 0xff) as i32]
}

/// Squared distance between two colours.
fn distance(a: u32, b: u32) -> u32 {
    let ([ar, ag, ab], [br, bg, bb]) = (channels(a), channels(b));
    ((ar - br).pow(2) + (ag - bg).pow(2) + (ab - bb).pow(2)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn few_colours_are_kept_exactly() {
        let pixels = [250, 250, 250, 22, 163, 74, 250, 250, 250, 250, 250, 250];
        let indexed = index(&pixels, 2);
        assert_eq!(indexed.palette, [250, 250, 250, 22, 163, 74]);
        assert_eq!(indexed.indices, [0, 1, 0, 0]);
    }

    #[test]
    fn past_256_colours_the_rare_ones_go_to_their_nearest() {
        // 256 frequent greys, then one rare colour next to grey 10.
        let mut pixels = Vec::new();
        for grey in 0..=255u8 {
            for _ in 0..4 {
                pixels.extend([grey, grey, grey]);
            }
        }
        pixels.extend([11, 10, 10]);
        let indexed = index(&pixels, pixels.len() / 3);
        assert_eq!(indexed.palette.len(), 256 * 3);
        let rare = *indexed.indices.last().unwrap() as usize;
        assert_eq!(&indexed.palette[rare * 3..rare * 3 + 3], &[10, 10, 10]);
    }
}
