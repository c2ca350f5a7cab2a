//! Which instruction sets the kernels may use: what the CPU has, capped by
//! `JOBCLASS_CPU` (`generic`, `avx2`, `avxvnni`, `avx512` or `amx`), so that
//! every kernel path can be run and compared on one machine; and what the CPU
//! is and has, for people ([`model_name`], [`instruction_sets`]).

use std::sync::OnceLock;

/// Environment variable that caps the instruction set.
pub const CPU_ENV: &str = "JOBCLASS_CPU";

/// An instruction-set level, lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Plain Rust: what the compiler makes of it for the baseline target.
    Generic,
    /// AVX2 and FMA (256-bit).
    Avx2,
    /// AVX2 with AVX-VNNI (`vpdpbusd` on 256 bits, without AVX-512).
    AvxVnni,
    /// AVX-512 F, BW and VL (512-bit).
    Avx512,
    /// AVX-512 with AMX-INT8 tiles (`tdpbusd`), granted by the kernel.
    Amx,
}

impl Level {
    /// Parses `generic`, `avx2`, `avxvnni`, `avx512` or `amx`.
    pub fn parse(s: &str) -> Option<Level> {
        match s.trim().to_ascii_lowercase().as_str() {
            "generic" => Some(Level::Generic),
            "avx2" => Some(Level::Avx2),
            "avxvnni" | "avx-vnni" => Some(Level::AvxVnni),
            "avx512" => Some(Level::Avx512),
            "amx" => Some(Level::Amx),
            _ => None,
        }
    }

    /// The name [`Level::parse`] reads: `generic`, `avx2`, `avxvnni`,
    /// `avx512` or `amx`.
    pub fn name(self) -> &'static str {
        match self {
            Level::Generic => "generic",
            Level::Avx2 => "avx2",
            Level::AvxVnni => "avxvnni",
            Level::Avx512 => "avx512",
            Level::Amx => "amx",
        }
    }
}

/// What this CPU has, before any cap.
pub fn detected() -> Level {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::is_x86_feature_detected as has;
        if has!("avx512f") && has!("avx512bw") && has!("avx512vl") {
            if has!("avx512vnni") && amx_int8_granted() {
                return Level::Amx;
            }
            return Level::Avx512;
        }
        if has!("avx2") && has!("fma") && has!("avxvnni") {
            return Level::AvxVnni;
        }
        if has!("avx2") && has!("fma") {
            return Level::Avx2;
        }
    }
    Level::Generic
}

/// Whether the CPU has AMX tiles (AMX-TILE) and their int8 products
/// (AMX-INT8), from CPUID leaf 7.
#[cfg(target_arch = "x86_64")]
fn amx_tile_int8() -> (bool, bool) {
    // Leaf 7 is read only where the CPU has it (every CPU with AVX2 does).
    let max = std::arch::x86_64::__cpuid(0).eax;
    if max < 7 {
        return (false, false);
    }
    let leaf7 = std::arch::x86_64::__cpuid_count(7, 0);
    (leaf7.edx & (1 << 24) != 0, leaf7.edx & (1 << 25) != 0)
}

/// True when the CPU has AMX tiles with int8 products ([`amx_tile_int8`])
/// and Linux lets this process use the tile registers: they are granted on
/// request (`arch_prctl(ARCH_REQ_XCOMP_PERM, XFEATURE_XTILEDATA)`), for every
/// thread of the process, and the request fails where the kernel or a virtual
/// machine does not support them.
#[cfg(target_arch = "x86_64")]
fn amx_int8_granted() -> bool {
    const ARCH_REQ_XCOMP_PERM: libc::c_long = 0x1023;
    const XFEATURE_XTILEDATA: libc::c_long = 18;
    if amx_tile_int8() != (true, true) {
        return false;
    }
    #[cfg(target_os = "linux")]
    {
        // SAFETY: a system call with integer arguments only.
        let r = unsafe {
            libc::syscall(
                libc::SYS_arch_prctl,
                ARCH_REQ_XCOMP_PERM,
                XFEATURE_XTILEDATA,
            )
        };
        r == 0
    }
    #[cfg(not(target_os = "linux"))]
    {
        false
    }
}

/// The level in force: the CPU's, lowered to `JOBCLASS_CPU` when that is set
/// (a value it cannot parse is ignored, with a warning on stderr). Read once.
pub fn level() -> Level {
    static LEVEL: OnceLock<Level> = OnceLock::new();
    *LEVEL.get_or_init(|| {
        let cpu = detected();
        match std::env::var(CPU_ENV) {
            Ok(v) if !v.is_empty() => match Level::parse(&v) {
                Some(cap) => cpu.min(cap),
                None => {
                    eprintln!(
                        "jobclass: ignoring {CPU_ENV}={v:?}: use generic, avx2, avxvnni, avx512 or amx"
                    );
                    cpu
                }
            },
            _ => cpu,
        }
    })
}

