//! Conformance of `wkv serve` to Cloudflare's own OpenAPI description of the KV API
//! (`tests/fixtures/cloudflare-kv-openapi.json`). A real `wkv serve` process is driven over
//! loopback HTTP through all 14 operations, in their success cases and their main failures, and
//! every JSON body is validated against the schema the document gives that operation and status
//! class; value reads, which are raw bytes, are checked byte for byte with their `expiration`
//! header. Violations are collected and reported together. Where the document contradicts the
//! API page the server follows (`docs/cloudflare-kv-api.md`), the test carries a narrow, named
//! exception (`schema_exceptions`) instead of bending the server; where the document says too
//! little (shapes of `result_info`, codes, ordering), the page's facts are checked on top. This
//! file only reads the server's answers; it never touches the server's code or state.

use crate::support;

use std::collections::{BTreeMap, BTreeSet};
use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde_json::{json, Value as Json};

const SPEC_TEXT: &str = include_str!("../fixtures/cloudflare-kv-openapi.json");

/// The error envelope every failure must have, for answers on routes the document lacks.
const FAILURE_SCHEMA: &str = "workers-kv_api-response-common-failure";
const BULK_GET_PLAIN: &str = "workers-kv_bulk-get-result";
const BULK_GET_WITH_METADATA: &str = "workers-kv_bulk-get-result-with-metadata";

/// A 32-hex namespace id that no test creates.
const UNKNOWN_NS: &str = "ffffffffffffffffffffffffffffffff";

// ---------------------------------------------------------------------------------------------
// The operations, as the document names them (method in lower case, path template).

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Op {
    method: &'static str,
    template: &'static str,
}

const NAMESPACES: &str = "/accounts/{account_id}/storage/kv/namespaces";
const NAMESPACE: &str = "/accounts/{account_id}/storage/kv/namespaces/{namespace_id}";
const KEYS: &str = "/accounts/{account_id}/storage/kv/namespaces/{namespace_id}/keys";
const VALUE: &str = "/accounts/{account_id}/storage/kv/namespaces/{namespace_id}/values/{key_name}";
const METADATA: &str =
    "/accounts/{account_id}/storage/kv/namespaces/{namespace_id}/metadata/{key_name}";
const BULK: &str = "/accounts/{account_id}/storage/kv/namespaces/{namespace_id}/bulk";
const BULK_DELETE: &str = "/accounts/{account_id}/storage/kv/namespaces/{namespace_id}/bulk/delete";
const BULK_GET: &str = "/accounts/{account_id}/storage/kv/namespaces/{namespace_id}/bulk/get";

const LIST_NAMESPACES: Op = Op {
    method: "get",
    template: NAMESPACES,
};
const CREATE_NAMESPACE: Op = Op {
    method: "post",
    template: NAMESPACES,
};
const GET_NAMESPACE: Op = Op {
    method: "get",
    template: NAMESPACE,
};
const RENAME_NAMESPACE: Op = Op {
    method: "put",
    template: NAMESPACE,
};
const DELETE_NAMESPACE: Op = Op {
    method: "delete",
    template: NAMESPACE,
};
const LIST_KEYS: Op = Op {
    method: "get",
    template: KEYS,
};
const READ_VALUE: Op = Op {
    method: "get",
    template: VALUE,
};
const WRITE_VALUE: Op = Op {
    method: "put",
    template: VALUE,
};
const DELETE_VALUE: Op = Op {
    method: "delete",
    template: VALUE,
};
const READ_METADATA: Op = Op {
    method: "get",
    template: METADATA,
};
const BULK_WRITE: Op = Op {
    method: "put",
    template: BULK,
};
const BULK_DELETE_POST: Op = Op {
    method: "post",
    template: BULK_DELETE,
};
const BULK_DELETE_DEPRECATED: Op = Op {
    method: "delete",
    template: BULK,
};
const BULK_GET_OP: Op = Op {
    method: "post",
    template: BULK_GET,
};

const ALL_OPS: [Op; 14] = [
    LIST_NAMESPACES,
    CREATE_NAMESPACE,
    GET_NAMESPACE,
    RENAME_NAMESPACE,
    DELETE_NAMESPACE,
    LIST_KEYS,
    READ_VALUE,
    WRITE_VALUE,
    DELETE_VALUE,
    READ_METADATA,
    BULK_WRITE,
    BULK_DELETE_POST,
    BULK_DELETE_DEPRECATED,
    BULK_GET_OP,
];

impl Op {
    fn name(self) -> String {
        format!("{} {}", self.method.to_uppercase(), self.template)
    }

    /// The concrete path of this operation for a namespace and key.
    fn path(self, ns: &str, key: &str) -> String {
        self.template
            .replace("{account_id}", support::ACCOUNT_ID)
            .replace("{namespace_id}", ns)
            .replace("{key_name}", &encode_key(key))
    }
}

/// What JavaScript's `encodeURIComponent` leaves alone, which is how clients put keys in URLs.
const URI_COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

fn encode_key(key: &str) -> String {
    utf8_percent_encode(key, URI_COMPONENT).to_string()
}

// ---------------------------------------------------------------------------------------------
// The document as JSON Schema validators.

/// One place where the document contradicts the API page; the page wins. `was` is what the
/// document says there today, so a fixed or changed document makes the exception fail loudly
/// instead of silently widening what is accepted.
struct SchemaException {
    pointer: String,
    was: Json,
    now: Json,
    why: &'static str,
}

/// A JSON pointer to the schema of one response of one operation.
fn response_pointer(template: &str, method: &str, class: &str) -> String {
    format!(
        "/paths/{}/{method}/responses/{class}/content/application~1json/schema",
        escape_pointer_token(template)
    )
}

fn escape_pointer_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

fn schema_exceptions() -> Vec<SchemaException> {
    let bulk_failure_was = json!({"allOf": [
        {"$ref": "#/components/schemas/workers-kv_api-response-common-no-result"},
        {"properties": {"result": {"$ref": "#/components/schemas/workers-kv_bulk-result"}}, "type": "object"},
    ]});
    let failure = json!({"$ref": format!("#/components/schemas/{FAILURE_SCHEMA}")});
    let bulk_failure = |op: Op| SchemaException {
        pointer: response_pointer(op.template, op.method, "4XX"),
        was: bulk_failure_was.clone(),
        now: failure.clone(),
        why: "the document gives failed bulk writes and deletes the success envelope \
              (`success` must be `true`); the API page says every failure carries \
              `success: false`, `result: null` and at least one error",
    };
    let bulk_get_result = format!(
        "{}/allOf/1/properties/result",
        response_pointer(BULK_GET, "post", "200")
    );
    vec![
        bulk_failure(BULK_WRITE),
        bulk_failure(BULK_DELETE_POST),
        bulk_failure(BULK_DELETE_DEPRECATED),
        SchemaException {
            pointer: format!(
                "/components/schemas/{BULK_GET_PLAIN}/properties/values/additionalProperties/oneOf"
            ),
            was: json!([
                {"type": "string"},
                {"type": "number"},
                {"type": "boolean"},
                {"additionalProperties": true, "type": "object"},
            ]),
            now: json!([
                {"type": "string"},
                {"type": "number"},
                {"type": "boolean"},
                {"additionalProperties": true, "type": "object"},
                {"type": "array"},
                {"type": "null"},
            ]),
            why: "a bulk get without metadata maps each key to its value *or null* (a missing \
                  key), and with `type: json` the value is any JSON, arrays included; the \
                  document allows neither null nor arrays",
        },
        SchemaException {
            pointer: bulk_get_result,
            was: json!({"oneOf": [
                {"$ref": format!("#/components/schemas/{BULK_GET_PLAIN}")},
                {"$ref": format!("#/components/schemas/{BULK_GET_WITH_METADATA}")},
            ]}),
            now: json!({"anyOf": [
                {"$ref": format!("#/components/schemas/{BULK_GET_PLAIN}")},
                {"$ref": format!("#/components/schemas/{BULK_GET_WITH_METADATA}")},
            ]}),
            why: "`oneOf` can never accept a with-metadata answer naming an existing key: its \
                  `{value, metadata}` entries are also plain values (the plain branch allows any \
                  object). The test checks the branch the request asked for on its own instead \
                  (see `Report::bulk_get`)",
        },
    ]
}

