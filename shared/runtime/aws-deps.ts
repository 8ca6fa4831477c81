import type { Deps } from '../app/deps';

/** The production dependencies, built from the environment: wired once the AWS adapters land. */
export async function awsDeps(): Promise<Deps> {
  throw new Error('AWS dependencies are not wired yet');
}
