import Alumni
import GRDB

/// Impact's own table: which campaign each registration is attributed to, and by which rule.
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
    }
}
