//! The feed model: what a feed's own postings teach about the words its
//! employers use for each role.
//!
//! Three quarters of real postings name their role as the job, and for those
//! the label is all but certain ([`super::mentions`]). `jobclass adapt`
//! ([`crate::training::adapt`]) takes them as labelled examples, masks every
//! role name so that the model learns the feed's other words rather than the
//! names again, and fits a logistic regression on word and word-pair TF-IDF
//! features. [`super::classifier::Classifier`] then weighs its probabilities
//! in for the postings that do not name one role as the job.
//!
//! The features are the ones a well-known recipe uses (scikit-learn's
//! `TfidfVectorizer` with `sublinear_tf`, `ngram_range=(1, 2)`, `min_df=2`,
//! `max_features` and English stop words), written here in a page: the role
//! names must be masked before words are split, and the file must come out
//! byte for byte the same from the same feed.
//!
//! A model is read as it is parsed, into one string of terms and flat lists
//! of `f32`, and checked so that no text can give it a score that is not a
//! finite number.

use std::collections::HashMap;
use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::labels::ROLES;
use crate::math::softmax;

/// What a feed model file says it is.
pub const FORMAT: &str = "jobclass-feed-model";
/// The version of the file layout this build reads and writes.
pub const VERSION: u32 = 1;
/// The word every role name becomes ([`super::mentions::mask_role_names`]):
/// an underscore keeps it from being a word a posting could contain.
pub const MASK: &str = "_role_";
/// Feed model files larger than this are refused: every process that labels
/// with a model holds it. `jobclass adapt` bounds its vocabulary
/// ([`crate::training::adapt::MAX_TERMS`]), which keeps its files far
/// smaller (9.3 MB for 136,222 terms); [`FeedModel::load`] parses a file as
/// it reads it, never holding its text, and the model it makes takes less
/// than the file (see [`FeedModel`]).
pub const MAX_FILE_BYTES: u64 = 64 << 20;

/// Words and word pairs: lower case, role names masked, runs of two or more
/// letters or digits.
static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\w\w+\b").expect("valid regex"));

/// Longer runs of letters and digits are left out like stop words: a hash,
/// a key or an encoded blob, not a word, and each would take its length in
/// the vocabulary.
const MAX_WORD_BYTES: usize = 64;

/// English function words, which say nothing about the job (sorted, for a
/// binary search).
const STOP_WORDS: &[&str] = &[
    "about",
    "above",
    "after",
    "again",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "either",
    "etc",
    "every",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "must",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "shall",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "via",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "would",
    "yet",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
];

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
    let masked = super::mentions::mask_role_names(text, MASK).to_lowercase();
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

/// Sublinear term frequency: `1 + ln(count)`.
fn tf(count: u32) -> f32 {
    1.0 + (count as f32).ln()
}

/// The largest absolute weight or bias a feed model may hold. A fitted
/// model's weights stay below `1 / l2` (200 with `adapt`'s penalty); with
/// TF-IDF rows of length 1, weights within this bound give finite scores for
/// any text.
pub const MAX_WEIGHT: f32 = 1e4;
/// The largest inverse document frequency: `ln(n + 1) + 1` is 42 for a feed
/// of 10^18 postings.
pub const MAX_IDF: f32 = 64.0;

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
    /// [`FeedModel::new`] checks).
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
    fn heap_bytes(&self) -> usize {
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

/// Rows of numbers read into one flat list: one class's weights a row.
#[derive(Debug, Clone, Default, PartialEq)]
struct Flat {
    values: Vec<f32>,
    rows: Vec<usize>,
}

impl<'de> Deserialize<'de> for Flat {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        use serde::de::{DeserializeSeed, SeqAccess, Visitor};
        struct Row<'a>(&'a mut Vec<f32>);
        impl<'de> DeserializeSeed<'de> for Row<'_> {
            type Value = ();
            fn deserialize<D: serde::Deserializer<'de>>(
                self,
                d: D,
            ) -> std::result::Result<(), D::Error> {
                d.deserialize_seq(self)
            }
        }
        impl<'de> Visitor<'de> for Row<'_> {
            type Value = ();
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of numbers")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
                while let Some(x) = seq.next_element::<f32>()? {
                    self.0.push(x);
                }
                Ok(())
            }
        }
        struct Rows;
        impl<'de> Visitor<'de> for Rows {
            type Value = Flat;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of lists of numbers")
            }
            fn visit_seq<A: SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> std::result::Result<Flat, A::Error> {
                let mut flat = Flat::default();
                while seq.next_element_seed(Row(&mut flat.values))?.is_some() {
                    flat.rows.push(flat.values.len());
                    // A row a class: refused before a file of empty rows
                    // takes memory.
                    if flat.rows.len() > ROLES.len() {
                        return Err(serde::de::Error::custom(format!(
                            "more weight rows than the {} roles",
                            ROLES.len()
                        )));
                    }
                }
                Ok(flat)
            }
        }
        d.deserialize_seq(Rows)
    }
}

