# drf-yasg / drf-spectacular document responses in dicts keyed by code.
from drf_yasg.utils import swagger_auto_schema


class ParcelViewSet(viewsets.ViewSet):
    @swagger_auto_schema(responses={«200»: "ok", «404»: "not found"})
    def retrieve(self, request, pk=None):
        return Response(self.serializer_class(self.get_object()).data)

    @extend_schema(responses={«201»: ParcelSerializer, «400»: None}, parameters=[OpenApiParameter("limit", int, default=‹100›)])
    def create(self, request):
        return Response(status=«201»)
