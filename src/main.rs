//! The `jobclass` command: parse flags, run, turn the outcome into an exit code.

mod cli;

use std::process::ExitCode;

use clap::Parser;
use cli::exit::Exit;

// candle allocates a fresh buffer for nearly every tensor op; mimalloc reuses
// them instead of faulting in new pages (measured in BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (index 15 of `mi_option_e` in mimalloc 3,
/// which libmimalloc-sys builds by default; it names no constant for it). Its
/// default there is 1000 ms.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// How long freed memory stays with the process before it is returned (ms).
const PURGE_DELAY_MS: std::os::raw::c_long = 100;

fn main() -> ExitCode {
    // The encoder frees and re-allocates the same activation buffers for
    // every batch; purging them at once returns the pages to the OS and the
    // kernel must zero them again on the next fault. A delay of 100 ms keeps
    // the pages a busy run reuses (user CPU time within 1% of never purging,
    // measured alternately) while freed memory is still returned: never
    // purging let `batch --precision f32 --embed-all` peak at 201 MB RSS,
    // 100 ms at 181 MB (BENCHMARKS.md).
    // SAFETY: sets a process-wide allocator option; no other thread exists yet.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) };
    let cli = cli::args::Cli::parse();
    let exit = match cli::run(cli) {
        Ok(cli::RunStatus::Success) => Exit::Success,
        Ok(cli::RunStatus::RowsFailed) => Exit::RowsFailed,
        Err(err) => {
            let exit = Exit::for_error(&err);
            // A closed output pipe (`| head`) is no error.
            if exit != Exit::Success {
                eprintln!("jobclass: error: {}", cli::exit::message(&err));
            }
            exit
        }
    };
    ExitCode::from(exit.code())
}

#[cfg(test)]
mod tests {
    #[test]
    fn purge_delay_index_is_the_documented_option() {
        // purge_delay's default in mimalloc 3 is 1000 (ms); no neighbour has it.
        // SAFETY: reads an allocator option.
        let v = unsafe { libmimalloc_sys::mi_option_get(super::MI_OPTION_PURGE_DELAY) };
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            assert_eq!(v, 1000);
        }
    }
}
