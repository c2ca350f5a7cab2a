//! `jobclass serve`: postings labeled over HTTP as they come, one process
//! holding one model.
//!
//! Two threads share the work. The HTTP thread (a single-threaded tokio
//! runtime, so that it leaves the cores to the encoder) reads requests,
//! answers at once a posting whose role names decide it (names first, as
//! [`Classifier::predict`] does), and puts the others in a bounded queue. The
//! model's thread ([`worker`]) owns the classifier and labels the queued
//! postings of many requests together, as `batch` labels a group of rows.
//! A full queue is answered `503` with `Retry-After`, never held in memory;
//! each request's body and time are bounded ([`routes::Limits`]). On
//! [`Stop::stop`] the service stops accepting connections, answers every
//! request it had accepted, and returns.
//!
//! What a request can do is label the postings it sends and read the
//! metrics: no route reads or writes a file.

pub mod auth;
pub mod metrics;
pub mod postings;
pub mod routes;
pub mod worker;

use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::sync::{Semaphore, watch};

use crate::error::{Error, Result};
use crate::pipeline::classifier::Classifier;
use auth::Token;
use metrics::Metrics;
use routes::{Limits, Service};
use worker::{Batching, Model};

/// How the service runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// How the model's thread gathers postings into batches.
    pub batching: Batching,
    /// Labelling requests admitted at once (reading, queued or being
    /// labeled); one more is answered `503`.
    pub queue: usize,
    /// What a request may take.
    pub limits: Limits,
    /// The bearer token asked of the labelling routes and `/metrics`.
    pub token: Option<Token>,
    /// Whether `"explain": true` can be answered (the default pooling).
    pub explainable: bool,
}

/// Tells a running service to stop: from any thread, at any time (before it
/// runs too).
#[derive(Clone)]
pub struct Stop(Arc<watch::Sender<bool>>);

impl Stop {
    /// Not stopped.
    pub fn new() -> Stop {
        Stop(Arc::new(watch::channel(false).0))
    }

    /// Stop accepting connections, answer what was accepted, return.
    pub fn stop(&self) {
        self.0.send_replace(true);
    }

    fn subscribe(&self) -> watch::Receiver<bool> {
        self.0.subscribe()
    }
}

impl Default for Stop {
    fn default() -> Self {
        Stop::new()
    }
}

/// What a service did, once stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Report {
    /// Requests answered.
    pub answered: u64,
    /// Requests whose client left before the answer.
    pub abandoned: u64,
}

/// Serves on `listener` until `stop`: loads the classifier with `load` on the
/// model's thread (calling `on_ready` when it is loaded), answers requests
/// meanwhile (`/ready` says when the model is loaded; labelling requests
/// wait for it), and once stopped answers every request it accepted. A model
/// that cannot be loaded stops the service and is the error returned.
pub fn run(
    listener: TcpListener,
    load: impl FnOnce() -> Result<Classifier> + Send + 'static,
    options: Options,
    stop: Stop,
    on_ready: impl FnOnce() + Send + 'static,
) -> Result<Report> {
    let internal = |what: &str, e: std::io::Error| Error::Internal(format!("{what}: {e}"));
    listener
        .set_nonblocking(true)
        .map_err(|e| internal("cannot listen", e))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| internal("cannot start the HTTP thread's runtime", e))?;
    let metrics = Arc::new(Metrics::new());
    let model = Arc::new(Model::default());
    let (queue, jobs) = std::sync::mpsc::sync_channel(options.queue);
    let worker = {
        let (model, metrics, stop) = (Arc::clone(&model), Arc::clone(&metrics), stop.clone());
        let batching = options.batching;
        std::thread::Builder::new()
            .name("jobclass-model".into())
            .spawn(move || {
                worker::run(load, jobs, batching, &model, &metrics, on_ready, || {
                    stop.stop()
                })
            })
            .map_err(|e| internal("cannot start the model's thread", e))?
    };
    let service = Arc::new(Service {
        model,
        queue,
        admission: Arc::new(Semaphore::new(options.queue)),
        metrics,
        limits: options.limits,
        token: options.token,
        explainable: options.explainable,
        answered: Default::default(),
        abandoned: Default::default(),
    });
    let app = routes::router(Arc::clone(&service));
    let served = runtime.block_on(accept(
        listener,
        app,
        stop.subscribe(),
        options.limits.timeout,
    ));
    let (answered, abandoned) = routes::counts(&service);
    // The last sender of the queue goes with the service (once the runtime
    // and whatever task it still held are gone): the model's thread then
    // ends.
    drop(runtime);
    drop(service);
    let loaded = worker
        .join()
        .map_err(|_| Error::Internal("the model's thread ended in a panic".into()))?;
    served.map_err(|e| internal("cannot listen", e))?;
    loaded?;
    Ok(Report {
        answered,
        abandoned,
    })
}

/// Resolves once `stop` is set (or can no longer be).
async fn stopped(stop: &mut watch::Receiver<bool>) {
    let _ = stop.wait_for(|stopped| *stopped).await;
}

/// Accepts connections until `stop`, serving each on its own task; then
/// closes the listener, lets each connection finish the request it is
/// answering (an idle one is closed at once), and returns when all are
/// closed.
async fn accept(
    listener: TcpListener,
    app: axum::Router,
    mut stop: watch::Receiver<bool>,
    header_timeout: Duration,
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::from_std(listener)?;
    // Each connection holds a receiver; `closed` resolves when all are gone.
    let (open, open_rx) = watch::channel(());
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = stopped(&mut stop) => break,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            // Out of file descriptors, or a connection reset before it was
            // accepted: wait a little rather than spin.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            }
        };
        // Answers are small and awaited: send them at once.
        let _ = stream.set_nodelay(true);
        let (app, mut stop, open) = (app.clone(), stop.clone(), open_rx.clone());
        tokio::spawn(async move {
            let mut builder = http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(header_timeout);
            let conn =
                builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(app));
            tokio::pin!(conn);
            tokio::select! {
                _ = conn.as_mut() => {}
                _ = stopped(&mut stop) => {
                    conn.as_mut().graceful_shutdown();
                    // A request accepted before the stop is answered within
                    // the request time limit (`header_timeout` is that
                    // limit); twice it leaves time to send the answer, while a
                    // client that stops reading cannot hold the stop up for ever.
                    let _ = tokio::time::timeout(2 * header_timeout, conn).await;
                }
            }
            drop(open);
        });
    }
    drop(listener);
    drop(open_rx);
    open.closed().await;
    Ok(())
}
