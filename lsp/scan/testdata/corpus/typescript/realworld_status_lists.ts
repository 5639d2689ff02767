const RETRYABLE_STATUS_CODES = [«425», «429», «503»];
const PAGE_SIZES = [‹100›, ‹200›, ‹500›];
const statusBarOffsets = [‹120›, ‹240›];

export const clientDefaults = {
  retries: ‹3›,
  retryStatusCodes: [«502», «504»],
  timeoutMs: ‹500›,
};

const okStatuses = new Set<number>([«200», «204»]);

export function shouldRetry(status: number): boolean {
  return RETRYABLE_STATUS_CODES.includes(status) && !okStatuses.has(status);
}

// wizard steps keyed by a bare STATUSES list: not HTTP
export const STATUSES = [‹100›, ‹200›, ‹300›];
export const statuses = [«200», «404»];
