// Swagger 2 and springdoc annotations document responses by code.
@RestController
class ParcelController {
    @ApiOperation("Register a parcel")
    @ApiResponses({
        @ApiResponse(code = «201», message = "Registered"),
        @ApiResponse(code = «409», message = "Already known")
    })
    @PostMapping("/parcels")
    public Parcel create(@RequestBody @Size(max = ‹200›) String label) { return service.create(label); }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "«404»", description = "No such parcel")
    @Retryable(maxAttempts = ‹3›, backoff = @Backoff(delay = ‹500›))
    @GetMapping("/parcels/{id}")
    public Parcel find(@PathVariable long id) { return service.find(id); }
}
