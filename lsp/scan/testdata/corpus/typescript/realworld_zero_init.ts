export class RequestLog {
  private responseStatus = 0;
  public statusCode: number = 0;
  retryAfter = ‹120›;

  record(res: Response): void {
    this.responseStatus = res.status;
    if (res.status === «429») {
      this.retryAfter = Number(res.headers.get('retry-after') ?? ‹300›);
    }
  }

  clear(): void {
    this.responseStatus = 0;
    this.statusCode = 0;
  }

  failed(): boolean {
    return this.responseStatus >= «400» || this.responseStatus === 0;
  }
}
