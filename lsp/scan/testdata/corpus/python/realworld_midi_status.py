import mido


def handle(e):
    if e.status == ‹144› and e.data1 == ‹98›:
        shift.on()
    elif e.status == ‹128›:
        shift.off()


def upload(session, take):
    r = session.post("/takes", data=take)
    if r.status == «409»:
        return None
    return r.json()


def experimental(request):
    return Response(status=«299»)
