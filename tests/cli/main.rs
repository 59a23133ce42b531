//! The integration tests: one binary with a module per area, so the suite links the crate
//! once instead of once per file. Every test runs the real `wkv` binary, a real `wkv serve`
//! on a loopback port, or the library against real local state (see `support`).
//!
//! The opt-in tests that need a real wrangler live in their own binary (`tests/interop/`).

#[path = "../support/mod.rs"]
mod support;

#[cfg(unix)]
mod api_client;
mod api_headers;
mod assets;
mod auth;
mod behaviour;
mod browse;
mod bulk_scale;
mod ci_recipes;
mod cli_hardening;
mod copy_sync;
mod failure_policy;
mod faults;
mod fuzz_parsers;
mod local_crash_safety;
mod local_state;
mod local_store;
mod name_patterns;
mod namespace_check;
mod namespace_delete_race;
#[cfg(unix)]
mod npm_package;
mod openapi;
mod parity;
mod remote_cli;
mod serve_hardening;
mod server_routes;
mod whoami;
mod wrangler_profiles;
