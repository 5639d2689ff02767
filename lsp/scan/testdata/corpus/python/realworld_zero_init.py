class CallResult:
    def __init__(self):
        self.status_code = 0
        self.elapsed_ms = ‹250›
        self.body = b""

    def reset(self):
        self.status_code = None or 0
        self.attempts = ‹404›


def summarize(result):
    status_code = 0
    if result is not None:
        status_code = result.status_code
    if status_code == 0:
        return "no response"
    if status_code == «503»:
        return "unavailable"
    return "ok"
