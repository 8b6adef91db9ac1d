import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ProblemException, CommonErrorCode } from './problem';
import { HttpStatus } from '@nestjs/common';

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

export class PageQueryDto {
  /** How many items to return (1–200, default 50). */
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  /** The `nextCursor` of the previous page. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}

/** Opaque keyset cursor: the sort values of the last row returned, base64url JSON. */
export function encodeCursor(values: Array<string | number | null>): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): Array<string | number | null> | undefined {
  if (!cursor) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === arity) return parsed as Array<string | number | null>;
  } catch {
    // fall through to the problem below
  }
  throw new ProblemException(HttpStatus.BAD_REQUEST, CommonErrorCode.ValidationFailed, 'Invalid cursor', undefined, {
    errors: { cursor: ['cursor is not one this API returned'] },
  });
}

export function pageOf<T, R>(rows: T[], limit: number, map: (row: T) => R, cursorOf: (row: T) => Array<string | number | null>) {
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  return {
    items: page.map(map),
    nextCursor: hasMore ? encodeCursor(cursorOf(page[page.length - 1])) : null,
  };
}
