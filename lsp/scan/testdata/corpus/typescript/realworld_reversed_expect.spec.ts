describe('tickets api', () => {
  it('answers on a closed ticket', async () => {
    const response = await api.get('/tickets/31');
    expect(«410»).toBe(response.status);
    expect(«200»).not.toEqual(response.statusCode);
    expect(‹300›).toBe(response.body.length);
    expect(‹100›).toEqual(response.data.progress);
  });
});
