#!/bin/bash

__afilnet-tui_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__afilnet-tui_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__afilnet-tui_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__afilnet-tui_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_afilnet-tui() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--no-proxy --sandbox --mouse --read-only --version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=(--profile --endpoint --auth --api --config --lang --proxy --ca-file --soap-endpoint --token-endpoint --sandbox-db --sandbox-addresses --theme)
    __afilnet-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--profile')
        return
        ;;
    '--endpoint')
        return
        ;;
    '--auth')
        __afilnet-tui_add_completions -W 'post'$'\n''get'$'\n''basic'$'\n''jwt'
        return
        ;;
    '--api')
        __afilnet-tui_add_completions -W 'http'$'\n''soap'
        return
        ;;
    '--config')
        return
        ;;
    '--lang')
        __afilnet-tui_add_completions -W 'en'$'\n''et'
        return
        ;;
    '--proxy')
        return
        ;;
    '--ca-file')
        return
        ;;
    '--soap-endpoint')
        return
        ;;
    '--token-endpoint')
        return
        ;;
    '--sandbox-db')
        return
        ;;
    '--sandbox-addresses')
        return
        ;;
    '--theme')
        return
        ;;
    esac

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    balance|addresses|channels|themes|profile|keys|sandbox|help)
        # Offer subcommand argument completions
        "_afilnet-tui_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'balance addresses channels themes profile keys sandbox help' -- "${cur}"))
        ;;
    esac
}

_afilnet-tui_balance() {
    repeating_flags=()
    non_repeating_flags=(--no-proxy --json --check --all-profiles --history --csv --version -h --help)
    repeating_options=()
    non_repeating_options=(--profile --endpoint --auth --api --config --lang --proxy --ca-file --soap-endpoint --token-endpoint --warning --critical --warning-days --critical-days --prometheus --account-timeout --since)
    __afilnet-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--profile')
        return
        ;;
    '--endpoint')
        return
        ;;
    '--auth')
        __afilnet-tui_add_completions -W 'post'$'\n''get'$'\n''basic'$'\n''jwt'
        return
        ;;
    '--api')
        __afilnet-tui_add_completions -W 'http'$'\n''soap'
        return
        ;;
    '--config')
        return
        ;;
    '--lang')
        __afilnet-tui_add_completions -W 'en'$'\n''et'
        return
        ;;
    '--proxy')
        return
        ;;
    '--ca-file')
        return
        ;;
    '--soap-endpoint')
        return
        ;;
    '--token-endpoint')
        return
        ;;
    '--warning')
        return
        ;;
    '--critical')
        return
        ;;
    '--warning-days')
        return
        ;;
    '--critical-days')
        return
        ;;
    '--prometheus')
        return
        ;;
    '--account-timeout')
        return
        ;;
    '--since')
        return
        ;;
    esac
}

_afilnet-tui_addresses() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __afilnet-tui_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|add|delete|export|import)
        # Offer subcommand argument completions
        "_afilnet-tui_addresses_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list add delete export import' -- "${cur}"))
        ;;
    esac
}

_afilnet-tui_addresses_list() {
    repeating_flags=()
    non_repeating_flags=(--no-proxy --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--profile --endpoint --auth --api --config --lang --proxy --ca-file --soap-endpoint --token-endpoint)
    __afilnet-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--profile')
        return
        ;;
    '--endpoint')
        return
        ;;
    '--auth')
        __afilnet-tui_add_completions -W 'post'$'\n''get'$'\n''basic'$'\n''jwt'
        return
        ;;
    '--api')
        __afilnet-tui_add_completions -W 'http'$'\n''soap'
        return
        ;;
    '--config')
        return
        ;;
    '--lang')
        __afilnet-tui_add_completions -W 'en'$'\n''et'
        return
        ;;
    '--proxy')
        return
        ;;
    '--ca-file')
        return
        ;;
    '--soap-endpoint')
        return
        ;;
    '--token-endpoint')
        return
        ;;
    esac
}

