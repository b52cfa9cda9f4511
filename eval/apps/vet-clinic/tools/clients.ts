// Finding the client and pet a request is about. Client numbers look like MS-1042 and are printed
// on every receipt and reminder card.
import { llm } from '@livekit/agents';
import type { Clinic } from '../api/clinic.js';
import type { Client, Pet } from '../api/clinic_data.js';
import type { VetClinicUserData } from '../userdata.js';

/** "ms 1042", "MS1042", "ms-1042" or just "1042" → "MS-1042"; undefined when it is not that shape. */
export function normalizeClientId(said: string): string | undefined {
  const text = said.toUpperCase().replace(/[\s.]+/g, '');
  const m = /^(?:MS-?)?(\d{4})$/.exec(text);
  return m ? `MS-${m[1]}` : undefined;
}

/** The client from the number given, or the one already found this call; a ToolError otherwise. */
export function clientFor(clinic: Clinic, clientId: string | undefined, u: VetClinicUserData): Client {
  if (!clientId?.trim()) {
    const known = u.clientId ? clinic.client(u.clientId) : undefined;
    if (known) return known;
    throw new llm.ToolError(
      'I need the client number first. Ask the caller for it: it is on every receipt and reminder card, "MS" and four digits.',
    );
  }
  const id = normalizeClientId(clientId);
  if (!id) {
    throw new llm.ToolError(
      `"${clientId}" is not a client number. Client numbers are "MS" and four digits, like on the caller's receipts and reminder cards; ask them to read it again.`,
    );
  }
  const client = clinic.client(id);
  if (!client) {
    throw new llm.ToolError(
      `There is no client ${id} on file. Ask the caller to check the number on a receipt or reminder card.`,
    );
  }
  u.clientId = client.id;
  return client;
}

/** The pet on this client's file, or a ToolError naming the pets that are. */
export function petFor(client: Client, petName: string | undefined, u: VetClinicUserData): Pet {
  const name = petName?.trim() || u.petName;
  const names = client.pets.map((p) => p.name).join(' and ');
  if (!name) {
    throw new llm.ToolError(`Which pet is this about? Ask the caller: on this file there are ${names}.`);
  }
  const pet = client.pets.find((p) => p.name.toLowerCase() === name.toLowerCase());
  if (!pet) {
    throw new llm.ToolError(
      `There is no pet called ${name} on client ${client.id}'s file; the pets on it are ${names}. Ask which one the caller means.`,
    );
  }
  u.petName = pet.name;
  u.species = pet.species;
  return pet;
}
