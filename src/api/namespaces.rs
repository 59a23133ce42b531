//! Account and namespace operations: choosing the account a run acts on, and listing
//! (all pages), creating, reading, renaming and deleting namespaces. URL paths for the KV
//! routes are built here, with every id percent-encoded.

use reqwest::Method;
use serde::de::{DeserializeOwned, IgnoredAny};
use serde::{Deserialize, Serialize};

use super::client::{ApiClient, ApiRequest};
use super::encode::encode_uri_component;
use super::error::{ApiError, CODE_NAMESPACE_NOT_FOUND};
use super::retry::Replay;
use crate::error::WkvError;
use crate::kv::limits;

const ACCOUNT_VAR: &str = "CLOUDFLARE_ACCOUNT_ID";
const NAMESPACE_PAGE_SIZE: u64 = 100;
const ACCOUNT_PAGE_SIZE: u64 = 50;
/// A guard against a server whose pagination never ends (an account holds at most 1,000
/// namespaces, i.e. 10 pages).
const MAX_PAGES: u64 = 10_000;

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Namespace {
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub supports_url_encoding: Option<bool>,
    /// Where the namespace keeps its data (`eu`, `fedramp`, `us`), when it was created with one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub jurisdiction: Option<String>,
}

/// An account the credentials can act on.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub id: String,
    #[serde(default)]
    pub name: String,
}

pub(crate) fn namespaces_path(account: &str) -> String {
    format!(
        "/accounts/{}/storage/kv/namespaces",
        encode_uri_component(account)
    )
}

pub(crate) fn namespace_path(account: &str, namespace: &str) -> String {
    format!(
        "{}/{}",
        namespaces_path(account),
        encode_uri_component(namespace)
    )
}

/// Turns Cloudflare's "namespace not found" into a not-found error that names the namespace
/// and the way out; other errors pass through as `ApiError`.
pub(crate) fn namespace_error(error: ApiError, account: &str, namespace: &str) -> anyhow::Error {
    if error.has_code(CODE_NAMESPACE_NOT_FOUND) {
        WkvError::not_found(format!(
            "namespace '{namespace}' not found (Cloudflare error {CODE_NAMESPACE_NOT_FOUND})"
        ))
        .with_hint(format!(
            "run 'wkv namespace list --remote' to see the namespaces of account {account}"
        ))
        .into()
    } else {
        error.into()
    }
}

#[derive(Serialize)]
struct TitleBody<'a> {
    title: &'a str,
}

/// `CLOUDFLARE_ACCOUNT_ID` when it is set to something; it wins over the config's `account_id`,
/// so a command that has it needs no config to find its account.
pub fn account_id_from_env() -> Option<String> {
    std::env::var(ACCOUNT_VAR)
        .ok()
        .filter(|id| !id.trim().is_empty())
}

#[derive(Serialize)]
struct CreateBody<'a> {
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    jurisdiction: Option<&'a str>,
}

impl ApiClient {
    /// The account to act on: `CLOUDFLARE_ACCOUNT_ID`, else the config's `account_id`, else
    /// the only account the credentials can see.
    pub async fn resolve_account_id(
        &self,
        config_account_id: Option<&str>,
    ) -> anyhow::Result<String> {
        self.choose_account_id(account_id_from_env().as_deref(), config_account_id)
            .await
    }

    /// `resolve_account_id` with the environment variable's value passed in (for tests).
    #[doc(hidden)]
    pub async fn choose_account_id(
        &self,
        env_account_id: Option<&str>,
        config_account_id: Option<&str>,
    ) -> anyhow::Result<String> {
        let given = [env_account_id, config_account_id]
            .into_iter()
            .flatten()
            .map(str::trim)
            .find(|id| !id.is_empty());
        if let Some(id) = given {
            return Ok(id.to_string());
        }
        let accounts = self.list_accounts().await?;
        match accounts.as_slice() {
            [only] => Ok(only.id.clone()),
            [] => Err(WkvError::failure("these credentials cannot see any Cloudflare account")
                .with_hint(format!(
                    "set {ACCOUNT_VAR} (or account_id in the wrangler config), and check that the API token has access to that account"
                ))
                .into()),
            several => {
                let mut message = String::from(
                    "these credentials can act on more than one account; choose one:\n",
                );
                for account in several {
                    message.push_str(&format!("  {}  {}\n", account.id, account.name));
                }
                Err(WkvError::usage(message.trim_end().to_string())
                    .with_hint(format!(
                        "set {ACCOUNT_VAR}, or account_id in the wrangler config, to one of these ids"
                    ))
                    .into())
            }
        }
    }

