//! Opt-in interop tests: wkv next to the real wrangler 4, on the same local state, the same
//! `wkv serve` and the same login session. They run only when `WKV_WRANGLER` names a wrangler 4
//! executable at build time (`build.rs` then sets `cfg(wkv_wrangler)`); otherwise every test
//! is reported as ignored, so the default suite needs no Node.js. Each run prints the wrangler
//! version it ran against. See the README ("Interop tests") for running them against wrangler
//! 4.164 (Node 22) and 4.86.
//!
//! One module per area: `local_data` (local state both ways, remote commands), `parity`
//! (side-by-side outputs and refusals), `auth` (one shared login session), `profiles` (the same
//! login profile chosen, the same `CLOUDFLARE_API_HEADERS` refused), `dev` (a running
//! `wrangler dev`). `wrangler` finds the executable and says which version it is.

#[path = "../support/mod.rs"]
mod support;

mod auth;
mod dev;
mod local_data;
mod parity;
mod profiles;
mod wrangler;
