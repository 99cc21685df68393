#!/usr/bin/env python3
"""A seeded monkey: drives the real afilnet-tui in a pseudo-terminal against a sandbox that
fails often (every fault kind), with random input a user, a paste or a terminal can send.

    python3 scripts/monkey.py --binary .build/debug/afilnet-tui --seed 7 --steps 5000

After every step: the process lives. Every 10 steps a ^L (redraw) measures key-to-screen
latency (how long a key waits behind other work); every 100 steps it must come within 1 s.
At the end: Esc, `q` (and `y` if asked) exits 0, and the terminal's modes are restored
(line discipline as before, alternate screen, bracketed paste and cursor handed back).
Long input: now and then the add form gets hundreds of characters typed into every field,
character by character, or the same text pasted into every field again and again; a ^L
after each field must be answered within 1 s.
The ledger (docs/architecture.md, "Writes in flight"): after the run, the sandbox's own
request log is read back. No two identical writes (method and parameters) may overlap in
time, and every write must have a key behind it: each `addaddress` and `modifychannel` an
Enter or Space sent before it and not claimed by another, each `deleteaddress` a `y`.
A failure prints the seed, the step and the last 30 inputs: the same seed and steps replay
the same inputs. The report line gives key-to-first-byte latencies (p50, p99, max) and the
longest field typed.
"""
import argparse, fcntl, json, os, pty, random, re, select, shutil, signal, sqlite3, struct, subprocess, sys, tempfile, termios, time

ESC = "\x1b"
# Keys of the default key table, and the editing keys of fields and the filter. `q` and ^C
# are left out: they end the session, which the monkey does only at the end.
BOUND = list("?123456jkgGrs/adeptv* ") + ["\t", ESC + "[Z", "\r"]
ARROWS = [ESC + "[A", ESC + "[B", ESC + "[C", ESC + "[D", ESC + "OA", ESC + "OB", ESC + "OC", ESC + "OD"]
NAVIGATION = [ESC + "[H", ESC + "[F", ESC + "[1~", ESC + "[4~", ESC + "[5~", ESC + "[6~", ESC + "[3~", ESC + "OH", ESC + "OF"]
EDITING = ["\x7f", "\x08", "\x01", "\x05", "\x17", "\x0b", "\x15", "\x0c", "\x02", "\x06"]
FUNCTION = [ESC + "OP", ESC + "OQ", ESC + "OR", ESC + "OS", ESC + "[15~", ESC + "[17~", ESC + "[24~",
            ESC + "[1;5A", ESC + "[1;2B", ESC + "[1;3C", ESC + "[1;5D"]
