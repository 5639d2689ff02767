using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Api.Controllers;

#region constants 404
[ApiController]
[Route("api/[controller]")]
public class OrdersController : ControllerBase
{
    private const int PageSize = ‹50›;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(‹404›);

    [HttpGet("{id:int}")]
    [ProducesResponseType(typeof(OrderDto), «200»)]
    [ProducesResponseType(StatusCodes.«Status404NotFound»)]
    public async Task<IActionResult> Get(int id)
    {
        var order = await _repo.FindAsync(id);
        if (order is null)
        {
            return Problem(detail: $"order {id} not found ‹404›", statusCode: «404»);
        }
        return Ok(order);
    }

    [HttpPost]
    [ProducesResponseType(«201»)]
    public async Task<IActionResult> Create(OrderDto dto)
    {
        if (dto.Items.Count > ‹100›)
        {
            return StatusCode(«413», new { error = "too many items" });
        }
        await Task.Delay(‹250›);
        return StatusCode(StatusCodes.«Status201Created», dto);
    }

    [HttpDelete("{id:int}")]
    public IActionResult Delete(int id)
    {
        if (!_repo.Exists(id))
        {
            return new ObjectResult(new { id }) { StatusCode = «410» };
        }
        Response.StatusCode = «204»;
        return new EmptyResult();
    }

    [HttpGet("legacy")]
    public IActionResult Legacy()
    {
        HttpContext.Response.StatusCode = StatusCodes.«Status301MovedPermanently»;
        var buffer = new byte[‹4096›];
        return new StatusCodeResult(«301»);
    }
}
#endregion

public static class MinimalApi
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/health", () => Results.StatusCode(«204»));
        app.MapGet("/fail", () => Results.Problem(statusCode: «503», title: "down"));
        app.MapGet("/json", () => Results.Json(new { ok = true }, statusCode: «202»));
        app.MapPost("/x", async (HttpContext context) =>
        {
            context.Response.StatusCode = «422»;
            await context.Response.WriteAsync("invalid");
        });
        app.Urls.Add("http://localhost:‹5000›");
        var port = ‹8080›;
        var verbatim = @"C:\logs\‹404›.txt";
        var raw = """
            { "status": ‹500› }
            """;
    }
}
