//! `jobclass completions` and `jobclass man`: generated from the clap
//! definitions, so they always list the flags the binary has.

use anyhow::{Context, Result};
use clap::CommandFactory;

use super::args::Cli;
use super::common::Outcome;

pub fn completions(shell: clap_complete::Shell) -> Result<Outcome> {
    let mut cmd = Cli::command();
    clap_complete::generate(shell, &mut cmd, "jobclass", &mut std::io::stdout());
    Ok(Outcome::Success)
}

pub fn man() -> Result<Outcome> {
    clap_mangen::Man::new(Cli::command())
        .render(&mut std::io::stdout())
        .context("cannot write the manual page")?;
    Ok(Outcome::Success)
}
