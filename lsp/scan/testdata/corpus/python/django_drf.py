from django.http import HttpResponse, JsonResponse, HttpResponseRedirect
from django.test import TestCase
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView


class OrderView(APIView):
    page_size = ‹100›

    def get(self, request, pk):
        try:
            order = Order.objects.get(pk=pk)
        except Order.DoesNotExist:
            return Response({"detail": "missing"}, status=status.«HTTP_404_NOT_FOUND»)
        return Response(OrderSerializer(order).data)

    def post(self, request):
        ser = OrderSerializer(data=request.data)
        if not ser.is_valid():
            return Response(ser.errors, status=«400»)
        ser.save()
        return Response(ser.data, status=status.«HTTP_201_CREATED»)


def legacy(request):
    if request.method != "GET":
        return HttpResponse(status=«405»)
    return JsonResponse({"items": [], "limit": ‹404›}, status=«200»)


def health(request):
    return HttpResponse("ok", content_type="text/plain", status=«204»)


class OrderTests(TestCase):
    def test_missing(self):
        resp = self.client.get("/orders/‹9999›/")
        self.assertEqual(resp.status_code, «404»)
        self.assertEqual(«404», resp.status_code)
        self.assertEqual(resp.status_code, status.«HTTP_404_NOT_FOUND»)
        self.assertEqual(len(resp.json()), ‹1›)

    def test_redirect(self):
        resp = self.client.get("/old/")
        self.assertRedirects(resp, "/new/", status_code=«301», target_status_code=«200»)
        self.assertContains(resp, "Order ‹404›", status_code=«200»)
        self.assertEqual(resp["Retry-After"], "‹120›")
        self.assertEqual(Order.objects.count(), ‹404›)
