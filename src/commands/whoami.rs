//! `wkv whoami [--json]`: who the credentials belong to, where they came from (with the expiry
//! of a wrangler session), the accounts they reach (wrangler's way: `/accounts` and
//! `/memberships`), the account a remote command would use, and whether they can use Workers KV.

use std::io::Write;
use std::time::SystemTime;

use serde_json::{json, Value};

use crate::api::Account;
use crate::auth::account::{known_account, AccountOrigin};
use crate::auth::timestamp;
use crate::auth::wrangler_session::SessionKind;
use crate::auth::{SignIn, Source};
use crate::cli::WhoamiArgs;
use crate::output::Ui;

use crate::session::signed_in_client;
use crate::session::Context;

/// The OAuth scope that grants Workers KV.
const KV_SCOPE: &str = "workers_kv:write";
/// Accounts probed for KV access; more are listed without the check.
const MAX_PROBED: usize = 10;

pub async fn run(args: WhoamiArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    let setup = context.auth_setup()?;
    let (client, sign_in) = match signed_in_client(context, &setup, None).await {
        Ok(signed_in) => signed_in,
        Err(e) => {
            if args.json {
                writeln!(ui.out(), "{}", json!({"loggedIn": false}))?;
            }
            return Err(e);
        }
    };
    let auth_type = auth_type(&sign_in, &client).await?;
    let email = match &sign_in.key_email {
        Some(email) => Some(email.clone()),
        None => client.user_email().await.ok().flatten(),
    };
    let (accounts, accounts_error) = match client.visible_accounts().await {
        Ok(accounts) => (accounts, None),
        Err(e) => (Vec::new(), Some(e.to_string())),
    };
    let config = context.load_config()?;
    let inputs = setup.account_inputs(
        config.as_ref().and_then(|c| c.account_id.as_deref()),
        &sign_in,
    );
    let in_use = known_account(&inputs)?.or_else(|| match accounts.as_slice() {
        [only] => Some((only.id.clone(), AccountOrigin::Api)),
        _ => None,
    });
    let scopes = match &sign_in.source {
        Source::WranglerSession {
            kind: SessionKind::OAuth { scopes, .. },
            ..
        } => Some(scopes.clone()),
        _ => None,
    };
    let mut kv_access = Vec::new();
    for account in accounts.iter().take(MAX_PROBED) {
        kv_access.push(client.can_use_kv(&account.id).await.ok());
    }
    // An OAuth session without the KV scope cannot; otherwise the account in use decides, or,
    // when none is chosen yet, whether any account (all of them) allowed the probe.
    let workers_kv = match (&scopes, in_use.as_ref()) {
        (Some(scopes), _) if !scopes.iter().any(|s| s == KV_SCOPE) => Some(false),
        (_, Some((id, _))) => match accounts.iter().position(|a| &a.id == id) {
            Some(i) => kv_access.get(i).copied().flatten(),
            None => client.can_use_kv(id).await.ok(),
        },
        _ if kv_access.contains(&Some(true)) => Some(true),
        _ if !kv_access.is_empty() && kv_access.iter().all(|a| *a == Some(false)) => Some(false),
        _ => None,
    };
    // An account the credentials do not list is one every KV request will be refused for
    // (403, code 10000): usually an account_id or CLOUDFLARE_ACCOUNT_ID from somewhere else.
    let unreachable = match &in_use {
        Some((id, _)) if accounts_error.is_none() => !accounts.iter().any(|a| &a.id == id),
        _ => false,
    };
    let expires_at = match &sign_in.source {
        Source::WranglerSession {
            kind: SessionKind::OAuth { expires_at, .. },
            ..
        } => Some(*expires_at),
        _ => None,
    };
    if args.json {
        let accounts_json: Vec<Value> = accounts
            .iter()
            .enumerate()
            .map(|(i, a)| {
                json!({"id": a.id, "name": a.name, "workersKv": kv_access.get(i).copied().flatten()})
            })
            .collect();
        let mut source =
            json!({"kind": sign_in.source.kind(), "description": sign_in.source.describe()});
        if let Some(at) = expires_at {
            source["expiresAt"] = json!(timestamp::to_iso_millis(at));
            source["expiresInSeconds"] = json!(seconds_from_now(at));
        }
        let value = json!({
            "loggedIn": true,
            "authType": auth_type,
            "email": email,
            "source": source,
            "accounts": accounts_json,
            "account": in_use.as_ref().map(|(id, origin)| json!({"id": id, "from": origin_text(origin), "reachable": !unreachable})),
            "profile": sign_in.profile.as_ref().map(|p| json!({
                "owner": p.owner,
                "name": p.name,
                "reason": p.reason_kind,
                "why": p.reason,
            })),
            "tokenPermissions": scopes,
            "workersKv": workers_kv,
        });
        writeln!(ui.out(), "{}", serde_json::to_string_pretty(&value)?)?;
        return Ok(());
    }
    let out = ui.out();
    let article = if auth_type.starts_with(['A', 'O']) {
        "an"
    } else {
        "a"
    };
    match &email {
        Some(email) => writeln!(
            out,
            "You are signed in with {article} {auth_type}, as {email}."
        )?,
        None => writeln!(out, "You are signed in with {article} {auth_type}.")?,
    }
    let expiry = expires_at
        .map(|at| {
            format!(
                " (token expires {})",
                timestamp::describe_from_now(at, SystemTime::now())
            )
        })
        .unwrap_or_default();
    writeln!(out, "Credentials: {}{expiry}", sign_in.source.describe())?;
    writeln!(out, "Profile: {}", describe_profile(&sign_in))?;
    if let Some(error) = accounts_error {
        writeln!(out, "Accounts: could not be listed: {error}")?;
    } else if accounts.is_empty() {
        writeln!(out, "Accounts: none")?;
    } else {
        writeln!(out, "Accounts:")?;
        let width = accounts
            .iter()
            .map(|a| a.name.chars().count())
            .max()
            .unwrap_or(0)
            .max(4);
        for (i, account) in accounts.iter().enumerate() {
            let kv = match kv_access.get(i).copied().flatten() {
                Some(true) => "Workers KV: yes",
                Some(false) => "Workers KV: no",
                None => "",
            };
            writeln!(out, "  {:width$}  {}  {kv}", account.name, account.id)?;
        }
    }
    if let Some((id, origin)) = &in_use {
        writeln!(
            out,
            "Account in use: {} (from {})",
            describe(id, &accounts),
            origin_text(origin)
        )?;
    }
    let kv_line = match workers_kv {
        Some(true) => "yes".to_string(),
        Some(false) if unreachable => {
            "no: the account in use is not one of these credentials' accounts".to_string()
        }
        Some(false) if scopes.is_some() => {
            format!("no: the session lacks the {KV_SCOPE} scope; run `wrangler login` again")
        }
        Some(false) => "no: the credentials lack the \"Workers KV Storage\" permission".to_string(),
        None => "unknown".to_string(),
    };
    writeln!(out, "Workers KV: {kv_line}")?;
    warn_unreachable(ui, unreachable, in_use.as_ref(), &accounts);
    Ok(())
}

