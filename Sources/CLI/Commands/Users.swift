import Alumni
import ArgumentParser
import Foundation
import Web

extension Role: ExpressibleByArgument {}

extension Jejak {
    struct Users: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Who may use `jejak serve`: staff (sees people, clears reviews) and officials (aggregates only).",
            subcommands: [Add.self, List.self, Revoke.self, Password.self], defaultSubcommand: List.self)

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Add a user; prints their API token as the last line.",
                discussion: "The token is shown once and stored only as a digest: keep it. Set a password for the browser with `jejak users password NAME`.")
            @OptionGroup var database: DatabaseOptions
            @Argument(help: "A name without spaces, e.g. siti.disnaker.") var name: String
            @Option(help: "staff or official.") var role: Role

            func run() throws {
                let (user, token) = try UserStore(database: try database.open()).add(name: name, role: role, now: .now())
                print("Added \(user.role.rawValue) \(user.name). API token (shown once; send as `Authorization: Bearer TOKEN`):")
                print(token)
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List users.")
            @OptionGroup var database: DatabaseOptions
            @Option(help: "text or json.") var format: OutputFormat = .text

            func run() throws {
                let users = try UserStore(database: try database.open()).list()
                if format == .json { return try printJSON(users) }
                if users.isEmpty { print("No users: add one with `jejak users add NAME --role official`.") }
                for user in users {
                    print([user.name, user.role.rawValue, user.hasPassword ? "password set" : "no password", "added \(user.createdAt)",
                           user.revokedAt.map { "REVOKED \($0)" } ?? "active"].joined(separator: "\t"))
                }
            }
        }

        struct Revoke: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "End a user's access: token, password and open sessions stop working.")
            @OptionGroup var database: DatabaseOptions
            @Argument var name: String

            func run() throws {
                try UserStore(database: try database.open()).revoke(name: name, now: .now())
                print("Revoked \(name).")
            }
        }

        struct Password: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Set the password a user signs in to the browser with, read from standard input.",
                discussion: "At a terminal it asks twice without echoing; otherwise it reads the first line (`printf '%s\\n' \"$PW\" | jejak users password NAME`). At least 8 characters.")
            @OptionGroup var database: DatabaseOptions
            @Argument var name: String

            func run() throws {
                let password: String
                if isatty(STDIN_FILENO) != 0 {
                    let first = String(cString: getpass("Password for \(name): "))
                    let second = String(cString: getpass("Again: "))
                    guard first == second else { throw ValidationError("The two passwords differ; nothing was changed.") }
                    password = first
                } else {
                    guard let line = readLine(strippingNewline: true) else { throw ValidationError("No password on standard input.") }
                    password = line
                }
                try UserStore(database: try database.open()).setPassword(name: name, password: password)
                print("Password set for \(name).")
            }
        }
    }
}
