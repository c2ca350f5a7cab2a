//! Records the target the binary is built for, which `jobclass doctor`
//! prints (Cargo tells it only to build scripts).

fn main() {
    let target = std::env::var("TARGET").unwrap_or_else(|_| "unknown".into());
    println!("cargo:rustc-env=JOBCLASS_TARGET={target}");
    println!("cargo:rerun-if-changed=build.rs");
}
