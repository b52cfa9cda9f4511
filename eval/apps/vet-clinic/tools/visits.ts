import { llm } from '@livekit/agents';
import { article, money } from 'switchboard/spoken';
import { z } from 'zod';
import { BOOKING_WINDOW_DAYS, dayKey, slotDate, spokenSlot, type Clinic, type Opening } from '../api/clinic.js';
import {
  LATE_CANCEL_FEE_CENTS,
  LATE_CANCEL_HOURS,
  PRICES,
  REASONS,
  SPECIES,
  type Species,
} from '../api/clinic_data.js';
import type { VetClinicUserData } from '../userdata.js';
import { clientFor, petFor } from './clients.js';
import { matchOffered, parseWantedDay } from './when.js';

const CLIENT_ID = z
  .string()
  .optional()
  .describe(
    'The client number: "MS" and four digits, printed on receipts and reminder cards. Leave out if it was already given this call.',
  );
const PET_NAME = z
  .string()
  .optional()
  .describe('The pet’s name, for example "Biscuit". Leave out if it was already said this call.');

const keyOf = (o: Opening) => `${o.slot}|${o.vetId}`;
const openingOf = (key: string): Opening => {
  const [slot, vetId] = key.split('|');
  return { slot: slot!, vetId: vetId! };
};

const petNames = (client: { pets: { name: string }[] }) => client.pets.map((p) => p.name).join(' and ');

function withVet(clinic: Clinic, o: Opening): string {
  return `${spokenSlot(o.slot)} with ${clinic.vet(o.vetId)?.name ?? 'a vet'}`;
}

/** The offered time the caller picked, or a ToolError saying what to do. */
function pickOffered(clinic: Clinic, time: string, u: VetClinicUserData): Opening {
  if (u.offeredTimes.length === 0) {
    throw new llm.ToolError('No times have been offered yet. Ask which day suits and call find_visit_times first.');
  }
  const key = matchOffered(time, u.offeredTimes, clinic.now());
  if (!key) {
    throw new llm.ToolError(
      `"${time}" is not one of the times offered (${u.offeredTimes.map((k) => withVet(clinic, openingOf(k))).join('; ')}). Ask which of those the caller wants, or look for another day.`,
    );
  }
  const opening = openingOf(key);
  if (!clinic.isFree(opening)) {
    throw new llm.ToolError(`${withVet(clinic, opening)} has just been taken. Apologise and offer the other times.`);
  }
  return opening;
}

export function findVisitTimesTool(clinic: Clinic) {
  return llm.tool({
    description:
      'Find up to three free visit times, on a given day or as soon as possible, optionally in the morning, afternoon or evening, with a vet who sees the kind of animal.',
    parameters: z.object({
      day: z
        .string()
        .optional()
        .describe(
          'The day the caller wants, for example "2025-03-11", "tomorrow" or "Friday". Leave out for the earliest.',
        ),
      part_of_day: z
        .enum(['morning', 'afternoon', 'evening'])
        .optional()
        .describe('Only if the caller said morning, afternoon or evening (evenings are Thursdays only).'),
      species: z
        .enum(SPECIES)
        .optional()
        .describe(
          'What kind of animal: dog, cat, rabbit, bird (parrot, budgie), reptile (lizard, snake, turtle) or small pet (hamster, guinea pig, ferret).',
        ),
      vet: z
        .string()
        .optional()
        .describe('The vet the caller asked for by name, for example "Dr. Okafor"; leave out for any vet.'),
    }),
    execute: async ({ day, part_of_day, species, vet }, { ctx }: llm.ToolOptions<VetClinicUserData>) => {
      const u = ctx.userData;
      const now = clinic.now();
      let from = now;
      if (day?.trim()) {
        const wanted = parseWantedDay(day, now);
        if (!wanted)
          throw new llm.ToolError(
            `I could not read "${day}" as a day. Ask which day suits, for example "next Tuesday".`,
          );
        if (dayKey(wanted) < dayKey(now))
          throw new llm.ToolError('That day has passed. Ask for a day from today onwards.');
        const lastDay = new Date(now.getFullYear(), now.getMonth(), now.getDate() + BOOKING_WINDOW_DAYS);
        if (wanted > lastDay)
          throw new llm.ToolError(`The diary is open ${BOOKING_WINDOW_DAYS} days ahead. Ask for an earlier day.`);
        if (!clinic.isOpen(wanted)) {
          throw new llm.ToolError('The clinic is closed on Sundays. Offer Saturday morning or Monday instead.');
        }
        from = wanted;
      }
      const kind: Species | undefined = species ?? u.species;
      let vetId: string | undefined;
      if (vet?.trim()) {
        const found = clinic.findVet(vet);
        if (!found) {
          throw new llm.ToolError(
            `There is no vet called "${vet}" here. Our vets are Dr. Okafor, Dr. Brennan and Dr. Lindqvist; ask which one, or offer any vet.`,
          );
        }
        if (kind && !found.species.includes(kind)) {
          throw new llm.ToolError(
            `${found.name} does not see ${kind}s. Offer the first free time with another vet instead.`,
          );
        }
        vetId = found.id;
      }
      if (kind) u.species = kind;
      const openings = clinic.openings(from, {
        sameDayOnly: Boolean(day?.trim()),
        partOfDay: part_of_day,
        species: kind,
        vetId,
      });
      if (openings.length === 0) {
        const which = part_of_day ? `${part_of_day} times` : 'times';
        throw new llm.ToolError(
          part_of_day === 'evening'
            ? 'Evening visits are on Thursdays only, until 8 PM, and none are free that day. Offer a Thursday or another part of the day.'
            : `There are no free ${which} that day${vetId ? ' with that vet' : ''}. Offer to look at the next day.`,
        );
      }
      u.offeredTimes = openings.map(keyOf);
      return `Free times: ${openings.map((o) => withVet(clinic, o)).join('; ')}. Which one suits?`;
    },
  });
}

