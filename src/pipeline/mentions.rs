//! Role mentions as evidence: real postings usually name the job they fill
//! ("We are hiring a Senior SRE", "As our Platform Engineer you will…"), and
//! they also name other roles in passing ("a DevOps culture", "Azure DevOps",
//! "you will work with our SRE team", "3+ years in a DevOps role").
//!
//! [`count`] finds every mention of the three roles and sorts it into a *job*
//! mention (the role name used as a job title: followed by engineer, lead,
//! manager, role…) or a *passing* mention (everything else, and job titles
//! that describe past experience). [`MentionWeights::combine`] adds
//! `job_weight · ln(1 + jobs)` and `passing_weight[role] · ln(1 + passing)` to
//! the log-probabilities of the embedding, lowers `other` when some role is
//! named as the job and raises it when none is, and rescales by a temperature.
//! The weights were chosen on `datasets/calibration.csv` (our own postings) by
//! `scripts/research/calibrate.py`; see EVALUATION.md.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::labels::{OTHER, ROLES};
use crate::text::{ceil_boundary, floor_boundary};

/// How often a posting names each role of [`ROLES`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Mentions {
    /// Mentions as the job: "DevOps Engineer", "SRE role", "Platform Engineer".
    pub job: [u32; ROLES.len()],
    /// Every other mention: culture, teams, tools, practices, past experience.
    pub passing: [u32; ROLES.len()],
    /// How often another job (none of the roles) is named as the job:
    /// "We're hiring a Backend Engineer", "Acme | Data Scientist | NYC"
    /// ([`count_other_jobs`]).
    pub other_jobs: u32,
}

impl Mentions {
    /// True when the posting names no role at all.
    pub fn is_empty(&self) -> bool {
        self.job.iter().chain(&self.passing).all(|&n| n == 0)
    }

    /// True when the posting names one of the roles as the job.
    pub fn names_a_job(&self) -> bool {
        self.job.iter().any(|&n| n > 0)
    }

    /// The role (an index into [`ROLES`]) when the posting names exactly one
    /// role as the job, however often.
    pub fn only_job(&self) -> Option<usize> {
        let mut named = (0..ROLES.len()).filter(|&r| self.job[r] > 0);
        let first = named.next()?;
        named.next().is_none().then_some(first)
    }
}

/// The confidence of a label decided by the role names alone
/// ([`Mentions::only_job`]), by how often the posting names that role as
/// the job: 1, 2, 3 or more times. Chosen on `datasets/calibration.csv`
/// (our own postings) by `scripts/research/cascade_confidence.py`: for the
/// postings that name exactly one role as the job, the full pipeline's
/// accuracy on the postings that name their one role at most that often
/// (naming it more often is no weaker evidence, so the confidence never
/// falls as the count grows), smoothed by add-one (the full pipeline was
/// right on all 124 of them; add-one leaves room for a mistake). See
/// EVALUATION.md.
pub const NAMED_CONFIDENCE: [f32; 3] = [0.98837, 0.99180, 0.99206];

/// [`NAMED_CONFIDENCE`] for a role named `jobs` times (at least once).
pub fn named_confidence(jobs: u32) -> f32 {
    NAMED_CONFIDENCE[(jobs.max(1) as usize - 1).min(NAMED_CONFIDENCE.len() - 1)]
}

/// The names of each role of [`ROLES`], in its order, as patterns (matched
/// in any case, as whole words): the same forms `../shared/data` masks.
/// DevOps (also Dev Ops, Dev-Ops, DevSecOps); Site Reliability
/// (Engineering), SRE(s) (upper case only, so the word is not taken from
/// other text); Platform Engineer(s/ing).
const ROLE_NAMES: [&str; ROLES.len()] = [
    r"dev\s*-?\s*ops|devsecops",
    r"site\s+reliability(?:\s+engineering)?|(?-i:SREs?)",
    r"platform\s+engineer(?:ing|s)?",
];

/// Any role's name ([`ROLE_NAMES`]), in a group named after the role.
static ROLE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    let groups: Vec<String> = ROLES
        .iter()
        .zip(ROLE_NAMES)
        .map(|(role, names)| format!("(?P<{role}>{names})"))
        .collect();
    Regex::new(&format!(r"(?i)\b(?:{})\b", groups.join("|"))).expect("valid regex")
});

