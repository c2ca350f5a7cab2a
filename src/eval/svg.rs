//! The report's charts as inline SVG, drawn by hand: the confusion matrix as
//! a heat map, the reliability diagram and the confidence histogram. Every
//! mark carries its figures as `data-` attributes and a `<title>` (shown on
//! hover without script), so a reader or a test can read them back.

use std::fmt::Write;

use super::{Bin, Report};

/// `s` with the five characters that mean markup in HTML and SVG replaced by
/// entities, so text from a posting can never become an element or attribute.
pub(super) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const INK: &str = "#222";
const GRID: &str = "#ddd";
const RIGHT: &str = "#2f6db5";
const WRONG: &str = "#d9822b";

/// A colour between white (share 0) and `to` (share 1).
fn shade(to: (u8, u8, u8), share: f64) -> String {
    let mix = |c: u8| (255.0 - (255.0 - c as f64) * share.clamp(0.0, 1.0)).round() as u8;
    format!("#{:02x}{:02x}{:02x}", mix(to.0), mix(to.1), mix(to.2))
}

/// The confusion matrix, rows the true labels, columns the predictions. A
/// cell's colour is its share of the row: blue on the diagonal (right),
/// orange off it (confused), so the confusions stand out.
pub(super) fn confusion(r: &Report) -> String {
    let (cw, ch, left, top) = (96.0, 58.0, 100.0, 56.0);
    let k = r.labels.len() as f64;
    let (w, h) = (left + cw * k + 8.0, top + ch * k + 8.0);
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="chart" id="confusion" role="img" aria-label="confusion matrix" viewBox="0 0 {w} {h}" width="{w}" height="{h}">"#
    );
    let _ = write!(
        s,
        r#"<text x="{}" y="14" text-anchor="middle" class="axis">predicted</text>"#,
        left + cw * k / 2.0
    );
    let _ = write!(
        s,
        r#"<text x="12" y="{}" text-anchor="middle" class="axis" transform="rotate(-90 12 {})">true label</text>"#,
        top + ch * k / 2.0,
        top + ch * k / 2.0
    );
    for (j, l) in r.labels.iter().enumerate() {
        let _ = write!(
            s,
            r#"<text x="{}" y="{}" text-anchor="middle" class="label">{}</text>"#,
            left + cw * (j as f64 + 0.5),
            top - 10.0,
            escape(l)
        );
    }
    for (i, (truth, row)) in r.labels.iter().zip(&r.confusion).enumerate() {
        let y = top + ch * i as f64;
        let _ = write!(
            s,
            r#"<text x="{}" y="{}" text-anchor="end" class="label">{}</text>"#,
            left - 8.0,
            y + ch / 2.0 + 5.0,
            escape(truth)
        );
        let support: usize = row.iter().sum();
        for (j, (pred, &count)) in r.labels.iter().zip(row).enumerate() {
            let share = count as f64 / support.max(1) as f64;
            let fill = if i == j {
                shade((0x2f, 0x6d, 0xb5), share)
            } else {
                shade((0xd9, 0x54, 0x1e), share)
            };
            let text = if share > 0.55 { "#fff" } else { INK };
            let x = left + cw * j as f64;
            let shown = if support == 0 {
                String::new()
            } else {
                format!("{:.0}%", 100.0 * share)
            };
            let _ = write!(
                s,
                r#"<g class="cell" data-true="{t}" data-pred="{p}" data-count="{count}"><title>true {t}, predicted {p}: {count} of {support}</title><rect x="{x}" y="{y}" width="{cw}" height="{ch}" fill="{fill}" stroke="white" stroke-width="2"/><text x="{cx}" y="{ty}" text-anchor="middle" class="count" fill="{text}">{count}</text><text x="{cx}" y="{sy}" text-anchor="middle" class="share" fill="{text}">{shown}</text></g>"#,
                t = escape(truth),
                p = escape(pred),
                cx = x + cw / 2.0,
                ty = y + ch / 2.0 + 2.0,
                sy = y + ch / 2.0 + 18.0,
            );
        }
    }
    s.push_str("</svg>");
    s
}

