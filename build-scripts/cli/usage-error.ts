/** A mistake in how lmspack was called (exit code 2), as opposed to a problem in the course (exit code 1). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
