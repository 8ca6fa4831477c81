import { describe, expect, it } from 'vitest';
import { InvalidEventError, parseEvent, WaitEvent } from '../../../shared/runtime/events';
import { PERMANENT_FAULTS } from '../../../workflows/application-workflow';

describe("a step's event", () => {
  it('parses into what the handler reads', () => {
    expect(parseEvent(WaitEvent, { applicationId: 'app-12345678', taskToken: 't' })).toEqual({
      applicationId: 'app-12345678',
      taskToken: 't',
    });
  });

  it('that does not parse is a permanent fault by the name the workflow catches, naming the field and not its value', () => {
    let thrown: unknown;
    try {
      parseEvent(WaitEvent, { applicationId: 'Karen Jensen 0101901234', taskToken: '' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidEventError);
    const error = thrown as InvalidEventError;
    expect(error.name).toBe('ZodError');
    expect(PERMANENT_FAULTS).toContain(error.name);
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['applicationId', 'taskToken']);
    expect(error.message).toContain('"applicationId"');
    expect(error.message).not.toContain('0101901234');
  });
});
