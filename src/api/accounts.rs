//! Who the credentials belong to and what they reach, as wrangler asks: `GET /accounts` and
//! `GET /memberships` (all pages; the accounts are those both list, or `/accounts` alone when
//! the token may not read memberships), `GET /user/tokens/verify` and `GET /user`.

use serde::Deserialize;

use super::client::{ApiClient, ApiRequest};
use super::error::ApiError;
use super::namespaces::{namespaces_path, Account};

const ACCOUNT_PAGE_SIZE: u64 = 50;
/// `/memberships` refused to a token that may not read them (Account API tokens, narrow
/// scopes): wrangler then uses `/accounts` alone.
const MEMBERSHIP_REFUSALS: [i64; 2] = [9106, 10000];

#[derive(Deserialize)]
struct Membership {
    account: Account,
}

/// The answer of `/user/tokens/verify`.
#[derive(Debug, Clone, Deserialize)]
pub struct TokenStatus {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub status: String,
}

#[derive(Deserialize)]
struct User {
    #[serde(default)]
    email: Option<String>,
}

impl ApiClient {
    /// Every account the credentials can see (all pages of `GET /accounts`).
    pub async fn list_accounts(&self) -> Result<Vec<Account>, ApiError> {
        self.all_pages("/accounts".to_string(), ACCOUNT_PAGE_SIZE, &[])
            .await
    }

    /// The accounts of the user's memberships (all pages of `GET /memberships`).
    pub async fn list_memberships(&self) -> Result<Vec<Account>, ApiError> {
        let memberships: Vec<Membership> = self
            .all_pages("/memberships".to_string(), ACCOUNT_PAGE_SIZE, &[])
            .await?;
        Ok(memberships.into_iter().map(|m| m.account).collect())
    }

    /// The accounts the credentials can act on, as wrangler finds them: those listed by both
    /// `/accounts` and `/memberships`, in `/accounts` order; `/accounts` alone when
    /// `/memberships` is refused or lists none of them.
    pub async fn visible_accounts(&self) -> Result<Vec<Account>, ApiError> {
        let (accounts, memberships) = tokio::join!(self.list_accounts(), self.list_memberships());
        let accounts = accounts?;
        let memberships = match memberships {
            Ok(memberships) => memberships,
            Err(e) if MEMBERSHIP_REFUSALS.iter().any(|&c| e.has_code(c)) => return Ok(accounts),
            Err(e) if e.status == Some(403) => return Ok(accounts),
            Err(e) => return Err(e),
        };
        let both: Vec<Account> = accounts
            .iter()
            .filter(|a| memberships.iter().any(|m| m.id == a.id))
            .cloned()
            .collect();
        Ok(if both.is_empty() { accounts } else { both })
    }

    /// `GET /user/tokens/verify`: whether an API token is valid and active.
    pub async fn verify_token(&self) -> Result<TokenStatus, ApiError> {
        let decoded = self
            .call::<TokenStatus>(&ApiRequest::get("/user/tokens/verify".to_string()))
            .await?;
        Ok(decoded.result.unwrap_or(TokenStatus {
            id: String::new(),
            status: String::new(),
        }))
    }

    /// The email of the user (`GET /user`); `None` when the token may not read it.
    pub async fn user_email(&self) -> Result<Option<String>, ApiError> {
        let decoded = self
            .call::<User>(&ApiRequest::get("/user".to_string()))
            .await?;
        Ok(decoded.result.and_then(|u| u.email))
    }

    /// Whether the credentials may use Workers KV in the account: a one-item namespace
    /// listing. `Ok(false)` when the API refuses it for lack of permission.
    pub async fn can_use_kv(&self, account: &str) -> Result<bool, ApiError> {
        let request = ApiRequest::get(namespaces_path(account))
            .query("page", 1)
            .query("per_page", 5);
        match self.call::<serde::de::IgnoredAny>(&request).await {
            Ok(_) => Ok(true),
            Err(e) if e.has_code(super::error::CODE_AUTHENTICATION) || e.status == Some(403) => {
                Ok(false)
            }
            Err(e) => Err(e),
        }
    }
}
