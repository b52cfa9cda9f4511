import { afterEach, describe, expect, it } from 'vitest';
import { callTool } from '../../../src/testing/index.js';
import { deskFixture, VERIFIED_ANN, type DeskFixture } from '../testing/desk_fixture.js';

let f: DeskFixture;
afterEach(() => f.close());

describe('check_outage', () => {
  it('reports an active outage in the area with its cause and repair estimate', async () => {
    f = deskFixture({ collectedDetails: ['Internet down since this morning'] });
    const out = await callTool(f.tools.check_outage, { service: 'wifi', region: 'springfield' }, f.userData);
    expect(out).toBe(
      'There is a home internet outage in Springfield: a fiber cable was cut near the Main Street exchange. It started about 2 hours ago and engineers expect it fixed in about 3 hours.',
    );
    expect(f.userData.actionsTaken).toEqual(['Outage check for home internet in Springfield: active outage.']);
    // Tool notes never pose as the caller's need, which the next agent restates.
    expect(f.userData.collectedDetails).toEqual(['Internet down since this morning']);
  });

  it('says when there is no repair estimate yet', async () => {
    f = deskFixture();
    const out = await callTool(f.tools.check_outage, { service: 'mobile data', region: 'Lakeview' }, f.userData);
    expect(out).toBe(
      'There is a mobile outage in Lakeview: a cell tower is down for repairs. It started about 40 minutes ago, and there is no repair estimate yet.',
    );
  });

  it('points at the equipment at home when the area has no outage', async () => {
    f = deskFixture();
    const out = await callTool(f.tools.check_outage, { service: 'internet', region: 'Riverside' }, f.userData);
    expect(out).toBe(
      'There is no known home internet outage in Riverside right now, so the problem is most likely with the equipment at home.',
    );
  });

  it('uses the verified customer’s area when no region is given', async () => {
    f = deskFixture(VERIFIED_ANN);
    const out = await callTool(f.tools.check_outage, { service: 'broadband' }, f.userData);
    expect(out).toMatch(/^There is a home internet outage in Springfield/);
  });

  it('checks every area when neither a region nor a customer is known', async () => {
    f = deskFixture();
    expect(await callTool(f.tools.check_outage, { service: 'TV' }, f.userData)).toBe(
      'There are no known TV outages anywhere right now, so the problem is most likely with the equipment at home.',
    );
  });

  it('lists the services it knows when the service is unknown', async () => {
    f = deskFixture();
    await expect(callTool(f.tools.check_outage, { service: 'electricity' }, f.userData)).rejects.toThrow(
      'I can check outages for home internet, mobile, home phone and TV, but not for "electricity". Ask the caller which of these is affected.',
    );
  });

  it('lists the service areas when the region is unknown', async () => {
    f = deskFixture();
    await expect(
      callTool(f.tools.check_outage, { service: 'internet', region: 'Atlantis' }, f.userData),
    ).rejects.toThrow(
      'We have no service area called "Atlantis". Our areas are Hillcrest, Lakeview, Riverside and Springfield. Ask the caller which one they are in.',
    );
  });
});
