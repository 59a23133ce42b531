//! `wkv namespace create|list|delete|rename`: namespaces of the account (and, for `list
//! --local`, of local state).

use std::io::Write;

use serde::Serialize;

use crate::api::Namespace;
use crate::cli::{
    NamespaceCommand, NamespaceCreateArgs, NamespaceDeleteArgs, NamespaceListArgs,
    NamespaceRenameArgs, OutputFormat,
};
use crate::config::{self, Access, Config, ConfigFormat, NamespaceChoice};
use crate::error::{usage, WkvError};
use crate::kv::limits;
use crate::output::{JsonArrayWriter, Ui};

use crate::session::{pick_account_namespace, Context, RemoteSession};

pub async fn run(command: NamespaceCommand, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    match command {
        NamespaceCommand::Create(args) => create(args, context, ui).await,
        NamespaceCommand::List(args) => list(args, context, ui).await,
        NamespaceCommand::Delete(args) => delete(args, context, ui).await,
        NamespaceCommand::Rename(args) => rename(args, context, ui).await,
        NamespaceCommand::Id(args) => super::namespace_id::run(args, context, ui).await,
        NamespaceCommand::Check(args) => super::namespace_check::run(args, context, ui),
    }
}

async fn create(args: NamespaceCreateArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    let config = context.load_config()?;
    // As in wrangler: `--env E` prefixes the title, `--preview` suffixes it.
    let mut title = match &context.source.env {
        Some(env) => format!("{env}-{}", args.namespace),
        None => args.namespace.clone(),
    };
    if args.preview {
        title.push_str("_preview");
    }
    limits::validate_title(&title)?;
    // wrangler makes any binding name, given or derived, a valid identifier.
    let binding = config::make_binding_name(args.binding.as_deref().unwrap_or(&args.namespace));
    // Refuse what --update-config cannot do before the namespace exists, not after.
    if args.update_config {
        match &config {
            None => {
                return Err(WkvError::usage(
                    "--update-config needs a wrangler config file, and none was found",
                )
                .with_hint("create wrangler.jsonc, or pass -c/--config")
                .into())
            }
            Some(config) if config.format == ConfigFormat::Toml => {
                return Err(WkvError::usage(format!(
                    "--update-config can edit JSON and JSONC configs only; `{}` is TOML",
                    config.path.display()
                ))
                .with_hint("drop --update-config and paste the printed snippet into the file")
                .into())
            }
            Some(_) => {}
        }
    }

    // A binding the config already gives another id is refused before anything is created
    // (wkv never replaces an id), so that exit 2 keeps meaning that nothing was done.
    let bound_id = bound_id_to_keep(&args, config.as_ref(), &binding);
    if let (Some(bound), false) = (&bound_id, args.if_not_exists) {
        return Err(binding_clash(
            config.as_ref(),
            &binding,
            bound,
            args.preview,
        ));
    }

    let session = RemoteSession::connect(context, config.as_ref(), None).await?;
    let jurisdiction = args.jurisdiction.as_deref();
    let mode = args.experimental_mode.as_deref();
    let existing = match args.if_not_exists {
        true => session.namespace_titled(&title).await?,
        false => None,
    };
    if let Some(bound) = &bound_id {
        if existing.as_ref().map(|n| &n.id) != Some(bound) {
            return Err(binding_clash(
                config.as_ref(),
                &binding,
                bound,
                args.preview,
            ));
        }
    }
    let existed = existing.is_some();
    let namespace = match existing {
        Some(namespace) => {
            ui.status(format!(
                "Namespace `{}` exists already, with id {}",
                namespace.title, namespace.id
            ));
            namespace
        }
        None => {
            let in_jurisdiction = jurisdiction
                .map(|j| format!(" (jurisdiction: {j})"))
                .unwrap_or_default();
            let in_mode = mode.map(|m| format!(" (mode: {m})")).unwrap_or_default();
            ui.status(format!(
                "Creating namespace with title `{title}`{in_jurisdiction}{in_mode}"
            ));
            let body = crate::api::CreateBody {
                title: &title,
                jurisdiction,
                mode,
            };
            let namespace = session
                .client
                .create_namespace_with(&session.account_id, &body)
                .await?;
            let in_jurisdiction = namespace
                .jurisdiction
                .as_deref()
                .map(|j| format!(" in jurisdiction {j}"))
                .unwrap_or_default();
            ui.status(format!(
                "Created namespace `{}` with id {}{in_jurisdiction}",
                namespace.title, namespace.id
            ));
            namespace
        }
    };

    // The snippet is always printed; wrangler prints JSON unless the config is TOML.
    let format = config
        .as_ref()
        .map(|c| c.format)
        .unwrap_or(ConfigFormat::Json);
    let env = context.source.env.as_deref();
    let where_ = env
        .map(|env| format!(" (environment `{env}`)"))
        .unwrap_or_default();
    // Found by --if-not-exists and already bound: nothing to add, so no instruction to add it
    // (the snippet still goes to stdout, for scripts that read it either way).
    let bound_as = config.as_ref().filter(|_| existed).and_then(|c| {
        c.kv_namespaces.iter().find(|b| {
            [&b.id, &b.preview_id]
                .into_iter()
                .any(|id| id.as_deref() == Some(namespace.id.as_str()))
        })
    });
    match bound_as {
        Some(bound) => ui.status(format!(
            "Nothing changed: the wrangler config{where_} already binds it as `{}`",
            bound.binding
        )),
        None => ui.status(format!(
            "To use it in your Worker, add this to your wrangler config{where_}:"
        )),
    }
    let snippet = config::kv_namespace_snippet(
        format,
        env,
        &binding,
        &namespace.id,
        args.preview,
        args.use_remote,
    );
    ui.out().write_all(snippet.as_bytes())?;
    if format != ConfigFormat::Toml {
        // JSON snippets end without a newline from serde; keep stdout line-terminated.
        ui.out().write_all(b"\n")?;
    }

    let Some(config) = config.as_ref().filter(|c| c.format != ConfigFormat::Toml) else {
        return Ok(());
    };
    if bound_as.is_some() && args.binding.is_none() && !args.update_config {
        return Ok(());
    }
    let Some(choice) = binding_to_write(&args, &binding, ui)? else {
        return Ok(());
    };
    config::add_kv_namespace(
        config,
        &choice.binding,
        &namespace.id,
        args.preview,
        choice.remote,
    )?;
    ui.status(format!(
        "Added binding `{}` to `{}`",
        choice.binding,
        config.path.display()
    ));
    Ok(())
}

