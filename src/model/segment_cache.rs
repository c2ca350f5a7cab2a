//! The segment cache: embeddings of model inputs already seen in this run.
//! Real feeds repeat employers' introductions, benefits and legal text word
//! for word, so batch labelling meets the same sentences again and again;
//! each distinct input (its token ids) is embedded once. Bounded: once either
//! limit is reached, entries go oldest first, except that one used since it
//! was last looked at gets a second chance (the clock algorithm), so text
//! that keeps coming back stays.

use std::collections::{HashMap, VecDeque};

/// Default bound on entries.
pub const DEFAULT_ENTRIES: usize = 100_000;
/// Default bound on memory (keys and vectors), in bytes: about 10,000
/// sentences, and peak memory stays under 200 MB.
pub const DEFAULT_BYTES: usize = 16 << 20;

/// How the cache fared.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CacheStats {
    /// Inputs looked up.
    pub lookups: u64,
    /// Of them, found (embedded before, in this run or in the same call).
    pub hits: u64,
    /// Entries held now.
    pub entries: usize,
    /// Bytes they take.
    pub bytes: usize,
}

impl CacheStats {
    /// Share of lookups that were hits (0 when there were none).
    pub fn hit_rate(&self) -> f64 {
        self.hits as f64 / self.lookups.max(1) as f64
    }
}

impl std::fmt::Display for CacheStats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:.1}% of {} segments were repeats, embedded once ({} kept, {:.1} MB)",
            100.0 * self.hit_rate(),
            self.lookups,
            self.entries,
            self.bytes as f64 / 1e6
        )
    }
}

/// Token ids to unit vectors.
pub struct SegmentCache {
    /// Each vector, and whether it was used since the clock last passed it.
    map: HashMap<Vec<u32>, (Vec<f32>, bool)>,
    order: VecDeque<Vec<u32>>,
    max_entries: usize,
    max_bytes: usize,
    stats: CacheStats,
}

impl SegmentCache {
    /// A cache of at most `max_entries` entries and `max_bytes` bytes.
    pub fn new(max_entries: usize, max_bytes: usize) -> SegmentCache {
        SegmentCache {
            map: HashMap::new(),
            order: VecDeque::new(),
            max_entries,
            max_bytes,
            stats: CacheStats::default(),
        }
    }

    /// What an entry costs: its key twice (map and queue) and its vector.
    fn cost(key: &[u32], vector: &[f32]) -> usize {
        2 * 4 * key.len() + 4 * vector.len()
    }

    /// The vector of `key`, counting the lookup.
    pub fn get(&mut self, key: &[u32]) -> Option<&[f32]> {
        self.stats.lookups += 1;
        let found = self.map.get_mut(key).map(|(v, used)| {
            *used = true;
            v.as_slice()
        });
        if found.is_some() {
            self.stats.hits += 1;
        }
        found
    }

    /// Counts a lookup answered another way (an input repeated within one call).
    pub fn count_repeat(&mut self) {
        self.stats.lookups += 1;
        self.stats.hits += 1;
    }

    /// Keeps `vector` for `key`, dropping the oldest entries while a limit
    /// would be passed. An entry larger than the whole budget is not kept.
    pub fn insert(&mut self, key: Vec<u32>, vector: Vec<f32>) {
        let cost = Self::cost(&key, &vector);
        if cost > self.max_bytes || self.max_entries == 0 || self.map.contains_key(&key) {
            return;
        }
        while self.map.len() + 1 > self.max_entries || self.stats.bytes + cost > self.max_bytes {
            let Some(old) = self.order.pop_front() else {
                break;
            };
            match self.map.get_mut(&old) {
                Some((_, used)) if *used => {
                    *used = false;
                    self.order.push_back(old);
                }
                Some(_) => {
                    let (v, _) = self.map.remove(&old).expect("present");
                    self.stats.bytes -= Self::cost(&old, &v);
                }
                None => {}
            }
        }
        self.order.push_back(key.clone());
        self.map.insert(key, (vector, false));
        self.stats.bytes += cost;
        self.stats.entries = self.map.len();
    }

    /// How it fared so far.
    pub fn stats(&self) -> CacheStats {
        CacheStats {
            entries: self.map.len(),
            ..self.stats
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hits_are_counted_and_limits_hold() {
        let mut c = SegmentCache::new(2, 1 << 20);
        assert!(c.get(&[1, 2]).is_none());
        c.insert(vec![1, 2], vec![0.5; 4]);
        assert_eq!(c.get(&[1, 2]), Some(&[0.5f32; 4][..]));
        c.insert(vec![3], vec![1.0; 4]);
        c.insert(vec![4], vec![2.0; 4]);
        // Two entries at most: [1, 2] was used, so it got a second chance and
        // [3], older in its own right and never used, went.
        assert!(c.get(&[3]).is_none());
        assert!(c.get(&[1, 2]).is_some());
        assert!(c.get(&[4]).is_some());
        let s = c.stats();
        assert_eq!((s.lookups, s.hits, s.entries), (5, 3, 2));
        let cost = |k: &[u32]| SegmentCache::cost(k, &[0.0; 4]);
        assert_eq!(s.bytes, cost(&[1, 2]) + cost(&[4]));
        // Unused since, both lose their mark in turn: the oldest goes next.
        c.insert(vec![5], vec![3.0; 4]);
        c.insert(vec![6], vec![4.0; 4]);
        assert_eq!(c.stats().entries, 2);
    }

    #[test]
    fn the_byte_limit_evicts_too() {
        let one = SegmentCache::cost(&[0; 3], &[0.0; 384]);
        let mut c = SegmentCache::new(100, 2 * one);
        for i in 0..5 {
            c.insert(vec![i, i, i], vec![0.0; 384]);
        }
        assert_eq!(c.stats().entries, 2);
        assert!(c.stats().bytes <= 2 * one);
        let mut none = SegmentCache::new(0, 1 << 20);
        none.insert(vec![1], vec![1.0]);
        assert_eq!(none.stats().entries, 0);
    }
}
