/**
 * Signs of organised crime in a report: a cartel or gang named, drugs, or the marks of cartel killings (bodies found
 * bound, tortured, dismembered, wrapped). Where ACLED codes gangs (`unidentifiedArmedGroup`), unidentified armed men
 * in such a report are an "Unidentified Gang"; without a sign, "armed men" stay an "Unidentified Armed Group".
 */
export const EN_ORGANISED_CRIME =
  /\b(gangs?|gangsters?|cartels?|traffick\w*|drugs?|narco\w*|marijuana|cocaine|crack|criminal (?:groups?|organi[sz]ations?|factions?)|organi[sz]ed crime|extortion\w*|hit ?m[ae]n|(?:hands?|feet) (?:and feet )?tied|tied up|handcuffed|blindfolded|gagged|tortur\w+|behead\w+|dismember\w+|decapitat\w+|coup de grace|wrapped in|burned body|half burned|shootout with (?:police|the police))\b/i;

/** An execution-style killing: a drive-by shooting, a body found, a death squad, killers dressed as police. */
export const EN_EXECUTION_STYLE =
  /\b(drive-?by|found dead|bod(?:y|ies)\b[^.]{0,60}\bfound|found\b[^.]{0,30}\bbod(?:y|ies)|death squads?|(?:police|military) (?:fatigues|uniforms)|(?:hands?|feet) (?:and feet )?tied|handcuffed|executed)\b/i;

/** A victim's criminal past, told after the killing: "The victim had charges against him for drug trafficking". */
export const EN_CRIMINAL_PAST =
  /\b(?:had|has|with) (?:several |many |a (?:long )?)?(?:charges against (?:him|her|them)|criminal (?:records?|histor(?:y|ies)|charges|past)|(?:police |prison )?records? for|convictions? for|arrest warrants?|(?:previous|prior) (?:arrests?|convictions?))|(?:was|were) (?:wanted (?:by the police|for)|known to (?:the )?police|(?:an? )?(?:ex-convicts?|former (?:inmates?|prisoners?)))|(?:had|having) (?:served time|been (?:arrested|convicted|jailed) for)|(?:involved|implicated) in (?:drug )?traffick\w*\b/i;