/// A square plot of `[0, 1]` confidence across; the caller draws inside it.
struct Plot {
    left: f64,
    top: f64,
    width: f64,
    height: f64,
}

impl Plot {
    const STANDARD: Plot = Plot {
        left: 52.0,
        top: 16.0,
        width: 320.0,
        height: 240.0,
    };

    fn x(&self, v: f64) -> f64 {
        self.left + self.width * v
    }

    fn y(&self, share_of_max: f64) -> f64 {
        self.top + self.height * (1.0 - share_of_max)
    }

    /// The frame, the confidence axis below and `ticks` on the left
    /// (value at its share of the height).
    fn open(&self, id: &str, label: &str, y_label: &str, ticks: &[(f64, String)]) -> String {
        let (w, h) = (self.left + self.width + 16.0, self.top + self.height + 46.0);
        let mut s = format!(
            r#"<svg class="chart" id="{id}" role="img" aria-label="{label}" viewBox="0 0 {w} {h}" width="{w}" height="{h}">"#
        );
        for (share, text) in ticks {
            let y = self.y(*share);
            let _ = write!(
                s,
                r#"<line x1="{}" x2="{}" y1="{y}" y2="{y}" stroke="{GRID}"/><text x="{}" y="{}" text-anchor="end" class="tick">{text}</text>"#,
                self.left,
                self.x(1.0),
                self.left - 6.0,
                y + 4.0
            );
        }
        for i in 0..=5 {
            let v = i as f64 / 5.0;
            let _ = write!(
                s,
                r#"<text x="{}" y="{}" text-anchor="middle" class="tick">{v:.1}</text>"#,
                self.x(v),
                self.y(0.0) + 16.0
            );
        }
        let _ = write!(
            s,
            r#"<text x="{}" y="{}" text-anchor="middle" class="axis">confidence</text><text x="14" y="{}" text-anchor="middle" class="axis" transform="rotate(-90 14 {})">{y_label}</text>"#,
            self.x(0.5),
            self.y(0.0) + 36.0,
            self.y(0.5),
            self.y(0.5)
        );
        s
    }

    fn close(&self, s: &mut String) {
        let _ = write!(
            s,
            r#"<rect x="{}" y="{}" width="{}" height="{}" fill="none" stroke="{INK}"/></svg>"#,
            self.left, self.top, self.width, self.height
        );
    }
}

/// The reliability diagram: for each confidence bin, the accuracy of its
/// postings as a bar and their mean confidence as a tick; a calibrated
/// classifier's bars reach the diagonal.
pub(super) fn reliability(bins: &[Bin]) -> String {
    let p = Plot::STANDARD;
    let ticks: Vec<(f64, String)> = (0..=5)
        .map(|i| (i as f64 / 5.0, format!("{:.1}", i as f64 / 5.0)))
        .collect();
    let mut s = p.open("reliability", "reliability diagram", "accuracy", &ticks);
    let _ = write!(
        s,
        r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{INK}" stroke-dasharray="4 4"/>"#,
        p.x(0.0),
        p.y(0.0),
        p.x(1.0),
        p.y(1.0)
    );
    for b in bins {
        let _ = write!(
            s,
            r#"<g class="bin" data-low="{:.1}" data-high="{:.1}" data-n="{}" data-right="{}"><title>confidence {:.1}-{:.1}: {} postings, {} right"#,
            b.low, b.high, b.n, b.right, b.low, b.high, b.n, b.right
        );
        if b.n > 0 {
            let (x0, x1) = (p.x(b.low) + 2.0, p.x(b.high) - 2.0);
            let _ = write!(
                s,
                r#" (accuracy {:.3}, mean confidence {:.3})</title><rect x="{x0}" y="{}" width="{}" height="{}" fill="{RIGHT}" fill-opacity="0.8"/><line x1="{x0}" x2="{x1}" y1="{cy}" y2="{cy}" stroke="{WRONG}" stroke-width="3"/>"#,
                b.accuracy(),
                b.confidence,
                p.y(b.accuracy()),
                x1 - x0,
                p.y(0.0) - p.y(b.accuracy()),
                cy = p.y(b.confidence),
            );
        } else {
            s.push_str("</title>");
        }
        s.push_str("</g>");
    }
    p.close(&mut s);
    s
}

