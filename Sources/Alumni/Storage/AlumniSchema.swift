import GRDB

/// The registry's tables: programmes, classes, trainees, enrolments and their append-only history.
public enum AlumniSchema: SchemaModule {
    public static func registerMigrations(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("alumni.v1") { db in
            try db.execute(sql: """
                CREATE TABLE setting (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL);
                CREATE TABLE program (
                    id INTEGER PRIMARY KEY,
                    code TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    name TEXT NOT NULL,
                    sector TEXT);
                CREATE TABLE training_class (
                    id INTEGER PRIMARY KEY,
                    code TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    program_id INTEGER NOT NULL REFERENCES program(id),
                    year INTEGER NOT NULL,
                    quota INTEGER NOT NULL CHECK (quota > 0),
                    opens_on TEXT,
                    starts_on TEXT,
                    ends_on TEXT,
                    place TEXT);
                CREATE TABLE trainee (
                    id INTEGER PRIMARY KEY,
                    nik TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    name_key TEXT NOT NULL,
                    gender TEXT,
                    birth_date TEXT,
                    phone TEXT,
                    instagram TEXT,
                    telegram TEXT,
                    kecamatan TEXT,
                    kelurahan TEXT,
                    education TEXT,
                    consent INTEGER,
                    consent_on TEXT);
                CREATE INDEX trainee_phone ON trainee(phone);
                CREATE INDEX trainee_name_key ON trainee(name_key);
                CREATE TABLE enrollment (
                    id INTEGER PRIMARY KEY,
                    trainee_id INTEGER NOT NULL REFERENCES trainee(id),
                    class_id INTEGER NOT NULL REFERENCES training_class(id),
                    registered_at TEXT NOT NULL,
                    source_line INTEGER,
                    source_info TEXT,
                    campaign_code TEXT,
                    status TEXT NOT NULL,
                    certificate TEXT,
                    graduated_on TEXT,
                    extra TEXT,
                    warnings TEXT,
                    UNIQUE (trainee_id, class_id));
                CREATE INDEX enrollment_class_status ON enrollment(class_id, status, registered_at);
                CREATE TABLE enrollment_event (
                    id INTEGER PRIMARY KEY,
                    enrollment_id INTEGER NOT NULL REFERENCES enrollment(id),
                    status TEXT NOT NULL,
                    happened_on TEXT NOT NULL,
                    recorded_at TEXT NOT NULL,
                    reason TEXT);
                CREATE INDEX enrollment_event_enrollment ON enrollment_event(enrollment_id);
                CREATE TABLE registration_import (
                    id INTEGER PRIMARY KEY,
                    class_id INTEGER NOT NULL REFERENCES training_class(id),
                    file_name TEXT NOT NULL,
                    imported_at TEXT NOT NULL,
                    accepted INTEGER NOT NULL,
                    waitlisted INTEGER NOT NULL,
                    rejected INTEGER NOT NULL,
                    unchanged INTEGER NOT NULL);
                CREATE TABLE registration_row (
                    id INTEGER PRIMARY KEY,
                    class_id INTEGER NOT NULL REFERENCES training_class(id),
                    import_id INTEGER NOT NULL REFERENCES registration_import(id),
                    fingerprint TEXT NOT NULL,
                    line INTEGER NOT NULL,
                    outcome TEXT NOT NULL,
                    reason TEXT,
                    enrollment_id INTEGER REFERENCES enrollment(id),
                    UNIQUE (class_id, fingerprint));
                """)
        }
        // Who saw or changed whose personal data (UU 27/2022), kept beside the data.
        migrator.registerMigration("alumni.v2") { db in
            try db.execute(sql: """
                CREATE TABLE audit_event (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    who TEXT NOT NULL,
                    action TEXT NOT NULL,
                    detail TEXT,
                    people TEXT NOT NULL DEFAULT '');
                CREATE INDEX audit_event_at ON audit_event(at);
                """)
        }
        // `jejak trainees erase` (UU 27/2022): when a person was erased, and whether they could be contacted then
        // (the response rates' denominator must not move when their numbers go).
        migrator.registerMigration("alumni.v3") { db in
            try db.execute(sql: """
                ALTER TABLE trainee ADD COLUMN erased_at TEXT;
                ALTER TABLE trainee ADD COLUMN contact_before_erasure INTEGER;
                """)
        }
        // The funnel asks, for each registrant, whether an enrollment was ever accepted or enrolled: with the status in
        // the index the answer is read from the index alone (a report's funnel over 330,000 registrants: 0.71 → 0.43 s).
        migrator.registerMigration("alumni.v4-event-status-index") { db in
            try db.execute(sql: """
                DROP INDEX enrollment_event_enrollment;
                CREATE INDEX enrollment_event_enrollment_status ON enrollment_event(enrollment_id, status);
                """)
        }
        // How fast a class filled asks, for each registration, whether it was accepted on the moment it came in: with the
        // day in the index that is read from the index alone (the class list at 5,000,000 graduates: 6.2 → 3.4 s, the
        // page reads of the event table gone). The index it extends goes: its questions are a prefix of this one.
        migrator.registerMigration("alumni.v5-event-day-index") { db in
            try db.execute(sql: """
                DROP INDEX enrollment_event_enrollment_status;
                CREATE INDEX enrollment_event_enrollment_status_day ON enrollment_event(enrollment_id, status, happened_on);
                """)
        }
        // A chat ingest looks each sender up as it comes (Outreach's `SenderDirectory`), by phone (indexed since v1),
        // Instagram or Telegram handle, instead of loading the whole registry first.
        migrator.registerMigration("alumni.v6-handle-indexes") { db in
            try db.execute(sql: """
                CREATE INDEX trainee_instagram ON trainee(instagram);
                CREATE INDEX trainee_telegram ON trainee(telegram);
                """)
        }
        // The class list's and the report's per-class figures, kept per class (`ClassFill`): triggers mark a class stale
        // when its enrolments, their acceptances or its quota change, and every write recounts what it marked before it
        // commits. At 5,000,000 graduates the class list read every registration and its acceptance for them.
        migrator.registerMigration("alumni.v7-class-fill", foreignKeyChecks: .immediate) { db in
            try db.execute(sql: """
                CREATE TABLE class_fill (
                    class_id INTEGER PRIMARY KEY REFERENCES training_class(id),
                    registrations INTEGER NOT NULL,
                    seats_taken INTEGER NOT NULL,
                    waitlisted INTEGER NOT NULL,
                    hours_to_fill REAL);
                CREATE TABLE class_fill_stale (class_id INTEGER PRIMARY KEY) WITHOUT ROWID;
                CREATE TRIGGER class_fill_class_added AFTER INSERT ON training_class BEGIN
                    INSERT OR IGNORE INTO class_fill_stale VALUES (NEW.id);
                END;
                CREATE TRIGGER class_fill_quota_changed AFTER UPDATE OF quota ON training_class BEGIN
                    INSERT OR IGNORE INTO class_fill_stale VALUES (NEW.id);
                END;
                CREATE TRIGGER class_fill_enrollment_added AFTER INSERT ON enrollment BEGIN
                    INSERT OR IGNORE INTO class_fill_stale VALUES (NEW.class_id);
                END;
                CREATE TRIGGER class_fill_enrollment_changed AFTER UPDATE OF class_id, status, registered_at ON enrollment BEGIN
                    INSERT OR IGNORE INTO class_fill_stale VALUES (OLD.class_id), (NEW.class_id);
                END;
                CREATE TRIGGER class_fill_enrollment_removed AFTER DELETE ON enrollment BEGIN
                    INSERT OR IGNORE INTO class_fill_stale VALUES (OLD.class_id);
                END;
                CREATE TRIGGER class_fill_acceptance_added AFTER INSERT ON enrollment_event WHEN NEW.status = 'accepted' BEGIN
                    INSERT OR IGNORE INTO class_fill_stale SELECT class_id FROM enrollment WHERE id = NEW.enrollment_id;
                END;
                CREATE TRIGGER class_fill_acceptance_changed AFTER UPDATE ON enrollment_event
                    WHEN OLD.status = 'accepted' OR NEW.status = 'accepted' BEGIN
                    INSERT OR IGNORE INTO class_fill_stale SELECT class_id FROM enrollment WHERE id IN (OLD.enrollment_id, NEW.enrollment_id);
                END;
                CREATE TRIGGER class_fill_acceptance_removed AFTER DELETE ON enrollment_event WHEN OLD.status = 'accepted' BEGIN
                    INSERT OR IGNORE INTO class_fill_stale SELECT class_id FROM enrollment WHERE id = OLD.enrollment_id;
                END;
                INSERT INTO class_fill_stale SELECT id FROM training_class;
                """)
        }
    }
}