/// The file's fields, in its order.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileModel {
    format: String,
    version: u32,
    jobclass_version: String,
    texts_sha256: String,
    postings: u64,
    examples: [u64; 3],
    cross_validated_agreement: f32,
    classes: Vec<String>,
    vocabulary: Vocabulary,
    idf: Vec<f32>,
    weights: Flat,
    bias: Vec<f32>,
}

/// What a file says it is, read before the rest.
#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

/// A feed model as written by `jobclass adapt`. In memory a term takes its
/// bytes and a 4-byte offset (in the file, its bytes and 3), and a number 4
/// bytes (in the file, about 12): its terms are in one string, its numbers
/// `f32` in flat lists.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedModel {
    /// Always [`FORMAT`].
    pub format: String,
    /// The file layout's version, [`VERSION`].
    pub version: u32,
    /// The jobclass version that wrote it.
    pub jobclass_version: String,
    /// sha256 of the distinct texts it learned from, in order (the text
    /// column, with the title when one was given): the same feed gives the
    /// same value, whatever its other columns hold and however often a
    /// posting is repeated.
    pub texts_sha256: String,
    /// Distinct postings read (a posting repeated, in the same or another
    /// file, counts once).
    pub postings: u64,
    /// Postings that name exactly one role as the job, per role of [`ROLES`]:
    /// what it learned from.
    pub examples: [u64; 3],
    /// Agreement with those postings' roles when each fifth of them is
    /// labelled by a model fitted on the other four fifths (on at most
    /// 2,000 of them, every k-th in feed order).
    pub cross_validated_agreement: f32,
    /// The roles it tells apart: those with enough examples. Any other role
    /// is left to the base pipeline.
    pub classes: Vec<String>,
    /// Its terms, sorted.
    vocabulary: Vocabulary,
    /// Each term's inverse document frequency, `ln((1 + n) / (1 + df)) + 1`.
    idf: Vec<f32>,
    /// Term weights, one row of `vocabulary.len()` per class.
    weights: Vec<f32>,
    /// One bias per class.
    bias: Vec<f32>,
}

impl Serialize for FeedModel {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let n = self.vocabulary.len().max(1);
        let mut m = s.serialize_struct("FeedModel", 12)?;
        m.serialize_field("format", &self.format)?;
        m.serialize_field("version", &self.version)?;
        m.serialize_field("jobclass_version", &self.jobclass_version)?;
        m.serialize_field("texts_sha256", &self.texts_sha256)?;
        m.serialize_field("postings", &self.postings)?;
        m.serialize_field("examples", &self.examples)?;
        m.serialize_field("cross_validated_agreement", &self.cross_validated_agreement)?;
        m.serialize_field("classes", &self.classes)?;
        m.serialize_field("vocabulary", &self.vocabulary)?;
        m.serialize_field("idf", &self.idf)?;
        let rows: Vec<&[f32]> = if self.vocabulary.is_empty() {
            self.bias.iter().map(|_| &[][..]).collect()
        } else {
            self.weights.chunks(n).collect()
        };
        m.serialize_field("weights", &rows)?;
        m.serialize_field("bias", &self.bias)?;
        m.end()
    }
}

