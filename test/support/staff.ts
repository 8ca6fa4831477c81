import type { StaffIdentity } from '../../shared/app/identity';

/** Anders Bak, a Randers caseworker, as sign-in names him; `over` makes him someone else. */
export const staff = (over: Partial<StaffIdentity> = {}): StaffIdentity => ({
  kind: 'staff',
  sub: 'staff-anders',
  name: 'Anders Bak',
  email: 'anders.bak@randers.test',
  roles: ['caseworker'],
  municipalities: ['randers'],
  ...over,
});
