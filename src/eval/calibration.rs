//! How well confidence matches accuracy: the postings sorted into equal-width
//! bins of confidence, and the expected calibration error (ECE) over them.

/// Bins of the calibration: ECE, the reliability diagram, the confidence histogram.
pub const BINS: usize = 10;

/// The postings whose confidence fell in `[low, high)` (the last bin also
/// takes 1.0).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Bin {
    /// Lower edge of the bin.
    pub low: f64,
    /// Upper edge.
    pub high: f64,
    /// Postings in it.
    pub n: usize,
    /// Of them, predicted right.
    pub right: usize,
    /// Their mean confidence (0 for an empty bin).
    pub confidence: f64,
}

impl Bin {
    /// Fraction of its postings predicted right (0 for an empty bin).
    pub fn accuracy(&self) -> f64 {
        self.right as f64 / self.n.max(1) as f64
    }
}

/// Expected calibration error: the support-weighted mean, over `bins`
/// equal-width bins of confidence, of |accuracy - mean confidence|.
pub fn expected_calibration_error(confidence: &[f32], right: &[bool], bins: usize) -> f64 {
    ece_of_bins(&calibration_bins(confidence, right, bins), confidence.len())
}

/// Sorts the postings into `bins` equal-width bins of confidence.
pub fn calibration_bins(confidence: &[f32], right: &[bool], bins: usize) -> Vec<Bin> {
    assert_eq!(confidence.len(), right.len());
    let mut out: Vec<Bin> = (0..bins)
        .map(|b| Bin {
            low: b as f64 / bins as f64,
            high: (b + 1) as f64 / bins as f64,
            ..Bin::default()
        })
        .collect();
    for (&c, &r) in confidence.iter().zip(right) {
        let bin = &mut out[((c as f64 * bins as f64) as usize).min(bins - 1)];
        bin.n += 1;
        bin.right += usize::from(r);
        // The sum for now; the mean below.
        bin.confidence += c as f64;
    }
    for bin in &mut out {
        bin.confidence /= bin.n.max(1) as f64;
    }
    out
}

/// ECE of bins holding `n` postings in all (0 when there are none).
pub(super) fn ece_of_bins(bins: &[Bin], n: usize) -> f64 {
    bins.iter()
        .map(|b| b.n as f64 * (b.accuracy() - b.confidence).abs())
        .sum::<f64>()
        / n.max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calibration_bins_hold_each_posting_once() {
        let conf = [0.05, 0.95, 1.0, 0.55, 0.59, 0.6];
        let right = [false, true, false, true, false, true];
        let bins = calibration_bins(&conf, &right, 10);
        assert_eq!(bins.len(), 10);
        assert_eq!(bins.iter().map(|b| b.n).sum::<usize>(), 6);
        assert_eq!((bins[0].n, bins[0].right), (1, 0));
        // 1.0 goes in the last bin, with 0.95.
        assert_eq!((bins[9].n, bins[9].right), (2, 1));
        assert!((bins[9].confidence - 0.975).abs() < 1e-6);
        assert_eq!((bins[5].n, bins[5].right), (2, 1));
        assert_eq!((bins[6].n, bins[6].right), (1, 1));
        assert!((bins[6].low - 0.6).abs() < 1e-12 && (bins[6].high - 0.7).abs() < 1e-12);
        assert_eq!(
            bins[3],
            Bin {
                low: 0.3,
                high: 0.4,
                ..Bin::default()
            }
        );
        let r = super::super::evaluate(&["a"], &["a"; 6], &["a", "a", "b", "a", "b", "a"], &conf);
        let j = r.to_json();
        assert_eq!(j["calibration"][9]["n"], 2);
        assert_eq!(j["calibration"][9]["right"], 1);
        assert_eq!(j["calibration"].as_array().unwrap().len(), 10);
    }

    #[test]
    fn ece_of_perfectly_calibrated_bins_is_zero() {
        let conf = [0.75, 0.75, 0.75, 0.75];
        assert!(expected_calibration_error(&conf, &[true, true, true, false], 10) < 1e-9);
        assert!((expected_calibration_error(&[1.0, 1.0], &[false, false], 10) - 1.0).abs() < 1e-9);
    }
}
