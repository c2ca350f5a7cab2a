//! A feed model's terms in one string.

use serde::{Deserialize, Serialize};

/// A feed model's terms, sorted, in one string (what a term takes in memory
/// is its bytes and one offset): looked up by binary search.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Vocabulary {
    text: String,
    /// Where each term ends in `text`.
    ends: Vec<u32>,
}

impl Vocabulary {
    /// Terms in the order given (a model needs them sorted, which
    /// [`super::FeedModel::new`] checks).
    pub fn from_terms<S: AsRef<str>>(terms: impl IntoIterator<Item = S>) -> Vocabulary {
        let mut v = Vocabulary::default();
        for t in terms {
            v.push(t.as_ref());
        }
        v
    }

    fn push(&mut self, term: &str) {
        self.text.push_str(term);
        self.ends
            .push(u32::try_from(self.text.len()).expect("a vocabulary under 4 GiB"));
    }

    /// How many terms.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether it has no term.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Term `i`.
    pub fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    /// Every term, in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }

    /// The index of `term`, if it is one.
    pub fn find(&self, term: &str) -> Option<usize> {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.get(mid).cmp(term) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }

    /// Bytes it holds.
    pub(super) fn heap_bytes(&self) -> usize {
        self.text.capacity() + 4 * self.ends.capacity()
    }
}

impl Serialize for Vocabulary {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Vocabulary {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct Terms;
        impl<'de> serde::de::Visitor<'de> for Terms {
            type Value = Vocabulary;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of terms")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> std::result::Result<Vocabulary, A::Error> {
                let mut v = Vocabulary::default();
                while let Some(t) = seq.next_element::<std::borrow::Cow<'de, str>>()? {
                    if v.text.len() + t.len() > u32::MAX as usize {
                        return Err(serde::de::Error::custom("a vocabulary of 4 GiB or more"));
                    }
                    v.push(&t);
                }
                Ok(v)
            }
        }
        d.deserialize_seq(Terms)
    }
}
