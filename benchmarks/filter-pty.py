#!/usr/bin/env python3
"""The `/` filter as a user meets it: the real executable in a pseudo-terminal on
`--sandbox --sandbox-addresses 100000` (100,006 addresses), 80x24. For each filter, keys are
typed one at a time and each timed from the write to the settled screen (no byte for 60 ms: the frame of an off-thread result comes after the key's own);
then 20 keys are written at once, as a paste delivers them, and the screen must end on the
count the same text gives typed slowly.

    python3 benchmarks/filter-pty.py BINARY
"""
import os, pty, re, select, signal, statistics, struct, sys, fcntl, termios, tempfile, time

SETTLE_MS = 60  # longer than a search: the off-thread result's frame must be in
FILTERS = {
    "ASCII": "tall",
    "Estonian": "tõnu",
    "õ ä ö ü š ž": "õäöüšž",
    "Cyrillic": "мари",
    "CJK": "東京",
    "plain for marked": "jüri mägi",
}


def spawn(command, env):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(command[0], command, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    os.kill(pid, signal.SIGWINCH)
    return pid, fd


def read_until(fd, pattern, timeout, buffer):
    deadline = time.monotonic() + timeout
    while not re.search(pattern, buffer.decode("utf-8", "replace")):
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"never saw {pattern!r}")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            buffer.extend(os.read(fd, 65536))


def settle(fd, buffer, quiet_ms=SETTLE_MS, limit=10.0):
    """Reads until quiet for quiet_ms; returns the time of the last byte (or None)."""
    last, start = None, time.monotonic()
    while time.monotonic() - start < limit:
        ready, _, _ = select.select([fd], [], [], quiet_ms / 1000)
        if not ready:
            if last is not None or time.monotonic() - start > 1.0:
                break
            continue
        buffer.extend(os.read(fd, 65536))
        last = time.monotonic()
    return last


def counter(fd):
    """The rows the list shows: read from a full repaint (Ctrl-L), as ncurses otherwise
    sends only the cells that changed."""
    buffer = bytearray()
    os.write(fd, b"\x0c")
    settle(fd, buffer, quiet_ms=100)
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][0-9A-Za-z]", "", buffer.decode("utf-8", "replace"))
    counts = [(m.start(), int(m.group(1))) for m in re.finditer(r" \d+/(\d+) ", text)]
    nothing = [(m.start(), 0) for m in re.finditer(r"Nothing matches", text)]
    found = sorted(counts + nothing)
    return found[-1][1] if found else None


def main():
    binary = sys.argv[1]
    home = tempfile.mkdtemp(prefix="afilnet-filter-")
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", HOME=home, XDG_STATE_HOME=home + "/state")
    pid, fd = spawn([binary, "--sandbox", "--sandbox-addresses", "100000", "--sandbox-db", home + "/db.sqlite"], env)
    buffer = bytearray()
    read_until(fd, r"Balance", 120, buffer)
    os.write(fd, b"2")
    read_until(fd, r"1/100006", 120, buffer)
    settle(fd, buffer, quiet_ms=500)
    all_times = []
    counts = {}
    for name, text in FILTERS.items():
        os.write(fd, b"/")
        settle(fd, buffer)
        times = []
        for character in text:
            del buffer[:]
            sent = time.monotonic()
            os.write(fd, character.encode())
            last = settle(fd, buffer)
            times.append((last - sent) * 1000 if last else 0.0)
        counts[text] = counter(fd)
        all_times += times
        print(f"{name:18} {text!r:12} keys: " + " / ".join(f"{t:.0f}" for t in times)
              + f" ms (median {statistics.median(times):.1f}, max {max(times):.1f}); {counts[text]} rows")
        os.write(fd, b"\x1b")  # clear the filter
        settle(fd, buffer, quiet_ms=100)
    # 20 keys at once: typed, taken back, typed again; must end on the slow count of "tõnu".
    burst = "jüri mägi" + "\x7f" * 9 + "tõ"
    os.write(fd, b"/")
    settle(fd, buffer)
    del buffer[:]
    sent = time.monotonic()
    os.write(fd, burst.encode())
    last = settle(fd, buffer, quiet_ms=100)
    got = counter(fd)
    os.write(fd, b"\x1b")
    settle(fd, buffer, quiet_ms=100)
    os.write(fd, "/tõ".encode())
    settle(fd, buffer, quiet_ms=200)
    slow = counter(fd)
    print(f"20 keys at once ('jüri mägi', 9 x Backspace, 'tõ'): settled after {(last - sent) * 1000:.0f} ms on {got} rows; "
          f"'tõ' typed slowly: {slow} rows -> {'same' if got == slow else 'DIFFERENT'}")
    print(f"all keys: median {statistics.median(all_times):.1f} ms, max {max(all_times):.1f} ms over {len(all_times)} keys")
    os.kill(pid, signal.SIGTERM)
    os.waitpid(pid, 0)


if __name__ == "__main__":
    main()
