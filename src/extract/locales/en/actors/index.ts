import type { ActorMention } from "../../../../model/mentions.js";
import type { ActorLexicon } from "../../../../sources/actors/actor-lexicon.js";
import type { ExtractContext } from "../../../types.js";
import { armCrowds, partyCrowds, villageCrowds } from "./crowds.js";
import { lexiconActors } from "./lexicon-actors.js";
import { countryForces, namedGangs, namedMilitias, namedOrganisations } from "./named-groups.js";
import { speakingPeople } from "./speakers.js";

/**
 * English actor mentions: every lexicon alias (armed groups, state forces, generic "gunmen"/"villagers"), with
 * reporters, outlets, officials and witnesses marked as sources rather than actors; armed or fighting crowds as
 * militias; named people who speak ("Haque said", "according to Haque", "Al Jazeera's Nicholas Haque") as sources;
 * militias, gangs and forces the lexicon cannot list, named as ACLED names them.
 */
export function extractActors(context: ExtractContext, lexicon: ActorLexicon): ActorMention[] {
  const mentions = lexiconActors(context, lexicon);
  armCrowds(context, mentions);
  mentions.push(...speakingPeople(context, mentions));
  mentions.push(...namedMilitias(context, mentions));
  mentions.push(...namedGangs(context, mentions));
  mentions.push(...namedOrganisations(context, mentions));
  mentions.push(...partyCrowds(context, mentions));
  // A country's forces cover the generic words inside them ("Burundian armed forces"), a village's crowd its
  // ("youths from Banagbasson").
  const forces = countryForces(context, mentions);
  const villages = villageCrowds(context, mentions);
  const covering = [...forces, ...villages];
  return [...mentions.filter((m) => !covering.some((c) => c.start <= m.start && m.end <= c.end)), ...covering].sort(
    (a, b) => a.start - b.start,
  );
}
