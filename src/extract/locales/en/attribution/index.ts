import type { AnyMention } from "../../../../model/mentions.js";
import { type AttributionRules, attachAttributions as attach } from "../../../common/attributions.js";
import type { ExtractContext } from "../../../types.js";
import { EN_ATTRIBUTION_ACCORDING_TO, EN_ATTRIBUTION_CLAIM, EN_ATTRIBUTION_REPORTING_VERB } from "./rules.js";

const EN_ATTRIBUTION: AttributionRules = {
  accordingTo: EN_ATTRIBUTION_ACCORDING_TO,
  reportingVerb: EN_ATTRIBUTION_REPORTING_VERB,
  claim: EN_ATTRIBUTION_CLAIM,
};

/** English attributions: "according to AFP", "Reuters reported", "JNIM claimed". */
export function attachAttributions(context: ExtractContext, mentions: AnyMention[]): void {
  attach(context, mentions, EN_ATTRIBUTION);
}
