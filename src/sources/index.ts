import type { ActorLexicon } from "./actors/actor-lexicon.js";
import { JsonActorLexicon } from "./actors/json-actor-lexicon.js";
import type { Boundaries } from "./boundaries/boundaries.js";
import { NaturalEarthBoundaries } from "./boundaries/natural-earth-boundaries.js";
import type { Gazetteer } from "./gazetteer/gazetteer.js";
import { SqliteGazetteer } from "./gazetteer/sqlite-gazetteer.js";

export type { ActorLexicon } from "./actors/actor-lexicon.js";
export type { AdminArea, Boundaries } from "./boundaries/boundaries.js";
export type { Gazetteer, Place } from "./gazetteer/gazetteer.js";
export { JsonActorLexicon, NaturalEarthBoundaries, SqliteGazetteer };

/** What the mention stage looks names up in. */
export interface ExtractSources {
  gazetteer: Gazetteer;
  actors: ActorLexicon;
  boundaries?: Boundaries;
}

let defaults: ExtractSources | undefined;

/** The bundled gazetteer, actor lexicon and admin boundaries, opened once per process on first use. */
export function defaultSources(): ExtractSources {
  defaults ??= {
    gazetteer: new SqliteGazetteer(),
    actors: new JsonActorLexicon(),
    boundaries: new NaturalEarthBoundaries(),
  };
  return defaults;
}
