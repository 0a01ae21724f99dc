import ArgumentParser

/// `jejak`: the command line of Jejak. It parses arguments and calls the libraries; nothing else.
@main
struct Jejak: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jejak",
        abstract: "Trace what became of a training centre's graduates.",
        discussion: """
            Jejak registers trainees from each class's registration export (by quota, with a waitlist and \
            a reason for every rejection) and keeps each person's history to graduation.

            Every command uses the database given by --db, else the environment variable JEJAK_DB, \
            else ./jejak.sqlite. NIKs and phone numbers are shown masked to their last four digits. \
            Several admins may work on one database at once: a command that must write while another writes \
            waits its turn and says what it waits for (at most JEJAK_WRITE_WAIT seconds, default 30 minutes).
            """,
        version: "jejak 0.5.0",
        subcommands: [
            Init.self, Config.self, Programs.self, Classes.self, Register.self, Withdraw.self,
            Enroll.self, Graduate.self, Drop.self, Certify.self, Trainees.self, Survey.self, Review.self, Campaigns.self, Rates.self, FunnelCommand.self, AttributionCommand.self, Report.self,
            Serve.self, Users.self, Audit.self, ConsentCommand.self, Backup.self, Restore.self,
        ])
}
