//! Countries creators name, by ISO code or by their French or English name, with the
//! currency they pay in.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::fold;
use values::{Currency, Lang};

/// A country as the estimator sees it. Which rates apply where is the rate catalogue's
/// business (`rates/`); this is only what the country is called and pays in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    pub code: &'static str,
    pub fr: &'static str,
    pub en: &'static str,
    /// The currency it pays in, when amounts can be written in it.
    pub currency: Option<Currency>,
}

const fn country(
    code: &'static str,
    fr: &'static str,
    en: &'static str,
    currency: Option<Currency>,
) -> Country {
    Country {
        code,
        fr,
        en,
        currency,
    }
}

/// The countries gainsbot recognises; any other is refused with a clear error.
pub static COUNTRIES: &[Country] = &[
    country("FR", "France", "France", Some(Currency::Eur)),
    country("BE", "Belgique", "Belgium", Some(Currency::Eur)),
    country("CH", "Suisse", "Switzerland", Some(Currency::Chf)),
    country("LU", "Luxembourg", "Luxembourg", Some(Currency::Eur)),
    country("MC", "Monaco", "Monaco", Some(Currency::Eur)),
    country("DE", "Allemagne", "Germany", Some(Currency::Eur)),
    country("AT", "Autriche", "Austria", Some(Currency::Eur)),
    country("IT", "Italie", "Italy", Some(Currency::Eur)),
    country("ES", "Espagne", "Spain", Some(Currency::Eur)),
    country("PT", "Portugal", "Portugal", Some(Currency::Eur)),
    country("NL", "Pays-Bas", "Netherlands", Some(Currency::Eur)),
    country("IE", "Irlande", "Ireland", Some(Currency::Eur)),
    country("GB", "Royaume-Uni", "United Kingdom", Some(Currency::Gbp)),
    country("DK", "Danemark", "Denmark", None),
    country("SE", "Suède", "Sweden", None),
    country("NO", "Norvège", "Norway", None),
    country("FI", "Finlande", "Finland", Some(Currency::Eur)),
    country("IS", "Islande", "Iceland", None),
    country("PL", "Pologne", "Poland", None),
    country("CZ", "Tchéquie", "Czechia", None),
    country("SK", "Slovaquie", "Slovakia", Some(Currency::Eur)),
    country("HU", "Hongrie", "Hungary", None),
    country("RO", "Roumanie", "Romania", None),
    country("BG", "Bulgarie", "Bulgaria", Some(Currency::Eur)),
    country("GR", "Grèce", "Greece", Some(Currency::Eur)),
    country("HR", "Croatie", "Croatia", Some(Currency::Eur)),
    country("SI", "Slovénie", "Slovenia", Some(Currency::Eur)),
    country("EE", "Estonie", "Estonia", Some(Currency::Eur)),
    country("LV", "Lettonie", "Latvia", Some(Currency::Eur)),
    country("LT", "Lituanie", "Lithuania", Some(Currency::Eur)),
    country("CY", "Chypre", "Cyprus", Some(Currency::Eur)),
    country("MT", "Malte", "Malta", Some(Currency::Eur)),
    country("US", "États-Unis", "United States", Some(Currency::Usd)),
    country("CA", "Canada", "Canada", Some(Currency::Cad)),
    country("MX", "Mexique", "Mexico", None),
    country("BR", "Brésil", "Brazil", None),
    country("AR", "Argentine", "Argentina", None),
    country("JP", "Japon", "Japan", None),
    country("KR", "Corée du Sud", "South Korea", None),
    country("AU", "Australie", "Australia", None),
    country("IN", "Inde", "India", None),
    country("TR", "Turquie", "Turkey", None),
    country("AE", "Émirats arabes unis", "United Arab Emirates", None),
    country("MA", "Maroc", "Morocco", Some(Currency::Mad)),
    country("DZ", "Algérie", "Algeria", None),
    country("TN", "Tunisie", "Tunisia", None),
    country("SN", "Sénégal", "Senegal", Some(Currency::Xof)),
    country("CI", "Côte d'Ivoire", "Ivory Coast", Some(Currency::Xof)),
    country("CM", "Cameroun", "Cameroon", None),
    country("CD", "RD Congo", "DR Congo", None),
    country("HT", "Haïti", "Haiti", None),
    country("NG", "Nigeria", "Nigeria", None),
    country("GH", "Ghana", "Ghana", None),
    country("KE", "Kenya", "Kenya", None),
    country("ZA", "Afrique du Sud", "South Africa", None),
    country("BJ", "Bénin", "Benin", Some(Currency::Xof)),
    country("BF", "Burkina Faso", "Burkina Faso", Some(Currency::Xof)),
    country("ML", "Mali", "Mali", Some(Currency::Xof)),
    country("TG", "Togo", "Togo", Some(Currency::Xof)),
    country("GA", "Gabon", "Gabon", None),
    country("MG", "Madagascar", "Madagascar", None),
];

