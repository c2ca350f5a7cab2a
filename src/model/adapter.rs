//! Low-rank adapters (LoRA) of the encoder: what `jobclass train --finetune`
//! learns, merged into the weights when the encoder loads, so a fine-tuned
//! encoder runs exactly as fast as the base one.
//!
//! An adapter is a safetensors file of factor pairs: for a weight `W` (n, k)
//! named `N`, the tensors `N.lora_a` (r, k) and `N.lora_b` (n, r), the LoRA
//! scale already folded into `lora_b`, so the merged weight is
//! `W + lora_b · lora_a`. Its `__metadata__` holds one entry, `jobclass`, a
//! JSON [`AdapterInfo`] saying which base model it adapts and how it was
//! made. The adapter shipped in `models/adapter.safetensors` is compiled in
//! ([`Adapter::builtin`]).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use safetensors::{Dtype, SafeTensors, tensor::TensorView};
use serde::{Deserialize, Serialize};

use super::files::MODEL_SHA256;
use crate::error::{Error, Result};
use crate::io::sha256_bytes;

/// Version of the adapter file format.
pub const FORMAT_VERSION: u32 = 1;

/// The adapter `jobclass train --finetune` made from `datasets/examples-postings.csv`.
const BUILTIN_BYTES: &[u8] = include_bytes!("../../models/adapter.safetensors");

/// The largest adapter file read: the shipped one (rank 8) is 1.3 MB; this
/// holds adapters of rank 300 and more, far beyond what low-rank adaptation
/// of a 384-wide encoder uses.
pub const MAX_ADAPTER_BYTES: u64 = 64 << 20;

/// Bound on the absolute value of every factor. The shipped adapter's largest
/// is below 0.1; factors a thousand times larger would not adapt the encoder
/// but replace it, and within this bound the merged weights stay finite.
pub const MAX_FACTOR: f32 = 100.0;

/// The metadata key that holds [`AdapterInfo`].
const INFO_KEY: &str = "jobclass";

/// What an adapter adapts and how it was made.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct AdapterInfo {
    /// File format version.
    pub version: u32,
    /// sha256 of the base model's `model.safetensors` it was trained on.
    pub base_model_sha256: String,
    /// Rank of the factors.
    pub rank: usize,
    /// LoRA alpha (the scale `alpha / rank` is folded into `lora_b`).
    pub alpha: f64,
    /// The training file's name and sha256.
    pub data_file: String,
    /// sha256 of the training file's bytes.
    pub data_sha256: String,
    /// Everything else that decides the result (seed, steps, learning rate…),
    /// as the fine-tuning recorded it.
    pub params: serde_json::Value,
    /// The loss of the first and the last tenth of the steps.
    pub loss_first: f64,
    /// See `loss_first`.
    pub loss_last: f64,
}

/// One weight's factors.
#[derive(Debug, Clone)]
struct Factors {
    rank: usize,
    /// (rank, k), row-major.
    a: Vec<f32>,
    /// (n, rank), row-major, scale included.
    b: Vec<f32>,
}

/// A loaded adapter.
#[derive(Debug, Clone)]
pub struct Adapter {
    factors: BTreeMap<String, Factors>,
    info: AdapterInfo,
    sha256: String,
}

/// The factors of one weight as [`Adapter::save`] writes them.
pub struct FactorPair {
    /// Name of the adapted weight, e.g. `encoder.layer.0.attention.self.query.weight`.
    pub weight: String,
    /// Rank.
    pub rank: usize,
    /// Rows of the weight.
    pub n: usize,
    /// Columns of the weight.
    pub k: usize,
    /// (rank, k), row-major.
    pub a: Vec<f32>,
    /// (n, rank), row-major, scale included.
    pub b: Vec<f32>,
}

