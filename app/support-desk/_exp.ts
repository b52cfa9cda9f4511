import * as chrono from 'chrono-node';
const now = new Date('2025-03-04T19:00:00Z');
for (const t of ['tomorrow at 9am', 'Friday at 9am', 'today at 2pm', 'tomorrow  at 6pm', 'Friday in the at 9am','Monday 3:30pm','tomorrow 3', 'tomorrow at three','tomorrow at three pm', 'next Tuesday at 10', '2025-03-06 14:00', 'in an hour']) {
  const r = chrono.parse(t, { instant: now, timezone: -300 });
  const x = r[0];
  console.log(t.padEnd(22), x ? x.date().toISOString() + ' mer=' + x.start.isCertain('meridiem') + ' text=' + x.text : 'none');
}
const f = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', timeZoneName: 'longOffset' }).formatToParts(now);
console.log(f);
console.log(new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', timeZoneName: 'longOffset' }).formatToParts(now).find(p=>p.type==='timeZoneName'));
console.log(new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', weekday:'long', month:'long', day:'numeric', hour:'numeric', minute:'2-digit' }).format(now));
