import { InvalidArgumentError } from "commander";
import { DEFAULT_DB } from "../store/index.js";

/** `--published 2024-08-25` or `2024-08-25T22:41`: when the report was published, if the report does not say. */
export function parsePublished(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2})?)?$/.exec(value);
  if (!match || Number.isNaN(Date.parse(match[2] ? `${value}Z` : value))) {
    throw new InvalidArgumentError("use YYYY-MM-DD or YYYY-MM-DDTHH:MM");
  }
  return match[2] ? new Date(`${value}Z`).toISOString().replace(/\.\d{3}Z$/, "Z") : value;
}

export function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new InvalidArgumentError("must be a whole number above 0");
  return number;
}

export function parseNonNegativeInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new InvalidArgumentError("must be a whole number, 0 or more");
  return number;
}

/** `--db` wins, then `VIGIL_DB`, then `./vigil.db`. */
export function databaseLocation(option: string | undefined): string {
  return option ?? process.env.VIGIL_DB ?? DEFAULT_DB;
}