impl Adapter {
    /// The adapter shipped with jobclass.
    pub fn builtin() -> &'static Adapter {
        static BUILTIN: OnceLock<Adapter> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            Adapter::from_bytes(BUILTIN_BYTES, Path::new("models/adapter.safetensors"))
                .expect("the compiled-in adapter is valid (checked by tests)")
        })
    }

    /// Reads an adapter file (at most [`MAX_ADAPTER_BYTES`]).
    pub fn load(path: &Path) -> Result<Adapter> {
        let bytes = super::files::read_capped(path, MAX_ADAPTER_BYTES, "adapter file")?;
        Adapter::from_bytes(&bytes, path)
    }

    /// Parses an adapter from its bytes; `path` names it in errors.
    pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<Adapter> {
        let bad = |reason: String| Error::Load {
            path: path.to_path_buf(),
            reason,
        };
        let (_, meta) =
            SafeTensors::read_metadata(bytes).map_err(|e| bad(format!("not safetensors: {e}")))?;
        let info: AdapterInfo = meta
            .metadata()
            .as_ref()
            .and_then(|m| m.get(INFO_KEY))
            .ok_or_else(|| bad("no jobclass metadata: not an adapter made by jobclass".into()))
            .and_then(|s| serde_json::from_str(s).map_err(|e| bad(format!("metadata: {e}"))))?;
        if info.version != FORMAT_VERSION {
            return Err(bad(format!(
                "adapter format {} (this jobclass reads {FORMAT_VERSION})",
                info.version
            )));
        }
        if info.base_model_sha256 != MODEL_SHA256 {
            return Err(bad(format!(
                "made for the model with sha256 {}, not the pinned one ({MODEL_SHA256})",
                info.base_model_sha256
            )));
        }
        let st = SafeTensors::deserialize(bytes).map_err(|e| bad(e.to_string()))?;
        let mut tensors: HashMap<String, TensorView> = st.tensors().into_iter().collect();
        let mut factors = BTreeMap::new();
        let mut names: Vec<String> = tensors.keys().cloned().collect();
        names.sort();
        for name in names {
            let Some(weight) = name.strip_suffix(".lora_a") else {
                continue;
            };
            let a = tensors.remove(&name).expect("listed");
            let b_name = format!("{weight}.lora_b");
            let b = tensors
                .remove(&b_name)
                .ok_or_else(|| bad(format!("{name} has no {b_name}")))?;
            let (ash, bsh) = (a.shape().to_vec(), b.shape().to_vec());
            if ash.len() != 2 || bsh.len() != 2 || ash[0] != bsh[1] || ash[0] == 0 {
                return Err(bad(format!(
                    "{weight}: factor shapes {ash:?} and {bsh:?} do not multiply"
                )));
            }
            let values = |v: &TensorView, name: &str| {
                f32_values(v)
                    .and_then(|x| check_factors(&x).map(|()| x))
                    .map_err(|e| bad(format!("{name}: {e}")))
            };
            factors.insert(
                weight.to_string(),
                Factors {
                    rank: ash[0],
                    a: values(&a, &name)?,
                    b: values(&b, &b_name)?,
                },
            );
        }
        if let Some(extra) = tensors.keys().next() {
            return Err(bad(format!("{extra} is not a LoRA factor")));
        }
        if factors.is_empty() {
            return Err(bad("the adapter holds no factors".into()));
        }
        Ok(Adapter {
            factors,
            info,
            sha256: sha256_bytes(bytes),
        })
    }

    /// Writes factors and their metadata as an adapter file (the same inputs
    /// give the same bytes) and returns its sha256.
    pub fn save(pairs: &[FactorPair], info: &AdapterInfo, path: &Path) -> Result<String> {
        let bytes = Adapter::to_bytes(pairs, info)?;
        crate::disk::atomic::write_atomically(path, |w| w.write_all(&bytes))?;
        Ok(sha256_bytes(&bytes))
    }

    /// The bytes [`Adapter::save`] writes; refused when [`Adapter::from_bytes`]
    /// would not read them back (a factor that is not finite or beyond
    /// [`MAX_FACTOR`], as a diverged fine-tuning makes).
    pub fn to_bytes(pairs: &[FactorPair], info: &AdapterInfo) -> Result<Vec<u8>> {
        for p in pairs {
            for (part, values) in [("lora_a", &p.a), ("lora_b", &p.b)] {
                check_factors(values).map_err(|e| {
                    Error::Input(format!(
                        "the adapter cannot be written: {}.{part}: {e} (lower --lr)",
                        p.weight
                    ))
                })?;
            }
        }
        if ![info.alpha, info.loss_first, info.loss_last]
            .iter()
            .all(|x| x.is_finite())
        {
            return Err(Error::Input(format!(
                "the adapter cannot be written: its alpha or losses are not finite numbers \
                 (alpha {}, loss {} -> {}; lower --lr)",
                info.alpha, info.loss_first, info.loss_last
            )));
        }
        let raw: Vec<(String, Vec<usize>, Vec<u8>)> = pairs
            .iter()
            .flat_map(|p| {
                [
                    (format!("{}.lora_a", p.weight), vec![p.rank, p.k], &p.a),
                    (format!("{}.lora_b", p.weight), vec![p.n, p.rank], &p.b),
                ]
            })
            .map(|(name, shape, v)| {
                (
                    name,
                    shape,
                    v.iter().flat_map(|x| x.to_le_bytes()).collect(),
                )
            })
            .collect();
        let views = raw
            .iter()
            .map(|(name, shape, data)| {
                TensorView::new(Dtype::F32, shape.clone(), data).map(|v| (name.clone(), v))
            })
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(|e| Error::Input(format!("adapter tensors: {e}")))?;
        let meta = HashMap::from([(
            INFO_KEY.to_string(),
            serde_json::to_string(info).expect("plain data serialises"),
        )]);
        safetensors::serialize(views, Some(meta))
            .map_err(|e| Error::Input(format!("adapter tensors: {e}")))
    }

    /// How it was made.
    pub fn info(&self) -> &AdapterInfo {
        &self.info
    }

    /// sha256 of the file's bytes: what a head trained on this adapter's
    /// vectors records.
    pub fn sha256(&self) -> &str {
        &self.sha256
    }

    /// The names of the weights it changes.
    pub fn weights(&self) -> impl Iterator<Item = &str> {
        self.factors.keys().map(String::as_str)
    }

    /// Adds this adapter's change to weight `name` (row-major, its shape
    /// that of `lora_b · lora_a`), if it has one; says whether it did.
    pub fn merge_into(&self, name: &str, w: &mut [f32]) -> Result<bool> {
        let Some(f) = self.factors.get(name) else {
            return Ok(false);
        };
        let r = f.rank;
        let (n, k) = (f.b.len() / r, f.a.len() / r);
        if w.len() != n * k {
            return Err(Error::Input(format!(
                "adapter factors of {name} ({n} x {r}, {r} x {k}) do not fit its {} values",
                w.len()
            )));
        }
        for (row, b_row) in w.chunks_exact_mut(k).zip(f.b.chunks_exact(r)) {
            for (&bv, a_row) in b_row.iter().zip(f.a.chunks_exact(k)) {
                for (x, &av) in row.iter_mut().zip(a_row) {
                    *x += bv * av;
                }
            }
        }
        Ok(true)
    }
}

