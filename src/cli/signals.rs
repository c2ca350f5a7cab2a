//! Ctrl-C, SIGTERM and SIGHUP: every command exits with code 130 and leaves
//! no temporary file; `batch -o` first stops after the rows being labeled, so
//! its output file is left as it was, and `serve` first stops accepting and
//! answers the requests it accepted. SIGXFSZ (the file-size limit) is
//! ignored, so that a write past the limit fails as any other write does.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

/// How a command that stops by itself is told to ([`stop_flag`],
/// [`on_stop`]); until one is set a signal ends the process at once.
struct Stop {
    /// Set by the first signal.
    flag: Arc<AtomicBool>,
    /// What the first signal prints on stderr.
    message: &'static str,
    /// Called by the first signal, after the flag is set.
    then: Option<Box<dyn Fn() + Send + Sync>>,
}

static STOP: OnceLock<Stop> = OnceLock::new();

/// Takes over Ctrl-C, SIGTERM and SIGHUP for the whole run: the process
/// removes its temporary output files and exits with 130. Signals the process
/// was started with ignored (SIGHUP under `nohup`, SIGINT for a background job
/// of a script) stay ignored.
pub fn install() {
    #[cfg(unix)]
    let ignored = ignored_signals();
    // Without a handler (one already set) the signals keep their default effect.
    let _ = ctrlc::set_handler(|| {
        if let Some(stop) = STOP.get()
            && !stop.flag.swap(true, Ordering::SeqCst)
        {
            eprintln!("\njobclass: {}", stop.message);
            if let Some(then) = &stop.then {
                then();
            }
            return;
        }
        jobclass::disk::temporary::remove_temporaries();
        std::process::exit(130);
    });
    // The file-size limit (`ulimit -f`): SIGXFSZ would kill the process
    // with its temporary file left behind; ignored, the write fails with
    // EFBIG ("File too large"), an output error (exit 4) that removes it.
    // SAFETY: sets a signal's disposition to ignored; no handler is involved.
    #[cfg(unix)]
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN)
    };
    #[cfg(unix)]
    for signal in ignored {
        // SAFETY: sets a signal's disposition back to what the process was
        // started with; no handler is involved.
        unsafe { libc::signal(signal, libc::SIG_IGN) };
    }
}

/// Makes the first signal ask the run to stop after the group of rows it is
/// labeling (a second one quits at once); the run looks at the flag returned.
pub fn stop_flag() -> Arc<AtomicBool> {
    let stop = STOP.get_or_init(|| Stop {
        flag: Arc::new(AtomicBool::new(false)),
        message: "stopping after the rows being labeled; the output file stays as it was \
                  (again to quit at once)",
        then: None,
    });
    Arc::clone(&stop.flag)
}

/// Makes the first signal print `message` and call `then` (a second one
/// quits at once, with 130), for a command that stops by itself when told:
/// `serve` finishing the requests it accepted. Only the first command of a
/// process to ask gets it.
pub fn on_stop(message: &'static str, then: impl Fn() + Send + Sync + 'static) {
    let _ = STOP.set(Stop {
        flag: Arc::new(AtomicBool::new(false)),
        message,
        then: Some(Box::new(then)),
    });
}

/// Which of the signals ctrlc takes over (SIGINT, SIGTERM, SIGHUP) this
/// process was started with ignored.
#[cfg(unix)]
fn ignored_signals() -> Vec<libc::c_int> {
    [libc::SIGINT, libc::SIGTERM, libc::SIGHUP]
        .into_iter()
        .filter(|&signal| {
            // SAFETY: with a null new action, sigaction only reads the current
            // disposition into `old`, a plain C struct for which zeroes are valid.
            unsafe {
                let mut old: libc::sigaction = std::mem::zeroed();
                libc::sigaction(signal, std::ptr::null(), &mut old) == 0
                    && old.sa_sigaction == libc::SIG_IGN
            }
        })
        .collect()
}
