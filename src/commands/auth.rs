//! `wkv auth login|list|use|logout|token`: wkv's saved sign-ins (profiles of API tokens), for
//! people with several accounts or no browser, and the token for scripts.

use std::io::{Read, Write};
use std::time::Duration;

use serde_json::json;

use crate::api::{encode_uri_component, Account, ApiClient, ClientOptions, Credentials};
use crate::auth::profiles::{self, Profile};
use crate::auth::{self, AuthSetup, ProfileStore};
use crate::cli::{AuthCommand, AuthLoginArgs, OutputFormat};
use crate::error::WkvError;
use crate::output::Ui;

use crate::session::Context;

/// The profile `wkv auth login` writes when no --profile is given.
const DEFAULT_PROFILE: &str = "default";
/// The permissions a token for wkv needs: Workers KV Storage (edit), and Account Settings
/// (read) so that the accounts can be listed for `whoami` and the account picker.
const TOKEN_PERMISSIONS: &str =
    r#"[{"key":"workers_kv_storage","type":"edit"},{"key":"account_settings","type":"read"}]"#;

pub async fn run(command: AuthCommand, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    match command {
        AuthCommand::Login(args) => login(args, context, ui).await,
        AuthCommand::List => list(ui),
        AuthCommand::Use { name } => use_profile(&name, ui),
        AuthCommand::Logout { name } => logout(name.or_else(|| context.profile.clone()), ui),
        AuthCommand::Token => token(context, ui).await,
    }
}

/// The dashboard page that creates a token with the right permissions already selected.
pub fn token_page_url() -> String {
    format!(
        "https://dash.cloudflare.com/profile/api-tokens?permissionGroupKeys={}&name=wkv",
        encode_uri_component(TOKEN_PERMISSIONS)
    )
}

fn store() -> anyhow::Result<ProfileStore> {
    ProfileStore::default_location().ok_or_else(|| {
        WkvError::failure("this system has no per-user config directory to keep profiles in").into()
    })
}

async fn login(args: AuthLoginArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    let name = context
        .profile
        .clone()
        .unwrap_or_else(|| DEFAULT_PROFILE.to_string());
    profiles::validate_name(&name)?;
    let store = store()?;
    // Check the file before asking for anything.
    let mut saved = store.load()?;
    let token = read_token(&args, ui)?;
    let setup = context.auth_setup()?;
    let endpoint = setup.api_endpoint()?;
    let source = "the token given to `wkv auth login`";
    let client = ApiClient::new(
        Credentials::api_token(token.clone()).with_source(source),
        ClientOptions {
            base_url: endpoint.base_url,
            retries: context.retries,
            verbose: context.verbose,
            requests_per_window: None,
            timeout: Duration::from_secs(60),
            on_retry: context.on_retry.clone(),
            extra_headers: setup.api_headers()?.headers,
        },
    )?;
    match client.verify_token().await {
        Ok(status) if status.status.is_empty() || status.status == "active" => {}
        Ok(status) => {
            return Err(WkvError::failure(format!(
                "Cloudflare says the token is `{}`, not active",
                status.status
            ))
            .with_hint(format!("create a new token at {}", token_page_url()))
            .into())
        }
        // Account API tokens are verified under their account, not here (code 1000).
        Err(e) if e.has_code(1000) => {}
        Err(e) => {
            return Err(anyhow::Error::new(e).context(WkvError::failure(
                "Cloudflare refused the token; nothing was saved",
            )))
        }
    }
    let accounts = client.visible_accounts().await?;
    let account = pick_account(&accounts, args.account.as_deref(), ui)?;
    if let Some(account) = &account {
        if !client.can_use_kv(&account.id).await? {
            return Err(WkvError::failure(format!(
                "the token lacks the \"Workers KV Storage\" permission for account {}; nothing was saved",
                auth::describe_account(account)
            ))
            .with_hint(format!(
                "create a token with that permission at {}",
                token_page_url()
            ))
            .into());
        }
    }
    let email = client.user_email().await.ok().flatten();
    saved.profiles.insert(
        name.clone(),
        Profile {
            token,
            account_id: account.as_ref().map(|a| a.id.clone()),
            account_name: account
                .as_ref()
                .map(|a| a.name.clone())
                .filter(|n| !n.is_empty()),
            email: email.clone(),
        },
    );
    if saved.default.is_none() {
        saved.default = Some(name.clone());
    }
    store.save(&saved)?;
    let who = email.map(|e| format!(" as {e}")).unwrap_or_default();
    let with_account = match &account {
        Some(account) => format!(", account {}", auth::describe_account(account)),
        None => ", no default account".to_string(),
    };
    ui.status(format!(
        "Signed in{who}: saved profile `{name}`{with_account} in `{}`{}",
        store.path.display(),
        if saved.default.as_deref() == Some(name.as_str()) {
            " (the default)"
        } else {
            ""
        }
    ));
    Ok(())
}

