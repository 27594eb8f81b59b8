//! What answering a question's intent takes, from its cues: the programme a yes-or-no
//! question is about, and whether reminders are asked on or off. Which intent it is, the
//! model says (`model.rs`).

use super::Scan;
use super::labels::Intent;
use super::lexicon::{Cue, Meaning};
use catalogue::{CommandId, Frequency, Period, StreamId, Topic};

/// The command a question gets, and how to open its answer.
#[derive(Debug)]
pub(super) struct Asked {
    pub command: CommandId,
    pub topic: Option<Topic>,
    pub focus: Option<StreamId>,
    pub yes_no: bool,
}

/// What answering an intent takes: its command, the FAQ's topic, and for a question of
/// eligibility (a yes or a no first) the programme its words name.
/// Chat asks nothing.
pub(super) fn asked(intent: Intent, scan: &Scan) -> Option<Asked> {
    let (command, topic) = match intent {
        Intent::Command(command) => (command, None),
        Intent::Faq(topic) => (CommandId::Faq, topic),
        Intent::Chat => return None,
    };
    let focus = (command == CommandId::Eligibility).then(|| {
        if scan.has(Cue::Pulse) {
            StreamId::Pulse
        } else if scan.has(Cue::Live) || scan.has(Cue::Gifts) {
            StreamId::LiveGifts
        } else if scan.has(Cue::Sponsor) {
            StreamId::BrandDeal
        } else {
            StreamId::CreatorRewards
        }
    });
    Some(Asked {
        command,
        topic,
        focus,
        yes_no: focus.is_some(),
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
