import Foundation

/// Small inline SVG charts: the report must open with no network and print on A4, so no chart library.
enum SVGChart {
    struct Bar {
        var label: String
        var value: Double?
        var low: Double? = nil
        var high: Double? = nil
        /// Printed instead of the value (suppressed groups, counts).
        var note: String? = nil
        var valueText: String
    }

    /// Horizontal bars on a 0–100% scale with its axis (ticks every 25%), and interval whiskers where given.
    static func bars(_ bars: [Bar], description: String) -> String {
        let labelWidth = 200.0, chartWidth = 320.0, rowHeight = 24.0, top = 6.0, axis = 22.0
        let plotBottom = top + rowHeight * Double(bars.count)
        let height = plotBottom + axis
        var svg = "<svg role=\"img\" aria-label=\"\(escape(description))\" viewBox=\"0 0 \(Int(labelWidth + chartWidth + 110)) \(Int(height))\" class=\"chart\">"
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            let x = labelWidth + tick * chartWidth
            svg += "<line x1=\"\(fmt(x))\" y1=\"\(fmt(top))\" x2=\"\(fmt(x))\" y2=\"\(fmt(plotBottom + 4))\" stroke=\"\(tick == 0 ? "#777" : "#ddd")\"/>"
            svg += "<text x=\"\(fmt(x))\" y=\"\(fmt(plotBottom + 16))\" text-anchor=\"middle\" fill=\"#555\">\(Int(tick * 100))%</text>"
        }
        for (index, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(index)
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 16)\" text-anchor=\"end\">\(escape(bar.label))</text>"
            if let value = bar.value {
                let width = max(0, min(1, value)) * chartWidth
                svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(fmt(width))\" height=\"16\" fill=\"#2f6f9f\"/>"
                if let low = bar.low, let high = bar.high {
                    let x1 = labelWidth + low * chartWidth, x2 = labelWidth + high * chartWidth
                    svg += "<line x1=\"\(fmt(x1))\" y1=\"\(y + 12)\" x2=\"\(fmt(x2))\" y2=\"\(y + 12)\" stroke=\"#111\" stroke-width=\"1.5\"/>"
                    svg += "<line x1=\"\(fmt(x1))\" y1=\"\(y + 7)\" x2=\"\(fmt(x1))\" y2=\"\(y + 17)\" stroke=\"#111\"/>"
                    svg += "<line x1=\"\(fmt(x2))\" y1=\"\(y + 7)\" x2=\"\(fmt(x2))\" y2=\"\(y + 17)\" stroke=\"#111\"/>"
                }
                let textX = labelWidth + max(width, (bar.high ?? 0) * chartWidth) + 6
                svg += "<text x=\"\(fmt(textX))\" y=\"\(y + 16)\">\(escape(bar.valueText))</text>"
            } else {
                svg += "<text x=\"\(labelWidth + 6)\" y=\"\(y + 16)\" fill=\"#777\">\(escape(bar.note ?? bar.valueText))</text>"
            }
        }
        return svg + "</svg>"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    private static func fmt(_ value: Double) -> String { String(format: "%.1f", value) }
}
