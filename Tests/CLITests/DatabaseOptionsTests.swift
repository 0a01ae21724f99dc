import Alumni
import Testing
@testable import CLI

/// `JEJAK_WRITE_WAIT`: how long a command waits for another to finish writing before it gives up.
@Suite struct DatabaseOptionsTests {
    @Test(arguments: [
        (nil, WriterQueue.defaultLimit), ("90", .seconds(90)), ("0.5", .milliseconds(500)),
        ("0", WriterQueue.defaultLimit), ("soon", WriterQueue.defaultLimit),
    ] as [(String?, Duration)])
    func theWaitComesFromTheEnvironment(setting: String?, limit: Duration) {
        let environment = setting.map { ["JEJAK_WRITE_WAIT": $0] } ?? [:]
        #expect(DatabaseOptions.writerQueue(environment: environment).limit == limit)
    }
}