/// Everyday names that are not the official ones: short names, demonyms, big cities,
/// in French and English (the question reader reads the same list).
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
    ("francais", "FR"),
    ("francaise", "FR"),
    ("french", "FR"),
    ("paris", "FR"),
    ("belge", "BE"),
    ("belgian", "BE"),
    ("bruxelles", "BE"),
    ("liege", "BE"),
    ("suisse", "CH"),
    ("swiss", "CH"),
    ("geneve", "CH"),
    ("zurich", "CH"),
    ("luxembourgeois", "LU"),
    ("allemand", "DE"),
    ("allemande", "DE"),
    ("german", "DE"),
    ("italien", "IT"),
    ("italienne", "IT"),
    ("italian", "IT"),
    ("espagnol", "ES"),
    ("espagnole", "ES"),
    ("spanish", "ES"),
    ("portugais", "PT"),
    ("portuguese", "PT"),
    ("neerlandais", "NL"),
    ("hollandais", "NL"),
    ("dutch", "NL"),
    ("irlandais", "IE"),
    ("irish", "IE"),
    ("britannique", "GB"),
    ("british", "GB"),
    ("the uk", "GB"),
    ("londres", "GB"),
    ("london", "GB"),
    ("americain", "US"),
    ("americaine", "US"),
    ("american", "US"),
    ("the us", "US"),
    ("the states", "US"),
    ("etats unis", "US"),
    ("canadien", "CA"),
    ("canadienne", "CA"),
    ("canadian", "CA"),
    ("quebecois", "CA"),
    ("quebecoise", "CA"),
    ("montreal", "CA"),
    ("toronto", "CA"),
    ("vancouver", "CA"),
    ("ottawa", "CA"),
    ("lyon", "FR"),
    ("marseille", "FR"),
    ("lausanne", "CH"),
    ("rabat", "MA"),
    ("marrakech", "MA"),
    ("tunis", "TN"),
    ("douala", "CM"),
    ("yaounde", "CM"),
    ("port au prince", "HT"),
    ("new york", "US"),
    ("los angeles", "US"),
    ("miami", "US"),
    ("manchester", "GB"),
    ("berlin", "DE"),
    ("madrid", "ES"),
    ("rome", "IT"),
    ("lisbonne", "PT"),
    ("lisbon", "PT"),
    ("amsterdam", "NL"),
    ("mumbai", "IN"),
    ("delhi", "IN"),
    ("tokyo", "JP"),
    ("seoul", "KR"),
    ("sydney", "AU"),
    ("melbourne", "AU"),
    ("sao paulo", "BR"),
    ("istanbul", "TR"),
    ("mexicain", "MX"),
    ("mexican", "MX"),
    ("bresilien", "BR"),
    ("bresilienne", "BR"),
    ("brazilian", "BR"),
    ("japonais", "JP"),
    ("japanese", "JP"),
    ("coreen", "KR"),
    ("korean", "KR"),
    ("australien", "AU"),
    ("australian", "AU"),
    ("indien", "IN"),
    ("indienne", "IN"),
    ("indian", "IN"),
    ("turc", "TR"),
    ("turque", "TR"),
    ("turkish", "TR"),
    ("uae", "AE"),
    ("the uae", "AE"),
    ("dubai", "AE"),
    ("marocain", "MA"),
    ("marocaine", "MA"),
    ("moroccan", "MA"),
    ("casablanca", "MA"),
    ("algerien", "DZ"),
    ("algerienne", "DZ"),
    ("algerian", "DZ"),
    ("alger", "DZ"),
    ("tunisien", "TN"),
    ("tunisienne", "TN"),
    ("tunisian", "TN"),
    ("senegalais", "SN"),
    ("senegalaise", "SN"),
    ("senegalese", "SN"),
    ("dakar", "SN"),
    ("ivoirien", "CI"),
    ("ivoirienne", "CI"),
    ("ivorian", "CI"),
    ("abidjan", "CI"),
    ("camerounais", "CM"),
    ("camerounaise", "CM"),
    ("cameroonian", "CM"),
    ("congolais", "CD"),
    ("congolaise", "CD"),
    ("congolese", "CD"),
    ("rdc", "CD"),
    ("kinshasa", "CD"),
    ("haitien", "HT"),
    ("haitienne", "HT"),
    ("haitian", "HT"),
    ("nigerian", "NG"),
    ("nigeriane", "NG"),
    ("lagos", "NG"),
    ("abuja", "NG"),
    ("ghaneen", "GH"),
    ("ghaneenne", "GH"),
    ("ghanaian", "GH"),
    ("accra", "GH"),
    ("kenyan", "KE"),
    ("kenyane", "KE"),
    ("nairobi", "KE"),
    ("sud africain", "ZA"),
    ("sud africaine", "ZA"),
    ("south african", "ZA"),
    ("johannesburg", "ZA"),
    ("joburg", "ZA"),
    ("cape town", "ZA"),
    ("beninois", "BJ"),
    ("beninoise", "BJ"),
    ("cotonou", "BJ"),
    ("burkinabe", "BF"),
    ("ouagadougou", "BF"),
    ("malien", "ML"),
    ("malienne", "ML"),
    ("bamako", "ML"),
    ("togolais", "TG"),
    ("togolaise", "TG"),
    ("lome", "TG"),
    ("gabonais", "GA"),
    ("gabonaise", "GA"),
    ("libreville", "GA"),
    ("malgache", "MG"),
    ("antananarivo", "MG"),
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

/// Every alias and the country it names, for the question reader.
pub fn country_aliases() -> impl Iterator<Item = (&'static str, &'static str)> {
    ALIASES.iter().copied()
}

impl Country {
    /// Finds a country by ISO code, French or English name, or a common alias; case,
    /// accents, apostrophes, spaces and hyphens are ignored.
    pub fn parse(text: &str) -> Option<&'static Country> {
        INDEX.get(&key(text)).copied()
    }

    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fr => self.fr,
            Lang::En => self.en,
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
