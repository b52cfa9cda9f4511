// Development conversations for the offline policy on the six scaffold templates, written by the
// policy's developer from each template's README and tool list (the blind batches live elsewhere
// and are never tuned on). Each is a whole call in a caller's own words; `done` says whether the
// call achieved what the caller wanted.
import type { ToolRun } from '../../src/policy/fixtures/offline_call.js';

export interface DevConversation {
  template: 'appointment' | 'intake' | 'restaurant' | 'router' | 'sales' | 'support';
  title: string;
  lines: string[];
  done: (userData: Record<string, unknown>, tools: ToolRun[], ended: boolean) => boolean;
}

const ran = (tools: ToolRun[], name: string, args?: (a: Record<string, unknown>) => boolean) =>
  tools.some((t) => t.name === name && !t.isError && (!args || args(t.args)));
const order = (u: Record<string, unknown>) => (u.order as { itemId: string; quantity: number }[] | undefined) ?? [];
const qty = (u: Record<string, unknown>, id: string) => order(u).find((l) => l.itemId === id)?.quantity ?? 0;

export const DEV_CONVERSATIONS: DevConversation[] = [
  // ---------------------------------------------------------------- appointment
  {
    template: 'appointment',
    title: 'checkup, picks the first offered time, books, texts, bye',
    lines: [
      'hi, I need a checkup',
      'tuesday morning if possible',
      'the first one',
      'Jamie Fox, 617 555 0123',
      'text me please',
      "that's everything, bye",
    ],
    done: (u, t, ended) => Boolean(u.appointmentId) && ran(t, 'send_confirmation') && ended,
  },
  {
    template: 'appointment',
    title: 'teeth cleaning by synonym, picks a time by clock, confirms',
    lines: [
      'hello, I want to get my teeth cleaned',
      'any afternoon next week works',
      'the 2pm one pls',
      'yes, book that one',
      'my name is Priya Raman and my number is 415 555 0199',
      'email is fine, priya@example.com',
      'no, thanks, goodbye',
    ],
    done: (u, t, ended) => u.service === 'cleaning' && Boolean(u.appointmentId) && ended,
  },
  {
    template: 'appointment',
    title: 'filling, soonest time',
    lines: [
      'I lost a filling, can I come in',
      "whenever's soonest",
      'ok go ahead with that',
      'Sam Ortiz, phone 212 555 0147',
      'a text is good',
      'bye',
    ],
    done: (u) => Boolean(u.appointmentId),
  },
  {
    template: 'appointment',
    title: 'whitening, says the hour in words',
    lines: [
      'could I book a whitening appointment',
      'wednesday afternoon',
      'the one at three',
      'Lee Chen. 303 555 0110',
      'text',
      'that is all thank you bye',
    ],
    done: (u) => u.service === 'whitening' && Boolean(u.appointmentId),
  },
  {
    template: 'appointment',
    title: 'everything in one breath',
    lines: [
      "Hi, this is Dana Wells, I'd like a cleaning on Thursday morning",
      'the second one please',
      'my number is 617 555 0188',
      'text me the details',
      'great, bye',
    ],
    done: (u) => Boolean(u.appointmentId) && u.patientName === 'Dana Wells',
  },
  {
    template: 'appointment',
    title: 'changes mind on the time',
    lines: [
      'I need a checkup',
      'friday morning',
      'the first one',
      'actually I want a different time',
      'monday afternoon',
      'the last one',
      'Omar Haddad 617 555 0190',
      'email me at omar@example.com',
      'thanks bye',
    ],
    done: (u) => Boolean(u.appointmentId),
  },
  // ---------------------------------------------------------------- intake
  {
    template: 'intake',
    title: 'burst pipe claim from start to filing',
    lines: [
      "yes everyone's fine, I want to report a claim",
      'Dana Whitfield, 978 555 0142',
      'a pipe burst in the kitchen yesterday and flooded the floor',
      'policy HM-482913, born July 12 1984',
      'yes that is right, submit it',
      'no that is all, bye',
    ],
    done: (u) => Boolean(u.claimId),
  },
  {
    template: 'intake',
    title: 'theft by synonym, spoken policy number',
    lines: [
      "we're safe, but someone broke into our garage last night",
      'my name is Dana Whitfield and my number is 978 555 0142',
      'they took two bikes and some tools from the garage',
      'H M four eight two nine one three, date of birth 7/12/1984',
      'yes go ahead',
      'thanks, bye',
    ],
    done: (u) => u.incidentType === 'theft' && Boolean(u.claimId),
  },
  {
    template: 'intake',
    title: 'storm damage, details over several turns',
    lines: [
      'hi I need to file a claim, we are all safe',
      'Marcus Bell',
      '617 555 0175',
      'a storm last Tuesday blew part of the roof off',
      'policy number HM-551207 and I was born February 3rd 1979',
      'yes, correct',
      'bye',
    ],
    done: (u) => u.incidentType === 'storm' && Boolean(u.claimId),
  },
  {
    template: 'intake',
    title: 'wants a person',
    lines: ['hello, I would rather talk to a real person please'],
    done: (u, t) => ran(t, 'transfer_to_operator') || Boolean(u.operatorTicket),
  },
  {
    template: 'intake',
    title: 'kitchen fire',
    lines: [
      'everyone is ok. there was a small fire in the kitchen two days ago',
      'Dana Whitfield 978 555 0142',
      'the stove caught fire and burned the cabinets',
      'HM-482913, 12 July 1984',
      'yes file it',
      "that's all",
    ],
    done: (u) => u.incidentType === 'fire' && Boolean(u.claimId),
  },
  {
    template: 'intake',
    title: 'correction of the phone number',
    lines: [
      'I want to report a new claim',
      'Dana Whitfield, 978 555 0124',
      'actually the number is 978 555 0142',
      'water leaked from the upstairs bathroom this morning and damaged the ceiling',
      'HM-482913 born 1984-07-12',
      'yes',
      'bye',
    ],
    done: (u) => u.phone === '9785550142' && Boolean(u.claimId),
  },
  // ---------------------------------------------------------------- restaurant
  {
    template: 'restaurant',
    title: 'two items with quantities in one breath',
    lines: [
      "I'd like to order for pickup",
      'two diavola pizzas and a caesar salad',
      "that's everything",
      "I'll pay when I pick it up",
      'Under Maria',
      'thanks, bye',
    ],
    done: (u) => qty(u, 'diavola') === 2 && qty(u, 'caesar') === 1 && Boolean(u.orderNumber),
  },
  {
    template: 'restaurant',
    title: 'quantity after the noun',
    lines: [
      'hi can I place an order',
      'the penne then, three of those',
      'and one tiramisu',
      "that's it, I'm ready to pay",
      'at pickup',
      'the name is Sam Taylor',
      'bye',
    ],
    done: (u) => qty(u, 'tiramisu') === 1 && Boolean(u.orderNumber),
  },
  {
    template: 'restaurant',
    title: 'menu question then order',
    lines: [
      'do you have anything vegan?',
      'great, I will take the arrabbiata',
      'just one',
      'that is all',
      'pay at pickup please',
      'Alex',
      'that is everything, bye',
    ],
    done: (u) => qty(u, 'arrabbiata') === 1 && Boolean(u.orderNumber),
  },
  {
    template: 'restaurant',
    title: 'payment link by text',
    lines: [
      'I want to order food',
      'one margherita and two gelato',
      'what do I have so far',
      "ok that's the whole order",
      'send me a payment link, my number is 617 555 0133',
      'Jordan',
      'bye',
    ],
    done: (u) => qty(u, 'margherita') === 1 && qty(u, 'gelato') === 2 && Boolean(u.orderNumber),
  },
  {
    template: 'restaurant',
    title: 'removes an item',
    lines: [
      'pickup order please',
      'a funghi and a carbonara',
      'actually remove the funghi',
      "that's all",
      'I will pay at pickup',
      'Chris',
      'thank you bye',
    ],
    done: (u) => qty(u, 'carbonara') === 1 && qty(u, 'funghi') === 0 && Boolean(u.orderNumber),
  },
  {
    template: 'restaurant',
    title: 'how much is a pizza, then order',
    lines: [
      'how much is a margherita pizza?',
      "ok I'm ready to order",
      'three margheritas please',
      'done, how do I pay',
      'at pickup',
      'Taylor',
      'bye',
    ],
    done: (u) => qty(u, 'margherita') === 3 && Boolean(u.orderNumber),
  },
  // ---------------------------------------------------------------- router
  {
    template: 'router',
    title: 'spoken account id for billing',
    lines: ['how much do I owe', 'N C two two one zero', "ok that's all I needed", 'no, bye'],
    done: (_u, t, ended) => ran(t, 'account_balance', (a) => JSON.stringify(a).includes('NC-2210')) && ended,
  },
  {
    template: 'router',
    title: 'storage failures go to technical',
    lines: ['uploads to our storage bucket keep failing', 'thanks, that is all', "that's everything, bye"],
    done: (_u, t, ended) => ran(t, 'service_status') && ended,
  },
  {
    template: 'router',
    title: 'plan prices',
    lines: ['what does the team plan cost', 'great thanks', 'bye'],
    done: (_u, t) => ran(t, 'plan_price'),
  },
  {
    template: 'router',
    title: 'general question',
    lines: ['what are your opening hours', 'ok thank you', 'no that is all, goodbye'],
    done: (_u, t, ended) => ran(t, 'company_faq') && ended,
  },
  {
    template: 'router',
    title: 'two requests in turn',
    lines: [
      'the database is really slow today',
      "ok, that's all I needed",
      'also can you tell me my balance, account NC-1042',
      'no that is everything, thanks bye',
    ],
    done: (_u, t, ended) => ran(t, 'service_status') && ran(t, 'account_balance') && ended,
  },
  {
    template: 'router',
    title: 'dashboard down',
    lines: ['our dashboard will not load', 'the dashboard', 'ok thanks', 'bye'],
    done: (_u, t) => ran(t, 'service_status'),
  },
  // ---------------------------------------------------------------- sales
  {
    template: 'sales',
    title: 'qualified lead with everything up front, books a meeting',
    lines: [
      "Hi, I'm Dana from Acme, we're 40 people and want to start this quarter",
      'we want a CRM for our sales team',
      'which plan would fit us',
      'can I talk to someone about pricing',
      'book a meeting instead, my email is dana@acme.com',
      'bye',
    ],
    done: (u, t) => u.qualified === true && (ran(t, 'book_meeting') || ran(t, 'transfer_to_operator')),
  },
  {
    template: 'sales',
    title: 'just looking, sends resources',
    lines: [
      'hi this is Sam from Tiny Co',
      "it's just me, we are just looking",
      'sure, send me the guide, sam@tiny.co',
      'thanks bye',
    ],
    done: (_u, t) => ran(t, 'send_resources'),
  },
  {
    template: 'sales',
    title: 'start asap',
    lines: [
      'hello, Priya at Northwind here',
      'we have about 25 people and need to start asap',
      'does it integrate with gmail',
      'what plan would you recommend',
      "that's all for now, bye",
    ],
    done: (u, t) => u.timeline === 'this_month' && ran(t, 'recommend_plan'),
  },
  {
    template: 'sales',
    title: 'email in the first sentence',
    lines: [
      'Hi, Lee from Globex, lee@globex.com, we might buy next year',
      'twelve people',
      'ok send me some material',
      'bye',
    ],
    done: (_u, t) =>
      ran(t, 'send_resources', (a) => JSON.stringify(a).includes('lee@globex.com')) || ran(t, 'schedule_follow_up'),
  },
  {
    template: 'sales',
    title: 'qualified, recommends, meets',
    lines: [
      'this is Omar from Initech',
      'we are a team of 60 and want to roll out this month',
      'which plan fits',
      'ok go ahead and book a meeting, omar@initech.com',
      'thanks, bye',
    ],
    done: (_u, t) => ran(t, 'recommend_plan') && (ran(t, 'book_meeting') || ran(t, 'transfer_to_operator')),
  },
  {
    template: 'sales',
    title: 'follow up in a few months',
    lines: [
      'Jo from Umbrella',
      'five of us, maybe later this year',
      'call me back in three months',
      'jo@umbrella.com',
      'bye',
    ],
    done: (_u, t) => ran(t, 'schedule_follow_up') || ran(t, 'send_resources'),
  },
  // ---------------------------------------------------------------- support
  {
    template: 'support',
    title: 'internet down, outage check',
    lines: ["hi, I'm Ann and my internet is down", 'my zip is 94107', 'ok thanks, that is all, bye'],
    done: (_u, t) => ran(t, 'check_outage'),
  },
  {
    template: 'support',
    title: 'bill question with email',
    lines: ['I have a question about my bill', 'ann.lee@example.com', 'what was my last invoice', 'thanks bye'],
    done: (u) => Boolean(u.customerId),
  },
  {
    template: 'support',
    title: 'wants a human',
    lines: ['let me speak to a human please'],
    done: (u, t) => ran(t, 'transfer_to_operator') || Boolean(u.operatorTicket),
  },
  {
    template: 'support',
    title: 'technical problem, ticket',
    lines: [
      'my wifi keeps dropping every few minutes',
      '94110',
      'it is still dropping, please have a technician look at it',
      'bye',
    ],
    done: (u, t) => ran(t, 'open_ticket') || ((u.ticketIds as string[] | undefined) ?? []).length > 0,
  },
  {
    template: 'support',
    title: 'refund with email up front',
    lines: ["this is Marco, marco.diaz@example.com, I was charged twice and I'd like a refund", 'yes please', 'bye'],
    done: (u) => Boolean(u.customerId),
  },
  {
    template: 'support',
    title: 'everything at once',
    lines: ['Priya here, priya.shah@example.com, is there an outage at 94301?', 'thanks, bye'],
    done: (_u, t) => ran(t, 'check_outage'),
  },
];
