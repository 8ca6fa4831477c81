import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalClock } from '../../../../shared/adapters/local/clock';

/** The machine's clock, standing still at one instant (tests move the local clock, not the machine's). */
const machine = (iso: string) => () => new Date(iso).getTime();
const settled = async () => {};

describe('the local clock', () => {
  it('starts at LOCAL_NOW and runs on with the machine', async () => {
    let real = new Date('2026-12-07T04:00:00Z').getTime();
    const clock = new LocalClock({ startAt: new Date('2027-01-04T02:30:00Z'), realMillis: () => real });
    real += 60_000;
    expect(clock.now().toISOString()).toBe('2027-01-04T02:31:00.000Z');
  });

  it('keeps an advance across a restart of the same data directory', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'clock-')), 'clock.json');
    const first = await LocalClock.open(file, undefined, machine('2026-12-07T04:00:00Z'));
    await first.advance(15 * 86_400_000, settled);

    const second = await LocalClock.open(file, undefined, machine('2026-12-07T04:00:00Z'));

    expect(second.now().toISOString()).toBe('2026-12-22T04:00:00.000Z');
  });

  it('fires the timers an advance passes in order, each at its own instant, and those they set in turn', async () => {
    const clock = new LocalClock({ realMillis: machine('2026-03-04T09:00:00Z') });
    const fired: string[] = [];
    const day = 86_400_000;
    const start = clock.now().getTime();
    clock.at(new Date(start + 3 * day), () => {
      fired.push(`b ${clock.now().toISOString()}`);
    });
    clock.at(new Date(start + day), () => {
      fired.push(`a ${clock.now().toISOString()}`);
      // A time-out whose next step waits again: its own timer, within the same advance.
      clock.at(new Date(clock.now().getTime() + day), () => {
        fired.push(`a2 ${clock.now().toISOString()}`);
      });
    });
    clock.at(new Date(start + 10 * day), () => {
      fired.push('too late');
    });

    const now = await clock.advance(5 * day, settled);

    expect(fired).toEqual([
      'a 2026-03-05T09:00:00.000Z',
      'a2 2026-03-06T09:00:00.000Z',
      'b 2026-03-07T09:00:00.000Z',
    ]);
    expect(now.toISOString()).toBe('2026-03-09T09:00:00.000Z');
  });

  it('never fires a cancelled timer', async () => {
    const clock = new LocalClock({ realMillis: machine('2026-03-04T09:00:00Z') });
    let fired = false;
    const cancel = clock.at(new Date('2026-03-05T09:00:00Z'), () => {
      fired = true;
    });
    cancel();
    await clock.advance(2 * 86_400_000, settled);
    expect(fired).toBe(false);
  });

  it('only moves forward', async () => {
    const clock = new LocalClock({ realMillis: machine('2026-03-04T09:00:00Z') });
    await expect(clock.advance(-1, settled)).rejects.toThrow(RangeError);
  });
});