/// Which encoder turns segments into vectors.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum EncoderChoice {
    /// all-MiniLM-L6-v2 as published (what `embed` always uses).
    #[default]
    Base,
    /// all-MiniLM-L6-v2 with the shipped adapter merged in.
    Tuned,
    /// all-MiniLM-L6-v2 with the adapter in this file merged in.
    File(PathBuf),
}

impl std::str::FromStr for EncoderChoice {
    type Err = String;

    /// `tuned`, `base`, or the path of an adapter file.
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "tuned" => Ok(EncoderChoice::Tuned),
            "base" => Ok(EncoderChoice::Base),
            "" => Err("expected tuned, base or the path of an adapter file".into()),
            path => Ok(EncoderChoice::File(PathBuf::from(path))),
        }
    }
}

impl std::fmt::Display for EncoderChoice {
    /// What [`str::parse`] reads back.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EncoderChoice::Tuned => f.write_str("tuned"),
            EncoderChoice::Base => f.write_str("base"),
            EncoderChoice::File(p) => write!(f, "{}", p.display()),
        }
    }
}

impl EncoderChoice {
    /// The adapter to merge in, if any.
    pub fn adapter(&self) -> Result<Option<Adapter>> {
        match self {
            EncoderChoice::Tuned => Ok(Some(Adapter::builtin().clone())),
            EncoderChoice::Base => Ok(None),
            EncoderChoice::File(p) => Adapter::load(p).map(Some),
        }
    }
}

