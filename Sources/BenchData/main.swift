import Foundation

// jejak-bench-data: the deterministic generator of the benchmark dataset (see BenchOptions.usage).
guard let options = BenchOptions.parse(Array(CommandLine.arguments.dropFirst())) else {
    FileHandle.standardError.write(Data((BenchOptions.usage + "\n").utf8))
    exit(64)
}
do {
    switch options.mode {
    case .chat:
        let written = try ParseBenchChat.write(messages: options.messages, to: URL(fileURLWithPath: options.out), seed: options.seed)
        print("messages=\(written.messages) system=\(written.system) bytes=\(written.bytes)")
    case .telegram:
        let written = try ParseBenchChat.writeTelegram(messages: options.messages, to: URL(fileURLWithPath: options.out), seed: options.seed)
        print("messages=\(written.messages) bytes=\(written.bytes)")
    case .instagram:
        let written = try ParseBenchChat.writeInstagram(messages: options.messages, to: URL(fileURLWithPath: options.out), seed: options.seed)
        print("messages=\(written.messages) bytes=\(written.bytes)")
    case .parse:
        print(try ParseOnly.run(URL(fileURLWithPath: options.out)))
    case .dataset:
        let counts = try BenchDataset(options: options).write()
        for key in counts.keys.sorted() { print("\(key)=\(counts[key]!)") }
    }
} catch {
    FileHandle.standardError.write(Data("jejak-bench-data: \(error)\n".utf8))
    exit(1)
}
