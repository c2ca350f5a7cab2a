//! A feed model's file: compact JSON, read as it is parsed, refused when it
//! is another kind of file, another version, too large or damaged.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{FORMAT, FeedModel, MAX_FILE_BYTES, MAX_TERMS, VERSION, Vocabulary};
use crate::error::{Error, Result};
use crate::labels::ROLES;

/// Rows of numbers read into one flat list: one class's weights a row.
#[derive(Debug, Clone, Default, PartialEq)]
struct Flat {
    values: Vec<f32>,
    rows: Vec<usize>,
}

impl<'de> Deserialize<'de> for Flat {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        use serde::de::{DeserializeSeed, SeqAccess, Visitor};
        struct Row<'a>(&'a mut Vec<f32>);
        impl<'de> DeserializeSeed<'de> for Row<'_> {
            type Value = ();
            fn deserialize<D: serde::Deserializer<'de>>(
                self,
                d: D,
            ) -> std::result::Result<(), D::Error> {
                d.deserialize_seq(self)
            }
        }
        impl<'de> Visitor<'de> for Row<'_> {
            type Value = ();
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of numbers")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
                while let Some(x) = seq.next_element::<f32>()? {
                    self.0.push(x);
                }
                Ok(())
            }
        }
        struct Rows;
        impl<'de> Visitor<'de> for Rows {
            type Value = Flat;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of lists of numbers")
            }
            fn visit_seq<A: SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> std::result::Result<Flat, A::Error> {
                let mut flat = Flat::default();
                while seq.next_element_seed(Row(&mut flat.values))?.is_some() {
                    flat.rows.push(flat.values.len());
                    // A row a class: refused before a file of empty rows
                    // takes memory.
                    if flat.rows.len() > ROLES.len() {
                        return Err(serde::de::Error::custom(format!(
                            "more weight rows than the {} roles",
                            ROLES.len()
                        )));
                    }
                }
                Ok(flat)
            }
        }
        d.deserialize_seq(Rows)
    }
}

/// The file's fields, in its order.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileModel {
    format: String,
    version: u32,
    jobclass_version: String,
    texts_sha256: String,
    postings: u64,
    examples: [u64; ROLES.len()],
    cross_validated_agreement: f32,
    classes: Vec<String>,
    vocabulary: Vocabulary,
    idf: Vec<f32>,
    weights: Flat,
    bias: Vec<f32>,
}

/// What a file says it is, read before the rest.
#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

impl Serialize for FeedModel {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let n = self.vocabulary.len().max(1);
        let mut m = s.serialize_struct("FeedModel", 12)?;
        m.serialize_field("format", &self.format)?;
        m.serialize_field("version", &self.version)?;
        m.serialize_field("jobclass_version", &self.jobclass_version)?;
        m.serialize_field("texts_sha256", &self.texts_sha256)?;
        m.serialize_field("postings", &self.postings)?;
        m.serialize_field("examples", &self.examples)?;
        m.serialize_field("cross_validated_agreement", &self.cross_validated_agreement)?;
        m.serialize_field("classes", &self.classes)?;
        m.serialize_field("vocabulary", &self.vocabulary)?;
        m.serialize_field("idf", &self.idf)?;
        let rows: Vec<&[f32]> = if self.vocabulary.is_empty() {
            self.bias.iter().map(|_| &[][..]).collect()
        } else {
            self.weights.chunks(n).collect()
        };
        m.serialize_field("weights", &rows)?;
        m.serialize_field("bias", &self.bias)?;
        m.end()
    }
}

impl FeedModel {
    /// Reads and checks a feed model file (at most [`MAX_FILE_BYTES`]). The
    /// file is parsed as it is read, never held whole.
    pub fn load(path: &Path) -> Result<FeedModel> {
        let bad = |reason: String| Error::Load {
            path: path.to_path_buf(),
            reason,
        };
        let cannot_read = |e: std::io::Error| bad(format!("cannot read feed model: {e}"));
        let meta = std::fs::metadata(path).map_err(cannot_read)?;
        if meta.is_dir() {
            return Err(bad("it is a folder, not a feed model".into()));
        }
        if meta.len() > MAX_FILE_BYTES {
            return Err(bad(too_large()));
        }
        if !meta.is_file() {
            // A pipe or a FIFO can be read only once: its bytes (at most
            // the cap) are held and parsed from memory.
            use std::io::Read;
            let mut bytes = Vec::new();
            std::fs::File::open(path)
                .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
                .map_err(cannot_read)?;
            return FeedModel::from_bytes(&bytes, path);
        }
        let open = || -> std::io::Result<_> {
            use std::io::Read;
            Ok(std::io::BufReader::with_capacity(
                1 << 16,
                std::fs::File::open(path)?.take(MAX_FILE_BYTES + 1),
            ))
        };
        FeedModel::parse(open, path)
    }

