//! Ctrl-C, SIGTERM and SIGHUP during `batch -o`: stop after the rows being
//! labeled, so the output file is left as it was.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Makes Ctrl-C and SIGTERM ask a batch run to stop after the group of rows it
/// is labeling, so that its output file is left as it was and the temporary
/// file is removed; a second signal quits at once.
/// Signals the process was started with ignored (SIGHUP under `nohup`,
/// SIGINT for a background job of a script) stay ignored.
pub fn stop_on_signal() -> Arc<AtomicBool> {
    let stop = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&stop);
    #[cfg(unix)]
    let ignored = ignored_signals();
    // Without a handler (one already set) the signals keep their default effect.
    let _ = ctrlc::set_handler(move || {
        if flag.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
        eprintln!(
            "\njobclass: stopping after the rows being labeled; the output file stays as it was \
             (again to quit at once)"
        );
    });
    #[cfg(unix)]
    for signal in ignored {
        // SAFETY: sets a signal's disposition back to what the process was
        // started with; no handler is involved.
        unsafe { libc::signal(signal, libc::SIG_IGN) };
    }
    stop
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
