//! The one progress bar of the command line, drawn on stderr only when it is
//! a terminal. The library reports progress through callbacks; this draws it.

use std::io::{self, IsTerminal};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A progress bar, or nothing when stderr is not a terminal.
pub struct Bar(ProgressBar);

impl Bar {
    /// For a run through an input of `len` bytes (a spinner when the length
    /// is unknown, as for standard input); hidden unless `wanted`.
    pub fn for_bytes(wanted: bool, len: Option<u64>) -> Bar {
        let bar = match len {
            Some(n) => ProgressBar::new(n).with_style(style(
                "{bar:30} {percent:>3}% {msg} [{elapsed_precise}, ~{eta} left]",
            )),
            None => {
                ProgressBar::new_spinner().with_style(style("{spinner} {msg} [{elapsed_precise}]"))
            }
        };
        Bar::shown_if(wanted, bar)
    }

    /// For `n` postings.
    pub fn for_postings(n: usize) -> Bar {
        let bar = ProgressBar::new(n as u64).with_style(style(
            "{bar:30} {pos}/{len} postings [{elapsed_precise}, ~{eta} left]",
        ));
        Bar::shown_if(true, bar)
    }

    /// For `n` optimiser steps (hidden for 0).
    pub fn for_steps(n: usize) -> Bar {
        if n == 0 {
            return Bar(ProgressBar::hidden());
        }
        let bar = ProgressBar::new(n as u64).with_style(style(
            "{bar:30} step {pos}/{len} {msg} [{elapsed_precise}, ~{eta} left]",
        ));
        Bar::shown_if(true, bar)
    }

    /// Whether the bar is drawn (stderr is a terminal).
    pub fn is_shown(&self) -> bool {
        !self.0.is_hidden()
    }

    /// `done` steps done, with a message.
    pub fn step(&self, done: usize, msg: String) {
        self.0.set_position(done as u64);
        self.0.set_message(msg);
    }

    fn shown_if(wanted: bool, bar: ProgressBar) -> Bar {
        if !wanted || !io::stderr().is_terminal() {
            return Bar(ProgressBar::hidden());
        }
        bar.set_draw_target(ProgressDrawTarget::stderr());
        Bar(bar)
    }

    /// `rows` records done, `bytes` of the input read.
    pub fn rows(&self, rows: u64, bytes: u64) {
        self.0.set_position(bytes);
        self.0.set_message(format!("{rows} rows"));
    }

    /// `rows` records done, `bytes` of the input read, with what they are.
    pub fn rows_with(&self, rows: u64, bytes: u64, what: &str) {
        self.0.set_position(bytes);
        self.0.set_message(format!("{rows} {what}"));
    }

    /// `done` postings done.
    pub fn postings(&self, done: usize) {
        self.0.set_position(done as u64);
    }

    /// Clears the bar from the terminal.
    pub fn finish(&self) {
        self.0.finish_and_clear();
    }
}

fn style(template: &str) -> ProgressStyle {
    ProgressStyle::with_template(template).expect("valid template")
}
