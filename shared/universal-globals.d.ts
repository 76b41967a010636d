/**
 * The few globals every Branchline process has, in Node and in the page alike (WHATWG URL).
 * shared/ compiles with neither Node's types nor the DOM's, so it declares just these.
 */
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly origin: string;
  protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly port: string;
  pathname: string;
  search: string;
  hash: string;
  readonly searchParams: { get(name: string): string | null; has(name: string): boolean };
  toString(): string;
}