/// Says on stderr that the account in use is not among the credentials' accounts.
fn warn_unreachable(
    ui: &Ui,
    unreachable: bool,
    in_use: Option<&(String, AccountOrigin)>,
    accounts: &[Account],
) {
    let Some((id, origin)) = in_use.filter(|_| unreachable) else {
        return;
    };
    let listed = match accounts {
        [] => "they reach no account".to_string(),
        [only] => format!("they reach only {}", crate::auth::describe_account(only)),
        _ => format!(
            "they reach {}",
            accounts
                .iter()
                .map(crate::auth::describe_account)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    ui.warn(format!(
        "the account in use, {id} (from {}), is not one these credentials can reach: {listed}; \
         remote commands will be refused (403, code 10000)",
        origin_text(origin)
    ));
}

/// wrangler's names for the kinds of credentials, as its `whoami --json` writes them.
async fn auth_type(
    sign_in: &SignIn,
    client: &crate::api::ApiClient,
) -> anyhow::Result<&'static str> {
    if sign_in.credentials.is_global_key() {
        return Ok("Global API Key");
    }
    if matches!(
        sign_in.source,
        Source::WranglerSession {
            kind: SessionKind::OAuth { .. },
            ..
        }
    ) {
        return Ok("OAuth Token");
    }
    match client.verify_token().await {
        Ok(_) => Ok("User API Token"),
        Err(e) if e.has_code(1000) => Ok("Account API Token"),
        Err(e) => Err(e.into()),
    }
}

/// The profile in use and why it was chosen, or why none is.
fn describe_profile(sign_in: &SignIn) -> String {
    match &sign_in.profile {
        Some(p) if p.owner == "wrangler" && p.name == "default" && p.reason_kind == "default" => {
            format!("wrangler's default session ({})", p.reason)
        }
        Some(p) if p.owner == "wrangler" && p.name == "default" => {
            format!("wrangler's default session, chosen by {}", p.reason)
        }
        Some(p) if p.reason_kind == "wkv-default" => {
            format!("wkv profile `{}`, {}", p.name, p.reason)
        }
        Some(p) => format!("{} profile `{}`, chosen by {}", p.owner, p.name, p.reason),
        None => "none: variables come before any profile, as in wrangler".to_string(),
    }
}

fn seconds_from_now(at: SystemTime) -> i64 {
    match at.duration_since(SystemTime::now()) {
        Ok(d) => d.as_secs() as i64,
        Err(e) => -(e.duration().as_secs() as i64),
    }
}

fn origin_text(origin: &AccountOrigin) -> String {
    match origin {
        AccountOrigin::Config => "account_id in the wrangler config".to_string(),
        AccountOrigin::Variable(name) => name.clone(),
        AccountOrigin::Profile => "the wkv profile".to_string(),
        AccountOrigin::Cache(path) => format!("wrangler's account cache `{}`", path.display()),
        AccountOrigin::Api => "the only account".to_string(),
    }
}

fn describe(id: &str, accounts: &[Account]) -> String {
    accounts
        .iter()
        .find(|a| a.id == id)
        .map(crate::auth::describe_account)
        .unwrap_or_else(|| id.to_string())
}