_afilnet-tui_addresses_add() {
    repeating_flags=()
    non_repeating_flags=(--no-proxy --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--profile --endpoint --auth --api --config --lang --proxy --ca-file --soap-endpoint --token-endpoint --name --company --document --country --city-id --city --zip --street)
    __afilnet-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--profile')
        return
        ;;
    '--endpoint')
        return
        ;;
    '--auth')
        __afilnet-tui_add_completions -W 'post'$'\n''get'$'\n''basic'$'\n''jwt'
        return
        ;;
    '--api')
        __afilnet-tui_add_completions -W 'http'$'\n''soap'
        return
        ;;
    '--config')
        return
        ;;
    '--lang')
        __afilnet-tui_add_completions -W 'en'$'\n''et'
        return
        ;;
    '--proxy')
        return
        ;;
    '--ca-file')
        return
        ;;
    '--soap-endpoint')
        return
        ;;
    '--token-endpoint')
        return
        ;;
    '--name')
        return
        ;;
    '--company')
        return
        ;;
    '--document')
        return
        ;;
    '--country')
        return
        ;;
    '--city-id')
        return
        ;;
    '--city')
        return
        ;;
    '--zip')
        return
        ;;
    '--street')
        return
        ;;
    esac
}

_afilnet-tui_addresses_delete() {
    repeating_flags=()
    non_repeating_flags=(--no-proxy --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--profile --endpoint --auth --api --config --lang --proxy --ca-file --soap-endpoint --token-endpoint)
    __afilnet-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--profile')
        return
        ;;
    '--endpoint')
        return
        ;;
    '--auth')
        __afilnet-tui_add_completions -W 'post'$'\n''get'$'\n''basic'$'\n''jwt'
        return
        ;;
    '--api')
        __afilnet-tui_add_completions -W 'http'$'\n''soap'
        return
        ;;
    '--config')
        return
        ;;
    '--lang')
        __afilnet-tui_add_completions -W 'en'$'\n''et'
        return
        ;;
    '--proxy')
        return
        ;;
    '--ca-file')
        return
        ;;
    '--soap-endpoint')
        return
        ;;
    '--token-endpoint')
        return
        ;;
    esac
}

_afilnet-tui_addresses_export() {
    repeating_flags=()
    non_repeating_flags=(--no-proxy --bom --excel --version -h --help)
    repeating_options=()
    non_repeating_options=(--profile --endpoint --auth --api --config --lang --proxy --ca-file --soap-endpoint --token-endpoint --format --output -o --delimiter)
    __afilnet-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--profile')
        return
        ;;
    '--endpoint')
        return
        ;;
    '--auth')
        __afilnet-tui_add_completions -W 'post'$'\n''get'$'\n''basic'$'\n''jwt'
        return
        ;;
    '--api')
        __afilnet-tui_add_completions -W 'http'$'\n''soap'
        return
        ;;
    '--config')
        return
        ;;
    '--lang')
        __afilnet-tui_add_completions -W 'en'$'\n''et'
        return
        ;;
    '--proxy')
        return
        ;;
    '--ca-file')
        return
        ;;
    '--soap-endpoint')
        return
        ;;
    '--token-endpoint')
        return
        ;;
    '--format')
        __afilnet-tui_add_completions -W 'csv'$'\n''jsonl'$'\n''json'
        return
        ;;
    '--output'|'-o')
        return
        ;;
    '--delimiter')
        return
        ;;
    esac
}

_afilnet-tui_addresses_import() {
    repeating_flags=()
    non_repeating_flags=(--no-proxy --dry-run --version -h --help)
    repeating_options=()
    non_repeating_options=(--profile --endpoint --auth --api --config --lang --proxy --ca-file --soap-endpoint --token-endpoint --rate --delimiter --encoding)
    __afilnet-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--profile')
        return
        ;;
    '--endpoint')
        return
        ;;
    '--auth')
        __afilnet-tui_add_completions -W 'post'$'\n''get'$'\n''basic'$'\n''jwt'
        return
        ;;
    '--api')
        __afilnet-tui_add_completions -W 'http'$'\n''soap'
        return
        ;;
    '--config')
        return
        ;;
    '--lang')
        __afilnet-tui_add_completions -W 'en'$'\n''et'
        return
        ;;
    '--proxy')
        return
        ;;
    '--ca-file')
        return
        ;;
    '--soap-endpoint')
        return
        ;;
    '--token-endpoint')
        return
        ;;
    '--rate')
        return
        ;;
    '--delimiter')
        return
        ;;
    '--encoding')
        __afilnet-tui_add_completions -W 'utf-8'$'\n''windows-1252'
        return
        ;;
    esac
}

