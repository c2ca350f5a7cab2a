//! Files as files, below every reader and writer: outputs written whole or
//! not at all ([`atomic`]), the temporary files they are written through and
//! the spools that hold an input read twice or out of order ([`temporary`]),
//! and what a file's name says it holds ([`name`]). Models, heads, feed
//! models, reports and batch outputs are all written through [`atomic`].

pub mod atomic;
pub mod name;
pub mod temporary;
