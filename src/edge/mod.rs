//! What both adapters share, so Telegram and Discord behave the same at their edges:
//! one retry policy for every outgoing call, the race against a platform's deadline,
//! secrets kept out of logs, result cards drawn once, and the stop signal.

pub mod card;
pub mod deadline;
pub mod redact;
pub mod retry;
pub mod shutdown;