impl FeedModel {
    /// A model from its parts (what [`crate::training::adapt`] fitted):
    /// `weights` holds one row of `vocabulary.len()` values per class.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        texts_sha256: String,
        postings: u64,
        examples: [u64; 3],
        cross_validated_agreement: f32,
        classes: Vec<String>,
        vocabulary: Vocabulary,
        idf: Vec<f32>,
        weights: Vec<f32>,
        bias: Vec<f32>,
    ) -> FeedModel {
        FeedModel {
            format: FORMAT.into(),
            version: VERSION,
            jobclass_version: env!("CARGO_PKG_VERSION").into(),
            texts_sha256,
            postings,
            examples,
            cross_validated_agreement,
            classes,
            vocabulary,
            idf,
            weights,
            bias,
        }
    }

    /// Its terms, sorted.
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// Bytes its terms and numbers take in memory.
    pub fn heap_bytes(&self) -> usize {
        self.vocabulary.heap_bytes()
            + 4 * (self.idf.capacity() + self.weights.capacity() + self.bias.capacity())
    }

    /// Reads and checks a feed model file (at most [`MAX_FILE_BYTES`]). The
    /// file is parsed as it is read, never held whole.
    pub fn load(path: &Path) -> Result<FeedModel> {
        let bad = |reason: String| Error::Load {
            path: path.to_path_buf(),
            reason,
        };
        let cannot_read = |e: std::io::Error| bad(format!("cannot read feed model: {e}"));
        let meta = std::fs::metadata(path).map_err(cannot_read)?;
        if meta.is_dir() {
            return Err(bad("it is a folder, not a feed model".into()));
        }
        if meta.len() > MAX_FILE_BYTES {
            return Err(bad(too_large()));
        }
        if !meta.is_file() {
            // A pipe or a FIFO can be read only once: its bytes (at most
            // the cap) are held and parsed from memory.
            use std::io::Read;
            let mut bytes = Vec::new();
            std::fs::File::open(path)
                .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
                .map_err(cannot_read)?;
            return FeedModel::from_bytes(&bytes, path);
        }
        let open = || -> std::io::Result<_> {
            use std::io::Read;
            Ok(std::io::BufReader::with_capacity(
                1 << 16,
                std::fs::File::open(path)?.take(MAX_FILE_BYTES + 1),
            ))
        };
        FeedModel::parse(open, path)
    }

    /// Reads and checks a feed model file's contents; `path` names it in
    /// errors.
    pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<FeedModel> {
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(Error::Load {
                path: path.to_path_buf(),
                reason: too_large(),
            });
        }
        FeedModel::parse(|| Ok(bytes), path)
    }

    /// Parses what `open` reads, twice: what the file says it is first, so
    /// that a file of another kind or version gets a refusal saying so.
    fn parse<R: std::io::Read>(
        open: impl Fn() -> std::io::Result<R>,
        path: &Path,
    ) -> Result<FeedModel> {
        let bad = |reason: String| Error::Load {
            path: path.to_path_buf(),
            reason,
        };
        let cannot_read = |e: std::io::Error| bad(format!("cannot read feed model: {e}"));
        let not_json = |e: serde_json::Error| {
            if e.is_io() {
                bad(format!("cannot read feed model: {e}"))
            } else if e.is_data() {
                bad("not a feed model: not a JSON object; make one with `jobclass adapt`".into())
            } else {
                bad(format!(
                    "not a feed model: not JSON ({e}); make one with `jobclass adapt`"
                ))
            }
        };
        let header: Header =
            serde_json::from_reader(open().map_err(cannot_read)?).map_err(not_json)?;
        if header.format.as_ref().and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(bad(
                "not a feed model (no \"format\": \"jobclass-feed-model\"); make one with `jobclass adapt`"
                    .into(),
            ));
        }
        let version = header.version.as_ref().and_then(|v| v.as_u64());
        if version != Some(u64::from(VERSION)) {
            return Err(bad(format!(
                "a feed model of version {}, and this jobclass reads version {VERSION}: make it again with this jobclass's `adapt`",
                version.map_or("(none)".to_string(), |v| v.to_string())
            )));
        }
        let file: FileModel = serde_json::from_reader(open().map_err(cannot_read)?)
            .map_err(|e| bad(format!("a damaged feed model: {e}")))?;
        let n = file.vocabulary.len();
        let mut start = 0;
        for &end in &file.weights.rows {
            if end - start != n {
                return Err(bad(format!(
                    "a weight row of {} values for {n} terms",
                    end - start
                )));
            }
            start = end;
        }
        if file.weights.rows.len() != file.classes.len() {
            return Err(bad(format!(
                "{} weight rows for {} classes",
                file.weights.rows.len(),
                file.classes.len()
            )));
        }
        let model = FeedModel {
            format: file.format,
            version: file.version,
            jobclass_version: file.jobclass_version,
            texts_sha256: file.texts_sha256,
            postings: file.postings,
            examples: file.examples,
            cross_validated_agreement: file.cross_validated_agreement,
            classes: file.classes,
            vocabulary: file.vocabulary,
            idf: file.idf,
            weights: file.weights.values,
            bias: file.bias,
        };
        model.check().map_err(bad)?;
        Ok(model)
    }

    /// Writes the model as JSON through a temporary file, after checking it
    /// is one [`FeedModel::load`] reads back.
    pub fn save(&self, path: &Path) -> Result<()> {
        self.check().map_err(|reason| {
            Error::Input(format!(
                "the feed model cannot be written to {}: {reason}",
                path.display()
            ))
        })?;
        let text = self.to_json();
        crate::disk::atomic::write_atomically(path, |w| w.write_all(text.as_bytes()))
    }

    /// The file's text: compact JSON, one line, with a newline.
    pub fn to_json(&self) -> String {
        format!(
            "{}\n",
            serde_json::to_string(self).expect("a feed model serialises")
        )
    }

    /// What makes a model usable: its parts agree in size, its classes are
    /// distinct roles, every number is finite and within the bounds that keep
    /// every score finite ([`MAX_WEIGHT`], [`MAX_IDF`]), its counts agree.
    pub fn check(&self) -> std::result::Result<(), String> {
        let n = self.vocabulary.len();
        let k = self.classes.len();
        if k < 2 {
            return Err(format!(
                "it tells {k} roles apart; a feed model needs two or more"
            ));
        }
        for (i, c) in self.classes.iter().enumerate() {
            if !ROLES.contains(&c.as_str()) {
                return Err(format!("class {c:?} is not one of the roles {ROLES:?}"));
            }
            if self.classes[..i].contains(c) {
                return Err(format!("class {c:?} is listed twice"));
            }
        }
        if self.idf.len() != n {
            return Err(format!("{} idf values for {n} terms", self.idf.len()));
        }
        if self.weights.len() != k * n || self.bias.len() != k {
            return Err(format!(
                "{} weights and {} biases for {k} classes and {n} terms",
                self.weights.len(),
                self.bias.len()
            ));
        }
        if !(1..n).all(|i| self.vocabulary.get(i - 1) < self.vocabulary.get(i)) {
            return Err("its vocabulary is not sorted or has a term twice".into());
        }
        let within = |field: &str, xs: &[f32], lo: f32, hi: f32| match xs
            .iter()
            .find(|x| !(lo..=hi).contains(*x))
        {
            Some(x) => Err(format!(
                "\"{field}\" holds {x}, outside {lo} to {hi} (a fitted feed model's are far within)"
            )),
            None => Ok(()),
        };
        within("idf", &self.idf, 1.0, MAX_IDF)?;
        within("weights", &self.weights, -MAX_WEIGHT, MAX_WEIGHT)?;
        within("bias", &self.bias, -MAX_WEIGHT, MAX_WEIGHT)?;
        within(
            "cross_validated_agreement",
            &[self.cross_validated_agreement],
            0.0,
            1.0,
        )?;
        let named = self
            .examples
            .iter()
            .try_fold(0u64, |sum, &n| sum.checked_add(n))
            .ok_or("\"examples\" counts more postings than a count can hold")?;
        if named > self.postings {
            return Err(format!(
                "\"examples\" count {named} postings of the {} it read",
                self.postings
            ));
        }
        for c in &self.classes {
            let r = ROLES.iter().position(|r| r == c).expect("checked above");
            if self.examples[r] == 0 {
                return Err(format!(
                    "class {c:?} has no example (\"examples\"): a role learned from nothing"
                ));
            }
        }
        Ok(())
    }

    /// The TF-IDF vector of a text: (term index, value) for each known term,
    /// by index, of length 1 (or empty when it has no known term).
    pub fn features(&self, text: &str) -> Vec<(usize, f32)> {
        let mut counts: HashMap<usize, u32> = HashMap::new();
        for_each_term(text, |t, _| {
            if let Some(i) = self.vocabulary.find(t) {
                let c = counts.entry(i).or_default();
                *c = c.saturating_add(1);
            }
        });
        let mut x: Vec<(usize, f32)> = counts
            .into_iter()
            .map(|(i, c)| (i, tf(c) * self.idf[i]))
            .collect();
        x.sort_unstable_by_key(|&(i, _)| i);
        normalize(&mut x);
        x
    }

    /// Each class's probability for a text, in the order of `classes`.
    pub fn probs(&self, text: &str) -> Vec<f32> {
        self.probs_of(&self.features(text))
    }

    /// What the model makes of a text: each class's probability and the
    /// [`HEAVIEST`] terms that pushed it towards its most likely class.
    pub fn read(&self, text: &str) -> FeedReading {
        let x = self.features(text);
        let probs = self.probs_of(&x);
        let best = crate::math::argmax(probs.iter().map(|&p| p as f64));
        FeedReading {
            scores: self.classes.iter().cloned().zip(probs).collect(),
            words: self.heaviest_of(&x, best, HEAVIEST),
        }
    }

    /// Class `c`'s weight of term `i`.
    fn weight(&self, c: usize, i: usize) -> f32 {
        self.weights[c * self.vocabulary.len() + i]
    }

    fn probs_of(&self, x: &[(usize, f32)]) -> Vec<f32> {
        let z: Vec<f32> = (0..self.classes.len())
            .map(|c| x.iter().map(|&(i, v)| self.weight(c, i) * v).sum::<f32>() + self.bias[c])
            .collect();
        softmax(&z)
    }

    /// The terms of a text that pushed it most towards `class` rather than
    /// the model's other classes: each term's value times its weight for the
    /// class less its mean weight over the classes, largest first, at most
    /// `n` of them and only those that pushed towards it.
    pub fn heaviest(&self, text: &str, class: usize, n: usize) -> Vec<(String, f32)> {
        self.heaviest_of(&self.features(text), class, n)
    }

    fn heaviest_of(&self, x: &[(usize, f32)], class: usize, n: usize) -> Vec<(String, f32)> {
        let k = self.classes.len();
        let mut pushes: Vec<(usize, f32)> = x
            .iter()
            .copied()
            .map(|(i, v)| {
                let mean = (0..k).map(|c| self.weight(c, i)).sum::<f32>() / k as f32;
                (i, v * (self.weight(class, i) - mean))
            })
            .filter(|&(_, p)| p > 0.0)
            .collect();
        pushes.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        pushes
            .into_iter()
            .take(n)
            .map(|(i, p)| (self.vocabulary.get(i).to_string(), p))
            .collect()
    }
}

/// The error for a file over [`MAX_FILE_BYTES`].
fn too_large() -> String {
    format!(
        "it is larger than {} MiB, the most a feed model may be (every process that labels \
         with it holds it in memory), and far more than `jobclass adapt` writes (at most {} terms); \
         make it again with this jobclass's `adapt`",
        MAX_FILE_BYTES >> 20,
        crate::training::adapt::MAX_TERMS,
    )
}

/// How many terms [`FeedModel::read`] reports.
pub const HEAVIEST: usize = 5;

/// What the feed model made of one posting.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedReading {
    /// Each of its classes' probabilities, in its order.
    pub scores: Vec<(String, f32)>,
    /// The terms that pushed the posting most towards its most likely class,
    /// with how much (see [`FeedModel::heaviest`]).
    pub words: Vec<(String, f32)>,
}

/// Scales a sparse vector to length 1 (an empty or zero one stays as it is).
pub fn normalize(x: &mut [(usize, f32)]) {
    let norm = x.iter().map(|(_, v)| v * v).sum::<f32>().sqrt();
    if norm > 0.0 {
        for (_, v) in x.iter_mut() {
            *v /= norm;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted_and_runs_too_long_for_a_word_are_left_out() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
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
