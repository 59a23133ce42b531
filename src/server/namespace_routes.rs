//! Handlers for namespaces: list (paged and ordered), create, get, rename, delete. Titles and
//! existence are the registry's business; the account-level routes are in `user_routes`.

use axum::body::Body;
use axum::extract::State;
use axum::http::HeaderMap;
use serde::Deserialize;
use serde_json::{json, Value as Json};

use super::body::{parse_json, read_limited};
use super::envelope::{success, success_with_info, ApiError, ApiResult};
use super::extract::{check_account, given, AccountPath, ApiPath, ApiQuery, NamespacePath};
use super::registry::{CreateChoices, CreatedWith, NamespaceInfo};
use super::state::ServerState;

/// The account this server offers unless `--account` says otherwise: the one the README's
/// examples use. Another account id in a path is refused, as the API refuses an account the
/// credentials cannot see.
pub const LOCAL_ACCOUNT_ID: &str = "0123456789abcdef0123456789abcdef";
pub const LOCAL_ACCOUNT_NAME: &str = "wkv serve";

const DEFAULT_PER_PAGE: u64 = 20;
const MAX_PER_PAGE: u64 = 1000;

/// Namespace bodies are a title; a kilobyte or so is plenty, 64 KiB is generous.
const MAX_TITLE_BODY_BYTES: usize = 64 * 1024;

/// A namespace as the API shows it; `jurisdiction` and `mode` only for one created with them.
fn namespace_json(ns: &NamespaceInfo, created_with: &CreatedWith) -> Json {
    let mut shown = json!({"id": ns.id, "title": ns.title, "supports_url_encoding": true});
    if let Some(jurisdiction) = created_with.jurisdictions.get(&ns.id) {
        shown["jurisdiction"] = json!(jurisdiction);
    }
    if let Some(mode) = created_with.modes.get(&ns.id) {
        shown["mode"] = json!(mode);
    }
    shown
}

/// The storage modes a namespace can be created with (wrangler's `--experimental-mode`).
const MODES: [&str; 1] = ["instant"];

/// The jurisdictions a namespace can be created in (the API's enum).
const JURISDICTIONS: [&str; 3] = ["eu", "fedramp", "us"];

#[derive(Debug, Deserialize)]
pub struct ListQuery {
    page: Option<String>,
    per_page: Option<String>,
    order: Option<String>,
    direction: Option<String>,
}

