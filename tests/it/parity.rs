//! The Rust pipeline must reproduce sentence-transformers' all-MiniLM-L6-v2
//! (shared/fixtures/minilm_reference.json): same token ids, embeddings within 1e-5.

use crate::common::{max_abs_diff, model_dir, reference};
use jobclass::model::embed::{Backend, Embedder, EmbedderConfig};
use jobclass::model::files::ModelFiles;
use jobclass::model::window::Windowing;

fn files() -> ModelFiles {
    jobclass::model::files::ensure_model(&model_dir(), false).unwrap()
}

fn embedder() -> Embedder {
    embedder_with(EmbedderConfig::default())
}

fn embedder_with(config: EmbedderConfig) -> Embedder {
    Embedder::load(&files(), &config).unwrap()
}

/// The default embedder with `batch_size` windows at once.
fn batched(batch_size: usize) -> Embedder {
    embedder_with(EmbedderConfig {
        batch_size,
        ..EmbedderConfig::default()
    })
}

#[test]
fn token_ids_match_the_reference() {
    let e = embedder();
    for (text, ids, _) in reference() {
        assert_eq!(e.input_ids(&text).unwrap(), ids, "token ids of {text:?}");
    }
}

#[test]
fn embeddings_match_one_text_at_a_time() {
    let e = embedder();
    for (text, _, want) in reference() {
        let got = e.embed(&[&text], Windowing::Truncate).unwrap().remove(0);
        let d = max_abs_diff(&got, &want);
        assert!(d < 1e-5, "max abs diff {d} for {text:?}");
    }
}

#[test]
fn embeddings_match_in_one_padded_batch() {
    // Batch size 8 puts all eight texts, of 5 to 256 tokens, in one padded batch.
    let e = batched(8);
    let items = reference();
    let texts: Vec<&str> = items.iter().map(|(t, _, _)| t.as_str()).collect();
    let got = e.embed(&texts, Windowing::Truncate).unwrap();
    for ((text, _, want), got) in items.iter().zip(&got) {
        let d = max_abs_diff(got, want);
        assert!(d < 1e-5, "max abs diff {d} for {text:?} in a batch");
    }
}

#[test]
fn chunking_a_short_text_is_the_same_as_truncating() {
    let e = embedder();
    let text = "Site reliability engineer for our payments platform.";
    let a = e.embed(&[text], Windowing::Truncate).unwrap();
    let b = e.embed(&[text], Windowing::OVERLAPPING).unwrap();
    assert!(max_abs_diff(&a[0], &b[0]) < 1e-6);
}

#[test]
fn a_long_text_gets_several_windows() {
    let e = embedder();
    let long = "We run Kubernetes clusters and care about reliability. ".repeat(100);
    let n = e.tokenize(&long).unwrap().len();
    let w = e.embed_windows(&[&long], Windowing::OVERLAPPING).unwrap();
    assert_eq!(w[0].len(), Windowing::OVERLAPPING.ranges(n).len());
    assert!(w[0].len() > 1);
}

#[test]
fn embed_command_reproduces_the_reference() {
    let items = reference();
    let input: String = items.iter().map(|(t, _, _)| format!("{t}\n")).collect();
    let out = crate::common::jobclass()
        .arg("embed")
        .write_stdin(input)
        .assert()
        .success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let lines: Vec<Vec<f32>> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), items.len());
    for ((text, _, want), got) in items.iter().zip(&lines) {
        assert_eq!(got.len(), 384);
        let d = max_abs_diff(got, want);
        assert!(d < 1e-5, "max abs diff {d} for {text:?} through the binary");
    }
}

#[test]
fn the_candle_reference_engine_matches_too() {
    let e = embedder_with(EmbedderConfig {
        backend: Backend::Candle,
        precision: jobclass::model::precision::Precision::F32,
        batch_size: 8,
        ..EmbedderConfig::default()
    });
    let items = reference();
    let texts: Vec<&str> = items.iter().map(|(t, _, _)| t.as_str()).collect();
    for ((text, _, want), got) in items
        .iter()
        .zip(e.embed(&texts, Windowing::Truncate).unwrap())
    {
        let d = max_abs_diff(&got, want);
        assert!(d < 1e-5, "candle engine: max abs diff {d} for {text:?}");
    }
}

#[test]
fn packing_does_not_change_results() {
    // The fast engine packs sequences without padding; a text's vector must not
    // depend on what else is in its batch.
    let items = reference();
    let texts: Vec<&str> = items.iter().map(|(t, _, _)| t.as_str()).collect();
    let alone: Vec<Vec<f32>> = texts
        .iter()
        .map(|t| {
            batched(1)
                .embed(&[t], Windowing::Truncate)
                .unwrap()
                .remove(0)
        })
        .collect();
    let packed = batched(64).embed(&texts, Windowing::Truncate).unwrap();
    for (a, b) in alone.iter().zip(&packed) {
        assert!(max_abs_diff(a, b) < 1e-6);
    }
}

#[test]
fn bf16_precision_stays_within_cosine_0_9999_of_the_reference() {
    let e = embedder_with(EmbedderConfig {
        backend: Backend::Packed,
        precision: jobclass::model::precision::Precision::Bf16,
        ..EmbedderConfig::default()
    });
    if e.precision() != jobclass::model::precision::Precision::Bf16 {
        eprintln!("this CPU has no AVX-512 BF16: the fp32 fallback is covered by the tests above");
        return;
    }
    let items = reference();
    let texts: Vec<&str> = items.iter().map(|(t, _, _)| t.as_str()).collect();
    for ((text, _, want), got) in items
        .iter()
        .zip(e.embed(&texts, Windowing::Truncate).unwrap())
    {
        let cos: f32 = got.iter().zip(want).map(|(a, b)| a * b).sum();
        assert!(cos > 0.9999, "cosine {cos} for {text:?}");
    }
}

/// The vectors `jobclass embed --precision PRECISION` prints for the reference
/// texts with `JOBCLASS_CPU=cpu`.
fn embed_through_the_binary(precision: &str, cpu: &str) -> Vec<Vec<f32>> {
    let input: String = reference()
        .iter()
        .map(|(t, _, _)| format!("{t}\n"))
        .collect();
    let out = crate::common::jobclass()
        .args(["embed", "--precision", precision])
        .env("JOBCLASS_CPU", cpu)
        .write_stdin(input)
        .assert()
        .success();
    String::from_utf8(out.get_output().stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Every int8 kernel this CPU has (AVX-512 VNNI, AVX-VNNI, AVX2), and the fp32
/// fallback `generic` gives, stay within cosine 0.99 of sentence-transformers
/// (the bar; dynamic int8 in ONNX gets 0.973).
#[test]
fn int8_precision_stays_within_cosine_0_99_of_the_reference_on_every_path() {
    let items = reference();
    for cpu in ["avx512", "avxvnni", "avx2", "generic"] {
        let got = embed_through_the_binary("int8", cpu);
        assert_eq!(got.len(), items.len());
        for ((text, _, want), got) in items.iter().zip(&got) {
            let cos: f32 = got.iter().zip(want).map(|(a, b)| a * b).sum();
            assert!(
                cos > 0.99,
                "cosine {cos} for {text:?} with JOBCLASS_CPU={cpu}"
            );
            if cpu == "generic" {
                // No int8 kernel: the fp32 path, exactly.
                assert!(max_abs_diff(got, want) < 1e-5, "{text:?}");
            }
        }
    }
}