_afilnet-tui_channels() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __afilnet-tui_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|enable|disable)
        # Offer subcommand argument completions
        "_afilnet-tui_channels_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list enable disable' -- "${cur}"))
        ;;
    esac
}

_afilnet-tui_channels_list() {
    repeating_flags=()
    non_repeating_flags=(--no-proxy --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--profile --endpoint --auth --api --config --lang --proxy --ca-file --soap-endpoint --token-endpoint)
    __afilnet-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--profile')
        return
        ;;
    '--endpoint')
        return
        ;;
    '--auth')
        __afilnet-tui_add_completions -W 'post'$'\n''get'$'\n''basic'$'\n''jwt'
        return
        ;;
    '--api')
        __afilnet-tui_add_completions -W 'http'$'\n''soap'
        return
        ;;
    '--config')
        return
        ;;
    '--lang')
        __afilnet-tui_add_completions -W 'en'$'\n''et'
        return
        ;;
    '--proxy')
        return
        ;;
    '--ca-file')
        return
        ;;
    '--soap-endpoint')
        return
        ;;
    '--token-endpoint')
        return
        ;;
    esac
}

_afilnet-tui_channels_enable() {
    repeating_flags=()
    non_repeating_flags=(--no-proxy --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--profile --endpoint --auth --api --config --lang --proxy --ca-file --soap-endpoint --token-endpoint)
    __afilnet-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--profile')
        return
        ;;
    '--endpoint')
        return
        ;;
    '--auth')
        __afilnet-tui_add_completions -W 'post'$'\n''get'$'\n''basic'$'\n''jwt'
        return
        ;;
    '--api')
        __afilnet-tui_add_completions -W 'http'$'\n''soap'
        return
        ;;
    '--config')
        return
        ;;
    '--lang')
        __afilnet-tui_add_completions -W 'en'$'\n''et'
        return
        ;;
    '--proxy')
        return
        ;;
    '--ca-file')
        return
        ;;
    '--soap-endpoint')
        return
        ;;
    '--token-endpoint')
        return
        ;;
    esac
}

_afilnet-tui_channels_disable() {
    repeating_flags=()
    non_repeating_flags=(--no-proxy --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--profile --endpoint --auth --api --config --lang --proxy --ca-file --soap-endpoint --token-endpoint)
    __afilnet-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--profile')
        return
        ;;
    '--endpoint')
        return
        ;;
    '--auth')
        __afilnet-tui_add_completions -W 'post'$'\n''get'$'\n''basic'$'\n''jwt'
        return
        ;;
    '--api')
        __afilnet-tui_add_completions -W 'http'$'\n''soap'
        return
        ;;
    '--config')
        return
        ;;
    '--lang')
        __afilnet-tui_add_completions -W 'en'$'\n''et'
        return
        ;;
    '--proxy')
        return
        ;;
    '--ca-file')
        return
        ;;
    '--soap-endpoint')
        return
        ;;
    '--token-endpoint')
        return
        ;;
    esac
}

_afilnet-tui_themes() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __afilnet-tui_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|show)
        # Offer subcommand argument completions
        "_afilnet-tui_themes_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list show' -- "${cur}"))
        ;;
    esac
}

_afilnet-tui_themes_list() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __afilnet-tui_offer_flags_options 0
}

_afilnet-tui_themes_show() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __afilnet-tui_offer_flags_options 1
}

_afilnet-tui_profile() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __afilnet-tui_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    add|list|remove)
        # Offer subcommand argument completions
        "_afilnet-tui_profile_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'add list remove' -- "${cur}"))
        ;;
    esac
}

