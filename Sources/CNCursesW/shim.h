#ifndef AFILNET_CNCURSESW_SHIM_H
#define AFILNET_CNCURSESW_SHIM_H

// SwiftPM drops the -D_XOPEN_SOURCE flag pkg-config gives; without this the wide-character
// API (cchar_t, wget_wch, mvwaddnwstr) is not declared.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Macros and globals Swift cannot import (or may not touch under Swift 6), as functions.
static inline WINDOW *afl_stdscr(void) { return stdscr; }
static inline int afl_lines(void) { return LINES; }
static inline int afl_cols(void) { return COLS; }
static inline int afl_colors(void) { return COLORS; }
static inline int afl_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t afl_a_normal(void) { return A_NORMAL; }
static inline attr_t afl_a_bold(void) { return A_BOLD; }
static inline attr_t afl_a_reverse(void) { return A_REVERSE; }
static inline attr_t afl_a_underline(void) { return A_UNDERLINE; }
static inline attr_t afl_a_dim(void) { return A_DIM; }
static inline int afl_key_f(int n) { return KEY_F(n); }
static inline int afl_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int afl_getmaxx(WINDOW *w) { return getmaxx(w); }

// Mouse: the masks are macros.
static inline mmask_t afl_mouse_click(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED; }
static inline mmask_t afl_mouse_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t afl_mouse_wheel_down(void) { return BUTTON5_PRESSED; }

// A terminfo string capability (extended names such as BE included), or NULL when the
// terminal lacks it; tigetstr answers (char *)-1 for a name that is no string capability.
static inline const char *afl_string_capability(const char *name) {
    char *value = tigetstr(name);
    return (value == NULL || value == (char *)-1 || *value == '\0') ? NULL : value;
}

// Whether the terminfo database (TERMINFO, ~/.terminfo, the system's) has an entry for
// `name`, asked without ncurses' habit of exiting when it has none.
static inline int afl_terminal_known(const char *name) {
    int error = 0;
    if (setupterm(name, 1, &error) != OK) return 0;
    del_curterm(cur_term);
    return 1;
}

#endif