/// OpenAPI 3.0's `nullable: true` as JSON Schema: `null` joins the allowed types.
fn nullable_to_json_schema(schema: &mut Json) {
    match schema {
        Json::Object(map) => {
            if let Some(nullable) = map.remove("nullable") {
                if nullable == Json::Bool(true) {
                    match map.remove("type") {
                        Some(Json::Array(mut types)) => {
                            types.push(json!("null"));
                            map.insert("type".into(), Json::Array(types));
                        }
                        Some(single) => {
                            map.insert("type".into(), json!([single, "null"]));
                        }
                        None => {
                            let rest = Json::Object(std::mem::take(map));
                            map.insert("anyOf".into(), json!([{"type": "null"}, rest]));
                        }
                    }
                }
            }
            map.values_mut().for_each(nullable_to_json_schema);
        }
        Json::Array(items) => items.iter_mut().for_each(nullable_to_json_schema),
        _ => {}
    }
}

/// The spec after the exceptions and the `nullable` conversion, with one compiled validator per
/// (operation, status class) and per component schema the test checks on its own.
struct Spec {
    responses: BTreeMap<(String, String, String), jsonschema::Validator>,
    components: BTreeMap<String, jsonschema::Validator>,
    /// Every (template, method, status class) the document describes, JSON or not.
    described: BTreeSet<(String, String, String)>,
}

impl Spec {
    fn load() -> Spec {
        let mut doc: Json = serde_json::from_str(SPEC_TEXT).expect("the fixture is JSON");
        for exception in schema_exceptions() {
            let slot = doc.pointer_mut(&exception.pointer).unwrap_or_else(|| {
                panic!("schema exception points nowhere: {}", exception.pointer)
            });
            assert_eq!(
                *slot, exception.was,
                "the document changed at {}; revisit this exception: {}",
                exception.pointer, exception.why
            );
            *slot = exception.now;
        }
        nullable_to_json_schema(&mut doc);

        let compile = |pointer: &str| {
            let mut root = doc.clone();
            // `{` and `}` are not URI characters; the resolver percent-decodes fragments.
            let fragment = pointer.replace('{', "%7B").replace('}', "%7D");
            root["$ref"] = json!(format!("#{fragment}"));
            jsonschema::validator_for(&root)
                .unwrap_or_else(|e| panic!("cannot compile the schema at {pointer}: {e}"))
        };

        let mut responses = BTreeMap::new();
        let mut described = BTreeSet::new();
        let paths = doc["paths"].as_object().expect("the document has paths");
        for (template, operations) in paths {
            let operations = operations.as_object().expect("a path item is an object");
            for (method, operation) in operations {
                if method == "parameters" {
                    continue;
                }
                let answers = operation["responses"].as_object().expect("responses");
                for (class, answer) in answers {
                    described.insert((template.clone(), method.clone(), class.clone()));
                    if answer["content"].get("application/json").is_some() {
                        let validator = compile(&response_pointer(template, method, class));
                        responses
                            .insert((template.clone(), method.clone(), class.clone()), validator);
                    }
                }
            }
        }
        let components = [FAILURE_SCHEMA, BULK_GET_PLAIN, BULK_GET_WITH_METADATA]
            .into_iter()
            .map(|name| {
                (
                    name.to_string(),
                    compile(&format!("/components/schemas/{name}")),
                )
            })
            .collect();
        Spec {
            responses,
            components,
            described,
        }
    }

    fn response_validator(&self, op: Op, class: &str) -> Option<&jsonschema::Validator> {
        self.responses.get(&(
            op.template.to_string(),
            op.method.to_string(),
            class.to_string(),
        ))
    }

    /// Each schema error as `at <instance pointer>: <message>`.
    fn errors_of(validator: &jsonschema::Validator, body: &Json) -> Vec<String> {
        validator
            .iter_errors(body)
            .map(|e| {
                let at = e.instance_path.to_string();
                let at = if at.is_empty() { "/".to_string() } else { at };
                format!("at {at}: {e} (schema {})", e.schema_path)
            })
            .collect()
    }

    fn response_errors(&self, op: Op, class: &str, body: &Json) -> Vec<String> {
        match self.response_validator(op, class) {
            Some(validator) => Self::errors_of(validator, body),
            None => vec![format!(
                "the document gives {} no JSON schema for {class}",
                op.name()
            )],
        }
    }

    fn component_errors(&self, name: &str, body: &Json) -> Vec<String> {
        Self::errors_of(&self.components[name], body)
    }
}

