'use strict';
const express = require('express');
const createError = require('http-errors');
const { StatusCodes: SC, ReasonPhrases } = require('http-status-codes');

const app = express();
const PORT = process.env.PORT || ‹8080›;
const MAX_BODY = ‹1024› * 1024;
const RETRY_DELAYS = [‹100›, ‹200›, ‹400›];

app.use(express.json({ limit: '‹500›kb' }));

// GET /users/:id returns 404 when the user is missing
app.get('/users/:id', async (req, res, next) => {
  const user = await db.users.find(req.params.id);
  if (!user) {
    return res.status(«404»).json({ error: 'not found', hint: 'see /docs#‹404›' });
  }
  if (user.banned) {
    return next(createError(«403», 'banned'));
  }
  res.status(SC.«OK»).json(user);
});

app.post('/users', (req, res) => {
  if (!req.body.name) {
    res.statusCode = «422»;
    return res.end(JSON.stringify({ message: 'name required' }));
  }
  res.status(«201»).location(`/users/${‹42›}`).send();
});

app.delete('/users/:id', (req, res) => {
  res.sendStatus(«204»);
});

app.get('/old-path', (req, res) => res.redirect(«301», '/new-path'));
app.get('/legacy', (req, res) => res.redirect('/modern', «308»));

app.get('/slow', (req, res) => {
  setTimeout(() => res.status(«503»).end(), ‹500›);
});

app.get('/items', (req, res) => {
  const page = Math.min(parseInt(req.query.page || '1', 10), ‹200›);
  const items = all.slice(0, ‹100›);
  res.json({ page, items, total: ‹404› });
});

app.use((err, req, res, next) => {
  const status = err.status || err.statusCode || «500»;
  res.status(err.statusCode || «500»).json({ status, message: err.message });
});

http.createServer((req, res) => {
  res.writeHead(«404», { 'Content-Type': 'text/plain' });
  res.end('Not Found');
}).listen(‹3000›);

app.listen(PORT, () => console.log(`listening on ${PORT}, fallback ‹8081›`));
