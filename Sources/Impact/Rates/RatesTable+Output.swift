import Alumni
import Foundation

extension RateGroup: Encodable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// `{"key": {...}, "graduates": n, …, "employment_rate": x, …, "suppressed": bool, "suppression_reason": …}`; a
    /// suppressed group has its counts and rates as null and says why (`under_threshold` or `complementary`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        var keyContainer = container.nestedContainer(keyedBy: Key.self, forKey: Key("key"))
        for (dimension, value) in key { try keyContainer.encode(value, forKey: Key(dimension)) }
        for (name, value) in figures {
            let shown = suppressed ? nil : value
            if let shown, name.hasSuffix("rate") || name.hasPrefix("ci_") || name.hasPrefix("bound_") {
                try container.encode(shown, forKey: Key(name))
            } else if let shown {
                try container.encode(Int(shown), forKey: Key(name))
            } else {
                try container.encodeNil(forKey: Key(name))
            }
        }
        try container.encode(suppressed, forKey: Key("suppressed"))
        try container.encode(suppressionReason?.code, forKey: Key("suppression_reason"))
    }
}

extension RatesTable: Encodable {
    enum CodingKeys: String, CodingKey {
        case wave, period, groups, total
        case threshold = "suppression_threshold"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(wave, forKey: .wave)
        try c.encode(period.description, forKey: .period)
        try c.encode(threshold, forKey: .threshold)
        try c.encode(groups, forKey: .groups)
        try c.encode(total, forKey: .total)
    }

    /// The same numbers as the JSON, one row per group then the total, for Excel; a suppressed row has empty figures
    /// and its reason.
    public func csv(_ dialect: CSVDialect = .standard) -> String {
        let names = total.figures.map(\.name)
        var lines = [dialect.line(breakdowns.map(\.rawValue) + names + ["suppressed", "suppression_reason"])]
        func line(_ values: [String], _ group: RateGroup) -> String {
            let cells = group.figures.map { group.suppressed ? "" : dialect.number(Self.format($0.value, name: $0.name)) }
            return dialect.line(values + cells + [group.suppressed ? "true" : "false", group.suppressionReason?.code ?? ""])
        }
        for group in groups { lines.append(line(group.key.map(\.value), group)) }
        lines.append(line(breakdowns.map { _ in "(total)" }, total))
        return dialect.prefix + lines.joined(separator: "\n") + "\n"
    }

    /// A plain-text table for the terminal: counts, employment rate with its 95% interval and non-response bounds.
    /// A suppressed row prints "—" with a footnote mark saying why.
    public func text() -> String {
        var rows: [[String]] = [breakdowns.map(\.rawValue) + ["grads", "resp", "resp%", "employed", "self-emp", "unemp", "study", "empl. rate", "95% CI", "bounds"]]
        func row(_ values: [String], _ g: RateGroup) -> [String] {
            if let reason = g.suppressionReason, g.suppressed {
                return values + ["—" + reason.mark] + Array(repeating: "—", count: 9)
            }
            let f = Dictionary(uniqueKeysWithValues: g.figures.map { ($0.name, $0.value) })
            func int(_ name: String) -> String { f[name]!.map { String(Int($0)) } ?? "" }
            func pct(_ name: String) -> String { f[name]!.map { String(format: "%.1f%%", $0 * 100) } ?? "—" }
            func range(_ a: String, _ b: String) -> String {
                guard let low = f[a]!, let high = f[b]! else { return "—" }
                return String(format: "%.1f–%.1f%%", low * 100, high * 100)
            }
            return values + [int("graduates"), int("respondents"), pct("response_rate"), int("employed"), int("self_employed"),
                             int("unemployed"), int("studying"), pct("employment_rate"), range("ci_low", "ci_high"), range("bound_low", "bound_high")]
        }
        for group in groups { rows.append(row(group.key.map(\.value), group)) }
        rows.append(row(breakdowns.map { _ in "(total)" }, total))
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = ["Wave \(wave), graduates of \(period)" + (threshold.map { "; groups under \($0) suppressed" } ?? "; NOT suppressed (staff only)")]
        for r in rows {
            lines.append(r.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  "))
        }
        if let threshold {
            lines += SuppressionReason.footnotes((groups + [total]).compactMap(\.suppressionReason), threshold: threshold, in: .en)
        }
        lines.append("employment rate = (employed + self-employed) / respondents; bounds assume every non-respondent was not / was employed.")
        lines.append("Counts people: someone who graduated more than once in the period counts once, with their latest graduation.")
        return lines.joined(separator: "\n")
    }

    static func format(_ value: Double?, name: String) -> String {
        guard let value else { return "" }
        if name.hasSuffix("rate") || name.hasPrefix("ci_") || name.hasPrefix("bound_") { return String(format: "%.4f", value) }
        return String(Int(value))
    }
}
