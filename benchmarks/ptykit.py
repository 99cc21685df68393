"""What the pty benchmarks share: the UI started in a pseudo-terminal of a given size, output
read with a timeout, a key timed to the first byte back."""
import fcntl, os, pty, select, signal, struct, termios, time


def spawn(argv, env, rows, columns):
    """The program in a new pty of `rows`×`columns`: (pid, fd)."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    return pid, fd


def read_some(fd, timeout):
    ready, _, _ = select.select([fd], [], [], timeout)
    if not ready:
        return b""
    try:
        return os.read(fd, 1 << 16)
    except OSError:
        return b""


def wait_for(fd, text, seconds):
    seen = bytearray()
    deadline = time.monotonic() + seconds
    while text not in seen and time.monotonic() < deadline:
        seen += read_some(fd, 0.05)
    return seen


def timed_key(fd, key):
    """Milliseconds from `key` to the first byte back (1000 when nothing came in a second),
    and what came."""
    read_some(fd, 0)  # what is already there is not an answer to this key
    sent = time.monotonic()
    os.write(fd, key)
    chunk = read_some(fd, 1.0)
    return ((time.monotonic() - sent) * 1000 if chunk else 1000.0), chunk


def stop(pid, fd):
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(fd)
