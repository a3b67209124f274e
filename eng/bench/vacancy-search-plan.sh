#!/usr/bin/env bash
# The public vacancy search at 50,000 job orders (docs/design/quality.md, Performance: "no sequential scan on job orders"): creates a
# scratch database, has the portal migrate it (its real schema and reference rows), fills
# employers (480, in 30+ countries) and job_orders with generate_series, with search_text built from the seeded
# occupation and country names as JobOrderSearchIndex builds it, runs VACUUM ANALYZE and prints EXPLAIN
# (ANALYZE, BUFFERS) for each query shape SearchVacanciesHandler sends. Fails when any plan reads job_orders
# by a sequential scan (exit 10; other failures exit otherwise).
#
#   eng/bench/vacancy-search-plan.sh [postgresql://user@host:port/db]
#
# Without an argument psql's own PG* variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, ...) name the server.
# The scratch database is created beside the one connected to and dropped at the end.
#
# Overrides: ROWS (50000), MIGRATE_PORT (5099, where the portal that migrates the scratch database
# listens while it works), KEEP_DB=1 (keep the scratch database to look at it afterwards), SCRATCH_DB (its name).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
rows=${ROWS:-50000}
scratch=${SCRATCH_DB:-vacancy_search_plan_$$}
conn=${1:-}
work=$(mktemp -d /tmp/vacancy-search-plan.XXXXXX)

# shellcheck source=eng/bench/scratch-db.sh
source "$root/eng/bench/scratch-db.sh"

log "generating 480 employers and $rows job orders"
start=$(date +%s)
psql_on "$scratch" -v rows="$rows" <<'SQL'
SET maintenance_work_mem = '256MB';
SELECT setseed(0.42) \g /dev/null

-- Destinations, the organized-sending ones first and most weighted (docs/design/domain.md, Facts and figures: ~480 employers, 30+ countries).
CREATE TEMP TABLE dest AS
SELECT row_number() OVER (ORDER BY CASE code WHEN 'RU' THEN 1 WHEN 'KR' THEN 2 WHEN 'KZ' THEN 3 WHEN 'TR' THEN 4
                                      WHEN 'GB' THEN 5 WHEN 'DE' THEN 6 WHEN 'JP' THEN 7 WHEN 'PL' THEN 8 ELSE 9 END, code) AS n,
       code, name_uz_latn, name_uz_cyrl, name_ru, name_en
FROM countries WHERE code <> 'UZ';
-- Half the employers in the eight main destinations, the other half spread over every other country.
CREATE TEMP TABLE employer_draw AS
SELECT e, CASE WHEN e <= 240 THEN 1 + (e % 8) ELSE 1 + (e % (SELECT count(*) FROM dest)::int) END AS dest_n
FROM generate_series(1, 480) e;

INSERT INTO employers (id, legal_name, country_code, registration_number, agreement_number, agreement_valid_from,
                       agreement_valid_to, contact_name, contact_email, status, city)
SELECT (lpad(to_hex(e), 8, '0') || '-0000-7000-8000-000000000480')::uuid,
       CASE WHEN e = 1 THEN 'Qorasuv Agro'
            ELSE (ARRAY['Hanil', 'Daesung', 'Sakura', 'Volga', 'Anatolia', 'Thames', 'Rhein', 'Vistula'])[1 + e % 8] || ' '
              || (ARRAY['Construction', 'Foods', 'Logistics', 'Farms', 'Textiles', 'Care', 'Motors', 'Hotels'])[1 + (e / 8) % 8] || ' ' || e END,
       d.code, 'REG-' || e, 'AG-' || e, date '2025-01-01', date '2028-12-31', 'Contact ' || e, 'hr' || e || '@employer.example', 'Active',
       'City ' || d.code || ' ' || (e % 5)
FROM employer_draw ed JOIN dest d ON d.n = ed.dest_n;

-- Rates for most currencies; a few are left without one, as a currency the agency has not priced yet would be.
INSERT INTO exchange_rates (currency_code, date, usd_per_unit)
SELECT code, date '2026-11-20', CASE code WHEN 'KRW' THEN 0.00072 WHEN 'JPY' THEN 0.0066 WHEN 'RUB' THEN 0.0125 WHEN 'KZT' THEN 0.002
  WHEN 'TRY' THEN 0.029 WHEN 'GBP' THEN 1.27 WHEN 'EUR' THEN 1.08 WHEN 'PLN' THEN 0.25 ELSE 0.5 END
FROM currencies WHERE code NOT IN ('USD', 'UZS', 'BYN', 'KGS');

