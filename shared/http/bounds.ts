import { type FieldError, fieldError, type HttpResponse, invalidJson, json, parseJson } from './http';

/** How big a parsed JSON body may be anywhere in it, whatever the route's schema says later. */
export type JsonBounds = { depth: number; stringChars: number; arrayItems: number; objectKeys: number };

/** Larger than anything a claim, an upload or an answer needs (the deepest claim field is 3 levels down). */
export const DEFAULT_BOUNDS: JsonBounds = { depth: 8, stringChars: 10_000, arrayItems: 500, objectKeys: 100 };

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/**
 * Every place a JSON value is past its bounds, by path, in Danish and English. Walks without
 * recursion and stops at the first problem of each branch, so a hostile body costs one pass.
 */
export function boundsErrors(value: unknown, bounds: JsonBounds = DEFAULT_BOUNDS): FieldError[] {
  const errors: FieldError[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (stack.length > 0 && errors.length < 20) {
    const { value: here, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof here === 'string') {
      if (here.length > bounds.stringChars) {
        errors.push(
          fieldError(
            path,
            `er for lang (højst ${bounds.stringChars} tegn)`,
            `is too long (at most ${bounds.stringChars} characters)`,
          ),
        );
      }
      continue;
    }
    if (here === null || typeof here !== 'object') continue;
    if (depth >= bounds.depth) {
      errors.push(
        fieldError(
          path,
          `er for dybt indlejret (højst ${bounds.depth} niveauer)`,
          `is nested too deeply (at most ${bounds.depth} levels)`,
        ),
      );
      continue;
    }
    if (Array.isArray(here)) {
      if (here.length > bounds.arrayItems) {
        errors.push(
          fieldError(
            path,
            `har for mange elementer (højst ${bounds.arrayItems})`,
            `has too many items (at most ${bounds.arrayItems})`,
          ),
        );
        continue;
      }
      here.forEach((item, index) => {
        stack.push({ value: item, path: join(path, index), depth: depth + 1 });
      });
      continue;
    }
    const entries = Object.entries(here);
    if (entries.length > bounds.objectKeys) {
      errors.push(
        fieldError(
          path,
          `har for mange felter (højst ${bounds.objectKeys})`,
          `has too many fields (at most ${bounds.objectKeys})`,
        ),
      );
      continue;
    }
    for (const [key, item] of entries) {
      if (key.length > 100) {
        errors.push(
          fieldError(path, 'har et feltnavn, der er for langt', 'has a field name that is too long'),
        );
        break;
      }
      stack.push({ value: item, path: join(path, key), depth: depth + 1 });
    }
  }
  return errors;
}

/**
 * Parses a JSON body and checks its bounds before anything else reads it: the value, or the 400
 * (invalid JSON, or every field past its bounds by path) to answer instead.
 */
export function parseBoundedJson(
  body: string | undefined,
  bounds: JsonBounds = DEFAULT_BOUNDS,
): { value: unknown } | { refused: HttpResponse } {
  const parsed = parseJson(body);
  if (!parsed) return { refused: invalidJson() };
  const errors = boundsErrors(parsed.value, bounds);
  return errors.length > 0 ? { refused: json(400, { errors }) } : parsed;
}
