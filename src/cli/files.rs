//! Comparing two files: load both, compare, write one report.

use anyhow::{Context, Result};

use super::args::CompareArgs;
use super::output::{emit, exit_code, load};

/// Compares the two files `args` names; returns the exit code.
pub fn run(args: &CompareArgs) -> Result<i32> {
    // Both files read and decoded at once (a whole Bible is 4 MB a side).
    let (left, right) =
        syndiff::engine::parallel::both(|| load(&args.left, args), || load(&args.right, args));
    let mut left = left.context("cannot load the left file")?;
    let mut right = right.context("cannot load the right file")?;
    if let Some(label) = &args.left_label {
        left.path = Some(label.clone());
    }
    if let Some(label) = &args.right_label {
        right.path = Some(label.clone());
    }
    let cmp = syndiff::compare(&left, &right, &args.normalization());
    // The comparison holds both texts; the documents are not needed again.
    drop((left, right));
    emit(args, |out| {
        syndiff::report::write(&cmp, args.format, &args.render_options(), out)
    })?;
    let code = exit_code(&cmp, args.exit_on);
    // The process ends next, which gives the memory back at once: freeing
    // the comparison piece by piece (a whole Bible's 31,000 units and
    // their edits) is time the user would wait for and nothing else.
    std::mem::forget(cmp);
    Ok(code)
}
