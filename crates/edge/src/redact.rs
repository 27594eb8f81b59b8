//! Secrets kept out of logs and errors: bot tokens, public keys, and the interaction
//! tokens Discord puts in follow-up URLs. An error is wrapped, not turned into a
//! string, so it can still be inspected; it is only ever shown redacted.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

/// What must never be shown, for one platform.
#[derive(Clone, Default)]
pub struct Secrets(Arc<[String]>);

impl fmt::Debug for Secrets {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secrets({} hidden)", self.0.len())
    }
}

/// Where Discord puts an interaction's token in a follow-up's URL:
/// `/webhooks/<application id>/<token>`.
const WEBHOOK_PATH: &str = "/webhooks/";

impl Secrets {
    /// The non-empty values among `secrets`.
    pub fn new<'a>(secrets: impl IntoIterator<Item = &'a str>) -> Secrets {
        Secrets(
            secrets
                .into_iter()
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
        )
    }

    /// `text` with every secret, and every interaction token in a webhook URL, as `***`.
    pub fn redact<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let mut text = Cow::Borrowed(text);
        for secret in self.0.iter() {
            if text.contains(secret.as_str()) {
                text = Cow::Owned(text.replace(secret.as_str(), "***"));
            }
        }
        if text.contains(WEBHOOK_PATH) {
            text = Cow::Owned(hide_webhook_tokens(&text));
        }
        text
    }

    /// `error` wrapped so that it only ever displays redacted.
    pub fn wrap(&self, error: impl Into<anyhow::Error>) -> Redacted {
        Redacted {
            error: error.into(),
            secrets: self.clone(),
        }
    }
}

fn hide_webhook_tokens(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(WEBHOOK_PATH) {
        let (before, after) = rest.split_at(at + WEBHOOK_PATH.len());
        out.push_str(before);
        let id_end = after
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(after.len());
        let (id, tail) = after.split_at(id_end);
        out.push_str(id);
        match tail.strip_prefix('/') {
            Some(tail) if id_end > 0 => {
                let token_end = tail.find(['/', '?', ' ', '"', ')']).unwrap_or(tail.len());
                out.push_str("/***");
                rest = &tail[token_end..];
            }
            _ => rest = tail,
        }
    }
    out.push_str(rest);
    out
}

/// An error that displays with its whole chain of causes, secrets hidden. The chain is
/// part of its own message (it reports no `source`), so no formatter can reach the raw
/// causes; [`Redacted::inner`] still gives them to code that needs to look.
pub struct Redacted {
    error: anyhow::Error,
    secrets: Secrets,
}

impl Redacted {
    /// The error as it was, for inspection (never for display).
    pub fn inner(&self) -> &anyhow::Error {
        &self.error
    }
}

impl fmt::Display for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.secrets.redact(&format!("{:#}", self.error)))
    }
}

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for Redacted {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_hidden_wherever_they_appear() {
        let secrets = Secrets::new(["123:abc", "", "key"]);
        assert_eq!(
            secrets.redact("GET https://api.telegram.org/bot123:abc/getMe key"),
            "GET https://api.telegram.org/bot***/getMe ***"
        );
        assert_eq!(
            secrets.redact("POST /api/v10/webhooks/42/aW50ZXJhY3Rpb24/messages/@original"),
            "POST /api/v10/webhooks/42/***/messages/@original"
        );
        assert_eq!(
            secrets.redact("/webhooks/ and /webhooks/x"),
            "/webhooks/ and /webhooks/x"
        );
    }

    #[test]
    fn a_wrapped_chain_shows_every_cause_redacted_and_keeps_the_error() {
        let secrets = Secrets::new(["s3cret"]);
        let error = anyhow::anyhow!("connecting to bots3cret").context("sending a reply");
        let wrapped = secrets.wrap(error);
        assert_eq!(
            format!("{wrapped}"),
            "sending a reply: connecting to bot***"
        );
        assert_eq!(
            format!("{:#}", anyhow::Error::new(wrapped).context("telegram")),
            "telegram: sending a reply: connecting to bot***"
        );
        let wrapped = secrets.wrap(std::io::Error::other("s3cret"));
        assert!(wrapped.inner().downcast_ref::<std::io::Error>().is_some());
    }
}
