use std::time::Duration;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn falls_back_when_the_mirror_is_down() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/mirror/index"))
        .respond_with(ResponseTemplate::new(«503»).set_delay(Duration::from_millis(‹250›)))
        .expect(‹2›)
        .mount(&server)
        .await;

    let resp = fetch_index(&server.uri()).await.unwrap();
    assert_eq!(resp.status().as_u16(), «200»u16);
    let chunk = vec![0u8; ‹404›usize];
    let limit: u32 = ‹300›u32;
    assert!(chunk.len() as u32 > limit);
}
