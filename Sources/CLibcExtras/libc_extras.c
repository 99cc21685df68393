#define _GNU_SOURCE
#include <string.h>
#include <wchar.h>
#include "libc_extras.h"

const void *afl_memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length) {
    return memmem(haystack, haystack_length, needle, needle_length);
}

int afl_wcwidth(int character) {
    return wcwidth((wchar_t)character);
}
