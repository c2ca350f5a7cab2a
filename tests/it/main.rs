//! The integration tests, in one binary so that candle is linked once: one
//! module per command, plus parity with sentence-transformers, property tests
//! of the CSV path, the rules of the data files, the calibration, and the
//! HTML report in a real browser, and the checks of every file jobclass
//! reads (heads, adapters, the model folder) with property tests of their
//! parsers.
//!
//! Tests that need `../shared` (the articles, third-party material that may
//! not be copied into the repository) say they were skipped when it is not
//! there, and fail under `CI=true`.

mod batch;
mod browser;
mod calibration;
mod classify;
mod common;
mod data_files;
mod embed;
mod eval;
mod fetch;
mod finetune;
mod help;
mod jsonl;
mod outputs;
mod parity;
mod parsers;
mod properties;
mod report;
mod train;
mod validation;
