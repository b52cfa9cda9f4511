// Demo data for a fresh database. Dates are relative to the seeding time so the demo stays
// believable ("shipped two days ago") whenever it is first run.
import type Database from 'better-sqlite3';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** True when the database holds no customers yet (the only time we seed). */
export function isEmpty(db: Database.Database): boolean {
  const row = db.prepare('SELECT COUNT(*) AS n FROM customers').get() as { n: number };
  return row.n === 0;
}

export function seedDemoData(db: Database.Database, now: Date): void {
  const t = (offsetMs: number) => new Date(now.getTime() + offsetMs).toISOString();
  db.transaction(() => {
    const customer = db.prepare(
      'INSERT INTO customers (id, name, email, account_number, phone, plan, region) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const row of [
      ['C-1001', 'Ann Lee', 'ann.lee@example.com', '73918240', '+14155550134', 'Plus', 'Springfield'],
      ['C-1002', 'Marcus Johnson', 'marcus.j@example.com', '58204417', '+12125550188', 'Basic', 'Riverside'],
      ['C-1003', 'Priya Natarajan', 'priya.n@example.net', '91460382', '+13125550122', 'Premium', 'Lakeview'],
      ['C-1004', 'Tomás García', 'tomas.garcia@example.com', '26731954', '+16175550199', 'Plus', 'Hillcrest'],
      ['C-1005', "Grace O'Neill", 'grace.oneill@example.org', '84095126', '+12065550147', 'Basic', 'Springfield'],
      ['C-1006', 'David Kim', 'dkim@example.com', '35572809', '+15125550163', 'Premium', 'Riverside'],
      ['C-1007', 'Fatima Hassan', 'fatima.hassan@example.com', '67148831', '+13035550175', 'Plus', 'Lakeview'],
      ['C-1008', 'Oliver Brown', 'oliver.brown@example.co.uk', '49306675', '+447700900123', 'Basic', 'Hillcrest'],
    ]) {
      customer.run(...row);
    }

    const order = db.prepare(
      `INSERT INTO orders (id, customer_id, item, status, carrier, tracking_number, ordered_at, shipped_at, expected_at, delivered_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    order.run(
      '4012',
      'C-1001',
      'Wi-Fi 6 router',
      'shipped',
      'UPS',
      '1Z999AA10123456784',
      t(-4 * DAY),
      t(-2 * DAY),
      t(1 * DAY),
      null,
    );
    order.run(
      '4015',
      'C-1001',
      'TV streaming box',
      'delivered',
      'UPS',
      '1Z999AA10123451234',
      t(-9 * DAY),
      t(-7 * DAY),
      t(-5 * DAY),
      t(-5 * DAY),
    );
    order.run('4018', 'C-1002', 'mesh Wi-Fi extender', 'processing', null, null, t(-3 * HOUR), null, t(4 * DAY), null);
    order.run(
      '4023',
      'C-1003',
      'phone case and charger',
      'out_for_delivery',
      'USPS',
      '9400111899223197428490',
      t(-3 * DAY),
      t(-2 * DAY),
      t(2 * HOUR),
      null,
    );
    order.run('4027', 'C-1004', '4K TV box', 'cancelled', null, null, t(-6 * DAY), null, null, null);
    order.run(
      '4030',
      'C-1005',
      'SIM card',
      'shipped',
      'FedEx',
      '748923451234',
      t(-2 * DAY),
      t(-1 * DAY),
      t(2 * DAY),
      null,
    );
    order.run(
      '4034',
      'C-1006',
      'router power supply',
      'delivered',
      'FedEx',
      '748923459876',
      t(-5 * DAY),
      t(-3 * DAY),
      t(-1 * DAY),
      t(-1 * DAY),
    );
    order.run(
      '4039',
      'C-1007',
      'smartphone',
      'returned',
      'UPS',
      '1Z999AA10123457777',
      t(-20 * DAY),
      t(-18 * DAY),
      t(-16 * DAY),
      t(-16 * DAY),
    );
    order.run(
      '4042',
      'C-1008',
      'cable modem',
      'shipped',
      'DHL',
      '4405123987',
      t(-7 * DAY),
      t(-5 * DAY),
      t(-1 * DAY),
      null,
    );

    const invoice = db.prepare(
      `INSERT INTO invoices (id, customer_id, description, amount_cents, status, issued_at, due_at, paid_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    invoice.run(
      'INV-2041',
      'C-1001',
      'February service on the Plus plan',
      5999,
      'paid',
      t(-35 * DAY),
      t(-20 * DAY),
      t(-22 * DAY),
    );
    invoice.run('INV-2052', 'C-1001', 'March service on the Plus plan', 5999, 'unpaid', t(-5 * DAY), t(10 * DAY), null);
    invoice.run(
      'INV-2043',
      'C-1002',
      'February service on the Basic plan',
      3499,
      'overdue',
      t(-20 * DAY),
      t(-5 * DAY),
      null,
    );
    invoice.run(
      'INV-2044',
      'C-1003',
      'February service on the Premium plan',
      8999,
      'paid',
      t(-30 * DAY),
      t(-15 * DAY),
      t(-16 * DAY),
    );
    invoice.run('INV-2045', 'C-1003', 'router replacement fee', 14900, 'paid', t(-10 * DAY), t(-3 * DAY), t(-9 * DAY));
    invoice.run(
      'INV-2046',
      'C-1004',
      'February service on the Plus plan',
      5999,
      'refunded',
      t(-40 * DAY),
      t(-25 * DAY),
      t(-26 * DAY),
    );
    invoice.run(
      'INV-2047',
      'C-1005',
      'February service on the Basic plan',
      3499,
      'paid',
      t(-28 * DAY),
      t(-13 * DAY),
      t(-14 * DAY),
    );
    invoice.run(
      'INV-2048',
      'C-1006',
      'February service on the Premium plan',
      8999,
      'paid',
      t(-30 * DAY),
      t(-15 * DAY),
      t(-15 * DAY),
    );
    invoice.run(
      'INV-2049',
      'C-1006',
      'professional installation visit',
      64900,
      'paid',
      t(-12 * DAY),
      t(-2 * DAY),
      t(-11 * DAY),
    );
    invoice.run(
      'INV-2050',
      'C-1007',
      'February service on the Plus plan',
      5999,
      'refund_requested',
      t(-33 * DAY),
      t(-18 * DAY),
      t(-19 * DAY),
    );
    invoice.run(
      'INV-2051',
      'C-1008',
      'March service on the Basic plan',
      3499,
      'unpaid',
      t(-4 * DAY),
      t(11 * DAY),
      null,
    );

    const refund = db.prepare(
      'INSERT INTO refunds (seq, invoice_id, customer_id, amount_cents, reason, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    refund.run(300, 'INV-2046', 'C-1004', 5999, 'Service was down for most of the month.', 'completed', t(-10 * DAY));
    refund.run(301, 'INV-2050', 'C-1007', 5999, 'Charged twice for February.', 'submitted', t(-2 * DAY));

    const service = db.prepare('INSERT INTO services (id, label, aliases) VALUES (?, ?, ?)');
    service.run('internet', 'home internet', 'broadband,wifi,wi-fi,fiber,fibre,web,online');
    service.run('tv', 'TV', 'television,cable,streaming,tv box,channels');
    service.run('mobile', 'mobile', 'cell,cellular,mobile data,cell phone,5g,4g,lte,signal');
    service.run('phone', 'home phone', 'landline,home phone,voice,dial tone');

    const outage = db.prepare(
      'INSERT INTO outages (service, region, status, summary, started_at, eta) VALUES (?, ?, ?, ?, ?, ?)',
    );
    outage.run(
      'internet',
      'Springfield',
      'active',
      'a fiber cable was cut near the Main Street exchange',
      t(-2 * HOUR),
      t(3 * HOUR),
    );
    outage.run('mobile', 'Lakeview', 'active', 'a cell tower is down for repairs', t(-40 * 60_000), null);
    outage.run('tv', 'Riverside', 'resolved', 'a channel feed failed', t(-2 * DAY), t(-2 * DAY + 3 * HOUR));

    const product = db.prepare('INSERT INTO products (id, label, aliases) VALUES (?, ?, ?)');
    product.run('router', 'router', 'router,modem,wifi,wi-fi,internet,broadband,gateway,hub');
    product.run('tv_box', 'TV box', 'tv box,set top box,set-top box,cable box,streaming box,tv,television');
    product.run('mobile', 'mobile phone', 'phone,mobile,cell,cell phone,smartphone,sim,iphone,android');

    const script = db.prepare(
      'INSERT INTO troubleshooting_scripts (product, symptom, label, keywords) VALUES (?, ?, ?, ?)',
    );
    const step = db.prepare(
      'INSERT INTO troubleshooting_steps (product, symptom, step_no, instruction) VALUES (?, ?, ?, ?)',
    );
    const scripts: [string, string, string, string, string[]][] = [
      [
        'router',
        'no_connection',
        'no internet connection',
        'no internet,offline,not connected,no connection,down,not working,red light,cannot connect,can not connect,no access',
        [
          'Look at the lights on the front of the router. Is the power light on, and is the internet light green or red?',
          'Unplug the router’s power cable, wait thirty seconds, and plug it back in. It takes about two minutes to start up.',
          'Check that the cable from the wall socket is pushed firmly into the port marked Internet or WAN, until it clicks.',
          'Hold the reset button on the back for ten seconds with a paper clip. This restores the Wi-Fi name and password printed on the sticker.',
        ],
      ],
      [
        'router',
        'slow',
        'slow internet',
        'slow,buffering,lag,laggy,speed,sluggish,takes forever,loading',
        [
          'Restart the router: unplug it for thirty seconds, then plug it back in.',
          'Move the device closer to the router, or test with a device plugged in by cable, to rule out weak Wi-Fi.',
          'Pause large downloads, game updates or video streams on other devices, then try again.',
        ],
      ],
      [
        'router',
        'wifi_drops',
        'Wi-Fi keeps dropping',
        'drops,dropping,disconnects,keeps disconnecting,cuts out,intermittent,unstable,comes and goes',
        [
          'Make sure the router stands in the open, off the floor, and away from microwaves and baby monitors.',
          'On the device, forget the Wi-Fi network, then join it again with the password on the router sticker.',
          'Restart the router: unplug it for thirty seconds, then plug it back in.',
        ],
      ],
      [
        'tv_box',
        'no_picture',
        'no picture',
        'no picture,black screen,blank,no signal,nothing on screen,no image',
        [
          'Press the input or source button on the TV remote until you see the TV box’s home screen.',
          'Check that the HDMI cable is pushed firmly into both the TV and the TV box.',
          'Unplug the TV box’s power for thirty seconds, then plug it back in and wait for the light to turn white.',
        ],
      ],
      [
        'tv_box',
        'frozen',
        'frozen or unresponsive',
        'frozen,freezes,stuck,unresponsive,remote not working,remote does not work,hangs',
        [
          'Replace the remote’s batteries, then point it straight at the box and try again.',
          'Unplug the TV box’s power for thirty seconds, then plug it back in.',
        ],
      ],
      [
        'mobile',
        'no_service',
        'no mobile service',
        'no service,no signal,no bars,emergency calls only,sos,cannot call,can not call',
        [
          'Turn airplane mode on, wait ten seconds, and turn it off again.',
          'Restart the phone.',
          'Take the SIM card out, check it is not damaged, and put it back in firmly.',
        ],
      ],
      [
        'mobile',
        'no_data',
        'mobile data not working',
        'no data,mobile data,cannot browse,can not browse,apps not loading,internet on phone,4g,5g',
        [
          'Open settings and check that mobile data is switched on.',
          'Turn airplane mode on, wait ten seconds, and turn it off again.',
          'Reset the network settings in the phone’s settings menu. Saved Wi-Fi passwords will need to be entered again.',
        ],
      ],
    ];
    for (const [productId, symptom, label, keywords, steps] of scripts) {
      script.run(productId, symptom, label, keywords);
      steps.forEach((instruction, i) => step.run(productId, symptom, i + 1, instruction));
    }

    // Existing records start the id sequences at friendly numbers (R-302, T-1001, CB-501 next).
    db.prepare(
      `INSERT INTO tickets (seq, id, customer_id, caller_name, category, summary, status, created_at)
       VALUES (1000, 'T-1000', 'C-1002', 'Marcus Johnson', 'billing', 'Disputes the late fee on the February invoice.', 'open', ?)`,
    ).run(t(-3 * DAY));
    db.prepare(
      `INSERT INTO callbacks (seq, id, customer_id, caller_name, phone, scheduled_for, ticket_id, created_at)
       VALUES (500, 'CB-500', 'C-1002', 'Marcus Johnson', '+12125550188', ?, 'T-1000', ?)`,
    ).run(t(1 * DAY), t(-3 * DAY));
  })();
}
