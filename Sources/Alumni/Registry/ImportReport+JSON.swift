/// The report's JSON written in pieces, byte for byte what `JSONOutput.string` gives.
///
/// A million-row import reports a million seat lines and hundreds of thousands of warnings: 60 MB of JSON that
/// `JSONEncoder` first built as a tree, about 170 MB more at the peak than the import itself needs (BENCHMARKS.md,
/// registration import).
extension ImportReport {
    /// Calls `write` with consecutive pieces of the JSON (each up to about 64 KiB), ending with a line break.
    public func writeJSON(_ write: (String) throws -> Void) throws {
        try withoutActuallyEscaping(write) { write in
            var out = JSONPieces(write: write)
            try out.append("{\n")
            try out.member("accepted", "\(accepted)")
            try out.array("accepted_lines", acceptedLines) { "\($0)" }
            try out.member("rejected", "\(rejected)")
            try out.array("rejections", rejections) { "{\n      \"line\" : \($0.line),\n      \"reason\" : \(JSONOutput.quoted($0.reason))\n    }" }
            try out.member("unchanged", "\(unchanged)")
            try out.array("waitlist_lines", waitlistLines) { "\($0)" }
            try out.member("waitlisted", "\(waitlisted)")
            try out.array("warnings", warnings, last: true) { "{\n      \"line\" : \($0.line),\n      \"message\" : \(JSONOutput.quoted($0.message))\n    }" }
            try out.append("}\n")
            try out.flush()
        }
    }
}

/// Pretty JSON text (two-space indent, `" : "`) gathered into pieces of about 64 KiB.
private struct JSONPieces {
    let write: (String) throws -> Void
    var buffer = ""

    mutating func append(_ text: String) throws {
        buffer += text
        if buffer.utf8.count >= 65_536 { try flush() }
    }

    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try write(buffer)
        buffer = ""
    }

    /// A top-level member that is not the last.
    mutating func member(_ key: String, _ value: String) throws {
        try append("  \"\(key)\" : \(value),\n")
    }

    mutating func array<Element>(_ key: String, _ elements: [Element], last: Bool = false, _ render: (Element) -> String) throws {
        try append("  \"\(key)\" : [\n")
        if elements.isEmpty { try append("\n") }
        for (index, element) in elements.enumerated() {
            try append("    " + render(element) + (index == elements.count - 1 ? "\n" : ",\n"))
        }
        try append("  ]" + (last ? "\n" : ",\n"))
    }
}
