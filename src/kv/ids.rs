//! Namespace and account ids as they are used: a path segment of an API URL in remote mode, a
//! directory name in local state. Checked before any request is sent or any file is touched, so
//! an id can never send the user's credentials to another API path or fail halfway as an I/O
//! error. (The local store refuses `/`, `.` and `..` itself; this adds what the file system and
//! the URL impose on top.)

use crate::error::WkvError;

/// The longest file name Linux and macOS allow (`NAME_MAX`, in bytes). A local namespace keeps
/// its values in a directory named after its id.
pub const MAX_LOCAL_ID_BYTES: usize = 255;

/// An id for remote mode. It is percent-encoded like a key, which makes every character safe
/// except the two ids a URL parser resolves as path steps: `.` and `..` (`/namespaces/..` would
/// address `/storage/kv` instead). Whitespace and control characters are never part of a real id
/// (Cloudflare's are 32 hex digits) and are refused too, so a pasted id with a stray newline
/// fails clearly instead of reaching the API as `%0A`.
pub fn validate_remote_id(what: &str, id: &str) -> Result<(), WkvError> {
    let problem = if id.trim().is_empty() {
        Some("it is empty")
    } else if id == "." || id == ".." {
        Some("it would change the API path of the request")
    } else if id.chars().any(|c| c.is_control() || c.is_whitespace()) {
        Some("it holds whitespace or control characters")
    } else {
        None
    };
    match problem {
        None => Ok(()),
        Some(problem) => Err(WkvError::usage(format!(
            "`{id}` is not a usable {what} in remote mode: {problem}"
        ))
        .with_hint(format!(
            "a Cloudflare {what} is 32 hexadecimal characters{}",
            if what == "account id" {
                "; check CLOUDFLARE_ACCOUNT_ID and account_id in the wrangler config"
            } else {
                "; `wkv namespace list` shows the namespace ids of the account"
            }
        ))),
    }
}

/// An id for local state: its directory name must fit the file system.
pub fn validate_local_id(id: &str) -> Result<(), WkvError> {
    if id.len() > MAX_LOCAL_ID_BYTES {
        return Err(WkvError::usage(format!(
            "the namespace id is {} bytes long; local state names a directory after it, and file \
             names are at most {MAX_LOCAL_ID_BYTES} bytes",
            id.len()
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn dot_segments_and_blank_ids_are_refused_remotely() {
        for bad in ["", " ", ".", "..", "a b", "abc\n", "\u{1b}[31m", "a\tb"] {
            let error = validate_remote_id("namespace id", bad).unwrap_err();
            assert_eq!(error.kind, ErrorKind::Usage, "{bad:?}");
        }
        let error = validate_remote_id("namespace id", "..").unwrap_err();
        assert!(error.message.contains("API path"), "{}", error.message);
    }

    #[test]
    fn real_ids_and_local_binding_names_pass_remotely() {
        for good in [
            "0f2ac74b498b48028cb68387c421e279",
            "MY_BINDING",
            "...",
            ".hidden",
            "a/b",
            "%2e%2e",
        ] {
            assert!(validate_remote_id("namespace id", good).is_ok(), "{good:?}");
        }
    }

    #[test]
    fn local_ids_must_fit_a_file_name() {
        assert!(validate_local_id(&"a".repeat(255)).is_ok());
        let error = validate_local_id(&"a".repeat(256)).unwrap_err();
        assert_eq!(error.kind, ErrorKind::Usage);
        assert!(error.message.contains("256 bytes"), "{}", error.message);
        // Bytes, not characters: 128 two-byte characters are 256 bytes.
        assert!(validate_local_id(&"é".repeat(128)).is_err());
    }
}