/// What follows a role name when it is a job title, possibly with one word of
/// speciality between ("DevOps Cloud Engineer", "DevOps System Engineer").
/// `DevOps/SRE Engineer` and `DevOps or SRE role` count for both names. Plurals ("our DevOps
/// engineers") are colleagues, not the job, unless a hiring verb precedes.
static JOB_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:\s*(?:/|or|and|&)\s*[\w-]+(?:\s+[\w-]+)?)?\s*\)?\s*(?:(?:systems?|cloud|infrastructure|automation|software|engineering|support|build|release|operations|data|security|network|solutions?)\s+)?(?:engineer|engineering\s+(?:manager|lead)|lead|manager|architect|specialist|consultant|administrator|developer|role|position|analyst|expert|advocate|intern|professional|technician)\b",
    )
    .expect("valid regex")
});

/// The plural of a job noun, for "we are hiring Site Reliability Engineers".
static JOBS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:engineers|specialists|professionals|consultants|developers)\b")
        .expect("valid regex")
});

/// A hiring verb a few words before the name.
static HIRING_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:hiring|seeking|looking\s+for|recruiting|searching\s+for|join\s+us\s+as)\s+(?:[\w.-]+\s+){0,3}$")
        .expect("valid regex")
});

/// What makes "SRE", "Site Reliability Engineering" or "Platform
/// Engineering" a person or a job: an article or a rank before.
static RANK_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b(?:an?|our|your|first|new|senior|sr\.?|junior|jr\.?|staff|principal|lead|experienced)\s+)$")
        .expect("valid regex")
});

/// A title that puts the speciality last: "Senior Engineer, DevOps",
/// "Manager, Site Reliability Engineering", "Director of Engineering,
/// DevOps", "Senior Manager, Data Platform Engineering".
static TITLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:engineer|manager|director|head|vp|lead)(?:\s+of(?:\s+engineering)?)?\s*(?:,|–|-|\bof\b|\bfor\b)\s*(?:[\w-]+\s+)?$")
        .expect("valid regex")
});

/// What follows a name when it means a team, a practice or a tool rather
/// than the person: "SRE team", "platform engineering organization", "SRE
/// (Site Reliability Engineering) division", "SRE best practices".
static TEAM_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*\)?\s*(?:\([^)]{0,50}\)\s*)?(?:teams?|organi[sz]ations?|org|groups?|functions?|departments?|divisions?|practices?|principles?|culture|mindset|tools?|tooling|toolchain|concepts?|methodolog(?:y|ies)|best|efforts?|squads?|experience|environments?|skills?|solutions?|operations|processes|pipelines?|space|domain|community|model|approach|work|and|or|,|/)\b")
        .expect("valid regex")
});

/// Joining a team named for a role is being hired into that role: "join our
/// SRE team", "as a member of the Site Reliability Engineering team", "you
/// will be part of the Platform Engineering team". Working *with* such a team
/// is not (it stays a passing mention).
static JOIN_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:join(?:s|ing)?|member\s+of|part\s+of)\s+(?:(?:our|the|a|an|this|growing|global|central|small|core)\s+){0,3}$")
        .expect("valid regex")
});

/// The team noun right after a name: "SRE team", "DevOps squad" (not an
/// organization or department, which also employs managers and others).
static TEAM_NOUN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:\([^)]{0,50}\)\s*)?(?:teams?|squads?)\b").expect("valid regex")
});

/// "a team of Site Reliability Engineers", "lead a team of 4 SREs": the
/// people the job works among or leads are of that role.
static TEAM_OF_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bteam\s+of\s+(?:[\w-]+\s+){0,2}$").expect("valid regex"));

/// A job title preceded by these words describes past experience, not the job.
/// The titles may be a list of one- or two-word items: "experience as a
/// DevOps/Cloud Engineer or Site Reliability Engineer".
static EXPERIENCE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:experience|experienced|background|years|worked|working|previous(?:ly)?|prior)\b[^.;:\n]{0,40}\b(?:as|in|within)\s+(?:an?\s+|the\s+)?(?:[\w-]+(?:\s+[\w-]+)?\s*(?:,|/|\bor\b|\band\b)\s*(?:an?\s+)?)*$")
        .expect("valid regex")
});

