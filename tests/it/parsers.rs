//! Property tests of the parsers of the files a user hands jobclass, a head
//! (`Head::from_json`), an adapter (`Adapter::from_bytes`) and a feed model
//! (`FeedModel::from_bytes`): whatever bytes they are given, they never
//! panic, and what they accept gives finite answers: a head's probabilities
//! are numbers that sum to 1, also once role mentions are weighed in and a
//! label is chosen as the classifier does; an adapter's merged weights are
//! finite; a feed model's probabilities for any text are numbers that sum
//! to 1, and so are the classifier's once they are mixed in. `scripts/fuzz.sh` runs them for much
//! longer (`JOBCLASS_FUZZ_CASES`).

use std::path::Path;
use std::sync::LazyLock;

use jobclass::labels::SET_ASIDE;
use jobclass::model::adapter::{Adapter, AdapterInfo, FactorPair};
use jobclass::model::embed::DIM;
use jobclass::pipeline::feed::FeedModel;
use jobclass::pipeline::feed_mix::mix_feed;
use jobclass::pipeline::head::Head;
use jobclass::pipeline::mentions::Mentions;
use jobclass::pipeline::prediction::Prediction;
use proptest::prelude::*;

static HEAD_JSON: LazyLock<serde_json::Value> = LazyLock::new(|| {
    serde_json::to_value(Head::builtin(&"tuned".parse().unwrap()).unwrap()).unwrap()
});

/// An adapter file's bytes, and the name and size of each weight it changes.
type AdapterFile = (Vec<u8>, Vec<(String, usize)>);

/// A small adapter (two weights, rank 2).
static ADAPTER: LazyLock<AdapterFile> = LazyLock::new(|| {
    let pair = |weight: &str, n: usize, k: usize| FactorPair {
        weight: weight.into(),
        rank: 2,
        n,
        k,
        a: (0..2 * k).map(|i| i as f32 * 0.01).collect(),
        b: (0..n * 2).map(|i| 0.05 - i as f32 * 0.01).collect(),
    };
    let pairs = [pair("w.one", 3, 4), pair("w.two", 2, 5)];
    let info = AdapterInfo {
        version: jobclass::model::adapter::FORMAT_VERSION,
        base_model_sha256: jobclass::model::files::MODEL_SHA256.into(),
        rank: 2,
        alpha: 4.0,
        data_file: "x.csv".into(),
        data_sha256: "00".into(),
        params: serde_json::json!({"seed": 1}),
        loss_first: 1.0,
        loss_last: 0.5,
    };
    let sizes = pairs
        .iter()
        .map(|p| (p.weight.clone(), p.n * p.k))
        .collect();
    (Adapter::to_bytes(&pairs, &info).unwrap(), sizes)
});

/// A small feed model's JSON, as `jobclass adapt` writes it.
static FEED_JSON: LazyLock<serde_json::Value> = LazyLock::new(|| {
    let texts: Vec<String> = (0..24)
        .map(|n| {
            let (role, words) = [("DevOps", "zorblax quintor"), ("SRE", "flimwex trandor")][n % 2];
            format!("We are hiring a {role} engineer for the {words} stack, team {n}.")
        })
        .collect();
    let settings = jobclass::training::feed_fit::AdaptSettings {
        min_examples: 1,
        ..Default::default()
    };
    let model = jobclass::training::feed_fit::adapt(&texts, &settings)
        .unwrap()
        .model;
    serde_json::from_str(&model.to_json()).unwrap()
});

/// One change to a feed model's JSON: a number of `idf`, `weights` or
/// `bias` set to any finite number, or all of a list's, a term replaced, an
/// element of a list removed, a count set.
#[derive(Debug, Clone)]
enum FeedEdit {
    Number(usize, usize, f64),
    Fill(usize, f64),
    Term(usize, String),
    Remove(usize, usize),
    Count(usize, u64),
}

fn feed_edit() -> impl Strategy<Value = FeedEdit> {
    let number = prop_oneof![
        any::<f64>().prop_filter("finite", |x| x.is_finite()),
        -1e5f64..1e5,
        Just(3.4e38),
        Just(-1e39),
        Just(0.0),
    ];
    prop_oneof![
        (0..5usize, any::<usize>(), number.clone()).prop_map(|(f, i, x)| FeedEdit::Number(f, i, x)),
        (0..4usize, number).prop_map(|(f, x)| FeedEdit::Fill(f, x)),
        (any::<usize>(), "\\PC{0,12}").prop_map(|(i, t)| FeedEdit::Term(i, t)),
        (0..6usize, any::<usize>()).prop_map(|(f, i)| FeedEdit::Remove(f, i)),
        (0..4usize, prop_oneof![Just(0u64), Just(1), any::<u64>()])
            .prop_map(|(f, n)| FeedEdit::Count(f, n)),
    ]
}

