//! A place a copy reads from or writes to: `[PROFILE@](local|remote):NAME`. NAME is a binding
//! of the wrangler config, a namespace id, or (remote only) a namespace title; which one is
//! decided when the place is opened, in that order.

use std::fmt;

use crate::error::WkvError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    Local,
    Remote,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// A sign-in profile to take the credentials from (remote places).
    pub profile: Option<String>,
    pub kind: PlaceKind,
    pub name: String,
}

impl Place {
    pub fn parse(text: &str) -> Result<Place, WkvError> {
        let bad = |why: &str| {
            WkvError::usage(format!("`{text}` is not a place: {why}"))
                .with_hint("write a place as local:NAME or remote:NAME (NAME: a binding, a namespace id or, remotely, a title)")
        };
        let (profile, rest) = match text.split_once('@') {
            // An `@` after the colon belongs to the name (a title may hold one).
            Some((profile, rest)) if !profile.contains(':') => {
                if profile.is_empty() {
                    return Err(bad("the profile before `@` is empty"));
                }
                (Some(profile.to_string()), rest)
            }
            _ => (None, text),
        };
        let (kind, name) = match rest.split_once(':') {
            Some(("local", name)) => (PlaceKind::Local, name),
            Some(("remote", name)) => (PlaceKind::Remote, name),
            Some((other, _)) => {
                return Err(bad(&format!("`{other}` is neither `local` nor `remote`")))
            }
            None => return Err(bad("it does not start with `local:` or `remote:`")),
        };
        if name.is_empty() {
            return Err(bad("the name after the colon is empty"));
        }
        if profile.is_some() && kind == PlaceKind::Local {
            return Err(bad("a profile applies to remote places only"));
        }
        Ok(Place {
            profile,
            kind,
            name: name.to_string(),
        })
    }

    pub fn is_remote(&self) -> bool {
        self.kind == PlaceKind::Remote
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(profile) = &self.profile {
            write!(f, "{profile}@")?;
        }
        let kind = match self.kind {
            PlaceKind::Local => "local",
            PlaceKind::Remote => "remote",
        };
        write!(f, "{kind}:{}", crate::output::shown(&self.name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_parse_with_and_without_a_profile() {
        let plain = Place::parse("remote:CACHE").unwrap();
        assert_eq!(plain.kind, PlaceKind::Remote);
        assert_eq!(plain.name, "CACHE");
        assert_eq!(plain.profile, None);
        let local = Place::parse("local:5f4e3d2c1b0a49588776655443322110").unwrap();
        assert_eq!(local.kind, PlaceKind::Local);
        let profiled = Place::parse("work@remote:my title: with colon").unwrap();
        assert_eq!(profiled.profile.as_deref(), Some("work"));
        assert_eq!(profiled.name, "my title: with colon");
        // An `@` inside the name is part of it.
        let at = Place::parse("remote:a@b").unwrap();
        assert_eq!((at.profile, at.name.as_str()), (None, "a@b"));
    }

    #[test]
    fn malformed_places_are_refused() {
        for text in [
            "CACHE",
            "cloud:CACHE",
            "remote:",
            "@remote:x",
            "p@local:x",
            "",
        ] {
            assert!(Place::parse(text).is_err(), "{text}");
        }
    }
}
