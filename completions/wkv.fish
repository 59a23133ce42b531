# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_wkv_global_optspecs
    string join \n c/config= cwd= e/env= output= v/verbose q/quiet retries= profile= env-file= h/help V/version
end

function __fish_wkv_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_wkv_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_wkv_using_subcommand
    set -l cmd (__fish_wkv_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c wkv -n "__fish_wkv_needs_command" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_needs_command" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_needs_command" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_needs_command" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_needs_command" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_needs_command" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_needs_command" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_needs_command" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_needs_command" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_needs_command" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_needs_command" -f -a "namespace" -d 'Create, list, rename and delete KV namespaces'
complete -c wkv -n "__fish_wkv_needs_command" -f -a "key" -d 'Write, read, list and delete single keys'
complete -c wkv -n "__fish_wkv_needs_command" -f -a "bulk" -d 'Write, read, delete and export many keys at once from files'
complete -c wkv -n "__fish_wkv_needs_command" -f -a "copy" -d 'Copy a namespace, or part of it, from one place to another'
complete -c wkv -n "__fish_wkv_needs_command" -f -a "kv" -d 'The same commands spelled as in wrangler: `wkv kv key get ...`'
complete -c wkv -n "__fish_wkv_needs_command" -f -a "serve" -d 'Serve the Cloudflare KV REST API over local state'
complete -c wkv -n "__fish_wkv_needs_command" -f -a "auth" -d 'Sign in with an API token, and manage saved sign-ins (profiles)'
complete -c wkv -n "__fish_wkv_needs_command" -f -a "whoami" -d 'Show who you are signed in as, with which credentials, and your accounts'
complete -c wkv -n "__fish_wkv_needs_command" -f -a "browse" -d 'Browse and fix KV data in a full-screen terminal view'
complete -c wkv -n "__fish_wkv_needs_command" -f -a "completions" -d 'Print a shell completion script to stdout'
complete -c wkv -n "__fish_wkv_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and not __fish_seen_subcommand_from create list ls delete rename id check help" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and not __fish_seen_subcommand_from create list ls delete rename id check help" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and not __fish_seen_subcommand_from create list ls delete rename id check help" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and not __fish_seen_subcommand_from create list ls delete rename id check help" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and not __fish_seen_subcommand_from create list ls delete rename id check help" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and not __fish_seen_subcommand_from create list ls delete rename id check help" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and not __fish_seen_subcommand_from create list ls delete rename id check help" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and not __fish_seen_subcommand_from create list ls delete rename id check help" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and not __fish_seen_subcommand_from create list ls delete rename id check help" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and not __fish_seen_subcommand_from create list ls delete rename id check help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and not __fish_seen_subcommand_from create list ls delete rename id check help" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and not __fish_seen_subcommand_from create list ls delete rename id check help" -f -a "create" -d 'Create a namespace in your account'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and not __fish_seen_subcommand_from create list ls delete rename id check help" -f -a "list" -d 'List the namespaces of your account'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and not __fish_seen_subcommand_from create list ls delete rename id check help" -f -a "ls" -d 'List the namespaces of your account'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and not __fish_seen_subcommand_from create list ls delete rename id check help" -f -a "delete" -d 'Delete a namespace and every key in it'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and not __fish_seen_subcommand_from create list ls delete rename id check help" -f -a "rename" -d 'Rename a namespace'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and not __fish_seen_subcommand_from create list ls delete rename id check help" -f -a "id" -d 'Print the id of the namespace with this title'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and not __fish_seen_subcommand_from create list ls delete rename id check help" -f -a "check" -d 'Find value files no key points at, and keys whose value file is missing (local state)'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and not __fish_seen_subcommand_from create list ls delete rename id check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from create" -l binding -d 'The binding name [default: the title as an identifier]; with a JSON or JSONC config, also adds the binding to the config without asking' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from create" -l jurisdiction -d 'Where the namespace stores its data: eu, fedramp or us (set only at creation)' -r -f -a "eu\t''
fedramp\t''
us\t''"
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from create" -l experimental-mode -l x-mode -d 'The storage mode: `instant` (lower-latency reads, faster global updates; a private beta of Cloudflare\'s); set only at creation, not with --jurisdiction' -r -f -a "instant\t''"
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from create" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from create" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from create" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from create" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from create" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from create" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from create" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from create" -l preview -d 'Create a preview namespace (title suffix `_preview`, snippet with preview_id)'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from create" -l update-config -d 'Add the new namespace to kv_namespaces of the wrangler config (JSON and JSONC configs)'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from create" -l use-remote -d 'Mark the binding `remote = true`, so `wrangler dev` uses this namespace, not local state'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from create" -l if-not-exists -d 'Succeed when a namespace with this title exists already: print the same output for it (snippet, or the config edit with --update-config) instead of failing'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from list" -l persist-to -d 'Keep local state under this directory instead of .wrangler/state' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from list" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from list" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from list" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from list" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from list" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from list" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from list" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from list" -l local -d 'List the namespaces present in local state instead of the account\'s'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from list" -l remote -d 'List the account\'s namespaces (the default)'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from ls" -l persist-to -d 'Keep local state under this directory instead of .wrangler/state' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from ls" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from ls" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from ls" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from ls" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from ls" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from ls" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from ls" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from ls" -l local -d 'List the namespaces present in local state instead of the account\'s'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from ls" -l remote -d 'List the account\'s namespaces (the default)'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from delete" -l binding -d 'The binding name of the namespace in the wrangler config\'s kv_namespaces' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from delete" -l namespace-id -d 'The id of the namespace' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from delete" -l preview -d 'Use the binding\'s preview_id; `--preview false` uses its id' -r -f -a "true\t''
false\t''"
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from delete" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from delete" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from delete" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from delete" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from delete" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from delete" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from delete" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from delete" -s y -l skip-confirmation -l yes -d 'Delete without asking for confirmation'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from rename" -l namespace-id -d 'The id of the namespace to rename' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from rename" -l new-name -d 'The new title' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from rename" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from rename" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from rename" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from rename" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from rename" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from rename" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from rename" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from rename" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from id" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from id" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from id" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from id" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from id" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from id" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from id" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from id" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from id" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from id" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from id" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from check" -l binding -d 'The binding name of the namespace in the wrangler config\'s kv_namespaces' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from check" -l namespace-id -d 'The id of the namespace' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from check" -l preview -d 'Use the binding\'s preview_id; `--preview false` uses its id' -r -f -a "true\t''
false\t''"
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from check" -l persist-to -d 'Keep local state under this directory instead of .wrangler/state' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from check" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from check" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from check" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from check" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from check" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from check" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from check" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from check" -l repair -d 'Remove the orphan value files and the keys whose value file is missing'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a namespace in your account'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the namespaces of your account'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a namespace and every key in it'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a namespace'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "id" -d 'Print the id of the namespace with this title'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "check" -d 'Find value files no key points at, and keys whose value file is missing (local state)'
complete -c wkv -n "__fish_wkv_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wkv -n "__fish_wkv_using_subcommand key; and not __fish_seen_subcommand_from put get list ls delete help" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand key; and not __fish_seen_subcommand_from put get list ls delete help" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand key; and not __fish_seen_subcommand_from put get list ls delete help" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and not __fish_seen_subcommand_from put get list ls delete help" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand key; and not __fish_seen_subcommand_from put get list ls delete help" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and not __fish_seen_subcommand_from put get list ls delete help" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and not __fish_seen_subcommand_from put get list ls delete help" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand key; and not __fish_seen_subcommand_from put get list ls delete help" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand key; and not __fish_seen_subcommand_from put get list ls delete help" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand key; and not __fish_seen_subcommand_from put get list ls delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand key; and not __fish_seen_subcommand_from put get list ls delete help" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand key; and not __fish_seen_subcommand_from put get list ls delete help" -f -a "put" -d 'Write a single key'
complete -c wkv -n "__fish_wkv_using_subcommand key; and not __fish_seen_subcommand_from put get list ls delete help" -f -a "get" -d 'Print a key\'s value to stdout'
complete -c wkv -n "__fish_wkv_using_subcommand key; and not __fish_seen_subcommand_from put get list ls delete help" -f -a "list" -d 'List the keys of a namespace'
complete -c wkv -n "__fish_wkv_using_subcommand key; and not __fish_seen_subcommand_from put get list ls delete help" -f -a "ls" -d 'List the keys of a namespace'
complete -c wkv -n "__fish_wkv_using_subcommand key; and not __fish_seen_subcommand_from put get list ls delete help" -f -a "delete" -d 'Delete a single key'
complete -c wkv -n "__fish_wkv_using_subcommand key; and not __fish_seen_subcommand_from put get list ls delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from put" -l path -d 'Read the value from this file; `-` reads stdin' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from put" -l ttl -d 'Expire the key this many seconds from now (at least 60)' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from put" -l expiration -d 'Expire the key at this time, in seconds since the Unix epoch' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from put" -l metadata -d 'Metadata to store with the key: any JSON value (usually an object), at most 1024 bytes' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from put" -l binding -d 'The binding name of the namespace in the wrangler config\'s kv_namespaces' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from put" -l namespace-id -d 'The id of the namespace' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from put" -l preview -d 'Use the binding\'s preview_id; `--preview false` uses its id' -r -f -a "true\t''
false\t''"
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from put" -l persist-to -d 'Keep local state under this directory instead of .wrangler/state' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from put" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from put" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from put" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from put" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from put" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from put" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from put" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from put" -l local -d 'Act on local state, as `wrangler dev` uses it (the default)'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from put" -l remote -d 'Act on the namespace in your Cloudflare account, through the API'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from put" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from put" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from put" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from put" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from get" -l binding -d 'The binding name of the namespace in the wrangler config\'s kv_namespaces' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from get" -l namespace-id -d 'The id of the namespace' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from get" -l preview -d 'Use the binding\'s preview_id; `--preview false` uses its id' -r -f -a "true\t''
false\t''"
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from get" -l persist-to -d 'Keep local state under this directory instead of .wrangler/state' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from get" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from get" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from get" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from get" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from get" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from get" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from get" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from get" -l text -d 'Decode the value as UTF-8 text and end it with a newline'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from get" -l metadata -d 'Print the key\'s metadata as JSON instead of its value (`null` when it has none)'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from get" -l local -d 'Act on local state, as `wrangler dev` uses it (the default)'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from get" -l remote -d 'Act on the namespace in your Cloudflare account, through the API'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from list" -l prefix -d 'Only list keys that begin with this prefix' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from list" -l limit -d 'Return one page of at most this many keys (10 to 1000)' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from list" -l cursor -d 'Continue a listing from the cursor a previous --limit page printed' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from list" -l match -d 'Only keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\\` escapes)' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from list" -l regex -d 'Only keys whose name contains a match of this regular expression' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from list" -l binding -d 'The binding name of the namespace in the wrangler config\'s kv_namespaces' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from list" -l namespace-id -d 'The id of the namespace' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from list" -l preview -d 'Use the binding\'s preview_id; `--preview false` uses its id' -r -f -a "true\t''
false\t''"
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from list" -l persist-to -d 'Keep local state under this directory instead of .wrangler/state' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from list" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from list" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from list" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from list" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from list" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from list" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from list" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from list" -l local -d 'Act on local state, as `wrangler dev` uses it (the default)'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from list" -l remote -d 'Act on the namespace in your Cloudflare account, through the API'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from ls" -l prefix -d 'Only list keys that begin with this prefix' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from ls" -l limit -d 'Return one page of at most this many keys (10 to 1000)' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from ls" -l cursor -d 'Continue a listing from the cursor a previous --limit page printed' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from ls" -l match -d 'Only keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\\` escapes)' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from ls" -l regex -d 'Only keys whose name contains a match of this regular expression' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from ls" -l binding -d 'The binding name of the namespace in the wrangler config\'s kv_namespaces' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from ls" -l namespace-id -d 'The id of the namespace' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from ls" -l preview -d 'Use the binding\'s preview_id; `--preview false` uses its id' -r -f -a "true\t''
false\t''"
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from ls" -l persist-to -d 'Keep local state under this directory instead of .wrangler/state' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from ls" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from ls" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from ls" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from ls" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from ls" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from ls" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from ls" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from ls" -l local -d 'Act on local state, as `wrangler dev` uses it (the default)'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from ls" -l remote -d 'Act on the namespace in your Cloudflare account, through the API'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from delete" -l binding -d 'The binding name of the namespace in the wrangler config\'s kv_namespaces' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from delete" -l namespace-id -d 'The id of the namespace' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from delete" -l preview -d 'Use the binding\'s preview_id; `--preview false` uses its id' -r -f -a "true\t''
false\t''"
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from delete" -l persist-to -d 'Keep local state under this directory instead of .wrangler/state' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from delete" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from delete" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from delete" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from delete" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from delete" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from delete" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from delete" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from delete" -l local -d 'Act on local state, as `wrangler dev` uses it (the default)'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from delete" -l remote -d 'Act on the namespace in your Cloudflare account, through the API'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "put" -d 'Write a single key'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print a key\'s value to stdout'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the keys of a namespace'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a single key'
complete -c wkv -n "__fish_wkv_using_subcommand key; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and not __fish_seen_subcommand_from put get delete export help" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and not __fish_seen_subcommand_from put get delete export help" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and not __fish_seen_subcommand_from put get delete export help" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and not __fish_seen_subcommand_from put get delete export help" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and not __fish_seen_subcommand_from put get delete export help" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and not __fish_seen_subcommand_from put get delete export help" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and not __fish_seen_subcommand_from put get delete export help" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and not __fish_seen_subcommand_from put get delete export help" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and not __fish_seen_subcommand_from put get delete export help" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and not __fish_seen_subcommand_from put get delete export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and not __fish_seen_subcommand_from put get delete export help" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and not __fish_seen_subcommand_from put get delete export help" -f -a "put" -d 'Write many keys from a file'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and not __fish_seen_subcommand_from put get delete export help" -f -a "get" -d 'Print the values of many keys as one JSON object'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and not __fish_seen_subcommand_from put get delete export help" -f -a "delete" -d 'Delete many keys'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and not __fish_seen_subcommand_from put get delete export help" -f -a "export" -d 'Write a whole namespace to a bulk-put file'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and not __fish_seen_subcommand_from put get delete export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -l dir -d 'Store every file under DIR as a key instead: the key is --prefix followed by the file\'s path below DIR with `/` separators (names escaped by `bulk export --dir` are unescaped), the value its bytes as they are' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -l format -d 'The file\'s format [default: from the file name, else json]' -r -f -a "json\t'A JSON array (wrangler\'s format)'
ndjson\t'One JSON value per line (also chosen by a .ndjson or .jsonl file name); blank lines are skipped'"
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -l failed -d 'Write the items that could not be written to this file, in bulk-put format' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -l prefix -d 'The part of the namespace the file stands for: every item must start with it, and --sync deletes only keys under it (with --dir: prepended to every file\'s path)' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -l backup -d 'Before changing anything, save the old value, metadata and expiration of every key about to be overwritten or deleted to FILE in bulk-put format; `wkv bulk put FILE` undoes the run (keys it added are not in the file)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -l max-writes -d 'Write at most N keys and record the rest in the --failed file for the next run (with --changed-only, running the same command again also continues)' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -l exclude -d 'Leave the keys whose whole name matches PATTERN alone (`*` any characters, `?` one; repeatable): never written, and never deleted by --sync. For keys another job owns, such as `--exclude \'assets/*\'` next to a directory sync under assets/' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -l concurrency -d 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -l rate-limit -d 'Requests allowed per 5 minutes, client-side (Cloudflare\'s limit is 1200; 0: no limit)' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -l binding -d 'The binding name of the namespace in the wrangler config\'s kv_namespaces' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -l namespace-id -d 'The id of the namespace' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -l preview -d 'Use the binding\'s preview_id; `--preview false` uses its id' -r -f -a "true\t''
false\t''"
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -l persist-to -d 'Keep local state under this directory instead of .wrangler/state' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -l sync -d 'Make the namespace equal to the source: also delete its keys the source does not have (only under --prefix, and with copy only those matching --match; never outside them)'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -l changed-only -d 'Compare the namespace\'s value, metadata and expiration first and write only the keys that differ: saves writes (the free tier allows 1,000 a day) at the price of reading the namespace'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -l dry-run -d 'Print the plan (how many keys would be added, changed, deleted and left alone; which ones with -v or --output json) and write nothing'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -l local -d 'Act on local state, as `wrangler dev` uses it (the default)'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -l remote -d 'Act on the namespace in your Cloudflare account, through the API'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from put" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from get" -l format -d 'The file\'s format [default: from the file name, else json]' -r -f -a "json\t'A JSON array (wrangler\'s format)'
ndjson\t'One JSON value per line (also chosen by a .ndjson or .jsonl file name); blank lines are skipped'"
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from get" -l concurrency -d 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from get" -l rate-limit -d 'Requests allowed per 5 minutes, client-side (Cloudflare\'s limit is 1200; 0: no limit)' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from get" -l binding -d 'The binding name of the namespace in the wrangler config\'s kv_namespaces' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from get" -l namespace-id -d 'The id of the namespace' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from get" -l preview -d 'Use the binding\'s preview_id; `--preview false` uses its id' -r -f -a "true\t''
false\t''"
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from get" -l persist-to -d 'Keep local state under this directory instead of .wrangler/state' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from get" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from get" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from get" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from get" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from get" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from get" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from get" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from get" -l with-metadata -d 'Print {"value", "metadata", "expiration"?} for each key instead of the value alone'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from get" -l from-put-file -d 'Also take bulk put items (`{"key": ...}`, e.g. a `bulk export`) as the keys; wrangler refuses them'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from get" -l local -d 'Act on local state, as `wrangler dev` uses it (the default)'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from get" -l remote -d 'Act on the namespace in your Cloudflare account, through the API'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l prefix -d 'Delete every key that begins with this prefix instead of reading a file' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l match -d 'Only keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\\` escapes)' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l regex -d 'Only keys whose name contains a match of this regular expression' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l format -d 'The file\'s format [default: from the file name, else json]' -r -f -a "json\t'A JSON array (wrangler\'s format)'
ndjson\t'One JSON value per line (also chosen by a .ndjson or .jsonl file name); blank lines are skipped'"
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l backup -d 'Before deleting, save the value, metadata and expiration of every key about to be deleted to FILE in bulk-put format; `wkv bulk put FILE` undoes the run' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l concurrency -d 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l rate-limit -d 'Requests allowed per 5 minutes, client-side (Cloudflare\'s limit is 1200; 0: no limit)' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l binding -d 'The binding name of the namespace in the wrangler config\'s kv_namespaces' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l namespace-id -d 'The id of the namespace' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l preview -d 'Use the binding\'s preview_id; `--preview false` uses its id' -r -f -a "true\t''
false\t''"
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l persist-to -d 'Keep local state under this directory instead of .wrangler/state' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -s f -l force -d 'Delete without asking for confirmation (`-y`/`--yes` too, as for `namespace delete`)'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l from-put-file -d 'Also take bulk put items (`{"key": ...}`, e.g. a `bulk export`) as the keys to delete; wrangler refuses them'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print how many keys would be deleted (which ones with -v or --output json) and delete nothing'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l local -d 'Act on local state, as `wrangler dev` uses it (the default)'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -l remote -d 'Act on the namespace in your Cloudflare account, through the API'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -l dir -d 'Write each key as a file under DIR instead (its path: the key without --prefix, `/` making directories, names no file system allows escaped as %XX); values only, without metadata or expiration' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -l prefix -d 'Only export keys that begin with this prefix' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -l match -d 'Only keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\\` escapes)' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -l regex -d 'Only keys whose name contains a match of this regular expression' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -l format -d 'The export\'s format [default: from the file name, else json]' -r -f -a "json\t'A JSON array (wrangler\'s format)'
ndjson\t'One JSON value per line (also chosen by a .ndjson or .jsonl file name); blank lines are skipped'"
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -l concurrency -d 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -l rate-limit -d 'Requests allowed per 5 minutes, client-side (Cloudflare\'s limit is 1200; 0: no limit)' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -l binding -d 'The binding name of the namespace in the wrangler config\'s kv_namespaces' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -l namespace-id -d 'The id of the namespace' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -l preview -d 'Use the binding\'s preview_id; `--preview false` uses its id' -r -f -a "true\t''
false\t''"
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -l persist-to -d 'Keep local state under this directory instead of .wrangler/state' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -s f -l force -d 'Replace an existing FILE without asking on a terminal (`-y`/`--yes` too)'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -l local -d 'Act on local state, as `wrangler dev` uses it (the default)'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -l remote -d 'Act on the namespace in your Cloudflare account, through the API'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from help" -f -a "put" -d 'Write many keys from a file'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print the values of many keys as one JSON object'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete many keys'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write a whole namespace to a bulk-put file'
complete -c wkv -n "__fish_wkv_using_subcommand bulk; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wkv -n "__fish_wkv_using_subcommand copy" -l prefix -d 'Copy only the keys that start with this prefix' -r
complete -c wkv -n "__fish_wkv_using_subcommand copy" -l match -d 'Copy only the keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\\` escapes), as `key list --match` reads it' -r
complete -c wkv -n "__fish_wkv_using_subcommand copy" -l persist-to -d 'Keep local state under this directory instead of .wrangler/state' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand copy" -l failed -d 'Write the items that could not be written to this file, in bulk-put format' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand copy" -l backup -d 'Before changing anything, save the old value, metadata and expiration of every key about to be overwritten or deleted to FILE in bulk-put format; `wkv bulk put FILE` undoes the run (keys it added are not in the file)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand copy" -l max-writes -d 'Write at most N keys and record the rest in the --failed file for the next run (with --changed-only, running the same command again also continues)' -r
complete -c wkv -n "__fish_wkv_using_subcommand copy" -l exclude -d 'Leave the keys whose whole name matches PATTERN alone (`*` any characters, `?` one; repeatable): never written, and never deleted by --sync. For keys another job owns, such as `--exclude \'assets/*\'` next to a directory sync under assets/' -r
complete -c wkv -n "__fish_wkv_using_subcommand copy" -l concurrency -d 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)' -r
complete -c wkv -n "__fish_wkv_using_subcommand copy" -l rate-limit -d 'Requests allowed per 5 minutes, client-side (Cloudflare\'s limit is 1200; 0: no limit)' -r
complete -c wkv -n "__fish_wkv_using_subcommand copy" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand copy" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand copy" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand copy" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand copy" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand copy" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand copy" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand copy" -l sync -d 'Make the namespace equal to the source: also delete its keys the source does not have (only under --prefix, and with copy only those matching --match; never outside them)'
complete -c wkv -n "__fish_wkv_using_subcommand copy" -l changed-only -d 'Compare the namespace\'s value, metadata and expiration first and write only the keys that differ: saves writes (the free tier allows 1,000 a day) at the price of reading the namespace'
complete -c wkv -n "__fish_wkv_using_subcommand copy" -l dry-run -d 'Print the plan (how many keys would be added, changed, deleted and left alone; which ones with -v or --output json) and write nothing'
complete -c wkv -n "__fish_wkv_using_subcommand copy" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand copy" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand copy" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and not __fish_seen_subcommand_from namespace key bulk copy help" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand kv; and not __fish_seen_subcommand_from namespace key bulk copy help" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand kv; and not __fish_seen_subcommand_from namespace key bulk copy help" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand kv; and not __fish_seen_subcommand_from namespace key bulk copy help" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand kv; and not __fish_seen_subcommand_from namespace key bulk copy help" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand kv; and not __fish_seen_subcommand_from namespace key bulk copy help" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand kv; and not __fish_seen_subcommand_from namespace key bulk copy help" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand kv; and not __fish_seen_subcommand_from namespace key bulk copy help" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and not __fish_seen_subcommand_from namespace key bulk copy help" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and not __fish_seen_subcommand_from namespace key bulk copy help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and not __fish_seen_subcommand_from namespace key bulk copy help" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and not __fish_seen_subcommand_from namespace key bulk copy help" -f -a "namespace" -d 'Create, list, rename and delete KV namespaces'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and not __fish_seen_subcommand_from namespace key bulk copy help" -f -a "key" -d 'Write, read, list and delete single keys'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and not __fish_seen_subcommand_from namespace key bulk copy help" -f -a "bulk" -d 'Write, read, delete and export many keys at once from files'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and not __fish_seen_subcommand_from namespace key bulk copy help" -f -a "copy" -d 'Copy a namespace, or part of it, from one place to another'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and not __fish_seen_subcommand_from namespace key bulk copy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from namespace" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from namespace" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from namespace" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from namespace" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from namespace" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from namespace" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from namespace" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from namespace" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from namespace" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from namespace" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from namespace" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from namespace" -f -a "create" -d 'Create a namespace in your account'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from namespace" -f -a "list" -d 'List the namespaces of your account'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from namespace" -f -a "ls" -d 'List the namespaces of your account'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from namespace" -f -a "delete" -d 'Delete a namespace and every key in it'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from namespace" -f -a "rename" -d 'Rename a namespace'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from namespace" -f -a "id" -d 'Print the id of the namespace with this title'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from namespace" -f -a "check" -d 'Find value files no key points at, and keys whose value file is missing (local state)'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from namespace" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from key" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from key" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from key" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from key" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from key" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from key" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from key" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from key" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from key" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from key" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from key" -f -a "put" -d 'Write a single key'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from key" -f -a "get" -d 'Print a key\'s value to stdout'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from key" -f -a "list" -d 'List the keys of a namespace'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from key" -f -a "ls" -d 'List the keys of a namespace'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from key" -f -a "delete" -d 'Delete a single key'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from key" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from bulk" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from bulk" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from bulk" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from bulk" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from bulk" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from bulk" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from bulk" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from bulk" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from bulk" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from bulk" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from bulk" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from bulk" -f -a "put" -d 'Write many keys from a file'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from bulk" -f -a "get" -d 'Print the values of many keys as one JSON object'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from bulk" -f -a "delete" -d 'Delete many keys'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from bulk" -f -a "export" -d 'Write a whole namespace to a bulk-put file'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from bulk" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from copy" -l prefix -d 'Copy only the keys that start with this prefix' -r
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from copy" -l match -d 'Copy only the keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\\` escapes), as `key list --match` reads it' -r
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from copy" -l persist-to -d 'Keep local state under this directory instead of .wrangler/state' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from copy" -l failed -d 'Write the items that could not be written to this file, in bulk-put format' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from copy" -l backup -d 'Before changing anything, save the old value, metadata and expiration of every key about to be overwritten or deleted to FILE in bulk-put format; `wkv bulk put FILE` undoes the run (keys it added are not in the file)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from copy" -l max-writes -d 'Write at most N keys and record the rest in the --failed file for the next run (with --changed-only, running the same command again also continues)' -r
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from copy" -l exclude -d 'Leave the keys whose whole name matches PATTERN alone (`*` any characters, `?` one; repeatable): never written, and never deleted by --sync. For keys another job owns, such as `--exclude \'assets/*\'` next to a directory sync under assets/' -r
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from copy" -l concurrency -d 'At most this many requests in flight at once (wkv starts lower, grows while the API keeps up and halves on a 429)' -r
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from copy" -l rate-limit -d 'Requests allowed per 5 minutes, client-side (Cloudflare\'s limit is 1200; 0: no limit)' -r
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from copy" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from copy" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from copy" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from copy" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from copy" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from copy" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from copy" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from copy" -l sync -d 'Make the namespace equal to the source: also delete its keys the source does not have (only under --prefix, and with copy only those matching --match; never outside them)'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from copy" -l changed-only -d 'Compare the namespace\'s value, metadata and expiration first and write only the keys that differ: saves writes (the free tier allows 1,000 a day) at the price of reading the namespace'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from copy" -l dry-run -d 'Print the plan (how many keys would be added, changed, deleted and left alone; which ones with -v or --output json) and write nothing'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from copy" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "namespace" -d 'Create, list, rename and delete KV namespaces'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "key" -d 'Write, read, list and delete single keys'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "bulk" -d 'Write, read, delete and export many keys at once from files'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy a namespace, or part of it, from one place to another'
complete -c wkv -n "__fish_wkv_using_subcommand kv; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wkv -n "__fish_wkv_using_subcommand serve" -l host -d 'The address to listen on (loopback unless you mean otherwise)' -r
complete -c wkv -n "__fish_wkv_using_subcommand serve" -l port -d 'The port to listen on; 0 picks a free one' -r
complete -c wkv -n "__fish_wkv_using_subcommand serve" -l persist-to -d 'Keep local state under this directory instead of .wrangler/state' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand serve" -l token -d 'Require `Authorization: Bearer TOKEN` on every request (printable ASCII, not empty)' -r
complete -c wkv -n "__fish_wkv_using_subcommand serve" -l header-timeout -d 'Close a connection that has not sent a request\'s headers after this many seconds (also how long an idle keep-alive connection stays open)' -r
complete -c wkv -n "__fish_wkv_using_subcommand serve" -l body-timeout -d 'Fail a request (408) and close its connection when its body sends nothing for this many seconds' -r
complete -c wkv -n "__fish_wkv_using_subcommand serve" -l account -d 'An account the server offers, as ID or ID=NAME (repeatable) [default: 0123456789abcdef0123456789abcdef]' -r
complete -c wkv -n "__fish_wkv_using_subcommand serve" -l token-without-kv -r
complete -c wkv -n "__fish_wkv_using_subcommand serve" -l inject-faults -r
complete -c wkv -n "__fish_wkv_using_subcommand serve" -l inject-faults-on -r
complete -c wkv -n "__fish_wkv_using_subcommand serve" -l inject-bulk-get-cap -r
complete -c wkv -n "__fish_wkv_using_subcommand serve" -l latency-ms -r
complete -c wkv -n "__fish_wkv_using_subcommand serve" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand serve" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand serve" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand serve" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand serve" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand serve" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand serve" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand serve" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand serve" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand serve" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and not __fish_seen_subcommand_from login list use logout token help" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand auth; and not __fish_seen_subcommand_from login list use logout token help" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand auth; and not __fish_seen_subcommand_from login list use logout token help" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand auth; and not __fish_seen_subcommand_from login list use logout token help" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand auth; and not __fish_seen_subcommand_from login list use logout token help" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand auth; and not __fish_seen_subcommand_from login list use logout token help" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand auth; and not __fish_seen_subcommand_from login list use logout token help" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand auth; and not __fish_seen_subcommand_from login list use logout token help" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and not __fish_seen_subcommand_from login list use logout token help" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and not __fish_seen_subcommand_from login list use logout token help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and not __fish_seen_subcommand_from login list use logout token help" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and not __fish_seen_subcommand_from login list use logout token help" -f -a "login" -d 'Save an API token as a profile, after checking it'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and not __fish_seen_subcommand_from login list use logout token help" -f -a "list" -d 'List the saved profiles (* marks the default)'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and not __fish_seen_subcommand_from login list use logout token help" -f -a "use" -d 'Make a profile the default'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and not __fish_seen_subcommand_from login list use logout token help" -f -a "logout" -d 'Delete a saved profile (the default one when NAME is not given)'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and not __fish_seen_subcommand_from login list use logout token help" -f -a "token" -d 'Print the token remote commands would use, for scripts'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and not __fish_seen_subcommand_from login list use logout token help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from login" -l account -d 'The default account of the profile (an id); asked for on a terminal when there are several' -r
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from login" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from login" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from login" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from login" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from login" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from login" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from login" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from login" -l with-token -d 'Read the token from stdin instead of asking for it'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from list" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from list" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from list" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from list" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from list" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from list" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from list" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from use" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from use" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from use" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from use" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from use" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from use" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from use" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from logout" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from logout" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from logout" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from logout" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from logout" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from logout" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from logout" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from token" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from token" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from token" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from token" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from token" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from token" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from token" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from token" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Save an API token as a profile, after checking it'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the saved profiles (* marks the default)'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Delete a saved profile (the default one when NAME is not given)'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "token" -d 'Print the token remote commands would use, for scripts'
complete -c wkv -n "__fish_wkv_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wkv -n "__fish_wkv_using_subcommand whoami" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand whoami" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand whoami" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand whoami" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand whoami" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand whoami" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand whoami" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand whoami" -l json -d 'Print JSON (wrangler\'s `whoami --json` shape, plus the source of the credentials)'
complete -c wkv -n "__fish_wkv_using_subcommand whoami" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand whoami" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand whoami" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand whoami" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand browse" -l binding -d 'The binding name of the namespace in the wrangler config\'s kv_namespaces' -r
complete -c wkv -n "__fish_wkv_using_subcommand browse" -l namespace-id -d 'The id of the namespace' -r
complete -c wkv -n "__fish_wkv_using_subcommand browse" -l preview -d 'Use the binding\'s preview_id; `--preview false` uses its id' -r -f -a "true\t''
false\t''"
complete -c wkv -n "__fish_wkv_using_subcommand browse" -l persist-to -d 'Keep local state under this directory instead of .wrangler/state' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand browse" -l exit-after -r
complete -c wkv -n "__fish_wkv_using_subcommand browse" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand browse" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand browse" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand browse" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand browse" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand browse" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand browse" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand browse" -l local -d 'Act on local state, as `wrangler dev` uses it (the default)'
complete -c wkv -n "__fish_wkv_using_subcommand browse" -l remote -d 'Act on the namespace in your Cloudflare account, through the API'
complete -c wkv -n "__fish_wkv_using_subcommand browse" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand browse" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand browse" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand browse" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand completions" -s c -l config -d 'Use this wrangler config file instead of searching for one' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand completions" -l cwd -d 'Run as if started in this directory' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand completions" -s e -l env -d 'Use this environment of the wrangler config ([env.NAME])' -r
complete -c wkv -n "__fish_wkv_using_subcommand completions" -l output -d 'How to print data on stdout [default: table on a terminal, json otherwise]' -r -f -a "json\t'The JSON wrangler prints (2-space indent)'
ndjson\t'One compact JSON value per line'
table\t'A table for people'"
complete -c wkv -n "__fish_wkv_using_subcommand completions" -l retries -d 'How many times to retry a request that can be retried (429, 5xx, timeouts)' -r
complete -c wkv -n "__fish_wkv_using_subcommand completions" -l profile -d 'Sign in with this wkv profile (else wrangler\'s profile of that name; `default`: wrangler\'s default session); beats variables' -r
complete -c wkv -n "__fish_wkv_using_subcommand completions" -l env-file -d 'Load variables from this file instead of .env and .env.local (repeatable; later wins)' -r -F
complete -c wkv -n "__fish_wkv_using_subcommand completions" -s v -l verbose -d 'Say more on stderr: each retried request, and the request behind an API error'
complete -c wkv -n "__fish_wkv_using_subcommand completions" -s q -l quiet -d 'Print nothing on stderr but errors: no status lines, no progress bars'
complete -c wkv -n "__fish_wkv_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wkv -n "__fish_wkv_using_subcommand completions" -s V -l version -d 'Print version'
complete -c wkv -n "__fish_wkv_using_subcommand help; and not __fish_seen_subcommand_from namespace key bulk copy kv serve auth whoami browse completions help" -f -a "namespace" -d 'Create, list, rename and delete KV namespaces'
complete -c wkv -n "__fish_wkv_using_subcommand help; and not __fish_seen_subcommand_from namespace key bulk copy kv serve auth whoami browse completions help" -f -a "key" -d 'Write, read, list and delete single keys'
complete -c wkv -n "__fish_wkv_using_subcommand help; and not __fish_seen_subcommand_from namespace key bulk copy kv serve auth whoami browse completions help" -f -a "bulk" -d 'Write, read, delete and export many keys at once from files'
complete -c wkv -n "__fish_wkv_using_subcommand help; and not __fish_seen_subcommand_from namespace key bulk copy kv serve auth whoami browse completions help" -f -a "copy" -d 'Copy a namespace, or part of it, from one place to another'
complete -c wkv -n "__fish_wkv_using_subcommand help; and not __fish_seen_subcommand_from namespace key bulk copy kv serve auth whoami browse completions help" -f -a "kv" -d 'The same commands spelled as in wrangler: `wkv kv key get ...`'
complete -c wkv -n "__fish_wkv_using_subcommand help; and not __fish_seen_subcommand_from namespace key bulk copy kv serve auth whoami browse completions help" -f -a "serve" -d 'Serve the Cloudflare KV REST API over local state'
complete -c wkv -n "__fish_wkv_using_subcommand help; and not __fish_seen_subcommand_from namespace key bulk copy kv serve auth whoami browse completions help" -f -a "auth" -d 'Sign in with an API token, and manage saved sign-ins (profiles)'
complete -c wkv -n "__fish_wkv_using_subcommand help; and not __fish_seen_subcommand_from namespace key bulk copy kv serve auth whoami browse completions help" -f -a "whoami" -d 'Show who you are signed in as, with which credentials, and your accounts'
complete -c wkv -n "__fish_wkv_using_subcommand help; and not __fish_seen_subcommand_from namespace key bulk copy kv serve auth whoami browse completions help" -f -a "browse" -d 'Browse and fix KV data in a full-screen terminal view'
complete -c wkv -n "__fish_wkv_using_subcommand help; and not __fish_seen_subcommand_from namespace key bulk copy kv serve auth whoami browse completions help" -f -a "completions" -d 'Print a shell completion script to stdout'
complete -c wkv -n "__fish_wkv_using_subcommand help; and not __fish_seen_subcommand_from namespace key bulk copy kv serve auth whoami browse completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wkv -n "__fish_wkv_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "create" -d 'Create a namespace in your account'
complete -c wkv -n "__fish_wkv_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "list" -d 'List the namespaces of your account'
complete -c wkv -n "__fish_wkv_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "delete" -d 'Delete a namespace and every key in it'
complete -c wkv -n "__fish_wkv_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "rename" -d 'Rename a namespace'
complete -c wkv -n "__fish_wkv_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "id" -d 'Print the id of the namespace with this title'
complete -c wkv -n "__fish_wkv_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "check" -d 'Find value files no key points at, and keys whose value file is missing (local state)'
complete -c wkv -n "__fish_wkv_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "put" -d 'Write a single key'
complete -c wkv -n "__fish_wkv_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "get" -d 'Print a key\'s value to stdout'
complete -c wkv -n "__fish_wkv_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "list" -d 'List the keys of a namespace'
complete -c wkv -n "__fish_wkv_using_subcommand help; and __fish_seen_subcommand_from key" -f -a "delete" -d 'Delete a single key'
complete -c wkv -n "__fish_wkv_using_subcommand help; and __fish_seen_subcommand_from bulk" -f -a "put" -d 'Write many keys from a file'
complete -c wkv -n "__fish_wkv_using_subcommand help; and __fish_seen_subcommand_from bulk" -f -a "get" -d 'Print the values of many keys as one JSON object'
complete -c wkv -n "__fish_wkv_using_subcommand help; and __fish_seen_subcommand_from bulk" -f -a "delete" -d 'Delete many keys'
complete -c wkv -n "__fish_wkv_using_subcommand help; and __fish_seen_subcommand_from bulk" -f -a "export" -d 'Write a whole namespace to a bulk-put file'
complete -c wkv -n "__fish_wkv_using_subcommand help; and __fish_seen_subcommand_from kv" -f -a "namespace" -d 'Create, list, rename and delete KV namespaces'
complete -c wkv -n "__fish_wkv_using_subcommand help; and __fish_seen_subcommand_from kv" -f -a "key" -d 'Write, read, list and delete single keys'
complete -c wkv -n "__fish_wkv_using_subcommand help; and __fish_seen_subcommand_from kv" -f -a "bulk" -d 'Write, read, delete and export many keys at once from files'
complete -c wkv -n "__fish_wkv_using_subcommand help; and __fish_seen_subcommand_from kv" -f -a "copy" -d 'Copy a namespace, or part of it, from one place to another'
complete -c wkv -n "__fish_wkv_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Save an API token as a profile, after checking it'
complete -c wkv -n "__fish_wkv_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "list" -d 'List the saved profiles (* marks the default)'
complete -c wkv -n "__fish_wkv_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "use" -d 'Make a profile the default'
complete -c wkv -n "__fish_wkv_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Delete a saved profile (the default one when NAME is not given)'
complete -c wkv -n "__fish_wkv_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "token" -d 'Print the token remote commands would use, for scripts'
