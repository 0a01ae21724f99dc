import Alumni
import GRDB

/// Impact's own tables: which campaign each registration is attributed to, and by which rule; the rates cache; and
/// the per-wave summary counts (`OutcomeSummary`).
public enum ImpactSchema: SchemaModule {
    public static func registerMigrations(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("impact.v1") { db in
            try db.execute(sql: """
                CREATE TABLE attribution (
                    enrollment_id INTEGER PRIMARY KEY REFERENCES enrollment(id),
                    campaign_id INTEGER REFERENCES campaign(id),
                    method TEXT NOT NULL,
                    note TEXT,
                    computed_at TEXT NOT NULL);
                CREATE TABLE rates_cache (
                    key TEXT PRIMARY KEY,
                    data_version TEXT NOT NULL,
                    output TEXT NOT NULL);
                """)
        }
        // The summary and the triggers that keep it honest: every table the counts read from marks the people a
        // write touches, in the write's own transaction. A later migration that rebuilds one of these tables must
        // create its triggers again (`OutcomeSummaryTests` checks each is there).
        migrator.registerMigration("impact.v2-outcome-summary") { db in
            try db.execute(sql: """
                CREATE TABLE outcome_summary_wave (wave INTEGER PRIMARY KEY) WITHOUT ROWID;
                CREATE TABLE outcome_cell (
                    id INTEGER PRIMARY KEY,
                    wave INTEGER NOT NULL,
                    key TEXT NOT NULL,
                    graduates INTEGER NOT NULL DEFAULT 0,
                    unreachable INTEGER NOT NULL DEFAULT 0,
                    consent_not_asked INTEGER NOT NULL DEFAULT 0,
                    declined INTEGER NOT NULL DEFAULT 0,
                    respondents INTEGER NOT NULL DEFAULT 0,
                    employees INTEGER NOT NULL DEFAULT 0,
                    self_employed INTEGER NOT NULL DEFAULT 0,
                    unemployed INTEGER NOT NULL DEFAULT 0,
                    hired_not_started INTEGER NOT NULL DEFAULT 0,
                    preparing_business INTEGER NOT NULL DEFAULT 0,
                    discouraged INTEGER NOT NULL DEFAULT 0,
                    studying INTEGER NOT NULL DEFAULT 0,
                    not_in_labour_force INTEGER NOT NULL DEFAULT 0,
                    working_and_studying INTEGER NOT NULL DEFAULT 0,
                    match_answered INTEGER NOT NULL DEFAULT 0,
                    matched INTEGER NOT NULL DEFAULT 0,
                    income_answered INTEGER NOT NULL DEFAULT 0,
                    at_least_umk INTEGER NOT NULL DEFAULT 0,
                    at_least_1_2_umk INTEGER NOT NULL DEFAULT 0,
                    working_before_graduation INTEGER NOT NULL DEFAULT 0,
                    UNIQUE (wave, key));
                CREATE TABLE outcome_cell_wait (
                    cell_id INTEGER NOT NULL,
                    months INTEGER NOT NULL,
                    people INTEGER NOT NULL,
                    PRIMARY KEY (cell_id, months)) WITHOUT ROWID;
                CREATE TABLE outcome_fact (
                    wave INTEGER NOT NULL,
                    enrollment_id INTEGER NOT NULL,
                    trainee_id INTEGER NOT NULL,
                    cell_id INTEGER NOT NULL,
                    shared INTEGER NOT NULL,
                    answer TEXT NOT NULL,
                    PRIMARY KEY (wave, enrollment_id)) WITHOUT ROWID;
                CREATE INDEX outcome_fact_trainee ON outcome_fact(trainee_id);
                CREATE INDEX outcome_fact_shared ON outcome_fact(wave) WHERE shared;
                CREATE TABLE outcome_dirty (trainee_id INTEGER PRIMARY KEY) WITHOUT ROWID;

                """ + summaryTriggers.joined(separator: "\n"))
        }
        // Attribution is done again when what it reads changes. Counting every registration to notice (the old stamp)
        // read the whole enrollment index from disk on a cold question, and missed a corrected code or source.
        migrator.registerMigration("impact.v3-attribution-inputs") { db in
            try db.execute(sql: """
                CREATE TABLE attribution_inputs (id INTEGER PRIMARY KEY CHECK (id = 1), changes INTEGER NOT NULL);
                INSERT INTO attribution_inputs VALUES (1, 0);

                """ + attributionInputTriggers.joined(separator: "\n"))
        }
        // The same counts summed per class and graduation day, for the questions that break down by nothing finer
        // (programme, class, cohort, the total): at 1 M graduates a hundred rows a wave instead of fifty thousand cells.
        // The summary is derived data: emptied here, it is counted again, with these, at the next question.
        migrator.registerMigration("impact.v4-outcome-class-cell") { db in
            try db.execute(sql: """
                CREATE TABLE outcome_class_cell (
                    id INTEGER PRIMARY KEY,
                    wave INTEGER NOT NULL,
                    key TEXT NOT NULL,
                    graduates INTEGER NOT NULL DEFAULT 0,
                    unreachable INTEGER NOT NULL DEFAULT 0,
                    consent_not_asked INTEGER NOT NULL DEFAULT 0,
                    declined INTEGER NOT NULL DEFAULT 0,
                    respondents INTEGER NOT NULL DEFAULT 0,
                    employees INTEGER NOT NULL DEFAULT 0,
                    self_employed INTEGER NOT NULL DEFAULT 0,
                    unemployed INTEGER NOT NULL DEFAULT 0,
                    hired_not_started INTEGER NOT NULL DEFAULT 0,
                    preparing_business INTEGER NOT NULL DEFAULT 0,
                    discouraged INTEGER NOT NULL DEFAULT 0,
                    studying INTEGER NOT NULL DEFAULT 0,
                    not_in_labour_force INTEGER NOT NULL DEFAULT 0,
                    working_and_studying INTEGER NOT NULL DEFAULT 0,
                    match_answered INTEGER NOT NULL DEFAULT 0,
                    matched INTEGER NOT NULL DEFAULT 0,
                    income_answered INTEGER NOT NULL DEFAULT 0,
                    at_least_umk INTEGER NOT NULL DEFAULT 0,
                    at_least_1_2_umk INTEGER NOT NULL DEFAULT 0,
                    working_before_graduation INTEGER NOT NULL DEFAULT 0,
                    UNIQUE (wave, key));
                CREATE TABLE outcome_class_cell_wait (
                    cell_id INTEGER NOT NULL,
                    months INTEGER NOT NULL,
                    people INTEGER NOT NULL,
                    PRIMARY KEY (cell_id, months)) WITHOUT ROWID;
                DELETE FROM outcome_summary_wave;
                DELETE FROM outcome_cell_wait;
                DELETE FROM outcome_cell;
                DELETE FROM outcome_fact;
                DELETE FROM outcome_dirty;
                """)
        }
    }

