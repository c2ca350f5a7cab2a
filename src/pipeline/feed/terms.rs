//! The terms of a posting: its words, role names masked and stop words left
//! out, and each pair of neighbouring words.

use std::sync::LazyLock;

use regex::Regex;

use crate::pipeline::mentions::mask_role_names;

/// The word every role name becomes ([`mask_role_names`]):
/// an underscore keeps it from being a word a posting could contain.
pub const MASK: &str = "_role_";

/// Words and word pairs: lower case, role names masked, runs of two or more
/// letters or digits.
static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\w\w+\b").expect("valid regex"));

/// Longer runs of letters and digits are left out like stop words: a hash,
/// a key or an encoded blob, not a word, and each would take its length in
/// the vocabulary.
const MAX_WORD_BYTES: usize = 64;

/// English function words, which say nothing about the job: `stop_words.txt`,
/// one a line, sorted (for a binary search).
static STOP_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| include_str!("stop_words.txt").lines().collect());

/// The terms of a text: its words (role names masked, stop words left out)
/// and each pair of neighbouring words, as `"first second"`.
pub fn terms(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut pairs = Vec::new();
    for_each_term(text, |t, pair| {
        if pair {
            pairs.push(t.to_string())
        } else {
            out.push(t.to_string())
        }
    });
    out.extend(pairs);
    out
}

/// Calls `f` with each term of `text` ([`terms`]) in the order of the text,
/// `true` for a word pair, without keeping them: the memory a text's terms
/// take is one pair's, however long the text.
pub fn for_each_term(text: &str, mut f: impl FnMut(&str, bool)) {
    let masked = mask_role_names(text, MASK).to_lowercase();
    let mut pair = String::new();
    let mut previous: Option<&str> = None;
    for w in WORD
        .find_iter(&masked)
        .map(|m| m.as_str())
        .filter(|w| w.len() <= MAX_WORD_BYTES && STOP_WORDS.binary_search(w).is_err())
    {
        f(w, false);
        if let Some(p) = previous {
            pair.clear();
            pair.push_str(p);
            pair.push(' ');
            pair.push_str(w);
            f(&pair, true);
        }
        previous = Some(w);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted_and_runs_too_long_for_a_word_are_left_out() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        // Each is a word as the text is split into words, in lower case:
        // one that is not would never be left out.
        for w in STOP_WORDS.iter() {
            assert_eq!(WORD.find(w).map(|m| m.as_str()), Some(*w), "{w:?}");
            assert_eq!(*w, w.to_lowercase(), "{w:?}");
        }
        let blob = "a".repeat(MAX_WORD_BYTES + 1);
        let terms = terms(&format!("kubernetes {blob} terraform"));
        assert!(terms.iter().all(|t| !t.contains(&blob)), "{terms:?}");
        assert!(
            terms.contains(&"kubernetes terraform".to_string()),
            "{terms:?}"
        );
    }

    #[test]
    fn role_names_are_masked_and_pairs_follow_words() {
        let t = terms("We need a Senior SRE for our Kubernetes clusters; DevOps culture.");
        assert!(t.contains(&"senior".to_string()));
        assert!(t.contains(&format!("senior {MASK}")));
        assert!(t.contains(&"kubernetes clusters".to_string()));
        assert!(!t.iter().any(|w| w.contains("sre") || w.contains("devops")));
        // Stop words are gone before pairs are made.
        assert!(!t.contains(&"we".to_string()));
        assert!(t.contains(&"need senior".to_string()));
    }
}
