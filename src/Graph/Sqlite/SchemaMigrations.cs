using Microsoft.Data.Sqlite;

namespace DutyGraph.Graph.Sqlite;

/// <summary>
/// The schema as a list of forward migrations; <c>PRAGMA user_version</c> records how many
/// have been applied. Each runs in its own transaction. A file from a newer DutyGraph is refused.
/// </summary>
internal static partial class SchemaMigrations
{
    private const string V1 = """
        CREATE TABLE sources (
            id   INTEGER PRIMARY KEY,
            text TEXT NOT NULL UNIQUE
        );
        CREATE TABLE jurisdictions (
            id        INTEGER PRIMARY KEY,
            name      TEXT NOT NULL UNIQUE,
            level     TEXT NOT NULL CHECK (level IN ('Province', 'City', 'County', 'Township')),
            parent_id INTEGER REFERENCES jurisdictions (id)
        );
        CREATE TABLE units (
            id              INTEGER PRIMARY KEY,
            jurisdiction_id INTEGER NOT NULL REFERENCES jurisdictions (id),
            name            TEXT NOT NULL CHECK (name <> ''),
            name_key        TEXT NOT NULL,
            kind            TEXT,
            parent          TEXT,
            aliases         TEXT,
            colocated_with  TEXT,
            staff_quota     INTEGER CHECK (staff_quota >= 0),
            valid_from      TEXT,
            valid_to        TEXT CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to),
            source_id       INTEGER NOT NULL REFERENCES sources (id),
            extra           TEXT,
            parent_unit_id  INTEGER REFERENCES units (id) ON DELETE SET NULL,
            colocated_unit_id INTEGER REFERENCES units (id) ON DELETE SET NULL,
            UNIQUE (jurisdiction_id, name_key)
        );
        CREATE TABLE sections (
            id           INTEGER PRIMARY KEY,
            unit_id      INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
            name         TEXT NOT NULL CHECK (name <> ''),
            name_key     TEXT NOT NULL,
            kind         TEXT,
            staff_quota  INTEGER CHECK (staff_quota >= 0),
            staff_actual INTEGER CHECK (staff_actual >= 0),
            valid_from   TEXT,
            valid_to     TEXT CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to),
            source_id    INTEGER NOT NULL REFERENCES sources (id),
            extra        TEXT,
            UNIQUE (unit_id, name_key)
        );
        CREATE TABLE duties (
            id              INTEGER PRIMARY KEY,
            jurisdiction_id INTEGER NOT NULL REFERENCES jurisdictions (id),
            list_key        TEXT NOT NULL,
            code            TEXT,
            title           TEXT NOT NULL CHECK (title <> ''),
            category        TEXT,
            description     TEXT,
            basis           TEXT,
            source_id       INTEGER NOT NULL REFERENCES sources (id),
            extra           TEXT
        );
        CREATE UNIQUE INDEX duties_by_key ON duties (jurisdiction_id, list_key);
        CREATE TABLE holdings (
            id           INTEGER PRIMARY KEY,
            duty_id      INTEGER NOT NULL REFERENCES duties (id) ON DELETE CASCADE,
            unit_name    TEXT NOT NULL CHECK (unit_name <> ''),
            section_name TEXT,
            role         TEXT NOT NULL CHECK (role IN ('LEAD', 'SUPPORT')),
            valid_from   TEXT,
            valid_to     TEXT CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to),
            source_id    INTEGER NOT NULL REFERENCES sources (id),
            extra        TEXT,
            unit_id      INTEGER REFERENCES units (id) ON DELETE SET NULL,
            section_id   INTEGER REFERENCES sections (id) ON DELETE SET NULL
        );
        CREATE INDEX holdings_by_duty ON holdings (duty_id);
        CREATE INDEX holdings_by_unit ON holdings (unit_id);
        CREATE INDEX holdings_by_section ON holdings (section_id);
        CREATE TABLE correspondences (
            id                INTEGER PRIMARY KEY,
            township_id       INTEGER NOT NULL REFERENCES jurisdictions (id),
            office_name       TEXT NOT NULL CHECK (office_name <> ''),
            office_key        TEXT NOT NULL,
            county_unit_name  TEXT NOT NULL CHECK (county_unit_name <> ''),
            county_unit_key   TEXT NOT NULL,
            note              TEXT,
            source_id         INTEGER NOT NULL REFERENCES sources (id),
            extra             TEXT,
            office_unit_id    INTEGER REFERENCES units (id) ON DELETE SET NULL,
            office_section_id INTEGER REFERENCES sections (id) ON DELETE SET NULL,
            county_unit_id    INTEGER REFERENCES units (id) ON DELETE SET NULL,
            UNIQUE (township_id, office_key, county_unit_key)
        );
        CREATE INDEX correspondences_by_county_unit ON correspondences (county_unit_id);
        CREATE INDEX correspondences_by_office_unit ON correspondences (office_unit_id);
        """;