pub async fn list_namespaces(
    State(state): State<ServerState>,
    ApiPath(path): ApiPath<AccountPath>,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> ApiResult {
    check_account(&path.account_id)?;
    let page = number_param("page", given(&query.page), 1, 1, u64::MAX)?;
    let per_page = number_param(
        "per_page",
        given(&query.per_page),
        DEFAULT_PER_PAGE,
        1,
        MAX_PER_PAGE,
    )?;
    let by_title = match given(&query.order) {
        None | Some("id") => false,
        Some("title") => true,
        Some(other) => {
            return Err(ApiError::bad_request(format!(
                "Invalid order '{other}': use 'id' or 'title'."
            )))
        }
    };
    let descending = match given(&query.direction) {
        None | Some("asc") => false,
        Some("desc") => true,
        Some(other) => {
            return Err(ApiError::bad_request(format!(
                "Invalid direction '{other}': use 'asc' or 'desc'."
            )))
        }
    };

    let mut namespaces = state.registry().list()?;
    if by_title {
        namespaces.sort_by(|a, b| a.title.cmp(&b.title).then_with(|| a.id.cmp(&b.id)));
    }
    if descending {
        namespaces.reverse();
    }
    let total = namespaces.len() as u64;
    let start = (page - 1).saturating_mul(per_page).min(total) as usize;
    let end = (start as u64).saturating_add(per_page).min(total) as usize;
    let created_with = state.registry().created_with()?;
    let result: Vec<Json> = namespaces[start..end]
        .iter()
        .map(|ns| namespace_json(ns, &created_with))
        .collect();
    let info = json!({
        "page": page,
        "per_page": per_page,
        "count": result.len(),
        "total_count": total,
        "total_pages": total.div_ceil(per_page),
    });
    Ok(success_with_info(Json::Array(result), info))
}

/// An integer query parameter within bounds, or 400 naming it.
fn number_param(
    name: &str,
    text: Option<&str>,
    default: u64,
    min: u64,
    max: u64,
) -> Result<u64, ApiError> {
    let Some(text) = text else { return Ok(default) };
    match text.parse::<u64>() {
        Ok(value) if (min..=max).contains(&value) => Ok(value),
        _ if max == u64::MAX => Err(ApiError::bad_request(format!(
            "Invalid {name} '{text}': use an integer of at least {min}."
        ))),
        _ => Err(ApiError::bad_request(format!(
            "Invalid {name} '{text}': use an integer between {min} and {max}."
        ))),
    }
}

#[derive(Debug, Deserialize)]
struct TitleBody {
    title: String,
    /// Create only; a rename ignores it, as the API does.
    #[serde(default)]
    jurisdiction: Option<String>,
    /// Create only, like the jurisdiction.
    #[serde(default)]
    mode: Option<String>,
}

async fn read_body(headers: &HeaderMap, body: Body) -> Result<TitleBody, ApiError> {
    let bytes = read_limited(headers, body, MAX_TITLE_BODY_BYTES).await?;
    parse_json(&bytes)
}

async fn read_title(headers: &HeaderMap, body: Body) -> Result<String, ApiError> {
    Ok(read_body(headers, body).await?.title)
}

pub async fn create_namespace(
    State(state): State<ServerState>,
    ApiPath(path): ApiPath<AccountPath>,
    headers: HeaderMap,
    body: Body,
) -> ApiResult {
    check_account(&path.account_id)?;
    let body = read_body(&headers, body).await?;
    let jurisdiction = body.jurisdiction.as_deref();
    if let Some(other) = jurisdiction.filter(|j| !JURISDICTIONS.contains(j)) {
        return Err(ApiError::bad_request(format!(
            "Invalid jurisdiction '{other}': use 'eu', 'fedramp' or 'us'."
        )));
    }
    let mode = body.mode.as_deref();
    if let Some(other) = mode.filter(|m| !MODES.contains(m)) {
        return Err(ApiError::bad_request(format!(
            "Invalid mode '{other}': use 'instant'."
        )));
    }
    let registry = state.registry();
    let created = registry.create_in(&body.title, CreateChoices { jurisdiction, mode })?;
    Ok(success(namespace_json(&created, &registry.created_with()?)))
}

pub async fn get_namespace(
    State(state): State<ServerState>,
    ApiPath(path): ApiPath<NamespacePath>,
) -> ApiResult {
    check_account(&path.account_id)?;
    let registry = state.registry();
    let namespace = registry.get(&path.namespace_id)?;
    Ok(success(namespace_json(
        &namespace,
        &registry.created_with()?,
    )))
}

pub async fn rename_namespace(
    State(state): State<ServerState>,
    ApiPath(path): ApiPath<NamespacePath>,
    headers: HeaderMap,
    body: Body,
) -> ApiResult {
    check_account(&path.account_id)?;
    let title = read_title(&headers, body).await?;
    let registry = state.registry();
    let renamed = registry.rename(&path.namespace_id, &title)?;
    Ok(success(namespace_json(&renamed, &registry.created_with()?)))
}

pub async fn delete_namespace(
    State(state): State<ServerState>,
    ApiPath(path): ApiPath<NamespacePath>,
    headers: HeaderMap,
    body: Body,
) -> ApiResult {
    check_account(&path.account_id)?;
    // Clients may send an empty JSON object; it means nothing, but is read so the connection
    // stays usable.
    read_limited(&headers, body, MAX_TITLE_BODY_BYTES).await?;
    // Deleting waits for the writes in flight to the namespace: not on an async worker.
    let registry_state = state.clone();
    tokio::task::spawn_blocking(move || registry_state.registry().delete(&path.namespace_id))
        .await
        .map_err(|error| ApiError::from(anyhow::anyhow!("a delete task failed: {error}")))??;
    Ok(success(Json::Null))
}
