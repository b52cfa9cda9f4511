// Words that count people in any business: "fourteen users", "twenty reps", "sixty seats",
// "twelve on the team". A number said with one of them is a headcount wherever it was said.

/** Nouns that count people ("users", "staff", "seats"). */
export const PEOPLE_NOUNS = new Set(
  `people persons users reps representatives salespeople sellers staff employees seats members agents colleagues
  workers folks heads engineers developers designers admins managers guests attendees players students kids
  adults children volunteers drivers technicians nurses doctors teachers`.split(/\s+/),
);

/** Someone of another person's ("I'm Priya's husband"): said after a possessive, a person, not a thing. */
export const RELATION_NOUNS: ReadonlySet<string> = new Set(
  `husband wife partner spouse boyfriend girlfriend fiance fiancee son daughter kid child mom mum mother dad father
  parent brother sister grandson granddaughter grandma grandpa grandmother grandfather aunt uncle niece nephew
  cousin friend neighbour neighbor roommate flatmate colleague assistant boss carer caregiver`.split(/\s+/),
);

/** Where a group is counted by its place in it: "twelve on the team", "nine in the office". */
export const GROUP_PLACE = /^(?:on|in) (?:the|our|my) (?:team|staff|crew|office|company|group|department|squad)\b/i;

/**
 * Words in a name argument's label that mean the caller ("customer name", "full name", "owner
 * name", "main driver name": whoever books is the one named, unless they say otherwise). A name
 * argument labelled with any other noun ("pet name", "child name", "student name") is someone
 * else's name.
 */
export const CALLER_NAME_WORDS = new Set(
  `name full first last given family sur surname middle caller customer client user member holder account owner
  contact guest patron applicant requester booker your my patient reservation booking order party person
  company business agent rep representative billing shipping legal display preferred nick nickname
  main primary lead principal driver passenger traveller traveler renter hirer tenant borrower buyer purchaser
  attendee attendees participant participants registrant entrant visitor resident signer policyholder cardholder
  homeowner`.split(/\s+/),
);

/**
 * Who a booking is for, said as a role before the name ("the guest is Sarah Quaresma", "the lead
 * guest's name is …"): the words after "the <role> is" are that person's name.
 */
export const NAMED_ROLES = `driver passenger guest traveller traveler renter hirer tenant patient attendee
  cardholder policyholder holder`.split(/\s+/);
