//! From a posting to a label: split it into segments ([`segment`]), find the
//! role names it uses ([`mentions`]), score it with the head ([`head`]), put
//! it all together ([`classifier`], built one way from its settings by
//! [`config`]), and do it for a whole file ([`batch`]). Heads are made by
//! [`crate::training`].

pub mod batch;
pub mod classifier;
pub mod config;
pub mod head;
pub mod mentions;
pub mod segment;