/// From stdin with --with-token, else hidden input on a terminal; never from arguments.
fn read_token(args: &AuthLoginArgs, ui: &Ui) -> anyhow::Result<String> {
    let token = if args.with_token {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| WkvError::usage(format!("cannot read the token from stdin: {e}")))?;
        text
    } else if ui.can_prompt() {
        ui.status(format!(
            "Create an API token with the \"Workers KV Storage\" permission at:\n  {}",
            token_page_url()
        ));
        rpassword::prompt_password("Paste the API token (input is hidden): ")
            .map_err(|e| WkvError::usage(format!("cannot read the token: {e}")))?
    } else {
        return Err(WkvError::usage("there is no terminal to ask for the token on")
            .with_hint("pipe the token in with --with-token, e.g. `printenv KV_TOKEN | wkv auth login --with-token`")
            .into());
    };
    let token = token.trim().to_string();
    if token.is_empty() {
        return Err(WkvError::usage("the token is empty; nothing was saved").into());
    }
    if token.contains(char::is_whitespace) {
        return Err(WkvError::usage(
            "the token contains spaces or line breaks; paste only the token",
        )
        .into());
    }
    Ok(token)
}

fn pick_account(
    accounts: &[Account],
    wanted: Option<&str>,
    ui: &Ui,
) -> anyhow::Result<Option<Account>> {
    if let Some(wanted) = wanted {
        return accounts
            .iter()
            .find(|a| a.id == wanted)
            .cloned()
            .map(Some)
            .ok_or_else(|| {
                let listed: Vec<String> = accounts.iter().map(auth::describe_account).collect();
                WkvError::usage(format!(
                    "the token cannot reach account `{wanted}`; it reaches: {}",
                    if listed.is_empty() {
                        "none".to_string()
                    } else {
                        listed.join(", ")
                    }
                ))
                .into()
            });
    }
    match accounts {
        [] => Ok(None),
        [only] => Ok(Some(only.clone())),
        several if ui.can_prompt() => {
            let index = auth::account::prompt_for_account(several)?;
            Ok(several.get(index).cloned())
        }
        _ => {
            ui.status("The token reaches several accounts; saved without a default account (choose one with --account ID).");
            Ok(None)
        }
    }
}

fn list(ui: &mut Ui) -> anyhow::Result<()> {
    let store = store()?;
    let saved = store.load()?;
    let is_default = |name: &str| saved.default.as_deref() == Some(name);
    match ui.format() {
        OutputFormat::Table => {
            let mut table = ui.table(&["default", "profile", "account", "email"]);
            for (name, profile) in &saved.profiles {
                let account = profile.account_id.as_ref().map(|id| {
                    auth::describe_account(&Account {
                        id: id.clone(),
                        name: profile.account_name.clone().unwrap_or_default(),
                    })
                });
                table.add_row(vec![
                    if is_default(name) {
                        "*".into()
                    } else {
                        String::new()
                    },
                    name.clone(),
                    account.unwrap_or_default(),
                    profile.email.clone().unwrap_or_default(),
                ]);
            }
            table.write(ui.out(), "No profiles; add one with `wkv auth login`.")?;
        }
        format => {
            let items: Vec<_> = saved
                .profiles
                .iter()
                .map(|(name, p)| {
                    json!({
                        "name": name,
                        "default": is_default(name),
                        "account_id": p.account_id,
                        "account_name": p.account_name,
                        "email": p.email,
                    })
                })
                .collect();
            let out = ui.out();
            if format == OutputFormat::Ndjson {
                for item in items {
                    writeln!(out, "{item}")?;
                }
            } else {
                writeln!(out, "{}", serde_json::to_string_pretty(&items)?)?;
            }
        }
    }
    Ok(())
}

fn unknown_profile(name: &str) -> anyhow::Error {
    WkvError::usage(format!("there is no wkv profile named `{name}`"))
        .with_hint("run `wkv auth list` to see the profiles")
        .into()
}

fn use_profile(name: &str, ui: &Ui) -> anyhow::Result<()> {
    let store = store()?;
    let mut saved = store.load()?;
    if !saved.profiles.contains_key(name) {
        return Err(unknown_profile(name));
    }
    saved.default = Some(name.to_string());
    store.save(&saved)?;
    ui.status(format!(
        "Remote commands now sign in with profile `{name}` by default."
    ));
    Ok(())
}

fn logout(name: Option<String>, ui: &Ui) -> anyhow::Result<()> {
    let store = store()?;
    let mut saved = store.load()?;
    let Some(name) = name.or_else(|| saved.default.clone()) else {
        return Err(WkvError::usage("there is no default profile to log out of")
            .with_hint("name the profile: `wkv auth logout NAME` (wrangler's session is left alone; use `wrangler logout`)")
            .into());
    };
    if saved.profiles.remove(&name).is_none() {
        return Err(unknown_profile(&name));
    }
    if saved.default.as_deref() == Some(name.as_str()) {
        saved.default = None;
    }
    store.save(&saved)?;
    ui.status(format!(
        "Deleted profile `{name}`. The token itself still works until you revoke it in the dashboard."
    ));
    Ok(())
}

async fn token(context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    let setup: AuthSetup = context.auth_setup()?;
    let sign_in = setup.sign_in().await?;
    let Some(token) = sign_in.credentials.token() else {
        return Err(WkvError::usage(format!(
            "signed in with a global API key ({}), which is not a token",
            sign_in.source.describe()
        ))
        .into());
    };
    writeln!(ui.out(), "{token}")?;
    Ok(())
}