/// The writer's own title is not the job offered: "I am the head of DevOps".
static SPEAKER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:I\s+am|I'm)\s+(?:the|an?|our)\s+(?:[\w-]+\s+){0,3}$")
        .expect("valid regex")
});

/// A name in brackets right after another name of the same role is the same
/// mention: "Site Reliability Engineer (SRE)", "SRE (Site Reliability
/// Engineering)".
static SAME_NAME_BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:engineers?|engineering)?\s*\(\s*$").expect("valid regex")
});

/// A job title after a negation is what the job is not: "this is not an
/// on-call SRE role".
static NEGATED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:not|never|no)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$")
        .expect("valid regex")
});

/// `text` with every role name (the forms [`count`] finds) replaced by `with`:
/// what a model that learns from postings labelled by their role names must
/// not see, or it would learn the names again instead of the feed's words.
pub fn mask_role_names<'a>(text: &'a str, with: &str) -> std::borrow::Cow<'a, str> {
    ROLE_NAME.replace_all(text, regex::NoExpand(with))
}

/// Finds and sorts every role mention in `text`.
pub fn count(text: &str) -> Mentions {
    let mut m = Mentions::default();
    // The role and end of the previous mention.
    let mut previous: Option<(usize, usize)> = None;
    for caps in ROLE_NAME.captures_iter(text) {
        let whole = caps.get(0).expect("group 0 always matches");
        let Some(role) = ROLES.iter().position(|r| caps.name(r).is_some()) else {
            continue;
        };
        let repeated = previous.is_some_and(|(r, end)| {
            r == role && SAME_NAME_BETWEEN.is_match(&text[end..whole.start()])
        });
        previous = Some((role, whole.end()));
        if repeated {
            continue;
        }
        let after = &text[whole.end()..];
        let after = &after[..floor_boundary(after, 60)];
        let before = &text[..whole.start()];
        let before = &before[ceil_boundary(before, before.len().saturating_sub(80))..];
        if is_job(whole.as_str(), before, after)
            && !EXPERIENCE_BEFORE.is_match(before)
            && !NEGATED_BEFORE.is_match(before)
            && !SPEAKER_BEFORE.is_match(before)
        {
            m.job[role] += 1;
        } else {
            m.passing[role] += 1;
        }
    }
    m.other_jobs = count_other_jobs(text);
    m
}

/// Titles of jobs that are none of the three roles: software engineers and
/// developers (backend, frontend, full-stack, mobile, web, game, embedded),
/// data and machine learning, security, QA, design, product and a few
/// non-technical ones, and plain "developer" or "programmer". Deliberately not
/// cloud, systems or infrastructure engineers: real postings of the three
/// roles call their job that too.
static OTHER_JOB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:software|back[- ]?end|front[- ]?end|full[- ]?stack|mobile|ios|android|web|ui|ux|game|embedded|firmware|hardware|data|machine\s+learning|ml|ai|research|qa|test|security|application\s+security|product|java|python|ruby|rails|php|javascript|react|node(?:\.?js)?|golang|scala|c\+\+|\.net)\s+(?:engineer|developer|programmer|scientist|designer|analyst|architect)s?|data\s+scientists?|product\s+managers?|product\s+designers?|designers?|account\s+executives?|sales\s+\w+|marketing\s+\w+|recruiters?|developers?|programmers?|hackers?)\b",
    )
    .expect("valid regex")
});

/// A hiring verb or "as a" a few words before another job's title.
static OTHER_HIRING_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:hiring|seeking|looking\s+for|recruiting|searching\s+for|join\s+us\s+as|as\s+(?:an?|our)|we\s+need|wanted:?)\s+(?:[\w.+-]+\s+){0,3}$")
        .expect("valid regex")
});

/// An article or a rank right before another job's title: "a Backend
/// Engineer", "our first Data Scientist", "Senior iOS Developer".
static OTHER_RANK_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:an?|our|first|senior|sr\.?|junior|jr\.?|staff|principal|lead)\s+$")
        .expect("valid regex")
});

/// A title line: `|` and at most three words between it and the title.
static OTHER_TITLE_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[|]\s*(?:[\w().,-]+\s+){0,3}$").expect("valid regex"));

