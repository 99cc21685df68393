#!/usr/bin/env python3
"""Turns swift-argument-parser's help dump (JSON on stdin) into a man page (roff on stdout)."""
import json
import sys


def roff(text):
    return text.replace("\\", "\\e").replace("-", "\\-").replace("\n.", "\n\\&.")


def option_line(argument):
    names = [("--" if n["kind"] == "long" else "-") + n["name"] for n in argument.get("names", [])]
    value = argument.get("valueName")
    if argument["kind"] == "positional":
        return f"<{value}>"
    return ", ".join(names) + (f" <{value}>" if argument["kind"] == "option" else "")


def command(info, path, out):
    name = " ".join(path)
    out.append(f".SH {roff(name.upper())}" if len(path) > 1 else ".SH DESCRIPTION")
    if info.get("abstract"):
        out.append(roff(info["abstract"]))
    if info.get("discussion"):
        out.append(".PP")
        out.append(roff(info["discussion"]))
    arguments = [a for a in info.get("arguments", []) if a.get("shouldDisplay", True)]
    if arguments:
        out.append(".PP\n.B Options")
    for argument in arguments:
        out.append(f".TP\n\\fB{roff(option_line(argument))}\\fR")
        out.append(roff(argument.get("abstract", "")))
    for sub in info.get("subcommands", []):
        if sub.get("shouldDisplay", True) and sub["commandName"] != "help":
            command(sub, path + [sub["commandName"]], out)


def main():
    root = json.load(sys.stdin)["command"]
    out = [
        '.TH AFILNET-TUI 1 "" "afilnet-tui" "User Commands"',
        ".SH NAME",
        f"afilnet-tui \\- {roff(root.get('abstract', ''))}",
        ".SH SYNOPSIS",
        ".B afilnet-tui",
        "[options] [balance | addresses | channels | sandbox] ...",
    ]
    command(root, ["afilnet-tui"], out)
    print("\n".join(out))


if __name__ == "__main__":
    main()
