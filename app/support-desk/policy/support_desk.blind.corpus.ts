// A second batch of support-desk utterances, written after the policy was tuned on the first
// batch. Its first run scored 83.3% (45/54); one round of general fixes followed (negations like
// "no sound", everyday synonyms, unknown words weighed as informative).
import type { CorpusCase } from '../../../src/policy/corpus/corpus_case.js';

const VERIFIED = {
  verified: true,
  customerId: 'C-1006',
  callerName: 'David Kim',
  email: 'dkim@example.com',
  accountNumber: '35572809',
};
const ASKED: CorpusCase['before'] = [
  ['agent', 'Welcome to Acme Connect support. May I have your name, and what can I help you with today?'],
];
const QUEUED: CorpusCase['before'] = [
  ['agent', 'You are queued for a human operator as ticket Q-0002, position 1 in the queue.'],
];

export const SUPPORT_DESK_BLIND_CORPUS: CorpusCase[] = [
  {
    agent: 'greeter',
    before: ASKED,
    utterance: 'hello, Rosa Delgado speaking, my landline is dead',
    expect: { tool: 'transfer_to_triage', args: { callerName: 'Rosa Delgado', collectedDetails: /landline is dead/i } },
  },
  {
    agent: 'greeter',
    before: ASKED,
    utterance: "Hi I'm Tom and I think I was charged too much",
    expect: { tool: 'transfer_to_triage', args: { callerName: 'Tom', collectedDetails: /charged too much/i } },
  },
  { agent: 'greeter', before: ASKED, utterance: 'my package never showed up', expect: { reply: 'ask', asks: /name/i } },
  { agent: 'greeter', before: ASKED, utterance: 'this is Kenji Watanabe', expect: { reply: 'ask', asks: /help/i } },
  {
    agent: 'greeter',
    before: ASKED,
    utterance: 'I called by accident, sorry about that',
    expect: { tool: 'end_call' },
  },
  {
    agent: 'greeter',
    before: ASKED,
    utterance: 'put me through to a real human please',
    expect: { tool: 'escalate_to_human' },
  },
  { agent: 'greeter', before: ASKED, utterance: 'good afternoon', expect: { reply: 'no_tool' } },
  {
    agent: 'greeter',
    before: [
      ...ASKED,
      ['caller', 'the streaming box keeps restarting'],
      ['agent', 'Sure. May I have your name, please?'],
    ],
    utterance: 'Maria',
    expect: { tool: 'transfer_to_triage', args: { callerName: 'Maria', collectedDetails: /streaming box/i } },
  },
  {
    agent: 'triage',
    utterance: 'the connection drops every evening around eight',
    expect: { tool: 'transfer_to_technical' },
  },
  { agent: 'triage', utterance: 'my television has no sound', expect: { tool: 'transfer_to_technical' } },
  { agent: 'triage', utterance: 'I cannot make calls from my mobile', expect: { tool: 'transfer_to_technical' } },
  { agent: 'triage', utterance: 'the wifi password does not work anymore', expect: { tool: 'transfer_to_technical' } },
  { agent: 'triage', utterance: 'why did my bill go up', expect: { tool: 'transfer_to_billing' } },
  { agent: 'triage', utterance: 'I was charged a fee I never agreed to', expect: { tool: 'transfer_to_billing' } },
  { agent: 'triage', utterance: 'I want to change my payment method', expect: { tool: 'transfer_to_billing' } },
  {
    agent: 'triage',
    utterance: 'can you check where order 4023 is',
    expect: { tool: 'lookup_order_status', args: { order_id: '4023' } },
  },
  {
    agent: 'triage',
    utterance: 'my delivery is late, order number four zero three zero',
    expect: { tool: 'lookup_order_status', args: { order_id: '4030' } },
  },
  { agent: 'triage', utterance: 'when will my new router arrive', expect: { reply: 'ask', asks: /order/i } },
  {
    agent: 'triage',
    utterance: 'I want to make a formal complaint about how long the repair took',
    expect: { tool: 'create_ticket', args: { summary: /repair took/i } },
  },
  {
    agent: 'triage',
    utterance: 'can you put in a request to move my installation date',
    expect: { tool: 'create_ticket' },
  },
  { agent: 'triage', utterance: 'that is all for today, bye', expect: { tool: 'end_call' } },
  { agent: 'triage', utterance: 'you are useless', expect: { tool: 'escalate_to_human' } },
  { agent: 'triage', utterance: 'I need to talk to your manager', expect: { tool: 'escalate_to_human' } },
  {
    agent: 'triage',
    utterance: 'Grace ONeill here, grace.oneill@example.org',
    expect: { tool: 'verify_identity', args: { email: 'grace.oneill@example.org' } },
  },
  { agent: 'triage', utterance: 'can you sing me something', expect: { reply: 'no_tool' } },
  {
    agent: 'triage',
    before: [
      ['caller', 'where is my order'],
      ['agent', 'Sure. Could you tell me the order ID?'],
    ],
    utterance: 'I think it was four zero four two',
    expect: { tool: 'lookup_order_status', args: { order_id: '4042' } },
  },
  {
    agent: 'technical',
    utterance: 'is there an outage for mobile in Lakeview',
    expect: { tool: 'check_outage', args: { service: 'mobile', region: 'Lakeview' } },
  },
  {
    agent: 'technical',
    utterance: 'is the internet out for everyone',
    expect: { tool: 'check_outage', args: { service: 'internet' } },
  },
  {
    agent: 'technical',
    utterance: 'are tv channels down in my area',
    expect: { tool: 'check_outage', args: { service: 'TV' } },
  },
  {
    agent: 'technical',
    utterance: 'the modem keeps rebooting by itself',
    expect: { tool: 'run_troubleshooting_step', args: { product: 'modem' } },
  },
  {
    agent: 'technical',
    utterance: 'my phone has no signal indoors',
    expect: { tool: 'run_troubleshooting_step', args: { product: 'phone' } },
  },
  {
    agent: 'technical',
    before: [
      ['caller', 'the tv box shows no picture'],
      [
        'tool',
        'run_troubleshooting_step',
        { product: 'TV box', symptom: 'no picture' },
        'Step 1 of 3 for no picture on the TV box: Check the HDMI cable is firmly plugged in. Let me know whether that helped.',
      ],
      [
        'agent',
        'Step 1 of 3 for no picture on the TV box: Check the HDMI cable is firmly plugged in. Let me know whether that helped.',
      ],
    ],
    utterance: 'the cable is in, still no picture',
    expect: { tool: 'run_troubleshooting_step', args: { product: 'TV box', step: 2 } },
  },
  {
    agent: 'technical',
    utterance: 'please get an engineer to visit, the line outside is damaged',
    expect: { tool: 'create_ticket', args: { summary: /line outside is damaged/i } },
  },
  {
    agent: 'technical',
    utterance: 'call me back tomorrow at noon on 415 555 0134',
    expect: { tool: 'schedule_callback', args: { phone: '4155550134', time: /tomorrow at 12/i } },
  },
  { agent: 'technical', utterance: 'I want a callback', expect: { reply: 'ask', asks: /phone|number/i } },
  { agent: 'technical', utterance: 'will this outage be taken off my bill', expect: { tool: 'transfer_to_billing' } },
  {
    agent: 'technical',
    before: [
      ['caller', 'my wifi is slow'],
      [
        'tool',
        'run_troubleshooting_step',
        { product: 'router', symptom: 'slow' },
        'Step 1 of 3 for very slow on the router: Restart the router. Let me know whether that helped.',
      ],
      ['agent', 'Step 1 of 3 for very slow on the router: Restart the router. Let me know whether that helped.'],
    ],
    utterance: 'yes that fixed it, it is fast again',
    expect: { tool: 'return_to_previous_agent', args: { resolved: true } },
  },
  { agent: 'technical', utterance: 'this is pointless, I want a person', expect: { tool: 'escalate_to_human' } },
  { agent: 'billing', facts: VERIFIED, utterance: 'what was my last invoice', expect: { tool: 'lookup_invoices' } },
  { agent: 'billing', facts: VERIFIED, utterance: 'do I have anything unpaid', expect: { tool: 'lookup_invoices' } },
  {
    agent: 'billing',
    facts: VERIFIED,
    utterance: 'I would like a refund for invoice 2048, I cancelled before that month',
    expect: { tool: 'request_refund', args: { invoice_id: /2048/, reason: /cancelled/i } },
  },
  {
    agent: 'billing',
    facts: VERIFIED,
    utterance: 'refund my last bill please',
    expect: { reply: 'ask', asks: /invoice/i },
  },
  {
    agent: 'billing',
    facts: VERIFIED,
    before: [
      ['caller', 'I want a refund'],
      ['agent', "Sure. Could you tell me the invoice ID? It's INV followed by four digits."],
    ],
    utterance: 'INV 2048',
    expect: { reply: 'ask', asks: /why/i },
  },
  {
    agent: 'billing',
    facts: VERIFIED,
    utterance: 'I would like to dispute the late fee on my account',
    expect: { tool: 'create_ticket', args: { summary: /late fee/i } },
  },
  {
    agent: 'billing',
    facts: VERIFIED,
    utterance: 'my router is broken too, can someone look at that',
    expect: { tool: 'transfer_to_technical' },
  },
  {
    agent: 'billing',
    facts: VERIFIED,
    utterance: 'get me a supervisor right now',
    expect: { tool: 'escalate_to_human' },
  },
  {
    agent: 'billing',
    utterance: 'Oliver Brown, oliver dot brown at example dot co dot uk',
    expect: { tool: 'verify_identity', args: { name: 'Oliver Brown', email: 'oliver.brown@example.co.uk' } },
  },
  {
    agent: 'billing',
    utterance: 'I am Tomas Garcia and my account number is 26731954',
    expect: { tool: 'verify_identity', args: { name: 'Tomas Garcia', account_number: '26731954' } },
  },
  { agent: 'billing', utterance: 'how much is my bill', expect: { reply: 'ask', asks: /name|email|account/i } },
  {
    agent: 'billing',
    before: [
      ['caller', 'I need my invoices'],
      ['agent', 'I can help with that. First I need to verify your identity. May I have your full name, please?'],
    ],
    utterance: 'Marcus Johnson',
    expect: { reply: 'ask', asks: /email|account/i },
  },
  {
    agent: 'escalation',
    before: QUEUED,
    utterance: 'ring me on 312 555 0122 on Saturday morning',
    expect: { tool: 'schedule_callback', args: { phone: '3125550122', time: /saturday morning/i } },
  },
  {
    agent: 'escalation',
    before: QUEUED,
    utterance: 'can I get a call back',
    expect: { reply: 'ask', asks: /phone|number/i },
  },
  { agent: 'escalation', before: QUEUED, utterance: 'no thanks, goodbye', expect: { tool: 'end_call' } },
  { agent: 'escalation', before: QUEUED, utterance: 'alright then, cheers, bye', expect: { tool: 'end_call' } },
];
