#!/usr/bin/env python3
"""README's pictures, made from the real executable: each scene is the UI in tmux against
sandboxes, with the clock stopped at 2026-12-01 12:00:00 UTC (Debian's faketime), driven by
keys, its screen captured with colours (`capture-pane -e`) and written as SVG in the terminal's
cells; and a first session as an asciinema v2 cast of the same screens. The same binary makes
the same files: a test compares them with the committed ones (scripts/generate-docs).

    python3 scripts/screenshots.py --binary BIN --out docs/screenshots
"""
import argparse, atexit, html, json, os, re, shutil, signal, socket, subprocess, sys, tempfile, time, unicodedata

parser = argparse.ArgumentParser()
parser.add_argument("--binary", required=True)
parser.add_argument("--out", required=True)
args = parser.parse_args()
binary = os.path.abspath(args.binary)
os.makedirs(args.out, exist_ok=True)
work = tempfile.mkdtemp(prefix="screenshots-")
CLOCK = "2026-12-01 12:00:00"
COLUMNS, ROWS = 100, 30
# Ports of the accounts the Accounts pane shows (fixed: the header and the rows name them).
PORTS = {"prod": 47811, "staging": 47812}


def faked(*command):
    return ["faketime", "-f", CLOCK, *command]


def environment(extra=None):
    env = {"PATH": "/usr/bin:/bin", "HOME": work, "XDG_CONFIG_HOME": f"{work}/config", "XDG_STATE_HOME": f"{work}/state",
           "LANG": "C.UTF-8", "TZ": "UTC", "TERM": "xterm-256color"}
    env.update(extra or {})
    return env


# Three accounts of config.toml beside the embedded sandbox: one well, one running low, one
# refusing its password. (Not a dead endpoint: with the clock stopped, the client's pause
# before it tries again would never end.)
servers = []
for name, port in PORTS.items():
    db = f"{work}/{name}.sqlite"
    subprocess.run(faked(binary, "sandbox", "reset", "--db", db), check=True, stdout=subprocess.DEVNULL, env=environment())
    if name == "staging":
        subprocess.run(faked(binary, "sandbox", "set-balance", "7.5", "--db", db), check=True, stdout=subprocess.DEVNULL, env=environment())
    # A process group of its own: faketime runs the server as its child, and both must go.
    servers.append(subprocess.Popen(faked(binary, "sandbox", "serve", "--port", str(port), "--db", db),
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environment(), start_new_session=True))
atexit.register(lambda: [os.killpg(server.pid, signal.SIGKILL) for server in servers if server.poll() is None])
os.makedirs(f"{work}/config/afilnet-tui", exist_ok=True)
with open(f"{work}/config/afilnet-tui/config.toml", "w") as config:
    config.write(f'# The accounts this server looks after.\n\n[profiles.prod]\nendpoint = "http://127.0.0.1:{PORTS["prod"]}/api/http/"\n'
                 f'user = "demo"\npassword = "demo"\n\n[profiles.staging]\nendpoint = "http://127.0.0.1:{PORTS["staging"]}/api/http/"\n'
                 'user = "demo"\npassword = "demo"\nlow_balance = 50\ncritical_balance = 10\n\n'
                 f'[profiles.customer]\nendpoint = "http://127.0.0.1:{PORTS["prod"]}/api/http/"\nuser = "customer"\npassword = "not-the-one"\n')
os.chmod(f"{work}/config/afilnet-tui/config.toml", 0o600)
for port in PORTS.values():  # listening before any account is read
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    else:
        sys.exit(f"screenshots: no sandbox on port {port}")


class Session:
    """The UI in a tmux server of its own."""

    def __init__(self, theme, lang, name):
        self.socket = f"shots-{os.getpid()}-{name}"
        # A sandbox and a state folder of its own: nothing one scene leaves (a kept form, a
        # history) reaches another.
        db = f"{work}/ui-{name}.sqlite"
        command = " ".join(faked(binary, "--sandbox", "--sandbox-db", db, "--theme", theme, "--lang", lang)).replace(CLOCK, f"'{CLOCK}'")
        env = " ".join(f"{key}='{value}'" for key, value in environment({"XDG_STATE_HOME": f"{work}/state-{name}"}).items())
        self.tmux("-f", "/dev/null", "new-session", "-d", "-x", str(COLUMNS), "-y", str(ROWS), "-s", "main", f"env -i {env} {command}; sleep 60")
        self.wait("152")

    def tmux(self, *arguments):
        return subprocess.run(["tmux", "-L", self.socket, *arguments], check=True, capture_output=True, text=True).stdout

    def keys(self, *keys, literal=False):
        for key in keys:
            self.tmux("send-keys", "-t", "main", *(["-l"] if literal else []), key)
            time.sleep(0.15)
        time.sleep(0.5)

    def screen(self, colours=True):
        return self.tmux("capture-pane", "-p", "-t", "main", *(["-e"] if colours else []))

    def wait(self, text, timeout=15):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.screen(colours=False):
                return
            time.sleep(0.1)
        sys.exit(f"screenshots: never saw {text!r}:\n{self.screen(colours=False)}")

    def wait_gone(self, *texts, timeout=15):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen(colours=False)
            if not any(text in screen for text in texts):
                return
            time.sleep(0.1)
        sys.exit(f"screenshots: still showing {texts!r}:\n{self.screen(colours=False)}")

    def close(self):
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)


