// ICU's data, trimmed to what this program uses (scripts/trim-icu-data; BENCHMARKS.md, "What
// makes the executable large"). Foundation links ICU's whole data (34 MB) as the symbol
// `icudt76_dat`; defined here, the linker takes this one and never pulls the archive member
// holding the full set. Only the release build made by scripts/package has the generated
// header: every other build compiles this file to nothing and keeps the full data.
#if __has_include("../../.build-icu/icudt-trimmed.h")
#include "../../.build-icu/icudt-trimmed.h"
__asm__(
    ".section .rodata.afilnet_icu_data,\"a\",@progbits\n"
    ".globl " AFILNET_ICU_SYMBOL "\n"
    ".type " AFILNET_ICU_SYMBOL ",@object\n"
    ".balign 16\n"
    AFILNET_ICU_SYMBOL ":\n"
    ".incbin \"" AFILNET_ICU_DATA_FILE "\"\n"
    ".size " AFILNET_ICU_SYMBOL ", .-" AFILNET_ICU_SYMBOL "\n"
    ".previous\n");
#endif
