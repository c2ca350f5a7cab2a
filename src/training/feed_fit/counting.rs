//! The first pass over a feed: which postings are repeats, which name a role
//! as the job, and how many postings use each term.

use std::collections::HashMap;
use std::sync::OnceLock;

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use super::{AdaptSettings, DUPLICATE, EXAMPLE, Featuring, MAX_COUNTED, UNNAMED};
use crate::error::{Error, Result};
use crate::labels::ROLES;
use crate::pipeline::feed;
use crate::pipeline::mentions;

/// Where the roles' bits start in a counted term: the document frequency
/// takes the bits below, and each role of [`ROLES`] one bit above, set when
/// an example of that role uses the term.
const ROLE_BITS_FROM: u32 = u32::BITS - ROLES.len() as u32;

/// The document frequency's bits in a counted term.
const DF_BITS: u32 = (1 << ROLE_BITS_FROM) - 1;

/// The bit of role `r` in a counted term.
fn role_bit(r: usize) -> u32 {
    1 << (ROLE_BITS_FROM + r as u32)
}

/// A term as a number: 64 bits of a fixed hash of its text (distinct terms
/// that collide, one chance in some 10^12 for a feed's terms, count as one).
pub(super) fn term_hash(t: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::hash::DefaultHasher::new();
    t.hash(&mut h);
    h.finish()
}

/// A posting as a number, to find repeats: 128 bits of the sha256 of its
/// text in lower case with every run of white space one space.
fn posting_hash(t: &str) -> u128 {
    let mut h = Sha256::new();
    let mut first = true;
    for w in t.split_whitespace() {
        if !first {
            h.update(b" ");
        }
        first = false;
        h.update(w.to_lowercase().as_bytes());
    }
    let d = h.finalize();
    u128::from_le_bytes(d[..16].try_into().expect("16 bytes"))
}

/// The first pass over a feed: which postings are repeats, which name a
/// role as the job, and how many distinct postings use each term. Holds no
/// text: its memory grows with the feed's distinct terms (bounded by
/// [`MAX_COUNTED`]) and by 17 bytes a posting.
pub struct Counting {
    settings: AdaptSettings,
    seen: std::collections::HashSet<u128>,
    plan: Vec<u8>,
    /// Each example's distinct terms, in feed order (those of the vocabulary
    /// will be fewer).
    sizes: Vec<u32>,
    examples: [u64; ROLES.len()],
    duplicates: u64,
    /// Term hash to document frequency, with the bits of the roles whose
    /// examples use it above [`DF_BITS`].
    counted: HashMap<u64, u32>,
    /// The smallest document frequency a term forgotten when the table
    /// filled may have had plus one (1 while none was).
    forgotten_below: u32,
    sha: Sha256,
}

impl Counting {
    /// Starts a fit; refuses settings that would learn from nothing.
    pub fn new(settings: &AdaptSettings) -> Result<Counting> {
        if settings.min_examples == 0 {
            return Err(Error::Input(
                "a role needs at least 1 posting naming it as the job to be learned (min_examples 0 would learn a role from nothing)".into(),
            ));
        }
        Ok(Counting {
            settings: *settings,
            seen: Default::default(),
            plan: Vec::new(),
            sizes: Vec::new(),
            examples: [0; ROLES.len()],
            duplicates: 0,
            counted: HashMap::new(),
            forgotten_below: 1,
            sha: Sha256::new(),
        })
    }

    /// Postings read so far (each repeat too).
    pub fn read(&self) -> usize {
        self.plan.len()
    }

    /// Counts the next postings of the feed, in order (split into terms in
    /// parallel).
    pub fn add(&mut self, texts: &[String]) {
        let split: Vec<(u128, Option<usize>, Vec<u64>)> = texts
            .par_iter()
            .map(|t| {
                let mut terms = Vec::new();
                feed::for_each_term(t, |term, _| terms.push(term_hash(term)));
                terms.sort_unstable();
                terms.dedup();
                (posting_hash(t), mentions::count(t).only_job(), terms)
            })
            .collect();
        for (text, (key, role, terms)) in texts.iter().zip(split) {
            if !self.seen.insert(key) {
                self.duplicates += 1;
                self.plan.push(DUPLICATE);
                continue;
            }
            self.sha.update((text.len() as u64).to_le_bytes());
            self.sha.update(text.as_bytes());
            let bit = match role {
                Some(r) => {
                    self.examples[r] += 1;
                    self.plan.push(EXAMPLE + r as u8);
                    self.sizes
                        .push(u32::try_from(terms.len()).unwrap_or(u32::MAX));
                    role_bit(r)
                }
                None => {
                    self.plan.push(UNNAMED);
                    0
                }
            };
            for h in terms {
                let e = self.counted.entry(h).or_insert(0);
                *e = ((*e & DF_BITS) + 1).min(DF_BITS) | (*e & !DF_BITS) | bit;
            }
            if self.counted.len() > MAX_COUNTED {
                self.forget();
            }
        }
    }

