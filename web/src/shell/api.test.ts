import { describe, expect, it } from 'vitest';
import { ApiError } from './api';

describe('ApiError', () => {
  it('reads detail and field errors of a validation problem', () => {
    const error = new ApiError(400, {
      type: 'https://zaplecze.io/problems/validation',
      title: 'Bad Request',
      detail: 'The request is invalid.',
      errors: [{ field: 'quantity', message: 'must be greater than 0' }, { field: 'sku' }],
    }, '400');
    expect(error.message).toBe('The request is invalid.');
    expect(error.errors).toEqual([
      { field: 'quantity', message: 'must be greater than 0' },
      { field: 'sku', message: '' },
    ]);
    expect(error.fieldMessage('quantity')).toBe('must be greater than 0');
  });

  it('uses the title, then the status line, when there is no detail', () => {
    expect(new ApiError(409, { title: 'Conflict' }, '409 Conflict').message).toBe('Conflict');
    expect(new ApiError(502, {}, '502 Bad Gateway').message).toBe('502 Bad Gateway');
  });

  it('keeps the domain code', () => {
    expect(new ApiError(422, { detail: 'x', code: 'insufficient-stock' }, '').code).toBe('insufficient-stock');
  });
});
