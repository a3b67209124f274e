#!/usr/bin/env bash
# The officers' profile verification queue at 1,000,000 citizens (docs/design/quality.md, Scale):
# creates a scratch database, has the portal migrate it (its real schema and reference
# rows), fills worker_profiles with generate_series, runs VACUUM ANALYZE and prints EXPLAIN (ANALYZE,
# BUFFERS) for each query shape of the queue. Fails when any plan reads worker_profiles by a sequential scan.
#
#   eng/bench/profile-queue-plan.sh [postgresql://user@host:port/db]
#
# Without an argument psql's own PG* variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, ...) name the server.
# The scratch database is created beside the one connected to and dropped at the end.
#
# Overrides: ROWS (1000000), MIGRATE_PORT (5099, where the portal that migrates the scratch database
# listens while it works), KEEP_DB=1 (keep the scratch database to look at it afterwards), SCRATCH_DB (its name).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
rows=${ROWS:-1000000}
scratch=${SCRATCH_DB:-profile_queue_plan_$$}
conn=${1:-}
work=$(mktemp -d /tmp/profile-queue-plan.XXXXXX)

# shellcheck source=eng/bench/scratch-db.sh
source "$root/eng/bench/scratch-db.sh"

log "generating $rows worker profiles"
start=$(date +%s)
psql_on "$scratch" -v rows="$rows" <<'SQL'
SET maintenance_work_mem = '512MB';
SELECT setseed(0.42) \g /dev/null

-- Citizens by territorial unit in proportion to the population (thousands, Statistics Agency, 2023).
CREATE TEMP TABLE weights (region_id int PRIMARY KEY, people int);
INSERT INTO weights VALUES
  (1, 1990), (2, 3322), (3, 1984), (4, 3976), (5, 1459), (6, 3494), (7, 1950),
  (8, 2985), (9, 1033), (10, 4171), (11, 2880), (12, 892), (13, 3003), (14, 3041);
CREATE TEMP TABLE regions_drawn AS
SELECT w.region_id, u.id AS unit_id,
       (sum(w.people) OVER (ORDER BY w.region_id) - w.people)::float8 / sum(w.people) OVER () AS lo,
       sum(w.people) OVER (ORDER BY w.region_id)::float8 / sum(w.people) OVER () AS hi,
       (SELECT array_agg(d.id ORDER BY d.id) FROM districts d WHERE d.region_id = w.region_id) AS districts
FROM weights w
JOIN agency_units u ON u.region_id = w.region_id AND u.kind = 'TerritorialBranch';
CREATE TEMP TABLE codes AS SELECT array_agg(code ORDER BY code) AS all_codes FROM occupations WHERE major_group_code IS NOT NULL;

-- The same definitions are rebuilt after the load: quicker than maintaining them row by row.
CREATE TEMP TABLE saved_indexes AS
SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'worker_profiles' AND indexname <> 'pk_worker_profiles';
DO $$ DECLARE i record; BEGIN
  FOR i IN SELECT indexname FROM saved_indexes LOOP EXECUTE format('DROP INDEX %I', i.indexname); END LOOP;
END $$;

INSERT INTO worker_profiles (
  id, citizen_id, status, last_name, first_name, patronymic, birth_date, sex, phone, region_id, district_id, unit_id,
  pinfl_cipher, pinfl_hash, passport_cipher, passport_hash, passport_issued_on, passport_expires_on,
  preferred_countries, occupation_codes, consent_active, submitted_at, decided_at, decided_by, created_at, updated_at,
  educations, languages, professions, return_reasons, work_history)
SELECT id, id, status, 'Familiya', 'Ism', 'Ota o‘g‘li', date '1975-01-01' + (r_birth * 10000)::int,
       CASE WHEN g % 2 = 0 THEN 'Male' ELSE 'Female' END, '+99890' || lpad((g % 10000000)::text, 7, '0'),
       region_id, districts[1 + floor(r_district * cardinality(districts))::int], unit_id,
       'CfDJ8' || repeat(md5('p' || g), 5), sha256(('pinfl:' || g)::bytea),
       'CfDJ8' || repeat(md5('s' || g), 5), sha256(('passport:' || g)::bytea),
       date '2018-01-01' + (r_birth * 2500)::int, date '2028-01-01' + (r_birth * 2500)::int,
       ARRAY['KR'], codes, consent_active,
       CASE WHEN status = 'Draft' THEN NULL ELSE submitted_at END,
       CASE WHEN status IN ('Verified', 'Returned') THEN submitted_at + interval '3 days' END,
       CASE WHEN status IN ('Verified', 'Returned') THEN '0000000f-0000-0000-0000-000000000001'::uuid END,
       submitted_at - interval '5 days', submitted_at,
       '[]', '[]',
       (SELECT jsonb_agg(jsonb_build_object('Id', gen_random_uuid(), 'OccupationCode', c, 'YearsOfExperience', 3)) FROM unnest(codes) c),
       '[]', '[]'
