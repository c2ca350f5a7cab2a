//! The whole pipeline for one or many postings: embed (windows for long
//! texts), pool, apply the head, weigh in the role names and the feed model,
//! decide ([`super::prediction`]).

use rayon::prelude::*;

use super::feed::FeedModel;
use super::feed_mix::{FEED_WEIGHT, mix_feed};
use super::head::{Head, content_vector};
use super::mentions::{self, MentionWeights, Mentions};
use super::prediction::{Evidence, Predict, Prediction, SegmentScore};
use super::prior::RoleShare;
use crate::error::{Error, Result};
use crate::labels::{OTHER, ROLES, SET_ASIDE};
use crate::math::mean_normalized;
use crate::model::embed::{DIM, Embedder};
use crate::model::window::Windowing;

/// A segment scored by the head (internal form of [`SegmentScore`]).
#[derive(Clone)]
struct Scored {
    text: String,
    p: Vec<f32>,
    set_aside: f32,
    weight: f32,
}

/// A posting's pooled probabilities (in the classifier's label order) and
/// its scope gate's logit, when the head has a gate.
struct Pooled {
    probs: Vec<f32>,
    scope: Option<f32>,
}

impl Predict for Classifier {
    fn labels(&self) -> &[String] {
        Classifier::labels(self)
    }
    fn predict(&self, texts: &[&str]) -> Result<Vec<Prediction>> {
        Classifier::predict(self, texts)
    }
}

/// How a posting becomes one prediction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pooling {
    /// Split into sentences and bullet items ([`super::segment`]), score each
    /// with the head, and average the probabilities weighted by relevance,
    /// `(1 - p(shared) - p(boilerplate)) (1 - p(other))`, so benefits, legal
    /// text, duties all three roles share and descriptions of other jobs
    /// count less (with `shared` and `boilerplate` themselves removed from
    /// each segment's probabilities). The head learned from statements of
    /// this size.
    #[default]
    Segments,
    /// Embed overlapping 256-token windows and classify their mean vector.
    Windows,
    /// Embed the first 256 tokens only.
    FirstWindow,
}

impl std::fmt::Display for Pooling {
    /// `segments`, `windows` or `first-window`: what [`str::parse`] reads.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Pooling::Segments => "segments",
            Pooling::Windows => "windows",
            Pooling::FirstWindow => "first-window",
        })
    }
}

impl std::str::FromStr for Pooling {
    type Err = String;

    /// `segments`, `windows` or `first-window`.
    fn from_str(s: &str) -> std::result::Result<Pooling, String> {
        match s {
            "segments" => Ok(Pooling::Segments),
            "windows" => Ok(Pooling::Windows),
            "first-window" => Ok(Pooling::FirstWindow),
            _ => Err(format!(
                "{s:?} is not a pooling: use segments, windows or first-window"
            )),
        }
    }
}

/// A loaded model and head.
pub struct Classifier {
    embedder: Embedder,
    head: Head,
    pooling: Pooling,
    mentions: Option<MentionWeights>,
    /// Embed every posting, even one its role names decide.
    embed_all: bool,
    /// What the feed's own postings taught (`jobclass adapt`).
    feed: Option<FeedModel>,
    /// Its weight in [`mix_feed`].
    feed_weight: f32,
    /// The share of role postings the `other` decision is set for ([`super::prior`]).
    role_share: RoleShare,
    /// The head's labels without `shared` and `boilerplate`: what a posting can be.
    labels: Vec<String>,
    /// Where the labels of `labels` are among the head's labels.
    kept: Vec<usize>,
    /// Where `shared` and `boilerplate` are among the head's labels.
    set_aside: Vec<usize>,
}

impl Classifier {
    /// Puts the pipeline together. `mentions: None` uses the embedding alone.
    pub fn new(
        embedder: Embedder,
        head: Head,
        pooling: Pooling,
        mentions: Option<MentionWeights>,
    ) -> Self {
        let (kept, set_aside): (Vec<usize>, Vec<usize>) =
            (0..head.labels.len()).partition(|&i| !SET_ASIDE.contains(&head.labels[i].as_str()));
        let labels = kept.iter().map(|&i| head.labels[i].clone()).collect();
        Classifier {
            embedder,
            head,
            pooling,
            mentions,
            embed_all: false,
            feed: None,
            feed_weight: FEED_WEIGHT,
            role_share: RoleShare::Reference,
            labels,
            kept,
            set_aside,
        }
    }

