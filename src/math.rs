//! Small numeric helpers shared by the head, the mention weights and the
//! classifier.

/// Numerically stable softmax.
pub fn softmax(z: &[f32]) -> Vec<f32> {
    let m = z.iter().cloned().fold(f32::NEG_INFINITY, f32::max);
    let e: Vec<f32> = z.iter().map(|v| (v - m).exp()).collect();
    let s: f32 = e.iter().sum();
    e.iter().map(|v| v / s).collect()
}

/// Index of the largest value (the first one on ties).
pub fn argmax(v: impl IntoIterator<Item = f64>) -> usize {
    let mut best = (0, f64::NEG_INFINITY);
    for (i, x) in v.into_iter().enumerate() {
        if x > best.1 {
            best = (i, x);
        }
    }
    best.0
}

/// Scales `v` to unit length (left as is when it is all zeros).
pub fn normalize(v: &mut [f32]) {
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt().max(1e-12);
    v.iter_mut().for_each(|x| *x /= norm);
}

/// The mean of unit vectors, re-normalised (`dim` long when there are none).
pub fn mean_normalized(vectors: &[Vec<f32>], dim: usize) -> Vec<f32> {
    let dim = vectors.first().map_or(dim, |v| v.len());
    let mut m = vec![0f32; dim];
    for v in vectors {
        m.iter_mut().zip(v).for_each(|(a, b)| *a += b);
    }
    normalize(&mut m);
    m
}

/// Rounds a probability to 4 decimals for display; the ranking never changes.
pub fn round4(x: f32) -> f64 {
    (x as f64 * 1e4).round() / 1e4
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn softmax_sums_to_one_and_survives_large_logits() {
        let p = softmax(&[1000.0, 1000.0, -1000.0]);
        assert!((p[0] - 0.5).abs() < 1e-6 && p[2] == 0.0);
    }

    #[test]
    fn mean_of_unit_vectors_is_unit() {
        let m = mean_normalized(&[vec![1.0, 0.0], vec![0.0, 1.0]], 2);
        assert!((m[0] - std::f32::consts::FRAC_1_SQRT_2).abs() < 1e-6);
        assert!((m.iter().map(|x| x * x).sum::<f32>() - 1.0).abs() < 1e-6);
    }

    #[test]
    fn argmax_takes_the_first_of_ties() {
        assert_eq!(argmax([1.0, 3.0, 3.0]), 1);
    }
}
