//! The model's thread: the one OS thread that owns the classifier. It loads
//! the model, then takes the postings requests left in the queue, gathers
//! those of many requests into one batch (up to `max_batch` postings, waiting
//! at most `max_wait` for more once it holds one), labels the batch as
//! `batch` labels a group of rows (the encoder's own threads doing the work)
//! and replies to each request on its own channel. A request whose client
//! has gone (or whose time ran out) is skipped, and a reply nobody waits for
//! is dropped: no client can stall another's answer.

use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use tokio::sync::oneshot;

use super::metrics::Metrics;
use crate::error::Result;
use crate::io::source::RecordText;
use crate::pipeline::batch::{Outcome, predict_valid};
use crate::pipeline::classifier::Classifier;
use crate::pipeline::prediction::{Prediction, SegmentScore};

/// Labeled once before the service says it is ready: it names no role, so
/// it goes through the encoder too.
const WARM_UP: &str = "We keep the services of a small online shop running.";

/// What a request asks of the model's thread.
pub enum Work {
    /// Label these postings (each a text that can be classified), in order.
    Label(Vec<String>),
    /// Label this posting and show its segments (`classify --explain`).
    Explain(String),
}

/// The model's thread's answer to a request.
pub enum Answer {
    /// One outcome per posting, in order.
    Labels(Vec<Outcome>),
    /// The full pipeline's prediction and the segments.
    Explained(Prediction, Vec<SegmentScore>),
}

/// An answer, or why the model could not give one (its message).
pub type Reply = std::result::Result<Answer, String>;

/// A request in the queue.
pub struct Job {
    /// What to do.
    pub work: Work,
    /// Where the answer goes.
    pub reply: oneshot::Sender<Reply>,
}

impl Job {
    /// Postings it holds.
    pub fn postings(&self) -> usize {
        match &self.work {
            Work::Label(texts) => texts.len(),
            Work::Explain(_) => 1,
        }
    }
}

/// How the model's thread gathers a batch.
#[derive(Debug, Clone, Copy)]
pub struct Batching {
    /// Postings labeled at once, at most (a request with more is labeled
    /// in parts of this size).
    pub max_batch: usize,
    /// How long to wait for more postings once the batch holds one.
    pub max_wait: Duration,
}

/// What the model's thread shares with the HTTP side.
#[derive(Default)]
pub struct Model {
    /// The classifier, once loaded.
    pub classifier: OnceLock<Arc<Classifier>>,
    /// Why it could not be loaded, if it could not.
    pub failed: OnceLock<String>,
}

/// Loads the classifier with `load`, then serves the queue until every
/// sender is gone. On a load that fails, every request already queued or
/// still to come is answered with the failure, `on_failure` is called (to
/// stop the service), and the error is returned.
pub fn run(
    load: impl FnOnce() -> Result<Classifier>,
    queue: Receiver<Job>,
    batching: Batching,
    model: &Model,
    metrics: &Metrics,
    on_ready: impl FnOnce(),
    on_failure: impl FnOnce(),
) -> Result<()> {
    let classifier = match load() {
        Ok(c) => Arc::new(c),
        Err(e) => {
            let why = format!("the model could not be loaded: {e}");
            let _ = model.failed.set(why.clone());
            on_failure();
            for job in queue {
                metrics.queued(-(job.postings() as i64));
                let _ = job.reply.send(Err(why.clone()));
            }
            return Err(e);
        }
    };
    // The first posting of a run pays for what is built on first use (the
    // role-name patterns, the kernels' buffers): this one, not a client's.
    let _ = classifier.predict(&[WARM_UP]);
    let _ = model.classifier.set(Arc::clone(&classifier));
    on_ready();
    while let Some(jobs) = gather(&queue, batching) {
        let waiting: usize = jobs.iter().map(Job::postings).sum();
        metrics.queued(-(waiting as i64));
        // A client that left, or whose time ran out, waits for nothing.
        let jobs: Vec<Job> = jobs.into_iter().filter(|j| !j.reply.is_closed()).collect();
        label(&classifier, jobs, batching.max_batch, metrics);
    }
    Ok(())
}

