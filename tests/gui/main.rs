//! The desktop app driven like a user would: egui_kittest runs real frames
//! of the real app without a display, and files come through an injected
//! picker. All GUI tests live in this one test binary so the GUI toolkit is
//! linked once, not once per file (each link is hundreds of megabytes).
#![cfg(feature = "gui")]

#[path = "../support/mod.rs"]
mod support;

#[path = "../support/http.rs"]
mod http;

mod app;
mod controls;
mod export;
mod inputs;
mod links;
mod marks;
mod material;
mod reading_aids;
mod redline;
mod review;
mod rough_edges;
mod shortcuts;
mod snapshots;
mod story;
mod story_open;
