//! Splitting a posting into segments: sentences, bullet items and lines, the
//! units a posting's statements come in (and the shape of the training
//! examples). Fragments shorter than [`MIN_WORDS`] words are joined to the next
//! one, so headings such as "Requirements:" travel with what follows.

/// Segments shorter than this many words are merged with the next.
pub const MIN_WORDS: usize = 6;
/// At most this many segments per posting are scored; the rest is ignored,
/// which bounds time on absurdly long input.
pub const MAX_SEGMENTS: usize = 400;

const BULLETS: [char; 6] = ['•', '·', '▪', '●', '*', '◦'];

/// [`segments`], or the whole text as one segment when it has none (a text
/// of blanks and bullets only): what the classifier scores, and what the
/// scope gate learns from.
pub fn segments_or_whole(text: &str) -> Vec<String> {
    let segs = segments(text);
    if segs.is_empty() {
        vec![text.to_string()]
    } else {
        segs
    }
}

/// Splits `text` into segments of at least [`MIN_WORDS`] words (the last may
/// be shorter), whitespace collapsed. Boundaries: line breaks; `.`, `!`, `?`,
/// `;` or `:` followed by space and an upper-case letter or a bullet; bullet
/// characters between spaces; ` - ` before an upper-case letter.
pub fn segments(text: &str) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    let flush = |cur: &mut String, parts: &mut Vec<String>| {
        if !cur.trim().is_empty() {
            parts.push(std::mem::take(cur));
        }
        cur.clear();
    };
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' || c == '\r' {
            flush(&mut cur, &mut parts);
            i += 1;
            continue;
        }
        // A bullet between spaces (or at the start of a line) starts a new part.
        if BULLETS.contains(&c)
            && (i == 0 || chars[i - 1].is_whitespace())
            && chars.get(i + 1).is_none_or(|n| n.is_whitespace())
        {
            flush(&mut cur, &mut parts);
            i += 1;
            continue;
        }
        // " - " before an upper-case letter.
        if c == '-'
            && i > 0
            && chars[i - 1].is_whitespace()
            && chars.get(i + 1).is_some_and(|n| n.is_whitespace())
            && next_non_space(&chars, i + 1).is_some_and(|n| n.is_uppercase())
        {
            flush(&mut cur, &mut parts);
            i += 1;
            continue;
        }
        cur.push(c);
        if matches!(c, '.' | '!' | '?' | ';' | ':')
            && chars.get(i + 1).is_some_and(|n| n.is_whitespace())
            && next_non_space(&chars, i + 1)
                .is_some_and(|n| n.is_uppercase() || BULLETS.contains(&n) || n == '-')
        {
            flush(&mut cur, &mut parts);
        }
        i += 1;
    }
    flush(&mut cur, &mut parts);

    let mut out = Vec::new();
    let mut buf = String::new();
    for p in parts {
        let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
        if p.is_empty() {
            continue;
        }
        if !buf.is_empty() {
            buf.push(' ');
        }
        buf.push_str(&p);
        if buf.split_whitespace().count() >= MIN_WORDS {
            out.push(std::mem::take(&mut buf));
            if out.len() == MAX_SEGMENTS {
                return out;
            }
        }
    }
    if !buf.is_empty() {
        out.push(buf);
    }
    out
}

fn next_non_space(chars: &[char], from: usize) -> Option<char> {
    chars[from..].iter().copied().find(|c| !c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_sentences_bullets_and_lines() {
        let t = "We are hiring an SRE to keep our APIs up. You will own SLOs and error budgets.\n\
                 Requirements:\n- Five years running Linux systems in production\n\
                 • Strong Go or Python skills for automation work";
        assert_eq!(
            segments(t),
            vec![
                "We are hiring an SRE to keep our APIs up.",
                "You will own SLOs and error budgets.",
                "Requirements: Five years running Linux systems in production",
                "Strong Go or Python skills for automation work",
            ]
        );
    }

    #[test]
    fn inline_bullets_and_dashes_split() {
        let t = "What you will do • Build CI/CD pipelines for our services • Automate deployments to our Kubernetes clusters - Write Terraform modules for every environment";
        let s = segments(t);
        assert_eq!(s.len(), 3, "{s:?}");
        assert!(s[0].starts_with("What you will do Build CI/CD"));
    }

    #[test]
    fn abbreviations_and_lower_case_do_not_split() {
        let t = "Experience with e.g. Terraform and AWS is required for this role.";
        assert_eq!(segments(t).len(), 1);
    }

    #[test]
    fn short_and_empty_text() {
        assert!(segments("").is_empty());
        assert!(segments(" \n\n ").is_empty());
        assert_eq!(segments("DevOps engineer"), vec!["DevOps engineer"]);
    }

    #[test]
    fn segment_count_is_capped() {
        let t = "This sentence has exactly seven words here. ".repeat(1000);
        assert_eq!(segments(&t).len(), MAX_SEGMENTS);
    }
}
