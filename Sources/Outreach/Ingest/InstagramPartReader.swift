import Foundation

/// Hands out one `message_N.json`'s readable records oldest first, for the merge of a thread's parts.
///
/// A file that lists its messages newest first (every real export) is read backwards a stretch at a time from
/// the places `InstagramPartScan` noted, so at most one stretch of records is held. A file out of that order is
/// read whole and sorted, as there is no other way to put it in order.
struct InstagramPartReader {
    struct Keyed {
        var time: Int64
        var index: Int
        var record: InstagramMessageRecord
    }

    private let source: JSONStream.Source
    private let scan: InstagramPartScan
    private let decoder = JSONDecoder()
    /// The stretch read last, oldest record at the end.
    private var pending: [Keyed] = []
    /// The stretch to read next, counting down.
    private var nextStretch: Int

    init(source: JSONStream.Source, scan: InstagramPartScan) {
        self.source = source
        self.scan = scan
        nextStretch = scan.stretchStarts.count - 1
    }

    /// The next record, oldest first; nil once all are given.
    mutating func next() throws -> Keyed? {
        while pending.isEmpty, nextStretch >= 0 {
            if scan.newestFirst {
                pending = try read(stretch: nextStretch)  // newest first: the oldest is popped from the end
                nextStretch -= 1
            } else {
                pending = try (0..<scan.stretchStarts.count).flatMap(read(stretch:)).sorted {
                    $0.time != $1.time ? $0.time > $1.time : $0.index < $1.index
                }
                nextStretch = -1
            }
        }
        return pending.popLast()
    }

    /// The readable records of one stretch, in file order.
    private func read(stretch: Int) throws -> [Keyed] {
        let start = scan.stretchStarts[stretch]
        let first = stretch * InstagramPartScan.stretch
        let end = min(first + InstagramPartScan.stretch, scan.count)
        var stream = try source.open(at: start.offset, line: start.line)
        var records: [Keyed] = []
        records.reserveCapacity(end - first)
        for index in first..<end {
            if index > first { try stream.expect(UInt8(ascii: ",")) }
            let (bytes, _) = try stream.captureValue()
            // The scan reported the records that cannot be placed; its timestamp reading and the decoder's agree.
            guard let record = try? decoder.decode(InstagramMessageRecord.self, from: bytes), record.malformed == nil,
                  let time = record.timestampMs else { continue }
            records.append(Keyed(time: time, index: index, record: record))
        }
        return records
    }
}
