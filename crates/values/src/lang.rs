//! The two reply languages and how a platform locale maps onto them.

use serde::Serialize;

/// A language gainsbot answers in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Fr,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The BCP 47 code, as platforms and `--lang` spell it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// Maps a platform locale (`fr`, `fr-CA`, `en_GB`, `English`…) to a language we speak.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let lower = locale.trim().to_lowercase();
        let primary = lower.split(['-', '_']).next().unwrap_or_default();
        match primary {
            "fr" | "fra" | "fre" | "french" | "français" | "francais" => Some(Lang::Fr),
            "en" | "eng" | "english" | "anglais" => Some(Lang::En),
            _ => None,
        }
    }

    /// The reply language: an explicit choice, then the platform's locale, then the default.
    pub fn negotiate(explicit: Option<Lang>, platform_locale: Option<&str>, default: Lang) -> Lang {
        explicit
            .or_else(|| platform_locale.and_then(Lang::from_locale))
            .unwrap_or(default)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platform_locales_map_to_languages() {
        for (locale, lang) in [
            ("fr", Lang::Fr),
            ("fr-CA", Lang::Fr),
            ("fr_FR", Lang::Fr),
            ("en-US", Lang::En),
            ("en-GB", Lang::En),
            ("EN", Lang::En),
        ] {
            assert_eq!(Lang::from_locale(locale), Some(lang), "{locale}");
        }
        assert_eq!(Lang::from_locale("de-DE"), None);
        assert_eq!(Lang::from_locale(""), None);
    }

    #[test]
    fn explicit_choice_beats_locale_which_beats_default() {
        assert_eq!(
            Lang::negotiate(Some(Lang::En), Some("fr-CA"), Lang::Fr),
            Lang::En
        );
        assert_eq!(Lang::negotiate(None, Some("fr-CA"), Lang::En), Lang::Fr);
        assert_eq!(Lang::negotiate(None, Some("de"), Lang::En), Lang::En);
        assert_eq!(Lang::negotiate(None, None, Lang::Fr), Lang::Fr);
    }
}
