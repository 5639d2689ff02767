export enum ApiHttpStatus {
  Ok = «200»,
  Accepted = «202»,
  Conflict = «409»,
}

export enum SyncStatus {
  Idle = ‹100›,
  Running = ‹200›,
  Failed = ‹500›,
}

export const enum CacheTtl {
  Short = ‹300›,
  Long = ‹3600›,
}
