//! `jobclass serve`: every route, every error code, the same labels as
//! `batch` and `classify --json`, answers in order, a full queue, the token,
//! and a stop by signal under load that answers every request accepted.

mod server;

use std::io::Write;
use std::time::{Duration, Instant};

use server::{Failure, Server, request};

use crate::common::{SRE_POSTING, jobclass, stdout_of};

/// A posting that names no role as the job: it goes through the encoder.
const UNNAMED: &str = "You will run our Kubernetes clusters on AWS, write Terraform modules and \
    keep the deployment pipeline fast. Experience with Prometheus and on-call work is a plus.";

fn posting(text: &str) -> String {
    serde_json::json!({ "text": text }).to_string()
}

/// `datasets/test.csv`'s descriptions, in order.
fn test_postings() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/datasets/test.csv");
    csv::Reader::from_path(path)
        .unwrap()
        .deserialize::<std::collections::HashMap<String, String>>()
        .map(|r| r.unwrap()["description"].clone())
        .collect()
}

#[test]
fn every_route_answers() {
    let s = Server::ready(&[]);
    let health = s.get("/health");
    assert_eq!(
        (health.status, health.json()["status"].as_str()),
        (200, Some("alive"))
    );
    assert_eq!(s.get("/ready").json()["status"], "ready");
    // The service describes itself with the file kept in docs/, which names
    // every route it has.
    let openapi = s.get("/openapi.json");
    assert_eq!(openapi.status, 200);
    assert_eq!(openapi.text(), include_str!("../../../docs/openapi.json"));
    let paths: Vec<String> = openapi.json()["paths"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    let mut routes: Vec<String> = jobclass::serve::routes::ROUTES.map(String::from).to_vec();
    routes.sort();
    let mut paths = paths;
    paths.sort();
    assert_eq!(paths, routes);
    for route in jobclass::serve::routes::ROUTES {
        let method = if route.starts_with("/v1/") {
            "POST"
        } else {
            "GET"
        };
        let r = s.request(method, route, &[], posting(SRE_POSTING).as_bytes());
        assert_eq!(r.status, 200, "{method} {route}: {}", r.text());
    }
    let batch = s.post("/v1/classify/batch", &format!("[{}]", posting(SRE_POSTING)));
    assert_eq!(batch.json()[0]["label"], "sre");

    let metrics = s.get("/metrics");
    assert!(
        metrics
            .header("content-type")
            .unwrap()
            .starts_with("text/plain")
    );
    let m = |name: &str| s.metric(name);
    assert_eq!(
        m(r#"jobclass_http_requests_total{route="/v1/classify",status="200"}"#),
        1.0
    );
    assert_eq!(
        m(r#"jobclass_http_requests_total{route="/v1/classify/batch",status="200"}"#),
        2.0
    );
    assert_eq!(m(r#"jobclass_postings_total{label="sre"}"#), 3.0);
    assert!(m(r#"jobclass_http_request_duration_seconds_count{route="/health"}"#) >= 1.0);
    assert!(m("jobclass_batch_postings_count") >= 1.0);
    assert_eq!(m("jobclass_queue_depth"), 0.0);
    // Unknown routes, and known ones with another method.
    let missing = s.get("/v2/nothing");
    assert_eq!(missing.status, 404);
    assert!(
        missing.json()["error"]
            .as_str()
            .unwrap()
            .contains("/openapi.json")
    );
    assert_eq!(
        m(r#"jobclass_http_requests_total{route="other",status="404"}"#),
        1.0
    );
    assert_eq!(s.get("/v1/classify").status, 405);
}

#[test]
fn a_posting_is_answered_as_classify_json_prints_it() {
    let s = Server::ready(&[]);
    let sample = include_str!("../../../datasets/sample-posting.txt");
    for (text, extra) in [
        (sample, None),
        (UNNAMED, None),
        (UNNAMED, Some("--explain")),
        (sample, Some("--explain")),
    ] {
        let a = jobclass()
            .args(["classify", "--json"])
            .args(extra)
            .write_stdin(text)
            .assert()
            .success();
        let body = serde_json::json!({ "text": text, "explain": extra.is_some() });
        let r = s.post("/v1/classify", &body.to_string());
        assert_eq!(r.status, 200, "{}", r.text());
        assert_eq!(r.header("content-type"), Some("application/json"));
        assert_eq!(r.text(), stdout_of(&a).trim_end(), "{extra:?}: {text}");
    }
    // A title is joined before the text, as `batch --title-column` joins it.
    let titled = s.post(
        "/v1/classify",
        &serde_json::json!({ "title": "Site Reliability Engineer", "text": UNNAMED }).to_string(),
    );
    let a = jobclass()
        .args(["classify", "--json"])
        .write_stdin(format!("Site Reliability Engineer\n{UNNAMED}"))
        .assert()
        .success();
    assert_eq!(titled.text(), stdout_of(&a).trim_end());
}

#[test]
fn labels_equal_batch_on_the_test_postings_and_keep_their_order() {
    let a = jobclass()
        .args(["batch", "datasets/test.csv", "--text-column", "description"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .assert()
        .success();
    let out = stdout_of(&a);
    let expected: Vec<(String, String)> = csv::Reader::from_reader(out.as_bytes())
        .deserialize::<std::collections::HashMap<String, String>>()
        .map(|r| {
            let r = r.unwrap();
            let confidence: f64 = r["confidence"].parse().unwrap();
            (r["jobclass_label"].clone(), format!("{confidence:.4}"))
        })
        .collect();
    let postings = test_postings();
    assert_eq!(postings.len(), expected.len());
    let got = |v: &serde_json::Value| {
        (
            v["label"].as_str().unwrap().to_string(),
            format!("{:.4}", v["confidence"].as_f64().unwrap()),
        )
    };

    let s = Server::ready(&[]);
    // Every posting in one request, answered in order.
    let array: Vec<String> = postings.iter().map(|t| posting(t)).collect();
    let r = s.post("/v1/classify/batch", &format!("[{}]", array.join(",")));
    assert_eq!(r.status, 200, "{}", r.text());
    let answers: Vec<(String, String)> = r.json().as_array().unwrap().iter().map(got).collect();
    assert_eq!(answers, expected);

    // One posting a request from 8 clients at once: gathered into batches,
    // each answer the posting's own.
    let batches = || s.metric("jobclass_batch_postings_count");
    let batched = || s.metric("jobclass_batch_postings_sum");
    let (batches_before, batched_before) = (batches(), batched());
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut singles = vec![None; postings.len()];
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..8)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                        if i >= postings.len() {
                            return mine;
                        }
                        let r = s.post("/v1/classify", &posting(&postings[i]));
                        assert_eq!(r.status, 200, "{}", r.text());
                        mine.push((i, got(&r.json())));
                    }
                })
            })
            .collect();
        for w in workers {
            for (i, answer) in w.join().unwrap() {
                singles[i] = Some(answer);
            }
        }
    });
    let singles: Vec<(String, String)> = singles.into_iter().map(Option::unwrap).collect();
    assert_eq!(singles, expected);
    let (batches, batched) = (batches() - batches_before, batched() - batched_before);
    assert!(
        batched > batches,
        "postings of concurrent requests are labeled together: {batched} in {batches} batches"
    );

    // JSON Lines in, JSON Lines out: one answer per posting, errors in place.
    let lines = format!(
        "{}\n{{\"text\": \"\"}}\nnot json\n{}\n",
        posting(&postings[0]),
        posting(&postings[1])
    );
    let r = s.request("POST", "/v1/classify/batch", &[], lines.as_bytes());
    assert_eq!(r.header("content-type"), Some("application/x-ndjson"));
    let answers: Vec<serde_json::Value> = r
        .text()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(answers.len(), 4);
    assert_eq!(got(&answers[0]), expected[0]);
    assert_eq!(answers[1]["error"], "empty text");
    assert!(
        answers[2]["error"]
            .as_str()
            .unwrap()
            .starts_with("line 3 is not JSON")
    );
    assert_eq!(got(&answers[3]), expected[1]);
}

#[test]
fn each_error_has_its_status_and_says_what_was_wrong() {
    let s = Server::ready(&["--max-body", "65536"]);
    let error = |r: &server::Response| r.json()["error"].as_str().unwrap().to_string();
    let r = s.post("/v1/classify", "{\"text\": \"SRE\"");
    assert_eq!(r.status, 400);
    assert!(
        error(&r).starts_with("the body is not JSON (EOF while parsing"),
        "{}",
        error(&r)
    );
    let r = s.post("/v1/classify", "[]");
    assert_eq!(
        (r.status, error(&r).as_str()),
        (400, "the body is an array, not a JSON object")
    );
    let r = s.post("/v1/classify", "{\"text\": \"SRE\", \"explain\": 1}");
    assert_eq!(r.status, 400);
    let r = s.post("/v1/classify/batch", "[{\"text\": \"a\"},");
    assert_eq!(r.status, 400);
    // A posting that cannot be labeled: the words of batch's error column.
    let r = s.post("/v1/classify", "{\"text\": \" \\n\\t\"}");
    assert_eq!((r.status, error(&r).as_str()), (422, "empty text"));
    let r = s.post("/v1/classify", "{\"title\": \"SRE\"}");
    assert_eq!(
        (r.status, error(&r).as_str()),
        (422, "text field: no \"text\" in this object")
    );
    // Too large: the body, or the number of postings.
    let big = posting(&"SRE ".repeat(20_000));
    let r = s.post("/v1/classify", &big);
    assert_eq!(r.status, 413);
    assert!(
        error(&r).contains("65536 bytes (--max-body)"),
        "{}",
        error(&r)
    );
    let many = vec![posting("a"); 1025].join("\n");
    let r = s.request("POST", "/v1/classify/batch", &[], many.as_bytes());
    assert_eq!(r.status, 413);
    assert!(error(&r).contains("1025 postings"), "{}", error(&r));
    // Still serving.
    assert_eq!(s.post("/v1/classify", &posting(SRE_POSTING)).status, 200);
}

#[test]
fn a_full_queue_is_answered_503_and_counted() {
    // One place in the queue, and a batch that waits 3 s for more postings:
    // the first request holds the place while the others come.
    let s = Server::ready(&["--queue", "1", "--max-wait-ms", "3000", "--max-batch", "64"]);
    std::thread::scope(|scope| {
        let first = scope.spawn(|| s.post("/v1/classify", &posting(UNNAMED)));
        let started = Instant::now();
        while s.metric("jobclass_requests_in_flight") < 1.0 {
            assert!(started.elapsed() < Duration::from_secs(10));
            std::thread::sleep(Duration::from_millis(5));
        }
        for _ in 0..3 {
            let r = s.post("/v1/classify", &posting(SRE_POSTING));
            assert_eq!(r.status, 503, "{}", r.text());
            assert_eq!(r.header("retry-after"), Some("1"));
            assert!(
                r.json()["error"]
                    .as_str()
                    .unwrap()
                    .contains("queue is full")
            );
        }
        assert_eq!(first.join().unwrap().status, 200);
    });
    assert_eq!(
        s.metric(r#"jobclass_refused_total{reason="queue_full"}"#),
        3.0
    );
    assert_eq!(
        s.metric(r#"jobclass_http_requests_total{route="/v1/classify",status="503"}"#),
        3.0
    );
}

#[test]
fn a_request_past_its_time_is_answered_503() {
    let s = Server::ready(&[
        "--timeout-ms",
        "300",
        "--max-wait-ms",
        "3000",
        "--max-batch",
        "64",
    ]);
    let r = s.post("/v1/classify", &posting(UNNAMED));
    assert_eq!(r.status, 503, "{}", r.text());
    assert_eq!(r.header("retry-after"), Some("1"));
    assert!(
        r.json()["error"]
            .as_str()
            .unwrap()
            .contains("no answer within 300 ms")
    );
    assert_eq!(s.metric(r#"jobclass_refused_total{reason="timeout"}"#), 1.0);
    // A posting its names decide does not wait for the encoder.
    assert_eq!(s.post("/v1/classify", &posting(SRE_POSTING)).status, 200);
}

#[test]
fn the_token_guards_labelling_and_metrics() {
    let dir = crate::common::Workdir::new();
    let token = dir.write("token", "s3cret-token-for-the-test\n");
    let s = Server::ready(&["--token-file", token.to_str().unwrap()]);
    let body = posting(SRE_POSTING);
    for (route, method) in [
        ("/v1/classify", "POST"),
        ("/v1/classify/batch", "POST"),
        ("/metrics", "GET"),
    ] {
        let batch_body = format!("[{body}]");
        let body = if route.ends_with("batch") {
            &batch_body
        } else {
            &body
        };
        for auth in [
            None,
            Some("Bearer wrong"),
            Some("Basic s3cret-token-for-the-test"),
        ] {
            let headers: Vec<(&str, &str)> =
                auth.map(|a| ("Authorization", a)).into_iter().collect();
            let r = s.request(method, route, &headers, body.as_bytes());
            assert_eq!(r.status, 401, "{route} {auth:?}");
            assert_eq!(r.header("www-authenticate"), Some("Bearer"));
        }
        let ok = [("Authorization", "Bearer s3cret-token-for-the-test")];
        assert_eq!(
            s.request(method, route, &ok, body.as_bytes()).status,
            200,
            "{route}"
        );
    }
    assert_eq!(s.get("/health").status, 200);

    // A refused request's body is read all the same, so the client's next
    // request on the connection is answered: here the body comes after the
    // refusal could have been sent.
    let mut conn = std::net::TcpStream::connect(s.addr).unwrap();
    let body = posting(&"SRE ".repeat(2000));
    write!(
        conn,
        "POST /v1/classify HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer wrong\r\n\
         Content-Length: {}\r\n\r\n",
        body.len()
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(200));
    conn.write_all(body.as_bytes()).unwrap();
    assert_eq!(server::read_one(&mut conn).status, 401);
    write!(
        conn,
        "POST /v1/classify HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \
         s3cret-token-for-the-test\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    assert_eq!(server::read_one(&mut conn).status, 200);

    // Anything but loopback needs a token.
    jobclass()
        .args(["serve", "--listen", "0.0.0.0:0"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--token-file"));
}

#[test]
#[cfg(unix)]
fn sigterm_under_load_answers_every_request_accepted_and_exits_0() {
    let mut s = Server::start(&[]);
    let postings = test_postings();
    let addr = s.addr;
    let answered = std::sync::atomic::AtomicUsize::new(0);
    let outcomes = std::thread::scope(|scope| {
        let clients: Vec<_> = (0..16)
            .map(|c| {
                let (postings, answered) = (&postings, &answered);
                scope.spawn(move || {
                    let mut mine = Vec::new();
                    for i in 0..200 {
                        let body = posting(&postings[(c * 7 + i) % postings.len()]);
                        let r = request(addr, "POST", "/v1/classify", &[], body.as_bytes());
                        let stop = matches!(r, Err(Failure::Connect));
                        if r.is_ok() {
                            answered.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                        }
                        mine.push(r);
                        if stop {
                            break;
                        }
                    }
                    mine
                })
            })
            .collect();
        while answered.load(std::sync::atomic::Ordering::SeqCst) < 40 {
            std::thread::sleep(Duration::from_millis(5));
        }
        s.signal("TERM");
        clients
            .into_iter()
            .flat_map(|c| c.join().unwrap())
            .collect::<Vec<_>>()
    });
    let status = s.wait();
    assert_eq!(status.code(), Some(0), "{:?}", s.stderr);
    let answers: Vec<&server::Response> = outcomes.iter().filter_map(|o| o.as_ref().ok()).collect();
    assert!(answers.iter().all(|r| r.status == 200));
    // A request that got no answer was never accepted: refused, or reset
    // with nothing read when the listener closed on it.
    for o in &outcomes {
        if let Err(Failure::Cut { read, error }) = o {
            assert_eq!(*read, 0, "an answer cut short: {error:?}");
        }
    }
    let summary = s.wait_for_line("jobclass: stopped:");
    assert!(
        summary.contains(&format!(": {} requests answered, 0 left", answers.len())),
        "{summary}, but the clients got {} answers",
        answers.len()
    );
    assert!(
        outcomes.iter().any(|o| o.is_err()),
        "the stop came before the end"
    );
}

#[test]
#[cfg(unix)]
fn a_second_signal_quits_at_once_with_130() {
    let mut s = Server::ready(&["--max-wait-ms", "10000", "--max-batch", "64"]);
    let addr = s.addr;
    let waiting = std::thread::spawn(move || {
        request(
            addr,
            "POST",
            "/v1/classify",
            &[],
            posting(UNNAMED).as_bytes(),
        )
    });
    while s.metric("jobclass_queue_depth") < 1.0 {
        std::thread::sleep(Duration::from_millis(5));
    }
    let started = Instant::now();
    s.signal("TERM");
    s.wait_for_line("stopping");
    s.signal("TERM");
    assert_eq!(s.wait().code(), Some(130));
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "it waited for the batch"
    );
    assert!(waiting.join().unwrap().is_err());
}
