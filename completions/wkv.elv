
use builtin;
use str;

set edit:completion:arg-completer[wkv] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'wkv'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'wkv'= {
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand namespace 'Create, list, rename and delete KV namespaces'
            cand key 'Write, read, list and delete single keys'
            cand bulk 'Write, read, delete and export many keys at once from files'
            cand copy 'Copy a namespace, or part of it, from one place to another'
            cand kv 'The same commands spelled as in wrangler: `wkv kv key get ...`'
            cand serve 'Serve the Cloudflare KV REST API over local state'
            cand auth 'Sign in with an API token, and manage saved sign-ins (profiles)'
            cand whoami 'Show who you are signed in as, with which credentials, and your accounts'
            cand browse 'Browse and fix KV data in a full-screen terminal view'
            cand completions 'Print a shell completion script to stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wkv;namespace'= {
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a namespace in your account'
            cand list 'List the namespaces of your account'
            cand ls 'List the namespaces of your account'
            cand delete 'Delete a namespace and every key in it'
            cand rename 'Rename a namespace'
            cand id 'Print the id of the namespace with this title'
            cand check 'Find value files no key points at, and keys whose value file is missing (local state)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wkv;namespace;create'= {
            cand --binding 'The binding name [default: the title as an identifier]; with a JSON or JSONC config, also adds the binding to the config without asking'
            cand --jurisdiction 'Where the namespace stores its data: eu, fedramp or us (set only at creation)'
            cand --experimental-mode 'The storage mode: `instant` (lower-latency reads, faster global updates; a private beta of Cloudflare''s); set only at creation, not with --jurisdiction'
            cand --x-mode 'The storage mode: `instant` (lower-latency reads, faster global updates; a private beta of Cloudflare''s); set only at creation, not with --jurisdiction'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --preview 'Create a preview namespace (title suffix `_preview`, snippet with preview_id)'
            cand --update-config 'Add the new namespace to kv_namespaces of the wrangler config (JSON and JSONC configs)'
            cand --use-remote 'Mark the binding `remote = true`, so `wrangler dev` uses this namespace, not local state'
            cand --if-not-exists 'Succeed when a namespace with this title exists already: print the same output for it (snippet, or the config edit with --update-config) instead of failing'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;namespace;list'= {
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --local 'List the namespaces present in local state instead of the account''s'
            cand --remote 'List the account''s namespaces (the default)'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;namespace;ls'= {
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --local 'List the namespaces present in local state instead of the account''s'
            cand --remote 'List the account''s namespaces (the default)'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;namespace;delete'= {
            cand --binding 'The binding name of the namespace in the wrangler config''s kv_namespaces'
            cand --namespace-id 'The id of the namespace'
            cand --preview 'Use the binding''s preview_id; `--preview false` uses its id'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -y 'Delete without asking for confirmation'
            cand --skip-confirmation 'Delete without asking for confirmation'
            cand --yes 'Delete without asking for confirmation'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;namespace;rename'= {
            cand --namespace-id 'The id of the namespace to rename'
            cand --new-name 'The new title'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;namespace;id'= {
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;namespace;check'= {
            cand --binding 'The binding name of the namespace in the wrangler config''s kv_namespaces'
            cand --namespace-id 'The id of the namespace'
            cand --preview 'Use the binding''s preview_id; `--preview false` uses its id'
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --repair 'Remove the orphan value files and the keys whose value file is missing'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;namespace;help'= {
            cand create 'Create a namespace in your account'
            cand list 'List the namespaces of your account'
            cand delete 'Delete a namespace and every key in it'
            cand rename 'Rename a namespace'
            cand id 'Print the id of the namespace with this title'
            cand check 'Find value files no key points at, and keys whose value file is missing (local state)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wkv;namespace;help;create'= {
        }
        &'wkv;namespace;help;list'= {
        }
        &'wkv;namespace;help;delete'= {
        }
        &'wkv;namespace;help;rename'= {
        }
        &'wkv;namespace;help;id'= {
        }
        &'wkv;namespace;help;check'= {
        }
        &'wkv;namespace;help;help'= {
        }
        &'wkv;key'= {
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand put 'Write a single key'
            cand get 'Print a key''s value to stdout'
            cand list 'List the keys of a namespace'
            cand ls 'List the keys of a namespace'
            cand delete 'Delete a single key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wkv;key;put'= {
            cand --path 'Read the value from this file; `-` reads stdin'
            cand --ttl 'Expire the key this many seconds from now (at least 60)'
            cand --expiration 'Expire the key at this time, in seconds since the Unix epoch'
            cand --metadata 'Metadata to store with the key: any JSON value (usually an object), at most 1024 bytes'
            cand --binding 'The binding name of the namespace in the wrangler config''s kv_namespaces'
            cand --namespace-id 'The id of the namespace'
            cand --preview 'Use the binding''s preview_id; `--preview false` uses its id'
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --local 'Act on local state, as `wrangler dev` uses it (the default)'
            cand --remote 'Act on the namespace in your Cloudflare account, through the API'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;key;get'= {
            cand --binding 'The binding name of the namespace in the wrangler config''s kv_namespaces'
            cand --namespace-id 'The id of the namespace'
            cand --preview 'Use the binding''s preview_id; `--preview false` uses its id'
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --text 'Decode the value as UTF-8 text and end it with a newline'
            cand --metadata 'Print the key''s metadata as JSON instead of its value (`null` when it has none)'
            cand --local 'Act on local state, as `wrangler dev` uses it (the default)'
            cand --remote 'Act on the namespace in your Cloudflare account, through the API'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;key;list'= {
            cand --prefix 'Only list keys that begin with this prefix'
            cand --limit 'Return one page of at most this many keys (10 to 1000)'
            cand --cursor 'Continue a listing from the cursor a previous --limit page printed'
            cand --match 'Only keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\` escapes)'
            cand --regex 'Only keys whose name contains a match of this regular expression'
            cand --binding 'The binding name of the namespace in the wrangler config''s kv_namespaces'
            cand --namespace-id 'The id of the namespace'
            cand --preview 'Use the binding''s preview_id; `--preview false` uses its id'
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --local 'Act on local state, as `wrangler dev` uses it (the default)'
            cand --remote 'Act on the namespace in your Cloudflare account, through the API'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;key;ls'= {
            cand --prefix 'Only list keys that begin with this prefix'
            cand --limit 'Return one page of at most this many keys (10 to 1000)'
            cand --cursor 'Continue a listing from the cursor a previous --limit page printed'
            cand --match 'Only keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\` escapes)'
            cand --regex 'Only keys whose name contains a match of this regular expression'
            cand --binding 'The binding name of the namespace in the wrangler config''s kv_namespaces'
            cand --namespace-id 'The id of the namespace'
            cand --preview 'Use the binding''s preview_id; `--preview false` uses its id'
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --local 'Act on local state, as `wrangler dev` uses it (the default)'
            cand --remote 'Act on the namespace in your Cloudflare account, through the API'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;key;delete'= {
            cand --binding 'The binding name of the namespace in the wrangler config''s kv_namespaces'
            cand --namespace-id 'The id of the namespace'
            cand --preview 'Use the binding''s preview_id; `--preview false` uses its id'
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --local 'Act on local state, as `wrangler dev` uses it (the default)'
            cand --remote 'Act on the namespace in your Cloudflare account, through the API'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;key;help'= {
            cand put 'Write a single key'
            cand get 'Print a key''s value to stdout'
            cand list 'List the keys of a namespace'
            cand delete 'Delete a single key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wkv;key;help;put'= {
        }
        &'wkv;key;help;get'= {
        }
        &'wkv;key;help;list'= {
        }
        &'wkv;key;help;delete'= {
        }
        &'wkv;key;help;help'= {
        }
        &'wkv;bulk'= {
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand put 'Write many keys from a file'
            cand get 'Print the values of many keys as one JSON object'
            cand delete 'Delete many keys'
            cand export 'Write a whole namespace to a bulk-put file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wkv;bulk;put'= {
            cand --dir 'Store every file under DIR as a key instead: the key is --prefix followed by the file''s path below DIR with `/` separators (names escaped by `bulk export --dir` are unescaped), the value its bytes as they are'
            cand --format 'The file''s format [default: from the file name, else json]'
            cand --failed 'Write the items that could not be written to this file, in bulk-put format'
            cand --prefix 'The part of the namespace the file stands for: every item must start with it, and --sync deletes only keys under it (with --dir: prepended to every file''s path)'
            cand --backup 'Before changing anything, save the old value, metadata and expiration of every key about to be overwritten or deleted to FILE in bulk-put format; `wkv bulk put FILE` undoes the run (keys it added are not in the file)'
            cand --max-writes 'Write at most N keys and record the rest in the --failed file for the next run (with --changed-only, running the same command again also continues)'
            cand --exclude 'Leave the keys whose whole name matches PATTERN alone (`*` any characters, `?` one; repeatable): never written, and never deleted by --sync. For keys another job owns, such as `--exclude ''assets/*''` next to a directory sync under assets/'
            cand --concurrency 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)'
            cand --rate-limit 'Requests allowed per 5 minutes, client-side (Cloudflare''s limit is 1200; 0: no limit)'
            cand --binding 'The binding name of the namespace in the wrangler config''s kv_namespaces'
            cand --namespace-id 'The id of the namespace'
            cand --preview 'Use the binding''s preview_id; `--preview false` uses its id'
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --sync 'Make the namespace equal to the source: also delete its keys the source does not have (only under --prefix, and with copy only those matching --match; never outside them)'
            cand --changed-only 'Compare the namespace''s value, metadata and expiration first and write only the keys that differ: saves writes (the free tier allows 1,000 a day) at the price of reading the namespace'
            cand --dry-run 'Print the plan (how many keys would be added, changed, deleted and left alone; which ones with -v or --output json) and write nothing'
            cand --local 'Act on local state, as `wrangler dev` uses it (the default)'
            cand --remote 'Act on the namespace in your Cloudflare account, through the API'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;bulk;get'= {
            cand --format 'The file''s format [default: from the file name, else json]'
            cand --concurrency 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)'
            cand --rate-limit 'Requests allowed per 5 minutes, client-side (Cloudflare''s limit is 1200; 0: no limit)'
            cand --binding 'The binding name of the namespace in the wrangler config''s kv_namespaces'
            cand --namespace-id 'The id of the namespace'
            cand --preview 'Use the binding''s preview_id; `--preview false` uses its id'
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --with-metadata 'Print {"value", "metadata", "expiration"?} for each key instead of the value alone'
            cand --from-put-file 'Also take bulk put items (`{"key": ...}`, e.g. a `bulk export`) as the keys; wrangler refuses them'
            cand --local 'Act on local state, as `wrangler dev` uses it (the default)'
            cand --remote 'Act on the namespace in your Cloudflare account, through the API'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;bulk;delete'= {
            cand --prefix 'Delete every key that begins with this prefix instead of reading a file'
            cand --match 'Only keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\` escapes)'
            cand --regex 'Only keys whose name contains a match of this regular expression'
            cand --format 'The file''s format [default: from the file name, else json]'
            cand --backup 'Before deleting, save the value, metadata and expiration of every key about to be deleted to FILE in bulk-put format; `wkv bulk put FILE` undoes the run'
            cand --concurrency 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)'
            cand --rate-limit 'Requests allowed per 5 minutes, client-side (Cloudflare''s limit is 1200; 0: no limit)'
            cand --binding 'The binding name of the namespace in the wrangler config''s kv_namespaces'
            cand --namespace-id 'The id of the namespace'
            cand --preview 'Use the binding''s preview_id; `--preview false` uses its id'
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -f 'Delete without asking for confirmation (`-y`/`--yes` too, as for `namespace delete`)'
            cand --force 'Delete without asking for confirmation (`-y`/`--yes` too, as for `namespace delete`)'
            cand --from-put-file 'Also take bulk put items (`{"key": ...}`, e.g. a `bulk export`) as the keys to delete; wrangler refuses them'
            cand --dry-run 'Print how many keys would be deleted (which ones with -v or --output json) and delete nothing'
            cand --local 'Act on local state, as `wrangler dev` uses it (the default)'
            cand --remote 'Act on the namespace in your Cloudflare account, through the API'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;bulk;export'= {
            cand --dir 'Write each key as a file under DIR instead (its path: the key without --prefix, `/` making directories, names no file system allows escaped as %XX); values only, without metadata or expiration'
            cand --prefix 'Only export keys that begin with this prefix'
            cand --match 'Only keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\` escapes)'
            cand --regex 'Only keys whose name contains a match of this regular expression'
            cand --format 'The export''s format [default: from the file name, else json]'
            cand --concurrency 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)'
            cand --rate-limit 'Requests allowed per 5 minutes, client-side (Cloudflare''s limit is 1200; 0: no limit)'
            cand --binding 'The binding name of the namespace in the wrangler config''s kv_namespaces'
            cand --namespace-id 'The id of the namespace'
            cand --preview 'Use the binding''s preview_id; `--preview false` uses its id'
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -f 'Replace an existing FILE without asking on a terminal (`-y`/`--yes` too)'
            cand --force 'Replace an existing FILE without asking on a terminal (`-y`/`--yes` too)'
            cand --local 'Act on local state, as `wrangler dev` uses it (the default)'
            cand --remote 'Act on the namespace in your Cloudflare account, through the API'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;bulk;help'= {
            cand put 'Write many keys from a file'
            cand get 'Print the values of many keys as one JSON object'
            cand delete 'Delete many keys'
            cand export 'Write a whole namespace to a bulk-put file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wkv;bulk;help;put'= {
        }
        &'wkv;bulk;help;get'= {
        }
        &'wkv;bulk;help;delete'= {
        }
        &'wkv;bulk;help;export'= {
        }
        &'wkv;bulk;help;help'= {
        }
        &'wkv;copy'= {
            cand --prefix 'Copy only the keys that start with this prefix'
            cand --match 'Copy only the keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\` escapes), as `key list --match` reads it'
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand --failed 'Write the items that could not be written to this file, in bulk-put format'
            cand --backup 'Before changing anything, save the old value, metadata and expiration of every key about to be overwritten or deleted to FILE in bulk-put format; `wkv bulk put FILE` undoes the run (keys it added are not in the file)'
            cand --max-writes 'Write at most N keys and record the rest in the --failed file for the next run (with --changed-only, running the same command again also continues)'
            cand --exclude 'Leave the keys whose whole name matches PATTERN alone (`*` any characters, `?` one; repeatable): never written, and never deleted by --sync. For keys another job owns, such as `--exclude ''assets/*''` next to a directory sync under assets/'
            cand --concurrency 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)'
            cand --rate-limit 'Requests allowed per 5 minutes, client-side (Cloudflare''s limit is 1200; 0: no limit)'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --sync 'Make the namespace equal to the source: also delete its keys the source does not have (only under --prefix, and with copy only those matching --match; never outside them)'
            cand --changed-only 'Compare the namespace''s value, metadata and expiration first and write only the keys that differ: saves writes (the free tier allows 1,000 a day) at the price of reading the namespace'
            cand --dry-run 'Print the plan (how many keys would be added, changed, deleted and left alone; which ones with -v or --output json) and write nothing'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;kv'= {
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand namespace 'Create, list, rename and delete KV namespaces'
            cand key 'Write, read, list and delete single keys'
            cand bulk 'Write, read, delete and export many keys at once from files'
            cand copy 'Copy a namespace, or part of it, from one place to another'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wkv;kv;namespace'= {
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a namespace in your account'
            cand list 'List the namespaces of your account'
            cand ls 'List the namespaces of your account'
            cand delete 'Delete a namespace and every key in it'
            cand rename 'Rename a namespace'
            cand id 'Print the id of the namespace with this title'
            cand check 'Find value files no key points at, and keys whose value file is missing (local state)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wkv;kv;namespace;create'= {
            cand --binding 'The binding name [default: the title as an identifier]; with a JSON or JSONC config, also adds the binding to the config without asking'
            cand --jurisdiction 'Where the namespace stores its data: eu, fedramp or us (set only at creation)'
            cand --experimental-mode 'The storage mode: `instant` (lower-latency reads, faster global updates; a private beta of Cloudflare''s); set only at creation, not with --jurisdiction'
            cand --x-mode 'The storage mode: `instant` (lower-latency reads, faster global updates; a private beta of Cloudflare''s); set only at creation, not with --jurisdiction'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --preview 'Create a preview namespace (title suffix `_preview`, snippet with preview_id)'
            cand --update-config 'Add the new namespace to kv_namespaces of the wrangler config (JSON and JSONC configs)'
            cand --use-remote 'Mark the binding `remote = true`, so `wrangler dev` uses this namespace, not local state'
            cand --if-not-exists 'Succeed when a namespace with this title exists already: print the same output for it (snippet, or the config edit with --update-config) instead of failing'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;kv;namespace;list'= {
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --local 'List the namespaces present in local state instead of the account''s'
            cand --remote 'List the account''s namespaces (the default)'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;kv;namespace;ls'= {
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --local 'List the namespaces present in local state instead of the account''s'
            cand --remote 'List the account''s namespaces (the default)'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;kv;namespace;delete'= {
            cand --binding 'The binding name of the namespace in the wrangler config''s kv_namespaces'
            cand --namespace-id 'The id of the namespace'
            cand --preview 'Use the binding''s preview_id; `--preview false` uses its id'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -y 'Delete without asking for confirmation'
            cand --skip-confirmation 'Delete without asking for confirmation'
            cand --yes 'Delete without asking for confirmation'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;kv;namespace;rename'= {
            cand --namespace-id 'The id of the namespace to rename'
            cand --new-name 'The new title'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;kv;namespace;id'= {
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;kv;namespace;check'= {
            cand --binding 'The binding name of the namespace in the wrangler config''s kv_namespaces'
            cand --namespace-id 'The id of the namespace'
            cand --preview 'Use the binding''s preview_id; `--preview false` uses its id'
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --repair 'Remove the orphan value files and the keys whose value file is missing'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;kv;namespace;help'= {
            cand create 'Create a namespace in your account'
            cand list 'List the namespaces of your account'
            cand delete 'Delete a namespace and every key in it'
            cand rename 'Rename a namespace'
            cand id 'Print the id of the namespace with this title'
            cand check 'Find value files no key points at, and keys whose value file is missing (local state)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wkv;kv;namespace;help;create'= {
        }
        &'wkv;kv;namespace;help;list'= {
        }
        &'wkv;kv;namespace;help;delete'= {
        }
        &'wkv;kv;namespace;help;rename'= {
        }
        &'wkv;kv;namespace;help;id'= {
        }
        &'wkv;kv;namespace;help;check'= {
        }
        &'wkv;kv;namespace;help;help'= {
        }
        &'wkv;kv;key'= {
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand put 'Write a single key'
            cand get 'Print a key''s value to stdout'
            cand list 'List the keys of a namespace'
            cand ls 'List the keys of a namespace'
            cand delete 'Delete a single key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wkv;kv;key;put'= {
            cand --path 'Read the value from this file; `-` reads stdin'
            cand --ttl 'Expire the key this many seconds from now (at least 60)'
            cand --expiration 'Expire the key at this time, in seconds since the Unix epoch'
            cand --metadata 'Metadata to store with the key: any JSON value (usually an object), at most 1024 bytes'
            cand --binding 'The binding name of the namespace in the wrangler config''s kv_namespaces'
            cand --namespace-id 'The id of the namespace'
            cand --preview 'Use the binding''s preview_id; `--preview false` uses its id'
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --local 'Act on local state, as `wrangler dev` uses it (the default)'
            cand --remote 'Act on the namespace in your Cloudflare account, through the API'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;kv;key;get'= {
            cand --binding 'The binding name of the namespace in the wrangler config''s kv_namespaces'
            cand --namespace-id 'The id of the namespace'
            cand --preview 'Use the binding''s preview_id; `--preview false` uses its id'
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --text 'Decode the value as UTF-8 text and end it with a newline'
            cand --metadata 'Print the key''s metadata as JSON instead of its value (`null` when it has none)'
            cand --local 'Act on local state, as `wrangler dev` uses it (the default)'
            cand --remote 'Act on the namespace in your Cloudflare account, through the API'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;kv;key;list'= {
            cand --prefix 'Only list keys that begin with this prefix'
            cand --limit 'Return one page of at most this many keys (10 to 1000)'
            cand --cursor 'Continue a listing from the cursor a previous --limit page printed'
            cand --match 'Only keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\` escapes)'
            cand --regex 'Only keys whose name contains a match of this regular expression'
            cand --binding 'The binding name of the namespace in the wrangler config''s kv_namespaces'
            cand --namespace-id 'The id of the namespace'
            cand --preview 'Use the binding''s preview_id; `--preview false` uses its id'
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --local 'Act on local state, as `wrangler dev` uses it (the default)'
            cand --remote 'Act on the namespace in your Cloudflare account, through the API'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;kv;key;ls'= {
            cand --prefix 'Only list keys that begin with this prefix'
            cand --limit 'Return one page of at most this many keys (10 to 1000)'
            cand --cursor 'Continue a listing from the cursor a previous --limit page printed'
            cand --match 'Only keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\` escapes)'
            cand --regex 'Only keys whose name contains a match of this regular expression'
            cand --binding 'The binding name of the namespace in the wrangler config''s kv_namespaces'
            cand --namespace-id 'The id of the namespace'
            cand --preview 'Use the binding''s preview_id; `--preview false` uses its id'
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --local 'Act on local state, as `wrangler dev` uses it (the default)'
            cand --remote 'Act on the namespace in your Cloudflare account, through the API'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;kv;key;delete'= {
            cand --binding 'The binding name of the namespace in the wrangler config''s kv_namespaces'
            cand --namespace-id 'The id of the namespace'
            cand --preview 'Use the binding''s preview_id; `--preview false` uses its id'
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --local 'Act on local state, as `wrangler dev` uses it (the default)'
            cand --remote 'Act on the namespace in your Cloudflare account, through the API'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;kv;key;help'= {
            cand put 'Write a single key'
            cand get 'Print a key''s value to stdout'
            cand list 'List the keys of a namespace'
            cand delete 'Delete a single key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wkv;kv;key;help;put'= {
        }
        &'wkv;kv;key;help;get'= {
        }
        &'wkv;kv;key;help;list'= {
        }
        &'wkv;kv;key;help;delete'= {
        }
        &'wkv;kv;key;help;help'= {
        }
        &'wkv;kv;bulk'= {
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand put 'Write many keys from a file'
            cand get 'Print the values of many keys as one JSON object'
            cand delete 'Delete many keys'
            cand export 'Write a whole namespace to a bulk-put file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wkv;kv;bulk;put'= {
            cand --dir 'Store every file under DIR as a key instead: the key is --prefix followed by the file''s path below DIR with `/` separators (names escaped by `bulk export --dir` are unescaped), the value its bytes as they are'
            cand --format 'The file''s format [default: from the file name, else json]'
            cand --failed 'Write the items that could not be written to this file, in bulk-put format'
            cand --prefix 'The part of the namespace the file stands for: every item must start with it, and --sync deletes only keys under it (with --dir: prepended to every file''s path)'
            cand --backup 'Before changing anything, save the old value, metadata and expiration of every key about to be overwritten or deleted to FILE in bulk-put format; `wkv bulk put FILE` undoes the run (keys it added are not in the file)'
            cand --max-writes 'Write at most N keys and record the rest in the --failed file for the next run (with --changed-only, running the same command again also continues)'
            cand --exclude 'Leave the keys whose whole name matches PATTERN alone (`*` any characters, `?` one; repeatable): never written, and never deleted by --sync. For keys another job owns, such as `--exclude ''assets/*''` next to a directory sync under assets/'
            cand --concurrency 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)'
            cand --rate-limit 'Requests allowed per 5 minutes, client-side (Cloudflare''s limit is 1200; 0: no limit)'
            cand --binding 'The binding name of the namespace in the wrangler config''s kv_namespaces'
            cand --namespace-id 'The id of the namespace'
            cand --preview 'Use the binding''s preview_id; `--preview false` uses its id'
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --sync 'Make the namespace equal to the source: also delete its keys the source does not have (only under --prefix, and with copy only those matching --match; never outside them)'
            cand --changed-only 'Compare the namespace''s value, metadata and expiration first and write only the keys that differ: saves writes (the free tier allows 1,000 a day) at the price of reading the namespace'
            cand --dry-run 'Print the plan (how many keys would be added, changed, deleted and left alone; which ones with -v or --output json) and write nothing'
            cand --local 'Act on local state, as `wrangler dev` uses it (the default)'
            cand --remote 'Act on the namespace in your Cloudflare account, through the API'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;kv;bulk;get'= {
            cand --format 'The file''s format [default: from the file name, else json]'
            cand --concurrency 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)'
            cand --rate-limit 'Requests allowed per 5 minutes, client-side (Cloudflare''s limit is 1200; 0: no limit)'
            cand --binding 'The binding name of the namespace in the wrangler config''s kv_namespaces'
            cand --namespace-id 'The id of the namespace'
            cand --preview 'Use the binding''s preview_id; `--preview false` uses its id'
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --with-metadata 'Print {"value", "metadata", "expiration"?} for each key instead of the value alone'
            cand --from-put-file 'Also take bulk put items (`{"key": ...}`, e.g. a `bulk export`) as the keys; wrangler refuses them'
            cand --local 'Act on local state, as `wrangler dev` uses it (the default)'
            cand --remote 'Act on the namespace in your Cloudflare account, through the API'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;kv;bulk;delete'= {
            cand --prefix 'Delete every key that begins with this prefix instead of reading a file'
            cand --match 'Only keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\` escapes)'
            cand --regex 'Only keys whose name contains a match of this regular expression'
            cand --format 'The file''s format [default: from the file name, else json]'
            cand --backup 'Before deleting, save the value, metadata and expiration of every key about to be deleted to FILE in bulk-put format; `wkv bulk put FILE` undoes the run'
            cand --concurrency 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)'
            cand --rate-limit 'Requests allowed per 5 minutes, client-side (Cloudflare''s limit is 1200; 0: no limit)'
            cand --binding 'The binding name of the namespace in the wrangler config''s kv_namespaces'
            cand --namespace-id 'The id of the namespace'
            cand --preview 'Use the binding''s preview_id; `--preview false` uses its id'
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -f 'Delete without asking for confirmation (`-y`/`--yes` too, as for `namespace delete`)'
            cand --force 'Delete without asking for confirmation (`-y`/`--yes` too, as for `namespace delete`)'
            cand --from-put-file 'Also take bulk put items (`{"key": ...}`, e.g. a `bulk export`) as the keys to delete; wrangler refuses them'
            cand --dry-run 'Print how many keys would be deleted (which ones with -v or --output json) and delete nothing'
            cand --local 'Act on local state, as `wrangler dev` uses it (the default)'
            cand --remote 'Act on the namespace in your Cloudflare account, through the API'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;kv;bulk;export'= {
            cand --dir 'Write each key as a file under DIR instead (its path: the key without --prefix, `/` making directories, names no file system allows escaped as %XX); values only, without metadata or expiration'
            cand --prefix 'Only export keys that begin with this prefix'
            cand --match 'Only keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\` escapes)'
            cand --regex 'Only keys whose name contains a match of this regular expression'
            cand --format 'The export''s format [default: from the file name, else json]'
            cand --concurrency 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)'
            cand --rate-limit 'Requests allowed per 5 minutes, client-side (Cloudflare''s limit is 1200; 0: no limit)'
            cand --binding 'The binding name of the namespace in the wrangler config''s kv_namespaces'
            cand --namespace-id 'The id of the namespace'
            cand --preview 'Use the binding''s preview_id; `--preview false` uses its id'
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -f 'Replace an existing FILE without asking on a terminal (`-y`/`--yes` too)'
            cand --force 'Replace an existing FILE without asking on a terminal (`-y`/`--yes` too)'
            cand --local 'Act on local state, as `wrangler dev` uses it (the default)'
            cand --remote 'Act on the namespace in your Cloudflare account, through the API'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;kv;bulk;help'= {
            cand put 'Write many keys from a file'
            cand get 'Print the values of many keys as one JSON object'
            cand delete 'Delete many keys'
            cand export 'Write a whole namespace to a bulk-put file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wkv;kv;bulk;help;put'= {
        }
        &'wkv;kv;bulk;help;get'= {
        }
        &'wkv;kv;bulk;help;delete'= {
        }
        &'wkv;kv;bulk;help;export'= {
        }
        &'wkv;kv;bulk;help;help'= {
        }
        &'wkv;kv;copy'= {
            cand --prefix 'Copy only the keys that start with this prefix'
            cand --match 'Copy only the keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\` escapes), as `key list --match` reads it'
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand --failed 'Write the items that could not be written to this file, in bulk-put format'
            cand --backup 'Before changing anything, save the old value, metadata and expiration of every key about to be overwritten or deleted to FILE in bulk-put format; `wkv bulk put FILE` undoes the run (keys it added are not in the file)'
            cand --max-writes 'Write at most N keys and record the rest in the --failed file for the next run (with --changed-only, running the same command again also continues)'
            cand --exclude 'Leave the keys whose whole name matches PATTERN alone (`*` any characters, `?` one; repeatable): never written, and never deleted by --sync. For keys another job owns, such as `--exclude ''assets/*''` next to a directory sync under assets/'
            cand --concurrency 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)'
            cand --rate-limit 'Requests allowed per 5 minutes, client-side (Cloudflare''s limit is 1200; 0: no limit)'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --sync 'Make the namespace equal to the source: also delete its keys the source does not have (only under --prefix, and with copy only those matching --match; never outside them)'
            cand --changed-only 'Compare the namespace''s value, metadata and expiration first and write only the keys that differ: saves writes (the free tier allows 1,000 a day) at the price of reading the namespace'
            cand --dry-run 'Print the plan (how many keys would be added, changed, deleted and left alone; which ones with -v or --output json) and write nothing'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;kv;help'= {
            cand namespace 'Create, list, rename and delete KV namespaces'
            cand key 'Write, read, list and delete single keys'
            cand bulk 'Write, read, delete and export many keys at once from files'
            cand copy 'Copy a namespace, or part of it, from one place to another'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wkv;kv;help;namespace'= {
            cand create 'Create a namespace in your account'
            cand list 'List the namespaces of your account'
            cand delete 'Delete a namespace and every key in it'
            cand rename 'Rename a namespace'
            cand id 'Print the id of the namespace with this title'
            cand check 'Find value files no key points at, and keys whose value file is missing (local state)'
        }
        &'wkv;kv;help;namespace;create'= {
        }
        &'wkv;kv;help;namespace;list'= {
        }
        &'wkv;kv;help;namespace;delete'= {
        }
        &'wkv;kv;help;namespace;rename'= {
        }
        &'wkv;kv;help;namespace;id'= {
        }
        &'wkv;kv;help;namespace;check'= {
        }
        &'wkv;kv;help;key'= {
            cand put 'Write a single key'
            cand get 'Print a key''s value to stdout'
            cand list 'List the keys of a namespace'
            cand delete 'Delete a single key'
        }
        &'wkv;kv;help;key;put'= {
        }
        &'wkv;kv;help;key;get'= {
        }
        &'wkv;kv;help;key;list'= {
        }
        &'wkv;kv;help;key;delete'= {
        }
        &'wkv;kv;help;bulk'= {
            cand put 'Write many keys from a file'
            cand get 'Print the values of many keys as one JSON object'
            cand delete 'Delete many keys'
            cand export 'Write a whole namespace to a bulk-put file'
        }
        &'wkv;kv;help;bulk;put'= {
        }
        &'wkv;kv;help;bulk;get'= {
        }
        &'wkv;kv;help;bulk;delete'= {
        }
        &'wkv;kv;help;bulk;export'= {
        }
        &'wkv;kv;help;copy'= {
        }
        &'wkv;kv;help;help'= {
        }
        &'wkv;serve'= {
            cand --host 'The address to listen on (loopback unless you mean otherwise)'
            cand --port 'The port to listen on; 0 picks a free one'
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand --token 'Require `Authorization: Bearer TOKEN` on every request (printable ASCII, not empty)'
            cand --header-timeout 'Close a connection that has not sent a request''s headers after this many seconds (also how long an idle keep-alive connection stays open)'
            cand --body-timeout 'Fail a request (408) and close its connection when its body sends nothing for this many seconds'
            cand --account 'An account the server offers, as ID or ID=NAME (repeatable) [default: 0123456789abcdef0123456789abcdef]'
            cand --token-without-kv 'token-without-kv'
            cand --inject-faults 'inject-faults'
            cand --inject-faults-on 'inject-faults-on'
            cand --inject-bulk-get-cap 'inject-bulk-get-cap'
            cand --latency-ms 'latency-ms'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;auth'= {
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Save an API token as a profile, after checking it'
            cand list 'List the saved profiles (* marks the default)'
            cand use 'Make a profile the default'
            cand logout 'Delete a saved profile (the default one when NAME is not given)'
            cand token 'Print the token remote commands would use, for scripts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wkv;auth;login'= {
            cand --account 'The default account of the profile (an id); asked for on a terminal when there are several'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --with-token 'Read the token from stdin instead of asking for it'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;auth;list'= {
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;auth;use'= {
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;auth;logout'= {
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;auth;token'= {
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;auth;help'= {
            cand login 'Save an API token as a profile, after checking it'
            cand list 'List the saved profiles (* marks the default)'
            cand use 'Make a profile the default'
            cand logout 'Delete a saved profile (the default one when NAME is not given)'
            cand token 'Print the token remote commands would use, for scripts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wkv;auth;help;login'= {
        }
        &'wkv;auth;help;list'= {
        }
        &'wkv;auth;help;use'= {
        }
        &'wkv;auth;help;logout'= {
        }
        &'wkv;auth;help;token'= {
        }
        &'wkv;auth;help;help'= {
        }
        &'wkv;whoami'= {
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --json 'Print JSON (wrangler''s `whoami --json` shape, plus the source of the credentials)'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;browse'= {
            cand --binding 'The binding name of the namespace in the wrangler config''s kv_namespaces'
            cand --namespace-id 'The id of the namespace'
            cand --preview 'Use the binding''s preview_id; `--preview false` uses its id'
            cand --persist-to 'Keep local state under this directory instead of .wrangler/state'
            cand --exit-after 'exit-after'
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand --local 'Act on local state, as `wrangler dev` uses it (the default)'
            cand --remote 'Act on the namespace in your Cloudflare account, through the API'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;completions'= {
            cand -c 'Use this wrangler config file instead of searching for one'
            cand --config 'Use this wrangler config file instead of searching for one'
            cand --cwd 'Run as if started in this directory'
            cand -e 'Use this environment of the wrangler config ([env.NAME])'
            cand --env 'Use this environment of the wrangler config ([env.NAME])'
            cand --output 'How to print data on stdout [default: table on a terminal, json otherwise]'
            cand --retries 'How many times to retry a request that can be retried (429, 5xx, timeouts)'
            cand --profile 'Sign in with this wkv profile (else wrangler''s profile of that name; `default`: wrangler''s default session); beats variables'
            cand --env-file 'Load variables from this file instead of .env and .env.local (repeatable; later wins)'
            cand -v 'Say more on stderr: each retried request, and the request behind an API error'
            cand --verbose 'Say more on stderr: each retried request, and the request behind an API error'
            cand -q 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand --quiet 'Print nothing on stderr but errors: no status lines, no progress bars'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'wkv;help'= {
            cand namespace 'Create, list, rename and delete KV namespaces'
            cand key 'Write, read, list and delete single keys'
            cand bulk 'Write, read, delete and export many keys at once from files'
            cand copy 'Copy a namespace, or part of it, from one place to another'
            cand kv 'The same commands spelled as in wrangler: `wkv kv key get ...`'
            cand serve 'Serve the Cloudflare KV REST API over local state'
            cand auth 'Sign in with an API token, and manage saved sign-ins (profiles)'
            cand whoami 'Show who you are signed in as, with which credentials, and your accounts'
            cand browse 'Browse and fix KV data in a full-screen terminal view'
            cand completions 'Print a shell completion script to stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wkv;help;namespace'= {
            cand create 'Create a namespace in your account'
            cand list 'List the namespaces of your account'
            cand delete 'Delete a namespace and every key in it'
            cand rename 'Rename a namespace'
            cand id 'Print the id of the namespace with this title'
            cand check 'Find value files no key points at, and keys whose value file is missing (local state)'
        }
        &'wkv;help;namespace;create'= {
        }
        &'wkv;help;namespace;list'= {
        }
        &'wkv;help;namespace;delete'= {
        }
        &'wkv;help;namespace;rename'= {
        }
        &'wkv;help;namespace;id'= {
        }
        &'wkv;help;namespace;check'= {
        }
        &'wkv;help;key'= {
            cand put 'Write a single key'
            cand get 'Print a key''s value to stdout'
            cand list 'List the keys of a namespace'
            cand delete 'Delete a single key'
        }
        &'wkv;help;key;put'= {
        }
        &'wkv;help;key;get'= {
        }
        &'wkv;help;key;list'= {
        }
        &'wkv;help;key;delete'= {
        }
        &'wkv;help;bulk'= {
            cand put 'Write many keys from a file'
            cand get 'Print the values of many keys as one JSON object'
            cand delete 'Delete many keys'
            cand export 'Write a whole namespace to a bulk-put file'
        }
        &'wkv;help;bulk;put'= {
        }
        &'wkv;help;bulk;get'= {
        }
        &'wkv;help;bulk;delete'= {
        }
        &'wkv;help;bulk;export'= {
        }
        &'wkv;help;copy'= {
        }
        &'wkv;help;kv'= {
            cand namespace 'Create, list, rename and delete KV namespaces'
            cand key 'Write, read, list and delete single keys'
            cand bulk 'Write, read, delete and export many keys at once from files'
            cand copy 'Copy a namespace, or part of it, from one place to another'
        }
        &'wkv;help;kv;namespace'= {
            cand create 'Create a namespace in your account'
            cand list 'List the namespaces of your account'
            cand delete 'Delete a namespace and every key in it'
            cand rename 'Rename a namespace'
            cand id 'Print the id of the namespace with this title'
            cand check 'Find value files no key points at, and keys whose value file is missing (local state)'
        }
        &'wkv;help;kv;namespace;create'= {
        }
        &'wkv;help;kv;namespace;list'= {
        }
        &'wkv;help;kv;namespace;delete'= {
        }
        &'wkv;help;kv;namespace;rename'= {
        }
        &'wkv;help;kv;namespace;id'= {
        }
        &'wkv;help;kv;namespace;check'= {
        }
        &'wkv;help;kv;key'= {
            cand put 'Write a single key'
            cand get 'Print a key''s value to stdout'
            cand list 'List the keys of a namespace'
            cand delete 'Delete a single key'
        }
        &'wkv;help;kv;key;put'= {
        }
        &'wkv;help;kv;key;get'= {
        }
        &'wkv;help;kv;key;list'= {
        }
        &'wkv;help;kv;key;delete'= {
        }
        &'wkv;help;kv;bulk'= {
            cand put 'Write many keys from a file'
            cand get 'Print the values of many keys as one JSON object'
            cand delete 'Delete many keys'
            cand export 'Write a whole namespace to a bulk-put file'
        }
        &'wkv;help;kv;bulk;put'= {
        }
        &'wkv;help;kv;bulk;get'= {
        }
        &'wkv;help;kv;bulk;delete'= {
        }
        &'wkv;help;kv;bulk;export'= {
        }
        &'wkv;help;kv;copy'= {
        }
        &'wkv;help;serve'= {
        }
        &'wkv;help;auth'= {
            cand login 'Save an API token as a profile, after checking it'
            cand list 'List the saved profiles (* marks the default)'
            cand use 'Make a profile the default'
            cand logout 'Delete a saved profile (the default one when NAME is not given)'
            cand token 'Print the token remote commands would use, for scripts'
        }
        &'wkv;help;auth;login'= {
        }
        &'wkv;help;auth;list'= {
        }
        &'wkv;help;auth;use'= {
        }
        &'wkv;help;auth;logout'= {
        }
        &'wkv;help;auth;token'= {
        }
        &'wkv;help;whoami'= {
        }
        &'wkv;help;browse'= {
        }
        &'wkv;help;completions'= {
        }
        &'wkv;help;help'= {
        }
    ]
    $completions[$command]
}
