import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Debian's Chromium, headless, driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`: JSON
/// messages separated by NUL bytes on file descriptors 3 and 4), so a test can sign in, click, press keys, read
/// the DOM and take screenshots in a real browser without a WebSocket library.
final class HeadlessChromium {
    enum Failure: Error, CustomStringConvertible {
        case notInstalled
        case cannotStart(Int32)
        case closed
        case timeout(String)
        case protocolError(String)

        var description: String {
            switch self {
            case .notInstalled: "no chromium on this machine (apt-get install chromium)"
            case .cannotStart(let code): "chromium did not start (posix_spawn \(code))"
            case .closed: "chromium closed the pipe"
            case .timeout(let what): "timed out waiting for \(what)"
            case .protocolError(let message): "DevTools: \(message)"
            }
        }
    }

    /// The browser's path, or nil when none is installed.
    static var executable: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private var pid: pid_t = 0
    private let toBrowser: Int32
    private let fromBrowser: Int32
    private var pending: [UInt8] = []
    private var nextID = 0
    private var session = ""
    private let profile: URL

    init(width: Int = 1280, height: Int = 900) throws {
        guard let executable = Self.executable else { throw Failure.notInstalled }
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        var commands: [Int32] = [0, 0], events: [Int32] = [0, 0]
        guard pipe(&commands) == 0, pipe(&events) == 0 else { throw Failure.cannotStart(errno) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, commands[0], 3)
        posix_spawn_file_actions_adddup2(&actions, events[1], 4)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = [executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                         "--remote-debugging-pipe", "--user-data-dir=\(profile.path)", "--window-size=\(width),\(height)", "about:blank"]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let status = posix_spawn(&pid, executable, &actions, nil, &argv, environ)
        close(commands[0])
        close(events[1])
        toBrowser = commands[1]
        fromBrowser = events[0]
        guard status == 0 else { throw Failure.cannotStart(status) }
        let target = try call("Target.createTarget", ["url": "about:blank"], inPage: false)
        guard let targetID = target["targetId"] as? String else { throw Failure.protocolError("no target") }
        let attached = try call("Target.attachToTarget", ["targetId": targetID, "flatten": true], inPage: false)
        session = attached["sessionId"] as? String ?? ""
        _ = try call("Page.enable")
    }

    deinit {
        close(toBrowser)
        close(fromBrowser)
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        try? FileManager.default.removeItem(at: profile)
    }

    /// Loads `url` and waits until the page has loaded.
    func open(_ url: String) throws {
        _ = try call("Page.navigate", ["url": url])
        try waitForPage { $0 == url }
    }

    /// Waits until a page whose address satisfies `address` has loaded (after a form is sent, a key pressed).
    func waitForPage(timeout: TimeInterval = 15, _ address: (String) -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try evaluate("document.readyState + ' ' + location.href") as? String ?? ""
            if last.hasPrefix("complete "), address(String(last.dropFirst(9))) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure.timeout("the next page (last: \(last))")
    }

    /// Runs JavaScript in the page and returns its value (JSON-compatible).
    func evaluate(_ script: String) throws -> Any? {
        let result = try call("Runtime.evaluate", ["expression": script, "returnByValue": true, "awaitPromise": true])
        if let exception = result["exceptionDetails"] as? [String: Any] { throw Failure.protocolError("\(exception["text"] ?? exception)") }
        return (result["result"] as? [String: Any])?["value"]
    }

    /// Presses a key as a person would (keydown, char, keyup), to the focused element.
    func press(_ key: String) throws {
        let code = Int(key.uppercased().unicodeScalars.first!.value)
        for type in ["keyDown", "char", "keyUp"] {
            var event: [String: Any] = ["type": type, "key": key, "code": "Key\(key.uppercased())", "windowsVirtualKeyCode": code]
            if type == "char" { event["text"] = key }
            _ = try call("Input.dispatchKeyEvent", event)
        }
    }

    /// Lays pages out as a phone of `width` CSS pixels would (touch, device pixel ratio 2).
    func emulatePhone(width: Int = 390, height: Int = 844) throws {
        _ = try call("Emulation.setDeviceMetricsOverride", ["width": width, "height": height, "deviceScaleFactor": 2, "mobile": true])
    }

    /// Back to the window's own size.
    func stopEmulating() throws {
        _ = try call("Emulation.clearDeviceMetricsOverride")
    }

    /// A PNG of the whole page.
    func screenshot(to url: URL) throws {
        let result = try call("Page.captureScreenshot", ["format": "png", "captureBeyondViewport": true])
        guard let data = (result["data"] as? String).flatMap({ Data(base64Encoded: $0) }) else { throw Failure.protocolError("no screenshot") }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    // MARK: The protocol

    private func call(_ method: String, _ params: [String: Any] = [:], inPage: Bool = true) throws -> [String: Any] {
        nextID += 1
        var message: [String: Any] = ["id": nextID, "method": method, "params": params]
        if inPage { message["sessionId"] = session }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(toBrowser, buffer.baseAddress! + offset, buffer.count - offset)
                guard written > 0 else { throw Failure.closed }
                offset += written
            }
        }
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let reply = try nextMessage(until: deadline)
            guard reply["id"] as? Int == nextID else { continue }  // an event, or an answer to an earlier call
            if let error = reply["error"] as? [String: Any] { throw Failure.protocolError("\(method): \(error["message"] ?? error)") }
            return reply["result"] as? [String: Any] ?? [:]
        }
        throw Failure.timeout(method)
    }

    private func nextMessage(until deadline: Date) throws -> [String: Any] {
        while true {
            if let end = pending.firstIndex(of: 0) {
                let data = Data(pending[..<end])
                pending.removeSubrange(...end)
                return (try JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
            }
            var poller = pollfd(fd: fromBrowser, events: Int16(POLLIN), revents: 0)
            let wait = Int32(max(0, deadline.timeIntervalSinceNow) * 1000)
            guard poll(&poller, 1, wait) > 0 else { throw Failure.timeout("chromium") }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = read(fromBrowser, &chunk, chunk.count)
            guard count > 0 else { throw Failure.closed }
            pending += chunk[..<count]
        }
    }
}
