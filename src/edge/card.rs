//! Result cards as attachments: whether a place shows them by default, and drawing one
//! without letting a drawing failure cost the reply.

use super::telemetry;
use crate::core::reply::Reply;
use crate::render::card;

/// Cards by default where the reply is the asker's own (a DM, a private chat); in
/// servers and groups only when asked for (`carte:oui`), so channels stay readable.
pub fn by_default(private: bool) -> bool {
    private
}

/// The reply's card as PNG bytes, if it has one. A card that fails to draw is logged
/// and left out: the text of the reply still goes.
pub fn attachment(reply: &Reply) -> Option<Vec<u8>> {
    match card::png(reply) {
        Ok(png) => {
            if png.is_some() {
                telemetry::card();
            }
            png
        }
        Err(error) => {
            tracing::error!(%error, "drawing a result card");
            telemetry::error("card");
            None
        }
    }
}
