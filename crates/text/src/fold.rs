//! Folding: lowercase without accents, so `Abonnés`, `abonnes` and `ABONNÉS` read the
//! same in a command, an option, a choice or a question.

/// Appends `c` folded: lowercase, accents taken off, ligatures spelled out.
pub fn fold_char(c: char, out: &mut String) {
    for lower in c.to_lowercase() {
        match lower {
            'à' | 'â' | 'ä' | 'á' | 'ã' => out.push('a'),
            'é' | 'è' | 'ê' | 'ë' => out.push('e'),
            'î' | 'ï' | 'í' => out.push('i'),
            'ô' | 'ö' | 'ó' | 'õ' => out.push('o'),
            'ù' | 'û' | 'ü' | 'ú' => out.push('u'),
            'ç' => out.push('c'),
            'ÿ' => out.push('y'),
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            other => out.push(other),
        }
    }
}

/// A name as commands, options and choices are compared: trimmed, folded, with `-`
/// read as `_` (`Éligibilité` finds `eligibilite`, `tiktok-shop` finds `tiktok_shop`).
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.trim().chars() {
        if c == '-' {
            out.push('_');
        } else {
            fold_char(c, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_case_and_hyphens_fold() {
        assert_eq!(fold(" Éligibilité "), "eligibilite");
        assert_eq!(fold("Côte-d'Ivoire"), "cote_d'ivoire");
        assert_eq!(fold("Œuvre"), "oeuvre");
        assert_eq!(fold("ABONNÉS"), "abonnes");
    }
}