/// The id a binding that `namespace create` will write (`--binding` or `--update-config`, in a
/// JSON config) already has in the config: `preview_id` for `--preview`, else `id`.
fn bound_id_to_keep(
    args: &NamespaceCreateArgs,
    config: Option<&Config>,
    binding: &str,
) -> Option<String> {
    if args.binding.is_none() && !args.update_config {
        return None;
    }
    let config = config.filter(|c| c.format != ConfigFormat::Toml)?;
    let entry = config.kv_namespaces.iter().find(|b| b.binding == binding)?;
    let id = if args.preview {
        &entry.preview_id
    } else {
        &entry.id
    };
    id.clone().filter(|id| !id.is_empty())
}

fn binding_clash(
    config: Option<&Config>,
    binding: &str,
    bound: &str,
    preview: bool,
) -> anyhow::Error {
    let field = if preview { "preview_id" } else { "id" };
    let file = config
        .map(|c| c.path.display().to_string())
        .unwrap_or_default();
    WkvError::usage(format!(
        "the binding \"{binding}\" in `{file}` already has \"{field}\": \"{bound}\"; wkv does not replace it"
    ))
    .with_hint("nothing was created; choose another --binding, or remove that entry from the config first")
    .into()
}

/// The binding `namespace create` writes to a JSON config, and whether it is remote.
struct BindingChoice {
    binding: String,
    remote: bool,
}

