import { describe, expect, it } from 'vitest';
import { localSettings } from '../../../infra/local/deps';
import { SettingsError, settingsFromEnv } from '../../../shared/runtime/aws-deps';

const valid = {
  PUBLIC_BASE_URL: 'https://tilskud.kommune.dk',
  CASEWORKER_EMAIL: 'sagsbehandler@kommune.dk',
  TEAM_LEAD_EMAIL: 'teamleder@kommune.dk',
  SECOND_APPROVER_EMAIL: 'godkender@kommune.dk',
  FOUR_EYES_ABOVE_ORE: '1000000',
  REVIEW_REMINDER_WORKING_DAYS: '3',
};

describe('the settings, parsed once at start', () => {
  it('reads a valid environment, four eyes in øre and the payout cadence', () => {
    const settings = settingsFromEnv({ ...valid, PAYOUT_CADENCE: 'weekly:FRI' });
    expect(settings.fourEyesAboveOre).toBe(1_000_000);
    expect(settings.reviewReminderWorkingDays).toBe(3);
    expect(settings.payoutCadence).toEqual({ kind: 'weekly', weekday: 5 });
  });

  it('stops on "10.000" for four eyes, naming the variable, instead of switching four eyes off with NaN', () => {
    expect(() => settingsFromEnv({ ...valid, FOUR_EYES_ABOVE_ORE: '10.000' })).toThrow(
      /FOUR_EYES_ABOVE_ORE must be a whole number/,
    );
  });

  it('names every wrong or missing variable at once', () => {
    const { CASEWORKER_EMAIL: _missing, ...rest } = valid;
    let error: unknown;
    try {
      settingsFromEnv({ ...rest, PUBLIC_BASE_URL: 'tilskud', PAYOUT_CADENCE: 'daily' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SettingsError);
    const message = (error as Error).message;
    expect(message).toContain('CASEWORKER_EMAIL is missing');
    expect(message).toContain('PUBLIC_BASE_URL must be an absolute URL');
    expect(message).toContain('PAYOUT_CADENCE must be banking-day');
  });

  it('stops npm start on an invalid local override too', () => {
    expect(() => localSettings(3000, { FOUR_EYES_ABOVE_ORE: 'ti tusind' })).toThrow(SettingsError);
    expect(localSettings(3000, {}).fourEyesAboveOre).toBe(1_000_000);
  });
});
