//! How long to reach a count: of the followers or views a how-long question gives
//! (`de 2k à 10k abonnés`, `how long to hit 100k if I have 20k`), which the creator has
//! and which is the target.

use catalogue::OptionId;

/// A count of followers or views in a question asking how long to reach one.
#[derive(Clone, Copy)]
pub(super) struct Count {
    pub option: OptionId,
    pub n: u64,
    /// Said after `how long`, or after `atteindre`, `reach`, `get to`.
    pub aimed: bool,
    /// Written with no unit (`i have 20k`): of the kind the others name.
    pub bare: bool,
}

/// Of the counts a how-long question gives, the one to reach and the ones the creator
/// has: of two of a kind, the larger is the target; one alone is the target if aimed.
pub(super) fn current_and_target(counts: &[Count]) -> Vec<(OptionId, u64)> {
    let named = counts.iter().find(|c| !c.bare).map(|c| c.option);
    let counts: Vec<Count> = counts
        .iter()
        .map(|c| Count {
            option: if c.bare {
                named.unwrap_or(c.option)
            } else {
                c.option
            },
            ..*c
        })
        .collect();
    let mut out = Vec::new();
    for option in [OptionId::Followers, OptionId::Views] {
        let of: Vec<&Count> = counts.iter().filter(|c| c.option == option).collect();
        match of.as_slice() {
            [] => {}
            [one] if one.aimed => out.push((OptionId::Target, one.n)),
            [one] => out.push((option, one.n)),
            many => {
                let smallest = many.iter().map(|c| c.n).min().unwrap_or_default();
                let largest = many.iter().map(|c| c.n).max().unwrap_or_default();
                out.push((option, smallest));
                out.push((OptionId::Target, largest));
            }
        }
    }
    out
}
