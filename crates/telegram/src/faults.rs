//! Which Bot API failures are worth trying again. teloxide gives no status code for
//! errors it does not know: Telegram words its 5xx as it likes ("Bad Gateway",
//! "Service Unavailable"…), while every client error starts with its status's name.

use teloxide::{ApiError, RequestError};

use edge::retry::{Classify, Fault};

/// How Telegram's client errors (4xx) begin; anything else it words is a server error.
const CLIENT_ERRORS: [&str; 6] = [
    "Bad Request",
    "Unauthorized",
    "Forbidden",
    "Not Found",
    "Conflict",
    "Too Many Requests",
];

/// The Bot API, as the platform its errors come from.
#[derive(Debug)]
pub enum BotApi {}

impl Classify<BotApi> for RequestError {
    fn fault(&self) -> Fault {
        match self {
            RequestError::RetryAfter(after) => Fault::RetryAfter(after.duration()),
            // A dropped connection, a timeout, or a body that is not the Bot API's JSON
            // (a proxy's HTML error page).
            RequestError::Network(_) | RequestError::Io(_) | RequestError::InvalidJson { .. } => {
                Fault::Transient
            }
            RequestError::Api(ApiError::Unknown(description))
                if !CLIENT_ERRORS.iter().any(|c| description.starts_with(c)) =>
            {
                Fault::Transient
            }
            _ => Fault::Permanent,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unknown(description: &str) -> Fault {
        RequestError::Api(ApiError::Unknown(description.to_owned())).fault()
    }

    #[test]
    fn server_errors_are_transient_however_worded() {
        for description in [
            "Internal Server Error",
            "Bad Gateway",
            "Service Unavailable",
            "Gateway Timeout",
        ] {
            assert_eq!(unknown(description), Fault::Transient, "{description}");
        }
    }

    #[test]
    fn client_errors_are_permanent() {
        assert_eq!(
            unknown("Bad Request: message text is empty"),
            Fault::Permanent
        );
        assert_eq!(unknown("Forbidden: bot was kicked"), Fault::Permanent);
        assert_eq!(
            RequestError::Api(ApiError::BotBlocked).fault(),
            Fault::Permanent
        );
        assert_eq!(
            RequestError::Api(ApiError::InvalidToken).fault(),
            Fault::Permanent
        );
        assert_eq!(
            RequestError::Api(ApiError::ChatNotFound).fault(),
            Fault::Permanent
        );
    }
}
