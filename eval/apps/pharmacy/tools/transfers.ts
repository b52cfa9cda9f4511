// New patients and prescriptions moving to us from another pharmacy. A transfer needs the patient
// on file (registered now if new), the other pharmacy's name and phone, and the medicine.
import { llm } from '@livekit/agents';
import { parsePhoneNumber, speakDate } from 'switchboard/spoken';
import { z } from 'zod';
import { STORE, dayKey } from '../api/pharmacy_data.js';
import type { PharmacyStore } from '../api/pharmacy_store.js';
import type { PharmacyUserData } from '../userdata.js';
import { parseBirthDate } from './when.js';

/** Medicines that cannot be transferred between pharmacies: the prescriber must send a new prescription. */
const NOT_TRANSFERABLE = [
  'oxycodone',
  'hydrocodone',
  'adderall',
  'amphetamine',
  'methylphenidate',
  'ritalin',
  'morphine',
];

function fullName(said: string | undefined, what: string): string {
  const name = said?.trim().replace(/\s+/g, ' ');
  if (!name) throw new llm.ToolError(`Ask for the ${what}’s first and last name.`);
  if (name.split(' ').length < 2) throw new llm.ToolError(`Ask for the ${what}’s last name too.`);
  return name;
}

function birthDate(store: PharmacyStore, said: string | undefined): string {
  if (!said?.trim()) throw new llm.ToolError('Ask for the patient’s date of birth: month, day and year.');
  const dob = parseBirthDate(said);
  if (!dob)
    throw new llm.ToolError(`I could not read "${said}" as a date of birth. Ask for the month, the day and the year.`);
  const today = dayKey(store.now());
  if (dob >= today) throw new llm.ToolError(`${speakDate(dob)} is not a past date. Ask for the date of birth again.`);
  if (Number(today.slice(0, 4)) - Number(dob.slice(0, 4)) > 120)
    throw new llm.ToolError(`${speakDate(dob)} would make the patient over 120. Ask for the year of birth again.`);
  return dob;
}

export function registerPatientTool(store: PharmacyStore) {
  return llm.tool({
    description:
      'Register a new patient at the pharmacy: full name, date of birth, a phone number, and optionally ZIP code and allergies.',
    parameters: z.object({
      full_name: z.string().optional().describe('The patient’s first and last name.'),
      date_of_birth: z.string().optional().describe('The date of birth as said, like "March 3 1990".'),
      phone: z.string().optional().describe('A phone number to reach them, like "617 555 0123".'),
      zip_code: z.string().optional().describe('Their five-digit ZIP code, for deliveries.'),
      allergies: z.string().optional().describe('Medicine allergies they mention, or "none".'),
    }),
    execute: async (args, { ctx }: llm.ToolOptions<PharmacyUserData>) => {
      const u = ctx.userData;
      const name = fullName(args.full_name, 'patient');
      const dob = birthDate(store, args.date_of_birth);
      if (store.findPatient(name, dob))
        throw new llm.ToolError(
          `${name}, born ${speakDate(dob)}, is already a patient here; there is nothing to register. Ask what they would like to do next, such as a transfer or a refill.`,
        );
      if (!args.phone?.trim()) throw new llm.ToolError('Ask for a phone number we can reach the patient on.');
      const phone = parsePhoneNumber(args.phone);
      if (!phone.ok) throw new llm.ToolError(phone.problem);
      const zip = args.zip_code?.replace(/\D/g, '');
      if (args.zip_code?.trim() && zip?.length !== 5)
        throw new llm.ToolError(`"${args.zip_code}" is not a ZIP code: ZIP codes have five digits. Ask for it again.`);
      const patient = store.register({
        name,
        dateOfBirth: dob,
        phone: phone.e164.replace(/^\+1/, ''),
        zip: zip || undefined,
        allergies: args.allergies?.trim() || undefined,
      });
      Object.assign(u, { patientId: patient.id, callerName: u.callerName ?? name });
      return `Registered ${name}, born ${speakDate(dob)}, as patient ${patient.id}${patient.allergies ? `, allergies noted: ${patient.allergies}` : ''}. They can now transfer a prescription in or bring one to the counter.`;
    },
  });
}

export function transferPrescriptionTool(store: PharmacyStore) {
  return llm.tool({
    description:
      'Transfer a prescription in from another pharmacy for a patient of ours: their name and date of birth, the other pharmacy’s name and phone, and the medicine.',
    parameters: z.object({
      patient_name: z.string().optional().describe('The patient’s first and last name.'),
      date_of_birth: z.string().optional().describe('The patient’s date of birth as said.'),
      pharmacy_name: z.string().optional().describe('The other pharmacy, like "CVS on Main Street".'),
      pharmacy_phone: z.string().optional().describe('The other pharmacy’s phone number.'),
      medicine: z.string().optional().describe('The medicine and strength, like "sertraline 50 mg".'),
      other_rx_number: z
        .string()
        .optional()
        .describe('The prescription number on the other pharmacy’s label, if they have it.'),
    }),
    execute: async (args, { ctx }: llm.ToolOptions<PharmacyUserData>) => {
      const u = ctx.userData;
      const name = fullName(args.patient_name, 'patient');
      const dob = birthDate(store, args.date_of_birth);
      const patient = store.findPatient(name, dob);
      if (!patient)
        throw new llm.ToolError(
          `${name}, born ${speakDate(dob)}, is not a patient here yet. Offer to register them first (register_patient needs a phone number too), then do the transfer.`,
        );
      const pharmacy = args.pharmacy_name?.trim();
      if (!pharmacy) throw new llm.ToolError('Ask which pharmacy the prescription is at now, and which branch.');
      if (pharmacy.toLowerCase().includes(STORE.name.toLowerCase().split(' ')[0]!))
        throw new llm.ToolError('That prescription is already with us. Offer to look it up for a refill instead.');
      if (!args.pharmacy_phone?.trim())
        throw new llm.ToolError(`Ask for the phone number of ${pharmacy}, so we can call them.`);
      const phone = parsePhoneNumber(args.pharmacy_phone);
      if (!phone.ok) throw new llm.ToolError(phone.problem);
      const medicine = args.medicine?.trim();
      if (!medicine) throw new llm.ToolError('Ask which medicine to transfer, with its strength if they know it.');
      const controlled = NOT_TRANSFERABLE.find((m) => medicine.toLowerCase().includes(m));
      if (controlled)
        throw new llm.ToolError(
          `${medicine} is a controlled medicine and cannot be transferred between pharmacies. The prescriber must send a new prescription to us; offer the pharmacist if they have questions.`,
        );
      const request = store.requestTransfer({
        patientId: patient.id,
        medicine,
        fromPharmacy: pharmacy,
        fromPhone: phone.e164,
        otherRxNumber: args.other_rx_number?.trim() || undefined,
      });
      Object.assign(u, { transferId: request.id, patientId: patient.id });
      return `Transfer ${request.id} started: we will call ${pharmacy} for the ${medicine} prescription for ${name.split(' ')[0]}. It is usually ready within one business day, and we text the number on file when it is.`;
    },
  });
}
