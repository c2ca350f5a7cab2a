//! `jobclass completions` and `jobclass man`: generated from the clap
//! definitions, so they always list the flags the binary has.

use std::io::Write;

use anyhow::{Context, Result};
use clap::CommandFactory;

use super::args::Cli;
use super::common::RunStatus;

pub fn completions(shell: clap_complete::Shell) -> Result<RunStatus> {
    // Generated in memory: clap_complete panics on a failed write, and a
    // closed pipe (`| head`) is an ordinary end, mapped like batch's.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "jobclass", &mut script);
    std::io::stdout()
        .write_all(&script)
        .and_then(|()| std::io::stdout().flush())
        .context("cannot write the completions")?;
    Ok(RunStatus::Success)
}

pub fn man() -> Result<RunStatus> {
    clap_mangen::Man::new(Cli::command())
        .render(&mut std::io::stdout())
        .context("cannot write the manual page")?;
    Ok(RunStatus::Success)
}
