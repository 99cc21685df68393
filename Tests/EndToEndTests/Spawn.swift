import Foundation

/// Runs a program with posix_spawn and waitpid. Foundation's `Process` can miss the exit of a
/// child whose own child daemonizes (tmux's server), and then waits forever.
enum Spawn {
    struct Failure: Error { let program: String }

    static func run(_ program: String, _ arguments: [String], readOutput: Bool = true) throws -> String {
        var output: [Int32] = [-1, -1]
        guard pipe(&output) == 0 else { throw Failure(program: program) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if readOutput {
            posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, output[0])
        posix_spawn_file_actions_addclose(&actions, output[1])
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        close(output[1])
        guard spawned == 0 else {
            close(output[0])
            throw Failure(program: program)
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while readOutput {
            let count = read(output[0], &buffer, buffer.count)
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        close(output[0])
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return String(decoding: data, as: UTF8.self)
    }
}
