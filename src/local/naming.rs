//! Where miniflare keeps a namespace on disk: the database file name derived from the namespace
//! id, the blob directory, and the shape of blob ids. Pure naming; nothing here touches files.

use std::path::{Path, PathBuf};

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use crate::error::WkvError;

/// The directory under the KV root holding one SQLite database per namespace. Miniflare names it
/// after the Durable Object class that backs KV, and uses the same name as the HMAC key seed.
pub const OBJECT_DIR: &str = "miniflare-KVNamespaceObject";

/// The database file name miniflare uses for a namespace: its Durable Object id, which is two
/// chained HMACs keyed by the SHA-256 of the object class name (see the fixture README).
pub fn database_file_name(namespace_id: &str) -> String {
    let key = Sha256::digest(OBJECT_DIR.as_bytes());
    let first = hmac_16(&key, namespace_id.as_bytes());
    let second = hmac_16(&key, &first);
    let mut name = hex::encode(first);
    name.push_str(&hex::encode(second));
    name.push_str(".sqlite");
    name
}

fn hmac_16(key: &[u8], message: &[u8]) -> [u8; 16] {
    // HMAC accepts keys of any length, so this cannot fail for a 32-byte key.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(message);
    let digest = mac.finalize().into_bytes();
    let mut out = [0u8; 16];
    out.copy_from_slice(&digest[..16]);
    out
}

/// A fresh blob id: 32 random bytes as 64 hex characters, then the write time in milliseconds as
/// 16 hex characters of a big-endian 64-bit integer, as miniflare names its blobs.
pub fn new_blob_id(now_ms: i64) -> String {
    let mut random = [0u8; 32];
    // The OS random source only fails on exotic platforms before the entropy pool is ready;
    // a blob id that might collide would be worse than stopping.
    getrandom::getrandom(&mut random).expect("the operating system's random source failed");
    let mut id = hex::encode(random);
    id.push_str(&hex::encode(now_ms.to_be_bytes()));
    id
}

/// Namespace ids become directory names, and `wkv serve` takes them from URLs, so anything that
/// could step outside the KV root is refused.
pub fn validate_namespace_id(namespace_id: &str) -> Result<(), WkvError> {
    let bad = namespace_id.is_empty()
        || namespace_id == "."
        || namespace_id == ".."
        || namespace_id == OBJECT_DIR
        || namespace_id.contains(['/', '\\', '\0']);
    if bad {
        return Err(WkvError::usage(format!(
            "`{namespace_id}` is not a usable namespace id for local state"
        )));
    }
    Ok(())
}

pub fn database_path(kv_root: &Path, namespace_id: &str) -> PathBuf {
    kv_root
        .join(OBJECT_DIR)
        .join(database_file_name(namespace_id))
}

pub fn namespace_dir(kv_root: &Path, namespace_id: &str) -> PathBuf {
    kv_root.join(namespace_id)
}

pub fn blobs_dir(kv_root: &Path, namespace_id: &str) -> PathBuf {
    namespace_dir(kv_root, namespace_id).join("blobs")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_name_matches_the_readme_example() {
        assert_eq!(
            database_file_name("5f4e3d2c1b0a49588776655443322110"),
            "16585b913d450582ff19e32b065c5a7f16ed4bf93a17ef11b95709481953fac2.sqlite"
        );
    }

    #[test]
    fn database_name_matches_the_second_fixture_namespace() {
        assert_eq!(
            database_file_name("a1b2c3d4e5f60718293a4b5c6d7e8f90"),
            "cc68daec72c2f26b38792e5f62e911c5451031a1f30d4b37836f5f6c051e48af.sqlite"
        );
    }

    #[test]
    fn blob_ids_are_random_hex_then_big_endian_millis() {
        let id = new_blob_id(0x1a2_1955_6516);
        assert_eq!(id.len(), 80);
        assert!(id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
        assert!(id.ends_with("000001a219556516"));
        assert_ne!(new_blob_id(1)[..64], new_blob_id(1)[..64]);
    }

    #[test]
    fn path_like_namespace_ids_are_refused() {
        for bad in ["", ".", "..", "a/b", "a\\b", OBJECT_DIR] {
            assert!(validate_namespace_id(bad).is_err(), "{bad:?}");
        }
        assert!(validate_namespace_id("5f4e3d2c1b0a49588776655443322110").is_ok());
        assert!(validate_namespace_id("MY_BINDING").is_ok());
    }
}
