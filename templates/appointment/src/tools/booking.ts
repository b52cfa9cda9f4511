import { llm } from '@livekit/agents';
import { getName, getPhoneNumber, speakDigits, type CaptureResult, type CaptureSuccess } from 'switchboard';
import { z } from 'zod';
import { spokenSlot, type Schedule } from '../api/schedule.js';
import { SERVICES, type AppointmentUserData } from '../userdata.js';

/** A detail the booking cannot do without: the value, or a ToolError saying what to do instead. */
function required<T>(result: CaptureResult<T>, what: string): CaptureSuccess<T> {
  if (result.ok) return result;
  throw new llm.ToolError(
    `${result.reason === 'declined' ? `The caller did not want to give the patient’s ${what}` : `The patient’s ${what} could not be taken down`}. The clinic cannot book without it: say so kindly, and suggest calling back or booking online.`,
  );
}

/** US numbers: ten digits, a leading country code 1 dropped. */
export function tenDigits(said: string): string {
  return said.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
}

const US_NUMBER = (text: string) => {
  const digits = tenDigits(text);
  return digits.length === 10 ? undefined : `Phone numbers have ten digits, but I heard ${digits.length}.`;
};

// The prebuilt capture tasks read names and numbers as callers say them. A value given with the
// request (or the name carried from reception) is taken as said and read back in the reply; one
// that is missing or does not check out is asked for, read back and corrected by the task.
export function bookAppointmentTool(schedule: Schedule) {
  return llm.tool({
    description: 'Book the held time for the patient, with their full name and phone number.',
    parameters: z.object({
      patient_name: z.string().optional().describe('The patient’s first and last name.'),
      phone: z
        .string()
        .optional()
        .describe(
          'A ten-digit phone number for reminders, for example "617 555 0123". The tool asks if it is missing.',
        ),
      service: z
        .enum(SERVICES)
        .optional()
        .describe('What the visit is for, if not already known: cleaning, checkup, filling or whitening.'),
    }),
    execute: async ({ patient_name, phone, service }, { ctx }: llm.ToolOptions<AppointmentUserData>) => {
      const u = ctx.userData;
      if (u.appointmentId)
        throw new llm.ToolError(`Appointment ${u.appointmentId} is already booked. Move on to the confirmation.`);
      if (!patient_name?.trim() && !phone?.trim())
        throw new llm.ToolError(
          'The caller has not given a name or number yet. Ask for the patient’s full name and a phone number.',
        );
      const visit = service ?? u.service;
      if (!visit)
        throw new llm.ToolError('I do not know what the visit is for. Ask: cleaning, checkup, filling or whitening?');
      const name = required(
        await getName({ requireLastName: true }).runWith(patient_name?.trim() ? patient_name : u.patientName),
        'full name',
      ).value.full;
      const digits = tenDigits(
        required(await getPhoneNumber({ validate: US_NUMBER }).runWith(phone), 'phone number').text,
      );
      const slot = u.heldSlot!;
      if (!schedule.isFree(slot)) {
        throw new llm.ToolError(`${spokenSlot(slot)} is no longer free. Apologise and go back to find another time.`);
      }
      const appointment = schedule.book({ slot, patientName: name, phone: digits, service: visit });
      Object.assign(u, { appointmentId: appointment.id, patientName: name, phone: digits, service: visit });
      return `Booked ${appointment.id}: a ${visit} for ${name} on ${spokenSlot(slot)}. Reminders go to ${speakDigits(digits)}.`;
    },
  });
}
