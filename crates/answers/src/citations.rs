//! Each source's short citation (`Clapico High-Tech, 2025`; `David Park (ShortGenius),
//! s. d.` when only the day it was read is known), worded once per language when the
//! answers are built: replies cite a dozen sources each.

use figures::{Rates, Source};
use rustc_hash::FxHashMap as HashMap;
use values::Lang;

use catalogue::{Arg, msg};

use crate::i18n::tr;

#[derive(Debug, Clone, Default)]
pub struct Citations(HashMap<String, [String; 2]>);

impl Citations {
    pub fn of(rates: &Rates) -> Citations {
        Citations(
            rates
                .sources()
                .iter()
                .map(|(id, source)| (id.clone(), Lang::ALL.map(|lang| short(source, lang))))
                .collect(),
        )
    }

    /// A source's citation, or `?` for an unknown id (every cited id is checked when the
    /// figures load).
    pub fn get(&self, id: &str, lang: Lang) -> &str {
        self.0.get(id).map_or("?", |c| match lang {
            Lang::Fr => c[0].as_str(),
            Lang::En => c[1].as_str(),
        })
    }
}

fn short(source: &Source, lang: Lang) -> String {
    let who = match &source.cite {
        Some(cite) => format!("{}, {cite}", source.who(lang)),
        None => source.who(lang),
    };
    let who = Arg::Text(who.into());
    match source.year() {
        Some(year) => tr(
            lang,
            msg::CiteShort {
                who,
                year: Arg::Text(year.into()),
            },
        ),
        None => tr(lang, msg::CiteShortUndated { who }),
    }
    .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_name_the_publisher_and_the_year() {
        let citations = Citations::of(&Rates::embedded().unwrap());
        assert_eq!(
            citations.get("clapico", Lang::Fr),
            "Clapico High-Tech, 2025"
        );
        assert_eq!(
            citations.get("shortgenius", Lang::En),
            "David Park (ShortGenius), n.d."
        );
        assert_eq!(citations.get("ecb", Lang::Fr), "BCE, 2026");
        assert_eq!(citations.get("ecb", Lang::En), "ECB, 2026");
    }
}
