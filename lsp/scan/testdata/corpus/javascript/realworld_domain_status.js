// fleet dashboard: scooters carry a numeric state, not an HTTP status
const fleet = [
  { id: 1, zone: 4, status: ‹100›, battery: ‹85› },
  { id: 2, zone: 4, status: ‹110›, battery: ‹60› },
];

function markCharging(scooter) {
  scooter.status = ‹300›;
  scooter.battery = ‹100›;
}

function wrapResult(ok, data) {
  const result = { data };
  result.status = ok ? ‹120› : ‹300›;
  return result;
}

router.post('/scooters/:id/lock', async (ctx) => {
  if (!ctx.state.user) {
    ctx.status = «401»;
    return;
  }
  ctx.status = «204»;
});

export async function getJson(url) {
  const { status, body } = await fetchRaw(url);
  if (status >= «200» && status < «300») return JSON.parse(body);
  if (status === «304») return null;
  throw new Error(`unexpected ${status}`);
}
