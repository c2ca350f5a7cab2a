//! How common the roles are in a feed, and what that does to the `other`
//! decision. The shipped decision numbers (`other_if_not_named` and
//! `other_job_weight` of the head's mention weights) were chosen on a feed as
//! it comes, where few postings are one of the roles
//! ([`REFERENCE_ROLE_SHARE`]). A feed with another share of roles has other
//! odds that a posting naming no role is one of them: given the share
//! ([`RoleShare::Given`]), or with a feed model its estimate from the
//! postings that name a role as the job ([`RoleShare::FromFeed`],
//! [`role_share_from_names`]), `other`'s log-score is moved by
//! [`other_shift`]: the prior correction of Saerens, Latinne and Decaestecker
//! (2002), with the share estimated from the names instead of by EM. It is
//! not the default: the shipped decision is set to keep role labels right on
//! a feed as it comes rather than at the most likely label, so moving it by
//! the full prior ratio overshoots (EVALUATION.md has the figures).

/// Which share of roles the `other` decision is set for.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum RoleShare {
    /// The shipped decision's: a feed as it comes ([`REFERENCE_ROLE_SHARE`]).
    #[default]
    Reference,
    /// A share the user knows, between 0 and 1.
    Given(f32),
    /// The feed model's estimate ([`role_share_from_names`]); the reference
    /// without a feed model.
    FromFeed,
}

impl std::str::FromStr for RoleShare {
    type Err = String;

    /// A number strictly between 0 and 1, or `auto` for [`RoleShare::FromFeed`].
    fn from_str(s: &str) -> Result<RoleShare, String> {
        if s == "auto" {
            return Ok(RoleShare::FromFeed);
        }
        match s.parse::<f32>() {
            Ok(x) if x > 0.0 && x < 1.0 => Ok(RoleShare::Given(x)),
            _ => Err(format!(
                "{s:?} is not a share: give a number between 0 and 1, such as 0.05, or auto"
            )),
        }
    }
}

/// The share of role postings that name their role as the job: 124 of the
/// 150 role postings of `datasets/calibration.csv` (our own postings).
pub const NAMED_SHARE: f32 = 124.0 / 150.0;

/// The share of roles the shipped `other` decision is set for: that of
/// `../shared/data/dev_feed.csv`, on which it was chosen, estimated as
/// [`role_share_from_names`] estimates a feed's (89 of its 1,798 posts name
/// exactly one role as the job). One of the decision numbers chosen on that
/// feed (EVALUATION.md).
pub const REFERENCE_ROLE_SHARE: f32 = 89.0 / 1798.0 / NAMED_SHARE;

/// The estimates are kept within this range: a feed of which no posting (or
/// every one) names a role says little about the share beyond "few" ("most").
pub const ROLE_SHARE_RANGE: (f32, f32) = (0.005, 0.95);

/// A feed's share of role postings, estimated from how many of its `postings`
/// name exactly one role as the job (`named`): `named / postings /
/// NAMED_SHARE`, within [`ROLE_SHARE_RANGE`]. `None` for an empty feed.
pub fn role_share_from_names(named: u64, postings: u64) -> Option<f32> {
    (postings > 0).then(|| {
        let (lo, hi) = ROLE_SHARE_RANGE;
        (named as f32 / postings as f32 / NAMED_SHARE).clamp(lo, hi)
    })
}

/// What to add to `other`'s log-score for a posting that names no role as
/// the job, in a feed whose share of roles is `share`: the log-odds of the
/// reference share less those of `share` (0 at the reference, negative where
/// roles are more common). The share of role postings that name no role is
/// the same in both feeds, so it cancels.
pub fn other_shift(share: f32) -> f32 {
    let logit = |p: f32| (p / (1.0 - p)).ln();
    let (lo, hi) = ROLE_SHARE_RANGE;
    logit(REFERENCE_ROLE_SHARE) - logit(share.clamp(lo, hi))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reference_feed_moves_nothing_and_a_richer_feed_favours_the_roles() {
        assert!(other_shift(REFERENCE_ROLE_SHARE).abs() < 1e-5);
        // Three times the reference's odds: other loses ln 3.
        let p0 = REFERENCE_ROLE_SHARE;
        let odds = 3.0 * p0 / (1.0 - p0);
        let richer = odds / (1.0 + odds);
        assert!((other_shift(richer) + 3f32.ln()).abs() < 1e-4);
        // A feed of fewer roles raises other.
        assert!(other_shift(p0 / 2.0) > 0.0);
    }

    #[test]
    fn shares_parse_as_numbers_between_0_and_1_or_auto() {
        assert_eq!("0.05".parse(), Ok(RoleShare::Given(0.05)));
        assert_eq!("auto".parse(), Ok(RoleShare::FromFeed));
        for bad in ["0", "1", "-0.1", "1.5", "NaN", "lots"] {
            assert!(bad.parse::<RoleShare>().is_err(), "{bad}");
        }
    }

    #[test]
    fn a_feed_share_is_estimated_from_its_names_within_bounds() {
        let share = role_share_from_names(124, 1500).unwrap();
        assert!((share - 0.1).abs() < 1e-6, "{share}");
        assert_eq!(role_share_from_names(0, 1000), Some(ROLE_SHARE_RANGE.0));
        assert_eq!(role_share_from_names(1000, 1000), Some(ROLE_SHARE_RANGE.1));
        assert_eq!(role_share_from_names(0, 0), None);
    }
}
