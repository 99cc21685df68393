#ifndef AFILNET_LIBC_EXTRAS_H
#define AFILNET_LIBC_EXTRAS_H
// glibc functions Swift's Glibc module hides behind feature macros.
#include <stddef.h>

/// memmem (a GNU extension): the filter's byte search.
const void *afl_memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);
/// wcwidth (X/Open): the columns ncurses gives a character; tests hold `DisplayWidth` to it.
int afl_wcwidth(int character);

/// Writes the calling thread's stack to `fd`, one frame a line (backtrace_symbols_fd: no
/// allocation, fit for a signal handler once `afl_backtrace_prepare` has run).
void afl_backtrace_to_fd(int fd);
/// Loads what `backtrace` needs (libgcc's unwinder) now, outside any signal handler.
void afl_backtrace_prepare(void);

#endif
