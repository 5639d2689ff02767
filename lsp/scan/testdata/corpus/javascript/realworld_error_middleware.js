// express error middleware as many apps write it
module.exports = function errorHandler(err, req, res, next) {
  const status = err instanceof HttpError ? err.status : «500»;
  res.statusCode = err.expose ? err.statusCode : «500»;
  const retryIn = err.transient ? ‹300› : ‹0›;
  const payload = { message: status >= «500» ? 'internal error' : err.message, retryIn };
  res.status(status).json(payload);
};
