// On the offline policy: a caller whose request reached triage from the greeter ("…and I want to
// know if it ever arrived") is asked for the order number on arrival; the number read off the
// paper is that answer, not a reason to go to billing, and the closing pleasantry ends the call.
import { afterEach, expect, it } from 'vitest';
import { type OfflineCall, startOfflineCall } from '../../src/policy/fixtures/offline_call.js';
import { deskFixture } from './testing/desk_fixture.js';

let call: OfflineCall | undefined;
afterEach(async () => {
  await call?.close();
  call = undefined;
});

it('answers the order status asked about on arrival, then says goodbye', async () => {
  call = await startOfflineCall(deskFixture().workflow);
  await call.say('hello? oh good, a person. well, a computer. my name is Ann Lee, dear');
  const asked = await call.say(
    'my grandson ordered me one of those TV streaming boxes and I want to know if it ever arrived',
  );
  expect(asked).not.toMatch(/oh good|computer/);
  expect(asked).toMatch(/order/i);
  await call.say('the number on the paper is four oh one five');
  expect(call.tools.map((t) => [t.name, t.args])).toContainEqual(['lookup_order_status', { order_id: '4015' }]);
  expect(call.tools.map((t) => t.name)).not.toContain('transfer_to_billing');
  await call.say('no, that is everything. you have a lovely day now');
  expect(call.ended()).toBe(true);
});
