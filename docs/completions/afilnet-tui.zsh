#compdef afilnet-tui

__afilnet-tui_complete() {
    local -ar non_empty_completions=("${@:#(|:*)}")
    local -ar empty_completions=("${(M)@:#(|:*)}")
    _describe -V '' non_empty_completions -- empty_completions -P $'\'\''
}

__afilnet-tui_custom_complete() {
    local -a completions
    completions=("${(@f)"$("${command_name}" "${@}" "${command_line[@]}")"}")
    if [[ "${#completions[@]}" -gt 1 ]]; then
        __afilnet-tui_complete "${completions[@]:0:-1}"
    fi
}

__afilnet-tui_cursor_index_in_current_word() {
    if [[ -z "${QIPREFIX}${IPREFIX}${PREFIX}" ]]; then
        printf 0
    else
        printf %s "${#${(z)LBUFFER}[-1]}"
    fi
}

_afilnet-tui() {
    emulate -RL zsh -G
    setopt extendedglob nullglob numericglobsort
    unsetopt aliases banghist

    local -xr SAP_SHELL=zsh
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(builtin emulate zsh -c 'printf %s "${ZSH_VERSION}"')"
    local -r SAP_SHELL_VERSION

    local context state state_descr line
    local -A opt_args

    local -r command_name="${words[1]}"
    local -ar command_line=("${words[@]}")
    local -ir current_word_index="$((CURRENT - 1))"

    local -i ret=1
    local -ar ___auth=('post' 'get' 'basic' 'jwt')
    local -ar ___api=('http' 'soap')
    local -ar ___lang=('en' 'et')
    local -ar arg_specs=(
        '--profile[Profile of config.toml to use (default\: its default_profile).]:profile:'
        '--endpoint[API endpoint URL; overrides AFILNET_ENDPOINT and the profile.]:endpoint:'
        '--auth[How credentials travel\: post (default), get, basic or jwt (a token from the token endpoint).]:auth:{__afilnet-tui_complete "${___auth[@]}"}'
        '--api[Which API carries the calls\: http (default) or soap.]:api:{__afilnet-tui_complete "${___api[@]}"}'
        '--config[Configuration file.]:path:'
        '--lang[Language of the UI and messages\: en or et (default\: the config'\''s language, else LC_ALL, LC_MESSAGES, LANG).]:lang:{__afilnet-tui_complete "${___lang[@]}"}'
        '--proxy[HTTP proxy (http\://host\:port); overrides the profile'\''s proxy and HTTPS_PROXY/HTTP_PROXY/ALL_PROXY. Credentials belong in the variable or the profile, never on the command line.]:url:'
        '--no-proxy[Connect directly, whatever the profile or the environment says.]'
        '--ca-file[Certificate authorities to trust (PEM), instead of SSL_CERT_FILE/SSL_CERT_DIR or the system'\''s.]:path:'
        '--soap-endpoint[SOAP endpoint, when not beside --endpoint (…/api/soap/); the shape is this project'\''s assumption.]:url:'
        '--token-endpoint[Token endpoint for --auth jwt, when not beside --endpoint (…/api/token/); the shape is this project'\''s assumption.]:url:'
        '--sandbox[Start a sandbox in-process on a free loopback port and open the UI on it.]'
        '--sandbox-db[Keep the --sandbox data in this SQLite file (default\: temporary).]:path:'
        '--sandbox-addresses[Synthetic addresses for a new --sandbox database.]:sandbox-addresses:'
        '--theme[Theme name (afilnet-tui themes list); overrides the profile and config.]:theme:'
        '--mouse[Let the mouse focus panes, select rows, switch channels and scroll (off by default).]'
        '--read-only[Send no write request\: adding, deleting and switching are disabled.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'balance:Print the account balance, check it for monitoring, or show its history.'
            'addresses:List, add or delete the account'\''s addresses.'
            'channels:List the channels, or switch one on or off.'
            'themes:List the themes, or preview one.'
            'profile:Add, list or remove the accounts (profiles) of config.toml.'
            'keys:Print the default key table as Markdown (docs/keys.md).'
            'sandbox:A local emulator of the API, over HTTP on loopback, with SQLite storage.'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        balance|addresses|channels|themes|profile|keys|sandbox|help)
            "_afilnet-tui_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_afilnet-tui_balance() {
    local -i ret=1
    local -ar ___auth=('post' 'get' 'basic' 'jwt')
    local -ar ___api=('http' 'soap')
    local -ar ___lang=('en' 'et')
    local -ar arg_specs=(
        '--profile[Profile of config.toml to use (default\: its default_profile).]:profile:'
        '--endpoint[API endpoint URL; overrides AFILNET_ENDPOINT and the profile.]:endpoint:'
        '--auth[How credentials travel\: post (default), get, basic or jwt (a token from the token endpoint).]:auth:{__afilnet-tui_complete "${___auth[@]}"}'
        '--api[Which API carries the calls\: http (default) or soap.]:api:{__afilnet-tui_complete "${___api[@]}"}'
        '--config[Configuration file.]:path:'
        '--lang[Language of the UI and messages\: en or et (default\: the config'\''s language, else LC_ALL, LC_MESSAGES, LANG).]:lang:{__afilnet-tui_complete "${___lang[@]}"}'
        '--proxy[HTTP proxy (http\://host\:port); overrides the profile'\''s proxy and HTTPS_PROXY/HTTP_PROXY/ALL_PROXY. Credentials belong in the variable or the profile, never on the command line.]:url:'
        '--no-proxy[Connect directly, whatever the profile or the environment says.]'
        '--ca-file[Certificate authorities to trust (PEM), instead of SSL_CERT_FILE/SSL_CERT_DIR or the system'\''s.]:path:'
        '--soap-endpoint[SOAP endpoint, when not beside --endpoint (…/api/soap/); the shape is this project'\''s assumption.]:url:'
        '--token-endpoint[Token endpoint for --auth jwt, when not beside --endpoint (…/api/token/); the shape is this project'\''s assumption.]:url:'
        '--json[Print JSON instead of a table.]'
        '--check[Act as a monitoring plugin\: one status line with performance data, exit 0/1/2/3.]'
        '--warning[WARNING when the balance is below this.]:credits:'
        '--critical[CRITICAL when the balance is below this.]:credits:'
        '--warning-days[WARNING when the forecast says the balance lasts fewer days than this.]:days:'
        '--critical-days[CRITICAL when the forecast says the balance lasts fewer days than this.]:days:'
        '--prometheus[Also write the balance for Prometheus'\'' textfile collector to this file (atomically).]:file:'
        '--all-profiles[With --check or --prometheus\: every profile of config.toml, read in parallel (or name several\: --profile a,b).]'
        '--account-timeout[With several accounts\: seconds each may take before it is UNKNOWN.]:seconds:'
        '--history[Print the kept history instead of reading the balance (no request is sent).]'
        '--since[With --history\: only readings since then (30m, 24h, 7d, 2w, or a date such as 2026-12-01).]:when:'
        '--csv[With --history\: CSV (time,balance,source) instead of a table.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_addresses() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'list:List every address.'
            'add:Add an address (checked before it is sent).'
            'delete:Delete an address by id.'
            'export:Write every address to a file: CSV (default), JSON Lines or a JSON array.'
            'import:Add the addresses of a CSV or JSON Lines file, checked first, never twice.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list|add|delete|export|import)
            "_afilnet-tui_addresses_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_afilnet-tui_addresses_list() {
    local -i ret=1
    local -ar ___auth=('post' 'get' 'basic' 'jwt')
    local -ar ___api=('http' 'soap')
    local -ar ___lang=('en' 'et')
    local -ar arg_specs=(
        '--profile[Profile of config.toml to use (default\: its default_profile).]:profile:'
        '--endpoint[API endpoint URL; overrides AFILNET_ENDPOINT and the profile.]:endpoint:'
        '--auth[How credentials travel\: post (default), get, basic or jwt (a token from the token endpoint).]:auth:{__afilnet-tui_complete "${___auth[@]}"}'
        '--api[Which API carries the calls\: http (default) or soap.]:api:{__afilnet-tui_complete "${___api[@]}"}'
        '--config[Configuration file.]:path:'
        '--lang[Language of the UI and messages\: en or et (default\: the config'\''s language, else LC_ALL, LC_MESSAGES, LANG).]:lang:{__afilnet-tui_complete "${___lang[@]}"}'
        '--proxy[HTTP proxy (http\://host\:port); overrides the profile'\''s proxy and HTTPS_PROXY/HTTP_PROXY/ALL_PROXY. Credentials belong in the variable or the profile, never on the command line.]:url:'
        '--no-proxy[Connect directly, whatever the profile or the environment says.]'
        '--ca-file[Certificate authorities to trust (PEM), instead of SSL_CERT_FILE/SSL_CERT_DIR or the system'\''s.]:path:'
        '--soap-endpoint[SOAP endpoint, when not beside --endpoint (…/api/soap/); the shape is this project'\''s assumption.]:url:'
        '--token-endpoint[Token endpoint for --auth jwt, when not beside --endpoint (…/api/token/); the shape is this project'\''s assumption.]:url:'
        '--json[Print JSON instead of a table.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_addresses_add() {
    local -i ret=1
    local -ar ___auth=('post' 'get' 'basic' 'jwt')
    local -ar ___api=('http' 'soap')
    local -ar ___lang=('en' 'et')
    local -ar arg_specs=(
        '--profile[Profile of config.toml to use (default\: its default_profile).]:profile:'
        '--endpoint[API endpoint URL; overrides AFILNET_ENDPOINT and the profile.]:endpoint:'
        '--auth[How credentials travel\: post (default), get, basic or jwt (a token from the token endpoint).]:auth:{__afilnet-tui_complete "${___auth[@]}"}'
        '--api[Which API carries the calls\: http (default) or soap.]:api:{__afilnet-tui_complete "${___api[@]}"}'
        '--config[Configuration file.]:path:'
        '--lang[Language of the UI and messages\: en or et (default\: the config'\''s language, else LC_ALL, LC_MESSAGES, LANG).]:lang:{__afilnet-tui_complete "${___lang[@]}"}'
        '--proxy[HTTP proxy (http\://host\:port); overrides the profile'\''s proxy and HTTPS_PROXY/HTTP_PROXY/ALL_PROXY. Credentials belong in the variable or the profile, never on the command line.]:url:'
        '--no-proxy[Connect directly, whatever the profile or the environment says.]'
        '--ca-file[Certificate authorities to trust (PEM), instead of SSL_CERT_FILE/SSL_CERT_DIR or the system'\''s.]:path:'
        '--soap-endpoint[SOAP endpoint, when not beside --endpoint (…/api/soap/); the shape is this project'\''s assumption.]:url:'
        '--token-endpoint[Token endpoint for --auth jwt, when not beside --endpoint (…/api/token/); the shape is this project'\''s assumption.]:url:'
        '--json[Print JSON instead of a table.]'
        '--name[Contact person'\''s first and last name.]:name:'
        '--company[Company name; makes the address a company'\''s.]:company:'
        '--document[Identity or company document code.]:document:'
        '--country[ISO 3166-1 alpha-2 country code, e.g. EE.]:country:'
        '--city-id[City identifier (a number).]:city-id:'
        '--city[City or town name.]:city:'
        '--zip[Postal code.]:zip:'
        '--street[Street address.]:street:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_addresses_delete() {
    local -i ret=1
    local -ar ___auth=('post' 'get' 'basic' 'jwt')
    local -ar ___api=('http' 'soap')
    local -ar ___lang=('en' 'et')
    local -ar arg_specs=(
        '--profile[Profile of config.toml to use (default\: its default_profile).]:profile:'
        '--endpoint[API endpoint URL; overrides AFILNET_ENDPOINT and the profile.]:endpoint:'
        '--auth[How credentials travel\: post (default), get, basic or jwt (a token from the token endpoint).]:auth:{__afilnet-tui_complete "${___auth[@]}"}'
        '--api[Which API carries the calls\: http (default) or soap.]:api:{__afilnet-tui_complete "${___api[@]}"}'
        '--config[Configuration file.]:path:'
        '--lang[Language of the UI and messages\: en or et (default\: the config'\''s language, else LC_ALL, LC_MESSAGES, LANG).]:lang:{__afilnet-tui_complete "${___lang[@]}"}'
        '--proxy[HTTP proxy (http\://host\:port); overrides the profile'\''s proxy and HTTPS_PROXY/HTTP_PROXY/ALL_PROXY. Credentials belong in the variable or the profile, never on the command line.]:url:'
        '--no-proxy[Connect directly, whatever the profile or the environment says.]'
        '--ca-file[Certificate authorities to trust (PEM), instead of SSL_CERT_FILE/SSL_CERT_DIR or the system'\''s.]:path:'
        '--soap-endpoint[SOAP endpoint, when not beside --endpoint (…/api/soap/); the shape is this project'\''s assumption.]:url:'
        '--token-endpoint[Token endpoint for --auth jwt, when not beside --endpoint (…/api/token/); the shape is this project'\''s assumption.]:url:'
        '--json[Print JSON instead of a table.]'
        ':id:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_addresses_export() {
    local -i ret=1
    local -ar ___auth=('post' 'get' 'basic' 'jwt')
    local -ar ___api=('http' 'soap')
    local -ar ___lang=('en' 'et')
    local -ar ___format=('csv' 'jsonl' 'json')
    local -ar arg_specs=(
        '--profile[Profile of config.toml to use (default\: its default_profile).]:profile:'
        '--endpoint[API endpoint URL; overrides AFILNET_ENDPOINT and the profile.]:endpoint:'
        '--auth[How credentials travel\: post (default), get, basic or jwt (a token from the token endpoint).]:auth:{__afilnet-tui_complete "${___auth[@]}"}'
        '--api[Which API carries the calls\: http (default) or soap.]:api:{__afilnet-tui_complete "${___api[@]}"}'
        '--config[Configuration file.]:path:'
        '--lang[Language of the UI and messages\: en or et (default\: the config'\''s language, else LC_ALL, LC_MESSAGES, LANG).]:lang:{__afilnet-tui_complete "${___lang[@]}"}'
        '--proxy[HTTP proxy (http\://host\:port); overrides the profile'\''s proxy and HTTPS_PROXY/HTTP_PROXY/ALL_PROXY. Credentials belong in the variable or the profile, never on the command line.]:url:'
        '--no-proxy[Connect directly, whatever the profile or the environment says.]'
        '--ca-file[Certificate authorities to trust (PEM), instead of SSL_CERT_FILE/SSL_CERT_DIR or the system'\''s.]:path:'
        '--soap-endpoint[SOAP endpoint, when not beside --endpoint (…/api/soap/); the shape is this project'\''s assumption.]:url:'
        '--token-endpoint[Token endpoint for --auth jwt, when not beside --endpoint (…/api/token/); the shape is this project'\''s assumption.]:url:'
        '--format[csv, jsonl or json.]:format:{__afilnet-tui_complete "${___format[@]}"}'
        '(--output -o)'{--output,-o}'[The file to write (default\: standard output).]:file:'
        '--bom[Start a CSV with a UTF-8 byte order mark (for spreadsheet programs that want one).]'
        '--delimiter[Between CSV fields\: '\'','\'' (default), '\'';'\'' or tab.]:char:'
        '--excel[For a spreadsheet where '\'','\'' is the decimal mark (Excel, LibreOffice in Estonian, German…)\: '\'';'\'' and a byte order mark.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_addresses_import() {
    local -i ret=1
    local -ar ___auth=('post' 'get' 'basic' 'jwt')
    local -ar ___api=('http' 'soap')
    local -ar ___lang=('en' 'et')
    local -ar ___encoding=('utf-8' 'windows-1252')
    local -ar arg_specs=(
        '--profile[Profile of config.toml to use (default\: its default_profile).]:profile:'
        '--endpoint[API endpoint URL; overrides AFILNET_ENDPOINT and the profile.]:endpoint:'
        '--auth[How credentials travel\: post (default), get, basic or jwt (a token from the token endpoint).]:auth:{__afilnet-tui_complete "${___auth[@]}"}'
        '--api[Which API carries the calls\: http (default) or soap.]:api:{__afilnet-tui_complete "${___api[@]}"}'
        '--config[Configuration file.]:path:'
        '--lang[Language of the UI and messages\: en or et (default\: the config'\''s language, else LC_ALL, LC_MESSAGES, LANG).]:lang:{__afilnet-tui_complete "${___lang[@]}"}'
        '--proxy[HTTP proxy (http\://host\:port); overrides the profile'\''s proxy and HTTPS_PROXY/HTTP_PROXY/ALL_PROXY. Credentials belong in the variable or the profile, never on the command line.]:url:'
        '--no-proxy[Connect directly, whatever the profile or the environment says.]'
        '--ca-file[Certificate authorities to trust (PEM), instead of SSL_CERT_FILE/SSL_CERT_DIR or the system'\''s.]:path:'
        '--soap-endpoint[SOAP endpoint, when not beside --endpoint (…/api/soap/); the shape is this project'\''s assumption.]:url:'
        '--token-endpoint[Token endpoint for --auth jwt, when not beside --endpoint (…/api/token/); the shape is this project'\''s assumption.]:url:'
        ':file:'
        '--dry-run[Check the file and the account, and stop\: nothing is sent.]'
        '--rate[Adds per second (0\: as fast as the API answers).]:n:'
        '--delimiter[Between CSV fields\: '\'','\'', '\'';'\'' or tab (default\: read from the header).]:char:'
        '--encoding[The file'\''s encoding\: utf-8 or windows-1252.]:name:{__afilnet-tui_complete "${___encoding[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_channels() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'list:List the channels and whether each is on.'
            'enable:Switch a channel on.'
            'disable:Switch a channel off.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list|enable|disable)
            "_afilnet-tui_channels_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_afilnet-tui_channels_list() {
    local -i ret=1
    local -ar ___auth=('post' 'get' 'basic' 'jwt')
    local -ar ___api=('http' 'soap')
    local -ar ___lang=('en' 'et')
    local -ar arg_specs=(
        '--profile[Profile of config.toml to use (default\: its default_profile).]:profile:'
        '--endpoint[API endpoint URL; overrides AFILNET_ENDPOINT and the profile.]:endpoint:'
        '--auth[How credentials travel\: post (default), get, basic or jwt (a token from the token endpoint).]:auth:{__afilnet-tui_complete "${___auth[@]}"}'
        '--api[Which API carries the calls\: http (default) or soap.]:api:{__afilnet-tui_complete "${___api[@]}"}'
        '--config[Configuration file.]:path:'
        '--lang[Language of the UI and messages\: en or et (default\: the config'\''s language, else LC_ALL, LC_MESSAGES, LANG).]:lang:{__afilnet-tui_complete "${___lang[@]}"}'
        '--proxy[HTTP proxy (http\://host\:port); overrides the profile'\''s proxy and HTTPS_PROXY/HTTP_PROXY/ALL_PROXY. Credentials belong in the variable or the profile, never on the command line.]:url:'
        '--no-proxy[Connect directly, whatever the profile or the environment says.]'
        '--ca-file[Certificate authorities to trust (PEM), instead of SSL_CERT_FILE/SSL_CERT_DIR or the system'\''s.]:path:'
        '--soap-endpoint[SOAP endpoint, when not beside --endpoint (…/api/soap/); the shape is this project'\''s assumption.]:url:'
        '--token-endpoint[Token endpoint for --auth jwt, when not beside --endpoint (…/api/token/); the shape is this project'\''s assumption.]:url:'
        '--json[Print JSON instead of a table.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_channels_enable() {
    local -i ret=1
    local -ar ___auth=('post' 'get' 'basic' 'jwt')
    local -ar ___api=('http' 'soap')
    local -ar ___lang=('en' 'et')
    local -ar arg_specs=(
        '--profile[Profile of config.toml to use (default\: its default_profile).]:profile:'
        '--endpoint[API endpoint URL; overrides AFILNET_ENDPOINT and the profile.]:endpoint:'
        '--auth[How credentials travel\: post (default), get, basic or jwt (a token from the token endpoint).]:auth:{__afilnet-tui_complete "${___auth[@]}"}'
        '--api[Which API carries the calls\: http (default) or soap.]:api:{__afilnet-tui_complete "${___api[@]}"}'
        '--config[Configuration file.]:path:'
        '--lang[Language of the UI and messages\: en or et (default\: the config'\''s language, else LC_ALL, LC_MESSAGES, LANG).]:lang:{__afilnet-tui_complete "${___lang[@]}"}'
        '--proxy[HTTP proxy (http\://host\:port); overrides the profile'\''s proxy and HTTPS_PROXY/HTTP_PROXY/ALL_PROXY. Credentials belong in the variable or the profile, never on the command line.]:url:'
        '--no-proxy[Connect directly, whatever the profile or the environment says.]'
        '--ca-file[Certificate authorities to trust (PEM), instead of SSL_CERT_FILE/SSL_CERT_DIR or the system'\''s.]:path:'
        '--soap-endpoint[SOAP endpoint, when not beside --endpoint (…/api/soap/); the shape is this project'\''s assumption.]:url:'
        '--token-endpoint[Token endpoint for --auth jwt, when not beside --endpoint (…/api/token/); the shape is this project'\''s assumption.]:url:'
        '--json[Print JSON instead of a table.]'
        ':name:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_channels_disable() {
    local -i ret=1
    local -ar ___auth=('post' 'get' 'basic' 'jwt')
    local -ar ___api=('http' 'soap')
    local -ar ___lang=('en' 'et')
    local -ar arg_specs=(
        '--profile[Profile of config.toml to use (default\: its default_profile).]:profile:'
        '--endpoint[API endpoint URL; overrides AFILNET_ENDPOINT and the profile.]:endpoint:'
        '--auth[How credentials travel\: post (default), get, basic or jwt (a token from the token endpoint).]:auth:{__afilnet-tui_complete "${___auth[@]}"}'
        '--api[Which API carries the calls\: http (default) or soap.]:api:{__afilnet-tui_complete "${___api[@]}"}'
        '--config[Configuration file.]:path:'
        '--lang[Language of the UI and messages\: en or et (default\: the config'\''s language, else LC_ALL, LC_MESSAGES, LANG).]:lang:{__afilnet-tui_complete "${___lang[@]}"}'
        '--proxy[HTTP proxy (http\://host\:port); overrides the profile'\''s proxy and HTTPS_PROXY/HTTP_PROXY/ALL_PROXY. Credentials belong in the variable or the profile, never on the command line.]:url:'
        '--no-proxy[Connect directly, whatever the profile or the environment says.]'
        '--ca-file[Certificate authorities to trust (PEM), instead of SSL_CERT_FILE/SSL_CERT_DIR or the system'\''s.]:path:'
        '--soap-endpoint[SOAP endpoint, when not beside --endpoint (…/api/soap/); the shape is this project'\''s assumption.]:url:'
        '--token-endpoint[Token endpoint for --auth jwt, when not beside --endpoint (…/api/token/); the shape is this project'\''s assumption.]:url:'
        '--json[Print JSON instead of a table.]'
        ':name:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_themes() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'list:List shipped and user themes.'
            'show:Show every UI element of a theme, in its colours on a terminal.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list|show)
            "_afilnet-tui_themes_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_afilnet-tui_themes_list() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_themes_show() {
    local -i ret=1
    local -ar arg_specs=(
        ':name:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_profile() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'add:Ask an account'\''s endpoint, user and password (no echo), check them with a balance read, and write the profile.'
            'list:List the profiles: endpoint, user, way in, where the password comes from.'
            'remove:Remove a profile'\''s table (and the comments just above it) from config.toml.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        add|list|remove)
            "_afilnet-tui_profile_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_afilnet-tui_profile_add() {
    local -i ret=1
    local -ar ___auth=('post' 'get' 'basic' 'jwt')
    local -ar ___api=('http' 'soap')
    local -ar ___lang=('en' 'et')
    local -ar arg_specs=(
        '--profile[Profile of config.toml to use (default\: its default_profile).]:profile:'
        '--endpoint[API endpoint URL; overrides AFILNET_ENDPOINT and the profile.]:endpoint:'
        '--auth[How credentials travel\: post (default), get, basic or jwt (a token from the token endpoint).]:auth:{__afilnet-tui_complete "${___auth[@]}"}'
        '--api[Which API carries the calls\: http (default) or soap.]:api:{__afilnet-tui_complete "${___api[@]}"}'
        '--config[Configuration file.]:path:'
        '--lang[Language of the UI and messages\: en or et (default\: the config'\''s language, else LC_ALL, LC_MESSAGES, LANG).]:lang:{__afilnet-tui_complete "${___lang[@]}"}'
        '--proxy[HTTP proxy (http\://host\:port); overrides the profile'\''s proxy and HTTPS_PROXY/HTTP_PROXY/ALL_PROXY. Credentials belong in the variable or the profile, never on the command line.]:url:'
        '--no-proxy[Connect directly, whatever the profile or the environment says.]'
        '--ca-file[Certificate authorities to trust (PEM), instead of SSL_CERT_FILE/SSL_CERT_DIR or the system'\''s.]:path:'
        '--soap-endpoint[SOAP endpoint, when not beside --endpoint (…/api/soap/); the shape is this project'\''s assumption.]:url:'
        '--token-endpoint[Token endpoint for --auth jwt, when not beside --endpoint (…/api/token/); the shape is this project'\''s assumption.]:url:'
        ':name:'
        '--user[The user (asked when not given).]:user:'
        '--password-command[A command printing the password; stored instead of it.]:command:'
        '--read-only[Mark the profile read-only\: it never sends a write.]'
        '--no-check[Write the profile without reading the balance first.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_profile_list() {
    local -i ret=1
    local -ar ___auth=('post' 'get' 'basic' 'jwt')
    local -ar ___api=('http' 'soap')
    local -ar ___lang=('en' 'et')
    local -ar arg_specs=(
        '--profile[Profile of config.toml to use (default\: its default_profile).]:profile:'
        '--endpoint[API endpoint URL; overrides AFILNET_ENDPOINT and the profile.]:endpoint:'
        '--auth[How credentials travel\: post (default), get, basic or jwt (a token from the token endpoint).]:auth:{__afilnet-tui_complete "${___auth[@]}"}'
        '--api[Which API carries the calls\: http (default) or soap.]:api:{__afilnet-tui_complete "${___api[@]}"}'
        '--config[Configuration file.]:path:'
        '--lang[Language of the UI and messages\: en or et (default\: the config'\''s language, else LC_ALL, LC_MESSAGES, LANG).]:lang:{__afilnet-tui_complete "${___lang[@]}"}'
        '--proxy[HTTP proxy (http\://host\:port); overrides the profile'\''s proxy and HTTPS_PROXY/HTTP_PROXY/ALL_PROXY. Credentials belong in the variable or the profile, never on the command line.]:url:'
        '--no-proxy[Connect directly, whatever the profile or the environment says.]'
        '--ca-file[Certificate authorities to trust (PEM), instead of SSL_CERT_FILE/SSL_CERT_DIR or the system'\''s.]:path:'
        '--soap-endpoint[SOAP endpoint, when not beside --endpoint (…/api/soap/); the shape is this project'\''s assumption.]:url:'
        '--token-endpoint[Token endpoint for --auth jwt, when not beside --endpoint (…/api/token/); the shape is this project'\''s assumption.]:url:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_profile_remove() {
    local -i ret=1
    local -ar ___auth=('post' 'get' 'basic' 'jwt')
    local -ar ___api=('http' 'soap')
    local -ar ___lang=('en' 'et')
    local -ar arg_specs=(
        '--profile[Profile of config.toml to use (default\: its default_profile).]:profile:'
        '--endpoint[API endpoint URL; overrides AFILNET_ENDPOINT and the profile.]:endpoint:'
        '--auth[How credentials travel\: post (default), get, basic or jwt (a token from the token endpoint).]:auth:{__afilnet-tui_complete "${___auth[@]}"}'
        '--api[Which API carries the calls\: http (default) or soap.]:api:{__afilnet-tui_complete "${___api[@]}"}'
        '--config[Configuration file.]:path:'
        '--lang[Language of the UI and messages\: en or et (default\: the config'\''s language, else LC_ALL, LC_MESSAGES, LANG).]:lang:{__afilnet-tui_complete "${___lang[@]}"}'
        '--proxy[HTTP proxy (http\://host\:port); overrides the profile'\''s proxy and HTTPS_PROXY/HTTP_PROXY/ALL_PROXY. Credentials belong in the variable or the profile, never on the command line.]:url:'
        '--no-proxy[Connect directly, whatever the profile or the environment says.]'
        '--ca-file[Certificate authorities to trust (PEM), instead of SSL_CERT_FILE/SSL_CERT_DIR or the system'\''s.]:path:'
        '--soap-endpoint[SOAP endpoint, when not beside --endpoint (…/api/soap/); the shape is this project'\''s assumption.]:url:'
        '--token-endpoint[Token endpoint for --auth jwt, when not beside --endpoint (…/api/token/); the shape is this project'\''s assumption.]:url:'
        ':name:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_keys() {
    local -i ret=1
    local -ar arg_specs=(
        '--summary[One line per place instead (README'\''s summary).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_sandbox() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'serve:Serve the sandbox API at http://HOST:PORT/api/http/ until Ctrl-C or SIGTERM.'
            'log:Show the server-side request log (passwords redacted).'
            'set-balance:Set an account'\''s balance, e.g. 152.34.'
            'spend:Make an account'\''s balance go down by an amount a day (0 stops it).'
            'history-seed:Write made-up balance readings for the last days into the client'\''s balance history.'
            'add-credential:Add a credential pair to an account; the password is read from standard input.'
            'access:Manage the sandbox'\''s API accesses: credentials, allowed APIs, IP allow-lists, use.'
            'token-key:Print the key the sandbox signs its HS256 tokens with (hex), for peers'\'' tests.'
            'reset:Delete all sandbox data and seed the demo account again.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        serve|log|set-balance|spend|history-seed|add-credential|access|token-key|reset)
            "_afilnet-tui_sandbox_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_afilnet-tui_sandbox_serve() {
    local -i ret=1
    local -ar arg_specs=(
        '--db[SQLite file of the sandbox.]:path:'
        '--verify-after[How many seconds after it is added an address counts as verified.]:verify-after:'
        '--host[Address to listen on (loopback by default).]:host:'
        '--port[Port to listen on; 0 picks a free one and prints it.]:port:'
        '--seed[Seed for a new, empty database\: demo or none.]:seed:'
        '--addresses[Synthetic addresses to add to the demo account of a new database.]:addresses:'
        '--quirks[Response shapes to switch on\: list-wrapper,string-numbers,boolean-flags,balance-number,balance-object,lowercase-status.]:quirks:'
        '--latency-ms[Milliseconds added before every response.]:latency-ms:'
        '--fault[Faults to inject\: one of http500|html502|truncated|reset|slow, a comma-separated list, or all (each struck request draws one).]:fault:'
        '--fault-rate[Share of requests the fault strikes, 0 to 1.]:fault-rate:'
        '--fault-seed[Seed of the fault dice, for runs that repeat exactly.]:fault-seed:'
        '--fault-methods[Strike only calls of these methods (comma-separated), e.g. addaddress.]:fault-methods:'
        '--slow-ms[Milliseconds the '\''slow'\'' fault holds a response.]:slow-ms:'
        '--token-lifetime[Seconds a token from /api/token/ stays valid.]:token-lifetime:'
        '--tls-cert[Serve HTTPS with this certificate chain (PEM); needs --tls-key.]:file:'
        '--tls-key[The private key (PEM) of --tls-cert.]:file:'
        '--tls-self-signed[Serve HTTPS with a private CA and a certificate for --host made in this folder (ca.pem is the CA to trust).]:dir:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_sandbox_log() {
    local -i ret=1
    local -ar arg_specs=(
        '--db[SQLite file of the sandbox.]:path:'
        '--verify-after[How many seconds after it is added an address counts as verified.]:verify-after:'
        '--limit[How many of the newest entries.]:limit:'
        '--access[Only the calls of this access (see\: sandbox access list).]:access:'
        '--json[One JSON object per line.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_sandbox_set-balance() {
    local -i ret=1
    local -ar arg_specs=(
        '--db[SQLite file of the sandbox.]:path:'
        '--verify-after[How many seconds after it is added an address counts as verified.]:verify-after:'
        '--account[Account name.]:account:'
        ':amount:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_sandbox_spend() {
    local -i ret=1
    local -ar arg_specs=(
        '--db[SQLite file of the sandbox.]:path:'
        '--verify-after[How many seconds after it is added an address counts as verified.]:verify-after:'
        '--account[Account name.]:account:'
        '--per-day[Credits spent per (simulated) day.]:credits:'
        '--jitter[Each day'\''s spend varies by up to this fraction (0.3\: ±30%).]:fraction:'
        '--speed[Simulated seconds per real second (1440\: a day a minute).]:factor:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_sandbox_history-seed() {
    local -i ret=1
    local -ar arg_specs=(
        '--db[SQLite file of the sandbox.]:path:'
        '--verify-after[How many seconds after it is added an address counts as verified.]:verify-after:'
        '--account[Account name in the sandbox.]:account:'
        '--days[Days of readings.]:days:'
        '--per-day[Credits spent per day in the made-up past.]:credits:'
        '--client-user[The user the client connects as.]:client-user:'
        '--client-endpoint[The endpoint the client connects to.]:client-endpoint:'
        '--history[The history file (default\: the client'\''s).]:path:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_sandbox_add-credential() {
    local -i ret=1
    local -ar arg_specs=(
        '--db[SQLite file of the sandbox.]:path:'
        '--verify-after[How many seconds after it is added an address counts as verified.]:verify-after:'
        '--account[Account name.]:account:'
        '--user[User name of the new credential.]:user:'
        '*--ip[Allow only this network (CIDR); repeat for several. None allows any address.]:ip:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_sandbox_access() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'list:List the accesses.'
            'add:Add an access (or replace one of that name); the password is read from standard input.'
            'remove:Remove an access; its tokens stop working at once.'
            'allow-ip:Add networks to an access'\''s IP allow-list.'
            'deny-ip:Take networks off an access'\''s IP allow-list (an empty list allows any address).'
            'ways:Set the ways in an access may use.'
            'show:Show an access and its use: last call, calls per day, live tokens.'
            'revoke-tokens:Revoke every token given to an access (TOKEN_REVOKED from then on).'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list|add|remove|allow-ip|deny-ip|ways|show|revoke-tokens)
            "_afilnet-tui_sandbox_access_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_afilnet-tui_sandbox_access_list() {
    local -i ret=1
    local -ar arg_specs=(
        '--db[SQLite file of the sandbox.]:path:'
        '--verify-after[How many seconds after it is added an address counts as verified.]:verify-after:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_sandbox_access_add() {
    local -i ret=1
    local -ar ___way=('http' 'basic' 'soap' 'jwt')
    local -ar arg_specs=(
        '--db[SQLite file of the sandbox.]:path:'
        '--verify-after[How many seconds after it is added an address counts as verified.]:verify-after:'
        ':name:'
        '--user[User name it signs in with (default\: its name).]:user:'
        '--account[Account name.]:account:'
        '*--way[A way in it may use\: http, basic, soap or jwt; repeat for several (default\: all).]:way:{__afilnet-tui_complete "${___way[@]}"}'
        '*--ip[Allow only this network (CIDR); repeat for several. None allows any address.]:ip:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_sandbox_access_remove() {
    local -i ret=1
    local -ar arg_specs=(
        '--db[SQLite file of the sandbox.]:path:'
        '--verify-after[How many seconds after it is added an address counts as verified.]:verify-after:'
        ':name:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_sandbox_access_allow-ip() {
    local -i ret=1
    local -ar arg_specs=(
        '--db[SQLite file of the sandbox.]:path:'
        '--verify-after[How many seconds after it is added an address counts as verified.]:verify-after:'
        ':name:'
        '*:networks:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_sandbox_access_deny-ip() {
    local -i ret=1
    local -ar arg_specs=(
        '--db[SQLite file of the sandbox.]:path:'
        '--verify-after[How many seconds after it is added an address counts as verified.]:verify-after:'
        ':name:'
        '*:networks:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_sandbox_access_ways() {
    local -i ret=1
    local -ar _ways=('http' 'basic' 'soap' 'jwt')
    local -ar arg_specs=(
        '--db[SQLite file of the sandbox.]:path:'
        '--verify-after[How many seconds after it is added an address counts as verified.]:verify-after:'
        ':name:'
        '*:ways:{__afilnet-tui_complete "${_ways[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_sandbox_access_show() {
    local -i ret=1
    local -ar arg_specs=(
        '--db[SQLite file of the sandbox.]:path:'
        '--verify-after[How many seconds after it is added an address counts as verified.]:verify-after:'
        ':name:'
        '--days[How many days of counts.]:days:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_sandbox_access_revoke-tokens() {
    local -i ret=1
    local -ar arg_specs=(
        '--db[SQLite file of the sandbox.]:path:'
        '--verify-after[How many seconds after it is added an address counts as verified.]:verify-after:'
        ':name:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_sandbox_token-key() {
    local -i ret=1
    local -ar arg_specs=(
        '--db[SQLite file of the sandbox.]:path:'
        '--verify-after[How many seconds after it is added an address counts as verified.]:verify-after:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_sandbox_reset() {
    local -i ret=1
    local -ar arg_specs=(
        '--db[SQLite file of the sandbox.]:path:'
        '--verify-after[How many seconds after it is added an address counts as verified.]:verify-after:'
        '--addresses[Synthetic addresses to add to the demo account.]:addresses:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_afilnet-tui_help() {
    local -i ret=1
    local -ar arg_specs=(
        '*:subcommands:'
        '--version[Show the version.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

if [[ "${funcstack[1]}" = _afilnet-tui ]]; then
    _afilnet-tui "${@}"
else
    compdef _afilnet-tui afilnet-tui
fi
