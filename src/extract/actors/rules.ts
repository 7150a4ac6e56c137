import type { Rule } from "../../base/rule.js";
import { COUNTRY_OF_ACTOR, FORCE_NAMED_BEFORE } from "./countries.js";

/** The language-neutral rules of the actor stage. */
export const EXTRACT_ACTOR_RULES: readonly Rule[] = [COUNTRY_OF_ACTOR, FORCE_NAMED_BEFORE];
