import Foundation

/// Tells the account owner from the other party of a one-to-one Instagram thread.
///
/// Messages carry only display names; the other party's @username exists only in the
/// thread folder's name (`<username>_<id>`). To give that username to the right person's
/// messages, the owner must be known. The rule, first match wins:
/// 1. a participant whose name equals one of the configured account names (case-insensitive);
/// 2. when several threads are parsed, the one participant who is in every thread;
/// 3. the participant whose name is *not* the thread title (Instagram titles a
///    one-to-one thread with the other party's name).
/// Group threads (not exactly two participants) have no other party.
enum InstagramThreadOwner {
    /// The other party's repaired display name, or nil when the rule cannot decide.
    static func otherParty(participants: [String], title: String?, accountNames: [String], inEveryThread: Set<String>) -> String? {
        guard participants.count == 2, participants[0] != participants[1] else { return nil }
        let lowered = Set(accountNames.map { $0.lowercased() })
        let isOwner: [Bool]
        if participants.contains(where: { lowered.contains($0.lowercased()) }) {
            isOwner = participants.map { lowered.contains($0.lowercased()) }
        } else if participants.contains(where: inEveryThread.contains) {
            isOwner = participants.map(inEveryThread.contains)
        } else if let title, participants.contains(title) {
            isOwner = participants.map { $0 != title }
        } else {
            return nil
        }
        guard isOwner.filter({ $0 }).count == 1, let other = zip(participants, isOwner).first(where: { !$0.1 }) else { return nil }
        return other.0
    }

    /// `sitirahma` from `sitirahma_1234567890` (usernames may hold `_` themselves), or nil
    /// when the name does not end in `_<digits>`.
    static func username(fromThreadFolder name: String) -> String? {
        guard let underscore = name.lastIndex(of: "_") else { return nil }
        let digits = name[name.index(after: underscore)...]
        let username = name[..<underscore]
        guard !digits.isEmpty, !username.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return String(username)
    }
}
