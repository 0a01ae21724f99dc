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

    /// Opens the database with every module's tables, migrating it if needed. Only `jejak init` creates one: any
    /// other command given a wrong path says so instead of leaving an empty database behind.
    ///
    /// A write that finds another command writing waits its turn, says once on stderr what it waits for, and gives up
    /// after `$JEJAK_WRITE_WAIT` seconds (default 30 minutes).
    func open(create: Bool = false) throws -> JejakDatabase {
        try JejakDatabase(path: resolvedPath, modules: WebSchema.modules, create: create, queue: Self.writerQueue())
    }

    static func writerQueue(environment: [String: String] = ProcessInfo.processInfo.environment) -> WriterQueue {
        let limit = environment["JEJAK_WRITE_WAIT"].flatMap(Double.init).flatMap { $0 > 0 ? Duration.milliseconds(Int($0 * 1000)) : nil }
        return WriterQueue(limit: limit ?? WriterQueue.defaultLimit) { message in
            FileHandle.standardError.write(Data((message + "\n").utf8))
        }
    }

    /// Opens the database and checks that `wave` is one of its survey waves (`survey.waves`).
    func open(wave: Int) throws -> JejakDatabase {
        let db = try open()
        try Settings(database: db).requireWave(wave)
        return db
    }
}
