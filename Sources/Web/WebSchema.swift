import Alumni
import GRDB
import Impact

/// The server's own tables: who may sign in (hashed tokens and passwords only) and their browser sessions.
public enum WebSchema: SchemaModule {
    /// Every module's tables, the server's included: the list the command line and the server open the database with.
    public static let modules: [any SchemaModule.Type] = JejakSchema.modules + [WebSchema.self]

    public static func registerMigrations(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("web.v1") { db in
            try db.execute(sql: """
                CREATE TABLE web_user (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    role TEXT NOT NULL CHECK (role IN ('staff', 'official')),
                    token_hash TEXT NOT NULL,
                    password_hash TEXT,
                    created_at TEXT NOT NULL,
                    revoked_at TEXT);
                CREATE TABLE web_session (
                    id INTEGER PRIMARY KEY,
                    user_id INTEGER NOT NULL REFERENCES web_user(id) ON DELETE CASCADE,
                    secret_hash TEXT NOT NULL,
                    csrf TEXT NOT NULL,
                    expires_at TEXT NOT NULL);
                """)
        }
    }
}