    /// <summary>
    /// What the analyses keep: a change stamp every write transaction bumps (so cached read
    /// models know they are stale, whichever process wrote), thesaurus entries, staff feedback
    /// on answers, and reviewers' marks on overlap clusters.
    /// </summary>
    private const string V2 = """
        CREATE TABLE store_state (
            id      INTEGER PRIMARY KEY CHECK (id = 1),
            changes INTEGER NOT NULL
        );
        INSERT INTO store_state (id, changes) VALUES (1, 0);
        CREATE TABLE thesaurus (
            id        INTEGER PRIMARY KEY,
            everyday  TEXT NOT NULL CHECK (everyday <> ''),
            list_term TEXT NOT NULL CHECK (list_term <> ''),
            note      TEXT,
            UNIQUE (everyday, list_term)
        );
        CREATE TABLE feedback (
            id                INTEGER PRIMARY KEY,
            question          TEXT NOT NULL CHECK (question <> ''),
            jurisdiction      TEXT,
            unit_id           INTEGER REFERENCES units (id) ON DELETE SET NULL,
            unit_jurisdiction TEXT NOT NULL,
            unit_name         TEXT NOT NULL,
            unit_key          TEXT NOT NULL,
            at                TEXT NOT NULL
        );
        CREATE TABLE cluster_marks (
            key    TEXT PRIMARY KEY,
            status TEXT NOT NULL CHECK (status IN ('Intentional', 'Resolved')),
            reason TEXT NOT NULL,
            by     TEXT,
            at     TEXT NOT NULL
        );
        """;

    /// <summary>
    /// Duties cancelled on purpose (状态 取消) keep the day; reviewers may mark a cluster as no
    /// duplicate at all; staff corrections of how a duty is read (matter, action, scope) are kept
    /// by the duty's list and key, so they outlive a re-import.
    /// </summary>
    private const string V3 = """
        ALTER TABLE duties ADD COLUMN cancelled_on TEXT;
        CREATE TABLE cluster_marks_v3 (
            key    TEXT PRIMARY KEY,
            status TEXT NOT NULL CHECK (status IN ('Intentional', 'Resolved', 'NotDuplicate')),
            reason TEXT NOT NULL,
            by     TEXT,
            at     TEXT NOT NULL
        );
        INSERT INTO cluster_marks_v3 (key, status, reason, by, at) SELECT key, status, reason, by, at FROM cluster_marks;
        DROP TABLE cluster_marks;
        ALTER TABLE cluster_marks_v3 RENAME TO cluster_marks;
        CREATE TABLE duty_corrections (
            jurisdiction TEXT NOT NULL,
            list_key     TEXT NOT NULL,
            matter       TEXT,
            action       TEXT,
            scope        TEXT,
            by           TEXT,
            at           TEXT NOT NULL,
            PRIMARY KEY (jurisdiction, list_key)
        );
        """;

    /// <summary>Migration n (1-based) brings the schema from version n-1 to n. Only ever append.</summary>
    private static readonly string[] Migrations = [V1, V2, V3, V4];

    public static int Latest => Migrations.Length;

    /// <summary>Every migration's statements, the first first.</summary>
    public static IReadOnlyList<string> All => Migrations;

    public static async Task ApplyAsync(SqliteConnection connection, CancellationToken ct)
    {
        if (await VersionAsync(connection, null, ct) == Latest)
        {
            return;
        }
        // The write lock is taken before the version is read, so two processes opening a new file do not both migrate it.
        await using var tx = connection.BeginTransaction(deferred: false);
        var current = await VersionAsync(connection, tx, ct);
        if (current > Latest)
        {
            throw new InvalidOperationException(
                $"{connection.DataSource} has schema version {current}, but this DutyGraph knows versions up to {Latest}: use a newer DutyGraph.");
        }
        for (var version = current + 1; version <= Latest; version++)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = Migrations[version - 1] + $"\nPRAGMA user_version = {version};";
            await command.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
    }

    public static async Task<int> VersionAsync(SqliteConnection connection, SqliteTransaction? tx, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
