//! The integration tests, in one binary so that candle is linked once: one
//! module per command, plus Parquet in and out, parity with sentence-transformers, property tests
//! of the CSV path and of both readers (`fuzz`), JSON Lines fields kept as
//! written, the inputs refused up front, outputs that destroy nothing, the
//! checks of every file jobclass reads (heads, adapters, the model folder)
//! with property tests of their parsers, the rules of the data files, the
//! calibration, the HTML report in a real browser, and the HTTP service.
//!
//! Tests that need `../shared` (the articles, third-party material that may
//! not be copied into the repository) say they were skipped when it is not
//! there, and fail under `CI=true`.

mod batch;
mod browser;
mod calibration;
mod cascade;
mod classify;
mod common;
mod data_files;
mod doctor;
mod embed;
mod eval;
mod feed;
mod fetch;
mod finetune;
mod fuzz;
mod help;
mod input_checks;
mod jsonl;
mod jsonl_fidelity;
mod outputs;
mod parity;
mod parquet;
mod parsers;
mod properties;
mod report;
mod serve;
mod train;
mod validation;
