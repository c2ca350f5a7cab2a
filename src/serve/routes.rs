//! The routes: what each answers, the limits every labelling request meets
//! (a place in the queue, the body's size, the time it may take), the token,
//! and the metrics every request counts in.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{SyncSender, TrySendError};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, oneshot};

use super::auth::Token;
use super::metrics::{self, Metrics, Refusal};
use super::postings;
use super::worker::{Answer, Job, Model, Work};
use crate::pipeline::batch::Outcome;

/// Every route, for the metrics' `route` label and the OpenAPI description.
pub const ROUTES: [&str; 6] = [
    "/v1/classify",
    "/v1/classify/batch",
    "/health",
    "/ready",
    "/metrics",
    "/openapi.json",
];

/// Postings one batch request may hold.
pub const MAX_POSTINGS: usize = 1024;

/// The description of the routes, as `docs/openapi.json` holds it.
pub const OPENAPI: &str = include_str!("../../docs/openapi.json");

/// What a labelling request may take.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Bytes of a request's body, at most.
    pub max_body: usize,
    /// Time from a request's arrival to its answer, at most.
    pub timeout: Duration,
}

/// What every request's handler shares.
pub struct Service {
    /// The classifier, once the model's thread has loaded it.
    pub model: Arc<Model>,
    /// Where requests for the model's thread go.
    pub queue: SyncSender<Job>,
    /// A place for each labelling request admitted (`--queue`).
    pub admission: Arc<Semaphore>,
    /// The metrics.
    pub metrics: Arc<Metrics>,
    /// The limits.
    pub limits: Limits,
    /// The bearer token the labelling routes and `/metrics` ask for.
    pub token: Option<Token>,
    /// Whether `"explain": true` can be answered (the default pooling).
    pub explainable: bool,
    /// Requests answered.
    pub answered: AtomicU64,
    /// Requests whose client left (or closed the connection) first.
    pub abandoned: AtomicU64,
}

type Shared = Arc<Service>;

/// The routes, each request counted in the metrics.
pub fn router(service: Shared) -> Router {
    Router::new()
        .route(ROUTES[0], post(classify))
        .route(ROUTES[1], post(classify_batch))
        .route(ROUTES[2], get(health))
        .route(ROUTES[3], get(ready))
        .route(ROUTES[4], get(show_metrics))
        .route(ROUTES[5], get(openapi))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(Arc::clone(&service), track))
        .with_state(service)
}

/// Counts a request when it is answered (route, status, time), or as
/// abandoned when its client leaves first.
async fn track(State(s): State<Shared>, request: Request, next: Next) -> Response {
    struct Pending<'a>(&'a Service, bool);
    impl Drop for Pending<'_> {
        fn drop(&mut self) {
            if !self.1 {
                self.0.abandoned.fetch_add(1, Ordering::Relaxed);
            }
        }
    }
    let started = Instant::now();
    let path = request.uri().path();
    let route = ROUTES.into_iter().find(|r| *r == path).unwrap_or("other");
    let mut pending = Pending(&s, false);
    let response = next.run(request).await;
    pending.1 = true;
    s.metrics
        .request(route, response.status().as_u16(), started.elapsed());
    s.answered.fetch_add(1, Ordering::Relaxed);
    response
}

/// `{"error": why}` with `status`.
fn error(status: StatusCode, why: &str) -> Response {
    json(status, postings::error_json(why))
}

