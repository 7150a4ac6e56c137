import { InvalidArgumentError } from "commander";
import { publicationOption } from "../ingest/published-date.js";
import { DEFAULT_DB } from "../store/index.js";

/** `--published 2024-08-25` or `2024-08-25T22:41`: when the report was published, if the report does not say. */
export function parsePublished(value: string): string {
  const published = publicationOption(value);
  if (!published) throw new InvalidArgumentError("use a calendar day, YYYY-MM-DD or YYYY-MM-DDTHH:MM");
  return published;
}

export function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number <= 0)
    throw new InvalidArgumentError(`must be a whole number from 1 to ${Number.MAX_SAFE_INTEGER}`);
  return number;
}

export function parseNonNegativeInteger(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 0)
    throw new InvalidArgumentError(`must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`);
  return number;
}

/** `--db` wins, then `VIGIL_DB`, then `./vigil.db`. */
export function databaseLocation(option: string | undefined): string {
  return option ?? process.env.VIGIL_DB ?? DEFAULT_DB;
}