export function bookVisitTool(clinic: Clinic) {
  return llm.tool({
    description:
      'Book a visit for a pet at one of the times find_visit_times just offered. A pet new to the clinic is added to the client’s file when new_pet and its species are given.',
    parameters: z.object({
      client_id: CLIENT_ID,
      pet_name: PET_NAME,
      reason: z
        .enum(REASONS)
        .optional()
        .describe(
          'checkup (annual exam, wellness), vaccination (shots, booster, rabies), sick (vomiting, not eating, diarrhea, coughing), injury (limping, cut, wound), dental (teeth cleaning, bad breath) or nail trim.',
        ),
      time: z
        .string()
        .describe('The offered time the caller chose, for example "2025-03-11T14:00" or "Tuesday at 2 PM".'),
      new_pet: z
        .boolean()
        .optional()
        .describe('True only when the caller said this pet is new to the clinic (not yet on their file).'),
      species: z.enum(SPECIES).optional().describe('Only for a new pet: dog, cat, rabbit, bird, reptile or small pet.'),
      notes: z
        .string()
        .optional()
        .describe('Anything the vet should know, in the caller’s words (symptoms, since when).'),
    }),
    execute: async (
      { client_id, pet_name, reason, time, new_pet, species, notes },
      { ctx }: llm.ToolOptions<VetClinicUserData>,
    ) => {
      const u = ctx.userData;
      const client = clientFor(clinic, client_id, u);
      const name = pet_name?.trim() || u.petName;
      if (!name) throw new llm.ToolError(`Which pet is the visit for? On this file there are ${petNames(client)}.`);
      let pet = client.pets.find((p) => p.name.toLowerCase() === name.toLowerCase());
      if (!pet) {
        if (!new_pet || !species) {
          throw new llm.ToolError(
            `${name} is not on client ${client.id}'s file (it has ${petNames(client)}). Ask which pet the visit is for; if it is a pet new to the clinic, ask what kind of animal it is and book it as a new pet.`,
          );
        }
        if (!/^[\p{L}][\p{L}' -]{0,29}$/u.test(name)) {
          throw new llm.ToolError(`"${name}" does not sound like a pet's name. Ask the caller for the new pet's name.`);
        }
        pet = clinic.addPet(client, { name: name.replace(/^\p{L}/u, (c) => c.toUpperCase()), species });
      }
      u.petName = pet.name;
      u.species = pet.species;
      const existing = clinic.upcomingVisit(client.id, pet.name);
      if (existing) {
        throw new llm.ToolError(
          `${pet.name} already has a ${existing.reason} visit booked on ${withVet(clinic, existing)} (${existing.id}). Ask whether the caller wants to move that visit instead.`,
        );
      }
      const visitReason = reason ?? u.visitReason;
      if (!visitReason) {
        throw new llm.ToolError(
          'What is the visit for? Ask: a checkup, vaccination, sick visit, injury, dental cleaning or nail trim.',
        );
      }
      const opening = pickOffered(clinic, time, u);
      const vet = clinic.vet(opening.vetId)!;
      if (!vet.species.includes(pet.species)) {
        throw new llm.ToolError(
          `${vet.name} does not see ${pet.species}s. Look for times again with the species ${pet.species} and offer those.`,
        );
      }
      const visit = clinic.book({
        clientId: client.id,
        petName: pet.name,
        reason: visitReason,
        ...opening,
        notes: notes?.trim() || undefined,
      });
      u.visitId = visit.id;
      u.visitReason = visitReason;
      u.offeredTimes = [];
      return `Booked ${visit.id}: ${article(visitReason)} visit for ${pet.name} on ${withVet(clinic, visit)}. It costs ${money(PRICES[visitReason], { dropZeroCents: true })}. Please arrive ten minutes early.`;
    },
  });
}

export function cancelVisitTool(clinic: Clinic) {
  return llm.tool({
    description: 'Cancel a pet’s next booked visit. Cancelling less than 24 hours ahead costs a late fee.',
    parameters: z.object({
      client_id: CLIENT_ID,
      pet_name: PET_NAME,
      why: z.string().optional().describe('Why the caller is cancelling, in their words, if they said.'),
    }),
    execute: async ({ client_id, pet_name }, { ctx }: llm.ToolOptions<VetClinicUserData>) => {
      const u = ctx.userData;
      const client = clientFor(clinic, client_id, u);
      const pet = petFor(client, pet_name, u);
      const visit = clinic.upcomingVisit(client.id, pet.name);
      if (!visit)
        throw new llm.ToolError(
          `${pet.name} has no upcoming visit to cancel. Tell the caller, and ask if they want to book one.`,
        );
      const hoursAhead = (slotDate(visit.slot).getTime() - clinic.now().getTime()) / 3_600_000;
      clinic.cancel(visit);
      u.visitId = visit.id;
      const fee =
        hoursAhead < LATE_CANCEL_HOURS
          ? ` Because it was less than ${LATE_CANCEL_HOURS} hours ahead, a late-cancellation fee of ${money(LATE_CANCEL_FEE_CENTS, { dropZeroCents: true })} goes on the account.`
          : '';
      return `Cancelled ${pet.name}'s ${visit.reason} visit on ${spokenSlot(visit.slot)} (${visit.id}).${fee}`;
    },
  });
}

export function rescheduleVisitTool(clinic: Clinic) {
  return llm.tool({
    description:
      'Move a pet’s next booked visit to one of the times find_visit_times just offered. Find new times first.',
    parameters: z.object({
      client_id: CLIENT_ID,
      pet_name: PET_NAME,
      new_time: z
        .string()
        .describe('The offered time the caller chose, for example "2025-03-11T14:00" or "Friday at 9 AM".'),
    }),
    execute: async ({ client_id, pet_name, new_time }, { ctx }: llm.ToolOptions<VetClinicUserData>) => {
      const u = ctx.userData;
      const client = clientFor(clinic, client_id, u);
      const pet = petFor(client, pet_name, u);
      const visit = clinic.upcomingVisit(client.id, pet.name);
      if (!visit)
        throw new llm.ToolError(`${pet.name} has no upcoming visit to move. Offer to book a new one instead.`);
      const opening = pickOffered(clinic, new_time, u);
      const vet = clinic.vet(opening.vetId)!;
      if (!vet.species.includes(pet.species)) {
        throw new llm.ToolError(`${vet.name} does not see ${pet.species}s. Look for times again for a ${pet.species}.`);
      }
      const was = spokenSlot(visit.slot);
      clinic.move(visit, opening);
      u.visitId = visit.id;
      u.offeredTimes = [];
      return `Moved ${pet.name}'s ${visit.reason} visit (${visit.id}) from ${was} to ${withVet(clinic, visit)}.`;
    },
  });
}
