import Foundation
import HummingbirdTesting
import Testing
@testable import Web

/// `openapi.yaml` and the server agree: the same paths, the same parameters, and every path answers.
@Suite struct OpenAPITests {
    /// Paths and the parameter names each declares (its own and those it refers to), read from the YAML.
    static func declared() throws -> [String: Set<String>] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/Web/Resources/openapi.yaml")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        func name(_ line: Substring) -> String? {
            line.range(of: "name: ").map { String(line[$0.upperBound...].prefix { $0 != "," && $0 != " " && $0 != "}" }) }
        }
        // Shared parameters: "    wave: { name: wave, … }" under components/parameters.
        var shared: [String: String] = [:]
        var inShared = false
        for line in lines {
            if line == "  parameters:" { inShared = true; continue }
            if inShared, line.hasPrefix("  ") && !line.hasPrefix("    ") { inShared = false }
            if inShared, let colon = line.firstIndex(of: ":"), line.hasPrefix("    ") && !line.hasPrefix("     ") {
                shared[line[..<colon].trimmingCharacters(in: .whitespaces)] = name(line[...])
            }
        }
        var paths: [String: Set<String>] = [:]
        var current: String?
        var inPaths = false
        for line in lines {
            if line == "paths:" { inPaths = true; continue }
            if inPaths, !line.hasPrefix(" ") { inPaths = false }
            guard inPaths else { continue }
            if line.hasPrefix("  /"), !line.hasPrefix("   ") {
                current = String(line.dropFirst(2).dropLast())
                paths[current!] = []
            } else if let current {
                if line.contains("in: query"), let parameter = name(line[...]) { paths[current]!.insert(parameter) }
                if let ref = line.range(of: "#/components/parameters/") {
                    let key = String(line[ref.upperBound...].prefix { $0 != "\"" })
                    if let parameter = shared[key] { paths[current]!.insert(parameter) }
                }
            }
        }
        return paths
    }

    @Test func theFileAndTheRoutesAgree() throws {
        let declared = try Self.declared()
        #expect(Set(declared.keys) == Set(APIEndpoint.all.map(\.path)))
        for endpoint in APIEndpoint.all {
            #expect(declared[endpoint.path] == Set(endpoint.parameters), "\(endpoint.path)")
        }
    }

    @Test func everyDeclaredPathAnswers() async throws {
        let fixture = try await WebFixture.make()
        let declared = try Self.declared()
        try await fixture.test { client in
            for path in declared.keys {
                let uri = path == "/api/report" ? path + "?period=2025" : path
                try await client.execute(uri: uri, method: .get, headers: .bearer(fixture.staffToken)) { response in
                    #expect(response.status == .ok, "\(path): \(response.status)")
                }
            }
            try await client.execute(uri: "/api/openapi.yaml", method: .get) { response in
                #expect(response.text.hasPrefix("openapi: 3"))
            }
        }
    }
}