/// Factors a merge can use: finite and within [`MAX_FACTOR`].
fn check_factors(values: &[f32]) -> std::result::Result<(), String> {
    match values
        .iter()
        .find(|x| !(-MAX_FACTOR..=MAX_FACTOR).contains(*x))
    {
        None => Ok(()),
        Some(x) => Err(format!(
            "a factor is {x:?}; every one must be a number from -{MAX_FACTOR} to {MAX_FACTOR}"
        )),
    }
}

fn f32_values(v: &TensorView) -> std::result::Result<Vec<f32>, String> {
    if v.dtype() != Dtype::F32 {
        return Err(format!("{:?}, not F32", v.dtype()));
    }
    Ok(v.data()
        .chunks_exact(4)
        .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info() -> AdapterInfo {
        AdapterInfo {
            version: FORMAT_VERSION,
            base_model_sha256: MODEL_SHA256.into(),
            rank: 1,
            alpha: 1.0,
            data_file: "x.csv".into(),
            data_sha256: "00".into(),
            params: serde_json::json!({"seed": 1}),
            loss_first: 1.0,
            loss_last: 0.5,
        }
    }

    fn pair() -> FactorPair {
        FactorPair {
            weight: "w".into(),
            rank: 1,
            n: 2,
            k: 3,
            a: vec![1.0, 2.0, 3.0],
            b: vec![10.0, -1.0],
        }
    }

    #[test]
    fn merging_adds_b_times_a() {
        let bytes = Adapter::to_bytes(&[pair()], &info()).unwrap();
        let a = Adapter::from_bytes(&bytes, Path::new("t")).unwrap();
        let mut w = vec![0.5f32; 6];
        assert!(a.merge_into("w", &mut w).unwrap());
        assert_eq!(w, vec![10.5, 20.5, 30.5, -0.5, -1.5, -2.5]);
        assert!(!a.merge_into("other", &mut w).unwrap());
        assert!(a.merge_into("w", &mut w[..4]).is_err());
        assert_eq!(a.info(), &info());
    }

    #[test]
    fn the_same_factors_give_the_same_bytes() {
        let one = Adapter::to_bytes(&[pair()], &info()).unwrap();
        assert_eq!(one, Adapter::to_bytes(&[pair()], &info()).unwrap());
    }

    #[test]
    fn an_adapter_for_another_model_is_refused() {
        let mut other = info();
        other.base_model_sha256 = "ab".into();
        let bytes = Adapter::to_bytes(&[pair()], &other).unwrap();
        let e = Adapter::from_bytes(&bytes, Path::new("t")).unwrap_err();
        assert!(e.to_string().contains("not the pinned one"), "{e}");
        let e = Adapter::from_bytes(b"not an adapter", Path::new("t")).unwrap_err();
        assert!(e.to_string().contains("not safetensors"), "{e}");
    }

    #[test]
    fn the_builtin_adapter_loads() {
        let a = Adapter::builtin();
        assert!(a.weights().count() > 0);
        assert_eq!(a.info().base_model_sha256, MODEL_SHA256);
    }

    #[test]
    fn encoder_choices_parse_and_print() {
        for s in ["tuned", "base", "some/adapter.safetensors"] {
            assert_eq!(s.parse::<EncoderChoice>().unwrap().to_string(), s);
        }
        assert!("".parse::<EncoderChoice>().is_err());
    }
}
