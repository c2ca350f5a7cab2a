//! From a posting to a label: split it into segments ([`segment`]), find the
//! role names it uses ([`mentions`]), score it with the head ([`head`], fitted
//! by [`train`]), put it all together ([`classifier`], built one way from its settings by [`config`]), and do it for a whole
//! file ([`batch`]).

pub mod batch;
pub mod classifier;
pub mod config;
pub mod finetune;
pub mod head;
pub mod mentions;
pub mod segment;
pub mod train;
