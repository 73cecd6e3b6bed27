import type { SqlDatabase } from './driver'

export interface Migration {
  /** 1, 2, 3…: stored in `PRAGMA user_version` once applied. */
  readonly version: number
  readonly name: string
  readonly sql: string
}

/** Numbered, append-only. Never edit an applied migration: add the next one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'connections',
    sql: `
      CREATE TABLE connections (
        id                 TEXT PRIMARY KEY,
        vendor             TEXT NOT NULL CHECK (vendor IN ('akuvox', 'tuya')),
        label              TEXT NOT NULL,
        region             TEXT,
        base_url           TEXT NOT NULL,
        default_project_id TEXT,
        is_demo            INTEGER NOT NULL DEFAULT 0,
        created_at         INTEGER NOT NULL,
        last_used_at       INTEGER
      ) STRICT;
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 2,
    name: 'project cache, sync state, device health, outbox',
    sql: `
      CREATE TABLE devices (
        connection_id   TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id      TEXT NOT NULL,
        id              TEXT NOT NULL,
        coll            TEXT NOT NULL,
        page_no         INTEGER NOT NULL,
        name            TEXT NOT NULL,
        device_type     TEXT NOT NULL,
        mac             TEXT NOT NULL,
        building_id     TEXT,
        building_name   TEXT,
        online          INTEGER NOT NULL CHECK (online IN (0, 1)),
        -- When the device was last known online: set on transitions only, so an unchanged
        -- status check writes nothing (an online device's last seen is its project's last check).
        last_seen_at    INTEGER,
        status_since    INTEGER NOT NULL,
        json            TEXT NOT NULL,
        PRIMARY KEY (connection_id, project_id, id)
      ) STRICT;
      CREATE INDEX devices_pages ON devices (connection_id, project_id, coll, page_no);
      CREATE TABLE access_groups (
        connection_id   TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id      TEXT NOT NULL,
        id              TEXT NOT NULL,
        coll            TEXT NOT NULL,
        page_no         INTEGER NOT NULL,
        name                TEXT NOT NULL,
        group_type          TEXT NOT NULL,
        user_count          INTEGER NOT NULL,
        created_time        TEXT NOT NULL,
        summary_hash        TEXT NOT NULL,
        -- The group's doors come from one info call per group: refetched when the summary
        -- changed since (detail_summary_hash) or the detail is older than the sync's limit.
        detail_json         TEXT,
        detail_summary_hash TEXT,
        detail_fetched_at   INTEGER,
        json            TEXT NOT NULL,
        PRIMARY KEY (connection_id, project_id, id)
      ) STRICT;
      CREATE INDEX access_groups_pages ON access_groups (connection_id, project_id, coll, page_no);
      CREATE TABLE accounts (
        connection_id   TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id      TEXT NOT NULL,
        id              TEXT NOT NULL,
        coll            TEXT NOT NULL,
        page_no         INTEGER NOT NULL,
        residence_id    TEXT NOT NULL,
        residence_no    TEXT NOT NULL,
        building_id     TEXT NOT NULL,
        name            TEXT NOT NULL,
        email           TEXT NOT NULL,
        phone           TEXT NOT NULL,
        role            TEXT NOT NULL,
        json            TEXT NOT NULL,
        PRIMARY KEY (connection_id, project_id, id)
      ) STRICT;
      CREATE INDEX accounts_pages ON accounts (connection_id, project_id, coll, page_no);
      CREATE TABLE staff_accesses (
        connection_id   TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id      TEXT NOT NULL,
        id              TEXT NOT NULL,
        coll            TEXT NOT NULL,
        page_no         INTEGER NOT NULL,
        name            TEXT NOT NULL,
        created_time    TEXT NOT NULL,
        json            TEXT NOT NULL,
        PRIMARY KEY (connection_id, project_id, id)
      ) STRICT;
      CREATE INDEX staff_accesses_pages ON staff_accesses (connection_id, project_id, coll, page_no);
      CREATE TABLE persons (
        connection_id   TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id      TEXT NOT NULL,
        id              TEXT NOT NULL,
        coll            TEXT NOT NULL,
        page_no         INTEGER NOT NULL,
        name            TEXT NOT NULL,
        enabled         INTEGER NOT NULL CHECK (enabled IN (0, 1)),
        mobile          TEXT NOT NULL,
        email           TEXT NOT NULL,
        person_code     TEXT NOT NULL,
        json            TEXT NOT NULL,
        PRIMARY KEY (connection_id, project_id, id)
      ) STRICT;
      CREATE INDEX persons_pages ON persons (connection_id, project_id, coll, page_no);
      CREATE TABLE recycled_persons (
        connection_id   TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id      TEXT NOT NULL,
        id              TEXT NOT NULL,
        coll            TEXT NOT NULL,
        page_no         INTEGER NOT NULL,
        name            TEXT NOT NULL,
        mobile          TEXT NOT NULL,
        person_code     TEXT NOT NULL,
        json            TEXT NOT NULL,
        PRIMARY KEY (connection_id, project_id, id)
      ) STRICT;
      CREATE INDEX recycled_persons_pages ON recycled_persons (connection_id, project_id, coll, page_no);
      CREATE TABLE organisations (
        connection_id   TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id      TEXT NOT NULL,
        id              TEXT NOT NULL,
        coll            TEXT NOT NULL,
        page_no         INTEGER NOT NULL,
        parent_id       TEXT NOT NULL,
        name            TEXT NOT NULL,
        level           INTEGER NOT NULL,
        json            TEXT NOT NULL,
        PRIMARY KEY (connection_id, project_id, id)
      ) STRICT;
      CREATE INDEX organisations_pages ON organisations (connection_id, project_id, coll, page_no);
      CREATE TABLE channels (
        connection_id   TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id      TEXT NOT NULL,
        id              TEXT NOT NULL,
        coll            TEXT NOT NULL,
        page_no         INTEGER NOT NULL,
        name            TEXT NOT NULL,
        device_id       TEXT NOT NULL,
        device_name     TEXT NOT NULL,
        online          INTEGER NOT NULL CHECK (online IN (0, 1)),
        room_id         TEXT NOT NULL,
        position_path   TEXT NOT NULL,
        json            TEXT NOT NULL,
        PRIMARY KEY (connection_id, project_id, id)
      ) STRICT;
      CREATE INDEX channels_pages ON channels (connection_id, project_id, coll, page_no);
      CREATE TABLE access_auths (
        connection_id   TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id      TEXT NOT NULL,
        id              TEXT NOT NULL,
        coll            TEXT NOT NULL,
        page_no         INTEGER NOT NULL,
        person_id       TEXT NOT NULL,
        name            TEXT NOT NULL,
        channel_id      TEXT NOT NULL,
        channel_name    TEXT NOT NULL,
        auth_start      INTEGER NOT NULL,
        auth_end        INTEGER NOT NULL,
        json            TEXT NOT NULL,
        PRIMARY KEY (connection_id, project_id, id)
      ) STRICT;
      CREATE INDEX access_auths_pages ON access_auths (connection_id, project_id, coll, page_no);
      CREATE TABLE auth_tasks (
        connection_id   TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id      TEXT NOT NULL,
        id              TEXT NOT NULL,
        coll            TEXT NOT NULL,
        page_no         INTEGER NOT NULL,
        start_time      INTEGER NOT NULL,
        finish_time     INTEGER,
        channel_name    TEXT NOT NULL,
        progress        TEXT NOT NULL,
        outcome         TEXT NOT NULL,
        json            TEXT NOT NULL,
        PRIMARY KEY (connection_id, project_id, id)
      ) STRICT;
      CREATE INDEX auth_tasks_pages ON auth_tasks (connection_id, project_id, coll, page_no);
      CREATE TABLE auth_task_records (
        connection_id   TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id      TEXT NOT NULL,
        id              TEXT NOT NULL,
        coll            TEXT NOT NULL,
        page_no         INTEGER NOT NULL,
        task_id         TEXT NOT NULL,
        person_id       TEXT NOT NULL,
        name            TEXT NOT NULL,
        issue_status    TEXT NOT NULL,
        json            TEXT NOT NULL,
        PRIMARY KEY (connection_id, project_id, id)
      ) STRICT;
      CREATE INDEX auth_task_records_pages ON auth_task_records (connection_id, project_id, coll, page_no);

      CREATE INDEX devices_view ON devices (connection_id, project_id, online, building_id, device_type);
      CREATE INDEX channels_device ON channels (connection_id, project_id, device_id);
      CREATE INDEX accounts_residence ON accounts (connection_id, project_id, residence_id);
      CREATE INDEX access_auths_person ON access_auths (connection_id, project_id, person_id);
      CREATE INDEX auth_task_records_task ON auth_task_records (connection_id, project_id, task_id);

      -- Derived from the device list in the same transaction (neither cloud lists them alone).
      CREATE TABLE buildings (
        connection_id   TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id      TEXT NOT NULL,
        id              TEXT NOT NULL,
        name            TEXT NOT NULL,
        PRIMARY KEY (connection_id, project_id, id)
      ) STRICT;
      CREATE TABLE relays (
        connection_id   TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id      TEXT NOT NULL,
        device_id       TEXT NOT NULL,
        kind            TEXT NOT NULL CHECK (kind IN ('relay', 'security')),
        id              TEXT NOT NULL,
        name            TEXT NOT NULL,
        number          TEXT NOT NULL,
        PRIMARY KEY (connection_id, project_id, device_id, kind, id)
      ) STRICT;
      CREATE TABLE access_group_devices (
        connection_id      TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id         TEXT NOT NULL,
        group_id           TEXT NOT NULL,
        device_id          TEXT NOT NULL,
        relay_ids          TEXT NOT NULL,
        security_relay_ids TEXT NOT NULL,
        PRIMARY KEY (connection_id, project_id, group_id, device_id)
      ) STRICT;
      CREATE TABLE staff_credentials (
        connection_id   TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id      TEXT NOT NULL,
        staff_id        TEXT NOT NULL,
        kind            TEXT NOT NULL CHECK (kind IN ('face', 'pin', 'rf_card')),
        id              TEXT NOT NULL,
        number          TEXT NOT NULL,
        PRIMARY KEY (connection_id, project_id, staff_id, kind, id)
      ) STRICT;
      -- Akuvox lists no imports: the app remembers the tasks it started and sync refreshes them.
      CREATE TABLE import_tasks (
        connection_id   TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id      TEXT NOT NULL,
        id              TEXT NOT NULL,
        import_type     TEXT NOT NULL,
        status          TEXT NOT NULL,
        finished        INTEGER NOT NULL CHECK (finished IN (0, 1)),
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL,
        json            TEXT,
        PRIMARY KEY (connection_id, project_id, id)
      ) STRICT;

      CREATE TABLE sync_state (
        connection_id     TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id        TEXT NOT NULL,
        coll              TEXT NOT NULL,
        -- 'running' with next_page: a sync wrote pages 1..next_page-1 and did not finish.
        status            TEXT NOT NULL CHECK (status IN ('running', 'complete')),
        next_page         INTEGER NOT NULL,
        last_full_sync_at INTEGER,
        item_count        INTEGER NOT NULL,
        content_hash      TEXT,
        PRIMARY KEY (connection_id, project_id, coll)
      ) STRICT;
      CREATE TABLE sync_pages (
        connection_id   TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id      TEXT NOT NULL,
        coll            TEXT NOT NULL,
        page_no         INTEGER NOT NULL,
        hash            TEXT NOT NULL,
        item_count      INTEGER NOT NULL,
        PRIMARY KEY (connection_id, project_id, coll, page_no)
      ) STRICT;

      CREATE TABLE device_transitions (
        seq             INTEGER PRIMARY KEY AUTOINCREMENT,
        connection_id   TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id      TEXT NOT NULL,
        device_id       TEXT NOT NULL,
        online          INTEGER NOT NULL CHECK (online IN (0, 1)),
        at              INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX device_transitions_device ON device_transitions (connection_id, project_id, device_id, at);
      CREATE TABLE health_polls (
        connection_id        TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id           TEXT NOT NULL,
        last_attempt_at      INTEGER NOT NULL,
        last_success_at      INTEGER,
        consecutive_failures INTEGER NOT NULL,
        last_error           TEXT,
        PRIMARY KEY (connection_id, project_id)
      ) STRICT;

      CREATE TABLE outbox (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        connection_id   TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id      TEXT NOT NULL,
        operation       TEXT NOT NULL,
        payload         TEXT NOT NULL,
        target_ids      TEXT NOT NULL,
        base_version    TEXT,
        base_snapshot   TEXT,
        created_at      INTEGER NOT NULL,
        state           TEXT NOT NULL CHECK (state IN ('pending', 'failed', 'conflict')),
        attempts        INTEGER NOT NULL DEFAULT 0,
        last_attempt_at INTEGER,
        last_error      TEXT,
        conflict        TEXT
      ) STRICT;
      CREATE TABLE outbox_results (
        seq             INTEGER PRIMARY KEY AUTOINCREMENT,
        outbox_id       INTEGER NOT NULL,
        connection_id   TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id      TEXT NOT NULL,
        operation       TEXT NOT NULL,
        at              INTEGER NOT NULL,
        outcome         TEXT NOT NULL CHECK (outcome IN ('applied', 'failed', 'conflict', 'skipped')),
        detail          TEXT
      ) STRICT;
    `,
  },
  {
    version: 3,
    name: 'projects of each connection',
    sql: `
      CREATE TABLE projects (
        connection_id TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id    TEXT NOT NULL,
        name          TEXT NOT NULL,
        seen_at       INTEGER NOT NULL,
        PRIMARY KEY (connection_id, project_id)
      ) STRICT;
    `,
  },
  {
    version: 4,
    name: 'send policies and issue info',
    sql: `
      -- The credential policy each task was sent with (ours, or read back from the task detail):
      -- retrying its failures reuses it.
      CREATE TABLE auth_task_policies (
        connection_id TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id    TEXT NOT NULL,
        task_id       TEXT NOT NULL,
        policy        TEXT NOT NULL,
        PRIMARY KEY (connection_id, project_id, task_id)
      ) STRICT;
      -- Issue info per credential type of a record, as last read: a settled record's no longer
      -- changes, and every record's stays readable offline.
      CREATE TABLE auth_record_issue_info (
        connection_id TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id    TEXT NOT NULL,
        record_id     TEXT NOT NULL,
        json          TEXT NOT NULL,
        PRIMARY KEY (connection_id, project_id, record_id)
      ) STRICT;
    `,
  },
  {
    version: 5,
    name: 'when Fieldkey saw a device change state',
    sql: `
      -- NULL: the device has been in its state since the first sync that cached it, so nobody
      -- knows since when. Set only when a check saw it change.
      ALTER TABLE devices ADD COLUMN status_changed_at INTEGER;
      UPDATE devices SET status_changed_at = status_since WHERE EXISTS (
        SELECT 1 FROM device_transitions t
        WHERE t.connection_id = devices.connection_id AND t.project_id = devices.project_id AND t.device_id = devices.id
          AND t.at = devices.status_since AND t.online = devices.online
      );
    `,
  },
  {
    version: 6,
    name: 'one outbox entry per intent',
    sql: `
      -- The form (or service) a change came from: a change made again under the same key replaces
      -- the waiting entry instead of queuing a second one.
      ALTER TABLE outbox ADD COLUMN intent_key TEXT;
      -- Entries already waiting get a key of their own (a random version-4 UUID), so they too can be edited in place.
      UPDATE outbox SET intent_key = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-8'
        || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
      CREATE UNIQUE INDEX outbox_intent ON outbox (intent_key) WHERE intent_key IS NOT NULL;
    `,
  },
  {
    version: 7,
    name: 'the site time zone of each project',
    sql: `
      -- The IANA zone the building is in: schedules are entered and shown in it. The cloud keeps
      -- UTC and says nothing of the site's zone, so the installer sets it once per project.
      CREATE TABLE site_zones (
        connection_id            TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id               TEXT NOT NULL,
        zone                     TEXT NOT NULL,
        set_at                   INTEGER NOT NULL,
        -- The latest clock change of the zone the installer has shifted the groups for (or said
        -- needs no shift); NULL: none yet.
        clock_change_settled_at  INTEGER,
        PRIMARY KEY (connection_id, project_id)
      ) STRICT;
    `,
  },
  {
    version: 8,
    name: 'residents Fieldkey added to or removed from access groups',
    sql: `
      -- The cloud reports a group's user count only: every resident Fieldkey adds or removes is
      -- recorded here, so the group can name the members it knows of. A change still in the
      -- outbox keeps its entry's id until it lands (then NULL) or is discarded (then deleted).
      CREATE TABLE group_member_changes (
        seq              INTEGER PRIMARY KEY AUTOINCREMENT,
        connection_id    TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id       TEXT NOT NULL,
        access_group_id  TEXT NOT NULL,
        account_id       TEXT NOT NULL,
        resident_name    TEXT NOT NULL,
        building_name    TEXT NOT NULL,
        residence_no     TEXT NOT NULL,
        change           TEXT NOT NULL CHECK (change IN ('added', 'removed')),
        at               INTEGER NOT NULL,
        install_id       TEXT NOT NULL,
        machine_name     TEXT NOT NULL,
        queued_outbox_id INTEGER
      ) STRICT;
      CREATE INDEX group_member_changes_group ON group_member_changes (connection_id, project_id, access_group_id, account_id, seq);
      CREATE INDEX group_member_changes_queued ON group_member_changes (queued_outbox_id) WHERE queued_outbox_id IS NOT NULL;
    `,
  },
  {
    version: 9,
    name: 'normalised search keys',
    sql: `
      -- What installers type, normalised once when a row is written (src/shared/search/keys.ts),
      -- so a search compares stored keys instead of reformatting every row.
      -- A MAC's hex digits in upper case: "E3:15:CD", "e3-15-cd" and "E315CD" are one key.
      ALTER TABLE devices ADD COLUMN mac_key TEXT NOT NULL DEFAULT '';
      UPDATE devices SET mac_key = upper(replace(replace(replace(replace(replace(mac, ':', ''), '-', ''), '.', ''), ' ', ''), '_', ''));
      CREATE INDEX devices_mac_key ON devices (connection_id, project_id, mac_key);
      -- A mobile's digits, without China's +86 in front of an 11-digit number.
      ALTER TABLE persons ADD COLUMN mobile_key TEXT NOT NULL DEFAULT '';
      UPDATE persons SET mobile_key = replace(replace(replace(mobile, ' ', ''), '-', ''), '+', '');
      UPDATE persons SET mobile_key = substr(mobile_key, 3) WHERE length(mobile_key) = 13 AND mobile_key LIKE '86%';
      CREATE INDEX persons_mobile_key ON persons (connection_id, project_id, mobile_key);
      CREATE INDEX persons_person_code ON persons (connection_id, project_id, person_code);
      ALTER TABLE recycled_persons ADD COLUMN mobile_key TEXT NOT NULL DEFAULT '';
      UPDATE recycled_persons SET mobile_key = replace(replace(replace(mobile, ' ', ''), '-', ''), '+', '');
      UPDATE recycled_persons SET mobile_key = substr(mobile_key, 3) WHERE length(mobile_key) = 13 AND mobile_key LIKE '86%';
      -- A staff access's cards and PINs (matched exactly, a card in any of its formats), access
      -- group names (lower case, matched by containment) and floors, one row per key.
      CREATE TABLE staff_search_keys (
        connection_id   TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id      TEXT NOT NULL,
        staff_id        TEXT NOT NULL,
        field           TEXT NOT NULL CHECK (field IN ('card', 'pin', 'group', 'floor')),
        key             TEXT NOT NULL,
        -- Keyed for the search: a field's keys are one range of the primary key.
        PRIMARY KEY (connection_id, project_id, field, key, staff_id)
      ) STRICT;
      CREATE INDEX staff_search_keys_staff ON staff_search_keys (connection_id, project_id, staff_id);
      INSERT OR IGNORE INTO staff_search_keys (connection_id, project_id, staff_id, field, key)
        SELECT connection_id, project_id, staff_id, CASE kind WHEN 'pin' THEN 'pin' ELSE 'card' END,
          CASE kind WHEN 'pin' THEN replace(number, ' ', '') ELSE upper(replace(replace(replace(number, ' ', ''), ':', ''), '-', '')) END
        FROM staff_credentials WHERE kind IN ('pin', 'rf_card');
      INSERT OR IGNORE INTO staff_search_keys (connection_id, project_id, staff_id, field, key)
        SELECT s.connection_id, s.project_id, s.id, 'group', lower(trim(g.value))
        FROM staff_accesses s, json_each(s.json, '$.accessGroupNames') g;
      INSERT OR IGNORE INTO staff_search_keys (connection_id, project_id, staff_id, field, key)
        SELECT s.connection_id, s.project_id, s.id, 'floor', trim(f.value)
        FROM staff_accesses s, json_each(s.json, '$.floorAccesses') b, json_each(b.value, '$.floors') f;
    `,
  },
  {
    version: 10,
    name: 'what each staff import created',
    sql: `
      -- One row per staff file imported from this laptop (the run is the import job's id).
      CREATE TABLE import_runs (
        connection_id TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id    TEXT NOT NULL,
        run_id        TEXT NOT NULL,
        file_name     TEXT NOT NULL,
        started_at    INTEGER NOT NULL,
        PRIMARY KEY (connection_id, project_id, run_id)
      ) STRICT;
      CREATE INDEX import_runs_started ON import_runs (connection_id, project_id, started_at);
      -- The staff an import created (not the ones it found already there, nor the ones it queued):
      -- undoing the import deletes exactly these.
      CREATE TABLE import_created_staff (
        connection_id TEXT NOT NULL,
        project_id    TEXT NOT NULL,
        run_id        TEXT NOT NULL,
        staff_id      TEXT NOT NULL,
        line          INTEGER NOT NULL,
        PRIMARY KEY (connection_id, project_id, run_id, staff_id),
        FOREIGN KEY (connection_id, project_id, run_id) REFERENCES import_runs (connection_id, project_id, run_id) ON DELETE CASCADE
      ) STRICT;
    `,
  },
  {
    version: 11,
    name: "the installer's door checklist",
    sql: `
      -- The installer's own test of each door, kept on this computer only (the clouds hold no such
      -- record). The door key names an Akuvox relay or security relay of a device, or a Tuya
      -- channel (src/shared/checklist/door-key.ts); a door with no row is not yet tested.
      CREATE TABLE door_checks (
        connection_id TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id    TEXT NOT NULL,
        door_key      TEXT NOT NULL,
        result        TEXT NOT NULL CHECK (result IN ('passed', 'fault')),
        method        TEXT NOT NULL,
        note          TEXT NOT NULL,
        tested_at     INTEGER NOT NULL,
        PRIMARY KEY (connection_id, project_id, door_key)
      ) STRICT;
    `,
  },
  {
    version: 12,
    name: 'installer activity log',
    sql: `
      -- Every change made through Fieldkey, append-only: a queued change gets a row when it is
      -- queued and another (same outbox_id) when it lands, fails or is discarded. No foreign key:
      -- the log outlives a removed connection, so its label and the project's name are copied.
      CREATE TABLE activity_log (
        id               INTEGER PRIMARY KEY,
        at               INTEGER NOT NULL,
        installer        TEXT,
        install_id       TEXT,
        connection_id    TEXT NOT NULL,
        connection_label TEXT NOT NULL,
        project_id       TEXT NOT NULL,
        project_name     TEXT NOT NULL,
        kind             TEXT NOT NULL,
        params_json      TEXT NOT NULL,
        target           TEXT NOT NULL,
        result           TEXT NOT NULL CHECK (result IN ('done', 'queued', 'failed', 'merged', 'discarded')),
        error_code       TEXT,
        reason_key       TEXT,
        reason_params    TEXT,
        request_id       TEXT,
        outbox_id        INTEGER
      ) STRICT;
      CREATE INDEX activity_log_at ON activity_log (at DESC, id DESC);
      CREATE INDEX activity_log_scope ON activity_log (connection_id, project_id, at DESC);
    `,
  },
  {
    version: 13,
    name: 'request rates',
    sql: `
      -- The request rate Fieldkey learned per connection and project ('' for calls outside a
      -- project), so a restart starts near it; and the installer's ceiling per connection.
      CREATE TABLE request_rates (
        connection_id TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
        project_id    TEXT NOT NULL,
        per_second    REAL NOT NULL CHECK (per_second > 0),
        updated_at    INTEGER NOT NULL,
        PRIMARY KEY (connection_id, project_id)
      ) STRICT;
      CREATE TABLE request_rate_ceilings (
        connection_id TEXT PRIMARY KEY REFERENCES connections(id) ON DELETE CASCADE,
        max_per_second REAL NOT NULL CHECK (max_per_second > 0)
      ) STRICT;
    `,
  },
]

export function schemaVersion(db: SqlDatabase): number {
  return Number(db.get<{ user_version: number }>('PRAGMA user_version')?.user_version ?? 0)
}

/**
 * Applies every migration newer than the database, each in its own transaction together with
 * its version bump, so a crash leaves the database at a whole version. Returns the versions run.
 */
export function migrate(db: SqlDatabase, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const current = schemaVersion(db)
  const latest = migrations.at(-1)?.version ?? 0
  if (current > latest) {
    throw new Error(`the database is at version ${current}, newer than this Fieldkey (${latest}): update Fieldkey`)
  }
  const applied: number[] = []
  for (const migration of migrations) {
    if (migration.version <= current) continue
    db.transaction(() => {
      db.exec(migration.sql)
      db.exec(`PRAGMA user_version = ${migration.version}`)
    })
    applied.push(migration.version)
  }
  return applied
}
