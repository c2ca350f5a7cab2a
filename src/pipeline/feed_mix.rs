//! The feed model's say in a prediction: it divides the roles' share of
//! probability anew with the embedding ([`mix_feed`]), and leaves `other`
//! alone.

use crate::math::softmax;

/// The feed model's weight against the embedding in [`mix_feed`]: chosen on
/// our own postings by `scripts/research/feed_weight.py` (`datasets/calibration.csv`
/// and `datasets/test.csv` as one feed, adapted on, then labelled with each
/// weight; the best accuracy on the role postings that name no role as the
/// job, ties by log-loss); see EVALUATION.md.
pub const FEED_WEIGHT: f32 = 0.8;

/// `probs` (in the order of `labels`) with the share of the roles the feed
/// model knows divided anew: within those roles, the geometric mean of the
/// base pipeline's distribution (weight `1 - weight`) and the feed model's
/// `feed` (weight `weight`), renormalised. Every other label, `other` among
/// them, keeps its probability, and so does the roles' share as a whole.
pub fn mix_feed(labels: &[String], probs: &[f32], feed: &[(String, f32)], weight: f32) -> Vec<f32> {
    let known: Vec<(usize, f32)> = feed
        .iter()
        .filter_map(|(c, q)| labels.iter().position(|l| l == c).map(|i| (i, *q)))
        .collect();
    let share: f32 = known.iter().map(|&(i, _)| probs[i]).sum();
    let feed_total: f32 = known.iter().map(|&(_, q)| q).sum();
    if known.len() < 2 || share <= 0.0 || feed_total <= 0.0 {
        return probs.to_vec();
    }
    let z: Vec<f32> = known
        .iter()
        .map(|&(i, q)| {
            (1.0 - weight) * (probs[i] / share).max(1e-9).ln()
                + weight * (q / feed_total).max(1e-9).ln()
        })
        .collect();
    let mixed = softmax(&z);
    let mut out = probs.to_vec();
    for (&(i, _), m) in known.iter().zip(mixed) {
        out[i] = share * m;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_feed_model_divides_the_roles_share_and_leaves_other_alone() {
        let l = labels(&["devops", "sre", "platform", "other"]);
        let p = [0.5, 0.2, 0.1, 0.2];
        let feed = vec![("devops".to_string(), 0.1), ("sre".to_string(), 0.9)];
        let m = mix_feed(&l, &p, &feed, 1.0);
        // other and platform (unknown to the feed model) keep theirs; devops
        // and sre share their 0.7 as the feed model says.
        assert_eq!((m[2], m[3]), (0.1, 0.2));
        assert!(
            (m[0] - 0.07).abs() < 1e-6 && (m[1] - 0.63).abs() < 1e-6,
            "{m:?}"
        );
        // Weight 0 is the base pipeline; weight 0.5 the geometric mean.
        let z = mix_feed(&l, &p, &feed, 0.0);
        assert!(z.iter().zip(&p).all(|(a, b)| (a - b).abs() < 1e-6));
        let h = mix_feed(&l, &p, &feed, 0.5);
        let (a, b) = ((0.5f32 / 0.7 * 0.1).sqrt(), (0.2f32 / 0.7 * 0.9).sqrt());
        assert!((h[0] - 0.7 * a / (a + b)).abs() < 1e-5, "{h:?}");
        assert!((h.iter().sum::<f32>() - 1.0).abs() < 1e-6);
        // A feed model that knows one role of these labels changes nothing.
        let one = vec![("sre".to_string(), 1.0)];
        assert_eq!(mix_feed(&l, &p, &one, 0.8), p.to_vec());
    }
}
