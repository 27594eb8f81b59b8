//! Result cards as attachments: whether a place shows them by default, and drawing each
//! one once. A card is known by what it shows (its title and data, already worded in the
//! reader's language): a recently drawn one comes from a bounded in-memory cache, and a
//! platform that keeps uploaded files (Telegram's `file_id`) is sent the file it already
//! has. Most people ask the same few questions, so most cards are never drawn twice.

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use quick_cache::sync::{Cache, DefaultLifecycle, PlaceholderGuard};
use quick_cache::{DefaultHashBuilder, UnitWeighter, Weighter};

use super::telemetry;
use answers::reply::Reply;

/// Cards by default where the reply is the asker's own (a DM, a private chat); in
/// servers and groups only when asked for (`carte:oui`), so channels stay readable.
pub fn by_default(private: bool) -> bool {
    private
}

/// What a card shows, as a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CardKey(u64);

/// The key of a reply's card, if it has one.
pub fn key(reply: &Reply) -> Option<CardKey> {
    let card = reply.card.as_ref()?;
    let mut hasher = rustc_hash::FxHasher::default();
    reply.title.hash(&mut hasher);
    card.hash(&mut hasher);
    Some(CardKey(hasher.finish()))
}

/// How much the drawn-card cache holds by default: about eighty cards.
pub const CACHE_BYTES: u64 = 4 * 1024 * 1024;

#[derive(Clone)]
struct ByLength;

impl Weighter<CardKey, Arc<[u8]>> for ByLength {
    fn weight(&self, _: &CardKey, png: &Arc<[u8]>) -> u64 {
        png.len() as u64
    }
}

/// Cards drawn lately, and the files platforms already hold.
pub struct Cards {
    drawn: Cache<CardKey, Arc<[u8]>, ByLength>,
    uploaded: Cache<Uploaded, String>,
}

impl std::fmt::Debug for Cards {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Cards({} drawn, {} uploaded)",
            self.drawn.len(),
            self.uploaded.len()
        )
    }
}

impl Default for Cards {
    fn default() -> Cards {
        Cards::new(CACHE_BYTES)
    }
}

impl Cards {
    /// A cache holding at most `bytes` of PNG (`GAINSBOT_CARD_CACHE_MB`); 0 keeps none.
    pub fn new(bytes: u64) -> Cards {
        let estimated = (bytes / (50 * 1024)).max(1) as usize;
        Cards {
            drawn: Cache::with_weighter(estimated, bytes, ByLength),
            uploaded: Cache::new(4 * estimated.max(256)),
        }
    }

    /// The reply's card as PNG bytes, drawn now or earlier, if it has one. A card that
    /// fails to draw is logged and left out: the text of the reply still goes.
    pub fn png(&self, reply: &Reply) -> Option<(CardKey, Arc<[u8]>)> {
        let key = key(reply)?;
        if let Some(png) = self.drawn.get(&key) {
            return Some((key, png));
        }
        match cards::png(reply) {
            Ok(png) => {
                let png: Arc<[u8]> = png?.into();
                telemetry::card();
                self.drawn.insert(key, png.clone());
                Some((key, png))
            }
            Err(error) => {
                tracing::error!(%error, "drawing a result card");
                telemetry::error("card");
                None
            }
        }
    }

    /// The platform's own id for this card if it was uploaded there lately; otherwise
    /// the right to upload it. While one upload of a card is under way, others asking
    /// for the same card wait for its id rather than uploading it too (a burst of
    /// `/gains 1M` uploads one file).
    pub async fn uploaded(
        &self,
        platform: &'static str,
        key: CardKey,
    ) -> Result<String, Upload<'_>> {
        self.uploaded
            .get_value_or_guard_async(&(platform, key))
            .await
            .map_err(Upload)
    }

    /// Forgets an id the platform no longer accepts.
    pub fn forget(&self, platform: &'static str, key: CardKey) {
        self.uploaded.remove(&(platform, key));
    }
}

/// The right to upload a card no platform file stands for yet: [`Upload::done`] with
/// the platform's id; dropped without it, the next one waiting uploads instead.
pub struct Upload<'a>(
    PlaceholderGuard<'a, Uploaded, String, UnitWeighter, DefaultHashBuilder, Lifecycle>,
);

/// A card on a platform.
type Uploaded = (&'static str, CardKey);
type Lifecycle = DefaultLifecycle<Uploaded, String>;

impl Upload<'_> {
    /// Remembers the platform's id for the uploaded card, for everyone waiting on it.
    pub fn done(self, file: String) {
        let _ = self.0.insert(file);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use answers::{Answers, Request};
    use figures::Rates;
    use values::Lang;

    fn reply(text: &str) -> Reply {
        let answers = Answers::new(Rates::embedded().unwrap(), Lang::Fr);
        answers.handle(&Request {
            text,
            lang: None,
            locale: None,
            card: true,
            shared: false,
        })
    }

    #[test]
    fn a_card_is_known_by_what_it_shows() {
        let one = reply("/gains 1000000");
        assert_eq!(key(&one), key(&reply("/gains vues:1000000")));
        assert_ne!(key(&one), key(&reply("/gains 2000000")));
        assert_ne!(
            key(&one),
            key(&reply("/earnings 1000000")),
            "another language"
        );
        assert_eq!(key(&reply("/aide")), None);
    }

    #[test]
    fn a_card_is_drawn_once_then_served_from_the_cache() {
        let cards = Cards::default();
        let (key, first) = cards.png(&reply("/gains 1000000")).unwrap();
        let (again, second) = cards.png(&reply("/gains 1000000")).unwrap();
        assert_eq!(key, again);
        assert!(
            Arc::ptr_eq(&first, &second),
            "the same bytes, not a second drawing"
        );
    }

    #[tokio::test]
    async fn a_card_is_uploaded_once_while_others_wait_for_its_id() {
        let cards = Arc::new(Cards::default());
        let key = key(&reply("/gains 1000000")).unwrap();
        let Err(upload) = cards.uploaded("telegram", key).await else {
            panic!("nothing uploaded yet");
        };
        let waiting = tokio::spawn({
            let cards = cards.clone();
            async move { cards.uploaded("telegram", key).await.ok() }
        });
        tokio::task::yield_now().await;
        assert!(!waiting.is_finished(), "waits for the upload under way");
        upload.done("AgAC-file".to_owned());
        assert_eq!(waiting.await.unwrap().as_deref(), Some("AgAC-file"));
        assert!(
            cards.uploaded("discord", key).await.is_err(),
            "per platform"
        );
        cards.forget("telegram", key);
        assert!(cards.uploaded("telegram", key).await.is_err());
    }

    #[tokio::test]
    async fn a_failed_upload_lets_the_next_one_try() {
        let cards = Cards::default();
        let key = key(&reply("/gains 1000000")).unwrap();
        let first = cards.uploaded("telegram", key).await.err().unwrap();
        drop(first);
        assert!(cards.uploaded("telegram", key).await.is_err());
    }

    #[test]
    fn the_cache_holds_what_its_size_allows() {
        let none = Cards::new(0);
        let (_, first) = none.png(&reply("/gains 1000000")).unwrap();
        let (_, second) = none.png(&reply("/gains 1000000")).unwrap();
        assert!(!Arc::ptr_eq(&first, &second), "nothing kept");
    }
}
