//! One way to build a classifier: the settings that the command line's flags
//! and the Python package's arguments fill ([`ClassifierConfig`]), checked
//! before anything large is loaded ([`ClassifierConfig::prepare`]), then
//! loaded onto the model files ([`Prepared::load`]), as candle's models are a
//! `Config` and a `load`.

use std::path::PathBuf;

use super::classifier::{Classifier, Pooling};
use super::feed::FeedModel;
use super::head::Head;
use super::prior::RoleShare;
use crate::error::Result;
use crate::model::adapter::{Adapter, EncoderChoice};
use crate::model::embed::{Backend, DEFAULT_MODEL_BATCH, Embedder, EmbedderConfig};
use crate::model::files::ModelFiles;
use crate::model::precision::Precision;

/// What a classifier is made of.
#[derive(Debug, Clone)]
pub struct ClassifierConfig {
    /// A head file made by `train` (none: the head built in for `encoder`).
    pub head: Option<PathBuf>,
    /// The encoder's weights: the base model, the shipped adapter or an
    /// adapter file.
    pub encoder: EncoderChoice,
    /// The fast backend's arithmetic.
    pub precision: Precision,
    /// How a posting becomes one prediction.
    pub pooling: Pooling,
    /// Weigh the roles a posting names (the head's mention weights).
    pub mentions: bool,
    /// Embed every posting, even one that names exactly one role as the job
    /// (by default labelled from its role names alone, see
    /// [`Classifier::predict`]).
    pub embed_all: bool,
    /// Embed a segment repeated word for word once.
    pub segment_cache: bool,
    /// Which implementation runs the transformer.
    pub backend: Backend,
    /// Windows run through the model at once.
    pub model_batch: usize,
    /// A feed model file made by `jobclass adapt` ([`Classifier::with_feed_model`]).
    pub feed_model: Option<PathBuf>,
    /// The feed model's weight against the embedding's (for choosing
    /// [`crate::pipeline::feed_mix::FEED_WEIGHT`]).
    pub feed_weight: f32,
    /// The share of the feed's postings that are one of the roles the
    /// `other` decision is set for ([`Classifier::with_role_share`]).
    pub role_share: RoleShare,
}

impl Default for ClassifierConfig {
    /// What `jobclass classify` uses without flags.
    fn default() -> Self {
        ClassifierConfig {
            head: None,
            encoder: EncoderChoice::Base,
            precision: Precision::LABELLING_DEFAULT,
            pooling: Pooling::Segments,
            mentions: true,
            embed_all: false,
            segment_cache: true,
            backend: Backend::default(),
            model_batch: DEFAULT_MODEL_BATCH,
            feed_model: None,
            feed_weight: crate::pipeline::feed_mix::FEED_WEIGHT,
            role_share: RoleShare::Reference,
        }
    }
}

impl ClassifierConfig {
    /// Reads the head, the adapter and the feed model and checks that they belong together:
    /// everything that can fail before the model files are fetched or read.
    pub fn prepare(self) -> Result<Prepared> {
        let head = match &self.head {
            Some(p) => Head::load(p)?,
            None => Head::builtin(&self.encoder)?,
        };
        let adapter = self.encoder.adapter()?;
        head.check_encoder(adapter.as_ref().map(|a| a.sha256()))?;
        let feed = self
            .feed_model
            .as_deref()
            .map(FeedModel::load)
            .transpose()?;
        Ok(Prepared {
            config: self,
            head,
            adapter,
            feed,
        })
    }

    /// [`ClassifierConfig::prepare`], then [`Prepared::load`].
    pub fn load(self, files: &ModelFiles) -> Result<Classifier> {
        self.prepare()?.load(files)
    }
}

/// A configuration whose head and adapter were read and checked.
#[derive(Debug, Clone)]
pub struct Prepared {
    config: ClassifierConfig,
    head: Head,
    adapter: Option<Adapter>,
    feed: Option<FeedModel>,
}

impl Prepared {
    /// The settings it was made from.
    pub fn config(&self) -> &ClassifierConfig {
        &self.config
    }

    /// The feed model, when there is one.
    pub fn feed_model(&self) -> Option<&FeedModel> {
        self.feed.as_ref()
    }

    /// With this feed model instead of the one the settings name (one made
    /// in memory, or read from bytes).
    pub fn with_feed_model(mut self, feed: Option<FeedModel>) -> Prepared {
        self.config.feed_model = None;
        self.feed = feed;
        self
    }

    /// The head that will classify.
    pub fn head(&self) -> &Head {
        &self.head
    }

    /// Loads the model from `files` and makes the classifier.
    pub fn load(&self, files: &ModelFiles) -> Result<Classifier> {
        let c = &self.config;
        let embedder = Embedder::load(
            files,
            &EmbedderConfig {
                backend: c.backend,
                precision: c.precision,
                adapter: self.adapter.as_ref(),
                batch_size: c.model_batch,
                cache: c.segment_cache,
            },
        )?;
        let mentions = c.mentions.then(|| self.head.mention_weights());
        Ok(
            Classifier::new(embedder, self.head.clone(), c.pooling, mentions)
                .with_embed_all(c.embed_all)
                .with_role_share(c.role_share)
                .with_feed_model(self.feed.clone(), c.feed_weight),
        )
    }
}