    /// Forgets the terms the fewest postings use until the table is at
    /// most half full.
    fn forget(&mut self) {
        let mut below = self.forgotten_below.max(2);
        while self.counted.len() > MAX_COUNTED / 2 {
            self.counted.retain(|_, v| *v & DF_BITS >= below);
            self.forgotten_below = below;
            below += 1;
        }
        self.counted.shrink_to(MAX_COUNTED);
    }

    /// Chooses the roles to learn (those with at least
    /// [`AdaptSettings::min_examples`] examples; a model needs two) and the
    /// vocabulary: the terms at least `min_df` postings and an example of a
    /// learned role use; when more than [`feed::MAX_TERMS`] do, the minimum rises
    /// until at most that many remain.
    pub fn finish(self) -> Result<Featuring> {
        let settings = self.settings;
        let postings = self.plan.len() as u64 - self.duplicates;
        if postings == 0 {
            return Err(Error::Input(
                "no posting with text was read, so there is nothing to learn a feed model from: \
                 give the feed's postings (and --text-column if their text is in another column)"
                    .into(),
            ));
        }
        let examples = self.examples;
        let classes: Vec<usize> = (0..ROLES.len())
            .filter(|&r| examples[r] >= settings.min_examples)
            .collect();
        let counts = ROLES
            .iter()
            .zip(examples)
            .map(|(r, c)| format!("{r} {c}"))
            .collect::<Vec<_>>()
            .join(", ");
        if classes.len() < 2 {
            return Err(Error::Input(format!(
                "too few postings name their role as the job to learn from this feed ({counts} of {postings} postings; \
                 a role needs {} and a feed model two roles): use a larger feed",
                settings.min_examples
            )));
        }
        let warnings = (0..ROLES.len())
            .filter(|r| !classes.contains(r))
            .map(|r| {
                format!(
                    "only {} postings name {} as the job (a role needs {}): the feed model leaves {} to the base pipeline",
                    examples[r], ROLES[r], settings.min_examples, ROLES[r]
                )
            })
            .collect();
        let learned: u32 = classes.iter().map(|&r| role_bit(r)).sum();
        let floor = settings.min_df.max(self.forgotten_below).max(1);
        // How many candidate terms each document frequency has.
        let mut by_df: std::collections::BTreeMap<u32, usize> = Default::default();
        for &v in self.counted.values() {
            if v & learned != 0 && v & DF_BITS >= floor {
                *by_df.entry(v & DF_BITS).or_default() += 1;
            }
        }
        let mut min_df = floor;
        let mut total: usize = by_df.values().sum();
        for (&df, &n) in &by_df {
            if total <= settings.max_terms {
                break;
            }
            total -= n;
            min_df = df + 1;
        }
        let mut kept: Vec<(u64, u32)> = self
            .counted
            .iter()
            .filter(|&(_, &v)| v & learned != 0 && v & DF_BITS >= min_df)
            .map(|(&h, &v)| (h, v & DF_BITS))
            .collect();
        kept.sort_unstable();
        drop(self.counted);
        let slots: HashMap<u64, u32> = kept
            .iter()
            .enumerate()
            .map(|(i, &(h, _))| (h, i as u32))
            .collect();
        let names = (0..kept.len()).map(|_| OnceLock::new()).collect();
        // Every k-th example, when all of them would hold too many values.
        let mut plan = self.plan;
        let is_learned = |p: u8| p >= EXAMPLE && classes.contains(&((p - EXAMPLE) as usize));
        let values: u64 = plan
            .iter()
            .filter(|&&p| p >= EXAMPLE)
            .zip(&self.sizes)
            .filter(|&(&p, _)| is_learned(p))
            .map(|(_, &n)| u64::from(n))
            .sum();
        let every = values.div_ceil(settings.max_values.max(1) as u64).max(1);
        let mut fitted = 0;
        // Counted within each role, so that every role learned keeps its
        // first example and a k-th of the rest, however the feed is sorted.
        let mut ordinal = [0u64; ROLES.len()];
        for p in plan.iter_mut().filter(|p| is_learned(**p)) {
            let role = usize::from(*p - EXAMPLE);
            if ordinal[role].is_multiple_of(every) {
                fitted += 1;
            } else {
                *p = UNNAMED;
            }
            ordinal[role] += 1;
        }
        Ok(Featuring {
            settings,
            plan,
            fitted,
            at: 0,
            postings,
            examples,
            duplicates: self.duplicates,
            classes,
            warnings,
            min_df,
            df: kept.into_iter().map(|(_, df)| df).collect(),
            slots,
            names,
            start: vec![0],
            slot: Vec::new(),
            count: Vec::new(),
            y: Vec::new(),
            texts_sha256: format!("{:x}", self.sha.finalize()),
        })
    }
}
