//! Which account a run acts on, in wrangler's order: the config's `account_id` (per
//! environment), `CLOUDFLARE_ACCOUNT_ID` (or `CF_ACCOUNT_ID`), the default account of the wkv
//! profile signed in with, wrangler's account cache, and only then the API: one account is
//! used (and cached), several are offered in a picker on a terminal (the choice cached) or, off
//! a terminal, listed in an error as `name: id`. An account known before the API step costs no
//! request.

use std::path::PathBuf;

use crate::api::{Account, ApiClient};
use crate::error::WkvError;
use crate::output::shown;

use super::account_cache;
use super::env::Environment;

/// Where the account came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccountOrigin {
    Config,
    Variable(String),
    Profile,
    Cache(PathBuf),
    Api,
}

/// What decides the account, besides the API.
pub struct AccountInputs<'a> {
    pub config_account_id: Option<&'a str>,
    pub env: &'a Environment,
    pub profile_account: Option<&'a Account>,
    /// wrangler's cache folder and file name.
    pub cache: Option<(PathBuf, String)>,
}

/// Asks the person to choose among several accounts; `None` when no one can be asked.
pub type Picker<'a> = Option<&'a dyn Fn(&[Account]) -> anyhow::Result<usize>>;

/// The account id without asking the API, if the inputs decide it.
pub fn known_account(
    inputs: &AccountInputs<'_>,
) -> anyhow::Result<Option<(String, AccountOrigin)>> {
    if let Some(id) = inputs
        .config_account_id
        .map(str::trim)
        .filter(|id| !id.is_empty())
    {
        validate(id, "account_id in the wrangler config")?;
        return Ok(Some((id.to_string(), AccountOrigin::Config)));
    }
    if let Some(var) = inputs
        .env
        .get_or_legacy("CLOUDFLARE_ACCOUNT_ID", "CF_ACCOUNT_ID")
    {
        validate(&var.value, &var.name)?;
        return Ok(Some((var.value, AccountOrigin::Variable(var.name))));
    }
    if let Some(account) = inputs.profile_account {
        return Ok(Some((account.id.clone(), AccountOrigin::Profile)));
    }
    if let Some((folder, file)) = &inputs.cache {
        if let Some(account) = account_cache::read(folder, file) {
            return Ok(Some((account.id, AccountOrigin::Cache(folder.join(file)))));
        }
    }
    Ok(None)
}

/// The account to act on, asking the API (and maybe the person) only when needed.
pub async fn resolve_account(
    client: &ApiClient,
    inputs: &AccountInputs<'_>,
    picker: Picker<'_>,
) -> anyhow::Result<(String, AccountOrigin)> {
    if let Some(known) = known_account(inputs)? {
        return Ok(known);
    }
    let accounts = client.visible_accounts().await?;
    // wrangler hides account names from CI logs.
    let in_ci = inputs.env.is_present("CI");
    let chosen = choose(&accounts, picker, in_ci)?;
    if let Some((folder, file)) = &inputs.cache {
        // A cache that cannot be written only costs a look-up next time.
        let _ = account_cache::write(folder, file, &chosen);
    }
    Ok((chosen.id, AccountOrigin::Api))
}

/// One account, a pick among several, or an error (listing the accounts, names hidden when
/// `hide_names`).
pub fn choose(
    accounts: &[Account],
    picker: Picker<'_>,
    hide_names: bool,
) -> anyhow::Result<Account> {
    match accounts {
        [] => Err(WkvError::failure("these credentials cannot see any Cloudflare account")
            .with_hint("set CLOUDFLARE_ACCOUNT_ID (or account_id in the wrangler config), and check that the API token has access to that account")
            .into()),
        [only] => Ok(only.clone()),
        several => match picker {
            Some(pick) => {
                let index = pick(several)?;
                several.get(index).cloned().ok_or_else(|| {
                    WkvError::usage("no account was chosen").into()
                })
            }
            None => {
                let mut message = String::from(
                    "more than one account is available and none can be chosen off a terminal; the accounts (name: id):\n",
                );
                for account in several {
                    let name = if hide_names {
                        "(redacted)"
                    } else {
                        account.name.as_str()
                    };
                    message.push_str(&format!("  {name}: {}\n", account.id));
                }
                Err(WkvError::usage(message.trim_end().to_string())
                    .with_hint("set CLOUDFLARE_ACCOUNT_ID, or account_id in the wrangler config, to one of these ids")
                    .with_hint("or pick one once on a terminal: wkv and wrangler remember it in wrangler-account.json")
                    .into())
            }
        },
    }
}