fn json(status: StatusCode, body: String) -> Response {
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

impl Service {
    /// 503, with `Retry-After`, counted by reason.
    fn busy(&self, why: Refusal) -> Response {
        self.metrics.refused(why);
        let text = match why {
            Refusal::QueueFull => "the queue is full: try again shortly".to_string(),
            Refusal::Timeout => format!(
                "no answer within {} ms (--timeout-ms): the service is overloaded; try again \
                 shortly",
                self.limits.timeout.as_millis()
            ),
            Refusal::NoModel => self
                .model
                .failed
                .get()
                .cloned()
                .unwrap_or_else(|| "the model is not available".into()),
        };
        let mut r = error(StatusCode::SERVICE_UNAVAILABLE, &text);
        r.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        r
    }

    /// Refuses a request without the bearer token, when there is one.
    fn authorize(&self, headers: &HeaderMap) -> Result<(), Response> {
        let Some(token) = &self.token else {
            return Ok(());
        };
        let given = headers
            .get(header::AUTHORIZATION)
            .map(HeaderValue::as_bytes)
            .and_then(|v| v.split_at_checked(7))
            .filter(|(scheme, _)| scheme.eq_ignore_ascii_case(b"bearer "))
            .map(|(_, t)| t);
        if given.is_some_and(|t| token.matches(t)) {
            return Ok(());
        }
        let mut r = error(
            StatusCode::UNAUTHORIZED,
            "this service asks for a bearer token: Authorization: Bearer <token>",
        );
        r.headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        Err(r)
    }

    /// A place in the queue for a labelling request, until it is answered;
    /// `None` when every place is taken.
    fn admit(&self) -> Option<Admitted> {
        let permit = Arc::clone(&self.admission).try_acquire_owned().ok()?;
        self.metrics.in_flight(1);
        Some(Admitted {
            _permit: permit,
            metrics: Arc::clone(&self.metrics),
        })
    }

    /// The body, at most `max_body` bytes (else 413).
    async fn read_body(&self, headers: &HeaderMap, body: Body) -> Result<Bytes, Response> {
        let max = self.limits.max_body;
        let too_large = || {
            error(
                StatusCode::PAYLOAD_TOO_LARGE,
                &format!(
                    "the body is over {max} bytes (--max-body): send fewer postings a request"
                ),
            )
        };
        if declared_length(headers).is_some_and(|n| n > max as u64) {
            return Err(too_large());
        }
        match Limited::new(body, max).collect().await {
            Ok(collected) => Ok(collected.to_bytes()),
            Err(e) if e.downcast_ref::<LengthLimitError>().is_some() => Err(too_large()),
            Err(e) => Err(error(
                StatusCode::BAD_REQUEST,
                &format!("cannot read the body: {e}"),
            )),
        }
    }

    /// Hands `work` to the model's thread and waits for its answer.
    async fn ask(&self, work: Work) -> Result<Answer, Response> {
        let (reply, answer) = oneshot::channel();
        let job = Job { work, reply };
        let n = job.postings() as i64;
        self.metrics.queued(n);
        // The queue holds one job per admitted request; it can be full only
        // while jobs of requests that timed out still wait for the model.
        match self.queue.try_send(job) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => {
                self.metrics.queued(-n);
                return Err(self.busy(Refusal::QueueFull));
            }
            Err(TrySendError::Disconnected(_)) => {
                // The model's thread is gone: not overload, and not ready.
                self.metrics.queued(-n);
                let why = "the model's thread stopped";
                let _ = self.model.failed.set(why.to_string());
                return Err(error(StatusCode::INTERNAL_SERVER_ERROR, why));
            }
        }
        match answer.await {
            Ok(Ok(answer)) => Ok(answer),
            Ok(Err(_)) if self.model.failed.get().is_some() => Err(self.busy(Refusal::NoModel)),
            Ok(Err(why)) => Err(error(StatusCode::INTERNAL_SERVER_ERROR, &why)),
            Err(_) => Err(error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the model's thread stopped",
            )),
        }
    }

    /// Runs a labelling request: token, a place in the queue, the time limit.
    async fn labelling<'a, F>(
        &'a self,
        headers: &'a HeaderMap,
        body: Body,
        handle: impl FnOnce(Body) -> F,
    ) -> Response
    where
        F: Future<Output = Result<Response, Response>> + 'a,
    {
        if let Err(r) = self.authorize(headers) {
            self.discard(headers, body).await;
            return r;
        }
        let Some(_admitted) = self.admit() else {
            self.discard(headers, body).await;
            return self.busy(Refusal::QueueFull);
        };
        match tokio::time::timeout(self.limits.timeout, handle(body)).await {
            Ok(Ok(r) | Err(r)) => r,
            Err(_) => self.busy(Refusal::Timeout),
        }
    }

    /// Reads a refused request's body to its end, keeping nothing, so that
    /// the connection can carry the client's next request: a body left
    /// unread makes the server close the connection, and the client's next
    /// request on it would be lost. One over `--max-body`, or slower than
    /// `--timeout-ms`, is left unread (the connection then closes).
    async fn discard(&self, headers: &HeaderMap, mut body: Body) {
        let max = self.limits.max_body as u64;
        if declared_length(headers).is_some_and(|n| n > max) {
            return;
        }
        let _ = tokio::time::timeout(self.limits.timeout, async {
            let mut read = 0u64;
            while let Some(Ok(frame)) = body.frame().await {
                read += frame.data_ref().map_or(0, |d| d.len() as u64);
                if read > max {
                    break;
                }
            }
        })
        .await;
    }
}

/// The body's length as its `Content-Length` header declares it.
fn declared_length(headers: &HeaderMap) -> Option<u64> {
    headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse().ok())
}

/// A labelling request's place in the queue, given back when dropped.
struct Admitted {
    _permit: OwnedSemaphorePermit,
    metrics: Arc<Metrics>,
}

impl Drop for Admitted {
    fn drop(&mut self) {
        self.metrics.in_flight(-1);
    }
}

/// `POST /v1/classify`: one posting, answered as `classify --json` prints it.
async fn classify(State(s): State<Shared>, headers: HeaderMap, body: Body) -> Response {
    s.labelling(&headers, body, |body| classify_one(&s, &headers, body))
        .await
}

