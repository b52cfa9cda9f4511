// The kinds of street an address names ("14 Willow Lane", "3 Orchard Close", "22 Station Road"):
// the words after a house number that make the words before them a street, not a person.

/** Street types, as said after a street's name. */
export const STREET_TYPES = new Set(
  `street st road rd lane ln avenue ave drive dr close court ct crescent way place terrace gardens grove square
  row mews walk hill park parade rise view boulevard blvd highway hwy`.split(/\s+/),
);
