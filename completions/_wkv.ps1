
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'wkv' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'wkv'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'wkv' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('namespace', 'namespace', [CompletionResultType]::ParameterValue, 'Create, list, rename and delete KV namespaces')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Write, read, list and delete single keys')
            [CompletionResult]::new('bulk', 'bulk', [CompletionResultType]::ParameterValue, 'Write, read, delete and export many keys at once from files')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a namespace, or part of it, from one place to another')
            [CompletionResult]::new('kv', 'kv', [CompletionResultType]::ParameterValue, 'The same commands spelled as in wrangler: `wkv kv key get ...`')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the Cloudflare KV REST API over local state')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Sign in with an API token, and manage saved sign-ins (profiles)')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show who you are signed in as, with which credentials, and your accounts')
            [CompletionResult]::new('browse', 'browse', [CompletionResultType]::ParameterValue, 'Browse and fix KV data in a full-screen terminal view')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script to stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wkv;namespace' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a namespace in your account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the namespaces of your account')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the namespaces of your account')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a namespace and every key in it')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a namespace')
            [CompletionResult]::new('id', 'id', [CompletionResultType]::ParameterValue, 'Print the id of the namespace with this title')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Find value files no key points at, and keys whose value file is missing (local state)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wkv;namespace;create' {
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name [default: the title as an identifier]; with a JSON or JSONC config, also adds the binding to the config without asking')
            [CompletionResult]::new('--jurisdiction', '--jurisdiction', [CompletionResultType]::ParameterName, 'Where the namespace stores its data: eu, fedramp or us (set only at creation)')
            [CompletionResult]::new('--experimental-mode', '--experimental-mode', [CompletionResultType]::ParameterName, 'The storage mode: `instant` (lower-latency reads, faster global updates; a private beta of Cloudflare''s); set only at creation, not with --jurisdiction')
            [CompletionResult]::new('--x-mode', '--x-mode', [CompletionResultType]::ParameterName, 'The storage mode: `instant` (lower-latency reads, faster global updates; a private beta of Cloudflare''s); set only at creation, not with --jurisdiction')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Create a preview namespace (title suffix `_preview`, snippet with preview_id)')
            [CompletionResult]::new('--update-config', '--update-config', [CompletionResultType]::ParameterName, 'Add the new namespace to kv_namespaces of the wrangler config (JSON and JSONC configs)')
            [CompletionResult]::new('--use-remote', '--use-remote', [CompletionResultType]::ParameterName, 'Mark the binding `remote = true`, so `wrangler dev` uses this namespace, not local state')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Succeed when a namespace with this title exists already: print the same output for it (snippet, or the config edit with --update-config) instead of failing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;namespace;list' {
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'List the namespaces present in local state instead of the account''s')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'List the account''s namespaces (the default)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;namespace;ls' {
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'List the namespaces present in local state instead of the account''s')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'List the account''s namespaces (the default)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;namespace;delete' {
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name of the namespace in the wrangler config''s kv_namespaces')
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Use the binding''s preview_id; `--preview false` uses its id')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;namespace;rename' {
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace to rename')
            [CompletionResult]::new('--new-name', '--new-name', [CompletionResultType]::ParameterName, 'The new title')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;namespace;id' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;namespace;check' {
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name of the namespace in the wrangler config''s kv_namespaces')
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Use the binding''s preview_id; `--preview false` uses its id')
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--repair', '--repair', [CompletionResultType]::ParameterName, 'Remove the orphan value files and the keys whose value file is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;namespace;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a namespace in your account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the namespaces of your account')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a namespace and every key in it')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a namespace')
            [CompletionResult]::new('id', 'id', [CompletionResultType]::ParameterValue, 'Print the id of the namespace with this title')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Find value files no key points at, and keys whose value file is missing (local state)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wkv;namespace;help;create' {
            break
        }
        'wkv;namespace;help;list' {
            break
        }
        'wkv;namespace;help;delete' {
            break
        }
        'wkv;namespace;help;rename' {
            break
        }
        'wkv;namespace;help;id' {
            break
        }
        'wkv;namespace;help;check' {
            break
        }
        'wkv;namespace;help;help' {
            break
        }
        'wkv;key' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Write a single key')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a key''s value to stdout')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the keys of a namespace')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the keys of a namespace')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a single key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wkv;key;put' {
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'Read the value from this file; `-` reads stdin')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Expire the key this many seconds from now (at least 60)')
            [CompletionResult]::new('--expiration', '--expiration', [CompletionResultType]::ParameterName, 'Expire the key at this time, in seconds since the Unix epoch')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata to store with the key: any JSON value (usually an object), at most 1024 bytes')
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name of the namespace in the wrangler config''s kv_namespaces')
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Use the binding''s preview_id; `--preview false` uses its id')
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Act on local state, as `wrangler dev` uses it (the default)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Act on the namespace in your Cloudflare account, through the API')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;key;get' {
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name of the namespace in the wrangler config''s kv_namespaces')
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Use the binding''s preview_id; `--preview false` uses its id')
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Decode the value as UTF-8 text and end it with a newline')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Print the key''s metadata as JSON instead of its value (`null` when it has none)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Act on local state, as `wrangler dev` uses it (the default)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Act on the namespace in your Cloudflare account, through the API')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;key;list' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only list keys that begin with this prefix')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Return one page of at most this many keys (10 to 1000)')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Continue a listing from the cursor a previous --limit page printed')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Only keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\` escapes)')
            [CompletionResult]::new('--regex', '--regex', [CompletionResultType]::ParameterName, 'Only keys whose name contains a match of this regular expression')
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name of the namespace in the wrangler config''s kv_namespaces')
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Use the binding''s preview_id; `--preview false` uses its id')
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Act on local state, as `wrangler dev` uses it (the default)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Act on the namespace in your Cloudflare account, through the API')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;key;ls' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only list keys that begin with this prefix')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Return one page of at most this many keys (10 to 1000)')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Continue a listing from the cursor a previous --limit page printed')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Only keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\` escapes)')
            [CompletionResult]::new('--regex', '--regex', [CompletionResultType]::ParameterName, 'Only keys whose name contains a match of this regular expression')
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name of the namespace in the wrangler config''s kv_namespaces')
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Use the binding''s preview_id; `--preview false` uses its id')
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Act on local state, as `wrangler dev` uses it (the default)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Act on the namespace in your Cloudflare account, through the API')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;key;delete' {
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name of the namespace in the wrangler config''s kv_namespaces')
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Use the binding''s preview_id; `--preview false` uses its id')
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Act on local state, as `wrangler dev` uses it (the default)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Act on the namespace in your Cloudflare account, through the API')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;key;help' {
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Write a single key')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a key''s value to stdout')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the keys of a namespace')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a single key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wkv;key;help;put' {
            break
        }
        'wkv;key;help;get' {
            break
        }
        'wkv;key;help;list' {
            break
        }
        'wkv;key;help;delete' {
            break
        }
        'wkv;key;help;help' {
            break
        }
        'wkv;bulk' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Write many keys from a file')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the values of many keys as one JSON object')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete many keys')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a whole namespace to a bulk-put file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wkv;bulk;put' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Store every file under DIR as a key instead: the key is --prefix followed by the file''s path below DIR with `/` separators (names escaped by `bulk export --dir` are unescaped), the value its bytes as they are')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The file''s format [default: from the file name, else json]')
            [CompletionResult]::new('--failed', '--failed', [CompletionResultType]::ParameterName, 'Write the items that could not be written to this file, in bulk-put format')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'The part of the namespace the file stands for: every item must start with it, and --sync deletes only keys under it (with --dir: prepended to every file''s path)')
            [CompletionResult]::new('--backup', '--backup', [CompletionResultType]::ParameterName, 'Before changing anything, save the old value, metadata and expiration of every key about to be overwritten or deleted to FILE in bulk-put format; `wkv bulk put FILE` undoes the run (keys it added are not in the file)')
            [CompletionResult]::new('--max-writes', '--max-writes', [CompletionResultType]::ParameterName, 'Write at most N keys and record the rest in the --failed file for the next run (with --changed-only, running the same command again also continues)')
            [CompletionResult]::new('--exclude', '--exclude', [CompletionResultType]::ParameterName, 'Leave the keys whose whole name matches PATTERN alone (`*` any characters, `?` one; repeatable): never written, and never deleted by --sync. For keys another job owns, such as `--exclude ''assets/*''` next to a directory sync under assets/')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Requests allowed per 5 minutes, client-side (Cloudflare''s limit is 1200; 0: no limit)')
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name of the namespace in the wrangler config''s kv_namespaces')
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Use the binding''s preview_id; `--preview false` uses its id')
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Make the namespace equal to the source: also delete its keys the source does not have (only under --prefix, and with copy only those matching --match; never outside them)')
            [CompletionResult]::new('--changed-only', '--changed-only', [CompletionResultType]::ParameterName, 'Compare the namespace''s value, metadata and expiration first and write only the keys that differ: saves writes (the free tier allows 1,000 a day) at the price of reading the namespace')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (how many keys would be added, changed, deleted and left alone; which ones with -v or --output json) and write nothing')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Act on local state, as `wrangler dev` uses it (the default)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Act on the namespace in your Cloudflare account, through the API')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;bulk;get' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The file''s format [default: from the file name, else json]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Requests allowed per 5 minutes, client-side (Cloudflare''s limit is 1200; 0: no limit)')
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name of the namespace in the wrangler config''s kv_namespaces')
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Use the binding''s preview_id; `--preview false` uses its id')
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--with-metadata', '--with-metadata', [CompletionResultType]::ParameterName, 'Print {"value", "metadata", "expiration"?} for each key instead of the value alone')
            [CompletionResult]::new('--from-put-file', '--from-put-file', [CompletionResultType]::ParameterName, 'Also take bulk put items (`{"key": ...}`, e.g. a `bulk export`) as the keys; wrangler refuses them')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Act on local state, as `wrangler dev` uses it (the default)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Act on the namespace in your Cloudflare account, through the API')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;bulk;delete' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Delete every key that begins with this prefix instead of reading a file')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Only keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\` escapes)')
            [CompletionResult]::new('--regex', '--regex', [CompletionResultType]::ParameterName, 'Only keys whose name contains a match of this regular expression')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The file''s format [default: from the file name, else json]')
            [CompletionResult]::new('--backup', '--backup', [CompletionResultType]::ParameterName, 'Before deleting, save the value, metadata and expiration of every key about to be deleted to FILE in bulk-put format; `wkv bulk put FILE` undoes the run')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Requests allowed per 5 minutes, client-side (Cloudflare''s limit is 1200; 0: no limit)')
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name of the namespace in the wrangler config''s kv_namespaces')
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Use the binding''s preview_id; `--preview false` uses its id')
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (`-y`/`--yes` too, as for `namespace delete`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (`-y`/`--yes` too, as for `namespace delete`)')
            [CompletionResult]::new('--from-put-file', '--from-put-file', [CompletionResultType]::ParameterName, 'Also take bulk put items (`{"key": ...}`, e.g. a `bulk export`) as the keys to delete; wrangler refuses them')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print how many keys would be deleted (which ones with -v or --output json) and delete nothing')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Act on local state, as `wrangler dev` uses it (the default)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Act on the namespace in your Cloudflare account, through the API')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;bulk;export' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write each key as a file under DIR instead (its path: the key without --prefix, `/` making directories, names no file system allows escaped as %XX); values only, without metadata or expiration')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only export keys that begin with this prefix')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Only keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\` escapes)')
            [CompletionResult]::new('--regex', '--regex', [CompletionResultType]::ParameterName, 'Only keys whose name contains a match of this regular expression')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The export''s format [default: from the file name, else json]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Requests allowed per 5 minutes, client-side (Cloudflare''s limit is 1200; 0: no limit)')
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name of the namespace in the wrangler config''s kv_namespaces')
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Use the binding''s preview_id; `--preview false` uses its id')
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Replace an existing FILE without asking on a terminal (`-y`/`--yes` too)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing FILE without asking on a terminal (`-y`/`--yes` too)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Act on local state, as `wrangler dev` uses it (the default)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Act on the namespace in your Cloudflare account, through the API')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;bulk;help' {
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Write many keys from a file')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the values of many keys as one JSON object')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete many keys')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a whole namespace to a bulk-put file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wkv;bulk;help;put' {
            break
        }
        'wkv;bulk;help;get' {
            break
        }
        'wkv;bulk;help;delete' {
            break
        }
        'wkv;bulk;help;export' {
            break
        }
        'wkv;bulk;help;help' {
            break
        }
        'wkv;copy' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Copy only the keys that start with this prefix')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Copy only the keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\` escapes), as `key list --match` reads it')
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('--failed', '--failed', [CompletionResultType]::ParameterName, 'Write the items that could not be written to this file, in bulk-put format')
            [CompletionResult]::new('--backup', '--backup', [CompletionResultType]::ParameterName, 'Before changing anything, save the old value, metadata and expiration of every key about to be overwritten or deleted to FILE in bulk-put format; `wkv bulk put FILE` undoes the run (keys it added are not in the file)')
            [CompletionResult]::new('--max-writes', '--max-writes', [CompletionResultType]::ParameterName, 'Write at most N keys and record the rest in the --failed file for the next run (with --changed-only, running the same command again also continues)')
            [CompletionResult]::new('--exclude', '--exclude', [CompletionResultType]::ParameterName, 'Leave the keys whose whole name matches PATTERN alone (`*` any characters, `?` one; repeatable): never written, and never deleted by --sync. For keys another job owns, such as `--exclude ''assets/*''` next to a directory sync under assets/')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Requests allowed per 5 minutes, client-side (Cloudflare''s limit is 1200; 0: no limit)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Make the namespace equal to the source: also delete its keys the source does not have (only under --prefix, and with copy only those matching --match; never outside them)')
            [CompletionResult]::new('--changed-only', '--changed-only', [CompletionResultType]::ParameterName, 'Compare the namespace''s value, metadata and expiration first and write only the keys that differ: saves writes (the free tier allows 1,000 a day) at the price of reading the namespace')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (how many keys would be added, changed, deleted and left alone; which ones with -v or --output json) and write nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;kv' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('namespace', 'namespace', [CompletionResultType]::ParameterValue, 'Create, list, rename and delete KV namespaces')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Write, read, list and delete single keys')
            [CompletionResult]::new('bulk', 'bulk', [CompletionResultType]::ParameterValue, 'Write, read, delete and export many keys at once from files')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a namespace, or part of it, from one place to another')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wkv;kv;namespace' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a namespace in your account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the namespaces of your account')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the namespaces of your account')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a namespace and every key in it')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a namespace')
            [CompletionResult]::new('id', 'id', [CompletionResultType]::ParameterValue, 'Print the id of the namespace with this title')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Find value files no key points at, and keys whose value file is missing (local state)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wkv;kv;namespace;create' {
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name [default: the title as an identifier]; with a JSON or JSONC config, also adds the binding to the config without asking')
            [CompletionResult]::new('--jurisdiction', '--jurisdiction', [CompletionResultType]::ParameterName, 'Where the namespace stores its data: eu, fedramp or us (set only at creation)')
            [CompletionResult]::new('--experimental-mode', '--experimental-mode', [CompletionResultType]::ParameterName, 'The storage mode: `instant` (lower-latency reads, faster global updates; a private beta of Cloudflare''s); set only at creation, not with --jurisdiction')
            [CompletionResult]::new('--x-mode', '--x-mode', [CompletionResultType]::ParameterName, 'The storage mode: `instant` (lower-latency reads, faster global updates; a private beta of Cloudflare''s); set only at creation, not with --jurisdiction')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Create a preview namespace (title suffix `_preview`, snippet with preview_id)')
            [CompletionResult]::new('--update-config', '--update-config', [CompletionResultType]::ParameterName, 'Add the new namespace to kv_namespaces of the wrangler config (JSON and JSONC configs)')
            [CompletionResult]::new('--use-remote', '--use-remote', [CompletionResultType]::ParameterName, 'Mark the binding `remote = true`, so `wrangler dev` uses this namespace, not local state')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Succeed when a namespace with this title exists already: print the same output for it (snippet, or the config edit with --update-config) instead of failing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;kv;namespace;list' {
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'List the namespaces present in local state instead of the account''s')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'List the account''s namespaces (the default)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;kv;namespace;ls' {
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'List the namespaces present in local state instead of the account''s')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'List the account''s namespaces (the default)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;kv;namespace;delete' {
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name of the namespace in the wrangler config''s kv_namespaces')
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Use the binding''s preview_id; `--preview false` uses its id')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;kv;namespace;rename' {
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace to rename')
            [CompletionResult]::new('--new-name', '--new-name', [CompletionResultType]::ParameterName, 'The new title')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;kv;namespace;id' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;kv;namespace;check' {
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name of the namespace in the wrangler config''s kv_namespaces')
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Use the binding''s preview_id; `--preview false` uses its id')
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--repair', '--repair', [CompletionResultType]::ParameterName, 'Remove the orphan value files and the keys whose value file is missing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;kv;namespace;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a namespace in your account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the namespaces of your account')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a namespace and every key in it')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a namespace')
            [CompletionResult]::new('id', 'id', [CompletionResultType]::ParameterValue, 'Print the id of the namespace with this title')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Find value files no key points at, and keys whose value file is missing (local state)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wkv;kv;namespace;help;create' {
            break
        }
        'wkv;kv;namespace;help;list' {
            break
        }
        'wkv;kv;namespace;help;delete' {
            break
        }
        'wkv;kv;namespace;help;rename' {
            break
        }
        'wkv;kv;namespace;help;id' {
            break
        }
        'wkv;kv;namespace;help;check' {
            break
        }
        'wkv;kv;namespace;help;help' {
            break
        }
        'wkv;kv;key' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Write a single key')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a key''s value to stdout')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the keys of a namespace')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the keys of a namespace')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a single key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wkv;kv;key;put' {
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'Read the value from this file; `-` reads stdin')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Expire the key this many seconds from now (at least 60)')
            [CompletionResult]::new('--expiration', '--expiration', [CompletionResultType]::ParameterName, 'Expire the key at this time, in seconds since the Unix epoch')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata to store with the key: any JSON value (usually an object), at most 1024 bytes')
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name of the namespace in the wrangler config''s kv_namespaces')
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Use the binding''s preview_id; `--preview false` uses its id')
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Act on local state, as `wrangler dev` uses it (the default)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Act on the namespace in your Cloudflare account, through the API')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;kv;key;get' {
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name of the namespace in the wrangler config''s kv_namespaces')
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Use the binding''s preview_id; `--preview false` uses its id')
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Decode the value as UTF-8 text and end it with a newline')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Print the key''s metadata as JSON instead of its value (`null` when it has none)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Act on local state, as `wrangler dev` uses it (the default)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Act on the namespace in your Cloudflare account, through the API')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;kv;key;list' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only list keys that begin with this prefix')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Return one page of at most this many keys (10 to 1000)')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Continue a listing from the cursor a previous --limit page printed')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Only keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\` escapes)')
            [CompletionResult]::new('--regex', '--regex', [CompletionResultType]::ParameterName, 'Only keys whose name contains a match of this regular expression')
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name of the namespace in the wrangler config''s kv_namespaces')
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Use the binding''s preview_id; `--preview false` uses its id')
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Act on local state, as `wrangler dev` uses it (the default)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Act on the namespace in your Cloudflare account, through the API')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;kv;key;ls' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only list keys that begin with this prefix')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Return one page of at most this many keys (10 to 1000)')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Continue a listing from the cursor a previous --limit page printed')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Only keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\` escapes)')
            [CompletionResult]::new('--regex', '--regex', [CompletionResultType]::ParameterName, 'Only keys whose name contains a match of this regular expression')
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name of the namespace in the wrangler config''s kv_namespaces')
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Use the binding''s preview_id; `--preview false` uses its id')
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Act on local state, as `wrangler dev` uses it (the default)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Act on the namespace in your Cloudflare account, through the API')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;kv;key;delete' {
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name of the namespace in the wrangler config''s kv_namespaces')
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Use the binding''s preview_id; `--preview false` uses its id')
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Act on local state, as `wrangler dev` uses it (the default)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Act on the namespace in your Cloudflare account, through the API')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;kv;key;help' {
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Write a single key')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a key''s value to stdout')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the keys of a namespace')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a single key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wkv;kv;key;help;put' {
            break
        }
        'wkv;kv;key;help;get' {
            break
        }
        'wkv;kv;key;help;list' {
            break
        }
        'wkv;kv;key;help;delete' {
            break
        }
        'wkv;kv;key;help;help' {
            break
        }
        'wkv;kv;bulk' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Write many keys from a file')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the values of many keys as one JSON object')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete many keys')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a whole namespace to a bulk-put file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wkv;kv;bulk;put' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Store every file under DIR as a key instead: the key is --prefix followed by the file''s path below DIR with `/` separators (names escaped by `bulk export --dir` are unescaped), the value its bytes as they are')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The file''s format [default: from the file name, else json]')
            [CompletionResult]::new('--failed', '--failed', [CompletionResultType]::ParameterName, 'Write the items that could not be written to this file, in bulk-put format')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'The part of the namespace the file stands for: every item must start with it, and --sync deletes only keys under it (with --dir: prepended to every file''s path)')
            [CompletionResult]::new('--backup', '--backup', [CompletionResultType]::ParameterName, 'Before changing anything, save the old value, metadata and expiration of every key about to be overwritten or deleted to FILE in bulk-put format; `wkv bulk put FILE` undoes the run (keys it added are not in the file)')
            [CompletionResult]::new('--max-writes', '--max-writes', [CompletionResultType]::ParameterName, 'Write at most N keys and record the rest in the --failed file for the next run (with --changed-only, running the same command again also continues)')
            [CompletionResult]::new('--exclude', '--exclude', [CompletionResultType]::ParameterName, 'Leave the keys whose whole name matches PATTERN alone (`*` any characters, `?` one; repeatable): never written, and never deleted by --sync. For keys another job owns, such as `--exclude ''assets/*''` next to a directory sync under assets/')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Requests allowed per 5 minutes, client-side (Cloudflare''s limit is 1200; 0: no limit)')
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name of the namespace in the wrangler config''s kv_namespaces')
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Use the binding''s preview_id; `--preview false` uses its id')
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Make the namespace equal to the source: also delete its keys the source does not have (only under --prefix, and with copy only those matching --match; never outside them)')
            [CompletionResult]::new('--changed-only', '--changed-only', [CompletionResultType]::ParameterName, 'Compare the namespace''s value, metadata and expiration first and write only the keys that differ: saves writes (the free tier allows 1,000 a day) at the price of reading the namespace')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (how many keys would be added, changed, deleted and left alone; which ones with -v or --output json) and write nothing')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Act on local state, as `wrangler dev` uses it (the default)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Act on the namespace in your Cloudflare account, through the API')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;kv;bulk;get' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The file''s format [default: from the file name, else json]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Requests allowed per 5 minutes, client-side (Cloudflare''s limit is 1200; 0: no limit)')
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name of the namespace in the wrangler config''s kv_namespaces')
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Use the binding''s preview_id; `--preview false` uses its id')
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--with-metadata', '--with-metadata', [CompletionResultType]::ParameterName, 'Print {"value", "metadata", "expiration"?} for each key instead of the value alone')
            [CompletionResult]::new('--from-put-file', '--from-put-file', [CompletionResultType]::ParameterName, 'Also take bulk put items (`{"key": ...}`, e.g. a `bulk export`) as the keys; wrangler refuses them')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Act on local state, as `wrangler dev` uses it (the default)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Act on the namespace in your Cloudflare account, through the API')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;kv;bulk;delete' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Delete every key that begins with this prefix instead of reading a file')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Only keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\` escapes)')
            [CompletionResult]::new('--regex', '--regex', [CompletionResultType]::ParameterName, 'Only keys whose name contains a match of this regular expression')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The file''s format [default: from the file name, else json]')
            [CompletionResult]::new('--backup', '--backup', [CompletionResultType]::ParameterName, 'Before deleting, save the value, metadata and expiration of every key about to be deleted to FILE in bulk-put format; `wkv bulk put FILE` undoes the run')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Requests allowed per 5 minutes, client-side (Cloudflare''s limit is 1200; 0: no limit)')
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name of the namespace in the wrangler config''s kv_namespaces')
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Use the binding''s preview_id; `--preview false` uses its id')
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (`-y`/`--yes` too, as for `namespace delete`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation (`-y`/`--yes` too, as for `namespace delete`)')
            [CompletionResult]::new('--from-put-file', '--from-put-file', [CompletionResultType]::ParameterName, 'Also take bulk put items (`{"key": ...}`, e.g. a `bulk export`) as the keys to delete; wrangler refuses them')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print how many keys would be deleted (which ones with -v or --output json) and delete nothing')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Act on local state, as `wrangler dev` uses it (the default)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Act on the namespace in your Cloudflare account, through the API')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;kv;bulk;export' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write each key as a file under DIR instead (its path: the key without --prefix, `/` making directories, names no file system allows escaped as %XX); values only, without metadata or expiration')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only export keys that begin with this prefix')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Only keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\` escapes)')
            [CompletionResult]::new('--regex', '--regex', [CompletionResultType]::ParameterName, 'Only keys whose name contains a match of this regular expression')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The export''s format [default: from the file name, else json]')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Requests allowed per 5 minutes, client-side (Cloudflare''s limit is 1200; 0: no limit)')
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name of the namespace in the wrangler config''s kv_namespaces')
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Use the binding''s preview_id; `--preview false` uses its id')
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Replace an existing FILE without asking on a terminal (`-y`/`--yes` too)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing FILE without asking on a terminal (`-y`/`--yes` too)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Act on local state, as `wrangler dev` uses it (the default)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Act on the namespace in your Cloudflare account, through the API')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;kv;bulk;help' {
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Write many keys from a file')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the values of many keys as one JSON object')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete many keys')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a whole namespace to a bulk-put file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wkv;kv;bulk;help;put' {
            break
        }
        'wkv;kv;bulk;help;get' {
            break
        }
        'wkv;kv;bulk;help;delete' {
            break
        }
        'wkv;kv;bulk;help;export' {
            break
        }
        'wkv;kv;bulk;help;help' {
            break
        }
        'wkv;kv;copy' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Copy only the keys that start with this prefix')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Copy only the keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\` escapes), as `key list --match` reads it')
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('--failed', '--failed', [CompletionResultType]::ParameterName, 'Write the items that could not be written to this file, in bulk-put format')
            [CompletionResult]::new('--backup', '--backup', [CompletionResultType]::ParameterName, 'Before changing anything, save the old value, metadata and expiration of every key about to be overwritten or deleted to FILE in bulk-put format; `wkv bulk put FILE` undoes the run (keys it added are not in the file)')
            [CompletionResult]::new('--max-writes', '--max-writes', [CompletionResultType]::ParameterName, 'Write at most N keys and record the rest in the --failed file for the next run (with --changed-only, running the same command again also continues)')
            [CompletionResult]::new('--exclude', '--exclude', [CompletionResultType]::ParameterName, 'Leave the keys whose whole name matches PATTERN alone (`*` any characters, `?` one; repeatable): never written, and never deleted by --sync. For keys another job owns, such as `--exclude ''assets/*''` next to a directory sync under assets/')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Requests allowed per 5 minutes, client-side (Cloudflare''s limit is 1200; 0: no limit)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Make the namespace equal to the source: also delete its keys the source does not have (only under --prefix, and with copy only those matching --match; never outside them)')
            [CompletionResult]::new('--changed-only', '--changed-only', [CompletionResultType]::ParameterName, 'Compare the namespace''s value, metadata and expiration first and write only the keys that differ: saves writes (the free tier allows 1,000 a day) at the price of reading the namespace')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan (how many keys would be added, changed, deleted and left alone; which ones with -v or --output json) and write nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;kv;help' {
            [CompletionResult]::new('namespace', 'namespace', [CompletionResultType]::ParameterValue, 'Create, list, rename and delete KV namespaces')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Write, read, list and delete single keys')
            [CompletionResult]::new('bulk', 'bulk', [CompletionResultType]::ParameterValue, 'Write, read, delete and export many keys at once from files')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a namespace, or part of it, from one place to another')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wkv;kv;help;namespace' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a namespace in your account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the namespaces of your account')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a namespace and every key in it')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a namespace')
            [CompletionResult]::new('id', 'id', [CompletionResultType]::ParameterValue, 'Print the id of the namespace with this title')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Find value files no key points at, and keys whose value file is missing (local state)')
            break
        }
        'wkv;kv;help;namespace;create' {
            break
        }
        'wkv;kv;help;namespace;list' {
            break
        }
        'wkv;kv;help;namespace;delete' {
            break
        }
        'wkv;kv;help;namespace;rename' {
            break
        }
        'wkv;kv;help;namespace;id' {
            break
        }
        'wkv;kv;help;namespace;check' {
            break
        }
        'wkv;kv;help;key' {
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Write a single key')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a key''s value to stdout')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the keys of a namespace')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a single key')
            break
        }
        'wkv;kv;help;key;put' {
            break
        }
        'wkv;kv;help;key;get' {
            break
        }
        'wkv;kv;help;key;list' {
            break
        }
        'wkv;kv;help;key;delete' {
            break
        }
        'wkv;kv;help;bulk' {
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Write many keys from a file')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the values of many keys as one JSON object')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete many keys')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a whole namespace to a bulk-put file')
            break
        }
        'wkv;kv;help;bulk;put' {
            break
        }
        'wkv;kv;help;bulk;get' {
            break
        }
        'wkv;kv;help;bulk;delete' {
            break
        }
        'wkv;kv;help;bulk;export' {
            break
        }
        'wkv;kv;help;copy' {
            break
        }
        'wkv;kv;help;help' {
            break
        }
        'wkv;serve' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The address to listen on (loopback unless you mean otherwise)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The port to listen on; 0 picks a free one')
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Require `Authorization: Bearer TOKEN` on every request (printable ASCII, not empty)')
            [CompletionResult]::new('--header-timeout', '--header-timeout', [CompletionResultType]::ParameterName, 'Close a connection that has not sent a request''s headers after this many seconds (also how long an idle keep-alive connection stays open)')
            [CompletionResult]::new('--body-timeout', '--body-timeout', [CompletionResultType]::ParameterName, 'Fail a request (408) and close its connection when its body sends nothing for this many seconds')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'An account the server offers, as ID or ID=NAME (repeatable) [default: 0123456789abcdef0123456789abcdef]')
            [CompletionResult]::new('--token-without-kv', '--token-without-kv', [CompletionResultType]::ParameterName, 'token-without-kv')
            [CompletionResult]::new('--inject-faults', '--inject-faults', [CompletionResultType]::ParameterName, 'inject-faults')
            [CompletionResult]::new('--inject-faults-on', '--inject-faults-on', [CompletionResultType]::ParameterName, 'inject-faults-on')
            [CompletionResult]::new('--inject-bulk-get-cap', '--inject-bulk-get-cap', [CompletionResultType]::ParameterName, 'inject-bulk-get-cap')
            [CompletionResult]::new('--latency-ms', '--latency-ms', [CompletionResultType]::ParameterName, 'latency-ms')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;auth' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Save an API token as a profile, after checking it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the saved profiles (* marks the default)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Delete a saved profile (the default one when NAME is not given)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the token remote commands would use, for scripts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wkv;auth;login' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The default account of the profile (an id); asked for on a terminal when there are several')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the token from stdin instead of asking for it')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;auth;list' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;auth;use' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;auth;logout' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;auth;token' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Save an API token as a profile, after checking it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the saved profiles (* marks the default)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Delete a saved profile (the default one when NAME is not given)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the token remote commands would use, for scripts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wkv;auth;help;login' {
            break
        }
        'wkv;auth;help;list' {
            break
        }
        'wkv;auth;help;use' {
            break
        }
        'wkv;auth;help;logout' {
            break
        }
        'wkv;auth;help;token' {
            break
        }
        'wkv;auth;help;help' {
            break
        }
        'wkv;whoami' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON (wrangler''s `whoami --json` shape, plus the source of the credentials)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;browse' {
            [CompletionResult]::new('--binding', '--binding', [CompletionResultType]::ParameterName, 'The binding name of the namespace in the wrangler config''s kv_namespaces')
            [CompletionResult]::new('--namespace-id', '--namespace-id', [CompletionResultType]::ParameterName, 'The id of the namespace')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'Use the binding''s preview_id; `--preview false` uses its id')
            [CompletionResult]::new('--persist-to', '--persist-to', [CompletionResultType]::ParameterName, 'Keep local state under this directory instead of .wrangler/state')
            [CompletionResult]::new('--exit-after', '--exit-after', [CompletionResultType]::ParameterName, 'exit-after')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Act on local state, as `wrangler dev` uses it (the default)')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Act on the namespace in your Cloudflare account, through the API')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;completions' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Use this wrangler config file instead of searching for one')
            [CompletionResult]::new('--cwd', '--cwd', [CompletionResultType]::ParameterName, 'Run as if started in this directory')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Use this environment of the wrangler config ([env.NAME])')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'How to print data on stdout [default: table on a terminal, json otherwise]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'How many times to retry a request that can be retried (429, 5xx, timeouts)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Load variables from this file instead of .env and .env.local (repeatable; later wins)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more on stderr: each retried request, and the request behind an API error')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on stderr but errors: no status lines, no progress bars')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'wkv;help' {
            [CompletionResult]::new('namespace', 'namespace', [CompletionResultType]::ParameterValue, 'Create, list, rename and delete KV namespaces')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Write, read, list and delete single keys')
            [CompletionResult]::new('bulk', 'bulk', [CompletionResultType]::ParameterValue, 'Write, read, delete and export many keys at once from files')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a namespace, or part of it, from one place to another')
            [CompletionResult]::new('kv', 'kv', [CompletionResultType]::ParameterValue, 'The same commands spelled as in wrangler: `wkv kv key get ...`')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the Cloudflare KV REST API over local state')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Sign in with an API token, and manage saved sign-ins (profiles)')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show who you are signed in as, with which credentials, and your accounts')
            [CompletionResult]::new('browse', 'browse', [CompletionResultType]::ParameterValue, 'Browse and fix KV data in a full-screen terminal view')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script to stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wkv;help;namespace' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a namespace in your account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the namespaces of your account')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a namespace and every key in it')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a namespace')
            [CompletionResult]::new('id', 'id', [CompletionResultType]::ParameterValue, 'Print the id of the namespace with this title')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Find value files no key points at, and keys whose value file is missing (local state)')
            break
        }
        'wkv;help;namespace;create' {
            break
        }
        'wkv;help;namespace;list' {
            break
        }
        'wkv;help;namespace;delete' {
            break
        }
        'wkv;help;namespace;rename' {
            break
        }
        'wkv;help;namespace;id' {
            break
        }
        'wkv;help;namespace;check' {
            break
        }
        'wkv;help;key' {
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Write a single key')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a key''s value to stdout')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the keys of a namespace')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a single key')
            break
        }
        'wkv;help;key;put' {
            break
        }
        'wkv;help;key;get' {
            break
        }
        'wkv;help;key;list' {
            break
        }
        'wkv;help;key;delete' {
            break
        }
        'wkv;help;bulk' {
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Write many keys from a file')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the values of many keys as one JSON object')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete many keys')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a whole namespace to a bulk-put file')
            break
        }
        'wkv;help;bulk;put' {
            break
        }
        'wkv;help;bulk;get' {
            break
        }
        'wkv;help;bulk;delete' {
            break
        }
        'wkv;help;bulk;export' {
            break
        }
        'wkv;help;copy' {
            break
        }
        'wkv;help;kv' {
            [CompletionResult]::new('namespace', 'namespace', [CompletionResultType]::ParameterValue, 'Create, list, rename and delete KV namespaces')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Write, read, list and delete single keys')
            [CompletionResult]::new('bulk', 'bulk', [CompletionResultType]::ParameterValue, 'Write, read, delete and export many keys at once from files')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a namespace, or part of it, from one place to another')
            break
        }
        'wkv;help;kv;namespace' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a namespace in your account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the namespaces of your account')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a namespace and every key in it')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a namespace')
            [CompletionResult]::new('id', 'id', [CompletionResultType]::ParameterValue, 'Print the id of the namespace with this title')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Find value files no key points at, and keys whose value file is missing (local state)')
            break
        }
        'wkv;help;kv;namespace;create' {
            break
        }
        'wkv;help;kv;namespace;list' {
            break
        }
        'wkv;help;kv;namespace;delete' {
            break
        }
        'wkv;help;kv;namespace;rename' {
            break
        }
        'wkv;help;kv;namespace;id' {
            break
        }
        'wkv;help;kv;namespace;check' {
            break
        }
        'wkv;help;kv;key' {
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Write a single key')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a key''s value to stdout')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the keys of a namespace')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a single key')
            break
        }
        'wkv;help;kv;key;put' {
            break
        }
        'wkv;help;kv;key;get' {
            break
        }
        'wkv;help;kv;key;list' {
            break
        }
        'wkv;help;kv;key;delete' {
            break
        }
        'wkv;help;kv;bulk' {
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Write many keys from a file')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the values of many keys as one JSON object')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete many keys')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a whole namespace to a bulk-put file')
            break
        }
        'wkv;help;kv;bulk;put' {
            break
        }
        'wkv;help;kv;bulk;get' {
            break
        }
        'wkv;help;kv;bulk;delete' {
            break
        }
        'wkv;help;kv;bulk;export' {
            break
        }
        'wkv;help;kv;copy' {
            break
        }
        'wkv;help;serve' {
            break
        }
        'wkv;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Save an API token as a profile, after checking it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the saved profiles (* marks the default)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Delete a saved profile (the default one when NAME is not given)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the token remote commands would use, for scripts')
            break
        }
        'wkv;help;auth;login' {
            break
        }
        'wkv;help;auth;list' {
            break
        }
        'wkv;help;auth;use' {
            break
        }
        'wkv;help;auth;logout' {
            break
        }
        'wkv;help;auth;token' {
            break
        }
        'wkv;help;whoami' {
            break
        }
        'wkv;help;browse' {
            break
        }
        'wkv;help;completions' {
            break
        }
        'wkv;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
