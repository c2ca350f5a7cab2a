//! From a posting to a label: split it into segments ([`segment`]), find the
//! role names it uses ([`mentions`]), score it with the head ([`head`]), put
//! it all together ([`classifier`]), and do it for a whole file ([`batch`]).
//! Heads are made by [`crate::training`].

pub mod batch;
pub mod classifier;
pub mod head;
pub mod mentions;
pub mod segment;
