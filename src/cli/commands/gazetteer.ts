import type { Command } from "commander";
import { importGeoNames } from "../../sources/gazetteer/geonames-import.js";
import { listLayers, localLayerPath, removeLayer } from "../../sources/gazetteer/local-layer.js";
import { databaseLocation } from "../options.js";
import { ProgressBar } from "../progress.js";

interface LayerOptions {
  gazetteer?: string;
  db?: string;
}

const where = (options: LayerOptions) => localLayerPath(options.gazetteer, databaseLocation(options.db));

/** `vigil gazetteer import|list|remove`: the user's own GeoNames layer, beside the store. */
export function gazetteerCommand(program: Command): void {
  const gazetteer = program
    .command("gazetteer")
    .description(
      "add GeoNames data you downloaded to a local gazetteer layer that wins over the shipped one (import, list, remove)",
    );
  const locationOptions = (command: Command) =>
    command
      .option(
        "--gazetteer <file>",
        "the local layer's file (default: vigil-gazetteer.sqlite beside the --db store, or VIGIL_GAZETTEER)",
      )
      .option("--db <location>", "the store the layer sits beside (default ./vigil.db, or VIGIL_DB)");

  locationOptions(
    gazetteer
      .command("import")
      .description(
        "import GeoNames files: XX.txt or XX.zip (a country), allCountries.zip, cities1000.zip, alternateNamesV2.zip",
      )
      .argument("<files...>", "GeoNames files from https://download.geonames.org/export/dump/")
      .option("--layer <name>", "the layer's name (default: the first file's name, e.g. KE or allCountries)"),
  ).action(async (files: string[], options: LayerOptions & { layer?: string }) => {
    const path = where(options);
    const bar = new ProgressBar("importing");
    const started = Date.now();
    const result = await importGeoNames(path, files, {
      layer: options.layer,
      progress: (read, total, rows) => bar.update(read, total, `${rows.toLocaleString("en")} places`),
    });
    bar.done();
    process.stdout.write(
      `layer ${result.layer}: ${result.rows.toLocaleString("en")} places, ${result.names.toLocaleString("en")} names, ` +
        `${result.countries.length} countries, in ${((Date.now() - started) / 1000).toFixed(1)} s → ${path}\n`,
    );
  });

  locationOptions(
    gazetteer.command("list").description("the local layers: rows, countries, dates").option("--json", "as JSON"),
  ).action((options: LayerOptions & { json?: boolean }) => {
    const path = where(options);
    const layers = listLayers(path);
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ path, layers }, null, 2)}\n`);
      return;
    }
    if (layers.length === 0) {
      process.stdout.write(`no local layers (${path}); the shipped gazetteer is used alone\n`);
      return;
    }
    process.stdout.write(`${path}\n`);
    for (const layer of layers) {
      const countries =
        layer.countries.length > 8 ? `${layer.countries.length} countries` : layer.countries.join(" ") || "-";
      process.stdout.write(
        `${layer.name}\t${layer.rows.toLocaleString("en")} places\t${layer.names.toLocaleString("en")} names\t${countries}\t` +
          `imported ${layer.importedAt.slice(0, 10)}\tdata to ${layer.newestChange ?? "?"}\t${layer.files.join(" ")}\n`,
      );
    }
  });

  locationOptions(
    gazetteer.command("remove").description("drop one local layer").argument("<layer>", "the layer's name"),
  ).action((layer: string, options: LayerOptions) => {
    const path = where(options);
    if (!removeLayer(path, layer)) {
      process.stderr.write(`vigil: no local layer "${layer}" in ${path} (vigil gazetteer list shows them)\n`);
      process.exitCode = 2;
      return;
    }
    process.stdout.write(`removed layer ${layer} from ${path}\n`);
  });
}
