import { describe, expect, it } from 'vitest';
import { harness, send } from '../functions/http/client';
import { forgetRecorded, recordedCodes, recordMails, recordPage } from './readable-record';

describe('the recorder of pages and e-mails the suites produce', () => {
  it('records the http client’s pages and the harness’s mails, and finds codes only in the words people read', async () => {
    const h = harness();
    await send(h, 'GET', '/');
    expect(recordedCodes()).toEqual([]);
    recordPage(
      '/x',
      'text/html; charset=utf-8',
      '<a href="/ansoeg/ran-car-seat" data-id="id0000000000000000000001">Kilde: ran-car-seat/max, 2026-12-07</a>',
    );
    recordPage('/api/x', 'application/json', '{"rule":"ran-car-seat/max"}');
    recordPage('/local/mailbox', 'text/html', '<p>ran-car-seat/max</p>');
    recordMails('outbox', [{ subject: 'Sag 1A2B3C4D', text: 'Se winter-jacket på https://x/decisions/abc' }]);
    await h.deps.mailer.send({ to: 'a@example.test', subject: 'Hej', text: 'unitRef', html: '' });
    expect(recordedCodes().sort()).toEqual(
      [
        '/x: ran-car-seat/max',
        '/x: ran-car-seat',
        '/x: 2026-12-07',
        'outbox "Sag 1A2B3C4D": winter-jacket',
        'mail "Hej": unitRef',
      ].sort(),
    );
    // What this test planted is not the suite's: the scan at the end of the file sees none of it.
    forgetRecorded();
  });
});
