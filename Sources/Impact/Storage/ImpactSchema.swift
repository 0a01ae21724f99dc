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

                CREATE TRIGGER outcome_enrollment_insert AFTER INSERT ON enrollment
                WHEN NEW.status IN ('graduated', 'certified')
                BEGIN INSERT OR IGNORE INTO outcome_dirty VALUES (NEW.trainee_id); END;
                CREATE TRIGGER outcome_enrollment_update AFTER UPDATE OF status, graduated_on, class_id, trainee_id ON enrollment
                WHEN OLD.status IN ('graduated', 'certified') OR NEW.status IN ('graduated', 'certified')
                BEGIN INSERT OR IGNORE INTO outcome_dirty VALUES (OLD.trainee_id), (NEW.trainee_id); END;
                CREATE TRIGGER outcome_enrollment_delete AFTER DELETE ON enrollment
                WHEN OLD.status IN ('graduated', 'certified')
                BEGIN INSERT OR IGNORE INTO outcome_dirty VALUES (OLD.trainee_id); END;

                CREATE TRIGGER outcome_trainee_update
                AFTER UPDATE OF kecamatan, gender, birth_date, consent, phone, instagram, telegram, contact_before_erasure ON trainee
                BEGIN INSERT OR IGNORE INTO outcome_dirty VALUES (NEW.id); END;
                CREATE TRIGGER outcome_trainee_delete AFTER DELETE ON trainee
                BEGIN INSERT OR IGNORE INTO outcome_dirty VALUES (OLD.id); END;

                CREATE TRIGGER outcome_alias_insert AFTER INSERT ON contact_alias
                BEGIN INSERT OR IGNORE INTO outcome_dirty VALUES (NEW.trainee_id); END;
                CREATE TRIGGER outcome_alias_update AFTER UPDATE OF trainee_id ON contact_alias
                BEGIN INSERT OR IGNORE INTO outcome_dirty VALUES (OLD.trainee_id), (NEW.trainee_id); END;
                CREATE TRIGGER outcome_alias_delete AFTER DELETE ON contact_alias
                BEGIN INSERT OR IGNORE INTO outcome_dirty VALUES (OLD.trainee_id); END;
""" + triggers(for: ["survey_message": "delivery, wave, enrollment_id", "observation": nil, "attribution": nil]).joined(separator: "\n"))
        }
    }

    /// Triggers marking the person of an enrollment-keyed row (`enrollment_id`) whenever the row comes, goes or changes.
    private static func triggers(for tables: KeyValuePairs<String, String?>) -> [String] {
        tables.flatMap { table, columns in
            let person = { (row: String) in "INSERT OR IGNORE INTO outcome_dirty SELECT trainee_id FROM enrollment WHERE id = \(row).enrollment_id;" }
            return [
                "CREATE TRIGGER outcome_\(table)_insert AFTER INSERT ON \(table) BEGIN \(person("NEW")) END;",
                "CREATE TRIGGER outcome_\(table)_update AFTER UPDATE\(columns.map { " OF \($0)" } ?? "") ON \(table) BEGIN \(person("OLD")) \(person("NEW")) END;",
                "CREATE TRIGGER outcome_\(table)_delete AFTER DELETE ON \(table) BEGIN \(person("OLD")) END;",
            ]
        }
    }
}
