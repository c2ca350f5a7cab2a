//! What `GET /metrics` shows, in the Prometheus text format: requests by
//! route and status, their latency, postings labeled by label, the queue and
//! the sizes of the batches the encoder ran. Every metric is an atomic
//! shared by the HTTP thread and the model's thread.

use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

/// The `Content-Type` of [`Metrics::render`]'s text.
pub const CONTENT_TYPE: &str = prometheus_client::encoding::prometheus_text::CONTENT_TYPE;

/// A request's route (one of [`super::routes::ROUTES`], or `other` for a
/// path the service does not have, so that no client can add label values)
/// and the status it was answered with.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteStatus {
    route: &'static str,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Route {
    route: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Label {
    label: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Reason {
    reason: &'static str,
}

/// Why a request was answered 503.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Every place of the queue was taken.
    QueueFull,
    /// No answer within `--timeout`.
    Timeout,
    /// The model could not be loaded.
    NoModel,
}

impl Refusal {
    fn name(self) -> &'static str {
        match self {
            Refusal::QueueFull => "queue_full",
            Refusal::Timeout => "timeout",
            Refusal::NoModel => "no_model",
        }
    }
}

/// The service's metrics.
pub struct Metrics {
    registry: Registry,
    requests: Family<RouteStatus, Counter>,
    latency: Family<Route, Histogram, fn() -> Histogram>,
    postings: Family<Label, Counter>,
    refused: Family<Reason, Counter>,
    queue_depth: Gauge,
    in_flight: Gauge,
    batch_postings: Histogram,
}

fn latency_histogram() -> Histogram {
    // 0.5 ms to about 16 s.
    Histogram::new(exponential_buckets(0.0005, 2.0, 16))
}

impl Metrics {
    /// Every metric at zero.
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("jobclass");
        let requests = Family::<RouteStatus, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests answered, by route and status",
            requests.clone(),
        );
        let latency: Family<Route, Histogram, fn() -> Histogram> =
            Family::new_with_constructor(latency_histogram);
        registry.register(
            "http_request_duration_seconds",
            "Time from a request's arrival to its answer, by route",
            latency.clone(),
        );
        let postings = Family::<Label, Counter>::default();
        registry.register(
            "postings",
            "Postings answered, by label (`error` for a posting that could not be labeled)",
            postings.clone(),
        );
        let refused = Family::<Reason, Counter>::default();
        registry.register(
            "refused",
            "Requests answered 503, by reason: queue_full, timeout, no_model",
            refused.clone(),
        );
        let queue_depth = Gauge::default();
        registry.register(
            "queue_depth",
            "Postings waiting for the encoder",
            queue_depth.clone(),
        );
        let in_flight = Gauge::default();
        registry.register(
            "requests_in_flight",
            "Labelling requests admitted and not yet answered (at most --queue)",
            in_flight.clone(),
        );
        let batch_postings = Histogram::new(exponential_buckets(1.0, 2.0, 11));
        registry.register(
            "batch_postings",
            "Postings in each batch the model's thread labeled at once",
            batch_postings.clone(),
        );
        Metrics {
            registry,
            requests,
            latency,
            postings,
            refused,
            queue_depth,
            in_flight,
            batch_postings,
        }
    }

    /// Counts a request of `route` answered with `status` after `took`.
    pub fn request(&self, route: &'static str, status: u16, took: Duration) {
        self.requests
            .get_or_create(&RouteStatus { route, status })
            .inc();
        self.latency
            .get_or_create(&Route { route })
            .observe(took.as_secs_f64());
    }

    /// Counts a posting answered with `label`, or `None` for an error.
    pub fn posting(&self, label: Option<&str>) {
        let label = label.unwrap_or("error").to_string();
        self.postings.get_or_create(&Label { label }).inc();
    }

    /// Counts a request answered 503.
    pub fn refused(&self, why: Refusal) {
        self.refused
            .get_or_create(&Reason { reason: why.name() })
            .inc();
    }

    /// `n` postings joined the queue (negative: left it).
    pub fn queued(&self, n: i64) {
        self.queue_depth.inc_by(n);
    }

    /// A labelling request was admitted (`1`) or answered (`-1`).
    pub fn in_flight(&self, n: i64) {
        self.in_flight.inc_by(n);
    }

    /// The model's thread labeled `n` postings at once.
    pub fn batch(&self, n: usize) {
        self.batch_postings.observe(n as f64);
    }

    /// Every metric, in the Prometheus text format (version 0.0.4).
    pub fn render(&self) -> String {
        let mut text = String::new();
        prometheus_client::encoding::prometheus_text::encode(&mut text, &self.registry)
            .expect("writing to a String cannot fail");
        text
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}
