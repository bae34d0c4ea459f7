//! Lab bundles: every lab but the one the site opens on (`Lab::bundle`) is a wasm app
//! of its own, so the first load carries only the shell and the Serialize lab, and a
//! lab's page costs nothing until it is opened. Code splitting by hand: one wasm
//! cannot be split, several can.
//!
//! - `loader` (first bundle): `LazyLab`, the placeholder the registry renders for
//!   such a lab. It fetches `wirelab-lab-<slug>.js` once (Trunk builds it like a
//!   worker: `data-type="worker"`; `scripts/csp_hook.py` versions it and exposes its
//!   init function), starts its wasm, and mounts the lab into its own element,
//!   passing the language and what the Serialize lab carries; it unmounts it when the
//!   route changes.
//! - `root` (the lab's bundle): `LabRoot`, the mounted app: the contexts a lab page
//!   reads (language, the carried pickle, a router) around the lab's page.
//! - `exports`: `lab_bundle!`, the JavaScript face of a lab's bundle
//!   (`src/bin/wirelab_lab_<slug>/main.rs` is one line of it).

mod exports;
mod loader;
mod root;

pub use loader::LazyLab;
pub use root::{skip_first_bundles_tree_ids, LabRoot, LabRootProps};
