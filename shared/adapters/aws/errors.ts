/** True when `error` is an AWS service error of one of the given names (e.g. "ConditionalCheckFailedException"). */
export function isAwsError(error: unknown, ...names: string[]): boolean {
  return error instanceof Error && names.includes(error.name);
}

/** True when a DynamoDB write lost its condition: an expected outcome, not a fault. */
export function isConditionalCheckFailed(error: unknown): boolean {
  return isAwsError(error, 'ConditionalCheckFailedException');
}