/// How many postings fell in each confidence bin, right (blue) and wrong
/// (orange) stacked.
pub(super) fn histogram(bins: &[Bin]) -> String {
    let p = Plot::STANDARD;
    let most = bins.iter().map(|b| b.n).max().unwrap_or(0).max(1);
    let step = nice_step(most);
    let top = most.div_ceil(step) * step;
    let ticks: Vec<(f64, String)> = (0..=top / step)
        .map(|i| ((i * step) as f64 / top as f64, (i * step).to_string()))
        .collect();
    let mut s = p.open("histogram", "confidence histogram", "postings", &ticks);
    for b in bins {
        let (x0, w) = (p.x(b.low) + 2.0, p.width / bins.len() as f64 - 4.0);
        let wrong = b.n - b.right;
        let _ = write!(
            s,
            r#"<g class="hist-bin" data-n="{}" data-right="{}"><title>confidence {:.1}-{:.1}: {} right, {wrong} wrong</title>"#,
            b.n, b.right, b.low, b.high, b.right
        );
        let right_top = p.y(b.right as f64 / top as f64);
        let all_top = p.y(b.n as f64 / top as f64);
        if b.right > 0 {
            let _ = write!(
                s,
                r#"<rect x="{x0}" y="{right_top}" width="{w}" height="{}" fill="{RIGHT}"/>"#,
                p.y(0.0) - right_top
            );
        }
        if wrong > 0 {
            let _ = write!(
                s,
                r#"<rect x="{x0}" y="{all_top}" width="{w}" height="{}" fill="{WRONG}"/>"#,
                right_top - all_top
            );
        }
        s.push_str("</g>");
    }
    p.close(&mut s);
    s
}

/// A round step for an axis up to `max`: 1, 2 or 5 times a power of ten,
/// giving at most 6 ticks.
fn nice_step(max: usize) -> usize {
    let mut unit = 1;
    loop {
        for m in [1, 2, 5] {
            if max <= 5 * m * unit {
                return m * unit;
            }
        }
        unit *= 10;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_leaves_no_markup() {
        assert_eq!(
            escape(r#"<script>alert("x") & 'y'</script>"#),
            "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;"
        );
        assert_eq!(escape("plain text, ünïcode"), "plain text, ünïcode");
    }

    #[test]
    fn nice_steps_are_round_and_few() {
        assert_eq!(nice_step(1), 1);
        assert_eq!(nice_step(5), 1);
        assert_eq!(nice_step(6), 2);
        assert_eq!(nice_step(23), 5);
        assert_eq!(nice_step(126), 50);
        for max in 1..2000 {
            let step = nice_step(max);
            assert!(max.div_ceil(step) <= 5, "{max}: {step}");
        }
    }

    #[test]
    fn shade_goes_from_white_to_the_colour() {
        assert_eq!(shade((0x2f, 0x6d, 0xb5), 0.0), "#ffffff");
        assert_eq!(shade((0x2f, 0x6d, 0xb5), 1.0), "#2f6db5");
    }

    #[test]
    fn every_cell_and_bin_is_drawn_with_its_figures() {
        let r = super::super::evaluate(
            &["devops", "sre"],
            &["devops", "devops", "sre"],
            &["devops", "sre", "sre"],
            &[0.95, 0.45, 0.7],
        );
        let c = confusion(&r);
        assert_eq!(c.matches(r#"class="cell""#).count(), 4);
        assert!(c.contains(r#"data-true="devops" data-pred="sre" data-count="1""#));
        assert!(c.contains(r#"data-true="sre" data-pred="sre" data-count="1""#));
        let d = reliability(&r.calibration);
        assert_eq!(d.matches(r#"class="bin""#).count(), 10);
        assert!(d.contains(r#"data-low="0.9" data-high="1.0" data-n="1" data-right="1""#));
        assert!(d.contains(r#"data-low="0.4" data-high="0.5" data-n="1" data-right="0""#));
        let h = histogram(&r.calibration);
        assert_eq!(h.matches(r#"class="hist-bin""#).count(), 10);
    }
}
