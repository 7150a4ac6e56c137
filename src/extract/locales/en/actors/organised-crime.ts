import type { PatternRule } from "../../../../base/rule.js";
import { wordStartAfter } from "../../../actors/word-start-after.js";

/**
 * Signs of organised crime in a report: a cartel or gang named, drugs, or the marks of cartel killings (bodies found
 * bound, gagged, handcuffed, beheaded, dismembered). Where ACLED codes gangs (`unidentifiedArmedGroup`), unidentified
 * armed men in such a report are an "Unidentified Gang"; without a sign, "armed men" stay an "Unidentified Armed
 * Group". (Signs of torture or a body wrapped in a blanket alone are no such mark: ACLED leaves those killers
 * unidentified.)
 */
export const ORGANISED_CRIME = {
  id: "en/actor/organised-crime",
  kind: "cue",
  description: "Gangs, drugs or the marks of cartel killings: where ACLED codes gangs, armed men are a gang.",
  examples: ["Gunmen shot a man in Culiacan; police found cocaine in his car.", "The body was found bound and gagged."],
  counterexamples: [
    "Gunmen shot a farmer in his field near Kaya.",
    "A man was found dead in Celaya; the body, wrapped in a blanket, showed signs of torture.",
  ],
  pattern: wordStartAfter(
    /(gangs?|gangsters?|cartels?|traffick\w*|drugs?|narco\w*|marijuana|cocaine|crack|criminal (?:groups?|organi[sz]ations?|factions?)|organi[sz]ed crime|extortion\w*|hit ?m[ae]n|(?:hands?|feet) (?:and feet )?(?:were |was )?tied|tied up|handcuffed|blindfolded|gagged|behead\w+|dismember\w+|decapitat\w+|coup de grace|burned body|half burned|shootout with (?:police|the police))\b/i,
  ),
} as const satisfies PatternRule;

/** An execution-style killing: a drive-by shooting, a body found, a death squad, killers dressed as police. */
export const EXECUTION_STYLE = {
  id: "en/actor/execution-style",
  kind: "cue",
  description: "A drive-by shooting, a body found, a death squad: ACLED names the killers after who does that there.",
  examples: ["Two men died in a drive-by shooting in Salvador.", "Residents found the bodies of three men by a road."],
  counterexamples: ["Two men died when a bus overturned near Salvador."],
  pattern: wordStartAfter(
    /(drive-?by|found dead|bod(?:y|ies)\b[^.]{0,60}\bfound|found\b[^.]{0,30}\bbod(?:y|ies)|death squads?|(?:police|military) (?:fatigues|uniforms)|(?:hands?|feet) (?:and feet )?tied|handcuffed|executed)\b/i,
  ),
} as const satisfies PatternRule;

/** A victim's criminal past, told after the killing: "The victim had charges against him for drug trafficking". */
export const CRIMINAL_PAST = {
  id: "en/actor/criminal-past",
  kind: "cue",
  description: "A victim's criminal past told in the report: where ACLED codes gangs, the victim is a gang's member.",
  examples: [
    "A man was shot dead by gunmen in Kingston. He had a long criminal record.",
    "A gunman killed a man in Recife. The victim was wanted by the police.",
  ],
  counterexamples: ["A man was shot dead by gunmen in Kingston. He was a teacher."],
  // (A word's start is read before each kind of telling: "was wanted", "had served time".)
  pattern: wordStartAfter(
    /(?:(?:had|has|with) (?:several |many |a (?:long )?)?(?:charges against (?:him|her|them)|criminal (?:records?|histor(?:y|ies)|charges|past)|(?:police |prison )?records? for|convictions? for|arrest warrants?|(?:previous|prior) (?:arrests?|convictions?))|(?:was|were) (?:wanted (?:by the police|for)|known to (?:the )?police|(?:an? )?(?:ex-convicts?|former (?:inmates?|prisoners?)))|(?:had|having) (?:served time|been (?:arrested|convicted|jailed) for)|(?:involved|implicated) in (?:drug )?traffick\w*\b)/i,
  ),
} as const satisfies PatternRule;
