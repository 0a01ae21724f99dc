import Foundation

/// A message's identity across overlapping exports: its chat, sender, time, text and its occurrence
/// number among identical messages (Android exports have minute resolution, so "ok" twice in a minute
/// is two messages). 64 bits of FNV-1a: collisions are negligible at a centre's — or a country's — scale.
struct MessageFingerprint {
    private var occurrences: [UInt64: Int] = [:]
    private var currentSecond: Int64 = .min

    /// The fingerprint of the next message in file order.
    ///
    /// Occurrences are counted among messages of the same second; identical messages share their time, so
    /// the count resets when the time moves on and memory stays flat however long the export.
    mutating func next(chat: String, sender: String?, time: Date, text: String) -> Int64 {
        let second = Int64(time.timeIntervalSince1970.rounded(.down))
        if second != currentSecond {
            occurrences.removeAll(keepingCapacity: true)
            currentSecond = second
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ bytes: UnsafeBufferPointer<UInt8>) {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            hash = (hash ^ 0x1F) &* 0x0000_0100_0000_01b3
        }
        func mix(_ text: String) {
            var text = text
            text.withUTF8(mix)
        }
        mix(chat)
        mix(sender ?? "")
        withUnsafeBytes(of: second.littleEndian) { mix($0.bindMemory(to: UInt8.self)) }
        mix(text)
        let occurrence = (occurrences[hash] ?? 0) + 1
        occurrences[hash] = occurrence
        withUnsafeBytes(of: Int64(occurrence).littleEndian) { mix($0.bindMemory(to: UInt8.self)) }
        return Int64(bitPattern: hash)
    }
}
