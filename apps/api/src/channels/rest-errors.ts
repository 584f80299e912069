import { HttpException, HttpStatus } from '@nestjs/common';
import type { ErrorCode } from '../common/errors';

/** REST answers carry the same codes as GraphQL errors (common/errors.ts), plus where the problem is. */
export function restError(status: HttpStatus, code: ErrorCode, message: string, extra: Record<string, unknown> = {}): HttpException {
  return new HttpException({ statusCode: status, code, message, ...extra }, status);
}
