import { llm } from '@livekit/agents';
import { z } from 'zod';
import { spokenSlot, type Schedule } from '../api/schedule.js';
import { SERVICES, type AppointmentUserData } from '../userdata.js';

export function bookAppointmentTool(schedule: Schedule) {
  return llm.tool({
    description: 'Book the held time for the patient, with their full name and phone number.',
    parameters: z.object({
      patient_name: z.string().describe('The patient’s first and last name.'),
      phone: z.string().describe('A ten-digit phone number for reminders, for example "617 555 0123".'),
      service: z
        .enum(SERVICES)
        .optional()
        .describe('What the visit is for, if not already known: cleaning, checkup, filling or whitening.'),
    }),
    execute: async ({ patient_name, phone, service }, { ctx }: llm.ToolOptions<AppointmentUserData>) => {
      const u = ctx.userData;
      if (u.appointmentId)
        throw new llm.ToolError(`Appointment ${u.appointmentId} is already booked. Move on to the confirmation.`);
      const name = patient_name.replace(/\s+/g, ' ').trim();
      if (name.split(' ').length < 2)
        throw new llm.ToolError('I need the patient’s first and last name. Ask for the full name.');
      let digits = phone.replace(/\D/g, '');
      if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
      if (digits.length !== 10) {
        throw new llm.ToolError(
          `Phone numbers have ten digits, but I heard ${digits.length}. Ask the caller to repeat it.`,
        );
      }
      const visit = service ?? u.service;
      if (!visit)
        throw new llm.ToolError('I do not know what the visit is for. Ask: cleaning, checkup, filling or whitening?');
      const slot = u.heldSlot!;
      if (!schedule.isFree(slot)) {
        throw new llm.ToolError(`${spokenSlot(slot)} is no longer free. Apologise and go back to find another time.`);
      }
      const appointment = schedule.book({ slot, patientName: name, phone: digits, service: visit });
      Object.assign(u, { appointmentId: appointment.id, patientName: name, phone: digits, service: visit });
      return `Booked ${appointment.id}: a ${visit} for ${name} on ${spokenSlot(slot)}.`;
    },
  });
}
