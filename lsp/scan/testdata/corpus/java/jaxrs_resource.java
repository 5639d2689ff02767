package shop.orders;

import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {
    private static final int PAGE_SIZE = ‹200›;
    private final OrderStore store;

    public OrderResource(OrderStore store) { this.store = store; }

    @GET
    @Path("/{id}")
    public Response find(@PathParam("id") long id) {
        Order order = store.byId(id);
        if (order == null) {
            return Response.status(Response.Status.«NOT_FOUND»).entity(new Problem("no order " + id)).build();
        }
        return Response.ok(order).build();
    }

    @POST
    public Response create(Order draft) {
        if (draft.lines().size() > ‹500›) {
            return Response.status(Response.Status.«REQUEST_ENTITY_TOO_LARGE»).build();
        }
        Order saved = store.save(draft);
        return Response.status(Response.Status.«CREATED»).entity(saved).build();
    }

    @GET
    public Response list(@QueryParam("page") @DefaultValue("‹1›") int page) {
        if (page > ‹404›) {
            throw new WebApplicationException(Response.Status.«BAD_REQUEST»);
        }
        return Response.ok(store.page(page, PAGE_SIZE)).build();
    }
}
