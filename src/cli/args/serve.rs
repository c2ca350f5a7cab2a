//! Flags of `serve`.

use std::path::PathBuf;

use clap::Args;

use super::ClassifyOpts;
use super::parse::parse_count;

/// Flags of `serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on, HOST:PORT (port 0: a free port; the address is
    /// printed on stderr once bound). An address other than loopback needs
    /// --token-file
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDR")]
    pub listen: String,
    /// File holding the bearer token that /v1/ and /metrics ask of every
    /// request (`Authorization: Bearer <token>`), read once at start
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
    /// Postings the model labels at once, at most, gathered from concurrent
    /// requests (a request with more is labeled in parts)
    #[arg(long, default_value_t = 32, value_name = "N", value_parser = parse_count)]
    pub max_batch: usize,
    /// How long a batch that holds a posting waits for more, in
    /// milliseconds (0: take what is queued and go)
    #[arg(long, default_value_t = 2, value_name = "MS",
          value_parser = clap::value_parser!(u64).range(0..=10_000))]
    pub max_wait_ms: u64,
    /// Labelling requests admitted at once (being read, queued or labeled);
    /// one more is answered 503 with Retry-After
    #[arg(long, default_value_t = 64, value_name = "N", value_parser = parse_count)]
    pub queue: usize,
    /// Largest request body in bytes; a larger one is answered 413
    #[arg(long, default_value_t = 2 << 20, value_name = "BYTES",
          value_parser = clap::value_parser!(u64).range(1..=(1 << 30)))]
    pub max_body: u64,
    /// Time a labelling request may take from its arrival to its answer, in
    /// milliseconds; then it is answered 503 with Retry-After (also the time
    /// a client may take to send its headers)
    #[arg(long, default_value_t = 30_000, value_name = "MS",
          value_parser = clap::value_parser!(u64).range(1..=3_600_000))]
    pub timeout_ms: u64,
    #[command(flatten)]
    pub opts: ClassifyOpts,
}