FROM (
  SELECT g, r_birth, r_district, rd.region_id, rd.unit_id, rd.districts,
         -- Version-7-like ids (time first), as the portal's own ids are.
         (lpad(to_hex((extract(epoch FROM submitted_at) * 1000)::bigint), 12, '0') || '7' || substr(md5(g::text), 1, 3)
           || '8' || substr(md5(g::text), 4, 15))::uuid AS id,
         CASE WHEN NOT consent_active AND status = 'Submitted' THEN 'Draft' ELSE status END AS status,
         consent_active, submitted_at,
         (SELECT array_agg(c.all_codes[1 + ((i1 + k) % cardinality(c.all_codes))] ORDER BY k)
            FROM codes c, unnest(CASE n_codes WHEN 1 THEN ARRAY[0] WHEN 2 THEN ARRAY[0, k2] ELSE ARRAY[0, k2, k3] END) k) AS codes
  FROM (
    SELECT g, random() AS r_region, random() AS r_birth, random() AS r_district,
           CASE WHEN s < 0.03 THEN 'Submitted' WHEN s < 0.04 THEN 'Returned' WHEN s < 0.44 THEN 'Verified' ELSE 'Draft' END AS status,
           random() >= 0.02 AS consent_active,
           timestamptz '2026-11-24 09:00+05' - random() * interval '730 days' AS submitted_at,
           1 + floor(random() * 3)::int AS n_codes,
           floor(random() * 84)::int AS i1, 1 + floor(random() * 41)::int AS k2, 42 + floor(random() * 41)::int AS k3
    FROM (SELECT g, random() AS s FROM generate_series(1, :rows) g) seed
  ) draw
  JOIN regions_drawn rd ON draw.r_region >= rd.lo AND draw.r_region < rd.hi
) p;

DO $$ DECLARE i record; BEGIN
  FOR i IN SELECT indexdef FROM saved_indexes LOOP EXECUTE i.indexdef; END LOOP;
END $$;
VACUUM ANALYZE worker_profiles;
SQL
log "loaded and analyzed in $(($(date +%s) - start)) s"

# Parameters as an officer's screens would send them: Samarkand's branch (the largest unit), a district of it,
# a cursor deep in its queue (the 10,000th row, or as deep as the unit's queue goes) and in the supervisor's.
read -r unit district <<<"$(psql_on "$scratch" -tA -F ' ' -c "
  SELECT unit_id, district_id FROM worker_profiles WHERE region_id = 10 AND status = 'Submitted' AND consent_active
  GROUP BY unit_id, district_id ORDER BY count(*) DESC LIMIT 1")"
read -r unit_cursor_at unit_cursor_id unit_depth <<<"$(psql_on "$scratch" -tA -F ' ' -c "
  WITH q AS (SELECT submitted_at, id, row_number() OVER (ORDER BY submitted_at, id) AS n, count(*) OVER () AS total
             FROM worker_profiles WHERE consent_active AND unit_id = '$unit' AND status = 'Submitted')
  SELECT to_char(submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), id, n FROM q WHERE n = least(10000, total - 21)")"
read -r all_cursor_at all_cursor_id all_depth <<<"$(psql_on "$scratch" -tA -F ' ' -c "
  WITH q AS (SELECT submitted_at, id, row_number() OVER (ORDER BY submitted_at, id) AS n, count(*) OVER () AS total
             FROM worker_profiles WHERE consent_active AND status = 'Submitted')
  SELECT to_char(submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), id, n FROM q WHERE n = least(10000, total - 21)")"