    /// With `true`, every posting goes through the encoder, as with role
    /// mentions ignored, even one that names exactly one role as the job
    /// (which [`Classifier::predict`] otherwise labels from the names alone).
    pub fn with_embed_all(mut self, embed_all: bool) -> Self {
        self.embed_all = embed_all;
        self
    }

    /// With a feed model, a posting that does not name exactly one role as
    /// the job has its roles' share of probability divided between them by
    /// the embedding and the feed model together ([`mix_feed`]); `other`
    /// keeps its probability, so the decision between a role and `other` is
    /// the base pipeline's.
    /// `weight` is the feed model's against the embedding's ([`FEED_WEIGHT`]
    /// unless it is being chosen). Used only with role mentions.
    pub fn with_feed_model(mut self, feed: Option<FeedModel>, weight: f32) -> Self {
        self.feed = feed;
        self.feed_weight = weight;
        self
    }

    /// The share of the feed's postings that are one of the roles the
    /// `other` decision is set for ([`super::prior`]).
    pub fn with_role_share(mut self, share: RoleShare) -> Self {
        self.role_share = share;
        self
    }

    /// The share of role postings the `other` decision is set for: the one
    /// given, the feed model's estimate, or the reference.
    pub fn role_share(&self) -> f32 {
        let estimated = || {
            self.feed.as_ref().and_then(|f| {
                super::prior::role_share_from_names(f.examples.iter().sum(), f.postings)
            })
        };
        match self.role_share {
            RoleShare::Given(share) => Some(share),
            RoleShare::FromFeed => estimated(),
            RoleShare::Reference => None,
        }
        .unwrap_or(super::prior::REFERENCE_ROLE_SHARE)
    }

    /// The feed model, when there is one.
    pub fn feed_model(&self) -> Option<&FeedModel> {
        self.feed.as_ref()
    }

    /// Whether every posting goes through the encoder.
    pub fn embeds_all(&self) -> bool {
        self.embed_all || self.mentions.is_none()
    }

    /// How it turns a posting into one prediction.
    pub fn pooling(&self) -> Pooling {
        self.pooling
    }

    /// The model it embeds with.
    pub fn embedder(&self) -> &Embedder {
        &self.embedder
    }

    /// How the embedder's cache of segments fared, when it has one.
    pub fn cache_stats(&self) -> Option<crate::model::segment_cache::CacheStats> {
        self.embedder.cache_stats()
    }

    /// The labels a posting can get, in score order (the head's labels
    /// without `shared` and `boilerplate`).
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// The head's probabilities for one vector, `shared` and `boilerplate`
    /// removed and the rest renormalised, plus their total probability (0
    /// for a head without them).
    fn content_probs(&self, v: &[f32]) -> (Vec<f32>, f32) {
        let all = self.head.predict(v);
        if self.set_aside.is_empty() {
            return (all, 0.0);
        }
        let pb: f32 = self.set_aside.iter().map(|&i| all[i]).sum();
        let rest = (1.0 - pb).max(1e-6);
        let p = self.kept.iter().map(|&i| all[i] / rest).collect();
        (p, pb)
    }

    /// Classifies texts (title already joined in, see [`crate::text::compose`]).
    ///
    /// Role mentions are found first. A posting that names exactly one of the
    /// roles as the job gets that role, with the confidence
    /// [`mentions::named_confidence`] gives, and is not embedded: on our
    /// calibration postings and on real ones the full pipeline gave such a
    /// posting that role every time, and its ~27 segments are most of the
    /// work. The others (no role named as the job, or two or more) are
    /// embedded together, in one batch, and go through the full pipeline.
    /// Without mentions, or [`Classifier::with_embed_all`], every posting does.
    pub fn predict(&self, texts: &[&str]) -> Result<Vec<Prediction>> {
        let Some(weights) = &self.mentions else {
            let pooled = self.pooled(texts)?;
            return Ok(pooled
                .iter()
                .map(|p| Prediction::from_probs(&self.labels, &p.probs))
                .collect());
        };
        let counted: Vec<Mentions> = texts.par_iter().map(|t| mentions::count(t)).collect();
        let decided: Vec<Option<Prediction>> = counted.iter().map(|m| self.by_names(m)).collect();
        let rest: Vec<&str> = texts
            .iter()
            .zip(&decided)
            .filter(|(_, d)| d.is_none())
            .map(|(t, _)| *t)
            .collect();
        let mut probs = self.pooled(&rest)?.into_iter();
        let pooled: Vec<Option<Pooled>> = decided
            .iter()
            .map(|d| d.is_none().then(|| probs.next()).flatten())
            .collect();
        Ok(decided
            .into_par_iter()
            .zip(counted)
            .zip(pooled)
            .enumerate()
            .map(|(i, ((d, m), p))| match d {
                Some(pred) => pred,
                None => {
                    let p = p.expect("one pooled result per posting embedded");
                    self.weigh(weights, &p, m, texts[i])
                }
            })
            .collect())
    }

