import Alumni
import Foundation

/// Writes a wave's messages for staff to send with the tools they already use: a CSV for broadcast
/// lists and bulk-sending tools, a post for a broadcast channel, and the list of who cannot be reached.
public struct SurveyExport: Sendable {
    public struct Summary: Sendable, Encodable, Equatable {
        public var wave: Int
        public var channel: String
        public var messages: Int
        public var unreachable: Int
        public var alreadySent: Int
        public var files: [String]

        enum CodingKeys: String, CodingKey {
            case wave, channel, messages, unreachable, files
            case alreadySent = "already_sent"
        }
    }

    let outbox: SurveyOutbox

    public init(outbox: SurveyOutbox) { self.outbox = outbox }

    public func write(wave: Int, channel: SurveyChannel, to folder: URL, asOf: CivilDate, classCode: String? = nil, now: LocalDateTime) throws -> Summary {
        let batch = try outbox.prepare(wave: wave, channel: channel, asOf: asOf, classCode: classCode, now: now)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let base = "wave\(wave)-\(channel.rawValue)"
        let addressColumn = channel == .whatsapp ? "phone" : channel.rawValue
        var messages = [[addressColumn, "name", "class", "reply_code", "message"]]
        messages += batch.recipients.map { [$0.address, $0.due.name, $0.due.classCode, $0.code.text, $0.message] }
        var unreachable = [["nik", "name", "class", "reason"]]
        unreachable += batch.unreachable.map { [$0.due.nik, $0.due.name, $0.due.classCode, $0.reason] }
        let files = ["\(base).csv", "\(base)-post.txt", "\(base)-unreachable.csv"]
        try write(csv: messages, to: folder.appendingPathComponent(files[0]))
        try Data(post(batch).utf8).write(to: folder.appendingPathComponent(files[1]), options: .atomic)
        try write(csv: unreachable, to: folder.appendingPathComponent(files[2]))
        return Summary(wave: wave, channel: channel.rawValue, messages: batch.recipients.count, unreachable: batch.unreachable.count,
                       alreadySent: batch.alreadySent, files: files.map { folder.appendingPathComponent($0).path })
    }

    /// A post for the broadcast channel: no personal data, it asks graduates to answer by direct message
    /// with the code they received personally.
    private func post(_ batch: SurveyOutbox.Batch) -> String {
        let classes = Set(batch.recipients.map { "\($0.due.programName) (\($0.due.classCode))" }).sorted()
        let questions = outbox.questionnaire.questions.sorted { $0.number < $1.number }.map { question -> String in
            let options = question.options.map { " " + $0.map { "\($0.code) \($0.text.text(in: .indonesian))" }.joined(separator: " / ") } ?? ""
            return "\(question.number). \(question.text.text(in: .indonesian))\(options)"
        }
        return """
            📣 Survei Alumni BLK Kota Tangerang — \(batch.wave) bulan setelah pelatihan

            Untuk alumni kelas: \(classes.isEmpty ? "-" : classes.joined(separator: ", ")).
            Kami ingin tahu kabar Anda setelah pelatihan. Mohon balas lewat pesan langsung (DM/WhatsApp) \
            dengan kode pribadi yang kami kirim ke Anda, misalnya: \(outbox.questionnaire.replyCodePrefix)-XXXX 1 A B F

            \(questions.joined(separator: "\n"))

            Jawaban Anda membantu BLK menyusun kelas yang benar-benar membuka lapangan kerja. Terima kasih! 🙏
            """ + "\n"
    }

    private func write(csv rows: [[String]], to url: URL) throws {
        let text = rows.map { $0.map { CSVFile.quote($0) }.joined(separator: ",") }.joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: url, options: .atomic)
    }

}