# --- ANSI (as tmux captures it) to cells, and cells to SVG ---------------------------------

def palette(index):
    base = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255)]
    if index < 16:
        return base[index]
    if index < 232:
        index -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return steps[index // 36], steps[index // 6 % 6], steps[index % 6]
    grey = 8 + (index - 232) * 10
    return grey, grey, grey


def width(char):
    if unicodedata.combining(char) or char in "\u200b\u200c\u200d\ufe0f":
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def cells(text):
    """Rows of (character, style) cells; a style is (fg, bg, bold, underline)."""
    rows = []
    for line in text.split("\n")[:ROWS]:
        fg = bg = None
        bold = underline = reverse = False
        row = []
        for token in re.findall(r"\x1b\[[0-9;]*m|.", line, re.S):
            if token.startswith("\x1b["):
                codes = [int(code) if code else 0 for code in token[2:-1].split(";")]
                i = 0
                while i < len(codes):
                    code = codes[i]
                    if code == 0:
                        fg = bg = None
                        bold = underline = reverse = False
                    elif code == 1: bold = True
                    elif code == 22: bold = False
                    elif code == 4: underline = True
                    elif code == 24: underline = False
                    elif code == 7: reverse = True
                    elif code == 27: reverse = False
                    elif 30 <= code <= 37: fg = palette(code - 30)
                    elif 90 <= code <= 97: fg = palette(code - 90 + 8)
                    elif code == 39: fg = None
                    elif 40 <= code <= 47: bg = palette(code - 40)
                    elif 100 <= code <= 107: bg = palette(code - 100 + 8)
                    elif code == 49: bg = None
                    elif code in (38, 48) and i + 1 < len(codes):
                        if codes[i + 1] == 5 and i + 2 < len(codes):
                            colour = palette(codes[i + 2])
                            i += 2
                        elif codes[i + 1] == 2 and i + 4 < len(codes):
                            colour = tuple(codes[i + 2:i + 5])
                            i += 4
                        else:
                            colour = None
                        if code == 38: fg = colour
                        else: bg = colour
                    i += 1
                continue
            style = (bg, fg, bold, underline) if reverse else (fg, bg, bold, underline)
            if reverse:
                style = (style[0] or "default-bg", style[1] or "default-fg", bold, underline)
            if width(token) == 0 and row:
                row[-1] = (row[-1][0] + token, row[-1][1])
                continue
            row.append((token, style))
            if width(token) == 2:
                row.append(("", style))
        rows.append(row[:COLUMNS])
    while len(rows) < ROWS:
        rows.append([])
    return rows


CELL_WIDTH, CELL_HEIGHT, FONT_SIZE = 8.4, 17, 14


def svg(rows, scheme):
    default_fg, default_bg = ((229, 229, 229), (24, 24, 24)) if scheme == "dark" else ((30, 30, 30), (250, 250, 250))

    def colour(value, default):
        if value in (None, "default-fg", "default-bg"):
            value = {None: default, "default-fg": default_fg, "default-bg": default_bg}[value]
        return "#%02x%02x%02x" % tuple(value)

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{COLUMNS * CELL_WIDTH:.0f}" height="{ROWS * CELL_HEIGHT}" '
           f'font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="{FONT_SIZE}">',
           f'<rect width="100%" height="100%" fill="{colour(None, default_bg)}"/>']
    for y, row in enumerate(rows):
        x = 0
        while x < len(row):  # backgrounds, in runs
            bg = row[x][1][1]
            start = x
            while x < len(row) and row[x][1][1] == bg:
                x += 1
            if bg is not None:
                out.append(f'<rect x="{start * CELL_WIDTH:.1f}" y="{y * CELL_HEIGHT}" width="{(x - start) * CELL_WIDTH:.1f}" '
                           f'height="{CELL_HEIGHT}" fill="{colour(bg, default_bg)}"/>')
        x = 0
        while x < len(row):  # text, in runs of one style; each run placed at its first cell
            style = row[x][1]
            start = x
            text = ""
            # A wide character is a run of its own, two cells wide, so that a font whose
            # glyph is wider or narrower moves nothing after it.
            if x + 1 < len(row) and row[x + 1][0] == "":
                text, x = row[x][0], x + 2
            else:
                while x < len(row) and row[x][1] == style and not (x + 1 < len(row) and row[x + 1][0] == ""):
                    text += row[x][0]
                    x += 1
            if not text.strip():
                continue
            attributes = f'fill="{colour(style[0], default_fg)}"' + (' font-weight="bold"' if style[2] else "") \
                + (' text-decoration="underline"' if style[3] else "")
            out.append(f'<text x="{start * CELL_WIDTH:.1f}" y="{y * CELL_HEIGHT + 13}" {attributes} xml:space="preserve" '
                       f'textLength="{(x - start) * CELL_WIDTH:.1f}" lengthAdjust="spacingAndGlyphs">{html.escape(text)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


# --- the scenes ------------------------------------------------------------------------------

def scenes(session, suffix, scheme):
    def shot(name):
        with open(os.path.join(args.out, f"{name}{suffix}.svg"), "w") as file:
            file.write(svg(cells(session.screen()), scheme))

    shot("balance")
    session.keys("2")
    session.keys("/")
    session.keys("Tal", literal=True)
    session.keys("Enter")
    shot("addresses-filtered")
    session.keys("/", "Escape")
    session.keys("a")
    session.keys("Mari Tamm", literal=True)
    session.keys("Tab", "Tab")
    session.keys("38001010000", literal=True)
    session.keys("Tab")
    session.keys("EE", literal=True)
    session.keys("Tab")
    shot("add-form-city-help")
    session.keys("Escape")
    session.keys("3")
    shot("channels")
    # The first reads go out together and come back in any order: sorted by method (the
    # third `s`), the first row selected, the picture is the same every time.
    session.keys("4", "s", "s", "s", "g")
    shot("requests")
    session.keys("5")
    session.wait("customer")
    session.wait_gone("reading…", "loen…")  # every row read (or refused), whatever the load
    time.sleep(0.5)
    shot("accounts")


for theme, lang, suffix, scheme in [("default", "en", "", "dark"), ("light", "en", "-light", "light"), ("default", "et", "-et", "dark")]:
    session = Session(theme, lang, f"{theme}-{lang}")
    try:
        scenes(session, suffix, scheme)
    finally:
        session.close()

# --- a first session, as a cast: the real screens at a steady pace ----------------------------

session = Session("default", "en", "cast")
frames = []


def frame(pause):
    screen = session.screen()
    frames.append((pause, "\x1b[H\x1b[2J" + "\r\n".join(line + "\x1b[0m" for line in screen.rstrip("\n").split("\n"))))


try:
    frame(0.5)
    for keys, literal, pause in [(["2"], False, 1.2), (["/"], False, 0.6), (["Tal"], True, 1.0), (["Enter"], False, 1.5),
                                 (["/", "Escape"], False, 0.8), (["a"], False, 1.0), (["Mari Tamm"], True, 0.8),
                                 (["Tab", "Tab"], False, 0.6), (["38001010000"], True, 0.8), (["Tab"], False, 0.6),
                                 (["EE"], True, 0.8), (["Tab"], False, 1.5), (["1"], True, 0.8), (["Tab"], False, 0.4),
                                 (["Tallinn"], True, 0.6), (["Tab"], False, 0.4), (["10115"], True, 0.6), (["Tab"], False, 0.4), (["Rüütli 12"], True, 0.8),
                                 (["Enter"], False, 2.0), (["3"], False, 1.2), (["Space"], False, 2.0)]:
        session.keys(*keys, literal=literal)
        frame(pause)
finally:
    session.close()
header = {"version": 2, "width": COLUMNS, "height": ROWS, "timestamp": 1796126400, "title": "afilnet-tui: a first session",
          "env": {"TERM": "xterm-256color", "SHELL": "/bin/sh"}}
with open(os.path.join(args.out, "first-session.cast"), "w") as cast:
    cast.write(json.dumps(header) + "\n")
    clock = 0.0
    for pause, data in frames:
        cast.write(json.dumps([round(clock, 3), "o", data], ensure_ascii=False) + "\n")
        clock += pause

shutil.rmtree(work, ignore_errors=True)
print(f"wrote {len(os.listdir(args.out))} files to {args.out}")