async fn classify_one(s: &Service, headers: &HeaderMap, body: Body) -> Result<Response, Response> {
    let bytes = s.read_body(headers, body).await?;
    let single = postings::single(&bytes).map_err(|e| error(StatusCode::BAD_REQUEST, &e))?;
    let text = single.text.map_err(|why| {
        s.metrics.posting(None);
        error(StatusCode::UNPROCESSABLE_ENTITY, &why)
    })?;
    if single.explain && !s.explainable {
        return Err(error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "explaining a prediction needs the default pooling, segments",
        ));
    }
    // Names first: a posting that names its one role as the job is answered
    // here and now; the others wait for the encoder.
    let named = (!single.explain)
        .then(|| s.model.classifier.get()?.predict_by_names(&text))
        .flatten();
    let (outcome, segments): (Outcome, _) = match named {
        Some(p) => (Ok(p), None),
        None if single.explain => match s.ask(Work::Explain(text)).await? {
            Answer::Explained(p, segments) => (Ok(p), Some(segments)),
            Answer::Labels(_) => unreachable!("an explanation is asked for"),
        },
        None => match s.ask(Work::Label(vec![text])).await? {
            Answer::Labels(mut o) => (o.remove(0), None),
            Answer::Explained(..) => unreachable!("labels are asked for"),
        },
    };
    s.metrics.posting(postings::label_of(&outcome));
    match outcome {
        Ok(_) => Ok(json(
            StatusCode::OK,
            postings::answer_json(&outcome, segments.as_deref()),
        )),
        Err(why) => Err(error(StatusCode::INTERNAL_SERVER_ERROR, &why)),
    }
}

/// `POST /v1/classify/batch`: postings, answered in order, each with its
/// prediction or its error.
async fn classify_batch(State(s): State<Shared>, headers: HeaderMap, body: Body) -> Response {
    s.labelling(&headers, body, |body| classify_many(&s, &headers, body))
        .await
}

async fn classify_many(s: &Service, headers: &HeaderMap, body: Body) -> Result<Response, Response> {
    let bytes = s.read_body(headers, body).await?;
    let (form, texts) = postings::many(&bytes).map_err(|e| error(StatusCode::BAD_REQUEST, &e))?;
    drop(bytes);
    if texts.len() > MAX_POSTINGS {
        return Err(error(
            StatusCode::PAYLOAD_TOO_LARGE,
            &format!(
                "the request holds {} postings; at most {MAX_POSTINGS} a request: split it",
                texts.len()
            ),
        ));
    }
    let valid: Vec<String> = texts.iter().filter_map(|t| t.clone().ok()).collect();
    let mut labeled = if valid.is_empty() {
        Vec::new()
    } else {
        match s.ask(Work::Label(valid)).await? {
            Answer::Labels(o) => o,
            Answer::Explained(..) => unreachable!("labels are asked for"),
        }
    }
    .into_iter();
    let outcomes: Vec<Outcome> = texts
        .into_iter()
        .map(|t| t.and_then(|_| labeled.next().expect("one outcome per posting sent")))
        .collect();
    for o in &outcomes {
        s.metrics.posting(postings::label_of(o));
    }
    let body = postings::answers(form, &outcomes);
    Ok((
        StatusCode::OK,
        [(header::CONTENT_TYPE, form.content_type())],
        body,
    )
        .into_response())
}

/// `GET /health`: the process answers.
async fn health() -> Response {
    json(StatusCode::OK, r#"{"status":"alive"}"#.into())
}

/// `GET /ready`: the model is loaded (503 while it loads, or when it could
/// not be).
async fn ready(State(s): State<Shared>) -> Response {
    match (s.model.classifier.get(), s.model.failed.get()) {
        (Some(_), None) => json(StatusCode::OK, r#"{"status":"ready"}"#.into()),
        (_, Some(why)) => json(
            StatusCode::SERVICE_UNAVAILABLE,
            serde_json::json!({ "status": "failed", "error": why }).to_string(),
        ),
        (None, None) => json(
            StatusCode::SERVICE_UNAVAILABLE,
            r#"{"status":"loading"}"#.into(),
        ),
    }
}

/// `GET /metrics`: the Prometheus text format.
async fn show_metrics(State(s): State<Shared>, headers: HeaderMap) -> Response {
    if let Err(r) = s.authorize(&headers) {
        return r;
    }
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, metrics::CONTENT_TYPE)],
        s.metrics.render(),
    )
        .into_response()
}

/// `GET /openapi.json`: `docs/openapi.json`.
async fn openapi() -> Response {
    json(StatusCode::OK, OPENAPI.into())
}

async fn not_found() -> Response {
    error(
        StatusCode::NOT_FOUND,
        "no such route: see /openapi.json for the routes",
    )
}

/// Requests answered, and those whose client left first.
pub fn counts(s: &Service) -> (u64, u64) {
    (
        s.answered.load(Ordering::Relaxed),
        s.abandoned.load(Ordering::Relaxed),
    )
}