CREATE TEMP TABLE occ AS
SELECT row_number() OVER (ORDER BY code) AS n, code, name_uz_latn, name_uz_cyrl, name_ru, name_en
FROM occupations WHERE major_group_code IS NOT NULL;

-- The same definitions are rebuilt after the load: quicker than maintaining them row by row.
CREATE TEMP TABLE saved_indexes AS
SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'job_orders' AND indexname <> 'pk_job_orders';
DO $$ DECLARE i record; BEGIN
  FOR i IN SELECT indexname FROM saved_indexes LOOP EXECUTE format('DROP INDEX %I', i.indexname); END LOOP;
END $$;

INSERT INTO job_orders (
  id, organization_id, status, title, country_code, city, occupation_code, positions, wage_amount, currency_code,
  wage_period, hours_per_week, monthly_wage, contract_months, probation_months, housing_provided, housing_cost_per_month,
  meals_provided, medical_insurance, return_flight, transport, language_code, minimum_language_level_id,
  application_deadline, program, created_at, submitted_at, published_at, filled_positions, selected_positions, monthly_wage_usd, search_text)
SELECT j.id, employer_id, status, title, country_code, city, occupation_code, positions, wage, currency, 'Month', 40, wage,
       24, 2, housing, NULL, r_flag < 0.5, r_flag < 0.8, r_flag < 0.6, r_flag < 0.3, language, level,
       date '2027-01-15' + (g % 120), program, published - interval '3 days',
       CASE WHEN status <> 'Draft' THEN published - interval '2 days' END,
       CASE WHEN status IN ('Published', 'Paused', 'Closed', 'Filled') THEN published END,
       0, 0, round(wage * rate.usd_per_unit, 2),
       -- As JobOrderSearchIndex writes it: title, city, employer, occupation and country in four languages, lower case, one apostrophe.
       translate(lower(concat_ws(' ', title, city, legal_name, o_uz, o_cy, o_ru, o_en, c_uz, c_cy, c_ru, c_en)), '‘’ʻʼ`', repeat('''', 5))
FROM (
  SELECT g, e.id AS employer_id, e.legal_name, e.country_code, e.city, o.code AS occupation_code,
         o.name_uz_latn AS o_uz, o.name_uz_cyrl AS o_cy, o.name_ru AS o_ru, o.name_en AS o_en,
         d.name_uz_latn AS c_uz, d.name_uz_cyrl AS c_cy, d.name_ru AS c_ru, d.name_en AS c_en,
         o.name_en || ', ' || e.city AS title,
         -- Version-7-like ids (time first), as the portal's own ids are.
         (lpad(to_hex((extract(epoch FROM published) * 1000)::bigint), 12, '0') || '7' || substr(md5(g::text), 1, 3)
           || '8' || substr(md5(g::text), 4, 15))::uuid AS id,
         CASE WHEN s < 0.70 THEN 'Published' WHEN s < 0.78 THEN 'Draft' WHEN s < 0.85 THEN 'PendingApproval'
              WHEN s < 0.88 THEN 'Rejected' WHEN s < 0.92 THEN 'Paused' WHEN s < 0.97 THEN 'Closed' ELSE 'Filled' END AS status,
         1 + (g % 20) AS positions, published, r_flag, r_flag < 0.5 AS housing,
         CASE e.country_code WHEN 'KR' THEN 'KRW' WHEN 'JP' THEN 'JPY' WHEN 'RU' THEN 'RUB' WHEN 'KZ' THEN 'KZT' WHEN 'TR' THEN 'TRY'
           WHEN 'GB' THEN 'GBP' WHEN 'PL' THEN 'PLN' WHEN 'BY' THEN 'BYN' WHEN 'KG' THEN 'KGS' WHEN 'US' THEN 'USD' ELSE 'EUR' END AS currency,
         round((CASE e.country_code WHEN 'KR' THEN 2000000 WHEN 'JP' THEN 200000 WHEN 'RU' THEN 80000 WHEN 'KZ' THEN 300000
           WHEN 'TR' THEN 30000 ELSE 1800 END * (0.8 + r_wage * 0.8))::numeric, 0) AS wage,
         CASE WHEN r_lang < 0.4 THEN NULL ELSE CASE e.country_code WHEN 'KR' THEN 'ko' WHEN 'JP' THEN 'ja' WHEN 'RU' THEN 'ru'
           WHEN 'DE' THEN 'de' WHEN 'TR' THEN 'tr' ELSE 'en' END END AS language,
         CASE WHEN r_lang < 0.4 THEN NULL ELSE CASE e.country_code WHEN 'KR' THEN 8 WHEN 'JP' THEN 14 ELSE 2 END END AS level,
         CASE e.country_code WHEN 'KR' THEN 'EpsKorea' WHEN 'JP' THEN 'JapanTechnicalIntern' WHEN 'RU' THEN 'RussiaOrganized'
           WHEN 'GB' THEN 'UkSeasonal' ELSE 'OtherBilateral' END AS program
  FROM (
    SELECT g, random() AS s, random() AS r_flag, random() AS r_wage, random() AS r_lang,
           1 + floor(random() * 480)::int AS e_n, 1 + floor(random() * (SELECT count(*) FROM occ))::int AS o_n,
           timestamptz '2026-11-24 09:00+05' - random() * interval '365 days' AS published
    FROM generate_series(1, :rows) g
  ) draw
  JOIN employers e ON e.id = (lpad(to_hex(draw.e_n), 8, '0') || '-0000-7000-8000-000000000480')::uuid
  JOIN dest d ON d.code = e.country_code
  JOIN occ o ON o.n = draw.o_n
) j
LEFT JOIN exchange_rates rate ON rate.currency_code = j.currency;

DO $$ DECLARE i record; BEGIN
  FOR i IN SELECT indexdef FROM saved_indexes LOOP EXECUTE i.indexdef; END LOOP;
END $$;
VACUUM ANALYZE employers;
VACUUM ANALYZE exchange_rates;
VACUUM ANALYZE job_orders;
SQL
log "loaded and analyzed in $(($(date +%s) - start)) s"

# Cursors as the "next page" links would carry them: the 10,000th published order (page 500) in each sort, or the
# middle one when fewer are published.
read -r new_at new_id <<<"$(psql_on "$scratch" -tA -F ' ' -c "
  SELECT to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), id FROM job_orders WHERE status = 'Published'
  ORDER BY published_at DESC, id DESC OFFSET least(9999, (SELECT count(*) / 2 FROM job_orders WHERE status = 'Published')) LIMIT 1")"
read -r wage_at wage_id <<<"$(psql_on "$scratch" -tA -F ' ' -c "
  SELECT monthly_wage_usd, id FROM job_orders WHERE status = 'Published' AND monthly_wage_usd IS NOT NULL
  ORDER BY monthly_wage_usd DESC, id DESC
  OFFSET least(9999, (SELECT count(*) / 2 FROM job_orders WHERE status = 'Published' AND monthly_wage_usd IS NOT NULL)) LIMIT 1")"

echo "## Rows"
psql_on "$scratch" -c "
  SELECT count(*) AS job_orders, count(*) FILTER (WHERE status = 'Published') AS published,
         count(DISTINCT organization_id) AS employers, count(DISTINCT country_code) AS countries,
         count(*) FILTER (WHERE status = 'Published' AND monthly_wage_usd IS NULL) AS published_without_usd,
         count(*) FILTER (WHERE status = 'Published' AND search_text LIKE '%ishchilar%') AS published_ishchilar,
         count(*) FILTER (WHERE status = 'Published' AND search_text LIKE '%qorasuv%') AS published_qorasuv,
         pg_size_pretty(pg_total_relation_size('job_orders')) AS table_and_indexes
  FROM job_orders"
echo "newest cursor ($new_at, $new_id); wage cursor ($wage_at, $wage_id)"

# The statements SearchVacanciesHandler sends (EF Core's SQL, parameters written in): a page of 21 cards with
# their employer, country and occupation names, and the count of matches stopped at 1,001.
columns="j.id, j.title, e.legal_name, j.city, c.name_en, o.name_en, j.wage_amount, j.currency_code, j.wage_period, j.monthly_wage_usd, j.housing_provided, j.application_deadline, j.positions - j.filled_positions, j.published_at"
cards="FROM job_orders j JOIN employers e ON j.organization_id = e.id JOIN countries c ON j.country_code = c.code JOIN occupations o ON j.occupation_code = o.code"
published="j.status = 'Published'"
newest="ORDER BY j.published_at DESC, j.id DESC LIMIT 21"
by_wage="ORDER BY j.monthly_wage_usd DESC, j.id DESC LIMIT 21"
count() { echo "SELECT count(*)::int FROM (SELECT 1 FROM job_orders j WHERE $published$1 ORDER BY j.published_at DESC, j.id DESC LIMIT 1001) AS t"; }
group="j.occupation_code IN (SELECT x.code FROM occupations x WHERE x.major_group_code = '7')"
declare -a names sqls
add() { names+=("$1"); sqls+=("$2"); }
add "1) newest, page 1" "SELECT $columns $cards WHERE $published $newest"
add "1b) count, no filter" "$(count "")"
add "2) newest, deep page (keyset after row 10000)" \
  "SELECT $columns $cards WHERE $published AND (j.published_at, j.id) < ('$new_at', '$new_id') $newest"
add "3) best paid, page 1" "SELECT $columns $cards WHERE $published AND j.monthly_wage_usd IS NOT NULL $by_wage"
add "3b) best paid, deep page (keyset after row 10000)" \
  "SELECT $columns $cards WHERE $published AND j.monthly_wage_usd IS NOT NULL AND (j.monthly_wage_usd, j.id) < ($wage_at, '$wage_id') $by_wage"
add "3c) best paid, the orders without a dollar figure that follow" \
  "SELECT $columns $cards WHERE $published AND j.monthly_wage_usd IS NULL $newest"
add "4) text, a common word ('ishchilar'), page 1" "SELECT $columns $cards WHERE $published AND j.search_text LIKE '%ishchilar%' ESCAPE '\\' $newest"
add "4b) text, a common word, count" "$(count " AND j.search_text LIKE '%ishchilar%' ESCAPE '\\'")"
add "5) text, a rare word ('qorasuv'), page 1" "SELECT $columns $cards WHERE $published AND j.search_text LIKE '%qorasuv%' ESCAPE '\\' $newest"
add "5b) text, a rare word, count" "$(count " AND j.search_text LIKE '%qorasuv%' ESCAPE '\\'")"
add "5c) text, two words in two scripts (g'isht, корея), page 1" \
  "SELECT $columns $cards WHERE $published AND j.search_text LIKE '%g''isht%' ESCAPE '\\' AND j.search_text LIKE '%корея%' ESCAPE '\\' $newest"
add "5d) text, a two-letter word ('va'), page 1" "SELECT $columns $cards WHERE $published AND j.search_text LIKE '%va%' ESCAPE '\\' $newest"
add "5e) text, a two-letter word, count" "$(count " AND j.search_text LIKE '%va%' ESCAPE '\\'")"
add "6) country (JP), page 1" "SELECT $columns $cards WHERE $published AND j.country_code = 'JP' $newest"
add "6b) country (JP), count" "$(count " AND j.country_code = 'JP'")"
add "7) occupation group (7), page 1" "SELECT $columns $cards WHERE $published AND $group $newest"
add "7b) occupation group (7), count" "$(count " AND $group")"
add "8) at least 2,000 USD, best paid" "SELECT $columns $cards WHERE $published AND j.monthly_wage_usd >= 2000 AND j.monthly_wage_usd IS NOT NULL $by_wage"
add "8b) at least 2,000 USD, newest" "SELECT $columns $cards WHERE $published AND j.monthly_wage_usd >= 2000 $newest"
add "8c) at least 2,000 USD, count" "$(count " AND j.monthly_wage_usd >= 2000")"
add "9) language required: Korean, page 1" "SELECT $columns $cards WHERE $published AND j.language_code = 'ko' $newest"
add "9b) language required: Korean, count" "$(count " AND j.language_code = 'ko'")"
add "9c) no language required, page 1" "SELECT $columns $cards WHERE $published AND j.language_code IS NULL $newest"
add "9d) no language required, count" "$(count " AND j.language_code IS NULL")"
add "10) housing provided, page 1" "SELECT $columns $cards WHERE $published AND j.housing_provided $newest"
add "10b) housing provided, count" "$(count " AND j.housing_provided")"
add "11) program (UkSeasonal), page 1" "SELECT $columns $cards WHERE $published AND j.program = 'UkSeasonal' $newest"
add "11b) program (UkSeasonal), count" "$(count " AND j.program = 'UkSeasonal'")"
add "12) everything at once: 'qurilish', Korea, housing, Korean, best paid" \
  "SELECT $columns $cards WHERE $published AND j.search_text LIKE '%qurilish%' ESCAPE '\\' AND j.country_code = 'KR' AND j.housing_provided AND j.language_code = 'ko' AND j.monthly_wage_usd IS NOT NULL $by_wage"
add "12b) everything at once, count" "$(count " AND j.search_text LIKE '%qurilish%' ESCAPE '\\' AND j.country_code = 'KR' AND j.housing_provided AND j.language_code = 'ko'")"

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

if grep -q 'Seq Scan on job_orders' "$plans"; then
  log "FAILED: a plan reads job_orders by a sequential scan"
  exit 10
fi
log "no plan scans job_orders sequentially"