/// The next batch: the first request to come, then those already waiting
/// and those that come within `max_wait`, until the batch holds
/// `max_batch` postings. `None` once every sender is gone and the queue is
/// empty.
fn gather(queue: &Receiver<Job>, batching: Batching) -> Option<Vec<Job>> {
    let first = queue.recv().ok()?;
    let mut postings = first.postings();
    let mut jobs = vec![first];
    let deadline = Instant::now() + batching.max_wait;
    while postings < batching.max_batch {
        let left = deadline.saturating_duration_since(Instant::now());
        match queue.recv_timeout(left) {
            Ok(job) => {
                postings += job.postings();
                jobs.push(job);
            }
            Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => break,
        }
    }
    Some(jobs)
}

/// Labels the postings of `jobs` together, in parts of at most `max_batch`
/// postings, and explains those that ask for it; replies to each.
fn label(classifier: &Classifier, jobs: Vec<Job>, max_batch: usize, metrics: &Metrics) {
    let (explain, jobs): (Vec<Job>, Vec<Job>) = jobs
        .into_iter()
        .partition(|j| matches!(j.work, Work::Explain(_)));
    let mut counts = Vec::with_capacity(jobs.len());
    let mut texts: Vec<RecordText> = Vec::new();
    let mut replies = Vec::with_capacity(jobs.len());
    for job in jobs {
        if let Work::Label(t) = job.work {
            counts.push(t.len());
            texts.extend(t.into_iter().map(Ok));
        }
        replies.push(job.reply);
    }
    // Each posting's outcome, or the model's failure for its part.
    let mut outcomes: Vec<std::result::Result<Outcome, String>> = Vec::with_capacity(texts.len());
    let mut texts = texts.into_iter();
    loop {
        let part: Vec<RecordText> = texts.by_ref().take(max_batch.max(1)).collect();
        if part.is_empty() {
            break;
        }
        let n = part.len();
        metrics.batch(n);
        match predict_valid(part, |t| classifier.predict(t)) {
            Ok(part) => outcomes.extend(part.into_iter().map(Ok)),
            Err(e) => outcomes.extend(std::iter::repeat_n(Err(e.to_string()), n)),
        }
    }
    let mut outcomes = outcomes.into_iter();
    for (reply, n) in replies.into_iter().zip(counts) {
        let mine: std::result::Result<Vec<Outcome>, String> = outcomes.by_ref().take(n).collect();
        let _ = reply.send(mine.map(Answer::Labels));
    }
    for job in explain {
        if let Work::Explain(text) = job.work {
            metrics.batch(1);
            let answer = classifier
                .explain(&text)
                .map(|(p, segments)| Answer::Explained(p, segments))
                .map_err(|e| e.to_string());
            let _ = job.reply.send(answer);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(postings: usize) -> (Job, oneshot::Receiver<Reply>) {
        let (reply, answer) = oneshot::channel();
        let work = Work::Label(vec!["a posting".into(); postings]);
        (Job { work, reply }, answer)
    }

    #[test]
    fn a_batch_takes_what_is_queued_up_to_max_batch() {
        let (tx, rx) = std::sync::mpsc::sync_channel(8);
        let mut answers = Vec::new();
        for n in [2, 2, 2, 1] {
            let (j, a) = job(n);
            tx.send(j).unwrap();
            answers.push(a);
        }
        let batching = Batching {
            max_batch: 3,
            max_wait: Duration::ZERO,
        };
        let sizes = |jobs: Vec<Job>| jobs.iter().map(Job::postings).collect::<Vec<_>>();
        // The first request, then the next while the batch holds fewer than 3.
        assert_eq!(sizes(gather(&rx, batching).unwrap()), [2, 2]);
        assert_eq!(sizes(gather(&rx, batching).unwrap()), [2, 1]);
        drop(tx);
        assert!(gather(&rx, batching).is_none(), "no sender, nothing queued");
    }
}