    /// Reads and checks a feed model file's contents; `path` names it in
    /// errors.
    pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<FeedModel> {
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(Error::Load {
                path: path.to_path_buf(),
                reason: too_large(),
            });
        }
        FeedModel::parse(|| Ok(bytes), path)
    }

    /// Parses what `open` reads, twice: what the file says it is first, so
    /// that a file of another kind or version gets a refusal saying so.
    fn parse<R: std::io::Read>(
        open: impl Fn() -> std::io::Result<R>,
        path: &Path,
    ) -> Result<FeedModel> {
        let bad = |reason: String| Error::Load {
            path: path.to_path_buf(),
            reason,
        };
        let cannot_read = |e: std::io::Error| bad(format!("cannot read feed model: {e}"));
        let not_json = |e: serde_json::Error| {
            if e.is_io() {
                bad(format!("cannot read feed model: {e}"))
            } else if e.is_data() {
                bad("not a feed model: not a JSON object; make one with `jobclass adapt`".into())
            } else {
                bad(format!(
                    "not a feed model: not JSON ({e}); make one with `jobclass adapt`"
                ))
            }
        };
        let header: Header =
            serde_json::from_reader(open().map_err(cannot_read)?).map_err(not_json)?;
        if header.format.as_ref().and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(bad(
                "not a feed model (no \"format\": \"jobclass-feed-model\"); make one with `jobclass adapt`"
                    .into(),
            ));
        }
        let version = header.version.as_ref().and_then(|v| v.as_u64());
        if version != Some(u64::from(VERSION)) {
            return Err(bad(format!(
                "a feed model of version {}, and this jobclass reads version {VERSION}: make it again with this jobclass's `adapt`",
                version.map_or("(none)".to_string(), |v| v.to_string())
            )));
        }
        let file: FileModel = serde_json::from_reader(open().map_err(cannot_read)?)
            .map_err(|e| bad(format!("a damaged feed model: {e}")))?;
        let n = file.vocabulary.len();
        let mut start = 0;
        for &end in &file.weights.rows {
            if end - start != n {
                return Err(bad(format!(
                    "a weight row of {} values for {n} terms",
                    end - start
                )));
            }
            start = end;
        }
        if file.weights.rows.len() != file.classes.len() {
            return Err(bad(format!(
                "{} weight rows for {} classes",
                file.weights.rows.len(),
                file.classes.len()
            )));
        }
        let model = FeedModel {
            format: file.format,
            version: file.version,
            jobclass_version: file.jobclass_version,
            texts_sha256: file.texts_sha256,
            postings: file.postings,
            examples: file.examples,
            cross_validated_agreement: file.cross_validated_agreement,
            classes: file.classes,
            vocabulary: file.vocabulary,
            idf: file.idf,
            weights: file.weights.values,
            bias: file.bias,
        };
        model.check().map_err(bad)?;
        Ok(model)
    }

    /// Writes the model as JSON through a temporary file, after checking it
    /// is one [`FeedModel::load`] reads back.
    pub fn save(&self, path: &Path) -> Result<()> {
        self.check().map_err(|reason| {
            Error::Input(format!(
                "the feed model cannot be written to {}: {reason}",
                path.display()
            ))
        })?;
        let text = self.to_json();
        crate::disk::atomic::write_atomically(path, |w| w.write_all(text.as_bytes()))
    }

    /// The file's text: compact JSON, one line, with a newline.
    pub fn to_json(&self) -> String {
        format!(
            "{}\n",
            serde_json::to_string(self).expect("a feed model serialises")
        )
    }
}

/// The error for a file over [`MAX_FILE_BYTES`].
fn too_large() -> String {
    format!(
        "it is larger than {} MiB, the most a feed model may be (every process that labels \
         with it holds it in memory), and far more than `jobclass adapt` writes (at most {} terms); \
         make it again with this jobclass's `adapt`",
        MAX_FILE_BYTES >> 20,
        MAX_TERMS,
    )
}
