import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { PACKAGE_ROOT } from "../../base/package-root.js";
import { PhraseIndex } from "../../base/phrases.js";
import { coveredSpans } from "../../base/spans.js";
import type { ActorEntry, ActorLexicon, ActorMatch } from "./actor-lexicon.js";

export const DEFAULT_LEXICON_PATH = join(PACKAGE_ROOT, "data", "actors", "lexicon.json");

const LexiconSchema = z.object({
  groups: z.array(
    z.object({
      names: z
        .array(
          z.object({
            name: z.string(),
            until: z.string().optional(),
            /** Aliases of this name's time only ("ISGS"): with no date known, the report's word dates the name. */
            aliases: z.array(z.string().min(1)).optional(),
          }),
        )
        .min(1),
      inter: z.number().int().min(1).max(8),
      countries: z.array(z.string().length(2)),
      aliases: z.array(z.string().min(1)),
      /** Another group's aliases that mean this one in a report from these countries ("Islamic State" in Mali). */
      regional_aliases: z
        .object({ countries: z.array(z.string().length(2)).min(1), aliases: z.array(z.string().min(1)) })
        .optional(),
      /** By country, the admin-1 area (as ACLED names it) where the group mostly fights. */
      heartlands: z.record(z.string().length(2), z.string().min(1)).optional(),
    }),
  ),
  state_force_acronyms: z.array(
    z.object({
      alias: z.string(),
      force: z.enum(["military", "police"]),
      country: z.string().length(2).nullable(),
      /** A named unit ACLED writes after the force ("Police Forces of Kenya (2013-) General Service Unit"). */
      unit: z.string().optional(),
    }),
  ),
  generic: z.array(
    z.object({
      template: z.string(),
      inter: z.number().int(),
      force: z.enum(["military", "police"]).optional(),
      /** Words that name a state's forces only with a nationality before them ("Turkish airstrikes"). */
      named_only: z.boolean().optional(),
      words: z.array(z.string()),
    }),
  ),
  sources: z.object({ outlets: z.array(z.string()), organisations: z.array(z.string()), roles: z.array(z.string()) }),
  /** Political parties: never armed sides, but national (a report naming only "ODM" is Kenyan) and a crowd's
   * associated actor ("supporters of the Awami League"). */
  parties: z
    .array(
      z.object({
        name: z.string(),
        countries: z.array(z.string().length(2)).min(1),
        aliases: z.array(z.string().min(1)),
      }),
    )
    .default([]),
});
type LexiconData = z.infer<typeof LexiconSchema>;

const STATE_TEMPLATES = { military: "Military Forces of {country}", police: "Police Forces of {country}" };

/** A short word opening with a capital or digit ("JNIM", "FAMa", "M23")… */
const ACRONYM_SHAPE = /^[\p{Lu}\d][\p{L}\d-]{0,6}$/u;
/** …with two capitals or a digit in it. */
const STYLISED = /\p{Lu}.*\p{Lu}|\d/u;
const CURLY_APOSTROPHE = /’/g;

/** An acronym or stylised name ("JNIM", "FAMa", "M23") matches only as written; other aliases in any case. */
const isCaseSensitive = (alias: string) => ACRONYM_SHAPE.test(alias) && STYLISED.test(alias);

const keyOf = (alias: string) => (isCaseSensitive(alias) ? alias : alias.toLowerCase().replace(CURLY_APOSTROPHE, "'"));

/**
 * The actor lexicon in data/actors/lexicon.json. Its aliases are two phrase indexes (case-sensitive acronyms,
 * case-insensitive names), so one pass over a text's words finds every actor.
 */
export class JsonActorLexicon implements ActorLexicon {
  private readonly entries = new Map<string, ActorEntry>();
  private readonly regional = new Map<string, ActorEntry[]>();
  private readonly exact: PhraseIndex;
  private readonly folded: PhraseIndex;

