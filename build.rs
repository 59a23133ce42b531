//! Build script: only for the opt-in interop tests (`tests/interop/`). When `WKV_WRANGLER`
//! names a wrangler executable at build time, `cfg(wkv_wrangler)` is set and those tests run;
//! without it they are reported as ignored. Nothing else depends on it.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(wkv_wrangler)");
    println!("cargo::rerun-if-env-changed=WKV_WRANGLER");
    println!("cargo::rerun-if-changed=build.rs");
    if std::env::var_os("WKV_WRANGLER").is_some_and(|v| !v.is_empty()) {
        println!("cargo::rustc-cfg=wkv_wrangler");
    }
}
