#ifndef AFILNET_BYTE_SEARCH_H
#define AFILNET_BYTE_SEARCH_H
// glibc's memmem (a GNU extension, hidden from Swift's Glibc module): the filter's search.
#include <stddef.h>

const void *afl_memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

#endif
