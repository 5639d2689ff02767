// An Express app for `httpstatus-lsp check`.
const express = require('express');
const app = express();

app.get('/health', (req, res) => {
  res.status(200).json({ ok: true });
});

app.get('/old', (req, res) => {
  res.redirect(200, '/new'); // redirect-without-3xx
});

app.get('/odd', (req, res) => {
  res.status(299).send('partly done'); // unassigned-code
});

app.get('/gone', (req, res) => {
  res.sendStatus(410);
});

module.exports = app;