/// The small feed model's JSON with `edits` made.
fn mutated_feed(edits: &[FeedEdit]) -> String {
    let mut v = FEED_JSON.clone();
    fn list(v: &mut serde_json::Value, f: usize) -> &mut Vec<serde_json::Value> {
        let node = match f {
            0 => &mut v["idf"],
            1 => &mut v["bias"],
            2 => &mut v["weights"][0],
            3 => &mut v["weights"][1],
            4 => &mut v["vocabulary"],
            _ => &mut v["classes"],
        };
        node.as_array_mut().unwrap()
    }
    for e in edits {
        match e {
            FeedEdit::Number(f, i, x) => {
                let l = list(&mut v, (*f).min(3));
                if !l.is_empty() {
                    let n = l.len();
                    l[i % n] = serde_json::json!(x);
                }
            }
            FeedEdit::Fill(f, x) => list(&mut v, *f)
                .iter_mut()
                .for_each(|y| *y = serde_json::json!(x)),
            FeedEdit::Term(i, t) => {
                let l = v["vocabulary"].as_array_mut().unwrap();
                let n = l.len();
                l[i % n] = t.clone().into();
            }
            FeedEdit::Remove(f, i) => {
                let l = list(&mut v, *f);
                if !l.is_empty() {
                    let n = l.len();
                    l.remove(i % n);
                }
            }
            FeedEdit::Count(f, n) => match f {
                0 => v["postings"] = (*n).into(),
                f => v["examples"][f - 1] = (*n).into(),
            },
        }
    }
    v.to_string()
}

/// What an accepted feed model must give for any text: finite probabilities
/// that sum to 1, finite pushes, and, mixed into the classifier's, finite
/// probabilities that still sum to 1.
fn check_accepted_feed(m: &FeedModel, text: &str) -> Result<(), TestCaseError> {
    let r = m.read(text);
    let sum: f32 = r.scores.iter().map(|(_, p)| p).sum();
    prop_assert!(
        r.scores.iter().all(|(_, p)| p.is_finite()),
        "{:?}",
        r.scores
    );
    prop_assert!((sum - 1.0).abs() < 1e-3, "{:?}", r.scores);
    prop_assert!(r.words.iter().all(|(_, w)| w.is_finite()), "{:?}", r.words);
    let labels: Vec<String> = ["devops", "sre", "platform", "other"]
        .map(String::from)
        .into();
    let mixed = mix_feed(&labels, &[0.3, 0.3, 0.2, 0.2], &r.scores, 0.8);
    prop_assert!(mixed.iter().all(|p| p.is_finite()), "{mixed:?}");
    prop_assert!((mixed.iter().sum::<f32>() - 1.0).abs() < 1e-3, "{mixed:?}");
    Ok(())
}

/// Texts that use the model's words, many times over, or anything.
fn feed_text() -> impl Strategy<Value = String> {
    prop_oneof![
        (1..2000usize).prop_map(|n| "zorblax quintor flimwex trandor team stack ".repeat(n)),
        "\\PC{0,200}",
    ]
}

/// A unit vector from any numbers (a fixed one when they are all zero): what
/// the encoder gives the head.
fn unit(raw: &[f32]) -> Vec<f32> {
    let mut v: Vec<f32> = (0..DIM).map(|i| raw[i % raw.len()]).collect();
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|x| *x /= norm);
    } else {
        v[0] = 1.0;
    }
    v
}

fn check_probs(p: &[f32], what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        p.iter().all(|x| x.is_finite() && *x >= 0.0),
        "{what}: {p:?}"
    );
    let sum: f32 = p.iter().sum();
    prop_assert!((sum - 1.0).abs() < 1e-4, "{what} sum to {sum}");
    Ok(())
}

/// What the classifier does with one vector and a head that was accepted:
/// the head's probabilities, `shared` and `boilerplate` set aside, the
/// mentions weighed in, a label chosen; every step finite.
fn check_accepted_head(head: &Head, raw: &[f32], m: Mentions) -> Result<(), TestCaseError> {
    let all = head.predict(&unit(raw));
    prop_assert_eq!(all.len(), head.labels.len());
    check_probs(&all, "the head's probabilities")?;
    let kept: Vec<usize> = (0..head.labels.len())
        .filter(|&i| !SET_ASIDE.contains(&head.labels[i].as_str()))
        .collect();
    let labels: Vec<String> = kept.iter().map(|&i| head.labels[i].clone()).collect();
    let rest: f32 = kept.iter().map(|&i| all[i]).sum::<f32>().max(1e-6);
    let content: Vec<f32> = kept.iter().map(|&i| all[i] / rest).collect();
    // The scope gate, when the head has one, reads the same vector.
    let gate = head.scope.as_ref().map_or(0.0, |g| g.logit(&unit(raw)));
    prop_assert!(gate.is_finite());
    let combined = head.mention_weights().combine(&labels, &content, &m, -gate);
    check_probs(&combined, "with mentions")?;
    let pred = Prediction::from_probs(&labels, &combined);
    prop_assert!(pred.confidence.is_finite());
    Ok(())
}

