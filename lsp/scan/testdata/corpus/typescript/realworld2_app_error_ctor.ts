// An application error class whose constructor takes the status second.
export class AppError extends Error {
  constructor(message: string, public statusCode = «500», public retries = ‹3›) {
    super(message);
  }
}

export class Point {
  constructor(public x: number, public y: number) {}
}

export function findParcel(id: string) {
  const parcel = cache.get(id);
  if (!parcel) throw new AppError(`parcel ${id} not found`, «404»);
  if (parcel.locked) throw new AppError('locked', «423», ‹5›);
  return new Point(‹200›, ‹404›);
}
