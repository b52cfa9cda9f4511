import { describe, expect, it } from 'vitest';
import { speakToolOutput } from './speakable.js';

describe('speakToolOutput', () => {
  it('speaks facts as they are, decoding the framework JSON encoding', () => {
    expect(speakToolOutput(JSON.stringify('Order 4012 shipped on Monday.')).text).toBe('Order 4012 shipped on Monday.');
  });

  it('carries out directions instead of reading them out', () => {
    const queued = speakToolOutput(
      'The caller is queued for a human operator as ticket Q-0001 (position 2). Tell them the ticket number, that an operator will call back on the details they gave, and that nothing they said is lost.',
    );
    expect(queued.text).toBe(
      'You are queued for a human operator as ticket Q-0001, position 2 in the queue. An operator will call back on the details you gave. Nothing you said is lost.',
    );
    expect(speakToolOutput('Verify the caller’s identity first: ask for their email and account number.').text).toBe(
      'I need to verify your identity first. Could you give me your email and account number, please?',
    );
    expect(
      speakToolOutput(
        'This call has been transferred too often (ping-pong). Do not transfer again: help the caller here, or offer a callback.',
      ).text,
    ).toBe('This call has been transferred too often. I can help you here, or arrange a callback.');
  });

  it('flags goodbyes and requests to ask again', () => {
    const bye = speakToolOutput('The call will end after your goodbye. Say a short, warm goodbye now.');
    expect(bye).toEqual({ text: '', goodbye: true, asksAgain: false });
    expect(speakToolOutput('The value for email is not valid (Invalid email). Ask the caller for it again.')).toEqual({
      text: 'The value for email is not valid. Could you say that again, please?',
      goodbye: false,
      asksAgain: true,
    });
  });

  it('never reads internals aloud', () => {
    expect(speakToolOutput('Invalid arguments for transfer_to_x: [{"code":"invalid_literal"}]').text).toMatch(
      /something went wrong/i,
    );
    expect(
      speakToolOutput(
        'check_order did not answer within 8 seconds. Apologise, say the system is slow right now, and offer to try again or to create a ticket.',
      ).text,
    ).toBe(
      "The system did not answer within 8 seconds. I'm sorry. The system is slow right now. I can try again or create a ticket.",
    );
  });

  it('keeps status meant for the model to itself and offers the caller what only they can do', () => {
    expect(
      speakToolOutput(
        'The lead is not qualified yet. Ask for the team size and when they want to start, then call qualify_lead.',
      ).text,
    ).not.toMatch(/\blead\b|qualify/i);
    expect(
      speakToolOutput('Payment is not arranged yet. Offer to pay at pickup or by a payment link texted to their phone.')
        .text,
    ).toBe('Payment is not arranged yet. You can pay at pickup or by a payment link texted to your phone.');
  });

  it('asks instead of reading out directions to suggest or to act next', () => {
    expect(
      speakToolOutput('The Tiramisu is sold out today. Apologise and suggest another dish from the same course.').text,
    ).toBe("The Tiramisu is sold out today. I'm sorry. Would you like another dish from the same course instead?");
    expect(
      speakToolOutput('The order is empty. Ask what the caller would like, and add it with add_item first.').text,
    ).toBe('The order is empty. What would you like?');
  });

  it('reads structured results as short phrases', () => {
    expect(speakToolOutput('{"status":"shipped","eta":"Friday","tracking":null}').text).toBe(
      'Here is what I found: status: shipped, eta: Friday.',
    );
  });

  it('drops a direction that only points back at the fact just said', () => {
    expect(speakToolOutput('Permit P-2231 is already issued. Give the caller that number again.').text).toBe(
      'Permit P-2231 is already issued.',
    );
    expect(speakToolOutput('The parcel is in locker 12. Remind them that the locker is locked after 9 PM.').text).toBe(
      'The parcel is in locker 12. The locker is locked after 9 PM.',
    );
  });
});

describe('machine timestamps a tool echoes back (a made-up tennis club)', () => {
  it('are said as a day and a time, never read out as digits and letters', () => {
    const said = speakToolOutput(
      '"2026-12-08T15:00:00" is not one of the courts offered. Which of those do you want?',
    ).text;
    expect(said).toContain('Tuesday, December 8 at 3 PM is not one of the courts offered');
    expect(said).not.toMatch(/2026|T15/);
    expect(speakToolOutput('Racket due back 2026-12-10.').text).toBe('Racket due back Thursday, December 10.');
  });

  it('leave references that only look like dates alone', () => {
    expect(speakToolOutput('Invoice INV-2026-12-08 is paid.').text).toContain('INV-2026-12-08');
  });
});

describe('a list of options a tool offers (a made-up bike shop)', () => {
  it('is read out whole, with the question after it: a list counts as one sentence', () => {
    const said = speakToolOutput(
      'Free service slots: Monday at 9 AM; Monday at 1 PM; Tuesday at 10 AM; Wednesday at 9 AM; Thursday at 3 PM. Which one suits you?',
    ).text;
    expect(said).toContain('Thursday at 3 PM');
    expect(said).toMatch(/Which one suits you\?$/);
  });

  it('still keeps a long answer short', () => {
    const said = speakToolOutput(
      'Wheel trued. Brakes bled. Chain replaced. Tyres pumped. Saddle raised. Bell fitted.',
    ).text;
    expect(said).toBe('Wheel trued. Brakes bled. Chain replaced. Tyres pumped.');
  });
});

describe('a refusal that tells the caller something and asks them', () => {
  // A made-up ferry line: changing a sailing close to departure costs a fee.
  const said = speakToolOutput(
    'The sailing leaves in under 2 hours, so changing booking FB-2210 costs a $15 fee. Tell the caller and ask whether they still want to change it; if they agree, call change_sailing again with accept_fee true.',
  );

  it('keeps the question and drops the part naming a tool', () => {
    expect(said.text).toBe(
      'The sailing leaves in under 2 hours, so changing booking FB-2210 costs a $15 fee. Could you tell me whether you still want to change it?',
    );
    expect(said.asksAgain).toBe(true);
  });

  it('drops a direction that only names a tool', () => {
    expect(speakToolOutput('Nothing is booked yet; call find_sailings first.').text).toBe('Nothing is booked yet.');
  });
});

describe('a direction under a condition (a made-up water board)', () => {
  it('is carried out with its condition, to the caller', () => {
    expect(
      speakToolOutput('No burst mains are known in WB4 today. If the caller has no water, offer to log a fault.').text,
    ).toBe('No burst mains are known in WB4 today. If you have no water, I can log a fault.');
  });
});

describe('a bare "tell the caller" (a made-up gym)', () => {
  it('is dropped: the fact before it is what is said', () => {
    expect(
      speakToolOutput('Membership GM-12 is already frozen. Tell the caller; unfreezing needs the front desk.').text,
    ).toBe('Membership GM-12 is already frozen. Unfreezing needs the front desk.');
  });
});
