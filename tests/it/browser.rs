//! A headless Chromium driven over the DevTools protocol, for tests that
//! check a page as a browser shows it. The protocol runs over two pipes
//! (`--remote-debugging-pipe`: the browser reads commands on its fd 3 and
//! writes answers and events on fd 4, each message JSON ended by a NUL), so no
//! port is opened and no crate beyond std and libc is needed.
//!
//! The browser is `JOBCLASS_CHROMIUM`, else `chromium`, `chromium-browser` or
//! `google-chrome` on PATH (Debian: `apt-get install chromium`; the test
//! command installs it when it can). Without one the test is skipped, saying
//! so on the terminal, and fails under `CI=true`.

use std::io::{BufRead, BufReader, PipeWriter, Write};
use std::os::fd::AsRawFd;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common::skip_unless_ci;

/// How long any one answer or event may take.
const WAIT: Duration = Duration::from_secs(60);

/// A running headless browser with one page open.
pub struct Browser {
    child: Child,
    commands: PipeWriter,
    messages: Receiver<Value>,
    next_id: u64,
    /// The page's session (set by [`Browser::launch`]).
    session: String,
    /// Events seen so far, in order.
    pub events: Vec<Value>,
    _profile: tempfile::TempDir,
}

fn find_chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("JOBCLASS_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|p| p.is_file())
}

