import type { VigilEvent } from "../model/index.js";
import { codeType } from "./steps/01-type.js";
import { codeDate } from "./steps/02-date.js";
import { codePlace } from "./steps/03-place.js";
import { codeActors } from "./steps/04-actors.js";
import { codeFatalities } from "./steps/05-fatalities.js";
import { codeTags } from "./steps/06-tags.js";
import { assembleEvent } from "./steps/07-assemble.js";
import { type CodingInput, scopeOf } from "./steps/input.js";

/**
 * One event anchored on a sentence that reports it, coded from that sentence and the next three (other events'
 * sentences aside), one named step per field: type, date, place, actors, fatalities, tags, then assembly. Null when
 * the type step finds no event there.
 */
export function codeEventAt(input: CodingInput, anchor: number, elsewhere: Set<number>): VigilEvent | null {
  const scope = scopeOf(input, anchor, elsewhere);
  const type = codeType(input, scope);
  if (!type) return null;
  const date = codeDate(input, scope);
  const place = codePlace(input, scope, type);
  const actors = codeActors(input, scope, type, place, date.date?.date ?? null);
  const deaths = codeFatalities(input, scope, type);
  const tags = codeTags(input, scope, type);
  return assembleEvent({ type, date, place, actors, deaths, tags }, input.naming);
}
