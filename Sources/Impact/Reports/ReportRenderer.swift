import Alumni
import Foundation

/// Lays a `ReportDocument` out as self-contained HTML (prints to A4), Markdown, or CSV tables for Excel.
public enum ReportFormat: String, Sendable, CaseIterable {
    case html, md, csv
}

extension ImpactReport {
    /// Writes the report. HTML and Markdown go to the file `url`; CSV writes one file per table into the folder `url`
    /// (UTF-8 with BOM, so Excel reads the accents; `dialect: .id` for semicolons and decimal commas). Returns the files written.
    @discardableResult
    public func write(_ format: ReportFormat, language: ReportLanguage, dialect: CSVDialect = .standard, to url: URL) throws -> [URL] {
        switch format {
        case .html, .md:
            if let problem = FileCheck.writeProblem(url) { throw ReportError.cannotWrite(path: url.path, reason: problem) }
            try Self.write(document(format, language: language), to: url)
            return [url]
        case .csv:
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                throw ReportError.cannotWrite(path: url.path, reason: "it is a file; CSV tables go into a folder: give a folder name")
            }
            do {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            } catch {
                throw ReportError.cannotWrite(path: url.path, reason: "the folder cannot be created (\(FileCheck.reason(error)))")
            }
            return try csvTables(language: language, dialect: dialect).map { table in
                let file = url.appendingPathComponent("\(table.name).csv")
                try Self.write(table.contents, to: file)
                return file
            }
        }
    }

    private static func write(_ text: String, to url: URL) throws {
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw ReportError.cannotWrite(path: url.path, reason: FileCheck.reason(error))
        }
    }

    /// The whole report as one HTML page or one Markdown text (`jejak report`, and the server's `/report`).
    /// CSV is a set of tables: ask `csvTables` for it.
    public func document(_ format: ReportFormat, language: ReportLanguage) -> String {
        let document = ReportDocument(self, language: language)
        return format == .md ? MarkdownReport.render(document) : HTMLReport.render(document)
    }

    /// Each table of the report as a CSV file's contents (with the BOM Excel needs), named by the table.
    public func csvTables(language: ReportLanguage, dialect: CSVDialect = .standard) -> [(name: String, contents: String)] {
        ReportDocument(self, language: language).tables.map {
            ($0.name, "\u{FEFF}" + CSVReport.render($0, dialect: dialect, language: language, threshold: threshold))
        }
    }
}

enum HTMLReport {
    static func render(_ document: ReportDocument) -> String {
        let body = document.blocks.map(html).joined()
        return """
            <!DOCTYPE html>
            <html lang="\(document.lang.rawValue)"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(titleText(document)))</title>
            <style>
            @page { size: A4; margin: 14mm 12mm; }
            body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #1d1d1d; max-width: 186mm; margin: 0 auto; padding: 0 2mm; line-height: 1.4; }
            header { border-bottom: 3px solid #2f6f9f; margin-bottom: 1em; }
            h1 { font-size: 17pt; margin: 0.2em 0; } h2 { font-size: 13pt; margin-top: 1.4em; color: #2f6f9f; break-after: avoid; }
            h3 { font-size: 10pt; margin: 1em 0 0.2em; break-after: avoid; }
            .sub { color: #555; margin-top: 0; } .note { background: #f4f6f8; border-left: 3px solid #999; padding: 0.4em 0.7em; font-size: 9pt; }
            .fn { font-size: 8pt; color: #444; margin: 0.1em 0; }
            table { border-collapse: collapse; width: 100%; margin: 0.6em 0 0.3em; font-size: 7.5pt; }
            tr { break-inside: avoid; } thead { display: table-header-group; }
            caption { text-align: left; font-weight: bold; font-size: 9pt; margin-bottom: 0.3em; }
            th, td { border-bottom: 1px solid #ddd; padding: 2px 3px; text-align: right; vertical-align: top; }
            td.n { white-space: nowrap; } td.t { text-align: left; } th:first-child, thead th { text-align: left; }
            thead th { border-bottom: 2px solid #999; vertical-align: bottom; font-weight: 600; }
            figure { margin: 0.6em 0 0.2em; break-inside: avoid; } figcaption { font-size: 8pt; color: #555; }
            svg.chart { display: block; width: 100%; max-width: 170mm; height: auto; font-size: 11px; font-family: inherit; }
            </style></head>
            <body>
            \(body)</body></html>
            """ + "\n"
    }

