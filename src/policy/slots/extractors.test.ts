import { describe, expect, it } from 'vitest';
import {
  findCounts,
  findDateTimes,
  findEmails,
  findIdentifiers,
  findNumbers,
  findPersonName,
  findPhones,
  findPlace,
  findYesNo,
  matchEnum,
  matchOption,
  prepareUtterance,
} from './index.js';

const u = prepareUtterance;
const NOW = new Date('2025-03-05T10:00:00'); // a Wednesday morning, local time

describe('counts after the noun', () => {
  it('reads "three of those" and "two of the diavola" as counts, not measures', () => {
    expect(findCounts(u('the penne then, three of those')).map((f) => f.value)).toEqual([3]);
    expect(findCounts(u('two of the diavola')).map((f) => f.value)).toEqual([2]);
    expect(findCounts(u('make it 3 please')).map((f) => f.value)).toEqual([3]);
    expect(findCounts(u('three of us'))).toEqual([]);
    // A count of people (a team size, a party) takes it.
    expect(findCounts(u('five of us, maybe later this year'), { people: true }).map((f) => f.value)).toEqual([5]);
    expect(findCounts(u('in 2 days'))).toEqual([]);
  });

  it('reads a group of one or two said without a number, for counts of people only', () => {
    const people = (said: string) => findCounts(u(said), { people: true }).map((f) => f.value);
    expect(people("just me, it's only me")).toEqual([1, 1]);
    expect(people('I run a one-person shop')).toEqual([1]);
    expect(people('just the two of us for now')).toEqual([2]);
    expect(people('me and my business partner')).toEqual([2]);
    expect(findCounts(u('just me'))).toEqual([]);
  });
});

describe('person names', () => {
  it('drops leading function words and never takes clock words for a name', () => {
    expect(findPersonName(u('Under Maria'), true)).toBe('Maria');
    expect(findPersonName(u('it is for Alex Kim'), true)).toBe('Alex Kim');
    expect(findPersonName(u("Okay, thanks O'Clock"), true)).toBeUndefined();
    expect(findPersonName(u('the 11 o clock'), true)).toBeUndefined();
    expect(findPersonName(u('Tuesday'), true)).toBeUndefined();
    expect(findPersonName(u('Omar Haddad 617 555 0190'), true)).toBe('Omar Haddad');
    // A capitalised name opening a later sentence, or after a yes.
    expect(findPersonName(u('sounds good, book it. Omar Haddad, 617 555 0190'), true)).toBe('Omar Haddad');
    expect(findPersonName(u('yes, Omar Haddad, 617 555 0190, that is correct'))).toBe('Omar Haddad');
    expect(findPersonName(u('ok, book it. 617 555 0190'), true)).toBeUndefined();
  });

  it('reads a capitalised name said as a sentence of its own, before an email', () => {
    expect(findPersonName(u('Anouk Brel. anouk.brel@example.org'))).toBe('Anouk Brel');
    expect(findPersonName(u('Thank You. bye'))).toBeUndefined();
  });

  it('reads a lower-case name after "im" when the email spells the same words', () => {
    expect(findPersonName(u('im anouk brel, email anouk dot brel at example dot org'))).toBe('Anouk Brel');
    expect(findPersonName(u('im locked out, email anouk dot brel at example dot org'))).toBeUndefined();
  });

  it('finds names after cues, in lower case too', () => {
    expect(findPersonName(u('hi this is jon smith calling'))).toBe('Jon Smith');
    expect(findPersonName(u("my name's ann lee and my email is ann@x.com"))).toBe('Ann Lee');
    expect(findPersonName(u('I am Priya'))).toBe('Priya');
    expect(findPersonName(u("it is mary-jane o'connor"))).toBe("Mary-Jane O'Connor");
    expect(findPersonName(u('yeah hi, Carlos Mendes here'))).toBe('Carlos Mendes');
    expect(findPersonName(u('Priya Natarajan, my account is 91460382'))).toBe('Priya Natarajan');
  });

  it('leaves introduction words like "here" and "speaking" out of the name', () => {
    expect(findPersonName(u('Sam here'))).toBe('Sam');
    expect(findPersonName(u('hi, Noor here, my wifi is not working'))).toBe('Noor');
    expect(findPersonName(u('hello, dev speaking'), false, undefined, true)).toBe('Dev');
    expect(findPersonName(u('this is Lena again'))).toBe('Lena');
    expect(findPersonName(u('Tomas Berg here, about my bill'))).toBe('Tomas Berg');
  });

  it('reads surnames with inner capitals before an introduction word', () => {
    expect(findPersonName(u('Ruth McAllister here, ruth@example.com'), false, undefined, true)).toBe('Ruth McAllister');
  });

  it('does not take feelings or requests for names', () => {
    expect(findPersonName(u('I am frustrated'))).toBeUndefined();
    expect(findPersonName(u("I'm calling about my order"))).toBeUndefined();
    expect(findPersonName(u('this is useless'))).toBeUndefined();
  });

  it('takes a bare answer as the name only when the agent just asked for it', () => {
    expect(findPersonName(u('okonkwo adebayo'))).toBeUndefined();
    expect(findPersonName(u('okonkwo adebayo'), true)).toBe('Okonkwo Adebayo');
    expect(findPersonName(u('refund please'), true, new Set(['refund']))).toBeUndefined();
  });

  it('keeps a first name compromise does not know with the surname it found (a library card holder)', () => {
    expect(findPersonName(u('Ravi Patel'), true)).toBe('Ravi Patel');
    expect(findPersonName(u('Tariq Aziz'), true)).toBe('Tariq Aziz');
    expect(findPersonName(u('renew my books please. Tariq Aziz'))).toBe('Tariq Aziz');
    expect(findPersonName(u('the books are overdue since Tuesday Patel said'))).not.toBe('Tuesday Patel');
  });
});