fn status_class(status: u16) -> Option<&'static str> {
    match status {
        200..=299 => Some("200"),
        400..=499 => Some("4XX"),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Talking to the server.

enum Payload {
    Nothing,
    Json(Json),
    Bytes(Vec<u8>),
    Form(reqwest::multipart::Form),
}

#[derive(Clone, Copy, PartialEq)]
enum Token {
    Valid,
    Missing,
    Wrong,
}

struct Reply {
    status: u16,
    content_type: String,
    expiration: Option<String>,
    bytes: Vec<u8>,
}

struct Api {
    http: reqwest::Client,
    base_url: String,
    token: String,
}

impl Api {
    async fn call(&self, op: Op, ns: &str, key: &str, query: &str, payload: Payload) -> Reply {
        let path = op.path(ns, key);
        self.send(op.method, &path, query, payload, Token::Valid)
            .await
    }

    async fn send(
        &self,
        method: &str,
        path: &str,
        query: &str,
        payload: Payload,
        token: Token,
    ) -> Reply {
        let method = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
        let mut url = format!("{}{path}", self.base_url);
        if !query.is_empty() {
            url = format!("{url}?{query}");
        }
        let mut request = self.http.request(method, &url);
        match token {
            Token::Valid => request = request.bearer_auth(&self.token),
            Token::Wrong => request = request.bearer_auth(format!("{}-not", self.token)),
            Token::Missing => {}
        }
        request = match payload {
            Payload::Nothing => request,
            Payload::Json(body) => request
                .header("content-type", "application/json")
                .body(serde_json::to_vec(&body).unwrap()),
            Payload::Bytes(bytes) => request
                .header("content-type", "application/octet-stream")
                .body(bytes),
            Payload::Form(form) => request.multipart(form),
        };
        let response = request
            .send()
            .await
            .unwrap_or_else(|e| panic!("request to {url} failed: {e}"));
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .map(|v| v.to_str().unwrap_or("<not text>").to_string())
        };
        let status = response.status().as_u16();
        let content_type = header("content-type").unwrap_or_default();
        let expiration = header("expiration");
        let bytes = response.bytes().await.expect("read the body").to_vec();
        Reply {
            status,
            content_type,
            expiration,
            bytes,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Collecting violations.

struct Report {
    spec: Spec,
    violations: Vec<String>,
    covered: BTreeSet<(String, String, String)>,
}

impl Report {
    fn new() -> Report {
        Report {
            spec: Spec::load(),
            violations: Vec::new(),
            covered: BTreeSet::new(),
        }
    }

    fn violation(&mut self, op: &str, case: &str, status: u16, problem: impl std::fmt::Display) {
        self.violations
            .push(format!("{op} [{case}] -> {status}: {problem}"));
    }

    /// Parses an envelope, checking it is JSON with a JSON content type.
    fn envelope(&mut self, name: &str, case: &str, reply: &Reply) -> Option<Json> {
        if !reply.content_type.starts_with("application/json") {
            let problem = format!(
                "content-type is {:?}, not application/json",
                reply.content_type
            );
            self.violation(name, case, reply.status, problem);
        }
        match serde_json::from_slice(&reply.bytes) {
            Ok(body) => Some(body),
            Err(e) => {
                let text = String::from_utf8_lossy(&reply.bytes).into_owned();
                self.violation(
                    name,
                    case,
                    reply.status,
                    format!("body is not JSON ({e}): {text}"),
                );
                None
            }
        }
    }

    /// Validates a JSON answer against the schema of `op` for the class of its actual status,
    /// and checks the status is the expected one.
    fn validate(&mut self, op: Op, case: &str, reply: &Reply, expected_status: u16) -> Json {
        let name = op.name();
        if reply.status != expected_status {
            let body = String::from_utf8_lossy(&reply.bytes).into_owned();
            let problem = format!("expected HTTP {expected_status}; body {body}");
            self.violation(&name, case, reply.status, problem);
        }
        let Some(body) = self.envelope(&name, case, reply) else {
            return Json::Null;
        };
        let Some(class) = status_class(reply.status) else {
            self.violation(
                &name,
                case,
                reply.status,
                "no status class of the document covers it",
            );
            return body;
        };
        self.covered.insert((
            op.template.to_string(),
            op.method.to_string(),
            class.to_string(),
        ));
        for error in self.spec.response_errors(op, class, &body) {
            self.violation(
                &name,
                case,
                reply.status,
                format!("schema {class} {error}\n    body: {body}"),
            );
        }
        body
    }

    /// A success: the schema of `op` for 200, and the envelope facts the page adds.
    fn ok(&mut self, op: Op, case: &str, reply: &Reply) -> Json {
        let body = self.validate(op, case, reply, 200);
        if reply.status == 200 && body.get("errors") != Some(&json!([])) {
            self.violation(
                &op.name(),
                case,
                reply.status,
                format!("a success lists errors: {body}"),
            );
        }
        body
    }

    /// A failure: the schema of `op` for 4XX, the status and the error code.
    fn failure(&mut self, op: Op, case: &str, reply: &Reply, status: u16, code: u64) -> Json {
        let body = self.validate(op, case, reply, status);
        self.failure_facts(&op.name(), case, reply.status, &body, code);
        body
    }

    /// What the API page says of every failure, which the schema cannot say (its `minLength`
    /// on the `errors` array constrains nothing): `success: false`, `result: null`, at least
    /// one error, and the documented code first.
    fn failure_facts(&mut self, name: &str, case: &str, status: u16, body: &Json, code: u64) {
        let first_code = body["errors"][0]["code"].as_u64();
        if first_code != Some(code)
            || body["result"] != Json::Null
            || body["success"] != json!(false)
        {
            let problem = format!("expected a failure envelope with error code {code}: {body}");
            self.violation(name, case, status, problem);
        }
    }

    /// A route the document does not have: 404 with code 7003, in the common failure envelope.
    fn no_route(&mut self, case: &str, reply: &Reply) {
        let name = "(no such route)";
        if reply.status != 404 {
            self.violation(name, case, reply.status, "expected HTTP 404");
        }
        let Some(body) = self.envelope(name, case, reply) else {
            return;
        };
        for error in self.spec.component_errors(FAILURE_SCHEMA, &body) {
            self.violation(
                name,
                case,
                reply.status,
                format!("schema {FAILURE_SCHEMA} {error}"),
            );
        }
        self.failure_facts(name, case, reply.status, &body, 7003);
    }

    /// A value read: raw bytes (no envelope), `application/octet-stream` as the document says,
    /// and an `expiration` header within `expiration` (inclusive bounds) or absent.
    fn value(&mut self, case: &str, reply: &Reply, bytes: &[u8], expiration: Option<(i64, i64)>) {
        let name = READ_VALUE.name();
        self.covered
            .insert((VALUE.to_string(), "get".to_string(), "200".to_string()));
        if reply.status != 200 {
            let body = String::from_utf8_lossy(&reply.bytes).into_owned();
            self.violation(
                &name,
                case,
                reply.status,
                format!("expected HTTP 200; body {body}"),
            );
            return;
        }
        if !reply.content_type.starts_with("application/octet-stream") {
            let problem = format!(
                "content-type {:?}, the document says application/octet-stream",
                reply.content_type
            );
            self.violation(&name, case, 200, problem);
        }
        if reply.bytes != bytes {
            let problem = format!("bytes {:?}, wrote {:?}", reply.bytes, bytes);
            self.violation(&name, case, 200, problem);
        }
        let header = reply.expiration.as_deref().map(|v| v.parse::<i64>());
        match (expiration, header) {
            (None, None) => {}
            (Some((low, high)), Some(Ok(at))) if (low..=high).contains(&at) => {}
            (wanted, got) => {
                let problem = format!("expiration header {got:?}, expected {wanted:?}");
                self.violation(&name, case, 200, problem);
            }
        }
    }

    /// A bulk get answer: the operation's schema, then the branch the request asked for, on its
    /// own (see the `oneOf` exception), then the values themselves.
    fn bulk_get(
        &mut self,
        case: &str,
        reply: &Reply,
        with_metadata: bool,
        expected: &Json,
    ) -> Json {
        let body = self.ok(BULK_GET_OP, case, reply);
        let branch = if with_metadata {
            BULK_GET_WITH_METADATA
        } else {
            BULK_GET_PLAIN
        };
        for error in self.spec.component_errors(branch, &body["result"]) {
            let problem = format!("schema {branch} (of /result) {error}\n    body: {body}");
            self.violation(&BULK_GET_OP.name(), case, reply.status, problem);
        }
        if body["result"]["values"] != *expected {
            let problem = format!("values {}, expected {expected}", body["result"]["values"]);
            self.violation(&BULK_GET_OP.name(), case, reply.status, problem);
        }
        body
    }

    /// A fact of the API page that the schema does not express.
    fn expect(&mut self, op: Op, case: &str, holds: bool, what: impl std::fmt::Display) {
        if !holds {
            self.violation(&op.name(), case, 200, format!("API page: {what}"));
        }
    }

    fn finish(mut self) {
        for (template, method, class) in self.spec.described.clone() {
            if !self
                .covered
                .contains(&(template.clone(), method.clone(), class.clone()))
            {
                let name = format!("{} {template}", method.to_uppercase());
                self.violations
                    .push(format!("{name} {class}: never exercised by this test"));
            }
        }
        assert!(
            self.violations.is_empty(),
            "{} violation(s) of the OpenAPI document or the API page:\n  {}",
            self.violations.len(),
            self.violations.join("\n  ")
        );
    }
}

fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

fn is_namespace_id(value: &Json) -> bool {
    value
        .as_str()
        .is_some_and(|id| id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn form(value: &[u8], metadata: Option<&str>) -> Payload {
    let mut form = reqwest::multipart::Form::new()
        .part("value", reqwest::multipart::Part::bytes(value.to_vec()));
    if let Some(metadata) = metadata {
        form = form.text("metadata", metadata.to_string());
    }
    Payload::Form(form)
}

// ---------------------------------------------------------------------------------------------
// The conformance run.

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_answers_as_the_openapi_document_says() {
    let server = support::Server::start();
    let api = Api {
        http: reqwest::Client::new(),
        base_url: server.base_url.clone(),
        token: server.token.clone(),
    };
    let mut report = Report::new();

    let ns = namespaces(&api, &mut report).await;
    single_keys(&api, &mut report, &ns).await;
    listings(&api, &mut report, &ns).await;
    bulk(&api, &mut report, &ns).await;
    credentials_and_routes(&api, &mut report, &ns).await;
    report.finish();
}

/// Namespace creation, listing (with its paging), reading, renaming and deletion. Returns the id
/// of a namespace the later steps use.
async fn namespaces(api: &Api, report: &mut Report) -> String {
    let create = |title: &str| Payload::Json(json!({"title": title}));

    let reply = api
        .call(CREATE_NAMESPACE, "", "", "", create("openapi-main"))
        .await;
    let main = report.ok(CREATE_NAMESPACE, "create", &reply);
    let ns = main["result"]["id"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let shape = is_namespace_id(&main["result"]["id"])
        && main["result"]["title"] == json!("openapi-main")
        && main["result"]["supports_url_encoding"].is_boolean();
    report.expect(
        CREATE_NAMESPACE,
        "create",
        shape,
        format!("a namespace object {{id: 32 hex, title}}: {main}"),
    );

    let reply = api
        .call(CREATE_NAMESPACE, "", "", "", create("openapi-other"))
        .await;
    report.ok(CREATE_NAMESPACE, "create a second", &reply);
    let reply = api
        .call(CREATE_NAMESPACE, "", "", "", create("openapi-main"))
        .await;
    report.failure(CREATE_NAMESPACE, "duplicate title", &reply, 400, 10014);
    let reply = api
        .call(CREATE_NAMESPACE, "", "", "", create(&"t".repeat(513)))
        .await;
    report.failure(CREATE_NAMESPACE, "title of 513 chars", &reply, 400, 10001);
    let reply = api
        .call(
            CREATE_NAMESPACE,
            "",
            "",
            "",
            Payload::Json(json!({"name": "x"})),
        )
        .await;
    report.failure(CREATE_NAMESPACE, "body without a title", &reply, 400, 10001);
    let reply = api
        .call(CREATE_NAMESPACE, "", "", "", Payload::Bytes(b"{".to_vec()))
        .await;
    report.failure(
        CREATE_NAMESPACE,
        "body that is not JSON",
        &reply,
        400,
        10001,
    );

    // Listing: the defaults, then a page of one by title, then a page past the end.
    let reply = api
        .call(LIST_NAMESPACES, "", "", "", Payload::Nothing)
        .await;
    let listed = report.ok(LIST_NAMESPACES, "list", &reply);
    let info = &listed["result_info"];
    let titles: Vec<&str> = listed["result"]
        .as_array()
        .map(|all| all.iter().filter_map(|ns| ns["title"].as_str()).collect())
        .unwrap_or_default();
    let paging = info["page"] == json!(1)
        && info["per_page"] == json!(20)
        && info["count"] == json!(2)
        && info["total_count"] == json!(2)
        && titles.len() == 2
        && titles.contains(&"openapi-main")
        && titles.contains(&"openapi-other");
    report.expect(LIST_NAMESPACES, "list", paging, format!("result_info {{page 1, per_page 20, count 2, total_count 2}} and both namespaces: {listed}"));
    let every_item_is_a_namespace = listed["result"].as_array().is_some_and(|all| {
        all.iter()
            .all(|ns| is_namespace_id(&ns["id"]) && ns["title"].is_string())
    });
    report.expect(
        LIST_NAMESPACES,
        "list",
        every_item_is_a_namespace,
        "every item is {id, title}",
    );

    let query = "page=2&per_page=1&order=title&direction=asc";
    let reply = api
        .call(LIST_NAMESPACES, "", "", query, Payload::Nothing)
        .await;
    let page = report.ok(LIST_NAMESPACES, query, &reply);
    let info = &page["result_info"];
    let second = info["page"] == json!(2)
        && info["per_page"] == json!(1)
        && info["count"] == json!(1)
        && info["total_count"] == json!(2)
        && page["result"][0]["title"] == json!("openapi-other");
    report.expect(
        LIST_NAMESPACES,
        query,
        second,
        format!("the second title by order, in result_info page 2 of per_page 1: {page}"),
    );

    let query = "page=3&per_page=1";
    let reply = api
        .call(LIST_NAMESPACES, "", "", query, Payload::Nothing)
        .await;
    let past = report.ok(LIST_NAMESPACES, query, &reply);
    let empty = past["result"] == json!([]) && past["result_info"]["count"] == json!(0);
    report.expect(
        LIST_NAMESPACES,
        query,
        empty,
        format!("an empty page past the end: {past}"),
    );

    for query in [
        "per_page=0",
        "per_page=1001",
        "page=0",
        "order=size",
        "direction=up",
    ] {
        let reply = api
            .call(LIST_NAMESPACES, "", "", query, Payload::Nothing)
            .await;
        report.failure(LIST_NAMESPACES, query, &reply, 400, 10001);
    }

    // One namespace: read, rename, delete.
    let reply = api.call(GET_NAMESPACE, &ns, "", "", Payload::Nothing).await;
    let got = report.ok(GET_NAMESPACE, "get", &reply);
    let same = got["result"]["id"] == json!(ns) && got["result"]["title"] == json!("openapi-main");
    report.expect(
        GET_NAMESPACE,
        "get",
        same,
        format!("the namespace created: {got}"),
    );
    let reply = api
        .call(GET_NAMESPACE, UNKNOWN_NS, "", "", Payload::Nothing)
        .await;
    report.failure(GET_NAMESPACE, "unknown namespace", &reply, 404, 10013);

    let reply = api
        .call(RENAME_NAMESPACE, &ns, "", "", create("openapi-renamed"))
        .await;
    let renamed = report.ok(RENAME_NAMESPACE, "rename", &reply);
    let same = renamed["result"]["id"] == json!(ns)
        && renamed["result"]["title"] == json!("openapi-renamed");
    report.expect(
        RENAME_NAMESPACE,
        "rename",
        same,
        format!("the renamed namespace: {renamed}"),
    );
    let reply = api
        .call(RENAME_NAMESPACE, &ns, "", "", create("openapi-other"))
        .await;
    report.failure(RENAME_NAMESPACE, "to a title in use", &reply, 400, 10014);
    let reply = api
        .call(RENAME_NAMESPACE, UNKNOWN_NS, "", "", create("anything"))
        .await;
    report.failure(RENAME_NAMESPACE, "unknown namespace", &reply, 404, 10013);
    let reply = api
        .call(RENAME_NAMESPACE, &ns, "", "", Payload::Json(json!({})))
        .await;
    report.failure(RENAME_NAMESPACE, "body without a title", &reply, 400, 10001);

    let reply = api
        .call(CREATE_NAMESPACE, "", "", "", create("openapi-doomed"))
        .await;
    let doomed = report.ok(CREATE_NAMESPACE, "create one to delete", &reply);
    let doomed = doomed["result"]["id"]
        .as_str()
        .unwrap_or(UNKNOWN_NS)
        .to_string();
    let reply = api
        .call(DELETE_NAMESPACE, &doomed, "", "", Payload::Json(json!({})))
        .await;
    let deleted = report.ok(DELETE_NAMESPACE, "delete, with an empty JSON body", &reply);
    let nothing = deleted["result"].is_null() || deleted["result"] == json!({});
    report.expect(
        DELETE_NAMESPACE,
        "delete",
        nothing,
        format!("result null or {{}}: {deleted}"),
    );
    let reply = api
        .call(DELETE_NAMESPACE, &doomed, "", "", Payload::Nothing)
        .await;
    report.failure(DELETE_NAMESPACE, "delete again", &reply, 404, 10013);
    let reply = api
        .call(GET_NAMESPACE, &doomed, "", "", Payload::Nothing)
        .await;
    report.failure(GET_NAMESPACE, "a deleted namespace", &reply, 404, 10013);

    ns
}

/// Writing (raw and multipart), reading, reading metadata and deleting single keys.
async fn single_keys(api: &Api, report: &mut Report, ns: &str) {
    // A key that needs percent-encoding in the URL: `/`, a space, non-ASCII.
    let odd_key = "dir/a b ✓";
    let before = now_secs();
    let reply = api
        .call(
            WRITE_VALUE,
            ns,
            "plain",
            "",
            Payload::Bytes(b"hello".to_vec()),
        )
        .await;
    let written = report.ok(WRITE_VALUE, "raw body", &reply);
    let nothing = written["result"].is_null() || written["result"] == json!({});
    report.expect(
        WRITE_VALUE,
        "raw body",
        nothing,
        format!("result null or {{}}: {written}"),
    );
    let reply = api
        .call(
            WRITE_VALUE,
            ns,
            odd_key,
            "expiration_ttl=300",
            form(b"with metadata", Some(r#"{"m":1}"#)),
        )
        .await;
    report.ok(
        WRITE_VALUE,
        "multipart with metadata and expiration_ttl",
        &reply,
    );
    let at = now_secs() + 3600;
    let reply = api
        .call(
            WRITE_VALUE,
            ns,
            "absolute",
            &format!("expiration={at}"),
            Payload::Bytes(b"until".to_vec()),
        )
        .await;
    report.ok(WRITE_VALUE, "expiration", &reply);
    let binary: Vec<u8> = (0..=255u8).rev().collect();
    let reply = api
        .call(
            WRITE_VALUE,
            ns,
            "binary",
            "",
            Payload::Bytes(binary.clone()),
        )
        .await;
    report.ok(WRITE_VALUE, "binary bytes", &reply);
    let after = now_secs();

    let long_key = "k".repeat(513);
    let value = || Payload::Bytes(b"v".to_vec());
    let reply = api.call(WRITE_VALUE, ns, &long_key, "", value()).await;
    report.failure(WRITE_VALUE, "key of 513 bytes", &reply, 414, 10001);
    // (The keys `.` and `..` cannot travel in a URL: every URL parser, reqwest's and the
    // WHATWG one alike, resolves them, even as `%2E%2E`, as dot segments. The bulk routes,
    // which carry keys in JSON, check them below.)
    for query in [
        "expiration_ttl=30",
        "expiration_ttl=soon",
        "expiration=1000",
    ] {
        let reply = api
            .call(WRITE_VALUE, ns, "bad-expiry", query, value())
            .await;
        report.failure(WRITE_VALUE, query, &reply, 400, 10001);
    }
    let big_metadata = format!(r#"{{"p":"{}"}}"#, "x".repeat(1025 - 8));
    assert_eq!(big_metadata.len(), 1025);
    let reply = api
        .call(
            WRITE_VALUE,
            ns,
            "big-metadata",
            "",
            form(b"v", Some(&big_metadata)),
        )
        .await;
    let body = report.failure(WRITE_VALUE, "metadata of 1025 bytes", &reply, 413, 10001);
    let said =
        body["errors"][0]["message"] == json!("Metadata length of 1025 exceeds limit of 1024.");
    report.expect(
        WRITE_VALUE,
        "metadata of 1025 bytes",
        said,
        format!("the API's message: {body}"),
    );
    let reply = api
        .call(
            WRITE_VALUE,
            ns,
            "big-value",
            "",
            Payload::Bytes(vec![b'v'; 26_214_401]),
        )
        .await;
    let body = report.failure(WRITE_VALUE, "value of 25 MiB + 1", &reply, 413, 10001);
    let said = body["errors"][0]["message"]
        == json!("Value length of 26214401 exceeds limit of 26214400.");
    report.expect(
        WRITE_VALUE,
        "value of 25 MiB + 1",
        said,
        format!("the API's message: {body}"),
    );
    let reply = api.call(WRITE_VALUE, UNKNOWN_NS, "k", "", value()).await;
    report.failure(WRITE_VALUE, "unknown namespace", &reply, 404, 10013);

    // Reads: raw bytes, and the expiration header exactly when the key expires.
    let reply = api
        .call(READ_VALUE, ns, "plain", "", Payload::Nothing)
        .await;
    report.value("never expires", &reply, b"hello", None);
    let reply = api
        .call(READ_VALUE, ns, odd_key, "", Payload::Nothing)
        .await;
    report.value(
        "expiration_ttl=300, key needing encoding",
        &reply,
        b"with metadata",
        Some((before + 300, after + 300)),
    );
    let reply = api
        .call(READ_VALUE, ns, "absolute", "", Payload::Nothing)
        .await;
    report.value("absolute expiration", &reply, b"until", Some((at, at)));
    let reply = api
        .call(READ_VALUE, ns, "binary", "", Payload::Nothing)
        .await;
    report.value("binary", &reply, &binary, None);
    let reply = api
        .call(READ_VALUE, ns, "missing", "", Payload::Nothing)
        .await;
    let body = report.failure(READ_VALUE, "missing key", &reply, 404, 10009);
    let said = body["errors"][0]["message"] == json!("get: 'key not found'");
    report.expect(
        READ_VALUE,
        "missing key",
        said,
        format!("message \"get: 'key not found'\": {body}"),
    );
    let reply = api
        .call(READ_VALUE, ns, &long_key, "", Payload::Nothing)
        .await;
    report.failure(READ_VALUE, "key of 513 bytes", &reply, 414, 10001);
    let reply = api
        .call(READ_VALUE, UNKNOWN_NS, "plain", "", Payload::Nothing)
        .await;
    report.failure(READ_VALUE, "unknown namespace", &reply, 404, 10013);

    // Metadata: any JSON, or null for a key written without it.
    let reply = api
        .call(READ_METADATA, ns, odd_key, "", Payload::Nothing)
        .await;
    let body = report.ok(READ_METADATA, "with metadata", &reply);
    report.expect(
        READ_METADATA,
        "with metadata",
        body["result"] == json!({"m": 1}),
        format!("result {{\"m\":1}}: {body}"),
    );
    let reply = api
        .call(READ_METADATA, ns, "plain", "", Payload::Nothing)
        .await;
    let body = report.ok(READ_METADATA, "without metadata", &reply);
    report.expect(
        READ_METADATA,
        "without metadata",
        body["result"].is_null(),
        format!("result null: {body}"),
    );
    let reply = api
        .call(READ_METADATA, ns, "missing", "", Payload::Nothing)
        .await;
    report.failure(READ_METADATA, "missing key", &reply, 404, 10009);
    let reply = api
        .call(READ_METADATA, ns, &long_key, "", Payload::Nothing)
        .await;
    report.failure(READ_METADATA, "key of 513 bytes", &reply, 414, 10001);
    let reply = api
        .call(READ_METADATA, UNKNOWN_NS, "plain", "", Payload::Nothing)
        .await;
    report.failure(READ_METADATA, "unknown namespace", &reply, 404, 10013);

    // Deletes: a present key, then the same key (deleting is idempotent), then failures.
    let reply = api.call(WRITE_VALUE, ns, "to-delete", "", value()).await;
    report.ok(WRITE_VALUE, "a key to delete", &reply);
    let reply = api
        .call(DELETE_VALUE, ns, "to-delete", "", Payload::Nothing)
        .await;
    let body = report.ok(DELETE_VALUE, "present key", &reply);
    let nothing = body["result"].is_null() || body["result"] == json!({});
    report.expect(
        DELETE_VALUE,
        "present key",
        nothing,
        format!("result null or {{}}: {body}"),
    );
    let reply = api
        .call(READ_VALUE, ns, "to-delete", "", Payload::Nothing)
        .await;
    report.failure(READ_VALUE, "a deleted key", &reply, 404, 10009);
    let reply = api
        .call(DELETE_VALUE, ns, "to-delete", "", Payload::Nothing)
        .await;
    report.ok(DELETE_VALUE, "absent key", &reply);
    let reply = api
        .call(DELETE_VALUE, ns, &long_key, "", Payload::Nothing)
        .await;
    report.failure(DELETE_VALUE, "key of 513 bytes", &reply, 414, 10001);
    let reply = api
        .call(DELETE_VALUE, UNKNOWN_NS, "plain", "", Payload::Nothing)
        .await;
    report.failure(DELETE_VALUE, "unknown namespace", &reply, 404, 10013);
}

/// Key listings: the whole namespace, then a prefix paged with a cursor to its end.
async fn listings(api: &Api, report: &mut Report, ns: &str) {
    let items: Vec<Json> = (0..15)
        .map(|i| json!({"key": format!("page/{i:02}"), "value": "p"}))
        .collect();
    let reply = api
        .call(BULK_WRITE, ns, "", "", Payload::Json(Json::Array(items)))
        .await;
    report.ok(BULK_WRITE, "15 keys to page through", &reply);

    let reply = api.call(LIST_KEYS, ns, "", "", Payload::Nothing).await;
    let listed = report.ok(LIST_KEYS, "everything", &reply);
    let keys = listed["result"].as_array().cloned().unwrap_or_default();
    let names: Vec<&str> = keys.iter().filter_map(|k| k["name"].as_str()).collect();
    let mut sorted = names.clone();
    sorted.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
    let expected_count = 4 + 15;
    let whole = names == sorted
        && names.len() == expected_count
        && listed["result_info"]["count"] == json!(expected_count)
        && listed["result_info"]["cursor"]
            .as_str()
            .is_none_or(str::is_empty);
    report.expect(LIST_KEYS, "everything", whole, format!("all {expected_count} keys in byte order, count {expected_count}, no cursor to follow: {listed}"));
    let find = |name: &str| {
        keys.iter()
            .find(|k| k["name"] == json!(name))
            .cloned()
            .unwrap_or(Json::Null)
    };
    let plain = find("plain");
    report.expect(
        LIST_KEYS,
        "everything",
        plain == json!({"name": "plain"}),
        format!("a key without expiry or metadata is just {{name}}: {plain}"),
    );
    let odd = find("dir/a b ✓");
    let described = odd["expiration"].is_i64()
        && odd["metadata"] == json!({"m": 1})
        && odd.get("value").is_none();
    report.expect(
        LIST_KEYS,
        "everything",
        described,
        format!("{{name, expiration, metadata}}, no value: {odd}"),
    );

    let query = "prefix=page%2F&limit=10";
    let reply = api.call(LIST_KEYS, ns, "", query, Payload::Nothing).await;
    let first = report.ok(LIST_KEYS, query, &reply);
    let cursor = first["result_info"]["cursor"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let full = first["result"].as_array().map(Vec::len) == Some(10)
        && first["result_info"]["count"] == json!(10)
        && first["result"][0]["name"] == json!("page/00")
        && !cursor.is_empty();
    report.expect(
        LIST_KEYS,
        query,
        full,
        format!("10 keys from page/00, count 10, a cursor: {first}"),
    );
    let encoded: String = utf8_percent_encode(&cursor, URI_COMPONENT).to_string();
    let query = format!("prefix=page%2F&limit=10&cursor={encoded}");
    let reply = api.call(LIST_KEYS, ns, "", &query, Payload::Nothing).await;
    let last = report.ok(LIST_KEYS, "the page after the cursor", &reply);
    let end = last["result"].as_array().map(Vec::len) == Some(5)
        && last["result_info"]["count"] == json!(5)
        && last["result"][0]["name"] == json!("page/10")
        && last["result_info"]["cursor"]
            .as_str()
            .is_none_or(str::is_empty);
    report.expect(
        LIST_KEYS,
        "the page after the cursor",
        end,
        format!("the last 5 keys and an ended cursor: {last}"),
    );

    for query in ["limit=9", "limit=1001", "limit=ten"] {
        let reply = api.call(LIST_KEYS, ns, "", query, Payload::Nothing).await;
        report.failure(LIST_KEYS, query, &reply, 400, 10001);
    }
    let reply = api
        .call(LIST_KEYS, UNKNOWN_NS, "", "", Payload::Nothing)
        .await;
    report.failure(LIST_KEYS, "unknown namespace", &reply, 404, 10013);
}

/// Bulk writes, gets (plain, JSON, with metadata) and both delete routes.
async fn bulk(api: &Api, report: &mut Report, ns: &str) {
    let base64 = base64::engine::general_purpose::STANDARD.encode(b"\x00\x01binary");
    let items = json!([
        {"key": "bulk/text", "value": "hello"},
        {"key": "bulk/object", "value": "{\"a\":[1,2]}", "metadata": {"kind": "object"}, "expiration_ttl": 600},
        {"key": "bulk/array", "value": "[1,\"two\",null]"},
        {"key": "bulk/number", "value": "42.5"},
        {"key": "bulk/base64", "value": base64, "base64": true},
    ]);
    let before = now_secs();
    let reply = api.call(BULK_WRITE, ns, "", "", Payload::Json(items)).await;
    let after = now_secs();
    let body = report.ok(BULK_WRITE, "five items", &reply);
    let counted = body["result"] == json!({"successful_key_count": 5, "unsuccessful_keys": []});
    report.expect(
        BULK_WRITE,
        "five items",
        counted,
        format!("{{successful_key_count: 5, unsuccessful_keys: []}}: {body}"),
    );
    let reply = api
        .call(READ_VALUE, ns, "bulk/base64", "", Payload::Nothing)
        .await;
    report.value("a base64 bulk item", &reply, b"\x00\x01binary", None);
    let reply = api
        .call(READ_VALUE, ns, "bulk/object", "", Payload::Nothing)
        .await;
    report.value(
        "a bulk item with expiration_ttl",
        &reply,
        b"{\"a\":[1,2]}",
        Some((before + 600, after + 600)),
    );
    let reply = api
        .call(BULK_WRITE, ns, "", "", Payload::Json(json!([])))
        .await;
    let body = report.ok(BULK_WRITE, "no items", &reply);
    let counted = body["result"] == json!({"successful_key_count": 0, "unsuccessful_keys": []});
    report.expect(
        BULK_WRITE,
        "no items",
        counted,
        format!("{{successful_key_count: 0, unsuccessful_keys: []}}: {body}"),
    );

    let long_key = "k".repeat(513);
    let bad_writes = [
        ("an empty key", json!([{"key": "", "value": "v"}]), 400),
        ("the key '..'", json!([{"key": "..", "value": "v"}]), 400),
        ("the key '.'", json!([{"key": ".", "value": "v"}]), 400),
        (
            "expiration_ttl 10",
            json!([{"key": "k", "value": "v", "expiration_ttl": 10}]),
            400,
        ),
        (
            "a key of 513 bytes",
            json!([{"key": long_key, "value": "v"}]),
            414,
        ),
        ("an item without value", json!([{"key": "k"}]), 400),
        (
            "bad base64",
            json!([{"key": "k", "value": "***", "base64": true}]),
            400,
        ),
        ("not an array", json!({"key": "k", "value": "v"}), 400),
    ];
    for (case, items, status) in bad_writes {
        let reply = api.call(BULK_WRITE, ns, "", "", Payload::Json(items)).await;
        report.failure(BULK_WRITE, case, &reply, status, 10001);
    }
    let reply = api
        .call(BULK_WRITE, UNKNOWN_NS, "", "", Payload::Json(json!([])))
        .await;
    report.failure(BULK_WRITE, "unknown namespace", &reply, 404, 10013);

    // Gets: text, JSON, with metadata, and both; a missing key is null in each.
    let get = |body: Json| Payload::Json(body);
    let keys = json!([
        "bulk/text",
        "bulk/object",
        "bulk/array",
        "bulk/number",
        "missing"
    ]);
    let reply = api
        .call(BULK_GET_OP, ns, "", "", get(json!({"keys": keys})))
        .await;
    let expected = json!({
        "bulk/text": "hello", "bulk/object": "{\"a\":[1,2]}", "bulk/array": "[1,\"two\",null]",
        "bulk/number": "42.5", "missing": null,
    });
    report.bulk_get("text values", &reply, false, &expected);
    let json_keys = json!(["bulk/object", "bulk/array", "bulk/number", "missing"]);
    let reply = api
        .call(
            BULK_GET_OP,
            ns,
            "",
            "",
            get(json!({"keys": json_keys, "type": "json"})),
        )
        .await;
    let expected = json!({"bulk/object": {"a": [1, 2]}, "bulk/array": [1, "two", null], "bulk/number": 42.5, "missing": null});
    report.bulk_get("type json", &reply, false, &expected);
    let reply = api
        .call(
            BULK_GET_OP,
            ns,
            "",
            "",
            get(json!({"keys": keys, "type": "json"})),
        )
        .await;
    report.failure(
        BULK_GET_OP,
        "type json over a value that is not JSON",
        &reply,
        400,
        10001,
    );

    let reply = api
        .call(
            BULK_GET_OP,
            ns,
            "",
            "",
            get(json!({"keys": ["bulk/text", "bulk/object", "missing"], "withMetadata": true})),
        )
        .await;
    let body = report.ok(BULK_GET_OP, "with metadata", &reply);
    let values = &body["result"]["values"];
    let expiration = values["bulk/object"]["expiration"].as_i64().unwrap_or(0);
    let shaped = values["bulk/text"] == json!({"value": "hello", "metadata": null})
        && values["bulk/object"]["value"] == json!("{\"a\":[1,2]}")
        && values["bulk/object"]["metadata"] == json!({"kind": "object"})
        && (before + 600..=after + 600).contains(&expiration)
        && values["missing"].is_null();
    report.expect(
        BULK_GET_OP,
        "with metadata",
        shaped,
        format!("{{value, metadata, expiration?}} or null per key: {body}"),
    );
    let expected = values.clone();
    report.bulk_get("with metadata (branch)", &reply, true, &expected);

    let reply = api
        .call(
            BULK_GET_OP,
            ns,
            "",
            "",
            get(json!({"keys": ["bulk/array"], "type": "json", "withMetadata": true})),
        )
        .await;
    let expected = json!({"bulk/array": {"value": [1, "two", null], "metadata": null}});
    report.bulk_get("type json with metadata", &reply, true, &expected);

    let too_many: Vec<String> = (0..101).map(|i| format!("k{i}")).collect();
    let reply = api
        .call(BULK_GET_OP, ns, "", "", get(json!({"keys": too_many})))
        .await;
    let body = report.failure(BULK_GET_OP, "101 keys", &reply, 400, 10001);
    let said = body["errors"][0]["message"] == json!("You can request a maximum of 100 keys");
    report.expect(
        BULK_GET_OP,
        "101 keys",
        said,
        format!("the API's message: {body}"),
    );
    let bad_gets = [
        ("no keys", json!({"keys": []}), 400),
        (
            "type xml",
            json!({"keys": ["bulk/text"], "type": "xml"}),
            400,
        ),
        ("a key of 513 bytes", json!({"keys": [long_key]}), 414),
        ("no keys field", json!({}), 400),
    ];
    for (case, body, status) in bad_gets {
        let reply = api.call(BULK_GET_OP, ns, "", "", get(body)).await;
        report.failure(BULK_GET_OP, case, &reply, status, 10001);
    }
    let reply = api
        .call(BULK_GET_OP, UNKNOWN_NS, "", "", get(json!({"keys": ["a"]})))
        .await;
    report.failure(BULK_GET_OP, "unknown namespace", &reply, 404, 10013);

    // Deletes, on both routes.
    let names = |keys: &[&str]| Payload::Json(json!(keys));
    let reply = api
        .call(
            BULK_DELETE_POST,
            ns,
            "",
            "",
            names(&["bulk/text", "bulk/number"]),
        )
        .await;
    let body = report.ok(BULK_DELETE_POST, "two keys", &reply);
    let counted = body["result"] == json!({"successful_key_count": 2, "unsuccessful_keys": []});
    report.expect(
        BULK_DELETE_POST,
        "two keys",
        counted,
        format!("{{successful_key_count: 2, unsuccessful_keys: []}}: {body}"),
    );
    let reply = api
        .call(READ_VALUE, ns, "bulk/text", "", Payload::Nothing)
        .await;
    report.failure(READ_VALUE, "a key deleted in bulk", &reply, 404, 10009);
    let reply = api
        .call(BULK_DELETE_DEPRECATED, ns, "", "", names(&["bulk/array"]))
        .await;
    let body = report.ok(BULK_DELETE_DEPRECATED, "one key", &reply);
    let counted = body["result"] == json!({"successful_key_count": 1, "unsuccessful_keys": []});
    report.expect(
        BULK_DELETE_DEPRECATED,
        "one key",
        counted,
        format!("{{successful_key_count: 1, unsuccessful_keys: []}}: {body}"),
    );
    for op in [BULK_DELETE_POST, BULK_DELETE_DEPRECATED] {
        let reply = api.call(op, ns, "", "", names(&[""])).await;
        report.failure(op, "an empty key", &reply, 400, 10001);
        let reply = api.call(op, ns, "", "", names(&[long_key.as_str()])).await;
        report.failure(op, "a key of 513 bytes", &reply, 414, 10001);
        let reply = api
            .call(op, ns, "", "", Payload::Json(json!({"keys": ["a"]})))
            .await;
        report.failure(op, "not an array", &reply, 400, 10001);
        let reply = api.call(op, UNKNOWN_NS, "", "", names(&["a"])).await;
        report.failure(op, "unknown namespace", &reply, 404, 10013);
    }
}

/// Every operation refuses a request without the token (and one with a wrong token); paths
/// and methods the API does not have answer 7003.
async fn credentials_and_routes(api: &Api, report: &mut Report, ns: &str) {
    for op in ALL_OPS {
        let reply = api
            .send(
                op.method,
                &op.path(ns, "plain"),
                "",
                Payload::Nothing,
                Token::Missing,
            )
            .await;
        report.failure(op, "no token", &reply, 401, 10000);
    }
    let reply = api
        .send(
            "get",
            &LIST_NAMESPACES.path("", ""),
            "",
            Payload::Nothing,
            Token::Wrong,
        )
        .await;
    report.failure(LIST_NAMESPACES, "a wrong token", &reply, 401, 10000);

    // An account id that is not 32 hex characters cannot be routed.
    let path = NAMESPACES.replace("{account_id}", "not-an-account");
    let reply = api
        .send("get", &path, "", Payload::Nothing, Token::Valid)
        .await;
    report.failure(LIST_NAMESPACES, "malformed account id", &reply, 404, 7003);

    let unknown = [
        ("get", "/nothing/here".to_string(), "an unknown path"),
        (
            "get",
            format!(
                "{}/values",
                LIST_KEYS.path(ns, "").trim_end_matches("/keys")
            ),
            "values without a key",
        ),
        (
            "patch",
            LIST_NAMESPACES.path("", ""),
            "PATCH on the namespaces",
        ),
        ("post", GET_NAMESPACE.path(ns, ""), "POST on a namespace"),
    ];
    for (method, path, case) in unknown {
        let reply = api
            .send(method, &path, "", Payload::Nothing, Token::Valid)
            .await;
        report.no_route(case, &reply);
    }
}

// ---------------------------------------------------------------------------------------------
// The checker must be able to fail.

#[test]
fn the_validators_reject_bodies_that_break_the_document() {
    let spec = Spec::load();
    let bad = |op: Op, class: &str, body: Json| spec.response_errors(op, class, &body);

    // A title that is not a string, deep in a list.
    let errors = bad(
        LIST_NAMESPACES,
        "200",
        json!({"success": true, "errors": [], "messages": [], "result": [{"id": "a", "title": 5}]}),
    );
    assert!(
        errors.iter().any(|e| e.starts_with("at /result/0/title:")),
        "{errors:?}"
    );
    // A namespace without its title.
    let errors = bad(
        GET_NAMESPACE,
        "200",
        json!({"success": true, "errors": [], "messages": [], "result": {"id": "a"}}),
    );
    assert!(!errors.is_empty());
    // A failure without `result`, and a failure that claims success.
    let errors = bad(
        GET_NAMESPACE,
        "4XX",
        json!({"success": false, "errors": [], "messages": []}),
    );
    assert!(!errors.is_empty());
    let errors = bad(
        READ_VALUE,
        "4XX",
        json!({"success": true, "errors": [{"code": 10009, "message": "m"}], "messages": [], "result": null}),
    );
    assert!(
        errors.iter().any(|e| e.starts_with("at /success:")),
        "{errors:?}"
    );
    // An error code under the document's minimum.
    let errors = bad(
        READ_VALUE,
        "4XX",
        json!({"success": false, "errors": [{"code": 1, "message": "m"}], "messages": [], "result": null}),
    );
    assert!(
        errors.iter().any(|e| e.starts_with("at /errors/0/code:")),
        "{errors:?}"
    );
    // A key listing with a null expiration, and a non-string cursor.
    let errors = bad(
        LIST_KEYS,
        "200",
        json!({"success": true, "errors": [], "messages": [], "result": [{"name": "k", "expiration": null}], "result_info": {"count": 1, "cursor": 7}}),
    );
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("at /result/0/expiration:")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("at /result_info/cursor:")),
        "{errors:?}"
    );
    // A bulk result with a count that is not a number; a bulk failure that claims success
    // (still refused after the exception that gives bulk failures the failure envelope).
    let errors = bad(
        BULK_WRITE,
        "200",
        json!({"success": true, "errors": [], "messages": [], "result": {"successful_key_count": "5", "unsuccessful_keys": []}}),
    );
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("at /result/successful_key_count:")),
        "{errors:?}"
    );
    let errors = bad(
        BULK_DELETE_POST,
        "4XX",
        json!({"success": true, "errors": [], "messages": [], "result": null}),
    );
    assert!(!errors.is_empty());
    // A with-metadata entry without its metadata fails its branch.
    let errors = spec.component_errors(
        BULK_GET_WITH_METADATA,
        &json!({"values": {"k": {"value": "v"}}}),
    );
    assert!(
        errors.iter().any(|e| e.starts_with("at /values/k:")),
        "{errors:?}"
    );

    // And what is right passes, `nullable` included.
    assert_eq!(
        bad(
            DELETE_NAMESPACE,
            "200",
            json!({"success": true, "errors": [], "messages": [], "result": null})
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        bad(
            READ_METADATA,
            "200",
            json!({"success": true, "errors": [], "messages": [], "result": null})
        ),
        Vec::<String>::new()
    );
    let with_metadata = json!({"success": true, "errors": [], "messages": [], "result": {"values": {"k": {"value": "v", "metadata": null}, "gone": null}}});
    assert_eq!(bad(BULK_GET_OP, "200", with_metadata), Vec::<String>::new());
}

#[test]
fn every_operation_of_the_document_is_driven() {
    let spec = Spec::load();
    let named: BTreeSet<(String, String)> = ALL_OPS
        .iter()
        .map(|op| (op.template.to_string(), op.method.to_string()))
        .collect();
    let described: BTreeSet<(String, String)> = spec
        .described
        .iter()
        .map(|(t, m, _)| (t.clone(), m.clone()))
        .collect();
    assert_eq!(named, described);
    assert_eq!(named.len(), 14);
    // Every operation answers JSON in both classes, except the value read's raw 200.
    assert_eq!(spec.responses.len(), 14 * 2 - 1);
}
