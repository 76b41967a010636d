/**
 * The HTTP requests being handled, so that shutting down can wait for them: closing a socket
 * does not stop its handler, which may still be writing to the stores the server is about to close.
 */
export class RequestsUnderWay {
  private readonly handling = new Set<Promise<unknown>>();

  track<Args extends unknown[]>(
    handle: (...args: Args) => Response | Promise<Response>,
  ): (...args: Args) => Promise<Response> {
    return (...args) => {
      const handled = Promise.resolve().then(() => handle(...args));
      this.handling.add(handled);
      void handled.then(
        () => this.handling.delete(handled),
        () => this.handling.delete(handled),
      );
      return handled;
    };
  }

  /** Resolves once every request under way now has been answered (or has failed). */
  async finished(): Promise<void> {
    await Promise.allSettled([...this.handling]);
  }
}