describe('emails, phones and ids', () => {
  it('reads written and spoken emails', () => {
    expect(findEmails(u('it is ann.lee@example.com')).map((f) => f.value)).toEqual(['ann.lee@example.com']);
    expect(findEmails(u('fatima dot hassan at example dot com')).map((f) => f.value)).toEqual([
      'fatima.hassan@example.com',
    ]);
  });

  it('reads a corrected end, then the whole number said again, as the whole number (a bike shop)', () => {
    const fixed =
      "no wait, the last digit is wrong, it's zero one four nine. nine seven eight, five five five, zero one four nine";
    expect(findPhones(u(fixed)).map((f) => f.value)).toEqual(['9785550149']);
    expect(findPhones(u("it's 0149. 978 555 0149")).map((f) => f.value)).toEqual(['9785550149']);
    expect(findPhones(u('call 617 555 0123. thanks')).map((f) => f.value)).toEqual(['6175550123']);
  });

  it('reads phone numbers said as digits, groups or words', () => {
    expect(findPhones(u('call me on 415 555 0134')).map((f) => f.value)).toEqual(['4155550134']);
    expect(findPhones(u('four one five, five five five, zero one three four')).map((f) => f.value)).toEqual([
      '4155550134',
    ]);
    expect(
      findPhones(u('plus four four seven seven zero zero nine zero zero one two three')).map((f) => f.value),
    ).toEqual(['+447700900123']);
  });

  it('finds ids by the schema pattern, fixing case and spacing', () => {
    expect(findIdentifiers(u('my order ORD 54321 is late'), /^ORD-\d{5}$/).map((f) => f.value)).toEqual(['ORD-54321']);
    expect(findIdentifiers(u('order o r d dash one two three four five'), /^ORD-\d{5}$/).map((f) => f.value)).toEqual([
      'ORD-12345',
    ]);
    expect(
      findIdentifiers(u('account one two three four five six seven eight'), /^\d{8}$/).map((f) => f.value),
    ).toEqual(['12345678']);
  });

  it('finds ids by shape without a pattern', () => {
    expect(findIdentifiers(u('the ticket is TCK-1002')).map((f) => f.value)).toEqual(['TCK-1002']);
    expect(findIdentifiers(u('invoice 2041 please')).map((f) => f.value)).toEqual(['2041']);
  });
});