  constructor(path: string = DEFAULT_LEXICON_PATH) {
    const data: LexiconData = LexiconSchema.parse(JSON.parse(readFileSync(path, "utf8")));
    // (The first entry to claim an alias keeps it: groups, then state forces, generic words, parties, sources.)
    for (const [listed, group] of data.groups.entries()) this.addGroup(group, listed);
    for (const acronym of data.state_force_acronyms) this.addStateForce(acronym);
    for (const generic of data.generic) this.addGeneric(generic);
    for (const party of data.parties) this.addParty(party);
    for (const source of [...data.sources.outlets, ...data.sources.organisations, ...data.sources.roles])
      this.add(source, {
        kind: "source",
        canonicalOn: () => source,
        needsCountry: false,
        inter: null,
        countries: [],
        country: null,
        force: null,
      });
    const aliases = [...new Set([...this.entries.keys(), ...this.regional.keys()])];
    this.exact = new PhraseIndex(aliases.filter(isCaseSensitive), false);
    this.folded = new PhraseIndex(
      aliases.filter((a) => !isCaseSensitive(a)),
      true,
    );
  }

  /** A group's aliases, those of one of its names' time, and the aliases that mean it in some countries only. */
  private addGroup(group: LexiconData["groups"][number], listed: number): void {
    const entry: ActorEntry = {
      kind: "group",
      listed,
      canonicalOn: (day) =>
        (group.names.find((n) => !n.until || (day !== null && day <= n.until)) ?? group.names.at(-1))?.name ?? "",
      needsCountry: group.names.some((n) => n.name.includes("{country}")),
      inter: group.inter,
      countries: group.countries,
      country: null,
      force: null,
      ...(group.heartlands ? { heartlands: group.heartlands } : {}),
    };
    for (const era of group.names)
      for (const alias of era.aliases ?? [])
        this.add(alias, { ...entry, canonicalOn: (day) => (day === null ? era.name : entry.canonicalOn(day)) });
    for (const alias of group.aliases) this.add(alias, entry);
    const regional = group.regional_aliases;
    for (const alias of regional?.aliases ?? []) {
      const key = keyOf(alias);
      this.regional.set(key, [...(this.regional.get(key) ?? []), { ...entry, countries: regional?.countries ?? [] }]);
    }
  }

  private addStateForce(acronym: LexiconData["state_force_acronyms"][number]): void {
    this.add(acronym.alias, {
      kind: "state",
      canonicalOn: () =>
        acronym.unit ? `${STATE_TEMPLATES[acronym.force]} ${acronym.unit}` : STATE_TEMPLATES[acronym.force],
      needsCountry: true,
      inter: 1,
      countries: acronym.country ? [acronym.country] : [],
      country: acronym.country,
      force: acronym.force,
    });
  }

  private addGeneric(generic: LexiconData["generic"][number]): void {
    const entry: ActorEntry = {
      kind: generic.force ? "state" : "generic",
      canonicalOn: () => generic.template,
      needsCountry: true,
      inter: generic.inter,
      countries: [],
      country: null,
      force: generic.force ?? null,
      ...(generic.named_only ? { namedOnly: true as const } : {}),
    };
    for (const word of generic.words) this.add(word, entry);
  }

  private addParty(party: LexiconData["parties"][number]): void {
    const entry: ActorEntry = {
      kind: "party",
      canonicalOn: () => party.name,
      needsCountry: false,
      inter: null,
      countries: party.countries,
      country: null,
      force: null,
    };
    for (const alias of party.aliases) this.add(alias, entry);
  }

  private add(alias: string, entry: ActorEntry): void {
    const key = keyOf(alias);
    if (!this.entries.has(key)) this.entries.set(key, entry);
  }

  find(text: string): ActorMatch[] {
    const matches: ActorMatch[] = [];
    for (const index of [this.exact, this.folded]) {
      for (const { start, end, text: surface } of index.find(text)) {
        const key = index.normalize(surface);
        const regional = this.regional.get(key) ?? [];
        const entry = this.entries.get(key) ?? regional[0];
        if (!entry) continue;
        matches.push({
          start,
          end,
          text: surface,
          entry,
          regional,
          ...(this.entries.has(key) ? {} : { regionalOnly: true as const }),
        });
      }
    }
    // Where two aliases overlap, the longer is the actor ("Islamic State West Africa Province" over "Islamic State").
    matches.sort((a, b) => a.start - b.start || b.end - a.end);
    const covered = coveredSpans(matches);
    return matches.filter((m) => !covered.has(m));
  }
}
