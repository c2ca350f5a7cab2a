//! From a posting to a label: split it into segments ([`segment`]), find the
//! role names it uses ([`mentions`]), score it with the head ([`head`]), put
//! it all together ([`classifier`], built one way from its settings by
//! [`config`]) into a prediction ([`prediction`]), and do it for a whole file
//! ([`batch`]). A feed model ([`feed`]) adds what a feed's own postings teach
//! ([`feed_mix`]), and its share of roles moves the `other` decision
//! ([`prior`]). Heads and feed models are made by [`crate::training`], which
//! nothing here uses.

pub mod batch;
pub mod classifier;
pub mod config;
pub mod feed;
pub mod feed_mix;
pub mod head;
pub mod mentions;
pub mod prediction;
pub mod prior;
pub mod segment;
