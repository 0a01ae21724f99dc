import Alumni
import Foundation

/// Lays a `ReportDocument` out as self-contained HTML (prints to A4), Markdown, or CSV tables for Excel.
public enum ReportFormat: String, Sendable, CaseIterable {
    case html, md, csv
}

extension ImpactReport {
    /// Writes the report. HTML and Markdown go to the file `url`; CSV writes one file per table into the folder `url`
    /// (UTF-8 with BOM, so Excel reads the accents). Returns the files written.
    @discardableResult
    public func write(_ format: ReportFormat, language: ReportLanguage, to url: URL) throws -> [URL] {
        let document = ReportDocument(self, language: language)
        switch format {
        case .html:
            try Data(HTMLReport.render(document).utf8).write(to: url, options: .atomic)
            return [url]
        case .md:
            try Data(MarkdownReport.render(document).utf8).write(to: url, options: .atomic)
            return [url]
        case .csv:
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return try document.tables.map { table in
                let file = url.appendingPathComponent("\(table.name).csv")
                try Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array(CSVReport.render(table).utf8)).write(to: file, options: .atomic)
                return file
            }
        }
    }
}

enum HTMLReport {
    static func render(_ document: ReportDocument) -> String {
        var body = ""
        for block in document.blocks {
            switch block {
            case .title(let title, let subtitle):
                body += "<header><h1>\(e(title))</h1><p class=\"sub\">\(e(subtitle))</p></header>\n"
            case .heading(let text): body += "<h2>\(e(text))</h2>\n"
            case .paragraph(let text): body += "<p>\(e(text))</p>\n"
            case .note(let text): body += "<p class=\"note\">\(e(text))</p>\n"
            case .chart(let bars, let title): body += "<figure>\(SVGChart.bars(bars, title: title))<figcaption>\(e(title))</figcaption></figure>\n"
            case .table(let table):
                body += "<table><caption>\(e(table.caption))</caption><thead><tr>"
                body += table.header.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>"
                for row in table.rows {
                    body += "<tr>" + row.enumerated().map { $0 == 0 ? "<th scope=\"row\">\(e($1.text))</th>" : $1.number == nil && !$1.text.hasSuffix("%") && $1.text != "—" ? "<td class=\"t\">\(e($1.text))</td>" : "<td>\(e($1.text))</td>" }.joined() + "</tr>"
                }
                body += "</tbody></table>\n"
            }
        }
        return """
            <!DOCTYPE html>
            <html lang="\(document.lang.rawValue)"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(titleText(document)))</title>
            <style>
            @page { size: A4; margin: 16mm 14mm; }
            body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #1d1d1d; max-width: 190mm; margin: 0 auto; line-height: 1.4; }
            header { border-bottom: 3px solid #2f6f9f; margin-bottom: 1em; }
            h1 { font-size: 18pt; margin: 0.2em 0; } h2 { font-size: 13pt; margin-top: 1.4em; color: #2f6f9f; break-after: avoid; }
            .sub { color: #555; margin-top: 0; } .note { background: #f4f6f8; border-left: 3px solid #999; padding: 0.4em 0.7em; font-size: 9.5pt; }
            table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; font-size: 9pt; } tr { break-inside: avoid; } thead { display: table-header-group; }
            caption { text-align: left; font-weight: bold; margin-bottom: 0.3em; }
            th, td { border-bottom: 1px solid #ddd; padding: 3px 5px; text-align: right; } td { white-space: nowrap; } td.t { text-align: left; white-space: normal; } th:first-child, thead th { text-align: left; }
            thead th { border-bottom: 2px solid #999; vertical-align: bottom; }
            figure { margin: 0.6em 0; break-inside: avoid; } figcaption { font-size: 9pt; color: #555; }
            svg.chart { width: 100%; max-width: 170mm; height: auto; font-size: 11px; font-family: inherit; }
            </style></head>
            <body>
            \(body)</body></html>
            """ + "\n"
    }

    static func titleText(_ document: ReportDocument) -> String {
        for case .title(let title, _) in document.blocks { return title }
        return "Jejak"
    }

    static func e(_ text: String) -> String { SVGChart.escape(text) }
}

enum MarkdownReport {
    static func render(_ document: ReportDocument) -> String {
        var lines: [String] = []
        for block in document.blocks {
            switch block {
            case .title(let title, let subtitle): lines += ["# \(title)", "", "_\(subtitle)_", ""]
            case .heading(let text): lines += ["## \(text)", ""]
            case .paragraph(let text): lines += [text, ""]
            case .note(let text): lines += ["> \(text)", ""]
            case .chart: continue  // every chart's numbers are in the table that follows it
            case .table(let table):
                lines += ["**\(table.caption)**", ""]
                lines.append("| " + table.header.map(cell).joined(separator: " | ") + " |")
                lines.append("|" + table.header.indices.map { $0 == 0 ? "---" : "---:" }.joined(separator: "|") + "|")
                for row in table.rows { lines.append("| " + row.map { cell($0.text) }.joined(separator: " | ") + " |") }
                lines.append("")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}

enum CSVReport {
    /// Numbers as numbers (rates as fractions with four decimals, like `jejak rates --format csv`), text as text.
    static func render(_ table: ReportDocument.Table) -> String {
        var lines = [table.header.map { CSVFile.quote($0) }.joined(separator: ",")]
        for row in table.rows {
            lines.append(row.map { cell in
                guard let number = cell.number else { return CSVFile.quote(cell.text) }
                if cell.isRate { return String(format: "%.4f", number) }
                // Already rounded to the places the report shows; the shortest form keeps them exactly.
                return number == number.rounded() ? String(Int(number)) : String(number)
            }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