echo "## Rows"
psql_on "$scratch" -c "
  SELECT count(*) AS profiles,
         count(*) FILTER (WHERE status = 'Submitted' AND consent_active) AS in_queues,
         count(*) FILTER (WHERE status = 'Returned') AS returned,
         count(*) FILTER (WHERE status = 'Verified') AS verified,
         count(*) FILTER (WHERE status = 'Draft') AS draft,
         count(*) FILTER (WHERE NOT consent_active) AS consent_withdrawn,
         count(*) FILTER (WHERE unit_id = '$unit' AND status = 'Submitted' AND consent_active) AS unit_queue,
         pg_size_pretty(pg_total_relation_size('worker_profiles')) AS table_and_indexes
  FROM worker_profiles"
echo "unit $unit, district $district; unit cursor at row $unit_depth ($unit_cursor_at, $unit_cursor_id); all-units cursor at row $all_depth ($all_cursor_at, $all_cursor_id)"

columns="p.id, p.last_name, p.first_name, p.patronymic, p.district_id, p.occupation_codes, p.submitted_at"
queue="p.consent_active AND p.status = 'Submitted'"
order="ORDER BY p.submitted_at, p.id LIMIT 21"
declare -a names sqls
add() { names+=("$1"); sqls+=("$2"); }
add "1) unit queue, page 1" \
  "SELECT $columns FROM worker_profiles p WHERE $queue AND p.unit_id = '$unit' $order"
add "2) unit queue, deep page (keyset after row $unit_depth)" \
  "SELECT $columns FROM worker_profiles p WHERE $queue AND p.unit_id = '$unit' AND (p.submitted_at, p.id) > ('$unit_cursor_at', '$unit_cursor_id') $order"
add "3) unit queue, count" \
  "SELECT count(*) FROM worker_profiles p WHERE $queue AND p.unit_id = '$unit'"
add "4) district filter, page 1" \
  "SELECT $columns FROM worker_profiles p WHERE $queue AND p.unit_id = '$unit' AND p.district_id = $district $order"
add "4b) district filter, count" \
  "SELECT count(*) FROM worker_profiles p WHERE $queue AND p.unit_id = '$unit' AND p.district_id = $district"
add "5) profession filter (7112), page 1" \
  "SELECT $columns FROM worker_profiles p WHERE $queue AND p.unit_id = '$unit' AND p.occupation_codes @> ARRAY['7112']::text[] $order"
add "5b) profession filter (7112), count" \
  "SELECT count(*) FROM worker_profiles p WHERE $queue AND p.unit_id = '$unit' AND p.occupation_codes @> ARRAY['7112']::text[]"
add "6) supervisor, all units, page 1" \
  "SELECT $columns FROM worker_profiles p WHERE $queue $order"
add "6b) supervisor, all units, deep page (keyset after row $all_depth)" \
  "SELECT $columns FROM worker_profiles p WHERE $queue AND (p.submitted_at, p.id) > ('$all_cursor_at', '$all_cursor_id') $order"
add "6c) supervisor, all units, count" \
  "SELECT count(*) FROM worker_profiles p WHERE $queue"
add "7) submitted-date range (March 2026), page 1" \
  "SELECT $columns FROM worker_profiles p WHERE $queue AND p.unit_id = '$unit' AND p.submitted_at >= '2026-03-01T00:00:00Z' AND p.submitted_at < '2026-04-01T00:00:00Z' $order"
add "7b) submitted-date range (March 2026), count" \
  "SELECT count(*) FROM worker_profiles p WHERE $queue AND p.unit_id = '$unit' AND p.submitted_at >= '2026-03-01T00:00:00Z' AND p.submitted_at < '2026-04-01T00:00:00Z'"

plans=$work/plans.txt
: >"$plans"
for i in "${!names[@]}"; do
  # One warm-up run so that each plan reports cached pages, as a busy server's would be.
  psql_on "$scratch" -tA -c "${sqls[$i]}" >/dev/null
  {
    echo
    echo "## ${names[$i]}"
    echo "${sqls[$i]}"
    psql_on "$scratch" -tA -c "EXPLAIN (ANALYZE, BUFFERS) ${sqls[$i]}"
  } | tee -a "$plans"
done

if grep -q 'Seq Scan on worker_profiles' "$plans"; then
  log "FAILED: a plan reads worker_profiles by a sequential scan"
  exit 1
fi
log "no plan scans worker_profiles sequentially"
