import type { Deps } from '../../app/deps';

// A Lambda function composes only the ports its use case takes: each port has a small factory in
// this folder (one module per AWS client, so a bundle carries only the clients it builds), and a
// function lists its factories by port name. The local runtime hands each handler those ports only.

/** Builds one port from the function's environment, once, at its first invocation. */
export type Factory<K extends keyof Deps> = () => Deps[K] | Promise<Deps[K]>;

/** What a function composes: a factory per port it uses, under the port's name. */
export type Ports = { [K in keyof Deps]?: Factory<K> };

/** The ports a function names. */
export type Needs<P extends Ports> = keyof P & keyof Deps;

/** The dependencies a function's factories build: exactly the ports it names. */
export type Composed<P extends Ports> = Pick<Deps, Needs<P>>;

/** The port names of a function's composition (what the local runtime hands its handler). */
export function needsOf<P extends Ports>(ports: P): readonly Needs<P>[] {
  return Object.keys(ports) as Needs<P>[];
}

/** Runs every factory: the function's dependencies. */
export async function compose<P extends Ports>(ports: P): Promise<Composed<P>> {
  const built = await Promise.all(
    Object.entries(ports).map(async ([name, factory]) => [name, await (factory as () => unknown)()] as const),
  );
  return Object.fromEntries(built) as Composed<P>;
}

/** The AWS region the clients talk to (Lambda sets AWS_REGION). */
export const region = () => process.env.AWS_REGION ?? 'eu-north-1';