/// How far into a posting a title is taken for its headline.
const HEADLINE_BYTES: usize = 120;

/// How often `text` names another job as the job: a title of another job
/// (backend, frontend, data, design...) after a hiring verb, a singular one
/// after an article or a rank ("our backend engineers" are colleagues), in
/// the posting's headline (its first 120 bytes) or in a title line ("Acme |
/// Backend Engineer | Remote"). Role names are counted by [`count`];
/// a posting that names both says what it is by how the two weigh
/// ([`MentionWeights::combine`]).
pub fn count_other_jobs(text: &str) -> u32 {
    let mut n = 0;
    for found in OTHER_JOB.find_iter(text) {
        let start = found.start();
        let before = &text[..start];
        let near = &before[ceil_boundary(before, start.saturating_sub(80))..];
        let line = &near[near.rfind('\n').map_or(0, |i| i + 1)..];
        if start < HEADLINE_BYTES
            || OTHER_HIRING_BEFORE.is_match(near)
            || (!found.as_str().ends_with(['s', 'S']) && OTHER_RANK_BEFORE.is_match(near))
            || OTHER_TITLE_LINE.is_match(line)
        {
            n += 1;
        }
    }
    n
}

/// Whether the name `name`, between `before` and `after`, is the job.
fn is_job(name: &str, before: &str, after: &str) -> bool {
    let lower = name.to_lowercase();
    let team = TEAM_AFTER.is_match(after);
    // A name that is itself a person or a discipline: "a Senior SRE",
    // "Manager, Site Reliability Engineering" ("Platform Engineer" is always
    // the person, below).
    let person = lower == "sre";
    let discipline = lower.ends_with("engineering");
    let joined = JOIN_BEFORE.is_match(before) && TEAM_NOUN_AFTER.is_match(after);
    let team_of =
        TEAM_OF_BEFORE.is_match(before) && (JOBS_AFTER.is_match(after) || name.ends_with("SREs"));
    joined
        || team_of
        || JOB_AFTER.is_match(after)
        || (HIRING_BEFORE.is_match(before) && (JOBS_AFTER.is_match(after) || !team))
        || (lower == "platform engineer" && !team)
        || ((person || discipline) && !team && RANK_BEFORE.is_match(before))
        || (!team && TITLE_BEFORE.is_match(before))
        || (!team && is_title_line(before, after))
}

/// A name standing alone in a title line: at the start of a line or after
/// `|`, and followed by `|`, `-`, `(`, `,` or the end of the line, as in
/// "Acme | SRE | Remote" or "Platform Engineering - Common Platform".
fn is_title_line(before: &str, after: &str) -> bool {
    let b = before.trim_end_matches([' ', '\t']);
    let starts = b.is_empty() || b.ends_with(['|', '\n']);
    let a = after.trim_start_matches([' ', '\t']);
    let ends = a.is_empty() || a.starts_with(['|', '-', '–', '(', ',', '\n', '\r']);
    ends && (starts || a.starts_with('|'))
}

/// How mentions are weighed against the embedding. A head file may carry
/// its own, calibrated on its own vectors ([`crate::pipeline::head::Head::mention_weights`]).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MentionWeights {
    /// Weight of `ln(1 + job mentions)` of a role.
    pub job_weight: f32,
    /// Weight of `ln(1 + passing mentions)`, per role of [`ROLES`].
    pub passing_weight: [f32; ROLES.len()],
    /// Subtracted from `other`'s log-score when some role is named as the job.
    pub other_if_named: f32,
    /// Added to `other`'s log-score when no role is named as the job: how
    /// rare the roles are where they are not named (a prior).
    pub other_if_not_named: f32,
    /// Weight of `ln(1 + other jobs named as the job)`, added to `other`'s
    /// log-score when no role is named as the job ([`Mentions::other_jobs`]).
    /// 0 in head files written before it existed.
    #[serde(default)]
    pub other_job_weight: f32,
    /// Temperature applied to the combined log-scores.
    pub temperature: f32,
}

