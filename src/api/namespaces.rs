//! Namespace operations: listing (all pages), creating, reading, renaming and deleting
//! namespaces. URL paths for the KV routes are built here, with every id percent-encoded.

use reqwest::Method;
use serde::de::{DeserializeOwned, IgnoredAny};
use serde::{Deserialize, Serialize};

use super::client::{ApiClient, ApiRequest};
use super::encode::encode_uri_component;
use super::error::{ApiError, CODE_NAMESPACE_NOT_FOUND};
use super::retry::Replay;
use crate::error::WkvError;
use crate::kv::limits;

const NAMESPACE_PAGE_SIZE: u64 = 100;
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
    /// The storage mode (`instant`, a private beta), when it was created with one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub mode: Option<String>,
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
            "namespace `{namespace}` not found (Cloudflare error {CODE_NAMESPACE_NOT_FOUND})"
        ))
        .with_hint(format!(
            "run `wkv namespace list` to see the namespaces of account {account}"
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

/// The body of a create: the title, and what can only be chosen at creation.
#[derive(Serialize, Default)]
pub struct CreateBody<'a> {
    pub title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jurisdiction: Option<&'a str>,
    /// `instant` (wrangler's `--experimental-mode`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<&'a str>,
}

impl ApiClient {
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
        let body = CreateBody {
            title,
            jurisdiction,
            mode: None,
        };
        self.create_namespace_with(account, &body).await
    }

    /// `create_namespace` with every choice of the body (the mode too).
    pub async fn create_namespace_with(
        &self,
        account: &str,
        body: &CreateBody<'_>,
    ) -> anyhow::Result<Namespace> {
        let title = body.title;
        limits::validate_title(title)?;
        let request = ApiRequest::new(Method::POST, namespaces_path(account))
            .json(body)?
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
            mode: None,
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
    pub(crate) async fn all_pages<T: DeserializeOwned>(
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