    /// The prediction [`Classifier::predict`] gives `text` when its role
    /// names alone decide it (it names exactly one role as the job, and
    /// neither `--embed-all` nor `--no-mentions` is set), without embedding
    /// anything; `None` when the posting must go through the encoder. For a
    /// caller that answers such postings at once and sends the rest to be
    /// embedded together (`jobclass serve`).
    pub fn predict_by_names(&self, text: &str) -> Option<Prediction> {
        self.mentions.as_ref()?;
        self.by_names(&mentions::count(text))
    }

    /// The prediction from the role names alone, when the cascade is on and
    /// `m` names exactly one role as the job and that role is one of the
    /// labels. The other labels share what the confidence leaves evenly:
    /// the names say nothing about which of them it would be.
    fn by_names(&self, m: &Mentions) -> Option<Prediction> {
        if self.embeds_all() {
            return None;
        }
        let role = m.only_job()?;
        let best = self.labels.iter().position(|l| l == ROLES[role])?;
        let k = self.labels.len();
        let confidence = if k == 1 {
            1.0
        } else {
            mentions::named_confidence(m.job[role])
        };
        let rest = if k == 1 {
            0.0
        } else {
            (1.0 - confidence) / (k - 1) as f32
        };
        let probs: Vec<f32> = (0..k)
            .map(|i| if i == best { confidence } else { rest })
            .collect();
        let mut pred = Prediction::from_probs(&self.labels, &probs);
        pred.evidence = Some(Evidence {
            embedding: None,
            mentions: *m,
            feed: None,
            scope: None,
        });
        Some(pred)
    }

    /// Each text's pooled probabilities from the encoder and its scope
    /// gate's logit, all texts embedded in one batch.
    fn pooled(&self, texts: &[&str]) -> Result<Vec<Pooled>> {
        if texts.is_empty() {
            return Ok(Vec::new());
        }
        Ok(match self.pooling {
            Pooling::Windows | Pooling::FirstWindow => {
                let windowing = if self.pooling == Pooling::Windows {
                    Windowing::OVERLAPPING
                } else {
                    Windowing::Truncate
                };
                self.embedder
                    .embed_windows(texts, windowing)?
                    .iter()
                    .map(|w| Pooled {
                        // The gate learned from segments' content vectors, not
                        // from windows: it has nothing to say here.
                        probs: self.content_probs(&mean_normalized(w, DIM)).0,
                        scope: None,
                    })
                    .collect()
            }
            Pooling::Segments => self
                .score_segments(texts)?
                .iter()
                .map(|(segs, content)| Pooled {
                    probs: self.pool(segs),
                    scope: self.gate(content),
                })
                .collect(),
        })
    }

    /// The scope gate's logit for a posting's content vector, when the head
    /// has a gate.
    fn gate(&self, content: &[f32]) -> Option<f32> {
        self.head.scope.as_ref().map(|g| g.logit(content))
    }

    /// The full pipeline's prediction for one posting from its pooled
    /// probabilities: with role mentions weighed in when the classifier uses
    /// them.
    fn finish(&self, p: &Pooled, text: &str) -> Prediction {
        match &self.mentions {
            None => Prediction::from_probs(&self.labels, &p.probs),
            Some(weights) => self.weigh(weights, p, mentions::count(text), text),
        }
    }

    /// The pooled probabilities `p` of `text` with the mentions `m` and the
    /// scope gate weighed in, and the feed model's reading, when there is a
    /// feed model and `m` does not name exactly one role as the job.
    fn weigh(&self, weights: &MentionWeights, p: &Pooled, m: Mentions, text: &str) -> Prediction {
        let labels = &self.labels;
        let prior = super::prior::other_shift(self.role_share());
        let unnamed_shift = prior - p.scope.unwrap_or(0.0);
        let mut probs = weights.combine(labels, &p.probs, &m, unnamed_shift);
        let feed = match &self.feed {
            Some(model) if m.only_job().is_none() => {
                let reading = model.read(text);
                probs = mix_feed(labels, &probs, &reading.scores, self.feed_weight);
                Some(reading)
            }
            _ => None,
        };
        let mut pred = Prediction::from_probs(labels, &probs);
        pred.evidence = Some(Evidence {
            embedding: Some(
                labels
                    .iter()
                    .cloned()
                    .zip(p.probs.iter().copied())
                    .collect(),
            ),
            mentions: m,
            feed,
            scope: p.scope.map(|z| 1.0 / (1.0 + (-z).exp())),
        });
        pred
    }