/// Whether to write the binding to the config, decided as wrangler does: `--binding` or
/// `--update-config` write without asking; otherwise a terminal is asked (yes by default)
/// whether to add it, under which name, and whether it should be remote; off a terminal
/// nothing is written. A preview namespace is only written when asked for by a flag.
fn binding_to_write(
    args: &NamespaceCreateArgs,
    binding: &str,
    ui: &Ui,
) -> anyhow::Result<Option<BindingChoice>> {
    if args.binding.is_some() || args.update_config {
        return Ok(Some(BindingChoice {
            binding: binding.to_string(),
            remote: args.use_remote,
        }));
    }
    if args.preview || !ui.can_prompt() {
        return Ok(None);
    }
    if !ui.confirm_or("Would you like wkv to add it to your config?", true)? {
        return Ok(None);
    }
    let answer = ui.ask("What binding name would you like to use?", binding)?;
    let chosen = config::make_binding_name(&answer);
    let remote = args.use_remote
        || ui.confirm_or(
            "For local dev, do you want to connect to the remote resource instead of a local resource?",
            false,
        )?;
    Ok(Some(BindingChoice {
        binding: chosen,
        remote,
    }))
}

/// A namespace found in local state.
#[derive(Serialize)]
struct LocalNamespace {
    id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    binding: Option<String>,
}

async fn list(args: NamespaceListArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    if args.local {
        return list_local(&args, context, ui);
    }
    if args.persist_to.dir.is_some() {
        return usage("--persist-to applies to local state: add --local");
    }
    let config = context.load_config()?;
    let session = RemoteSession::connect(context, config.as_ref(), None).await?;
    let namespaces = session.client.list_namespaces(&session.account_id).await?;
    let format = ui.format();
    if format == OutputFormat::Table {
        let mut table = ui.table(&["id", "title"]);
        for namespace in &namespaces {
            table.add_row(vec![namespace.id.clone(), namespace.title.clone()]);
        }
        table.write(ui.out(), "(no namespaces)")?;
        return Ok(());
    }
    write_array(ui, format, &namespaces)
}

fn list_local(args: &NamespaceListArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    let config = context.load_config()?;
    let kv_root = context.local_kv_root(config.as_ref(), args.persist_to.dir.as_deref())?;
    let bindings = config
        .as_ref()
        .map(|c| c.kv_namespaces.as_slice())
        .unwrap_or_default();
    let namespaces: Vec<LocalNamespace> = crate::local::list_namespace_ids(&kv_root)?
        .into_iter()
        .map(|id| {
            let binding = bindings
                .iter()
                .find(|b| {
                    b.id.as_deref() == Some(id.as_str())
                        || b.preview_id.as_deref() == Some(id.as_str())
                        || (b.id.is_none() && b.preview_id.is_none() && b.binding == id)
                })
                .map(|b| b.binding.clone());
            LocalNamespace { id, binding }
        })
        .collect();
    let format = ui.format();
    if format == OutputFormat::Table {
        let mut table = ui.table(&["id", "binding"]);
        for namespace in &namespaces {
            table.add_row(vec![
                namespace.id.clone(),
                namespace.binding.clone().unwrap_or_default(),
            ]);
        }
        table.write(
            ui.out(),
            &format!("(no namespaces in `{}`)", kv_root.display()),
        )?;
        return Ok(());
    }
    write_array(ui, format, &namespaces)
}

fn write_array<T: Serialize>(ui: &mut Ui, format: OutputFormat, items: &[T]) -> anyhow::Result<()> {
    let mut writer = JsonArrayWriter::new(format == OutputFormat::Ndjson);
    let out = ui.out();
    for item in items {
        writer.push(out, item)?;
    }
    writer.finish(out)?;
    Ok(())
}

