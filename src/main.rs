//! The `jobclass` command: parse flags, run, turn the outcome into an exit code.

mod app;
mod cli;

use std::process::ExitCode;

use clap::Parser;
use jobclass::error::Error;

// candle allocates a fresh buffer for nearly every tensor op; mimalloc reuses
// them instead of faulting in new pages (measured in BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match app::run(cli) {
        Ok(app::Outcome::Success) => ExitCode::SUCCESS,
        Ok(app::Outcome::RowsFailed) => ExitCode::from(1),
        Err(err) => exit_for(&err),
    }
}

/// Maps an error to the documented exit code (see `jobclass --help`).
fn exit_for(err: &anyhow::Error) -> ExitCode {
    let lib = err.chain().find_map(|e| e.downcast_ref::<Error>());
    let io = err.chain().find_map(|e| e.downcast_ref::<std::io::Error>());
    let broken_pipe = lib.is_some_and(Error::is_broken_pipe)
        || io.is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe);
    if broken_pipe {
        return ExitCode::SUCCESS;
    }
    eprintln!("jobclass: error: {err:#}");
    match lib {
        Some(e) if e.is_input_error() => ExitCode::from(2),
        Some(Error::Model { .. }) => ExitCode::from(3),
        Some(Error::Load { .. }) => ExitCode::from(2),
        _ => ExitCode::from(4),
    }
}
