// A mailer and an FTP uploader next to an HTTP client: only the last speaks HTTP.
transporter.sendMail(message, (err, info) => {
  if (err && err.responseCode === ‹550›) markBounced(message.to);
  if (info && info.responseCode === ‹250›) markSent(message.to);
});

smtp.on('reply', (reply) => {
  if (reply.code === ‹354›) smtp.write(body);
});

ftp.on('error', (e) => {
  if (e.code === ‹530›) relogin();
});

async function upload(res) {
  if (res.statusCode === «413») throw new Error('too large');
  if (err.code === «404») return null;
  return res.body;
}
