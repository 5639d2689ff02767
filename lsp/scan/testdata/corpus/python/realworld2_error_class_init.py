# An API error class in the Flask pattern; its constructor takes the status.
class InvalidUsage(Exception):
    status_code = «400»

    def __init__(self, message, status_code=None, payload=None):
        super().__init__(message)
        if status_code is not None:
            self.status_code = status_code
        self.payload = payload


class Grid:
    def __init__(self, width, height):
        self.cells = [[‹0›] * width for _ in range(height)]


def lookup(slug):
    if not slug:
        raise InvalidUsage("slug required", «422»)
    grid = Grid(‹200›, ‹404›)
    return grid