    /// Splits each text into segments and scores every segment with the
    /// head; with each text's segments, its content vector: the mean of the
    /// segments' vectors weighted by `1 - set_aside`, L2-normalised (what the
    /// scope gate reads).
    fn score_segments(&self, texts: &[&str]) -> Result<Vec<(Vec<Scored>, Vec<f32>)>> {
        let split: Vec<Vec<String>> = texts
            .par_iter()
            .map(|t| super::segment::segments_or_whole(t))
            .collect();
        let mut all = Vec::new();
        let mut owner = Vec::new();
        for (i, segs) in split.into_iter().enumerate() {
            owner.extend(std::iter::repeat_n(i, segs.len()));
            all.extend(segs);
        }
        let refs: Vec<&str> = all.iter().map(String::as_str).collect();
        let vectors = self.embedder.embed(&refs, Windowing::OVERLAPPING)?;
        let other = self.labels.iter().position(|l| l == OTHER);
        let mut scored: Vec<Vec<Scored>> = vec![Vec::new(); texts.len()];
        let mut set_aside_of: Vec<Vec<(&[f32], f32)>> = vec![Vec::new(); texts.len()];
        for ((v, &i), text) in vectors.iter().zip(&owner).zip(all) {
            // p: what the segment says about the job, shared and boilerplate removed;
            // weight: how much it is about one of the roles at all.
            let (p, set_aside) = self.content_probs(v);
            let weight = (1.0 - set_aside) * other.map_or(1.0, |o| 1.0 - p[o]);
            set_aside_of[i].push((v.as_slice(), set_aside));
            scored[i].push(Scored {
                text,
                p,
                set_aside,
                weight,
            });
        }
        Ok(scored
            .into_iter()
            .zip(set_aside_of)
            .map(|(segs, parts)| (segs, content_vector(parts)))
            .collect())
    }

    /// One posting's probabilities: the mean of its segments' probabilities
    /// weighted by relevance (see [`Pooling::Segments`]).
    fn pool(&self, segs: &[Scored]) -> Vec<f32> {
        let mean = |w: &dyn Fn(&Scored) -> f32| {
            let mut sum = vec![0f32; self.labels.len()];
            let mut total = 0f32;
            for s in segs {
                let w = w(s);
                for (acc, p) in sum.iter_mut().zip(&s.p) {
                    *acc += w * p;
                }
                total += w;
            }
            (sum, total)
        };
        let (sum, weight) = mean(&|s| s.weight);
        if weight > 1e-6 {
            return sum.iter().map(|x| x / weight).collect();
        }
        // Every segment certain to be set aside: plain mean instead.
        let (sum, n) = mean(&|_| 1.0);
        sum.iter().map(|x| x / n.max(1.0)).collect()
    }

    /// Classifies one posting and shows how the default pooling saw it: the
    /// full pipeline's prediction, as with [`Classifier::with_embed_all`]
    /// (the segments are embedded to be shown, so their evidence is used even
    /// when the role names alone would decide), and every segment with the
    /// head's probabilities (`shared` and `boilerplate` removed), the
    /// probability that it is one of those two, and its weight in the
    /// posting's mean. Only for [`Pooling::Segments`].
    pub fn explain(&self, text: &str) -> Result<(Prediction, Vec<SegmentScore>)> {
        if self.pooling != Pooling::Segments {
            return Err(Error::Input(
                "explaining a prediction needs the default pooling, segments".into(),
            ));
        }
        let (segs, content) = self.score_segments(&[text])?.remove(0);
        let pooled = Pooled {
            probs: self.pool(&segs),
            scope: self.gate(&content),
        };
        let pred = self.finish(&pooled, text);
        let shown = segs
            .into_iter()
            .map(|s| SegmentScore {
                text: s.text,
                scores: self.labels.iter().cloned().zip(s.p).collect(),
                set_aside: s.set_aside,
                weight: s.weight,
            })
            .collect();
        Ok((pred, shown))
    }
}
