import { HttpStatus, ValidationError, ValidationPipe } from '@nestjs/common';
import { CommonErrorCode, ProblemException } from './problem';

/** Flattens class-validator's tree into `{ "field.path": ["message", …] }`. */
export function fieldErrors(errors: ValidationError[], parent = ''): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of errors) {
    const path = parent ? `${parent}.${e.property}` : e.property;
    if (e.constraints) {
      out[path] = Object.values(e.constraints).map((m) =>
        m.startsWith('property ') && m.endsWith(' should not exist') ? 'unknown field' : m,
      );
    }
    if (e.children?.length) Object.assign(out, fieldErrors(e.children, path));
  }
  return out;
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new ProblemException(
        HttpStatus.BAD_REQUEST,
        CommonErrorCode.ValidationFailed,
        'Check the fields',
        'Some fields are missing or not valid.',
        { errors: fieldErrors(errors) },
      ),
  });
}
