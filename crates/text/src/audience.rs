//! An audience by country as creators write it: `FR60,BE15,US25`, `FR:60 BE:15 US:25`,
//! `60 % France, 25 % US, 15 % Belgique`. Shares are whole percentages adding up to 100.

use crate::countries::Country;

/// Most countries an audience is given in.
pub const MAX_COUNTRIES: usize = 8;

/// Where a creator's viewers are: each country with its share, in percent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Audience {
    shares: [(&'static Country, u8); MAX_COUNTRIES],
    len: usize,
}

impl Audience {
    pub fn shares(&self) -> &[(&'static Country, u8)] {
        &self.shares[..self.len]
    }

    /// `FR:60,BE:15,US:25`, as the store keeps it and [`audience`] reads it back.
    pub fn written(&self) -> String {
        let parts: Vec<String> = self
            .shares()
            .iter()
            .map(|(country, share)| format!("{}:{share}", country.code))
            .collect();
        parts.join(",")
    }
}

/// Why an audience was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AudienceError {
    Empty,
    /// This part names no country we know.
    UnknownCountry(String),
    /// This part gives no whole share from 1 to 100.
    NoShare(String),
    /// This country is given twice.
    Repeated(&'static Country),
    /// The shares add up to this, not 100.
    Sum(u32),
    TooMany,
}

/// Splits at commas, semicolons, `+`, `et`/`and`; a part holding several numbers
/// (`FR:60 BE:40`) is split at its spaces too.
fn parts(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let spaced = format!(" {} ", text.replace([',', ';', '+', '/'], " , "));
    let spaced = spaced.replace(" et ", " , ").replace(" and ", " , ");
    for part in spaced.split(" , ").map(str::trim).filter(|p| !p.is_empty()) {
        let numbers = part
            .split(|c: char| !(c.is_ascii_digit() || c == '.'))
            .filter(|n| !n.is_empty())
            .count();
        if numbers > 1 {
            out.extend(part.split_whitespace().map(str::to_owned));
        } else {
            out.push(part.to_owned());
        }
    }
    out
}

/// One country and its share (`FR60`, `FR:60`, `60 % France`).
fn share(part: &str) -> Result<(&'static Country, u8), AudienceError> {
    let digits: String = part.chars().filter(char::is_ascii_digit).collect();
    let name: String = part
        .chars()
        .map(|c| {
            if c.is_ascii_digit() || "%:=".contains(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    let name = name.trim();
    let name = name
        .strip_suffix("pourcent")
        .or_else(|| name.strip_suffix("percent"))
        .unwrap_or(name)
        .trim();
    let name = name
        .strip_prefix("pourcent")
        .or_else(|| name.strip_prefix("percent"))
        .unwrap_or(name)
        .trim();
    let whole = part.contains(['.', ',']) || digits.is_empty();
    let share: u8 = digits
        .parse()
        .ok()
        .filter(|s| (1..=100).contains(s) && !whole)
        .ok_or_else(|| AudienceError::NoShare(part.to_owned()))?;
    let country =
        Country::parse(name).ok_or_else(|| AudienceError::UnknownCountry(name.to_owned()))?;
    Ok((country, share))
}

/// An audience by country, its shares adding up to 100.
pub fn audience(text: &str) -> Result<Audience, AudienceError> {
    let parts = parts(text);
    if parts.is_empty() {
        return Err(AudienceError::Empty);
    }
    if parts.len() > MAX_COUNTRIES {
        return Err(AudienceError::TooMany);
    }
    let mut read = Audience {
        shares: [(&crate::countries::COUNTRIES[0], 0); MAX_COUNTRIES],
        len: 0,
    };
    for part in &parts {
        let (country, share) = share(part)?;
        if read.shares().iter().any(|(c, _)| c.code == country.code) {
            return Err(AudienceError::Repeated(country));
        }
        read.shares[read.len] = (country, share);
        read.len += 1;
    }
    let sum: u32 = read.shares().iter().map(|(_, s)| u32::from(*s)).sum();
    if sum != 100 {
        return Err(AudienceError::Sum(sum));
    }
    Ok(read)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(audience: &Audience) -> Vec<(&str, u8)> {
        audience
            .shares()
            .iter()
            .map(|(c, s)| (c.code, *s))
            .collect()
    }

    #[test]
    fn shares_are_read_however_they_are_written() {
        let expected = vec![("FR", 60), ("BE", 15), ("US", 25)];
        for written in [
            "FR60,BE15,US25",
            "FR:60 BE:15 US:25",
            "60 % France, 15 % Belgique, 25 % US",
            "fr 60%; be 15%; us 25%",
            "60% France, 15% Belgium and 25% USA",
        ] {
            assert_eq!(codes(&audience(written).unwrap()), expected, "{written}");
        }
        assert_eq!(
            audience("FR60,BE15,US25").unwrap().written(),
            "FR:60,BE:15,US:25"
        );
        assert_eq!(codes(&audience("FR:100").unwrap()), vec![("FR", 100)]);
    }

    #[test]
    fn what_does_not_add_up_is_refused_saying_why() {
        assert_eq!(audience("FR90,US20"), Err(AudienceError::Sum(110)));
        assert_eq!(
            audience("FR60,XX40"),
            Err(AudienceError::UnknownCountry("XX".into()))
        );
        assert_eq!(
            audience("France"),
            Err(AudienceError::NoShare("France".into()))
        );
        assert_eq!(
            audience("FR 33.5, US 66.5"),
            Err(AudienceError::NoShare("FR 33.5".into()))
        );
        assert!(matches!(audience("FR50,fr50"), Err(AudienceError::Repeated(c)) if c.code == "FR"));
        assert_eq!(audience(" "), Err(AudienceError::Empty));
        let many = "FR10,BE10,CH10,CA10,US10,GB10,DE10,ES10,IT20";
        assert_eq!(audience(many), Err(AudienceError::TooMany));
    }
}