    /// One block as HTML; the server's pages use the same function for the tables and charts they show.
    static func html(_ block: ReportDocument.Block) -> String {
        switch block {
        case .title(let title, let subtitle):
            return "<header><h1>\(e(title))</h1><p class=\"sub\">\(e(subtitle))</p></header>\n"
        case .heading(let text): return "<h2>\(e(text))</h2>\n"
        case .subheading(let text): return "<h3>\(e(text))</h3>\n"
        case .paragraph(let text): return "<p>\(e(text))</p>\n"
        case .note(let text): return "<p class=\"note\">\(e(text))</p>\n"
        case .chart(let bars, let description): return "<figure>\(SVGChart.bars(bars, description: description))<figcaption>\(e(description))</figcaption></figure>\n"
        case .table(let table):
            var html = table.captionShown ? "<table><caption>\(e(table.caption))</caption><thead><tr>" : "<table aria-label=\"\(e(table.caption))\"><thead><tr>"
            html += table.header.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>"
            for row in table.rows {
                html += "<tr>" + row.enumerated().map { index, cell in
                    if index == 0 { return "<th scope=\"row\">\(e(cell.text))</th>" }
                    let isText = cell.number == nil && cell.hidden == nil && !cell.text.hasSuffix("%") && cell.text != "—"
                    // Numbers stay on one line; text and ranges ("25,6–63,2%") may wrap.
                    return isText || cell.text.contains("–") ? "<td class=\"t\">\(e(cell.text))</td>" : "<td class=\"n\">\(e(cell.text))</td>"
                }.joined() + "</tr>"
            }
            html += "</tbody></table>\n"
            for note in table.notes { html += "<p class=\"fn\">\(e(note))</p>\n" }
            return html
        }
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
            case .subheading(let text): lines += ["### \(text)", ""]
            case .paragraph(let text): lines += [text, ""]
            case .note(let text): lines += ["> \(text)", ""]
            case .chart: continue  // every chart's numbers are in the table that follows it
            case .table(let table):
                if table.captionShown { lines += ["**\(table.caption)**", ""] }
                lines.append("| " + table.header.map(cell).joined(separator: " | ") + " |")
                lines.append("|" + table.header.indices.map { $0 == 0 ? "---" : "---:" }.joined(separator: "|") + "|")
                for row in table.rows { lines.append("| " + row.map { cell($0.text) }.joined(separator: " | ") + " |") }
                lines.append("")
                if !table.notes.isEmpty { lines += table.notes.map { "_\($0)_" } + [""] }
            }
        }
        return lines.joined(separator: "\n")
    }

    static func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}

enum CSVReport {
    /// Numbers as numbers (rates as fractions with four decimals, like `jejak rates --format csv`), text as text. A
    /// withheld cell is empty, and a last column says why, so a spreadsheet never shows a mark where a number should be.
    static func render(_ table: ReportDocument.Table, dialect: CSVDialect, language: ReportLanguage, threshold: Int) -> String {
        let withHidden = table.rows.contains { $0.contains { $0.hidden != nil } }
        var lines = [dialect.line(table.header + (withHidden ? [language.pick("Catatan", "Note")] : []))]
        for row in table.rows {
            var fields = row.map { cell -> String in
                if cell.hidden != nil { return "" }
                guard let number = cell.number else { return cell.text }
                if cell.isRate { return dialect.number(String(format: "%.4f", number)) }
                // Already rounded to the places the report shows; the shortest form keeps them exactly.
                return dialect.number(number == number.rounded() ? String(Int(number)) : String(number))
            }
            if withHidden {
                fields.append(SuppressionReason.footnotes(row.compactMap(\.hidden), threshold: threshold, in: language).joined(separator: " "))
            }
            lines.append(dialect.line(fields))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
