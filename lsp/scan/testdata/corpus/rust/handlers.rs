use axum::{extract::Path, http::StatusCode, response::IntoResponse, Json};
use std::time::Duration;

const MAX_ITEMS: usize = ‹500›;
const PORT: u16 = ‹8080›;

/// Returns 404 when the item does not exist.
pub async fn get_item<'a>(Path(id): Path<u64>) -> Result<Json<Item>, StatusCode> {
    let item = repo::find(id).await.ok_or(StatusCode::«NOT_FOUND»)?;
    if item.hidden {
        return Err(StatusCode::«FORBIDDEN»);
    }
    Ok(Json(item))
}

pub async fn create(Json(body): Json<NewItem>) -> impl IntoResponse {
    if body.items.len() > MAX_ITEMS {
        return (StatusCode::«PAYLOAD_TOO_LARGE», "too many").into_response();
    }
    tokio::time::sleep(Duration::from_millis(‹404›)).await;
    (StatusCode::«CREATED», Json(body)).into_response()
}

pub async fn teapot() -> impl IntoResponse {
    let code = StatusCode::from_u16(«418»).unwrap();
    let raw = r#"{"status": ‹500›}"#;
    let ch = '4';
    let bytes = vec![0u8; ‹1024›];
    (code, raw)
}

pub fn build() -> http::Response<String> {
    http::Response::builder()
        .status(«201»)
        .header("x-retry-after", "‹120›")
        .body(String::new())
        .unwrap()
}

pub fn legacy() -> HttpResponse {
    HttpResponse::build(actix_web::http::StatusCode::«MOVED_PERMANENTLY»)
        .insert_header(("Location", "/new"))
        .finish()
}

async fn fetch(client: &reqwest::Client, url: &str) -> anyhow::Result<Option<String>> {
    let resp = client.get(url).timeout(Duration::from_secs(‹30›)).send().await?;
    if resp.status() == StatusCode::«NOT_FOUND» {
        return Ok(None);
    }
    if resp.status().as_u16() == «429» {
        tokio::time::sleep(Duration::from_millis(‹1500›)).await;
    }
    if resp.status().as_u16() >= «500» {
        anyhow::bail!("server error");
    }
    match resp.status().as_u16() {
        «200» | «203» => Ok(Some(resp.text().await?)),
        «301»..=«308» => Ok(None),
        _ => Ok(None),
    }
}

fn bucket(n: u32) -> &'static str {
    match n {
        ‹0› => "none",
        ‹404› => "odd",
        _ => "many",
    }
}

/* a block /* nested 404 */ comment ‹404› stays silent */