/// A JSON value to put in place of another: numbers of every size, and
/// values of the wrong type.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    prop_oneof![
        any::<f64>().prop_map(|x| serde_json::json!(x)),
        prop::sample::select(vec![
            0.0, 1e-45, -1e-45, 1e-3, 0.5, 1.0, 99.0, 100.0, 101.0, 1e4, 1e5, 3e38, 1e39, -1e39,
        ])
        .prop_map(|x| serde_json::json!(x)),
        any::<i64>().prop_map(|x| serde_json::json!(x)),
        Just(serde_json::Value::Null),
        "[a-z]{0,12}".prop_map(serde_json::Value::String),
        prop::sample::select(vec![
            "devops",
            "sre",
            "platform",
            "other",
            "shared",
            "boilerplate"
        ])
        .prop_map(|s| serde_json::json!(s)),
        Just(serde_json::json!([])),
        Just(serde_json::json!({})),
    ]
}

/// Every place in a JSON value, as a path of keys and indices.
fn places(v: &serde_json::Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(at.clone());
    let children: Vec<(String, &serde_json::Value)> = match v {
        serde_json::Value::Object(m) => m.iter().map(|(k, c)| (k.clone(), c)).collect(),
        // Of a weight row, a few places suffice.
        serde_json::Value::Array(a) => a
            .iter()
            .enumerate()
            .filter(|(i, _)| a.len() < 10 || *i < 3 || *i + 1 == a.len())
            .map(|(i, c)| (i.to_string(), c))
            .collect(),
        _ => Vec::new(),
    };
    for (k, c) in children {
        at.push(k);
        places(c, at, out);
        at.pop();
    }
}

static HEAD_PLACES: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    let mut out = Vec::new();
    places(&HEAD_JSON, &mut Vec::new(), &mut out);
    out
});

fn at_mut<'a>(v: &'a mut serde_json::Value, path: &[String]) -> Option<&'a mut serde_json::Value> {
    path.iter().try_fold(v, |v, k| match v {
        serde_json::Value::Object(m) => m.get_mut(k),
        serde_json::Value::Array(a) => a.get_mut(k.parse::<usize>().ok()?),
        _ => None,
    })
}

/// What a mutation of the valid head does at one place.
#[derive(Debug, Clone)]
enum Edit {
    Set(serde_json::Value),
    Remove,
    Truncate(usize),
}

fn edit() -> impl Strategy<Value = (prop::sample::Index, Edit)> {
    let e = prop_oneof![
        4 => json_value().prop_map(Edit::Set),
        1 => Just(Edit::Remove),
        1 => (0usize..8).prop_map(Edit::Truncate),
    ];
    (any::<prop::sample::Index>(), e)
}

fn mutated_head(edits: &[(prop::sample::Index, Edit)]) -> String {
    let mut v = HEAD_JSON.clone();
    for (i, e) in edits {
        let path = i.get(&HEAD_PLACES);
        let Some((last, parent)) = path.split_last() else {
            continue;
        };
        let Some(p) = at_mut(&mut v, parent) else {
            continue;
        };
        match (e, p) {
            (Edit::Set(x), p) => {
                if let Some(slot) = at_mut(p, std::slice::from_ref(last)) {
                    *slot = x.clone();
                }
            }
            (Edit::Remove, serde_json::Value::Object(m)) => {
                m.shift_remove(last);
            }
            (Edit::Remove, serde_json::Value::Array(a)) => {
                if let Ok(i) = last.parse::<usize>()
                    && i < a.len()
                {
                    a.remove(i);
                }
            }
            (Edit::Truncate(n), p) => {
                if let Some(serde_json::Value::Array(a)) = at_mut(p, std::slice::from_ref(last)) {
                    a.truncate(*n);
                }
            }
            _ => {}
        }
    }
    serde_json::to_string(&v).unwrap()
}

fn mentions() -> impl Strategy<Value = Mentions> {
    let counts = prop_oneof![Just(0u32), 0u32..5, any::<u32>()];
    (
        [counts.clone(), counts.clone(), counts.clone()],
        [counts.clone(), counts.clone(), counts.clone()],
        counts,
    )
        .prop_map(|(job, passing, other_jobs)| Mentions {
            job,
            passing,
            other_jobs,
        })
}

