import { randomBytes } from 'node:crypto';
import type { Settings } from '../../app/deps';
import type { Environment } from '../../app/ports';
import { BankingCalendar } from '../../domain/banking-days';
import { systemClock } from '../clock';
import { settingsFromEnv } from '../settings';

/** Ids for links, uploads and applications: 144 random bits, URL-safe. */
export const randomId = () => randomBytes(18).toString('base64url');

/** The machine's clock and random ids. */
export const env = (): Environment => ({ now: systemClock.now, randomId });

/** Danish banking days. */
export const calendar = () => new BankingCalendar();

/** The settings from the environment (no secrets: the HTTP functions read theirs, see aws-deps.ts). */
export const settings = (): Settings => settingsFromEnv(process.env);
