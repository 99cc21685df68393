#!/usr/bin/env python3
"""Measures a terminal program the way a user meets it, through a pseudo-terminal.

For each program and size: time to the first complete frame, time to the frame with data,
key-to-settled-screen latency and bytes written for one-row and page moves, and peak RSS.
"Settled" means no further byte for SETTLE_MS after the last one.

    python3 benchmarks/ui-pty.py NAME COLUMNS ROWS READY_TEXT DATA_TEXT DOWN PAGE PRELUDE -- COMMAND...

PRELUDE is typed as soon as the first frame is complete ("-" for nothing).
"""
import fcntl, os, pty, select, signal, statistics, struct, sys, termios, time

SETTLE_MS = 15


def spawn(command, columns, rows, env):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(command[0], command, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    os.kill(pid, signal.SIGWINCH)
    return pid, fd


def read_until(fd, needle, timeout, buffer):
    """Reads until `needle` has appeared in everything read; returns the time it did."""
    deadline = time.monotonic() + timeout
    while needle.encode() not in buffer:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"never saw {needle!r}")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            buffer.extend(os.read(fd, 65536))
    return time.monotonic()


def settle(fd, quiet_ms=SETTLE_MS, limit=5.0):
    """Reads until the program has been quiet for quiet_ms; returns (bytes, time of last byte)."""
    count, last, start = 0, None, time.monotonic()
    while time.monotonic() - start < limit:
        ready, _, _ = select.select([fd], [], [], quiet_ms / 1000)
        if not ready:
            if last is not None or time.monotonic() - start > 0.5:
                break
            continue
        data = os.read(fd, 65536)
        count += len(data)
        last = time.monotonic()
    return count, last


def moves(fd, key, times):
    latencies, sizes = [], []
    for _ in range(times):
        sent = time.monotonic()
        os.write(fd, key)
        count, last = settle(fd)
        if last is not None:
            latencies.append((last - sent) * 1000)
            sizes.append(count)
    return latencies, sizes


def peak_rss(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM"):
                return int(line.split()[1]) / 1024
    return 0.0


def describe(values):
    values = sorted(values)
    p95 = values[int(len(values) * 0.95) - 1] if values else 0
    return f"median {statistics.median(values):.2f} ms, p95 {p95:.2f} ms"


def main():
    name, columns, rows, ready, data_text, down, page, prelude = sys.argv[1:9]
    # DATA_TEXT may name two marks, "first|all": the first data shown, and all of it.
    command = sys.argv[sys.argv.index("--") + 1:]
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", COLUMNS=columns, LINES=rows)
    keys = {"j": b"j", "down": b"\x1b[B", "pgdn": b"\x1b[6~", "ctrl-f": b"\x06", "space": b" "}
    started = time.monotonic()
    pid, fd = spawn(command, int(columns), int(rows), env)
    buffer = bytearray()
    first = read_until(fd, ready, 20, buffer)
    if prelude != "-":
        os.write(fd, prelude.encode())
    marks = data_text.split("|")
    with_data = read_until(fd, marks[0], 60, buffer)
    with_all = read_until(fd, marks[-1], 60, buffer)
    settle(fd, quiet_ms=300, limit=30)
    # Ten moves stay inside the first page; the next 200 scroll the list on every move.
    row_latency, row_bytes = moves(fd, keys[down], 10)
    scroll_latency, scroll_bytes = moves(fd, keys[down], 200)
    page_latency, page_bytes = moves(fd, keys[page], 40)
    rss = peak_rss(pid)
    os.kill(pid, signal.SIGTERM)
    os.waitpid(pid, 0)
    print(f"{name} {columns}x{rows}: first frame {(first - started) * 1000:.0f} ms, with data {(with_data - started) * 1000:.0f} ms, "
          f"with all data {(with_all - started) * 1000:.0f} ms; "
          f"row move {describe(row_latency)}, {statistics.median(row_bytes):.0f} bytes; "
          f"scrolling row move {describe(scroll_latency)}, {statistics.median(scroll_bytes):.0f} bytes; "
          f"page move {describe(page_latency)}, {statistics.median(page_bytes):.0f} bytes; peak RSS {rss:.1f} MiB")


if __name__ == "__main__":
    main()
