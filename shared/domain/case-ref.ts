/** A short, non-identifying case reference for subjects and letters (the id's first 8 characters). */
export function caseRef(applicationId: string): string {
  return applicationId.slice(0, 8).toUpperCase();
}
