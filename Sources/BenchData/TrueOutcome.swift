import Synthetic
import Alumni

/// What really became of one graduate in one survey wave, and whether (and when) they said so.
struct WaveOutcome {
    var wave: Int
    var status: LabourStatus
    /// `answered`, `no_reply` (reachable, did not answer) or `unreachable` (no consent to contact).
    var reply: String
    /// The answer messages, oldest first: the first answer and sometimes a follow-up in other words.
    var messages: [(time: LocalDateTime, text: String)]
}

/// Draws a graduate's three waves from their programme's shares; a status tends to persist between waves.
enum TrueOutcome {
    static let waves = [3, 6, 12]
    static let responseRates: [Int: Double] = [3: 0.84, 6: 0.80, 12: 0.76]
    static let followUpShare = 0.38
    /// Shares for someone whose status changes between waves: most who change find work.
    static let laterShares = [0.40, 0.18, 0.30, 0.05, 0.07]

    static func draw(person: BenchPerson, programme: Programme, graduatedOn: CivilDate, seed: UInt64) -> [WaveOutcome] {
        var rng = SeededGenerator(seed, stream: person.index, salt: 2)
        var status = LabourStatus(rawValue: rng.weighted(programme.firstShares))!
        var outcomes: [WaveOutcome] = []
        for wave in waves {
            if wave != waves[0] {
                let keep = status == .employee || status == .selfEmployed ? 0.88 : 0.55
                if !rng.chance(keep) { status = LabourStatus(rawValue: rng.weighted(laterShares))! }
            }
            guard person.reachable else {
                outcomes.append(WaveOutcome(wave: wave, status: status, reply: "unreachable", messages: []))
                continue
            }
            guard rng.chance(responseRates[wave]!) else {
                outcomes.append(WaveOutcome(wave: wave, status: status, reply: "no_reply", messages: []))
                continue
            }
            // Replies come within six weeks of the wave falling due, in waking hours.
            let due = graduatedOn.adding(months: wave)
            let first = LocalDateTime(date: CivilDate(dayNumber: due.dayNumber + rng.int(1...42)),
                                      hour: rng.int(7...22), minute: rng.int(0...59))
            var messages = [(first, ReplyWording.first(status, &rng))]
            // A follow-up is another reply, sent ten minutes to three days later: Jejak reads messages a sender writes
            // within five minutes as one reply (and WhatsApp's text export keeps only the minute), so a closer one would
            // make one answer of the two while `TruthFiles` counted two.
            if rng.chance(followUpShare) {
                messages.append((first.adding(seconds: rng.int(600...(3 * 86_400))), ReplyWording.followUp(status, &rng)))
            }
            outcomes.append(WaveOutcome(wave: wave, status: status, reply: "answered", messages: messages))
        }
        return outcomes
    }
}
