#define _GNU_SOURCE
#include <string.h>
#include <wchar.h>
#include <execinfo.h>
#include "libc_extras.h"

const void *afl_memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length) {
    return memmem(haystack, haystack_length, needle, needle_length);
}

int afl_wcwidth(int character) {
    return wcwidth((wchar_t)character);
}

void afl_backtrace_to_fd(int fd) {
    void *frames[64];
    int count = backtrace(frames, 64);
    backtrace_symbols_fd(frames, count, fd);
}

void afl_backtrace_prepare(void) {
    void *frames[2];
    (void)backtrace(frames, 2);
}