impl Browser {
    /// Starts the browser with an empty page of `width` x `height` CSS
    /// pixels, or returns `None` (the test is skipped) when there is none.
    pub fn launch(width: u32, height: u32) -> Option<Browser> {
        let Some(exe) = find_chromium() else {
            skip_unless_ci(
                "no Chromium found (apt-get install chromium)",
                "no Chromium on PATH (apt-get install chromium, or set JOBCLASS_CHROMIUM)",
            );
            return None;
        };
        let (child_reads, commands) = std::io::pipe().unwrap();
        let (answers, child_writes) = std::io::pipe().unwrap();
        let (r, w) = (child_reads.as_raw_fd(), child_writes.as_raw_fd());
        let profile = tempfile::tempdir().unwrap();
        let mut cmd = Command::new(exe);
        cmd.args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--remote-debugging-pipe",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("about:blank")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
        // SAFETY: between fork and exec the closure only calls fcntl and
        // dup2, which are async-signal-safe. The pipe ends are first copied
        // above fd 10 so that moving them to 3 and 4 cannot overwrite one
        // with the other.
        unsafe {
            cmd.pre_exec(move || {
                let r2 = libc::fcntl(r, libc::F_DUPFD_CLOEXEC, 10);
                let w2 = libc::fcntl(w, libc::F_DUPFD_CLOEXEC, 10);
                if r2 < 0 || w2 < 0 || libc::dup2(r2, 3) < 0 || libc::dup2(w2, 4) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = cmd.spawn().expect("start Chromium");
        drop((child_reads, child_writes));
        let (tx, messages) = channel();
        std::thread::spawn(move || {
            let mut answers = BufReader::new(answers);
            let mut buf = Vec::new();
            while answers.read_until(0, &mut buf).unwrap_or(0) > 0 {
                if buf.last() == Some(&0) {
                    buf.pop();
                }
                if let Ok(v) = serde_json::from_slice::<Value>(&buf)
                    && tx.send(v).is_err()
                {
                    return;
                }
                buf.clear();
            }
        });
        let mut b = Browser {
            child,
            commands,
            messages,
            next_id: 0,
            session: String::new(),
            events: Vec::new(),
            _profile: profile,
        };
        let target = b.call("Target.createTarget", json!({"url": "about:blank"}));
        let target = target["targetId"].as_str().unwrap().to_string();
        let attached = b.call(
            "Target.attachToTarget",
            json!({"targetId": target, "flatten": true}),
        );
        b.session = attached["sessionId"].as_str().unwrap().to_string();
        b.page("Page.enable", json!({}));
        b.page(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": false}),
        );
        Some(b)
    }

    /// Sends a command to the browser (`session` empty) or the page, and
    /// waits for its answer, keeping the events that come meanwhile.
    fn send(&mut self, method: &str, params: Value, session: Option<String>) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut msg = json!({"id": id, "method": method, "params": params});
        if let Some(s) = session {
            msg["sessionId"] = json!(s);
        }
        let mut bytes = serde_json::to_vec(&msg).unwrap();
        bytes.push(0);
        self.commands.write_all(&bytes).unwrap();
        loop {
            let m = self.next_message(method);
            if m["id"] == json!(id) {
                assert!(m.get("error").is_none(), "{method}: {m}");
                return m["result"].clone();
            }
            self.events.push(m);
        }
    }

    fn next_message(&mut self, waiting_for: &str) -> Value {
        self.messages
            .recv_timeout(WAIT)
            .unwrap_or_else(|e| panic!("no answer from Chromium to {waiting_for}: {e}"))
    }

    fn call(&mut self, method: &str, params: Value) -> Value {
        self.send(method, params, None)
    }

    fn page(&mut self, method: &str, params: Value) -> Value {
        let session = self.session.clone();
        self.send(method, params, Some(session))
    }

    /// Opens `file` in the page and waits until it has loaded.
    pub fn open(&mut self, file: &Path) {
        let url = format!("file://{}", file.canonicalize().unwrap().display());
        let seen = self.events.len();
        self.page("Page.navigate", json!({"url": url}));
        let started = Instant::now();
        let loaded = |e: &Value| e["method"] == "Page.loadEventFired";
        if self.events[seen..].iter().any(loaded) {
            return;
        }
        loop {
            assert!(started.elapsed() < WAIT, "{url} did not load");
            let m = self.next_message("Page.loadEventFired");
            let done = loaded(&m);
            // A dialog (alert) holds the page until it is answered: dismiss
            // it, and keep the event for the test to see.
            let dialog = m["method"] == "Page.javascriptDialogOpening";
            self.events.push(m);
            if dialog {
                self.page("Page.handleJavaScriptDialog", json!({"accept": true}));
            }
            if done {
                return;
            }
        }
    }

    /// The value of a JavaScript expression evaluated in the page (by the
    /// DevTools protocol, not by the page's own scripts).
    pub fn eval(&mut self, expression: &str) -> Value {
        let r = self.page(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true}),
        );
        assert!(
            r.get("exceptionDetails").is_none(),
            "{expression}: {}",
            r["exceptionDetails"]
        );
        r["result"]["value"].clone()
    }

    /// A PNG of the page as shown.
    pub fn screenshot(&mut self) -> Vec<u8> {
        let r = self.page("Page.captureScreenshot", json!({"format": "png"}));
        decode_base64(r["data"].as_str().unwrap())
    }

    /// The events of `method` seen so far.
    pub fn events_of(&self, method: &str) -> Vec<&Value> {
        self.events
            .iter()
            .filter(|e| e["method"] == method)
            .collect()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Standard base64 (with padding), as the protocol sends binary data.
fn decode_base64(s: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => panic!("not base64: {c}"),
    };
    let digits: Vec<u8> = s.bytes().filter(|&c| c != b'=').map(value).collect();
    digits
        .chunks(4)
        .flat_map(|q| {
            let n = q
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, &d)| n | (d as u32) << (18 - 6 * i));
            let bytes = n.to_be_bytes();
            bytes[1..q.len()].to_vec()
        })
        .collect()
}

#[test]
fn base64_decodes_padded_and_unpadded_ends() {
    assert_eq!(decode_base64("aGVsbG8="), b"hello");
    assert_eq!(decode_base64("aGk="), b"hi");
    assert_eq!(decode_base64("YWJj"), b"abc");
    assert_eq!(decode_base64(""), b"");
}