ESTONIAN = list("õäöüšžÕÄÖÜŠŽ") + ["Tõnis", "Õunapuu OÜ", "Pärnu mnt", "Šaršeltšik", "Žürii"]
COMBINING = ["e\u0301", "O\u0303unapuu", "a\u0308", "\u0303", "\u0301", "n\u0303\u0301\u0323", "Z\u0351\u0352\u0353\u0354\u0355\u0356"]
EMOJI = ["👨‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "🇪🇪", "🇪", "❤️", "\u200d", "\ufe0f", "😀"]
CJK = ["東京", "商事", "한국어", "日本語テキスト", "ｆｕｌｌ"]
RTL = ["שלום", "مرحبا", "\u202etxet\u202c", "\u2067x\u2069", "\u200f"]
CYRILLIC = ["Привет", "ёлка", "ЖЖ"]
ZERO_WIDTH = ["\u200b", "\u2060", "\ufeff", "\u00ad"]
TEXT_POOLS = [ESTONIAN, COMBINING, EMOJI, CJK, RTL, CYRILLIC, ZERO_WIDTH, list("abcxyz019 -.,")]


class Failure(Exception):
    pass


class Monkey:
    def __init__(self, args):
        self.args = args
        self.random = random.Random(args.seed)
        self.history = []
        self.latencies = []
        self.output = bytearray()
        self.home = tempfile.mkdtemp(prefix=f"afilnet-monkey-{args.seed}-")
        self.sandbox = None
        self.pid = None
        self.fd = None
        self.size = (80, 24)
        self.keys = 0
        # Wall-clock times of keys that can ask for a write, for the ledger.
        self.write_keys = {"toggle": [], "yes": []}
        self.longest_field = 0

    # --- set-up ------------------------------------------------------------------------
    def start_sandbox(self):
        database = os.path.join(self.home, "sandbox.sqlite")
        command = [self.args.binary, "sandbox", "serve", "--port", "0", "--db", database,
                   "--addresses", str(self.args.addresses), "--fault", "all",
                   "--fault-rate", str(self.args.fault_rate), "--fault-seed", str(self.args.seed),
                   "--slow-ms", "3000"]
        self.sandbox = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.sandbox.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not match:
            raise Failure(f"sandbox did not start: {line!r}")
        return f"http://127.0.0.1:{match.group(1)}/api/http/"

    def write_config(self, endpoint):
        folder = os.path.join(self.home, "config", "afilnet-tui")
        os.makedirs(folder)
        path = os.path.join(folder, "config.toml")
        with open(path, "w") as config:
            config.write(f"""default_profile = "main"
low_balance = 200.0
balance_refresh_seconds = 2

[profiles.main]
endpoint = "{endpoint}"
api = "{self.args.api}"
auth = "{self.args.auth}"
user = "demo"
password = "demo"
request_timeout = 2

[profiles.readonly]
endpoint = "{endpoint}"
user = "demo"
password = "demo"
read_only = true

[profiles.wrong]
endpoint = "{endpoint}"
user = "demo"
password = "not-the-password"
""")
        os.chmod(path, 0o600)

    def spawn(self):
        env = {"HOME": self.home, "XDG_CONFIG_HOME": os.path.join(self.home, "config"),
               "XDG_STATE_HOME": os.path.join(self.home, "state"), "PATH": "/usr/bin:/bin",
               "TERM": "xterm-256color", "LANG": "C.UTF-8", "TZ": "UTC"}
        if "SWIFT_BACKTRACE" in os.environ:
            env["SWIFT_BACKTRACE"] = os.environ["SWIFT_BACKTRACE"]
        pid, fd = pty.fork()
        if pid == 0:
            os.execve(self.args.binary, [self.args.binary], env)
        self.pid, self.fd = pid, fd
        self.resize(80, 24)
        self.modes_before = termios.tcgetattr(fd)

    # --- the terminal ------------------------------------------------------------------
    def drain(self, timeout=0.0):
        """Reads what the app wrote; returns when the first byte came (or None)."""
        first = None
        deadline = time.monotonic() + timeout
        while True:
            left = max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                return first
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                return first
            if not data:
                return first
            if first is None:
                first = time.monotonic()
            self.output.extend(data)
            if len(self.output) > 1 << 20:
                del self.output[: len(self.output) - (1 << 19)]
            deadline = time.monotonic()  # keep reading only what is already there

    def send(self, text, keys=None):
        """Writes input; `keys` counts it as key presses (default: one per character, one
        for an escape sequence)."""
        data = text.encode("utf-8", "surrogatepass")
        self.keys += keys if keys is not None else (1 if text.startswith(ESC) else len(text))
        if keys is None:  # not a paste: its characters are keys
            now = time.time()
            self.write_keys["toggle"] += [now] * (text.count("\r") + text.count(" "))
            self.write_keys["yes"] += [now] * (text.count("y") + text.count("Y"))
        os.write(self.fd, data)
        self.drain(self.args.wait)

    def resize(self, columns, rows):
        self.size = (columns, rows)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        if self.pid:
            os.kill(self.pid, signal.SIGWINCH)

    def alive(self):
        finished, status = os.waitpid(self.pid, os.WNOHANG | os.WUNTRACED)
        if finished == 0:
            return True
        if os.WIFSTOPPED(status):
            return True
        self.exit_status = status
        return False

    # --- input -------------------------------------------------------------------------
    def text(self):
        pool = self.random.choice(TEXT_POOLS)
        return "".join(self.random.choice(pool) for _ in range(self.random.randint(1, 4)))

    def random_scalar(self):
        while True:
            value = self.random.choice([self.random.randint(0x20, 0x7e), self.random.randint(0xa0, 0xffff),
                                        self.random.randint(0x10000, 0x10ffff)])
            if not 0xd800 <= value <= 0xdfff and chr(value) not in "qQ":
                return chr(value)

    def step(self):
        r = self.random.random()
        if r < 0.30:
            key = self.random.choice(BOUND)
            return ("key", key)
        if r < 0.45:
            return ("key", self.random.choice(ARROWS + NAVIGATION))
        if r < 0.55:
            return ("key", self.random.choice(EDITING + [ESC, "\t", "\r"]))
        if r < 0.58:
            return ("key", self.random.choice(FUNCTION))
        if r < 0.75:
            return ("text", self.text())
        if r < 0.77:
            return ("text", "".join(self.random_scalar() for _ in range(self.random.randint(1, 3))))
        if r < 0.82:
            parts = [self.text() for _ in range(self.random.randint(1, 4))]
            glue = ["\n", "\r\n", "\t", "\x07", "\x1b", "\x00", " ", "\x7f", "\x1b[A"]
            body = "".join(part + self.random.choice(glue) for part in parts)
            if self.random.random() < 0.1:
                body *= 50  # a long paste
            return ("paste", body)
        if r < 0.87:
            choice = self.random.random()
            if choice < 0.2:
                return ("resize", (self.random.randint(10, 39), self.random.randint(3, 9)))
            if choice < 0.3:
                return ("resize", (self.random.randint(200, 300), self.random.randint(60, 100)))
            return ("resize", (self.random.randint(40, 160), self.random.randint(10, 50)))
        if r < 0.88:
            return ("storm", [(self.random.randint(10, 300), self.random.randint(3, 100)) for _ in range(20)])
        if r < 0.89:
            return ("suspend", None)
        if r < 0.91:
            dialog = self.random.choice(["?", "a", "p", "/", "d", "\r"])
            return ("dialog-resize", (dialog, self.random.randint(10, 200), self.random.randint(3, 60)))
        if r < 0.93:
            return ("profile", self.random.randint(0, 3))
        if r < 0.95:
            return ("key", self.random.choice(["y", "Y", "n"]))
        if r < 0.975:
            return ("write", self.random.choice(["add", "add-again", "delete", "delete-again", "toggle", "toggle-again"]))
        if r < 0.978:
            return ("long-type", self.random.randint(100, 400))
        if r < 0.982:
            return ("long-paste", (self.text() * self.random.randint(5, 40), self.random.randint(2, 5)))
        # A run of typing, as fast as a paste would deliver it (no `q`: it would quit).
        return ("burst", "".join(self.random.choice(list("abcdefghijklmnoprstuvwxyzõäöüšž")) for _ in range(20)))

    def perform(self, step):
        kind, value = step
        if kind in ("key", "text", "burst"):
            self.send(value)
        elif kind == "paste":
            self.send(ESC + "[200~" + value + ESC + "[201~", keys=1)
        elif kind == "resize":
            self.resize(*value)
            self.drain(self.args.wait)
        elif kind == "storm":
            for size in value:
                self.resize(*size)
            self.drain(self.args.wait)
        elif kind == "suspend":
            os.kill(self.pid, signal.SIGTSTP)
            time.sleep(0.02)
            self.drain(0.01)
            os.kill(self.pid, signal.SIGCONT)
            self.drain(self.args.wait)
        elif kind == "dialog-resize":
            dialog, columns, rows = value
            self.send(dialog)
            self.resize(columns, rows)
            self.drain(self.args.wait)
        elif kind == "profile":
            self.send("p")
            self.send("j" * value)
            self.send("\r")
        elif kind == "write":
            self.write(value)
        elif kind == "long-type":
            self.long_input(lambda: self.type_slowly(value))
        elif kind == "long-paste":
            text, times = value
            self.long_input(lambda: [self.send(ESC + "[200~" + text + ESC + "[201~", keys=1) for _ in range(times)])

    def write(self, how):
        """Asks for a write on purpose (random keys seldom fill a valid form), and with
        "-again" asks for the same one again by another path while it may be on its way."""
        self.escape()
        if how.startswith("add"):
            self.send("2")
            self.send("a")
            for text in [f"Monkey {self.random.randint(1, 3)}", "\t", "\t", "1", "\t", "EE", "\t", "1", "\t", "Tallinn", "\t", "1", "\t", "x"]:
                self.send(text)
            self.send("\r")
            if how == "add-again":
                self.escape(1)
                for key in ("a", "\r", "\r"):
                    self.send(key)
        elif how.startswith("delete"):
            self.send("2")
            self.send(self.random.choice(["j", "k", "G", "g"]))
            self.send("d")
            self.send("y")
            if how == "delete-again":
                self.send("d")
                self.send("y")
        else:
            self.send("3")
            self.send(self.random.choice(["j", "k", "g"]))
            self.send(" ")
            if how == "toggle-again":
                self.send("\r")

    def escape(self, times=2):
        """Esc, alone: a key right behind it (within ncurses' ESC delay) would read as Alt+key."""
        for _ in range(times):
            self.send(ESC)
            time.sleep(0.05)

    def type_slowly(self, count):
        """Types `count` characters one write at a time, as a person (or a slow paste) would."""
        pool = list("abcdefghijklmnoprstuvwxyz 0123456789õäöüšžÕÄÖÜŠŽ-.,") + ["e\u0301", "👍🏽", "東", "\u200b"]
        for _ in range(count):
            character = self.random.choice(pool)
            while character in "qQyY":
                character = self.random.choice(pool)
            if character == " ":
                self.write_keys["toggle"].append(time.time())
            os.write(self.fd, character.encode("utf-8"))
            self.keys += 1
            self.drain(0)
        self.longest_field = max(self.longest_field, count)

    def long_input(self, fill):
        """Opens the add form and fills every field (Tab to the next), probing after each."""
        self.escape()
        for key in ("2", "a"):
            self.send(key)
        for field in range(9):
            fill()
            self.probe(f"long input, field {field + 1}")
            os.write(self.fd, b"\t")
            self.keys += 1
            self.drain(self.args.wait)

    def probe(self, number):
        """^L repaints the whole screen: its first byte back is the key-to-screen latency."""
        self.drain(0)
        sent = time.monotonic()
        os.write(self.fd, b"\x0c")
        self.keys += 1
        first = self.drain(1.0)
        if first is None:
            if not self.alive():
                raise Failure(f"the app died at step {number}: {self.describe_exit()}")
            raise Failure(f"no answer to ^L within 1 s at step {number} (hung?)")
        self.latencies.append((first - sent) * 1000)

    # --- the run -----------------------------------------------------------------------
    def run(self):
        endpoint = self.start_sandbox()
        self.write_config(endpoint)
        self.spawn()
        self.drain(1.0)
        for number in range(1, self.args.steps + 1):
            step = self.step()
            self.history.append((number, step))
            del self.history[:-30]
            self.perform(step)
            if not self.alive():
                raise Failure(f"the app died at step {number}: {self.describe_exit()}")
            if number % 100 == 0 and (self.size[0] < 40 or self.size[1] < 10 or self.random.random() < 0.5):
                self.resize(80, 24)
            if number % 10 == 0:
                self.probe(number)
        self.finish()
        self.check_ledger()

    def check_ledger(self):
        """The sandbox's request log against the keys sent: no identical writes overlapping,
        none without a key behind it."""
        self.sandbox.terminate()  # writes its last log entries
        self.sandbox.wait()
        database = sqlite3.connect(os.path.join(self.home, "sandbox.sqlite"))
        rows = database.execute(
            "SELECT time, method, parameters, duration_ms FROM request_log "
            "WHERE method IN ('addaddress', 'deleteaddress', 'modifychannel') ORDER BY time").fetchall()
        database.close()
        open_writes = {}
        for start, method, parameters, duration in rows:
            identity = (method, json.dumps({k: v for k, v in json.loads(parameters).items() if k != "password"}, sort_keys=True))
            end = start + duration / 1000
            if identity in open_writes and open_writes[identity] > start:
                raise Failure(f"ledger: two identical {method} overlap at {start:.3f}: {identity[1][:200]}")
            open_writes[identity] = max(end, open_writes.get(identity, 0))
        slack = 0.05  # the two clocks are the same; the log's time is taken as the request arrives
        toggles = sorted(self.write_keys["toggle"])
        claimed = 0
        for start, method, _, _ in rows:
            if method == "deleteaddress":
                if not any(t <= start + slack for t in self.write_keys["yes"]):
                    raise Failure(f"ledger: a deleteaddress at {start:.3f} with no y before it")
                continue
            if claimed >= len(toggles) or toggles[claimed] > start + slack:
                raise Failure(f"ledger: a {method} at {start:.3f} with no Enter or Space before it left to claim")
            claimed += 1
        self.writes_seen = len(rows)

    def finish(self):
        self.resize(80, 24)
        for _ in range(3):
            self.send(ESC)
            time.sleep(0.05)
        self.send("q")
        deadline = time.monotonic() + 5
        answered = False
        while time.monotonic() < deadline:
            self.drain(0.1)
            if not self.alive():
                break
            if not answered and time.monotonic() > deadline - 4.5:
                self.send("y")  # the form held input: quitting asks first
                answered = True
        else:
            raise Failure("q, y did not end the app within 5 s")
        if not os.WIFEXITED(self.exit_status) or os.WEXITSTATUS(self.exit_status) != 0:
            raise Failure(f"q ended the app with {self.describe_exit()}")
        self.drain(0.2)
        after = termios.tcgetattr(self.fd)
        if after != self.modes_before:
            raise Failure(f"terminal modes not restored: {self.modes_before} -> {after}")
        tail = bytes(self.output)
        for on, off, what in [(b"\x1b[?1049h", b"\x1b[?1049l", "alternate screen"),
                              (b"\x1b[?2004h", b"\x1b[?2004l", "bracketed paste")]:
            if tail.rfind(on) > tail.rfind(off):
                raise Failure(f"{what} left on at exit")

    def describe_exit(self):
        status = getattr(self, "exit_status", None)
        if status is None:
            return "still running"
        if os.WIFSIGNALED(status):
            return f"signal {os.WTERMSIG(status)}"
        return f"exit status {os.WEXITSTATUS(status)}"

    def cleanup(self):
        if self.pid:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
        if self.sandbox and self.sandbox.poll() is None:
            self.sandbox.terminate()
            self.sandbox.wait()
        if not self.args.keep:
            shutil.rmtree(self.home, ignore_errors=True)

    def report(self):
        values = sorted(self.latencies) or [0.0]
        p = lambda q: values[min(len(values) - 1, int(len(values) * q))]
        return (f"seed {self.args.seed}: {self.args.steps} steps, {self.keys} keys sent, 0 crashes, 0 hangs; "
                f"key-to-screen over {len(self.latencies)} probes: p50 {p(0.5):.1f} ms, p99 {p(0.99):.1f} ms, "
                f"max {values[-1]:.1f} ms; longest field typed {self.longest_field} characters; "
                f"ledger: {getattr(self, 'writes_seen', 0)} writes, 0 duplicates, 0 without a key")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--steps", type=int, default=2000)
    parser.add_argument("--addresses", type=int, default=500, help="synthetic addresses in the sandbox")
    parser.add_argument("--fault-rate", type=float, default=0.2)
    parser.add_argument("--api", default="http", choices=["http", "soap"], help="the main profile's API")
    parser.add_argument("--auth", default="post", choices=["post", "get", "basic", "jwt"], help="the main profile's auth")
    parser.add_argument("--wait", type=float, default=0.004, help="seconds to wait for output after an input")
    parser.add_argument("--keep", action="store_true", help="keep the run's folder (config, state, crash reports)")
    args = parser.parse_args()
    monkey = Monkey(args)
    try:
        monkey.run()
    except Failure as failure:
        print(f"MONKEY FAILED (seed {args.seed}): {failure}", file=sys.stderr)
        print(f"replay: python3 scripts/monkey.py --binary {args.binary} --seed {args.seed} --steps {args.steps} --api {args.api} --auth {args.auth}", file=sys.stderr)
        print("last inputs:", file=sys.stderr)
        for number, step in monkey.history:
            print(f"  {number}: {step[0]} {step[1]!r}", file=sys.stderr)
        with open(os.path.join(monkey.home, "output.bin"), "wb") as output:
            output.write(monkey.output)
        text = bytes(monkey.output[-4000:]).decode("utf-8", "replace")
        errors = re.findall(r"[^\x1b\r\n]*Fatal error[^\x1b\r\n]*", text)
        if errors:
            print("the app said:", errors[-1], file=sys.stderr)
        monkey.args.keep = True
        print(f"run folder kept: {monkey.home}", file=sys.stderr)
        monkey.cleanup()
        sys.exit(1)
    monkey.cleanup()
    print(monkey.report())


if __name__ == "__main__":
    main()
