import { Field, ObjectType } from '@nestjs/graphql';
import { badUserInput } from './errors';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** Opaque keyset cursors: the sort key values of the last row, never an OFFSET. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === arity && parsed.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return parsed;
    }
  } catch {
    // fall through
  }
  throw badUserInput('The cursor is not valid.', [{ field: 'after', message: 'not a cursor this list returned' }]);
}

export function checkPageSize(first: number, max = 200): number {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw badUserInput(`first must be between 1 and ${max}.`, [{ field: 'first', message: `between 1 and ${max}` }]);
  }
  return first;
}
