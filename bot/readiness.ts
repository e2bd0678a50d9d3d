/** /readyz: ready only when every named dependency has reported in. */
export class Readiness {
  private readonly checks = new Map<string, { ready: boolean; error?: string }>();

  expect(name: string): void {
    this.checks.set(name, { ready: false });
  }

  ready(name: string): void {
    this.checks.set(name, { ready: true });
  }

  failed(name: string, error: string): void {
    this.checks.set(name, { ready: false, error });
  }

  isReady(): boolean {
    return [...this.checks.values()].every((c) => c.ready);
  }

  report(): Record<string, { ready: boolean; error?: string }> {
    return Object.fromEntries(this.checks);
  }
}