impl MentionWeights {
    /// The shipped head's weights (`mentions` in `models/head.json`), for a
    /// head that has none: `scripts/research/calibrate.py` chose the mention
    /// weights and the temperature on `datasets/calibration.csv` (our own
    /// postings), and `scripts/research/other_decision.py` the prior and the
    /// other-job weight on the real feed `../shared/data/dev_feed.csv` (at
    /// most 1.5% of its other posts called a role). EVALUATION.md records
    /// both runs.
    pub const DEFAULT: MentionWeights = MentionWeights {
        job_weight: 8.0,
        passing_weight: [0.0; ROLES.len()],
        other_if_named: 4.0,
        other_if_not_named: 0.4,
        other_job_weight: 2.0,
        temperature: 0.55,
    };

    /// Combines the embedding's probabilities (`probs`, in the order of
    /// `labels`) with the posting's mentions into new probabilities. When no
    /// role is named as the job, `other` also gains
    /// `other_job_weight · ln(1 + other jobs named)` and `unnamed_shift`: the
    /// scope gate's log-odds that the posting is one of the roles, negated,
    /// and the feed's prior ([`crate::pipeline::prior::other_shift`]); 0
    /// without either. Labels that are not one of [`ROLES`] or `other` keep
    /// their log-score.
    pub fn combine(
        &self,
        labels: &[String],
        probs: &[f32],
        m: &Mentions,
        unnamed_shift: f32,
    ) -> Vec<f32> {
        let any_job = m.names_a_job();
        let z: Vec<f32> = labels
            .iter()
            .zip(probs)
            .map(|(label, &p)| {
                let mut s = p.max(1e-9).ln();
                if let Some(r) = ROLES.iter().position(|r| r == label) {
                    s += self.job_weight * (m.job[r] as f32).ln_1p()
                        + self.passing_weight[r] * (m.passing[r] as f32).ln_1p();
                } else if label == OTHER {
                    s += if any_job {
                        -self.other_if_named
                    } else {
                        self.other_if_not_named
                            + self.other_job_weight * (m.other_jobs as f32).ln_1p()
                            + unnamed_shift
                    };
                }
                s / self.temperature
            })
            .collect();
        crate::math::softmax(&z)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(text: &str) -> [u32; ROLES.len()] {
        count(text).job
    }
    fn passing(text: &str) -> [u32; ROLES.len()] {
        count(text).passing
    }

    #[test]
    fn every_role_has_names_that_are_found_as_that_role() {
        // One name of each role of ROLES, in its order.
        let names: [&str; ROLES.len()] = ["DevOps", "Site Reliability", "Platform Engineer"];
        for (r, name) in names.into_iter().enumerate() {
            let m = count(name);
            let found: Vec<u32> = (0..ROLES.len()).map(|i| m.job[i] + m.passing[i]).collect();
            let mut want = vec![0; ROLES.len()];
            want[r] = 1;
            assert_eq!(found, want, "{name:?} is a name of {}", ROLES[r]);
            assert_eq!(mask_role_names(name, "ROLE"), "ROLE", "{name:?}");
        }
    }

    #[test]
    fn the_role_name_pattern_has_a_group_for_each_role() {
        let groups: Vec<&str> = ROLE_NAME.capture_names().flatten().collect();
        assert_eq!(groups, ROLES);
    }

    #[test]
    fn job_titles_count_as_the_job() {
        assert_eq!(job("We are hiring a Senior DevOps Engineer."), [1, 0, 0]);
        assert_eq!(job("As our Site Reliability Engineer you will"), [0, 1, 0]);
        assert_eq!(job("Join us as an SRE lead."), [0, 1, 0]);
        assert_eq!(job("Platform Engineer (m/f/d)"), [0, 0, 1]);
        assert_eq!(job("Our platform engineers build golden paths."), [0, 0, 0]);
        assert_eq!(
            job("You will partner with the DevOps engineers on releases."),
            [0, 0, 0]
        );
        assert_eq!(job("Dev-Ops engineer wanted"), [1, 0, 0]);
        assert_eq!(
            job("Platform Engineering - Common Platform\nAbout us"),
            [0, 0, 1]
        );
        assert_eq!(
            job("What you'll do as a Senior SRE at Proof: ensure uptime."),
            [0, 1, 0]
        );
        assert_eq!(
            job("As our first SRE, you will work with senior engineers."),
            [0, 1, 0]
        );
        assert_eq!(job("Acme | SRE | Bay Area"), [0, 1, 0]);
        assert_eq!(
            job("Senior Manager, Site Reliability Engineering – Datacenter"),
            [0, 1, 0]
        );
        assert_eq!(
            job("I'm hiring Senior Site Reliability Engineers to join us."),
            [0, 1, 0]
        );
        assert_eq!(
            job("We are seeking skilled DevOps professionals."),
            [1, 0, 0]
        );
    }

    #[test]
    fn joining_a_team_named_for_the_role_is_the_job() {
        assert_eq!(job("You will join our SRE team in Berlin."), [0, 1, 0]);
        assert_eq!(
            job("As a member of the Site Reliability Engineering team, you will"),
            [0, 1, 0]
        );
        assert_eq!(
            job("You will be part of the Platform Engineering team."),
            [0, 0, 1]
        );
        assert_eq!(
            job("Be a part of a team of Site Reliability Engineers."),
            [0, 1, 0]
        );
        assert_eq!(job("Recruit and grow a team of 4 SREs."), [0, 1, 0]);
        // Working with a team, or a team that is not named for a role, is not joining it.
        assert_eq!(job("You will work closely with our SRE team."), [0, 0, 0]);
        assert_eq!(
            job("Join our team and embrace a DevOps culture."),
            [0, 0, 0]
        );
        assert_eq!(job("Join our DevOps practices guild."), [0, 0, 0]);
    }

    #[test]
    fn slash_titles_name_both_roles() {
        assert_eq!(
            job("As a Sr. DevOps/Site Reliability Engineer (SRE) at"),
            [1, 1, 0]
        );
    }

    #[test]
    fn culture_tools_and_teams_are_passing_mentions() {
        let text = "We embrace a DevOps culture. Experience with Azure DevOps. \
                    Work with our SRE team and the platform engineering group. \
                    You join the SRE (Site Reliability Engineering) organization. \
                    Apply SRE best practices.";
        assert_eq!(job(text), [0, 0, 0]);
        // "SRE (Site Reliability Engineering)" is one mention.
        assert_eq!(passing(text), [2, 3, 1]);
    }

    #[test]
    fn past_experience_and_negations_are_not_the_job() {
        assert_eq!(
            job("3+ years of experience in a DevOps, SRE or infrastructure role."),
            [0, 0, 0]
        );
        assert_eq!(job("Proven experience as a DevOps Engineer."), [0, 0, 0]);
        assert_eq!(
            passing("Proven experience as a DevOps Engineer."),
            [1, 0, 0]
        );
    }

    #[test]
    fn lists_of_past_titles_and_the_writers_title_are_not_the_job() {
        assert_eq!(
            job("5+ years as a DevOps/Cloud Engineer or Site Reliability Engineer, or similar."),
            [0, 0, 0]
        );
        assert_eq!(
            job(
                "4 years of experience as DevOps Engineer, Site Reliability Engineer, Cloud Engineer."
            ),
            [0, 0, 0]
        );
        assert_eq!(
            job("Experience as a software developer / DevOps engineer or equivalent."),
            [0, 0, 0]
        );
        assert_eq!(job("I am the head of DevOps at Acme."), [0, 0, 0]);
        assert_eq!(passing("I am the head of DevOps at Acme."), [1, 0, 0]);
        // Still the job when nothing before says otherwise.
        assert_eq!(job("Head of DevOps at Acme, remote."), [1, 0, 0]);
    }

    #[test]
    fn an_acronym_after_the_full_name_is_one_mention() {
        let m = count("As a Site Reliability Engineer (SRE) at Acme you will");
        assert_eq!((m.job, m.passing), ([0, 1, 0], [0, 0, 0]));
        let m = count("Site Reliability Engineering (SRE) team. Our SRE on call.");
        assert_eq!(m.job[1] + m.passing[1], 2, "{m:?}");
    }

    #[test]
    fn lower_case_sre_is_not_a_mention() {
        assert!(count("sre is a word in some other language").is_empty());
        assert!(count("platform, devices and teams").is_empty());
    }

    #[test]
    fn text_near_multibyte_characters_is_sliced_safely() {
        let text =
            "ééééééééééééééééééééééééééééééééééééééééééé DevOps engineer ☃☃☃☃☃☃☃☃☃☃☃☃☃☃☃☃☃☃☃☃☃☃☃☃☃";
        assert_eq!(job(text), [1, 0, 0]);
    }

    #[test]
    fn other_jobs_named_as_the_job_are_counted() {
        let n = count_other_jobs;
        assert_eq!(
            n("We're hiring a Backend Engineer to own our billing API."),
            1
        );
        assert_eq!(n("Acme | Senior Data Scientist | NYC"), 1);
        assert_eq!(
            n("Acme is a small company making software for dentists. \
               We are looking for iOS developers and a product designer."),
            2
        );
        // In the headline, a title needs nothing before it.
        assert_eq!(n("Frontend Engineer (React) - Remote\nAbout us"), 1);
        // Colleagues and past experience later in the text are not the job.
        let later = "Acme builds robots for warehouses and has done so for a decade now, \
                     with customers on three continents and a team in four countries. \
                     You will work closely with our backend engineers and data scientists.";
        assert_eq!(n(later), 0);
        // Role names are not other jobs, masked or not.
        assert_eq!(n("We are hiring a Senior DevOps Engineer."), 0);
        assert_eq!(n("We are hiring a Senior ROLE Engineer."), 0);
        assert_eq!(n("We're hiring: Platform Engineer"), 0);
        assert_eq!(count("Acme | Backend Engineer | Remote").other_jobs, 1);
    }

    #[test]
    fn other_jobs_and_the_scope_gate_move_other_only_when_no_role_is_named() {
        let labels: Vec<String> = ["devops", "sre", "platform", "other"]
            .map(String::from)
            .into();
        let probs = [0.3, 0.3, 0.2, 0.2];
        let w = MentionWeights {
            other_if_not_named: 0.0,
            other_job_weight: 1.0,
            temperature: 1.0,
            ..MentionWeights::DEFAULT
        };
        let plain = w.combine(&labels, &probs, &Mentions::default(), 0.0);
        let named_other = Mentions {
            other_jobs: 3,
            ..Mentions::default()
        };
        let p = w.combine(&labels, &probs, &named_other, 0.0);
        // other's log-score gains ln(1 + 3): its odds against each role grow 4-fold.
        let odds = |p: &[f32]| p[3] / p[0];
        assert!((odds(&p) / odds(&plain) - 4.0).abs() < 1e-3, "{p:?}");
        // A gate sure the posting is a role (log-odds +2) takes e^2 off other's odds.
        let g = w.combine(&labels, &probs, &Mentions::default(), -2.0);
        assert!((odds(&plain) / odds(&g) - 2f32.exp()).abs() < 1e-2, "{g:?}");
        // A role named as the job: neither other jobs nor the gate count.
        let both = Mentions {
            job: [1, 0, 0],
            other_jobs: 3,
            ..Mentions::default()
        };
        let a = w.combine(&labels, &probs, &both, 5.0);
        let b = w.combine(
            &labels,
            &probs,
            &Mentions {
                job: [1, 0, 0],
                ..Mentions::default()
            },
            0.0,
        );
        assert_eq!(a, b);
    }

    #[test]
    fn combining_favours_the_named_role_and_sums_to_one() {
        let labels: Vec<String> = ["devops", "sre", "platform", "other"]
            .map(String::from)
            .into();
        let probs = [0.2, 0.2, 0.3, 0.3];
        let neutral = MentionWeights {
            other_if_not_named: 0.0,
            temperature: 1.0,
            ..MentionWeights::DEFAULT
        };
        let none = neutral.combine(&labels, &probs, &Mentions::default(), 0.0);
        for (a, b) in none.iter().zip(probs) {
            assert!(
                (a - b).abs() < 1e-6,
                "no mentions, no shift: unchanged {none:?}"
            );
        }
        let e = MentionWeights::DEFAULT;
        let unnamed = e.combine(&labels, &probs, &Mentions::default(), 0.0);
        assert!(
            unnamed[3] > probs[3],
            "no role named as the job: other goes up {unnamed:?}"
        );
        let m = count("We are hiring an SRE. You will join our DevOps culture.");
        let p = e.combine(&labels, &probs, &m, 0.0);
        assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-5);
        assert!(p[1] > 0.9, "{p:?}");
        assert!(
            p[3] < probs[3],
            "other goes down when a role is named as the job"
        );
    }
}
