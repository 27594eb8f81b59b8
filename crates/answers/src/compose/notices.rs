//! What a user is told when they ask too much, too fast.

use catalogue::{Arg, msg};
use std::time::Duration;

use catalogue::CommandId;
use values::Lang;

use crate::i18n::tr;
use crate::reply::Reply;

/// Past the per-user limit: how long to wait, said once.
pub fn slow_down(lang: Lang, command: CommandId, wait: Duration) -> Reply {
    let mut reply = Reply::new(command, lang, tr(lang, msg::TITLE_SLOW_DOWN)).line(tr(
        lang,
        msg::SlowDown {
            seconds: Arg::Count(whole_seconds(wait)),
        },
    ));
    reply.is_error = true;
    reply
}

/// The seconds a user is told to wait, rounded up: never "0 s".
fn whole_seconds(wait: Duration) -> u64 {
    wait.as_secs() + u64::from(wait.subsec_nanos() > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_are_told_in_whole_seconds_rounded_up() {
        assert_eq!(whole_seconds(Duration::from_millis(2_001)), 3);
        assert_eq!(whole_seconds(Duration::from_secs(2)), 2);
        assert_eq!(whole_seconds(Duration::from_millis(10)), 1);
    }

    #[test]
    fn the_wait_is_said_in_the_readers_language() {
        let fr = slow_down(Lang::Fr, CommandId::Gains, Duration::from_millis(41_500));
        assert_eq!(
            fr.lines[0],
            "Vous avez posé beaucoup de questions d'un coup : réessayez dans 42 s."
        );
        let en = slow_down(Lang::En, CommandId::Gains, Duration::from_secs(1));
        assert_eq!(
            en.lines[0],
            "You asked a lot at once: try again in 1 second."
        );
    }
}
