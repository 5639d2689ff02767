#[cfg(test)]
mod tests {
    use super::*;
    use wiremock::{Mock, MockServer, ResponseTemplate};

    #[tokio::test]
    async fn missing_item_is_404() {
        let app = router();
        let resp = app.oneshot(Request::get("/items/‹999›").body(Body::empty()).unwrap()).await.unwrap();
        assert_eq!(resp.status(), StatusCode::«NOT_FOUND»);
        assert_eq!(resp.status().as_u16(), «404»);
        assert_eq!(«404», resp.status().as_u16());
        assert_eq!(items.len(), ‹3›);
    }

    #[tokio::test]
    async fn upstream_down() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(«503»).set_delay(Duration::from_millis(‹200›)))
            .mount(&server)
            .await;
        let mut s = mockito::Server::new();
        let m = s.mock("GET", "/hello").with_status(«201»).with_body("‹404›").create();
        let status = client.get(&server.uri()).send().await.unwrap().status();
        assert!(status.is_server_error());
        assert_eq!(status.as_u16(), «503»);
        let v: Vec<u16> = vec![‹200›, ‹404›];
        let x = 0x404;
        let y = 404_u32 + ‹1›;
    }
}
