//! Countries creators name, by ISO code or by their French or English name, with the
//! facts the estimator needs: which rate region applies, and what our sources say about
//! Creator Rewards availability.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::catalogue::fold;

/// Where a country's creators fall in the rate catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    /// France and the rest of Europe (seed 002 gives a euro rate for them).
    Europe,
    /// Everywhere else: only global figures exist.
    Other,
}

/// A country as the estimator sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    pub code: &'static str,
    pub fr: &'static str,
    pub en: &'static str,
    pub region: Region,
}

const fn eu(code: &'static str, fr: &'static str, en: &'static str) -> Country {
    Country {
        code,
        fr,
        en,
        region: Region::Europe,
    }
}

const fn other(code: &'static str, fr: &'static str, en: &'static str) -> Country {
    Country {
        code,
        fr,
        en,
        region: Region::Other,
    }
}

/// The countries gainsbot recognises; any other is refused with a clear error.
pub static COUNTRIES: &[Country] = &[
    eu("FR", "France", "France"),
    eu("BE", "Belgique", "Belgium"),
    eu("CH", "Suisse", "Switzerland"),
    eu("LU", "Luxembourg", "Luxembourg"),
    eu("MC", "Monaco", "Monaco"),
    eu("DE", "Allemagne", "Germany"),
    eu("AT", "Autriche", "Austria"),
    eu("IT", "Italie", "Italy"),
    eu("ES", "Espagne", "Spain"),
    eu("PT", "Portugal", "Portugal"),
    eu("NL", "Pays-Bas", "Netherlands"),
    eu("IE", "Irlande", "Ireland"),
    eu("GB", "Royaume-Uni", "United Kingdom"),
    eu("DK", "Danemark", "Denmark"),
    eu("SE", "Suède", "Sweden"),
    eu("NO", "Norvège", "Norway"),
    eu("FI", "Finlande", "Finland"),
    eu("IS", "Islande", "Iceland"),
    eu("PL", "Pologne", "Poland"),
    eu("CZ", "Tchéquie", "Czechia"),
    eu("SK", "Slovaquie", "Slovakia"),
    eu("HU", "Hongrie", "Hungary"),
    eu("RO", "Roumanie", "Romania"),
    eu("BG", "Bulgarie", "Bulgaria"),
    eu("GR", "Grèce", "Greece"),
    eu("HR", "Croatie", "Croatia"),
    eu("SI", "Slovénie", "Slovenia"),
    eu("EE", "Estonie", "Estonia"),
    eu("LV", "Lettonie", "Latvia"),
    eu("LT", "Lituanie", "Lithuania"),
    eu("CY", "Chypre", "Cyprus"),
    eu("MT", "Malte", "Malta"),
    other("US", "États-Unis", "United States"),
    other("CA", "Canada", "Canada"),
    other("MX", "Mexique", "Mexico"),
    other("BR", "Brésil", "Brazil"),
    other("AR", "Argentine", "Argentina"),
    other("JP", "Japon", "Japan"),
    other("KR", "Corée du Sud", "South Korea"),
    other("AU", "Australie", "Australia"),
    other("IN", "Inde", "India"),
    other("TR", "Turquie", "Turkey"),
    other("AE", "Émirats arabes unis", "United Arab Emirates"),
    other("MA", "Maroc", "Morocco"),
    other("DZ", "Algérie", "Algeria"),
    other("TN", "Tunisie", "Tunisia"),
    other("SN", "Sénégal", "Senegal"),
    other("CI", "Côte d'Ivoire", "Ivory Coast"),
    other("CM", "Cameroun", "Cameroon"),
    other("CD", "RD Congo", "DR Congo"),
    other("HT", "Haïti", "Haiti"),
];

/// Everyday names that are not the official ones.
const ALIASES: &[(&str, &str)] = &[
    ("usa", "US"),
    ("amérique", "US"),
    ("america", "US"),
    ("uk", "GB"),
    ("angleterre", "GB"),
    ("england", "GB"),
    ("grande-bretagne", "GB"),
    ("great britain", "GB"),
    ("corée", "KR"),
    ("korea", "KR"),
    ("québec", "CA"),
];

/// What a name is compared by: folded, without apostrophes, spaces, hyphens or underscores.
fn key(name: &str) -> String {
    fold(name)
        .chars()
        .filter(|c| !matches!(c, '\'' | '’' | ' ' | '_'))
        .collect()
}

/// Every accepted spelling, built once.
static INDEX: LazyLock<HashMap<String, &'static Country>> = LazyLock::new(|| {
    let mut index = HashMap::new();
    for country in COUNTRIES {
        for name in [country.code, country.fr, country.en] {
            index.insert(key(name), country);
        }
    }
    for (alias, code) in ALIASES {
        if let Some(country) = COUNTRIES.iter().find(|c| c.code == *code) {
            index.insert(key(alias), country);
        }
    }
    index
});

impl Country {
    /// Finds a country by ISO code, French or English name, or a common alias; case,
    /// accents, apostrophes, spaces and hyphens are ignored.
    pub fn parse(text: &str) -> Option<&'static Country> {
        INDEX.get(&key(text)).copied()
    }

    pub fn name(&self, lang: crate::values::Lang) -> &'static str {
        match lang {
            crate::values::Lang::Fr => self.fr,
            crate::values::Lang::En => self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_countries_by_code_name_and_alias() {
        for (text, code) in [
            ("FR", "FR"),
            ("fr", "FR"),
            ("France", "FR"),
            ("États-Unis", "US"),
            ("etats-unis", "US"),
            ("USA", "US"),
            ("United Kingdom", "GB"),
            ("Royaume-Uni", "GB"),
            ("uk", "GB"),
            ("Côte d'Ivoire", "CI"),
            ("Corée du Sud", "KR"),
        ] {
            assert_eq!(Country::parse(text).map(|c| c.code), Some(code), "{text}");
        }
        assert_eq!(Country::parse("Atlantis"), None);
        assert_eq!(Country::parse(""), None);
    }

    #[test]
    fn codes_are_unique() {
        let mut codes: Vec<_> = COUNTRIES.iter().map(|c| c.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), COUNTRIES.len());
    }
}