_afilnet-tui_profile_add() {
    repeating_flags=()
    non_repeating_flags=(--no-proxy --read-only --no-check --version -h --help)
    repeating_options=()
    non_repeating_options=(--profile --endpoint --auth --api --config --lang --proxy --ca-file --soap-endpoint --token-endpoint --user --password-command)
    __afilnet-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--profile')
        return
        ;;
    '--endpoint')
        return
        ;;
    '--auth')
        __afilnet-tui_add_completions -W 'post'$'\n''get'$'\n''basic'$'\n''jwt'
        return
        ;;
    '--api')
        __afilnet-tui_add_completions -W 'http'$'\n''soap'
        return
        ;;
    '--config')
        return
        ;;
    '--lang')
        __afilnet-tui_add_completions -W 'en'$'\n''et'
        return
        ;;
    '--proxy')
        return
        ;;
    '--ca-file')
        return
        ;;
    '--soap-endpoint')
        return
        ;;
    '--token-endpoint')
        return
        ;;
    '--user')
        return
        ;;
    '--password-command')
        return
        ;;
    esac
}

_afilnet-tui_profile_list() {
    repeating_flags=()
    non_repeating_flags=(--no-proxy --version -h --help)
    repeating_options=()
    non_repeating_options=(--profile --endpoint --auth --api --config --lang --proxy --ca-file --soap-endpoint --token-endpoint)
    __afilnet-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--profile')
        return
        ;;
    '--endpoint')
        return
        ;;
    '--auth')
        __afilnet-tui_add_completions -W 'post'$'\n''get'$'\n''basic'$'\n''jwt'
        return
        ;;
    '--api')
        __afilnet-tui_add_completions -W 'http'$'\n''soap'
        return
        ;;
    '--config')
        return
        ;;
    '--lang')
        __afilnet-tui_add_completions -W 'en'$'\n''et'
        return
        ;;
    '--proxy')
        return
        ;;
    '--ca-file')
        return
        ;;
    '--soap-endpoint')
        return
        ;;
    '--token-endpoint')
        return
        ;;
    esac
}

_afilnet-tui_profile_remove() {
    repeating_flags=()
    non_repeating_flags=(--no-proxy --version -h --help)
    repeating_options=()
    non_repeating_options=(--profile --endpoint --auth --api --config --lang --proxy --ca-file --soap-endpoint --token-endpoint)
    __afilnet-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--profile')
        return
        ;;
    '--endpoint')
        return
        ;;
    '--auth')
        __afilnet-tui_add_completions -W 'post'$'\n''get'$'\n''basic'$'\n''jwt'
        return
        ;;
    '--api')
        __afilnet-tui_add_completions -W 'http'$'\n''soap'
        return
        ;;
    '--config')
        return
        ;;
    '--lang')
        __afilnet-tui_add_completions -W 'en'$'\n''et'
        return
        ;;
    '--proxy')
        return
        ;;
    '--ca-file')
        return
        ;;
    '--soap-endpoint')
        return
        ;;
    '--token-endpoint')
        return
        ;;
    esac
}

_afilnet-tui_keys() {
    repeating_flags=()
    non_repeating_flags=(--summary --version -h --help)
    repeating_options=()
    non_repeating_options=()
    __afilnet-tui_offer_flags_options 0
}

_afilnet-tui_sandbox() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __afilnet-tui_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    serve|log|set-balance|spend|history-seed|add-credential|access|token-key|reset)
        # Offer subcommand argument completions
        "_afilnet-tui_sandbox_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'serve log set-balance spend history-seed add-credential access token-key reset' -- "${cur}"))
        ;;
    esac
}

_afilnet-tui_sandbox_serve() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--db --verify-after --host --port --seed --addresses --quirks --latency-ms --fault --fault-rate --fault-seed --fault-methods --slow-ms --token-lifetime --tls-cert --tls-key --tls-self-signed)
    __afilnet-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--verify-after')
        return
        ;;
    '--host')
        return
        ;;
    '--port')
        return
        ;;
    '--seed')
        return
        ;;
    '--addresses')
        return
        ;;
    '--quirks')
        return
        ;;
    '--latency-ms')
        return
        ;;
    '--fault')
        return
        ;;
    '--fault-rate')
        return
        ;;
    '--fault-seed')
        return
        ;;
    '--fault-methods')
        return
        ;;
    '--slow-ms')
        return
        ;;
    '--token-lifetime')
        return
        ;;
    '--tls-cert')
        return
        ;;
    '--tls-key')
        return
        ;;
    '--tls-self-signed')
        return
        ;;
    esac
}

