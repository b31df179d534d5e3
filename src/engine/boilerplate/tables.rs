//! Short lines inside a table of the article: reporting, not furniture.
//! A lone capitalised word reads as a page label ("Livemint",
//! "Comments"), except where it heads part of a results table.

use super::{is_page_label, BoilerplateKind};

/// Most words of a table row around a label that heads part of a table.
const TABLE_ROW_WORDS: usize = 15;

/// Takes the page-label tag off a lone word standing inside a table of
/// the article: "Year" between "Avg shrs 9,245,247 vs 8,035,326" and
/// "Shr loss 17 cts vs loss 20 cts" heads the year's figures (and was
/// corrected from "Nine mths"); it is reporting, not furniture. Inside a
/// table means the blocks before and after it are short rows holding
/// figures. `tag` reaches each block's tag in `infos` (one per block).
pub fn keep_table_labels<T>(
    text: &str,
    blocks: &[crate::engine::model::ByteRange],
    infos: &mut [T],
    tag: impl Fn(&mut T) -> &mut Option<BoilerplateKind>,
) {
    let row = |i: usize| {
        blocks.get(i).is_some_and(|b| {
            let block = &text[b.range()];
            block.bytes().any(|c| c.is_ascii_digit())
                && block.split_whitespace().count() <= TABLE_ROW_WORDS
        })
    };
    for i in 1..infos.len() {
        if *tag(&mut infos[i]) == Some(BoilerplateKind::PageLabel)
            && is_page_label(&text[blocks[i].range()])
            && row(i - 1)
            && row(i + 1)
        {
            *tag(&mut infos[i]) = None;
        }
    }
}
