import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** RFC 9457 problem details, as every error of this API is answered. */
export class ProblemDto {
  @ApiProperty({ example: 'urn:kokemus:problem:validation-failed' })
  type: string;

  @ApiProperty({ example: 'Check the fields' })
  title: string;

  @ApiProperty({ example: 400 })
  status: number;

  @ApiPropertyOptional()
  detail?: string;

  /** Stable machine-readable code, e.g. `VALIDATION_FAILED`, `UNIT_NOT_FOUND`. */
  @ApiProperty({ example: 'VALIDATION_FAILED' })
  code: string;

  @ApiPropertyOptional()
  instance?: string;

  /** Correlates with the server's logs. */
  @ApiPropertyOptional()
  requestId?: string;

  /** Field path → messages, for validation failures. */
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string' } },
    example: { email: ['email must be an email'] },
  })
  errors?: Record<string, string[]>;
}
