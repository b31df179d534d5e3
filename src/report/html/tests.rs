use super::*;

#[test]
fn escaping_covers_markup_and_attributes() {
    assert_eq!(
        escape(r#"<script>alert("x")</script> & " onmouseover='y'"#),
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot; onmouseover=&#39;y&#39;"
    );
}

#[test]
fn hostile_article_text_stays_text() {
    let left =
        "The mayor said <b>no</b>.\n\nA quiet paragraph about the budget and its many lines.";
    let right = "The mayor said <script>alert(1)</script> yes.\n\nA quiet paragraph about the budget and its many lines.\n\n\" onmouseover=\"alert(2)";
    let html = render(
        &crate::engine::compare::compare_texts(left, right),
        HtmlOptions::default(),
    );
    assert!(!html.contains("<script>"), "{html}");
    assert!(!html.contains("<b>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&quot; onmouseover=&quot;alert(2)"));
    assert!(!html.contains("\" onmouseover="));
}

#[test]
fn self_contained_with_checksums_and_links() {
    let cmp = crate::engine::compare::compare_texts(
        "Alpha beta gamma delta.",
        "Alpha beta gamma epsilon.",
    );
    let html = render(&cmp, HtmlOptions::default());
    for needle in ["src=", "href=\"http", "<link", "<script", "@import", "url("] {
        assert!(
            !html.contains(needle),
            "external resource or script: {needle}"
        );
    }
    assert!(html.contains(&crate::engine::model::checksum("Alpha beta gamma delta.")));
    assert!(html.contains("href=\"#u0\""));
    assert!(html.contains("id=\"u0\""));
    assert!(html.contains("<span class=\"rw\" title=\"was: delta\">epsilon</span>"));
}

#[test]
fn in_word_marks_and_phrases_show_in_the_report() {
    let cmp = crate::engine::compare::compare_texts(
        "In the beginning God created the heaven and the earth. He said the talks were very productive today.",
        "In the beginning, God created the heavens and the earth. He claimed the talks proved quite productive today.",
    );
    let html = render(&cmp, HtmlOptions::default());
    assert!(
        html.contains(">heaven<ins class=\"ch\">s</ins></span>"),
        "{html}"
    );
    assert!(html.contains("<span class=\"ph\"><span class=\"rw\" title=\"was: said\">claimed</span> the talks <span class=\"rw\" title=\"was: were very\">proved quite</span></span>"), "{html}");
    assert!(
        html.contains(
            "<span class=\"ph\"><span class=\"rw\" title=\"now: claimed\">said</span> the talks"
        ),
        "{html}"
    );
}

/// Issue "Nothing hidden": two paragraphs folded into one; the one the
/// alignment does not pair with it is still listed as shared, each end
/// linked to its row.
#[test]
fn a_quote_moved_into_another_paragraph_is_listed_as_shared() {
    let left = "The council met on Monday to discuss the budget for next year.\n\nThe mayor said it was an extremely productive meeting of minds today.";
    let right = "The council met on Monday, and the mayor said it was an extremely productive meeting of minds today, before the vote.\n\nOther business followed, none of it about money.";
    let cmp = crate::engine::compare::compare_texts(left, right);
    assert!(!cmp.links.is_empty(), "{:?}", cmp.units);
    let html = render(&cmp, HtmlOptions::default());
    assert!(html.contains("<section id=\"passages\">"), "{html}");
    assert!(
        html.contains("<a href=\"#u0\">left ¶1</a> ↔ <a href=\"#u1\">right ¶1</a> <span class=\"where\">(elsewhere, verbatim)</span> <q>The council met on Monday</q>"),
        "{html}"
    );
    // Both ends marked in the side-by-side view, each pointing at the other.
    for (here, there) in [("l", "r"), ("r", "l")] {
        let anchor = format!("<a class=\"ln\" id=\"p0{here}\" href=\"#p0{there}\"");
        assert!(html.contains(&anchor), "{anchor} in {html}");
    }
}

#[test]
fn material_changes_are_outlined_labelled_and_listed() {
    let cmp = crate::engine::compare::compare_texts(
        "Some 500,000 people marched.",
        "Some 50,000 people marched.",
    );
    let html = render(&cmp, HtmlOptions::default());
    assert!(
        html.contains(
            r#"<span class="mat" data-material="number" title="Material change: number">"#
        ),
        "{html}"
    );
    assert!(html.contains("<h2>Material changes (1)</h2>"));
    assert!(html.contains("<del>500,000</del> <ins>50,000</ins>"));
    let plain =
        crate::engine::compare::compare_texts("Some people marched.", "Some people walked.");
    assert!(!render(&plain, HtmlOptions::default()).contains("class=\"mat\""));
}

#[test]
fn each_row_carries_its_redline_for_the_redline_box() {
    let cmp = crate::engine::compare::compare_texts(
        "The mayor spoke on Monday about the budget.\n\nGone paragraph entirely here now.",
        "The mayor spoke on Tuesday about the new budget.",
    );
    let html = render(&cmp, HtmlOptions::default());
    assert!(html.contains(r#"<input type="checkbox" id="redline">"#));
    assert!(
        html.contains(r#"<div class="cell rl">The mayor spoke on <span class="mat" data-material="date" title="Material change: date"><del>Monday</del> <ins>Tuesday</ins></span> about the <ins>new</ins> budget.</div>"#),
        "{html}"
    );
    assert!(html.contains(r#"<div class="cell rl">Gone paragraph entirely here now.</div>"#));
    assert_eq!(
        html.matches("class=\"cell rl\"").count(),
        cmp.units.len(),
        "one redline a row"
    );
}
