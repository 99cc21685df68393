import AfilnetAPI
import ArgumentParser
import Foundation

struct ChannelsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "channels", abstract: "List the channels, or switch one on or off.",
        subcommands: [List.self, Enable.self, Disable.self], defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the channels and whether each is on.")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let session = try connection.connect()
            let channels: [Channel]
            do { channels = try await session.client.channels() } catch { throw fail(error, session.text) }
            if output.json {
                return try printJSON(channels.map { [APIField.channeltype.rawValue: $0.type, APIField.channelname.rawValue: $0.name, APIField.active.rawValue: $0.isActive ? "1" : "0"] })
            }
            let t = session.text
            var table = TextTable([t.columnType, t.columnName, t.columnActive].map { $0.uppercased() })
            for channel in channels { table.add([channel.type, channel.name, channel.isActive ? t.on : t.off]) }
            print(table.rendered, terminator: "")
        }
    }

    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "enable", abstract: "Switch a channel on.")
        @OptionGroup var target: ChannelTarget
        func run() async throws { try await target.switchChannel(on: true) }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "disable", abstract: "Switch a channel off.")
        @OptionGroup var target: ChannelTarget
        func run() async throws { try await target.switchChannel(on: false) }
    }
}

/// What `channels enable` and `channels disable` both take, and what they both do.
struct ChannelTarget: ParsableArguments {
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Channel name, e.g. sms.") var name: String

    func switchChannel(on: Bool) async throws {
        let session = try connection.connect()
        try session.refuseIfReadOnly()
        do {
            let text = session.text
            try report(try await session.client.setChannel(name, active: on), json: output.json, done: text.cliChannelSwitched(name, on), text)
        } catch {
            throw fail(error, session.text)
        }
    }
}
