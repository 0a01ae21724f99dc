import Alumni
import GRDB

/// Outreach's tables: the survey messages sent to each graduate, every chat message seen
/// (as a fingerprint; the text only where it carries an answer, waits in review, or waits to be read
/// again because its sender is not yet known), the
/// employment observations read from replies, the review queue and channel polls; and the campaigns
/// (posts and messages announcing classes) with their digital outputs.
public enum OutreachSchema: SchemaModule {
    public static func registerMigrations(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("outreach.v1") { db in
            try db.execute(sql: """
                CREATE TABLE survey_message (
                    id INTEGER PRIMARY KEY,
                    enrollment_id INTEGER NOT NULL REFERENCES enrollment(id),
                    wave INTEGER NOT NULL,
                    channel TEXT NOT NULL,
                    reply_code TEXT NOT NULL,
                    prepared_at TEXT NOT NULL,
                    sent_at TEXT,
                    delivery TEXT NOT NULL,
                    provider_id TEXT,
                    error TEXT,
                    UNIQUE (enrollment_id, wave, channel));
                CREATE INDEX survey_message_code ON survey_message(reply_code);
                CREATE TABLE chat_source (
                    id INTEGER PRIMARY KEY,
                    file TEXT NOT NULL,
                    format TEXT NOT NULL,
                    ingested_at TEXT NOT NULL,
                    messages INTEGER NOT NULL,
                    new_messages INTEGER NOT NULL);
                CREATE TABLE chat_message (
                    fingerprint INTEGER PRIMARY KEY,
                    source_id INTEGER NOT NULL REFERENCES chat_source(id),
                    sent_at TEXT NOT NULL,
                    trainee_id INTEGER REFERENCES trainee(id),
                    chat TEXT,
                    sender TEXT,
                    position TEXT,
                    text TEXT);
                CREATE TABLE contact_alias (
                    platform TEXT NOT NULL,
                    key TEXT NOT NULL,
                    trainee_id INTEGER NOT NULL REFERENCES trainee(id),
                    learned_at TEXT NOT NULL,
                    PRIMARY KEY (platform, key));
                CREATE INDEX contact_alias_trainee ON contact_alias(trainee_id);
                CREATE TABLE observation (
                    id INTEGER PRIMARY KEY,
                    enrollment_id INTEGER NOT NULL REFERENCES enrollment(id),
                    wave INTEGER NOT NULL,
                    observed_at TEXT NOT NULL,
                    status TEXT,
                    first_job_month TEXT,
                    employer TEXT,
                    job_match TEXT,
                    income_band TEXT,
                    heard_from TEXT,
                    also_studying INTEGER NOT NULL DEFAULT 0,
                    message_fingerprint INTEGER REFERENCES chat_message(fingerprint),
                    source TEXT NOT NULL,
                    superseded_by INTEGER REFERENCES observation(id));
                CREATE INDEX observation_enrollment ON observation(enrollment_id, wave);
                CREATE TABLE review_item (
                    id INTEGER PRIMARY KEY,
                    message_fingerprint INTEGER NOT NULL UNIQUE REFERENCES chat_message(fingerprint),
                    enrollment_id INTEGER REFERENCES enrollment(id),
                    reason TEXT NOT NULL,
                    state TEXT NOT NULL DEFAULT 'open',
                    resolved_at TEXT,
                    observation_id INTEGER REFERENCES observation(id));
                CREATE TABLE campaign (
                    id INTEGER PRIMARY KEY,
                    code TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    name TEXT,
                    channel TEXT NOT NULL,
                    starts_on TEXT NOT NULL,
                    ends_on TEXT,
                    approach TEXT,
                    cost INTEGER);
                CREATE TABLE campaign_class (
                    campaign_id INTEGER NOT NULL REFERENCES campaign(id),
                    class_id INTEGER NOT NULL REFERENCES training_class(id),
                    PRIMARY KEY (campaign_id, class_id));
                CREATE TABLE campaign_post (
                    id INTEGER PRIMARY KEY,
                    campaign_id INTEGER REFERENCES campaign(id),
                    post_id TEXT UNIQUE,
                    permalink TEXT UNIQUE,
                    published_at TEXT,
                    post_type TEXT,
                    caption TEXT,
                    reach INTEGER, views INTEGER, likes INTEGER, comments INTEGER, shares INTEGER, saves INTEGER, follows INTEGER,
                    source TEXT NOT NULL,
                    updated_at TEXT NOT NULL);
                CREATE TABLE source_wording (
                    wording_key TEXT PRIMARY KEY,
                    wording TEXT NOT NULL,
                    channel TEXT NOT NULL);
                CREATE TABLE channel_poll (
                    id INTEGER PRIMARY KEY,
                    fingerprint INTEGER NOT NULL UNIQUE,
                    chat TEXT NOT NULL,
                    asked_at TEXT NOT NULL,
                    question TEXT NOT NULL,
                    answers TEXT NOT NULL,
                    total_voters INTEGER,
                    source_id INTEGER REFERENCES chat_source(id));
                """)
        }
        // Nothing read is lost: unmatched messages are kept to be read again when the registry changes, an
        // answer outside every wave's window is kept without a wave, each answer keeps what it said itself (so
        // answers merge the same whatever the order of ingest), and a review item keeps its wave and suggestion.
        migrator.registerMigration("outreach.v2") { db in
            try db.execute(sql: """
                ALTER TABLE chat_message ADD COLUMN sender_id TEXT;
                ALTER TABLE chat_message ADD COLUMN pending INTEGER NOT NULL DEFAULT 0;
                CREATE INDEX chat_message_pending ON chat_message(sent_at) WHERE pending = 1;
                CREATE TABLE observation_new (
                    id INTEGER PRIMARY KEY,
                    enrollment_id INTEGER NOT NULL REFERENCES enrollment(id),
                    wave INTEGER,
                    observed_at TEXT NOT NULL,
                    status TEXT,
                    first_job_month TEXT,
                    employer TEXT,
                    job_match TEXT,
                    income_band TEXT,
                    heard_from TEXT,
                    also_studying INTEGER NOT NULL DEFAULT 0,
                    message_fingerprint INTEGER REFERENCES chat_message(fingerprint),
                    source TEXT NOT NULL,
                    superseded_by INTEGER REFERENCES observation(id),
                    given TEXT);
                INSERT INTO observation_new(id, enrollment_id, wave, observed_at, status, first_job_month, employer, job_match,
                    income_band, heard_from, also_studying, message_fingerprint, source, superseded_by)
                    SELECT id, enrollment_id, wave, observed_at, status, first_job_month, employer, job_match,
                    income_band, heard_from, also_studying, message_fingerprint, source, superseded_by FROM observation;
                DROP TABLE observation;
                ALTER TABLE observation_new RENAME TO observation;
                CREATE INDEX observation_enrollment ON observation(enrollment_id, wave);
                ALTER TABLE review_item ADD COLUMN wave INTEGER;
                ALTER TABLE review_item ADD COLUMN reply TEXT;
                ALTER TABLE review_item ADD COLUMN other_messages TEXT;
                ALTER TABLE review_item ADD COLUMN suggestion TEXT;
                ALTER TABLE review_item ADD COLUMN decided_by TEXT;
                """)
        }
        // Every ingest applies retention (`MessageRetention`): it finds the texts still held, by export, without
        // reading every message ever ingested. Few messages keep a text, so the index stays small.
        migrator.registerMigration("outreach.v3") { db in
            try db.execute(sql: "CREATE INDEX chat_message_text ON chat_message(source_id) WHERE text IS NOT NULL AND pending = 0")
        }
        // A person's current answer in a wave is read from the index alone, without visiting the table (the report's
        // funnel over 330,000 registrants: 0.43 → 0.30 s after `alumni.v4-event-status-index`).
        migrator.registerMigration("outreach.v4-current-answer-index") { db in
            try db.execute(sql: """
                DROP INDEX observation_enrollment;
                CREATE INDEX observation_enrollment_wave ON observation(enrollment_id, wave, superseded_by, status);
                """)
        }
        // Messages are stored in the order they arrive, their fingerprint in a unique index. Keyed by the
        // fingerprint (a random 64-bit number) every new message and every text kept landed on a random page of
        // the whole table, which outgrew SQLite's page cache: the 1 M-message export took 15.6 s, a third of it
        // reading and writing pages back. Now the table only grows at its end and the index, a tenth of the
        // table's size, is what takes the random writes.
        migrator.registerMigration("outreach.v5-messages-in-arrival-order") { db in
            try db.execute(sql: """
                CREATE TABLE chat_message_new (
                    id INTEGER PRIMARY KEY,
                    fingerprint INTEGER NOT NULL,
                    source_id INTEGER NOT NULL REFERENCES chat_source(id),
                    sent_at TEXT NOT NULL,
                    trainee_id INTEGER REFERENCES trainee(id),
                    chat TEXT,
                    sender TEXT,
                    position TEXT,
                    text TEXT,
                    sender_id TEXT,
                    pending INTEGER NOT NULL DEFAULT 0);
                INSERT INTO chat_message_new(fingerprint, source_id, sent_at, trainee_id, chat, sender, position, text, sender_id, pending)
                    SELECT fingerprint, source_id, sent_at, trainee_id, chat, sender, position, text, sender_id, pending
                    FROM chat_message ORDER BY source_id, sent_at, fingerprint;
                DROP TABLE chat_message;
                ALTER TABLE chat_message_new RENAME TO chat_message;
                CREATE UNIQUE INDEX chat_message_fingerprint ON chat_message(fingerprint);
                CREATE INDEX chat_message_pending ON chat_message(sent_at) WHERE pending = 1;
                CREATE INDEX chat_message_text ON chat_message(source_id) WHERE text IS NOT NULL AND pending = 0;
                """)
        }
    }
}
