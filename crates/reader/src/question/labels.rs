//! What a question can ask for, as the intent model names it: a command, an FAQ topic
//! (or the FAQ with none), or chat (thanks, a greeting: nothing asked).

use catalogue::{COMMANDS, Choice, CommandId, Topic};

/// One thing a question can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Intent {
    /// Any command but the FAQ (`gains`, `take_home`).
    Command(CommandId),
    /// The FAQ: a topic, or none that fits.
    Faq(Option<Topic>),
    /// Thanks, a greeting, `ok cool`: answered in a line, never estimated.
    Chat,
}

impl Intent {
    /// Every intent, in a fixed order.
    pub fn all() -> Vec<Intent> {
        let mut all: Vec<Intent> = COMMANDS
            .iter()
            .map(|c| c.id)
            .filter(|c| !matches!(c, CommandId::Faq | CommandId::Start))
            .map(Intent::Command)
            .collect();
        all.push(Intent::Faq(None));
        all.extend(Topic::TABLE.iter().map(|row| Intent::Faq(Some(row.0))));
        all.push(Intent::Chat);
        all
    }

    /// Its label in the corpus and the model: `gains`, `faq/payouts`, `faq`, `chat`.
    pub fn label(self) -> String {
        match self {
            Intent::Command(command) => command.id().to_owned(),
            Intent::Faq(None) => CommandId::Faq.id().to_owned(),
            Intent::Faq(Some(topic)) => format!("{}/{}", CommandId::Faq.id(), topic.id()),
            Intent::Chat => "chat".to_owned(),
        }
    }

    /// The intent a label names.
    pub fn from_label(label: &str) -> Option<Intent> {
        Intent::all().into_iter().find(|i| i.label() == label)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_label_names_one_intent_back() {
        let all = Intent::all();
        for intent in &all {
            assert_eq!(Intent::from_label(&intent.label()), Some(*intent));
        }
        let mut labels: Vec<String> = all.iter().map(|i| i.label()).collect();
        labels.sort();
        labels.dedup();
        assert_eq!(labels.len(), all.len());
        assert_eq!(
            Intent::from_label("faq/video_gifts"),
            Some(Intent::Faq(Some(Topic::VideoGifts)))
        );
        assert_eq!(Intent::from_label("start"), None);
    }
}
