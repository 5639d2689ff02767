# Plain WSGI and WebOb code keep statuses as status-line strings.
def application(environ, start_response):
    status = '«200» OK'
    banner = '‹404› Not Found'
    if environ.get('PATH_INFO') != '/':
        status = "«404» Not Found"
    start_response(status, [('Content-Type', 'text/plain')])
    return [b'hello']


def teapot_view(request):
    request.response.status = '«503» Service Unavailable'
    note = "‹500› pages printed"
    request.response.status = '‹404› rooms left'
    return request.response
