/// When each tracer-survey wave takes replies: wave 3 from 3 months after graduation until 5 months after,
/// wave 6 from 6 until 9, wave 12 from 12 until 18 by default (`jejak config set survey.waves 3:5,6:9,12:18`).
///
/// A wave measures the situation at a point after training: an answer written long after that point describes
/// something else. A reply whose day lies in no window is kept as an out-of-wave observation and counted in no
/// wave's rate; a graduate is asked a wave only while its window is open.
public struct WaveWindows: Sendable, Equatable, CustomStringConvertible {
    public struct Window: Sendable, Equatable {
        /// Months after graduation the wave opens (its number).
        public var wave: Int
        /// Months after graduation the wave closes (the day itself still counts).
        public var closes: Int

        /// Whether a reply on `date` from a graduate of `graduatedOn` falls in this window.
        public func contains(_ date: CivilDate, graduatedOn: CivilDate) -> Bool {
            graduatedOn.adding(months: wave) <= date && date <= graduatedOn.adding(months: closes)
        }
    }

    /// The windows in wave order.
    public let windows: [Window]

    public static let standard = WaveWindows(parsing: "3:5,6:9,12:18")!

    /// Reads `wave:closes` pairs separated by commas ("3:5,6:9,12:18"); nil when a pair is malformed, a wave closes
    /// before it opens, or a wave is listed twice.
    public init?(parsing text: String) {
        var windows: [Window] = []
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: ":").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 2, let wave = parts[0], let closes = parts[1], wave >= 1, closes >= wave, closes <= 120,
                  !windows.contains(where: { $0.wave == wave })
            else { return nil }
            windows.append(Window(wave: wave, closes: closes))
        }
        guard !windows.isEmpty else { return nil }
        self.windows = windows.sorted { $0.wave < $1.wave }
    }

    /// The wave numbers, in order.
    public var waves: [Int] { windows.map(\.wave) }

    public func window(of wave: Int) -> Window? { windows.first { $0.wave == wave } }

    /// The wave a reply written on `date` answers: the latest whose window contains it, nil when none does.
    public func wave(graduatedOn: CivilDate, at date: CivilDate) -> Int? {
        windows.last { $0.contains(date, graduatedOn: graduatedOn) }?.wave
    }

    public var description: String { windows.map { "\($0.wave):\($0.closes)" }.joined(separator: ",") }
}