_afilnet-tui_sandbox_log() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --verify-after --limit --access)
    __afilnet-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--verify-after')
        return
        ;;
    '--limit')
        return
        ;;
    '--access')
        return
        ;;
    esac
}

_afilnet-tui_sandbox_set-balance() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--db --verify-after --account)
    __afilnet-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--verify-after')
        return
        ;;
    '--account')
        return
        ;;
    esac
}

_afilnet-tui_sandbox_spend() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--db --verify-after --account --per-day --jitter --speed)
    __afilnet-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--verify-after')
        return
        ;;
    '--account')
        return
        ;;
    '--per-day')
        return
        ;;
    '--jitter')
        return
        ;;
    '--speed')
        return
        ;;
    esac
}

_afilnet-tui_sandbox_history-seed() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--db --verify-after --account --days --per-day --client-user --client-endpoint --history)
    __afilnet-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--verify-after')
        return
        ;;
    '--account')
        return
        ;;
    '--days')
        return
        ;;
    '--per-day')
        return
        ;;
    '--client-user')
        return
        ;;
    '--client-endpoint')
        return
        ;;
    '--history')
        return
        ;;
    esac
}

_afilnet-tui_sandbox_add-credential() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=(--ip)
    non_repeating_options=(--db --verify-after --account --user)
    __afilnet-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--verify-after')
        return
        ;;
    '--account')
        return
        ;;
    '--user')
        return
        ;;
    '--ip')
        return
        ;;
    esac
}

_afilnet-tui_sandbox_access() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __afilnet-tui_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|add|remove|allow-ip|deny-ip|ways|show|revoke-tokens)
        # Offer subcommand argument completions
        "_afilnet-tui_sandbox_access_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list add remove allow-ip deny-ip ways show revoke-tokens' -- "${cur}"))
        ;;
    esac
}

_afilnet-tui_sandbox_access_list() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--db --verify-after)
    __afilnet-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--verify-after')
        return
        ;;
    esac
}

_afilnet-tui_sandbox_access_add() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=(--way --ip)
    non_repeating_options=(--db --verify-after --user --account)
    __afilnet-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--verify-after')
        return
        ;;
    '--user')
        return
        ;;
    '--account')
        return
        ;;
    '--way')
        __afilnet-tui_add_completions -W 'http'$'\n''basic'$'\n''soap'$'\n''jwt'
        return
        ;;
    '--ip')
        return
        ;;
    esac
}

_afilnet-tui_sandbox_access_remove() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--db --verify-after)
    __afilnet-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--verify-after')
        return
        ;;
    esac
}

_afilnet-tui_sandbox_access_allow-ip() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--db --verify-after)
    __afilnet-tui_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--verify-after')
        return
        ;;
    esac
}

_afilnet-tui_sandbox_access_deny-ip() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--db --verify-after)
    __afilnet-tui_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--verify-after')
        return
        ;;
    esac
}

_afilnet-tui_sandbox_access_ways() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--db --verify-after)
    __afilnet-tui_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--verify-after')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __afilnet-tui_add_completions -W 'http'$'\n''basic'$'\n''soap'$'\n''jwt'
        return
        ;;
    esac
}

_afilnet-tui_sandbox_access_show() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--db --verify-after --days)
    __afilnet-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--verify-after')
        return
        ;;
    '--days')
        return
        ;;
    esac
}

_afilnet-tui_sandbox_access_revoke-tokens() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--db --verify-after)
    __afilnet-tui_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--verify-after')
        return
        ;;
    esac
}

_afilnet-tui_sandbox_token-key() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--db --verify-after)
    __afilnet-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--verify-after')
        return
        ;;
    esac
}

_afilnet-tui_sandbox_reset() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--db --verify-after --addresses)
    __afilnet-tui_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--verify-after')
        return
        ;;
    '--addresses')
        return
        ;;
    esac
}

_afilnet-tui_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __afilnet-tui_offer_flags_options -1
}

complete -o filenames -F _afilnet-tui afilnet-tui