    /// Every write to what attribution reads counts one change: registrations (their class, time, code and source),
    /// campaigns, the classes they promote, and the wordings of "dari mana tahu info pelatihan?".
    private static var attributionInputTriggers: [String] {
        let count = "UPDATE attribution_inputs SET changes = changes + 1;"
        var triggers: [String] = []
        for (table, columns) in [("enrollment", " OF class_id, registered_at, campaign_code, source_info"), ("campaign", ""), ("campaign_class", ""), ("source_wording", "")] {
            triggers += [
                "CREATE TRIGGER attribution_\(table)_insert AFTER INSERT ON \(table) BEGIN \(count) END;",
                "CREATE TRIGGER attribution_\(table)_update AFTER UPDATE\(columns) ON \(table) BEGIN \(count) END;",
                "CREATE TRIGGER attribution_\(table)_delete AFTER DELETE ON \(table) BEGIN \(count) END;",
            ]
        }
        return triggers
    }

    /// The triggers of the summary. Each marks a person with a plain insert guarded by NOT EXISTS: the conflict policy
    /// of the statement that fires a trigger overrides the trigger's own, so `INSERT OR IGNORE` would fail inside a
    /// trainee upsert (`ON CONFLICT DO UPDATE`) for someone already marked.
    private static var summaryTriggers: [String] {
        func mark(_ person: String) -> String {
            "INSERT INTO outcome_dirty SELECT \(person) WHERE NOT EXISTS (SELECT 1 FROM outcome_dirty WHERE trainee_id = \(person));"
        }
        func markEnrolled(_ row: String) -> String {
            "INSERT INTO outcome_dirty SELECT e.trainee_id FROM enrollment e WHERE e.id = \(row).enrollment_id "
                + "AND NOT EXISTS (SELECT 1 FROM outcome_dirty d WHERE d.trainee_id = e.trainee_id);"
        }
        let graduated = "('graduated', 'certified')"
        var triggers = [
            "CREATE TRIGGER outcome_enrollment_insert AFTER INSERT ON enrollment WHEN NEW.status IN \(graduated) BEGIN \(mark("NEW.trainee_id")) END;",
            "CREATE TRIGGER outcome_enrollment_update AFTER UPDATE OF status, graduated_on, class_id, trainee_id ON enrollment "
                + "WHEN OLD.status IN \(graduated) OR NEW.status IN \(graduated) BEGIN \(mark("OLD.trainee_id")) \(mark("NEW.trainee_id")) END;",
            "CREATE TRIGGER outcome_enrollment_delete AFTER DELETE ON enrollment WHEN OLD.status IN \(graduated) BEGIN \(mark("OLD.trainee_id")) END;",
            "CREATE TRIGGER outcome_trainee_update AFTER UPDATE OF kecamatan, gender, birth_date, consent, phone, instagram, telegram, "
                + "contact_before_erasure ON trainee BEGIN \(mark("NEW.id")) END;",
            "CREATE TRIGGER outcome_trainee_delete AFTER DELETE ON trainee BEGIN \(mark("OLD.id")) END;",
            "CREATE TRIGGER outcome_alias_insert AFTER INSERT ON contact_alias BEGIN \(mark("NEW.trainee_id")) END;",
            "CREATE TRIGGER outcome_alias_update AFTER UPDATE OF trainee_id ON contact_alias BEGIN \(mark("OLD.trainee_id")) \(mark("NEW.trainee_id")) END;",
            "CREATE TRIGGER outcome_alias_delete AFTER DELETE ON contact_alias BEGIN \(mark("OLD.trainee_id")) END;",
        ]
        // Tables keyed by enrollment: the person of the row that comes, goes or changes.
        for (table, columns) in [("survey_message", " OF delivery, wave, enrollment_id"), ("observation", ""), ("attribution", "")] {
            triggers += [
                "CREATE TRIGGER outcome_\(table)_insert AFTER INSERT ON \(table) BEGIN \(markEnrolled("NEW")) END;",
                "CREATE TRIGGER outcome_\(table)_update AFTER UPDATE\(columns) ON \(table) BEGIN \(markEnrolled("OLD")) \(markEnrolled("NEW")) END;",
                "CREATE TRIGGER outcome_\(table)_delete AFTER DELETE ON \(table) BEGIN \(markEnrolled("OLD")) END;",
            ]
        }
        return triggers
    }
}
