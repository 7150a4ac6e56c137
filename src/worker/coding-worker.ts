import { parentPort } from "node:worker_threads";
import { InputError } from "../ingest/errors.js";
import { type RawReport, rawReport } from "../ingest/raw-report.js";
import { type PipelineOptions, processReport } from "../pipeline/index.js";

/** A job the pool sends: one report to code. */
export interface CodingJob {
  id: number;
  report: RawReport;
  options: PipelineOptions;
}

/** The answer: the coded report, or why it could not be coded (an InputError keeps its problem). */
export type CodingAnswer =
  | { id: number; coded: ReturnType<typeof processReport> }
  | { id: number; error: { message: string; problem: InputError["problem"] | null; source: string | null } };

parentPort?.on("message", ({ id, report, options }: CodingJob) => {
  let answer: CodingAnswer;
  try {
    answer = { id, coded: processReport(report, options) };
  } catch (error) {
    const input = error instanceof InputError ? error : null;
    answer = {
      id,
      error: {
        message: input ? input.message.slice(input.source.length + 2) : String((error as Error).message ?? error),
        problem: input?.problem ?? null,
        source: input?.source ?? null,
      },
    };
  }
  parentPort?.postMessage(answer);
});
// One small report first, so the gazetteer and lexicons are read before any budget starts counting.
processReport(
  rawReport({ source: "warm-up", form: "text", encoding: "UTF-8", text: "Gunmen attacked Gao, Mali, on Monday." }),
);
parentPort?.postMessage("ready");
