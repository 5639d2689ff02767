# smtplib and ftplib replies carry three-digit codes that are not HTTP statuses.
import smtplib


def send(server, msg):
    code, banner = server.ehlo()
    if code != ‹250›:
        raise RuntimeError(banner)
    try:
        server.send_message(msg)
    except smtplib.SMTPResponseException as e:
        if e.smtp_code == ‹550›:
            return False
    reply = server.docmd("NOOP")
    if reply.code == ‹421›:
        server.quit()
    resp = requests.get(STATUS_URL, timeout=‹5›)
    return resp.status_code == «200»
