# The release build every script makes (scripts/package and the benchmarks), so what is
# measured is what is shipped. Sourced: sets `release`, a command to which a script adds
# `--product NAME` or `--show-bin-path`.
#   --scratch-path .build-release   beside the debug build, not instead of it
#   --static-swift-stdlib           the Swift runtime inside: nothing of Swift on the server
#   --no-export-dynamic             an executable exports nothing: 42,384 fewer dynamic symbols
#   -Osize                          the dependencies' code optimised for size (2 MB smaller);
#                                   this project's modules stay at -O (Package.swift, its end)
# (BENCHMARKS.md, "What makes the executable large".)
release=(swift build -c release --scratch-path .build-release --static-swift-stdlib -Xlinker --no-export-dynamic -Xswiftc -Osize)
