//! wkv: a fast, wrangler-compatible command-line tool for Cloudflare Workers KV.
//!
//! The binary (`main.rs`) only parses arguments and maps errors to exit codes; everything else
//! lives here so that tests can reach the command tree and the stores directly.

pub mod api;
pub mod auth;
pub mod browse;
pub mod bulk;
pub mod cli;
pub mod commands;
pub mod config;
pub mod error;
pub mod kv;
pub mod local;
pub mod output;
pub mod server;
pub mod session;
pub mod suggest;
pub mod sync;
