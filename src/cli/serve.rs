//! `jobclass serve`: label postings sent over HTTP ([`jobclass::serve`]).

use std::net::{SocketAddr, TcpListener, ToSocketAddrs};
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::Result;
use jobclass::error::Error;
use jobclass::model::files;
use jobclass::pipeline::classifier::Pooling;
use jobclass::serve::auth::Token;
use jobclass::serve::routes::Limits;
use jobclass::serve::worker::Batching;
use jobclass::serve::{self, Options, Stop};

use super::args::{Global, ServeArgs};
use super::common::{RunStatus, classifier_config, model_dir};
use super::signals;

pub fn run(g: &Global, a: ServeArgs) -> Result<RunStatus> {
    // Everything a flag or file can get wrong fails before anything listens.
    let token = a.token_file.as_deref().map(read_token).transpose()?;
    let addrs = addresses(&a.listen)?;
    if token.is_none()
        && let Some(open) = addrs.iter().find(|addr| !addr.ip().is_loopback())
    {
        return Err(Error::Input(format!(
            "--listen {} would answer other machines ({open} is not a loopback address): give \
             --token-file so that only clients holding the token are answered, or listen on \
             127.0.0.1",
            a.listen
        ))
        .into());
    }
    let prepared = classifier_config(g, &a.opts).prepare()?;
    let listener = TcpListener::bind(&addrs[..])
        .map_err(|e| Error::Input(format!("cannot listen on {}: {e}", a.listen)))?;
    let bound = listener
        .local_addr()
        .map_err(|e| Error::Internal(format!("cannot listen on {}: {e}", a.listen)))?;
    eprintln!("jobclass: listening on http://{bound}");

    let stop = Stop::new();
    signals::on_stop(
        "stopping: no new connections; answering the requests accepted (again to quit at once)",
        {
            let stop = stop.clone();
            move || stop.stop()
        },
    );
    let dir = model_dir(g);
    let load = move || prepared.load(&files::ensure_model(&dir, true)?);
    let options = Options {
        batching: Batching {
            max_batch: a.max_batch,
            max_wait: Duration::from_millis(a.max_wait_ms),
        },
        queue: a.queue,
        limits: Limits {
            max_body: a.max_body as usize,
            timeout: Duration::from_millis(a.timeout_ms),
        },
        token,
        explainable: a.opts.pooling == Pooling::Segments,
    };
    let started = Instant::now();
    let report = serve::run(listener, load, options, stop, move || {
        eprintln!(
            "jobclass: model loaded in {:.2} s; ready",
            started.elapsed().as_secs_f64()
        )
    })?;
    eprintln!(
        "jobclass: stopped: {} requests answered, {} left by their clients before the answer",
        report.answered, report.abandoned
    );
    Ok(RunStatus::Success)
}

/// The addresses `--listen` names (a host name may name several).
fn addresses(listen: &str) -> Result<Vec<SocketAddr>> {
    let addrs: Vec<SocketAddr> = listen
        .to_socket_addrs()
        .map_err(|e| {
            Error::Input(format!(
                "--listen {listen} is not an address to listen on ({e}): give HOST:PORT, such as \
                 127.0.0.1:8080"
            ))
        })?
        .collect();
    if addrs.is_empty() {
        return Err(Error::Input(format!("--listen {listen} names no address")).into());
    }
    Ok(addrs)
}

/// The bearer token in `path`.
fn read_token(path: &Path) -> Result<Token> {
    let shown = path.display().to_string();
    let contents = std::fs::read_to_string(path)
        .map_err(|e| Error::io(format!("cannot read --token-file {shown}"), e))?;
    Ok(Token::from_file_contents(&contents, &shown)?)
}
