import type { ExtractSources } from "../extract/types.js";
import { JsonActorLexicon } from "./actors/json-actor-lexicon.js";
import { SqliteGazetteer } from "./gazetteer/sqlite-gazetteer.js";

export type { ActorLexicon } from "./actors/actor-lexicon.js";
export type { Gazetteer, Place } from "./gazetteer/gazetteer.js";
export { JsonActorLexicon, SqliteGazetteer };

let defaults: ExtractSources | undefined;

/** The bundled gazetteer and actor lexicon, opened once per process on first use. */
export function defaultSources(): ExtractSources {
  defaults ??= { gazetteer: new SqliteGazetteer(), actors: new JsonActorLexicon() };
  return defaults;
}
