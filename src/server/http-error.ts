/** A client's mistake: answered with its status and a message that says what to change. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 413 | 415 | 422 | 429 | 503,
    message: string,
  ) {
    super(message);
  }
}
