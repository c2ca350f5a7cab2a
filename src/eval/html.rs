//! The evaluation report as one self-contained HTML page: the figures, the
//! confusion matrix as a heat map, the reliability diagram and confidence
//! histogram, the postings by whether they name their role, and every
//! misclassified posting with the segments that weighed most.
//!
//! Nothing is loaded from elsewhere (styles inline, charts inline SVG, no
//! script, no font or image files), so the page opens offline and can be
//! mailed as it is. Every text from the input is escaped, and the page's
//! Content-Security-Policy allows no script at all, as a second wall.

use std::io::{self, Write};

use super::mistakes::Mistake;
use super::svg::{self, escape};
use super::{BINS, Report};
use crate::text::shorten;

/// What the page shows.
pub struct Page<'a> {
    /// What was evaluated, as the user named it (a file name).
    pub source: &'a str,
    /// How the classifier was set up (encoder, precision, pooling …), one line.
    pub settings: &'a str,
    /// The figures.
    pub report: &'a Report,
    /// The misclassified postings shown (the first ones of the file).
    pub mistakes: &'a [Mistake],
    /// How many postings were misclassified in all.
    pub wrong: usize,
}

const STYLE: &str = "
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#222;margin:0;background:#f6f7f9}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
.meta{color:#666;margin:0 0 16px}
.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{background:#fff;border:1px solid #e2e4e8;border-radius:8px;padding:10px 16px;min-width:130px}
.card .v{font-size:26px;font-weight:600}.card .k{color:#666;font-size:13px}
table{border-collapse:collapse;background:#fff}
th,td{padding:4px 12px;border-bottom:1px solid #eee;text-align:right}
th:first-child,td:first-child{text-align:left}
td.text,th.text{text-align:left;max-width:640px}
.charts{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
figure{margin:0;background:#fff;border:1px solid #e2e4e8;border-radius:8px;padding:12px}
figcaption{color:#555;font-size:13px;max-width:380px;margin-top:6px}
svg text{font-family:inherit;fill:#222}svg .tick{font-size:11px;fill:#555}svg .axis{font-size:12px;fill:#555}
svg .label{font-size:13px;font-weight:600}svg .count{font-size:16px;font-weight:600}svg .share{font-size:11px}
.bar{display:inline-block;height:10px;background:#2f6db5;vertical-align:middle}
.mistake{background:#fff;border:1px solid #e2e4e8;border-left:4px solid #d9822b;border-radius:6px;padding:10px 14px;margin:12px 0}
.mistake h3{font-size:15px;margin:0 0 4px}.mistake .scores{color:#555;font-size:13px;margin:0 0 6px}
.mistake table{width:100%;font-size:13px}.mistake .feed{color:#555;font-size:13px;margin:0 0 6px}.term{background:#eef2f7;border-radius:3px;padding:0 3px}
pre{white-space:pre-wrap;word-break:break-word;background:#f6f7f9;padding:8px;font:13px/1.4 ui-monospace,monospace}
.gold{color:#2f6db5;font-weight:600}.pred{color:#b35a10;font-weight:600}
";

/// Writes the page.
pub fn write(out: &mut dyn Write, page: &Page) -> io::Result<()> {
    let r = page.report;
    let source = escape(page.source);
    write!(
        out,
        r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>jobclass evaluation: {source}</title>
<style>{STYLE}</style></head>
<body><main>
<h1>jobclass evaluation: {source}</h1>
<p class="meta">{} postings · jobclass {} · {}</p>
"#,
        r.n,
        env!("CARGO_PKG_VERSION"),
        escape(page.settings)
    )?;
    headline(out, r, page.wrong)?;
    per_class(out, r)?;
    writeln!(
        out,
        r#"<h2>Confusion matrix</h2>
<div class="charts"><figure>{}<figcaption>Rows are the true labels, columns the predictions. Each cell gives the count and its share of the row: blue on the diagonal (right), orange off it (confused).</figcaption></figure></div>"#,
        svg::confusion(r)
    )?;
    writeln!(
        out,
        r#"<h2>Calibration</h2>
<div class="charts"><figure>{}<figcaption>Reliability: for each confidence bin ({BINS} bins), the share predicted right (bar) and the mean confidence (orange line). Calibrated, the bars reach the dashed diagonal. ECE {:.3}: the gap between the two, averaged over the postings.</figcaption></figure>
<figure>{}<figcaption>How confident the predictions were: postings per bin, right (blue) and wrong (orange).</figcaption></figure></div>"#,
        svg::reliability(&r.calibration),
        r.ece,
        svg::histogram(&r.calibration)
    )?;
    role_names(out, r)?;
    mistakes(out, page)?;
    writeln!(out, "</main></body></html>")
}

fn headline(out: &mut dyn Write, r: &Report, wrong: usize) -> io::Result<()> {
    let mut cards = vec![
        ("accuracy", format!("{:.3}", r.accuracy)),
        ("macro-F1", format!("{:.3}", r.macro_f1)),
    ];
    if (r.macro_f1_true - r.macro_f1).abs() > 1e-12 {
        cards.push((
            "macro-F1 over the true labels",
            format!("{:.3}", r.macro_f1_true),
        ));
    }
    cards.push(("ECE (expected calibration error)", format!("{:.3}", r.ece)));
    cards.push(("misclassified", wrong.to_string()));
    write!(out, r#"<div class="cards" id="headline">"#)?;
    for (k, v) in cards {
        write!(
            out,
            r#"<div class="card"><div class="v">{v}</div><div class="k">{k}</div></div>"#
        )?;
    }
    writeln!(out, "</div>")
}

fn per_class(out: &mut dyn Write, r: &Report) -> io::Result<()> {
    writeln!(
        out,
        r#"<h2>Per class</h2>
<table id="per-class"><tr><th>class</th><th>precision</th><th>recall</th><th>F1</th><th>support</th><th>predicted</th></tr>"#
    )?;
    for m in &r.per_class {
        writeln!(
            out,
            "<tr><td>{}</td><td>{:.3}</td><td>{:.3}</td><td>{:.3}</td><td>{}</td><td>{}</td></tr>",
            escape(&m.label),
            m.precision,
            m.recall,
            m.f1,
            m.support,
            m.predicted
        )?;
    }
    writeln!(out, "</table>")
}

fn role_names(out: &mut dyn Write, r: &Report) -> io::Result<()> {
    writeln!(
        out,
        "<h2>Postings that name their role, and those that do not</h2>"
    )?;
    let Some(groups) = r.by_role_names else {
        return writeln!(
            out,
            "<p>Role names were not looked for (<code>--no-mentions</code>).</p>"
        );
    };
    writeln!(
        out,
        r#"<p>A role named as the job ("We are hiring a Senior SRE") is strong evidence; where none is named, the embedding of the text decides.</p>
<table id="role-names"><tr><th>role names</th><th>postings</th><th>accuracy</th><th></th><th>called other</th></tr>"#
    )?;
    for (name, g) in [("named as the job", groups[0]), ("not named", groups[1])] {
        writeln!(
            out,
            r#"<tr><td>{name}</td><td>{}</td><td>{:.3}</td><td style="text-align:left;width:210px"><span class="bar" style="width:{:.0}px"></span></td><td>{}</td></tr>"#,
            g.n,
            g.accuracy(),
            200.0 * g.accuracy(),
            g.other
        )?;
    }
    writeln!(out, "</table>")
}

/// At most this many characters of a segment are shown.
const SEGMENT_CHARS: usize = 400;

fn mistakes(out: &mut dyn Write, page: &Page) -> io::Result<()> {
    let shown = page.mistakes.len();
    let heading = if shown < page.wrong {
        format!(
            "Misclassified postings (the first {shown} of {})",
            page.wrong
        )
    } else {
        format!("Misclassified postings ({shown})")
    };
    writeln!(out, r#"<h2>{heading}</h2><div id="mistakes">"#)?;
    if page.wrong == 0 {
        writeln!(out, "<p>None.</p>")?;
    }
    for m in page.mistakes {
        let p = &m.prediction;
        let scores: Vec<String> = p
            .scores
            .iter()
            .map(|(l, s)| format!("{} {s:.2}", escape(l)))
            .collect();
        writeln!(
            out,
            r#"<article class="mistake" data-row="{row}" data-gold="{gold}" data-pred="{pred}"><h3>row {row}: true <span class="gold">{gold}</span>, predicted <span class="pred">{pred}</span> (confidence {conf:.2})</h3><p class="scores">scores: {scores}</p>"#,
            row = m.row,
            gold = escape(m.gold),
            pred = escape(&p.label),
            conf = p.confidence,
            scores = scores.join(", "),
        )?;
        if let Some(feed) = p.evidence.as_ref().and_then(|e| e.feed.as_ref()) {
            let read: Vec<String> = feed
                .scores
                .iter()
                .map(|(l, s)| format!("{} {s:.2}", escape(l)))
                .collect();
            let words: Vec<String> = feed
                .words
                .iter()
                .map(|(w, _)| format!(r#"<span class="term">{}</span>"#, escape(w)))
                .collect();
            writeln!(
                out,
                r#"<p class="feed">feed model: {}; the words that moved it most: {}</p>"#,
                read.join(", "),
                if words.is_empty() {
                    "none".to_string()
                } else {
                    words.join(", ")
                }
            )?;
        }
        if !m.top_segments.is_empty() {
            writeln!(
                out,
                r#"<table><tr><th>weight</th><th>leans to</th><th class="text">segment (the {} heaviest of {})</th></tr>"#,
                m.top_segments.len(),
                m.segments
            )?;
            for s in &m.top_segments {
                let (label, prob) = s.leaning();
                writeln!(
                    out,
                    r#"<tr class="segment"><td>{:.2}</td><td>{} {prob:.2}</td><td class="text">{}</td></tr>"#,
                    s.weight,
                    escape(label),
                    escape(&shorten(&s.text, SEGMENT_CHARS))
                )?;
            }
            writeln!(out, "</table>")?;
        }
        writeln!(
            out,
            "<details><summary>the posting</summary><pre>{}</pre></details></article>",
            escape(&m.text)
        )?;
    }
    writeln!(out, "</div>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::prediction::{Prediction, SegmentScore};

    fn page_html(mistakes: &[Mistake], wrong: usize) -> String {
        let r = super::super::evaluate(
            &["devops", "sre", "other"],
            &["devops", "sre"],
            &["sre", "sre"],
            &[0.6, 0.9],
        );
        let page = Page {
            source: "a<b>.csv",
            settings: "encoder base",
            report: &r,
            mistakes,
            wrong,
        };
        let mut out = Vec::new();
        write(&mut out, &page).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn mistake(text: &str) -> Mistake {
        let labels: Vec<String> = ["devops", "sre", "other"].map(String::from).into();
        Mistake {
            row: 1,
            text: text.into(),
            gold: "devops",
            prediction: Prediction::from_probs(&labels, &[0.3, 0.6, 0.1]),
            top_segments: vec![SegmentScore {
                text: text.into(),
                scores: labels.iter().cloned().zip([0.2, 0.7, 0.1]).collect(),
                set_aside: 0.1,
                weight: 0.81,
            }],
            segments: 3,
        }
    }

    #[test]
    fn a_mistake_read_by_the_feed_model_shows_its_words() {
        use crate::pipeline::feed::FeedReading;
        use crate::pipeline::prediction::Evidence;
        let mut m = mistake("Keep the zorblax stack fast.");
        let plain = page_html(std::slice::from_ref(&m), 1);
        assert!(!plain.contains(r#"class="feed""#));
        m.prediction.evidence = Some(Evidence {
            embedding: None,
            mentions: Default::default(),
            feed: Some(FeedReading {
                scores: vec![("devops".into(), 0.8), ("sre".into(), 0.2)],
                words: vec![("zorblax".into(), 0.3), ("<b>".into(), 0.1)],
            }),
            scope: None,
        });
        let html = page_html(&[m], 1);
        assert!(
            html.contains(r#"<p class="feed">feed model: devops 0.80, sre 0.20; the words that moved it most: <span class="term">zorblax</span>, <span class="term">&lt;b&gt;</span></p>"#),
            "{html}"
        );
    }

    #[test]
    fn text_from_the_input_never_becomes_markup() {
        let html = page_html(
            &[mistake(
                "<script>alert(1)</script> & <img src=x onerror=alert(2)>",
            )],
            1,
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x"));
        assert!(html.contains("<title>jobclass evaluation: a&lt;b&gt;.csv</title>"));
        // Once in the segment table, once in the whole posting.
        assert_eq!(html.matches("&lt;script&gt;alert(1)").count(), 2);
    }

    #[test]
    fn the_page_is_self_contained_and_has_every_part() {
        let html = page_html(&[mistake("Own the on-call rotation.")], 1);
        for part in [
            r#"id="headline""#,
            r#"id="per-class""#,
            r#"id="confusion""#,
            r#"id="reliability""#,
            r#"id="histogram""#,
            r#"id="mistakes""#,
            "default-src 'none'",
            "weight</th><th>leans to",
            "<td>0.81</td><td>sre 0.70</td>",
        ] {
            assert!(html.contains(part), "{part}");
        }
        for external in ["src=", "href=", "url(", "@import"] {
            assert!(!html.contains(external), "{external}");
        }
        assert!(html.contains("Misclassified postings (1)"));
        let html = page_html(&[mistake("x")], 7);
        assert!(html.contains("Misclassified postings (the first 1 of 7)"));
    }

    #[test]
    fn without_role_names_the_page_says_so() {
        let html = page_html(&[], 0);
        assert!(html.contains("Role names were not looked for"));
        assert!(html.contains("<p>None.</p>"));
    }
}