    /// Every account the credentials can see (all pages of `GET /accounts`).
    pub async fn list_accounts(&self) -> anyhow::Result<Vec<Account>> {
        Ok(self
            .all_pages("/accounts".to_string(), ACCOUNT_PAGE_SIZE, &[])
            .await?)
    }

    /// Every namespace of the account, all pages, sorted by title as wrangler asks for them
    /// (`order=title&direction=asc` on every page).
    pub async fn list_namespaces(&self, account: &str) -> anyhow::Result<Vec<Namespace>> {
        Ok(self
            .all_pages(
                namespaces_path(account),
                NAMESPACE_PAGE_SIZE,
                &[("order", "title"), ("direction", "asc")],
            )
            .await?)
    }

    /// Creates a namespace, in a jurisdiction when one is given. A create is never repeated
    /// once the API may have acted on it.
    pub async fn create_namespace(
        &self,
        account: &str,
        title: &str,
        jurisdiction: Option<&str>,
    ) -> anyhow::Result<Namespace> {
        limits::validate_title(title)?;
        let request = ApiRequest::new(Method::POST, namespaces_path(account))
            .json(&CreateBody {
                title,
                jurisdiction,
            })?
            .replay(Replay::OnlyIfNotProcessed);
        let decoded = self.call::<Namespace>(&request).await?;
        decoded.result.ok_or_else(|| {
            anyhow::anyhow!("the API created namespace `{title}` but did not return its id")
        })
    }

    pub async fn get_namespace(&self, account: &str, id: &str) -> anyhow::Result<Namespace> {
        let request = ApiRequest::get(namespace_path(account, id));
        let decoded = self
            .call::<Namespace>(&request)
            .await
            .map_err(|e| namespace_error(e, account, id))?;
        decoded
            .result
            .ok_or_else(|| anyhow::anyhow!("the API returned no namespace for id `{id}`"))
    }

    pub async fn rename_namespace(
        &self,
        account: &str,
        id: &str,
        title: &str,
    ) -> anyhow::Result<Namespace> {
        limits::validate_title(title)?;
        let request =
            ApiRequest::new(Method::PUT, namespace_path(account, id)).json(&TitleBody { title })?;
        let decoded = self
            .call::<Namespace>(&request)
            .await
            .map_err(|e| namespace_error(e, account, id))?;
        // Some servers answer a rename with `result: null`; the outcome is known anyway.
        Ok(decoded.result.unwrap_or_else(|| Namespace {
            id: id.to_string(),
            title: title.to_string(),
            supports_url_encoding: None,
            jurisdiction: None,
        }))
    }

    pub async fn delete_namespace(&self, account: &str, id: &str) -> anyhow::Result<()> {
        let request = ApiRequest::new(Method::DELETE, namespace_path(account, id));
        self.call::<IgnoredAny>(&request)
            .await
            .map_err(|e| namespace_error(e, account, id))?;
        Ok(())
    }

    /// Reads `?page=1,2,..&per_page=N` (plus `extra` parameters on every page) until an empty
    /// or short page, or `total_count` items.
    async fn all_pages<T: DeserializeOwned>(
        &self,
        path: String,
        per_page: u64,
        extra: &[(&'static str, &str)],
    ) -> Result<Vec<T>, ApiError> {
        let mut items = Vec::new();
        for page in 1..=MAX_PAGES {
            let mut request = ApiRequest::get(path.clone())
                .query("page", page)
                .query("per_page", per_page);
            for (name, value) in extra {
                request = request.query(name, value);
            }
            let decoded = self.call::<Vec<T>>(&request).await?;
            let batch = decoded.result.unwrap_or_default();
            let got = batch.len() as u64;
            items.extend(batch);
            // A server may cap `per_page` below what was asked; a page is short only by its own size.
            let page_size = decoded.info.per_page.filter(|&n| n > 0).unwrap_or(per_page);
            let complete = decoded
                .info
                .total_count
                .is_some_and(|total| items.len() as u64 >= total);
            if got == 0 || got < page_size || complete {
                break;
            }
        }
        Ok(items)
    }
}
