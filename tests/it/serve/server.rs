//! A `jobclass serve` process on an ephemeral loopback port, and a small
//! blocking HTTP/1.1 client over std's `TcpStream` (one connection a request,
//! `Connection: close`), which shows every header and status as sent and can
//! send what a well-behaved client library would not (malformed bodies).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use crate::common::model_dir;

/// A running `jobclass serve`, killed when dropped.
pub struct Server {
    child: Option<Child>,
    pub addr: SocketAddr,
    lines: std::sync::Mutex<Receiver<String>>,
    /// Every stderr line read so far.
    pub stderr: Vec<String>,
}

impl Server {
    /// Starts `jobclass serve --listen 127.0.0.1:0 [extra…]` and waits until it
    /// says where it listens.
    pub fn start(extra: &[&str]) -> Server {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("jobclass"))
            .env("JOBCLASS_MODEL_DIR", model_dir())
            .args(["serve", "--listen", "127.0.0.1:0"])
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let (tx, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut server = Server {
            child: Some(child),
            addr: "127.0.0.1:1".parse().unwrap(),
            lines: std::sync::Mutex::new(lines),
            stderr: Vec::new(),
        };
        let line = server.wait_for_line("listening on http://");
        server.addr = line
            .rsplit("http://")
            .next()
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        server
    }

    /// [`Server::start`], then waits until `/ready` says the model is loaded.
    pub fn ready(extra: &[&str]) -> Server {
        let server = Server::start(extra);
        let started = Instant::now();
        while server.get("/ready").status != 200 {
            assert!(started.elapsed() < Duration::from_secs(120), "never ready");
            std::thread::sleep(Duration::from_millis(20));
        }
        server
    }

    /// The first stderr line (from now on, or already read) that contains
    /// `wanted`; fails after 2 minutes.
    pub fn wait_for_line(&mut self, wanted: &str) -> String {
        if let Some(l) = self.stderr.iter().find(|l| l.contains(wanted)) {
            return l.clone();
        }
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.get_mut().unwrap().recv_timeout(left) {
                Ok(line) => {
                    self.stderr.push(line.clone());
                    if line.contains(wanted) {
                        return line;
                    }
                }
                Err(RecvTimeoutError::Timeout) => {
                    panic!("no line with {wanted:?} on stderr: {:?}", self.stderr)
                }
                Err(RecvTimeoutError::Disconnected) => {
                    panic!("stderr closed before {wanted:?}: {:?}", self.stderr)
                }
            }
        }
    }

    /// The process id, for signals.
    pub fn pid(&self) -> u32 {
        self.child.as_ref().unwrap().id()
    }

    /// Sends `signal` (a `kill` name such as `TERM`).
    pub fn signal(&self, signal: &str) {
        let sent = Command::new("kill")
            .args([format!("-{signal}"), self.pid().to_string()])
            .status()
            .unwrap();
        assert!(sent.success());
    }

    /// Waits for the process to end (at most 2 minutes), reading the rest of
    /// its stderr.
    pub fn wait(&mut self) -> ExitStatus {
        let mut child = self.child.take().unwrap();
        let started = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if started.elapsed() > Duration::from_secs(120) {
                let _ = child.kill();
                panic!("serve did not stop: {:?}", self.stderr);
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        while let Ok(line) = self
            .lines
            .get_mut()
            .unwrap()
            .recv_timeout(Duration::from_secs(5))
        {
            self.stderr.push(line);
        }
        status
    }

    /// A request to this server.
    pub fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Response {
        request(self.addr, method, path, headers, body).expect("an answer")
    }

    pub fn get(&self, path: &str) -> Response {
        self.request("GET", path, &[], b"")
    }

    pub fn post(&self, path: &str, body: &str) -> Response {
        self.request(
            "POST",
            path,
            &[("Content-Type", "application/json")],
            body.as_bytes(),
        )
    }

    /// The value of the sample `name` (with its labels, as written) in
    /// `/metrics`, 0 when absent.
    pub fn metric(&self, name: &str) -> f64 {
        let text = self.get("/metrics").text();
        text.lines()
            .find_map(|l| l.strip_prefix(name)?.strip_prefix(' '))
            .map_or(0.0, |v| v.trim().parse().unwrap())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// An answer as it came.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn text(&self) -> String {
        String::from_utf8(self.body.clone()).unwrap()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// What became of a request that got no answer.
#[derive(Debug)]
pub enum Failure {
    /// No connection: nothing was accepted.
    Connect,
    /// Connected, but the connection ended with `read` bytes of answer.
    Cut {
        read: usize,
        error: Option<std::io::Error>,
    },
}

/// Sends one request on a new connection and reads the whole answer.
pub fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Result<Response, Failure> {
    let mut stream = TcpStream::connect(addr).map_err(|_| Failure::Connect)?;
    stream
        .set_read_timeout(Some(Duration::from_secs(120)))
        .unwrap();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    // A large body waits for the server's word, as curl's does: a server
    // that refuses it (413) answers without reading it and closes the
    // connection, which would otherwise reset it under the answer.
    let expect = body.len() > 16 << 10;
    if expect {
        head.push_str("Expect: 100-continue\r\n");
    }
    head.push_str("\r\n");
    let mut raw = Vec::new();
    if expect {
        let _ = stream.write_all(head.as_bytes());
        let mut byte = [0u8; 1];
        while !raw.ends_with(b"\r\n\r\n") {
            match stream.read(&mut byte) {
                Ok(1) => raw.push(byte[0]),
                _ => break,
            }
        }
        if raw.starts_with(b"HTTP/1.1 100") {
            raw.clear();
            let _ = stream.write_all(body);
        }
    } else {
        // One write: a small request arrives whole, so that a server that
        // answers without reading the body (503) has read it all the same.
        let mut whole = head.into_bytes();
        whole.extend_from_slice(body);
        let _ = stream.write_all(&whole);
    }
    let error = stream.read_to_end(&mut raw).err();
    parse(&raw).ok_or(Failure::Cut {
        read: raw.len(),
        error,
    })
}

/// Reads one answer from a connection that stays open after it.
pub fn read_one(stream: &mut TcpStream) -> Response {
    let mut raw = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        if let Some(r) = parse(&raw) {
            return r;
        }
        let n = stream.read(&mut buf).expect("the connection stays open");
        assert!(n > 0, "the connection closed after {} bytes", raw.len());
        raw.extend_from_slice(&buf[..n]);
    }
}

/// A whole answer (its body as long as Content-Length says), or `None`.
fn parse(raw: &[u8]) -> Option<Response> {
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&raw[..end]).ok()?;
    let mut lines = head.split("\r\n");
    let status = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    let body = raw[end + 4..].to_vec();
    let length: usize = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))?
        .1
        .parse()
        .ok()?;
    (body.len() == length).then_some(Response {
        status,
        headers,
        body,
    })
}
