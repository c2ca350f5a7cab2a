//! The command line: flags ([`args`]), one handler per command, the progress
//! bar and the signal handling. Each handler loads what its command needs,
//! calls the library, prints; errors carry context for people, and `main` maps
//! them to exit codes.

mod adapt;
pub mod args;
mod batch;
mod classify;
mod common;
mod docs;
mod doctor;
mod embed;
mod eval;
pub mod exit;
mod fetch_model;
mod progress;
mod serve;
mod signals;
mod terminal;
mod train;

use anyhow::{Context, Result};

pub use common::RunStatus;

use args::{Cli, Command};

/// Runs the command.
pub fn run(cli: Cli) -> Result<RunStatus> {
    let g = &cli.global;
    signals::install();
    // batch, train and adapt name their output (`-o`, where `-` is standard
    // output) and check it with the rest of their outputs; fetch-model and
    // serve write nothing on standard output. The others print there.
    let prints = !matches!(
        &cli.command,
        Command::Batch(_)
            | Command::Train(_)
            | Command::FetchModel(_)
            | Command::Adapt(_)
            | Command::Serve(_)
    );
    if prints {
        terminal::require_stdout()?;
    }
    if let Some(n) = g.threads {
        // Every parallel loop of the encoder, and the matrix products it hands
        // to the gemm crate, run on rayon's global pool.
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .context("cannot start the thread pool")?;
    }
    match cli.command {
        Command::Classify(a) => classify::run(g, a),
        Command::Batch(a) => batch::run(g, a),
        Command::Eval(a) => eval::run(g, a),
        Command::Adapt(a) => adapt::run(a),
        Command::Train(a) => train::run(g, a),
        Command::Embed(a) => embed::run(g, a),
        Command::Serve(a) => serve::run(g, a),
        Command::FetchModel(a) => fetch_model::run(g, a),
        Command::Doctor(a) => doctor::run(g, a),
        Command::Completions(a) => docs::completions(a.shell),
        Command::Man => docs::man(),
    }
}
