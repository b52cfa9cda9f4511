import { afterEach, describe, expect, it } from 'vitest';
import { callTool } from '../../../src/testing/index.js';
import { deskFixture, type DeskFixture } from '../testing/desk_fixture.js';

let f: DeskFixture;
afterEach(() => f.close());

describe('run_troubleshooting_step', () => {
  it('starts a matching script at step one and notes it for the ticket', async () => {
    f = deskFixture();
    const out = await callTool(
      f.tools.run_troubleshooting_step,
      { product: 'my modem', symptom: 'the internet is really slow' },
      f.userData,
    );
    expect(out).toBe(
      'Step 1 of 3 for slow internet on the router: Restart the router: unplug it for thirty seconds, then plug it back in. Let me know whether that helped.',
    );
    expect(f.userData.actionsTaken).toEqual(['router, slow internet: gave step 1 of 3.']);
  });

  it('gives the next step and says when it is the last one', async () => {
    f = deskFixture();
    const out = await callTool(
      f.tools.run_troubleshooting_step,
      { product: 'TV box', symptom: 'black screen', step: 3 },
      f.userData,
    );
    expect(out).toMatch(
      /^Step 3 of 3 for no picture on the TV box: Unplug the TV box’s power .* This is the last step in the guide\.$/,
    );
  });

  it('picks the script whose keywords fit best', async () => {
    f = deskFixture();
    const out = await callTool(
      f.tools.run_troubleshooting_step,
      { product: 'phone', symptom: 'it says emergency calls only' },
      f.userData,
    );
    expect(out).toMatch(/^Step 1 of 3 for no mobile service on the mobile phone: Turn airplane mode on/);
  });

  it('offers a ticket or a human when the script has run out', async () => {
    f = deskFixture();
    await expect(
      callTool(
        f.tools.run_troubleshooting_step,
        { product: 'router', symptom: 'wifi keeps dropping', step: 4 },
        f.userData,
      ),
    ).rejects.toThrow(
      'All 3 steps of the router guide for Wi-Fi keeps dropping have been tried. Offer to create a ticket for a technician, or to bring in a human colleague.',
    );
  });

  it('names the guides it has when the device is unknown', async () => {
    f = deskFixture();
    await expect(
      callTool(f.tools.run_troubleshooting_step, { product: 'toaster', symptom: 'burns bread' }, f.userData),
    ).rejects.toThrow(
      'I have troubleshooting guides for the mobile phone, router and TV box, not for "toaster". Ask the caller which device has the problem.',
    );
  });

  it('names the symptoms it covers when the symptom is unknown', async () => {
    f = deskFixture();
    await expect(
      callTool(f.tools.run_troubleshooting_step, { product: 'router', symptom: 'makes a buzzing noise' }, f.userData),
    ).rejects.toThrow(
      'I have no router guide for "makes a buzzing noise". The router guides cover no internet connection, slow internet and Wi-Fi keeps dropping. Ask the caller which one fits best.',
    );
    expect(f.userData.actionsTaken).toEqual([]);
  });
});