describe('dates, times, numbers, places', () => {
  it('reads dates and times forward from now, in business hours', () => {
    const [tomorrow3] = findDateTimes(u('tomorrow at three pm'), NOW);
    expect(tomorrow3?.date.getDate()).toBe(6);
    expect(tomorrow3?.date.getHours()).toBe(15);
    expect(tomorrow3?.hasDay && tomorrow3.hasTime).toBe(true);
    // "at 3" on a support line means the afternoon.
    expect(findDateTimes(u('friday at 3'), NOW)[0]?.date.getHours()).toBe(15);
    expect(findDateTimes(u('monday at half past two'), NOW)[0]?.date.getMinutes()).toBe(30);
  });

  it('knows a day without a time from a full date and time', () => {
    const [friday] = findDateTimes(u('on friday'), NOW);
    expect(friday?.hasDay).toBe(true);
    expect(friday?.hasTime).toBe(false);
    expect(findDateTimes(u('my router is broken'), NOW)).toEqual([]);
  });

  it('reads a weekday said apart from "next week" as that day of next week (a kennel stay)', () => {
    // Said on a Wednesday: Thursday of next week is the 13th, not tomorrow.
    const [thursday] = findDateTimes(u('drop the dog off sometime Thursday afternoon next week'), NOW);
    expect(thursday?.date.getDate()).toBe(13);
    expect(thursday?.date.getHours()).toBe(15);
    expect(findDateTimes(u('next week, Tuesday morning'), NOW)[0]?.date.getDate()).toBe(11);
    expect(findDateTimes(u('Monday next week'), NOW)[0]?.date.getDate()).toBe(10);
    expect(findDateTimes(u('next Thursday'), NOW)[0]?.date.getDate()).toBe(13);
  });

  it('reads numbers said as digits or words', () => {
    expect(findNumbers(u('I was charged $19.99 twice')).map((f) => f.value)).toEqual([19.99]);
    expect(findNumbers(u('twenty five dollars')).map((f) => f.value)).toEqual([25]);
  });

  it('finds places, including lower-case town names', () => {
    expect(findPlace(u('is there an outage in Springfield'))?.value).toBe('Springfield');
    expect(findPlace(u('is the tv down in hillcrest'))?.value).toBe('Hillcrest');
    expect(findPlace(u('it is slow in the evenings'))).toBeUndefined();
  });

  it('reads yes and no answers', () => {
    expect(findYesNo(u('yes please'))).toBe(true);
    expect(findYesNo(u('nope'))).toBe(false);
    expect(findYesNo(u('maybe later'))).toBeUndefined();
  });
});

describe('enum values and listed options', () => {
  const priorities = ['low', 'normal', 'high'];

  it('matches by name, synonym, and typo', () => {
    expect(matchEnum(u('it is high priority'), priorities)).toMatchObject({ value: 'high', via: 'exact' });
    expect(matchEnum(u('this is urgent'), priorities)).toMatchObject({ value: 'high', via: 'synonym' });
    expect(matchEnum(u('its urgnt'), priorities)).toMatchObject({ value: 'high', via: 'typo' });
    expect(matchEnum(u('technicall problem'), ['technical', 'billing', 'general'])).toMatchObject({
      value: 'technical',
      via: 'typo',
    });
  });

  it('respects negation', () => {
    expect(matchEnum(u('not urgent at all'), priorities)).toMatchObject({ value: 'low' });
  });

  it('uses synonyms the app put in the description', () => {
    expect(
      matchEnum(u('it is about my wifi'), ['tech', 'money'], 'tech (internet, wifi, router) or money (refunds)'),
    ).toMatchObject({ value: 'tech', via: 'synonym' });
  });

  it('matches options listed in a description by word, synonym or typo', () => {
    const services = ['internet', 'TV', 'mobile', 'home phone'];
    expect(matchOption(u('the home phone is dead'), services)).toBe('home phone');
    expect(matchOption(u('my wifi is down'), services)).toBe('internet');
    expect(matchOption(u('mobiel'), services)).toBe('mobile');
  });

  it('reads bracketed aliases and ignores hyphens and case when matching options', () => {
    const devices = ['router', 'modem', 'TV box', 'phone'];
    const aliases = { router: ['wi-fi'] };
    expect(matchOption(u('the Wi-Fi keeps dropping'), devices, aliases)).toBe('router');
    expect(matchOption(u('my wifi is slow'), devices, aliases)).toBe('router');
    expect(matchOption(u('the tv-box is frozen'), devices, aliases)).toBe('TV box');
  });

  it('takes a several-word option from one word that only it has, and nothing when the word is shared', () => {
    const devices = ['router', 'modem', 'TV box', 'phone'];
    expect(matchOption(u('there is no sound on the telly'), devices)).toBe('TV box');
    expect(matchOption(u('the lights on the box are off'), devices)).toBe('TV box');
    expect(matchOption(u('the box is dead'), ['cable box', 'TV box', 'modem'])).toBeUndefined();
  });

  it('matches hyphenated enum values however they are spoken', () => {
    expect(matchEnum(u('is there a tv box outage'), ['broadband', 'tv-box', 'landline'])).toMatchObject({
      value: 'tv-box',
      via: 'exact',
    });
    expect(matchEnum(u('my set top box'), ['broadband', 'set-top-box'])).toMatchObject({ value: 'set-top-box' });
  });
});

describe('numbers said with "a hundred"', () => {
  it('counts "a hundred and fifty" as 150 and "a hundred" as 100', () => {
    expect(findNumbers(prepareUtterance('a hundred and fifty seats, give or take')).map((f) => f.value)).toEqual([150]);
    expect(findNumbers(prepareUtterance('we have a hundred people')).map((f) => f.value)).toEqual([100]);
  });
});