/// AVX-512 BF16 (`vdpbf16ps`) may be used.
pub fn has_bf16() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        level() >= Level::Avx512 && std::arch::is_x86_feature_detected!("avx512bf16")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// AVX-512 VNNI (`vpdpbusd`) may be used.
pub fn has_vnni() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        level() >= Level::Avx512 && std::arch::is_x86_feature_detected!("avx512vnni")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// AMX int8 tiles (`tdpbusd`) may be used.
pub fn has_amx_int8() -> bool {
    level() >= Level::Amx
}

/// AVX-VNNI (`vpdpbusd` on 256-bit registers) may be used.
pub fn has_avx_vnni() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        level() >= Level::AvxVnni && std::arch::is_x86_feature_detected!("avxvnni")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// The instruction sets the kernels use, each with whether this CPU has it
/// (before any cap), named as Linux's `/proc/cpuinfo` names them.
pub fn instruction_sets() -> [(&'static str, bool); 10] {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::is_x86_feature_detected as has;
        let (tile, int8) = amx_tile_int8();
        [
            ("avx2", has!("avx2")),
            ("fma", has!("fma")),
            ("avx512f", has!("avx512f")),
            ("avx512bw", has!("avx512bw")),
            ("avx512vl", has!("avx512vl")),
            ("avx512_vnni", has!("avx512vnni")),
            ("avx512_bf16", has!("avx512bf16")),
            ("avx_vnni", has!("avxvnni")),
            ("amx_tile", tile),
            ("amx_int8", int8),
        ]
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        [
            "avx2",
            "fma",
            "avx512f",
            "avx512bw",
            "avx512vl",
            "avx512_vnni",
            "avx512_bf16",
            "avx_vnni",
            "amx_tile",
            "amx_int8",
        ]
        .map(|name| (name, false))
    }
}

/// True when this process may use AMX-INT8 tiles: the CPU has them and the
/// operating system granted the tile registers (Linux does on request, where
/// the kernel and any virtual machine support them).
pub fn amx_granted() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        amx_int8_granted()
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// The CPU's model name, from `/proc/cpuinfo` (Linux; `None` elsewhere, or
/// where it names none, as on many ARM CPUs).
pub fn model_name() -> Option<String> {
    let info = std::fs::read_to_string("/proc/cpuinfo").ok()?;
    info.lines()
        .filter_map(|l| l.split_once(':'))
        .find(|(key, _)| key.trim() == "model name")
        .map(|(_, name)| name.trim().to_string())
        .filter(|name| !name.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_parse_and_order() {
        assert_eq!(Level::parse(" AVX2 "), Some(Level::Avx2));
        assert_eq!(Level::parse("avx512"), Some(Level::Avx512));
        assert_eq!(Level::parse("generic"), Some(Level::Generic));
        assert_eq!(Level::parse("AvxVnni"), Some(Level::AvxVnni));
        assert_eq!(Level::parse("sse"), None);
        assert!(Level::Generic < Level::Avx2 && Level::Avx2 < Level::AvxVnni);
        assert!(Level::AvxVnni < Level::Avx512 && Level::Avx512 < Level::Amx);
        assert_eq!(Level::parse("AMX"), Some(Level::Amx));
        assert!(level() <= detected());
    }

    #[test]
    fn each_level_is_named_as_it_is_parsed() {
        for l in [
            Level::Generic,
            Level::Avx2,
            Level::AvxVnni,
            Level::Avx512,
            Level::Amx,
        ] {
            assert_eq!(Level::parse(l.name()), Some(l));
        }
    }

    /// What is reported of the CPU agrees with the level it is given.
    #[test]
    fn the_instruction_sets_reported_are_those_of_the_level() {
        let has = |name| instruction_sets().iter().any(|&(n, h)| n == name && h);
        let cpu = detected();
        if cpu >= Level::Avx2 {
            assert!(has("avx2") && has("fma"));
        }
        if cpu >= Level::Avx512 {
            assert!(has("avx512f") && has("avx512bw") && has("avx512vl"));
        }
        assert_eq!(
            cpu == Level::Amx,
            has("avx512_vnni") && amx_granted() && cpu >= Level::Avx512
        );
        if amx_granted() {
            assert!(has("amx_tile") && has("amx_int8"));
        }
    }
}
