function __afilnet-tui_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __afilnet-tui_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __afilnet-tui_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __afilnet-tui_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __afilnet-tui_parse_tokens -S
    set -l unparsed_tokens (__afilnet-tui_tokens -pc)
    switch $unparsed_tokens[1]
    case 'afilnet-tui'
        __afilnet-tui_parse_subcommand 0 'profile=' 'endpoint=' 'auth=' 'api=' 'config=' 'lang=' 'sandbox' 'sandbox-db=' 'sandbox-addresses=' 'theme=' 'mouse' 'read-only' 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'balance'
            __afilnet-tui_parse_subcommand 0 'profile=' 'endpoint=' 'auth=' 'api=' 'config=' 'lang=' 'json' 'check' 'warning=' 'critical=' 'warning-days=' 'critical-days=' 'prometheus=' 'history' 'since=' 'csv' 'version' 'h/help'
        case 'addresses'
            __afilnet-tui_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __afilnet-tui_parse_subcommand 0 'profile=' 'endpoint=' 'auth=' 'api=' 'config=' 'lang=' 'json' 'version' 'h/help'
            case 'add'
                __afilnet-tui_parse_subcommand 0 'profile=' 'endpoint=' 'auth=' 'api=' 'config=' 'lang=' 'json' 'name=' 'company=' 'document=' 'country=' 'city-id=' 'city=' 'zip=' 'street=' 'version' 'h/help'
            case 'delete'
                __afilnet-tui_parse_subcommand 1 'profile=' 'endpoint=' 'auth=' 'api=' 'config=' 'lang=' 'json' 'version' 'h/help'
            case 'export'
                __afilnet-tui_parse_subcommand 0 'profile=' 'endpoint=' 'auth=' 'api=' 'config=' 'lang=' 'format=' 'o/output=' 'bom' 'version' 'h/help'
            case 'import'
                __afilnet-tui_parse_subcommand 1 'profile=' 'endpoint=' 'auth=' 'api=' 'config=' 'lang=' 'dry-run' 'rate=' 'version' 'h/help'
            end
        case 'channels'
            __afilnet-tui_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __afilnet-tui_parse_subcommand 0 'profile=' 'endpoint=' 'auth=' 'api=' 'config=' 'lang=' 'json' 'version' 'h/help'
            case 'enable'
                __afilnet-tui_parse_subcommand 1 'profile=' 'endpoint=' 'auth=' 'api=' 'config=' 'lang=' 'json' 'version' 'h/help'
            case 'disable'
                __afilnet-tui_parse_subcommand 1 'profile=' 'endpoint=' 'auth=' 'api=' 'config=' 'lang=' 'json' 'version' 'h/help'
            end
        case 'themes'
            __afilnet-tui_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __afilnet-tui_parse_subcommand 0 'version' 'h/help'
            case 'show'
                __afilnet-tui_parse_subcommand 1 'version' 'h/help'
            end
        case 'sandbox'
            __afilnet-tui_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'serve'
                __afilnet-tui_parse_subcommand 0 'db=' 'verify-after=' 'host=' 'port=' 'seed=' 'addresses=' 'quirks=' 'latency-ms=' 'fault=' 'fault-rate=' 'fault-seed=' 'fault-methods=' 'slow-ms=' 'token-lifetime=' 'version' 'h/help'
            case 'log'
                __afilnet-tui_parse_subcommand 0 'db=' 'verify-after=' 'limit=' 'access=' 'json' 'version' 'h/help'
            case 'set-balance'
                __afilnet-tui_parse_subcommand 1 'db=' 'verify-after=' 'account=' 'version' 'h/help'
            case 'spend'
                __afilnet-tui_parse_subcommand 0 'db=' 'verify-after=' 'account=' 'per-day=' 'jitter=' 'speed=' 'version' 'h/help'
            case 'history-seed'
                __afilnet-tui_parse_subcommand 0 'db=' 'verify-after=' 'account=' 'days=' 'per-day=' 'client-user=' 'client-endpoint=' 'history=' 'version' 'h/help'
            case 'add-credential'
                __afilnet-tui_parse_subcommand 0 'db=' 'verify-after=' 'account=' 'user=' 'ip=+' 'version' 'h/help'
            case 'access'
                __afilnet-tui_parse_subcommand 0 'version' 'h/help'
                switch $unparsed_tokens[1]
                case 'list'
                    __afilnet-tui_parse_subcommand 0 'db=' 'verify-after=' 'version' 'h/help'
                case 'add'
                    __afilnet-tui_parse_subcommand 1 'db=' 'verify-after=' 'user=' 'account=' 'way=+' 'ip=+' 'version' 'h/help'
                case 'remove'
                    __afilnet-tui_parse_subcommand 1 'db=' 'verify-after=' 'version' 'h/help'
                case 'allow-ip'
                    __afilnet-tui_parse_subcommand -r 2 'db=' 'verify-after=' 'version' 'h/help'
                case 'deny-ip'
                    __afilnet-tui_parse_subcommand -r 2 'db=' 'verify-after=' 'version' 'h/help'
                case 'ways'
                    __afilnet-tui_parse_subcommand -r 2 'db=' 'verify-after=' 'version' 'h/help'
                case 'show'
                    __afilnet-tui_parse_subcommand 1 'db=' 'verify-after=' 'days=' 'version' 'h/help'
                case 'revoke-tokens'
                    __afilnet-tui_parse_subcommand 1 'db=' 'verify-after=' 'version' 'h/help'
                end
            case 'token-key'
                __afilnet-tui_parse_subcommand 0 'db=' 'verify-after=' 'version' 'h/help'
            case 'reset'
                __afilnet-tui_parse_subcommand 0 'db=' 'verify-after=' 'addresses=' 'version' 'h/help'
            end
        case 'help'
            __afilnet-tui_parse_subcommand -r 1 'version'
        end
    end
