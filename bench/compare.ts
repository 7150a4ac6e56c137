/**
 * `vigil compare` on a country-year: an ACLED-format CSV of 20,000 rows (written here, invented) read and matched
 * against 16,000 events, then rendered as the HTML report. Target: read and match under 5 s.
 * `node --import tsx bench/compare.ts` runs it alone.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compareWithAcled, readAcledCsv, renderHtml, scopeOfRows } from "./product.js";

const ROWS = Number(process.env.BENCH_COMPARE_ROWS ?? 20_000);
const TYPES = [
  ["Battles", "Armed clash"],
  ["Violence against civilians", "Attack"],
  ["Protests", "Peaceful protest"],
  ["Explosions/Remote violence", "Air/drone strike"],
] as const;

const dayOf = (i: number) => new Date(Date.UTC(2024, 0, 1 + (i % 366))).toISOString().slice(0, 10);

/** Rows spread over a year and a country-sized box; four in five also stored by Vigil, some a day off, 5 km away. */
function syntheticData() {
  let csv =
    "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,country,admin1,location,latitude,longitude,geo_precision,fatalities\n";
  const events = [];
  for (let i = 0; i < ROWS; i++) {
    const [type, subType] = TYPES[i % TYPES.length] as (typeof TYPES)[number];
    const latitude = 10 + ((i * 7919) % 1000) / 125;
    const longitude = -12 + ((i * 104729) % 1000) / 66;
    csv += `MLI${i},${dayOf(i)},1,${type},${subType},Group ${i % 50},Mali,A${i % 8},Place ${i},${latitude.toFixed(4)},${longitude.toFixed(4)},1,${i % 7}\n`;
    if (i % 5 === 0) continue;
    events.push({
      ...{
        id: `evt_${i}`,
        event_id_cnty: `MLI-V${i}`,
        event_date: dayOf(i + (i % 3 === 0 ? 1 : 0)),
        time_precision: 1 as const,
      },
      ...{ event_type: type, sub_event_type: subType, actor1: `Group ${i % 50}`, assoc_actor_1: null, actor2: null },
      ...{ assoc_actor_2: null, country: "Mali", iso3: "MLI", admin1: `A${i % 8}`, location: `Place ${i}` },
      ...{ latitude: latitude + 0.045, longitude, geo_precision: 1 as const, fatalities: i % 5 },
    });
  }
  return { csv, events };
}

export async function benchCompare(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "vigil-bench-compare-"));
  try {
    const { csv, events } = syntheticData();
    const path = join(dir, "acled.csv");
    writeFileSync(path, csv);
    const started = performance.now();
    const rows = await readAcledCsv(path);
    const read = performance.now();
    const cpu = process.cpuUsage();
    const { report } = compareWithAcled(rows, events, scopeOfRows(rows, {}));
    const matchCpu = process.cpuUsage(cpu);
    const matched = performance.now();
    const html = renderHtml(report, []);
    const rendered = performance.now();
    console.log(
      `vigil compare, ${rows.length} ACLED rows × ${events.length} events: read ${((read - started) / 1000).toFixed(1)} s, ` +
        `match ${((matched - read) / 1000).toFixed(1)} s (CPU ${((matchCpu.user + matchCpu.system) / 1e6).toFixed(1)} s; target read + match < 5 s; ${report.overall.matched} matched), ` +
        `HTML ${((rendered - matched) / 1000).toFixed(1)} s, ${(html.length / 1e6).toFixed(1)} MB`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchCompare();
