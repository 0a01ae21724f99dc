/// What `jejak survey ingest` did, in the shape `--format json` prints.
public struct IngestReport: Sendable, Encodable, Equatable {
    public struct Problem: Sendable, Encodable, Equatable {
        public var file: String
        public var position: String
        public var reason: String
    }

    /// Export files (or Instagram threads) read.
    public var files = 0
    /// Messages participants wrote (a multi-line message is one), including media and deleted ones.
    public var messages = 0
    /// System lines: joins, leaves, the encryption notice, service records.
    public var system = 0
    /// Messages not seen in any earlier ingest.
    public var newMessages = 0
    /// New messages whose sender was matched to a graduate.
    public var matched = 0
    /// Answers recorded as employment observations.
    public var answers = 0
    /// Of those, answers written outside every wave's window: kept, counted in no wave's rate.
    public var outOfWave = 0
    /// Messages from graduates ignored as chatter: thanks, greetings, stickers, media, questions back to the centre.
    public var chatter = 0
    /// Messages whose sender is not known yet, kept to be read again when the registry changes.
    public var pending = 0
    /// Messages kept from earlier ingests whose sender is now known, read in this run.
    public var reread = 0
    /// Message texts past the retention period, dropped: of senders who stayed unknown, and of messages whose
    /// reading is settled (the answer stays).
    public var expired = 0
    /// Messages put in the review queue.
    public var needsReview = 0
    /// Distinct senders (per chat) who wrote something and could not be matched to a graduate.
    public var unmatchedSenders = 0
    /// Messages already ingested from an earlier or overlapping export.
    public var skippedDuplicates = 0
    /// Channel polls stored as aggregate results.
    public var polls = 0
    /// Files refused (no known format) or failed (truncated zip, invalid JSON): nothing of them was stored.
    public var failedFiles = 0
    public var errors: [Problem] = []

    enum CodingKeys: String, CodingKey {
        case files, messages, system, matched, answers, polls, errors
        case newMessages = "new_messages"
        case needsReview = "needs_review"
        case unmatchedSenders = "unmatched_senders"
        case skippedDuplicates = "skipped_duplicates"
        case outOfWave = "out_of_wave"
        case chatter, pending, reread, expired
        case failedFiles = "failed_files"
    }
}