end

function __afilnet-tui_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __afilnet-tui_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __afilnet-tui_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __afilnet-tui_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__afilnet-tui_tokens -p)
    if test -z "$(__afilnet-tui_tokens -t)"
        set -l index (count (__afilnet-tui_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'afilnet-tui' -f
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui" profile' -l 'profile' -d 'Profile of config.toml to use (default: its default_profile).' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui" endpoint' -l 'endpoint' -d 'API endpoint URL; overrides AFILNET_ENDPOINT and the profile.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui" auth' -l 'auth' -d 'How credentials travel: post (default), get, basic or jwt (a token from the token endpoint).' -rfka 'post get basic jwt'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui" api' -l 'api' -d 'Which API carries the calls: http (default) or soap.' -rfka 'http soap'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui" config' -l 'config' -d 'Configuration file.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui" lang' -l 'lang' -d 'Language of the UI and messages: en or et (default: the config\'s language, else LC_ALL, LC_MESSAGES, LANG).' -rfka 'en et'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui" sandbox' -l 'sandbox' -d 'Start a sandbox in-process on a free loopback port and open the UI on it.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui" sandbox-db' -l 'sandbox-db' -d 'Keep the --sandbox data in this SQLite file (default: temporary).' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui" sandbox-addresses' -l 'sandbox-addresses' -d 'Synthetic addresses for a new --sandbox database.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui" theme' -l 'theme' -d 'Theme name (afilnet-tui themes list); overrides the profile and config.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui" mouse' -l 'mouse' -d 'Let the mouse focus panes, select rows, switch channels and scroll (off by default).'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui" read-only' -l 'read-only' -d 'Send no write request: adding, deleting and switching are disabled.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui" -eq 1' -fa 'balance' -d 'Print the account balance, check it for monitoring, or show its history.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui" -eq 1' -fa 'addresses' -d 'List, add or delete the account\'s addresses.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui" -eq 1' -fa 'channels' -d 'List the channels, or switch one on or off.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui" -eq 1' -fa 'themes' -d 'List the themes, or preview one.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui" -eq 1' -fa 'sandbox' -d 'A local emulator of the API, over HTTP on loopback, with SQLite storage.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui balance" profile' -l 'profile' -d 'Profile of config.toml to use (default: its default_profile).' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui balance" endpoint' -l 'endpoint' -d 'API endpoint URL; overrides AFILNET_ENDPOINT and the profile.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui balance" auth' -l 'auth' -d 'How credentials travel: post (default), get, basic or jwt (a token from the token endpoint).' -rfka 'post get basic jwt'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui balance" api' -l 'api' -d 'Which API carries the calls: http (default) or soap.' -rfka 'http soap'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui balance" config' -l 'config' -d 'Configuration file.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui balance" lang' -l 'lang' -d 'Language of the UI and messages: en or et (default: the config\'s language, else LC_ALL, LC_MESSAGES, LANG).' -rfka 'en et'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui balance" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui balance" check' -l 'check' -d 'Act as a monitoring plugin: one status line with performance data, exit 0/1/2/3.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui balance" warning' -l 'warning' -d 'WARNING when the balance is below this.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui balance" critical' -l 'critical' -d 'CRITICAL when the balance is below this.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui balance" warning-days' -l 'warning-days' -d 'WARNING when the forecast says the balance lasts fewer days than this.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui balance" critical-days' -l 'critical-days' -d 'CRITICAL when the forecast says the balance lasts fewer days than this.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui balance" prometheus' -l 'prometheus' -d 'Also write the balance for Prometheus\' textfile collector to this file (atomically).' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui balance" history' -l 'history' -d 'Print the kept history instead of reading the balance (no request is sent).'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui balance" since' -l 'since' -d 'With --history: only readings since then (30m, 24h, 7d, 2w, or a date such as 2026-12-01).' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui balance" csv' -l 'csv' -d 'With --history: CSV (time,balance,source) instead of a table.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui balance" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui balance" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui addresses" -eq 1' -fa 'list' -d 'List every address.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui addresses" -eq 1' -fa 'add' -d 'Add an address (checked before it is sent).'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui addresses" -eq 1' -fa 'delete' -d 'Delete an address by id.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui addresses" -eq 1' -fa 'export' -d 'Write every address to a file: CSV (default), JSON Lines or a JSON array.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui addresses" -eq 1' -fa 'import' -d 'Add the addresses of a CSV or JSON Lines file, checked first, never twice.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses list" profile' -l 'profile' -d 'Profile of config.toml to use (default: its default_profile).' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses list" endpoint' -l 'endpoint' -d 'API endpoint URL; overrides AFILNET_ENDPOINT and the profile.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses list" auth' -l 'auth' -d 'How credentials travel: post (default), get, basic or jwt (a token from the token endpoint).' -rfka 'post get basic jwt'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses list" api' -l 'api' -d 'Which API carries the calls: http (default) or soap.' -rfka 'http soap'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses list" config' -l 'config' -d 'Configuration file.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses list" lang' -l 'lang' -d 'Language of the UI and messages: en or et (default: the config\'s language, else LC_ALL, LC_MESSAGES, LANG).' -rfka 'en et'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses list" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses list" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses add" profile' -l 'profile' -d 'Profile of config.toml to use (default: its default_profile).' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses add" endpoint' -l 'endpoint' -d 'API endpoint URL; overrides AFILNET_ENDPOINT and the profile.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses add" auth' -l 'auth' -d 'How credentials travel: post (default), get, basic or jwt (a token from the token endpoint).' -rfka 'post get basic jwt'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses add" api' -l 'api' -d 'Which API carries the calls: http (default) or soap.' -rfka 'http soap'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses add" config' -l 'config' -d 'Configuration file.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses add" lang' -l 'lang' -d 'Language of the UI and messages: en or et (default: the config\'s language, else LC_ALL, LC_MESSAGES, LANG).' -rfka 'en et'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses add" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses add" name' -l 'name' -d 'Contact person\'s first and last name.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses add" company' -l 'company' -d 'Company name; makes the address a company\'s.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses add" document' -l 'document' -d 'Identity or company document code.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses add" country' -l 'country' -d 'ISO 3166-1 alpha-2 country code, e.g. EE.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses add" city-id' -l 'city-id' -d 'City identifier (a number).' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses add" city' -l 'city' -d 'City or town name.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses add" zip' -l 'zip' -d 'Postal code.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses add" street' -l 'street' -d 'Street address.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses add" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses delete" profile' -l 'profile' -d 'Profile of config.toml to use (default: its default_profile).' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses delete" endpoint' -l 'endpoint' -d 'API endpoint URL; overrides AFILNET_ENDPOINT and the profile.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses delete" auth' -l 'auth' -d 'How credentials travel: post (default), get, basic or jwt (a token from the token endpoint).' -rfka 'post get basic jwt'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses delete" api' -l 'api' -d 'Which API carries the calls: http (default) or soap.' -rfka 'http soap'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses delete" config' -l 'config' -d 'Configuration file.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses delete" lang' -l 'lang' -d 'Language of the UI and messages: en or et (default: the config\'s language, else LC_ALL, LC_MESSAGES, LANG).' -rfka 'en et'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses delete" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses delete" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses delete" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses export" profile' -l 'profile' -d 'Profile of config.toml to use (default: its default_profile).' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses export" endpoint' -l 'endpoint' -d 'API endpoint URL; overrides AFILNET_ENDPOINT and the profile.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses export" auth' -l 'auth' -d 'How credentials travel: post (default), get, basic or jwt (a token from the token endpoint).' -rfka 'post get basic jwt'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses export" api' -l 'api' -d 'Which API carries the calls: http (default) or soap.' -rfka 'http soap'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses export" config' -l 'config' -d 'Configuration file.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses export" lang' -l 'lang' -d 'Language of the UI and messages: en or et (default: the config\'s language, else LC_ALL, LC_MESSAGES, LANG).' -rfka 'en et'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses export" format' -l 'format' -d 'csv, jsonl or json.' -rfka 'csv jsonl json'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses export" o output' -l 'output' -s 'o' -d 'The file to write (default: standard output).' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses export" bom' -l 'bom' -d 'Start a CSV with a UTF-8 byte order mark (for spreadsheet programs that want one).'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses export" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses import" profile' -l 'profile' -d 'Profile of config.toml to use (default: its default_profile).' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses import" endpoint' -l 'endpoint' -d 'API endpoint URL; overrides AFILNET_ENDPOINT and the profile.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses import" auth' -l 'auth' -d 'How credentials travel: post (default), get, basic or jwt (a token from the token endpoint).' -rfka 'post get basic jwt'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses import" api' -l 'api' -d 'Which API carries the calls: http (default) or soap.' -rfka 'http soap'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses import" config' -l 'config' -d 'Configuration file.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses import" lang' -l 'lang' -d 'Language of the UI and messages: en or et (default: the config\'s language, else LC_ALL, LC_MESSAGES, LANG).' -rfka 'en et'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses import" dry-run' -l 'dry-run' -d 'Check the file and the account, and stop: nothing is sent.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses import" rate' -l 'rate' -d 'Adds per second (0: as fast as the API answers).' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses import" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui addresses import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui channels" -eq 1' -fa 'list' -d 'List the channels and whether each is on.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui channels" -eq 1' -fa 'enable' -d 'Switch a channel on.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui channels" -eq 1' -fa 'disable' -d 'Switch a channel off.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels list" profile' -l 'profile' -d 'Profile of config.toml to use (default: its default_profile).' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels list" endpoint' -l 'endpoint' -d 'API endpoint URL; overrides AFILNET_ENDPOINT and the profile.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels list" auth' -l 'auth' -d 'How credentials travel: post (default), get, basic or jwt (a token from the token endpoint).' -rfka 'post get basic jwt'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels list" api' -l 'api' -d 'Which API carries the calls: http (default) or soap.' -rfka 'http soap'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels list" config' -l 'config' -d 'Configuration file.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels list" lang' -l 'lang' -d 'Language of the UI and messages: en or et (default: the config\'s language, else LC_ALL, LC_MESSAGES, LANG).' -rfka 'en et'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels list" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels list" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels enable" profile' -l 'profile' -d 'Profile of config.toml to use (default: its default_profile).' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels enable" endpoint' -l 'endpoint' -d 'API endpoint URL; overrides AFILNET_ENDPOINT and the profile.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels enable" auth' -l 'auth' -d 'How credentials travel: post (default), get, basic or jwt (a token from the token endpoint).' -rfka 'post get basic jwt'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels enable" api' -l 'api' -d 'Which API carries the calls: http (default) or soap.' -rfka 'http soap'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels enable" config' -l 'config' -d 'Configuration file.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels enable" lang' -l 'lang' -d 'Language of the UI and messages: en or et (default: the config\'s language, else LC_ALL, LC_MESSAGES, LANG).' -rfka 'en et'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels enable" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels enable" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels enable" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels disable" profile' -l 'profile' -d 'Profile of config.toml to use (default: its default_profile).' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels disable" endpoint' -l 'endpoint' -d 'API endpoint URL; overrides AFILNET_ENDPOINT and the profile.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels disable" auth' -l 'auth' -d 'How credentials travel: post (default), get, basic or jwt (a token from the token endpoint).' -rfka 'post get basic jwt'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels disable" api' -l 'api' -d 'Which API carries the calls: http (default) or soap.' -rfka 'http soap'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels disable" config' -l 'config' -d 'Configuration file.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels disable" lang' -l 'lang' -d 'Language of the UI and messages: en or et (default: the config\'s language, else LC_ALL, LC_MESSAGES, LANG).' -rfka 'en et'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels disable" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels disable" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui channels disable" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui themes" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui themes" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui themes" -eq 1' -fa 'list' -d 'List shipped and user themes.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui themes" -eq 1' -fa 'show' -d 'Show every UI element of a theme, in its colours on a terminal.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui themes list" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui themes list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui themes show" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui themes show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui sandbox" -eq 1' -fa 'serve' -d 'Serve the sandbox API at http://HOST:PORT/api/http/ until Ctrl-C or SIGTERM.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui sandbox" -eq 1' -fa 'log' -d 'Show the server-side request log (passwords redacted).'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui sandbox" -eq 1' -fa 'set-balance' -d 'Set an account\'s balance, e.g. 152.34.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui sandbox" -eq 1' -fa 'spend' -d 'Make an account\'s balance go down by an amount a day (0 stops it).'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui sandbox" -eq 1' -fa 'history-seed' -d 'Write made-up balance readings for the last days into the client\'s balance history.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui sandbox" -eq 1' -fa 'add-credential' -d 'Add a credential pair to an account; the password is read from standard input.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui sandbox" -eq 1' -fa 'access' -d 'Manage the sandbox\'s API accesses: credentials, allowed APIs, IP allow-lists, use.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui sandbox" -eq 1' -fa 'token-key' -d 'Print the key the sandbox signs its HS256 tokens with (hex), for peers\' tests.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui sandbox" -eq 1' -fa 'reset' -d 'Delete all sandbox data and seed the demo account again.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox serve" db' -l 'db' -d 'SQLite file of the sandbox.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox serve" verify-after' -l 'verify-after' -d 'How many seconds after it is added an address counts as verified.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox serve" host' -l 'host' -d 'Address to listen on (loopback by default).' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox serve" port' -l 'port' -d 'Port to listen on; 0 picks a free one and prints it.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox serve" seed' -l 'seed' -d 'Seed for a new, empty database: demo or none.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox serve" addresses' -l 'addresses' -d 'Synthetic addresses to add to the demo account of a new database.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox serve" quirks' -l 'quirks' -d 'Response shapes to switch on: list-wrapper,string-numbers,boolean-flags,balance-number,balance-object,lowercase-status.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox serve" latency-ms' -l 'latency-ms' -d 'Milliseconds added before every response.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox serve" fault' -l 'fault' -d 'Faults to inject: one of http500|html502|truncated|reset|slow, a comma-separated list, or all (each struck request draws one).' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox serve" fault-rate' -l 'fault-rate' -d 'Share of requests the fault strikes, 0 to 1.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox serve" fault-seed' -l 'fault-seed' -d 'Seed of the fault dice, for runs that repeat exactly.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox serve" fault-methods' -l 'fault-methods' -d 'Strike only calls of these methods (comma-separated), e.g. addaddress.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox serve" slow-ms' -l 'slow-ms' -d 'Milliseconds the \'slow\' fault holds a response.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox serve" token-lifetime' -l 'token-lifetime' -d 'Seconds a token from /api/token/ stays valid.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox serve" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox serve" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox log" db' -l 'db' -d 'SQLite file of the sandbox.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox log" verify-after' -l 'verify-after' -d 'How many seconds after it is added an address counts as verified.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox log" limit' -l 'limit' -d 'How many of the newest entries.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox log" access' -l 'access' -d 'Only the calls of this access (see: sandbox access list).' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox log" json' -l 'json' -d 'One JSON object per line.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox log" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox log" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox set-balance" db' -l 'db' -d 'SQLite file of the sandbox.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox set-balance" verify-after' -l 'verify-after' -d 'How many seconds after it is added an address counts as verified.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox set-balance" account' -l 'account' -d 'Account name.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox set-balance" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox set-balance" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox spend" db' -l 'db' -d 'SQLite file of the sandbox.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox spend" verify-after' -l 'verify-after' -d 'How many seconds after it is added an address counts as verified.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox spend" account' -l 'account' -d 'Account name.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox spend" per-day' -l 'per-day' -d 'Credits spent per (simulated) day.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox spend" jitter' -l 'jitter' -d 'Each day\'s spend varies by up to this fraction (0.3: ±30%).' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox spend" speed' -l 'speed' -d 'Simulated seconds per real second (1440: a day a minute).' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox spend" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox spend" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox history-seed" db' -l 'db' -d 'SQLite file of the sandbox.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox history-seed" verify-after' -l 'verify-after' -d 'How many seconds after it is added an address counts as verified.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox history-seed" account' -l 'account' -d 'Account name in the sandbox.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox history-seed" days' -l 'days' -d 'Days of readings.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox history-seed" per-day' -l 'per-day' -d 'Credits spent per day in the made-up past.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox history-seed" client-user' -l 'client-user' -d 'The user the client connects as.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox history-seed" client-endpoint' -l 'client-endpoint' -d 'The endpoint the client connects to.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox history-seed" history' -l 'history' -d 'The history file (default: the client\'s).' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox history-seed" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox history-seed" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox add-credential" db' -l 'db' -d 'SQLite file of the sandbox.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox add-credential" verify-after' -l 'verify-after' -d 'How many seconds after it is added an address counts as verified.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox add-credential" account' -l 'account' -d 'Account name.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox add-credential" user' -l 'user' -d 'User name of the new credential.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox add-credential"' -l 'ip' -d 'Allow only this network (CIDR); repeat for several. None allows any address.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox add-credential" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox add-credential" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui sandbox access" -eq 1' -fa 'list' -d 'List the accesses.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui sandbox access" -eq 1' -fa 'add' -d 'Add an access (or replace one of that name); the password is read from standard input.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui sandbox access" -eq 1' -fa 'remove' -d 'Remove an access; its tokens stop working at once.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui sandbox access" -eq 1' -fa 'allow-ip' -d 'Add networks to an access\'s IP allow-list.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui sandbox access" -eq 1' -fa 'deny-ip' -d 'Take networks off an access\'s IP allow-list (an empty list allows any address).'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui sandbox access" -eq 1' -fa 'ways' -d 'Set the ways in an access may use.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui sandbox access" -eq 1' -fa 'show' -d 'Show an access and its use: last call, calls per day, live tokens.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui sandbox access" -eq 1' -fa 'revoke-tokens' -d 'Revoke every token given to an access (TOKEN_REVOKED from then on).'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access list" db' -l 'db' -d 'SQLite file of the sandbox.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access list" verify-after' -l 'verify-after' -d 'How many seconds after it is added an address counts as verified.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access list" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access add" db' -l 'db' -d 'SQLite file of the sandbox.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access add" verify-after' -l 'verify-after' -d 'How many seconds after it is added an address counts as verified.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access add" user' -l 'user' -d 'User name it signs in with (default: its name).' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access add" account' -l 'account' -d 'Account name.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access add"' -l 'way' -d 'A way in it may use: http, basic, soap or jwt; repeat for several (default: all).' -rfka 'http basic soap jwt'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access add"' -l 'ip' -d 'Allow only this network (CIDR); repeat for several. None allows any address.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access add" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access remove" db' -l 'db' -d 'SQLite file of the sandbox.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access remove" verify-after' -l 'verify-after' -d 'How many seconds after it is added an address counts as verified.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access remove" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access remove" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access allow-ip" db' -l 'db' -d 'SQLite file of the sandbox.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access allow-ip" verify-after' -l 'verify-after' -d 'How many seconds after it is added an address counts as verified.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access allow-ip" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access allow-ip" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access deny-ip" db' -l 'db' -d 'SQLite file of the sandbox.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access deny-ip" verify-after' -l 'verify-after' -d 'How many seconds after it is added an address counts as verified.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access deny-ip" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access deny-ip" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access ways" db' -l 'db' -d 'SQLite file of the sandbox.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access ways" verify-after' -l 'verify-after' -d 'How many seconds after it is added an address counts as verified.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_positional "afilnet-tui sandbox access ways" -ge 1' -fka 'http basic soap jwt'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access ways" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access ways" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access show" db' -l 'db' -d 'SQLite file of the sandbox.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access show" verify-after' -l 'verify-after' -d 'How many seconds after it is added an address counts as verified.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access show" days' -l 'days' -d 'How many days of counts.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access show" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access revoke-tokens" db' -l 'db' -d 'SQLite file of the sandbox.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access revoke-tokens" verify-after' -l 'verify-after' -d 'How many seconds after it is added an address counts as verified.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access revoke-tokens" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox access revoke-tokens" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox token-key" db' -l 'db' -d 'SQLite file of the sandbox.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox token-key" verify-after' -l 'verify-after' -d 'How many seconds after it is added an address counts as verified.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox token-key" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox token-key" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox reset" db' -l 'db' -d 'SQLite file of the sandbox.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox reset" verify-after' -l 'verify-after' -d 'How many seconds after it is added an address counts as verified.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox reset" addresses' -l 'addresses' -d 'Synthetic addresses to add to the demo account.' -rfka ''
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox reset" version' -l 'version' -d 'Show the version.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui sandbox reset" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'afilnet-tui' -n '__afilnet-tui_should_offer_completions_for_flags_or_options "afilnet-tui help" version' -l 'version' -d 'Show the version.'
