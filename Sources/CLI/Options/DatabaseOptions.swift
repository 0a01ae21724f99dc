import Alumni
import ArgumentParser
import Foundation
import Web

/// `--db PATH`, shared by every command.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The SQLite database file (default: $JEJAK_DB, else ./jejak.sqlite).", valueName: "path"))
    var path: String?

    var resolvedPath: String {
        path ?? ProcessInfo.processInfo.environment["JEJAK_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? JejakDatabase.defaultPath
    }

    /// Opens the database with every module's tables, migrating it if needed.
    func open() throws -> JejakDatabase {
        try JejakDatabase(path: resolvedPath, modules: WebSchema.modules)
    }
}
