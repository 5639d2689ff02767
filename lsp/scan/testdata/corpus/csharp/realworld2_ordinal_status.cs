// Entities whose StatusCode property is an ordinal, and a real response.
public class ShipmentService
{
    public void MarkSent(Shipment shipment)
    {
        shipment.StatusCode = ‹1›;
        shipment.RetryCount = ‹3›;
        if (shipment.StatusCode == ‹20›) { Archive(shipment); }
    }

    public async Task Relay(HttpContext context)
    {
        context.Response.StatusCode = «502»;
        Assert.Equal(‹2›, shipment.StatusCode);
        Assert.Equal(«404», (int)reply.StatusCode);
    }
}

// ASP.NET MVC 5 still answers through HttpStatusCodeResult.
public class LegacyShipmentsController : Controller
{
    public ActionResult Details(int? id)
    {
        if (id == null) return new HttpStatusCodeResult(«400»);
        var shipment = db.Shipments.Find(id);
        if (shipment == null) return new HttpStatusCodeResult(«404», "gone");
        ViewBag.PageSize = ‹50›;
        return View(shipment);
    }
}
