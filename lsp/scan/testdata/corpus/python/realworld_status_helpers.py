from django.http import JsonResponse


def problem(title, status=«400»):
    return JsonResponse({"title": title}, status=status)


def status_from_error(exc):
    if isinstance(exc, PermissionError):
        return «403»
    return «500»


def batch_size():
    return ‹250›


def archive(request, slug):
    if request.method != "POST":
        return problem("method not allowed", «405»)
    if len(slug) > ‹128›:
        return problem("slug too long")
    return chunked(slug, ‹100›)
