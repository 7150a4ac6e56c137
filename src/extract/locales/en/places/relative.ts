/** Compass words and their bearings in degrees. */
export const BEARINGS: Record<string, number> = {
  north: 0,
  "north-east": 45,
  northeast: 45,
  "north east": 45,
  east: 90,
  "south-east": 135,
  southeast: 135,
  "south east": 135,
  south: 180,
  "south-west": 225,
  southwest: 225,
  "south west": 225,
  west: 270,
  "north-west": 315,
  northwest: 315,
  "north west": 315,
  "north-northeast": 22.5,
  "east-northeast": 67.5,
  "east-southeast": 112.5,
  "south-southeast": 157.5,
  "south-southwest": 202.5,
  "west-southwest": 247.5,
  "west-northwest": 292.5,
  "north-northwest": 337.5,
};

export const KM_PER_UNIT: Record<string, number> = {
  km: 1,
  kms: 1,
  kilometres: 1,
  kilometers: 1,
  kilometre: 1,
  kilometer: 1,
  miles: 1.609,
  mile: 1.609,
  mi: 1.609,
};

/**
 * "some 40 kilometres (25 miles) north of Kaya", "30km south-east of Djibo", "about 60 miles west of the capital":
 * distance, unit, an optional parenthetical conversion, a compass direction and "of".
 */
export const DISTANCE_BEARING =
  /(?:(?:some|about|around|roughly|approximately|nearly|almost|over|more than|less than|just|only)\s+)?(?<distance>\d+(?:[.,]\d+)?|[a-z]+(?:-[a-z]+)?)\s*-?\s*(?<unit>km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile|mi)\b(?:\s*\([^)]{0,30}\))?\s+(?<bearing>(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?(?:-(?:north|south)?(?:east|west))?)\s+of\s+$/i;

/** "12 km from Macomia", "six kilometres from Pahalgam": a distance with no direction. */
export const DISTANCE_ONLY =
  /(?:(?:some|about|around|roughly|approximately|nearly|almost|over|more than|less than|just|only)\s+)?(?<distance>\d+(?:[.,]\d+)?|[a-z]+(?:-[a-z]+)?)\s*-?\s*(?<unit>km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile|mi)\b(?:\s*\([^)]{0,30}\))?\s+(?:away\s+)?(?:from|outside(?:\s+of)?)\s+$/i;

/** "near Djibo", "on the outskirts of Kaya", "outside Mopti", "close to the town of Dori": within ~25 km. */
export const VICINITY =
  /\b(near|nearby|outside|close to|not far from|on the outskirts of|outskirts of|in the vicinity of|around|the edge of)\s+(?:the\s+(?:town|village|city)\s+of\s+)?$/i;

/** "between Djibo and Namssiguia": the midpoint. */
export const BETWEEN = /\bbetween\s+$/i;
