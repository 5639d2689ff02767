// Rocket and tide build statuses from numbers; buffers and ports stay plain.
#[get("/teapot")]
fn teapot() -> Status {
    Status::new(«418»)
}

async fn show(req: tide::Request<State>) -> tide::Result {
    let id: u32 = req.param("id")?.parse().map_err(|_| tide::Error::from_str(«400», "bad id"))?;
    let mut buf = vec![0u8; ‹512›];
    match req.state().parcels.get(&id) {
        Some(p) => Ok(tide::Response::builder(«200»).body(p.to_string()).build()),
        None => Ok(tide::Response::new(«404»)),
    }
}

fn listen() -> u16 {
    let port: u16 = ‹8080›;
    port
}
