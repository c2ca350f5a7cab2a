//! Data in and out: CSV, JSON Lines and Parquet input, one format chosen and
//! opened in [`format`](mod@format), files written atomically, checksums.

pub mod atomic;
pub mod csv_input;
pub mod format;
pub mod jsonl_input;
pub mod output_name;
pub mod parquet_io;
pub mod source;
pub mod temporary;

use std::fs::File;
use std::io::Read;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// sha256 of a file, as lowercase hex; the error names the file.
pub fn sha256_file(path: &Path) -> Result<String> {
    let read = || -> std::io::Result<String> {
        let mut f = File::open(path)?;
        let mut hasher = Sha256::new();
        let mut buf = vec![0u8; 1 << 20];
        loop {
            let n = f.read(&mut buf)?;
            if n == 0 {
                break;
            }
            hasher.update(&buf[..n]);
        }
        Ok(hex(&hasher.finalize()))
    };
    read().map_err(|e| Error::io(format!("cannot read {}", path.display()), e))
}

/// sha256 of bytes in memory, as lowercase hex.
pub fn sha256_bytes(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
