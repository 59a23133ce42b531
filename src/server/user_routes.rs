//! The user-level routes a client calls before touching KV: `/accounts` and `/memberships`
//! (paged, listing the accounts the server offers, as the API lists a user's accounts),
//! `/user/tokens/verify` and `/user`. The token check in `auth` runs first, so reaching a
//! handler means the credentials were accepted.

use axum::extract::State;
use serde::Deserialize;
use serde_json::{json, Value as Json};

use super::envelope::{success, success_with_info, ApiError, ApiResult};
use super::extract::{given, ApiQuery};
use super::state::{ServedAccount, ServerState};

/// The email `/user` reports.
pub const USER_EMAIL: &str = "wkv-serve@localhost";
/// The id `/user/tokens/verify` and `/user` report.
const USER_ID: &str = "7c5dae5552338874e5053f2534d2767a";

const DEFAULT_PER_PAGE: u64 = 20;
const MAX_PER_PAGE: u64 = 50;

#[derive(Debug, Deserialize)]
pub struct PageQuery {
    page: Option<String>,
    per_page: Option<String>,
}

fn account_json(account: &ServedAccount) -> Json {
    json!({
        "id": account.id,
        "name": account.name,
        "type": "standard",
        "settings": {"enforce_twofactor": false},
        "created_on": "2024-01-01T00:00:00.000000Z",
    })
}

fn membership_json(account: &ServedAccount) -> Json {
    json!({
        // A membership has its own id; the account's, reversed, keeps it stable and distinct.
        "id": account.id.chars().rev().collect::<String>(),
        "status": "accepted",
        "account": {"id": account.id, "name": account.name},
        "roles": ["Administrator"],
    })
}

pub async fn list_accounts(
    State(state): State<ServerState>,
    ApiQuery(query): ApiQuery<PageQuery>,
) -> ApiResult {
    page_of(&query, state.accounts().iter().map(account_json).collect())
}

pub async fn list_memberships(
    State(state): State<ServerState>,
    ApiQuery(query): ApiQuery<PageQuery>,
) -> ApiResult {
    page_of(
        &query,
        state.accounts().iter().map(membership_json).collect(),
    )
}

pub async fn verify_token() -> ApiResult {
    Ok(success(json!({"id": USER_ID, "status": "active"})))
}

pub async fn user() -> ApiResult {
    Ok(success(json!({
        "id": USER_ID,
        "email": USER_EMAIL,
        "first_name": null,
        "last_name": null,
        "two_factor_authentication_enabled": false,
        "suspended": false,
    })))
}

/// One page of `items`, with the API's `result_info`.
fn page_of(query: &PageQuery, items: Vec<Json>) -> ApiResult {
    let page = number("page", given(&query.page), 1, u64::MAX)?;
    let per_page = number(
        "per_page",
        given(&query.per_page),
        DEFAULT_PER_PAGE,
        MAX_PER_PAGE,
    )?;
    let total = items.len() as u64;
    let start = (page - 1).saturating_mul(per_page);
    let slice: Vec<Json> = items
        .into_iter()
        .skip(usize::try_from(start).unwrap_or(usize::MAX))
        .take(per_page as usize)
        .collect();
    let info = json!({
        "page": page,
        "per_page": per_page,
        "count": slice.len(),
        "total_count": total,
        "total_pages": total.div_ceil(per_page).max(1),
    });
    Ok(success_with_info(Json::Array(slice), info))
}

fn number(name: &str, text: Option<&str>, default: u64, max: u64) -> Result<u64, ApiError> {
    let Some(text) = text else { return Ok(default) };
    match text.parse::<u64>() {
        Ok(value) if (1..=max).contains(&value) => Ok(value),
        _ => Err(ApiError::bad_request(format!(
            "Invalid {name} '{text}': use an integer from 1 to {max}."
        ))),
    }
}

/// Reads `--account ID[=NAME]`: a 32-hex id (what the KV routes accept) and a name, by
/// default `Account N`.
pub fn parse_account(text: &str, position: usize) -> Result<ServedAccount, String> {
    let (id, name) = match text.split_once('=') {
        Some((id, name)) => (id.trim(), name.trim().to_string()),
        None => (text.trim(), format!("Account {position}")),
    };
    if id.len() != 32 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(format!(
            "--account `{id}` is not an account id: use 32 hexadecimal characters, optionally followed by =NAME"
        ));
    }
    Ok(ServedAccount {
        id: id.to_ascii_lowercase(),
        name,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_accounts() {
        let a = parse_account("0123456789ABCDEF0123456789abcdef=Acme Co", 1).unwrap();
        assert_eq!(a.id, "0123456789abcdef0123456789abcdef");
        assert_eq!(a.name, "Acme Co");
        assert_eq!(
            parse_account("0123456789abcdef0123456789abcdef", 2)
                .unwrap()
                .name,
            "Account 2"
        );
        assert!(parse_account("nope=Acme", 1).is_err());
    }
}