/// Account ids as wrangler accepts them.
fn validate(id: &str, what: &str) -> anyhow::Result<()> {
    if id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        Ok(())
    } else {
        Err(WkvError::usage(format!(
            "{what} `{id}` is not an account id: use letters, digits, `_` and `-`"
        ))
        .into())
    }
}

/// The terminal picker: a numbered list on stderr, the answer read from stdin.
pub fn prompt_for_account(accounts: &[Account]) -> anyhow::Result<usize> {
    use std::io::Write;
    let mut stderr = std::io::stderr();
    writeln!(stderr, "Select an account:")?;
    for (i, account) in accounts.iter().enumerate() {
        let (name, id) = (shown(&account.name), shown(&account.id));
        writeln!(stderr, "  {}) {name} ({id})", i + 1)?;
    }
    loop {
        write!(stderr, "Account [1-{}]: ", accounts.len())?;
        stderr.flush()?;
        let mut answer = String::new();
        if std::io::stdin().read_line(&mut answer)? == 0 {
            return Err(WkvError::usage("no account was chosen").into());
        }
        match answer.trim().parse::<usize>() {
            Ok(n) if (1..=accounts.len()).contains(&n) => return Ok(n - 1),
            _ => {
                // An id or an exact name is a fine answer too.
                if let Some(i) = accounts
                    .iter()
                    .position(|a| a.id == answer.trim() || a.name == answer.trim())
                {
                    return Ok(i);
                }
                writeln!(stderr, "Type a number from 1 to {}.", accounts.len())?;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inputs<'a>(env: &'a Environment, config: Option<&'a str>) -> AccountInputs<'a> {
        AccountInputs {
            config_account_id: config,
            env,
            profile_account: None,
            cache: None,
        }
    }

    #[test]
    fn config_before_variable_before_cache() {
        let env = Environment::of(&[("CLOUDFLARE_ACCOUNT_ID", "env-id")]);
        let (id, origin) = known_account(&inputs(&env, Some("cfg-id")))
            .unwrap()
            .unwrap();
        assert_eq!((id.as_str(), origin), ("cfg-id", AccountOrigin::Config));
        let (id, _) = known_account(&inputs(&env, Some(" "))).unwrap().unwrap();
        assert_eq!(id, "env-id");
        let env = Environment::of(&[("CF_ACCOUNT_ID", "old")]);
        let (id, origin) = known_account(&inputs(&env, None)).unwrap().unwrap();
        assert_eq!(id, "old");
        assert_eq!(origin, AccountOrigin::Variable("CF_ACCOUNT_ID".into()));
        let dir = tempfile::tempdir().unwrap();
        let cached = Account {
            id: "cached".into(),
            name: "C".into(),
        };
        account_cache::write(dir.path(), account_cache::FILE_NAME, &cached).unwrap();
        let env = Environment::of(&[]);
        let mut with_cache = inputs(&env, None);
        with_cache.cache = Some((dir.path().to_path_buf(), account_cache::FILE_NAME.into()));
        assert_eq!(known_account(&with_cache).unwrap().unwrap().0, "cached");
        let bad = Environment::of(&[("CLOUDFLARE_ACCOUNT_ID", "a/b")]);
        assert!(known_account(&inputs(&bad, None)).is_err());
    }

    #[test]
    fn several_accounts_off_a_terminal_are_listed() {
        let accounts = vec![
            Account {
                id: "aaa".into(),
                name: "First Co".into(),
            },
            Account {
                id: "bbb".into(),
                name: "Second Co".into(),
            },
        ];
        let err = choose(&accounts, None, false).unwrap_err();
        let err = err.downcast_ref::<WkvError>().unwrap();
        assert_eq!(err.kind, crate::error::ErrorKind::Usage);
        assert!(err.message.contains("First Co: aaa") && err.message.contains("Second Co: bbb"));
        // In CI the names are hidden, the ids still listed.
        let err = choose(&accounts, None, true).unwrap_err().to_string();
        assert!(
            !err.contains("First Co") && err.contains("(redacted): aaa"),
            "{err}"
        );
        let pick_second = |_: &[Account]| Ok(1);
        assert_eq!(
            choose(&accounts, Some(&pick_second), false).unwrap().id,
            "bbb"
        );
        assert_eq!(choose(&accounts[..1], None, false).unwrap().id, "aaa");
        assert!(choose(&[], None, false).is_err());
    }
}
