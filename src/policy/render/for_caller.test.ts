import { describe, expect, it } from 'vitest';
import { directions } from '../entry_script.js';
import { questionFromAsk, toSecondPerson, withoutInternals } from './for_caller.js';

describe('text for the caller', () => {
  it('speaks to the caller, with agreeing verbs', () => {
    expect(toSecondPerson('hold the one the caller picks')).toBe('hold the one you pick');
    expect(toSecondPerson("the caller's question about the menu")).toBe('your question about the menu');
    // Whatever the app calls the person on the line.
    expect(toSecondPerson("recommend the plan that fits the lead's team size")).toBe(
      'recommend the plan that fits your team size',
    );
    expect(toSecondPerson("the patient's full name")).toBe('your full name');
    expect(toSecondPerson('open the customer record')).toBe('open the customer record');
  });

  it('never names internals', () => {
    expect(withoutInternals('Offer free times with find_slots and hold the one the caller picks with hold_slot.')).toBe(
      'Offer free times and hold the one the caller picks.',
    );
    expect(withoutInternals('Call qualify_lead first.')).toBeUndefined();
  });

  it('turns ask directions into questions', () => {
    expect(questionFromAsk('which of those the caller wants')).toBe('Which of those do you want?');
    expect(questionFromAsk('what name the order should be under')).toBe('What name should the order be under?');
    expect(questionFromAsk('for the account id')).toBe('Could you give me the account id, please?');
  });

  it('reads onEnter directions and the tool they name', () => {
    expect(directions('Say the policy is verified and read the claim back with review_claim.')).toEqual({
      lines: ['The policy is verified.'],
      question: undefined,
      tools: ['review_claim'],
    });
    expect(directions('Say "Acme, hello!" Then ask what kind of appointment they need.').question).toBe(
      'What kind of appointment do you need?',
    );
  });
});
