describe('checkout', () => {
  it('stores the cart', () => {
    cy.intercept('POST', '/api/cart').as('saveCart');
    cy.get('[data-test=add]').click();
    cy.wait('@saveCart').its('response.statusCode').should('eq', «201»);
    cy.get('.cart-row').should('have.length', ‹3›);
    cy.get('@rows').its('length').should('equal', ‹300›);
  });

  it('hides missing coupons', () => {
    cy.request({ url: '/api/coupons/nope', failOnStatusCode: false })
      .should('have.property', 'status', «404»);
    cy.viewport(‹1280›, ‹720›);
  });
});

describe('price widget', () => {
  beforeEach(() => {
    fetchMock.get('/api/prices/stale', «410»);
    fetchMock.post('/api/prices', { status: «202», body: {} });
    fetchMock.get('/api/rates', { rate: ‹404› });
  });
});