/// Finds the one namespace with this title.
async fn find_by_title(session: &RemoteSession, title: &str) -> anyhow::Result<Namespace> {
    session.namespace_titled(title).await?.ok_or_else(|| {
        WkvError::not_found(format!(
            "no KV namespace named \"{title}\" was found in account {}",
            session.account_id
        ))
        .with_hint(
            "use --namespace-id instead, or run `wkv namespace list` to see the namespaces of the account",
        )
        .into()
    })
}

async fn delete(args: NamespaceDeleteArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    let config = context.load_config()?;
    let unnamed = args.namespace.is_none()
        && args.target.binding.is_none()
        && args.target.namespace_id.is_none();
    let chooser = context.chooser.filter(|_| unnamed);
    if unnamed && chooser.is_none() {
        return usage("name the namespace to delete: its title, --binding or --namespace-id");
    }
    if let Some(id) = &args.target.namespace_id {
        crate::kv::ids::validate_remote_id("namespace id", id)?;
    }
    let session = RemoteSession::connect(context, config.as_ref(), None).await?;
    let (id, title) = match &args.namespace {
        Some(title) => {
            let namespace = find_by_title(&session, title).await?;
            (namespace.id, Some(namespace.title))
        }
        // On a terminal, the person picks it from the account's namespaces.
        None if unnamed => {
            let namespaces = session.client.list_namespaces(&session.account_id).await?;
            let namespace = pick_account_namespace(
                chooser.expect("checked above"),
                "Choose the namespace to delete",
                &namespaces,
            )?;
            (namespace.id, Some(namespace.title))
        }
        None => (resolve_id(config.as_ref(), &args.target)?, None),
    };
    crate::kv::ids::validate_remote_id("namespace id", &id)?;
    let name = match &title {
        Some(title) => format!("`{title}` ({id})"),
        None => format!("`{id}`"),
    };
    if !args.skip_confirmation {
        if !ui.can_prompt() {
            return Err(WkvError::usage(format!(
                "refusing to delete namespace {name} without confirmation"
            ))
            .with_hint("pass -y to delete without being asked")
            .into());
        }
        if !ui.confirm(&format!("Delete namespace {name} and every key in it?"))? {
            ui.status("Not deleting.");
            return Ok(());
        }
    }
    session
        .client
        .delete_namespace(&session.account_id, &id)
        .await?;
    ui.status(format!("Deleted namespace {name}"));
    Ok(())
}

fn resolve_id(
    config: Option<&Config>,
    target: &crate::cli::NamespaceArgs,
) -> anyhow::Result<String> {
    let choice = NamespaceChoice {
        binding: target.binding.as_deref(),
        namespace_id: target.namespace_id.as_deref(),
        preview: target.preview,
    };
    config::resolve_namespace_id(config, &choice, Access::Write, false)
}

async fn rename(args: NamespaceRenameArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    limits::validate_title(&args.new_name)?;
    let unnamed = args.namespace_id.is_none() && args.old_name.is_none();
    let chooser = context.chooser.filter(|_| unnamed);
    if unnamed && chooser.is_none() {
        return usage("name the namespace to rename: its current title or --namespace-id");
    }
    if let Some(id) = &args.namespace_id {
        crate::kv::ids::validate_remote_id("namespace id", id)?;
    }
    let config = context.load_config()?;
    let session = RemoteSession::connect(context, config.as_ref(), None).await?;
    let id = match (&args.namespace_id, &args.old_name) {
        (Some(id), _) => id.clone(),
        // On a terminal, the person picks it from the account's namespaces.
        (None, None) => {
            let namespaces = session.client.list_namespaces(&session.account_id).await?;
            pick_account_namespace(
                chooser.expect("checked above"),
                "Choose the namespace to rename",
                &namespaces,
            )?
            .id
        }
        (None, title) => {
            find_by_title(&session, title.as_deref().unwrap_or_default())
                .await?
                .id
        }
    };
    let namespace = session
        .client
        .rename_namespace(&session.account_id, &id, &args.new_name)
        .await?;
    ui.status(format!(
        "Renamed namespace {} to `{}`",
        namespace.id, namespace.title
    ));
    Ok(())
}