fn vector() -> impl Strategy<Value = Vec<f32>> {
    prop::collection::vec(-1.0f32..1.0, 1..DIM)
}

/// Flips, overwrites or cuts the bytes of the valid adapter.
fn mutated_adapter() -> impl Strategy<Value = Vec<u8>> {
    let len = ADAPTER.0.len();
    // Most of a small adapter is its header; aim half of the changes at the
    // factors, a value at a time.
    let header = u64::from_le_bytes(ADAPTER.0[..8].try_into().unwrap()) as usize;
    let value = (0..(len - 8 - header) / 4).prop_map(move |i| 8 + header + 4 * i);
    let change = prop_oneof![
        (0..len, any::<u8>()).prop_map(|(i, b)| (i, vec![b])),
        (0..len, any::<[u8; 4]>()).prop_map(|(i, b)| (i, b.to_vec())),
        (value.clone(), any::<[u8; 4]>()).prop_map(|(i, b)| (i, b.to_vec())),
        (
            value,
            prop::sample::select(vec![f32::NAN, f32::INFINITY, 1e30, 100.0, -1e3, 1e-40])
        )
            .prop_map(|(i, x)| (i, x.to_le_bytes().to_vec())),
    ];
    let cut = prop_oneof![4 => Just(None), 1 => (0..len).prop_map(Some)];
    (prop::collection::vec(change, 1..4), cut).prop_map(|(changes, cut)| {
        let mut bytes = ADAPTER.0.clone();
        for (i, b) in changes {
            for (j, x) in b.into_iter().enumerate() {
                if let Some(slot) = bytes.get_mut(i + j) {
                    *slot = x;
                }
            }
        }
        if let Some(n) = cut {
            bytes.truncate(n);
        }
        bytes
    })
}

/// What the encoder does with an accepted adapter: merges it into weights
/// of the size it was made for; every merged value is finite.
fn check_accepted_adapter(a: &Adapter) -> Result<(), TestCaseError> {
    for name in a.weights() {
        let Some((_, size)) = ADAPTER.1.iter().find(|(w, _)| w == name) else {
            continue; // a weight the model lacks: refused when the encoder loads
        };
        let mut w = vec![0.25f32; *size];
        if a.merge_into(name, &mut w).unwrap_or(false) {
            prop_assert!(w.iter().all(|x| x.is_finite()), "{name}: {w:?}");
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("JOBCLASS_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(128)
    ))]

    #[test]
    fn head_parser_survives_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400), v in vector(), m in mentions()) {
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(head) = Head::from_json(&text, Path::new("fuzz.json")) {
            check_accepted_head(&head, &v, m)?;
        }
    }

    #[test]
    fn head_parser_survives_mutated_heads(edits in prop::collection::vec(edit(), 1..4), v in vector(), m in mentions()) {
        let text = mutated_head(&edits);
        if let Ok(head) = Head::from_json(&text, Path::new("fuzz.json")) {
            check_accepted_head(&head, &v, m)?;
        }
    }

    #[test]
    fn feed_model_parser_survives_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400), text in feed_text()) {
        if let Ok(m) = FeedModel::from_bytes(&bytes, Path::new("fuzz.json")) {
            check_accepted_feed(&m, &text)?;
        }
    }

    #[test]
    fn feed_model_parser_survives_mutated_models(edits in prop::collection::vec(feed_edit(), 1..4), text in feed_text()) {
        let json = mutated_feed(&edits);
        if let Ok(m) = FeedModel::from_bytes(json.as_bytes(), Path::new("fuzz.json")) {
            check_accepted_feed(&m, &text)?;
        }
    }

    #[test]
    fn adapter_parser_survives_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(a) = Adapter::from_bytes(&bytes, Path::new("fuzz.safetensors")) {
            check_accepted_adapter(&a)?;
        }
    }

    #[test]
    fn adapter_parser_survives_mutated_adapters(bytes in mutated_adapter()) {
        if let Ok(a) = Adapter::from_bytes(&bytes, Path::new("fuzz.safetensors")) {
            check_accepted_adapter(&a)?;
        }
    }
}

#[test]
fn the_unmutated_files_are_accepted() {
    // Else the properties above would only ever see refusals.
    let head = Head::from_json(&mutated_head(&[]), Path::new("h.json")).unwrap();
    assert_eq!(head.labels.len(), 6);
    let a = Adapter::from_bytes(&ADAPTER.0, Path::new("a.safetensors")).unwrap();
    assert_eq!(a.weights().count(), 2);
    let m = FeedModel::from_bytes(mutated_feed(&[]).as_bytes(), Path::new("f.json")).unwrap();
    assert_eq!(m.classes, ["devops", "sre"]);
}
