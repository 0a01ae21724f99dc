import Testing
@testable import CLI

/// Progress lines go where someone watches: a terminal, unless JEJAK_PROGRESS says otherwise.
@Suite struct ProgressLogTests {
    @Test func progressShowsOnATerminalOnly() {
        #expect(ProgressLog.isEnabled(terminal: true, environment: [:]))
        #expect(!ProgressLog.isEnabled(terminal: false, environment: [:]))
    }

    @Test func theEnvironmentOverrides() {
        #expect(ProgressLog.isEnabled(terminal: false, environment: ["JEJAK_PROGRESS": "1"]))
        #expect(!ProgressLog.isEnabled(terminal: true, environment: ["JEJAK_PROGRESS": "0"]))
    }
}
